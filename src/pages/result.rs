//! One test's history: every result of the same test, as a chart (when
//! the values are numbers) and as a table, newest first.

use crate::components::chart::{Chart, Line};
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::fhir::observation::Observation;
use crate::fhir::{Page, SearchQuery};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::pages::results::{result_table, results_notice};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The search for every result of the test `of` in `patient`'s record:
/// by its code when coded, else by its name.
pub fn history_query(of: &Observation, patient: &str) -> SearchQuery {
    let key = of.code_key();
    let q = SearchQuery::new("Observation")
        .param("patient", patient)
        .param("_sort", "-date")
        .count(500);
    match key.strip_prefix("text:") {
        Some(_) => q.param("code:text", of.code.label().unwrap_or_default().to_string()),
        None => q.param("code", key),
    }
}

/// The history page (`/p/:patient/uitslagen/:result`).
#[component]
pub fn ResultHistory() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let params = use_params_map();
    let back = format!("/p/{}/uitslagen", patient.id);
    let history = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            let result = params.get().get("result").unwrap_or_default();
            async move {
                let first = client.read_of::<Observation>(&result, &id).await?;
                let mut page = client
                    .search::<Observation>(&history_query(&first, &id))
                    .await?;
                // Same code, same test: keep the key equal (a name search may match more).
                let key = first.code_key();
                page.items.retain(|o| o.code_key() == key);
                Ok((first, page))
            }
        })
    };
    let (name, pid) = (patient.name.clone(), patient.id.clone());
    view! {
        <p class="back-link"><a href=back>{i18n.text(Key::ResultsBack)}</a></p>
        <Loader resource=history render=render(move |(first, page): &(Observation, Page<Observation>)| {
            let title = first.code.label().unwrap_or("—").to_string();
            let unit = page.items.iter().find_map(|o| match o.value() {
                Some(crate::fhir::observation::Value::Quantity(q)) => q.unit_label().map(str::to_string),
                _ => None,
            });
            let mut points: Vec<_> = page.items.iter().filter_map(|o| Some((o.date()?, o.number()?))).collect();
            crate::sort::sort_by_key(&mut points, |p| p.0);
            let numeric = !points.is_empty();
            let line = Line { label: title.clone(), points };
            view! {
                <PageHeading title=Key::ResultsTitle patient=name.clone() heading=title.clone()/>
                {results_notice()}
                <ProblemsNotice problems=page.problems.clone()/>
                {numeric.then(|| view! { <Chart title=title.clone() unit=unit.clone().unwrap_or_default() lines=vec![line]/> })}
                <h2>{i18n.text(Key::ResultsHistoryTable)}</h2>
                {result_table(&page.items, &pid, true)}
            }
            .into_any()
        })/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_searches_by_code_or_else_by_name() {
        let coded: Observation =
            serde_json::from_value(serde_json::json!({"resourceType":"Observation",
            "code":{"coding":[{"system":"http://loinc.org","code":"1988-5"}],"text":"CRP"}}))
            .unwrap();
        let url = history_query(&coded, "noah").to_url();
        assert!(
            url.contains("code=http%3A%2F%2Floinc.org|1988-5")
                || url.contains("code=http:%2F%2Floinc.org|1988-5"),
            "{url}"
        );
        let named: Observation =
            serde_json::from_value(serde_json::json!({"resourceType":"Observation",
            "code":{"text":"Kweek keel"}}))
            .unwrap();
        assert!(
            history_query(&named, "noah")
                .to_url()
                .contains("code:text=Kweek%20keel")
        );
    }
}
