//! The sections that arrive when they are opened.
//!
//! In the split build (`--features split`, scripts/build-split.sh) every
//! section below is a chunk of its own, named like its path (`uitslagen`
//! holds Results and a result's history), fetched the first time a page of
//! it opens, or earlier by [`prefetch`] once Home has shown. Builds that do
//! not go through the splitter (native tests, clippy, the component tests)
//! get the same routes with the pages linked in.
//!
//! Leptos 0.8's `#[lazy_route]` panics when a chunk cannot be fetched, so
//! each split point here is `fallible`: the page then says that this part
//! could not be loaded, with a retry, and the rest of the portal goes on.

use crate::components::section_unavailable::SectionUnavailable;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use leptos_router::LazyRoute;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::JsCast;

/// What a chunk hands over: how to draw its page (called under the route's
/// owner, so the page finds the session and the patient).
pub type MakeView = fn() -> AnyView;

/// Loads a chunk and gives its page.
pub type Load = fn() -> std::pin::Pin<Box<dyn Future<Output = Result<MakeView, SplitLoaderError>>>>;

/// The page of a loaded section, then the other sections while the
/// browser is idle; or the message with a retry.
async fn open_section(load: Load) -> AnyView {
    open_then(load, prefetch_when_idle).await
}

/// The page of a loaded chunk, or the message with a retry.
async fn open(load: Load) -> AnyView {
    open_then(load, || {}).await
}

/// The page of a loaded chunk, after which `then` runs; or the message
/// with a retry.
async fn open_then(load: Load, then: fn()) -> AnyView {
    match fetch(load).await {
        Some(make) => {
            let page = make();
            then();
            page
        }
        None => view! { <SectionUnavailable load=load/> }.into_any(),
    }
}

/// Fetches a chunk and, beside it, the texts its pages show (the Dutch
/// ones that are not compiled in, see `build.rs`): its page once both are
/// here, `None` when either could not be fetched.
pub async fn fetch(load: Load) -> Option<MakeView> {
    let (page, texts) = futures::future::join(load(), crate::i18n::fetch_page_texts()).await;
    page.ok().filter(|_| texts.is_ok())
}

/// A page of a chunk where a component (not a route) shows it: drawn
/// under the caller's owner when its code is here.
pub fn later(load: Load) -> impl IntoView {
    let owner = Owner::current().unwrap_or_default();
    let page = StoredValue::new_local(None::<AnyView>);
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let made = match fetch(load).await {
            Some(make) => owner.with(make),
            None => owner.with(|| view! { <SectionUnavailable load=load/> }.into_any()),
        };
        page.set_value(Some(made));
        ready.set(true);
    });
    move || {
        ready
            .get()
            .then(|| page.try_update_value(Option::take).flatten())
    }
}

/// Runs `task` once the browser has nothing else to do (a second later in
/// a browser without idle callbacks).
fn when_idle(task: fn()) {
    let start = wasm_bindgen::closure::Closure::once_into_js(task);
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.request_idle_callback(start.unchecked_ref()).is_err() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(start.unchecked_ref(), 1000);
    }
}

/// Once the first signed-in page has shown (Home, or a section opened by a
/// deep link): fetches the other sections' chunks while the browser has
/// nothing else to do, so opening one costs no extra round trip. Once per
/// page load; a chunk that fails is fetched again when its section opens.
pub fn prefetch_when_idle() {
    static STARTED: AtomicBool = AtomicBool::new(false);
    once_when_idle(&STARTED, || {
        leptos::task::spawn_local(async {
            prefetch().await;
            prefetch_information().await;
        })
    });
}

/// While the sign-in form is shown: fetches the signed-in portal's chunk
/// (the frame and Home) and the texts of its pages, so signing in costs no
/// extra round trip.
pub fn prefetch_portal_when_idle() {
    static STARTED: AtomicBool = AtomicBool::new(false);
    once_when_idle(&STARTED, || {
        leptos::task::spawn_local(async {
            let _ = futures::future::join(prefetch_portal(), crate::i18n::fetch_page_texts()).await;
        })
    });
}

/// [`when_idle`], the first time `started` is seen unset (once per page load).
fn once_when_idle(started: &AtomicBool, task: fn()) {
    if !started.swap(true, Ordering::Relaxed) {
        when_idle(task);
    }
}

/// How the signed-in person is looked up (in the portal's chunk: nobody
/// needs it before signing in, and it is fetched while the form shows).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(portaal, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load_people() -> Result<FindPeople, SplitLoaderError> {
    Ok(crate::session::people::find)
}

/// How the signed-in person is looked up.
#[cfg(not(feature = "split"))]
pub async fn load_people() -> Result<FindPeople, SplitLoaderError> {
    Ok(crate::session::people::find)
}

/// The lookup of the signed-in person and whom they may act for.
pub type FindPeople = fn(
    crate::fhir::FhirClient,
    crate::session::people::Who,
    chrono::NaiveDate,
) -> crate::session::people::Lookup;

/// Split points that give a page of a chunk (for [`later`]).
macro_rules! chunk_views {
    ($($chunk:ident { $($load:ident => $page:path,)+ })*) => {
        $($(
            // The split point's name must be unique: the splitter tells the
            // functions of one chunk apart by it.
            #[cfg(feature = "split")]
            #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            pub fn $load() -> Result<MakeView, SplitLoaderError> {
                Ok(|| view! { <$page/> }.into_any())
            }

            #[cfg(not(feature = "split"))]
            pub async fn $load() -> Result<MakeView, SplitLoaderError> {
                Ok(|| view! { <$page/> }.into_any())
            }
        )+)*
    };
}

macro_rules! lazy_routes {
    ($open:ident, $prefetch:ident; $($chunk:ident { $($route:ident / $load:ident => $page:path,)+ })*) => {
        $($(
            #[doc = concat!("The lazily loaded route of `", stringify!($page), "`.")]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }
                async fn view(_: Self) -> AnyView {
                    $open(|| Box::pin($load())).await
                }
            }
        )+)*

        chunk_views! { $($chunk { $($load => $page,)+ })* }

        /// Fetches these chunks, one after the other (each one is kept once
        /// loaded; one that fails is tried again when opened).
        pub async fn $prefetch() {
            $($(
                let _ = $load().await;
            )+)*
        }
    };
}

// The router with every route, the signed-in portal's frame, Home and the
// pages outside the sign-in form: one chunk, fetched while the sign-in form
// is shown (or at once, in parallel with the main module, when the portal
// opens on any other page).
chunk_views! {
    portaal {
        load_routes => crate::routes::PortalRoutes,
        load_no_dossier => crate::pages::landing::NoDossier,
    }
}

/// Fetches the portal's own chunk (kept once loaded).
async fn prefetch_portal() {
    let _ = load_routes().await;
}

// The information pages and the accessibility statement: read by few,
// long, and the same signed in or out; a chunk of their own, so the
// portal's frame stays small.
lazy_routes! {
    open, prefetch_information;
    informatie {
        PublicInformationRoute / load_public_information => crate::pages::information::PublicInformation,
        InformationRoute / load_information => crate::pages::information::Information,
        AccessibilityRoute / load_accessibility => crate::pages::accessibility::AccessibilityStatement,
    }
}

lazy_routes! {
    open_section, prefetch;
    verslagen {
        ReportsRoute / load_reports => crate::pages::reports::Reports,
        ReportRoute / load_report => crate::pages::report::ReportDetail,
    }
    doelen {
        GoalsRoute / load_goals => crate::pages::goals::Goals,
    }
    brieven {
        LettersRoute / load_letters => crate::pages::letters::Letters,
        LetterRoute / load_letter => crate::pages::letter::LetterView,
    }
    medicijnen {
        MedicinesRoute / load_medicines => crate::pages::medicines::Medicines,
        RepeatRoute / load_repeat => crate::pages::repeat::RepeatPrescription,
    }
    metingen {
        MeasurementsRoute / load_measurements => crate::pages::measurements::Measurements,
    }
    uitslagen {
        ResultsRoute / load_results => crate::pages::results::Results,
        ResultRoute / load_result => crate::pages::result::ResultHistory,
    }
    problemen {
        ProblemsRoute / load_problems => crate::pages::problems::Problems,
    }
    allergieen {
        AllergiesRoute / load_allergies => crate::pages::allergies::Allergies,
    }
    vaccinaties {
        VaccinationsRoute / load_vaccinations => crate::pages::vaccinations::Vaccinations,
    }
    vragenlijsten {
        QuestionnairesRoute / load_questionnaires => crate::pages::questionnaires::Questionnaires,
        DiaryRoute / load_diary => crate::pages::questionnaires::Diary,
        ResponseRoute / load_response => crate::pages::questionnaires::QuestionnaireView,
    }
    agenda {
        AgendaRoute / load_agenda => crate::pages::agenda::Agenda,
    }
    e_consult {
        EconsultRoute / load_econsult => crate::pages::econsult::Econsult,
        NewMessageRoute / load_new_message => crate::pages::compose::NewMessage,
        ThreadRoute / load_thread => crate::pages::econsult::ThreadView,
    }
    gegevens {
        PatientDataRoute / load_patient_data => crate::pages::patient_data::PatientData,
    }
    samenvatting {
        SummaryRoute / load_summary => crate::pages::summary::MedicalSummary,
    }
    inzage {
        AccessLogRoute / load_access_log => crate::pages::access_log::AccessLog,
    }
}
