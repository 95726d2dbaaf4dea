//! The browser side of idle sign-out: activity listeners, a one-second
//! wall-clock check, the shared deadline in storage, and the warning dialog.

use super::idle::Phase;
use super::{SignOutReason, storage, use_config, use_session};
use crate::components::idle_dialog::IdleDialog;
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

/// Watches for activity while someone is signed in; warns before and signs
/// out at the shared idle deadline. Mount once, inside the signed-in layout.
#[component]
pub fn IdleGuard() -> impl IntoView {
    let session = use_session();
    let policy = use_config().idle_policy();
    let now = RwSignal::new(js_sys::Date::now());
    let deadline = RwSignal::new(storage::read_deadline().unwrap_or_else(|| {
        let d = policy.deadline_after(now.get_untracked());
        storage::write_deadline(d);
        d
    }));
    let phase = Memo::new(move |_| policy.phase(deadline.get(), now.get()));

    // The wall clock decides, not a countdown: after sleep or throttling the
    // first check that runs signs out if the deadline passed.
    let check = move || {
        let t = js_sys::Date::now();
        if storage::get(storage::MARKER_KEY).is_none() {
            session.signed_out_elsewhere();
            return;
        }
        if let Some(shared) = storage::read_deadline()
            && shared > deadline.get_untracked()
        {
            deadline.set(shared);
        }
        now.set(t);
        if policy.phase(deadline.get_untracked(), t) == Phase::Expired {
            session.sign_out(SignOutReason::Idle);
        }
    };

    let extend = move || {
        let d = policy.deadline_after(js_sys::Date::now());
        deadline.set(d);
        storage::write_deadline(d);
        now.set(js_sys::Date::now());
    };

    // Activity moves the deadline, except during the warning: then only the
    // dialog's button (or Escape) keeps the session, as it says.
    let activity = move || {
        let t = js_sys::Date::now();
        match policy.phase(deadline.get_untracked(), t) {
            Phase::Expired => session.sign_out(SignOutReason::Idle),
            Phase::Warning { .. } => {}
            Phase::Active => {
                if policy.deadline_after(t) - deadline.get_untracked() >= 1000.0 {
                    extend();
                }
            }
        }
    };

    let mut handles = vec![
        window_event_listener(ev::keydown, move |_| activity()),
        window_event_listener(ev::pointerdown, move |_| activity()),
        window_event_listener(ev::pointermove, move |_| activity()),
        window_event_listener(ev::wheel, move |_| activity()),
        window_event_listener(ev::touchstart, move |_| activity()),
        window_event_listener(ev::focus, move |_| check()),
        window_event_listener(ev::storage, move |_| check()),
        window_event_listener(ev::pageshow, move |_| check()),
    ];
    handles.push(window_event_listener_untyped(
        "visibilitychange",
        move |_| check(),
    ));
    let interval = set_interval_with_handle(check, Duration::from_secs(1)).ok();
    on_cleanup(move || {
        for h in handles {
            h.remove();
        }
        if let Some(i) = interval {
            i.clear();
        }
    });

    let remaining = Signal::derive(move || match phase.get() {
        Phase::Warning { remaining_s } => Some(remaining_s),
        _ => None,
    });
    let announcement = Memo::new(move |_| remaining.get().and_then(|s| policy.announcement_for(s)));
    view! {
        <IdleDialog
            remaining=remaining
            announcement=announcement
            on_stay=Callback::new(move |_| extend())
            on_sign_out=Callback::new(move |_| session.sign_out(SignOutReason::User))
        />
    }
}
