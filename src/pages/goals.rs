//! Behandeldoelen (handbook §3.2.2): the goals agreed with the doctor.

use crate::components::data_item::DataItem;
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::values::value;
use crate::fhir::goal::{Goal, Status, Target, sort_goals};
use crate::fhir::model::parse_date;
use crate::fhir::{Page, SearchQuery};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;

/// A goal's one status in words.
fn status_key(status: Status) -> Key {
    match status {
        Status::Planned => Key::GoalPlanned,
        Status::Active => Key::GoalActive,
        Status::InProgress => Key::GoalInProgress,
        Status::Improving => Key::GoalImproving,
        Status::Worsening => Key::GoalWorsening,
        Status::OnHold => Key::GoalOnHold,
        Status::Achieved => Key::GoalAchieved,
        Status::NotAchieved => Key::GoalNotAchieved,
        Status::CompletedNotAchieved => Key::GoalCompletedNotAchieved,
        Status::Completed => Key::GoalCompleted,
        Status::Cancelled => Key::GoalCancelled,
        Status::Unknown => Key::GoalUnknown,
    }
}

/// "Weight Measured: 160 – 180 lb", or the value alone; `None` without one.
fn target_text(
    target: &Target,
) -> Option<std::sync::Arc<dyn Fn(crate::i18n::I18n) -> String + Send + Sync>> {
    let detail = target.detail.clone()?;
    let measure = target
        .measure
        .as_ref()
        .and_then(|m| m.label())
        .map(str::to_string);
    Some(std::sync::Arc::new(move |i| match &measure {
        Some(m) => format!("{m}: {}", value(i, &detail)),
        None => value(i, &detail),
    }))
}

/// The goals page (`/p/:patient/doelen`).
#[component]
pub fn Goals() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let goals = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move {
                let q = SearchQuery::new("Goal").param("patient", id).count(200);
                client.search::<Goal>(&q).await
            }
        })
    };
    view! {
        <PageHeading title=Key::GoalsTitle patient=patient.name.clone()/>
        <p>{i18n.text(Key::GoalsIntro)}</p>
        <Loader resource=goals render=render(|page: &Page<Goal>| goal_list(page.clone()).into_any())/>
    }
}

fn goal_list(page: Page<Goal>) -> impl IntoView {
    let i18n = use_i18n();
    let mut goals = page.items;
    sort_goals(&mut goals);
    let empty = goals.is_empty();
    let items = goals
        .into_iter()
        .map(|goal| {
            let title = goal.description.label().unwrap_or("—").to_string();
            let status = status_key(goal.status());
            let targets: Vec<_> = goal.target.iter().filter_map(target_text).collect();
            let start = goal.start_date.as_deref().and_then(parse_date);
            let due = goal.due().and_then(parse_date);
            let by = goal.expressed_by.as_ref().and_then(|r| r.display.clone());
            let notes: Vec<String> = goal.note.iter().filter_map(|n| n.text.clone()).collect();
            view! {
                <li class="goal">
                    <h2 class="goal__title">{title}</h2>
                    <p class="goal__status">
                        <span class="status-badge">{i18n.text(status)}</span>
                    </p>
                    <dl class="utrecht-data-list data-list">
                        {targets.into_iter().map(|t| view! {
                            <DataItem label=Key::GoalTarget>{i18n.live(t)}</DataItem>
                        }).collect_view()}
                        <DataItem label=Key::GoalStart>{i18n.date_text(start)}</DataItem>
                        <DataItem label=Key::GoalDue>{i18n.date_text(due)}</DataItem>
                        <DataItem label=Key::GoalAgreedWith>{by.unwrap_or_else(|| "—".into())}</DataItem>
                    </dl>
                    {notes.into_iter().map(|n| view! { <p class="goal__note">{n}</p> }).collect_view()}
                </li>
            }
        })
        .collect_view();
    view! {
        <ProblemsNotice problems=page.problems/>
        {empty.then(|| view! { <p class="empty">{i18n.text(Key::GoalsEmpty)}</p> })}
        <ul class="goals" data-testid="goals">{items}</ul>
        <p>{i18n.text(Key::GoalsQuestions)}</p>
    }
}
