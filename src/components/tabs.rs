//! Tabs that are links: each tab is an address, so reload, Back and a
//! shared link keep the chosen tab. The current one carries
//! `aria-current="page"`.

use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;

/// One tab: its text, its address and whether it is the current one.
pub struct Tab {
    /// Interface text.
    pub label: Key,
    /// Where it leads.
    pub href: String,
    /// Whether it is shown now.
    pub current: Signal<bool>,
}

/// A row of tabs, named for screen readers by `label`.
#[component]
pub fn Tabs(
    /// What the tabs choose between.
    label: Key,
    /// The tabs, in order.
    tabs: Vec<Tab>,
) -> impl IntoView {
    let i18n = use_i18n();
    let items = tabs
        .into_iter()
        .map(|tab| {
            let current = tab.current;
            view! {
                <li><a class="tabs__link" href=tab.href aria-current=move || current.get().then_some("page")>
                    {i18n.text(tab.label)}
                </a></li>
            }
        })
        .collect_view();
    view! {
        <nav class="tabs" aria-label=i18n.text(label)>
            <ul class="tabs__list">{items}</ul>
        </nav>
    }
}
