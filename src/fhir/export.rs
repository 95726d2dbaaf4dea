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
use std::collections::HashMap;

/// The extension that says who made the file for whom, and what is missing
/// (documented in the README).
pub const EXPORT_EXTENSION: &str =
    "https://portal.example.org/fhir/StructureDefinition/record-export";

/// How many resources one page asks for. Each page is read and passed on
/// in one go, which on a slow phone must stay under 200 ms. With Bram's
/// 5,000 results in demo mode the longest task (at 4× CPU slowdown,
/// scripts/bench.mjs) measured 125 ms with pages of 100 and 180 ms with
/// pages of 200; pages of 50 gave no shorter task, because what remains is
/// the demo server's own search over all 5,500 resources (about 9 ms a
/// request natively), not the page.
pub const PAGE: u32 = 100;

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
    /// Who looked in the record (AuditEvent).
    AccessLog,
}

impl Section {
    /// Every section, in the order they are collected.
    pub const ALL: [Section; 15] = [
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
        Section::AccessLog,
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
            Section::AccessLog => "access-log",
        }
    }

    /// The searches (first pages; each is followed by its `next` links)
    /// that fetch this section of `patient`'s record.
    pub fn queries(self, patient: &str) -> Vec<SearchQuery> {
        let of = |kind: &'static str| SearchQuery::new(kind).param("patient", patient).count(PAGE);
        match self {
            // Read, not searched (below): a patient's own record.
            Section::Patient => Vec::new(),
            Section::Authorizations => vec![of("RelatedPerson")],
            Section::Documents => vec![of("DocumentReference")],
            Section::Goals => vec![of("Goal")],
            Section::Medicines => vec![
                of("MedicationRequest")
                    .param("_include", "MedicationRequest:requester")
                    .param("_include", "MedicationRequest:medication"),
            ],
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
            Section::AccessLog => vec![of("AuditEvent")],
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

/// What one search page holds for the file.
struct PageEntries {
    /// Each resource of `patient`'s that it holds, with the `fullUrl` the
    /// server gave it.
    resources: Vec<(Option<String>, Value)>,
    /// How many of them matched the search (not included alongside).
    matched: usize,
}

/// The resources on one search page that may go into `patient`'s file.
fn page_entries(page: &Value, patient: &str) -> PageEntries {
    let mut out = PageEntries {
        resources: Vec::new(),
        matched: 0,
    };
    for entry in page
        .get("entry")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(resource) = entry.get("resource").filter(|r| belongs_to(r, patient)) else {
            continue;
        };
        let mode = entry.pointer("/search/mode").and_then(Value::as_str);
        if mode != Some("include") && mode != Some("outcome") {
            out.matched += 1;
        }
        let full_url = entry
            .get("fullUrl")
            .and_then(Value::as_str)
            .map(str::to_string);
        out.resources.push((full_url, resource.clone()));
    }
    out
}

/// The `Binary` files a letter or a message of the record points to (their
/// content is not inline).
fn binaries(resource: &Value) -> Vec<String> {
    let attachments: Vec<&Value> = match resource.get("resourceType").and_then(Value::as_str) {
        Some("DocumentReference") => resource
            .get("content")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|c| c.get("attachment"))
            .collect(),
        Some("Communication") => resource
            .get("payload")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|p| p.get("contentAttachment"))
            .collect(),
        _ => Vec::new(),
    };
    attachments
        .into_iter()
        .filter(|a| a.get("data").is_none())
        .filter_map(|a| a.get("url").and_then(Value::as_str))
        .filter_map(super::document::binary_id)
        .map(str::to_string)
        .collect()
}

/// How many resources `section` of `patient`'s record holds, as the server
/// counts them (`_summary=count`, for each of its searches; the patient
/// record is one), before any is fetched: the download's bar then runs
/// over the whole record. None when the server does not say (the pages
/// then tell, see [`collect_section`]).
pub async fn count_section(client: &FhirClient, section: Section, patient: &str) -> Option<u64> {
    if section == Section::Patient {
        return Some(1);
    }
    let mut total = 0;
    for query in section.queries(patient) {
        let url = query.param("_summary", "count").to_url();
        let answer = client.search_raw(&url).await.ok()?;
        total += answer.get("total").and_then(Value::as_u64)?;
    }
    Some(total)
}

/// Collects one section of `patient`'s record, as the server sent it:
/// `found` hears each resource (with the `fullUrl` the server gave it), of
/// every page of each search, through their `next` links, and then the
/// `Binary` files its letters and messages point to. `progress` hears
/// after each page how many resources matched so far and, when the server
/// says, how many there are in all (the section's searches' first pages
/// are read before any second page, so that number does not change
/// half-way). `pause` is awaited after each page: in the browser it gives
/// the page its turn (to draw the progress, to take a click on
/// "Annuleren") even when the answers come without waiting, as the demo
/// server's do.
pub async fn collect_section<P: Future<Output = ()>>(
    client: &FhirClient,
    section: Section,
    patient: &str,
    found: &mut dyn FnMut(Option<&str>, &Value),
    progress: &mut dyn FnMut(usize, Option<u64>),
    pause: &dyn Fn() -> P,
) -> Result<(), FhirError> {
    if section == Section::Patient {
        let own = client.read_raw("Patient", patient).await?;
        if own.get("id").and_then(Value::as_str) != Some(patient) {
            return Err(FhirError::NotFound);
        }
        found(None, &own);
        progress(1, Some(1));
        pause().await;
        return Ok(());
    }
    let mut firsts = Vec::new();
    for query in section.queries(patient) {
        let url = query.to_url();
        let page = client.search_raw(&url).await?;
        firsts.push((url, page));
        pause().await;
    }
    let total = firsts
        .iter()
        .map(|(_, page)| page.get("total").and_then(Value::as_u64))
        .sum::<Option<u64>>();
    let mut matched = 0;
    let mut files: Vec<String> = Vec::new();
    for (first_url, first) in firsts {
        let mut followed = vec![first_url];
        let mut page = Some(first);
        while let Some(at) = page.take() {
            let entries = page_entries(&at, patient);
            matched += entries.matched;
            for (full_url, resource) in &entries.resources {
                for id in binaries(resource) {
                    if !files.contains(&id) {
                        files.push(id);
                    }
                }
                found(full_url.as_deref(), resource);
            }
            progress(matched, total);
            pause().await;
            let Some(next) = super::bundle::next_link(&at) else {
                break;
            };
            if followed.contains(&next) || followed.len() >= MAX_PAGES {
                // A link back to a page already read: the search is done.
                break;
            }
            page = Some(client.search_raw(&next).await?);
            followed.push(next);
        }
    }
    for id in files {
        let file = client.read_raw("Binary", &id).await?;
        found(None, &file);
        pause().await;
    }
    Ok(())
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

/// One resource of the file: its key (`Type/id`, so that a resource two
/// sections hold goes in once) and its `Bundle.entry` as JSON text. `base`
/// is the server's base URL, for a full URL the server did not give.
pub fn entry(
    base: Option<&str>,
    full_url: Option<&str>,
    resource: &Value,
) -> (Option<String>, String) {
    let kind = resource.get("resourceType").and_then(Value::as_str);
    let id = resource.get("id").and_then(Value::as_str);
    let key = kind.zip(id).map(|(k, i)| format!("{k}/{i}"));
    let absolute =
        |u: &&str| u.starts_with("https://") || u.starts_with("http://") || u.starts_with("urn:");
    let full_url = full_url.filter(absolute).map(str::to_string).or_else(|| {
        let base = base.filter(absolute)?.trim_end_matches('/');
        key.as_ref().map(|k| format!("{base}/{k}"))
    });
    let entry = match full_url {
        Some(url) => json!({ "fullUrl": url, "resource": resource }),
        // Without a type and id it cannot be referred to; kept as sent.
        None => json!({ "resource": resource }),
    };
    (key, entry.to_string())
}

/// What has been gathered for the file: each resource once (by type and
/// id), as `Bundle.entry` text, one chunk per page. A chunk is handed to
/// the browser as soon as its page is read ([`Gathering::take_page`]), so
/// the app never holds a record of thousands of results, and making the
/// file at the end only joins the chunks.
#[derive(Debug, Default)]
pub struct Gathering {
    /// Which section holds each resource so far.
    seen: HashMap<String, Section>,
    /// The entries of the page under way, joined by commas.
    page: String,
    /// How many resources each section gave (each counted where it first
    /// came).
    counts: HashMap<Section, usize>,
}

impl Gathering {
    /// Adds `resource` (from `section`) to the page under way, unless the
    /// file has it already; `base` and `full_url` as for [`entry`].
    pub fn add(
        &mut self,
        section: Section,
        base: Option<&str>,
        full_url: Option<&str>,
        resource: &Value,
    ) {
        let (key, text) = entry(base, full_url, resource);
        if let Some(key) = key {
            if self.seen.contains_key(&key) {
                return;
            }
            self.seen.insert(key, section);
        }
        if !self.page.is_empty() {
            self.page.push(',');
        }
        self.page.push_str(&text);
        *self.counts.entry(section).or_default() += 1;
    }

    /// The entries of the page under way (comma-joined), and a new page
    /// begun; none when it added nothing new.
    pub fn take_page(&mut self) -> Option<String> {
        (!self.page.is_empty()).then(|| std::mem::take(&mut self.page))
    }

    /// Forgets what `section` gave (it failed, or is fetched anew): its
    /// resources may come again, from it or another section.
    pub fn forget(&mut self, section: Section) {
        self.seen.retain(|_, s| *s != section);
        self.counts.remove(&section);
        self.page.clear();
    }

    /// How many resources `section` gave.
    pub fn count(&self, section: Section) -> usize {
        self.counts.get(&section).copied().unwrap_or_default()
    }

    /// How many resources the file holds.
    pub fn total(&self) -> usize {
        self.counts.values().sum()
    }
}

/// The file's opening: a FHIR R4 `Bundle` of type `collection`, with a note
/// of who made it for whom and which sections are `missing`, up to its
/// first entry. The entries follow, comma-separated, then [`FILE_END`].
pub fn file_opening(made: &Made, missing: &[Section]) -> String {
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
    let text = |v: Value| v.to_string();
    format!(
        r#"{{"resourceType":"Bundle","meta":{},"identifier":{},"type":"collection","timestamp":{},"entry":["#,
        text(json!({ "extension": [{ "url": EXPORT_EXTENSION, "extension": note }] })),
        text(json!({ "system": "urn:ietf:rfc:3986", "value": made.identifier })),
        text(json!(made.at)),
    )
}

/// What ends the file, after its last entry.
pub const FILE_END: &str = "]}";

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
    use std::collections::HashSet;

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
                assert!(url.contains("patient=emma"), "{section:?}: {url}");
            }
        }
        let codes: HashSet<&str> = Section::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(codes.len(), Section::ALL.len(), "codes are unique");
    }

    #[test]
    fn the_file_holds_each_resource_once_as_sent_and_says_who_and_what_is_missing() {
        let base = Some("https://fhir.example.org/r4/");
        let mut g = Gathering::default();
        let patient: Value = serde_json::from_str(
            r#"{"resourceType":"Patient","id":"emma","name":[{"text":"Emma de Vries"}],"x-odd":1.50}"#,
        )
        .unwrap();
        g.add(Section::Patient, base, None, &patient);
        let first = g.take_page().unwrap();
        assert_eq!(g.take_page(), None, "a new page begun");
        g.add(
            Section::Goals,
            base,
            Some("urn:uuid:4c1e"),
            &json!({"resourceType":"Goal","id":"g1"}),
        );
        g.add(
            Section::Medicines,
            base,
            None,
            &json!({"resourceType":"PractitionerRole","id":"r1"}),
        );
        g.add(
            Section::Medicines,
            base,
            None,
            &json!({"resourceType":"PractitionerRole","id":"r1"}),
        );
        g.add(
            Section::Goals,
            None,
            Some("Goal/g2"),
            &json!({"resourceType":"Goal","id":"g2"}),
        );
        let second = g.take_page().unwrap();
        assert_eq!(
            (
                g.count(Section::Goals),
                g.count(Section::Medicines),
                g.total()
            ),
            (2, 1, 4)
        );
        let text = [file_opening(&made(), &[Section::Messages]), first, second]
            .join(",")
            .replacen("[,", "[", 1)
            + FILE_END;
        let b: Value = serde_json::from_str(&text).expect("the file is JSON");
        assert_eq!(b["resourceType"], "Bundle");
        assert_eq!(b["type"], "collection");
        assert_eq!(b["timestamp"], "2026-12-07T10:15:00+01:00");
        assert_eq!(b["identifier"]["value"], made().identifier);
        let got = b["entry"].as_array().unwrap();
        assert_eq!(got.len(), 4, "the role included twice is there once");
        assert_eq!(
            got[0]["fullUrl"],
            "https://fhir.example.org/r4/Patient/emma"
        );
        assert_eq!(got[1]["fullUrl"], "urn:uuid:4c1e", "the server's full URL");
        assert!(got[3].get("fullUrl").is_none(), "no base, no relative URL");
        assert_eq!(
            got[0]["resource"]["x-odd"].to_string(),
            "1.50",
            "as the server sent it"
        );
        let note = &b["meta"]["extension"][0];
        assert_eq!(note["url"], EXPORT_EXTENSION);
        let parts = note["extension"].as_array().unwrap();
        assert_eq!(parts[0]["valueString"], "Sanne de Vries");
        assert_eq!(parts[1]["valueReference"]["reference"], "Patient/emma");
        assert_eq!(parts[2]["valueCode"], "messages");
        let nothing: Value =
            serde_json::from_str(&(file_opening(&made(), &[]) + FILE_END)).unwrap();
        assert_eq!(nothing["entry"], json!([]));
        assert_eq!(
            nothing["meta"]["extension"][0]["extension"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
    }

    #[test]
    fn a_section_forgotten_gives_its_resources_back() {
        let mut g = Gathering::default();
        let role = json!({"resourceType":"PractitionerRole","id":"r1"});
        g.add(Section::Medicines, None, None, &role);
        g.add(
            Section::Medicines,
            None,
            None,
            &json!({"resourceType":"MedicationRequest","id":"m1"}),
        );
        g.forget(Section::Medicines); // it failed half-way
        assert_eq!((g.count(Section::Medicines), g.take_page()), (0, None));
        g.add(Section::Problems, None, None, &role);
        assert_eq!(
            g.count(Section::Problems),
            1,
            "the role comes with the problems now"
        );
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
        let mut got = Vec::new();
        crate::fhir::client::block_on(collect_section(
            &client,
            Section::Goals,
            "emma",
            &mut |_, r| got.push(r["id"].as_str().unwrap_or("").to_string()),
            &mut |n, total| heard.push((n, total)),
            &|| async {},
        ))
        .unwrap();
        assert_eq!(got, ["g1", "g2", "p1"], "Noah's goal is not Emma's");
        assert_eq!(
            heard,
            [(1, Some(3)), (2, Some(3))],
            "the included one is not counted"
        );
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
            &mut |_, _| {},
            &|| async {},
        ));
        assert!(matches!(error, Err(FhirError::NotFound)));
    }

    #[test]
    fn the_patient_is_read_and_the_files_letters_point_to_come_along() {
        let docs = Section::Documents.queries("emma")[0].to_url();
        let transport = std::sync::Arc::new(Pages {
            pages: vec![
                (
                    "Patient/emma".into(),
                    json!({"resourceType":"Patient","id":"emma"}),
                ),
                (
                    docs,
                    json!({"resourceType":"Bundle","type":"searchset","total":2,"entry":[
                        {"fullUrl":"https://fhir.example.org/r4/DocumentReference/d1",
                         "resource":{"resourceType":"DocumentReference","id":"d1","subject":{"reference":"Patient/emma"},
                            "content":[{"attachment":{"url":"https://fhir.example.org/r4/Binary/b1"}},
                                       {"attachment":{"url":"Binary/b1"}}]}},
                        {"resource":{"resourceType":"DocumentReference","id":"d2","subject":{"reference":"Patient/emma"},
                            "content":[{"attachment":{"data":"aGFsbG8=","url":"Binary/inline"}}]}}
                    ]}),
                ),
                (
                    "Binary/b1".into(),
                    json!({"resourceType":"Binary","id":"b1","contentType":"application/pdf","data":"JVBERi0="}),
                ),
            ],
            asked: Default::default(),
        });
        let client = FhirClient::new(transport.clone());
        let mut got: Vec<(Option<String>, String)> = Vec::new();
        for section in [Section::Patient, Section::Documents] {
            crate::fhir::client::block_on(collect_section(
                &client,
                section,
                "emma",
                &mut |url, r| {
                    got.push((
                        url.map(str::to_string),
                        format!(
                            "{}/{}",
                            r["resourceType"].as_str().unwrap(),
                            r["id"].as_str().unwrap()
                        ),
                    ))
                },
                &mut |_, _| {},
                &|| async {},
            ))
            .unwrap();
        }
        let keys: Vec<&str> = got.iter().map(|(_, k)| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "Patient/emma",
                "DocumentReference/d1",
                "DocumentReference/d2",
                "Binary/b1"
            ],
            "the file one letter points to, once; none for inline content"
        );
        assert_eq!(
            got[1].0.as_deref(),
            Some("https://fhir.example.org/r4/DocumentReference/d1")
        );
        let other = FhirClient::new(std::sync::Arc::new(Pages {
            pages: vec![(
                "Patient/emma".into(),
                json!({"resourceType":"Patient","id":"noah"}),
            )],
            asked: Default::default(),
        }));
        let answer = crate::fhir::client::block_on(collect_section(
            &other,
            Section::Patient,
            "emma",
            &mut |_, _| {},
            &mut |_, _| {},
            &|| async {},
        ));
        assert!(
            matches!(answer, Err(FhirError::NotFound)),
            "another patient"
        );
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
