//! Results grouped for the results page: by report, or by date.

use super::{Observation, ResultStatus};
use crate::fhir::diagnostic_report::DiagnosticReport;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// Results shown together under one heading.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultGroup {
    /// The date of the report or of the results.
    pub date: Option<NaiveDate>,
    /// The report's name ("Elektrolyten en glucose"); `None` for a date group.
    pub title: Option<String>,
    /// The status of the group as a whole.
    pub status: ResultStatus,
    /// The report's id; `None` for a date group.
    pub report_id: Option<String>,
    /// The results, in the report's order.
    pub results: Vec<Observation>,
}

/// The report's status, unless a result says more: a provisional result
/// makes the group provisional, else a changed result makes it changed.
/// Provisional wins over changed: a value that may still change matters
/// more than one that was corrected. A cancelled report stays cancelled.
fn with_results(base: ResultStatus, results: &[Observation]) -> ResultStatus {
    let any = |s| results.iter().any(|o| o.result_status() == s);
    if base == ResultStatus::Cancelled {
        base
    } else if any(ResultStatus::Provisional) {
        ResultStatus::Provisional
    } else if any(ResultStatus::Changed) {
        ResultStatus::Changed
    } else {
        base
    }
}

/// One group per report, in the given order, holding the observations its
/// `result` references point to (`Observation/<id>`), in the report's
/// order; references to observations not in `observations` are skipped.
/// The date is the report's effective date, else its issue date; the
/// status follows the rule of `with_results` (provisional results win, then
/// changed ones, else the report's own status).
pub fn group_by_report(
    reports: &[DiagnosticReport],
    observations: &[Observation],
) -> Vec<ResultGroup> {
    let by_id: HashMap<&str, &Observation> = observations
        .iter()
        .filter_map(|o| Some((o.id.as_deref()?, o)))
        .collect();
    reports
        .iter()
        .map(|report| {
            let mut results: Vec<Observation> = Vec::new();
            for r in &report.result {
                if let Some(o) = r.id_of("Observation").and_then(|id| by_id.get(id)) {
                    with_members(o, &by_id, &mut results, 0);
                }
            }
            ResultGroup {
                date: report.date(),
                title: report.code.label().map(str::to_string),
                status: with_results(report.result_status(), &results),
                report_id: report.id.clone(),
                results,
            }
        })
        .collect()
}

/// `o`, then the members of a panel (`hasMember`) right under it, and
/// theirs; each once, however often it is referenced.
fn with_members(
    o: &Observation,
    by_id: &HashMap<&str, &Observation>,
    out: &mut Vec<Observation>,
    depth: u8,
) {
    if out.iter().any(|x| x.id.is_some() && x.id == o.id) {
        return;
    }
    out.push(o.clone());
    if depth >= 4 {
        return;
    }
    for member in &o.has_member {
        if let Some(m) = member.id_of("Observation").and_then(|id| by_id.get(id)) {
            with_members(m, by_id, out, depth + 1);
        }
    }
}

/// Results without reports (search results) grouped by date, newest first,
/// undated ones last; within a group the given order is kept. A group is
/// provisional when any result is, else changed, else final when any result
/// is final, else unknown, else (all cancelled) cancelled.
pub fn group_by_date(observations: &[Observation]) -> Vec<ResultGroup> {
    let mut by_date: BTreeMap<Option<NaiveDate>, Vec<Observation>> = BTreeMap::new();
    for observation in observations {
        by_date
            .entry(observation.date())
            .or_default()
            .push(observation.clone());
    }
    // `None` sorts first, so reversed the undated group comes last.
    by_date
        .into_iter()
        .rev()
        .map(|(date, results)| {
            let any = |s| results.iter().any(|o: &Observation| o.result_status() == s);
            let base = [ResultStatus::Final, ResultStatus::Unknown]
                .into_iter()
                .find(|s| any(*s))
                .unwrap_or(ResultStatus::Cancelled);
            ResultGroup {
                date,
                title: None,
                status: with_results(base, &results),
                report_id: None,
                results,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn observation(id: &str, status: &str, when: Option<&str>) -> Observation {
        let mut v =
            json!({"resourceType":"Observation","id":id,"status":status,"code":{"text":id}});
        if let Some(when) = when {
            v["effectiveDateTime"] = json!(when);
        }
        serde_json::from_value(v).unwrap()
    }

    fn report(id: &str, status: &str, results: &[&str]) -> DiagnosticReport {
        let refs: Vec<_> = results
            .iter()
            .map(|r| json!({"reference": format!("Observation/{r}")}))
            .collect();
        serde_json::from_value(
            json!({"resourceType":"DiagnosticReport","id":id,"status":status,
            "code":{"text":format!("Rapport {id}")},"issued":"2026-03-05T12:00:00+01:00",
            "effectiveDateTime":"2026-03-04T08:00:00+01:00","result":refs}),
        )
        .unwrap()
    }

    fn ids(group: &ResultGroup) -> Vec<&str> {
        group
            .results
            .iter()
            .filter_map(|o| o.id.as_deref())
            .collect()
    }

    #[test]
    fn groups_follow_the_reports_and_their_order() {
        let observations = [
            observation("a", "final", None),
            observation("b", "final", None),
            observation("c", "preliminary", None),
            observation("d", "corrected", None),
        ];
        let groups = group_by_report(
            &[
                report("r2", "final", &["b", "missing", "a"]),
                report("r1", "final", &["c", "d"]),
                report("r3", "final", &["d"]),
                report("r4", "preliminary", &[]),
                report("r5", "cancelled", &["c"]),
            ],
            &observations,
        );
        assert_eq!(groups.len(), 5);
        assert_eq!(groups[0].report_id.as_deref(), Some("r2"));
        assert_eq!(ids(&groups[0]), ["b", "a"], "missing reference skipped");
        assert_eq!(groups[0].status, ResultStatus::Final);
        assert_eq!(groups[0].title.as_deref(), Some("Rapport r2"));
        assert_eq!(groups[0].date, NaiveDate::from_ymd_opt(2026, 3, 4));
        assert_eq!(
            groups[1].status,
            ResultStatus::Provisional,
            "provisional wins"
        );
        assert_eq!(groups[2].status, ResultStatus::Changed);
        assert_eq!(groups[3].status, ResultStatus::Provisional);
        assert!(groups[3].results.is_empty());
        assert_eq!(groups[4].status, ResultStatus::Cancelled);
    }

    #[test]
    fn date_groups_newest_first_with_undated_last() {
        let groups = group_by_date(&[
            observation("old", "final", Some("2025-01-01T08:00:00+01:00")),
            observation("new1", "final", Some("2026-02-01T08:00:00+01:00")),
            observation("undated", "final", None),
            observation("new2", "amended", Some("2026-02-01T09:00:00+01:00")),
            observation("void", "entered-in-error", Some("2024-01-01")),
        ]);
        let dates: Vec<_> = groups.iter().map(|g| g.date).collect();
        assert_eq!(
            dates,
            [
                NaiveDate::from_ymd_opt(2026, 2, 1),
                NaiveDate::from_ymd_opt(2025, 1, 1),
                NaiveDate::from_ymd_opt(2024, 1, 1),
                None
            ]
        );
        assert_eq!(ids(&groups[0]), ["new1", "new2"]);
        assert_eq!(groups[0].status, ResultStatus::Changed);
        assert_eq!(groups[1].status, ResultStatus::Final);
        assert_eq!(groups[2].status, ResultStatus::Cancelled);
        assert!(
            groups
                .iter()
                .all(|g| g.title.is_none() && g.report_id.is_none())
        );
    }

    #[test]
    fn a_panels_members_come_right_under_it_once() {
        let panel: Observation = serde_json::from_value(json!({
            "resourceType":"Observation","id":"vitals","status":"final","code":{"text":"Vitale functies"},
            "hasMember":[{"reference":"Observation/hr"},{"reference":"Observation/bp"},
                         {"reference":"Observation/missing"}]}))
        .unwrap();
        let observations = [
            observation("bp", "final", None),
            observation("glucose", "final", None),
            observation("hr", "final", None),
            panel,
        ];
        // The report names the panel and, as some servers do, a member too.
        let groups = group_by_report(
            &[report("r", "final", &["vitals", "glucose", "bp"])],
            &observations,
        );
        assert_eq!(ids(&groups[0]), ["vitals", "hr", "bp", "glucose"]);
    }
}
