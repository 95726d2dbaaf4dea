//! Metingen (handbook §3.2.5): for each kind of measurement (weight,
//! length, blood pressure, heart rate, temperature, …) a chart over time
//! and the same data as a table, for a chosen period.

use crate::components::chart::{Chart, Line};
use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::fhir::SearchQuery;
use crate::fhir::observation::{MeasurementKind, Observation, measurement_kinds};
use crate::i18n::{I18n, Key, use_i18n};
use crate::layout::use_current_patient;
use crate::pages::values;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

/// The periods a person can choose: (address value, years back, text).
const PERIODS: &[(&str, Option<i32>, Key)] = &[
    ("1", Some(1), Key::PeriodYear),
    ("3", Some(3), Key::PeriodThreeYears),
    ("5", Some(5), Key::PeriodFiveYears),
    ("alles", None, Key::PeriodAll),
];

/// The first day shown for a period of `years` back from `today`.
pub fn period_start(today: NaiveDate, years: Option<i32>) -> Option<NaiveDate> {
    let years = years?;
    // 29 February back to a common year becomes 1 March.
    NaiveDate::from_ymd_opt(today.year() - years, today.month(), today.day())
        .or_else(|| NaiveDate::from_ymd_opt(today.year() - years, 3, 1))
}

/// A kind with only what falls in the period.
pub fn in_period(kind: &MeasurementKind, from: Option<NaiveDate>) -> MeasurementKind {
    let mut kind = kind.clone();
    if let Some(from) = from {
        for s in &mut kind.series {
            s.points.retain(|(d, _)| *d >= from);
        }
        kind.rows.retain(|o| o.date().is_some_and(|d| d >= from));
    }
    kind
}

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
            async move {
                let q = SearchQuery::new("Observation")
                    .param("patient", id)
                    .param("category", "vital-signs")
                    .param("_sort", "-date")
                    .count(1000);
                client.search::<Observation>(&q).await.map(|page| {
                    let kinds = measurement_kinds(&page.items);
                    (kinds, page.problems)
                })
            }
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
        <Loader resource=list render=render(move |(kinds, problems): &(Vec<MeasurementKind>, Vec<crate::fhir::Problem>)| {
            let kinds = kinds.clone();
            let problems = problems.clone();
            view! {
                <ProblemsNotice problems=problems/>
                {move || {
                    let from = period_start(crate::session::today(), PERIODS[period.get()].1);
                    kind_sections(i18n, &kinds, from)
                }}
            }
            .into_any()
        })/>
    }
}

fn kind_sections(i18n: I18n, kinds: &[MeasurementKind], from: Option<NaiveDate>) -> AnyView {
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
                    o.value()
                } else {
                    o.component
                        .iter()
                        .find(|k| k.code.label() == Some(c.as_str()))
                        .and_then(|k| k.value())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn periods_count_back_whole_years() {
        assert_eq!(
            period_start(d(2026, 11, 23), Some(1)),
            Some(d(2025, 11, 23))
        );
        assert_eq!(period_start(d(2024, 2, 29), Some(1)), Some(d(2023, 3, 1)));
        assert_eq!(period_start(d(2026, 11, 23), None), None);
    }

    #[test]
    fn a_period_keeps_only_its_points_and_rows() {
        let obs: Vec<Observation> = [("2020-01-01", 10.0), ("2026-01-01", 12.0)]
            .iter()
            .map(|(date, kg)| {
                serde_json::from_value(serde_json::json!({"resourceType":"Observation","status":"final",
                    "code":{"coding":[{"system":"http://loinc.org","code":"29463-7"}],"text":"Gewicht"},
                    "effectiveDateTime":date,"valueQuantity":{"value":kg,"unit":"kg"}}))
                .unwrap()
            })
            .collect();
        let kinds = measurement_kinds(&obs);
        let kind = in_period(&kinds[0], Some(d(2025, 11, 23)));
        assert_eq!(kind.series[0].points, vec![(d(2026, 1, 1), 12.0)]);
        assert_eq!(kind.rows.len(), 1);
        assert_eq!(in_period(&kinds[0], None).rows.len(), 2);
    }
}
