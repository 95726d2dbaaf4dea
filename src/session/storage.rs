//! What the session keeps in `localStorage`, all of it non-medical: the
//! provider-session marker (persona and expiry), the shared idle deadline,
//! the last sign-out note for other tabs, and the language.
//!
//! Storage may be unavailable (a browser set to refuse site data, a full
//! quota): then this tab keeps the same keys in memory. The session works
//! as usual in this tab, but a reload asks to sign in again and other tabs
//! do not share it ([`shared`] says which; the portal tells the person).

use crate::fhir::json::{FromJson, integer, object, required_text};
use serde_json::Value;
use std::cell::{Cell, RefCell};

/// Provider-session marker: `{"persona": "...", "expires": ms}`.
pub const MARKER_KEY: &str = "portal.session";
/// The idle deadline shared by all tabs, in ms since the epoch.
pub const DEADLINE_KEY: &str = "portal.idle-deadline";
/// Why the last sign-out happened, for other tabs: `reason:ms`.
pub const SIGNED_OUT_KEY: &str = "portal.signed-out";
/// When the identity provider last confirmed a sign-out (ms since the
/// epoch): tabs that wait for another tab's trip to the provider read it.
pub const PROVIDER_ENDED_KEY: &str = "portal.provider-ended";
/// The interface language.
pub const LANG_KEY: &str = "portal.lang";

thread_local! {
    /// Keys this tab could not store in `localStorage`, kept here instead
    /// (a handful of keys: a list is smaller in wasm than a hash map).
    static MEMORY: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    /// Set once a read or write of `localStorage` failed.
    static FAILED: Cell<bool> = const { Cell::new(false) };
}

fn storage() -> Option<web_sys::Storage> {
    match web_sys::window()?.local_storage() {
        Ok(Some(s)) => Some(s),
        _ => {
            FAILED.with(|f| f.set(true));
            None
        }
    }
}

/// Whether this tab's session lives in the browser's storage, shared with
/// other tabs and surviving a reload. `false` once storage refused a read
/// or a write: from then on this tab keeps its session in memory.
pub fn shared() -> bool {
    !FAILED.with(Cell::get)
}

/// Reads a key: what this tab kept in memory first, else `localStorage`.
pub fn get(key: &str) -> Option<String> {
    if let Some(value) = MEMORY.with(|m| {
        m.borrow()
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }) {
        return Some(value);
    }
    match storage()?.get_item(key) {
        Ok(value) => value,
        Err(_) => {
            FAILED.with(|f| f.set(true));
            None
        }
    }
}

/// Writes a key. When storage refuses it (blocked, full), this tab keeps it
/// in memory instead: the session goes on here, without surviving a reload.
pub fn set(key: &str, value: &str) {
    let stored = storage().is_some_and(|s| s.set_item(key, value).is_ok());
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        m.retain(|(k, _)| k != key);
        if !stored {
            FAILED.with(|f| f.set(true));
            m.push((key.to_string(), value.to_string()));
        }
    });
}

/// Removes a key, from memory and from storage.
pub fn remove(key: &str) {
    MEMORY.with(|m| m.borrow_mut().retain(|(k, _)| k != key));
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The demo provider-session marker.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// The persona's username.
    pub persona: String,
    /// When the provider session ends, ms since the epoch.
    pub expires: i64,
}

impl Marker {
    /// As stored: `{"persona": "...", "expires": ms}`.
    pub fn to_json(&self) -> String {
        serde_json::json!({"persona": self.persona, "expires": self.expires}).to_string()
    }
}

impl FromJson for Marker {
    fn from_json(v: &Value) -> Result<Self, String> {
        object(v, "Marker")?;
        Ok(Marker {
            persona: required_text(v, "persona")?,
            expires: integer(v, "expires")?.ok_or("expires: missing")?,
        })
    }
}

/// Reads the marker if it is present, readable and not expired at `now`.
pub fn read_marker(now: f64) -> Option<Marker> {
    let value: Value = serde_json::from_str(&get(MARKER_KEY)?).ok()?;
    let marker = Marker::from_json(&value).ok()?;
    (marker.expires as f64 > now).then_some(marker)
}

/// Writes the marker.
pub fn write_marker(marker: &Marker) {
    set(MARKER_KEY, &marker.to_json());
}

/// The shared idle deadline, if one is stored.
pub fn read_deadline() -> Option<f64> {
    // Whole milliseconds: integer parsing and printing keep float formatting
    // (kilobytes of wasm) out of the bundle.
    get(DEADLINE_KEY)?
        .trim()
        .parse::<i64>()
        .ok()
        .map(|d| d as f64)
}

/// Stores the shared idle deadline.
pub fn write_deadline(deadline: f64) {
    set(DEADLINE_KEY, &(deadline as i64).to_string());
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_marker_reads_back_what_was_written_and_what_serde_wrote_before() {
        let marker = Marker {
            persona: "sanne".into(),
            expires: 1_790_000_000_000,
        };
        let written: Value = serde_json::from_str(&marker.to_json()).unwrap();
        assert_eq!(
            written,
            json!({"persona": "sanne", "expires": 1_790_000_000_000_i64})
        );
        assert_eq!(Marker::from_json(&written), Ok(marker.clone()));
        let old: Value =
            serde_json::from_str(r#"{"persona":"sanne","expires":1790000000000}"#).unwrap();
        assert_eq!(Marker::from_json(&old), Ok(marker));
    }

    #[test]
    fn a_missing_or_malformed_field_is_an_error_that_names_it() {
        let read = |v: Value| Marker::from_json(&v);
        assert_eq!(read(json!({"expires": 1})), Err("persona: missing".into()));
        assert_eq!(
            read(json!({"persona": "sanne"})),
            Err("expires: missing".into())
        );
        assert_eq!(
            read(json!({"persona": "sanne", "expires": "1"})),
            Err("expires: expected a whole number".into())
        );
        assert_eq!(
            read(json!({"persona": "sanne", "expires": 1.5})),
            Err("expires: expected a whole number".into())
        );
        assert_eq!(
            read(json!({"persona": 1, "expires": 1})),
            Err("persona: expected text".into())
        );
        assert_eq!(
            read(json!("sanne")),
            Err("Marker: expected an object".into())
        );
    }
}
