//! `DiagnosticReport`: a lab or imaging report that bundles results.

use super::model::{CodeableConcept, Period, Reference, Resource, parse_date};
use super::observation::{ResultStatus, result_status};
use crate::fhir::json::{FromJson, many, object, one, text};
use chrono::NaiveDate;

/// `DiagnosticReport`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DiagnosticReport {
    /// Logical id.
    pub id: Option<String>,
    /// registered, partial, preliminary, final, amended, corrected, …
    pub status: Option<String>,
    /// LAB, RAD, … (v2-0074).
    pub category: Vec<CodeableConcept>,
    /// What kind of report ("Elektrolyten en glucose").
    pub code: CodeableConcept,
    /// When the samples were taken or the images made.
    pub effective_date_time: Option<String>,
    /// The same, as a period.
    pub effective_period: Option<Period>,
    /// When the report was released.
    pub issued: Option<String>,
    /// The lab or department.
    pub performer: Vec<Reference>,
    /// The `Observation`s it reports, in the lab's order.
    pub result: Vec<Reference>,
    /// The conclusion as written.
    pub conclusion: Option<String>,
}

impl FromJson for DiagnosticReport {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "DiagnosticReport")?;
        Ok(DiagnosticReport {
            id: text(v, "id")?,
            status: text(v, "status")?,
            category: many(v, "category")?,
            code: one(v, "code")?.unwrap_or_default(),
            effective_date_time: text(v, "effectiveDateTime")?,
            effective_period: one(v, "effectivePeriod")?,
            issued: text(v, "issued")?,
            performer: many(v, "performer")?,
            result: many(v, "result")?,
            conclusion: text(v, "conclusion")?,
        })
    }
}

impl Resource for DiagnosticReport {
    const TYPE: &'static str = "DiagnosticReport";
}

impl DiagnosticReport {
    /// The date of the report: `effectiveDateTime`, else the start of
    /// `effectivePeriod`, else `issued`.
    pub fn date(&self) -> Option<NaiveDate> {
        self.effective_date_time
            .as_deref()
            .or_else(|| self.effective_period.as_ref()?.start.as_deref())
            .or(self.issued.as_deref())
            .and_then(parse_date)
    }

    /// The status in words.
    pub fn result_status(&self) -> ResultStatus {
        result_status(self.status.as_deref())
    }

    /// Whether any category has `code` ("LAB", "RAD").
    pub fn is_category(&self, code: &str) -> bool {
        self.category
            .iter()
            .flat_map(|c| &c.coding)
            .any(|c| c.code.as_deref() == Some(code))
    }

    /// The lab or department to show.
    pub fn performer_name(&self) -> Option<&str> {
        self.performer.iter().find_map(|p| p.display.as_deref())
    }
}

crate::deserialize_via_json!(DiagnosticReport);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_falls_back_to_issued_and_status_is_in_words() {
        let report: DiagnosticReport = serde_json::from_str(
            r#"{"resourceType":"DiagnosticReport","status":"partial","issued":"2013-05-15T19:32:52+01:00",
                "category":[{"coding":[{"code":"LAB"}]}],"performer":[{"reference":"Organization/x"},{"display":"Lab"}]}"#,
        )
        .unwrap();
        assert_eq!(report.date(), NaiveDate::from_ymd_opt(2013, 5, 15));
        assert_eq!(report.result_status(), ResultStatus::Provisional);
        assert!(report.is_category("LAB") && !report.is_category("RAD"));
        assert_eq!(report.performer_name(), Some("Lab"));
        assert_eq!(DiagnosticReport::default().date(), None);
    }
}
