//! Calendar files (iCalendar, RFC 5545) for "add to my calendar" in the
//! agenda: one event per file, times in UTC, text escaped and long lines
//! folded as the RFC requires, so every calendar program reads it.

use chrono::NaiveDateTime;

/// One appointment as a calendar event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// A unique, stable id ("appointment-id@portal host").
    pub uid: String,
    /// Start (FHIR instant with offset, e.g. "2026-12-01T09:30:00+01:00").
    pub start: String,
    /// End; without one the event lasts `default_minutes`.
    pub end: Option<String>,
    /// The title ("Polikliniek Kindergeneeskunde").
    pub summary: String,
    /// Where.
    pub location: Option<String>,
    /// More text (practitioner, "indicative, may change").
    pub description: Option<String>,
}

/// How long an appointment without an end lasts in the calendar.
const DEFAULT_MINUTES: i64 = 30;

/// The UTC moment of an instant with a zone (a calendar needs one).
fn utc(instant: &str) -> Option<NaiveDateTime> {
    crate::fhir::model::parse_instant(instant).and_then(|(_, utc)| utc)
}

/// RFC 5545's basic form of the FHIR instant: "20261201T083000Z".
fn stamp(t: NaiveDateTime) -> String {
    crate::fhir::model::utc_instant(t).replace(['-', ':'], "")
}

/// Escapes TEXT values: backslash, semicolon, comma and newlines.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (never inside a UTF-8 character):
/// continuation lines start with a space.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // The first line holds 75 octets, continuations 74 after their space.
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out
}

/// The calendar file for `event`, stamped `now` (UTC); `None` when the start is
/// not a valid instant (the page then offers no download).
pub fn calendar(event: &Event, now: NaiveDateTime) -> Option<String> {
    let start = utc(&event.start)?;
    let end = event
        .end
        .as_deref()
        .and_then(utc)
        .filter(|e| *e > start)
        .unwrap_or(start + chrono::Duration::minutes(DEFAULT_MINUTES));
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Patient portal//Agenda//NL".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape(&event.uid)),
        format!("DTSTAMP:{}", stamp(now)),
        format!("DTSTART:{}", stamp(start)),
        format!("DTEND:{}", stamp(end)),
        format!("SUMMARY:{}", escape(&event.summary)),
    ];
    if let Some(location) = &event.location {
        lines.push(format!("LOCATION:{}", escape(location)));
    }
    if let Some(description) = &event.description {
        lines.push(format!("DESCRIPTION:{}", escape(description)));
    }
    lines.extend(["END:VEVENT".to_string(), "END:VCALENDAR".to_string()]);
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
        out.push_str("\r\n");
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        utc("2026-11-23T10:00:00Z").unwrap()
    }

    fn event() -> Event {
        Event {
            uid: "emma-appt-1@portal.example.org".into(),
            start: "2026-12-01T09:30:00+01:00".into(),
            end: Some("2026-12-01T09:50:00+01:00".into()),
            summary: "Polikliniek Kinderdermatologie".into(),
            location: Some("Kinderziekenhuis De Linde, poli 2, route 14".into()),
            description: Some("Dr. L. van Dam; tijden zijn indicatief.\nU krijgt bericht als de afspraak definitief is.".into()),
        }
    }

    #[test]
    fn an_appointment_becomes_one_event_in_utc_with_crlf_lines() {
        let ics = calendar(&event(), now()).unwrap();
        assert!(
            ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
            "{ics}"
        );
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(ics.contains("\r\nDTSTART:20261201T083000Z\r\n"), "{ics}");
        assert!(ics.contains("\r\nDTEND:20261201T085000Z\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:20261123T100000Z\r\n"));
        assert!(ics.contains("\r\nUID:emma-appt-1@portal.example.org\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "no bare newlines");
    }

    #[test]
    fn text_is_escaped_and_long_lines_fold_at_75_octets() {
        let ics = calendar(&event(), now()).unwrap();
        assert!(
            ics.contains("LOCATION:Kinderziekenhuis De Linde\\, poli 2\\, route 14"),
            "{ics}"
        );
        let unfolded = ics.replace("\r\n ", "");
        assert!(
            unfolded.contains(
                "DESCRIPTION:Dr. L. van Dam\\; tijden zijn indicatief.\\nU krijgt bericht"
            ),
            "{unfolded}"
        );
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert_eq!(escape("a\\b"), "a\\\\b");
    }

    #[test]
    fn folding_never_splits_a_character() {
        let line = format!("SUMMARY:{}", "ë".repeat(60));
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75);
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn a_missing_or_backwards_end_lasts_half_an_hour_and_a_bad_start_gives_nothing() {
        let mut e = event();
        e.end = None;
        assert!(
            calendar(&e, now())
                .unwrap()
                .contains("DTEND:20261201T090000Z")
        );
        e.end = Some("2026-12-01T08:00:00+01:00".into());
        assert!(
            calendar(&e, now())
                .unwrap()
                .contains("DTEND:20261201T090000Z")
        );
        e.start = "1 december".into();
        assert_eq!(calendar(&e, now()), None);
    }
}
