//! The words for coded values of the record (an allergy's risk, a
//! problem's status, a vaccination's dose), shared by the section pages
//! and the printable summary.

use crate::components::values::quantity;
use crate::fhir::allergy::{Criticality, Severity};
use crate::fhir::condition::{Clinical, Since};
use crate::fhir::immunization::{Dose, Given};
use crate::i18n::{I18n, Key};

/// An allergy's risk in words.
pub fn allergy_risk_key(c: Criticality) -> Key {
    match c {
        Criticality::High => Key::AllergiesRiskHigh,
        Criticality::Low => Key::AllergiesRiskLow,
        Criticality::UnableToAssess => Key::AllergiesRiskUnable,
        Criticality::Unknown => Key::AllergiesRiskUnknown,
    }
}

/// How severe a reaction was, in words.
pub fn allergy_severity_key(s: Severity) -> Key {
    match s {
        Severity::Mild => Key::AllergiesSeverityMild,
        Severity::Moderate => Key::AllergiesSeverityModerate,
        Severity::Severe => Key::AllergiesSeveritySevere,
    }
}

/// A problem's status in words.
pub fn problem_status_key(clinical: Clinical) -> Key {
    match clinical {
        Clinical::Active => Key::ProblemsStatusActive,
        Clinical::Recurrence => Key::ProblemsStatusRecurrence,
        Clinical::Relapse => Key::ProblemsStatusRelapse,
        Clinical::Inactive => Key::ProblemsStatusInactive,
        Clinical::Remission => Key::ProblemsStatusRemission,
        Clinical::Resolved => Key::ProblemsStatusResolved,
        Clinical::Unknown => Key::ProblemsStatusUnknown,
    }
}

/// "14 maart 2013", "op de leeftijd van 16 jaar", or as written.
pub fn problem_since_text(i: I18n, since: Option<&Since>) -> String {
    match since {
        Some(Since::Date(d)) => i.date(Some(*d)),
        Some(Since::Age(age)) => i.tf(Key::ProblemsSinceAge, &[("age", &quantity(i, age))]),
        Some(Since::Text(t)) => t.clone(),
        None => "—".into(),
    }
}

/// When, as a date or in words as written.
pub fn vaccination_date_text(
    i: I18n,
    date: Option<chrono::NaiveDate>,
    written: Option<&str>,
) -> String {
    match (date, written) {
        (Some(d), _) => i.date(Some(d)),
        (None, Some(t)) => t.to_string(),
        (None, None) => "—".into(),
    }
}

/// "2e dosis", or as written.
pub fn vaccination_dose_text(i: I18n, dose: Option<&Dose>) -> String {
    match dose {
        Some(Dose::Number(n)) => i.tf(Key::VaccinationsDose, &[("n", &n.to_string())]),
        Some(Dose::Text(t)) => t.clone(),
        None => "—".into(),
    }
}

/// "Gegeven", or "Niet gegeven" with why.
pub fn vaccination_given_text(i: I18n, given: &Given) -> String {
    match given {
        Given::Yes => i.t(Key::VaccinationsGiven).to_string(),
        Given::No(Some(reason)) => i.tf(Key::VaccinationsNotGivenBecause, &[("reason", reason)]),
        Given::No(None) => i.t(Key::VaccinationsNotGiven).to_string(),
    }
}
