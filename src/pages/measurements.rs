//! Metingen (handbook §3.2.5): for each kind of measurement (weight,
//! length, blood pressure, heart rate, temperature, …) a chart over time
//! and the same data as a table, for a chosen period.

use crate::components::loader::{Loader, load, render};
use crate::components::measurement_kinds::MeasurementKinds;
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::fhir::Problem;
use crate::fhir::observation::{MeasurementKind, fetch_measurements, period_start};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// The periods a person can choose: (address value, years back, text).
const PERIODS: &[(&str, Option<i32>, Key)] = &[
    ("1", Some(1), Key::PeriodYear),
    ("3", Some(3), Key::PeriodThreeYears),
    ("5", Some(5), Key::PeriodFiveYears),
    ("alles", None, Key::PeriodAll),
];

/// The measurements page (`/p/:patient/metingen`, `?periode=1|3|5|alles`).
#[component]
pub fn Measurements() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let query = use_query_map();
    let navigate = use_navigate();
    let period = Memo::new(move |_| {
        let chosen = query.get().get("periode").unwrap_or_else(|| "alles".into());
        PERIODS
            .iter()
            .position(|p| p.0 == chosen)
            .unwrap_or(PERIODS.len() - 1)
    });
    let base = format!("/p/{}/metingen", patient.id);
    let list = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move { fetch_measurements(&client, &id).await }
        })
    };
    let on_period = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let href = if value == "alles" {
            base.clone()
        } else {
            format!("{base}?periode={value}")
        };
        navigate(&href, Default::default());
    };
    let options = PERIODS
        .iter()
        .enumerate()
        .map(|(n, (value, _, key))| view! { <option value=*value selected=move || period.get() == n>{i18n.text(*key)}</option> })
        .collect_view();
    view! {
        <PageHeading title=Key::MeasurementsTitle patient=patient.name.clone()/>
        <p>{i18n.text(Key::MeasurementsIntro)}</p>
        <div class="filter utrecht-form-field">
            <label class="utrecht-form-label" for="period">{i18n.text(Key::PeriodLabel)}</label>
            <select id="period" class="utrecht-select select" on:change=on_period>{options}</select>
        </div>
        <Loader resource=list render=render(move |(kinds, problems): &(Vec<MeasurementKind>, Vec<Problem>)| {
            let kinds = kinds.clone();
            let problems = problems.clone();
            view! {
                <ProblemsNotice problems=problems/>
                {move || {
                    let from = period_start(crate::session::today(), PERIODS[period.get()].1);
                    view! { <MeasurementKinds kinds=kinds.clone() from=from/> }
                }}
            }
            .into_any()
        })/>
    }
}
