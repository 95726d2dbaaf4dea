//! The two tables of the medicines page: in use ("Actueel") and stopped
//! ("Gestopt").

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::values::quantity;
use crate::fhir::medication::Medicine;
use crate::i18n::{I18n, Key, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

/// The medicines in use: name, start, specialism, how to take it and the
/// dose, and "Herhaalrecept aanvragen" where repeats are allowed.
#[component]
pub fn CurrentMedicines(
    /// The medicines, in the order to show.
    list: Vec<Medicine>,
    /// The medicines page's address (`/p/:patient/medicijnen`).
    base: String,
) -> impl IntoView {
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
                how_to_take(m.how, m.dosage),
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

/// The stopped medicines: name, start, end, specialism and the reason,
/// revealed by the red "i".
#[component]
pub fn StoppedMedicines(
    /// The medicines, in the order to show.
    list: Vec<Medicine>,
) -> impl IntoView {
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

/// How to take it: as written, else the structured dosage in words, else "—".
fn how_to_take(written: Option<String>, dosage: Vec<crate::fhir::medication::Dosage>) -> Cell {
    match written {
        Some(text) => Cell::Text(text),
        None => Cell::Live(Arc::new(move |i| {
            crate::components::dosage::how_to_take(i, None, &dosage)
        })),
    }
}
