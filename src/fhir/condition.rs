//! `Condition`: the problems and diagnoses of the Dutch basic data set
//! (BgZ "Probleem"), current ones first.

use super::model::{CodeableConcept, Note, Period, Reference, Resource, parse_date};
use super::observation::Quantity;
use super::practitioner::Actors;
use crate::fhir::json::{FromJson, many, object, one, text};
use crate::fhir::{FhirClient, FhirError, Problem, SearchQuery};
use chrono::NaiveDate;

/// The code system of `Condition.clinicalStatus`.
const CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/condition-clinical";
/// The code system of `Condition.verificationStatus`.
const VERIFICATION: &str = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

/// `Condition`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Condition {
    /// Logical id.
    pub id: Option<String>,
    /// active, recurrence, relapse, inactive, remission, resolved.
    pub clinical_status: Option<CodeableConcept>,
    /// unconfirmed, provisional, differential, confirmed, refuted,
    /// entered-in-error.
    pub verification_status: Option<CodeableConcept>,
    /// The problem.
    pub code: Option<CodeableConcept>,
    /// Since: a date and time.
    pub onset_date_time: Option<String>,
    /// Since: a period (its start).
    pub onset_period: Option<Period>,
    /// Since: at an age.
    pub onset_age: Option<Quantity>,
    /// Since: in words ("in de kindertijd").
    pub onset_string: Option<String>,
    /// Over: a date and time.
    pub abatement_date_time: Option<String>,
    /// Over: a period (its end).
    pub abatement_period: Option<Period>,
    /// Over: in words.
    pub abatement_string: Option<String>,
    /// When it was recorded.
    pub recorded_date: Option<String>,
    /// Who recorded it.
    pub recorder: Option<Reference>,
    /// Who said so.
    pub asserter: Option<Reference>,
    /// Notes.
    pub note: Vec<Note>,
}

impl FromJson for Condition {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Condition")?;
        Ok(Condition {
            id: text(v, "id")?,
            clinical_status: one(v, "clinicalStatus")?,
            verification_status: one(v, "verificationStatus")?,
            code: one(v, "code")?,
            onset_date_time: text(v, "onsetDateTime")?,
            onset_period: one(v, "onsetPeriod")?,
            onset_age: one(v, "onsetAge")?,
            onset_string: text(v, "onsetString")?,
            abatement_date_time: text(v, "abatementDateTime")?,
            abatement_period: one(v, "abatementPeriod")?,
            abatement_string: text(v, "abatementString")?,
            recorded_date: text(v, "recordedDate")?,
            recorder: one(v, "recorder")?,
            asserter: one(v, "asserter")?,
            note: many(v, "note")?,
        })
    }
}

impl Resource for Condition {
    const TYPE: &'static str = "Condition";
}

/// Where a problem stands, in the patient's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clinical {
    /// Active.
    Active,
    /// Back after it was over.
    Recurrence,
    /// Worse again after an improvement.
    Relapse,
    /// No longer active.
    Inactive,
    /// Quiet, but may come back.
    Remission,
    /// Over.
    Resolved,
    /// Not recorded (or a code the portal does not know).
    Unknown,
}

impl Clinical {
    /// Whether it belongs with the current problems (an unknown status
    /// too: hiding a problem someone has is worse).
    pub fn is_current(self) -> bool {
        matches!(
            self,
            Clinical::Active | Clinical::Recurrence | Clinical::Relapse | Clinical::Unknown
        )
    }
}

/// Since when, as recorded.
#[derive(Clone, Debug, PartialEq)]
pub enum Since {
    /// A date.
    Date(NaiveDate),
    /// At an age.
    Age(Quantity),
    /// In words.
    Text(String),
}

impl Condition {
    /// The clinical status.
    pub fn clinical(&self) -> Clinical {
        match self
            .clinical_status
            .as_ref()
            .and_then(|c| c.code_in(CLINICAL))
        {
            Some("active") => Clinical::Active,
            Some("recurrence") => Clinical::Recurrence,
            Some("relapse") => Clinical::Relapse,
            Some("inactive") => Clinical::Inactive,
            Some("remission") => Clinical::Remission,
            Some("resolved") => Clinical::Resolved,
            _ => Clinical::Unknown,
        }
    }

    fn verification(&self) -> Option<&str> {
        self.verification_status.as_ref()?.code_in(VERIFICATION)
    }

    /// Recorded in error, or found not to be so: not a problem the patient
    /// has, so not shown.
    pub fn is_void(&self) -> bool {
        matches!(self.verification(), Some("entered-in-error" | "refuted"))
    }

    /// Not (yet) confirmed: a suspicion or a working diagnosis.
    pub fn is_unconfirmed(&self) -> bool {
        matches!(
            self.verification(),
            Some("unconfirmed" | "provisional" | "differential")
        )
    }

    /// Since when.
    pub fn since(&self) -> Option<Since> {
        if let Some(date) = self
            .onset_date_time
            .as_deref()
            .or(self.onset_period.as_ref().and_then(|p| p.start.as_deref()))
            .and_then(parse_date)
        {
            return Some(Since::Date(date));
        }
        if let Some(age) = &self.onset_age {
            return Some(Since::Age(age.clone()));
        }
        self.onset_string.clone().map(Since::Text)
    }

    /// Until when (for a problem that is over).
    pub fn until(&self) -> Option<Since> {
        if let Some(date) = self
            .abatement_date_time
            .as_deref()
            .or(self
                .abatement_period
                .as_ref()
                .and_then(|p| p.end.as_deref()))
            .and_then(parse_date)
        {
            return Some(Since::Date(date));
        }
        self.abatement_string.clone().map(Since::Text)
    }

    fn sort_date(&self) -> Option<NaiveDate> {
        match self.since() {
            Some(Since::Date(d)) => Some(d),
            _ => self.recorded_date.as_deref().and_then(parse_date),
        }
    }
}

/// One problem as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ProblemEntry {
    /// Stable id (for element ids).
    pub id: String,
    /// The problem as written.
    pub name: String,
    /// Where it stands.
    pub clinical: Clinical,
    /// A suspicion or working diagnosis, not confirmed.
    pub unconfirmed: bool,
    /// Since when.
    pub since: Option<Since>,
    /// Until when.
    pub until: Option<Since>,
    /// Who recorded it, in words.
    pub recorded_by: Option<String>,
    /// The specialism of who recorded it.
    pub specialism: Option<String>,
    /// Notes as written.
    pub notes: Vec<String>,
}

/// The page's two lists: current problems, and those that are over; each
/// newest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProblemLists {
    /// Active (or of unknown status).
    pub current: Vec<ProblemEntry>,
    /// Over, inactive or in remission.
    pub earlier: Vec<ProblemEntry>,
    /// Conditions (and who recorded them) that could not be read.
    pub problems: Vec<Problem>,
}

/// The lists of one page of conditions; those recorded in error or refuted
/// are left out.
pub fn problem_lists(mut page: crate::fhir::Page<Condition>) -> ProblemLists {
    let actors = Actors::take_from(&mut page);
    let mut conditions: Vec<Condition> = page.items.into_iter().filter(|c| !c.is_void()).collect();
    crate::sort::sort_by(&mut conditions, |a, b| b.sort_date().cmp(&a.sort_date()));
    let mut lists = ProblemLists {
        problems: page.problems,
        ..ProblemLists::default()
    };
    for (n, c) in conditions.into_iter().enumerate() {
        let who = c.recorder.as_ref().or(c.asserter.as_ref());
        let entry = ProblemEntry {
            id: c.id.clone().unwrap_or_else(|| format!("problem-{n}")),
            name: c
                .code
                .as_ref()
                .and_then(CodeableConcept::label)
                .unwrap_or("—")
                .to_string(),
            clinical: c.clinical(),
            unconfirmed: c.is_unconfirmed(),
            since: c.since(),
            until: c.until(),
            recorded_by: who.and_then(|r| actors.name(r)),
            specialism: who.and_then(|r| actors.specialism(r)),
            notes: c.note.iter().filter_map(|n| n.text.clone()).collect(),
        };
        if entry.clinical.is_current() {
            lists.current.push(entry);
        } else {
            lists.earlier.push(entry);
        }
    }
    lists
}

/// Every condition of `patient`, with whoever said so where the server
/// includes them.
pub async fn fetch_problems(client: &FhirClient, patient: &str) -> Result<ProblemLists, FhirError> {
    let q = SearchQuery::new("Condition")
        .param("patient", patient)
        .param("_include", "Condition:asserter")
        .count(200);
    Ok(problem_lists(client.search::<Condition>(&q).await?))
}

crate::deserialize_via_json!(Condition);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::bundle::decode_page;
    use serde_json::json;

    #[test]
    fn current_problems_first_newest_first_void_ones_left_out() {
        let clinical = |code: &str| json!({"coding":[{"system":CLINICAL,"code":code}]});
        let verified = |code: &str| json!({"coding":[{"system":VERIFICATION,"code":code}]});
        let bundle = json!({"resourceType":"Bundle","type":"searchset","entry":[
            {"resource":{"resourceType":"Condition","id":"dm","clinicalStatus":clinical("active"),
                "code":{"text":"Diabetes mellitus type 2"},"onsetDateTime":"2013-10-08",
                "asserter":{"reference":"Practitioner/p1"}}},
            {"resource":{"resourceType":"Condition","id":"bp","clinicalStatus":clinical("active"),
                "code":{"coding":[{"display":"Bipolaire stoornis"}]},"onsetPeriod":{"start":"2009-09-14"},
                "recorder":{"reference":"PractitionerRole/r1","display":"Dr. J. Prins"}}},
            {"resource":{"resourceType":"Condition","id":"dep","clinicalStatus":clinical("resolved"),
                "code":{"text":"Depressieve episode"},"onsetDateTime":"2020-11-17","abatementDateTime":"2021-06-01"}},
            {"resource":{"resourceType":"Condition","id":"nostatus","code":{"text":"Roken"},
                "onsetAge":{"value":16,"unit":"jaar","system":"http://unitsofmeasure.org","code":"a"},
                "verificationStatus":verified("provisional")}},
            {"resource":{"resourceType":"Condition","id":"oops","clinicalStatus":clinical("active"),
                "verificationStatus":verified("entered-in-error"),"code":{"text":"Vergissing"}}},
            {"resource":{"resourceType":"Condition","id":"no","clinicalStatus":clinical("active"),
                "verificationStatus":verified("refuted"),"code":{"text":"Weerlegd"}}},
            {"resource":{"resourceType":"Condition","id":"bad","code":"not a concept"}},
            {"resource":{"resourceType":"Practitioner","id":"p1","name":[{"text":"Dr. H. Mulder"}],
                "qualification":[{"code":{"text":"Interne geneeskunde"}}]},"search":{"mode":"include"}}
        ]});
        let page = decode_page::<Condition>(&bundle.to_string()).unwrap();
        let lists = problem_lists(page);
        let ids = |l: &[ProblemEntry]| l.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&lists.current), ["dm", "bp", "nostatus"]);
        assert_eq!(ids(&lists.earlier), ["dep"]);
        assert_eq!(lists.problems.len(), 1, "the malformed one is named");
        let dm = &lists.current[0];
        assert_eq!(dm.recorded_by.as_deref(), Some("Dr. H. Mulder"));
        assert_eq!(dm.specialism.as_deref(), Some("Interne geneeskunde"));
        assert_eq!(
            dm.since,
            Some(Since::Date(NaiveDate::from_ymd_opt(2013, 10, 8).unwrap()))
        );
        assert_eq!(lists.current[1].name, "Bipolaire stoornis");
        assert_eq!(
            lists.current[1].recorded_by.as_deref(),
            Some("Dr. J. Prins")
        );
        assert!(lists.current[2].unconfirmed);
        assert!(matches!(lists.current[2].since, Some(Since::Age(_))));
        assert_eq!(lists.current[2].clinical, Clinical::Unknown);
        assert_eq!(
            lists.earlier[0].until,
            Some(Since::Date(NaiveDate::from_ymd_opt(2021, 6, 1).unwrap()))
        );
    }
}
