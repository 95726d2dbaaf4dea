//! The DigiD stand-in of demo mode: personas with one demo password and one
//! SMS code, both printed on the sign-in screen.

use crate::fhir::json::{FromJson, object, one, required_text, text};
use serde_json::Value;

/// Every persona's demo password.
pub const DEMO_PASSWORD: &str = "demo1234";
/// Every persona's demo SMS code.
pub const DEMO_SMS_CODE: &str = "123456";

/// A demo sign-in identity (`public/demo/personas.json`).
#[derive(Clone, Debug, PartialEq)]
pub struct Persona {
    /// The DigiD username.
    pub username: String,
    /// Full name.
    pub name: String,
    /// BSN, which links the person to their records.
    pub bsn: String,
    /// One line about who this is.
    pub description: Descriptions,
}

impl FromJson for Persona {
    fn from_json(v: &Value) -> Result<Self, String> {
        object(v, "Persona")?;
        Ok(Persona {
            username: required_text(v, "username")?,
            name: required_text(v, "name")?,
            bsn: required_text(v, "bsn")?,
            description: one(v, "description")?.unwrap_or_default(),
        })
    }
}

/// A persona's description in both languages.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Descriptions {
    /// Dutch.
    pub nl: String,
    /// English.
    pub en: String,
}

impl FromJson for Descriptions {
    fn from_json(v: &Value) -> Result<Self, String> {
        object(v, "Descriptions")?;
        Ok(Descriptions {
            nl: text(v, "nl")?.unwrap_or_default(),
            en: text(v, "en")?.unwrap_or_default(),
        })
    }
}

/// Why a demo sign-in step failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInError {
    /// Unknown username or wrong password (never say which).
    WrongCredentials,
    /// The SMS code is not the one sent.
    WrongCode,
}

/// Step 1: username and password.
pub fn check_password<'a>(
    personas: &'a [Persona],
    username: &str,
    password: &str,
) -> Result<&'a Persona, SignInError> {
    let username = username.trim().to_ascii_lowercase();
    personas
        .iter()
        .find(|p| p.username == username)
        .filter(|_| password == DEMO_PASSWORD)
        .ok_or(SignInError::WrongCredentials)
}

/// Step 2: the SMS code (spaces allowed, as people type them).
pub fn check_code(code: &str) -> Result<(), SignInError> {
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if digits == DEMO_SMS_CODE {
        Ok(())
    } else {
        Err(SignInError::WrongCode)
    }
}

/// Reads `personas.json` (a list of personas); `Err` names the first
/// malformed field.
pub fn parse_personas(text: &str) -> Result<Vec<Persona>, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    value
        .as_array()
        .ok_or("personas.json: expected a list")?
        .iter()
        .enumerate()
        .map(|(n, p)| Persona::from_json(p).map_err(|e| format!("personas[{n}].{e}")))
        .collect()
}

/// Fetches `public/demo/personas.json`.
pub async fn load() -> Result<Vec<Persona>, crate::fhir::FhirError> {
    let text = crate::static_files::get_text("/demo/personas.json").await?;
    parse_personas(&text).map_err(crate::fhir::FhirError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn personas() -> Vec<Persona> {
        parse_personas(r#"[{"username":"sanne","name":"Sanne de Vries","bsn":"1","description":{"nl":"a","en":"b"}},
                           {"username":"peter","name":"Peter Jansen","bsn":"2"}]"#)
        .unwrap()
    }

    #[test]
    fn password_step_accepts_only_the_demo_password() {
        let ps = personas();
        assert_eq!(
            check_password(&ps, " Sanne ", "demo1234").map(|p| p.bsn.as_str()),
            Ok("1")
        );
        assert_eq!(
            check_password(&ps, "sanne", "demo12345"),
            Err(SignInError::WrongCredentials)
        );
        assert_eq!(
            check_password(&ps, "nobody", "demo1234"),
            Err(SignInError::WrongCredentials)
        );
    }

    #[test]
    fn code_step_accepts_the_demo_code_with_spaces() {
        assert_eq!(check_code("123 456"), Ok(()));
        assert_eq!(check_code("123457"), Err(SignInError::WrongCode));
        assert_eq!(check_code(""), Err(SignInError::WrongCode));
    }

    #[test]
    fn committed_personas_file_reads() {
        let text = include_str!("../../public/demo/personas.json");
        let ps = parse_personas(text).unwrap();
        let names: Vec<&str> = ps.iter().map(|p| p.username.as_str()).collect();
        assert_eq!(names, vec!["sanne", "emma", "peter"]);
        assert!(ps.iter().all(|p| !p.description.en.is_empty()));
    }

    #[test]
    fn a_missing_description_is_empty_and_unknown_fields_are_ignored() {
        let ps = personas();
        assert_eq!(ps[1].description, Descriptions::default());
        let partly = parse_personas(
            r#"[{"username":"a","name":"A","bsn":"1","description":{"nl":"x","en":null},"extra":1}]"#,
        )
        .unwrap();
        assert_eq!(partly[0].description.nl, "x");
        assert_eq!(partly[0].description.en, "");
    }

    #[test]
    fn a_malformed_field_is_an_error_that_names_it() {
        let err = |text: &str| parse_personas(text).unwrap_err();
        assert_eq!(
            err(r#"[{"username":"a","name":"A","bsn":1}]"#),
            "personas[0].bsn: expected text"
        );
        assert_eq!(
            err(r#"[{"username":"a","name":"A","bsn":"1"},{"name":"B","bsn":"2"}]"#),
            "personas[1].username: missing"
        );
        assert_eq!(
            err(r#"[{"username":"a","name":"A","bsn":"1","description":{"nl":3}}]"#),
            "personas[0].description.nl: expected text"
        );
        assert_eq!(err(r#"{"username":"a"}"#), "personas.json: expected a list");
        assert_eq!(err(r#"["a"]"#), "personas[0].Persona: expected an object");
        assert!(parse_personas("[").is_err());
    }
}
