//! "Samenvatting afdrukken" (issue 18): one page to take to another doctor,
//! in the order a doctor reads it: who, allergies first, problems, current
//! medicines with their dosage in words, vaccinations, the last value of
//! each measurement, the results of the last 12 months with their
//! provisional marks, and the upcoming (indicative) appointments; with
//! when it was made, by whom, for whom. On screen a page like any other;
//! printed, an A4 document with the patient's name and the page number on
//! every page (style/portal.css, `@page`).

use crate::components::loader::{Loader, load, render};
use crate::components::summary_parts::parts;
use crate::fhir::summary::{Summary, fetch_summary};
use crate::i18n::{Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use std::sync::Arc;

/// The page (`/p/:patient/samenvatting`).
#[component]
pub fn MedicalSummary() -> impl IntoView {
    let i18n = use_i18n();
    let current = use_current_patient();
    let config = crate::session::use_config();
    let session = crate::session::use_session();
    let hidden: Vec<String> = config
        .hidden_organizations
        .iter()
        .map(|h| h.id.clone())
        .collect();
    let data = {
        let (client, id) = (current.client.clone(), current.id.clone());
        load(move || fetch_summary(client.clone(), id.clone(), hidden.clone()))
    };
    let by = session
        .signed_in_untracked()
        .map(|s| s.shown_name(untrack(|| i18n.lang())))
        .unwrap_or_default();
    let (name, own) = (current.name.clone(), current.own);
    // The patient's name and the words of the page number on every printed
    // page: `@page summary` reads them (CSS cannot ask the app).
    let root_style = || {
        document()
            .document_element()
            .map(|root| wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(root).style())
    };
    let print_name = css_string(&name);
    Effect::new(move |_| {
        let (page, of) = (i18n.t(Key::SummaryPage), i18n.t(Key::SummaryOf));
        if let Some(style) = root_style() {
            let _ = style.set_property("--print-patient", &print_name);
            let _ = style.set_property("--print-page", &css_string(&format!("{page} ")));
            let _ = style.set_property("--print-of", &css_string(&format!(" {of} ")));
        }
    });
    on_cleanup(move || {
        if let Some(style) = root_style() {
            for property in ["--print-patient", "--print-page", "--print-of"] {
                let _ = style.remove_property(property);
            }
        }
    });
    let made_at = chrono::Local::now().naive_local();
    let made = {
        let name = name.clone();
        i18n.live(Arc::new(move |i| {
            let when = crate::i18n::format_date(i.lang(), made_at.date());
            if own {
                i.tf(Key::SummaryMadeOwn, &[("date", &when), ("by", &by)])
            } else {
                i.tf(
                    Key::SummaryMadeFor,
                    &[("date", &when), ("by", &by), ("for", &name)],
                )
            }
        }))
    };
    let back = format!("/p/{}/gegevens", current.id);
    view! {
        <article class="summary" aria-labelledby="summary-title">
            <h1 id="summary-title" tabindex="-1">
                {i18n.text(Key::SummaryTitle)}" "<span class="summary__who">{name.clone()}</span>
            </h1>
            <p class="summary__made" data-testid="summary-made">{made}</p>
            <p class="summary__intro">{i18n.text(Key::SummaryIntro)}</p>
            <p class="summary__actions no-print">
                <button type="button" class="utrecht-button utrecht-button--primary-action"
                    data-testid="summary-print" on:click=move |_| {
                        if let Some(w) = web_sys::window() {
                            let _ = w.print();
                        }
                    }>
                    {i18n.text(Key::SummaryPrint)}
                </button>
                <a href=back>{i18n.text(Key::SummaryBack)}</a>
            </p>
            <Loader resource=data render=render(move |s: &Summary| parts(s, i18n))/>
        </article>
    }
}

/// `text` as a CSS string (`"Emma de Vries"`).
fn css_string(text: &str) -> String {
    let escaped: String = text
        .chars()
        .filter(|c| !c.is_control())
        .flat_map(|c| match c {
            '"' | '\\' => vec!['\\', c],
            _ => vec![c],
        })
        .collect();
    format!("\"{escaped}\"")
}
