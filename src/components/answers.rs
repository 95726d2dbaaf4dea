//! Answers as a person reads them: a sent response's answers under the
//! questions as they were asked, and a diary's entries as a table.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::fhir::questionnaire::{
    Answer, AnsweredItem, Item, Questionnaire, QuestionnaireResponse,
};
use crate::i18n::{I18n, Key, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

/// An answer in words, in the person's language.
fn answer_text(i: I18n, answer: &Answer) -> String {
    match answer {
        Answer::Boolean(true) => i.t(Key::QuestionnaireYes).into(),
        Answer::Boolean(false) => i.t(Key::QuestionnaireNo).into(),
        Answer::Integer(n) => n.to_string(),
        Answer::Decimal(d) => i.number(*d),
        Answer::Date(d) => i.date(crate::fhir::model::parse_date(d)),
        Answer::Text(t) => t.clone(),
        Answer::Coding(c) => c.display.clone().or(c.code.clone()).unwrap_or_default(),
    }
}

/// Several answers in words, joined by commas.
fn answers_text(i: I18n, given: &[Answer]) -> String {
    given
        .iter()
        .map(|a| answer_text(i, a))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A sent response's answers, as stored (questions as they were asked),
/// groups under their heading.
pub fn answers_list(items: &[AnsweredItem]) -> AnyView {
    let i18n = use_i18n();
    let rows = items
        .iter()
        .map(|item| {
            let text = item.label().to_string();
            if let Some(children) = &item.item {
                return view! {
                    <div class="answers__group">
                        <h3>{text}</h3>
                        {answers_list(children)}
                    </div>
                }
                .into_any();
            }
            let given = item.answer.clone();
            let shown = i18n.live(Arc::new(move |i| answers_text(i, &given)));
            // Follow-up questions of this answer, under it.
            let nested = (!item.under_answers.is_empty()).then(
                || view! { <div class="answers__nested">{answers_list(&item.under_answers)}</div> },
            );
            view! {
                <div class="utrecht-data-list__item">
                    <dt class="utrecht-data-list__item-key">{text}</dt>
                    <dd class="utrecht-data-list__item-value answer-text">{shown}{nested}</dd>
                </div>
            }
            .into_any()
        })
        .collect_view();
    view! { <dl class="utrecht-data-list data-list answers">{rows}</dl> }.into_any()
}

/// A diary's entries as a table: a column per question, who filled it in;
/// "no entries yet" when there are none.
pub fn diary_entries(q: &Questionnaire, entries: &[QuestionnaireResponse]) -> AnyView {
    let i18n = use_i18n();
    if entries.is_empty() {
        return view! { <p class="empty" data-testid="diary-entries">{i18n.text(Key::DiaryEntriesNone)}</p> }
            .into_any();
    }
    let questions: Vec<&Item> = q
        .questions()
        .into_iter()
        .filter(|i| i.kind != "display")
        .collect();
    let mut columns: Vec<Header> = questions
        .iter()
        .map(|i| Header::Text(i.text.clone().unwrap_or_else(|| i.link_id.clone())))
        .collect();
    columns.push(Header::Key(Key::QuestionnairesColumnBy));
    let rows = entries
        .iter()
        .map(|entry| {
            let answers = entry.answers();
            let mut cells: Vec<Cell> = questions
                .iter()
                .map(|item| match answers.get(&item.link_id) {
                    Some(given) if !given.is_empty() => {
                        let given = given.clone();
                        Cell::Live(Arc::new(move |i| answers_text(i, &given)))
                    }
                    _ => Cell::Text("—".into()),
                })
                .collect();
            cells.push(Cell::text_or_dash(
                entry.author.as_ref().and_then(|a| a.display.as_deref()),
            ));
            Row::new(cells)
        })
        .collect();
    let count = entries.len().to_string();
    view! {
        <div class="table-scroll">
            <DataTable testid="diary-entries" row_headers=true columns=columns rows=rows
                caption=Caption::Shown(Arc::new(move |i| i.tf(Key::DiaryEntriesCaption, &[("count", &count)])))/>
        </div>
    }
    .into_any()
}
