//! The table of results, shared by the results list and one test's
//! history: test (a link to its history) or date, value, reference range,
//! flag and status.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::values::{Reading, flag_key, reference_range, status_class, status_key};
use crate::fhir::observation::Observation;
use crate::fhir::search::encode;
use crate::i18n::Key;
use leptos::prelude::*;
use std::sync::Arc;

/// The table of results: test (a link to its history, unless `history`),
/// value, reference range, flag and status; in the history the first
/// column is the date.
#[component]
pub fn ResultsTable(
    /// The results, in the order to show.
    results: Vec<Observation>,
    /// Whose results (for the links to a test's history).
    patient: String,
    /// One test's history: the first column is the date, not the test.
    #[prop(optional)]
    history: bool,
) -> impl IntoView {
    // A panel's members (hasMember) come right under it: named as part of it.
    let panel_of = |o: &Observation| {
        let id = o.id.as_deref()?;
        results.iter().find(|p| {
            p.has_member
                .iter()
                .any(|m| m.id_of("Observation") == Some(id))
        })
    };
    let rows = results
        .iter()
        .map(|o| {
            let panel = panel_of(o).and_then(|p| p.code.label()).map(str::to_string);
            row(o, &patient, history, panel)
        })
        .collect();
    view! {
        <DataTable class="results-table" row_headers=true rows=rows
            caption=Caption::Hidden(Cell::Label(Key::ResultsTitle)) columns=vec![
                Header::Key(if history { Key::ColumnDate } else { Key::ColumnTest }),
                Header::Key(Key::ColumnResult),
                Header::Key(Key::ColumnReference),
                Header::Key(Key::ColumnFlag),
                Header::Key(Key::ColumnStatus),
            ]/>
    }
}

fn row(o: &Observation, patient: &str, history: bool, panel: Option<String>) -> Row {
    let name = o.code.label().unwrap_or("—").to_string();
    let member_label = |name: &str| -> Option<crate::components::data_table::LiveText> {
        let (name, panel) = (name.to_string(), panel.clone()?);
        Some(Arc::new(move |i| {
            i.tf(Key::ResultsMemberOf, &[("name", &name), ("panel", &panel)])
        }))
    };
    let first = match (&o.id, history) {
        (_, true) => Cell::date(o.date()),
        (Some(id), false) => Cell::Link {
            href: format!("/p/{patient}/uitslagen/{}", encode(id)),
            label: member_label(&name),
            text: name,
            class: if panel.is_some() {
                "results-table__member"
            } else {
                ""
            },
        },
        (None, false) => Cell::Text(name),
    };
    let reading = Reading::of(o);
    let shown = Cell::Live(Arc::new(move |i| reading.text(i)));
    let ranges = o.reference_range.clone();
    let status = o.result_status();
    let mut row = Row::new(vec![
        first,
        shown,
        Cell::Live(Arc::new(move |i| {
            reference_range(i, &ranges).unwrap_or_else(|| "—".into())
        })),
        match o.flag() {
            Some(f) => Cell::Badge {
                class: format!("flag flag--{}", f.as_str()),
                key: flag_key(f),
            },
            None => Cell::Text("—".into()),
        },
        Cell::Badge {
            class: format!("status-badge status-badge--{}", status_class(status)),
            key: status_key(status),
        },
    ]);
    row.status = Some(status_class(status));
    row
}
