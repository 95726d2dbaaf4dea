//! Unsent text, kept in memory for the session: a message half typed
//! survives going to another page or patient and coming back, and is
//! forgotten at sign-out. Never written to browser storage (DESIGN §4).

use leptos::prelude::*;
use std::collections::HashMap;

/// The session's unsent texts, by form field ("emma/e-consult/new/text").
#[derive(Clone, Copy)]
pub struct Drafts {
    texts: StoredValue<HashMap<String, String>>,
}

impl Drafts {
    /// An empty store.
    pub fn new() -> Self {
        Self {
            texts: StoredValue::new(HashMap::new()),
        }
    }

    /// The kept text of `field` (empty when none).
    pub fn get(self, field: &str) -> String {
        self.texts
            .with_value(|t| t.get(field).cloned())
            .unwrap_or_default()
    }

    /// Keeps `text` for `field`; empty text forgets it.
    pub fn set(self, field: &str, text: String) {
        self.texts.update_value(|t| {
            if text.is_empty() {
                t.remove(field);
            } else {
                t.insert(field.to_string(), text);
            }
        });
    }

    /// A signal for `field` that starts with its kept text and keeps
    /// every change.
    pub fn signal(self, field: String) -> RwSignal<String> {
        let value = RwSignal::new(self.get(&field));
        Effect::new(move |_| self.set(&field, value.get()));
        value
    }

    /// Forgets every field under `prefix` (a form that was sent).
    pub fn forget(self, prefix: &str) {
        self.texts
            .update_value(|t| t.retain(|k, _| !k.starts_with(prefix)));
    }

    /// Forgets everything (sign-out).
    pub fn clear(self) {
        self.texts.update_value(HashMap::clear);
    }
}

impl Default for Drafts {
    fn default() -> Self {
        Self::new()
    }
}

/// The session's drafts.
pub fn use_drafts() -> Drafts {
    use_context::<Drafts>().unwrap_or_default()
}
