//! Reading the date and time texts of FHIR (ISO 8601 shapes), apart from
//! FHIR's models so that the interface's formatting (`i18n`) can use them
//! without depending on the FHIR client.

use chrono::{NaiveDate, NaiveDateTime};

/// Reads a FHIR `date` or the date part of a `dateTime` (`YYYY-MM-DD…`).
/// Hand-written: chrono's format parser costs tens of KB of wasm.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// A FHIR `dateTime` with a time ("2026-12-01T16:15:00+01:00"): the
/// wall-clock time as written, and the same moment in UTC when the text
/// has a zone. Hand-written: chrono's parser and formatter cost ~25 KB of
/// wasm for what is one fixed shape.
pub fn parse_instant(text: &str) -> Option<(NaiveDateTime, Option<NaiveDateTime>)> {
    let date = parse_date(text)?;
    let b = text.as_bytes();
    if b.get(10) != Some(&b'T') || b.get(13) != Some(&b':') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (hour, minute) = (num(11..13)?, num(14..16)?);
    let mut rest = text.get(16..)?;
    let mut second = 0;
    if let Some(after) = rest.strip_prefix(':') {
        second = num(17..19)?;
        rest = after.get(2..)?;
        if let Some(fraction) = rest.strip_prefix('.') {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            rest = fraction.get(digits..)?;
        }
    }
    let local = date.and_hms_opt(hour, minute, second)?;
    let offset_minutes: Option<i64> = match rest {
        "" => None,
        "Z" => Some(0),
        zone => {
            let sign = match zone.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (h, m) = zone.get(1..)?.split_once(':')?;
            if h.len() != 2 || m.len() != 2 {
                return None;
            }
            Some(sign * (h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?))
        }
    };
    let utc = offset_minutes.map(|m| local - chrono::Duration::minutes(m));
    Some((local, utc))
}
