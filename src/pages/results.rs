//! Uitslagen (handbook §3.2.6): results grouped by date and report, newest
//! first, paged from the server (a patient may have thousands); each value
//! with unit, reference range, a flag in words and its status (Voorlopig,
//! Gewijzigd, Definitief). Above the list the notice of seeds 000/001:
//! results appear at once, without the doctor's comment. Search by test
//! name; a test name opens its history. A second tab holds the results
//! outside reports that are no measurement: questionnaire scores and the
//! like ("Vragenlijstscores en overige").

use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::pager::{Paging, parse_page, push_page};
use crate::components::result_groups::ResultGroups;
use crate::components::results_notice::ResultsNotice;
use crate::components::tabs::{Tab, Tabs};
use crate::fhir::observation::{ResultSearch, ResultsPage, fetch_results};
use crate::fhir::search::{encode, with_query};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// The tab of the other results: `?soort=overig`.
const OTHER: &str = "overig";

/// Reads `zoek`, `soort` and `pagina` from the address (a search covers
/// both tabs).
fn from_address(search: Option<String>, kind: Option<&str>, page: Option<&str>) -> ResultSearch {
    let text = search
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    ResultSearch {
        other: text.is_none() && kind == Some(OTHER),
        text,
        page: parse_page(page),
    }
}

/// The address of this part of the list for `patient`.
fn href(search: &ResultSearch, patient: &str) -> String {
    let mut params = Vec::new();
    if let Some(s) = &search.text {
        params.push(format!("zoek={}", encode(s)));
    }
    if search.other {
        params.push(format!("soort={OTHER}"));
    }
    push_page(&mut params, search.page);
    with_query(&format!("/p/{patient}/uitslagen"), &params)
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
        from_address(
            q.get("zoek"),
            q.get("soort").as_deref(),
            q.get("pagina").as_deref(),
        )
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
        let next = from_address(Some(text), None, None);
        navigate(&href(&next, &id.get_value()), Default::default());
    };
    let all = href(&from_address(None, None, None), &patient.id);
    let other = href(&from_address(None, Some(OTHER), None), &patient.id);
    let tabs = vec![
        Tab {
            label: Key::ResultsTabReports,
            href: all.clone(),
            current: Signal::derive(move || !state.get().other),
        },
        Tab {
            label: Key::ResultsTabOther,
            href: other,
            current: Signal::derive(move || state.get().other),
        },
    ];
    view! {
        <PageHeading title=Key::ResultsTitle patient=patient.name.clone()/>
        <ResultsNotice/>
        <Tabs label=Key::ResultsTabsLabel tabs=tabs/>
        {move || state.get().other.then(|| view! {
            <h2>{i18n.text(Key::ResultsOtherTitle)}</h2>
            <p>{i18n.text(Key::ResultsOtherIntro)}</p>
        })}
        <form hidden=move || state.get().other class="search utrecht-form-field" role="search" on:submit=on_search>
            <label class="utrecht-form-label" for="result-search">{i18n.text(Key::ResultsSearchLabel)}</label>
            <div class="search__row">
                <input id="result-search" type="search" class="utrecht-textbox textbox" node_ref=input
                    prop:value=move || state.get().text.unwrap_or_default() autocomplete="off"/>
                <button type="submit" class="utrecht-button utrecht-button--primary-action">{i18n.text(Key::ResultsSearch)}</button>
            </div>
        </form>
        {move || state.get().text.map(|s| view! {
            <p class="search__status">
                {i18n.tf(Key::ResultsSearchingFor, &[("text", &s)])}" "
                <a href=all.clone()>{i18n.text(Key::ResultsShowAll)}</a>
            </p>
        })}
        <Loader resource=list render=render(move |page: &ResultsPage| {
            let (state, patient) = (state.get_untracked(), id.get_value());
            let paging = Paging::of(Some(page.total.into()), 0, state.per_page(), state.page);
            let (empty, nested) = match (&state.text, state.other) {
                (Some(_), _) => (Key::ResultsNoMatch, false),
                (None, true) => (Key::ResultsOtherEmpty, true),
                (None, false) => (Key::ResultsEmpty, false),
            };
            let href = Callback::new({
                let patient = patient.clone();
                move |n: u32| href(&ResultSearch { page: n, ..state.clone() }, &patient)
            });
            view! {
                <ResultGroups page=page.clone() paging=paging href=href patient=patient empty=empty nested=nested/>
            }
            .into_any()
        })/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_keeps_the_search_and_the_page() {
        let s = from_address(Some("  hemo ".into()), Some("overig"), Some("3"));
        assert_eq!(s.text.as_deref(), Some("hemo"));
        assert!(!s.other, "a search covers both tabs");
        assert_eq!(href(&s, "noah"), "/p/noah/uitslagen?zoek=hemo&pagina=3");
        let s = from_address(Some(" ".into()), None, Some("x"));
        assert_eq!(
            s,
            ResultSearch {
                text: None,
                other: false,
                page: 1
            }
        );
        assert_eq!(href(&s, "noah"), "/p/noah/uitslagen");
        let s = from_address(None, Some("overig"), Some("2"));
        assert!(s.other);
        assert_eq!(href(&s, "noah"), "/p/noah/uitslagen?soort=overig&pagina=2");
    }
}
