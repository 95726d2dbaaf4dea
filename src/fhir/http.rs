//! `HttpTransport`: FHIR over HTTP with gloo-net (connected mode).

use super::error::FhirError;
use super::search::parse_url;
use super::transport::{Method, Request, Response, SendFuture, Transport};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

thread_local! {
    /// The requests under way, by transport: what `close` aborts. (Browser
    /// objects stay on the one thread; the transport itself must be Send.)
    static IN_FLIGHT: RefCell<Vec<(u64, u64, web_sys::AbortController)>> = const { RefCell::new(Vec::new()) };
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Talks to a FHIR R4 server at `base`, with a bearer token when signed in.
pub struct HttpTransport {
    base: String,
    token: Mutex<Option<String>>,
    timeout: Duration,
    /// Tells this transport's requests apart in `IN_FLIGHT`.
    id: u64,
}

impl HttpTransport {
    /// A transport for the server at `base` (e.g. `https://fhir.example/r4`).
    pub fn new(base: &str, timeout: Duration) -> Self {
        Self {
            base: base.trim_end_matches('/').to_string(),
            token: Mutex::new(None),
            timeout,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Sets or clears the access token sent with every request.
    pub fn set_token(&self, token: Option<String>) {
        if let Ok(mut slot) = self.token.lock() {
            *slot = token;
        }
    }

    /// The absolute URL for `url`, refusing links to another server so the
    /// token is never sent elsewhere.
    fn resolve(&self, url: &str) -> Result<String, FhirError> {
        if url.split('?').next().unwrap_or(url).contains("://") {
            parse_url(url, &self.base)
                .map(|_| url.to_string())
                .ok_or_else(|| FhirError::Malformed("link to another server".into()))
        } else {
            Ok(format!("{}/{}", self.base, url.trim_start_matches('/')))
        }
    }
}

/// One request under way, for as long as the future that sends it lives:
/// listed in `IN_FLIGHT` (so that `close` can abort it) and with its
/// timeout timer. When it goes (the answer was read, or the future was
/// dropped before that) the timer is cleared and the entry removed, and a
/// read is aborted; aborting a finished fetch does nothing.
///
/// A future is dropped unfinished when its reader went away: a page's load
/// when the page is left or the patient switched (`components::loader`).
/// A write is never aborted that way: pages send writes on a task of their
/// own that runs to the end (`components::form`), and should a write's
/// future be dropped all the same, the request goes on to the server.
struct UnderWay {
    request_id: u64,
    controller: web_sys::AbortController,
    timer: Option<leptos::prelude::TimeoutHandle>,
    read: bool,
}

impl UnderWay {
    fn start(
        transport_id: u64,
        method: Method,
        controller: web_sys::AbortController,
        timer: Option<leptos::prelude::TimeoutHandle>,
    ) -> Self {
        let request_id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        IN_FLIGHT.with(|f| {
            f.borrow_mut()
                .push((transport_id, request_id, controller.clone()))
        });
        Self {
            request_id,
            controller,
            timer,
            read: method == Method::Get,
        }
    }
}

impl Drop for UnderWay {
    fn drop(&mut self) {
        if let Some(timer) = &self.timer {
            timer.clear();
        }
        let _ = IN_FLIGHT.try_with(|f| {
            if let Ok(mut f) = f.try_borrow_mut() {
                f.retain(|(_, r, _)| *r != self.request_id);
            }
        });
        if self.read {
            self.controller.abort();
        }
    }
}

impl Transport for HttpTransport {
    fn send(&self, request: Request) -> SendFuture<'_> {
        Box::pin(async move {
            let url = self.resolve(&request.url)?;
            let token = self.token.lock().ok().and_then(|t| t.clone());
            let controller = web_sys::AbortController::new()
                .map_err(|_| FhirError::Network("AbortController".into()))?;
            let timed_out = Rc::new(Cell::new(false));
            let timer = {
                let controller = controller.clone();
                let timed_out = timed_out.clone();
                leptos::prelude::set_timeout_with_handle(
                    move || {
                        timed_out.set(true);
                        controller.abort();
                    },
                    self.timeout,
                )
                .ok()
            };
            // Lives as long as this future: dropped unfinished, it aborts.
            let _under_way = UnderWay::start(self.id, request.method, controller.clone(), timer);
            let builder = match request.method {
                Method::Get => gloo_net::http::Request::get(&url),
                Method::Post => gloo_net::http::Request::post(&url),
                Method::Put => gloo_net::http::Request::put(&url),
            };
            let mut builder = builder
                .header("Accept", "application/fhir+json")
                .abort_signal(Some(&controller.signal()));
            if let Some(token) = token {
                builder = builder.header("Authorization", &format!("Bearer {token}"));
            }
            if let Some(condition) = &request.if_none_exist {
                builder = builder.header("If-None-Exist", condition);
            }
            let sent = match request.body {
                Some(body) => {
                    builder
                        .header("Content-Type", "application/fhir+json")
                        .body(body)
                        .map_err(|e| FhirError::Network(e.to_string()))?
                        .send()
                        .await
                }
                None => builder.send().await,
            };
            match sent {
                Ok(response) => {
                    let status = response.status();
                    match response.text().await {
                        Ok(body) => Ok(Response { status, body }),
                        Err(_) if timed_out.get() => Err(FhirError::Timeout),
                        Err(e) => Err(FhirError::Network(e.to_string())),
                    }
                }
                Err(_) if timed_out.get() => Err(FhirError::Timeout),
                Err(e) => Err(FhirError::Network(e.to_string())),
            }
        })
    }

    fn close(&self) {
        let mine: Vec<_> = IN_FLIGHT.with(|f| {
            let mut f = f.borrow_mut();
            let (mine, rest) = std::mem::take(&mut *f)
                .into_iter()
                .partition(|(t, _, _)| *t == self.id);
            *f = rest;
            mine
        });
        for (_, _, controller) in mine {
            controller.abort();
        }
    }
}
