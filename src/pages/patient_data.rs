//! Patiëntgegevens (handbook §3.6): the patient's personal data as the
//! hospital has it (name, birth date, address, phone, e-mail, the BSN
//! masked, GP and pharmacy), the people authorized for them with the
//! period of each, how an authorization is changed or revoked, and a way
//! to report data that is wrong.

use crate::access::age;
use crate::components::authorized_people::AuthorizedPeople;
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::components::personal_data::PersonalData;
use crate::components::record_export::RecordExport;
use crate::fhir::model::{Patient, RelatedPerson};
use crate::fhir::{FhirError, SearchQuery};
use crate::i18n::{I18n, Key, use_i18n};
use crate::layout::use_current_patient;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug)]
struct Data {
    patient: Patient,
    authorized: Vec<RelatedPerson>,
}

/// The page (`/p/:patient/gegevens`).
#[component]
pub fn PatientData() -> impl IntoView {
    let i18n = use_i18n();
    let current = use_current_patient();
    let data = {
        let (client, id) = (current.client.clone(), current.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move {
                let patient = client.read::<Patient>(&id).await?;
                if patient.id.as_deref() != Some(id.as_str()) {
                    return Err(FhirError::NotFound);
                }
                let people = client
                    .search::<RelatedPerson>(
                        &SearchQuery::new("RelatedPerson")
                            .param("patient", id.clone())
                            .count(100),
                    )
                    .await?;
                Ok(Data {
                    patient,
                    authorized: people.items,
                })
            }
        })
    };
    let (id, own) = (current.id.clone(), current.own);
    view! {
        <PageHeading title=Key::PatientTitle patient=current.name.clone()/>
        <p>{i18n.text(if own { Key::PatientIntroOwn } else { Key::PatientIntroOther })}</p>
        <Loader resource=data render=render(move |d: &Data| details(d, &id, i18n, &current))/>
    }
}

/// The given and family name for the download's file name; a record
/// without a name is named as the portal names it (the sign-in's name).
fn file_names(p: &Patient, shown: &str) -> (String, String) {
    match p.name.first() {
        Some(n) if !n.given.is_empty() || n.family.is_some() => {
            (n.given.join(" "), n.family.clone().unwrap_or_default())
        }
        _ => (
            p.display_name().unwrap_or_else(|| shown.to_string()),
            String::new(),
        ),
    }
}

fn details(d: &Data, id: &str, i18n: I18n, current: &crate::layout::CurrentPatient) -> AnyView {
    let p = &d.patient;
    let first = p
        .name
        .first()
        .and_then(|n| n.given.first().cloned())
        .unwrap_or_else(|| p.display_name().unwrap_or_else(|| "—".into()));
    let birth = p.birth();
    let today = crate::session::today();
    let adult = birth.is_none_or(|b| age(b, today) >= 16);
    let revoke_first = first.clone();
    let report = format!(
        "/p/{id}/e-consult/nieuw?onderwerp={}",
        crate::fhir::search::encode(i18n.t(Key::PatientReportSubject))
    );
    view! {
        <h2>{i18n.text(Key::PatientPersonalTitle)}</h2>
        <PersonalData patient=p.clone()/>
        <h2 id="correct">{i18n.text(Key::PatientReportTitle)}</h2>
        <p>{i18n.text(Key::PatientReportRegistry)}</p>
        <p>{i18n.text(Key::PatientReportOther)}</p>
        <p><a class="utrecht-button utrecht-button--secondary-action button-link" href=report
            data-testid="patient-report">{i18n.text(Key::PatientReportLink)}</a></p>
        <h2>{i18n.text(Key::PatientAuthTitle)}</h2>
        <p>{i18n.text(Key::PatientAuthIntro)}</p>
        <AuthorizedPeople people=d.authorized.clone() id=id.to_string() first=first birth=birth today=today/>
        <h2>{i18n.text(Key::PatientRevokeTitle)}</h2>
        <p data-testid="patient-revoke">{i18n.live(Arc::new(move |i| {
            if adult {
                i.t(Key::PatientRevokeAdult).to_string()
            } else {
                i.tf(Key::PatientRevokeChild, &[("name", &revoke_first)])
            }
        }))}</p>
        <p>{i18n.text(Key::PatientRevokeLegal)}</p>
        <RecordExport patient=current.clone() names=file_names(p, &current.name)/>
        <section class="record-export" aria-labelledby="summary-link-title">
            <h2 id="summary-link-title">{i18n.text(Key::ExportSummaryLink)}</h2>
            <p>{i18n.text(Key::ExportSummaryIntro)}</p>
            <p><a class="utrecht-button utrecht-button--secondary-action button-link" href=format!("/p/{id}/samenvatting")
                data-testid="summary-link">{i18n.text(Key::ExportSummaryLink)}</a></p>
        </section>
    }
    .into_any()
}
