//! The record to take along (issue 18): the searches that together fetch
//! everything the portal can show for one patient, section by section, and
//! the FHIR R4 `Bundle` of type `collection` made of what they return, with
//! the resources as the server sent them, who made it for whom, and which
//! sections are missing.
//!
//! The page that shows progress, cancels and saves the file builds on
//! [`collect_section`] and [`collection`].

use super::search::SearchQuery;
use super::{FhirClient, FhirError};
use serde_json::{Value, json};
use std::collections::HashSet;

/// The extension that says who made the file for whom, and what is missing
/// (documented in the README).
pub const EXPORT_EXTENSION: &str =
    "https://portal.example.org/fhir/StructureDefinition/record-export";

/// A part of the record, as the person knows it from the menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// Personal data.
    Patient,
    /// Who is authorized (RelatedPerson).
    Authorizations,
    /// Consult reports, letters and referrals (DocumentReference).
    Documents,
    /// Treatment goals.
    Goals,
    /// Medicines, with their prescribers.
    Medicines,
    /// Measurements (vital signs).
    Measurements,
    /// Results: the reports and every other observation.
    Results,
    /// Problems and diagnoses.
    Problems,
    /// Allergies and intolerances.
    Allergies,
    /// Vaccinations.
    Vaccinations,
    /// Questionnaires and their answers.
    Questionnaires,
    /// Appointments, with where and which department.
    Appointments,
    /// E-consult messages.
    Messages,
    /// Objections (Consent).
    Consents,
}

impl Section {
    /// Every section, in the order they are collected.
    pub const ALL: [Section; 14] = [
        Section::Patient,
        Section::Authorizations,
        Section::Documents,
        Section::Goals,
        Section::Medicines,
        Section::Measurements,
        Section::Results,
        Section::Problems,
        Section::Allergies,
        Section::Vaccinations,
        Section::Questionnaires,
        Section::Appointments,
        Section::Messages,
        Section::Consents,
    ];

    /// A stable name (the file's note of what is missing uses it).
    pub fn code(self) -> &'static str {
        match self {
            Section::Patient => "patient",
            Section::Authorizations => "authorizations",
            Section::Documents => "documents",
            Section::Goals => "goals",
            Section::Medicines => "medicines",
            Section::Measurements => "measurements",
            Section::Results => "results",
            Section::Problems => "problems",
            Section::Allergies => "allergies",
            Section::Vaccinations => "vaccinations",
            Section::Questionnaires => "questionnaires",
            Section::Appointments => "appointments",
            Section::Messages => "messages",
            Section::Consents => "consents",
        }
    }

    /// The searches (first pages; each is followed by its `next` links)
    /// that fetch this section of `patient`'s record.
    pub fn queries(self, patient: &str) -> Vec<SearchQuery> {
        let of = |kind: &'static str| SearchQuery::new(kind).param("patient", patient).count(200);
        match self {
            Section::Patient => vec![SearchQuery::new("Patient").param("_id", patient)],
            Section::Authorizations => vec![of("RelatedPerson")],
            Section::Documents => vec![of("DocumentReference")],
            Section::Goals => vec![of("Goal")],
            Section::Medicines => {
                vec![of("MedicationRequest").param("_include", "MedicationRequest:requester")]
            }
            Section::Measurements => vec![of("Observation").param("category", "vital-signs")],
            Section::Results => vec![
                of("DiagnosticReport"),
                of("Observation").param("category:not", "vital-signs"),
            ],
            Section::Problems => vec![of("Condition").param("_include", "Condition:asserter")],
            Section::Allergies => vec![of("AllergyIntolerance")],
            Section::Vaccinations => {
                vec![of("Immunization").param("_include", "Immunization:performer")]
            }
            Section::Questionnaires => vec![
                of("QuestionnaireResponse")
                    .param("_include", "QuestionnaireResponse:questionnaire"),
            ],
            Section::Appointments => vec![
                of("Appointment")
                    .param("_include", "Appointment:actor:Location")
                    .param("_include", "Appointment:actor:HealthcareService"),
            ],
            Section::Messages => vec![of("Communication")],
            Section::Consents => vec![of("Consent")],
        }
    }
}

/// The most pages one search is followed for: a server whose `next` links
/// never end cannot keep the export going for ever.
const MAX_PAGES: usize = 500;

/// Whether `resource` may go into `patient`'s file: another patient's
/// record (a server that answered more than was asked) never does; shared
/// resources (a practitioner, a department) do.
pub fn belongs_to(resource: &Value, patient: &str) -> bool {
    let kind = resource.get("resourceType").and_then(Value::as_str);
    if kind == Some("Patient") {
        return resource.get("id").and_then(Value::as_str) == Some(patient);
    }
    let own = format!("Patient/{patient}");
    ["subject", "patient", "for", "beneficiary"]
        .iter()
        .all(|key| {
            match resource
                .get(*key)
                .and_then(|r| r.get("reference"))
                .and_then(Value::as_str)
            {
                Some(r) if r.starts_with("Patient/") || r.contains("/Patient/") => {
                    r == own || r.ends_with(&format!("/{own}"))
                }
                _ => true,
            }
        })
}

/// Every resource of one section of `patient`'s record, as the server sent
/// them, following each search's `next` links; `progress` hears after each
/// page how many resources are in and, when the server says, how many
/// there are.
pub async fn collect_section(
    client: &FhirClient,
    section: Section,
    patient: &str,
    progress: &mut dyn FnMut(usize, Option<u64>),
) -> Result<Vec<Value>, FhirError> {
    let mut out = Vec::new();
    for query in section.queries(patient) {
        let mut url = Some(query.to_url());
        let mut followed: Vec<String> = Vec::new();
        while let Some(at) = url.take() {
            if followed.contains(&at) || followed.len() >= MAX_PAGES {
                // A link back to a page already read: the search is done.
                break;
            }
            let page = client.search_raw(&at).await?;
            followed.push(at);
            let total = page.get("total").and_then(Value::as_u64);
            for entry in page
                .get("entry")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(resource) = entry.get("resource").filter(|r| belongs_to(r, patient)) {
                    out.push(resource.clone());
                }
            }
            progress(out.len(), total);
            url = super::bundle::next_link(&page);
        }
    }
    Ok(out)
}

/// Who made the file, for whom, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Made {
    /// The signed-in person's name.
    pub by: String,
    /// The patient's id.
    pub for_id: String,
    /// The patient's name.
    pub for_name: String,
    /// When (an instant, `2026-12-07T10:15:00+01:00`).
    pub at: String,
    /// A unique id for the file (`urn:uuid:…`).
    pub identifier: String,
}

/// The collection of every resource in `collected` (each once, in the
/// order first met), as the server sent it; `base` is the server's base URL
/// for the entries' full URLs; `missing` names the sections that could not
/// be fetched.
pub fn collection(made: &Made, base: &str, collected: &[Value], missing: &[Section]) -> Value {
    let base = base.trim_end_matches('/');
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut entries = Vec::new();
    for resource in collected {
        let kind = resource.get("resourceType").and_then(Value::as_str);
        let id = resource.get("id").and_then(Value::as_str);
        let (Some(kind), Some(id)) = (kind, id) else {
            // Without a type and id it cannot be referred to; kept as sent.
            entries.push(json!({ "resource": resource }));
            continue;
        };
        if seen.insert((kind.to_string(), id.to_string())) {
            entries.push(json!({ "fullUrl": format!("{base}/{kind}/{id}"), "resource": resource }));
        }
    }
    let mut note = vec![
        json!({ "url": "madeBy", "valueString": made.by }),
        json!({ "url": "madeFor", "valueReference": {
            "reference": format!("Patient/{}", made.for_id), "display": made.for_name } }),
    ];
    note.extend(
        missing
            .iter()
            .map(|s| json!({ "url": "missingSection", "valueCode": s.code() })),
    );
    json!({
        "resourceType": "Bundle",
        "meta": { "extension": [{ "url": EXPORT_EXTENSION, "extension": note }] },
        "identifier": { "system": "urn:ietf:rfc:3986", "value": made.identifier },
        "type": "collection",
        "timestamp": made.at,
        "entry": entries,
    })
}

/// `dossier-<given>-<family>-<date>.json`: the name's words joined by
/// hyphens, without characters a file system refuses.
pub fn file_name(given: &str, family: &str, date: chrono::NaiveDate) -> String {
    let words: Vec<String> = format!("{given} {family}")
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '\'')
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let name = if words.is_empty() {
        "patient".to_string()
    } else {
        words.join("-")
    };
    format!("dossier-{name}-{}.json", date.format("%Y-%m-%d"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn made() -> Made {
        Made {
            by: "Sanne de Vries".into(),
            for_id: "emma".into(),
            for_name: "Emma de Vries".into(),
            at: "2026-12-07T10:15:00+01:00".into(),
            identifier: "urn:uuid:0b6f4c1e-3a44-4f0e-9a51-2f8d8e3c1d77".into(),
        }
    }

    #[test]
    fn every_section_searches_the_patient_and_nothing_else() {
        for section in Section::ALL {
            for q in section.queries("emma") {
                let url = q.to_url();
                assert!(
                    url.contains("patient=emma") || url == "Patient?_id=emma",
                    "{section:?}: {url}"
                );
            }
        }
        let codes: HashSet<&str> = Section::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(codes.len(), Section::ALL.len(), "codes are unique");
    }

    #[test]
    fn the_collection_holds_each_resource_once_as_sent_and_says_who_and_what_is_missing() {
        let collected = vec![
            json!({"resourceType":"Patient","id":"emma","name":[{"text":"Emma de Vries"}],"x-odd":1}),
            json!({"resourceType":"Goal","id":"g1"}),
            json!({"resourceType":"PractitionerRole","id":"r1"}),
            json!({"resourceType":"PractitionerRole","id":"r1"}),
        ];
        let b = collection(
            &made(),
            "https://fhir.example.org/r4/",
            &collected,
            &[Section::Messages],
        );
        assert_eq!(b["type"], "collection");
        assert_eq!(b["timestamp"], "2026-12-07T10:15:00+01:00");
        assert_eq!(b["identifier"]["value"], made().identifier);
        let entries = b["entry"].as_array().unwrap();
        assert_eq!(entries.len(), 3, "the role included twice is there once");
        assert_eq!(
            entries[0]["fullUrl"],
            "https://fhir.example.org/r4/Patient/emma"
        );
        assert_eq!(entries[0]["resource"]["x-odd"], 1, "as the server sent it");
        let note = &b["meta"]["extension"][0];
        assert_eq!(note["url"], EXPORT_EXTENSION);
        let parts = note["extension"].as_array().unwrap();
        assert_eq!(parts[0]["valueString"], "Sanne de Vries");
        assert_eq!(parts[1]["valueReference"]["reference"], "Patient/emma");
        assert_eq!(parts[2]["valueCode"], "messages");
    }

    /// Answers each URL with its page, and keeps the URLs asked for.
    struct Pages {
        pages: Vec<(String, Value)>,
        asked: std::sync::Mutex<Vec<String>>,
    }

    impl crate::fhir::transport::Transport for Pages {
        fn send(
            &self,
            request: crate::fhir::transport::Request,
        ) -> crate::fhir::transport::SendFuture<'_> {
            let body = self
                .pages
                .iter()
                .find(|(url, _)| *url == request.url)
                .map(|(_, page)| page.to_string());
            self.asked.lock().unwrap().push(request.url);
            let (status, body) = match body {
                Some(b) => (200, b),
                None => (404, String::new()),
            };
            Box::pin(async move { Ok(crate::fhir::transport::Response { status, body }) })
        }
    }

    #[test]
    fn a_section_is_followed_page_by_page_and_keeps_only_this_patient() {
        let first = Section::Goals.queries("emma")[0].to_url();
        let page = |entries: Value, next: Option<&str>| {
            let mut b =
                json!({"resourceType":"Bundle","type":"searchset","total":3,"entry":entries});
            if let Some(n) = next {
                b["link"] = json!([{"relation":"next","url":n}]);
            }
            b
        };
        let transport = std::sync::Arc::new(Pages {
            pages: vec![
                (
                    first.clone(),
                    page(
                        json!([
                            {"resource":{"resourceType":"Goal","id":"g1","subject":{"reference":"Patient/emma"}}},
                            {"resource":{"resourceType":"Goal","id":"other","subject":{"reference":"Patient/noah"}}}
                        ]),
                        Some("Goal?page=2"),
                    ),
                ),
                (
                    "Goal?page=2".into(),
                    page(
                        json!([
                            {"resource":{"resourceType":"Goal","id":"g2","subject":{"reference":"https://x.example/fhir/Patient/emma"}}},
                            {"resource":{"resourceType":"Practitioner","id":"p1"},"search":{"mode":"include"}}
                        ]),
                        Some(&first),
                    ),
                ),
            ],
            asked: Default::default(),
        });
        let client = FhirClient::new(transport.clone());
        let mut heard = Vec::new();
        let got = crate::fhir::client::block_on(collect_section(
            &client,
            Section::Goals,
            "emma",
            &mut |n, total| heard.push((n, total)),
        ))
        .unwrap();
        let ids: Vec<&str> = got.iter().filter_map(|r| r["id"].as_str()).collect();
        assert_eq!(ids, ["g1", "g2", "p1"], "Noah's goal is not Emma's");
        assert_eq!(heard, [(1, Some(3)), (3, Some(3))]);
        assert_eq!(
            transport.asked.lock().unwrap().len(),
            2,
            "the link back is not followed"
        );
        let failing = FhirClient::new(std::sync::Arc::new(Pages {
            pages: vec![],
            asked: Default::default(),
        }));
        let error = crate::fhir::client::block_on(collect_section(
            &failing,
            Section::Goals,
            "emma",
            &mut |_, _| {},
        ));
        assert!(matches!(error, Err(FhirError::NotFound)));
    }

    #[test]
    fn the_file_is_named_after_the_patient_and_the_day() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(
            file_name("Emma", "de Vries", day),
            "dossier-Emma-de-Vries-2026-12-07.json"
        );
        assert_eq!(
            file_name("José", "O'Brien", day),
            "dossier-José-O'Brien-2026-12-07.json"
        );
        assert_eq!(
            file_name("Jan/..", "..\\Bos", day),
            "dossier-Jan-Bos-2026-12-07.json",
            "no paths"
        );
        assert_eq!(file_name("", " ", day), "dossier-patient-2026-12-07.json");
    }
}
