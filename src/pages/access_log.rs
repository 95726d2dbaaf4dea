//! Wie keek in mijn dossier (seed `004`): the access log — who looked at
//! what and when — and the objection to the GP practice viewing the
//! hospital record: its current state, and making or withdrawing it after
//! a confirmation. A representative does this for the patient, named as
//! the performer.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::form::{SendStatus, Sender};
use crate::components::loader::{Loader, load, render};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::fhir::consent::{AuditEvent, Consent, gp_objection, withdrawn};
use crate::fhir::model::{Patient, iso_date};
use crate::fhir::write::key_condition;
use crate::fhir::{FhirClient, FhirError, Page, Reference, ResourceId, SearchQuery};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::pages::compose::{acting, focus, form_key, now_instant};
use crate::pages::econsult::sent_text as when;
use crate::session::drafts::use_drafts;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug)]
struct Log {
    events: Page<AuditEvent>,
}

#[derive(Clone, Debug)]
struct Objection {
    gp: Option<Reference>,
    /// The objection in force, if any.
    current: Option<Consent>,
}

async fn objection(client: &FhirClient, patient: &str) -> Result<Objection, FhirError> {
    let record = client.read::<Patient>(patient).await?;
    let gp = record
        .general_practitioner
        .iter()
        .find(|g| g.id_of("Organization").is_some())
        .cloned();
    let consents = client
        .search::<Consent>(
            &SearchQuery::new("Consent")
                .param("patient", patient)
                .count(100),
        )
        .await?;
    let current = gp.as_ref().and_then(|gp| {
        let gp = gp.reference.as_deref().unwrap_or_default();
        consents.items.iter().find(|c| c.blocks(gp)).cloned()
    });
    Ok(Objection { gp, current })
}

/// The page (`/p/:patient/inzage`).
#[component]
pub fn AccessLog() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let log = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move {
                let events = client
                    .search::<AuditEvent>(
                        &SearchQuery::new("AuditEvent")
                            .param("patient", id)
                            .param("_sort", "-date")
                            .count(100),
                    )
                    .await?;
                Ok(Log { events })
            }
        })
    };
    let state = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move { objection(&client, &id).await }
        })
    };
    let changed = RwSignal::new(None::<Key>);
    view! {
        <PageHeading title=Key::AccessLogTitle patient=patient.name.clone()/>
        <p>{i18n.text(Key::AccessLogIntro)}</p>
        <section aria-labelledby="gp-title">
            <h2 id="gp-title">{i18n.text(Key::GpTitle)}</h2>
            <p>{i18n.text(Key::GpExplain)}</p>
            <div role="status">
                {move || changed.get().map(|k| view! {
                    <Notice class="sent-confirmation"><p data-testid="gp-changed">{i18n.text(k)}</p></Notice>
                })}
            </div>
            <Loader resource=state render=render(move |o: &Objection| {
                view! { <GpObjection state=o.clone() on_changed=Callback::new(move |k: Key| {
                    changed.set(Some(k));
                    // The objection changed; the access log did not.
                    state.refetch();
                })/> }.into_any()
            })/>
        </section>
        <section aria-labelledby="log-title">
            <h2 id="log-title">{i18n.text(Key::AccessLogListTitle)}</h2>
            <p>{i18n.text(Key::AccessLogListIntro)}</p>
            <Loader resource=log render=render(move |l: &Log| log_table(l))/>
        </section>
    }
}

fn log_table(log: &Log) -> AnyView {
    let i18n = use_i18n();
    let mut events = log.events.items.clone();
    crate::sort::sort_by(&mut events, |a, b| b.recorded.cmp(&a.recorded));
    let rows: Vec<Row> = events
        .into_iter()
        .map(|e| {
            let recorded = e.recorded.clone();
            let what: Vec<String> = e.what.iter().filter_map(|w| w.display.clone()).collect();
            Row::new(vec![
                Cell::Live(Arc::new(move |i| when(i, recorded.as_deref()))),
                Cell::text_or_dash(e.who.as_ref().and_then(|w| w.display.as_deref())),
                if what.is_empty() {
                    Cell::Label(Key::AccessLogWholeRecord)
                } else {
                    Cell::Text(what.join(", "))
                },
                Cell::text_or_dash(e.source.as_ref().and_then(|s| s.display.as_deref())),
            ])
        })
        .collect();
    if rows.is_empty() {
        return view! { <p data-testid="access-log">{i18n.text(Key::AccessLogNone)}</p> }
            .into_any();
    }
    view! {
        <ProblemsNotice problems=log.events.problems.clone()/>
        <DataTable testid="access-log" row_headers=true rows=rows
            caption=Caption::Hidden(Cell::Label(Key::AccessLogListTitle))
            columns=vec![
                Header::Key(Key::AccessLogColumnWhen),
                Header::Key(Key::AccessLogColumnWho),
                Header::Key(Key::AccessLogColumnWhat),
                Header::Key(Key::AccessLogColumnVia),
            ]/>
    }
    .into_any()
}

#[component]
fn GpObjection(state: Objection, on_changed: Callback<Key>) -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let drafts = use_drafts();
    let Some(gp) = state.gp.clone() else {
        return view! {
            <p data-testid="gp-state">{i18n.text(Key::GpNone)}</p>
            <p><a href=format!("/p/{}/gegevens", patient.id)>{i18n.text(Key::GpNoneLink)}</a></p>
        }
        .into_any();
    };
    let gp_name = gp.display.clone().unwrap_or_else(|| "—".into());
    let blocked = state.current.clone();
    let asking = RwSignal::new(false);
    let send = Sender::new();
    let prefix = format!("{}/gp-objection/", patient.id);
    let act = {
        let (blocked, gp, patient, prefix) =
            (blocked.clone(), gp.clone(), patient.clone(), prefix.clone());
        move || {
            let today = iso_date(crate::session::today());
            let client = patient.client.clone();
            let who = acting(&patient);
            match blocked.clone() {
                Some(consent) => {
                    let id = ResourceId::<Consent>::of(consent.id.as_deref());
                    let body = withdrawn(&who, &consent.json, &today);
                    send.run(async move {
                        client.update(&id?, &body).await?;
                        on_changed.run(Key::GpWithdrawn);
                        Ok(())
                    });
                }
                None => {
                    let key = form_key(drafts, &prefix);
                    let body = gp_objection(&who, &key, &gp, &today, &now_instant());
                    let prefix = prefix.clone();
                    send.run(async move {
                        client
                            .create("Consent", &body, Some(&key_condition(&key)))
                            .await?;
                        drafts.forget(&prefix);
                        on_changed.run(Key::GpBlocked);
                        Ok(())
                    });
                }
            }
        }
    };
    let retry = {
        let act = act.clone();
        Callback::new(move |_| act())
    };
    let since = blocked.as_ref().and_then(|c| c.date_time.clone());
    let is_blocked = blocked.is_some();
    let state_text = {
        let gp_name = gp_name.clone();
        i18n.live(Arc::new(move |i| {
            if is_blocked {
                i.tf(
                    Key::GpStateBlocked,
                    &[("gp", &gp_name), ("date", &when(i, since.as_deref()))],
                )
            } else {
                i.tf(Key::GpStateOpen, &[("gp", &gp_name)])
            }
        }))
    };
    let (start_key, confirm_key, question_key) = if is_blocked {
        (
            Key::GpWithdraw,
            Key::GpWithdrawConfirm,
            Key::GpWithdrawQuestion,
        )
    } else {
        (Key::GpBlock, Key::GpBlockConfirm, Key::GpBlockQuestion)
    };
    let question = {
        let gp_name = gp_name.clone();
        i18n.live(Arc::new(move |i| i.tf(question_key, &[("gp", &gp_name)])))
    };
    view! {
        <p class="gp-state" data-testid="gp-state" data-blocked=is_blocked.then_some("true")>
            <strong>{state_text}</strong>
        </p>
        {(!is_blocked).then(|| view! { <p>{i18n.text(Key::GpConsequence)}</p> })}
        <div hidden=move || asking.get()>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" id="gp-start"
                on:click=move |_| { asking.set(true); request_animation_frame(|| focus("gp-question")); }>
                {i18n.text(start_key)}
            </button>
        </div>
        <div class="gp-confirm" hidden=move || !asking.get()>
            <Notice kind=NoticeKind::Warning>
                <p id="gp-question" tabindex="-1" data-testid="gp-question">{question}</p>
                <SendStatus send=send retry=retry/>
                <div class="button-row">
                    <button type="button" class="utrecht-button utrecht-button--primary-action" id="gp-confirm"
                        disabled=move || send.busy() aria-disabled=move || send.busy().then_some("true")
                        on:click=move |_| act()>
                        {i18n.text(confirm_key)}
                    </button>
                    <button type="button" class="utrecht-button utrecht-button--subtle"
                        disabled=move || send.busy()
                        on:click=move |_| { asking.set(false); request_animation_frame(|| focus("gp-start")); }>
                        {i18n.text(Key::GpCancel)}
                    </button>
                </div>
            </Notice>
        </div>
    }
    .into_any()
}
