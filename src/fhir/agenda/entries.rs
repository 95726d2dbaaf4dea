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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::bundle::decode_page;
    use serde_json::json;

    fn appointment(
        id: &str,
        status: &str,
        start: &str,
        location: Option<&str>,
    ) -> serde_json::Value {
        let mut participant =
            vec![json!({"actor":{"reference":"Patient/noah"},"status":"accepted"})];
        if let Some(l) = location {
            participant.push(json!({"actor":{"reference":format!("Location/{l}")}}));
        }
        json!({"resource":{"resourceType":"Appointment","id":id,"status":status,"start":start,
            "participant":participant}})
    }

    #[test]
    fn the_agenda_splits_sorts_places_and_leaves_out_hidden_and_erroneous_ones() {
        let bundle = json!({"resourceType":"Bundle","type":"searchset","entry":[
            appointment("hidden", "booked", "2026-12-10T09:00:00+01:00", Some("elsewhere")),
            appointment("later", "booked", "2026-12-20T10:00:00+01:00", Some("poli")),
            appointment("sooner", "booked", "2026-12-15T10:00:00+01:00", None),
            appointment("past", "fulfilled", "2026-01-01T10:00:00+01:00", None),
            appointment("error", "entered-in-error", "2026-12-16T10:00:00+01:00", None),
            {"resource":{"resourceType":"Location","id":"elsewhere",
                "managingOrganization":{"reference":"Organization/kocz"}},"search":{"mode":"include"}},
            {"resource":{"resourceType":"Location","id":"poli","name":"Polikliniek",
                "address":{"line":["Lindelaan 1"],"postalCode":"1234 AB","city":"Delft"},
                "telecom":[{"system":"phone","value":"088 123 45 67"}]},"search":{"mode":"include"}}
        ]});
        let mut page = decode_page::<Appointment>(&bundle.to_string()).unwrap();
        let places = Places::take_from(&mut page);
        let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 6)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .unwrap();
        let (upcoming, past) = agenda(&page, &places, &["kocz".to_string()], now);
        let ids = |list: &[Entry]| -> Vec<String> {
            list.iter()
                .filter_map(|e| e.appointment.id.clone())
                .collect()
        };
        assert_eq!(ids(&upcoming), ["sooner", "later"]);
        assert_eq!(ids(&past), ["past"]);
        assert_eq!(
            upcoming[1].place.as_deref(),
            Some("Polikliniek — Lindelaan 1, 1234 AB, Delft")
        );
        assert_eq!(upcoming[1].phone.as_deref(), Some("088 123 45 67"));
        assert_eq!(upcoming[1].standing, Standing::Booked);
    }
}
