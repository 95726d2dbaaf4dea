//! What the printable summary (issue 18) shows, fetched at once: the
//! patient, allergies, problems, medicines, vaccinations, measurements,
//! the results of the last 12 months and the upcoming appointments; a part
//! that fails is kept as its error, to be said in its place.

use crate::fhir::agenda::{Entry, Places, agenda, fetch_appointments};
use crate::fhir::allergy::{AllergyList, fetch_allergies};
use crate::fhir::condition::{ProblemLists, fetch_problems};
use crate::fhir::immunization::{VaccinationList, fetch_vaccinations};
use crate::fhir::medication::{MedicineLists, fetch_medicines};
use crate::fhir::model::Patient;
use crate::fhir::observation::{MeasurementKind, ResultGroup, fetch_measurements, group_by_report};
use crate::fhir::{FhirClient, FhirError, SearchQuery};

/// One part of the summary: what came, or why it did not.
pub type Part<T> = Result<T, FhirError>;

/// Everything the summary shows.
pub struct Summary {
    /// The patient's record.
    pub patient: Patient,
    /// Allergies and intolerances.
    pub allergies: Part<AllergyList>,
    /// Problems and diagnoses.
    pub problems: Part<ProblemLists>,
    /// Medicines, current and stopped.
    pub medicines: Part<MedicineLists>,
    /// Vaccinations.
    pub vaccinations: Part<VaccinationList>,
    /// Measurements by kind.
    pub measurements: Part<Vec<MeasurementKind>>,
    /// The reports of the last 12 months with their results.
    pub results: Part<Vec<ResultGroup>>,
    /// The upcoming appointments.
    pub appointments: Part<Vec<Entry>>,
}

/// The reports of the last 12 months, newest first, with their results.
async fn recent_results(
    client: &FhirClient,
    patient: &str,
    today: chrono::NaiveDate,
) -> Part<Vec<ResultGroup>> {
    let since = today - chrono::Months::new(12);
    let q = SearchQuery::new("DiagnosticReport")
        .param("patient", patient)
        .param("date", format!("ge{}", crate::fhir::model::iso_date(since)))
        .param("_sort", "-date")
        .param("_include", "DiagnosticReport:result")
        .param("_include:iterate", "Observation:has-member")
        .count(200);
    let mut page = client
        .search::<crate::fhir::diagnostic_report::DiagnosticReport>(&q)
        .await?;
    let observations = page.take_included::<crate::fhir::observation::Observation>();
    Ok(group_by_report(&page.items, &observations))
}

/// Everything at once; a part that fails is said in its place.
pub async fn fetch_summary(
    client: FhirClient,
    id: String,
    hidden: Vec<String>,
) -> Result<Summary, FhirError> {
    let patient = client.read::<Patient>(&id).await?;
    if patient.id.as_deref() != Some(id.as_str()) {
        return Err(FhirError::NotFound);
    }
    let today = crate::session::today();
    let (allergies, problems, medicines, vaccinations) = futures::future::join4(
        fetch_allergies(&client, &id),
        fetch_problems(&client, &id),
        fetch_medicines(&client, &id),
        fetch_vaccinations(&client, &id),
    )
    .await;
    let (measurements, results, appointments) = futures::future::join3(
        fetch_measurements(&client, &id),
        recent_results(&client, &id, today),
        fetch_appointments(&client, &id),
    )
    .await;
    let appointments = appointments.map(|(page, places): (_, Places)| {
        agenda(&page, &places, &hidden, crate::fhir::model::now_utc()).0
    });
    Ok(Summary {
        patient,
        allergies,
        problems,
        medicines,
        vaccinations,
        measurements: measurements.map(|(kinds, _)| kinds),
        results,
        appointments,
    })
}
