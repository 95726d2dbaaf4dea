//! The agenda as the page shows it: every appointment with its place,
//! specialism, practitioner and phone, split into coming and past.

use super::{Appointment, Places, Standing, phone};
use crate::fhir::{FhirClient, FhirError, Page, SearchQuery};
use chrono::NaiveDateTime;

/// One appointment as the agenda shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The appointment.
    pub appointment: Appointment,
    /// Its standing.
    pub standing: Standing,
    /// Place: name and address.
    pub place: Option<String>,
    /// Specialism.
    pub specialism: Option<String>,
    /// Practitioner.
    pub practitioner: Option<String>,
    /// Phone of the department.
    pub phone: Option<String>,
}

/// The agenda of one page of appointments and the `places` it included,
/// at `now`: (upcoming soonest first, past latest first), without
/// appointments at the organizations whose ids are `hidden` or entered in
/// error.
pub fn agenda(
    page: &Page<Appointment>,
    places: &Places,
    hidden: &[String],
    now: NaiveDateTime,
) -> (Vec<Entry>, Vec<Entry>) {
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for a in &page.items {
        let Some(standing) = a.standing() else {
            continue;
        };
        if places
            .organizations(a)
            .iter()
            .any(|org| hidden.iter().any(|h| h == org))
        {
            continue;
        }
        let location = places.location(a);
        let service = places.service(a);
        let place = location
            .map(|l| {
                let address = l.address.as_ref().map(|ad| {
                    let mut parts = ad.line.clone();
                    parts.extend(ad.postal_code.clone().into_iter().chain(ad.city.clone()));
                    parts.join(", ")
                });
                [l.name.clone(), address]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" — ")
            })
            .or_else(|| a.actor("Location").and_then(|r| r.display.clone()));
        let entry = Entry {
            standing,
            place,
            specialism: a
                .specialty
                .iter()
                .find_map(|s| s.label().map(str::to_string))
                .or_else(|| service.and_then(|s| s.name.clone()))
                .or_else(|| a.actor("HealthcareService").and_then(|r| r.display.clone())),
            practitioner: a.actor("Practitioner").and_then(|r| r.display.clone()),
            phone: service
                .and_then(|s| phone(&s.telecom))
                .or_else(|| location.and_then(|l| phone(&l.telecom)))
                .map(str::to_string),
            appointment: a.clone(),
        };
        if a.upcoming(now) {
            upcoming.push(entry);
        } else {
            past.push(entry);
        }
    }
    crate::sort::sort_by(&mut upcoming, |a, b| {
        a.appointment.start.cmp(&b.appointment.start)
    });
    crate::sort::sort_by(&mut past, |a, b| {
        b.appointment.start.cmp(&a.appointment.start)
    });
    (upcoming, past)
}

/// `patient`'s appointments with the places and services they name; a
/// place that cannot be read is named with the page's problems.
pub async fn fetch_appointments(
    client: &FhirClient,
    patient: &str,
) -> Result<(Page<Appointment>, Places), FhirError> {
    let q = SearchQuery::new("Appointment")
        .param("patient", patient)
        .param("_include", "Appointment:actor:Location")
        .param("_include", "Appointment:actor:HealthcareService")
        .param("_sort", "date")
        .count(200);
    let mut page = client.search::<Appointment>(&q).await?;
    let places = Places::take_from(&mut page);
    Ok((page, places))
}
