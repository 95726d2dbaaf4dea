//! Hand-written decoding from `serde_json::Value`.
//!
//! A serde derive compiles a visitor, a field matcher and error paths for
//! every struct (several KB of wasm each). Reading fields from an already
//! parsed `Value` with a handful of shared helpers costs a fraction of
//! that. The rules stay those of DESIGN §1: unknown fields are ignored, a
//! missing or `null` field is `None` / empty, and a field of the wrong
//! type is an error that names it (the resource becomes a named problem).

use serde_json::Value;

/// Decodes itself from a JSON value.
pub trait FromJson: Sized {
    /// Reads `value`; `Err` names the first field that is malformed.
    fn from_json(value: &Value) -> Result<Self, String>;
}

/// Gives a [`FromJson`] type a serde `Deserialize` (through `Value`), so
/// serde-derived structs and `serde_json::from_value` can hold and read it.
#[macro_export]
macro_rules! deserialize_via_json {
    ($($ty:ty),* $(,)?) => {$(
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(d)?;
                <$ty as $crate::fhir::json::FromJson>::from_json(&value).map_err(serde::de::Error::custom)
            }
        }
    )*};
}

impl FromJson for String {
    fn from_json(v: &Value) -> Result<Self, String> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| "expected text".to_string())
    }
}

fn present<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.get(key).filter(|f| !f.is_null())
}

fn wrong(key: &str, what: &str) -> String {
    format!("{key}: expected {what}")
}

/// An object, or an error (a resource or element must be one).
pub fn object(v: &Value, what: &str) -> Result<(), String> {
    if v.is_object() {
        Ok(())
    } else {
        Err(format!("{what}: expected an object"))
    }
}

/// A text field.
pub fn text(v: &Value, key: &str) -> Result<Option<String>, String> {
    match present(v, key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(wrong(key, "text")),
    }
}

/// A text field that must be there.
pub fn required_text(v: &Value, key: &str) -> Result<String, String> {
    text(v, key)?.ok_or_else(|| format!("{key}: missing"))
}

/// A list field that must be there (it may be empty).
pub fn required_list<T: FromJson>(v: &Value, key: &str) -> Result<Vec<T>, String> {
    match present(v, key) {
        None => Err(format!("{key}: missing")),
        Some(_) => many(v, key),
    }
}

/// A number field (FHIR decimal: a JSON number, never a string).
pub fn number(v: &Value, key: &str) -> Result<Option<f64>, String> {
    match present(v, key) {
        None => Ok(None),
        Some(n) => n.as_f64().map(Some).ok_or_else(|| wrong(key, "a number")),
    }
}

/// A number field's text as the server wrote it ("5.10"), which FHIR
/// decimals keep as their precision; `None` when it is not a number.
pub fn number_text(v: &Value, key: &str) -> Option<String> {
    present(v, key)
        .and_then(Value::as_number)
        .map(ToString::to_string)
}

/// A whole-number field.
pub fn integer(v: &Value, key: &str) -> Result<Option<i64>, String> {
    match present(v, key) {
        None => Ok(None),
        Some(n) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| wrong(key, "a whole number")),
    }
}

/// A true/false field.
pub fn boolean(v: &Value, key: &str) -> Result<Option<bool>, String> {
    match present(v, key) {
        None => Ok(None),
        Some(b) => b
            .as_bool()
            .map(Some)
            .ok_or_else(|| wrong(key, "true or false")),
    }
}

/// A count field (a non-negative whole number).
pub fn count(v: &Value, key: &str) -> Result<Option<u32>, String> {
    match present(v, key) {
        None => Ok(None),
        Some(n) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| wrong(key, "a count")),
    }
}

/// A list kept as JSON (contained resources read later).
pub fn raw_list(v: &Value, key: &str) -> Vec<Value> {
    present(v, key)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// An element field.
pub fn one<T: FromJson>(v: &Value, key: &str) -> Result<Option<T>, String> {
    match present(v, key) {
        None => Ok(None),
        Some(f) => T::from_json(f).map(Some).map_err(|e| format!("{key}.{e}")),
    }
}

/// A repeated element field (missing is empty).
pub fn many<T: FromJson>(v: &Value, key: &str) -> Result<Vec<T>, String> {
    match present(v, key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(n, f)| T::from_json(f).map_err(|e| format!("{key}[{n}].{e}")))
            .collect(),
        Some(_) => Err(wrong(key, "a list")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq)]
    struct Thing {
        name: Option<String>,
        size: Option<f64>,
        parts: Vec<Thing>,
    }

    impl FromJson for Thing {
        fn from_json(v: &Value) -> Result<Self, String> {
            object(v, "Thing")?;
            Ok(Thing {
                name: text(v, "name")?,
                size: number(v, "size")?,
                parts: many(v, "parts")?,
            })
        }
    }

    #[test]
    fn missing_and_null_are_empty_unknown_fields_are_ignored() {
        let t = Thing::from_json(&json!({"name": null, "extra": [1, 2]})).unwrap();
        assert_eq!(
            t,
            Thing {
                name: None,
                size: None,
                parts: vec![]
            }
        );
    }

    #[test]
    fn a_wrong_type_names_the_field_and_its_path() {
        assert_eq!(
            Thing::from_json(&json!({"size": "6.8"})),
            Err("size: expected a number".into())
        );
        assert_eq!(
            Thing::from_json(&json!({"parts": [{"name": "a"}, {"name": 3}]})),
            Err("parts[1].name: expected text".into())
        );
        assert_eq!(
            Thing::from_json(&json!({"parts": {}})),
            Err("parts: expected a list".into())
        );
        assert_eq!(
            Thing::from_json(&json!("x")),
            Err("Thing: expected an object".into())
        );
        assert_eq!(
            integer(&json!({"n": 2.5}), "n"),
            Err("n: expected a whole number".into())
        );
        assert_eq!(
            boolean(&json!({"b": "true"}), "b"),
            Err("b: expected true or false".into())
        );
    }
}
