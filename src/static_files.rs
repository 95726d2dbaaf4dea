//! The portal's own files, fetched as text: `config.json`, the glossary,
//! the English texts, the demo data, and the identity provider's discovery
//! document. Not FHIR: no token, no FHIR error handling, one error type of
//! its own, and a time limit, so a hanging file server gives a message
//! instead of a portal that never starts.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// How long a static file may take.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StaticError {
    /// The server answered with an error status (404: no such file).
    #[error("{path}: {status}")]
    Status { path: String, status: u16 },
    /// The request did not reach the server, or the answer broke off.
    #[error("{path}: {reason}")]
    Network { path: String, reason: String },
    /// No answer within [`TIMEOUT`].
    #[error("{path}: no answer within {}s", TIMEOUT.as_secs())]
    Timeout { path: String },
}

/// Fetches `path` (same origin, or a full address) as text.
pub async fn get_text(path: &str) -> Result<String, StaticError> {
    let network = |e: &dyn std::fmt::Display| StaticError::Network {
        path: path.to_string(),
        reason: e.to_string(),
    };
    let controller = web_sys::AbortController::new().map_err(|_| network(&"AbortController"))?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        leptos::prelude::set_timeout_with_handle(
            move || {
                timed_out.set(true);
                controller.abort();
            },
            TIMEOUT,
        )
        .ok()
    };
    let answer = async {
        let response = gloo_net::http::Request::get(path)
            .abort_signal(Some(&controller.signal()))
            .send()
            .await
            .map_err(|e| network(&e))?;
        if !response.ok() {
            return Err(StaticError::Status {
                path: path.to_string(),
                status: response.status(),
            });
        }
        response.text().await.map_err(|e| network(&e))
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    match answer {
        Err(StaticError::Network { .. }) if timed_out.get() => Err(StaticError::Timeout {
            path: path.to_string(),
        }),
        other => other,
    }
}

/// A file the start file (scripts/split-start.mjs) asked for in parallel
/// with the main module, as the promise it left in the global `name`:
/// its text, or why it could not be had (the promise rejects with
/// `{ status }` for an error status, the abort's `TimeoutError` after
/// [`TIMEOUT`], or the network's error). `None` when there is no such
/// promise (a build without that file): then fetch it with [`get_text`].
pub async fn asked_at_start(name: &str, path: &str) -> Option<Result<String, StaticError>> {
    use wasm_bindgen::JsCast;
    let promise = js_sys::Reflect::get(&js_sys::global(), &name.into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let path = path.to_string();
    Some(match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(text) => text.as_string().ok_or_else(|| StaticError::Network {
            path,
            reason: "not text".into(),
        }),
        Err(e) => {
            let status = js_sys::Reflect::get(&e, &"status".into())
                .ok()
                .and_then(|s| s.as_f64());
            let error = e.dyn_ref::<js_sys::Error>();
            Err(match (status, error) {
                (Some(status), _) => StaticError::Status {
                    path,
                    status: status as u16,
                },
                (None, Some(e)) if e.name() == "TimeoutError" => StaticError::Timeout { path },
                (None, Some(e)) => StaticError::Network {
                    path,
                    reason: e.message().into(),
                },
                (None, None) => StaticError::Network {
                    path,
                    reason: "no answer".into(),
                },
            })
        }
    })
}

impl From<StaticError> for crate::fhir::FhirError {
    /// For callers that report in FHIR terms (the demo server's files).
    fn from(e: StaticError) -> Self {
        match e {
            StaticError::Status { status: 404, .. } => crate::fhir::FhirError::NotFound,
            StaticError::Status { status, .. } => crate::fhir::FhirError::Server(status),
            StaticError::Network { reason, .. } => crate::fhir::FhirError::Network(reason),
            StaticError::Timeout { .. } => crate::fhir::FhirError::Timeout,
        }
    }
}
