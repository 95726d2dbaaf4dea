//! Vaccinaties (issue 17, the Dutch basic data set): vaccine, date, dose
//! number where known, and whether it was given ("Niet gegeven" with the
//! reason); a list to print, named with whose it is.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::glossary_text::GlossaryText;
use crate::components::loader::{Loader, load_with_glossary, render};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::components::record_words::{
    vaccination_date_text, vaccination_dose_text, vaccination_given_text,
};
use crate::fhir::immunization::{Given, Vaccination, VaccinationList, fetch_vaccinations};
use crate::glossary::Glossary;
use crate::i18n::{I18n, Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use std::sync::Arc;

/// The vaccinations page (`/p/:patient/vaccinaties`).
#[component]
pub fn Vaccinations() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let list = load_with_glossary(&patient, |client, id| async move {
        fetch_vaccinations(&client, &id).await
    });
    let name = patient.name.clone();
    view! {
        <PageHeading title=Key::VaccinationsTitle patient=patient.name.clone()/>
        <p class="no-print">{i18n.text(Key::VaccinationsIntro)}</p>
        <Loader resource=list render=render(move |(l, g): &(VaccinationList, Option<Arc<Glossary>>)| table(l.clone(), g.clone(), name.clone()).into_any())/>
    }
}

fn table(list: VaccinationList, glossary: Option<Arc<Glossary>>, name: String) -> impl IntoView {
    let i18n = use_i18n();
    if list.vaccinations.is_empty() {
        return view! {
            <ProblemsNotice problems=list.problems/>
            <p class="empty" data-testid="vaccinations-empty">{i18n.text(Key::VaccinationsEmpty)}</p>
        }
        .into_any();
    }
    let rows = list
        .vaccinations
        .into_iter()
        .map(|v| row(v, glossary.clone()))
        .collect();
    let caption: Arc<dyn Fn(I18n) -> String + Send + Sync> =
        Arc::new(move |i| i.tf(Key::VaccinationsCaption, &[("name", &name)]));
    view! {
        <ProblemsNotice problems=list.problems/>
        {glossary.is_some().then(|| view! { <p class="glossary-help no-print">{i18n.text(Key::GlossaryHelp)}</p> })}
        <p class="no-print">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="vaccinations-print"
                on:click=|_| { let _ = window().print(); }>
                {i18n.text(Key::VaccinationsPrint)}
            </button>
        </p>
        <DataTable class="vaccinations-table" testid="vaccinations" row_headers=true
            caption=Caption::Shown(caption) rows=rows columns=vec![
                Header::Key(Key::ColumnVaccine),
                Header::Key(Key::ColumnDate),
                Header::Key(Key::ColumnDoseNumber),
                Header::Key(Key::ColumnStatus),
                Header::Key(Key::ColumnGivenBy),
            ]/>
    }
    .into_any()
}

fn row(v: Vaccination, glossary: Option<Arc<Glossary>>) -> Row {
    let (date, date_text) = (v.date, v.date_text);
    let dose = v.dose;
    let given = v.given;
    let not_given = matches!(given, Given::No(_));
    let mut row = Row::new(vec![
        Cell::View(view! { <GlossaryText text=v.vaccine glossary=glossary/> }.into_any()),
        Cell::Live(Arc::new(move |i: I18n| {
            vaccination_date_text(i, date, date_text.as_deref())
        })),
        Cell::Live(Arc::new(move |i: I18n| {
            vaccination_dose_text(i, dose.as_ref())
        })),
        Cell::Live(Arc::new(move |i: I18n| vaccination_given_text(i, &given))),
        Cell::text_or_dash(v.by.as_deref()),
    ]);
    row.status = not_given.then_some("not-given");
    row
}
