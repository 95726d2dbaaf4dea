//! The frame of every page: header, the bar of people one acts for, the
//! section menu and the main area (handbook §3, DESIGN §5b).

use crate::components::lang_switch::LangSwitch;
use crate::components::loader::loading;
use crate::components::patient_bar::{BarEntry, PatientBar};
use crate::i18n::{Key, use_i18n};
use crate::pages::no_access::{Length, NoAccess, denial_text};
use crate::params::{PatientParams, route_id};
use crate::session::{SignOutReason, SignedIn, Status, use_session};
use leptos::context::Provider;
use leptos::prelude::*;
use leptos_router::components::{Outlet, Redirect};
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// The patient whose portal is open, for the pages inside it.
#[derive(Clone)]
pub struct CurrentPatient {
    /// FHIR id.
    pub id: String,
    /// Name as recorded (or a placeholder).
    pub name: String,
    /// True when it is the signed-in person's own record.
    pub own: bool,
    /// The session's FHIR client.
    pub client: crate::fhir::FhirClient,
    /// Who acts: `Patient/<own id>` for the own record, the representative's
    /// `RelatedPerson` otherwise, with the signed-in person's name. Every
    /// resource the portal creates names it.
    pub actor: crate::fhir::Reference,
}

/// The open patient; pages inside [`PatientShell`] always have one.
pub fn use_current_patient() -> CurrentPatient {
    use_context::<CurrentPatient>().expect("CurrentPatient: render inside PatientShell") // ok: programming error
}

/// Present under a page frame (public or signed in): a page drawn there
/// has a header and a main area around it.
#[derive(Clone, Copy)]
pub struct InFrame;

/// The sections in the menu: text and path below `/p/:patient`.
const SECTIONS: &[(Key, &str)] = &[
    (Key::NavHome, ""),
    (Key::NavReports, "/verslagen"),
    (Key::NavGoals, "/doelen"),
    (Key::NavLetters, "/brieven"),
    (Key::NavMedicines, "/medicijnen"),
    (Key::NavMeasurements, "/metingen"),
    (Key::NavResults, "/uitslagen"),
    (Key::NavProblems, "/problemen"),
    (Key::NavAllergies, "/allergieen"),
    (Key::NavVaccinations, "/vaccinaties"),
    (Key::NavQuestionnaires, "/vragenlijsten"),
    (Key::NavAgenda, "/agenda"),
    (Key::NavEconsult, "/e-consult"),
    (Key::NavPatientData, "/gegevens"),
    (Key::NavAccessLog, "/inzage"),
    (Key::InfoTitle, "/informatie"),
];

/// The section of a dossier address: "/p/emma/medicijnen?tab=gestopt" →
/// "/medicijnen", "/p/emma/verslagen/r1" → "/verslagen" (a report of one
/// patient means nothing for another), "/p/emma" → "". Unknown sections
/// give "" (Home).
pub fn section_of(path: &str) -> String {
    let rest = path.strip_prefix("/p/").unwrap_or("");
    let mut parts = rest.split(['/', '?', '#']);
    let _patient = parts.next();
    match parts.next() {
        Some(section)
            if SECTIONS
                .iter()
                .any(|(_, p)| p.strip_prefix('/') == Some(section)) =>
        {
            format!("/{section}")
        }
        _ => String::new(),
    }
}

fn skip_link() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="utrecht-skip-link skip-link" href="#main" on:click=crate::components::focus::jump_to("main")>{i18n.text(Key::SkipLink)}</a>
    }
}

/// The footer of every page: the accessibility statement.
fn footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="portal-footer no-print">
            <a href="/toegankelijkheid">{i18n.text(Key::A11yFooterLink)}</a>
        </footer>
    }
}

fn brand() -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class="portal-header__brand">{i18n.text(Key::AppName)}</span> }
}

/// "Uitloggen".
fn sign_out_button() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            on:click=move |_| session.sign_out(SignOutReason::User)
        >
            {i18n.text(Key::SignOut)}
        </button>
    }
}

/// The frame of pages outside a session (sign-in, signed out), and of a
/// message drawn while the signed-in frame's own code could not be fetched:
/// then it offers "Uitloggen" too.
#[component]
pub fn PublicFrame(
    /// The page is about to be replaced (on the way to the identity
    /// provider): the main area says it is busy.
    #[prop(optional)]
    busy: bool,
    /// The page.
    children: Children,
) -> impl IntoView {
    let session = use_session();
    view! {
        {skip_link()}
        <header class="portal-header">
            {brand()}
            <div class="portal-header__tools">
                <LangSwitch/>
                {move || session.signed_in().is_some().then(sign_out_button)}
            </div>
        </header>
        <main id="main" class="portal-main portal-main--public" tabindex="-1"
            aria-busy=busy.then_some("true")>
            // Only the page inside knows it is framed (not a page drawn
            // later beside it, under the same owner).
            <Provider value=InFrame>{children()}</Provider>
        </main>
        {footer()}
    }
}

fn bar_entries(signed: &SignedIn, i18n: crate::i18n::I18n) -> Vec<BarEntry> {
    let lang = i18n.lang();
    signed
        .people
        .represented
        .iter()
        .map(|p| {
            let name = p
                .name
                .clone()
                .unwrap_or_else(|| lang.text(Key::UnknownName).to_string());
            BarEntry {
                id: p.patient_id.clone(),
                href: format!("/p/{}", p.patient_id),
                blocked: denial_text(lang, &p.decision, &name, Length::Short),
                name,
            }
        })
        .collect()
}

/// The frame of a signed-in session: header with the own name and
/// "Uitloggen", the grey bar, the banner saying whose dossier this is, the
/// section menu and the page.
#[component]
pub fn SignedInFrame(
    /// The signed-in person.
    signed: Arc<SignedIn>,
    /// The open patient, if any.
    #[prop(optional)]
    current: Option<CurrentPatient>,
    /// The page.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let current_id = current.as_ref().map(|c| c.id.clone());
    let own_link = signed.own_id().map(|id| format!("/p/{id}"));
    let is_own = current.as_ref().is_some_and(|c| c.own);
    let name = {
        let signed = signed.clone();
        i18n.live(Arc::new(move |i| signed.shown_name(i.lang())))
    };
    let entries = {
        let signed = signed.clone();
        Signal::derive(move || bar_entries(&signed, i18n))
    };
    let has_bar = !signed.people.represented.is_empty();
    let menu_open = RwSignal::new(false);
    let banner = current.clone().filter(|c| !c.own).map(|c| {
        let signed = signed.clone();
        view! {
            <p class="acting-banner" data-testid="acting-banner">
                {i18n.live(Arc::new(move |i| i.tf(Key::ActingBanner, &[("patient", &c.name), ("me", &signed.shown_name(i.lang()))])))}
            </p>
        }
    });
    let location = use_location();
    let nav = current.clone().map(|c| {
        let base = format!("/p/{}", c.id);
        let items = SECTIONS
            .iter()
            .map(|(key, path)| {
                let href = format!("{base}{path}");
                let target = href.clone();
                // Home is current only on itself; a section also on its detail pages.
                let is_current = move || {
                    let here = location.pathname.get();
                    let here = here.trim_end_matches('/');
                    (here == target || (!path.is_empty() && here.starts_with(&format!("{target}/"))))
                        .then_some("page")
                };
                view! { <li><a class="side-nav__link" href=href aria-current=is_current>{i18n.text(*key)}</a></li> }
            })
            .collect_view();
        view! {
            <div class="side-nav">
                <button
                    type="button"
                    class="utrecht-button utrecht-button--secondary-action side-nav__toggle"
                    aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                    aria-controls="section-menu"
                    on:click=move |_| menu_open.update(|o| *o = !*o)
                >
                    {i18n.text(Key::MenuToggle)}
                </button>
                <nav id="section-menu" class="side-nav__menu" class:side-nav__menu--open=move || menu_open.get()
                    aria-label=i18n.text(Key::MenuLabel)>
                    <ul class="side-nav__list">{items}</ul>
                </nav>
            </div>
        }
    });
    view! {
        {skip_link()}
        <header class="portal-header">
            {brand()}
            <div class="portal-header__tools">
                <LangSwitch/>
                <span class="portal-header__me">
                    <span class="visually-hidden">{i18n.text(Key::SignedInAs)} " "</span>
                    {match own_link {
                        Some(href) => view! {
                            <a class="portal-header__own" href=href aria-current=is_own.then_some("true")
                               data-testid="own-name">{name.clone()}</a>
                        }.into_any(),
                        None => view! { <span class="portal-header__own" data-testid="own-name">{name}</span> }.into_any(),
                    }}
                </span>
                {sign_out_button()}
            </div>
        </header>
        {has_bar.then(|| view! {
            <PatientBar
                entries=entries
                current=Signal::derive(move || current_id.clone())
                section=Signal::derive(move || section_of(&location.pathname.get()))
                label=Signal::derive(move || i18n.t(Key::BarLabel).to_string())
            />
        })}
        {banner}
        {move || session.storage_notice().then(|| view! {
            <div class="storage-notice" role="status" data-testid="storage-notice">
                <p>{i18n.text(Key::StorageNotice)}</p>
                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                    on:click=move |_| session.close_storage_notice()>
                    {i18n.text(Key::StorageDismiss)}
                </button>
            </div>
        })}
        <div class="portal-body">
            {nav}
            <main id="main" class="portal-main" tabindex="-1">
                <Provider value=InFrame>{children()}</Provider>
            </main>
        </div>
        {footer()}
    }
}

/// The signed-in layout for `/p/:patient/…`: checks access, and remounts
/// the page for every patient, so nothing of the previous one shows.
#[component]
pub fn PatientShell() -> impl IntoView {
    let session = use_session();
    let i18n = use_i18n();
    let location = use_location();
    let patient = route_id::<PatientParams>();
    move || match session.status() {
        Status::Starting => loading().into_any(),
        // Signed out while this shell is still on screen (the route is
        // already changing to the signed-out page): show nothing. Opened
        // signed out (a bookmark, Back): sign in, then return here.
        Status::SignedOut(None) => {
            let back = location.pathname.get_untracked();
            if back.starts_with("/p/") {
                view! { <Redirect path=format!("/inloggen?terug={}", crate::fhir::search::encode(&back))/> }
                    .into_any()
            } else {
                ().into_any()
            }
        }
        // Signed out (the route is changing to the signed-out page) or on
        // the way to the provider (the app shows that instead): nothing.
        Status::SignedOut(Some(_)) | Status::Redirecting | Status::SigningOut(_) => ().into_any(),
        Status::SignedIn(signed) => {
            let id = patient.get();
            if signed.may_open(&id) {
                let actor = signed.actor_for(&id);
                let current = CurrentPatient {
                    actor,
                    name: signed
                        .patient_name(&id)
                        .unwrap_or_else(|| untrack(|| i18n.t(Key::UnknownName)).to_string()),
                    own: signed.own_id() == Some(id.as_str()),
                    client: signed.client.clone(),
                    id,
                };
                provide_context(current.clone());
                view! { <SignedInFrame signed=signed current=current><Outlet/></SignedInFrame> }
                    .into_any()
            } else {
                view! { <SignedInFrame signed=signed><NoAccess id=id/></SignedInFrame> }.into_any()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::section_of;

    #[test]
    fn the_section_survives_a_switch_but_a_record_id_does_not() {
        assert_eq!(section_of("/p/emma/medicijnen"), "/medicijnen");
        assert_eq!(section_of("/p/emma/verslagen/emma-report-2"), "/verslagen");
        assert_eq!(section_of("/p/emma/uitslagen?zoek=hb"), "/uitslagen");
        assert_eq!(section_of("/p/emma"), "");
        assert_eq!(section_of("/p/emma/onbekend"), "");
        assert_eq!(section_of("/inloggen"), "");
    }
}
