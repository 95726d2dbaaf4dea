//! Measured values in the person's language: quantities, reference ranges,
//! flags and result statuses in words (and a status for CSS). Shared by
//! the medicines, measurements and results views.

use crate::fhir::model::{CodeableConcept, Period};
use crate::fhir::observation::{Flag, Quantity, Ratio, ReferenceRange, ResultStatus, Value};
use crate::i18n::{I18n, Key, format_decimal};

/// "6,8 mmol/L", "< 50 ng/L", "2 dosis", "36,6 °C" (tracked): the number
/// with the decimal places it was written with, the unit as people write it.
pub fn quantity(i18n: I18n, q: &Quantity) -> String {
    let mut parts = Vec::new();
    if let Some(c) = q.comparator.as_deref() {
        parts.push(c.to_string());
    }
    parts.push(number(i18n, q).unwrap_or_else(|| "—".into()));
    if let Some(unit) = q.unit_label() {
        parts.push(unit);
    }
    parts.join(" ")
}

/// The number of a quantity as written, in the person's number format.
fn number(i18n: I18n, q: &Quantity) -> Option<String> {
    q.value
        .map(|v| format_decimal(i18n.lang(), v, q.written.as_deref()))
}

/// What a result reads, kept to be said in either language: its value, or
/// its components' (blood pressure), with its notes.
#[derive(Clone, Debug)]
pub struct Reading {
    own: Option<Value>,
    components: Vec<Value>,
    notes: Vec<String>,
}

impl Reading {
    /// What `o` reads.
    pub fn of(o: &crate::fhir::observation::Observation) -> Self {
        Reading {
            own: o.reading(),
            components: o.component.iter().filter_map(|c| c.reading()).collect(),
            notes: o.note.iter().filter_map(|n| n.text.clone()).collect(),
        }
    }

    /// "5,4 mmol/l", "120 / 80 mmHg", with its notes as written (tracked).
    pub fn text(&self, i: I18n) -> String {
        let text = match (&self.own, self.components.is_empty()) {
            (Some(v), _) => value(i, v),
            // A panel of components (blood pressure): "120 / 80 mmHg".
            (None, false) => self
                .components
                .iter()
                .map(|v| value(i, v))
                .collect::<Vec<_>>()
                .join(" / "),
            (None, true) => "—".into(),
        };
        // A note belongs with the value (as written).
        if self.notes.is_empty() {
            text
        } else {
            format!("{text} ({})", self.notes.join(" "))
        }
    }
}

/// A result's value, whichever type it came as (tracked).
pub fn value(i18n: I18n, value: &Value) -> String {
    match value {
        Value::Quantity(q) => quantity(i18n, q),
        Value::Text(t) => t.clone(),
        Value::Concept(c) => c.label().unwrap_or("—").to_string(),
        Value::Integer(n) => n.to_string(),
        Value::Boolean(b) => i18n
            .t(if *b { Key::ValueYes } else { Key::ValueNo })
            .to_string(),
        Value::Range(r) => {
            bounds(i18n, r.low.as_ref(), r.high.as_ref()).unwrap_or_else(|| "—".into())
        }
        Value::Ratio(r) => ratio(i18n, r),
        Value::Series(s) => i18n.tf(Key::ValueSeries, &[("count", &s.count.to_string())]),
        Value::Time(t) => time(t),
        Value::DateTime(t) => date_time(i18n, t),
        Value::Period(p) => period(i18n, p),
        Value::Absent(reason) => absent(i18n, reason),
    }
}

/// Why there is no value, in words (FHIR's `data-absent-reason` codes),
/// else as the server wrote it.
fn absent(i18n: I18n, reason: &CodeableConcept) -> String {
    let key = match reason.code_in(ABSENT_SYSTEM) {
        Some("unknown" | "asked-unknown" | "temp-unknown" | "not-asked") => {
            Some(Key::AbsentUnknown)
        }
        Some("asked-declined") => Some(Key::AbsentDeclined),
        Some("masked") => Some(Key::AbsentMasked),
        Some("not-applicable") => Some(Key::AbsentNotApplicable),
        Some("not-performed") => Some(Key::AbsentNotPerformed),
        Some("not-permitted") => Some(Key::AbsentNotPermitted),
        Some("error" | "not-a-number" | "negative-infinity" | "positive-infinity") => {
            Some(Key::AbsentError)
        }
        _ => None,
    };
    match (key, reason.label()) {
        (Some(key), _) => i18n.t(key).to_string(),
        (None, Some(text)) => text.to_string(),
        (None, None) => i18n.t(Key::AbsentUnknown).to_string(),
    }
}

/// The code system of `dataAbsentReason`.
const ABSENT_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

/// "1 : 128" for a titre (no units), else "5 mg / 10 ml".
fn ratio(i18n: I18n, r: &Ratio) -> String {
    let unitless = |q: &Option<Quantity>| q.as_ref().is_none_or(|q| q.unit_label().is_none());
    let side = |q: &Option<Quantity>| q.as_ref().map_or_else(|| "—".into(), |q| quantity(i18n, q));
    let line = if unitless(&r.numerator) && unitless(&r.denominator) {
        " : "
    } else {
        " / "
    };
    format!("{}{line}{}", side(&r.numerator), side(&r.denominator))
}

/// "14:30" from "14:30:00"; seconds only when there are any.
fn time(t: &str) -> String {
    match t.strip_suffix(":00") {
        Some(short) if short.len() == 5 => short.to_string(),
        _ => t.to_string(),
    }
}

/// A FHIR date or dateTime in words: "30 december 2016", with the time
/// when there is one; a year or a month as written.
fn date_time(i18n: I18n, t: &str) -> String {
    if t.len() == 10
        && let Some(date) = crate::fhir::model::parse_date(t)
    {
        return i18n.date(Some(date));
    }
    if t.contains('T') {
        return i18n.instant(Some(t));
    }
    t.to_string()
}

/// "30 december 2016 – 4 januari 2017", "vanaf …", "tot en met …".
fn period(i18n: I18n, p: &Period) -> String {
    let start = p.start.as_deref().map(|t| date_time(i18n, t));
    let end = p.end.as_deref().map(|t| date_time(i18n, t));
    match (start, end) {
        (Some(s), Some(e)) => format!("{s} – {e}"),
        (Some(s), None) => i18n.tf(Key::ValueFrom, &[("start", &s)]),
        (None, Some(e)) => i18n.tf(Key::ValueUntil, &[("end", &e)]),
        (None, None) => "—".into(),
    }
}

fn bounds(i18n: I18n, low: Option<&Quantity>, high: Option<&Quantity>) -> Option<String> {
    let num = |q: &Quantity| number(i18n, q);
    let unit = high
        .or(low)
        .and_then(Quantity::unit_label)
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    match (low.and_then(num), high.and_then(num)) {
        (Some(l), Some(h)) => Some(format!("{l} – {h}{unit}")),
        (Some(l), None) => Some(format!("≥ {l}{unit}")),
        (None, Some(h)) => Some(format!("≤ {h}{unit}")),
        (None, None) => None,
    }
}

/// The first reference range in the person's language, else as written.
pub fn reference_range(i18n: I18n, ranges: &[ReferenceRange]) -> Option<String> {
    let r = ranges.first()?;
    bounds(i18n, r.low.as_ref(), r.high.as_ref()).or_else(|| r.text.clone())
}

/// A flag in words: "Hoog", "Laag", "Afwijkend", …
pub fn flag_key(flag: Flag) -> Key {
    match flag {
        Flag::High => Key::FlagHigh,
        Flag::Low => Key::FlagLow,
        Flag::CriticalHigh => Key::FlagCriticalHigh,
        Flag::CriticalLow => Key::FlagCriticalLow,
        Flag::Abnormal => Key::FlagAbnormal,
        Flag::Normal => Key::FlagNormal,
    }
}

/// A status in words: "Voorlopig", "Gewijzigd", "Definitief", …
pub fn status_key(status: ResultStatus) -> Key {
    match status {
        ResultStatus::Provisional => Key::StatusProvisional,
        ResultStatus::Changed => Key::StatusChanged,
        ResultStatus::Final => Key::StatusFinal,
        ResultStatus::Cancelled => Key::StatusCancelled,
        ResultStatus::Unknown => Key::StatusUnknown,
    }
}

/// A status for CSS: provisional and changed stand out.
pub fn status_class(status: ResultStatus) -> &'static str {
    match status {
        ResultStatus::Provisional => "provisional",
        ResultStatus::Changed => "changed",
        ResultStatus::Cancelled => "cancelled",
        _ => "final",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::observation::Observation;
    use crate::i18n::Lang;
    use leptos::prelude::RwSignal;

    fn shown(lang: Lang, resource: serde_json::Value) -> String {
        let i18n = I18n::new(RwSignal::new(lang));
        let o: Observation = serde_json::from_value(resource).unwrap_or_default();
        o.reading()
            .map(|v| value(i18n, &v))
            .unwrap_or_else(|| "—".into())
    }

    #[test]
    fn every_kind_of_value_reads_in_words() {
        use serde_json::json;
        let nl = |r| shown(Lang::Nl, r);
        let en = |r| {
            crate::i18n::load_english_for_tests();
            shown(Lang::En, r)
        };
        // As the server wrote it: the text keeps the precision.
        let q: serde_json::Value =
            serde_json::from_str(r#"{"valueQuantity": {"value": 36.60, "unit": "Cel"}}"#)
                .unwrap_or_default();
        assert_eq!(nl(q.clone()), "36,60 °C");
        assert_eq!(en(q), "36.60 °C");
        assert_eq!(
            nl(json!({"valueQuantity": {"value": 1e-22, "code": "mol/L"}})),
            "1 × 10⁻²² mol/L"
        );
        assert_eq!(
            nl(json!({"valueQuantity": {"value": 7, "unit": "{score}"}})),
            "7"
        );
        assert_eq!(
            nl(json!({"valueDateTime": "2016-12-30"})),
            "30 december 2016"
        );
        assert_eq!(
            en(json!({"valueDateTime": "2016-12-30T10:15:00+01:00"})),
            "30 December 2016, 10:15"
        );
        assert_eq!(nl(json!({"valueDateTime": "2016-12"})), "2016-12");
        assert_eq!(nl(json!({"valueTime": "14:30:00"})), "14:30");
        assert_eq!(nl(json!({"valueTime": "14:30:15"})), "14:30:15");
        assert_eq!(
            nl(json!({"valuePeriod": {"start": "2016-12-30", "end": "2017-01-04"}})),
            "30 december 2016 – 4 januari 2017"
        );
        assert_eq!(
            nl(json!({"valuePeriod": {"start": "2016-12-30"}})),
            "vanaf 30 december 2016"
        );
        assert_eq!(
            en(json!({"valuePeriod": {"end": "2017-01-04"}})),
            "until 4 January 2017"
        );
        assert_eq!(
            nl(json!({"valueRatio": {"numerator": {"value": 1}, "denominator": {"value": 128}}})),
            "1 : 128"
        );
        assert_eq!(
            en(
                json!({"valueRatio": {"numerator": {"value": 5, "unit": "mg"}, "denominator": {"value": 10, "unit": "ml"}}})
            ),
            "5 mg / 10 ml"
        );
        assert_eq!(
            nl(
                json!({"valueSampledData": {"origin": {"value": 0}, "dimensions": 1, "data": "1 2 3 E 5"}})
            ),
            "een reeks van 5 waarden"
        );
        assert_eq!(en(json!({"valueBoolean": false})), "No");
        assert_eq!(nl(json!({"valueInteger": 12})), "12");
    }

    #[test]
    fn a_missing_value_says_why_in_words() {
        use serde_json::json;
        let absent = |code: &str, text: Option<&str>| {
            let mut reason = json!({"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": code}]});
            if let Some(t) = text {
                reason["text"] = json!(t);
            }
            shown(Lang::Nl, json!({"dataAbsentReason": reason}))
        };
        assert_eq!(
            absent("not-performed", Some("Not Performed")),
            "Niet uitgevoerd"
        );
        assert_eq!(absent("asked-declined", None), "Niet opgegeven");
        assert_eq!(absent("masked", None), "Afgeschermd");
        assert_eq!(absent("error", None), "Meetfout");
        // A reason of another system stays as written.
        assert_eq!(
            shown(
                Lang::Nl,
                json!({"dataAbsentReason": {"text": "Buisje gebroken"}})
            ),
            "Buisje gebroken"
        );
        // A panel: no reading of its own.
        assert_eq!(
            shown(Lang::Nl, json!({"component": [{"valueInteger": 1}]})),
            "—"
        );
    }

    #[test]
    fn official_examples_of_other_value_kinds_read_in_words() {
        let i18n = I18n::new(RwSignal::new(Lang::Nl));
        let decode = |text: &str| serde_json::from_str::<Observation>(text).unwrap_or_default();
        let lastmp = decode(include_str!(
            "../../tests/fixtures/fhir/Observation-date-lastmp.json"
        ));
        assert!(lastmp.is_category("survey"));
        let reading = lastmp.reading().map(|v| value(i18n, &v));
        assert_eq!(reading.as_deref(), Some("30 december 2016"));
        let ekg = decode(include_str!(
            "../../tests/fixtures/fhir/Observation-ekg.json"
        ));
        let leads: Vec<String> = ekg
            .component
            .iter()
            .filter_map(|c| c.reading())
            .map(|v| value(i18n, &v))
            .collect();
        assert_eq!(leads.len(), 3);
        assert!(
            leads
                .iter()
                .all(|l| l.starts_with("een reeks van ") && l.ends_with(" waarden")),
            "{leads:?}"
        );
        let apgar = decode(include_str!(
            "../../tests/fixtures/fhir/Observation-1minute-apgar-score.json"
        ));
        assert_eq!(
            apgar.reading().map(|v| value(i18n, &v)).as_deref(),
            Some("0")
        );
        let panel = decode(include_str!(
            "../../tests/fixtures/fhir/Observation-vitals-panel.json"
        ));
        assert_eq!(panel.reading(), None);
        let members: Vec<_> = panel
            .has_member
            .iter()
            .filter_map(|m| m.reference.as_deref())
            .collect();
        assert_eq!(
            members,
            [
                "Observation/respiratory-rate",
                "Observation/heart-rate",
                "Observation/blood-pressure",
                "Observation/body-temperature"
            ]
        );
    }
}
