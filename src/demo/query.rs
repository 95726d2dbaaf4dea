//! Search parameters of the demo server: which JSON fields a FHIR search
//! parameter looks at, and how a value matches.

use serde_json::Value;

const PATIENT_PATHS: &[&str] = &[
    "subject",
    "patient",
    "for",
    "beneficiary",
    "participant.actor",
    "entity.what",
];
const DATE_PATHS: &[&str] = &[
    "date",
    "effectiveDateTime",
    "effectivePeriod.start",
    "start",
    "authoredOn",
    "authored",
    "recorded",
    "sent",
    "issued",
    "dateTime",
    "startDate",
];

/// Parameters that steer the result, not the match.
const CONTROL: &[&str] = &[
    "_count",
    "_offset",
    "_sort",
    "_include",
    "_summary",
    "_elements",
    "_total",
    "_format",
];

enum Kind {
    Reference(&'static [&'static str]),
    Token(&'static [&'static str]),
    Date(&'static [&'static str]),
    Text(&'static [&'static str]),
    /// A token parameter with `:text`: matches the words, not the code.
    TokenText(&'static [&'static str]),
    /// A token parameter with `:not`: matches a resource where none of the
    /// codes is there (one without the element at all included).
    TokenNot(&'static [&'static str]),
}

fn kind_of(param: &str) -> Option<Kind> {
    Some(match param {
        "patient" | "subject" => Kind::Reference(PATIENT_PATHS),
        "_id" => Kind::Token(&["id"]),
        "identifier" => Kind::Token(&["identifier"]),
        "status" => Kind::Token(&["status"]),
        "category" => Kind::Token(&["category"]),
        "code" => Kind::Token(&["code"]),
        "type" => Kind::Token(&["type"]),
        "specialty" => Kind::Token(&["specialty"]),
        "setting" => Kind::Token(&["context.practiceSetting"]),
        "intent" => Kind::Token(&["intent"]),
        "date" | "authored" | "sent" | "recorded" => Kind::Date(DATE_PATHS),
        "name" | "title" => Kind::Text(&["name", "title", "name.text", "name.family"]),
        "questionnaire" => Kind::Reference(&["questionnaire"]),
        "focus" => Kind::Reference(&["focus"]),
        "based-on" => Kind::Reference(&["basedOn"]),
        "part-of" => Kind::Reference(&["partOf"]),
        "in-response-to" => Kind::Reference(&["inResponseTo"]),
        "sender" => Kind::Reference(&["sender"]),
        "recipient" => Kind::Reference(&["recipient"]),
        "requester" => Kind::Reference(&["requester"]),
        "actor" => Kind::Reference(&["participant.actor", "provision.actor.reference"]),
        "result" => Kind::Reference(&["result"]),
        _ => return None,
    })
}

/// All values at a dotted path, stepping through lists.
pub fn values_at<'a>(value: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut current = vec![value];
    for step in path.split('.') {
        let mut next = Vec::new();
        for v in current {
            match v.get(step) {
                Some(Value::Array(items)) => next.extend(items.iter()),
                Some(other) => next.push(other),
                None => {}
            }
        }
        current = next;
    }
    current
}

fn reference_matches(value: &Value, wanted: &str) -> bool {
    let text = match value {
        Value::String(s) => s.as_str(),
        other => match other.get("reference").and_then(Value::as_str) {
            Some(s) => s,
            None => return false,
        },
    };
    text == wanted
        || text
            .rsplit_once('/')
            .is_some_and(|(_, id)| id == wanted && !wanted.contains('/'))
}

fn token_matches(value: &Value, wanted: &str) -> bool {
    let (system, code) = match wanted.split_once('|') {
        Some((s, c)) => (Some(s), c),
        None => (None, wanted),
    };
    let pair = |sys: Option<&str>, c: Option<&str>| {
        c == Some(code)
            && match system {
                None => true,
                Some("") => sys.is_none(),
                Some(s) => sys == Some(s),
            }
    };
    match value {
        Value::String(s) => system.is_none() && s == code,
        Value::Object(map) => {
            if let Some(Value::Array(codings)) = map.get("coding") {
                return codings.iter().any(|c| {
                    pair(
                        c.get("system").and_then(Value::as_str),
                        c.get("code").and_then(Value::as_str),
                    )
                });
            }
            let sys = map.get("system").and_then(Value::as_str);
            pair(sys, map.get("code").and_then(Value::as_str))
                || pair(sys, map.get("value").and_then(Value::as_str))
        }
        _ => false,
    }
}

/// `:text` on a token: a case-insensitive part of `text` or of any
/// `coding.display` ("hemo" finds "Hemoglobine (Hb)"); characters nobody
/// sees (a zero-width space in a name) do not count on either side.
fn token_text_matches(value: &Value, wanted: &str) -> bool {
    let wanted = crate::fhir::search::searchable(wanted);
    let contains = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .is_some_and(|s| crate::fhir::search::searchable(s).contains(&wanted))
    };
    contains(value.get("text"))
        || value
            .get("coding")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .any(|c| contains(c.get("display")))
}

fn date_matches(value: &Value, wanted: &str) -> bool {
    let Some(text) = value.as_str() else {
        return false;
    };
    let (prefix, date) = match wanted.get(..2) {
        Some(p @ ("ge" | "le" | "gt" | "lt" | "eq")) => (p, &wanted[2..]),
        _ => ("eq", wanted),
    };
    let n = date.len().min(text.len());
    let (have, want) = (&text[..n], &date[..n]);
    match prefix {
        "ge" => have >= want,
        "le" => have <= want,
        "gt" => have > want,
        "lt" => have < want,
        _ => have == want,
    }
}

/// Whether one JSON value matches one wanted search value.
type Check = fn(&Value, &str) -> bool;

struct Test {
    kind: Kind,
    alternatives: Vec<String>,
}

/// A compiled set of search parameters for one resource type.
pub struct Matcher {
    patient: Option<String>,
    tests: Vec<Test>,
}

impl Matcher {
    /// Compiles `params`; an unknown parameter or modifier is an error, as
    /// on a strict server. The modifiers known are `:text` and `:not` on a
    /// token parameter (`code:text=hemo`, `category:not=vital-signs`);
    /// control parameters (`_include:iterate`) keep theirs.
    pub fn new(_kind: &str, params: &[(String, String)]) -> Result<Self, String> {
        let mut patient = None;
        let mut tests = Vec::new();
        for (full_name, value) in params {
            let (name, modifier) = match full_name.split_once(':') {
                Some((name, modifier)) => (name, Some(modifier)),
                None => (full_name.as_str(), None),
            };
            if CONTROL.contains(&name) {
                continue;
            }
            let kind = kind_of(name).ok_or_else(|| format!("Unknown search parameter: {name}"))?;
            let kind = match (modifier, kind) {
                (None, kind) => kind,
                (Some("text"), Kind::Token(paths)) => Kind::TokenText(paths),
                (Some("not"), Kind::Token(paths)) => Kind::TokenNot(paths),
                (Some(_), _) => return Err(format!("Unsupported search modifier: {full_name}")),
            };
            if name == "patient" || name == "subject" {
                patient = Some(value.trim_start_matches("Patient/").to_string());
            }
            tests.push(Test {
                kind,
                alternatives: value.split(',').map(str::to_string).collect(),
            });
        }
        Ok(Self { patient, tests })
    }

    /// The patient the search is limited to, if any.
    pub fn patient(&self) -> Option<&str> {
        self.patient.as_deref()
    }

    /// Whether `resource` matches every parameter.
    pub fn matches(&self, resource: &Value) -> bool {
        self.tests.iter().all(|test| {
            if let Kind::TokenNot(paths) = test.kind {
                return !test.alternatives.iter().any(|wanted| {
                    paths.iter().any(|path| {
                        values_at(resource, path)
                            .into_iter()
                            .any(|v| token_matches(v, wanted))
                    })
                });
            }
            let (paths, check): (&[&str], Check) = match test.kind {
                Kind::Reference(p) => (p, reference_matches),
                Kind::Token(p) => (p, token_matches),
                Kind::TokenText(p) => (p, token_text_matches),
                Kind::TokenNot(_) => return true,
                Kind::Date(p) => (p, date_matches),
                Kind::Text(p) => (p, |v, w| {
                    v.as_str()
                        .is_some_and(|s| s.to_ascii_lowercase().contains(&w.to_ascii_lowercase()))
                }),
            };
            test.alternatives.iter().any(|wanted| {
                paths.iter().any(|path| {
                    values_at(resource, path)
                        .into_iter()
                        .any(|v| check(v, wanted))
                })
            })
        })
    }
}

/// The value a resource sorts by for `_sort=field` (`date` means the
/// resource's main date).
pub fn sort_key(resource: &Value, field: &str) -> String {
    let paths: &[&str] = if field == "date" { DATE_PATHS } else { &[] };
    paths
        .iter()
        .copied()
        .chain(std::iter::once(field))
        .find_map(|p| {
            values_at(resource, p)
                .first()
                .and_then(|v| v.as_str())
                .map(str::to_string)
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn m(params: &[(&str, &str)]) -> Matcher {
        let owned: Vec<(String, String)> = params
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Matcher::new("X", &owned).unwrap()
    }

    #[test]
    fn tokens_references_dates_and_lists() {
        let obs = json!({"resourceType":"Observation","status":"preliminary",
            "subject":{"reference":"Patient/emma"},
            "code":{"coding":[{"system":"http://loinc.org","code":"718-7"}]},
            "effectiveDateTime":"2026-03-04T10:00:00+01:00"});
        assert!(m(&[("patient", "emma"), ("status", "final,preliminary")]).matches(&obs));
        assert!(
            m(&[
                ("subject", "Patient/emma"),
                ("code", "http://loinc.org|718-7")
            ])
            .matches(&obs)
        );
        assert!(!m(&[("code", "http://snomed.info/sct|718-7")]).matches(&obs));
        assert!(m(&[("date", "ge2026-03-01"), ("date", "lt2026-04")]).matches(&obs));
        assert!(!m(&[("date", "gt2026-03-04")]).matches(&obs));
        assert!(!m(&[("patient", "noah")]).matches(&obs));
        let survey = json!({"resourceType":"Observation",
            "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"survey"}]}]});
        let bare = json!({"resourceType":"Observation"});
        let not_vital = m(&[
            ("category:not", "vital-signs"),
            ("category:not", "laboratory"),
        ]);
        assert!(not_vital.matches(&survey));
        assert!(not_vital.matches(&bare), "no category at all");
        assert!(!m(&[("category:not", "laboratory,survey")]).matches(&survey));
        assert_eq!(m(&[("patient", "Patient/emma")]).patient(), Some("emma"));
        assert!(Matcher::new("X", &[("colour".into(), "red".into())]).is_err());
    }

    #[test]
    fn appointment_actor_and_identifier_tokens() {
        let appt = json!({"participant":[{"actor":{"reference":"Location/l"}},{"actor":{"reference":"Patient/noah"}}]});
        assert!(m(&[("patient", "noah")]).matches(&appt));
        let rp = json!({"identifier":[{"system":"urn:bsn","value":"123"}]});
        assert!(m(&[("identifier", "urn:bsn|123")]).matches(&rp));
        assert!(!m(&[("identifier", "urn:other|123")]).matches(&rp));
    }

    #[test]
    fn text_modifier_searches_test_names() {
        let hb = json!({"code":{"coding":[{"system":"http://loinc.org","code":"59260-0",
            "display":"Hemoglobin [Moles/volume] in Blood"}],"text":"Hemoglobine (Hb)"}});
        let valproate = json!({"code":{"text":"Valproïnezuur (dalspiegel)"}});
        assert!(m(&[("code:text", "hemo")]).matches(&hb));
        assert!(m(&[("code:text", "HB)")]).matches(&hb), "case-insensitive");
        assert!(
            m(&[("code:text", "moles/volume")]).matches(&hb),
            "the display"
        );
        assert!(!m(&[("code:text", "59260-0")]).matches(&hb), "not the code");
        assert!(!m(&[("code:text", "hemo")]).matches(&valproate));
        assert!(m(&[("code:text", "VALPROÏNE")]).matches(&valproate));
        assert!(m(&[("code:text", "kalium,hemo")]).matches(&hb));
        assert!(!m(&[("code", "hemo")]).matches(&hb), "without :text a code");
        assert!(m(&[("_include:iterate", "X:y")]).matches(&hb));
        // Characters nobody sees count on neither side (Synthea writes some).
        let hidden = json!({"code":{"text":"Hemo\u{200B}globin A1c/Hemo\u{00AD}globin.total"}});
        assert!(m(&[("code:text", "hemoglobin a1c")]).matches(&hidden));
        assert!(m(&[("code:text", "glo\u{200B}bin")]).matches(&hb));
        for bad in ["code:exact", "code:bogus", "date:text", "patient:text"] {
            let err = Matcher::new("X", &[(bad.into(), "x".into())]).err();
            assert!(err.is_some_and(|e| e.contains(bad)), "{bad}");
        }
    }

    #[test]
    fn sort_key_uses_the_main_date() {
        assert_eq!(sort_key(&json!({"start":"2026"}), "date"), "2026");
        assert_eq!(sort_key(&json!({"name":"b"}), "name"), "b");
        assert_eq!(sort_key(&json!({}), "date"), "");
    }
}
