//! Herhaalrecept aanvragen (handbook §3.2.4): the request form for one
//! prescription, or why it cannot be renewed. The request shows among the
//! sent e-consults; the pharmacy the prescription is faxed to is shown.

use crate::components::loader::{Loader, load, render};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::repeat_form::RepeatForm;
use crate::fhir::care_team::hidden_ids;
use crate::fhir::renewal::{Renewal, renewal};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::params::{MedicineParams, route_id};
use crate::session::use_config;
use leptos::prelude::*;

/// The page (`/p/:patient/medicijnen/:medicine/herhaalrecept`).
#[component]
pub fn RepeatPrescription() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let medicine_id = route_id::<MedicineParams>().get_untracked();
    let data = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        let hidden = hidden_ids(&use_config());
        load(move || {
            let (client, id, med, hidden) = (
                client.clone(),
                id.clone(),
                medicine_id.clone(),
                hidden.clone(),
            );
            async move { renewal(&client, &id, &med, &hidden).await }
        })
    };
    let back = format!("/p/{}/medicijnen", patient.id);
    view! {
        <PageHeading title=Key::RepeatTitle patient=patient.name.clone()/>
        <p><a href=back>{i18n.text(Key::RepeatBack)}</a></p>
        <Loader resource=data render=render(move |r: &Renewal| {
            let problems = view! { <ProblemsNotice problems=r.problems.clone()/> };
            if r.medicine.repeats_allowed() {
                view! { {problems} <RepeatForm request=r.clone()/> }.into_any()
            } else {
                view! { {problems} <Notice kind=NoticeKind::Warning><p>{i18n.text(Key::RepeatNotAllowed)}</p></Notice> }.into_any()
            }
        })/>
    }
}
