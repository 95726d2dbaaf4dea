//! `Immunization`: the vaccinations of the Dutch basic data set (BgZ
//! "Vaccinatie"), such as those of the National Immunisation Programme
//! (Rijksvaccinatieprogramma); newest first.

use super::model::{CodeableConcept, Note, Reference, Resource, parse_date};
use super::practitioner::Actors;
use crate::fhir::json::{FromJson, count, many, object, one, text};
use crate::fhir::{FhirClient, FhirError, Problem, SearchQuery};
use chrono::NaiveDate;

/// Which dose of a series it was.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProtocolApplied {
    /// The series ("DKTP-Hib-HepB").
    pub series: Option<String>,
    /// The dose number.
    pub dose_number_positive_int: Option<u32>,
    /// The dose number in words.
    pub dose_number_string: Option<String>,
}

impl FromJson for ProtocolApplied {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "ProtocolApplied")?;
        Ok(ProtocolApplied {
            series: text(v, "series")?,
            dose_number_positive_int: count(v, "doseNumberPositiveInt")?,
            dose_number_string: text(v, "doseNumberString")?,
        })
    }
}

/// Who gave it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Performer {
    /// The person or organization.
    pub actor: Option<Reference>,
}

impl FromJson for Performer {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Performer")?;
        Ok(Performer {
            actor: one(v, "actor")?,
        })
    }
}

/// `Immunization`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Immunization {
    /// Logical id.
    pub id: Option<String>,
    /// completed, entered-in-error, not-done.
    pub status: Option<String>,
    /// Why it was not given.
    pub status_reason: Option<CodeableConcept>,
    /// The vaccine.
    pub vaccine_code: Option<CodeableConcept>,
    /// When: a date and time.
    pub occurrence_date_time: Option<String>,
    /// When: in words.
    pub occurrence_string: Option<String>,
    /// Which dose.
    pub protocol_applied: Vec<ProtocolApplied>,
    /// Who gave it.
    pub performer: Vec<Performer>,
    /// Notes.
    pub note: Vec<Note>,
}

impl FromJson for Immunization {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Immunization")?;
        Ok(Immunization {
            id: text(v, "id")?,
            status: text(v, "status")?,
            status_reason: one(v, "statusReason")?,
            vaccine_code: one(v, "vaccineCode")?,
            occurrence_date_time: text(v, "occurrenceDateTime")?,
            occurrence_string: text(v, "occurrenceString")?,
            protocol_applied: many(v, "protocolApplied")?,
            performer: many(v, "performer")?,
            note: many(v, "note")?,
        })
    }
}

impl Resource for Immunization {
    const TYPE: &'static str = "Immunization";
}

/// Given or not.
#[derive(Clone, Debug, PartialEq)]
pub enum Given {
    /// Given.
    Yes,
    /// Not given, and why (as written), if recorded.
    No(Option<String>),
}

/// Which dose, as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Dose {
    /// The n-th dose.
    Number(u32),
    /// In words, as written.
    Text(String),
}

/// One vaccination as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Vaccination {
    /// Stable id (for element ids).
    pub id: String,
    /// The vaccine as written.
    pub vaccine: String,
    /// When.
    pub date: Option<NaiveDate>,
    /// When, in words (when no date was recorded).
    pub date_text: Option<String>,
    /// Which dose, where known.
    pub dose: Option<Dose>,
    /// Given or not.
    pub given: Given,
    /// Who gave it, in words.
    pub by: Option<String>,
}

/// What the vaccinations page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VaccinationList {
    /// Newest first.
    pub vaccinations: Vec<Vaccination>,
    /// Those that could not be read.
    pub problems: Vec<Problem>,
}

impl Immunization {
    fn vaccination(&self, n: usize, actors: &Actors) -> Vaccination {
        let applied = self.protocol_applied.first();
        Vaccination {
            id: self
                .id
                .clone()
                .unwrap_or_else(|| format!("vaccination-{n}")),
            vaccine: self
                .vaccine_code
                .as_ref()
                .and_then(CodeableConcept::label)
                .unwrap_or("—")
                .to_string(),
            date: self.occurrence_date_time.as_deref().and_then(parse_date),
            date_text: self.occurrence_string.clone(),
            dose: applied.and_then(|a| {
                a.dose_number_positive_int
                    .map(Dose::Number)
                    .or_else(|| a.dose_number_string.clone().map(Dose::Text))
            }),
            given: if self.status.as_deref() == Some("not-done") {
                Given::No(
                    self.status_reason
                        .as_ref()
                        .and_then(CodeableConcept::label)
                        .map(str::to_string),
                )
            } else {
                Given::Yes
            },
            by: self
                .performer
                .iter()
                .find_map(|p| actors.name(p.actor.as_ref()?)),
        }
    }
}

/// The vaccinations of one page, newest first; those entered in error are
/// left out.
pub fn vaccination_list(mut page: crate::fhir::Page<Immunization>) -> VaccinationList {
    let actors = Actors::take_from(&mut page);
    let mut vaccinations: Vec<Vaccination> = page
        .items
        .iter()
        .filter(|i| i.status.as_deref() != Some("entered-in-error"))
        .enumerate()
        .map(|(n, i)| i.vaccination(n, &actors))
        .collect();
    crate::sort::sort_by(&mut vaccinations, |a, b| {
        b.date.cmp(&a.date).then_with(|| a.vaccine.cmp(&b.vaccine))
    });
    VaccinationList {
        vaccinations,
        problems: page.problems,
    }
}

/// Every vaccination of `patient`.
pub async fn fetch_vaccinations(
    client: &FhirClient,
    patient: &str,
) -> Result<VaccinationList, FhirError> {
    let q = SearchQuery::new("Immunization")
        .param("patient", patient)
        .param("_include", "Immunization:performer")
        .count(200);
    Ok(vaccination_list(client.search::<Immunization>(&q).await?))
}

crate::deserialize_via_json!(ProtocolApplied, Performer, Immunization);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::bundle::decode_page;
    use serde_json::json;

    #[test]
    fn newest_first_with_dose_and_not_given_with_its_reason() {
        let bundle = json!({"resourceType":"Bundle","type":"searchset","entry":[
            {"resource":{"resourceType":"Immunization","id":"d1","status":"completed",
                "vaccineCode":{"text":"DKTP-Hib-HepB"},"occurrenceDateTime":"2018-08-03",
                "protocolApplied":[{"series":"DKTP-Hib-HepB","doseNumberPositiveInt":1}],
                "performer":[{"actor":{"reference":"Organization/jgz"}}]}},
            {"resource":{"resourceType":"Immunization","id":"bmr","status":"completed",
                "vaccineCode":{"coding":[{"system":"http://www.whocc.no/atc","code":"J07BD52","display":"BMR"}]},
                "occurrenceDateTime":"2019-08-05T10:00:00+02:00",
                "protocolApplied":[{"doseNumberString":"eerste"}]}},
            {"resource":{"resourceType":"Immunization","id":"men","status":"not-done",
                "statusReason":{"text":"Koorts op de dag van de vaccinatie"},
                "vaccineCode":{"text":"MenACWY"},"occurrenceDateTime":"2026-05-12"}},
            {"resource":{"resourceType":"Immunization","id":"old","status":"completed",
                "vaccineCode":{"text":"BCG"},"occurrenceString":"als baby"}},
            {"resource":{"resourceType":"Immunization","id":"oops","status":"entered-in-error",
                "vaccineCode":{"text":"Vergissing"},"occurrenceDateTime":"2026-01-01"}},
            {"resource":{"resourceType":"Organization","id":"jgz","name":"GGD Jeugdgezondheidszorg"},
                "search":{"mode":"include"}}
        ]});
        let list = vaccination_list(decode_page::<Immunization>(&bundle.to_string()).unwrap());
        let ids: Vec<&str> = list.vaccinations.iter().map(|v| v.id.as_str()).collect();
        assert_eq!(ids, ["men", "bmr", "d1", "old"]);
        assert_eq!(
            list.vaccinations[0].given,
            Given::No(Some("Koorts op de dag van de vaccinatie".into()))
        );
        assert_eq!(list.vaccinations[1].vaccine, "BMR");
        assert_eq!(list.vaccinations[1].dose, Some(Dose::Text("eerste".into())));
        assert_eq!(list.vaccinations[2].dose, Some(Dose::Number(1)));
        assert_eq!(
            list.vaccinations[2].by.as_deref(),
            Some("GGD Jeugdgezondheidszorg")
        );
        assert_eq!(list.vaccinations[3].date_text.as_deref(), Some("als baby"));
        assert_eq!(list.vaccinations[3].given, Given::Yes);
    }
}
