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
use wasm_bindgen::JsCast;

/// What a chunk hands over: how to draw its page (called under the route's
/// owner, so the page finds the session and the patient).
pub type MakeView = fn() -> AnyView;

/// Loads a chunk and gives its page.
pub type Load = fn() -> std::pin::Pin<Box<dyn Future<Output = Result<MakeView, SplitLoaderError>>>>;

/// The page of a loaded section, or the message with a retry.
async fn open(load: Load) -> AnyView {
    match load().await {
        Ok(make) => {
            let page = make();
            prefetch_when_idle();
            page
        }
        Err(_) => view! { <SectionUnavailable load=load/> }.into_any(),
    }
}

/// Once the first signed-in page has shown (Home, or a section opened by a
/// deep link): fetches the other sections' chunks while the browser has
/// nothing else to do, so opening one costs no extra round trip. Once per
/// page load; a chunk that fails is fetched again when its section opens.
pub fn prefetch_when_idle() {
    use std::sync::atomic::{AtomicBool, Ordering};
    static STARTED: AtomicBool = AtomicBool::new(false);
    if STARTED.swap(true, Ordering::Relaxed) {
        return;
    }
    let start = wasm_bindgen::closure::Closure::once_into_js(|| {
        leptos::task::spawn_local(prefetch());
    });
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.request_idle_callback(start.unchecked_ref()).is_err() {
        // A browser without idle callbacks: a second after the page.
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(start.unchecked_ref(), 1000);
    }
}

macro_rules! sections {
    ($($chunk:ident { $($route:ident / $load:ident => $page:path,)+ })*) => {
        $($(
            #[doc = concat!("The lazily loaded route of `", stringify!($page), "`.")]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }
                async fn view(_: Self) -> AnyView {
                    open(|| Box::pin($load())).await
                }
            }

            // The split point's name must be unique: the splitter tells the
            // functions of one chunk apart by it.
            #[cfg(feature = "split")]
            #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $load() -> Result<MakeView, SplitLoaderError> {
                Ok(|| view! { <$page/> }.into_any())
            }

            #[cfg(not(feature = "split"))]
            async fn $load() -> Result<MakeView, SplitLoaderError> {
                Ok(|| view! { <$page/> }.into_any())
            }
        )+)*

        /// Fetches every section's chunk, one after the other (each one is
        /// kept once loaded; one that fails is tried again when opened).
        pub async fn prefetch() {
            $($(
                let _ = $load().await;
            )+)*
        }
    };
}

sections! {
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
    inzage {
        AccessLogRoute / load_access_log => crate::pages::access_log::AccessLog,
    }
}
