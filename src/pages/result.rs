//! One test's history: every result of the same test, as a chart (when
//! the values are numbers) and as a table, newest first.

use crate::components::chart::{Chart, Line};
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::results_notice::ResultsNotice;
use crate::components::results_table::ResultsTable;
use crate::fhir::Page;
use crate::fhir::observation::{Observation, Value, fetch_history};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::params::{ResultParams, route_id};
use leptos::prelude::*;

/// The history page (`/p/:patient/uitslagen/:result`).
#[component]
pub fn ResultHistory() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let result = route_id::<ResultParams>();
    let back = format!("/p/{}/uitslagen", patient.id);
    let history = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id, result) = (client.clone(), id.clone(), result.get());
            async move { fetch_history(&client, &result, &id).await }
        })
    };
    let (name, pid) = (patient.name.clone(), patient.id.clone());
    view! {
        <p class="back-link"><a href=back>{i18n.text(Key::ResultsBack)}</a></p>
        <Loader resource=history render=render(move |(first, page): &(Observation, Page<Observation>)| {
            let title = first.code.label().unwrap_or("—").to_string();
            let unit = page.items.iter().find_map(|o| match o.value() {
                Some(Value::Quantity(q)) => q.unit_label(),
                _ => None,
            });
            let mut points: Vec<_> = page.items.iter().filter_map(|o| Some((o.date()?, o.number()?))).collect();
            crate::sort::sort_by_key(&mut points, |p| p.0);
            let numeric = !points.is_empty();
            let line = Line { label: title.clone(), points };
            view! {
                <PageHeading title=Key::ResultsTitle patient=name.clone() heading=title.clone()/>
                <ResultsNotice/>
                <ProblemsNotice problems=page.problems.clone()/>
                {numeric.then(|| view! { <Chart title=title.clone() unit=unit.clone().unwrap_or_default() lines=vec![line]/> })}
                <h2>{i18n.text(Key::ResultsHistoryTable)}</h2>
                <ResultsTable results=page.items.clone() patient=pid.clone() history=true/>
            }
            .into_any()
        })/>
    }
}
