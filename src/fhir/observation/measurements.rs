//! Measurements (vital signs) as chart lines and table rows.

use super::{LOINC, Observation, ResultStatus, concept_key};
use chrono::NaiveDate;

/// One line on a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// What the line shows ("Systolische bloeddruk", "Gewicht").
    pub label: String,
    /// The unit of the newest value.
    pub unit: Option<String>,
    /// Date and value, oldest first.
    pub points: Vec<(NaiveDate, f64)>,
}

/// One kind of measurement (weight, blood pressure) with its chart lines
/// and its table rows.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasurementKind {
    /// [`Observation::code_key`] of its observations.
    pub key: String,
    /// The name to show, from the newest observation that has one.
    pub label: String,
    /// The unit of the first line.
    pub unit: Option<String>,
    /// One line, or one per component (systolic and diastolic).
    pub series: Vec<Series>,
    /// Every observation of this kind, newest first; undated ones last.
    pub rows: Vec<Observation>,
}

/// LOINC codes shown first, in this order: weight, length, BMI, blood
/// pressure, heart rate, temperature, oxygen saturation.
const ORDER: &[&[&str]] = &[
    &["29463-7"],
    &["8302-2"],
    &["39156-5"],
    &["85354-9"],
    &["8867-4"],
    &["8310-5"],
    &["2708-6", "59408-5"],
];

fn rank(observation: &Observation) -> usize {
    observation
        .code
        .coding
        .iter()
        .filter(|c| c.system.as_deref() == Some(LOINC))
        .filter_map(|c| c.code.as_deref())
        .filter_map(|code| ORDER.iter().position(|codes| codes.contains(&code)))
        .min()
        .unwrap_or(ORDER.len())
}

/// Groups measurements by [`Observation::code_key`]: the common vital signs
/// first (weight, length, BMI, blood pressure, heart rate, temperature,
/// saturation), then the rest by name. A kind whose observations have
/// components (blood pressure) gets one line per component code. An
/// observation without a date or a plain number, or entered in error, stays
/// in the rows but is no point on a line.
pub fn measurement_kinds(observations: &[Observation]) -> Vec<MeasurementKind> {
    let mut groups: Vec<(String, Vec<Observation>)> = Vec::new();
    for observation in observations {
        let key = observation.code_key();
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, rows)) => rows.push(observation.clone()),
            None => groups.push((key, vec![observation.clone()])),
        }
    }
    let mut kinds: Vec<(usize, MeasurementKind)> = groups
        .into_iter()
        .map(|(key, mut rows)| {
            crate::sort::sort_by(&mut rows, |a, b| {
                (b.date(), b.when_str()).cmp(&(a.date(), a.when_str()))
            });
            let label = rows
                .iter()
                .find_map(|o| o.code.label())
                .map(str::to_string)
                // No name at all: the bare code ("8867-4") beats nothing.
                .unwrap_or_else(|| key.rsplit('|').next().unwrap_or(&key).to_string());
            let series = series_of(&rows, &label);
            let kind = MeasurementKind {
                unit: series.first().and_then(|s| s.unit.clone()),
                key,
                label,
                series,
                rows,
            };
            (
                kind.rows.iter().map(rank).min().unwrap_or(ORDER.len()),
                kind,
            )
        })
        .collect();
    crate::sort::sort_by(&mut kinds, |(ra, a), (rb, b)| {
        ra.cmp(rb)
            .then_with(|| a.label.to_lowercase().cmp(&b.label.to_lowercase()))
    });
    kinds.into_iter().map(|(_, kind)| kind).collect()
}

/// The lines for `rows` (newest first).
fn series_of(rows: &[Observation], label: &str) -> Vec<Series> {
    let plotted = |o: &&Observation| o.result_status() != ResultStatus::Cancelled;
    if rows.iter().any(|o| !o.component.is_empty()) {
        let mut lines: Vec<(String, Series)> = Vec::new();
        // Oldest first, so points come out ascending and the newest
        // label and unit win.
        for observation in rows.iter().rev().filter(plotted) {
            for component in &observation.component {
                let key = concept_key(&component.code);
                let index = match lines.iter().position(|(k, _)| *k == key) {
                    Some(i) => i,
                    None => {
                        lines.push((key, empty(component.code.label().unwrap_or(label))));
                        lines.len() - 1
                    }
                };
                let (_, line) = &mut lines[index];
                if let Some(name) = component.code.label() {
                    line.label = name.to_string();
                }
                let quantity = component.value_quantity.as_ref();
                if let Some(unit) = quantity.and_then(super::Quantity::unit_label) {
                    line.unit = Some(unit);
                }
                if let (Some(date), Some(n)) = (observation.date(), component.number()) {
                    line.points.push((date, n));
                }
            }
        }
        return lines.into_iter().map(|(_, line)| line).collect();
    }
    let mut line = empty(label);
    for observation in rows.iter().rev().filter(plotted) {
        let quantity = observation.value_quantity.as_ref();
        if let Some(unit) = quantity.and_then(super::Quantity::unit_label) {
            line.unit = Some(unit);
        }
        if let (Some(date), Some(n)) = (observation.date(), observation.number()) {
            line.points.push((date, n));
        }
    }
    vec![line]
}

fn empty(label: &str) -> Series {
    Series {
        label: label.to_string(),
        unit: None,
        points: Vec::new(),
    }
}

/// The points on or after `from` (all when `None`), for a chart's time
/// range. `points` must be oldest first, as in [`Series`].
pub fn within(points: &[(NaiveDate, f64)], from: Option<NaiveDate>) -> &[(NaiveDate, f64)] {
    match from {
        Some(from) => &points[points.partition_point(|(date, _)| *date < from)..],
        None => points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn weight(id: &str, when: Option<&str>, kg: Option<f64>, status: &str) -> Observation {
        let mut v = json!({"id":id,"status":status,
            "code":{"coding":[{"system":LOINC,"code":"29463-7"}],"text":"Gewicht"}});
        if let Some(when) = when {
            v["effectiveDateTime"] = json!(when);
        }
        if let Some(kg) = kg {
            v["valueQuantity"] = json!({"value":kg,"unit":"kg"});
        }
        serde_json::from_value(v).unwrap()
    }

    fn pressure(id: &str, when: &str, systolic: f64, diastolic: f64) -> Observation {
        let part = |code: &str, text: &str, value: f64| {
            json!({"code":{"coding":[{"system":LOINC,"code":code}],"text":text},
                   "valueQuantity":{"value":value,"unit":"mmHg","code":"mm[Hg]"}})
        };
        serde_json::from_value(json!({"id":id,"status":"final","effectiveDateTime":when,
            "code":{"coding":[{"system":LOINC,"code":"85354-9"}],"text":"Bloeddruk"},
            "component":[part("8480-6","Systolische bloeddruk",systolic),
                         part("8462-4","Diastolische bloeddruk",diastolic)]}))
        .unwrap()
    }

    fn other(text: &str) -> Observation {
        serde_json::from_value(
            json!({"code":{"text":text},"effectiveDateTime":"2026-01-01",
            "valueQuantity":{"value":1.0}}),
        )
        .unwrap()
    }

    #[test]
    fn kinds_in_fixed_order_then_by_name() {
        let kinds = measurement_kinds(&[
            other("Zuurstof"),
            pressure("bp1", "2026-03-01T10:00:00+01:00", 120.0, 80.0),
            other("Ademfrequentie"),
            weight("w1", Some("2026-01-01"), Some(70.0), "final"),
        ]);
        let labels: Vec<&str> = kinds.iter().map(|k| k.label.as_str()).collect();
        assert_eq!(
            labels,
            ["Gewicht", "Bloeddruk", "Ademfrequentie", "Zuurstof"]
        );
        assert_eq!(kinds[0].key, "http://loinc.org|29463-7");
        assert_eq!(kinds[0].unit.as_deref(), Some("kg"));
    }

    #[test]
    fn blood_pressure_has_a_line_per_component_oldest_first() {
        let kinds = measurement_kinds(&[
            pressure("bp2", "2026-03-01T10:00:00+01:00", 135.0, 85.0),
            pressure("bp1", "2025-11-20T09:00:00+01:00", 120.0, 80.0),
            pressure("bp3", "2026-03-01T16:00:00+01:00", 128.0, 82.0),
        ]);
        assert_eq!(kinds.len(), 1);
        let bp = &kinds[0];
        let labels: Vec<&str> = bp.series.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Systolische bloeddruk", "Diastolische bloeddruk"]);
        assert_eq!(bp.unit.as_deref(), Some("mmHg"));
        assert_eq!(
            bp.series[0].points,
            [
                (day(2025, 11, 20), 120.0),
                (day(2026, 3, 1), 135.0),
                (day(2026, 3, 1), 128.0)
            ]
        );
        let rows: Vec<_> = bp.rows.iter().map(|o| o.id.as_deref().unwrap()).collect();
        assert_eq!(
            rows,
            ["bp3", "bp2", "bp1"],
            "newest first, by time on one day"
        );
    }

    #[test]
    fn rows_keep_what_the_chart_cannot_show() {
        let kinds = measurement_kinds(&[
            weight("undated", None, Some(71.0), "final"),
            weight("old", Some("2024-05-01"), Some(68.5), "final"),
            weight("no-value", Some("2025-05-01"), None, "final"),
            weight("error", Some("2025-06-01"), Some(700.0), "entered-in-error"),
            weight("new", Some("2026-05-01"), Some(70.0), "final"),
        ]);
        let w = &kinds[0];
        let rows: Vec<_> = w.rows.iter().map(|o| o.id.as_deref().unwrap()).collect();
        assert_eq!(rows, ["new", "error", "no-value", "old", "undated"]);
        assert_eq!(
            w.series[0].points,
            [(day(2024, 5, 1), 68.5), (day(2026, 5, 1), 70.0)]
        );
        assert_eq!(w.series[0].label, "Gewicht");
    }

    #[test]
    fn within_keeps_points_on_or_after_the_start() {
        let points = [
            (day(2024, 1, 1), 1.0),
            (day(2025, 1, 1), 2.0),
            (day(2026, 1, 1), 3.0),
        ];
        assert_eq!(within(&points, None).len(), 3);
        assert_eq!(within(&points, Some(day(2025, 1, 1))), &points[1..]);
        assert_eq!(within(&points, Some(day(2025, 1, 2))), &points[2..]);
        assert!(within(&points, Some(day(2027, 1, 1))).is_empty());
        assert!(within(&[], Some(day(2027, 1, 1))).is_empty());
    }
}
