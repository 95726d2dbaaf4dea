//! Home (handbook §3.1): whose portal this is, the notices that matter now,
//! and what the portal offers.

use crate::access::{EndReason, age};
use crate::components::data_item::DataItem;
use crate::components::loader::{Loader, load, render};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::fhir::model::Patient;
use crate::i18n::{Key, Lang, format_date, format_days, use_i18n};
use crate::layout::use_current_patient;
use crate::session::people::Person;
use crate::session::{use_config, use_session};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The sentence announcing that access to `person` ends soon.
pub fn ending_text(lang: Lang, person: &Person, today: NaiveDate, within: i64) -> Option<String> {
    let (end, days) = person.decision.ending_within(today, within)?;
    let key = match end.reason {
        EndReason::TwelfthBirthday => Key::EndingTwelve,
        EndReason::SixteenthBirthday => Key::EndingSixteen,
        EndReason::EighteenthBirthday => Key::EndingEighteen,
        EndReason::PeriodEnd => Key::EndingPeriod,
    };
    let name = person
        .name
        .clone()
        .unwrap_or_else(|| lang.text(Key::UnknownName).to_string());
    Some(lang.fill(
        key,
        &[
            ("name", &name),
            ("days", &format_days(lang, days)),
            ("date", &format_date(lang, end.on)),
        ],
    ))
}

/// The Home page of the open patient.
#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let current = use_current_patient();
    let Some(signed) = use_session().signed_in() else {
        return ().into_any();
    };
    // While the person reads Home, the sections arrive.
    crate::sections::prefetch_when_idle();
    let today = signed.today;
    let within = config.announce_days;
    // On one's own Home every representation that ends soon; on a child's
    // Home that child's.
    let soon: Vec<Person> = signed
        .people
        .represented
        .iter()
        .filter(|p| current.own || p.patient_id == current.id)
        .filter(|p| p.decision.ending_within(today, within).is_some())
        .cloned()
        .collect();
    // Records that could not be read while finding whom one may act for:
    // named here, so nobody leaves the bar without a word.
    let unreadable = signed.people.problems.clone();
    let client = signed.client.clone();
    let id = current.id.clone();
    let patient = load(move || {
        let (client, id) = (client.clone(), id.clone());
        async move { client.read::<Patient>(&id).await }
    });
    let config = crate::session::use_config();
    let (idle_minutes, warning_minutes) = (
        config.idle_timeout_minutes.to_string(),
        config.idle_warning_minutes.to_string(),
    );
    view! {
        <PageHeading title=Key::HomeTitle patient=current.name.clone()/>
        <ProblemsNotice problems=unreadable/>
        {soon
            .into_iter()
            .map(|person| view! {
                <Notice kind=NoticeKind::Warning class="notice--ending">
                    <p data-testid="ending-notice">{move || ending_text(i18n.lang(), &person, today, within)}</p>
                </Notice>
            })
            .collect_view()}
        <section class="home-card" aria-labelledby="home-patient">
            <h2 id="home-patient">{i18n.text(Key::HomePatientHeading)}</h2>
            <Loader resource=patient render=render(move |p: &Patient| patient_card(p.clone(), today).into_any())/>
        </section>
        <Notice kind=NoticeKind::Info>
            <h2>{i18n.text(Key::HomeResultsHeading)}</h2>
            <p>{i18n.text(Key::HomeResultsText)}</p>
        </Notice>
        <Notice kind=NoticeKind::Warning>
            <h2>{i18n.text(Key::HomeUrgentHeading)}</h2>
            <p>{i18n.text(Key::HomeUrgentText)}</p>
        </Notice>
        <section aria-labelledby="home-about">
            <h2 id="home-about">{i18n.text(Key::HomeAboutHeading)}</h2>
            <p>{i18n.text(Key::HomeAboutIntro)}</p>
            <ul>
                <li>{i18n.text(Key::HomeAboutDossier)}</li>
                <li>{i18n.text(Key::HomeAboutQuestionnaires)}</li>
                <li>{i18n.text(Key::HomeAboutAgenda)}</li>
                <li>{i18n.text(Key::HomeAboutEconsult)}</li>
            </ul>
            <p>{i18n.text(Key::HomeAboutQuestions)}</p>
            <p>{i18n.live(std::sync::Arc::new(move |i| i.tf(Key::HomeAboutIdle, &[("minutes", &idle_minutes), ("warning", &warning_minutes)])))}</p>
            <p><a href=format!("/p/{}/informatie", current.id)>{i18n.text(Key::HomeAboutMore)}</a></p>
        </section>
    }
    .into_any()
}

fn patient_card(patient: Patient, today: NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let name = patient.display_name();
    let birth = patient.birth();
    view! {
        <dl class="utrecht-data-list data-list" data-testid="patient-card">
            <DataItem label=Key::FieldName>{move || name.clone().unwrap_or_else(|| i18n.t(Key::UnknownName).to_string())}</DataItem>
            <DataItem label=Key::FieldBirthDate>{move || match birth {
                        Some(b) => i18n.tf(
                            Key::BirthDateWithAge,
                            &[("date", &format_date(i18n.lang(), b)), ("age", &age(b, today).to_string())],
                        ),
                        None => "—".into(),
                    }}</DataItem>
        </dl>
    }
}
