//! The page's two persistent live regions: one polite (`role=status`) that
//! says "loading" while anything loads, one assertive (`role=alert`) for
//! errors.
//!
//! Screen readers announce changes inside a live region that was already
//! in the document; a region inserted together with its text is often not
//! read at all. So the regions are rendered once, at the root, and stay
//! through every route change; pages only change their text.

use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;
use std::time::Duration;

/// The state of the two regions.
#[derive(Clone, Copy)]
pub struct LiveRegion {
    /// How many loads are under way.
    loads: RwSignal<usize>,
    alert: RwSignal<String>,
}

impl LiveRegion {
    /// Creates the regions and provides them to everything below.
    pub fn provide() -> LiveRegion {
        let live = LiveRegion {
            loads: RwSignal::new(0),
            alert: RwSignal::new(String::new()),
        };
        provide_context(live);
        live
    }

    /// Counts a load for as long as the returned guard lives: the polite
    /// region says "loading" while any counted load is under way. A load
    /// abandoned half-way (the page left) drops its guard as well.
    pub fn loading_guard(self) -> LoadingGuard {
        self.loads.try_update(|n| *n += 1);
        LoadingGuard(self.loads)
    }

    /// Says `text` at once, interrupting (an error), and takes it away
    /// again when the error's owner is cleaned up (the page changed): the
    /// region never holds a stale error.
    pub fn alert(self, text: &str) {
        set(self.alert, text);
        let said = text.to_string();
        on_cleanup(move || {
            if self.alert.try_get_untracked().as_deref() == Some(said.as_str()) {
                self.alert.try_set(String::new());
            }
        });
    }

    /// The two regions, visually hidden.
    pub fn view(self) -> impl IntoView {
        let i18n = use_i18n();
        view! {
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"
                data-testid="live-status">
                {move || if self.loads.get() > 0 { i18n.t(Key::Loading) } else { "" }}
            </div>
            <div class="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true"
                data-testid="live-alert">{move || self.alert.get()}</div>
        }
    }
}

/// A load under way, counted until dropped.
pub struct LoadingGuard(RwSignal<usize>);

impl Drop for LoadingGuard {
    fn drop(&mut self) {
        self.0.try_update(|n| *n = n.saturating_sub(1));
    }
}

/// Empties the region, then fills it a moment later: the same text said
/// twice in a row (a second failure) is a change, so it is read again.
fn set(region: RwSignal<String>, text: &str) {
    if region.try_get_untracked().as_deref() == Some(text) {
        region.try_set(String::new());
        let text = text.to_string();
        set_timeout(
            move || {
                region.try_set(text);
            },
            Duration::from_millis(150),
        );
    } else {
        region.try_set(text.to_string());
    }
}

/// The regions, where the app provides them (not in component tests that
/// mount a part alone).
pub fn use_live_region() -> Option<LiveRegion> {
    use_context::<LiveRegion>()
}
