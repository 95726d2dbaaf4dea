//! Shown at a patient URL the signed-in person may not open, saying why
//! when the reason is theirs to know.

use crate::access::{Decision, Denial, EndReason};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Key, Lang, format_date, use_i18n};
use crate::session::use_session;
use leptos::prelude::*;

/// Why access to `name` is refused, in a sentence; `None` when allowed.
pub fn denial_text(lang: Lang, decision: &Decision, name: &str) -> Option<String> {
    let Decision::Denied(denial) = decision else { return None };
    Some(match denial {
        Denial::Revoked => lang.fill(Key::AccessRevoked, &[("name", name)]),
        Denial::NotYetValid(from) => {
            lang.fill(Key::AccessNotYet, &[("name", name), ("date", &format_date(lang, *from))])
        }
        Denial::Ended(end) => {
            let key = match end.reason {
                EndReason::TwelfthBirthday => Key::AccessEndedTwelve,
                EndReason::SixteenthBirthday => Key::AccessEndedSixteen,
                EndReason::EighteenthBirthday => Key::AccessEndedEighteen,
                EndReason::PeriodEnd => Key::AccessEndedPeriod,
            };
            let last_day = end.on.pred_opt().unwrap_or(end.on);
            let date = if end.reason == EndReason::PeriodEnd { last_day } else { end.on };
            lang.fill(key, &[("name", name), ("date", &format_date(lang, date))])
        }
    })
}

/// The no-access page for patient `id`.
#[component]
pub fn NoAccess(
    /// The patient id from the URL.
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let reason = move || {
        let signed = session.signed_in()?;
        let person = signed.represented(&id)?;
        let name = person.name.clone().unwrap_or_else(|| i18n.t(Key::UnknownName).to_string());
        denial_text(i18n.lang(), &person.decision, &name)
    };
    let home = move || session.signed_in().and_then(|s| s.landing());
    view! {
        <PageHeading
            text=Signal::derive(move || i18n.t(Key::NoAccessTitle).to_string())
            suffix=Signal::derive(move || i18n.t(Key::AppName).to_string())
        />
        <Notice kind=NoticeKind::Warning>
            <p>{move || i18n.t(Key::NoAccessText)}</p>
            {move || reason().map(|r| view! { <p data-testid="no-access-reason">{r}</p> })}
        </Notice>
        <p>{move || i18n.t(Key::NoAccessHelp)}</p>
        {move || home().map(|href| view! { <p><a href=href>{move || i18n.t(Key::NoAccessBack)}</a></p> })}
    }
}
