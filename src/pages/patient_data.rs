//! Patiëntgegevens (handbook §3.6): the patient's personal data as the
//! hospital has it (name, birth date, address, phone, e-mail, the BSN
//! masked, GP and pharmacy), the people authorized for them with the
//! period of each, how an authorization is changed or revoked, and a way
//! to report data that is wrong.

use crate::access::{Decision, Denial, EndReason, age, decide};
use crate::components::data_item::DataItem;
use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::loader::{Loader, load, render};
use crate::components::page_heading::PageHeading;
use crate::fhir::model::{Patient, RelatedPerson, display_name, portal_extension};
use crate::fhir::{FhirError, SearchQuery};
use crate::i18n::{I18n, Key, Lang, format_date, use_i18n};
use crate::layout::use_current_patient;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::sync::Arc;

/// The BSN with all but its last three digits hidden: "******607".
pub fn mask_bsn(bsn: &str) -> String {
    let digits: Vec<char> = bsn.chars().filter(|c| !c.is_whitespace()).collect();
    let shown = digits.len().min(3);
    let hidden = digits.len() - shown;
    "*".repeat(hidden) + &digits[hidden..].iter().collect::<String>()
}

/// The period of an authorization for `patient` (first name or name) in
/// words: since when, until when and why then, or why it no longer holds.
pub fn period_text(
    lang: Lang,
    person: &RelatedPerson,
    patient: &str,
    birth: Option<NaiveDate>,
    today: NaiveDate,
) -> String {
    let Some(auth) = person.authorization() else {
        return lang.text(Key::PatientAuthUnknown).to_string();
    };
    let date = |d: NaiveDate| format_date(lang, d);
    let since = auth
        .start
        .map(|s| lang.fill(Key::PatientAuthSince, &[("date", &date(s))]));
    let join = |head: Option<String>, tail: String| match head {
        Some(h) => format!("{h}, {tail}"),
        None => tail,
    };
    match decide(&auth, birth, today) {
        Decision::Allowed { ends: None } => {
            since.unwrap_or_else(|| lang.text(Key::PatientAuthNoEnd).to_string())
        }
        Decision::Allowed { ends: Some(end) } => {
            let key = match end.reason {
                EndReason::TwelfthBirthday => Key::PatientAuthUntilTwelve,
                EndReason::SixteenthBirthday => Key::PatientAuthUntilSixteen,
                EndReason::EighteenthBirthday => Key::PatientAuthUntilEighteen,
                EndReason::PeriodEnd => Key::PatientAuthUntilDate,
            };
            // A period names its last valid day; a birthday the first day without access.
            let day = if end.reason == EndReason::PeriodEnd {
                end.on.pred_opt().unwrap_or(end.on)
            } else {
                end.on
            };
            join(
                since,
                lang.fill(key, &[("name", patient), ("date", &date(day))]),
            )
        }
        // `decide` has the birth date here; only the sign-in's reading of
        // whom one represents can find a record unreadable.
        Decision::Denied(Denial::Unreadable) => {
            lang.fill(Key::NoAccessUnreadable, &[("name", patient)])
        }
        Decision::Denied(Denial::NotYetValid(from)) => {
            lang.fill(Key::PatientAuthFrom, &[("date", &date(from))])
        }
        Decision::Denied(Denial::Revoked) => {
            let reason = portal_extension(&person.extension, "revocation-reason")
                .and_then(|e| e.value_string.clone());
            let head = lang.text(Key::PatientAuthRevoked).to_string();
            match reason {
                Some(r) => format!("{head} {r}"),
                None => head,
            }
        }
        Decision::Denied(Denial::Ended(end)) => {
            let day = if end.reason == EndReason::PeriodEnd {
                end.on.pred_opt().unwrap_or(end.on)
            } else {
                end.on
            };
            lang.fill(Key::PatientAuthEnded, &[("date", &date(day))])
        }
    }
}

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
        <Loader resource=data render=render(move |d: &Data| details(d, &id, i18n))/>
    }
}

fn details(d: &Data, id: &str, i18n: I18n) -> AnyView {
    let p = &d.patient;
    let name = p.display_name().unwrap_or_else(|| "—".into());
    let first = p
        .name
        .first()
        .and_then(|n| n.given.first().cloned())
        .unwrap_or_else(|| name.clone());
    let birth = p.birth();
    let bsn = p.bsn().map(|b| {
        let masked = mask_bsn(b);
        let last: String = masked.chars().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect();
        view! {
            <span aria-hidden="true" data-testid="patient-bsn">{masked}</span>
            <span class="visually-hidden">{i18n.live(Arc::new(move |i| i.tf(Key::PatientBsnEnding, &[("digits", &last)])))}</span>
        }
    });
    let address = p.address.first().map(|a| {
        let mut lines = a.line.clone();
        lines.push(
            [a.postal_code.clone(), a.city.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("  "),
        );
        lines
            .into_iter()
            .filter(|l| !l.is_empty())
            .map(|l| view! { <span class="address-line">{l}</span> })
            .collect_view()
    });
    let telecom = |system: &str| {
        p.telecom
            .iter()
            .filter(|t| t.system.as_deref() == Some(system))
            .filter_map(|t| t.value.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let or_dash = |s: String| if s.is_empty() { "—".to_string() } else { s };
    let (phone, email) = (or_dash(telecom("phone")), or_dash(telecom("email")));
    let gp = p
        .general_practitioner
        .iter()
        .filter_map(|g| g.display.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let pharmacy = p.pharmacy().and_then(|r| r.display.clone());
    let today = crate::session::today();
    let adult = birth.is_none_or(|b| age(b, today) >= 16);
    let rows: Vec<Row> = d
        .authorized
        .iter()
        .filter(|r| r.patient.id_of("Patient") == Some(id))
        .map(|r| {
            let person = r.clone();
            let first = first.clone();
            Row::new(vec![
                Cell::text_or_dash(display_name(&r.name).as_deref()),
                Cell::text_or_dash(r.relationship_label()),
                Cell::Live(Arc::new(move |i| {
                    period_text(i.lang(), &person, &first, birth, today)
                })),
            ])
        })
        .collect();
    let authorized = if rows.is_empty() {
        view! { <p data-testid="patient-authorized">{i18n.text(Key::PatientAuthNone)}</p> }
            .into_any()
    } else {
        view! {
            <DataTable testid="patient-authorized" row_headers=true rows=rows
                caption=Caption::Hidden(Cell::Label(Key::PatientAuthTitle))
                columns=vec![
                    Header::Key(Key::PatientAuthColumnName),
                    Header::Key(Key::PatientAuthColumnRelation),
                    Header::Key(Key::PatientAuthColumnPeriod),
                ]/>
        }
        .into_any()
    };
    let revoke_first = first.clone();
    let report = format!(
        "/p/{id}/e-consult/nieuw?onderwerp={}",
        crate::fhir::search::encode(i18n.t(Key::PatientReportSubject))
    );
    view! {
        <h2>{i18n.text(Key::PatientPersonalTitle)}</h2>
        <dl class="utrecht-data-list data-list" data-testid="patient-details">
            <DataItem label=Key::PatientName>{name}</DataItem>
            <DataItem label=Key::PatientBirth>{i18n.date_text(birth)}</DataItem>
            <DataItem label=Key::PatientBsn>{bsn.map(IntoAny::into_any).unwrap_or_else(|| "—".into_any())}</DataItem>
            <DataItem label=Key::PatientAddress>{address.map(IntoAny::into_any).unwrap_or_else(|| "—".into_any())}</DataItem>
            <DataItem label=Key::PatientPhone>{phone}</DataItem>
            <DataItem label=Key::PatientEmail>{email}</DataItem>
            <DataItem label=Key::PatientGp>{or_dash(gp)}</DataItem>
            <DataItem label=Key::PatientPharmacy>{pharmacy.unwrap_or_else(|| "—".into())}</DataItem>
        </dl>
        <h2 id="correct">{i18n.text(Key::PatientReportTitle)}</h2>
        <p>{i18n.text(Key::PatientReportRegistry)}</p>
        <p>{i18n.text(Key::PatientReportOther)}</p>
        <p><a class="utrecht-button utrecht-button--secondary-action button-link" href=report
            data-testid="patient-report">{i18n.text(Key::PatientReportLink)}</a></p>
        <h2>{i18n.text(Key::PatientAuthTitle)}</h2>
        <p>{i18n.text(Key::PatientAuthIntro)}</p>
        {authorized}
        <h2>{i18n.text(Key::PatientRevokeTitle)}</h2>
        <p data-testid="patient-revoke">{i18n.live(Arc::new(move |i| {
            if adult {
                i.t(Key::PatientRevokeAdult).to_string()
            } else {
                i.tf(Key::PatientRevokeChild, &[("name", &revoke_first)])
            }
        }))}</p>
        <p>{i18n.text(Key::PatientRevokeLegal)}</p>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(json: serde_json::Value) -> RelatedPerson {
        serde_json::from_value(json).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn parent(extra: serde_json::Value) -> RelatedPerson {
        let mut p = serde_json::json!({"resourceType":"RelatedPerson","id":"a","patient":{"reference":"Patient/emma"},
            "relationship":[{"coding":[{"system":"https://portal.example.org/fhir/CodeSystem/authorization-role","code":"parent"}],"text":"Moeder"}],
            "period":{"start":"2024-03-04"},
            "extension":[{"url":"https://portal.example.org/fhir/StructureDefinition/child-signed","valueBoolean":true}]});
        if let (Some(o), Some(e)) = (p.as_object_mut(), extra.as_object()) {
            o.extend(e.clone());
        }
        person(p)
    }

    /// The period for Emma, born on `birth`, as the page says it on 23 November 2026.
    fn emma_period(lang: Lang, person: &RelatedPerson, birth: NaiveDate) -> String {
        crate::i18n::load_english_for_tests();
        period_text(lang, person, "Emma", Some(birth), day(2026, 11, 23))
    }

    #[test]
    fn the_bsn_shows_only_its_last_three_digits() {
        assert_eq!(mask_bsn("274193607"), "******607");
        assert_eq!(mask_bsn("12"), "12");
    }

    #[test]
    fn a_parents_authorization_runs_until_the_sixteenth_birthday() {
        let text = emma_period(Lang::Nl, &parent(serde_json::json!({})), day(2012, 2, 19));
        assert_eq!(
            text,
            "Sinds 4 maart 2024, tot Emma 16 wordt (19 februari 2028)"
        );
        let en = emma_period(Lang::En, &parent(serde_json::json!({})), day(2012, 2, 19));
        assert_eq!(
            en,
            "Since 4 March 2024, until Emma turns 16 (19 February 2028)"
        );
    }

    #[test]
    fn revoked_future_and_ended_authorizations_say_so() {
        let revoked = parent(serde_json::json!({"active": false,
            "extension":[{"url":"https://portal.example.org/fhir/StructureDefinition/revocation-reason","valueString":"Op verzoek."}]}));
        assert_eq!(
            emma_period(Lang::Nl, &revoked, day(2012, 2, 19)),
            "Ingetrokken. Op verzoek."
        );
        let future = parent(serde_json::json!({"period":{"start":"2027-01-15"}}));
        assert_eq!(
            emma_period(Lang::Nl, &future, day(2012, 2, 19)),
            "Geldig vanaf 15 januari 2027"
        );
        assert_eq!(
            emma_period(Lang::Nl, &parent(serde_json::json!({})), day(2008, 2, 19)),
            "Beëindigd op 19 februari 2024",
            "a parent's access ended at 16"
        );
    }
}
