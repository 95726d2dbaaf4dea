//! The notice above every results page (seeds 000 and 001): results appear
//! at once, without the doctor's comment; whom to call when worried.

use crate::components::notice::{Notice, NoticeKind};
use crate::i18n::{Key, use_i18n};
use crate::session::use_config;
use leptos::prelude::*;
use std::sync::Arc;

/// The results notice, with the first contact from the configuration.
#[component]
pub fn ResultsNotice() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let contacts = config
        .contacts
        .iter()
        .take(1)
        .map(|c| {
            let (contact, value) = (c.clone(), c.value.clone());
            view! { <li>{i18n.live(Arc::new(move |i| contact.label(i.lang()).to_string()))}": "{value}</li> }
        })
        .collect_view();
    view! {
        <Notice kind=NoticeKind::Warning class="results-notice">
            <p><strong>{i18n.text(Key::ResultsNoticeTitle)}</strong></p>
            <p>{i18n.text(Key::ResultsNotice)}</p>
            <p>{i18n.text(Key::ResultsWorried)}</p>
            <ul class="contacts">{contacts}</ul>
        </Notice>
    }
}
