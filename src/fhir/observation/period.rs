//! The period the measurements page shows: whole years back from today.

use super::MeasurementKind;
use chrono::{Datelike, NaiveDate};

/// The first day shown for a period of `years` back from `today` (`None`:
/// everything).
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::observation::{Observation, measurement_kinds};

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
