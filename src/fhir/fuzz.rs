//! Property tests over every decoder and parser that reads what comes from
//! outside: FHIR resources and Bundles, search links, base64, dates, typed
//! answers, config.json, the glossary, the demo personas and the demo
//! server's own query handling.
//!
//! The release build aborts on a panic (the whole portal stops), so the
//! property is the same everywhere: no input panics; what cannot be read is
//! an error value. Inputs are arbitrary JSON shaped like FHIR (known field
//! names, any types), the official examples and the demo data with random
//! damage (a field deleted, replaced by any value, wrapped in a list), and
//! arbitrary strings for the text parsers.

#![cfg(all(test, not(target_arch = "wasm32")))]

use super::agenda::{Appointment, HealthcareService, Location, Organization};
use super::bundle::{decode_page, decode_resource};
use super::communication::{Communication, threads};
use super::consent::{AuditEvent, Consent};
use super::diagnostic_report::DiagnosticReport;
use super::document::{Binary, DocumentReference};
use super::goal::Goal;
use super::medication::{Medication, MedicationRequest, PractitionerRole};
use super::model::{Patient, RelatedPerson, parse_date, parse_instant};
use super::observation::{Observation, group_by_date, group_by_report, measurement_kinds};
use super::questionnaire::{Answer, Questionnaire, QuestionnaireResponse, parse_input};
use super::task::Task;
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Field names the decoders look for, so generated objects reach deep.
const KEYS: &[&str] = &[
    "resourceType",
    "id",
    "status",
    "subject",
    "patient",
    "reference",
    "display",
    "code",
    "coding",
    "system",
    "text",
    "value",
    "valueQuantity",
    "valueString",
    "valueCodeableConcept",
    "valueBoolean",
    "valueInteger",
    "valueDecimal",
    "valueDate",
    "valueDateTime",
    "unit",
    "effectiveDateTime",
    "effectivePeriod",
    "issued",
    "period",
    "start",
    "end",
    "date",
    "name",
    "given",
    "family",
    "prefix",
    "telecom",
    "use",
    "birthDate",
    "gender",
    "identifier",
    "item",
    "answer",
    "linkId",
    "type",
    "required",
    "repeats",
    "enableWhen",
    "question",
    "operator",
    "answerOption",
    "payload",
    "contentString",
    "content",
    "attachment",
    "data",
    "url",
    "contentType",
    "title",
    "category",
    "description",
    "author",
    "sent",
    "received",
    "sender",
    "recipient",
    "topic",
    "inResponseTo",
    "entry",
    "resource",
    "search",
    "mode",
    "link",
    "relation",
    "total",
    "result",
    "interpretation",
    "referenceRange",
    "low",
    "high",
    "note",
    "dosageInstruction",
    "timing",
    "doseAndRate",
    "doseQuantity",
    "medicationReference",
    "medicationCodeableConcept",
    "dispenseRequest",
    "numberOfRepeatsAllowed",
    "authoredOn",
    "requester",
    "participant",
    "actor",
    "minutesDuration",
    "lifecycleStatus",
    "achievementStatus",
    "target",
    "dueDate",
    "agent",
    "who",
    "recorded",
    "provision",
    "scope",
    "extension",
    "valueReference",
    "contained",
    "meta",
    "lastUpdated",
    "issue",
    "severity",
    "diagnostics",
    "details",
    "questionnaire",
    "authored",
    "basedOn",
    "partOf",
    "focus",
    "for",
    "owner",
    "businessStatus",
    "intent",
    "priority",
    "location",
    "serviceType",
    "specialty",
    "address",
    "line",
    "city",
    "relationship",
];

const TYPES: &[&str] = &[
    "Patient",
    "RelatedPerson",
    "Observation",
    "DiagnosticReport",
    "DocumentReference",
    "Binary",
    "Goal",
    "MedicationRequest",
    "Medication",
    "PractitionerRole",
    "Communication",
    "Appointment",
    "Location",
    "HealthcareService",
    "Organization",
    "AuditEvent",
    "Consent",
    "Questionnaire",
    "QuestionnaireResponse",
    "Task",
    "OperationOutcome",
    "Bundle",
];

/// Text that has broken parsers before: dates, references, markup, huge
/// numbers, escapes, right-to-left, empty.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2}(T[0-9]{0,2}:[0-9]{0,2}(:[0-9]{0,2}(\\.[0-9]{0,9})?)?([+-][0-9]{2}:[0-9]{2}|Z)?)?)?)?",
        "(Patient|Observation|RelatedPerson|Practitioner|#)?/?[a-z0-9.-]{0,8}(/_history/[0-9]{0,3})?",
        Just(String::new()),
        Just("<script>alert(1)</script>".to_string()),
        Just("\u{202e}ʎlɐɯ\u{0}\u{fffd}".to_string()),
        Just("9".repeat(400)),
        Just("%zz%%2".to_string()),
        Just("-0.0e-999".to_string()),
    ]
}

/// Any JSON value, nested a few levels, with FHIR field names.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any::<u64>().prop_map(|n| json!(n)),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec(
                (prop_oneof![4 => prop::sample::select(KEYS).prop_map(str::to_string), 1 => any::<String>()], inner),
                0..8,
            )
            .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// An object of FHIR type `kind` with arbitrary fields.
fn resource_of(kind: &'static str) -> impl Strategy<Value = Value> {
    prop::collection::vec((prop::sample::select(KEYS), json_value()), 0..12).prop_map(
        move |fields| {
            let mut map: Map<String, Value> = fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
            map.insert("resourceType".into(), json!(kind));
            Value::Object(map)
        },
    )
}

/// Runs `$body` once for every resource type the portal decodes, with `T`
/// naming the type.
macro_rules! for_every_type {
    (|$t:ident| $body:block) => {{
        macro_rules! one {
            ($ty:ty) => {{
                type $t = $ty;
                $body
            }};
        }
        one!(Patient);
        one!(RelatedPerson);
        one!(Observation);
        one!(DiagnosticReport);
        one!(DocumentReference);
        one!(Binary);
        one!(Goal);
        one!(MedicationRequest);
        one!(Medication);
        one!(PractitionerRole);
        one!(Communication);
        one!(Appointment);
        one!(Location);
        one!(HealthcareService);
        one!(Organization);
        one!(AuditEvent);
        one!(Consent);
        one!(Questionnaire);
        one!(QuestionnaireResponse);
        one!(Task);
    }};
}

/// Decodes `value` as every resource type and runs what the pages do
/// with the results; only panics fail.
fn decode_every_way(value: &Value) {
    for_every_type!(|T| {
        let _ = decode_resource::<T>(value);
    });
    if let Ok(o) = decode_resource::<Observation>(value) {
        let list = [o];
        let _ = group_by_date(&list);
        let _ = measurement_kinds(&list);
        if let Ok(r) = decode_resource::<DiagnosticReport>(value) {
            let _ = group_by_report(&[r], &list);
        }
    }
    if let Ok(c) = decode_resource::<Communication>(value) {
        let _ = threads(vec![c]);
    }
    let _ = Answer::from_json(value);
}

/// A search-set Bundle of `entries`, as text.
fn bundle(entries: &[Value]) -> String {
    json!({
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": entries.iter().map(|r| json!({ "resource": r, "search": { "mode": "match" } })).collect::<Vec<_>>(),
    })
    .to_string()
}

fn decode_bundle_every_way(body: &str) {
    for_every_type!(|T| {
        let _ = decode_page::<T>(body);
    });
}

/// Every resource of the official examples and the demo data (read once).
fn corpus() -> &'static [Value] {
    static CORPUS: std::sync::OnceLock<Vec<Value>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(read_corpus)
}

fn read_corpus() -> Vec<Value> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["tests/fixtures/fhir", "public/demo"] {
        let Ok(files) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for file in files.flatten() {
            let Ok(text) = std::fs::read_to_string(file.path()) else {
                continue;
            };
            let Ok(value) = serde_json::from_str::<Value>(&text) else {
                continue;
            };
            match value.get("entry").and_then(Value::as_array) {
                Some(entries) => {
                    out.extend(entries.iter().filter_map(|e| e.get("resource").cloned()))
                }
                None if value.get("resourceType").is_some() => out.push(value),
                None => {}
            }
        }
    }
    out
}

/// Damages `value` at the node chosen by `path` (indices taken modulo the
/// size of each level): delete it, replace it, or wrap it in a list.
fn damage(node: &mut Value, path: &[usize], how: u8, with: Value) {
    let Some((&step, rest)) = path.split_first() else {
        *node = with;
        return;
    };
    match node {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(step % map.len())
                .cloned()
                .unwrap_or_default();
            let deeper = !rest.is_empty()
                && matches!(map.get(&key), Some(Value::Object(_) | Value::Array(_)));
            if deeper {
                if let Some(next) = map.get_mut(&key) {
                    damage(next, rest, how, with);
                }
                return;
            }
            match how % 3 {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    map.insert(key, with);
                }
                _ => {
                    let old = map.remove(&key).unwrap_or(Value::Null);
                    map.insert(key, json!([old]));
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let n = step % items.len();
            if !rest.is_empty() {
                damage(&mut items[n], rest, how, with);
            } else if how.is_multiple_of(3) {
                items.remove(n);
            } else {
                items[n] = with;
            }
        }
        _ => *node = with,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_resources_decode_or_fail_without_panic(
        kind in prop::sample::select(TYPES),
        value in prop::sample::select(TYPES).prop_flat_map(resource_of),
    ) {
        let mut value = value;
        if let Some(map) = value.as_object_mut() {
            map.insert("resourceType".into(), json!(kind));
        }
        decode_every_way(&value);
    }

    #[test]
    fn damaged_real_resources_decode_or_fail_without_panic(
        pick in any::<prop::sample::Index>(),
        damages in prop::collection::vec((prop::collection::vec(any::<usize>(), 1..6), any::<u8>(), json_value()), 1..4),
    ) {
        let corpus = corpus();
        prop_assume!(!corpus.is_empty());
        let mut value = corpus[pick.index(corpus.len())].clone();
        for (path, how, with) in damages {
            damage(&mut value, &path, how, with);
        }
        decode_every_way(&value);
        decode_bundle_every_way(&bundle(std::slice::from_ref(&value)));
    }

    #[test]
    fn arbitrary_bundles_decode_or_fail_without_panic(body in json_value(), raw in any::<String>()) {
        decode_bundle_every_way(&body.to_string());
        decode_bundle_every_way(&raw);
        let wrapped = json!({ "resourceType": "Bundle", "entry": body, "link": body, "total": body });
        decode_bundle_every_way(&wrapped.to_string());
    }

    /// A page fed a Bundle where some resources are malformed shows the
    /// rest and names each one it could not show: nothing disappears.
    #[test]
    fn every_entry_of_a_bundle_is_either_decoded_or_named(
        good in 0usize..12,
        bad in prop::collection::vec(json_value(), 0..12),
    ) {
        let patient = |i: usize| json!({ "resourceType": "Patient", "id": format!("p{i}"), "name": [{ "text": format!("P {i}") }] });
        let mut entries: Vec<Value> = (0..good).map(patient).collect();
        for (i, field) in bad.iter().enumerate() {
            // A Patient whose name is whatever was generated: decodes or not.
            entries.push(json!({ "resourceType": "Patient", "id": format!("b{i}"), "name": field, "birthDate": field }));
        }
        let page = decode_page::<Patient>(&bundle(&entries)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(page.items.len() + page.problems.len(), entries.len());
        prop_assert!(page.items.len() >= good);
        for problem in &page.problems {
            prop_assert!(problem.id.as_deref().is_some_and(|id| id.starts_with('b')));
        }
    }

    #[test]
    fn search_links_parse_or_are_refused_without_panic(url in any::<String>(), base in any::<String>(), tail in text()) {
        let _ = super::search::parse_url(&url, &base);
        let _ = super::search::parse_url(&format!("{base}/{tail}?{url}"), &base);
        let _ = super::search::parse_url(&format!("https://fhir.example/r4/{tail}"), "https://fhir.example/r4");
        let _ = super::search::decode(&url);
    }

    #[test]
    fn a_link_on_the_own_server_keeps_its_parameters(
        kind in "[A-Z][a-z]{1,10}",
        params in prop::collection::vec(("[a-z_:.-]{1,10}", any::<String>()), 0..5),
    ) {
        let query: Vec<String> = params
            .iter()
            .map(|(k, v)| format!("{}={}", super::search::encode(k), super::search::encode(v)))
            .collect();
        let url = format!("https://fhir.example/r4/{kind}?{}", query.join("&"));
        let parsed = super::search::parse_url(&url, "https://fhir.example/r4");
        prop_assert!(parsed.is_some());
        let parsed = parsed.unwrap_or_else(|| unreachable!());
        prop_assert_eq!(parsed.segments, vec![kind]);
        prop_assert_eq!(parsed.params, params);
        prop_assert!(super::search::parse_url(&url, "https://other.example/r4").is_none());
    }

    #[test]
    fn text_parsers_answer_without_panic(s in any::<String>(), t in text(), kind in prop::sample::select(&["string", "text", "integer", "decimal", "date", "dateTime", "boolean", "choice", "quantity", "?"][..])) {
        let _ = super::base64::decode(&s);
        let _ = super::base64::decode(&t);
        let _ = parse_date(&t);
        let _ = parse_instant(&t);
        let _ = parse_date(&s);
        let _ = parse_instant(&s);
        let _ = super::agenda::local_time(&t);
        let _ = super::agenda::utc_time(&t);
        let _ = parse_input(kind, &s);
        let _ = parse_input(kind, &t);
        let _ = crate::components::pager::parse_page(Some(&s));
        let _ = crate::config::Config::parse(&s);
        let _ = crate::glossary::Glossary::parse(&s);
        let _ = crate::demo::personas::parse_personas(&s);
        let _ = crate::demo::shift::shift_text(&t, 365);
        let _ = crate::session::SignOutReason::parse(&s);
    }

    #[test]
    fn json_shaped_config_glossary_and_personas_answer_without_panic(value in json_value()) {
        let text = value.to_string();
        let _ = crate::config::Config::parse(&text);
        let _ = crate::glossary::Glossary::parse(&text);
        let _ = crate::demo::personas::parse_personas(&text);
        let _ = Answer::from_json(&value);
    }

    #[test]
    fn base64_of_any_bytes_decodes_to_them(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        use base64_reference::encode;
        prop_assert_eq!(super::base64::decode(&encode(&bytes)), Some(bytes));
    }

    #[test]
    fn the_demo_server_answers_any_request(url in text(), raw in any::<String>(), body in json_value()) {
        use crate::fhir::transport::{Method, Request};
        let mut server = demo_server();
        for url in [url, raw, format!("Observation?{}", body.to_string().replace(' ', ""))] {
            let _ = server.handle(&Request::get(url.clone()));
            let _ = server.handle(&Request { method: Method::Post, url: "Communication".into(), body: Some(body.to_string()), if_none_exist: Some(url.clone()) });
            let _ = server.handle(&Request { method: Method::Put, url, body: Some(body.to_string()), if_none_exist: None });
        }
    }
}

/// The demo server with Emma's bundle and the shared resources, as Sanne.
fn demo_server() -> crate::demo::server::DemoServer {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default();
    let mut server = crate::demo::server::DemoServer::new(today);
    for name in ["shared.json", "emma.json"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("public/demo")
            .join(name);
        if let Some(value) = std::fs::read_to_string(path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
        {
            server.load(value);
        }
    }
    server.set_viewer(Some("231456785".into()));
    server
}

/// A plain base64 encoder, written here from RFC 4648 §4, to check the
/// decoder against.
mod base64_reference {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}
