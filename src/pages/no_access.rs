//! Shown at a patient URL the signed-in person may not open, saying why
//! when the reason is theirs to know.

use crate::access::{Decision, Denial, EndReason};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Key, Lang, format_date, use_i18n};
use crate::session::use_session;
use leptos::prelude::*;

/// How much a denial says: a full sentence (no-access page) or a short
/// phrase beside a greyed name in the bar.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Length {
    /// A sentence with the name and what follows from it.
    Full,
    /// A phrase for the bar.
    Short,
}

/// Why access to `name` is refused; `None` when allowed.
pub fn denial_text(lang: Lang, decision: &Decision, name: &str, length: Length) -> Option<String> {
    let Decision::Denied(denial) = decision else {
        return None;
    };
    let pick = |full, short| if length == Length::Full { full } else { short };
    let (key, date) = match denial {
        Denial::Revoked => (pick(Key::AccessRevoked, Key::BarRevoked), None),
        Denial::Unreadable => (pick(Key::NoAccessUnreadable, Key::BarUnreadable), None),
        Denial::NotYetValid(from) => (pick(Key::AccessNotYet, Key::BarNotYet), Some(*from)),
        Denial::Ended(end) => {
            let key = match end.reason {
                EndReason::TwelfthBirthday => pick(Key::AccessEndedTwelve, Key::BarEndedTwelve),
                EndReason::SixteenthBirthday => pick(Key::AccessEndedSixteen, Key::BarEndedSixteen),
                EndReason::EighteenthBirthday => {
                    pick(Key::AccessEndedEighteen, Key::BarEndedEighteen)
                }
                EndReason::PeriodEnd => pick(Key::AccessEndedPeriod, Key::BarEndedPeriod),
            };
            // A period names its last valid day; a birthday the first day without access.
            let day = if end.reason == EndReason::PeriodEnd {
                end.on.pred_opt().unwrap_or(end.on)
            } else {
                end.on
            };
            (key, Some(day))
        }
    };
    let date = date.map(|d| format_date(lang, d)).unwrap_or_default();
    Some(lang.fill(key, &[("name", name), ("date", &date)]))
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
        let name = person
            .name
            .clone()
            .unwrap_or_else(|| i18n.t(Key::UnknownName).to_string());
        denial_text(i18n.lang(), &person.decision, &name, Length::Full)
    };
    let home = move || session.signed_in().and_then(|s| s.landing());
    view! {
        <PageHeading title=Key::NoAccessTitle/>
        <Notice kind=NoticeKind::Warning>
            <p>{i18n.text(Key::NoAccessText)}</p>
            {move || reason().map(|r| view! { <p data-testid="no-access-reason">{r}</p> })}
        </Notice>
        <p>{i18n.text(Key::NoAccessHelp)}</p>
        {move || home().map(|href| view! { <p><a href=href>{i18n.text(Key::NoAccessBack)}</a></p> })}
    }
}
