//! The people authorized for a patient, with the period of each in
//! words: since when, until when and why then, or why it no longer holds.

use crate::access::{Decision, Denial, EndReason, decide};
use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::fhir::model::{RelatedPerson, display_name, portal_extension};
use crate::i18n::{Key, Lang, format_date, use_i18n};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::sync::Arc;

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

/// The table of the people authorized for the patient `id`, or the text
/// that there are none.
#[component]
pub fn AuthorizedPeople(
    /// The related people the server sent (only those of `id` are shown).
    people: Vec<RelatedPerson>,
    /// The patient's FHIR id.
    id: String,
    /// The patient's first name (or name), as the periods name them.
    first: String,
    /// The patient's birth date, which the age rules need.
    birth: Option<NaiveDate>,
    /// Today.
    today: NaiveDate,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows: Vec<Row> = people
        .iter()
        .filter(|r| r.patient.id_of("Patient") == Some(id.as_str()))
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
    if rows.is_empty() {
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
    }
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
