//! The portal's wasm splitter (run by scripts/build-split.sh):
//!
//!   portal-splitter <linked.wasm> <out_dir> <main_out.wasm> <name> [apart,…]
//!
//! Reads a wasm linked with `--emit-relocs`, cuts every `#[wasm_split]`
//! module out into a chunk of its own, and writes:
//! - `<out_dir>/*.wasm`: the chunks (a shared chunk holds code that two or
//!   more chunks use),
//! - `<out_dir>/__wasm_split.js`: the loader the chunks are fetched through,
//! - `<out_dir>/__wasm_split_manifest.json`: for every split module, the
//!   chunk files it needs (what a prefetch has to fetch),
//! - `<main_out.wasm>`: the main module, still to go through wasm-bindgen.
//!
//! The work is `wasm_split_cli_support`'s (the splitter behind
//! `cargo leptos build --split`); this is its command line. With a list of
//! split modules to keep apart (`demo,portaal`), code shared by several
//! modules goes into one chunk per set of those it is shared with, loaded
//! by all the others too (coarse-chunks.patch): a few larger files instead
//! of over a hundred small ones.
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--version") {
        // scripts/setup.sh installs the tool again when this changes.
        println!("portal-splitter {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let (input, out_dir, main_out, name, apart) = match args.as_slice() {
        [_, input, out_dir, main_out, name] => (input, out_dir, main_out, name, None),
        [_, input, out_dir, main_out, name, apart] => (
            input,
            out_dir,
            main_out,
            name,
            Some(apart.split(',').map(str::to_string).collect::<Vec<_>>()),
        ),
        _ => {
            eprintln!(
                "usage: portal-splitter <linked.wasm> <out_dir> <main_out.wasm> <name> [apart,…]"
            );
            return ExitCode::from(2);
        }
    };
    let paths = (Path::new(input), Path::new(out_dir), Path::new(main_out));
    match split(paths, name, apart.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("portal-splitter: {e}");
            ExitCode::FAILURE
        }
    }
}

fn split(
    (input, out_dir, main_out): (&Path, &Path, &Path),
    name: &str,
    apart: Option<&[String]>,
) -> Result<(), String> {
    let wasm = std::fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?;
    std::fs::create_dir_all(out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let main_module = format!("./{name}.js");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = out_dir;
    options.main_out_path = main_out;
    options.main_module = &main_module;
    options.link_name = "./__wasm_split.js";
    options.shared_apart = apart;
    let split = wasm_split_cli_support::transform(options).map_err(|e| format!("{e:?}"))?;
    let manifest = serde_json::to_string_pretty(&split.prefetch_map).map_err(|e| e.to_string())?;
    let path = out_dir.join("__wasm_split_manifest.json");
    std::fs::write(&path, manifest).map_err(|e| format!("{}: {e}", path.display()))?;
    for module in &split.split_modules {
        println!("{}", module.display());
    }
    Ok(())
}
