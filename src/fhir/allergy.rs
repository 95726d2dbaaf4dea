//! `AllergyIntolerance`: allergies and intolerances of the Dutch basic data
//! set (BgZ "AllergieIntolerantie"); a high risk first.

use super::model::{CodeableConcept, Note, Period, Reference, Resource, parse_date};
use super::practitioner::Actors;
use crate::fhir::json::{FromJson, many, object, one, text};
use crate::fhir::{FhirClient, FhirError, Problem, SearchQuery};
use chrono::NaiveDate;

/// The code system of `AllergyIntolerance.clinicalStatus`.
const CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
/// The code system of `AllergyIntolerance.verificationStatus`.
const VERIFICATION: &str = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";

/// A reaction once had.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reaction {
    /// What caused it, when more precise than the allergy's substance.
    pub substance: Option<CodeableConcept>,
    /// What happened ("Netelroos").
    pub manifestation: Vec<CodeableConcept>,
    /// The reaction in words.
    pub description: Option<String>,
    /// mild, moderate, severe.
    pub severity: Option<String>,
}

impl FromJson for Reaction {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Reaction")?;
        Ok(Reaction {
            substance: one(v, "substance")?,
            manifestation: many(v, "manifestation")?,
            description: text(v, "description")?,
            severity: text(v, "severity")?,
        })
    }
}

/// `AllergyIntolerance`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AllergyIntolerance {
    /// Logical id.
    pub id: Option<String>,
    /// active, inactive, resolved.
    pub clinical_status: Option<CodeableConcept>,
    /// unconfirmed, confirmed, refuted, entered-in-error.
    pub verification_status: Option<CodeableConcept>,
    /// allergy or intolerance.
    pub kind: Option<String>,
    /// food, medication, environment, biologic.
    pub category: Vec<String>,
    /// low, high, unable-to-assess.
    pub criticality: Option<String>,
    /// The substance.
    pub code: Option<CodeableConcept>,
    /// Since: a date and time.
    pub onset_date_time: Option<String>,
    /// Since: a period.
    pub onset_period: Option<Period>,
    /// Since: in words.
    pub onset_string: Option<String>,
    /// When it was recorded.
    pub recorded_date: Option<String>,
    /// Who recorded it.
    pub recorder: Option<Reference>,
    /// Who said so.
    pub asserter: Option<Reference>,
    /// Reactions.
    pub reaction: Vec<Reaction>,
    /// Notes.
    pub note: Vec<Note>,
}

impl FromJson for AllergyIntolerance {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "AllergyIntolerance")?;
        Ok(AllergyIntolerance {
            id: text(v, "id")?,
            clinical_status: one(v, "clinicalStatus")?,
            verification_status: one(v, "verificationStatus")?,
            kind: text(v, "type")?,
            category: many(v, "category")?,
            criticality: text(v, "criticality")?,
            code: one(v, "code")?,
            onset_date_time: text(v, "onsetDateTime")?,
            onset_period: one(v, "onsetPeriod")?,
            onset_string: text(v, "onsetString")?,
            recorded_date: text(v, "recordedDate")?,
            recorder: one(v, "recorder")?,
            asserter: one(v, "asserter")?,
            reaction: many(v, "reaction")?,
            note: many(v, "note")?,
        })
    }
}

impl Resource for AllergyIntolerance {
    const TYPE: &'static str = "AllergyIntolerance";
}

/// How great the risk of a severe reaction is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Criticality {
    /// High risk: a new contact may be life-threatening.
    High,
    /// Could not be assessed.
    UnableToAssess,
    /// Low risk.
    Low,
    /// Not recorded.
    Unknown,
}

/// Whether it is still there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AllergyStatus {
    /// Active.
    Active,
    /// No longer active.
    Inactive,
    /// Over.
    Resolved,
    /// Not recorded.
    Unknown,
}

/// How severe a reaction was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Mild.
    Mild,
    /// Moderate.
    Moderate,
    /// Severe.
    Severe,
}

/// One reaction as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReactionEntry {
    /// What happened, as written.
    pub what: String,
    /// How severe, if recorded.
    pub severity: Option<Severity>,
}

/// One allergy as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct AllergyEntry {
    /// Stable id (for element ids).
    pub id: String,
    /// The substance as written.
    pub substance: String,
    /// An intolerance rather than an allergy.
    pub intolerance: bool,
    /// The risk.
    pub criticality: Criticality,
    /// Whether it is still there.
    pub status: AllergyStatus,
    /// Not (yet) confirmed.
    pub unconfirmed: bool,
    /// Since when.
    pub since: Option<NaiveDate>,
    /// Since when, in words.
    pub since_text: Option<String>,
    /// The reactions.
    pub reactions: Vec<ReactionEntry>,
    /// Who recorded it, in words.
    pub recorded_by: Option<String>,
    /// Notes as written.
    pub notes: Vec<String>,
}

impl AllergyIntolerance {
    fn verification(&self) -> Option<&str> {
        self.verification_status.as_ref()?.code_in(VERIFICATION)
    }

    /// The risk.
    pub fn criticality(&self) -> Criticality {
        match self.criticality.as_deref() {
            Some("high") => Criticality::High,
            Some("low") => Criticality::Low,
            Some("unable-to-assess") => Criticality::UnableToAssess,
            _ => Criticality::Unknown,
        }
    }

    /// Whether it is still there.
    pub fn status(&self) -> AllergyStatus {
        match self
            .clinical_status
            .as_ref()
            .and_then(|c| c.code_in(CLINICAL))
        {
            Some("active") => AllergyStatus::Active,
            Some("inactive") => AllergyStatus::Inactive,
            Some("resolved") => AllergyStatus::Resolved,
            _ => AllergyStatus::Unknown,
        }
    }

    fn entry(&self, n: usize, actors: &Actors) -> AllergyEntry {
        let reactions = self
            .reaction
            .iter()
            .map(|r| {
                let mut words: Vec<&str> = r
                    .manifestation
                    .iter()
                    .filter_map(CodeableConcept::label)
                    .collect();
                if words.is_empty() {
                    words.extend(r.description.as_deref());
                }
                ReactionEntry {
                    what: if words.is_empty() {
                        "—".into()
                    } else {
                        words.join(", ")
                    },
                    severity: match r.severity.as_deref() {
                        Some("mild") => Some(Severity::Mild),
                        Some("moderate") => Some(Severity::Moderate),
                        Some("severe") => Some(Severity::Severe),
                        _ => None,
                    },
                }
            })
            .collect();
        let who = self.recorder.as_ref().or(self.asserter.as_ref());
        AllergyEntry {
            id: self.id.clone().unwrap_or_else(|| format!("allergy-{n}")),
            substance: self
                .code
                .as_ref()
                .and_then(CodeableConcept::label)
                .or_else(|| {
                    self.reaction
                        .iter()
                        .find_map(|r| r.substance.as_ref()?.label())
                })
                .unwrap_or("—")
                .to_string(),
            intolerance: self.kind.as_deref() == Some("intolerance"),
            criticality: self.criticality(),
            status: self.status(),
            unconfirmed: self.verification() == Some("unconfirmed"),
            since: self
                .onset_date_time
                .as_deref()
                .or(self.onset_period.as_ref().and_then(|p| p.start.as_deref()))
                .or(self.recorded_date.as_deref())
                .and_then(parse_date),
            since_text: self.onset_string.clone(),
            reactions,
            recorded_by: who.and_then(|r| actors.name(r)),
            notes: self.note.iter().filter_map(|n| n.text.clone()).collect(),
        }
    }
}

/// What the allergies page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AllergyList {
    /// High risk first, then the active ones, each newest first.
    pub allergies: Vec<AllergyEntry>,
    /// Those that could not be read.
    pub problems: Vec<Problem>,
}

/// The allergies of one page; those recorded in error or refuted are left
/// out.
pub fn allergy_list(mut page: crate::fhir::Page<AllergyIntolerance>) -> AllergyList {
    let actors = Actors::take_from(&mut page);
    let mut allergies: Vec<AllergyEntry> = page
        .items
        .iter()
        .filter(|a| !matches!(a.verification(), Some("entered-in-error" | "refuted")))
        .enumerate()
        .map(|(n, a)| a.entry(n, &actors))
        .collect();
    let rank = |a: &AllergyEntry| {
        let gone = matches!(a.status, AllergyStatus::Inactive | AllergyStatus::Resolved);
        (gone, a.criticality)
    };
    crate::sort::sort_by(&mut allergies, |a, b| {
        rank(a).cmp(&rank(b)).then_with(|| b.since.cmp(&a.since))
    });
    AllergyList {
        allergies,
        problems: page.problems,
    }
}

/// Every allergy and intolerance of `patient`.
pub async fn fetch_allergies(client: &FhirClient, patient: &str) -> Result<AllergyList, FhirError> {
    let q = SearchQuery::new("AllergyIntolerance")
        .param("patient", patient)
        .param("_include", "AllergyIntolerance:asserter")
        .count(200);
    Ok(allergy_list(client.search::<AllergyIntolerance>(&q).await?))
}

crate::deserialize_via_json!(Reaction, AllergyIntolerance);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::bundle::decode_page;
    use serde_json::json;

    #[test]
    fn high_risk_first_then_active_then_over_and_reactions_in_words() {
        let clinical = |code: &str| json!({"coding":[{"system":CLINICAL,"code":code}]});
        let bundle = json!({"resourceType":"Bundle","type":"searchset","entry":[
            {"resource":{"resourceType":"AllergyIntolerance","id":"gras","clinicalStatus":clinical("active"),
                "criticality":"low","code":{"text":"Graspollen"},"onsetDateTime":"2022-04-01",
                "reaction":[{"manifestation":[{"text":"Niezen"},{"text":"Jeukende ogen"}],"severity":"mild"}]}},
            {"resource":{"resourceType":"AllergyIntolerance","id":"peni","clinicalStatus":clinical("active"),
                "criticality":"high","type":"allergy","code":{"coding":[{"display":"Penicilline"}]},
                "onsetDateTime":"2003-07-10","recorder":{"display":"Dr. H. Mulder"},
                "reaction":[{"manifestation":[{"text":"Netelroos"}],"severity":"severe"},{"description":"Zwelling van de lippen"}]}},
            {"resource":{"resourceType":"AllergyIntolerance","id":"lactose","clinicalStatus":clinical("resolved"),
                "criticality":"high","type":"intolerance","code":{"text":"Lactose"},"onsetDateTime":"2015-01-01"}},
            {"resource":{"resourceType":"AllergyIntolerance","id":"oops","code":{"text":"Vergissing"},
                "verificationStatus":{"coding":[{"system":VERIFICATION,"code":"entered-in-error"}]}}},
            {"resource":{"resourceType":"AllergyIntolerance","id":"bad","criticality":7}}
        ]});
        let list = allergy_list(decode_page::<AllergyIntolerance>(&bundle.to_string()).unwrap());
        let ids: Vec<&str> = list.allergies.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            ["peni", "gras", "lactose"],
            "high risk first, the resolved one last"
        );
        assert_eq!(list.problems.len(), 1);
        let peni = &list.allergies[0];
        assert_eq!(peni.substance, "Penicilline");
        assert_eq!(peni.criticality, Criticality::High);
        assert_eq!(peni.recorded_by.as_deref(), Some("Dr. H. Mulder"));
        assert_eq!(
            peni.reactions,
            [
                ReactionEntry {
                    what: "Netelroos".into(),
                    severity: Some(Severity::Severe)
                },
                ReactionEntry {
                    what: "Zwelling van de lippen".into(),
                    severity: None
                },
            ]
        );
        assert_eq!(list.allergies[1].reactions[0].what, "Niezen, Jeukende ogen");
        assert!(list.allergies[2].intolerance);
        assert_eq!(list.allergies[2].status, AllergyStatus::Resolved);
    }
}
