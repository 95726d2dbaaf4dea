//! Allergieën (issue 17, the Dutch basic data set): each allergy or
//! intolerance with its reactions and their severity, the risk in words,
//! its status and since when. One with a high risk comes first and stands
//! out by its words and a mark, not by colour alone.

use crate::components::data_item::DataItem;
use crate::components::glossary_text::GlossaryText;
use crate::components::loader::{Loader, load_with_glossary, render};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::record_words::{allergy_risk_key, allergy_severity_key};
use crate::fhir::allergy::{
    AllergyEntry, AllergyList, AllergyStatus, Criticality, fetch_allergies,
};
use crate::glossary::Glossary;
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use std::sync::Arc;

fn status_key(s: AllergyStatus) -> Key {
    match s {
        AllergyStatus::Active => Key::AllergiesStatusActive,
        AllergyStatus::Inactive => Key::AllergiesStatusInactive,
        AllergyStatus::Resolved => Key::AllergiesStatusResolved,
        AllergyStatus::Unknown => Key::AllergiesStatusUnknown,
    }
}

/// The allergies page (`/p/:patient/allergieen`).
#[component]
pub fn Allergies() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let list = load_with_glossary(&patient, |client, id| async move {
        fetch_allergies(&client, &id).await
    });
    view! {
        <PageHeading title=Key::AllergiesTitle patient=patient.name.clone()/>
        <p>{i18n.text(Key::AllergiesIntro)}</p>
        <Loader resource=list render=render(|(l, g): &(AllergyList, Option<Arc<Glossary>>)| cards(l.clone(), g.clone()).into_any())/>
    }
}

fn cards(list: AllergyList, glossary: Option<Arc<Glossary>>) -> impl IntoView {
    let i18n = use_i18n();
    let empty = list.allergies.is_empty();
    let help = glossary.is_some() && !empty;
    view! {
        <ProblemsNotice problems=list.problems/>
        {help.then(|| view! { <p class="glossary-help">{i18n.text(Key::GlossaryHelp)}</p> })}
        {empty.then(|| view! { <p class="empty" data-testid="allergies-empty">{i18n.text(Key::AllergiesEmpty)}</p> })}
        <ul class="allergies" data-testid="allergies">
            {list.allergies.into_iter().map(|a| card(a, glossary.clone())).collect_view()}
        </ul>
    }
}

fn card(a: AllergyEntry, glossary: Option<Arc<Glossary>>) -> impl IntoView {
    let i18n = use_i18n();
    let high = a.criticality == Criticality::High;
    let kind = if a.intolerance {
        Key::AllergiesIntolerance
    } else {
        Key::AllergiesAllergy
    };
    let (status, unconfirmed) = (a.status, a.unconfirmed);
    let since = a.since;
    let since_text = a.since_text.clone();
    let reactions = if a.reactions.is_empty() {
        view! { {i18n.text(Key::AllergiesNoReactions)} }.into_any()
    } else {
        let items = a
            .reactions
            .iter()
            .map(|r| {
                let severity = r.severity.map(|s| view! { " (" {i18n.text(allergy_severity_key(s))} ")" });
                view! { <li><GlossaryText text=r.what.clone() glossary=glossary.clone()/>{severity}</li> }
            })
            .collect_view();
        view! { <ul class="allergy__reactions">{items}</ul> }.into_any()
    };
    view! {
        <li class="allergy" class:allergy--high=high data-testid="allergy">
            <h2 class="allergy__title"><GlossaryText text=a.substance.clone() glossary=glossary.clone()/></h2>
            {high.then(|| view! {
                <p class="allergy__warning" data-testid="allergy-high">
                    <span class="allergy__mark" aria-hidden="true">"!"</span>
                    <strong>{i18n.text(Key::AllergiesRiskHigh)}</strong>": "
                    {i18n.text(Key::AllergiesRiskHighExplained)}
                </p>
            })}
            <dl class="utrecht-data-list data-list">
                <DataItem label=Key::AllergiesKind>{i18n.text(kind)}</DataItem>
                <DataItem label=Key::AllergiesRisk>{i18n.text(allergy_risk_key(a.criticality))}</DataItem>
                <DataItem label=Key::AllergiesStatus>{move || {
                    let word = i18n.t(status_key(status)).to_string();
                    if unconfirmed { format!("{word} ({})", i18n.t(Key::AllergiesUnconfirmed)) } else { word }
                }}</DataItem>
                <DataItem label=Key::AllergiesSince>{move || match (&since, &since_text) {
                    (Some(d), _) => i18n.date(Some(*d)),
                    (None, Some(t)) => t.clone(),
                    (None, None) => "—".into(),
                }}</DataItem>
                <DataItem label=Key::AllergiesReactions>{reactions}</DataItem>
                <DataItem label=Key::AllergiesRecordedBy>{a.recorded_by.clone().unwrap_or_else(|| "—".into())}</DataItem>
            </dl>
            {a.notes.into_iter().map(|n| view! { <p class="allergy__note"><GlossaryText text=n glossary=glossary.clone()/></p> }).collect_view()}
        </li>
    }
}
