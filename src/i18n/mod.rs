//! Interface languages: Dutch (default) and English.
//!
//! Texts live in `locales/{nl,en}.json`; `build.rs` turns every key into a
//! variant of [`Key`], so a missing or misspelt key does not compile. Record
//! content (reports, letters, messages) is never translated: it is shown as
//! written.

mod format;

pub use format::{
    format_date, format_date_time, format_days, format_instant, format_month, format_number,
    format_remaining, format_weekday_date_time,
};

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

use leptos::prelude::*;
use std::sync::OnceLock;

/// The English texts in key order, once fetched (`/locales/en.json`). Dutch
/// is compiled in; English is loaded when someone chooses it (`build.rs`).
static ENGLISH: OnceLock<Vec<String>> = OnceLock::new();

include!("fingerprint.rs");

/// Takes the English texts from the text of `locales/en.json`; refuses a
/// file that is not this build's (other keys) or not texts.
pub fn load_english(text: &str) -> Result<(), String> {
    if ENGLISH.get().is_some() {
        return Ok(());
    }
    let _ = ENGLISH.set(parse_english(text)?);
    Ok(())
}

/// The texts of `locales/en.json` in key order, if the file is this build's.
/// (serde_json's map is ordered by key, as `build.rs` numbers the keys.)
fn parse_english(text: &str) -> Result<Vec<String>, String> {
    let map: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| format!("en.json: {e}"))?;
    if map.len() != KEY_COUNT || fingerprint(map.keys()) != KEYS_FINGERPRINT {
        return Err("en.json: not the texts of this version of the portal".into());
    }
    map.into_iter()
        .map(|(key, value)| match value {
            serde_json::Value::String(text) => Ok(text),
            _ => Err(format!("en.json: {key} is not a text")),
        })
        .collect()
}

/// Whether the English texts are here.
pub fn english_loaded() -> bool {
    ENGLISH.get().is_some()
}

/// Fetches the English texts once.
pub async fn fetch_english() -> Result<(), String> {
    if english_loaded() {
        return Ok(());
    }
    let text = crate::static_files::get_text("/locales/en.json")
        .await
        .map_err(|e| format!("en.json: {e}"))?;
    load_english(&text)
}

/// For tests: the English texts from the source tree.
#[cfg(test)]
pub fn load_english_for_tests() {
    let _ = load_english(include_str!("../../locales/en.json"));
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
        match self {
            Lang::Nl => text_nl(key),
            Lang::En => ENGLISH
                .get()
                .and_then(|texts| texts.get(key as usize))
                .map(String::as_str)
                .or_else(|| text_en_builtin(key))
                .unwrap_or_else(|| text_nl(key)),
        }
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
    /// Set when the English texts could not be fetched.
    unavailable: RwSignal<bool>,
}

impl I18n {
    /// Wraps the language signal.
    pub fn new(lang: RwSignal<Lang>) -> Self {
        Self {
            lang,
            unavailable: RwSignal::new(false),
        }
    }

    /// Whether switching to English failed (tracked).
    pub fn unavailable(self) -> bool {
        self.unavailable.get()
    }

    /// The current language (tracked).
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// Changes the language and remembers the choice; English only once
    /// its texts are here (fetched first if need be).
    pub fn set(self, lang: Lang) {
        if lang == Lang::Nl || english_loaded() {
            self.unavailable.set(false);
            self.lang.set(lang);
            crate::session::storage::set(crate::session::storage::LANG_KEY, lang.as_str());
            return;
        }
        leptos::task::spawn_local(async move {
            match fetch_english().await {
                Ok(()) => self.set(lang),
                Err(_) => {
                    self.unavailable.try_set(true);
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
    fn an_english_file_of_another_version_is_refused() {
        let file = include_str!("../../locales/en.json");
        assert_eq!(parse_english(file).map(|t| t.len()), Ok(KEY_COUNT));
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
        assert!(english_loaded());
        assert_eq!(Lang::En.text(Key::SigninTitle), "Sign in");
        assert_ne!(
            Lang::Nl.text(Key::SigninTitle),
            Lang::En.text(Key::SigninTitle)
        );
    }
}
