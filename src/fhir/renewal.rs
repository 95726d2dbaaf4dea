//! A repeat prescription to request (handbook §3.2.4): the prescription,
//! the specialism that prescribed it, the other teams the request could go
//! to, the patient's pharmacy and a request still open, read together.

use super::bundle::add_problems;
use super::care_team::care_teams;
use super::medication::{MedicationRequest, PractitionerRole, prescribing_service};
use super::model::Patient;
use super::task::Task;
use super::{FhirClient, FhirError, Problem, Reference, SearchQuery};

/// What the request form needs.
#[derive(Clone, Debug)]
pub struct Renewal {
    /// The prescription's id (the one in the address, found on the server).
    pub id: String,
    /// The prescription.
    pub medicine: MedicationRequest,
    /// The specialism that prescribed it.
    pub prescriber: Option<Reference>,
    /// The specialisms the patient is treated by.
    pub teams: Vec<Reference>,
    /// The pharmacy the prescription goes to.
    pub pharmacy: Option<Reference>,
    /// When the latest request still open was made.
    pub open_since: Option<String>,
    /// What could not be read: a prescriber or team may be missing.
    pub problems: Vec<Problem>,
}

impl Renewal {
    /// Who the request can go to: the teams, with the prescriber first when
    /// it is not among them.
    pub fn recipients(&self) -> Vec<Reference> {
        let mut all = self.teams.clone();
        if let Some(p) = self.prescriber.clone()
            && !all.iter().any(|t| t.reference == p.reference)
        {
            all.insert(0, p);
        }
        all
    }
}

/// Reads what the form for prescription `medicine` of `patient` needs;
/// `hidden` are the organizations whose teams are left out
/// ([`super::care_team::hidden_ids`]). A prescription of someone else is
/// not found.
pub async fn renewal(
    client: &FhirClient,
    patient: &str,
    medicine: &str,
    hidden: &[String],
) -> Result<Renewal, FhirError> {
    let mut page = client
        .search::<MedicationRequest>(
            &SearchQuery::new("MedicationRequest")
                .param("_id", medicine)
                .param("patient", patient)
                .param("_include", "MedicationRequest:requester"),
        )
        .await?;
    let found = page
        .items
        .iter()
        .find(|m| m.id.as_deref() == Some(medicine))
        .cloned()
        .ok_or(FhirError::NotFound)?;
    let roles = page.take_included::<PractitionerRole>();
    let prescriber = prescribing_service(&found, &roles);
    let teams = care_teams(client, patient, hidden).await?;
    let mut problems = page.problems;
    add_problems(&mut problems, teams.problems);
    let pharmacy = client.read::<Patient>(patient).await?.pharmacy().cloned();
    let tasks = client
        .search::<Task>(
            &SearchQuery::new("Task")
                .param("patient", patient)
                .param("focus", format!("MedicationRequest/{medicine}")),
        )
        .await?;
    let open_since = tasks
        .items
        .iter()
        .filter(|t| t.is_open_repeat_request(medicine))
        .filter_map(|t| t.authored_on.clone())
        .max();
    Ok(Renewal {
        id: medicine.to_string(),
        medicine: found,
        prescriber,
        teams: teams.teams,
        pharmacy,
        open_since,
        problems,
    })
}

/// Days of supply as typed: a whole number from 0 to 365.
pub fn parse_days(text: &str) -> Option<u32> {
    text.trim().parse::<u32>().ok().filter(|d| *d <= 365)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_of_supply_are_a_whole_number_up_to_a_year() {
        assert_eq!(parse_days(" 5 "), Some(5));
        assert_eq!(parse_days("0"), Some(0));
        assert_eq!(parse_days("366"), None);
        assert_eq!(parse_days("-1"), None);
        assert_eq!(parse_days("vijf"), None);
        assert_eq!(parse_days("2,5"), None);
        assert_eq!(parse_days(""), None);
    }

    #[test]
    fn the_prescriber_comes_first_unless_it_is_among_the_teams() {
        let team = |id: &str, name: &str| Reference {
            reference: Some(format!("HealthcareService/{id}")),
            display: Some(name.into()),
        };
        let mut r = Renewal {
            id: "m1".into(),
            medicine: MedicationRequest::default(),
            prescriber: Some(team("derma", "Dermatologie")),
            teams: vec![team("kinder", "Kindergeneeskunde")],
            pharmacy: None,
            open_since: None,
            problems: Vec::new(),
        };
        let names = |r: &Renewal| -> Vec<String> {
            r.recipients()
                .into_iter()
                .filter_map(|t| t.display)
                .collect()
        };
        assert_eq!(names(&r), ["Dermatologie", "Kindergeneeskunde"]);
        r.teams.push(team("derma", "Dermatologie"));
        assert_eq!(names(&r), ["Kindergeneeskunde", "Dermatologie"]);
        r.prescriber = None;
        assert_eq!(names(&r), ["Kindergeneeskunde", "Dermatologie"]);
    }
}
