//! Interface languages: Dutch (default) and English.
//!
//! Texts live in `locales/{nl,en}.json`; `build.rs` turns every key into a
//! variant of [`Key`], so a missing or misspelt key does not compile. Record
//! content (reports, letters, messages) is never translated: it is shown as
//! written.

mod format;

pub use format::{
    format_date, format_date_time, format_days, format_decimal, format_instant, format_month,
    format_number, format_remaining, format_weekday_date_time, superscript,
};

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

use leptos::prelude::*;
use std::sync::OnceLock;

/// The texts of a language in key order, once fetched from its file
/// (`/locales/nl.json`, `/locales/en.json`): what is not compiled in
/// (`build.rs`). Index 0 is Dutch, 1 English.
static LOADED: [OnceLock<Vec<String>>; 2] = [OnceLock::new(), OnceLock::new()];

include!("fingerprint.rs");

/// Takes the texts of `lang` from the text of its file; refuses a file
/// that is not this build's (other keys) or not texts.
pub fn load_texts(lang: Lang, text: &str) -> Result<(), String> {
    if LOADED[lang as usize].get().is_none() {
        let _ = LOADED[lang as usize].set(parse_texts(lang, text)?);
    }
    Ok(())
}

/// The texts of a language file in key order, if the file is this build's.
/// (serde_json's map is ordered by key, as `build.rs` numbers the keys.)
fn parse_texts(lang: Lang, text: &str) -> Result<Vec<String>, String> {
    let file = lang.file();
    let map: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    if map.len() != KEY_COUNT || fingerprint(map.keys()) != KEYS_FINGERPRINT {
        return Err(format!(
            "{file}: not the texts of this version of the portal"
        ));
    }
    map.into_iter()
        .map(|(key, value)| match value {
            serde_json::Value::String(text) => Ok(text),
            _ => Err(format!("{file}: {key} is not a text")),
        })
        .collect()
}

/// Whether every text of `lang` is here (Dutch is compiled in whole
/// outside the split build).
pub fn texts_loaded(lang: Lang) -> bool {
    (lang == Lang::Nl && cfg!(not(feature = "split"))) || LOADED[lang as usize].get().is_some()
}

/// Fetches the texts of `lang` once.
pub async fn fetch_texts(lang: Lang) -> Result<(), String> {
    if texts_loaded(lang) {
        return Ok(());
    }
    let file = lang.file();
    let text = crate::static_files::get_text(file)
        .await
        .map_err(|e| format!("{file}: {e}"))?;
    load_texts(lang, &text)
}

/// Whether English is the language shown (kept by `App` for code that runs
/// outside the page, such as a chunk on its way).
static ENGLISH_SHOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Notes the language shown (see [`ENGLISH_SHOWN`]).
pub fn note_shown(lang: Lang) {
    ENGLISH_SHOWN.store(lang == Lang::En, std::sync::atomic::Ordering::Relaxed);
}

/// Fetches what the pages of a chunk need to speak the language shown:
/// the Dutch texts that are not compiled in (English is only shown once
/// its texts are all here, see [`I18n::set`]). Called beside every chunk.
pub async fn fetch_page_texts() -> Result<(), String> {
    if ENGLISH_SHOWN.load(std::sync::atomic::Ordering::Relaxed) {
        Ok(())
    } else {
        fetch_texts(Lang::Nl).await
    }
}

/// For tests: the English texts from the source tree.
#[cfg(test)]
pub fn load_english_for_tests() {
    let _ = load_texts(Lang::En, include_str!("../../locales/en.json"));
}

/// A text the split build shows before its language's file has come:
/// logged for the end-to-end tests (which fail on it), shown as nothing.
fn missing(key: Key) -> &'static str {
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    web_sys::console::error_1(
        &format!(
            "portal: text {} shown before its language file",
            key as usize
        )
        .into(),
    );
    let _ = key;
    ""
}

/// An interface language.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Lang {
    /// Nederlands, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>` and `lang` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a stored or requested tag; anything unknown is `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        match tag.trim().to_ascii_lowercase().get(..2) {
            Some("nl") => Some(Lang::Nl),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }

    /// Where the texts of this language are served.
    pub fn file(self) -> &'static str {
        match self {
            Lang::Nl => "/locales/nl.json",
            Lang::En => "/locales/en.json",
        }
    }

    /// The other language, which the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }

    /// The text of `key` in this language. English falls back to Dutch
    /// for as long as its texts have not loaded (the portal switches only
    /// once they have, see [`I18n::set`]).
    pub fn text(self, key: Key) -> &'static str {
        let loaded = |lang: Lang| {
            LOADED[lang as usize]
                .get()
                .and_then(|texts| texts.get(key as usize))
                .map(String::as_str)
        };
        let dutch = || text_nl_builtin(key).or_else(|| loaded(Lang::Nl));
        match self {
            Lang::Nl => dutch(),
            Lang::En => loaded(Lang::En)
                .or_else(|| text_en_builtin(key))
                .or_else(dutch),
        }
        .unwrap_or_else(|| missing(key))
    }

    /// The text of `key` with its `{name}` placeholders filled in.
    pub fn fill(self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.text(key), args)
    }
}

/// Replaces `{name}` in `template` by the matching argument; unknown
/// placeholders stay visible so a mistake shows instead of hiding text.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The app-wide language, provided in `app.rs`.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
    /// The language whose texts could not be fetched when chosen.
    unavailable: RwSignal<Option<Lang>>,
}

impl I18n {
    /// Wraps the language signal.
    pub fn new(lang: RwSignal<Lang>) -> Self {
        Self {
            lang,
            unavailable: RwSignal::new(None),
        }
    }

    /// The language that could not be switched to, if any (tracked).
    pub fn unavailable(self) -> Option<Lang> {
        self.unavailable.get()
    }

    /// The current language (tracked).
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// Changes the language and remembers the choice, once its texts are
    /// here (fetched first if need be).
    pub fn set(self, lang: Lang) {
        if texts_loaded(lang) {
            self.unavailable.set(None);
            self.lang.set(lang);
            crate::session::storage::set(crate::session::storage::LANG_KEY, lang.as_str());
            return;
        }
        leptos::task::spawn_local(async move {
            match fetch_texts(lang).await {
                Ok(()) => self.set(lang),
                Err(_) => {
                    self.unavailable.try_set(Some(lang));
                }
            }
        });
    }

    /// The current text of `key` (tracked, so use it inside a closure).
    pub fn t(self, key: Key) -> &'static str {
        self.lang.get().text(key)
    }

    /// A reactive text for `key`, for views. One closure type for every key,
    /// so the view code is generated once, not once per text.
    pub fn text(self, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(key)
    }

    /// A reactive text worked out by `f` in the current language. Every
    /// caller shares this one closure type, so Leptos' code for a reactive
    /// text node or attribute is compiled once, not once per closure (each
    /// copy costs a few KB of wasm).
    pub fn live(
        self,
        f: std::sync::Arc<dyn Fn(I18n) -> String + Send + Sync>,
    ) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        move || f(self)
    }

    /// A reactive date in the current language, "—" when unknown.
    pub fn date_text(
        self,
        date: Option<chrono::NaiveDate>,
    ) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        self.live(std::sync::Arc::new(move |i| i.date(date)))
    }

    /// A date in the current language, or "—" when unknown (tracked).
    pub fn date(self, date: Option<chrono::NaiveDate>) -> String {
        date.map(|d| format_date(self.lang(), d))
            .unwrap_or_else(|| "—".into())
    }

    /// A FHIR instant as date and time in the current language, or "—"
    /// (tracked; see [`format_instant`]).
    pub fn instant(self, instant: Option<&str>) -> String {
        format_instant(self.lang(), instant)
    }

    /// A number in the current language ("6,8" / "6.8") (tracked).
    pub fn number(self, value: f64) -> String {
        format::format_number(self.lang(), value)
    }

    /// The current text of `key` with placeholders filled in (tracked).
    pub fn tf(self, key: Key, args: &[(&str, &str)]) -> String {
        self.lang.get().fill(key, args)
    }
}

/// The language context; panics with a clear message when `app.rs` did not
/// provide it, which is a programming error, not bad input.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("I18n context: provide it in app.rs") // ok: programming error
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_and_keeps_unknown_placeholders() {
        assert_eq!(
            fill("Hallo {name}, {x}", &[("name", "Emma")]),
            "Hallo Emma, {x}"
        );
        assert_eq!(fill("open {", &[]), "open {");
    }

    #[test]
    fn a_language_file_of_another_version_is_refused() {
        let file = include_str!("../../locales/en.json");
        let parse_english = |text: &str| parse_texts(Lang::En, text);
        assert_eq!(parse_english(file).map(|t| t.len()), Ok(KEY_COUNT));
        assert_eq!(
            parse_texts(Lang::Nl, include_str!("../../locales/nl.json")).map(|t| t.len()),
            Ok(KEY_COUNT)
        );
        assert!(parse_english("{}").is_err());
        assert!(parse_english("not json").is_err());
        let mut texts: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(file).unwrap_or_default();
        texts.insert("zz.unknown".into(), "x".into());
        texts.remove("sign_out");
        assert!(parse_english(&serde_json::Value::Object(texts.clone()).to_string()).is_err());
        texts.remove("zz.unknown");
        texts.insert("sign_out".into(), serde_json::json!(7));
        assert!(parse_english(&serde_json::Value::Object(texts).to_string()).is_err());
    }

    #[test]
    fn lang_parses_tags() {
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("NL"), Some(Lang::Nl));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn both_languages_have_text_for_a_key() {
        load_english_for_tests();
        assert!(texts_loaded(Lang::En));
        assert_eq!(Lang::En.text(Key::SigninTitle), "Sign in");
        assert_ne!(
            Lang::Nl.text(Key::SigninTitle),
            Lang::En.text(Key::SigninTitle)
        );
    }
}
