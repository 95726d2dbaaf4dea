//! `MedicationRequest`: prescriptions, with the prescriber's
//! `PractitionerRole` for the specialism; the medicines page's lists in
//! the submodule.

use super::model::{CodeableConcept, Period, Reference, Resource, parse_date};
use super::observation::{Quantity, Range};
use crate::fhir::json::{FromJson, boolean, count, many, number, object, one, text};
use chrono::NaiveDate;

mod medicines;

pub use medicines::{Medicine, MedicineLists, fetch_medicines, medicines};

/// `Medication`, as far as a prescription names it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Medication {
    /// Logical id (the `#id` of a contained one).
    pub id: Option<String>,
    /// The product.
    pub code: Option<CodeableConcept>,
}

impl FromJson for Medication {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Medication")?;
        Ok(Medication {
            id: text(v, "id")?,
            code: one(v, "code")?,
        })
    }
}

impl Resource for Medication {
    const TYPE: &'static str = "Medication";
}

/// A resource contained in a prescription. Only a `Medication` is read; any
/// other type (a `Provenance`, say) is kept as its type name and never
/// fails the prescription, whatever its shape.
#[derive(Clone, Debug, PartialEq)]
pub enum Contained {
    /// A contained `Medication`.
    Medication(Medication),
    /// Another resource, by `resourceType`.
    Other(String),
}

impl FromJson for Contained {
    fn from_json(value: &serde_json::Value) -> Result<Self, String> {
        match value
            .get("resourceType")
            .and_then(serde_json::Value::as_str)
        {
            Some("Medication") => Medication::from_json(value).map(Contained::Medication),
            other => Ok(Contained::Other(other.unwrap_or("").to_string())),
        }
    }
}

/// `Timing.repeat`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Repeat {
    /// How many times per period.
    pub frequency: Option<u32>,
    /// The period length.
    pub period: Option<f64>,
    /// s, min, h, d, wk, mo, a.
    pub period_unit: Option<String>,
    /// When to take it.
    pub bounds_period: Option<Period>,
    /// For how long, as a duration ("5 d").
    pub bounds_duration: Option<Quantity>,
    /// How long each dose lasts or the course runs.
    pub duration: Option<f64>,
    /// s, min, h, d, wk, mo, a.
    pub duration_unit: Option<String>,
}

impl FromJson for Repeat {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Repeat")?;
        Ok(Repeat {
            frequency: count(v, "frequency")?,
            period: number(v, "period")?,
            period_unit: text(v, "periodUnit")?,
            bounds_period: one(v, "boundsPeriod")?,
            bounds_duration: one(v, "boundsDuration")?,
            duration: number(v, "duration")?,
            duration_unit: text(v, "durationUnit")?,
        })
    }
}

/// `Timing`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timing {
    /// The schedule.
    pub repeat: Option<Repeat>,
}

impl FromJson for Timing {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Timing")?;
        Ok(Timing {
            repeat: one(v, "repeat")?,
        })
    }
}

/// `Dosage.doseAndRate`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DoseAndRate {
    /// One dose.
    pub dose_quantity: Option<Quantity>,
    /// One dose, as "one to two tablets".
    pub dose_range: Option<Range>,
}

impl FromJson for DoseAndRate {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "DoseAndRate")?;
        Ok(DoseAndRate {
            dose_quantity: one(v, "doseQuantity")?,
            dose_range: one(v, "doseRange")?,
        })
    }
}

/// `Dosage`: how to take it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dosage {
    /// The instruction as written ("2x per dag 1 tablet").
    pub text: Option<String>,
    /// The instruction in words for the patient.
    pub patient_instruction: Option<String>,
    /// Take only when needed.
    pub as_needed_boolean: Option<bool>,
    /// Take only when needed, for this ("pijn").
    pub as_needed_codeable_concept: Option<CodeableConcept>,
    /// Oral, …
    pub route: Option<CodeableConcept>,
    /// The schedule.
    pub timing: Option<Timing>,
    /// The dose.
    pub dose_and_rate: Vec<DoseAndRate>,
}

impl FromJson for Dosage {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Dosage")?;
        Ok(Dosage {
            text: text(v, "text")?,
            patient_instruction: text(v, "patientInstruction")?,
            as_needed_boolean: boolean(v, "asNeededBoolean")?,
            as_needed_codeable_concept: one(v, "asNeededCodeableConcept")?,
            route: one(v, "route")?,
            timing: one(v, "timing")?,
            dose_and_rate: many(v, "doseAndRate")?,
        })
    }
}

/// `MedicationRequest.dispenseRequest`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DispenseRequest {
    /// Refills after the first dispense.
    pub number_of_repeats_allowed: Option<u32>,
    /// When the prescription may be dispensed.
    pub validity_period: Option<Period>,
}

impl FromJson for DispenseRequest {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "DispenseRequest")?;
        Ok(DispenseRequest {
            number_of_repeats_allowed: count(v, "numberOfRepeatsAllowed")?,
            validity_period: one(v, "validityPeriod")?,
        })
    }
}

/// `MedicationRequest`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MedicationRequest {
    /// Logical id.
    pub id: Option<String>,
    /// active, on-hold, cancelled, completed, entered-in-error, stopped, draft, unknown.
    pub status: Option<String>,
    /// Why it was stopped or put on hold.
    pub status_reason: Option<CodeableConcept>,
    /// The medicine, coded.
    pub medication_codeable_concept: Option<CodeableConcept>,
    /// The medicine, by reference (often `#id` of a contained one).
    pub medication_reference: Option<Reference>,
    /// Contained resources.
    pub contained: Vec<Contained>,
    /// When it was prescribed.
    pub authored_on: Option<String>,
    /// The prescriber (a `PractitionerRole` in the portal's data).
    pub requester: Option<Reference>,
    /// What it is for.
    pub reason_code: Vec<CodeableConcept>,
    /// How to take it.
    pub dosage_instruction: Vec<Dosage>,
    /// Dispensing and refills.
    pub dispense_request: Option<DispenseRequest>,
}

impl FromJson for MedicationRequest {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "MedicationRequest")?;
        Ok(MedicationRequest {
            id: text(v, "id")?,
            status: text(v, "status")?,
            status_reason: one(v, "statusReason")?,
            medication_codeable_concept: one(v, "medicationCodeableConcept")?,
            medication_reference: one(v, "medicationReference")?,
            contained: many(v, "contained")?,
            authored_on: text(v, "authoredOn")?,
            requester: one(v, "requester")?,
            reason_code: many(v, "reasonCode")?,
            dosage_instruction: many(v, "dosageInstruction")?,
            dispense_request: one(v, "dispenseRequest")?,
        })
    }
}

impl Resource for MedicationRequest {
    const TYPE: &'static str = "MedicationRequest";
}

/// Which list a prescription belongs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Active, on hold, draft or unknown: the current medicines.
    Current,
    /// Stopped, completed or cancelled: the earlier medicines.
    Stopped,
    /// Entered in error: not shown.
    Hidden,
}

impl MedicationRequest {
    /// The medicine's name: the coded medicine's text, else the contained
    /// `Medication` that `medicationReference` `#id` points to, else the
    /// reference's display.
    pub fn medicine_name(&self) -> Option<String> {
        if let Some(name) = self
            .medication_codeable_concept
            .as_ref()
            .and_then(CodeableConcept::label)
        {
            return Some(name.to_string());
        }
        let reference = self.medication_reference.as_ref()?;
        let local = reference
            .reference
            .as_deref()
            .and_then(|r| r.strip_prefix('#'));
        local
            .and_then(|id| {
                self.contained.iter().find_map(|c| match c {
                    Contained::Medication(m) if m.id.as_deref() == Some(id) => {
                        m.code.as_ref()?.label()
                    }
                    _ => None,
                })
            })
            .or(reference.display.as_deref())
            .map(str::to_string)
    }

    /// The medicine's name from the `Medication` its reference points to,
    /// among `products` (included by the server, or fetched).
    pub fn referenced_medicine(&self, products: &[Medication]) -> Option<String> {
        let id = self.medication_reference.as_ref()?.id_of("Medication")?;
        products
            .iter()
            .find(|m| m.id.as_deref() == Some(id))?
            .code
            .as_ref()?
            .label()
            .map(str::to_string)
    }

    /// How to take it: each dosage's text and patient instruction, joined
    /// with "; " (a text repeated word for word is shown once).
    pub fn how_to_take(&self) -> Option<String> {
        let mut parts: Vec<&str> = Vec::new();
        for dosage in &self.dosage_instruction {
            for part in [
                dosage.text.as_deref(),
                dosage.patient_instruction.as_deref(),
            ]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            {
                if !parts.contains(&part) {
                    parts.push(part);
                }
            }
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// The first dose given as a quantity ("1,5 tablet").
    pub fn dose(&self) -> Option<Quantity> {
        self.dosage_instruction
            .iter()
            .flat_map(|d| &d.dose_and_rate)
            .find_map(|d| d.dose_quantity.clone())
    }

    /// Why it was stopped, as written.
    pub fn stop_reason(&self) -> Option<&str> {
        self.status_reason.as_ref()?.label()
    }

    fn bounds(&self) -> impl Iterator<Item = &Period> {
        self.dosage_instruction
            .iter()
            .filter_map(|d| d.timing.as_ref()?.repeat.as_ref()?.bounds_period.as_ref())
    }

    fn validity(&self) -> Option<&Period> {
        self.dispense_request.as_ref()?.validity_period.as_ref()
    }

    /// From when to take it: the first dosage's `boundsPeriod` start, else
    /// the validity period's start, else the prescription date.
    pub fn start(&self) -> Option<NaiveDate> {
        self.bounds()
            .find_map(|p| p.start.as_deref())
            .or_else(|| self.validity()?.start.as_deref())
            .or(self.authored_on.as_deref())
            .and_then(parse_date)
    }

    /// Until when to take it: the first dosage's `boundsPeriod` end, else
    /// the validity period's end (short courses are recorded that way).
    pub fn end(&self) -> Option<NaiveDate> {
        self.bounds()
            .find_map(|p| p.end.as_deref())
            .or_else(|| self.validity()?.end.as_deref())
            .and_then(parse_date)
    }

    /// Whether a refill may be asked for: at least one repeat allowed and
    /// the prescription still active.
    pub fn repeats_allowed(&self) -> bool {
        self.status.as_deref() == Some("active")
            && self
                .dispense_request
                .as_ref()
                .and_then(|d| d.number_of_repeats_allowed)
                .is_some_and(|n| n >= 1)
    }

    /// Which list it belongs on. A missing or unknown status counts as
    /// current: hiding a medicine someone takes is worse.
    pub fn phase(&self) -> Phase {
        match self.status.as_deref() {
            Some("stopped" | "completed" | "cancelled") => Phase::Stopped,
            Some("entered-in-error") => Phase::Hidden,
            _ => Phase::Current,
        }
    }

    /// The prescriber's `PractitionerRole` id.
    pub fn requester_role_id(&self) -> Option<&str> {
        self.requester.as_ref()?.id_of("PractitionerRole")
    }
}

/// `PractitionerRole`: a care provider in a specialism at an organization.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PractitionerRole {
    /// Logical id.
    pub id: Option<String>,
    /// Who.
    pub practitioner: Option<Reference>,
    /// Where.
    pub organization: Option<Reference>,
    /// The specialisms.
    pub specialty: Vec<CodeableConcept>,
    /// The hospital's specialisms (departments) the role works in.
    pub healthcare_service: Vec<Reference>,
}

impl FromJson for PractitionerRole {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "PractitionerRole")?;
        Ok(PractitionerRole {
            id: text(v, "id")?,
            practitioner: one(v, "practitioner")?,
            organization: one(v, "organization")?,
            specialty: many(v, "specialty")?,
            healthcare_service: many(v, "healthcareService")?,
        })
    }
}

impl Resource for PractitionerRole {
    const TYPE: &'static str = "PractitionerRole";
}

impl PractitionerRole {
    /// The first specialism, as written ("Kindergeneeskunde").
    pub fn specialism(&self) -> Option<&str> {
        self.specialty.iter().find_map(CodeableConcept::label)
    }
}

/// The prescriber's specialism, from the roles a search added with
/// `_include=MedicationRequest:requester` (taken with
/// [`Page::take_included`](super::Page::take_included), which names those
/// that cannot be read). `None` when the requester is no `PractitionerRole`
/// or was not included.
pub fn specialism_of(request: &MedicationRequest, roles: &[PractitionerRole]) -> Option<String> {
    prescriber_role(request, roles).and_then(|role| role.specialism().map(str::to_string))
}

/// The prescriber's role among `roles` (from `_include=…:requester`).
pub fn prescriber_role<'a>(
    request: &MedicationRequest,
    roles: &'a [PractitionerRole],
) -> Option<&'a PractitionerRole> {
    let id = request.requester_role_id()?;
    roles.iter().find(|role| role.id.as_deref() == Some(id))
}

/// The department that prescribed: the role's `HealthcareService`, named
/// by the specialism when the reference carries no name.
pub fn prescribing_service(
    request: &MedicationRequest,
    roles: &[PractitionerRole],
) -> Option<Reference> {
    let role = prescriber_role(request, roles)?;
    let mut service = role.healthcare_service.first()?.clone();
    if service.display.is_none() {
        service.display = role.specialism().map(str::to_string);
    }
    Some(service)
}

crate::deserialize_via_json!(
    Contained,
    Medication,
    Repeat,
    Timing,
    DoseAndRate,
    Dosage,
    DispenseRequest,
    MedicationRequest,
    PractitionerRole
);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request(v: serde_json::Value) -> MedicationRequest {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn medicine_name_from_concept_contained_or_display() {
        let coded = request(
            json!({"medicationCodeableConcept":{"text":"Amlodipine tablet 5 mg"},
            "medicationReference":{"display":"ignored"}}),
        );
        assert_eq!(
            coded.medicine_name().as_deref(),
            Some("Amlodipine tablet 5 mg")
        );
        let contained = request(json!({
            "contained":[{"resourceType":"Provenance","id":"med1","target":"odd shape"},
                         {"resourceType":"Medication","id":"med1","code":{"coding":[{"display":"Oxycodon"}]}}],
            "medicationReference":{"reference":"#med1","display":"Fallback"}}));
        assert_eq!(contained.medicine_name().as_deref(), Some("Oxycodon"));
        assert!(matches!(&contained.contained[0], Contained::Other(t) if t == "Provenance"));
        let elsewhere =
            request(json!({"medicationReference":{"reference":"#gone","display":"Paracetamol"}}));
        assert_eq!(elsewhere.medicine_name().as_deref(), Some("Paracetamol"));
        assert_eq!(request(json!({})).medicine_name(), None);
    }

    #[test]
    fn a_malformed_contained_medication_is_an_error() {
        let bad = json!({"contained":[{"resourceType":"Medication","code":"not a concept"}]});
        assert!(serde_json::from_value::<MedicationRequest>(bad).is_err());
    }

    #[test]
    fn repeats_only_for_active_with_at_least_one() {
        let r = |status: &str, repeats: u32| {
            request(json!({"status":status,"dispenseRequest":{"numberOfRepeatsAllowed":repeats}}))
        };
        assert!(r("active", 1).repeats_allowed());
        assert!(!r("active", 0).repeats_allowed());
        assert!(!r("stopped", 3).repeats_allowed());
        assert!(!r("on-hold", 3).repeats_allowed());
        assert!(!request(json!({"status":"active"})).repeats_allowed());
    }

    #[test]
    fn phases() {
        let phase = |status: Option<&str>| request(json!({ "status": status })).phase();
        for s in ["active", "on-hold", "draft", "unknown"] {
            assert_eq!(phase(Some(s)), Phase::Current, "{s}");
        }
        for s in ["stopped", "completed", "cancelled"] {
            assert_eq!(phase(Some(s)), Phase::Stopped, "{s}");
        }
        assert_eq!(phase(Some("entered-in-error")), Phase::Hidden);
        assert_eq!(phase(None), Phase::Current);
    }

    #[test]
    fn dates_dose_and_instructions() {
        let r = request(json!({"status":"stopped","authoredOn":"2024-01-10",
            "statusReason":{"text":"Bijwerkingen"},
            "dispenseRequest":{"validityPeriod":{"start":"2024-01-12","end":"2024-01-19"}},
            "dosageInstruction":[
                {"text":"1x per dag 1 tablet","patientInstruction":"Bij het ontbijt",
                 "doseAndRate":[{"doseRange":{"low":{"value":1}}}]},
                {"text":"1x per dag 1 tablet","timing":{"repeat":{"boundsPeriod":{"start":"2024-02-01"}}},
                 "doseAndRate":[{"doseQuantity":{"value":1.5,"unit":"tablet"}}]}]}));
        assert_eq!(
            r.how_to_take().as_deref(),
            Some("1x per dag 1 tablet; Bij het ontbijt")
        );
        assert_eq!(r.dose().and_then(|q| q.value), Some(1.5));
        assert_eq!(r.stop_reason(), Some("Bijwerkingen"));
        assert_eq!(
            r.start(),
            NaiveDate::from_ymd_opt(2024, 2, 1),
            "bounds first"
        );
        assert_eq!(r.end(), NaiveDate::from_ymd_opt(2024, 1, 19));
        let plain = request(json!({"authoredOn":"2024-01-10"}));
        assert_eq!(plain.start(), NaiveDate::from_ymd_opt(2024, 1, 10));
        assert_eq!(
            (plain.end(), plain.how_to_take(), plain.dose()),
            (None, None, None)
        );
    }

    #[test]
    fn specialism_comes_from_the_included_requester_role() {
        let r = request(json!({"requester":{"reference":"PractitionerRole/role-visser"}}));
        assert_eq!(r.requester_role_id(), Some("role-visser"));
        let role = |v: serde_json::Value| PractitionerRole::from_json(&v).unwrap();
        let included = [
            role(
                json!({"resourceType":"PractitionerRole","id":"role-other","specialty":[{"text":"Cardiologie"}]}),
            ),
            role(json!({"resourceType":"PractitionerRole","id":"role-visser",
                   "specialty":[{"coding":[{"display":"Pediatric specialty"}],"text":"Kindergeneeskunde"}]})),
        ];
        assert_eq!(
            specialism_of(&r, &included).as_deref(),
            Some("Kindergeneeskunde")
        );
        assert_eq!(specialism_of(&r, &included[..1]), None, "not included");
        let practitioner = request(json!({"requester":{"reference":"Practitioner/f007"}}));
        assert_eq!(specialism_of(&practitioner, &included), None);
    }
}
