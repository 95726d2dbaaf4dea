//! The medicines page's two lists: in use and stopped, each newest first.

use super::{MedicationRequest, Phase, PractitionerRole, specialism_of};
use crate::fhir::observation::Quantity;
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
/// first; requests entered in error are left out. A prescriber's role that
/// cannot be read is named among the problems.
pub fn medicines(mut page: Page<MedicationRequest>) -> MedicineLists {
    let roles = page.take_included::<PractitionerRole>();
    let (mut current, mut stopped) = (Vec::new(), Vec::new());
    for (n, request) in page.items.iter().enumerate() {
        let medicine = Medicine {
            id: request
                .id
                .clone()
                .unwrap_or_else(|| format!("medicine-{n}")),
            name: request.medicine_name().unwrap_or_else(|| "—".into()),
            start: request.start(),
            end: request.end(),
            specialism: specialism_of(request, &roles),
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

/// Every prescription of `patient` with its prescriber's role, as the two
/// lists.
pub async fn fetch_medicines(
    client: &FhirClient,
    patient: &str,
) -> Result<MedicineLists, FhirError> {
    let q = SearchQuery::new("MedicationRequest")
        .param("patient", patient)
        .param("_include", "MedicationRequest:requester")
        .count(200);
    Ok(medicines(client.search::<MedicationRequest>(&q).await?))
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
        } = medicines(page);
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
}
