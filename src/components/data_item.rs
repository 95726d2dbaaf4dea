//! One key–value row of an NL Design System data list (`<dl>`).

use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;

/// A row: the translated `label` and the value given as children.
#[component]
pub fn DataItem(
    /// The key, an interface text.
    label: Key,
    /// The value.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{i18n.text(label)}</dt>
            <dd class="utrecht-data-list__item-value">{children()}</dd>
        </div>
    }
}
