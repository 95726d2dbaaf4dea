//! Behandeldoelen (handbook §3.2.2): the goals agreed with the doctor.

use crate::components::data_item::DataItem;
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::fhir::goal::{Achievement, Goal, Lifecycle, sort_goals};
use crate::fhir::model::parse_date;
use crate::fhir::{Page, SearchQuery};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;

fn lifecycle_key(l: Option<Lifecycle>) -> Key {
    match l {
        Some(Lifecycle::Planned) => Key::GoalPlanned,
        Some(Lifecycle::Active) => Key::GoalActive,
        Some(Lifecycle::OnHold) => Key::GoalOnHold,
        Some(Lifecycle::Completed) => Key::GoalCompleted,
        Some(Lifecycle::Cancelled) => Key::GoalCancelled,
        None => Key::GoalUnknown,
    }
}

fn achievement_key(a: Achievement) -> Key {
    match a {
        Achievement::InProgress => Key::GoalInProgress,
        Achievement::Improving => Key::GoalImproving,
        Achievement::Worsening => Key::GoalWorsening,
        Achievement::Achieved => Key::GoalAchieved,
        Achievement::NotAchieved => Key::GoalNotAchieved,
    }
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
            let lifecycle = lifecycle_key(goal.lifecycle());
            let achievement = goal.achievement().map(achievement_key);
            let start = goal.start_date.as_deref().and_then(parse_date);
            let due = goal.due().and_then(parse_date);
            let by = goal.expressed_by.as_ref().and_then(|r| r.display.clone());
            let notes: Vec<String> = goal.note.iter().filter_map(|n| n.text.clone()).collect();
            view! {
                <li class="goal">
                    <h2 class="goal__title">{title}</h2>
                    <p class="goal__status">
                        <span class="status-badge">{i18n.text(lifecycle)}</span>
                        {achievement.map(|a| view! { " " <span class="status-badge status-badge--quiet">{i18n.text(a)}</span> })}
                    </p>
                    <dl class="utrecht-data-list data-list">
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
