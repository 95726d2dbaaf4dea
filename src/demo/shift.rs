//! Moves the demo data to today.
//!
//! The bundles are written as if today were their reference date. At load
//! every date moves by the days between the reference date and today, so
//! appointments stay upcoming and reports recent. Two exceptions:
//!
//! - dates before 24 February 2015 stay put: they are the old portal's
//!   notes (tab "Behandelafspraken") and must stay before that day;
//! - a `birthDate` keeps its distance to the birthday nearest the reference
//!   date, so "turned 16 twenty days ago" and "turns 18 in 25 days" stay
//!   exact whatever leap days lie between.

use crate::access::{age, birthday};
use crate::fhir::model::{iso_date, parse_date};
use chrono::{Datelike, Duration, NaiveDate};
use serde_json::Value;

/// The first day of the current portal; older notes are never shifted.
pub const OLD_PORTAL_END: NaiveDate = match NaiveDate::from_ymd_opt(2015, 2, 24) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// Shifts every date in `value` (recursively) from `reference` to `today`.
pub fn shift_value(value: &mut Value, reference: NaiveDate, today: NaiveDate) {
    let delta = (today - reference).num_days();
    walk(value, None, reference, today, delta);
}

fn walk(value: &mut Value, key: Option<&str>, reference: NaiveDate, today: NaiveDate, delta: i64) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                walk(v, Some(k), reference, today, delta);
            }
        }
        Value::Array(items) => {
            for v in items {
                walk(v, key, reference, today, delta);
            }
        }
        Value::String(text) => {
            if key == Some("birthDate") {
                if let Some(birth) = full_date(text) {
                    *text = iso_date(anchor_birth(birth, reference, today));
                }
            } else if let Some(shifted) = shift_text(text, delta) {
                *text = shifted;
            }
        }
        _ => {}
    }
}

fn full_date(text: &str) -> Option<NaiveDate> {
    if text.len() == 10 {
        parse_date(text)
    } else {
        None
    }
}

/// Shifts a FHIR `date` or `dateTime` string by `delta` days, keeping the
/// time and zone as written; `None` when it is not one or is too old.
pub fn shift_text(text: &str, delta: i64) -> Option<String> {
    let date_part = text.get(..10)?;
    let rest = &text[10..];
    if !(rest.is_empty() || is_time_suffix(rest)) {
        return None;
    }
    let date = parse_date(date_part)?;
    if date < OLD_PORTAL_END {
        return None;
    }
    let moved = date.checked_add_signed(Duration::days(delta))?;
    Some(format!("{}{}", iso_date(moved), rest))
}

fn is_time_suffix(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 6
        && b[0] == b'T'
        && b[1].is_ascii_digit()
        && b[2].is_ascii_digit()
        && b[3] == b':'
        && b[4].is_ascii_digit()
        && b[5].is_ascii_digit()
        && rest[6..]
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b':' | b'.' | b'+' | b'-' | b'Z'))
}

/// The birth date that stands to `today` as `birth` stood to `reference`,
/// measured from the nearest birthday.
pub fn anchor_birth(birth: NaiveDate, reference: NaiveDate, today: NaiveDate) -> NaiveDate {
    let years = age(birth, reference);
    let last = birthday(birth, years);
    let next = birthday(birth, years + 1);
    let (years, anniversary) = if (reference - last) <= (next - reference) {
        (years, today - (reference - last))
    } else {
        (years + 1, today + (next - reference))
    };
    let year = anniversary.year() - years as i32;
    NaiveDate::from_ymd_opt(year, anniversary.month(), anniversary.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
        .unwrap_or(birth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_and_date_times_move_by_whole_days() {
        assert_eq!(shift_text("2026-10-30", 3).as_deref(), Some("2026-11-02"));
        assert_eq!(
            shift_text("2026-12-31T09:30:00+01:00", 1).as_deref(),
            Some("2027-01-01T09:30:00+01:00")
        );
        assert_eq!(
            shift_text("2026-01-01T10:00:00.123Z", -1).as_deref(),
            Some("2025-12-31T10:00:00.123Z")
        );
        assert_eq!(shift_text("2014-06-01", 400), None, "old portal notes stay");
        assert_eq!(shift_text("2026-10-30 is a day", 3), None);
        assert_eq!(shift_text("111222333", 3), None);
        assert_eq!(shift_text("2026-13-45", 3), None);
    }

    #[test]
    fn birthdays_keep_their_distance_to_today() {
        let reference = d(2026, 11, 1);
        for today in [d(2026, 11, 23), d(2028, 3, 15), d(2031, 2, 28)] {
            // Lucas turned 16 twenty days before the reference date.
            let lucas = anchor_birth(d(2010, 10, 12), reference, today);
            assert_eq!(birthday(lucas, 16), today - Duration::days(20), "{today}");
            // Daan turns 18 twenty-five days after it.
            let daan = anchor_birth(d(2008, 11, 26), reference, today);
            assert_eq!(birthday(daan, 18), today + Duration::days(25), "{today}");
            assert_eq!(age(daan, today), 17);
        }
    }

    #[test]
    fn a_bundle_is_shifted_throughout() {
        let mut v = json!({"resourceType":"Bundle","entry":[{"resource":{
            "resourceType":"Appointment","start":"2026-11-05T09:00:00+01:00",
            "birthDate":"2010-10-12","note":[{"time":"2014-01-01"}],"id":"2026-11-05x"}}]});
        shift_value(&mut v, d(2026, 11, 1), d(2026, 11, 23));
        let r = &v["entry"][0]["resource"];
        assert_eq!(r["start"], "2026-11-27T09:00:00+01:00");
        assert_eq!(r["birthDate"], "2010-11-03");
        assert_eq!(r["note"][0]["time"], "2014-01-01");
        assert_eq!(r["id"], "2026-11-05x");
    }
}
