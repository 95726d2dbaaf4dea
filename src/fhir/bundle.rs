//! Reading search results: a `Bundle` whose entries are decoded one by one,
//! so one malformed resource is named and the rest still shows.

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
    /// Resources the server added with `_include`, undecoded.
    pub included: Vec<Value>,
    /// The `next` link, if there are more pages.
    pub next: Option<String>,
    /// The total number of matches, if the server said.
    pub total: Option<u64>,
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

/// Decodes a search-set `Bundle` into a page of `T`.
pub fn decode_page<T: Resource>(body: &str) -> Result<Page<T>, FhirError> {
    let value: Value =
        serde_json::from_str(body).map_err(|e| FhirError::Malformed(e.to_string()))?;
    if let Some(text) = outcome_text(&value) {
        return Err(FhirError::Outcome { status: 200, text });
    }
    if value.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
        return Err(FhirError::Malformed("expected a Bundle".into()));
    }
    let next = value
        .get("link")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|l| l.get("relation").and_then(Value::as_str) == Some("next"))
        .and_then(|l| l.get("url"))
        .and_then(Value::as_str)
        .map(str::to_string);
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
        if !is_match && (mode == Some("include") || resource.get("resourceType").is_some()) {
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
