//! Agenda (handbook §3.4, seed `000`): upcoming and past appointments with
//! date, time, place, specialism and practitioner, and how definite each
//! one is. Appointments are indicative: the page says so first. Those at
//! organizations listed in config are never shown; the page says they exist
//! and where to find them. Each coming appointment can be saved to a
//! calendar (an `.ics` file).

use crate::components::appointments::Appointments;
use crate::components::loader::{Loader, load, render};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::tabs::{Tab, Tabs};
use crate::fhir::Page;
use crate::fhir::agenda::{Appointment, Places, agenda, fetch_appointments};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::session::use_config;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

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
            async move { fetch_appointments(&client, &id).await }
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
    let hidden_ids: Vec<String> = hidden.iter().map(|h| h.id.clone()).collect();
    let hidden_notices = hidden
        .into_iter()
        .map(|h| {
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
            let (upcoming, earlier) = agenda(page, places, &hidden_ids, crate::fhir::model::now_utc());
            let problems = page.problems.clone();
            view! {
                <ProblemsNotice problems=problems/>
                {move || if past.get() {
                    view! { <Appointments list=earlier.clone() upcoming=false/> }
                } else {
                    view! { <Appointments list=upcoming.clone() upcoming=true/> }
                }}
            }
            .into_any()
        })/>
    }
}
