//! `public/config.json`: demo or connected mode, and the portal's settings.

use serde::Deserialize;

/// Which server the portal talks to.
#[derive(Clone, Debug, PartialEq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The built-in demo server (what `trunk serve` shows).
    #[default]
    Demo,
    /// A real FHIR R4 server with OpenID Connect sign-in.
    Fhir,
}

/// Connected-mode settings.
#[derive(Clone, Debug, PartialEq, Deserialize, Default)]
pub struct FhirSettings {
    /// FHIR base URL.
    #[serde(default)]
    pub base_url: String,
    /// OpenID Connect issuer.
    #[serde(default)]
    pub issuer: String,
    /// The portal's client id at the issuer.
    #[serde(default)]
    pub client_id: String,
    /// Requested scopes.
    #[serde(default)]
    pub scopes: String,
    /// Seconds a FHIR request may take before the portal says the server
    /// does not answer in time (default 20, at most 300).
    #[serde(default)]
    pub request_timeout_seconds: Option<u32>,
}

impl FhirSettings {
    /// How long a FHIR request may take.
    pub fn request_timeout(&self) -> std::time::Duration {
        let seconds = self.request_timeout_seconds.unwrap_or(20).clamp(1, 300);
        std::time::Duration::from_secs(u64::from(seconds))
    }
}

/// A phone number or address people can call about something.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Contact {
    /// What it is for, in Dutch.
    pub label_nl: String,
    /// What it is for, in English.
    pub label_en: String,
    /// The number or address.
    pub value: String,
    /// What pages may point to it: "appointments", "helpdesk", "emergency".
    #[serde(default)]
    pub topic: Option<String>,
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

// Read through `serde_json::Value` (an id, or an object): an untagged serde
// enum would pull serde's buffering code into the wasm for one setting.
impl<'de> Deserialize<'de> for HiddenOrganization {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        let field = |k: &str| {
            value
                .get(k)
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let id = match value.as_str() {
            Some(id) => id.to_string(),
            None => field("id"),
        };
        if id.is_empty() {
            return Err(serde::de::Error::custom(
                "hidden_organizations: an id, or an object with an id",
            ));
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Config {
    /// Demo or connected.
    #[serde(default)]
    pub mode: Mode,
    /// Connected-mode settings.
    #[serde(default)]
    pub fhir: FhirSettings,
    /// Idle minutes before sign-out.
    #[serde(default = "fifteen")]
    pub idle_timeout_minutes: u32,
    /// Minutes of warning before idle sign-out.
    #[serde(default = "two")]
    pub idle_warning_minutes: u32,
    /// Days ahead that Home announces an authorization's end.
    #[serde(default = "thirty")]
    pub announce_days: i64,
    /// Organizations whose appointments are never shown: an id, or
    /// `{id, name, where_nl, where_en}`.
    #[serde(default)]
    pub hidden_organizations: Vec<HiddenOrganization>,
    /// Contact numbers.
    #[serde(default)]
    pub contacts: Vec<Contact>,
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
        let config: Config = serde_json::from_str(text).map_err(|e| e.to_string())?;
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
}
