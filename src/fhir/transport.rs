//! How FHIR requests travel: to a real server over HTTP, or to the demo
//! server inside the app. Pages never know which.

use super::error::FhirError;
use std::future::Future;
use std::pin::Pin;

/// HTTP method of a FHIR interaction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Method {
    /// read, search.
    #[default]
    Get,
    /// create.
    Post,
    /// update.
    Put,
}

/// A FHIR REST request. `url` is relative to the FHIR base (`Patient/emma`,
/// `Appointment?patient=emma`) or a `next` link the server gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Request {
    /// The method.
    pub method: Method,
    /// Relative URL or server-given link.
    pub url: String,
    /// JSON body for create and update.
    pub body: Option<String>,
    /// Conditional create (`If-None-Exist`, e.g. `identifier=system|value`):
    /// the server stores the resource only when none matches, so a retried
    /// send is never stored twice.
    pub if_none_exist: Option<String>,
}

impl Request {
    /// A GET of `url`.
    pub fn get(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            ..Self::default()
        }
    }
}

/// A FHIR REST response.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// HTTP status.
    pub status: u16,
    /// The body text (FHIR JSON, or anything a broken server sends).
    pub body: String,
}

/// The future a transport returns; single-threaded, as in the browser.
pub type SendFuture<'a> = Pin<Box<dyn Future<Output = Result<Response, FhirError>> + 'a>>;

/// Carries requests to a FHIR server. Errors are only for failures below
/// HTTP (network, timeout); HTTP error statuses come back as responses.
pub trait Transport: Send + Sync {
    /// Sends one request.
    fn send(&self, request: Request) -> SendFuture<'_>;

    /// The session ended: abandon the requests under way (their answers
    /// are not wanted). `FhirClient::end` calls it and sends nothing more.
    fn close(&self) {}
}

/// Waits `ms` milliseconds on a browser timer: the demo server's answer
/// delay, and (with 0) a turn for the page between two pieces of work, in
/// a task of its own after what is waiting.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
