//! The agenda: `Appointment` and the places and specialisms it names
//! (`Location`, `HealthcareService`, `Organization`); the agenda as the
//! page shows it in the submodule.

use super::bundle::Page;
use super::json::{FromJson, count, many, object, one, text};
use super::model::{Address, CodeableConcept, ContactPoint, OfPatient, Reference, Resource};
use chrono::NaiveDateTime;

mod entries;

pub use entries::{Entry, agenda, fetch_appointments};

/// `Appointment`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Appointment {
    /// Logical id.
    pub id: Option<String>,
    /// proposed, pending, booked, arrived, fulfilled, cancelled, noshow, …
    pub status: Option<String>,
    /// What it is for.
    pub description: Option<String>,
    /// Start instant.
    pub start: Option<String>,
    /// End instant.
    pub end: Option<String>,
    /// Length in minutes when no end is given.
    pub minutes_duration: Option<u32>,
    /// The specialism.
    pub specialty: Vec<CodeableConcept>,
    /// Patient, practitioner, location, service.
    pub participant: Vec<Participant>,
}

impl FromJson for Appointment {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Appointment")?;
        Ok(Appointment {
            id: text(v, "id")?,
            status: text(v, "status")?,
            description: text(v, "description")?,
            start: text(v, "start")?,
            end: text(v, "end")?,
            minutes_duration: count(v, "minutesDuration")?,
            specialty: many(v, "specialty")?,
            participant: many(v, "participant")?,
        })
    }
}

/// `Appointment.participant`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Participant {
    /// Who or where.
    pub actor: Option<Reference>,
    /// accepted, declined, tentative, needs-action.
    pub status: Option<String>,
}

impl FromJson for Participant {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Participant")?;
        Ok(Participant {
            actor: one(v, "actor")?,
            status: text(v, "status")?,
        })
    }
}

impl Resource for Appointment {
    const TYPE: &'static str = "Appointment";
}

impl OfPatient for Appointment {
    fn patient_ref(&self) -> Option<&Reference> {
        self.actor("Patient")
    }
}

/// Where an appointment stands, as the agenda says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// A care provider asked for it; not yet agreed with the patient.
    Proposed,
    /// Being arranged, not final.
    Pending,
    /// Planned.
    Booked,
    /// The patient has arrived.
    Arrived,
    /// Took place.
    Fulfilled,
    /// Cancelled.
    Cancelled,
    /// The patient did not come.
    NoShow,
    /// On a waiting list.
    Waitlist,
}

/// The start or end as the hospital wrote it (its wall-clock time).
pub fn local_time(instant: &str) -> Option<NaiveDateTime> {
    super::model::parse_instant(instant).map(|(local, _)| local)
}

/// The moment in UTC (the wall-clock time when the text has no zone).
pub fn utc_time(instant: &str) -> Option<NaiveDateTime> {
    super::model::parse_instant(instant).map(|(local, utc)| utc.unwrap_or(local))
}

impl Appointment {
    /// The first participant that is a `kind` (Patient, Location, …).
    pub fn actor(&self, kind: &str) -> Option<&Reference> {
        self.participant
            .iter()
            .filter_map(|p| p.actor.as_ref())
            .find(|a| a.id_of(kind).is_some())
    }

    /// Its standing; `None` for one entered in error (not shown) or an
    /// unknown status.
    pub fn standing(&self) -> Option<Standing> {
        let patient_asked = self.participant.iter().any(|p| {
            p.actor
                .as_ref()
                .is_some_and(|a| a.id_of("Patient").is_some())
                && p.status.as_deref() == Some("needs-action")
        });
        Some(match self.status.as_deref()? {
            "proposed" => Standing::Proposed,
            "pending" | "booked" if patient_asked => Standing::Proposed,
            "pending" => Standing::Pending,
            "booked" => Standing::Booked,
            "arrived" | "checked-in" => Standing::Arrived,
            "fulfilled" => Standing::Fulfilled,
            "cancelled" => Standing::Cancelled,
            "noshow" => Standing::NoShow,
            "waitlist" => Standing::Waitlist,
            _ => return None,
        })
    }

    /// Start in the hospital's time.
    pub fn start_time(&self) -> Option<NaiveDateTime> {
        self.start.as_deref().and_then(local_time)
    }

    /// Whether it is still to come at `now` (UTC): it ends after now;
    /// without an end the start counts.
    pub fn upcoming(&self, now: NaiveDateTime) -> bool {
        let at = |s: &Option<String>| s.as_deref().and_then(utc_time);
        match at(&self.end).or_else(|| at(&self.start)) {
            Some(t) => t >= now,
            None => false,
        }
    }
}

/// `Location`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Location {
    /// Logical id.
    pub id: Option<String>,
    /// Name ("Polikliniek A (route 12), Ziekenhuis De Linde").
    pub name: Option<String>,
    /// Address.
    pub address: Option<Address>,
    /// Phone.
    pub telecom: Vec<ContactPoint>,
    /// The organization it belongs to.
    pub managing_organization: Option<Reference>,
}

impl FromJson for Location {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Location")?;
        Ok(Location {
            id: text(v, "id")?,
            name: text(v, "name")?,
            address: one(v, "address")?,
            telecom: many(v, "telecom")?,
            managing_organization: one(v, "managingOrganization")?,
        })
    }
}

impl Resource for Location {
    const TYPE: &'static str = "Location";
}

/// `HealthcareService`: a specialism of the hospital.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HealthcareService {
    /// Logical id.
    pub id: Option<String>,
    /// Name ("Kinderdermatologie").
    pub name: Option<String>,
    /// The organization that provides it.
    pub provided_by: Option<Reference>,
    /// Phone.
    pub telecom: Vec<ContactPoint>,
}

impl FromJson for HealthcareService {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "HealthcareService")?;
        Ok(HealthcareService {
            id: text(v, "id")?,
            name: text(v, "name")?,
            provided_by: one(v, "providedBy")?,
            telecom: many(v, "telecom")?,
        })
    }
}

impl Resource for HealthcareService {
    const TYPE: &'static str = "HealthcareService";
}

/// `Organization`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Organization {
    /// Logical id.
    pub id: Option<String>,
    /// Name.
    pub name: Option<String>,
    /// What kind (a hospital, a department, …).
    pub kind: Vec<CodeableConcept>,
    /// Phone and e-mail.
    pub telecom: Vec<ContactPoint>,
    /// Address.
    pub address: Vec<Address>,
}

impl FromJson for Organization {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Organization")?;
        Ok(Organization {
            id: text(v, "id")?,
            name: text(v, "name")?,
            kind: many(v, "type")?,
            telecom: many(v, "telecom")?,
            address: many(v, "address")?,
        })
    }
}

impl Resource for Organization {
    const TYPE: &'static str = "Organization";
}

/// The first phone number among `telecom`.
pub fn phone(telecom: &[ContactPoint]) -> Option<&str> {
    telecom
        .iter()
        .find(|t| t.system.as_deref() == Some("phone"))
        .and_then(|t| t.value.as_deref())
}

/// The places and specialisms a page of appointments names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Places {
    /// Locations.
    pub locations: Vec<Location>,
    /// Specialisms.
    pub services: Vec<HealthcareService>,
}

impl Places {
    /// Takes the places a search page included; those that cannot be read
    /// are named among the page's problems ([`Page::take_included`]).
    pub fn take_from<T>(page: &mut Page<T>) -> Self {
        Places {
            locations: page.take_included(),
            services: page.take_included(),
        }
    }

    /// The location an appointment names.
    pub fn location(&self, a: &Appointment) -> Option<&Location> {
        let id = a.actor("Location")?.id_of("Location")?;
        self.locations.iter().find(|l| l.id.as_deref() == Some(id))
    }

    /// The specialism an appointment names.
    pub fn service(&self, a: &Appointment) -> Option<&HealthcareService> {
        let id = a.actor("HealthcareService")?.id_of("HealthcareService")?;
        self.services.iter().find(|s| s.id.as_deref() == Some(id))
    }

    /// The organizations an appointment takes place at (by id).
    pub fn organizations(&self, a: &Appointment) -> Vec<&str> {
        let from_location = self
            .location(a)
            .and_then(|l| l.managing_organization.as_ref());
        let from_service = self.service(a).and_then(|s| s.provided_by.as_ref());
        from_location
            .into_iter()
            .chain(from_service)
            .filter_map(|r| r.id_of("Organization"))
            .collect()
    }
}

crate::deserialize_via_json!(
    Appointment,
    Participant,
    Location,
    HealthcareService,
    Organization
);

#[cfg(test)]
mod tests {
    use super::*;

    fn appointment(json: serde_json::Value) -> Appointment {
        Appointment::from_json(&json).unwrap()
    }

    #[test]
    fn standing_says_when_the_patient_was_not_asked_yet() {
        let a = |status: &str, patient: &str| {
            appointment(serde_json::json!({"status": status, "participant": [
                {"actor": {"reference": "Patient/emma"}, "status": patient},
                {"actor": {"reference": "Practitioner/p"}, "status": "accepted"}]}))
            .standing()
        };
        assert_eq!(a("proposed", "needs-action"), Some(Standing::Proposed));
        assert_eq!(a("booked", "needs-action"), Some(Standing::Proposed));
        assert_eq!(a("booked", "accepted"), Some(Standing::Booked));
        assert_eq!(a("pending", "accepted"), Some(Standing::Pending));
        assert_eq!(a("entered-in-error", "accepted"), None);
    }

    #[test]
    fn times_are_the_hospitals_and_upcoming_counts_until_the_end() {
        let a = appointment(serde_json::json!({"start": "2026-12-01T16:15:00+01:00",
            "end": "2026-12-01T16:45:00+01:00"}));
        assert_eq!(
            a.start_time().map(|t| t.to_string()).as_deref(),
            Some("2026-12-01 16:15:00")
        );
        let during = utc_time("2026-12-01T15:30:00Z").unwrap();
        let after = utc_time("2026-12-01T15:46:00Z").unwrap();
        assert!(a.upcoming(during));
        assert!(!a.upcoming(after));
        assert!(!appointment(serde_json::json!({"start": "soon"})).upcoming(during));
    }

    #[test]
    fn organizations_come_from_the_location_and_the_specialism() {
        let bundle = serde_json::json!({"resourceType":"Bundle","entry":[
            {"resource":{"resourceType":"Location","id":"loc","managingOrganization":{"reference":"Organization/org-kocz"}},
                "search":{"mode":"include"}},
            {"resource":{"resourceType":"HealthcareService","id":"svc","providedBy":{"reference":"Organization/org-linde"}},
                "search":{"mode":"include"}},
            {"resource":{"resourceType":"HealthcareService","id":"bad","telecom":"not a list"},
                "search":{"mode":"include"}}
        ]});
        let mut page =
            super::super::bundle::decode_page::<Appointment>(&bundle.to_string()).unwrap();
        let places = Places::take_from(&mut page);
        assert_eq!(places.services.len(), 1);
        assert_eq!(page.problems.len(), 1, "the unreadable specialism is named");
        assert_eq!(page.problems[0].id.as_deref(), Some("bad"));
        let a = appointment(serde_json::json!({"participant": [
            {"actor": {"reference": "Location/loc"}}, {"actor": {"reference": "HealthcareService/svc"}}]}));
        assert_eq!(places.organizations(&a), ["org-kocz", "org-linde"]);
        assert_eq!(
            places.organizations(&Appointment::default()),
            Vec::<&str>::new()
        );
    }
}
