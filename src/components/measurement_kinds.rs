//! Measurements by kind (weight, length, blood pressure, …): for each a
//! chart over the period and, folded away, the same data as a table.

use crate::components::chart::{Chart, Line};
use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::values;
use crate::fhir::observation::{MeasurementKind, in_period};
use crate::i18n::{Key, use_i18n};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::sync::Arc;

/// One section per kind, with what falls in the period from `from`; a
/// text when there are no measurements at all.
#[component]
pub fn MeasurementKinds(
    /// The kinds, in the order to show.
    kinds: Vec<MeasurementKind>,
    /// The first day shown (`None`: everything).
    from: Option<NaiveDate>,
) -> impl IntoView {
    let i18n = use_i18n();
    if kinds.is_empty() {
        return view! { <p class="empty" data-testid="measurements-empty">{i18n.text(Key::MeasurementsEmpty)}</p> }.into_any();
    }
    kinds
        .iter()
        .enumerate()
        .map(|(n, kind)| {
            let kind = in_period(kind, from);
            let (heading, labelled_by) = (format!("measurement-{n}"), format!("measurement-{n}"));
            let unit = kind.unit.clone();
            let title = match &unit {
                Some(u) => format!("{} ({u})", kind.label),
                None => kind.label.clone(),
            };
            let lines: Vec<Line> = kind
                .series
                .iter()
                .map(|s| Line { label: s.label.clone(), points: s.points.clone() })
                .collect();
            let label = kind.label.clone();
            let body = if kind.rows.is_empty() {
                view! { <p class="empty">{i18n.text(Key::MeasurementsNoneInPeriod)}</p> }.into_any()
            } else {
                view! {
                    <Chart title=kind.label.clone() unit=unit.clone().unwrap_or_default() lines=lines/>
                    <details class="measurement__table">
                        <summary>{i18n.live(Arc::new(move |i| i.tf(Key::MeasurementsShowTable, &[("kind", &label)])))}</summary>
                        {table(&kind)}
                    </details>
                }
                .into_any()
            };
            view! {
                <section class="measurement" aria-labelledby=labelled_by data-testid="measurement">
                    <h2 id=heading>{title}</h2>
                    {body}
                </section>
            }
        })
        .collect_view()
        .into_any()
}

/// The rows of a kind: date, then a value per line (one for weight,
/// systolic and diastolic for blood pressure).
fn table(kind: &MeasurementKind) -> impl IntoView + use<> {
    let components = kind.series.len() > 1 || kind.rows.iter().any(|o| !o.component.is_empty());
    let columns: Vec<String> = if components {
        kind.series.iter().map(|s| s.label.clone()).collect()
    } else {
        vec![String::new()]
    };
    let rows = kind
        .rows
        .iter()
        .map(|o| {
            let mut cells = vec![Cell::date(o.date())];
            for c in &columns {
                let value = if c.is_empty() {
                    o.reading()
                } else {
                    o.component
                        .iter()
                        .find(|k| k.code.label() == Some(c.as_str()))
                        .and_then(|k| k.reading())
                };
                cells.push(Cell::Live(Arc::new(move |i| {
                    value
                        .as_ref()
                        .map(|v| values::value(i, v))
                        .unwrap_or_else(|| "—".into())
                })));
            }
            Row::new(cells)
        })
        .collect();
    let mut headers = vec![Header::Key(Key::ColumnDate)];
    headers.extend(columns.into_iter().map(|c| {
        if c.is_empty() {
            Header::Key(Key::ColumnValue)
        } else {
            Header::Text(c)
        }
    }));
    view! {
        <DataTable class="measurement-table" row_headers=true rows=rows columns=headers
            caption=Caption::Hidden(Cell::Text(kind.label.clone()))/>
    }
}
