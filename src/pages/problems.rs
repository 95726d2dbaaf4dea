//! Problemen en diagnoses (issue 17, the Dutch basic data set): the
//! problems that matter now, then those that are over; each with since
//! when, its status in words and who recorded it.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::glossary_text::GlossaryText;
use crate::components::loader::{Loader, load_with_glossary, render};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::record_words::{problem_since_text, problem_status_key};
use crate::fhir::condition::{ProblemEntry, ProblemLists, Since, fetch_problems};
use crate::glossary::Glossary;
use crate::i18n::{I18n, Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use std::sync::Arc;

fn when(since: Option<Since>) -> Cell {
    Cell::Live(Arc::new(move |i: I18n| {
        problem_since_text(i, since.as_ref())
    }))
}

/// The problems page (`/p/:patient/problemen`).
#[component]
pub fn Problems() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let lists = load_with_glossary(&patient, |client, id| async move {
        fetch_problems(&client, &id).await
    });
    view! {
        <PageHeading title=Key::ProblemsTitle patient=patient.name.clone()/>
        <p>{i18n.text(Key::ProblemsIntro)}</p>
        <Loader resource=lists render=render(|(l, g): &(ProblemLists, Option<Arc<Glossary>>)| tables(l.clone(), g.clone()).into_any())/>
        <p>{i18n.text(Key::ProblemsQuestions)}</p>
    }
}

fn tables(lists: ProblemLists, glossary: Option<Arc<Glossary>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ProblemsNotice problems=lists.problems/>
        {glossary.is_some().then(|| view! { <p class="glossary-help">{i18n.text(Key::GlossaryHelp)}</p> })}
        {table(lists.current, Key::ProblemsCurrent, Key::ProblemsEmptyCurrent, false, glossary.clone())}
        {table(lists.earlier, Key::ProblemsEarlier, Key::ProblemsEmptyEarlier, true, glossary)}
    }
}

fn table(
    list: Vec<ProblemEntry>,
    title: Key,
    empty: Key,
    earlier: bool,
    glossary: Option<Arc<Glossary>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = format!("problems-{}", if earlier { "earlier" } else { "current" });
    let body = if list.is_empty() {
        view! { <p class="empty">{i18n.text(empty)}</p> }.into_any()
    } else {
        let rows = list
            .into_iter()
            .map(|p| row(p, earlier, glossary.clone()))
            .collect();
        let mut columns = vec![
            Header::Key(Key::ColumnProblem),
            Header::Key(Key::ColumnSince),
        ];
        if earlier {
            columns.push(Header::Key(Key::ColumnUntil));
        }
        columns.extend([
            Header::Key(Key::ColumnStatus),
            Header::Key(Key::ColumnRecordedBy),
        ]);
        view! {
            <DataTable class="problems-table" testid=if earlier { "problems-earlier" } else { "problems-current" }
                row_headers=true caption=Caption::Hidden(Cell::Label(title)) rows=rows columns=columns/>
        }
        .into_any()
    };
    let labelled = heading.clone();
    view! {
        <section aria-labelledby=labelled>
            <h2 id=heading>{i18n.text(title)}</h2>
            {body}
        </section>
    }
}

fn row(p: ProblemEntry, earlier: bool, glossary: Option<Arc<Glossary>>) -> Row {
    let notes = p
        .notes
        .into_iter()
        .map(|n| view! { <span class="problem__note"><GlossaryText text=n glossary=glossary.clone()/></span> })
        .collect_view();
    let name = view! { <GlossaryText text=p.name glossary=glossary.clone()/>{notes} };
    let (clinical, unconfirmed) = (p.clinical, p.unconfirmed);
    let status = Cell::Live(Arc::new(move |i: I18n| {
        let word = i.t(problem_status_key(clinical)).to_string();
        if unconfirmed {
            format!("{word} ({})", i.t(Key::ProblemsUnconfirmed))
        } else {
            word
        }
    }));
    let by = match (p.recorded_by, p.specialism) {
        (Some(who), Some(s)) => Some(format!("{who} ({s})")),
        (who, s) => who.or(s),
    };
    let mut cells = vec![Cell::View(name.into_any()), when(p.since)];
    if earlier {
        cells.push(when(p.until));
    }
    cells.extend([status, Cell::text_or_dash(by.as_deref())]);
    Row::new(cells)
}
