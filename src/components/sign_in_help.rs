//! Beside the sign-in form: what DigiD is, what to do when signing in does
//! not work, whom to call, and how to get in without DigiD.

use crate::i18n::{Key, use_i18n};
use crate::session::use_config;
use leptos::prelude::*;

#[component]
pub fn SignInHelp() -> impl IntoView {
    let i18n = use_i18n();
    let contacts = use_config().contacts.clone();
    let items = [
        Key::TroubleBsn,
        Key::TroubleDigidDown,
        Key::TroubleFavourite,
        Key::TroubleNotAuthorized,
        Key::TroubleHelpdesk,
    ];
    view! {
        <h2 id="signin-help-title">{i18n.text(Key::DigidWhatTitle)}</h2>
        <p>{i18n.text(Key::DigidWhatText)}</p>
        <p>{i18n.text(Key::DigidSmsText)}</p>
        <h2>{i18n.text(Key::TroubleTitle)}</h2>
        <ul class="trouble-list">
            {items.into_iter().map(|k| view! { <li>{i18n.text(k)}</li> }).collect_view()}
        </ul>
        <h3>{i18n.text(Key::ContactsTitle)}</h3>
        <ul class="contact-list">
            {contacts.into_iter().map(|c| view! {
                <li>
                    {let c = c.clone(); move || c.label(i18n.lang()).to_string()}
                    ": " <strong>{c.value.clone()}</strong>
                </li>
            }).collect_view()}
        </ul>
        <h2>{i18n.text(Key::NoDigidTitle)}</h2>
        <p>{i18n.text(Key::NoDigidText)}</p>
        <p class="signin-terms">{i18n.text(Key::SigninTerms)}</p>
        <p><a href="/informatie" data-testid="signin-information">{i18n.text(Key::SigninInformation)}</a></p>
    }
}
