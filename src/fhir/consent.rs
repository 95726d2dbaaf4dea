//! Who looked at the record (`AuditEvent`) and the patient's objection to
//! the GP viewing the hospital record (`Consent` with a `deny` provision
//! on the GP practice, seed `004`).

use super::model::{OfPatient, Patient, Reference, Resource};
use super::write::{Acting, REQUEST_KEY_SYSTEM};
use super::{FhirClient, FhirError, SearchQuery};
use crate::fhir::json::{FromJson, object, one, text};
use serde_json::{Value, json};

/// `AuditEvent`: one look at (part of) the record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuditEvent {
    /// Logical id.
    pub id: Option<String>,
    /// When.
    pub recorded: Option<String>,
    /// Who looked: the requesting agent, else the first.
    pub who: Option<Reference>,
    /// What was looked at, besides the patient itself.
    pub what: Vec<Reference>,
    /// Through which system (the GP portal, the hospital's record).
    pub source: Option<Reference>,
    /// The patient.
    pub patient: Option<Reference>,
}

impl FromJson for AuditEvent {
    fn from_json(v: &Value) -> Result<Self, String> {
        object(v, "AuditEvent")?;
        let agents = super::json::raw_list(v, "agent");
        let who_of = |a: &Value| one::<Reference>(a, "who").ok().flatten();
        let who = agents
            .iter()
            .find(|a| a.get("requestor").and_then(Value::as_bool) == Some(true))
            .or(agents.first())
            .and_then(who_of);
        let mut what = Vec::new();
        let mut patient = None;
        for entity in super::json::raw_list(v, "entity") {
            let Some(r) = one::<Reference>(&entity, "what")? else {
                continue;
            };
            if r.id_of("Patient").is_some() {
                patient = Some(r);
            } else {
                what.push(r);
            }
        }
        Ok(AuditEvent {
            id: text(v, "id")?,
            recorded: text(v, "recorded")?,
            who,
            what,
            source: v
                .get("source")
                .map(|s| one::<Reference>(s, "observer"))
                .transpose()?
                .flatten(),
            patient,
        })
    }
}

impl Resource for AuditEvent {
    const TYPE: &'static str = "AuditEvent";
}

impl OfPatient for AuditEvent {
    fn patient_ref(&self) -> Option<&Reference> {
        self.patient.as_ref()
    }
}

/// `Consent`, as far as an objection needs it; the JSON is kept for an
/// update.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Consent {
    /// Logical id.
    pub id: Option<String>,
    /// active, inactive, …
    pub status: Option<String>,
    /// When it was made.
    pub date_time: Option<String>,
    /// The patient.
    pub patient: Option<Reference>,
    /// The whole resource as read.
    pub json: Value,
}

impl FromJson for Consent {
    fn from_json(v: &Value) -> Result<Self, String> {
        object(v, "Consent")?;
        Ok(Consent {
            id: text(v, "id")?,
            status: text(v, "status")?,
            date_time: text(v, "dateTime")?,
            patient: one(v, "patient")?,
            json: v.clone(),
        })
    }
}

impl Resource for Consent {
    const TYPE: &'static str = "Consent";
}

impl OfPatient for Consent {
    fn patient_ref(&self) -> Option<&Reference> {
        self.patient.as_ref()
    }
}

impl Consent {
    /// An objection in force against `gp` (`Organization/<id>`) viewing
    /// the record: active, and its provision denies that practice.
    pub fn blocks(&self, gp: &str) -> bool {
        let provision = &self.json["provision"];
        self.status.as_deref() == Some("active")
            && provision["type"] == "deny"
            && provision["actor"].as_array().is_some_and(|actors| {
                actors
                    .iter()
                    .any(|a| a["reference"]["reference"].as_str() == Some(gp))
            })
    }
}

crate::deserialize_via_json!(AuditEvent, Consent);

/// The GP practice and the objection to it viewing the record.
#[derive(Clone, Debug)]
pub struct Objection {
    /// The patient's GP practice (an `Organization`), if known.
    pub gp: Option<Reference>,
    /// The objection in force, if any.
    pub current: Option<Consent>,
}

/// Reads the patient's GP practice and the objection in force against it.
pub async fn objection(client: &FhirClient, patient: &str) -> Result<Objection, FhirError> {
    let record = client.read::<Patient>(patient).await?;
    let gp = record
        .general_practitioner
        .iter()
        .find(|g| g.id_of("Organization").is_some())
        .cloned();
    let consents = client
        .search::<Consent>(
            &SearchQuery::new("Consent")
                .param("patient", patient)
                .count(100),
        )
        .await?;
    let current = gp.as_ref().and_then(|gp| {
        let gp = gp.reference.as_deref().unwrap_or_default();
        consents.items.iter().find(|c| c.blocks(gp)).cloned()
    });
    Ok(Objection { gp, current })
}

/// A new objection against `gp` viewing the record, made by who acts on
/// `today` (a date) at `now` (an instant), created once under `key`.
pub fn gp_objection(acting: &Acting, key: &str, gp: &Reference, today: &str, now: &str) -> Value {
    json!({
        "resourceType": "Consent",
        "identifier": [{"system": REQUEST_KEY_SYSTEM, "value": key}],
        "status": "active",
        "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                              "code": "patient-privacy"}]},
        "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}],
                      "text": "Bezwaar inzage huisarts"}],
        "patient": acting.patient,
        "dateTime": now,
        "performer": [acting.actor],
        "policyRule": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                   "code": "OPTOUT"}]},
        "provision": {
            "type": "deny",
            "period": {"start": today},
            "actor": [{
                "role": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                     "code": "IRCP"}]},
                "reference": gp
            }]
        }
    })
}

/// `stored` withdrawn: inactive, its period ended `today`, and who
/// withdrew it named first among the performers (those before stay).
pub fn withdrawn(acting: &Acting, stored: &Value, today: &str) -> Value {
    let mut consent = stored.clone();
    consent["status"] = json!("inactive");
    if consent["provision"].is_object() {
        consent["provision"]["period"]["end"] = json!(today);
    }
    let mut performers = vec![json!(acting.actor)];
    if let Some(before) = stored["performer"].as_array() {
        performers.extend(
            before
                .iter()
                .filter(|p| p["reference"] != json!(acting.actor.reference))
                .cloned(),
        );
    }
    consent["performer"] = json!(performers);
    consent
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::write::sanne_for_emma;

    #[test]
    fn an_objection_denies_the_gp_practice_and_names_who_made_it() {
        let gp = Reference {
            reference: Some("Organization/org-gp-oudegracht".into()),
            display: Some("Huisartsenpraktijk Oudegracht".into()),
        };
        let body = gp_objection(
            &sanne_for_emma(),
            "k1",
            &gp,
            "2026-11-23",
            "2026-11-23T10:00:00Z",
        );
        assert_eq!(body["patient"]["reference"], "Patient/emma");
        assert_eq!(
            body["performer"][0]["reference"],
            "RelatedPerson/auth-sanne-emma"
        );
        assert_eq!(body["provision"]["type"], "deny");
        assert_eq!(
            body["provision"]["actor"][0]["reference"]["reference"],
            "Organization/org-gp-oudegracht"
        );
        assert_eq!(body["identifier"][0]["value"], "k1");
        let consent: Consent = serde_json::from_value(body.clone()).unwrap();
        assert!(consent.blocks("Organization/org-gp-oudegracht"));
        assert!(!consent.blocks("Organization/other"));
        let off = withdrawn(&sanne_for_emma(), &body, "2026-12-01");
        let off: Consent = serde_json::from_value(off).unwrap();
        assert!(!off.blocks("Organization/org-gp-oudegracht"));
        assert_eq!(off.json["provision"]["period"]["end"], "2026-12-01");
    }

    #[test]
    fn withdrawing_names_who_withdrew_and_keeps_who_objected() {
        let stored = json!({"resourceType":"Consent","id":"c","status":"active",
            "patient":{"reference":"Patient/emma"},
            "performer":[{"reference":"Patient/emma","display":"Emma de Vries"}],
            "provision":{"type":"deny","period":{"start":"2025-06-10"}}});
        let off = withdrawn(&sanne_for_emma(), &stored, "2026-11-23");
        assert_eq!(off["status"], "inactive");
        assert_eq!(off["id"], "c");
        assert_eq!(
            off["performer"][0]["reference"],
            "RelatedPerson/auth-sanne-emma"
        );
        assert_eq!(off["performer"][1]["reference"], "Patient/emma");
        assert_eq!(off["provision"]["period"]["start"], "2025-06-10");
    }

    #[test]
    fn an_audit_event_names_who_looked_at_what() {
        let e: AuditEvent = serde_json::from_value(json!({"resourceType":"AuditEvent","id":"a",
            "recorded":"2025-02-17T08:35:00+01:00",
            "agent":[{"who":{"display":"Systeem"}},{"who":{"display":"Dr. G. Hendriks (huisarts)"},"requestor":true}],
            "source":{"observer":{"display":"Huisartsenportaal"}},
            "entity":[{"what":{"reference":"Patient/emma","display":"Emma de Vries"}},
                      {"what":{"reference":"DocumentReference/l3","display":"Brief: jaarcontrole"}}]}))
        .unwrap();
        assert_eq!(
            e.who.and_then(|w| w.display).as_deref(),
            Some("Dr. G. Hendriks (huisarts)")
        );
        assert_eq!(e.what.len(), 1);
        assert_eq!(e.what[0].display.as_deref(), Some("Brief: jaarcontrole"));
        assert_eq!(
            e.patient.and_then(|p| p.reference).as_deref(),
            Some("Patient/emma")
        );
        assert_eq!(
            e.source.and_then(|s| s.display).as_deref(),
            Some("Huisartsenportaal")
        );
    }
}
