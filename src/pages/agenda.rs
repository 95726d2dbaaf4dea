//! Agenda (handbook §3.4, seed `000`): upcoming and past appointments with
//! date, time, place, specialism and practitioner, and how definite each
//! one is. Appointments are indicative: the page says so first. Those at
//! organizations listed in config are never shown; the page says they exist
//! and where to find them. Each coming appointment can be saved to a
//! calendar (an `.ics` file).

use crate::components::data_item::DataItem;
use crate::components::loader::{Loader, load, render};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::tabs::{Tab, Tabs};
use crate::config::HiddenOrganization;
use crate::fhir::agenda::{Appointment, Places, Standing, phone};
use crate::fhir::{Page, SearchQuery};
use crate::i18n::format_weekday_date_time;
use crate::i18n::{I18n, Key, use_i18n};
use crate::layout::use_current_patient;
use crate::session::use_config;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

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
/// appointments at `hidden` organizations or entered in error.
pub fn agenda(
    page: &Page<Appointment>,
    places: &Places,
    hidden: &[HiddenOrganization],
    now: chrono::NaiveDateTime,
) -> (Vec<Entry>, Vec<Entry>) {
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for a in &page.items {
        let Some(standing) = a.standing() else {
            continue;
        };
        if places
            .organizations(a)
            .iter()
            .any(|org| hidden.iter().any(|h| h.id == *org))
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

fn standing_key(s: Standing) -> Key {
    match s {
        Standing::Proposed => Key::AgendaStatusProposed,
        Standing::Pending => Key::AgendaStatusPending,
        Standing::Booked => Key::AgendaStatusBooked,
        Standing::Arrived => Key::AgendaStatusArrived,
        Standing::Fulfilled => Key::AgendaStatusFulfilled,
        Standing::Cancelled => Key::AgendaStatusCancelled,
        Standing::NoShow => Key::AgendaStatusNoShow,
        Standing::Waitlist => Key::AgendaStatusWaitlist,
    }
}

fn standing_class(s: Standing) -> &'static str {
    match s {
        Standing::Proposed | Standing::Pending | Standing::Waitlist => {
            "status-badge status-badge--provisional"
        }
        Standing::Cancelled | Standing::NoShow => "status-badge status-badge--cancelled",
        Standing::Fulfilled | Standing::Arrived => "status-badge status-badge--quiet",
        Standing::Booked => "status-badge",
    }
}

/// The calendar file of an entry, in the person's language.
pub fn calendar_file(i18n: I18n, entry: &Entry, now: chrono::NaiveDateTime) -> Option<String> {
    let a = &entry.appointment;
    let mut description = vec![i18n.t(Key::AgendaCalendarNote).to_string()];
    description.extend(entry.specialism.clone());
    description.extend(entry.practitioner.clone());
    description.extend(entry.phone.clone());
    let end = a.end.clone().or_else(|| {
        let (_, start) = crate::fhir::model::parse_instant(a.start.as_deref()?)?;
        let minutes = i64::from(a.minutes_duration?);
        Some(crate::fhir::model::utc_instant(
            start? + chrono::Duration::minutes(minutes),
        ))
    });
    crate::ics::calendar(
        &crate::ics::Event {
            uid: format!(
                "{}@patient-portal",
                a.id.as_deref().unwrap_or("appointment")
            ),
            start: a.start.clone()?,
            end,
            summary: a
                .description
                .clone()
                .or_else(|| entry.specialism.clone())
                .unwrap_or_else(|| i18n.t(Key::AgendaTitle).to_string()),
            location: entry.place.clone(),
            description: Some(description.join("\n")),
        },
        now,
    )
}

/// The agenda page (`/p/:patient/agenda`, `?tab=eerder` for the past).
#[component]
pub fn Agenda() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let config = use_config();
    let query = use_query_map();
    let past = Memo::new(move |_| query.get().get("tab").as_deref() == Some("eerder"));
    let base = format!("/p/{}/agenda", patient.id);
    let list = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move {
                let q = SearchQuery::new("Appointment")
                    .param("patient", id)
                    .param("_include", "Appointment:actor:Location")
                    .param("_include", "Appointment:actor:HealthcareService")
                    .param("_sort", "date")
                    .count(200);
                let mut page = client.search::<Appointment>(&q).await?;
                // A place that cannot be read is named with the page's problems.
                let places = Places::take_from(&mut page);
                Ok((page, places))
            }
        })
    };
    let tabs = vec![
        Tab {
            label: Key::AgendaTabUpcoming,
            href: base.clone(),
            current: Signal::derive(move || !past.get()),
        },
        Tab {
            label: Key::AgendaTabPast,
            href: format!("{base}?tab=eerder"),
            current: past.into(),
        },
    ];
    let office = config.contact("appointments").cloned();
    let hidden = config.hidden_organizations.clone();
    let hidden_notices = hidden
        .iter()
        .map(|h| {
            let h = h.clone();
            view! {
                <Notice class="agenda-hidden">
                    <p data-testid="agenda-hidden">{i18n.live(Arc::new(move |i| {
                        let text = i.tf(Key::AgendaHidden, &[("organization", &h.name)]);
                        format!("{text} {}", h.where_to_find(i.lang()))
                    }))}</p>
                </Notice>
            }
        })
        .collect_view();
    view! {
        <PageHeading title=Key::AgendaTitle patient=patient.name.clone()/>
        <Notice kind=NoticeKind::Warning class="agenda-indicative">
            <p data-testid="agenda-indicative">{i18n.text(Key::AgendaIndicative)}</p>
            <p>{i18n.text(Key::AgendaProposedInfo)}</p>
            {office.map(|c| view! {
                <p>{i18n.live(Arc::new(move |i| format!("{}: {}", c.label(i.lang()), c.value)))}</p>
            })}
        </Notice>
        {hidden_notices}
        <Tabs label=Key::AgendaTabsLabel tabs=tabs/>
        <Loader resource=list render=render(move |(page, places): &(Page<Appointment>, Places)| {
            let (upcoming, earlier) = agenda(page, places, &hidden, crate::fhir::model::now_utc());
            let problems = page.problems.clone();
            view! {
                <ProblemsNotice problems=problems/>
                {move || if past.get() {
                    entries(earlier.clone(), false)
                } else {
                    entries(upcoming.clone(), true)
                }}
            }
            .into_any()
        })/>
    }
}

fn entries(list: Vec<Entry>, upcoming: bool) -> AnyView {
    let i18n = use_i18n();
    if list.is_empty() {
        let key = if upcoming {
            Key::AgendaEmptyUpcoming
        } else {
            Key::AgendaEmptyPast
        };
        return view! { <p class="empty" data-testid="agenda-empty">{i18n.text(key)}</p> }
            .into_any();
    }
    let items = list
        .into_iter()
        .enumerate()
        .map(|(n, entry)| appointment_card(n, entry, upcoming))
        .collect_view();
    view! { <ul class="agenda" data-testid="agenda-list">{items}</ul> }.into_any()
}

fn appointment_card(n: usize, entry: Entry, upcoming: bool) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("appointment-{n}");
    let labelled_by = heading_id.clone();
    let at = entry.appointment.start_time();
    let when = i18n.live(Arc::new(move |i| match at {
        Some(t) => format_weekday_date_time(i.lang(), t),
        None => i.t(Key::AgendaNoTime).to_string(),
    }));
    let standing = entry.standing;
    let proposed = standing == Standing::Proposed;
    let can_save = upcoming && standing != Standing::Cancelled && at.is_some();
    let what = entry.appointment.description.clone();
    let file_name = format!(
        "{}.ics",
        at.map(|t| {
            use chrono::Timelike;
            format!(
                "afspraak-{}-{:02}{:02}",
                crate::fhir::model::iso_date(t.date()),
                t.hour(),
                t.minute()
            )
        })
        .unwrap_or_else(|| "afspraak".into())
    );
    let dash = |v: Option<String>| v.unwrap_or_else(|| "—".into());
    let save_label = {
        let what = what.clone().unwrap_or_default();
        i18n.live(Arc::new(move |i| {
            let when = at
                .map(|t| format_weekday_date_time(i.lang(), t))
                .unwrap_or_default();
            i.tf(Key::AgendaSaveLabel, &[("what", &what), ("when", &when)])
        }))
    };
    let entry_for_file = entry.clone();
    let save = move |_| {
        if let Some(ics) = calendar_file(i18n, &entry_for_file, crate::fhir::model::now_utc()) {
            crate::download::save_file(&file_name, "text/calendar", ics.as_bytes());
        }
    };
    view! {
        <li class="agenda__item">
            <article class="appointment" class:appointment--proposed=proposed aria-labelledby=labelled_by>
                <h2 class="appointment__when" id=heading_id>{when}</h2>
                {what.map(|w| view! { <p class="appointment__what">{w}</p> })}
                <p><span class=standing_class(standing) data-testid="appointment-status">{i18n.text(standing_key(standing))}</span></p>
                {proposed.then(|| view! { <p class="appointment__proposed">{i18n.text(Key::AgendaProposedExplained)}</p> })}
                <dl class="utrecht-data-list data-list appointment__facts">
                    <DataItem label=Key::ColumnSpecialism>{dash(entry.specialism)}</DataItem>
                    <DataItem label=Key::AgendaPlace>{dash(entry.place)}</DataItem>
                    <DataItem label=Key::AgendaPractitioner>{dash(entry.practitioner)}</DataItem>
                    {entry.phone.map(|p| view! { <DataItem label=Key::AgendaPhone>{p}</DataItem> })}
                </dl>
                {can_save.then(|| view! {
                    <button type="button" class="utrecht-button utrecht-button--secondary-action"
                        aria-label=save_label on:click=save>
                        {i18n.text(Key::AgendaSave)}
                    </button>
                })}
            </article>
        </li>
    }
}
