//! Medicijnen (handbook §3.2.4): the medicines in use ("Actueel") with
//! start, specialism, how to take them and the dose; and the stopped ones
//! ("Gestopt"), where a red "i" reveals the reason the doctor gave.
//!
//! "Herhaalrecept aanvragen" stands after a current medicine whose
//! prescription allows repeats; it opens the request form.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::tabs::{Tab, Tabs};
use crate::components::values::quantity;
use crate::fhir::medication::{MedicationRequest, Phase, PractitionerRole, specialism_of};
use crate::fhir::{Page, Problem, SearchQuery};
use crate::i18n::{I18n, Key, use_i18n};
use crate::layout::use_current_patient;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// One medicine as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Medicine {
    /// Stable id (for element ids).
    pub id: String,
    /// Name as prescribed.
    pub name: String,
    /// Started on.
    pub start: Option<NaiveDate>,
    /// Ended on, if recorded.
    pub end: Option<NaiveDate>,
    /// The prescribing specialism.
    pub specialism: Option<String>,
    /// How to take it, as written.
    pub how: Option<String>,
    /// The dose.
    pub dose: Option<crate::fhir::observation::Quantity>,
    /// Why it was stopped, as written.
    pub stop_reason: Option<String>,
    /// Whether a repeat prescription may be requested.
    pub repeats: bool,
}

/// What the medicines page shows of one page of requests.
#[derive(Clone, Debug, PartialEq)]
pub struct MedicineLists {
    /// In use, newest first.
    pub current: Vec<Medicine>,
    /// Stopped, newest first.
    pub stopped: Vec<Medicine>,
    /// Requests and prescriber roles that could not be read.
    pub problems: Vec<Problem>,
}

/// The medicines of one page of requests: current and stopped, each newest
/// first; requests entered in error are left out. A prescriber's role that
/// cannot be read is named among the problems.
pub fn medicines(mut page: Page<MedicationRequest>) -> MedicineLists {
    let roles = page.take_included::<PractitionerRole>();
    let (mut current, mut stopped) = (Vec::new(), Vec::new());
    for (n, request) in page.items.iter().enumerate() {
        let medicine = Medicine {
            id: request
                .id
                .clone()
                .unwrap_or_else(|| format!("medicine-{n}")),
            name: request.medicine_name().unwrap_or_else(|| "—".into()),
            start: request.start(),
            end: request.end(),
            specialism: specialism_of(request, &roles),
            how: request.how_to_take(),
            dose: request.dose(),
            stop_reason: request.stop_reason().map(str::to_string),
            repeats: request.repeats_allowed(),
        };
        match request.phase() {
            Phase::Current => current.push(medicine),
            Phase::Stopped => stopped.push(medicine),
            Phase::Hidden => {}
        }
    }
    for list in [&mut current, &mut stopped] {
        crate::sort::sort_by(list, |a, b| {
            b.start.cmp(&a.start).then_with(|| a.name.cmp(&b.name))
        });
    }
    MedicineLists {
        current,
        stopped,
        problems: page.problems,
    }
}

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
            async move {
                let q = SearchQuery::new("MedicationRequest")
                    .param("patient", id)
                    .param("_include", "MedicationRequest:requester")
                    .count(200);
                Ok(medicines(client.search::<MedicationRequest>(&q).await?))
            }
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
                {move || if stopped.get() { stopped_table(gone.clone()).into_any() } else { current_table(current.clone(), &base).into_any() }}
            }
            .into_any()
        })/>
        <p>{i18n.text(Key::MedicinesQuestions)}</p>
    }
}

fn current_table(list: Vec<Medicine>, base: &str) -> impl IntoView {
    let i18n = use_i18n();
    if list.is_empty() {
        return view! { <p class="empty" data-testid="medicines-empty">{i18n.text(Key::MedicinesEmptyCurrent)}</p> }.into_any();
    }
    let rows = list
        .into_iter()
        .map(|m| {
            let dose = m.dose;
            let repeat = if m.repeats {
                let name = m.name.clone();
                Cell::Action {
                    href: format!(
                        "{base}/{}/herhaalrecept",
                        crate::fhir::search::encode(&m.id)
                    ),
                    key: Key::RepeatButton,
                    class: "utrecht-button utrecht-button--secondary-action button-link",
                    label: Arc::new(move |i| i.tf(Key::RepeatButtonLabel, &[("medicine", &name)])),
                }
            } else {
                Cell::Text(String::new())
            };
            Row::new(vec![
                Cell::Text(m.name),
                Cell::date(m.start),
                Cell::text_or_dash(m.specialism.as_deref()),
                Cell::text_or_dash(m.how.as_deref()),
                Cell::Live(Arc::new(move |i| {
                    dose.as_ref()
                        .map(|d| quantity(i, d))
                        .unwrap_or_else(|| "—".into())
                })),
                repeat,
            ])
        })
        .collect();
    view! {
        <DataTable class="medicines-table" testid="medicines-current" row_headers=true
            caption=Caption::Hidden(Cell::Label(Key::MedicinesTabCurrent)) rows=rows columns=vec![
                Header::Key(Key::ColumnMedicine),
                Header::Key(Key::ColumnStarted),
                Header::Key(Key::ColumnSpecialism),
                Header::Key(Key::ColumnHowToTake),
                Header::Key(Key::ColumnDose),
                Header::Hidden(Key::RepeatTitle),
            ]/>
    }
    .into_any()
}

/// The red "i" that shows why a medicine was stopped.
fn stop_reason(i18n: I18n, id: &str, name: String, reason: String) -> AnyView {
    let open = RwSignal::new(false);
    let region = format!("stop-reason-{id}");
    view! {
        <button type="button" class="info-button" aria-expanded=move || open.get().to_string()
            aria-controls=region.clone()
            aria-label={i18n.live(Arc::new(move |i| i.tf(Key::MedicinesStopReasonFor, &[("name", &name)])))}
            on:click=move |_| open.update(|o| *o = !*o)>
            <span aria-hidden="true">"i"</span>
        </button>
        <p id=region class="stop-reason" hidden=move || !open.get()>
            <span class="visually-hidden">{i18n.text(Key::MedicinesStopReason)}": "</span>
            {reason}
        </p>
    }
    .into_any()
}

fn stopped_table(list: Vec<Medicine>) -> impl IntoView {
    let i18n = use_i18n();
    if list.is_empty() {
        return view! { <p class="empty" data-testid="medicines-empty">{i18n.text(Key::MedicinesEmptyStopped)}</p> }.into_any();
    }
    let rows = list
        .into_iter()
        .map(|m| {
            let reason = match m.stop_reason {
                Some(reason) => Cell::View(stop_reason(i18n, &m.id, m.name.clone(), reason)),
                None => Cell::Text("—".into()),
            };
            Row::new(vec![
                Cell::Text(m.name),
                Cell::date(m.start),
                Cell::date(m.end),
                Cell::text_or_dash(m.specialism.as_deref()),
                reason,
            ])
        })
        .collect();
    view! {
        <DataTable class="medicines-table" testid="medicines-stopped" row_headers=true
            caption=Caption::Hidden(Cell::Label(Key::MedicinesTabStopped)) rows=rows columns=vec![
                Header::Key(Key::ColumnMedicine),
                Header::Key(Key::ColumnStarted),
                Header::Key(Key::ColumnStopped),
                Header::Key(Key::ColumnSpecialism),
                Header::Key(Key::ColumnStopReason),
            ]/>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::bundle::decode_page;

    #[test]
    fn current_and_stopped_are_split_sorted_and_named_with_the_specialism() {
        let bundle = serde_json::json!({"resourceType":"Bundle","type":"searchset","entry":[
            {"resource":{"resourceType":"MedicationRequest","id":"a","status":"active","authoredOn":"2024-01-01",
                "medicationCodeableConcept":{"text":"Salbutamol"},"requester":{"reference":"PractitionerRole/r1"},
                "dosageInstruction":[{"text":"Zo nodig 2 pufjes","doseAndRate":[{"doseQuantity":{"value":2,"unit":"dosis"}}]}]}},
            {"resource":{"resourceType":"MedicationRequest","id":"b","status":"active","authoredOn":"2025-06-01",
                "medicationCodeableConcept":{"text":"Cetirizine"}}},
            {"resource":{"resourceType":"MedicationRequest","id":"c","status":"stopped","authoredOn":"2023-02-21",
                "statusReason":{"text":"Bijwerkingen"},"medicationCodeableConcept":{"text":"Montelukast"}}},
            {"resource":{"resourceType":"MedicationRequest","id":"d","status":"entered-in-error",
                "medicationCodeableConcept":{"text":"Vergissing"}}},
            {"resource":{"resourceType":"MedicationRequest","id":"e","status":"active","authoredOn":"2022-01-01",
                "medicationCodeableConcept":{"text":"Paracetamol"},"requester":{"reference":"PractitionerRole/r2"}}},
            {"resource":{"resourceType":"PractitionerRole","id":"r1","specialty":[{"text":"Kinderlongziekten"}]},
                "search":{"mode":"include"}},
            {"resource":{"resourceType":"PractitionerRole","id":"r2","specialty":{"text":"not a list"}},
                "search":{"mode":"include"}}
        ]});
        let page = decode_page::<MedicationRequest>(&bundle.to_string()).unwrap();
        let MedicineLists {
            current,
            stopped,
            problems,
        } = medicines(page);
        // The role that cannot be read is named; its medicine still shows.
        assert_eq!(problems.len(), 1);
        assert_eq!(
            (
                problems[0].resource_type.as_str(),
                problems[0].id.as_deref()
            ),
            ("PractitionerRole", Some("r2"))
        );
        assert_eq!(current[2].name, "Paracetamol");
        assert_eq!(current[2].specialism, None);
        let current = &current[..2];
        let names: Vec<&str> = current.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Cetirizine", "Salbutamol"]);
        assert_eq!(current[1].specialism.as_deref(), Some("Kinderlongziekten"));
        assert_eq!(current[1].how.as_deref(), Some("Zo nodig 2 pufjes"));
        assert_eq!(current[1].dose.as_ref().and_then(|d| d.value), Some(2.0));
        assert_eq!(stopped.len(), 1);
        assert_eq!(stopped[0].stop_reason.as_deref(), Some("Bijwerkingen"));
        assert!(
            ![current, &stopped[..]]
                .concat()
                .iter()
                .any(|m| m.name == "Vergissing")
        );
    }
}
