//! `FhirClient`: FHIR REST on top of any [`Transport`].

use super::bundle::{Page, decode_page, outcome_text};
use super::error::FhirError;
use super::id::ResourceId;
use super::model::Resource;
use super::transport::{Method, Request, Response, Transport};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Called once when the server answers 401: the session ends in one place.
pub type OnUnauthorized = Arc<dyn Fn() + Send + Sync>;

/// Tries to renew the access token after a 401 (connected mode: a refresh
/// at the provider); `true` when a new one is in place.
pub type Renewal = Arc<dyn Fn() -> Pin<Box<dyn Future<Output = bool>>> + Send + Sync>;

/// Reads, searches and creates FHIR resources. Cheap to clone.
#[derive(Clone)]
pub struct FhirClient {
    transport: Arc<dyn Transport>,
    on_unauthorized: Option<OnUnauthorized>,
    renewal: Option<Renewal>,
    /// Set when the session ends: shared by every clone of the client.
    ended: Arc<AtomicBool>,
}

impl FhirClient {
    /// A client over `transport`.
    pub fn new(transport: Arc<dyn Transport>) -> Self {
        Self {
            transport,
            on_unauthorized: None,
            renewal: None,
            ended: Arc::new(AtomicBool::new(false)),
        }
    }

    /// The session this client served has ended (signed out, here or in
    /// another tab): requests still under way are abandoned, and their
    /// answers, should they come, are dropped unread; nothing new is sent.
    pub fn end(&self) {
        self.ended.store(true, Ordering::SeqCst);
        self.transport.close();
    }

    /// Whether [`FhirClient::end`] was called.
    pub fn has_ended(&self) -> bool {
        self.ended.load(Ordering::SeqCst)
    }

    /// Sets how a 401 may be cured before the session ends: the request is
    /// sent once more after a renewal. (A 401 means the server refused the
    /// request before acting on it, so a write is not stored twice.)
    pub fn with_renewal(mut self, renewal: Renewal) -> Self {
        self.renewal = Some(renewal);
        self
    }

    /// Sets what happens on a 401 (the session module signs out).
    pub fn with_unauthorized_handler(mut self, handler: OnUnauthorized) -> Self {
        self.on_unauthorized = Some(handler);
        self
    }

    /// Sends `request` while the session lasts: after it ended nothing is
    /// sent, and an answer that comes after is not read, whatever it holds
    /// (no 401 handler either: the session is over already).
    async fn send(&self, request: Request) -> Result<Response, FhirError> {
        if self.has_ended() {
            return Err(FhirError::Unauthorized);
        }
        let answer = self.transport.send(request).await;
        if self.has_ended() {
            return Err(FhirError::Unauthorized);
        }
        answer
    }

    async fn exchange(&self, request: Request) -> Result<String, FhirError> {
        let mut answer = self.send(request.clone()).await?;
        if answer.status == 401
            && let Some(renew) = &self.renewal
            && renew().await
        {
            answer = self.send(request).await?;
        }
        let Response { status, body } = answer;
        match status {
            200..=299 => Ok(body),
            401 => {
                if let Some(handler) = &self.on_unauthorized {
                    handler();
                }
                Err(FhirError::Unauthorized)
            }
            403 => Err(FhirError::Forbidden),
            404 | 410 => Err(FhirError::NotFound),
            _ => {
                let outcome = serde_json::from_str(&body)
                    .ok()
                    .and_then(|v| outcome_text(&v));
                Err(match outcome {
                    Some(text) => FhirError::Outcome { status, text },
                    None => FhirError::Server(status),
                })
            }
        }
    }

    /// Reads `T/id`.
    pub async fn read<T: Resource>(&self, id: &str) -> Result<T, FhirError> {
        let url = format!("{}/{}", T::TYPE, super::search::encode(id));
        let body = self.exchange(Request::get(url)).await?;
        let value: serde_json::Value =
            serde_json::from_str(&body).map_err(|e| FhirError::Malformed(e.to_string()))?;
        super::bundle::decode_resource::<T>(&value).map_err(|p| FhirError::Malformed(p.error))
    }

    /// Reads `kind/id` as the server sent it, undecoded (the record
    /// export); anything but a `kind` is an error.
    pub async fn read_raw(&self, kind: &str, id: &str) -> Result<serde_json::Value, FhirError> {
        let url = format!("{kind}/{}", super::search::encode(id));
        let body = self.exchange(Request::get(url)).await?;
        let value: serde_json::Value =
            serde_json::from_str(&body).map_err(|e| FhirError::Malformed(e.to_string()))?;
        if value
            .get("resourceType")
            .and_then(serde_json::Value::as_str)
            != Some(kind)
        {
            return Err(FhirError::Malformed(format!("expected a {kind}")));
        }
        Ok(value)
    }

    /// Reads `T/id` from `patient`'s record. A resource of another patient
    /// (an address edited by hand, or a server that does not check) is
    /// not shown: it counts as not found.
    pub async fn read_of<T: super::model::OfPatient>(
        &self,
        id: &str,
        patient: &str,
    ) -> Result<T, FhirError> {
        let resource = self.read::<T>(id).await?;
        match resource.patient_ref().and_then(|r| r.id_of("Patient")) {
            Some(p) if p == patient => Ok(resource),
            _ => Err(FhirError::NotFound),
        }
    }

    /// Runs a search and decodes one page.
    pub async fn search<T: Resource>(
        &self,
        query: &super::search::SearchQuery,
    ) -> Result<Page<T>, FhirError> {
        self.follow(&query.to_url()).await
    }

    /// A search page (or a `next` link) as the server sent it: the Bundle
    /// undecoded, for passing records on unchanged (the record export).
    pub async fn search_raw(&self, url: &str) -> Result<serde_json::Value, FhirError> {
        let body = self.exchange(Request::get(url)).await?;
        super::bundle::parse_bundle(&body)
    }

    /// Follows a `next` link (or any search URL) and decodes the page.
    pub async fn follow<T: Resource>(&self, url: &str) -> Result<Page<T>, FhirError> {
        let body = self.exchange(Request::get(url)).await?;
        decode_page::<T>(&body)
    }

    /// Creates a resource from its JSON and returns the stored JSON. With
    /// `key` (an identifier `system|value` the resource carries) the create
    /// is conditional: sent again after a lost answer, it is stored once.
    pub async fn create(
        &self,
        resource_type: &str,
        resource: &serde_json::Value,
        key: Option<&str>,
    ) -> Result<serde_json::Value, FhirError> {
        self.write(Request {
            method: Method::Post,
            url: resource_type.to_string(),
            body: Some(resource.to_string()),
            if_none_exist: key.map(|k| format!("identifier={}", super::search::encode(k))),
        })
        .await
    }

    /// Replaces `T/id` with `resource` and returns the stored JSON. The id
    /// is checked before ([`ResourceId::of`]): a resource the server gave
    /// without one is never sent back.
    pub async fn update<T: Resource>(
        &self,
        id: &ResourceId<T>,
        resource: &serde_json::Value,
    ) -> Result<serde_json::Value, FhirError> {
        self.write(Request {
            method: Method::Put,
            url: format!("{}/{}", T::TYPE, super::search::encode(id.as_str())),
            body: Some(resource.to_string()),
            if_none_exist: None,
        })
        .await
    }

    async fn write(&self, request: Request) -> Result<serde_json::Value, FhirError> {
        let answer = self.exchange(request).await?;
        serde_json::from_str(&answer).map_err(|e| FhirError::Malformed(e.to_string()))
    }
}

/// Runs a future that never waits (a canned or in-memory transport) to
/// its end: for native tests.
#[cfg(test)]
pub(crate) fn block_on<F: std::future::Future>(f: F) -> F::Output {
    use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};
    fn noop(_: *const ()) {}
    fn clone(p: *const ()) -> RawWaker {
        RawWaker::new(p, &VTABLE)
    }
    static VTABLE: RawWakerVTable = RawWakerVTable::new(clone, noop, noop, noop);
    // SAFETY: the waker's functions do nothing and never read the pointer.
    let waker = unsafe { Waker::from_raw(RawWaker::new(std::ptr::null(), &VTABLE)) };
    let mut cx = Context::from_waker(&waker);
    let mut f = Box::pin(f);
    loop {
        if let Poll::Ready(out) = f.as_mut().poll(&mut cx) {
            return out;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::model::Patient;
    use crate::fhir::transport::SendFuture;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    struct Canned {
        status: u16,
        body: &'static str,
        seen: Mutex<Vec<Request>>,
    }

    impl Transport for Canned {
        fn send(&self, request: Request) -> SendFuture<'_> {
            if let Ok(mut seen) = self.seen.lock() {
                seen.push(request);
            }
            let response = Response {
                status: self.status,
                body: self.body.to_string(),
            };
            Box::pin(async move { Ok(response) })
        }
    }

    fn client(status: u16, body: &'static str) -> (FhirClient, Arc<Canned>) {
        let canned = Arc::new(Canned {
            status,
            body,
            seen: Mutex::new(Vec::new()),
        });
        (FhirClient::new(canned.clone()), canned)
    }

    fn run<F: std::future::Future>(f: F) -> F::Output {
        block_on(f)
    }

    #[test]
    fn read_builds_the_url_and_decodes() {
        let (c, seen) = client(
            200,
            r#"{"resourceType":"Patient","id":"emma","name":[{"text":"Emma"}]}"#,
        );
        let p = run(c.read::<Patient>("emma")).unwrap();
        assert_eq!(p.display_name().as_deref(), Some("Emma"));
        assert_eq!(seen.seen.lock().unwrap()[0].url, "Patient/emma");
    }

    #[test]
    fn a_resource_of_another_patient_reads_as_not_found() {
        use crate::fhir::document::DocumentReference;
        let body = r#"{"resourceType":"DocumentReference","id":"d","subject":{"reference":"Patient/emma"}}"#;
        let (c, _) = client(200, body);
        assert!(run(c.read_of::<DocumentReference>("d", "emma")).is_ok());
        assert_eq!(
            run(c.read_of::<DocumentReference>("d", "noah")),
            Err(FhirError::NotFound)
        );
        let (c, _) = client(200, r#"{"resourceType":"DocumentReference","id":"d"}"#);
        assert_eq!(
            run(c.read_of::<DocumentReference>("d", "noah")),
            Err(FhirError::NotFound)
        );
    }

    /// 401 for the first request, the patient after.
    struct ExpiredOnce {
        seen: Mutex<Vec<Request>>,
    }

    impl Transport for ExpiredOnce {
        fn send(&self, request: Request) -> SendFuture<'_> {
            let first = self.seen.lock().is_ok_and(|mut s| {
                s.push(request);
                s.len() == 1
            });
            let response = if first {
                Response {
                    status: 401,
                    body: String::new(),
                }
            } else {
                Response {
                    status: 200,
                    body: r#"{"resourceType":"Patient","id":"x"}"#.into(),
                }
            };
            Box::pin(async move { Ok(response) })
        }
    }

    /// Answers only once released: a request under way.
    struct Held {
        released: Arc<AtomicBool>,
        closed: AtomicBool,
        sent: AtomicUsize,
    }

    impl Transport for Held {
        fn send(&self, _request: Request) -> SendFuture<'_> {
            self.sent.fetch_add(1, Ordering::SeqCst);
            let released = self.released.clone();
            Box::pin(std::future::poll_fn(move |_| {
                if released.load(Ordering::SeqCst) {
                    std::task::Poll::Ready(Ok(Response {
                        status: 200,
                        body: r#"{"resourceType":"Patient","id":"x","name":[{"text":"Sanne"}]}"#
                            .into(),
                    }))
                } else {
                    std::task::Poll::Pending
                }
            }))
        }

        fn close(&self) {
            self.closed.store(true, Ordering::SeqCst);
        }
    }

    #[test]
    fn an_answer_that_comes_after_the_session_ended_is_dropped_unread() {
        use std::task::{Context, Poll, Waker};
        let released = Arc::new(AtomicBool::new(false));
        let transport = Arc::new(Held {
            released: released.clone(),
            closed: AtomicBool::new(false),
            sent: AtomicUsize::new(0),
        });
        let signed_out = Arc::new(AtomicUsize::new(0));
        let counter = signed_out.clone();
        let c = FhirClient::new(transport.clone()).with_unauthorized_handler(Arc::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        }));
        let mut read = Box::pin(c.read::<Patient>("x"));
        let mut cx = Context::from_waker(Waker::noop());
        assert!(read.as_mut().poll(&mut cx).is_pending(), "under way");
        c.clone().end();
        assert!(
            transport.closed.load(Ordering::SeqCst),
            "the transport abandons what is under way"
        );
        released.store(true, Ordering::SeqCst);
        assert_eq!(
            read.as_mut().poll(&mut cx),
            Poll::Ready(Err(FhirError::Unauthorized))
        );
        // Nothing new is sent, and the ended session is not ended twice.
        assert_eq!(run(c.read::<Patient>("y")), Err(FhirError::Unauthorized));
        assert_eq!(transport.sent.load(Ordering::SeqCst), 1);
        assert_eq!(signed_out.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn a_401_cured_by_a_renewal_sends_the_request_once_more() {
        let ended = Arc::new(AtomicUsize::new(0));
        let counter = ended.clone();
        let transport = Arc::new(ExpiredOnce {
            seen: Mutex::new(Vec::new()),
        });
        let c = FhirClient::new(transport.clone())
            .with_renewal(Arc::new(|| Box::pin(async { true })))
            .with_unauthorized_handler(Arc::new(move || {
                counter.fetch_add(1, Ordering::SeqCst);
            }));
        assert!(run(c.read::<Patient>("x")).is_ok());
        let seen = transport.seen.lock().unwrap();
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[0], seen[1]);
        assert_eq!(ended.load(Ordering::SeqCst), 0, "the session goes on");
    }

    #[test]
    fn a_401_the_renewal_cannot_cure_ends_the_session_after_one_request() {
        let ended = Arc::new(AtomicUsize::new(0));
        let counter = ended.clone();
        let (c, canned) = client(401, "");
        let c = c
            .with_renewal(Arc::new(|| Box::pin(async { false })))
            .with_unauthorized_handler(Arc::new(move || {
                counter.fetch_add(1, Ordering::SeqCst);
            }));
        assert_eq!(run(c.read::<Patient>("x")), Err(FhirError::Unauthorized));
        assert_eq!(canned.seen.lock().unwrap().len(), 1);
        assert_eq!(ended.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn statuses_become_errors_and_401_calls_the_handler_once() {
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let (c, _) = client(401, "");
        let c = c.with_unauthorized_handler(Arc::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        }));
        assert_eq!(run(c.read::<Patient>("x")), Err(FhirError::Unauthorized));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert_eq!(
            run(client(403, "").0.read::<Patient>("x")),
            Err(FhirError::Forbidden)
        );
        assert_eq!(
            run(client(404, "").0.read::<Patient>("x")),
            Err(FhirError::NotFound)
        );
        assert_eq!(
            run(client(502, "<html>").0.read::<Patient>("x")),
            Err(FhirError::Server(502))
        );
        let outcome =
            r#"{"resourceType":"OperationOutcome","issue":[{"diagnostics":"Ongeldige datum"}]}"#;
        assert_eq!(
            run(client(422, outcome).0.read::<Patient>("x")),
            Err(FhirError::Outcome {
                status: 422,
                text: "Ongeldige datum".into()
            })
        );
    }

    #[test]
    fn an_update_without_an_id_is_refused_before_anything_is_sent() {
        use crate::fhir::questionnaire::QuestionnaireResponse;
        let (c, canned) = client(200, r#"{"resourceType":"QuestionnaireResponse","id":"r1"}"#);
        // A response the server gave without an id: the typed answers stay
        // with the form, and no `PUT QuestionnaireResponse/` goes out.
        let stored: QuestionnaireResponse = crate::fhir::bundle::decode_resource(
            &serde_json::json!({"resourceType":"QuestionnaireResponse","status":"in-progress"}),
        )
        .unwrap();
        let body = serde_json::json!({"resourceType":"QuestionnaireResponse","status":"completed"});
        let refused = run(async {
            let id = ResourceId::<QuestionnaireResponse>::of(stored.id.as_deref())?;
            c.update(&id, &body).await
        });
        assert_eq!(
            refused,
            Err(FhirError::NoId("QuestionnaireResponse".into()))
        );
        assert_eq!(refused.unwrap_err().message(), crate::i18n::Key::ErrorNoId);
        assert!(canned.seen.lock().unwrap().is_empty(), "nothing was sent");

        let id = ResourceId::<QuestionnaireResponse>::of(Some("r1")).unwrap();
        assert!(run(c.update(&id, &body)).is_ok());
        let seen = canned.seen.lock().unwrap();
        assert_eq!(
            (seen[0].method, seen[0].url.as_str()),
            (Method::Put, "QuestionnaireResponse/r1")
        );
    }

    #[test]
    fn malformed_bodies_are_errors() {
        assert!(matches!(
            run(client(200, "{nope").0.read::<Patient>("x")),
            Err(FhirError::Malformed(_))
        ));
        assert!(matches!(
            run(client(200, r#"{"resourceType":"Group"}"#)
                .0
                .read::<Patient>("x")),
            Err(FhirError::Malformed(_))
        ));
    }
}
