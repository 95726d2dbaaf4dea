//! Uitslagen (handbook §3.2.6): results grouped by date and report, newest
//! first, paged from the server (a patient may have thousands); each value
//! with unit, reference range, a flag in words and its status (Voorlopig,
//! Gewijzigd, Definitief). Above the list the notice of seeds 000/001:
//! results appear at once, without the doctor's comment. Search by test
//! name; a test name opens its history.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::loader::{Loader, load, render};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::pager::{Pager, Paging, parse_page, push_page};
use crate::components::problems::ProblemsNotice;
use crate::fhir::diagnostic_report::DiagnosticReport;
use crate::fhir::observation::{
    Observation, ResultGroup, ResultStatus, group_by_date, group_by_report,
};
use crate::fhir::search::{encode, with_query};
use crate::fhir::{FhirClient, FhirError, Problem, SearchQuery};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use crate::pages::values::{flag_key, reference_range, status_key, value};
use crate::session::use_config;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

/// Reports per page (a report holds up to about ten results).
const REPORTS_PER_PAGE: u32 = 5;
/// Results per page when searching by name.
const RESULTS_PER_PAGE: u32 = 25;

/// Where the list is: a search text and a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultList {
    /// Test name searched for, if any.
    pub search: Option<String>,
    /// Page, from 1.
    pub page: u32,
}

impl ResultList {
    /// Reads `zoek` and `pagina` from the address.
    pub fn from_query(search: Option<String>, page: Option<&str>) -> Self {
        ResultList {
            search: search
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            page: parse_page(page),
        }
    }

    /// The address of this state for `patient`.
    pub fn href(&self, patient: &str) -> String {
        let mut params = Vec::new();
        if let Some(s) = &self.search {
            params.push(format!("zoek={}", encode(s)));
        }
        push_page(&mut params, self.page);
        with_query(&format!("/p/{patient}/uitslagen"), &params)
    }

    /// The search: a page of reports with their results, or (searching) a
    /// page of results whose name matches.
    pub fn query(&self, patient: &str) -> SearchQuery {
        let page = self.page.max(1) - 1;
        match &self.search {
            None => SearchQuery::new("DiagnosticReport")
                .param("patient", patient)
                .param("_sort", "-date")
                .param("_include", "DiagnosticReport:result")
                .count(REPORTS_PER_PAGE)
                .param("_offset", (page * REPORTS_PER_PAGE).to_string()),
            Some(text) => SearchQuery::new("Observation")
                .param("patient", patient)
                .param("category", "laboratory")
                .param("code:text", text.clone())
                .param("_sort", "-date")
                .count(RESULTS_PER_PAGE)
                .param("_offset", (page * RESULTS_PER_PAGE).to_string()),
        }
    }

    fn per_page(&self) -> u32 {
        if self.search.is_some() {
            RESULTS_PER_PAGE
        } else {
            REPORTS_PER_PAGE
        }
    }
}

/// One page of results, grouped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResultsPage {
    /// The groups, newest first.
    pub groups: Vec<ResultGroup>,
    /// Report conclusions by report id (imaging reports say it in words).
    pub conclusions: Vec<(String, String)>,
    /// How many reports (or results, searching) there are in all.
    pub total: u32,
    /// Resources that could not be read.
    pub problems: Vec<Problem>,
}

/// Fetches and groups one page.
pub async fn fetch_results(
    client: &FhirClient,
    state: &ResultList,
    patient: &str,
) -> Result<ResultsPage, FhirError> {
    let q = state.query(patient);
    if state.search.is_some() {
        let page = client.search::<Observation>(&q).await?;
        return Ok(ResultsPage {
            total: page.total.unwrap_or(page.items.len() as u64) as u32,
            groups: group_by_date(&page.items),
            conclusions: Vec::new(),
            problems: page.problems,
        });
    }
    let mut page = client.search::<DiagnosticReport>(&q).await?;
    let observations = page.take_included::<Observation>();
    let conclusions = page
        .items
        .iter()
        .filter_map(|r| Some((r.id.clone()?, r.conclusion.clone()?)))
        .collect();
    Ok(ResultsPage {
        total: page.total.unwrap_or(page.items.len() as u64) as u32,
        groups: group_by_report(&page.items, &observations),
        conclusions,
        problems: page.problems,
    })
}

/// The notice above every results page (seeds 000 and 001).
pub fn results_notice() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let contacts = config
        .contacts
        .iter()
        .take(1)
        .map(|c| {
            let (contact, value) = (c.clone(), c.value.clone());
            view! { <li>{i18n.live(Arc::new(move |i| contact.label(i.lang()).to_string()))}": "{value}</li> }
        })
        .collect_view();
    view! {
        <Notice kind=NoticeKind::Warning class="results-notice">
            <p><strong>{i18n.text(Key::ResultsNoticeTitle)}</strong></p>
            <p>{i18n.text(Key::ResultsNotice)}</p>
            <p>{i18n.text(Key::ResultsWorried)}</p>
            <ul class="contacts">{contacts}</ul>
        </Notice>
    }
}

/// The results page (`/p/:patient/uitslagen`).
#[component]
pub fn Results() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let query = use_query_map();
    let navigate = use_navigate();
    let state = Memo::new(move |_| {
        let q = query.get();
        ResultList::from_query(q.get("zoek"), q.get("pagina").as_deref())
    });
    let id = StoredValue::new(patient.id.clone());
    let list = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, state, id) = (client.clone(), state.get(), id.clone());
            async move { fetch_results(&client, &state, &id).await }
        })
    };
    let input = NodeRef::<leptos::html::Input>::new();
    let on_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = input.get().map(|i| i.value()).unwrap_or_default();
        let next = ResultList::from_query(Some(text), None);
        navigate(&next.href(&id.get_value()), Default::default());
    };
    let all = ResultList {
        search: None,
        page: 1,
    }
    .href(&patient.id);
    view! {
        <PageHeading title=Key::ResultsTitle patient=patient.name.clone()/>
        {results_notice()}
        <form class="search utrecht-form-field" role="search" on:submit=on_search>
            <label class="utrecht-form-label" for="result-search">{i18n.text(Key::ResultsSearchLabel)}</label>
            <div class="search__row">
                <input id="result-search" type="search" class="utrecht-textbox textbox" node_ref=input
                    prop:value=move || state.get().search.unwrap_or_default() autocomplete="off"/>
                <button type="submit" class="utrecht-button utrecht-button--primary-action">{i18n.text(Key::ResultsSearch)}</button>
            </div>
        </form>
        {move || state.get().search.map(|s| view! {
            <p class="search__status">
                {i18n.tf(Key::ResultsSearchingFor, &[("text", &s)])}" "
                <a href=all.clone()>{i18n.text(Key::ResultsShowAll)}</a>
            </p>
        })}
        <Loader resource=list render=render(move |page: &ResultsPage| {
            result_groups(page.clone(), state.get_untracked(), id.get_value()).into_any()
        })/>
    }
}

fn result_groups(page: ResultsPage, state: ResultList, patient: String) -> impl IntoView {
    let i18n = use_i18n();
    let paging = Paging::of(Some(page.total.into()), 0, state.per_page(), state.page);
    if page.groups.is_empty() {
        let empty = if state.search.is_some() {
            Key::ResultsNoMatch
        } else {
            Key::ResultsEmpty
        };
        return view! {
            <ProblemsNotice problems=page.problems/>
            <p class="empty" data-testid="results-empty">{i18n.text(empty)}</p>
        }
        .into_any();
    }
    let href_patient = patient.clone();
    let href_state = state.clone();
    let href = Callback::new(move |n: u32| {
        ResultList {
            page: n,
            ..href_state.clone()
        }
        .href(&href_patient)
    });
    let groups = page
        .groups
        .into_iter()
        .enumerate()
        .map(|(n, group)| {
            let heading_id = format!("result-group-{n}");
            let labelled = heading_id.clone();
            let date = group.date;
            let title = group.title.clone();
            let conclusion = group
                .report_id
                .as_ref()
                .and_then(|id| page.conclusions.iter().find(|(r, _)| r == id))
                .map(|(_, c)| c.clone());
            let status = group.status;
            view! {
                <section class="result-group" aria-labelledby=labelled data-testid="result-group">
                    <h2 id=heading_id class="result-group__title">
                        {i18n.date_text(date)}
                        {title.map(|t| view! { " · " {t} })}
                        " "<span class=format!("status-badge status-badge--{}", status_class(status))>{i18n.text(status_key(status))}</span>
                    </h2>
                    {conclusion.map(|c| view! { <p class="record-text result-group__conclusion" lang="nl">{c}</p> })}
                    {(!group.results.is_empty()).then(|| result_table(&group.results, &patient, false))}
                </section>
            }
        })
        .collect_view();
    view! {
        <ProblemsNotice problems=page.problems/>
        <p class="results-count" role="status">
            {i18n.live(paging.caption(Key::ResultsCaption))}
        </p>
        {groups}
        <Pager page=paging.page pages=paging.pages href=href/>
    }
    .into_any()
}

/// A status for CSS: provisional and changed stand out.
pub fn status_class(status: ResultStatus) -> &'static str {
    match status {
        ResultStatus::Provisional => "provisional",
        ResultStatus::Changed => "changed",
        ResultStatus::Cancelled => "cancelled",
        _ => "final",
    }
}

/// The table of results: test (a link to its history, unless `history`),
/// value, reference range, flag and status; in the history the first
/// column is the date.
pub fn result_table(
    results: &[Observation],
    patient: &str,
    history: bool,
) -> impl IntoView + use<> {
    let rows = results.iter().map(|o| row(o, patient, history)).collect();
    view! {
        <DataTable class="results-table" row_headers=true rows=rows
            caption=Caption::Hidden(Cell::Label(Key::ResultsTitle)) columns=vec![
                Header::Key(if history { Key::ColumnDate } else { Key::ColumnTest }),
                Header::Key(Key::ColumnResult),
                Header::Key(Key::ColumnReference),
                Header::Key(Key::ColumnFlag),
                Header::Key(Key::ColumnStatus),
            ]/>
    }
}

fn row(o: &Observation, patient: &str, history: bool) -> Row {
    let name = o.code.label().unwrap_or("—").to_string();
    let first = match (&o.id, history) {
        (_, true) => Cell::date(o.date()),
        (Some(id), false) => Cell::Link {
            href: format!("/p/{patient}/uitslagen/{}", encode(id)),
            text: name,
            class: "",
            label: None,
        },
        (None, false) => Cell::Text(name),
    };
    let own = o.value();
    let components: Vec<_> = o.component.iter().filter_map(|c| c.value()).collect();
    let absent = o
        .data_absent_reason
        .as_ref()
        .and_then(|r| r.label())
        .map(str::to_string);
    let notes: Vec<String> = o.note.iter().filter_map(|n| n.text.clone()).collect();
    let shown = Cell::Live(Arc::new(move |i| {
        let text = match (&own, components.is_empty()) {
            (Some(v), _) => value(i, v),
            // A panel without its own value (blood pressure): "120 / 80 mmHg".
            (None, false) => components
                .iter()
                .map(|v| value(i, v))
                .collect::<Vec<_>>()
                .join(" / "),
            (None, true) => absent.clone().unwrap_or_else(|| "—".into()),
        };
        // A note belongs with the value (as written).
        if notes.is_empty() {
            text
        } else {
            format!("{text} ({})", notes.join(" "))
        }
    }));
    let ranges = o.reference_range.clone();
    let status = o.result_status();
    let mut row = Row::new(vec![
        first,
        shown,
        Cell::Live(Arc::new(move |i| {
            reference_range(i, &ranges).unwrap_or_else(|| "—".into())
        })),
        match o.flag() {
            Some(f) => Cell::Badge {
                class: format!("flag flag--{}", f.as_str()),
                key: flag_key(f),
            },
            None => Cell::Text("—".into()),
        },
        Cell::Badge {
            class: format!("status-badge status-badge--{}", status_class(status)),
            key: status_key(status),
        },
    ]);
    row.status = Some(status_class(status));
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_state_reads_writes_and_searches() {
        let s = ResultList::from_query(Some("  hemo ".into()), Some("3"));
        assert_eq!(s.search.as_deref(), Some("hemo"));
        assert_eq!(s.href("noah"), "/p/noah/uitslagen?zoek=hemo&pagina=3");
        let url = s.query("noah").to_url();
        assert!(
            url.starts_with("Observation?") && url.contains("code:text=hemo"),
            "{url}"
        );
        assert!(url.contains("_offset=50"), "{url}");
        let s = ResultList::from_query(Some(" ".into()), Some("x"));
        assert_eq!(
            s,
            ResultList {
                search: None,
                page: 1
            }
        );
        let url = s.query("noah").to_url();
        assert!(
            url.starts_with("DiagnosticReport?")
                && url.contains("_include=DiagnosticReport:result"),
            "{url}"
        );
    }
}
