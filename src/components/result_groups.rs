//! One page of the results list: results under a heading per report (or
//! per date, when searching by name), each with its status and, for
//! imaging, the report's conclusion; then the pager.

use crate::components::pager::{Pager, Paging};
use crate::components::problems::ProblemsNotice;
use crate::components::results_table::ResultsTable;
use crate::components::values::{status_class, status_key};
use crate::fhir::observation::ResultsPage;
use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;

/// The groups of one page, or the text that there are none.
#[component]
pub fn ResultGroups(
    /// The page of results.
    page: ResultsPage,
    /// Where the list stands.
    paging: Paging,
    /// The address of page n.
    href: Callback<u32, String>,
    /// Whose results (for the links to a test's history).
    patient: String,
    /// What to say when there are none ("no match" for a search).
    empty: Key,
    /// The groups are under a heading of the page's own (h3, not h2).
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if page.groups.is_empty() {
        return view! {
            <ProblemsNotice problems=page.problems/>
            <p class="empty" data-testid="results-empty">{i18n.text(empty)}</p>
        }
        .into_any();
    }
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
            let patient = patient.clone();
            let heading = view! {
                {i18n.date_text(date)}
                {title.map(|t| view! { " · " {t} })}
                " "<span class=format!("status-badge status-badge--{}", status_class(status))>{i18n.text(status_key(status))}</span>
            };
            let heading = if nested {
                view! { <h3 id=heading_id class="result-group__title">{heading}</h3> }.into_any()
            } else {
                view! { <h2 id=heading_id class="result-group__title">{heading}</h2> }.into_any()
            };
            view! {
                <section class="result-group" aria-labelledby=labelled data-testid="result-group">
                    {heading}
                    {conclusion.map(|c| view! { <p class="record-text result-group__conclusion" lang="nl">{c}</p> })}
                    {(!group.results.is_empty()).then(|| view! { <ResultsTable results=group.results patient=patient/> })}
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
