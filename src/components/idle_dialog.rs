//! The idle warning: a modal `<dialog>` that counts down and speaks the time
//! left per minute, then at 40 and 20 seconds, never every second.

use crate::i18n::{Key, format_remaining, use_i18n};
use crate::session::idle::clock;
use leptos::prelude::*;

/// The warning before idle sign-out. Opens as a modal (focus stays inside;
/// Escape keeps the session) while `remaining` is `Some`.
#[component]
pub fn IdleDialog(
    /// Seconds left while the warning shows; `None` closes the dialog.
    #[prop(into)]
    remaining: Signal<Option<u32>>,
    /// The announcement point (seconds) for the live region; it changes only
    /// at the moments a screen reader should hear the time.
    #[prop(into)]
    announcement: Signal<Option<u32>>,
    /// "Ingelogd blijven", and Escape.
    on_stay: Callback<()>,
    /// "Nu uitloggen".
    on_sign_out: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = remaining.get().is_some();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let left = move || clock(remaining.get().unwrap_or(0));
    let spoken = move || {
        announcement
            .get()
            .map(|s| {
                i18n.tf(
                    Key::IdleAnnounce,
                    &[("time", &format_remaining(i18n.lang(), s))],
                )
            })
            .unwrap_or_default()
    };
    view! {
        <dialog
            node_ref=dialog
            class="idle-dialog"
            role="alertdialog"
            aria-labelledby="idle-title"
            aria-describedby="idle-text idle-clock"
            on:cancel=move |ev: leptos::ev::Event| {
                ev.prevent_default();
                on_stay.run(());
            }
            on:close=move |_| {
                // Closed by the browser itself (a repeated Escape skips the
                // cancel event): the person dismissed it, so they stay.
                if remaining.get_untracked().is_some() {
                    on_stay.run(());
                }
            }
        >
            <h2 id="idle-title" class="idle-dialog__title">{i18n.text(Key::IdleTitle)}</h2>
            <p id="idle-text">{i18n.text(Key::IdleText)}</p>
            <p id="idle-clock" class="idle-dialog__clock">
                {i18n.text(Key::IdleTimeLeft)} " " <strong data-testid="idle-countdown">{left}</strong>
            </p>
            <p class="visually-hidden" aria-live="assertive" aria-atomic="true">
                {spoken}
            </p>
            <div class="button-row">
                <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=move |_| on_stay.run(())>
                    {i18n.text(Key::IdleStay)}
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| on_sign_out.run(())>
                    {i18n.text(Key::IdleSignOutNow)}
                </button>
            </div>
        </dialog>
    }
}
