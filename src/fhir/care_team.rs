//! The care teams a patient can write to (an e-consult, a repeat
//! prescription): the specialisms of their appointments and of the doctors
//! who prescribed their medicines, without those of organizations whose
//! matters this portal does not handle.

use super::agenda::{Appointment, HealthcareService};
use super::bundle::add_problems;
use super::medication::{MedicationRequest, PractitionerRole, prescribing_service};
use super::{FhirClient, FhirError, Problem, Reference, SearchQuery};
use crate::config::Config;

/// The care teams a message can go to, and what could not be read while
/// finding them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CareTeams {
    /// The specialisms, by name.
    pub teams: Vec<Reference>,
    /// Appointments, prescriptions, specialisms and roles that could not
    /// be read: a team may be missing because of them.
    pub problems: Vec<Problem>,
}

/// The ids of the organizations whose matters this portal does not handle
/// (config `hidden_organizations`).
pub fn hidden_ids(config: &Config) -> Vec<String> {
    config
        .hidden_organizations
        .iter()
        .map(|h| h.id.clone())
        .collect()
}

/// The specialisms the patient is treated by (see the module), read from
/// the server; `hidden` are organization ids ([`hidden_ids`]).
pub async fn care_teams(
    client: &FhirClient,
    patient: &str,
    hidden: &[String],
) -> Result<CareTeams, FhirError> {
    let mut appointments = client
        .search::<Appointment>(
            &SearchQuery::new("Appointment")
                .param("patient", patient)
                .param("_include", "Appointment:actor:HealthcareService")
                .count(200),
        )
        .await?;
    let mut medicines = client
        .search::<MedicationRequest>(
            &SearchQuery::new("MedicationRequest")
                .param("patient", patient)
                .param("_include", "MedicationRequest:requester")
                .count(200),
        )
        .await?;
    let services = appointments.take_included::<HealthcareService>();
    let roles = medicines.take_included::<PractitionerRole>();
    let teams = teams_of(services, &medicines.items, &roles, hidden);
    let mut problems = appointments.problems;
    add_problems(&mut problems, medicines.problems);
    Ok(CareTeams { teams, problems })
}

/// The teams among the appointments' `services` and the prescribers of
/// `medicines`, by name, each once, without those of `hidden` organizations.
fn teams_of(
    services: Vec<HealthcareService>,
    medicines: &[MedicationRequest],
    roles: &[PractitionerRole],
    hidden: &[String],
) -> Vec<Reference> {
    let mut teams: Vec<Reference> = services
        .into_iter()
        .filter(|s| {
            !s.provided_by
                .as_ref()
                .and_then(|o| o.id_of("Organization"))
                .is_some_and(|o| hidden.iter().any(|h| h == o))
        })
        .filter_map(|s| {
            let id = s.id.as_deref()?;
            Some(Reference {
                reference: Some(format!("HealthcareService/{id}")),
                display: s.name.clone(),
            })
        })
        .collect();
    teams.extend(
        medicines
            .iter()
            .filter_map(|m| prescribing_service(m, roles)),
    );
    teams.retain(|t| t.reference.is_some());
    crate::sort::sort_by(&mut teams, |a, b| a.display.cmp(&b.display));
    teams.dedup_by(|a, b| a.reference == b.reference);
    teams
}

/// The teams as (reference, name) choices; a team without a name is "—".
pub fn choice_of(teams: &[Reference]) -> Vec<(String, String)> {
    teams
        .iter()
        .filter_map(|t| {
            Some((
                t.reference.clone()?,
                t.display.clone().unwrap_or_else(|| "—".into()),
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn service(id: &str, name: &str, org: &str) -> HealthcareService {
        serde_json::from_value(
            json!({"resourceType":"HealthcareService","id":id,"name":name,
            "providedBy":{"reference":format!("Organization/{org}")}}),
        )
        .unwrap()
    }

    #[test]
    fn teams_are_named_once_in_order_without_hidden_organizations() {
        let services = vec![
            service("kinder", "Kindergeneeskunde", "umc"),
            service("derma", "Dermatologie", "umc"),
            service("kinder", "Kindergeneeskunde", "umc"),
            service("elders", "Elders", "kocz"),
        ];
        let teams = teams_of(services, &[], &[], &["kocz".to_string()]);
        let names: Vec<_> = teams.iter().filter_map(|t| t.display.as_deref()).collect();
        assert_eq!(names, ["Dermatologie", "Kindergeneeskunde"]);
        assert_eq!(
            choice_of(&teams)[0],
            ("HealthcareService/derma".into(), "Dermatologie".into())
        );
        let unnamed = Reference::to("HealthcareService", "x");
        assert_eq!(choice_of(&[unnamed])[0].1, "—");
    }

    #[test]
    fn hidden_organizations_come_from_the_config() {
        let config = Config::parse(r#"{"hidden_organizations":["org-x"]}"#).unwrap();
        assert_eq!(hidden_ids(&config), ["org-x"]);
    }
}
