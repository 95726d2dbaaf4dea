//! The table of results, shared by the results list and one test's
//! history: test (a link to its history) or date, value, reference range,
//! flag and status.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::values::{flag_key, reference_range, status_class, status_key, value};
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
    let rows = results.iter().map(|o| row(o, &patient, history)).collect();
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

fn row(o: &Observation, patient: &str, history: bool) -> Row {
    let name = o.code.label().unwrap_or("—").to_string();
    let first = match (&o.id, history) {
        (_, true) => Cell::date(o.date()),
        (Some(id), false) => Cell::Link {
            href: format!("/p/{patient}/uitslagen/{}", encode(id)),
            text: name,
            class: "",
            label: None,
        },
        (None, false) => Cell::Text(name),
    };
    let own = o.value();
    let components: Vec<_> = o.component.iter().filter_map(|c| c.value()).collect();
    let absent = o
        .data_absent_reason
        .as_ref()
        .and_then(|r| r.label())
        .map(str::to_string);
    let notes: Vec<String> = o.note.iter().filter_map(|n| n.text.clone()).collect();
    let shown = Cell::Live(Arc::new(move |i| {
        let text = match (&own, components.is_empty()) {
            (Some(v), _) => value(i, v),
            // A panel without its own value (blood pressure): "120 / 80 mmHg".
            (None, false) => components
                .iter()
                .map(|v| value(i, v))
                .collect::<Vec<_>>()
                .join(" / "),
            (None, true) => absent.clone().unwrap_or_else(|| "—".into()),
        };
        // A note belongs with the value (as written).
        if notes.is_empty() {
            text
        } else {
            format!("{text} ({})", notes.join(" "))
        }
    }));
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
