//! Generates the translation table from `locales/nl.json` and `locales/en.json`.
//!
//! Every key becomes a variant of `Key`, so a misspelt key is a compile
//! error. The build fails when the two languages do not have the same keys or
//! when a text's `{placeholders}` differ between them.

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
    for (lang, map) in [("nl", &nl), ("en", &en)] {
        let _ = writeln!(
            code,
            "/// The `{lang}` text of a key.\npub fn text_{lang}(key: Key) -> &'static str {{\n    match key {{"
        );
        for key in &nl_keys {
            let Some(serde_json::Value::String(text)) = map.get(key) else {
                panic!("locales/{lang}.json: {key} must be a string");
            };
            if lang == "en" {
                let Some(serde_json::Value::String(nl_text)) = nl.get(key) else {
                    panic!("locales/nl.json: {key} must be a string");
                };
                assert_eq!(
                    placeholders(nl_text),
                    placeholders(text),
                    "placeholders of {key} differ between nl and en"
                );
            }
            let _ = writeln!(code, "        Key::{} => {:?},", variant(key), text);
        }
        code.push_str("    }\n}\n");
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("keys.rs");
    fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
