//! `public/config.json`: demo or connected mode, and the portal's settings.
//!
//! Read through `serde_json::Value` with the helpers of
//! [`crate::fhir::json`] (serde derives cost wasm): unknown fields are
//! ignored, a missing or `null` field takes its default, and a field of the
//! wrong type is an error that names it.

use crate::fhir::json::{FromJson, count, integer, many, object, one, required_text, text};
use serde_json::Value;

/// Which server the portal talks to.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Mode {
    /// The built-in demo server (what `trunk serve` shows).
    #[default]
    Demo,
    /// A real FHIR R4 server with OpenID Connect sign-in.
    Fhir,
}

impl Mode {
    /// Reads `"mode"`: missing is [`Mode::Demo`].
    fn from_field(v: &Value) -> Result<Mode, String> {
        match text(v, "mode")?.as_deref() {
            None | Some("demo") => Ok(Mode::Demo),
            Some("fhir") => Ok(Mode::Fhir),
            Some(_) => Err("mode: expected \"demo\" or \"fhir\"".into()),
        }
    }
}

/// Connected-mode settings.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FhirSettings {
    /// FHIR base URL.
    pub base_url: String,
    /// OpenID Connect issuer.
    pub issuer: String,
    /// The portal's client id at the issuer.
    pub client_id: String,
    /// Requested scopes.
    pub scopes: String,
    /// Seconds a FHIR request may take before the portal says the server
    /// does not answer in time (default 20, at most 300).
    pub request_timeout_seconds: Option<u32>,
}

impl FromJson for FhirSettings {
    fn from_json(v: &Value) -> Result<Self, String> {
        object(v, "FhirSettings")?;
        Ok(FhirSettings {
            base_url: text(v, "base_url")?.unwrap_or_default(),
            issuer: text(v, "issuer")?.unwrap_or_default(),
            client_id: text(v, "client_id")?.unwrap_or_default(),
            scopes: text(v, "scopes")?.unwrap_or_default(),
            request_timeout_seconds: count(v, "request_timeout_seconds")?,
        })
    }
}

impl FhirSettings {
    /// How long a FHIR request may take.
    pub fn request_timeout(&self) -> std::time::Duration {
        let seconds = self.request_timeout_seconds.unwrap_or(20).clamp(1, 300);
        std::time::Duration::from_secs(u64::from(seconds))
    }
}

/// A phone number or address people can call about something.
#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    /// What it is for, in Dutch.
    pub label_nl: String,
    /// What it is for, in English.
    pub label_en: String,
    /// The number or address.
    pub value: String,
    /// What pages may point to it: "appointments", "helpdesk", "emergency".
    pub topic: Option<String>,
}

impl FromJson for Contact {
    fn from_json(v: &Value) -> Result<Self, String> {
        object(v, "Contact")?;
        Ok(Contact {
            label_nl: required_text(v, "label_nl")?,
            label_en: required_text(v, "label_en")?,
            value: required_text(v, "value")?,
            topic: text(v, "topic")?,
        })
    }
}

/// An organization whose appointments the agenda never shows (seed `000`:
/// the centre's own appointments change too often), and where people find
/// them instead.
#[derive(Clone, Debug, PartialEq)]
pub struct HiddenOrganization {
    /// FHIR `Organization` id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Where to find its appointments, in Dutch.
    pub where_nl: String,
    /// The same in English.
    pub where_en: String,
}

// An id, or an object with an id. Only the id is checked: a name or place
// that is not text is left empty (the name then falls back to the id).
impl FromJson for HiddenOrganization {
    fn from_json(v: &Value) -> Result<Self, String> {
        let field = |k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let id = match v.as_str() {
            Some(id) => id.to_string(),
            None => field("id"),
        };
        if id.is_empty() {
            return Err("id: missing (give an id, or an object with an id)".into());
        }
        let name = field("name");
        Ok(HiddenOrganization {
            name: if name.is_empty() { id.clone() } else { name },
            where_nl: field("where_nl"),
            where_en: field("where_en"),
            id,
        })
    }
}

impl HiddenOrganization {
    /// Where to find its appointments, in `lang` (may be empty).
    pub fn where_to_find(&self, lang: crate::i18n::Lang) -> &str {
        match lang {
            crate::i18n::Lang::Nl => &self.where_nl,
            crate::i18n::Lang::En => &self.where_en,
        }
    }
}

impl Contact {
    /// What it is for, in `lang`.
    pub fn label(&self, lang: crate::i18n::Lang) -> &str {
        match lang {
            crate::i18n::Lang::Nl => &self.label_nl,
            crate::i18n::Lang::En => &self.label_en,
        }
    }
}

fn fifteen() -> u32 {
    15
}
fn two() -> u32 {
    2
}
fn thirty() -> i64 {
    30
}

/// The whole configuration; every field has a default, so a short file works.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Demo or connected.
    pub mode: Mode,
    /// Connected-mode settings.
    pub fhir: FhirSettings,
    /// Idle minutes before sign-out.
    pub idle_timeout_minutes: u32,
    /// Minutes of warning before idle sign-out.
    pub idle_warning_minutes: u32,
    /// Days ahead that Home announces an authorization's end.
    pub announce_days: i64,
    /// Organizations whose appointments are never shown: an id, or
    /// `{id, name, where_nl, where_en}`.
    pub hidden_organizations: Vec<HiddenOrganization>,
    /// Contact numbers.
    pub contacts: Vec<Contact>,
}

impl FromJson for Config {
    fn from_json(v: &Value) -> Result<Self, String> {
        object(v, "config.json")?;
        Ok(Config {
            mode: Mode::from_field(v)?,
            fhir: one(v, "fhir")?.unwrap_or_default(),
            idle_timeout_minutes: count(v, "idle_timeout_minutes")?.unwrap_or_else(fifteen),
            idle_warning_minutes: count(v, "idle_warning_minutes")?.unwrap_or_else(two),
            announce_days: integer(v, "announce_days")?.unwrap_or_else(thirty),
            hidden_organizations: many(v, "hidden_organizations")?,
            contacts: many(v, "contacts")?,
        })
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            mode: Mode::Demo,
            fhir: FhirSettings::default(),
            idle_timeout_minutes: fifteen(),
            idle_warning_minutes: two(),
            announce_days: thirty(),
            hidden_organizations: Vec::new(),
            contacts: Vec::new(),
        }
    }
}

impl Config {
    /// Reads the file; a broken file is an error the start page shows.
    pub fn parse(text: &str) -> Result<Config, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let config = Config::from_json(&value)?;
        if config.idle_warning_minutes == 0
            || config.idle_warning_minutes >= config.idle_timeout_minutes
        {
            return Err("idle_warning_minutes must be between 1 and idle_timeout_minutes".into());
        }
        if config.mode == Mode::Fhir && config.fhir.base_url.is_empty() {
            return Err("mode \"fhir\" needs fhir.base_url".into());
        }
        Ok(config)
    }

    /// The contact for `topic`, if configured.
    pub fn contact(&self, topic: &str) -> Option<&Contact> {
        self.contacts
            .iter()
            .find(|c| c.topic.as_deref() == Some(topic))
    }

    /// The idle rules in milliseconds.
    pub fn idle_policy(&self) -> crate::session::idle::IdlePolicy {
        crate::session::idle::IdlePolicy {
            timeout_ms: u64::from(self.idle_timeout_minutes) * 60_000,
            warning_ms: u64::from(self.idle_warning_minutes) * 60_000,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_config_is_demo_with_fifteen_minutes() {
        let c = Config::parse(include_str!("../public/config.json")).unwrap();
        assert_eq!(c.mode, Mode::Demo);
        assert_eq!(c.idle_policy().timeout_ms, 15 * 60_000);
        assert_eq!(c.fhir.request_timeout().as_secs(), 20);
        let slow = Config::parse(r#"{"fhir":{"request_timeout_seconds":3}}"#).expect("valid");
        assert_eq!(slow.fhir.request_timeout().as_secs(), 3);
        let silly = Config::parse(r#"{"fhir":{"request_timeout_seconds":0}}"#).expect("valid");
        assert_eq!(silly.fhir.request_timeout().as_secs(), 1);
        assert_eq!(c.idle_policy().warning_ms, 2 * 60_000);
        let kocz = &c.hidden_organizations[0];
        assert_eq!(kocz.id, "org-kocz");
        assert!(!kocz.where_to_find(crate::i18n::Lang::En).is_empty());
        let short = Config::parse(r#"{"hidden_organizations":["org-x"]}"#).unwrap();
        assert_eq!(short.hidden_organizations[0].name, "org-x");
        assert!(Config::parse(r#"{"hidden_organizations":[{"name":"no id"}]}"#).is_err());
    }

    #[test]
    fn short_and_broken_files() {
        assert_eq!(Config::parse("{}").unwrap(), Config::default());
        assert!(Config::parse("{").is_err());
        assert!(Config::parse(r#"{"idle_timeout_minutes":2,"idle_warning_minutes":2}"#).is_err());
        assert!(Config::parse(r#"{"mode":"fhir"}"#).is_err());
        assert!(Config::parse(r#"{"mode":"other"}"#).is_err());
    }

    #[test]
    fn missing_and_null_fields_take_their_defaults_and_unknown_fields_are_ignored() {
        let c = Config::parse(
            r#"{"mode":"fhir","fhir":{"base_url":"https://fhir.example","extra":1},
                "idle_timeout_minutes":null,"contacts":[{"label_nl":"a","label_en":"b","value":"1"}],
                "unknown":{"x":[1]}}"#,
        )
        .unwrap();
        assert_eq!(c.mode, Mode::Fhir);
        assert_eq!(
            c.fhir,
            FhirSettings {
                base_url: "https://fhir.example".into(),
                ..FhirSettings::default()
            }
        );
        assert_eq!(c.idle_timeout_minutes, 15);
        assert_eq!(c.idle_warning_minutes, 2);
        assert_eq!(c.announce_days, 30);
        assert!(c.hidden_organizations.is_empty());
        assert_eq!(c.contacts[0].topic, None);
        assert_eq!(c.contact("helpdesk"), None);
        let hidden =
            Config::parse(r#"{"hidden_organizations":[{"id":"org-y","name":7}]}"#).unwrap();
        assert_eq!(hidden.hidden_organizations[0].name, "org-y");
        assert_eq!(hidden.hidden_organizations[0].where_nl, "");
    }

    #[test]
    fn a_field_of_the_wrong_type_is_an_error_that_names_it() {
        let err = |text: &str| Config::parse(text).unwrap_err();
        assert_eq!(err(r#"{"mode":3}"#), "mode: expected text");
        assert_eq!(
            err(r#"{"mode":"other"}"#),
            r#"mode: expected "demo" or "fhir""#
        );
        assert_eq!(
            err(r#"{"fhir":"x"}"#),
            "fhir.FhirSettings: expected an object"
        );
        assert_eq!(
            err(r#"{"fhir":{"base_url":3}}"#),
            "fhir.base_url: expected text"
        );
        assert_eq!(
            err(r#"{"fhir":{"request_timeout_seconds":-1}}"#),
            "fhir.request_timeout_seconds: expected a count"
        );
        assert_eq!(
            err(r#"{"idle_timeout_minutes":"15"}"#),
            "idle_timeout_minutes: expected a count"
        );
        assert_eq!(
            err(r#"{"idle_warning_minutes":1.5}"#),
            "idle_warning_minutes: expected a count"
        );
        assert_eq!(
            err(r#"{"announce_days":"30"}"#),
            "announce_days: expected a whole number"
        );
        assert_eq!(
            err(r#"{"hidden_organizations":"org-x"}"#),
            "hidden_organizations: expected a list"
        );
        assert_eq!(
            err(r#"{"hidden_organizations":["org-x",{"name":"no id"}]}"#),
            "hidden_organizations[1].id: missing (give an id, or an object with an id)"
        );
        assert_eq!(
            err(r#"{"contacts":[{"label_nl":"a","label_en":"b"}]}"#),
            "contacts[0].value: missing"
        );
        assert_eq!(
            err(r#"{"contacts":[{"label_nl":"a","label_en":"b","value":"1","topic":2}]}"#),
            "contacts[0].topic: expected text"
        );
        assert_eq!(err("[]"), "config.json: expected an object");
    }
}
