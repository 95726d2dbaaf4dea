//! Who the signed-in person is and whom they may act for, resolved through
//! FHIR: their own `Patient` (by BSN) and every `RelatedPerson` naming them.

use crate::access::{Decision, Denial, decide};
use crate::fhir::bundle::add_problems;
use crate::fhir::model::{BSN_SYSTEM, Patient, RelatedPerson, Resource};
use crate::fhir::{FhirClient, FhirError, Problem, SearchQuery};
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
    /// The patient's record came but could not be read: the name is the
    /// authorization's, the birth date unknown, so the age rules cannot
    /// allow a parent's access. Named in [`People::problems`] too.
    pub unreadable: bool,
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
    /// Records that could not be read while finding them (their own
    /// record, an authorization, a represented person's record): shown on
    /// Home, so nobody leaves the bar without a word.
    pub problems: Vec<Problem>,
}

/// Combines the search results into [`People`], with the records that
/// could not be read (`problems`). Pure, tested natively.
pub fn combine(
    own: Option<Patient>,
    authorizations: Vec<RelatedPerson>,
    patients: Vec<Patient>,
    problems: Vec<Problem>,
    today: NaiveDate,
) -> People {
    let unreadable = |id: &str| {
        problems
            .iter()
            .any(|p| p.resource_type == Patient::TYPE && p.id.as_deref() == Some(id))
    };
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
        let unreadable = patient.is_none() && unreadable(&patient_id);
        let person = Person {
            name: patient
                .and_then(Patient::display_name)
                .or_else(|| rp.patient.display.clone()),
            birth,
            relationship: rp.relationship_label().map(str::to_string),
            decision: if unreadable {
                Decision::Denied(Denial::Unreadable)
            } else {
                decide(&auth, birth, today)
            },
            authorization: rp.id.clone(),
            unreadable,
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
    crate::sort::sort_by(&mut represented, |a, b| {
        a.birth.cmp(&b.birth).then_with(|| a.name.cmp(&b.name))
    });
    People {
        own,
        name_in_authorizations,
        represented,
        problems,
    }
}

/// Who signed in, as the sign-in names them.
pub enum Who {
    /// The demo persona's BSN.
    Bsn(String),
    /// The provider's `fhirUser`: `Patient` or `RelatedPerson`, and the id.
    FhirUser(String, String),
}

/// A lookup of the signed-in person, on its way.
pub type Lookup = std::pin::Pin<Box<dyn Future<Output = Result<People, FhirError>>>>;

/// Finds who signed in and whom they may act for. The code comes with the
/// portal's own chunk (fetched while the sign-in form shows): nobody needs
/// it before signing in.
pub async fn look_up(client: FhirClient, who: Who, today: NaiveDate) -> Result<People, FhirError> {
    let find = crate::sections::load_people()
        .await
        .map_err(|_| FhirError::Network("the portal's code could not be fetched".into()))?;
    find(client, who, today).await
}

/// [`look_up`] once the code is here.
pub fn find(client: FhirClient, who: Who, today: NaiveDate) -> Lookup {
    Box::pin(async move {
        let bsn = match who {
            Who::Bsn(bsn) => Some(bsn),
            Who::FhirUser(kind, id) if kind == "Patient" => {
                client.read::<Patient>(&id).await?.bsn().map(str::to_string)
            }
            Who::FhirUser(_, id) => client
                .read::<RelatedPerson>(&id)
                .await?
                .bsn()
                .map(str::to_string),
        }
        .ok_or_else(|| FhirError::Malformed("the signed-in person has no BSN".into()))?;
        resolve(&client, &bsn, today).await
    })
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
        .await?;
    let mut page = client
        .search::<RelatedPerson>(
            &SearchQuery::new("RelatedPerson")
                .param("identifier", identifier)
                .param("_include", "RelatedPerson:patient")
                .count(100),
        )
        .await?;
    let patients = page.take_included::<Patient>();
    let mut problems = own.problems;
    add_problems(&mut problems, page.problems);
    Ok(combine(
        own.items.into_iter().next(),
        page.items,
        patients,
        problems,
        today,
    ))
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
            Vec::new(),
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

    /// The demo server as a transport, answering at once.
    struct Served(std::sync::Mutex<crate::demo::server::DemoServer>);

    impl crate::fhir::transport::Transport for Served {
        fn send(
            &self,
            request: crate::fhir::transport::Request,
        ) -> crate::fhir::transport::SendFuture<'_> {
            let answer = self
                .0
                .lock()
                .map(|mut s| s.handle(&request))
                .map_err(|_| FhirError::Server(500));
            Box::pin(async move { answer })
        }
    }

    fn resolve_with(bundle: serde_json::Value, bsn: &str) -> People {
        use std::task::{Context, Poll, Waker};
        let today = d(2026, 11, 23);
        let mut server = crate::demo::server::DemoServer::new(today);
        server.load(bundle);
        server.set_viewer(Some(bsn.into()));
        let client = FhirClient::new(std::sync::Arc::new(Served(std::sync::Mutex::new(server))));
        let mut future = std::pin::pin!(resolve(&client, bsn, today));
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            if let Poll::Ready(people) = future.as_mut().poll(&mut cx) {
                return people.unwrap();
            }
        }
    }

    #[test]
    fn a_represented_person_whose_record_cannot_be_read_stays_listed_and_is_named() {
        let bsn = |b: &str| serde_json::json!([{"system": BSN_SYSTEM, "value": b}]);
        let parent = serde_json::json!([{"coding":[{"system":"https://portal.example.org/fhir/CodeSystem/authorization-role","code":"parent"}]}]);
        let people = resolve_with(
            serde_json::json!({"resourceType":"Bundle","entry":[
                {"resource":{"resourceType":"Patient","id":"mum","identifier":bsn("111"),"birthDate":"1985-03-01","name":[{"text":"Mum"}]}},
                {"resource":{"resourceType":"Patient","id":"kid","identifier":bsn("222"),"birthDate":"2018-05-05","name":"not a list"}},
                {"resource":{"resourceType":"Patient","id":"baby","identifier":bsn("444"),"birthDate":"2025-05-05","name":[{"text":"Baby"}]}},
                {"resource":{"resourceType":"RelatedPerson","id":"a1","identifier":bsn("111"),"relationship":parent,
                    "patient":{"reference":"Patient/kid","display":"Kid de Vries"}}},
                {"resource":{"resourceType":"RelatedPerson","id":"a2","identifier":bsn("111"),"relationship":parent,
                    "patient":{"reference":"Patient/baby"}}},
                {"resource":{"resourceType":"RelatedPerson","id":"a3","identifier":bsn("111"),"relationship":"broken",
                    "patient":{"reference":"Patient/other"}}}
            ]}),
            "111",
        );
        assert_eq!(people.own.as_ref().map(|o| o.0.as_str()), Some("mum"));
        // The child whose record cannot be read is still in the bar, under
        // the authorization's name, marked, and refused (no birth date).
        let kid = people
            .represented
            .iter()
            .find(|p| p.patient_id == "kid")
            .expect("still listed");
        assert!(kid.unreadable);
        assert_eq!(kid.name.as_deref(), Some("Kid de Vries"));
        assert!(!kid.decision.is_allowed());
        let baby = people.represented.iter().find(|p| p.patient_id == "baby");
        assert!(baby.is_some_and(|b| !b.unreadable && b.decision.is_allowed()));
        // Both the record and the unreadable authorization are named.
        let named: Vec<(&str, Option<&str>)> = people
            .problems
            .iter()
            .map(|p| (p.resource_type.as_str(), p.id.as_deref()))
            .collect();
        assert_eq!(
            named,
            [("RelatedPerson", Some("a3")), ("Patient", Some("kid"))]
        );
    }

    #[test]
    fn an_own_record_that_cannot_be_read_is_named() {
        let bsn = serde_json::json!([{"system": BSN_SYSTEM, "value": "111"}]);
        let people = resolve_with(
            serde_json::json!({"resourceType":"Patient","id":"mum","identifier":bsn,"birthDate":19850301}),
            "111",
        );
        assert_eq!(people.own, None);
        assert_eq!(people.problems.len(), 1);
        assert_eq!(people.problems[0].id.as_deref(), Some("mum"));
    }
}
