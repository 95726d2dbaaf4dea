//! Appointments as cards: when, what, how definite, where, with whom and
//! the department's phone; a coming one can be saved to a calendar (an
//! `.ics` file).

use crate::components::data_item::DataItem;
use crate::fhir::agenda::{Entry, Standing};
use crate::i18n::format_weekday_date_time;
use crate::i18n::{I18n, Key, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

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

/// The appointments of one tab, or the text that there are none.
#[component]
pub fn Appointments(
    /// The appointments, in the order to show.
    list: Vec<Entry>,
    /// Whether they are the coming ones (which can be saved to a calendar).
    upcoming: bool,
) -> impl IntoView {
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
