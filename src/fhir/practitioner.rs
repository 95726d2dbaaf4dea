//! `Practitioner`, and who prescribed or recorded something as a patient
//! reads it: the specialism of the role, of the practitioner's
//! qualification or of the department. Real servers name the prescriber in
//! any of these shapes (Synthea and the HL7 examples: a `Practitioner`; the
//! portal's own data: a `PractitionerRole`).

use super::agenda::Organization;
use super::medication::PractitionerRole;
use super::model::{CodeableConcept, HumanName, Reference, Resource, display_name};
use crate::fhir::json::{FromJson, many, object, one, text};

/// A practitioner's qualification (a specialism, or a degree).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Qualification {
    /// What was obtained.
    pub code: Option<CodeableConcept>,
}

impl FromJson for Qualification {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Qualification")?;
        Ok(Qualification {
            code: one(v, "code")?,
        })
    }
}

/// `Practitioner`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Practitioner {
    /// Logical id.
    pub id: Option<String>,
    /// Names.
    pub name: Vec<HumanName>,
    /// Qualifications.
    pub qualification: Vec<Qualification>,
}

impl FromJson for Practitioner {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Practitioner")?;
        Ok(Practitioner {
            id: text(v, "id")?,
            name: many(v, "name")?,
            qualification: many(v, "qualification")?,
        })
    }
}

impl Resource for Practitioner {
    const TYPE: &'static str = "Practitioner";
}

/// HL7 v2 table 0360: degrees and licences ("MD", "RN"), which say what
/// someone studied, not the specialism they work in.
const DEGREES: &str = "http://terminology.hl7.org/CodeSystem/v2-0360";

/// The organization types (`dept`: a hospital department).
const ORGANIZATION_TYPES: &str = "http://terminology.hl7.org/CodeSystem/organization-type";

impl Practitioner {
    /// The name as recorded.
    pub fn display_name(&self) -> Option<String> {
        display_name(&self.name)
    }

    /// The first qualification that is a specialism ("Cardioloog"), not a
    /// degree.
    pub fn specialism(&self) -> Option<&str> {
        self.qualification
            .iter()
            .filter_map(|q| q.code.as_ref())
            .filter(|code| {
                !code
                    .coding
                    .iter()
                    .any(|c| c.system.as_deref().is_some_and(|s| s.starts_with(DEGREES)))
            })
            .find_map(CodeableConcept::label)
    }
}

/// A department is named like its specialism ("Cardiologie"); another
/// organization (a hospital, a practice) names no specialism.
fn department_name(organization: &Organization) -> Option<&str> {
    organization
        .kind
        .iter()
        .any(|t| t.code_in(ORGANIZATION_TYPES) == Some("dept"))
        .then_some(organization.name.as_deref())
        .flatten()
}

/// The resources a search added with `_include=…:requester` (or
/// `…:recorder`), by type.
#[derive(Clone, Debug, Default)]
pub struct Actors {
    /// Roles.
    pub roles: Vec<PractitionerRole>,
    /// Practitioners.
    pub practitioners: Vec<Practitioner>,
    /// Organizations.
    pub organizations: Vec<Organization>,
}

impl Actors {
    /// Takes them out of a page's included resources (those that cannot be
    /// read are named among its problems).
    pub fn take_from<T>(page: &mut super::Page<T>) -> Self {
        Actors {
            roles: page.take_included(),
            practitioners: page.take_included(),
            organizations: page.take_included(),
        }
    }

    /// The specialism of whoever `actor` is: a role's specialty, else its
    /// practitioner's qualification; a practitioner's qualification; a
    /// department's name. `None` rather than a guess: a degree, a hospital's
    /// name or an actor that was not included say nothing about the
    /// specialism.
    pub fn specialism(&self, actor: &Reference) -> Option<String> {
        if let Some(id) = actor.id_of("PractitionerRole") {
            let role = self.roles.iter().find(|r| r.id.as_deref() == Some(id))?;
            return role.specialism().map(str::to_string).or_else(|| {
                let who = role.practitioner.as_ref()?;
                self.practitioner(who)?.specialism().map(str::to_string)
            });
        }
        if let Some(found) = self.practitioner(actor) {
            return found.specialism().map(str::to_string);
        }
        let id = actor.id_of("Organization")?;
        let organization = self
            .organizations
            .iter()
            .find(|o| o.id.as_deref() == Some(id))?;
        department_name(organization).map(str::to_string)
    }

    /// The practitioner `actor` points to, if included.
    pub fn practitioner(&self, actor: &Reference) -> Option<&Practitioner> {
        let id = actor.id_of("Practitioner")?;
        self.practitioners
            .iter()
            .find(|p| p.id.as_deref() == Some(id))
    }

    /// Who `actor` is, in words: the reference's own display, else the
    /// included practitioner's name, else the organization's.
    pub fn name(&self, actor: &Reference) -> Option<String> {
        if let Some(display) = actor.display.as_deref().filter(|d| !d.trim().is_empty()) {
            return Some(display.to_string());
        }
        if let Some(found) = self.practitioner(actor) {
            return found.display_name();
        }
        if let Some(id) = actor.id_of("PractitionerRole") {
            let role = self.roles.iter().find(|r| r.id.as_deref() == Some(id))?;
            return self
                .practitioner(role.practitioner.as_ref()?)?
                .display_name();
        }
        let id = actor.id_of("Organization")?;
        self.organizations
            .iter()
            .find(|o| o.id.as_deref() == Some(id))?
            .name
            .clone()
    }
}

crate::deserialize_via_json!(Qualification, Practitioner);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::bundle::decode_page;
    use crate::fhir::medication::MedicationRequest;
    use serde_json::json;

    fn actors(included: serde_json::Value) -> (Actors, Vec<crate::fhir::Problem>) {
        let mut entries = vec![json!({"resource":{"resourceType":"MedicationRequest","id":"m"}})];
        for resource in included.as_array().unwrap() {
            entries.push(json!({"resource":resource,"search":{"mode":"include"}}));
        }
        let bundle = json!({"resourceType":"Bundle","type":"searchset","entry":entries});
        let mut page = decode_page::<MedicationRequest>(&bundle.to_string()).unwrap();
        let actors = Actors::take_from(&mut page);
        (actors, page.problems)
    }

    #[test]
    fn the_specialism_comes_from_the_role_the_practitioner_or_the_department() {
        let (a, problems) = actors(json!([
            {"resourceType":"PractitionerRole","id":"r1","specialty":[{"text":"Kinderlongziekten"}]},
            {"resourceType":"PractitionerRole","id":"r2","practitioner":{"reference":"Practitioner/p2"}},
            {"resourceType":"Practitioner","id":"p1","name":[{"text":"Dr. A. Jansen"}],
                "qualification":[
                    {"code":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0360/2.7","code":"MD","display":"Doctor of Medicine"}]}},
                    {"code":{"coding":[{"system":"urn:oid:2.16.840.1.113883.2.4.6.7","code":"0316","display":"Cardiologie"}]}}]},
            {"resourceType":"Practitioner","id":"p2","qualification":[{"code":{"text":"Longziekten"}}]},
            {"resourceType":"Practitioner","id":"p3","name":[{"family":"Smith","given":["Jo"]}],
                "qualification":[{"code":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0360/2.7","code":"MD"}],"text":"MD"}}]},
            {"resourceType":"Organization","id":"o1","name":"Cardiologie",
                "type":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/organization-type","code":"dept"}]}]},
            {"resourceType":"Organization","id":"o2","name":"Ziekenhuis Noord",
                "type":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/organization-type","code":"prov"}]}]}
        ]));
        assert!(problems.is_empty(), "{problems:?}");
        let s = |r: &str| {
            a.specialism(&Reference::to(
                r.split('/').next().unwrap(),
                r.split('/').nth(1).unwrap(),
            ))
        };
        assert_eq!(
            s("PractitionerRole/r1").as_deref(),
            Some("Kinderlongziekten")
        );
        assert_eq!(
            s("PractitionerRole/r2").as_deref(),
            Some("Longziekten"),
            "the role's practitioner"
        );
        assert_eq!(
            s("Practitioner/p1").as_deref(),
            Some("Cardiologie"),
            "not the degree"
        );
        assert_eq!(s("Practitioner/p3"), None, "a degree is no specialism");
        assert_eq!(
            s("Organization/o1").as_deref(),
            Some("Cardiologie"),
            "a department"
        );
        assert_eq!(s("Organization/o2"), None, "a hospital names no specialism");
        assert_eq!(s("Practitioner/missing"), None);
        assert_eq!(s("PractitionerRole/missing"), None);
        let n = |r: &str| {
            a.name(&Reference::to(
                r.split('/').next().unwrap(),
                r.split('/').nth(1).unwrap(),
            ))
        };
        assert_eq!(n("Practitioner/p1").as_deref(), Some("Dr. A. Jansen"));
        assert_eq!(n("Practitioner/p3").as_deref(), Some("Jo Smith"));
        assert_eq!(n("Organization/o2").as_deref(), Some("Ziekenhuis Noord"));
        let shown = Reference {
            display: Some("Dr. B".into()),
            ..Reference::to("Practitioner", "p1")
        };
        assert_eq!(a.name(&shown).as_deref(), Some("Dr. B"));
    }
}
