//! How to take a medicine, in words, from structured dosage (`timing`,
//! `doseAndRate`, `asNeeded`, `route`) when the prescription gives no text:
//! "2 keer per dag 1 tablet, oraal, gedurende 5 dagen" / "1 tablet twice a
//! day, …". The codes are FHIR's (`Timing.repeat.periodUnit`: s, min, h,
//! d, wk, mo, a); names the record gives (route, reason) are shown as written.

use crate::components::values::{quantity, value};
use crate::fhir::medication::{Dosage, Repeat};
use crate::fhir::observation::Value;
use crate::i18n::{I18n, Key, Lang, format_decimal};

/// How to take it: as `written`, else each structured dosage in words
/// (joined by "; "), else "—" (tracked).
pub fn how_to_take(i: I18n, written: Option<&str>, dosage: &[Dosage]) -> String {
    if let Some(text) = written {
        return text.to_string();
    }
    let parts: Vec<String> = dosage.iter().filter_map(|d| in_words(i, d)).collect();
    if parts.is_empty() {
        "—".into()
    } else {
        parts.join("; ")
    }
}

/// One dosage in words; `None` when it says nothing that can be put in words.
pub fn in_words(i: I18n, dosage: &Dosage) -> Option<String> {
    let dose = dosage.dose_and_rate.iter().find_map(|d| {
        d.dose_quantity
            .as_ref()
            .map(|q| quantity(i, q))
            .or_else(|| d.dose_range.clone().map(|r| value(i, &Value::Range(r))))
    });
    let repeat = dosage.timing.as_ref().and_then(|t| t.repeat.as_ref());
    let often = repeat.and_then(|r| how_often(i, r));
    let mut parts: Vec<String> = Vec::new();
    match (dose, often) {
        (Some(d), Some(o)) => {
            parts.push(i.tf(Key::DosageDoseOften, &[("dose", &d), ("often", &o)]))
        }
        (Some(d), None) => parts.push(d),
        (None, Some(o)) => parts.push(o),
        (None, None) => {}
    }
    if let Some(route) = dosage.route.as_ref().and_then(|r| r.label()) {
        parts.push(route.to_string());
    }
    if let Some(span) = repeat.and_then(|r| how_long(i.lang(), r)) {
        parts.push(i.tf(Key::DosageDuring, &[("span", &span)]));
    }
    match (&dosage.as_needed_codeable_concept, dosage.as_needed_boolean) {
        (Some(reason), _) if reason.label().is_some() => parts.push(i.tf(
            Key::DosageAsNeededFor,
            &[("reason", reason.label().unwrap_or_default())],
        )),
        (Some(_), _) | (None, Some(true)) => parts.push(i.t(Key::DosageAsNeeded).to_string()),
        _ => {}
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// "2 keer per dag", "elke 8 uur", "1 keer per week" / "twice a day",
/// "every 8 hours", "once a week".
fn how_often(i: I18n, r: &Repeat) -> Option<String> {
    let unit = r.period_unit.as_deref()?;
    let period = r.period.unwrap_or(1.0);
    let times = r.frequency.unwrap_or(1);
    let lang = i.lang();
    if (period - 1.0).abs() < f64::EPSILON {
        let per = unit_word(lang, 1.0, unit)?;
        return Some(match times {
            1 => i.tf(Key::DosageOncePer, &[("period", &per)]),
            2 => i.tf(Key::DosageTwicePer, &[("period", &per)]),
            n => i.tf(
                Key::DosageTimesPer,
                &[("count", &n.to_string()), ("period", &per)],
            ),
        });
    }
    let span = span(lang, period, unit)?;
    Some(match times {
        1 => i.tf(Key::DosageEvery, &[("period", &span)]),
        n => i.tf(
            Key::DosageTimesEvery,
            &[("count", &n.to_string()), ("period", &span)],
        ),
    })
}

/// "5 dagen" / "5 days": the course's length.
fn how_long(lang: Lang, r: &Repeat) -> Option<String> {
    match (&r.bounds_duration, r.duration, r.duration_unit.as_deref()) {
        (Some(q), _, _) => span(lang, q.value?, q.code.as_deref().or(q.unit.as_deref())?),
        // `duration` is how long one dose takes (an infusion) only with a
        // frequency; alone it is the course.
        (None, Some(n), Some(unit)) if r.frequency.is_none() && r.period.is_none() => {
            span(lang, n, unit)
        }
        _ => None,
    }
}

/// "8 uur", "2 dagen" / "8 hours", "2 days".
fn span(lang: Lang, n: f64, unit: &str) -> Option<String> {
    Some(format!(
        "{} {}",
        format_decimal(lang, n, None),
        unit_word(lang, n, unit)?
    ))
}

/// A time unit's name, singular for 1.
fn unit_word(lang: Lang, n: f64, unit: &str) -> Option<String> {
    let one = (n - 1.0).abs() < f64::EPSILON;
    let (nl_one, nl_many, en_one, en_many) = match unit {
        "s" => ("seconde", "seconden", "second", "seconds"),
        "min" => ("minuut", "minuten", "minute", "minutes"),
        "h" => ("uur", "uur", "hour", "hours"),
        "d" => ("dag", "dagen", "day", "days"),
        "wk" => ("week", "weken", "week", "weeks"),
        "mo" => ("maand", "maanden", "month", "months"),
        "a" => ("jaar", "jaar", "year", "years"),
        _ => return None,
    };
    Some(
        match (lang, one) {
            (Lang::Nl, true) => nl_one,
            (Lang::Nl, false) => nl_many,
            (Lang::En, true) => en_one,
            (Lang::En, false) => en_many,
        }
        .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use leptos::prelude::RwSignal;
    use serde_json::json;

    fn words(lang: Lang, dosage: serde_json::Value) -> Option<String> {
        crate::i18n::load_english_for_tests();
        let i = I18n::new(RwSignal::new(lang));
        let d: Dosage = serde_json::from_value(dosage).unwrap_or_default();
        in_words(i, &d)
    }

    #[test]
    fn structured_dosage_reads_in_dutch_and_english() {
        let twice = json!({"timing":{"repeat":{"frequency":2,"period":1,"periodUnit":"d"}},
            "doseAndRate":[{"doseQuantity":{"value":1,"unit":"tablet"}}]});
        assert_eq!(
            words(Lang::Nl, twice.clone()).as_deref(),
            Some("2 keer per dag 1 tablet")
        );
        assert_eq!(
            words(Lang::En, twice).as_deref(),
            Some("1 tablet twice a day")
        );
        let every8 = json!({"timing":{"repeat":{"frequency":1,"period":8,"periodUnit":"h"}},
            "route":{"text":"oraal"},"doseAndRate":[{"doseQuantity":{"value":500,"unit":"mg","code":"mg"}}]});
        assert_eq!(
            words(Lang::Nl, every8.clone()).as_deref(),
            Some("elke 8 uur 500 mg, oraal")
        );
        assert_eq!(
            words(Lang::En, every8).as_deref(),
            Some("500 mg every 8 hours, oraal")
        );
        let needed = json!({"asNeededCodeableConcept":{"text":"pijn"},
            "doseAndRate":[{"doseRange":{"low":{"value":1,"unit":"tablet"},"high":{"value":2,"unit":"tablet"}}}]});
        assert_eq!(
            words(Lang::Nl, needed).as_deref(),
            Some("1 – 2 tablet, zo nodig bij pijn")
        );
        let course = json!({"asNeededBoolean":true,
            "timing":{"repeat":{"frequency":3,"period":1,"periodUnit":"d","boundsDuration":{"value":5,"code":"d"}}}});
        assert_eq!(
            words(Lang::Nl, course.clone()).as_deref(),
            Some("3 keer per dag, gedurende 5 dagen, zo nodig")
        );
        assert_eq!(
            words(Lang::En, course).as_deref(),
            Some("3 times a day, for 5 days, as needed")
        );
        let weekly = json!({"timing":{"repeat":{"period":1,"periodUnit":"wk"}}});
        assert_eq!(words(Lang::Nl, weekly).as_deref(), Some("1 keer per week"));
        let every2days = json!({"timing":{"repeat":{"frequency":2,"period":3,"periodUnit":"d"}}});
        assert_eq!(
            words(Lang::En, every2days).as_deref(),
            Some("2 times every 3 days")
        );
        assert_eq!(words(Lang::Nl, json!({})), None);
        assert_eq!(
            words(
                Lang::Nl,
                json!({"timing":{"repeat":{"frequency":2,"periodUnit":"x"}}})
            ),
            None
        );
    }

    #[test]
    fn official_examples_with_structured_dosage_read_in_words() {
        // medrx0302 has a text; its structured part alone must read too.
        let request: crate::fhir::medication::MedicationRequest = serde_json::from_str(
            include_str!("../../tests/fixtures/fhir/MedicationRequest-medrx0302.json"),
        )
        .unwrap_or_default();
        let i = I18n::new(RwSignal::new(Lang::Nl));
        let shown = request
            .dosage_instruction
            .first()
            .and_then(|d| in_words(i, d));
        assert_eq!(shown.as_deref(), Some("1 keer per dag 2 TAB, Oral Route"));
    }
}
