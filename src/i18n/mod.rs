//! Interface languages: Dutch (default) and English.
//!
//! Texts live in `locales/{nl,en}.json`; `build.rs` turns every key into a
//! variant of [`Key`], so a missing or misspelt key does not compile. Record
//! content (reports, letters, messages) is never translated: it is shown as
//! written.

mod format;

pub use format::{
    format_date, format_date_time, format_days, format_month, format_number, format_remaining,
    format_weekday_date_time,
};

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

use leptos::prelude::*;

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

    /// The text of `key` in this language.
    pub fn text(self, key: Key) -> &'static str {
        match self {
            Lang::Nl => text_nl(key),
            Lang::En => text_en(key),
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
}

impl I18n {
    /// Wraps the language signal.
    pub fn new(lang: RwSignal<Lang>) -> Self {
        Self { lang }
    }

    /// The current language (tracked).
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// Changes the language.
    pub fn set(self, lang: Lang) {
        self.lang.set(lang);
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
    fn lang_parses_tags() {
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("NL"), Some(Lang::Nl));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn both_languages_have_text_for_a_key() {
        assert_ne!(
            Lang::Nl.text(Key::SigninTitle),
            Lang::En.text(Key::SigninTitle)
        );
    }
}
