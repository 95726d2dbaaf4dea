//! The searches of the results and measurements pages: a page of reports
//! with their results, results found by name, one test's history, and
//! every measurement grouped by kind.

use super::measurements::measurement_kinds;
use super::{MeasurementKind, Observation, ResultGroup, group_by_date, group_by_report};
use crate::fhir::diagnostic_report::DiagnosticReport;
use crate::fhir::{FhirClient, FhirError, Page, Problem, SearchQuery};

/// Reports per page (a report holds up to about ten results).
const REPORTS_PER_PAGE: u32 = 5;
/// Results per page when searching by name.
const RESULTS_PER_PAGE: u32 = 25;

/// Which part of the results list to fetch: a test name searched for, the
/// results outside reports, and a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultSearch {
    /// Test name searched for, if any.
    pub text: Option<String>,
    /// The results that are neither in a report nor a measurement (survey
    /// scores, procedure results, uncategorised), instead of the reports.
    pub other: bool,
    /// Page, from 1.
    pub page: u32,
}

/// The categories the portal shows elsewhere: measurements (their own
/// page) and laboratory results (in their reports). The results search
/// and the other results leave the first out, the other results both.
const MEASUREMENTS: &str = "vital-signs";
const LABORATORY: &str = "laboratory";

impl ResultSearch {
    /// The search: a page of reports with their results, a page of the
    /// other results, or (searching) a page of results whose name matches.
    pub fn query(&self, patient: &str) -> SearchQuery {
        let page = self.page.max(1) - 1;
        match &self.text {
            None if self.other => SearchQuery::new("Observation")
                .param("patient", patient)
                .param("category:not", MEASUREMENTS)
                .param("category:not", LABORATORY)
                .param("_sort", "-date")
                .count(RESULTS_PER_PAGE)
                .param("_offset", (page * RESULTS_PER_PAGE).to_string()),
            None => SearchQuery::new("DiagnosticReport")
                .param("patient", patient)
                .param("_sort", "-date")
                .param("_include", "DiagnosticReport:result")
                // A panel's members (a vital-signs panel of four results).
                .param("_include:iterate", "Observation:has-member")
                .count(REPORTS_PER_PAGE)
                .param("_offset", (page * REPORTS_PER_PAGE).to_string()),
            // Every result but the measurements: survey scores too.
            Some(text) => SearchQuery::new("Observation")
                .param("patient", patient)
                .param("category:not", MEASUREMENTS)
                .param(
                    "code:text",
                    crate::fhir::search::searchable(text).trim().to_string(),
                )
                .param("_sort", "-date")
                .count(RESULTS_PER_PAGE)
                .param("_offset", (page * RESULTS_PER_PAGE).to_string()),
        }
    }

    /// How many reports (or results, searching or the other ones) make a
    /// page.
    pub fn per_page(&self) -> u32 {
        if self.text.is_some() || self.other {
            RESULTS_PER_PAGE
        } else {
            REPORTS_PER_PAGE
        }
    }
}

/// One page of results, grouped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResultsPage {
    /// The groups, newest first.
    pub groups: Vec<ResultGroup>,
    /// Report conclusions by report id (imaging reports say it in words).
    pub conclusions: Vec<(String, String)>,
    /// How many reports (or results, searching) there are in all.
    pub total: u32,
    /// Resources that could not be read.
    pub problems: Vec<Problem>,
}

/// Fetches and groups one page.
pub async fn fetch_results(
    client: &FhirClient,
    search: &ResultSearch,
    patient: &str,
) -> Result<ResultsPage, FhirError> {
    let q = search.query(patient);
    if search.text.is_some() || search.other {
        let page = client.search::<Observation>(&q).await?;
        return Ok(ResultsPage {
            total: page.total.unwrap_or(page.items.len() as u64) as u32,
            groups: group_by_date(&page.items),
            conclusions: Vec::new(),
            problems: page.problems,
        });
    }
    let mut page = client.search::<DiagnosticReport>(&q).await?;
    let observations = page.take_included::<Observation>();
    let conclusions = page
        .items
        .iter()
        .filter_map(|r| Some((r.id.clone()?, r.conclusion.clone()?)))
        .collect();
    Ok(ResultsPage {
        total: page.total.unwrap_or(page.items.len() as u64) as u32,
        groups: group_by_report(&page.items, &observations),
        conclusions,
        problems: page.problems,
    })
}

/// The search for every result of the test `of` in `patient`'s record:
/// by its code when coded, else by its name.
pub fn history_query(of: &Observation, patient: &str) -> SearchQuery {
    let key = of.code_key();
    let q = SearchQuery::new("Observation")
        .param("patient", patient)
        .param("_sort", "-date")
        .count(500);
    match key.strip_prefix("text:") {
        Some(_) => q.param("code:text", of.code.label().unwrap_or_default().to_string()),
        None => q.param("code", key),
    }
}

/// The result `result` of `patient` and every result of the same test.
pub async fn fetch_history(
    client: &FhirClient,
    result: &str,
    patient: &str,
) -> Result<(Observation, Page<Observation>), FhirError> {
    let first = client.read_of::<Observation>(result, patient).await?;
    let mut page = client
        .search::<Observation>(&history_query(&first, patient))
        .await?;
    // Same code, same test: keep the key equal (a name search may match more).
    let key = first.code_key();
    page.items.retain(|o| o.code_key() == key);
    Ok((first, page))
}

/// Every measurement (vital sign) of `patient`, grouped by kind, and the
/// ones that could not be read.
pub async fn fetch_measurements(
    client: &FhirClient,
    patient: &str,
) -> Result<(Vec<MeasurementKind>, Vec<Problem>), FhirError> {
    let q = SearchQuery::new("Observation")
        .param("patient", patient)
        .param("category", "vital-signs")
        .param("_sort", "-date")
        .count(1000);
    client
        .search::<Observation>(&q)
        .await
        .map(|page| (measurement_kinds(&page.items), page.problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_by_name_pages_results_and_the_list_pages_reports() {
        let s = ResultSearch {
            text: Some("hemo".into()),
            other: false,
            page: 3,
        };
        let url = s.query("noah").to_url();
        assert!(
            url.starts_with("Observation?")
                && url.contains("code:text=hemo")
                && url.contains("category:not=vital-signs")
                && !url.contains("laboratory"),
            "survey scores are found too: {url}"
        );
        assert!(url.contains("_offset=50"), "{url}");
        let s = ResultSearch {
            text: None,
            other: true,
            page: 2,
        };
        let url = s.query("noah").to_url();
        assert_eq!(
            url,
            "Observation?patient=noah&category:not=vital-signs&category:not=laboratory\
             &_sort=-date&_count=25&_offset=25"
        );
        let s = ResultSearch {
            text: None,
            other: false,
            page: 1,
        };
        let url = s.query("noah").to_url();
        assert!(
            url.starts_with("DiagnosticReport?")
                && url.contains("_include=DiagnosticReport:result"),
            "{url}"
        );
    }

    #[test]
    fn history_searches_by_code_or_else_by_name() {
        let coded: Observation =
            serde_json::from_value(serde_json::json!({"resourceType":"Observation",
            "code":{"coding":[{"system":"http://loinc.org","code":"1988-5"}],"text":"CRP"}}))
            .unwrap();
        let url = history_query(&coded, "noah").to_url();
        assert!(
            url.contains("code=http%3A%2F%2Floinc.org|1988-5")
                || url.contains("code=http:%2F%2Floinc.org|1988-5"),
            "{url}"
        );
        let named: Observation =
            serde_json::from_value(serde_json::json!({"resourceType":"Observation",
            "code":{"text":"Kweek keel"}}))
            .unwrap();
        assert!(
            history_query(&named, "noah")
                .to_url()
                .contains("code:text=Kweek%20keel")
        );
    }
}
