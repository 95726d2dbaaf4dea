//! The doors into the demo chunk. Only [`crate::session::backend`] calls
//! them, and only in demo mode: in connected mode the browser never fetches
//! the demo server, its data handling or the personas.
//!
//! In the split build each function here is a split point of the `demo`
//! chunk, fallible: a chunk that cannot be fetched is an error the sign-in
//! page can show, not a crash.

use crate::fhir::FhirError;
use crate::fhir::transport::Transport;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::pin::Pin;
use std::sync::Arc;

/// A demo persona signed in: their server and who they are.
pub struct DemoSession {
    /// The demo server, serving this persona.
    pub transport: Arc<dyn Transport>,
    /// The persona's DigiD username (the session marker).
    pub username: String,
    /// Their full name.
    pub name: String,
    /// Their BSN.
    pub bsn: String,
}

/// Opening a persona's demo session: fetching the demo records and the
/// persona list.
pub type Opening = Pin<Box<dyn Future<Output = Result<DemoSession, FhirError>>>>;

fn opening(username: String, today: NaiveDate) -> Opening {
    Box::pin(async move {
        let personas = super::personas::load().await?;
        let persona = personas
            .into_iter()
            .find(|p| p.username == username)
            .ok_or(FhirError::NotFound)?;
        let server = super::load_server(today).await?;
        Ok(DemoSession {
            transport: Arc::new(super::DemoTransport::new(server, &persona.bsn)),
            username: persona.username,
            name: persona.name,
            bsn: persona.bsn,
        })
    })
}

fn sign_in_form() -> AnyView {
    view! { <super::sign_in::DemoSignIn/> }.into_any()
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(demo, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn open(username: String, today: NaiveDate) -> Result<Opening, SplitLoaderError> {
    Ok(opening(username, today))
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(demo, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn sign_in() -> Result<fn() -> AnyView, SplitLoaderError> {
    Ok(sign_in_form)
}

/// Opens the demo session of the persona with `username`.
#[cfg(not(feature = "split"))]
pub async fn open(username: String, today: NaiveDate) -> Result<Opening, SplitLoaderError> {
    Ok(opening(username, today))
}

/// The demo sign-in form with the list of personas.
#[cfg(not(feature = "split"))]
pub async fn sign_in() -> Result<fn() -> AnyView, SplitLoaderError> {
    Ok(sign_in_form)
}
