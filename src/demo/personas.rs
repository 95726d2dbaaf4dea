//! The DigiD stand-in of demo mode: personas with one demo password and one
//! SMS code, both printed on the sign-in screen.

use serde::Deserialize;

/// Every persona's demo password.
pub const DEMO_PASSWORD: &str = "demo1234";
/// Every persona's demo SMS code.
pub const DEMO_SMS_CODE: &str = "123456";

/// A demo sign-in identity (`public/demo/personas.json`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Persona {
    /// The DigiD username.
    pub username: String,
    /// Full name.
    pub name: String,
    /// BSN, which links the person to their records.
    pub bsn: String,
    /// One line about who this is.
    #[serde(default)]
    pub description: Descriptions,
}

/// A persona's description in both languages.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Descriptions {
    /// Dutch.
    #[serde(default)]
    pub nl: String,
    /// English.
    #[serde(default)]
    pub en: String,
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

/// Reads `personas.json`.
pub fn parse_personas(text: &str) -> Result<Vec<Persona>, serde_json::Error> {
    serde_json::from_str(text)
}

/// Fetches `public/demo/personas.json`.
pub async fn load() -> Result<Vec<Persona>, crate::fhir::FhirError> {
    let text = crate::fhir::http::get_text("/demo/personas.json").await?;
    parse_personas(&text).map_err(|e| crate::fhir::FhirError::Malformed(e.to_string()))
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
    }
}
