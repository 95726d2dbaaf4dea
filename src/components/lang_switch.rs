//! The language switch: offers the other language, in that language.

use crate::i18n::{Key, Lang, use_i18n};
use leptos::prelude::*;

/// A button that switches between Dutch and English; the choice is stored.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let other = move || i18n.lang().other();
    view! {
        <button
            type="button"
            class="utrecht-button utrecht-button--subtle lang-switch"
            lang=move || other().as_str()
            on:click=move |_| i18n.set(other())
        >
            {move || other().text(Key::LangSwitchLabel)}
        </button>
        <span class="lang-switch__error" role="status">
            {move || i18n.unavailable().map(|lang| match lang {
                Lang::En => i18n.t(Key::LangUnavailable),
                Lang::Nl => i18n.t(Key::LangUnavailableDutch),
            })}
        </span>
    }
}
