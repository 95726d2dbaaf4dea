//! How a result compares to normal, and where it is in its life.

use super::{INTERPRETATION_SYSTEM, Quantity, ReferenceRange};
use crate::fhir::model::CodeableConcept;

/// How a result compares to normal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Above normal.
    High,
    /// Below normal.
    Low,
    /// Far above normal: the care provider acts at once.
    CriticalHigh,
    /// Far below normal: the care provider acts at once.
    CriticalLow,
    /// Not normal, without a direction (a positive test).
    Abnormal,
    /// Said to be normal by the lab.
    Normal,
}

impl Flag {
    /// A stable name, for CSS modifiers and translation keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::High => "high",
            Flag::Low => "low",
            Flag::CriticalHigh => "critical-high",
            Flag::CriticalLow => "critical-low",
            Flag::Abnormal => "abnormal",
            Flag::Normal => "normal",
        }
    }
}

/// Where a result is in its life, in words a patient understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultStatus {
    /// Registered, preliminary or (a report) partial: may still change.
    Provisional,
    /// Amended, corrected or appended after it was final.
    Changed,
    /// Final.
    Final,
    /// Cancelled or entered in error: not a valid result.
    Cancelled,
    /// Missing or a code the portal does not know.
    Unknown,
}

impl ResultStatus {
    /// A stable name, for CSS modifiers and translation keys.
    pub fn as_str(self) -> &'static str {
        match self {
            ResultStatus::Provisional => "provisional",
            ResultStatus::Changed => "changed",
            ResultStatus::Final => "final",
            ResultStatus::Cancelled => "cancelled",
            ResultStatus::Unknown => "unknown",
        }
    }
}

/// Maps an `Observation.status` or `DiagnosticReport.status` code.
pub fn result_status(status: Option<&str>) -> ResultStatus {
    match status {
        Some("registered" | "preliminary" | "partial") => ResultStatus::Provisional,
        Some("amended" | "corrected" | "appended") => ResultStatus::Changed,
        Some("final") => ResultStatus::Final,
        Some("cancelled" | "entered-in-error") => ResultStatus::Cancelled,
        _ => ResultStatus::Unknown,
    }
}

fn interpretation_flag(code: &str) -> Option<Flag> {
    Some(match code {
        "H" | "HU" | ">" => Flag::High,
        "HH" | "HX" => Flag::CriticalHigh,
        "L" | "LU" | "<" => Flag::Low,
        "LL" | "LX" => Flag::CriticalLow,
        "A" | "AA" => Flag::Abnormal,
        "N" | "NEG" => Flag::Normal,
        _ => return None,
    })
}

/// The lab's own interpretation wins. Without one, a quantity outside the
/// first reference range is low or high; inside it is no flag at all, not
/// "normal": only the lab says that. A value equal to a bound does not
/// cross it; a bound in another unit is not compared. A value with a
/// comparator is flagged only when it is beyond the bound for certain:
/// "< 3" under a low of 3 is low, "> 90" over a low of 90 is nothing.
pub(super) fn flag_of(
    interpretation: &[CodeableConcept],
    quantity: Option<&Quantity>,
    ranges: &[ReferenceRange],
) -> Option<Flag> {
    let stated = interpretation
        .iter()
        .flat_map(|c| &c.coding)
        .filter(|c| matches!(c.system.as_deref(), None | Some(INTERPRETATION_SYSTEM)))
        .find_map(|c| interpretation_flag(c.code.as_deref()?));
    if stated.is_some() {
        return stated;
    }
    let quantity = quantity?;
    let value = quantity.value?;
    let range = ranges.first()?;
    let bound = |b: &Option<Quantity>| {
        b.as_ref()
            .filter(|b| b.comparator.is_none() && quantity.same_unit(b))
            .and_then(|b| b.value)
    };
    let comparator = quantity.comparator.as_deref();
    let below = |low: f64| match comparator {
        None | Some("<=") => value < low,
        Some("<") => value <= low,
        _ => false,
    };
    let above = |high: f64| match comparator {
        None | Some(">=") => value > high,
        Some(">") => value >= high,
        _ => false,
    };
    if bound(&range.low).is_some_and(below) {
        Some(Flag::Low)
    } else if bound(&range.high).is_some_and(above) {
        Some(Flag::High)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::observation::Observation;
    use serde_json::json;

    fn obs(value: serde_json::Value) -> Observation {
        serde_json::from_value(value).unwrap()
    }

    fn glucose(value: f64, interpretation: Option<&str>) -> Observation {
        let mut v = json!({"resourceType":"Observation","status":"final",
            "code":{"text":"Glucose"},
            "valueQuantity":{"value":value,"unit":"mmol/l","code":"mmol/L"},
            "referenceRange":[{"low":{"value":3.1,"unit":"mmol/l"},"high":{"value":6.2,"unit":"mmol/l"}}]});
        if let Some(code) = interpretation {
            v["interpretation"] =
                json!([{"coding":[{"system":INTERPRETATION_SYSTEM,"code":code}]}]);
        }
        obs(v)
    }

    #[test]
    fn flags_derived_from_the_range_at_its_bounds() {
        assert_eq!(glucose(3.0, None).flag(), Some(Flag::Low));
        assert_eq!(glucose(3.1, None).flag(), None, "equal to low is not low");
        assert_eq!(
            glucose(5.0, None).flag(),
            None,
            "inside: no claim of normal"
        );
        assert_eq!(glucose(6.2, None).flag(), None, "equal to high is not high");
        assert_eq!(glucose(6.3, None).flag(), Some(Flag::High));
        let no_range = obs(json!({"valueQuantity":{"value":99.0}}));
        assert_eq!(no_range.flag(), None);
    }

    #[test]
    fn the_labs_interpretation_wins_over_the_range() {
        assert_eq!(glucose(5.0, Some("H")).flag(), Some(Flag::High));
        assert_eq!(glucose(9.0, Some("HH")).flag(), Some(Flag::CriticalHigh));
        assert_eq!(glucose(1.0, Some("LL")).flag(), Some(Flag::CriticalLow));
        assert_eq!(glucose(3.0, Some("LU")).flag(), Some(Flag::Low));
        assert_eq!(glucose(5.0, Some("A")).flag(), Some(Flag::Abnormal));
        assert_eq!(glucose(5.0, Some("N")).flag(), Some(Flag::Normal));
        assert_eq!(
            glucose(7.0, Some("IND")).flag(),
            Some(Flag::High),
            "an unknown code falls back to the range"
        );
        assert_eq!(Flag::CriticalHigh.as_str(), "critical-high");
    }

    #[test]
    fn comparators_flag_only_when_certain_and_other_units_not_at_all() {
        let with = |comparator: &str, value: f64, range: serde_json::Value| {
            obs(
                json!({"valueQuantity":{"value":value,"comparator":comparator,"unit":"mg/l"},
                "referenceRange":[range]}),
            )
            .flag()
        };
        let low = json!({"low":{"value":3.0,"unit":"mg/l"}});
        let high = json!({"high":{"value":10.0,"unit":"mg/l"}});
        assert_eq!(with("<", 3.0, low.clone()), Some(Flag::Low));
        assert_eq!(with("<=", 3.0, low.clone()), None);
        assert_eq!(with(">", 3.0, low.clone()), None);
        assert_eq!(with("<", 5.0, high.clone()), None);
        assert_eq!(with(">", 10.0, high.clone()), Some(Flag::High));
        assert_eq!(with(">=", 10.0, high), None);
        let below = obs(json!({"valueQuantity":{"value":0.5,"comparator":"<"}}));
        assert_eq!(below.number(), None, "\"< 0.5\" is no point on a chart");
        let other_unit = obs(json!({"valueQuantity":{"value":200.0,"code":"g/L"},
            "referenceRange":[{"high":{"value":18.0,"code":"g/dL"}}]}));
        assert_eq!(other_unit.flag(), None);
        let text = obs(json!({"valueString":"9.0","referenceRange":[{"high":{"value":6.2}}]}));
        assert_eq!(text.flag(), None, "no flag derived from text");
    }

    #[test]
    fn statuses_in_words() {
        use ResultStatus::*;
        for (code, want) in [
            ("registered", Provisional),
            ("preliminary", Provisional),
            ("partial", Provisional),
            ("amended", Changed),
            ("corrected", Changed),
            ("appended", Changed),
            ("final", Final),
            ("cancelled", Cancelled),
            ("entered-in-error", Cancelled),
            ("unknown", Unknown),
            ("", Unknown),
        ] {
            assert_eq!(result_status(Some(code)), want, "{code}");
        }
        assert_eq!(result_status(None), Unknown);
        assert_eq!(obs(json!({"status":"corrected"})).result_status(), Changed);
    }
}
