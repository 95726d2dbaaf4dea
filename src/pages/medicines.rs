//! Medicijnen (handbook §3.2.4): the medicines in use ("Actueel") with
//! start, specialism, how to take them and the dose; and the stopped ones
//! ("Gestopt"), where a red "i" reveals the reason the doctor gave.
//!
//! "Herhaalrecept aanvragen" stands after a current medicine whose
//! prescription allows repeats; it opens the request form.

use crate::components::loader::{Loader, load, render};
use crate::components::medicine_tables::{CurrentMedicines, StoppedMedicines};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::tabs::{Tab, Tabs};
use crate::fhir::medication::{MedicineLists, fetch_medicines};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The medicines page (`/p/:patient/medicijnen`, `?tab=gestopt`).
#[component]
pub fn Medicines() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let query = use_query_map();
    let stopped = Memo::new(move |_| query.get().get("tab").as_deref() == Some("gestopt"));
    let base = format!("/p/{}/medicijnen", patient.id);
    let list_base = base.clone();
    let list = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move { fetch_medicines(&client, &id).await }
        })
    };
    let tabs = vec![
        Tab {
            label: Key::MedicinesTabCurrent,
            href: base.clone(),
            current: Signal::derive(move || !stopped.get()),
        },
        Tab {
            label: Key::MedicinesTabStopped,
            href: format!("{base}?tab=gestopt"),
            current: stopped.into(),
        },
    ];
    view! {
        <PageHeading title=Key::MedicinesTitle patient=patient.name.clone()/>
        <p>{i18n.text(Key::MedicinesIntro)}</p>
        <Tabs label=Key::MedicinesTabsLabel tabs=tabs/>
        <Loader resource=list render=render(move |list: &MedicineLists| {
            let (current, gone) = (list.current.clone(), list.stopped.clone());
            let problems = list.problems.clone();
            let base = list_base.clone();
            view! {
                <ProblemsNotice problems=problems/>
                {move || if stopped.get() {
                    view! { <StoppedMedicines list=gone.clone()/> }.into_any()
                } else {
                    view! { <CurrentMedicines list=current.clone() base=base.clone()/> }.into_any()
                }}
            }
            .into_any()
        })/>
        <p>{i18n.text(Key::MedicinesQuestions)}</p>
    }
}
