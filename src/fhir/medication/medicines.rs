//! The medicines page's two lists: in use and stopped, each newest first.

use super::{Medication, MedicationRequest, Phase};
use crate::fhir::observation::Quantity;
use crate::fhir::practitioner::Actors;
use crate::fhir::{FhirClient, FhirError, Page, Problem, SearchQuery};
use chrono::NaiveDate;

/// One medicine as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Medicine {
    /// Stable id (for element ids).
    pub id: String,
    /// Name as prescribed.
    pub name: String,
    /// Started on.
    pub start: Option<NaiveDate>,
    /// Ended on, if recorded.
    pub end: Option<NaiveDate>,
    /// The prescribing specialism.
    pub specialism: Option<String>,
    /// How to take it, as written.
    pub how: Option<String>,
    /// The structured dosages, put in words where nothing is written
    /// (`components::dosage`).
    pub dosage: Vec<super::Dosage>,
    /// The dose.
    pub dose: Option<Quantity>,
    /// Why it was stopped, as written.
    pub stop_reason: Option<String>,
    /// Whether a repeat prescription may be requested.
    pub repeats: bool,
}

/// What the medicines page shows of one page of requests.
#[derive(Clone, Debug, PartialEq)]
pub struct MedicineLists {
    /// In use, newest first.
    pub current: Vec<Medicine>,
    /// Stopped, newest first.
    pub stopped: Vec<Medicine>,
    /// Requests and prescriber roles that could not be read.
    pub problems: Vec<Problem>,
}

/// The medicines of one page of requests: current and stopped, each newest
/// first; requests entered in error are left out. A prescriber that cannot
/// be read is named among the problems. `fetched`: the `Medication`s the
/// requests point to that the server did not include.
pub fn medicines(mut page: Page<MedicationRequest>, fetched: Vec<Medication>) -> MedicineLists {
    let actors = Actors::take_from(&mut page);
    let mut products = page.take_included::<Medication>();
    products.extend(fetched);
    let (mut current, mut stopped) = (Vec::new(), Vec::new());
    for (n, request) in page.items.iter().enumerate() {
        let medicine = Medicine {
            id: request
                .id
                .clone()
                .unwrap_or_else(|| format!("medicine-{n}")),
            name: request
                .medicine_name()
                .or_else(|| request.referenced_medicine(&products))
                .unwrap_or_else(|| "—".into()),
            start: request.start(),
            end: request.end(),
            specialism: request
                .requester
                .as_ref()
                .and_then(|r| actors.specialism(r)),
            how: request.how_to_take(),
            dosage: request.dosage_instruction.clone(),
            dose: request.dose(),
            stop_reason: request.stop_reason().map(str::to_string),
            repeats: request.repeats_allowed(),
        };
        match request.phase() {
            Phase::Current => current.push(medicine),
            Phase::Stopped => stopped.push(medicine),
            Phase::Hidden => {}
        }
    }
    for list in [&mut current, &mut stopped] {
        crate::sort::sort_by(list, |a, b| {
            b.start.cmp(&a.start).then_with(|| a.name.cmp(&b.name))
        });
    }
    MedicineLists {
        current,
        stopped,
        problems: page.problems,
    }
}

/// Every prescription of `patient` with its prescriber, as the two lists.
/// A medicine named only by a reference to a `Medication` the server did
/// not include is fetched: one request for all of them.
pub async fn fetch_medicines(
    client: &FhirClient,
    patient: &str,
) -> Result<MedicineLists, FhirError> {
    let q = SearchQuery::new("MedicationRequest")
        .param("patient", patient)
        .param("_include", "MedicationRequest:requester")
        .count(200);
    let mut page = client.search::<MedicationRequest>(&q).await?;
    let missing = unnamed_products(&page);
    let mut fetched = Vec::new();
    if !missing.is_empty() {
        let q = SearchQuery::new("Medication")
            .param("_id", missing.join(","))
            .count(u32::try_from(missing.len()).unwrap_or(u32::MAX));
        match client.search::<Medication>(&q).await {
            Ok(found) => {
                page.problems.extend(found.problems);
                fetched = found.items;
            }
            // The medicines still show (named "—"); the notice says why.
            Err(e) => page.problems.push(Problem {
                resource_type: "Medication".into(),
                id: None,
                error: e.to_string(),
            }),
        }
    }
    Ok(medicines(page, fetched))
}

/// The ids of the `Medication`s that name a medicine no request names
/// itself and the server did not include.
fn unnamed_products(page: &Page<MedicationRequest>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for request in &page.items {
        if request.medicine_name().is_some() {
            continue;
        }
        if let Some(id) = request
            .medication_reference
            .as_ref()
            .and_then(|r| r.id_of("Medication"))
            && !page.has_included("Medication", id)
            && !ids.iter().any(|known| known == id)
        {
            ids.push(id.to_string());
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::bundle::decode_page;

    #[test]
    fn current_and_stopped_are_split_sorted_and_named_with_the_specialism() {
        let bundle = serde_json::json!({"resourceType":"Bundle","type":"searchset","entry":[
            {"resource":{"resourceType":"MedicationRequest","id":"a","status":"active","authoredOn":"2024-01-01",
                "medicationCodeableConcept":{"text":"Salbutamol"},"requester":{"reference":"PractitionerRole/r1"},
                "dosageInstruction":[{"text":"Zo nodig 2 pufjes","doseAndRate":[{"doseQuantity":{"value":2,"unit":"dosis"}}]}]}},
            {"resource":{"resourceType":"MedicationRequest","id":"b","status":"active","authoredOn":"2025-06-01",
                "medicationCodeableConcept":{"text":"Cetirizine"}}},
            {"resource":{"resourceType":"MedicationRequest","id":"c","status":"stopped","authoredOn":"2023-02-21",
                "statusReason":{"text":"Bijwerkingen"},"medicationCodeableConcept":{"text":"Montelukast"}}},
            {"resource":{"resourceType":"MedicationRequest","id":"d","status":"entered-in-error",
                "medicationCodeableConcept":{"text":"Vergissing"}}},
            {"resource":{"resourceType":"MedicationRequest","id":"e","status":"active","authoredOn":"2022-01-01",
                "medicationCodeableConcept":{"text":"Paracetamol"},"requester":{"reference":"PractitionerRole/r2"}}},
            {"resource":{"resourceType":"PractitionerRole","id":"r1","specialty":[{"text":"Kinderlongziekten"}]},
                "search":{"mode":"include"}},
            {"resource":{"resourceType":"PractitionerRole","id":"r2","specialty":{"text":"not a list"}},
                "search":{"mode":"include"}}
        ]});
        let page = decode_page::<MedicationRequest>(&bundle.to_string()).unwrap();
        let MedicineLists {
            current,
            stopped,
            problems,
        } = medicines(page, Vec::new());
        // The role that cannot be read is named; its medicine still shows.
        assert_eq!(problems.len(), 1);
        assert_eq!(
            (
                problems[0].resource_type.as_str(),
                problems[0].id.as_deref()
            ),
            ("PractitionerRole", Some("r2"))
        );
        assert_eq!(current[2].name, "Paracetamol");
        assert_eq!(current[2].specialism, None);
        let current = &current[..2];
        let names: Vec<&str> = current.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Cetirizine", "Salbutamol"]);
        assert_eq!(current[1].specialism.as_deref(), Some("Kinderlongziekten"));
        assert_eq!(current[1].how.as_deref(), Some("Zo nodig 2 pufjes"));
        assert_eq!(current[1].dose.as_ref().and_then(|d| d.value), Some(2.0));
        assert_eq!(stopped.len(), 1);
        assert_eq!(stopped[0].stop_reason.as_deref(), Some("Bijwerkingen"));
        assert!(
            ![current, &stopped[..]]
                .concat()
                .iter()
                .any(|m| m.name == "Vergissing")
        );
    }

    /// Answers by the start of the URL, and keeps the URLs asked for.
    struct Answers {
        answers: Vec<(&'static str, u16, String)>,
        asked: std::sync::Mutex<Vec<String>>,
    }

    impl crate::fhir::transport::Transport for Answers {
        fn send(
            &self,
            request: crate::fhir::transport::Request,
        ) -> crate::fhir::transport::SendFuture<'_> {
            let (status, body) = self
                .answers
                .iter()
                .find(|(start, _, _)| request.url.starts_with(start))
                .map(|(_, status, body)| (*status, body.clone()))
                .unwrap_or((404, String::new()));
            self.asked.lock().unwrap().push(request.url);
            Box::pin(async move { Ok(crate::fhir::transport::Response { status, body }) })
        }
    }

    fn fetched_with(medication_answer: (u16, serde_json::Value)) -> (MedicineLists, Vec<String>) {
        let requests = serde_json::json!({"resourceType":"Bundle","type":"searchset","entry":[
            {"resource":{"resourceType":"MedicationRequest","id":"a","status":"active",
                "medicationReference":{"reference":"Medication/med-1"},
                "requester":{"reference":"Practitioner/p1"}}},
            {"resource":{"resourceType":"MedicationRequest","id":"b","status":"active",
                "medicationReference":{"reference":"urn:uuid:x/Medication/med-2"}}},
            {"resource":{"resourceType":"MedicationRequest","id":"c","status":"active",
                "medicationReference":{"reference":"Medication/med-1"}}},
            {"resource":{"resourceType":"MedicationRequest","id":"d","status":"active",
                "medicationReference":{"reference":"Medication/med-3"}}},
            {"resource":{"resourceType":"Medication","id":"med-3","code":{"text":"Included"}},
                "search":{"mode":"include"}},
            {"resource":{"resourceType":"Practitioner","id":"p1",
                "qualification":[{"code":{"text":"Huisarts"}}]},"search":{"mode":"include"}}
        ]});
        let transport = std::sync::Arc::new(Answers {
            answers: vec![
                ("MedicationRequest?", 200, requests.to_string()),
                (
                    "Medication?",
                    medication_answer.0,
                    medication_answer.1.to_string(),
                ),
            ],
            asked: Default::default(),
        });
        let client = FhirClient::new(transport.clone());
        let lists = crate::fhir::client::block_on(fetch_medicines(&client, "kid")).unwrap();
        let asked = transport.asked.lock().unwrap().clone();
        (lists, asked)
    }

    #[test]
    fn medicines_named_only_by_a_reference_are_fetched_in_one_request() {
        let products = serde_json::json!({"resourceType":"Bundle","type":"searchset","entry":[
            {"resource":{"resourceType":"Medication","id":"med-1","code":{"coding":[{"display":"Amoxicilline 500 mg"}]}}},
            {"resource":{"resourceType":"Medication","id":"med-2","code":{"text":"Paracetamol 500 mg"}}}
        ]});
        let (lists, asked) = fetched_with((200, products));
        assert_eq!(asked.len(), 2, "{asked:?}");
        assert!(
            asked[1].starts_with("Medication?_id=med-1,med-2&"),
            "one request for the two not included: {}",
            asked[1]
        );
        let named = |id: &str| {
            lists
                .current
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.name.clone())
        };
        assert_eq!(named("a").as_deref(), Some("Amoxicilline 500 mg"));
        assert_eq!(named("b").as_deref(), Some("Paracetamol 500 mg"));
        assert_eq!(named("c").as_deref(), Some("Amoxicilline 500 mg"));
        assert_eq!(named("d").as_deref(), Some("Included"));
        let a = lists.current.iter().find(|m| m.id == "a").unwrap();
        assert_eq!(
            a.specialism.as_deref(),
            Some("Huisarts"),
            "a Practitioner requester"
        );
        assert!(lists.problems.is_empty());
    }

    #[test]
    fn when_the_medicines_cannot_be_fetched_the_list_still_shows_and_says_why() {
        let (lists, _) =
            fetched_with((500, serde_json::json!({"resourceType":"OperationOutcome"})));
        assert_eq!(lists.current.len(), 4);
        assert_eq!(lists.current.iter().filter(|m| m.name == "—").count(), 3);
        assert_eq!(lists.problems.len(), 1);
        assert_eq!(lists.problems[0].resource_type, "Medication");
    }
}
