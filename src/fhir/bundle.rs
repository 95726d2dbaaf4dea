//! Reading search results: a `Bundle` whose entries are decoded one by one,
//! so one malformed resource is named and the rest still shows. Resources
//! added with `_include` are decoded the same way, through
//! [`Page::take_included`]: a malformed one is named as well.

use super::error::FhirError;
use super::model::Resource;
use serde_json::Value;

/// A resource that could not be shown, named for the notice on the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Its `resourceType`, or what was found instead.
    pub resource_type: String,
    /// Its id, when it has one.
    pub id: Option<String>,
    /// What was wrong (technical; shown in small print).
    pub error: String,
}

/// One page of search results.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    /// The matches that decoded.
    pub items: Vec<T>,
    /// Matches that did not decode.
    pub problems: Vec<Problem>,
    /// Resources the server added with `_include`, undecoded: read only
    /// through [`Page::take_included`], which names those that fail.
    included: Vec<Value>,
    /// The `next` link, if there are more pages.
    pub next: Option<String>,
    /// The total number of matches, if the server said.
    pub total: Option<u64>,
}

impl<T> Page<T> {
    /// Whether the server included the resource `resource_type/id`.
    pub fn has_included(&self, resource_type: &str, id: &str) -> bool {
        self.included.iter().any(|v| {
            v.get("resourceType").and_then(Value::as_str) == Some(resource_type)
                && v.get("id").and_then(Value::as_str) == Some(id)
        })
    }

    /// Takes the included resources of type `U` out of [`Page::included`],
    /// decoded. Each one that does not decode is added to
    /// [`Page::problems`], named like a malformed match, so the page's
    /// notice shows it; the others are returned. Resources of other types
    /// stay for their own call.
    pub fn take_included<U: Resource>(&mut self) -> Vec<U> {
        // Only the decoding depends on the types: one copy of the rest
        // (each page type and included type pair would compile its own).
        let mine = split_included(&mut self.included, U::TYPE);
        let mut decoded = Vec::with_capacity(mine.len());
        for value in &mine {
            match decode_resource::<U>(value) {
                Ok(resource) => decoded.push(resource),
                Err(p) => add_problems(&mut self.problems, [p]),
            }
        }
        decoded
    }
}

/// Takes the resources of `resource_type` out of `included`.
fn split_included(included: &mut Vec<Value>, resource_type: &str) -> Vec<Value> {
    let (mine, rest) = std::mem::take(included)
        .into_iter()
        .partition(|v| v.get("resourceType").and_then(Value::as_str) == Some(resource_type));
    *included = rest;
    mine
}

/// Adds `more` to `problems`, leaving out those already named (two
/// searches of one page may include the same malformed resource).
pub fn add_problems(problems: &mut Vec<Problem>, more: impl IntoIterator<Item = Problem>) {
    for p in more {
        if !problems.contains(&p) {
            problems.push(p);
        }
    }
}

/// The human-readable text of an `OperationOutcome`, if it has one.
pub fn outcome_text(value: &Value) -> Option<String> {
    if value.get("resourceType")?.as_str()? != "OperationOutcome" {
        return None;
    }
    let texts: Vec<&str> = value
        .get("issue")?
        .as_array()?
        .iter()
        .filter_map(|issue| {
            issue
                .get("details")
                .and_then(|d| d.get("text"))
                .and_then(Value::as_str)
                .or_else(|| issue.get("diagnostics").and_then(Value::as_str))
        })
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    (!texts.is_empty()).then(|| texts.join(" "))
}

fn problem(value: &Value, error: String) -> Problem {
    Problem {
        resource_type: value
            .get("resourceType")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .chars()
            .take(64)
            .collect(),
        id: value
            .get("id")
            .and_then(Value::as_str)
            .map(|s| s.chars().take(64).collect()),
        error,
    }
}

/// Decodes one resource of type `T` from a JSON value, checking its type.
pub fn decode_resource<T: Resource>(value: &Value) -> Result<T, Problem> {
    match value.get("resourceType").and_then(Value::as_str) {
        Some(t) if t == T::TYPE => {}
        _ => return Err(problem(value, format!("expected {}", T::TYPE))),
    }
    T::from_json(value).map_err(|error| Problem {
        error,
        ..problem(value, String::new())
    })
}

/// A search answer's `Bundle`, undecoded; an `OperationOutcome` (sent with
/// 200) or anything else is an error.
pub fn parse_bundle(body: &str) -> Result<Value, FhirError> {
    let value: Value =
        serde_json::from_str(body).map_err(|e| FhirError::Malformed(e.to_string()))?;
    if let Some(text) = outcome_text(&value) {
        return Err(FhirError::Outcome { status: 200, text });
    }
    if value.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
        return Err(FhirError::Malformed("expected a Bundle".into()));
    }
    Ok(value)
}

/// The `next` link of a search `Bundle`, if any.
pub fn next_link(bundle: &Value) -> Option<String> {
    bundle
        .get("link")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|l| l.get("relation").and_then(Value::as_str) == Some("next"))
        .and_then(|l| l.get("url"))
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// Decodes a search-set `Bundle` into a page of `T`.
pub fn decode_page<T: Resource>(body: &str) -> Result<Page<T>, FhirError> {
    let value = parse_bundle(body)?;
    let next = next_link(&value);
    let total = value.get("total").and_then(Value::as_u64);
    let mut page = Page {
        items: Vec::new(),
        problems: Vec::new(),
        included: Vec::new(),
        next,
        total,
    };
    let entries = match value.get("entry") {
        None | Some(Value::Null) => return Ok(page),
        Some(Value::Array(entries)) => entries.clone(),
        Some(_) => return Err(FhirError::Malformed("entry is not a list".into())),
    };
    for entry in entries {
        let mode = entry
            .get("search")
            .and_then(|s| s.get("mode"))
            .and_then(Value::as_str);
        let Some(resource) = entry.get("resource").cloned() else {
            page.problems
                .push(problem(&entry, "entry without resource".into()));
            continue;
        };
        let is_match = resource.get("resourceType").and_then(Value::as_str) == Some(T::TYPE)
            && mode != Some("include")
            && mode != Some("outcome");
        if mode == Some("outcome") {
            continue;
        }
        let typed = resource
            .get("resourceType")
            .and_then(Value::as_str)
            .is_some();
        if !is_match && mode == Some("include") && !typed {
            // No type: no `take_included` would ever ask for it.
            page.problems.push(problem(
                &resource,
                "included resource without resourceType".into(),
            ));
            continue;
        }
        if !is_match && (mode == Some("include") || typed) {
            page.included.push(resource);
            continue;
        }
        match decode_resource::<T>(&resource) {
            Ok(item) => page.items.push(item),
            Err(p) => page.problems.push(p),
        }
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::model::Patient;

    #[test]
    fn one_bad_entry_is_named_and_the_rest_decodes() {
        let body = r#"{"resourceType":"Bundle","type":"searchset","total":3,
          "link":[{"relation":"self","url":"a"},{"relation":"next","url":"Patient?_offset=2"}],
          "entry":[
            {"resource":{"resourceType":"Patient","id":"a","name":[{"text":"A"}]}},
            {"resource":{"resourceType":"Patient","id":"b","name":"not a list"}},
            {"resource":{"resourceType":"Organization","id":"o"},"search":{"mode":"include"}},
            {"fullUrl":"x"},
            {"resource":{"resourceType":"OperationOutcome"},"search":{"mode":"outcome"}}
          ]}"#;
        let page = decode_page::<Patient>(body).unwrap();
        assert_eq!(page.items.len(), 1);
        assert_eq!(page.items[0].display_name().as_deref(), Some("A"));
        assert_eq!(page.problems.len(), 2);
        assert_eq!(page.problems[0].id.as_deref(), Some("b"));
        assert_eq!(page.included.len(), 1);
        assert_eq!(page.next.as_deref(), Some("Patient?_offset=2"));
        assert_eq!(page.total, Some(3));
    }

    #[test]
    fn a_malformed_included_resource_is_named_and_the_good_ones_decode() {
        use crate::fhir::agenda::{Appointment, HealthcareService, Location};
        let body = r#"{"resourceType":"Bundle","type":"searchset","entry":[
            {"resource":{"resourceType":"Appointment","id":"a1","status":"booked"},"search":{"mode":"match"}},
            {"resource":{"resourceType":"Location","id":"loc-good","name":"Polikliniek"},"search":{"mode":"include"}},
            {"resource":{"resourceType":"Location","id":"loc-bad","name":["not text"]},"search":{"mode":"include"}},
            {"resource":{"resourceType":"HealthcareService","id":"svc","name":"Kindergeneeskunde"},"search":{"mode":"include"}},
            {"resource":{"id":"no-type"},"search":{"mode":"include"}}
          ]}"#;
        let mut page = decode_page::<Appointment>(body).unwrap();
        assert_eq!(page.items.len(), 1);
        assert_eq!(
            page.problems.len(),
            1,
            "the untyped include is named at once"
        );
        assert_eq!(page.problems[0].id.as_deref(), Some("no-type"));

        let locations = page.take_included::<Location>();
        assert_eq!(locations.len(), 1);
        assert_eq!(locations[0].id.as_deref(), Some("loc-good"));
        assert_eq!(page.problems.len(), 2);
        let bad = &page.problems[1];
        assert_eq!(bad.resource_type, "Location");
        assert_eq!(bad.id.as_deref(), Some("loc-bad"));
        assert!(bad.error.contains("name"), "{}", bad.error);

        // Taken once: a second call neither decodes nor names them again.
        assert!(page.take_included::<Location>().is_empty());
        assert_eq!(page.problems.len(), 2);
        // Other types stay for their own call.
        let services = page.take_included::<HealthcareService>();
        assert_eq!(services[0].name.as_deref(), Some("Kindergeneeskunde"));
        assert!(page.included.is_empty());
    }

    #[test]
    fn the_same_problem_is_named_once() {
        let p = Problem {
            resource_type: "Location".into(),
            id: Some("x".into()),
            error: "name: expected text".into(),
        };
        let mut problems = vec![p.clone()];
        add_problems(&mut problems, [p.clone(), p]);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn not_a_bundle_is_an_error_value() {
        assert!(matches!(
            decode_page::<Patient>("{"),
            Err(FhirError::Malformed(_))
        ));
        assert!(matches!(
            decode_page::<Patient>("[]"),
            Err(FhirError::Malformed(_))
        ));
        assert!(matches!(
            decode_page::<Patient>(r#"{"resourceType":"Bundle","entry":{}}"#),
            Err(FhirError::Malformed(_))
        ));
        let empty = decode_page::<Patient>(r#"{"resourceType":"Bundle"}"#).unwrap();
        assert!(empty.items.is_empty() && empty.next.is_none());
    }

    #[test]
    fn operation_outcome_text_is_read() {
        let body = r#"{"resourceType":"OperationOutcome","issue":[
            {"severity":"error","code":"processing","diagnostics":"Onbekende parameter"},
            {"severity":"error","code":"x","details":{"text":"Tweede"}}]}"#;
        assert_eq!(
            decode_page::<Patient>(body),
            Err(FhirError::Outcome {
                status: 200,
                text: "Onbekende parameter Tweede".into()
            })
        );
    }

    #[test]
    fn resource_of_the_wrong_type_is_a_problem() {
        let v = serde_json::json!({"resourceType":"Group","id":"g"});
        assert_eq!(
            decode_resource::<Patient>(&v).unwrap_err().resource_type,
            "Group"
        );
    }
}
