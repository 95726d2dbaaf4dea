//! The parts of the printable summary (issue 18), in the order a doctor
//! reads them: who, allergies first, problems, current medicines with
//! their dosage in words, vaccinations, the last value of each
//! measurement, the results of the last 12 months with their status, and
//! the upcoming (indicative) appointments. A part that could not be
//! fetched says so in its place.

use crate::components::notice::{Notice, NoticeKind};
use crate::components::personal_data::mask_bsn;
use crate::components::values::{Reading, flag_key, reference_range, status_key};
use crate::fhir::FhirError;
use crate::fhir::agenda::Entry;
use crate::fhir::allergy::{AllergyList, Criticality};
use crate::fhir::condition::ProblemLists;
use crate::fhir::immunization::VaccinationList;
use crate::fhir::medication::MedicineLists;
use crate::fhir::model::Patient;
use crate::fhir::observation::{MeasurementKind, ResultGroup, ResultStatus};
use crate::fhir::summary::{Part, Summary};
use crate::i18n::{I18n, Key};
use leptos::prelude::*;

/// A part that could not be fetched: said in its place, never left out
/// silently (an allergy list that is missing is not an empty one).
fn failed(i18n: I18n, error: &FhirError) -> AnyView {
    let key = error.message();
    view! {
        <Notice kind=NoticeKind::Error announced=false>
            <p data-testid="summary-part-failed">{i18n.text(Key::SummaryPartFailed)}" "{i18n.text(key)}</p>
        </Notice>
    }
    .into_any()
}

/// A section of the summary: its heading and what it holds.
fn section(id: &'static str, title: Key, body: AnyView, i18n: I18n) -> impl IntoView {
    let heading = format!("summary-{id}");
    let labelled = heading.clone();
    view! {
        <section class=format!("summary__part summary__part--{id}") aria-labelledby=labelled
            data-testid=format!("summary-{id}")>
            <h2 id=heading>{i18n.text(title)}</h2>
            {body}
        </section>
    }
}

/// A table with a header row of `columns` and `rows` of text cells; the
/// first cell of each row heads it.
fn table(i18n: I18n, columns: &[Key], rows: Vec<(Vec<String>, bool)>) -> AnyView {
    let head = columns
        .iter()
        .map(|k| view! { <th scope="col">{i18n.text(*k)}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|(cells, marked)| {
            let mut cells = cells.into_iter();
            let first = cells.next().unwrap_or_default();
            view! {
                <tr class:summary__row--marked=marked>
                    <th scope="row">{first}</th>
                    {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="summary-table">
            <thead><tr>{head}</tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
    .into_any()
}

/// Text for an empty part.
fn empty(i18n: I18n, key: Key) -> AnyView {
    view! { <p class="empty">{i18n.text(key)}</p> }.into_any()
}

/// Every part of the summary, in the order a doctor reads it.
pub fn parts(s: &Summary, i18n: I18n) -> AnyView {
    view! {
        {section("who", Key::SummaryWho, who(&s.patient, i18n), i18n)}
        {section("allergies", Key::AllergiesTitle, allergies(&s.allergies, i18n), i18n)}
        {section("problems", Key::ProblemsTitle, problems(&s.problems, i18n), i18n)}
        {section("medicines", Key::SummaryMedicines, medicines(&s.medicines, i18n), i18n)}
        {section("vaccinations", Key::VaccinationsTitle, vaccinations(&s.vaccinations, i18n), i18n)}
        {section("measurements", Key::SummaryMeasurements, measurements(&s.measurements, i18n), i18n)}
        {section("results", Key::SummaryResults, results(&s.results, i18n), i18n)}
        {section("appointments", Key::SummaryAppointments, appointments(&s.appointments, i18n), i18n)}
    }
    .into_any()
}

fn who(p: &Patient, i18n: I18n) -> AnyView {
    let name = p.display_name().unwrap_or_else(|| "—".into());
    let birth = p.birth();
    let bsn = p.bsn().map(mask_bsn).unwrap_or_else(|| "—".into());
    let gp = p.gp_names();
    let pharmacy = p
        .pharmacy()
        .and_then(|r| r.display.clone())
        .unwrap_or_else(|| "—".into());
    let gp = if gp.is_empty() { "—".into() } else { gp };
    view! {
        <dl class="summary__who-list">
            <dt>{i18n.text(Key::PatientName)}</dt><dd>{name}</dd>
            <dt>{i18n.text(Key::PatientBirth)}</dt><dd>{i18n.date_text(birth)}</dd>
            <dt>{i18n.text(Key::PatientBsn)}</dt><dd>{bsn}</dd>
            <dt>{i18n.text(Key::PatientGp)}</dt><dd>{gp}</dd>
            <dt>{i18n.text(Key::PatientPharmacy)}</dt><dd>{pharmacy}</dd>
        </dl>
    }
    .into_any()
}

fn allergies(part: &Part<AllergyList>, i18n: I18n) -> AnyView {
    let list = match part {
        Ok(l) => l,
        Err(e) => return failed(i18n, e),
    };
    if list.allergies.is_empty() {
        return empty(i18n, Key::AllergiesEmpty);
    }
    let list = list.allergies.clone();
    (move || {
        let rows = list
            .iter()
            .map(|a| {
                let high = a.criticality == Criticality::High;
                let risk = i18n.t(crate::components::record_words::allergy_risk_key(
                    a.criticality,
                ));
                let reactions = a
                    .reactions
                    .iter()
                    .map(|r| match r.severity {
                        Some(s) => format!(
                            "{} ({})",
                            r.what,
                            i18n.t(crate::components::record_words::allergy_severity_key(s))
                        ),
                        None => r.what.clone(),
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                let kind = if a.intolerance {
                    Key::AllergiesIntolerance
                } else {
                    Key::AllergiesAllergy
                };
                let since = match (&a.since, &a.since_text) {
                    (Some(d), _) => i18n.date(Some(*d)),
                    (None, Some(t)) => t.clone(),
                    (None, None) => "—".into(),
                };
                let risk = if high {
                    format!("! {risk}")
                } else {
                    risk.to_string()
                };
                (
                    vec![
                        a.substance.clone(),
                        i18n.t(kind).to_string(),
                        risk,
                        if reactions.is_empty() {
                            "—".into()
                        } else {
                            reactions
                        },
                        since,
                    ],
                    high,
                )
            })
            .collect();
        table(
            i18n,
            &[
                Key::SummaryColumnSubstance,
                Key::AllergiesKind,
                Key::AllergiesRisk,
                Key::AllergiesReactions,
                Key::AllergiesSince,
            ],
            rows,
        )
    })
    .into_any()
}

fn problems(part: &Part<ProblemLists>, i18n: I18n) -> AnyView {
    let lists = match part {
        Ok(l) => l.clone(),
        Err(e) => return failed(i18n, e),
    };
    if lists.current.is_empty() && lists.earlier.is_empty() {
        return empty(i18n, Key::ProblemsEmptyCurrent);
    }
    (move || {
        let rows = |list: &[crate::fhir::condition::ProblemEntry]| -> Vec<(Vec<String>, bool)> {
            list.iter()
                .map(|p| {
                    let since = crate::components::record_words::problem_since_text(i18n, p.since.as_ref());
                    let status = i18n.t(crate::components::record_words::problem_status_key(p.clinical));
                    (vec![p.name.clone(), status.to_string(), since], false)
                })
                .collect()
        };
        let columns = [Key::ColumnProblem, Key::ColumnStatus, Key::ColumnSince];
        view! {
            <h3>{i18n.text(Key::ProblemsCurrent)}</h3>
            {if lists.current.is_empty() { empty(i18n, Key::ProblemsEmptyCurrent) } else { table(i18n, &columns, rows(&lists.current)) }}
            {(!lists.earlier.is_empty()).then(|| view! {
                <h3>{i18n.text(Key::ProblemsEarlier)}</h3>
                {table(i18n, &columns, rows(&lists.earlier))}
            })}
        }
    })
    .into_any()
}

fn medicines(part: &Part<MedicineLists>, i18n: I18n) -> AnyView {
    let current = match part {
        Ok(l) => l.current.clone(),
        Err(e) => return failed(i18n, e),
    };
    if current.is_empty() {
        return empty(i18n, Key::MedicinesEmptyCurrent);
    }
    (move || {
        let rows = current
            .iter()
            .map(|m| {
                let how = crate::components::dosage::how_to_take(i18n, m.how.as_deref(), &m.dosage);
                (
                    vec![
                        m.name.clone(),
                        how,
                        i18n.date(m.start),
                        m.specialism.clone().unwrap_or_else(|| "—".into()),
                    ],
                    false,
                )
            })
            .collect();
        table(
            i18n,
            &[
                Key::ColumnMedicine,
                Key::ColumnHowToTake,
                Key::ColumnStarted,
                Key::ColumnSpecialism,
            ],
            rows,
        )
    })
    .into_any()
}

fn vaccinations(part: &Part<VaccinationList>, i18n: I18n) -> AnyView {
    let list = match part {
        Ok(l) => l.vaccinations.clone(),
        Err(e) => return failed(i18n, e),
    };
    if list.is_empty() {
        return empty(i18n, Key::VaccinationsEmpty);
    }
    (move || {
        use crate::components::record_words::{
            vaccination_date_text, vaccination_dose_text, vaccination_given_text,
        };
        let rows = list
            .iter()
            .map(|v| {
                (
                    vec![
                        v.vaccine.clone(),
                        vaccination_date_text(i18n, v.date, v.date_text.as_deref()),
                        vaccination_dose_text(i18n, v.dose.as_ref()),
                        vaccination_given_text(i18n, &v.given),
                    ],
                    false,
                )
            })
            .collect();
        table(
            i18n,
            &[
                Key::ColumnVaccine,
                Key::ColumnDate,
                Key::ColumnDoseNumber,
                Key::ColumnStatus,
            ],
            rows,
        )
    })
    .into_any()
}

fn measurements(part: &Part<Vec<MeasurementKind>>, i18n: I18n) -> AnyView {
    let kinds = match part {
        Ok(k) => k.clone(),
        Err(e) => return failed(i18n, e),
    };
    let last: Vec<(String, Reading, Option<chrono::NaiveDate>)> = kinds
        .iter()
        .filter_map(|k| {
            let newest = k.rows.iter().max_by_key(|o| o.date())?;
            Some((k.label.clone(), Reading::of(newest), newest.date()))
        })
        .collect();
    if last.is_empty() {
        return empty(i18n, Key::MeasurementsEmpty);
    }
    (move || {
        let rows = last
            .iter()
            .map(|(label, reading, date)| {
                (
                    vec![label.clone(), reading.text(i18n), i18n.date(*date)],
                    false,
                )
            })
            .collect();
        table(
            i18n,
            &[
                Key::SummaryColumnMeasurement,
                Key::SummaryColumnLast,
                Key::ColumnDate,
            ],
            rows,
        )
    })
    .into_any()
}

fn results(part: &Part<Vec<ResultGroup>>, i18n: I18n) -> AnyView {
    let groups = match part {
        Ok(g) => g.clone(),
        Err(e) => return failed(i18n, e),
    };
    if groups.is_empty() {
        return empty(i18n, Key::SummaryResultsEmpty);
    }
    let provisional = groups.iter().any(|g| g.status == ResultStatus::Provisional);
    (move || {
        let blocks = groups
            .iter()
            .map(|g| {
                let status = g.status;
                let marked = status == ResultStatus::Provisional;
                let rows = g
                    .results
                    .iter()
                    .map(|o| {
                        let flag = o
                            .flag()
                            .map(|f| i18n.t(flag_key(f)).to_string())
                            .unwrap_or_else(|| "—".into());
                        let own = o.result_status();
                        let name = o.code.label().unwrap_or("—").to_string();
                        let name = if own == ResultStatus::Provisional && !marked {
                            format!("{name} ({})", i18n.t(status_key(own)))
                        } else {
                            name
                        };
                        (
                            vec![
                                name,
                                Reading::of(o).text(i18n),
                                reference_range(i18n, &o.reference_range).unwrap_or_else(|| "—".into()),
                                flag,
                            ],
                            false,
                        )
                    })
                    .collect();
                view! {
                    <div class="summary__report" class:summary__report--provisional=marked data-testid="summary-report">
                        <h3>
                            {i18n.date(g.date)}
                            {g.title.clone().map(|t| format!(" · {t}"))}
                            " · "<span class="summary__status">{i18n.t(status_key(status))}</span>
                        </h3>
                        {table(i18n, &[Key::ColumnTest, Key::ColumnResult, Key::ColumnReference, Key::ColumnFlag], rows)}
                    </div>
                }
            })
            .collect_view();
        view! {
            {provisional.then(|| view! { <p class="summary__note">{i18n.text(Key::SummaryProvisional)}</p> })}
            {blocks}
        }
    })
    .into_any()
}

fn appointments(part: &Part<Vec<Entry>>, i18n: I18n) -> AnyView {
    let upcoming = match part {
        Ok(u) => u.clone(),
        Err(e) => return failed(i18n, e),
    };
    if upcoming.is_empty() {
        return empty(i18n, Key::AgendaEmptyUpcoming);
    }
    (move || {
        let rows = upcoming
            .iter()
            .map(|e| {
                let when = e
                    .appointment
                    .start_time()
                    .map(|t| crate::i18n::format_weekday_date_time(i18n.lang(), t))
                    .unwrap_or_else(|| i18n.t(Key::AgendaNoTime).to_string());
                let what = [e.appointment.description.clone(), e.specialism.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ");
                (
                    vec![
                        when,
                        if what.is_empty() { "—".into() } else { what },
                        e.place.clone().unwrap_or_else(|| "—".into()),
                    ],
                    false,
                )
            })
            .collect();
        view! {
            <p class="summary__note">{i18n.text(Key::SummaryIndicative)}</p>
            {table(i18n, &[Key::SummaryColumnWhen, Key::SummaryColumnWhat, Key::SummaryColumnWhere], rows)}
        }
    })
    .into_any()
}
