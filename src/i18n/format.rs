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

/// Significant digits beyond which a decimal is a binary floating-point
/// artifact ("66.89999999999999"), not a precision anyone measured.
const MAX_DIGITS: usize = 15;
/// Zeros before the first digit after the decimal point (or whole digits)
/// beyond which "1 × 10⁻²²" reads better than the number written out.
const MAX_ZEROS: usize = 6;
const MAX_WHOLE_DIGITS: usize = 12;

/// A FHIR decimal as written: `written` is its JSON text, whose decimal
/// places are its precision ("5.10" is 5,10, not 5,1; FHIR's decimal
/// rules). Never rounded to zero ("1e-22" is 1 × 10⁻²²), never a number of
/// 247 digits ("-1e245" is -1 × 10²⁴⁵). Without a text, or with one longer
/// than a double holds, the shortest text that is `value`.
pub fn format_decimal(lang: Lang, value: f64, written: Option<&str>) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let decimal = written
        .and_then(Decimal::parse)
        .filter(|d| d.digits.len() <= MAX_DIGITS)
        .or_else(|| Decimal::parse(&shortest(value)));
    match decimal {
        Some(d) => d.render(lang),
        None => format_number(lang, value),
    }
}

/// `value` to at most [`MAX_DIGITS`] significant digits, without trailing
/// zeros, as JSON number text.
fn shortest(value: f64) -> String {
    let text = format!("{value:.14e}");
    match text.split_once('e') {
        Some((mantissa, exponent)) if mantissa.contains('.') => {
            let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
            format!("{mantissa}e{exponent}")
        }
        _ => text,
    }
}

/// A decimal as digits and a power of ten: `digits` × 10^`scale`.
struct Decimal {
    negative: bool,
    /// Without leading zeros; empty for zero.
    digits: String,
    scale: i64,
}

impl Decimal {
    /// Reads JSON number text ("-5.10", "1e-22", "1.5E3").
    fn parse(text: &str) -> Option<Decimal> {
        let text = text.trim();
        let (negative, text) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (mantissa, exponent) = match text.find(['e', 'E']) {
            Some(at) => (&text[..at], text[at + 1..].parse::<i64>().ok()?),
            None => (text, 0),
        };
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if whole.is_empty()
            || !whole
                .chars()
                .chain(fraction.chars())
                .all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let digits = format!("{whole}{fraction}")
            .trim_start_matches('0')
            .to_string();
        let scale = exponent.checked_sub(i64::try_from(fraction.len()).ok()?)?;
        Some(Decimal {
            negative: negative && !digits.is_empty(),
            digits,
            scale,
        })
    }

    fn render(&self, lang: Lang) -> String {
        let point = match lang {
            Lang::Nl => ",",
            Lang::En => ".",
        };
        let sign = if self.negative { "-" } else { "" };
        let n = self.digits.len();
        if n == 0 {
            // Zero, with the decimal places written ("0.00").
            let places = usize::try_from(-self.scale).unwrap_or(0).min(MAX_ZEROS);
            return match places {
                0 => "0".into(),
                p => format!("0{point}{}", "0".repeat(p)),
            };
        }
        if self.scale >= 0 {
            let zeros = usize::try_from(self.scale).unwrap_or(usize::MAX);
            if n.saturating_add(zeros) <= MAX_WHOLE_DIGITS {
                return format!("{sign}{}{}", self.digits, "0".repeat(zeros));
            }
        } else {
            let places = usize::try_from(-self.scale).unwrap_or(usize::MAX);
            if places < n {
                let (whole, fraction) = self.digits.split_at(n - places);
                return format!("{sign}{whole}{point}{fraction}");
            }
            if places - n <= MAX_ZEROS {
                return format!("{sign}0{point}{}{}", "0".repeat(places - n), self.digits);
            }
        }
        // Scientific: the first digit, the rest as decimals, and the power.
        let (first, rest) = self.digits.split_at(1);
        let power = self.scale.saturating_add(i64::try_from(n).unwrap_or(0) - 1);
        let mantissa = match rest {
            "" => first.to_string(),
            rest => format!("{first}{point}{rest}"),
        };
        format!("{sign}{mantissa} × 10{}", superscript(&power.to_string()))
    }
}

/// "3" as ³, "-2" as ⁻².
/// (Also the powers of ten in units, `fhir::ucum`.)
pub fn superscript(digits: &str) -> String {
    digits
        .chars()
        .map(|c| match c {
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            '9' => '⁹',
            '-' => '⁻',
            '+' => '⁺',
            other => other,
        })
        .collect()
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
    fn decimals_keep_the_precision_they_were_written_with() {
        let nl = |v: f64, w: &str| format_decimal(Lang::Nl, v, Some(w));
        let en = |v: f64, w: &str| format_decimal(Lang::En, v, Some(w));
        assert_eq!(nl(5.1, "5.10"), "5,10");
        assert_eq!(en(5.1, "5.10"), "5.10");
        assert_eq!(nl(4.0, "4.0"), "4,0");
        assert_eq!(nl(120.0, "120"), "120");
        assert_eq!(nl(-0.5, "-0.5"), "-0,5");
        assert_eq!(nl(0.0, "0.00"), "0,00");
        assert_eq!(nl(0.000012, "0.000012"), "0,000012");
        assert_eq!(nl(1500.0, "1.5e3"), "1500");
        assert_eq!(nl(0.0012, "1.2E-3"), "0,0012");
        // Never rounded to zero, never 247 digits long.
        assert_eq!(nl(1e-22, "1e-22"), "1 × 10⁻²²");
        assert_eq!(en(-1e245, "-1e245"), "-1 × 10²⁴⁵");
        assert_eq!(en(1.25e-9, "1.25e-9"), "1.25 × 10⁻⁹");
        // A double's artifact is not precision.
        assert_eq!(nl(66.89999999999999, "66.89999999999999"), "66,9");
    }

    #[test]
    fn decimals_without_their_text_are_shown_in_full_but_no_longer() {
        assert_eq!(format_decimal(Lang::Nl, 6.8, None), "6,8");
        assert_eq!(format_decimal(Lang::Nl, 1e-22, None), "1 × 10⁻²²");
        assert_eq!(format_decimal(Lang::En, 0.1 + 0.2, None), "0.3");
        assert_eq!(
            format_decimal(Lang::En, 1.0 / 3.0, None),
            "0.333333333333333"
        );
        assert_eq!(format_decimal(Lang::Nl, f64::NAN, None), "—");
        assert_eq!(format_decimal(Lang::Nl, 7.0, Some("not a number")), "7");
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
