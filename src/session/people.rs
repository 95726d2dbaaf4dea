//! Who the signed-in person is and whom they may act for, resolved through
//! FHIR: their own `Patient` (by BSN) and every `RelatedPerson` naming them.

use crate::access::{Decision, decide};
use crate::fhir::bundle::decode_resource;
use crate::fhir::model::{BSN_SYSTEM, Patient, RelatedPerson};
use crate::fhir::{FhirClient, FhirError, SearchQuery};
use chrono::NaiveDate;

/// A patient in the header bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The patient's FHIR id (part of the URL).
    pub patient_id: String,
    /// Name as recorded; `None` when the record has none.
    pub name: Option<String>,
    /// Birth date, for the age rules.
    pub birth: Option<NaiveDate>,
    /// How the signed-in person relates ("Moeder"), as recorded.
    pub relationship: Option<String>,
    /// The access decision for a representative.
    pub decision: Decision,
    /// The `RelatedPerson` that grants it: the sender of everything the
    /// representative sends for this patient.
    pub authorization: Option<String>,
}

/// The signed-in person's own record and the people they represent.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct People {
    /// Their own patient record, if they are a patient here.
    pub own: Option<(String, Option<String>, Option<NaiveDate>)>,
    /// The representative's name as the authorizations record it.
    pub name_in_authorizations: Option<String>,
    /// Everyone they hold an authorization for, oldest first.
    pub represented: Vec<Person>,
}

/// Combines the search results into [`People`]. Pure, tested natively.
pub fn combine(
    own: Option<Patient>,
    authorizations: Vec<RelatedPerson>,
    patients: Vec<Patient>,
    today: NaiveDate,
) -> People {
    let mut represented: Vec<Person> = Vec::new();
    let mut name_in_authorizations = None;
    for rp in authorizations {
        let Some(patient_id) = rp.patient_id().map(str::to_string) else {
            continue;
        };
        let Some(auth) = rp.authorization() else {
            continue;
        };
        if name_in_authorizations.is_none() {
            name_in_authorizations = crate::fhir::model::display_name(&rp.name);
        }
        let patient = patients
            .iter()
            .find(|p| p.id.as_deref() == Some(patient_id.as_str()));
        let birth = patient.and_then(Patient::birth);
        let person = Person {
            name: patient
                .and_then(Patient::display_name)
                .or_else(|| rp.patient.display.clone()),
            birth,
            relationship: rp.relationship_label().map(str::to_string),
            decision: decide(&auth, birth, today),
            authorization: rp.id.clone(),
            patient_id,
        };
        // Several authorizations for one patient: an allowed one wins.
        match represented
            .iter_mut()
            .find(|p| p.patient_id == person.patient_id)
        {
            Some(existing) if !existing.decision.is_allowed() && person.decision.is_allowed() => {
                *existing = person
            }
            Some(_) => {}
            None => represented.push(person),
        }
    }
    let own = own.and_then(|p| Some((p.id.clone()?, p.display_name(), p.birth())));
    represented.retain(|p| own.as_ref().is_none_or(|(id, _, _)| *id != p.patient_id));
    represented.sort_by(|a, b| a.birth.cmp(&b.birth).then_with(|| a.name.cmp(&b.name)));
    People {
        own,
        name_in_authorizations,
        represented,
    }
}

/// Looks up the person with `bsn` on the server.
pub async fn resolve(
    client: &FhirClient,
    bsn: &str,
    today: NaiveDate,
) -> Result<People, FhirError> {
    let identifier = format!("{BSN_SYSTEM}|{bsn}");
    let own = client
        .search::<Patient>(&SearchQuery::new("Patient").param("identifier", identifier.clone()))
        .await?
        .items
        .into_iter()
        .next();
    let page = client
        .search::<RelatedPerson>(
            &SearchQuery::new("RelatedPerson")
                .param("identifier", identifier)
                .param("_include", "RelatedPerson:patient")
                .count(100),
        )
        .await?;
    let patients = page
        .included
        .iter()
        .filter_map(|v| decode_resource::<Patient>(v).ok())
        .collect();
    Ok(combine(own, page.items, patients, today))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::{Denial, EndReason};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn patient(id: &str, name: &str, birth: &str) -> Patient {
        serde_json::from_value(serde_json::json!({"resourceType":"Patient","id":id,"name":[{"text":name}],"birthDate":birth})).unwrap()
    }

    fn auth(id: &str, patient: &str, extra: serde_json::Value) -> RelatedPerson {
        let mut v = serde_json::json!({"resourceType":"RelatedPerson","id":id,"patient":{"reference":format!("Patient/{patient}"),"display":"Shown"},
            "name":[{"text":"Sanne de Vries"}],
            "relationship":[{"coding":[{"system":"https://portal.example.org/fhir/CodeSystem/authorization-role","code":"parent"}],"text":"Moeder"}]});
        if let (Some(map), Some(extra)) = (v.as_object_mut(), extra.as_object()) {
            map.extend(extra.clone());
        }
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn representations_are_decided_sorted_and_merged() {
        let today = d(2026, 11, 23);
        let people = combine(
            Some(patient("sanne", "Sanne de Vries", "1985-04-02")),
            vec![
                auth("a1", "noah", serde_json::json!({})),
                auth(
                    "a2",
                    "lucas",
                    serde_json::json!({"extension":[{"url":"https://portal.example.org/fhir/StructureDefinition/child-signed","valueBoolean":true}]}),
                ),
                auth("a3", "noah", serde_json::json!({"active": false})),
                auth("a4", "gone", serde_json::json!({})),
            ],
            vec![
                patient("noah", "Noah de Vries", "2018-03-10"),
                patient("lucas", "Lucas de Vries", "2010-11-03"),
            ],
            today,
        );
        assert_eq!(people.own.as_ref().map(|o| o.0.as_str()), Some("sanne"));
        assert_eq!(
            people.name_in_authorizations.as_deref(),
            Some("Sanne de Vries")
        );
        let ids: Vec<&str> = people
            .represented
            .iter()
            .map(|p| p.patient_id.as_str())
            .collect();
        // Unknown birth date sorts first; Lucas (2010) before Noah (2018).
        assert_eq!(ids, vec!["gone", "lucas", "noah"]);
        assert!(
            people.represented[2].decision.is_allowed(),
            "the active authorization wins"
        );
        assert_eq!(
            people.represented[1].decision,
            Decision::Denied(Denial::Ended(crate::access::Ending {
                on: d(2026, 11, 3),
                reason: EndReason::SixteenthBirthday
            }))
        );
        // No patient record came with it: the reference's display names it, and without
        // a birth date a parent's access is refused.
        assert_eq!(people.represented[0].name.as_deref(), Some("Shown"));
        assert!(!people.represented[0].decision.is_allowed());
    }
}
