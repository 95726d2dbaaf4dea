//! Generates the translation table from `locales/nl.json` and `locales/en.json`.
//!
//! Every key becomes a variant of `Key`, so a misspelt key is a compile
//! error. The build fails when the two languages do not have the same keys or
//! when a text's `{placeholders}` differ between them.
//!
//! In the split build (the portal as it is served) only the texts the main
//! module shows are compiled in: the Dutch texts named in `EARLY_SOURCES`
//! (the sign-in form, the frame's messages, the idle warning) and the
//! English switch label (`ALWAYS_ENGLISH`). The rest of a language comes
//! with its file (`/locales/nl.json`, `/locales/en.json`, copied by Trunk),
//! fetched beside the first chunk or when someone chooses the language;
//! that keeps ~10 KB gz of Dutch and ~11 KB gz of English out of the first
//! download. Every other build (native tests, clippy, the component tests)
//! has all Dutch texts compiled in. A run-time file is matched to this build
//! by `KEYS_FINGERPRINT`, a hash of the sorted key list: variant n of `Key`
//! is the n-th key of the file.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

fn load(lang: &str) -> serde_json::Map<String, serde_json::Value> {
    let path = format!("locales/{lang}.json");
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    match serde_json::from_str(&text) {
        Ok(serde_json::Value::Object(map)) => map,
        Ok(_) => panic!("{path}: expected an object of key → text"),
        Err(e) => panic!("{path}: {e}"),
    }
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.insert(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

fn variant(key: &str) -> String {
    key.split(['.', '_', '-'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// English texts compiled in, for use before `en.json` has loaded.
const ALWAYS_ENGLISH: &[&str] = &["lang.switch_label"];

/// The code that is not behind a split point, file or folder: what it shows
/// before any chunk (with the rest of the texts) has arrived. A text it names
/// as `Key::…` is compiled in. One shown too early is logged by the portal
/// ("portal: text … before its language file"), which fails the end-to-end
/// tests.
const EARLY_SOURCES: &[&str] = &[
    "src/app.rs",
    "src/layout.rs",
    "src/i18n",
    "src/session",
    "src/fhir/error.rs",
    "src/pages/sign_in.rs",
    "src/pages/transit.rs",
    "src/pages/landing.rs",
    "src/demo/sign_in.rs",
    "src/components/connected_sign_in.rs",
    "src/components/error_message.rs",
    "src/components/idle_dialog.rs",
    "src/components/lang_switch.rs",
    "src/components/live_region.rs",
    "src/components/loader.rs",
    "src/components/notice.rs",
    "src/components/page_heading.rs",
    "src/components/problems.rs",
    "src/components/section_unavailable.rs",
    "src/components/sign_in_help.rs",
];

/// The variants named as `Key::Name` in the early sources.
fn early_variants() -> BTreeSet<String> {
    let mut files = Vec::new();
    for source in EARLY_SOURCES {
        println!("cargo:rerun-if-changed={source}");
        match fs::read_dir(source) {
            Ok(entries) => files.extend(entries.flatten().map(|e| e.path())),
            Err(_) => files.push(Path::new(source).to_path_buf()),
        }
    }
    let mut out = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        for (at, _) in text.match_indices("Key::") {
            let name: String = text[at + 5..]
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                out.insert(name);
            }
        }
    }
    out
}

include!("src/i18n/fingerprint.rs");

fn main() {
    let nl = load("nl");
    let en = load("en");
    let nl_keys: BTreeSet<_> = nl.keys().cloned().collect();
    let en_keys: BTreeSet<_> = en.keys().cloned().collect();
    let only_nl: Vec<_> = nl_keys.difference(&en_keys).collect();
    let only_en: Vec<_> = en_keys.difference(&nl_keys).collect();
    assert!(
        only_nl.is_empty() && only_en.is_empty(),
        "locales differ: only in nl {only_nl:?}, only in en {only_en:?}"
    );
    let mut code = String::from(
        "/// A translatable interface text; generated from `locales/*.json` by `build.rs`.\n\
         #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]\npub enum Key {\n",
    );
    for key in &nl_keys {
        let _ = writeln!(code, "    /// `{key}`\n    {},", variant(key));
    }
    code.push_str("}\n");
    let _ = writeln!(
        code,
        "/// How many keys there are.\npub const KEY_COUNT: usize = {};\n\
         /// Identifies this build's key list (see `build.rs`).\npub const KEYS_FINGERPRINT: u64 = {:#x};",
        nl_keys.len(),
        fingerprint(nl_keys.iter())
    );
    let early = early_variants();
    let mut all = String::new();
    let mut early_only = String::new();
    for key in &nl_keys {
        let Some(serde_json::Value::String(text)) = nl.get(key) else {
            panic!("locales/nl.json: {key} must be a string");
        };
        let Some(serde_json::Value::String(en_text)) = en.get(key) else {
            panic!("locales/en.json: {key} must be a string");
        };
        assert_eq!(
            placeholders(text),
            placeholders(en_text),
            "placeholders of {key} differ between nl and en"
        );
        let arm = format!("        Key::{} => Some({:?}),\n", variant(key), text);
        if early.contains(&variant(key)) {
            early_only.push_str(&arm);
        }
        all.push_str(&arm);
    }
    let _ = write!(
        code,
        "/// The Dutch text of a key, where it is compiled in.\n\
         #[cfg(feature = \"split\")]\npub fn text_nl_builtin(key: Key) -> Option<&'static str> {{\n    match key {{\n\
         {early_only}        _ => None,\n    }}\n}}\n\
         /// The Dutch text of a key, where it is compiled in.\n\
         #[cfg(not(feature = \"split\"))]\npub fn text_nl_builtin(key: Key) -> Option<&'static str> {{\n    match key {{\n\
         {all}    }}\n}}\n"
    );
    code.push_str(
        "/// The English text of a key that is compiled in.\npub fn text_en_builtin(key: Key) -> Option<&'static str> {\n    match key {\n",
    );
    for key in ALWAYS_ENGLISH {
        let Some(serde_json::Value::String(text)) = en.get(*key) else {
            panic!("locales/en.json: {key} must be a string");
        };
        let _ = writeln!(code, "        Key::{} => Some({:?}),", variant(key), text);
    }
    code.push_str("        _ => None,\n    }\n}\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("keys.rs");
    fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
