//! Patiëntbrieven (handbook §3.2.3): letters written by the hospital
//! ("Brieven") and the GP's referral letters ("Verwijzingen"), newest
//! first, each opened with "Bekijken".

use crate::components::letters_table::LettersTable;
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::pager::{Paging, parse_page, push_page};
use crate::components::tabs::{Tab, Tabs};
use crate::fhir::Page;
use crate::fhir::document::{DocumentReference, LETTERS_PER_PAGE, LetterSearch};
use crate::fhir::search::with_query;
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Reads the tab and page from the address's `tab` and `pagina`.
fn from_address(tab: Option<&str>, page: Option<&str>) -> LetterSearch {
    LetterSearch {
        referrals: tab == Some("verwijzingen"),
        page: parse_page(page),
    }
}

/// The address of this part of the list for `patient`.
fn href(state: &LetterSearch, patient: &str) -> String {
    let mut params = Vec::new();
    if state.referrals {
        params.push("tab=verwijzingen".to_string());
    }
    push_page(&mut params, state.page);
    with_query(&format!("/p/{patient}/brieven"), &params)
}

/// The letters list (`/p/:patient/brieven`).
#[component]
pub fn Letters() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let query = use_query_map();
    let state = Memo::new(move |_| {
        let q = query.get();
        from_address(q.get("tab").as_deref(), q.get("pagina").as_deref())
    });
    let id = StoredValue::new(patient.id.clone());
    let list = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, q) = (client.clone(), state.get().query(&id));
            async move { client.search::<DocumentReference>(&q).await }
        })
    };
    let tab = move |referrals: bool, label: Key| Tab {
        label,
        href: href(&LetterSearch { referrals, page: 1 }, &id.get_value()),
        current: Signal::derive(move || state.get().referrals == referrals),
    };
    view! {
        <PageHeading title=Key::LettersTitle patient=patient.name.clone()/>
        <p>{i18n.text(Key::LettersIntro)}</p>
        <Tabs label=Key::LettersTabsLabel tabs=vec![tab(false, Key::LettersTabLetters), tab(true, Key::LettersTabReferrals)]/>
        {move || state.get().referrals.then(|| view! { <p>{i18n.text(Key::LettersReferralsAdvice)}</p> })}
        <Loader resource=list render=render(move |page: &Page<DocumentReference>| {
            let (state, patient) = (state.get_untracked(), id.get_value());
            let paging = Paging::of(page.total, page.items.len(), LETTERS_PER_PAGE, state.page);
            let empty = if state.referrals { Key::LettersReferralsEmpty } else { Key::LettersEmpty };
            let back = href(&state, &patient);
            let href = Callback::new({
                let patient = patient.clone();
                move |n: u32| href(&LetterSearch { page: n, ..state }, &patient)
            });
            view! {
                <LettersTable page=page.clone() paging=paging href=href patient=patient back=back empty=empty/>
            }
            .into_any()
        })/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_keeps_the_tab_and_the_page() {
        let s = from_address(Some("verwijzingen"), Some("2"));
        assert_eq!(
            s,
            LetterSearch {
                referrals: true,
                page: 2
            }
        );
        assert_eq!(
            href(&s, "noah"),
            "/p/noah/brieven?tab=verwijzingen&pagina=2"
        );
        assert_eq!(
            href(&from_address(None, Some("-1")), "noah"),
            "/p/noah/brieven"
        );
        assert!(!from_address(Some("x"), None).referrals);
    }
}
