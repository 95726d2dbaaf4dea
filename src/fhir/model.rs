//! The subset of FHIR R4 the portal shows, as hand-written serde types.
//!
//! Every field a server may omit is optional; unknown fields and extensions
//! the portal does not read are ignored.

use crate::fhir::json::{FromJson, boolean, many, object, one, text};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// The portal's own extension and code-system base.
pub const PORTAL_BASE: &str = "https://portal.example.org/fhir/";
/// The Dutch citizen service number (BSN) identifier system.
pub const BSN_SYSTEM: &str = "http://fhir.nl/fhir/NamingSystem/bsn";

/// A FHIR resource type the client can read and search.
pub trait Resource: super::json::FromJson {
    /// The `resourceType`, e.g. `"Patient"`.
    const TYPE: &'static str;
}

/// A resource in one patient's record.
pub trait OfPatient: Resource {
    /// Whose record it is in (`subject` or `patient`).
    fn patient_ref(&self) -> Option<&Reference>;
}

/// `Reference`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Reference {
    /// `Type/id`, or an absolute URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Text for people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

impl Reference {
    /// A reference to `Type/id`.
    pub fn to(kind: &str, id: &str) -> Self {
        Self {
            reference: Some(format!("{kind}/{id}")),
            display: None,
        }
    }

    /// The id when this references a resource of `kind` (relative or absolute URL).
    pub fn id_of(&self, kind: &str) -> Option<&str> {
        let reference = self.reference.as_deref()?;
        let segments: Vec<&str> = reference.split('/').collect();
        let n = segments.len();
        let (ty, id) = match n {
            _ if n >= 4 && segments[n - 2] == "_history" => (segments[n - 4], segments[n - 3]),
            _ if n >= 2 => (segments[n - 2], segments[n - 1]),
            _ => return None,
        };
        (ty == kind && !id.is_empty()).then_some(id)
    }
}

impl FromJson for Reference {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Reference")?;
        Ok(Reference {
            reference: text(v, "reference")?,
            display: text(v, "display")?,
        })
    }
}

/// `Coding`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Coding {
    /// Code system URI.
    pub system: Option<String>,
    /// The code.
    pub code: Option<String>,
    /// Text for people.
    pub display: Option<String>,
}

impl FromJson for Coding {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Coding")?;
        Ok(Coding {
            system: text(v, "system")?,
            code: text(v, "code")?,
            display: text(v, "display")?,
        })
    }
}

/// `CodeableConcept`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CodeableConcept {
    /// Codes.
    pub coding: Vec<Coding>,
    /// Text for people.
    pub text: Option<String>,
}

impl FromJson for CodeableConcept {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "CodeableConcept")?;
        Ok(CodeableConcept {
            coding: many(v, "coding")?,
            text: text(v, "text")?,
        })
    }
}

impl FromJson for Period {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Period")?;
        Ok(Period {
            start: text(v, "start")?,
            end: text(v, "end")?,
        })
    }
}

impl FromJson for Note {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Annotation")?;
        Ok(Note {
            text: text(v, "text")?,
        })
    }
}

crate::deserialize_via_json!(Reference, Coding, CodeableConcept, Period, Note);

impl CodeableConcept {
    /// The code in `system`, if any.
    pub fn code_in(&self, system: &str) -> Option<&str> {
        self.coding
            .iter()
            .find(|c| c.system.as_deref() == Some(system))
            .and_then(|c| c.code.as_deref())
    }

    /// The best text for people: `text`, else the first display.
    pub fn label(&self) -> Option<&str> {
        self.text
            .as_deref()
            .or_else(|| self.coding.iter().find_map(|c| c.display.as_deref()))
    }
}

/// `Identifier`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Identifier {
    /// Namespace URI.
    pub system: Option<String>,
    /// The value.
    pub value: Option<String>,
}

impl FromJson for Identifier {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Identifier")?;
        Ok(Identifier {
            system: text(v, "system")?,
            value: text(v, "value")?,
        })
    }
}

/// `Period`; dates kept as written (date or dateTime).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Period {
    /// Start, inclusive.
    pub start: Option<String>,
    /// End, inclusive.
    pub end: Option<String>,
}

/// `Annotation`, as far as shown: a note from the care provider.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Note {
    /// The note as written.
    pub text: Option<String>,
}

/// `HumanName`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HumanName {
    /// usual, official, nickname, …
    pub use_: Option<String>,
    /// The full name as written.
    pub text: Option<String>,
    /// Family name (including voorvoegsels such as "de").
    pub family: Option<String>,
    /// Given names.
    pub given: Vec<String>,
    /// Prefixes such as titles.
    pub prefix: Vec<String>,
}

impl FromJson for HumanName {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "HumanName")?;
        Ok(HumanName {
            use_: text(v, "use")?,
            text: text(v, "text")?,
            family: text(v, "family")?,
            given: many(v, "given")?,
            prefix: many(v, "prefix")?,
        })
    }
}

/// The name to show for a list of names: the `official` one (a `usual`
/// name may be a bare nickname such as "Jim", too little to tell whose record
/// this is), else `usual`, else the first; its `text`, else given + family.
pub fn display_name(names: &[HumanName]) -> Option<String> {
    let pick = names
        .iter()
        .find(|n| n.use_.as_deref() == Some("official"))
        .or_else(|| names.iter().find(|n| n.use_.as_deref() == Some("usual")))
        .or_else(|| names.first())?;
    if let Some(text) = pick
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        return Some(text.to_string());
    }
    let joined = pick
        .given
        .iter()
        .map(String::as_str)
        .chain(pick.family.as_deref())
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!joined.is_empty()).then_some(joined)
}

/// An extension; only the value types the portal reads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extension {
    /// Identifies the meaning.
    pub url: String,
    /// `valueBoolean`.
    pub value_boolean: Option<bool>,
    /// `valueString`.
    pub value_string: Option<String>,
    /// `valueReference`.
    pub value_reference: Option<Reference>,
}

impl FromJson for Extension {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Extension")?;
        Ok(Extension {
            url: text(v, "url")?.unwrap_or_default(),
            value_boolean: boolean(v, "valueBoolean")?,
            value_string: text(v, "valueString")?,
            value_reference: one(v, "valueReference")?,
        })
    }
}

/// Finds an extension of the portal by its last path segment.
pub fn portal_extension<'a>(extensions: &'a [Extension], name: &str) -> Option<&'a Extension> {
    extensions.iter().find(|e| {
        e.url
            .strip_prefix(PORTAL_BASE)
            .and_then(|r| r.strip_prefix("StructureDefinition/"))
            == Some(name)
    })
}

pub use crate::datetime::{parse_date, parse_instant};

/// A UTC time as a FHIR instant, "2026-11-23T10:00:00Z".
pub fn utc_instant(t: NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Writes a wall-clock time with its offset from UTC in seconds, as a FHIR
/// instant ("2026-11-23T23:56:00+01:00"): what a person did is recorded in
/// their own time, and read back as written.
pub fn offset_instant(local: NaiveDateTime, offset_seconds: i32) -> String {
    let date = utc_instant(local);
    let sign = if offset_seconds < 0 { '-' } else { '+' };
    let minutes = offset_seconds.unsigned_abs() / 60;
    format!(
        "{}{sign}{:02}:{:02}",
        &date[..date.len() - 1],
        minutes / 60,
        minutes % 60
    )
}

/// Now, in the browser's time zone, as a FHIR instant with its offset.
pub fn now_instant() -> String {
    let now = chrono::Local::now();
    offset_instant(now.naive_local(), now.offset().local_minus_utc())
}

/// Now, in UTC.
pub fn now_utc() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Writes a date as FHIR `YYYY-MM-DD`.
pub fn iso_date(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `ContactPoint`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContactPoint {
    /// phone, email, …
    pub system: Option<String>,
    /// The number or address.
    pub value: Option<String>,
}

impl FromJson for ContactPoint {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "ContactPoint")?;
        Ok(ContactPoint {
            system: text(v, "system")?,
            value: text(v, "value")?,
        })
    }
}

/// `Address`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Address {
    /// Street lines.
    pub line: Vec<String>,
    /// Postcode.
    pub postal_code: Option<String>,
    /// City.
    pub city: Option<String>,
}

impl FromJson for Address {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Address")?;
        Ok(Address {
            line: many(v, "line")?,
            postal_code: text(v, "postalCode")?,
            city: text(v, "city")?,
        })
    }
}

/// `Patient`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Patient {
    /// Logical id.
    pub id: Option<String>,
    /// BSN and others.
    pub identifier: Vec<Identifier>,
    /// Names.
    pub name: Vec<HumanName>,
    /// `YYYY-MM-DD` (or partial).
    pub birth_date: Option<String>,
    /// Phone and e-mail.
    pub telecom: Vec<ContactPoint>,
    /// Addresses.
    pub address: Vec<Address>,
    /// The GP practice.
    pub general_practitioner: Vec<Reference>,
    /// Extensions (preferred pharmacy).
    pub extension: Vec<Extension>,
}

impl FromJson for Patient {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Patient")?;
        Ok(Patient {
            id: text(v, "id")?,
            identifier: many(v, "identifier")?,
            name: many(v, "name")?,
            birth_date: text(v, "birthDate")?,
            telecom: many(v, "telecom")?,
            address: many(v, "address")?,
            general_practitioner: many(v, "generalPractitioner")?,
            extension: many(v, "extension")?,
        })
    }
}

impl Resource for Patient {
    const TYPE: &'static str = "Patient";
}

impl Patient {
    /// The name to show, or `None` when the record has none.
    pub fn display_name(&self) -> Option<String> {
        display_name(&self.name)
    }

    /// The birth date when it is a full date.
    pub fn birth(&self) -> Option<NaiveDate> {
        self.birth_date.as_deref().and_then(parse_date)
    }

    /// The GPs by name, as the record writes them ("" when none is named).
    pub fn gp_names(&self) -> String {
        self.general_practitioner
            .iter()
            .filter_map(|g| g.display.clone())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The pharmacy the patient uses (portal extension `preferred-pharmacy`).
    pub fn pharmacy(&self) -> Option<&Reference> {
        portal_extension(&self.extension, "preferred-pharmacy")
            .and_then(|e| e.value_reference.as_ref())
    }

    /// The BSN, if recorded.
    pub fn bsn(&self) -> Option<&str> {
        self.identifier
            .iter()
            .find(|i| i.system.as_deref() == Some(BSN_SYSTEM))
            .and_then(|i| i.value.as_deref())
    }
}

/// `RelatedPerson`: an authorization of a representative for a patient.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RelatedPerson {
    /// Logical id.
    pub id: Option<String>,
    /// False when revoked. FHIR's default is true.
    pub active: Option<bool>,
    /// The represented patient.
    pub patient: Reference,
    /// The representative's BSN.
    pub identifier: Vec<Identifier>,
    /// The representative's name.
    pub name: Vec<HumanName>,
    /// Family relation and legal role.
    pub relationship: Vec<CodeableConcept>,
    /// Validity.
    pub period: Option<Period>,
    /// child-signed, incapable, revocation-reason.
    pub extension: Vec<Extension>,
}

impl FromJson for RelatedPerson {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "RelatedPerson")?;
        Ok(RelatedPerson {
            id: text(v, "id")?,
            active: boolean(v, "active")?,
            patient: one(v, "patient")?.unwrap_or_default(),
            identifier: many(v, "identifier")?,
            name: many(v, "name")?,
            relationship: many(v, "relationship")?,
            period: one(v, "period")?,
            extension: many(v, "extension")?,
        })
    }
}

impl Resource for RelatedPerson {
    const TYPE: &'static str = "RelatedPerson";
}

pub use super::agenda::{Appointment, Participant};

crate::deserialize_via_json!(
    Identifier,
    HumanName,
    Extension,
    ContactPoint,
    Address,
    Patient,
    RelatedPerson
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_ids_from_relative_absolute_and_versioned_urls() {
        let r = |s: &str| Reference {
            reference: Some(s.into()),
            display: None,
        };
        assert_eq!(r("Patient/emma").id_of("Patient"), Some("emma"));
        assert_eq!(
            r("https://fhir.example/R4/Patient/emma").id_of("Patient"),
            Some("emma")
        );
        assert_eq!(r("Patient/emma/_history/3").id_of("Patient"), Some("emma"));
        assert_eq!(r("Group/emma").id_of("Patient"), None);
        assert_eq!(r("emma").id_of("Patient"), None);
        assert_eq!(Reference::default().id_of("Patient"), None);
    }

    #[test]
    fn names_prefer_official_then_usual_then_parts() {
        let names: Vec<HumanName> = serde_json::from_str(
            r#"[{"use":"official","family":"de Vries","given":["Sanne","Maria"]},
                {"use":"usual","text":"Sanne de Vries"}]"#,
        )
        .unwrap();
        assert_eq!(
            display_name(&names).as_deref(),
            Some("Sanne Maria de Vries")
        );
        assert_eq!(display_name(&names[1..]).as_deref(), Some("Sanne de Vries"));
        assert_eq!(display_name(&[]), None);
        assert_eq!(display_name(&[HumanName::default()]), None);
    }

    #[test]
    fn patient_decodes_with_missing_and_unknown_fields() {
        let p: Patient = serde_json::from_str(
            r#"{"resourceType":"Patient","id":"x","birthDate":"2012-02-29",
                "identifier":[{"system":"http://fhir.nl/fhir/NamingSystem/bsn","value":"111222333"}],
                "_birthDate":{"extension":[]},"managingOrganization":{"reference":"Organization/1"}}"#,
        )
        .unwrap();
        assert_eq!(p.birth(), NaiveDate::from_ymd_opt(2012, 2, 29));
        assert_eq!(p.bsn(), Some("111222333"));
        assert_eq!(p.display_name(), None);
        let partial: Patient = serde_json::from_str(r#"{"birthDate":"2012"}"#).unwrap();
        assert_eq!(partial.birth(), None);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026-1-301"), None);
        assert_eq!(parse_date("+026-01-01"), None);
        assert_eq!(
            iso_date(NaiveDate::from_ymd_opt(987, 3, 4).unwrap()),
            "0987-03-04"
        );
    }

    #[test]
    fn an_instant_keeps_the_local_time_and_its_offset() {
        let t = NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(23, 56, 7)
            .unwrap();
        assert_eq!(offset_instant(t, 3600), "2026-11-23T23:56:07+01:00");
        assert_eq!(
            offset_instant(t, -(5 * 3600 + 1800)),
            "2026-11-23T23:56:07-05:30"
        );
        assert_eq!(offset_instant(t, 0), "2026-11-23T23:56:07+00:00");
        // Read back, the wall-clock time is as written and the UTC time is right.
        let (local, utc) = parse_instant("2026-11-23T23:56:07+01:00").unwrap();
        assert_eq!(local, t);
        assert_eq!(utc, Some(t - chrono::Duration::hours(1)));
    }

    #[test]
    fn instants_with_and_without_zone_seconds_and_fractions() {
        let (local, utc) = parse_instant("2026-12-01T16:15:00+01:00").unwrap();
        assert_eq!(local.to_string(), "2026-12-01 16:15:00");
        assert_eq!(utc.unwrap().to_string(), "2026-12-01 15:15:00");
        let (_, utc) = parse_instant("2026-12-01T00:30:15.250-02:30").unwrap();
        assert_eq!(utc.unwrap().to_string(), "2026-12-01 03:00:15");
        assert_eq!(
            parse_instant("2026-12-01T16:15Z")
                .unwrap()
                .1
                .unwrap()
                .to_string(),
            "2026-12-01 16:15:00"
        );
        assert_eq!(parse_instant("2026-12-01T16:15:00").unwrap().1, None);
        for bad in [
            "2026-12-01",
            "2026-12-01T25:00:00Z",
            "2026-12-01T16:15:00+1",
            "2026-12-01T16:15:00 CET",
            "soon",
            "2026-12-01T1é:00",
        ] {
            assert_eq!(parse_instant(bad), None, "{bad}");
        }
        assert_eq!(
            utc_instant(parse_instant("2026-01-02T03:04:05Z").unwrap().0),
            "2026-01-02T03:04:05Z"
        );
    }

    #[test]
    fn wrong_types_are_errors_not_panics() {
        assert!(serde_json::from_str::<Patient>(r#"{"name":"Sanne"}"#).is_err());
        assert!(serde_json::from_str::<Patient>(r#""Sanne""#).is_err());
        assert!(serde_json::from_str::<Patient>(r#"{"birthDate":19850402}"#).is_err());
    }
}

/// The portal's code system for the legal role of a representative.
pub const AUTHORIZATION_ROLE_SYSTEM: &str =
    "https://portal.example.org/fhir/CodeSystem/authorization-role";

impl RelatedPerson {
    /// The represented patient's id.
    pub fn patient_id(&self) -> Option<&str> {
        self.patient.id_of("Patient")
    }

    /// The representative's BSN.
    pub fn bsn(&self) -> Option<&str> {
        self.identifier
            .iter()
            .find(|i| i.system.as_deref() == Some(BSN_SYSTEM))
            .and_then(|i| i.value.as_deref())
    }

    /// How the representative relates to the patient, as written ("Moeder").
    pub fn relationship_label(&self) -> Option<&str> {
        self.relationship.iter().find_map(|r| r.label())
    }

    /// The authorization this record grants, for the access rules. `None`
    /// when it names no role the portal knows: such a record grants nothing.
    pub fn authorization(&self) -> Option<crate::access::Authorization> {
        let role = self
            .relationship
            .iter()
            .find_map(|r| r.code_in(AUTHORIZATION_ROLE_SYSTEM))
            .and_then(crate::access::Role::from_code)?;
        let flag = |name| {
            portal_extension(&self.extension, name).and_then(|e| e.value_boolean) == Some(true)
        };
        let period = self.period.clone().unwrap_or_default();
        let start = match period.start.as_deref() {
            Some(s) => Some(parse_date(s)?),
            None => None,
        };
        let end = match period.end.as_deref() {
            Some(s) => Some(parse_date(s)?),
            None => None,
        };
        Some(crate::access::Authorization {
            role,
            active: self.active.unwrap_or(true),
            start,
            end,
            child_signed: flag("child-signed"),
            incapable: flag("incapable"),
        })
    }
}

#[cfg(test)]
mod authorization_tests {
    use super::*;
    use crate::access::Role;

    #[test]
    fn related_person_becomes_an_authorization() {
        let rp: RelatedPerson = serde_json::from_str(
            r#"{"resourceType":"RelatedPerson","id":"auth-sanne-emma","patient":{"reference":"Patient/emma"},
              "relationship":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-RoleCode","code":"MTH"},
                {"system":"https://portal.example.org/fhir/CodeSystem/authorization-role","code":"parent"}],"text":"Moeder"}],
              "period":{"start":"2012-05-01"},
              "extension":[{"url":"https://portal.example.org/fhir/StructureDefinition/child-signed","valueBoolean":true}]}"#,
        )
        .unwrap();
        let auth = rp.authorization().unwrap();
        assert_eq!(auth.role, Role::Parent);
        assert!(auth.active && auth.child_signed && !auth.incapable);
        assert_eq!(auth.start, NaiveDate::from_ymd_opt(2012, 5, 1));
        assert_eq!(rp.patient_id(), Some("emma"));
        assert_eq!(rp.relationship_label(), Some("Moeder"));
    }

    #[test]
    fn unknown_role_or_unreadable_period_grants_nothing() {
        let no_role: RelatedPerson =
            serde_json::from_str(r#"{"relationship":[{"text":"Buurman"}]}"#).unwrap();
        assert_eq!(no_role.authorization(), None);
        let bad_period: RelatedPerson = serde_json::from_str(
            r#"{"relationship":[{"coding":[{"system":"https://portal.example.org/fhir/CodeSystem/authorization-role","code":"curator"}]}],
               "period":{"end":"soon"}}"#,
        )
        .unwrap();
        assert_eq!(bad_period.authorization(), None);
    }
}
