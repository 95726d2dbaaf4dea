//! Demo mode: an in-memory FHIR server over `public/demo/`, and a DigiD
//! stand-in with the demo personas. Designers get a complete portal from
//! `trunk serve` without any server.

pub mod personas;
pub mod query;
pub mod server;
pub mod shift;

use crate::fhir::FhirError;
use crate::fhir::transport::{Request, SendFuture, Transport};
use chrono::NaiveDate;
use serde::Deserialize;
use server::DemoServer;
use std::sync::Mutex;

/// `public/demo/manifest.json`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Manifest {
    reference_date: String,
    bundles: Vec<String>,
}

async fn fetch_json(path: &str) -> Result<serde_json::Value, FhirError> {
    let text = crate::fhir::http::get_text(path).await?;
    serde_json::from_str(&text).map_err(|e| FhirError::Malformed(format!("{path}: {e}")))
}

/// Loads the demo bundles, moved to `today`.
pub async fn load_server(today: NaiveDate) -> Result<DemoServer, FhirError> {
    let manifest: Manifest = serde_json::from_value(fetch_json("/demo/manifest.json").await?)
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

/// The demo server as a [`Transport`].
pub struct DemoTransport {
    server: Mutex<DemoServer>,
}

impl DemoTransport {
    /// Serves `server` to the signed-in person with `bsn`.
    pub fn new(mut server: DemoServer, bsn: &str) -> Self {
        server.set_viewer(Some(bsn.to_string()));
        Self {
            server: Mutex::new(server),
        }
    }
}

impl Transport for DemoTransport {
    fn send(&self, request: Request) -> SendFuture<'_> {
        let answer = match self.server.lock() {
            Ok(mut server) => Ok(server.handle(&request)),
            Err(_) => Err(FhirError::Server(500)),
        };
        Box::pin(async move { answer })
    }
}
