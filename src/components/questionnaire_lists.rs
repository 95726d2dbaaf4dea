//! The questionnaires overview: those to fill in (open or as a draft), the
//! diaries with their entries, and those sent, each a table with a link
//! to open it, or a line saying there are none.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::problems::ProblemsNotice;
use crate::fhir::questionnaire::{Questionnaire, QuestionnaireResponse, Responses};
use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

/// The three lists of `r`, with links under `base` (`/p/<patient>/vragenlijsten`).
pub fn questionnaire_lists(r: &Responses, base: &str) -> AnyView {
    let i18n = use_i18n();
    let named = |q: &QuestionnaireResponse| {
        r.title(q)
            .unwrap_or_else(|| i18n.t(Key::QuestionnairesUntitled).into())
    };
    let open: Vec<Row> = r
        .open()
        .into_iter()
        .filter_map(|q| open_row(q, named(q), base))
        .collect();
    let sent: Vec<Row> = r
        .sent()
        .into_iter()
        .filter_map(|q| {
            let id = q.id.clone()?;
            let title = named(q);
            let authored = q.authored.clone();
            let by = q.author.as_ref().and_then(|a| a.display.clone());
            Some(Row::new(vec![
                Cell::Text(title.clone()),
                Cell::Live(Arc::new(move |i| i.instant(authored.as_deref()))),
                Cell::text_or_dash(by.as_deref()),
                Cell::Action {
                    href: format!("{base}/{id}"),
                    key: Key::QuestionnairesView,
                    class: "view-link",
                    label: Arc::new(move |i| format!("{}: {title}", i.t(Key::QuestionnairesView))),
                },
            ]))
        })
        .collect();
    let diaries: Vec<Row> = r
        .diaries()
        .into_iter()
        .filter_map(|d| diary_row(r, d, base))
        .collect();
    let table = |rows: Vec<Row>,
                 caption: Key,
                 columns: Vec<Header>,
                 empty: Key,
                 testid: &'static str| {
        if rows.is_empty() {
            view! { <p class="empty" data-testid=testid>{i18n.text(empty)}</p> }.into_any()
        } else {
            view! {
                <DataTable testid=testid row_headers=true caption=Caption::Hidden(Cell::Label(caption))
                    columns=columns rows=rows/>
            }
            .into_any()
        }
    };
    view! {
        <ProblemsNotice problems=r.problems.clone()/>
        <h2>{i18n.text(Key::QuestionnairesOpenTitle)}</h2>
        {table(open, Key::QuestionnairesOpenTitle, vec![
            Header::Key(Key::QuestionnairesColumnTitle),
            Header::Key(Key::QuestionnairesColumnStatus),
            Header::Hidden(Key::QuestionnairesColumnAction),
        ], Key::QuestionnairesOpenNone, "questionnaires-open")}
        <h2>{i18n.text(Key::QuestionnairesDiariesTitle)}</h2>
        {table(diaries, Key::QuestionnairesDiariesTitle, vec![
            Header::Key(Key::QuestionnairesColumnDiary),
            Header::Key(Key::QuestionnairesColumnEntries),
            Header::Hidden(Key::QuestionnairesColumnAction),
        ], Key::QuestionnairesDiariesNone, "questionnaires-diaries")}
        <h2>{i18n.text(Key::QuestionnairesSentTitle)}</h2>
        {table(sent, Key::QuestionnairesSentTitle, vec![
            Header::Key(Key::QuestionnairesColumnTitle),
            Header::Key(Key::QuestionnairesColumnSent),
            Header::Key(Key::QuestionnairesColumnBy),
            Header::Hidden(Key::QuestionnairesColumnAction),
        ], Key::QuestionnairesSentNone, "questionnaires-sent")}
    }
    .into_any()
}

/// A questionnaire to fill in: not started, or a draft saved when.
fn open_row(q: &QuestionnaireResponse, title: String, base: &str) -> Option<Row> {
    let id = q.id.clone()?;
    let started = !q.item.is_empty();
    let saved = q.authored.clone();
    let status: Cell = if started {
        Cell::Live(Arc::new(move |i| {
            i.tf(
                Key::QuestionnairesDraftSaved,
                &[("date", &i.instant(saved.as_deref()))],
            )
        }))
    } else {
        Cell::Label(Key::QuestionnairesNotStarted)
    };
    let action = if started {
        Key::QuestionnairesResume
    } else {
        Key::QuestionnairesFill
    };
    let named = title.clone();
    Some(Row::new(vec![
        Cell::Text(title),
        status,
        Cell::Action {
            href: format!("{base}/{id}"),
            key: action,
            class: "view-link",
            label: Arc::new(move |i| format!("{}: {named}", i.t(action))),
        },
    ]))
}

/// A diary: how many entries, the latest when.
fn diary_row(r: &Responses, d: &Questionnaire, base: &str) -> Option<Row> {
    let id = d.id.clone()?;
    let entries = r.entries(&id);
    let count = entries.len().to_string();
    let last = entries.iter().filter_map(|q| q.authored.clone()).max();
    let title = d.title.clone().unwrap_or_else(|| id.clone());
    let named = title.clone();
    Some(Row::new(vec![
        Cell::Text(title),
        Cell::Live(Arc::new(move |i| {
            i.tf(
                Key::QuestionnairesDiaryEntries,
                &[("count", &count), ("date", &i.instant(last.as_deref()))],
            )
        })),
        Cell::Action {
            href: format!("{base}/dagboek/{id}"),
            key: Key::QuestionnairesDiaryOpen,
            class: "view-link",
            label: Arc::new(move |i| format!("{}: {named}", i.t(Key::QuestionnairesDiaryOpen))),
        },
    ]))
}
