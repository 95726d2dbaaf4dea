//! Measured values in the person's language: quantities, reference ranges,
//! flags and result statuses in words (and a status for CSS). Shared by
//! the medicines, measurements and results views.

use crate::fhir::observation::{Flag, Quantity, ReferenceRange, ResultStatus, Value};
use crate::i18n::{I18n, Key};

/// "6,8 mmol/L", "< 50 ng/L", "2 dosis" (tracked).
pub fn quantity(i18n: I18n, q: &Quantity) -> String {
    let mut parts = Vec::new();
    if let Some(c) = q.comparator.as_deref() {
        parts.push(c.to_string());
    }
    parts.push(
        q.value
            .map(|v| i18n.number(v))
            .unwrap_or_else(|| "—".into()),
    );
    if let Some(unit) = q.unit_label() {
        parts.push(unit.to_string());
    }
    parts.join(" ")
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
    }
}

fn bounds(i18n: I18n, low: Option<&Quantity>, high: Option<&Quantity>) -> Option<String> {
    let num = |q: &Quantity| q.value.map(|v| i18n.number(v));
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
