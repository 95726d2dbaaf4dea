//! The information text (handbook §3.7): how the portal works, signing
//! in, frequently asked questions, access for parents and children,
//! contact and the terms of use (seeds `000`, `001`, `003`), in the
//! portal's own words. Shown inside a patient's portal and, before
//! sign-in, on a public page. Phone numbers and addresses come only from
//! `config.json`.

use crate::components::contact_link::contact_link;
use crate::components::data_item::DataItem;
use crate::components::focus::jump_to;
use crate::components::notice::{Notice, NoticeKind};
use crate::config::Contact;
use crate::i18n::{I18n, Key, use_i18n};
use crate::session::use_config;
use leptos::prelude::*;
use std::sync::Arc;

/// The sections in page order: the id of the heading and its text. The
/// table of contents and the headings both come from here.
const SECTIONS: &[(&str, Key)] = &[
    ("info-portal", Key::InfoHowTitle),
    ("info-inloggen", Key::InfoSigninTitle),
    ("info-vragen", Key::InfoFaqTitle),
    ("info-toegang", Key::InfoAccessTitle),
    ("info-contact", Key::InfoContactTitle),
    ("info-voorwaarden", Key::InfoTermsTitle),
];

/// The portal's sections and what each is for.
const PARTS: &[(Key, Key)] = &[
    (Key::InfoHowDossierTerm, Key::InfoHowDossierText),
    (
        Key::InfoHowQuestionnairesTerm,
        Key::InfoHowQuestionnairesText,
    ),
    (Key::InfoHowAgendaTerm, Key::InfoHowAgendaText),
    (Key::InfoHowEconsultTerm, Key::InfoHowEconsultText),
    (Key::InfoHowPatientDataTerm, Key::InfoHowPatientDataText),
    (Key::InfoHowViewedTerm, Key::InfoHowViewedText),
];

/// What to check when signing in fails (seed `001`); the help desk follows.
const TROUBLE: &[Key] = &[
    Key::InfoSigninTroubleBsn,
    Key::InfoSigninTroubleDigid,
    Key::InfoSigninTroubleSavedLink,
    Key::InfoSigninTroubleNotAuthorized,
];

/// Questions and answers; an answer may use `{minutes}` (idle sign-out).
const FAQ: &[(Key, Key)] = &[
    (Key::InfoFaqNeedQ, Key::InfoFaqNeedA),
    (Key::InfoFaqResultQ, Key::InfoFaqResultA),
    (Key::InfoFaqAppointmentQ, Key::InfoFaqAppointmentA),
    (Key::InfoFaqReportMissingQ, Key::InfoFaqReportMissingA),
    (Key::InfoFaqQuestionQ, Key::InfoFaqQuestionA),
    (Key::InfoFaqSignedOutQ, Key::InfoFaqSignedOutA),
    (Key::InfoFaqChildQ, Key::InfoFaqChildA),
    (Key::InfoFaqOthersQ, Key::InfoFaqOthersA),
    (Key::InfoFaqViewedQ, Key::InfoFaqViewedA),
    (Key::InfoFaqTechnicalQ, Key::InfoFaqTechnicalA),
];

/// Who has access at which age (seeds `000`, `001`; `access.rs` applies them).
const AGES: &[(Key, Key)] = &[
    (Key::InfoAccessAgeYoungTerm, Key::InfoAccessAgeYoungText),
    (Key::InfoAccessAgeTeenTerm, Key::InfoAccessAgeTeenText),
    (Key::InfoAccessAgeAdultTerm, Key::InfoAccessAgeAdultText),
    (
        Key::InfoAccessAgeIncapableTerm,
        Key::InfoAccessAgeIncapableText,
    ),
];

/// The terms of use (seed `003`), one rule each.
const TERMS: &[Key] = &[
    Key::InfoTermsPersonal,
    Key::InfoTermsDigid,
    Key::InfoTermsShared,
    Key::InfoTermsCopy,
    Key::InfoTermsLiability,
    Key::InfoTermsUrgent,
    Key::InfoTermsAccurate,
    Key::InfoTermsRecord,
    Key::InfoTermsLogged,
    Key::InfoTermsClose,
    Key::InfoTermsChange,
    Key::InfoTermsLinks,
    Key::InfoTermsComplaint,
    Key::InfoTermsSecurity,
];

/// The router would treat "#id" as navigation; do what a browser does for
/// an in-page link (as the skip link in `layout.rs`): focus the heading.
/// One `<li>` per text.
fn items(i18n: I18n, keys: &'static [Key]) -> impl IntoView {
    keys.iter()
        .map(move |&k| view! { <li>{i18n.text(k)}</li> })
        .collect_view()
}

/// A data list of term and explanation pairs.
fn definitions(i18n: I18n, pairs: &'static [(Key, Key)]) -> impl IntoView {
    let rows = pairs
        .iter()
        .map(move |&(term, text)| view! { <DataItem label=term>{i18n.text(text)}</DataItem> })
        .collect_view();
    view! { <dl class="utrecht-data-list data-list">{rows}</dl> }
}

fn how(i18n: I18n, minutes: String) -> AnyView {
    view! {
        <p>{i18n.text(Key::InfoHowIntro)}</p>
        {definitions(i18n, PARTS)}
        <p>{i18n.text(Key::InfoHowDepartment)}</p>
        <p data-testid="info-idle">
            {i18n.live(Arc::new(move |i| i.tf(Key::InfoHowIdle, &[("minutes", &minutes)])))}
        </p>
        <p>{i18n.text(Key::InfoHowResults)}</p>
        <p>{i18n.text(Key::InfoHowAppointments)}</p>
        <Notice kind=NoticeKind::Warning>
            <p><strong>{i18n.text(Key::InfoHowUrgent)}</strong></p>
        </Notice>
    }
    .into_any()
}

fn signing_in(i18n: I18n, helpdesk: Option<String>) -> AnyView {
    let helpdesk = match helpdesk {
        Some(value) => {
            view! { <li>{i18n.text(Key::InfoSigninHelpdesk)} " " {contact_link(value)}</li> }
                .into_any()
        }
        None => view! { <li>{i18n.text(Key::InfoSigninHelpdeskList)}</li> }.into_any(),
    };
    view! {
        <p>{i18n.text(Key::InfoSigninDigid)}</p>
        <p>{i18n.text(Key::InfoSigninNoDigid)}</p>
        <p>{i18n.text(Key::InfoSigninFirst)}</p>
        <h3>{i18n.text(Key::InfoSigninTroubleTitle)}</h3>
        <p>{i18n.text(Key::InfoSigninTroubleIntro)}</p>
        <ul class="trouble-list">{items(i18n, TROUBLE)}{helpdesk}</ul>
    }
    .into_any()
}

fn faq(i18n: I18n, minutes: String) -> AnyView {
    let questions = FAQ
        .iter()
        .map(|&(question, answer)| {
            let minutes = minutes.clone();
            view! {
                <li class="faq__item">
                    <details>
                        <summary class="faq__question">{i18n.text(question)}</summary>
                        <p class="faq__answer">
                            {i18n.live(Arc::new(move |i| i.tf(answer, &[("minutes", &minutes)])))}
                        </p>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="faq" data-testid="info-faq">{questions}</ul> }.into_any()
}

fn access(i18n: I18n) -> AnyView {
    view! {
        <p>{i18n.text(Key::InfoAccessIntro)}</p>
        <p>{i18n.text(Key::InfoAccessHow)}</p>
        <h3>{i18n.text(Key::InfoAccessAgesTitle)}</h3>
        {definitions(i18n, AGES)}
        <p>{i18n.text(Key::InfoAccessMachtigen)}</p>
        <p>{i18n.text(Key::InfoAccessSwitch)}</p>
    }
    .into_any()
}

fn contact(i18n: I18n, contacts: Vec<Contact>) -> AnyView {
    let list = if contacts.is_empty() {
        view! { <p>{i18n.text(Key::InfoContactNone)}</p> }.into_any()
    } else {
        let rows = contacts
            .into_iter()
            .map(|c| {
                let value = contact_link(c.value.clone());
                view! { <li>{move || c.label(i18n.lang()).to_string()} ": " {value}</li> }
            })
            .collect_view();
        view! { <ul class="contact-list" data-testid="info-contacts">{rows}</ul> }.into_any()
    };
    view! {
        <p>{i18n.text(Key::InfoContactMedical)}</p>
        <p>{i18n.text(Key::InfoContactIntro)}</p>
        {list}
    }
    .into_any()
}

fn terms(i18n: I18n) -> AnyView {
    view! {
        <p>{i18n.text(Key::InfoTermsIntro)}</p>
        <ul class="info-terms">{items(i18n, TERMS)}</ul>
    }
    .into_any()
}

/// The whole information text, without a frame or `<h1>`: a table of
/// contents, then one `<h2>` section each.
#[component]
pub fn InformationContent() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let minutes = config.idle_timeout_minutes.to_string();
    let bodies: [AnyView; SECTIONS.len()] = [
        how(i18n, minutes.clone()),
        signing_in(i18n, config.contact("helpdesk").map(|c| c.value.clone())),
        faq(i18n, minutes),
        access(i18n),
        contact(i18n, config.contacts.clone()),
        terms(i18n),
    ];
    let toc = SECTIONS
        .iter()
        .map(|&(id, title)| {
            view! { <li><a href=format!("#{id}") on:click=jump_to(id)>{i18n.text(title)}</a></li> }
        })
        .collect_view();
    let sections = SECTIONS
        .iter()
        .zip(bodies)
        .map(|(&(id, title), body)| {
            view! {
                <section class="info-section">
                    <h2 id=id tabindex="-1">{i18n.text(title)}</h2>
                    {body}
                </section>
            }
        })
        .collect_view();
    view! {
        <div data-testid="information">
            <p class="lead">{i18n.text(Key::InfoIntro)}</p>
            <nav class="info-toc" aria-label=i18n.text(Key::InfoTocLabel)>
                <ul class="info-toc__list">{toc}</ul>
            </nav>
            {sections}
        </div>
    }
}
