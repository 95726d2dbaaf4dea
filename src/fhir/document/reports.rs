//! The consult reports list: the search for a page of it, and the overview
//! of specialisms and old notes that the filter and tabs are made from.

use super::DocumentReference;
use crate::fhir::{FhirClient, FhirError, SearchQuery};

/// Reports per page.
pub const REPORTS_PER_PAGE: u32 = 10;
/// The old portal's last day: notes before this date are "Behandelafspraken".
const OLD_PORTAL_END: &str = "2015-02-24";

/// Which part of the reports list to fetch: which tab, page and specialism.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportSearch {
    /// The old portal's notes ("Behandelafspraken").
    pub old: bool,
    /// Page, from 1.
    pub page: u32,
    /// Specialism code, if filtered.
    pub setting: Option<String>,
}

impl ReportSearch {
    /// The FHIR search for this part of the list.
    pub fn query(&self, patient: &str) -> SearchQuery {
        let date = if self.old {
            format!("lt{OLD_PORTAL_END}")
        } else {
            format!("ge{OLD_PORTAL_END}")
        };
        let mut q = SearchQuery::new("DocumentReference")
            .param("patient", patient)
            .param("category", "clinical-note")
            .param("date", date)
            .param("_sort", "-date")
            .count(REPORTS_PER_PAGE)
            .param(
                "_offset",
                ((self.page.max(1) - 1) * REPORTS_PER_PAGE).to_string(),
            );
        if let Some(s) = &self.setting {
            q = q.param("setting", s.clone());
        }
        q
    }
}

/// The specialisms of a patient's reports, and whether old notes exist.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Overview {
    /// (code, name) pairs, sorted by name.
    pub specialisms: Vec<(String, String)>,
    /// Whether there are notes from before 24 February 2015.
    pub has_old: bool,
}

/// Builds the overview from all of a patient's reports.
pub fn overview(docs: &[DocumentReference]) -> Overview {
    let mut specialisms: Vec<(String, String)> = Vec::new();
    for doc in docs {
        if let (Some(code), Some(name)) = (doc.specialism_code(), doc.specialism())
            && !specialisms.iter().any(|(c, _)| *c == code)
        {
            specialisms.push((code, name.to_string()));
        }
    }
    crate::sort::sort_by(&mut specialisms, |a, b| a.1.cmp(&b.1));
    let has_old = docs
        .iter()
        .any(|d| d.date.as_deref().is_some_and(|date| date < OLD_PORTAL_END));
    Overview {
        specialisms,
        has_old,
    }
}

/// The overview of all of `patient`'s reports.
pub async fn fetch_overview(client: &FhirClient, patient: &str) -> Result<Overview, FhirError> {
    let q = SearchQuery::new("DocumentReference")
        .param("patient", patient)
        .param("category", "clinical-note")
        .count(500);
    client
        .search::<DocumentReference>(&q)
        .await
        .map(|p| overview(&p.items))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_pages_filters_and_splits_at_the_old_portal() {
        let s = ReportSearch {
            old: true,
            page: 3,
            setting: Some("kno".into()),
        };
        let url = s.query("noah").to_url();
        assert!(url.contains("date=lt2015-02-24"), "{url}");
        assert!(
            url.contains("setting=kno")
                && url.contains("_offset=20")
                && url.contains("_sort=-date"),
            "{url}"
        );
    }

    #[test]
    fn overview_lists_specialisms_once_and_sees_old_notes() {
        let doc = |date: &str, code: &str, name: &str| -> DocumentReference {
            serde_json::from_value(serde_json::json!({"resourceType":"DocumentReference","date":date,
                "context":{"practiceSetting":{"coding":[{"system":"https://portal.example.org/fhir/CodeSystem/specialism","code":code}],"text":name}}}))
            .unwrap()
        };
        let o = overview(&[
            doc("2020-01-01", "kno", "KNO"),
            doc("2014-05-01", "cardio", "Cardiologie"),
            doc("2021-01-01", "kno", "KNO"),
        ]);
        assert_eq!(
            o.specialisms,
            vec![
                ("cardio".into(), "Cardiologie".into()),
                ("kno".into(), "KNO".into())
            ]
        );
        assert!(o.has_old);
        assert!(!overview(&[doc("2015-02-24", "kno", "KNO")]).has_old);
    }
}
