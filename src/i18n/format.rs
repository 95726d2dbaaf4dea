//! Dates, durations and counts in the person's language, without locale
//! data crates (ICU adds tens of KB of wasm for two languages).

use super::Lang;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "23 november 2026" / "23 November 2026".
pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    let months = match lang {
        Lang::Nl => &MONTHS_NL,
        Lang::En => &MONTHS_EN,
    };
    let month = months.get(date.month0() as usize).copied().unwrap_or("");
    format!("{} {} {}", date.day(), month, date.year())
}

/// "23 november 2026, 14:05" / "23 November 2026, 14:05" (24-hour clock in both).
pub fn format_date_time(lang: Lang, at: NaiveDateTime) -> String {
    format!(
        "{}, {:02}:{:02}",
        format_date(lang, at.date()),
        at.hour(),
        at.minute()
    )
}

/// "dinsdag 1 december 2026, 16:15" / "Tuesday 1 December 2026, 16:15".
pub fn format_weekday_date_time(lang: Lang, at: NaiveDateTime) -> String {
    const NL: [&str; 7] = [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ];
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let days = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    let day = days
        .get(at.weekday().num_days_from_monday() as usize)
        .copied()
        .unwrap_or("");
    format!("{day} {}", format_date_time(lang, at))
}

/// "23 november 2026, 14:05" from a FHIR instant, at the hospital's wall
/// clock (the time as written, whatever its offset), or "—" when there is
/// none or it cannot be read.
pub fn format_instant(lang: Lang, instant: Option<&str>) -> String {
    instant
        .and_then(crate::datetime::parse_instant)
        .map(|(local, _)| local)
        .map(|t| format_date_time(lang, t))
        .unwrap_or_else(|| "—".into())
}

/// A short month and year for chart axes: "mrt 2024" / "Mar 2024".
pub fn format_month(lang: Lang, date: NaiveDate) -> String {
    const NL: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let months = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    let month = months.get(date.month0() as usize).copied().unwrap_or("");
    format!("{month} {}", date.year())
}

/// A measured number as people write it: at most three decimals, no
/// trailing zeros, a decimal comma in Dutch ("6,8") and a point in English.
pub fn format_number(lang: Lang, value: f64) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let text = if text == "-0" { "0" } else { text };
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text.to_string(),
    }
}

/// "1 dag" / "25 dagen", "1 day" / "25 days".
pub fn format_days(lang: Lang, days: i64) -> String {
    match (lang, days.abs() == 1) {
        (Lang::Nl, true) => format!("{days} dag"),
        (Lang::Nl, false) => format!("{days} dagen"),
        (Lang::En, true) => format!("{days} day"),
        (Lang::En, false) => format!("{days} days"),
    }
}

/// A spoken remaining time: whole minutes when it is a whole minute,
/// otherwise seconds ("2 minuten", "1 minuut", "40 seconden").
pub fn format_remaining(lang: Lang, seconds: u32) -> String {
    let minutes = seconds / 60;
    if seconds >= 60 && seconds.is_multiple_of(60) {
        match (lang, minutes == 1) {
            (Lang::Nl, true) => "1 minuut".into(),
            (Lang::Nl, false) => format!("{minutes} minuten"),
            (Lang::En, true) => "1 minute".into(),
            (Lang::En, false) => format!("{minutes} minutes"),
        }
    } else {
        match (lang, seconds == 1) {
            (Lang::Nl, true) => "1 seconde".into(),
            (Lang::Nl, false) => format!("{seconds} seconden"),
            (Lang::En, true) => "1 second".into(),
            (Lang::En, false) => format!("{seconds} seconds"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_date_and_time() {
        let at = NaiveDate::from_ymd_opt(2026, 12, 1)
            .and_then(|d| d.and_hms_opt(16, 5, 0))
            .unwrap();
        assert_eq!(
            format_weekday_date_time(Lang::Nl, at),
            "dinsdag 1 december 2026, 16:05"
        );
        assert_eq!(
            format_weekday_date_time(Lang::En, at),
            "Tuesday 1 December 2026, 16:05"
        );
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_read_naturally_in_both_languages() {
        assert_eq!(format_date(Lang::Nl, d(2026, 11, 23)), "23 november 2026");
        assert_eq!(format_date(Lang::En, d(2026, 3, 1)), "1 March 2026");
        let at = d(2026, 1, 5).and_hms_opt(9, 7, 0).unwrap();
        assert_eq!(format_date_time(Lang::Nl, at), "5 januari 2026, 09:07");
        let sent = Some("2026-11-23T14:05:00+01:00");
        assert_eq!(format_instant(Lang::Nl, sent), "23 november 2026, 14:05");
        assert_eq!(format_instant(Lang::En, sent), "23 November 2026, 14:05");
        assert_eq!(format_instant(Lang::Nl, None), "—");
        assert_eq!(format_instant(Lang::Nl, Some("gisteren")), "—");
    }

    #[test]
    fn numbers_use_the_languages_decimal_mark() {
        assert_eq!(format_number(Lang::Nl, 6.8), "6,8");
        assert_eq!(format_number(Lang::En, 6.8), "6.8");
        assert_eq!(format_number(Lang::Nl, 120.0), "120");
        assert_eq!(format_number(Lang::Nl, 0.125), "0,125");
        assert_eq!(format_number(Lang::En, 1.0 / 3.0), "0.333");
        assert_eq!(format_number(Lang::Nl, -0.0001), "0");
        assert_eq!(format_number(Lang::Nl, f64::NAN), "—");
        assert_eq!(format_month(Lang::Nl, d(2024, 3, 5)), "mrt 2024");
        assert_eq!(format_month(Lang::En, d(2024, 3, 5)), "Mar 2024");
    }

    #[test]
    fn counts_use_singular_and_plural() {
        assert_eq!(format_days(Lang::Nl, 1), "1 dag");
        assert_eq!(format_days(Lang::Nl, 25), "25 dagen");
        assert_eq!(format_days(Lang::En, 25), "25 days");
        assert_eq!(format_remaining(Lang::Nl, 120), "2 minuten");
        assert_eq!(format_remaining(Lang::Nl, 60), "1 minuut");
        assert_eq!(format_remaining(Lang::En, 40), "40 seconds");
        assert_eq!(format_remaining(Lang::En, 90), "90 seconds");
    }
}
