//! What the session keeps in `localStorage`, all of it non-medical: the
//! provider-session marker (persona and expiry), the shared idle deadline,
//! the last sign-out note for other tabs, and the language.
//!
//! Storage may be unavailable (private windows, blocked storage); every
//! function then degrades to "nothing stored".

/// Provider-session marker: `{"persona": "...", "expires": ms}`.
pub const MARKER_KEY: &str = "portal.session";
/// The idle deadline shared by all tabs, in ms since the epoch.
pub const DEADLINE_KEY: &str = "portal.idle-deadline";
/// Why the last sign-out happened, for other tabs: `reason:ms`.
pub const SIGNED_OUT_KEY: &str = "portal.signed-out";
/// The interface language.
pub const LANG_KEY: &str = "portal.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a key.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a key; failure (full or blocked storage) is ignored on purpose:
/// the session then simply does not survive a reload.
pub fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// Removes a key.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The demo provider-session marker.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Marker {
    /// The persona's username.
    pub persona: String,
    /// When the provider session ends, ms since the epoch.
    pub expires: i64,
}

/// Reads the marker if it is present, readable and not expired at `now`.
pub fn read_marker(now: f64) -> Option<Marker> {
    let marker: Marker = serde_json::from_str(&get(MARKER_KEY)?).ok()?;
    (marker.expires as f64 > now).then_some(marker)
}

/// Writes the marker.
pub fn write_marker(marker: &Marker) {
    if let Ok(text) = serde_json::to_string(marker) {
        set(MARKER_KEY, &text);
    }
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
