//! Demo mode: an in-memory FHIR server over `public/demo/`, and a DigiD
//! stand-in with the demo personas. Designers get a complete portal from
//! `trunk serve` without any server.

pub mod entry;
pub mod personas;
pub mod query;
pub mod server;
pub mod shift;
pub mod sign_in;

use crate::fhir::FhirError;
use crate::fhir::json::{FromJson, object, required_list, required_text};
use crate::fhir::transport::{Request, SendFuture, Transport};
use chrono::NaiveDate;
use server::DemoServer;
use std::sync::Mutex;

/// `public/demo/manifest.json`.
#[derive(Debug, PartialEq)]
struct Manifest {
    /// `referenceDate`: the day the demo data were written for.
    reference_date: String,
    /// `bundles`: the bundle files in `public/demo/`.
    bundles: Vec<String>,
}

impl FromJson for Manifest {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "manifest.json")?;
        Ok(Manifest {
            reference_date: required_text(v, "referenceDate")?,
            bundles: required_list(v, "bundles")?,
        })
    }
}

async fn fetch_json(path: &str) -> Result<serde_json::Value, FhirError> {
    let text = crate::static_files::get_text(path).await?;
    serde_json::from_str(&text).map_err(|e| FhirError::Malformed(format!("{path}: {e}")))
}

/// Loads the demo bundles, moved to `today`.
pub async fn load_server(today: NaiveDate) -> Result<DemoServer, FhirError> {
    let manifest = Manifest::from_json(&fetch_json("/demo/manifest.json").await?)
        .map_err(|e| FhirError::Malformed(format!("manifest: {e}")))?;
    let reference = crate::fhir::model::parse_date(&manifest.reference_date)
        .ok_or_else(|| FhirError::Malformed("manifest: referenceDate".into()))?;
    let mut server = DemoServer::new(today);
    for name in &manifest.bundles {
        // Only plain file names: the manifest cannot point elsewhere.
        if name.contains('/') || name.contains("..") {
            return Err(FhirError::Malformed(format!("manifest: {name}")));
        }
        let mut bundle = fetch_json(&format!("/demo/{name}")).await?;
        shift::shift_value(&mut bundle, reference, today);
        server.load(bundle);
    }
    Ok(server)
}

/// The demo server's writes, kept for this tab's session.
///
/// A real server keeps what was sent; the demo server lives in the page, so
/// its writes would vanish on a reload and a questionnaire draft with them.
/// They are kept in `sessionStorage` (this tab only, gone when it closes)
/// and removed at sign-out, as the demo's stand-in for a server database.
/// Connected mode never stores anything of the kind: there the server keeps
/// it. Tests read it to see what the server received.
pub mod journal {
    /// The `sessionStorage` key.
    pub const KEY: &str = "portal.demo.journal";

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.session_storage().ok().flatten()
    }

    /// What was written earlier in this tab's session.
    pub fn read() -> Vec<serde_json::Value> {
        storage()
            .and_then(|s| s.get_item(KEY).ok().flatten())
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Keeps `written`.
    pub fn write(written: &[serde_json::Value]) {
        if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(written)) {
            let _ = s.set_item(KEY, &text);
        }
    }

    /// Forgets everything (sign-out).
    pub fn clear() {
        if let Some(s) = storage() {
            let _ = s.remove_item(KEY);
            let _ = s.remove_item("portal.demo.write-requests");
            let _ = s.remove_item("portal.demo.requests");
        }
    }

    /// A switch for testers and designers to see failure states in demo
    /// mode: `sessionStorage["portal.demo.fail"]` = `"writes"` (creates and
    /// updates answer 503), `"all"`, or `"search:<Type>"` (searches of that
    /// type answer 503); `["portal.demo.delay"]` = ms each answer takes.
    pub fn knob(name: &str) -> Option<String> {
        storage().and_then(|s| s.get_item(&format!("portal.demo.{name}")).ok().flatten())
    }

    /// Sets a switch or counter (`portal.demo.write-requests` counts the
    /// creates and updates that reached the demo server,
    /// `portal.demo.requests` every request, as it leaves).
    pub fn set_knob(name: &str, value: &str) {
        if let Some(s) = storage() {
            let _ = s.set_item(&format!("portal.demo.{name}"), value);
        }
    }
}

/// The demo server as a [`Transport`].
pub struct DemoTransport {
    server: Mutex<DemoServer>,
}

impl DemoTransport {
    /// Serves `server` to the signed-in person with `bsn`, with what this
    /// tab's session wrote before a reload.
    pub fn new(mut server: DemoServer, bsn: &str) -> Self {
        server.set_viewer(Some(bsn.to_string()));
        server.replay(journal::read());
        Self {
            server: Mutex::new(server),
        }
    }

    fn answer(&self, request: &Request) -> Result<crate::fhir::transport::Response, FhirError> {
        let writes = request.method != crate::fhir::transport::Method::Get;
        match journal::knob("fail").as_deref() {
            Some("all") => return Ok(unavailable()),
            Some("writes") if writes => return Ok(unavailable()),
            Some(fail) if !writes => {
                let searched = request.url.split_once('?').map(|(kind, _)| kind);
                if fail
                    .strip_prefix("search:")
                    .is_some_and(|kind| searched == Some(kind))
                {
                    return Ok(unavailable());
                }
            }
            _ => {}
        }
        let mut server = self.server.lock().map_err(|_| FhirError::Server(500))?;
        let response = server.handle(request);
        if writes && (200..300).contains(&response.status) {
            journal::write(server.journal());
        }
        Ok(response)
    }
}

fn unavailable() -> crate::fhir::transport::Response {
    crate::fhir::transport::Response {
        status: 503,
        body: String::new(),
    }
}

impl Transport for DemoTransport {
    fn send(&self, request: Request) -> SendFuture<'_> {
        let delay = journal::knob("delay").and_then(|d| d.parse::<i32>().ok());
        let sent = journal::knob("requests")
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(0);
        journal::set_knob("requests", &(sent + 1).to_string());
        if request.method != crate::fhir::transport::Method::Get {
            // Every write sent, counted as it leaves (before any delay or
            // failure switch), for tests of double sends.
            let n = journal::knob("write-requests")
                .and_then(|n| n.parse::<u32>().ok())
                .unwrap_or(0);
            journal::set_knob("write-requests", &(n + 1).to_string());
        }
        Box::pin(async move {
            if let Some(ms) = delay.filter(|ms| *ms > 0) {
                crate::fhir::transport::sleep(ms.min(60_000)).await;
            }
            self.answer(&request)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn committed_manifest_reads() {
        let value = serde_json::from_str(include_str!("../../public/demo/manifest.json")).unwrap();
        let manifest = Manifest::from_json(&value).unwrap();
        assert!(crate::fhir::model::parse_date(&manifest.reference_date).is_some());
        assert!(manifest.bundles.iter().any(|b| b == "shared.json"));
    }

    #[test]
    fn a_missing_or_malformed_field_is_an_error_that_names_it() {
        let read = |v: serde_json::Value| Manifest::from_json(&v);
        assert_eq!(
            read(json!({"referenceDate": "2026-11-01", "bundles": ["a.json"], "extra": 1})),
            Ok(Manifest {
                reference_date: "2026-11-01".into(),
                bundles: vec!["a.json".into()],
            })
        );
        assert_eq!(
            read(json!({"bundles": []})),
            Err("referenceDate: missing".into())
        );
        assert_eq!(
            read(json!({"referenceDate": 20261101, "bundles": []})),
            Err("referenceDate: expected text".into())
        );
        assert_eq!(
            read(json!({"referenceDate": "2026-11-01"})),
            Err("bundles: missing".into())
        );
        assert_eq!(
            read(json!({"referenceDate": "2026-11-01", "bundles": "a.json"})),
            Err("bundles: expected a list".into())
        );
        assert_eq!(
            read(json!({"referenceDate": "2026-11-01", "bundles": ["a.json", 2]})),
            Err("bundles[1].expected text".into())
        );
        assert_eq!(
            read(json!([])),
            Err("manifest.json: expected an object".into())
        );
    }
}
