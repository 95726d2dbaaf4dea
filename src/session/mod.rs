//! The session: who is signed in, whom they act for, and signing out.
//!
//! One place decides all of it: pages read [`Session`]; a 401 from the
//! server, the idle guard, the sign-out button and other tabs all end the
//! session through [`Session::sign_out`] or [`Session::signed_out_elsewhere`].

pub mod backend;
pub mod drafts;
pub mod idle;
mod idle_guard;
pub mod landing;
pub mod oidc;
pub mod oidc_window;
pub mod people;
pub mod storage;

pub use idle_guard::IdleGuard;

use crate::config::Config;
use crate::fhir::{FhirClient, FhirError};
use backend::Backend;
use chrono::NaiveDate;
use leptos::prelude::*;
use people::People;
use std::sync::Arc;

/// Why a session ended; the signed-out page explains each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOutReason {
    /// The person pressed "Uitloggen".
    User,
    /// 15 minutes without activity.
    Idle,
    /// The server said the session is no longer valid (401).
    Expired,
}

impl SignOutReason {
    /// The URL and storage form.
    pub fn as_str(self) -> &'static str {
        match self {
            SignOutReason::User => "user",
            SignOutReason::Idle => "idle",
            SignOutReason::Expired => "expired",
        }
    }

    /// Reads the URL and storage form.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "user" => Some(SignOutReason::User),
            "idle" => Some(SignOutReason::Idle),
            "expired" => Some(SignOutReason::Expired),
            _ => None,
        }
    }
}

/// A signed-in person with their FHIR client.
pub struct SignedIn {
    /// The name shown top right (empty when neither the record nor the
    /// provider gives one: [`SignedIn::shown_name`]).
    pub name: String,
    /// Their own record and the people they represent.
    pub people: People,
    /// The FHIR client for this session; dropped at sign-out.
    pub client: FhirClient,
    /// The day the access rules were applied.
    pub today: NaiveDate,
}

impl SignedIn {
    /// The name to show: as recorded, else "(naam onbekend)".
    pub fn shown_name(&self, lang: crate::i18n::Lang) -> String {
        if self.name.trim().is_empty() {
            lang.text(crate::i18n::Key::UnknownName).to_string()
        } else {
            self.name.clone()
        }
    }

    /// Their own patient id, if they are a patient.
    pub fn own_id(&self) -> Option<&str> {
        self.people.own.as_ref().map(|(id, _, _)| id.as_str())
    }

    /// The representation of patient `id`, if any.
    pub fn represented(&self, id: &str) -> Option<&people::Person> {
        self.people.represented.iter().find(|p| p.patient_id == id)
    }

    /// Whether the portal of patient `id` may be opened.
    pub fn may_open(&self, id: &str) -> bool {
        self.own_id() == Some(id)
            || self
                .represented(id)
                .is_some_and(|p| p.decision.is_allowed())
    }

    /// Where to land after sign-in: the own portal, else the first person
    /// they may act for.
    pub fn landing(&self) -> Option<String> {
        self.own_id()
            .map(str::to_string)
            .or_else(|| {
                self.people
                    .represented
                    .iter()
                    .find(|p| p.decision.is_allowed())
                    .map(|p| p.patient_id.clone())
            })
            .map(|id| format!("/p/{id}"))
    }

    /// Who acts in patient `id`'s portal: the own `Patient`, or the
    /// `RelatedPerson` that authorizes the signed-in person.
    pub fn actor_for(&self, id: &str) -> crate::fhir::Reference {
        let reference = if self.own_id() == Some(id) {
            Some(format!("Patient/{id}"))
        } else {
            self.represented(id)
                .and_then(|p| p.authorization.as_ref())
                .map(|rp| format!("RelatedPerson/{rp}"))
        };
        crate::fhir::Reference {
            reference,
            display: Some(self.name.clone()),
        }
    }

    /// The name of patient `id` (own or represented), as recorded; for an
    /// own record without one, the name the sign-in gave.
    pub fn patient_name(&self, id: &str) -> Option<String> {
        match &self.people.own {
            // A record without a name: the name the sign-in gave, if any.
            Some((own, name, _)) if own == id => name
                .clone()
                .or_else(|| Some(self.name.clone()).filter(|n| !n.trim().is_empty())),
            _ => self.represented(id).and_then(|p| p.name.clone()),
        }
    }
}

/// Where the session stands.
#[derive(Clone)]
pub enum Status {
    /// Reading config and restoring a session after a reload.
    Starting,
    /// On the way to the identity provider to continue its session (a
    /// reload in connected mode): the page is about to be replaced, so it
    /// says so and offers nothing to click.
    Redirecting,
    /// The session here has ended; the identity provider's session is being
    /// ended (this tab went there, or another tab did): until that is done
    /// the portal does not say "signed out".
    SigningOut(SignOutReason),
    /// Nobody is signed in; the reason when a session just ended.
    SignedOut(Option<SignOutReason>),
    /// Signed in.
    SignedIn(Arc<SignedIn>),
}

/// The session context (a handle; cheap to copy).
#[derive(Clone, Copy)]
pub struct Session {
    status: RwSignal<Status>,
    /// Set when the portal could not confirm that the identity provider's
    /// session ended: the signed-out page then says to close the browser.
    provider_open: RwSignal<bool>,
    /// The person closed the notice that this browser keeps no session data.
    storage_notice_closed: RwSignal<bool>,
    /// Demo or OpenID Connect, chosen once from the configuration.
    backend: Backend,
}

impl Session {
    /// A session that is starting, against the backend `config` names.
    pub fn new(config: &Config) -> Self {
        Self {
            status: RwSignal::new(Status::Starting),
            provider_open: RwSignal::new(false),
            storage_notice_closed: RwSignal::new(false),
            backend: Backend::of(config),
        }
    }

    /// Where this session signs in and reads from.
    pub fn backend(self) -> Backend {
        self.backend
    }

    /// Whether to tell the person (once per session) that the browser keeps
    /// no data for the portal: a reload asks to sign in again, and other
    /// tabs do not share the session (tracked).
    pub fn storage_notice(self) -> bool {
        !storage::shared() && !self.storage_notice_closed.get()
    }

    /// The person has read the storage notice.
    pub fn close_storage_notice(self) {
        self.storage_notice_closed.set(true);
    }

    /// Whether the identity provider's session may still be open after the
    /// last sign-out (tracked).
    pub fn provider_session_open(self) -> bool {
        self.provider_open.get()
    }

    /// Whether the page is busy leaving (to the provider, or signing out
    /// there): the portal shows only that it is busy (tracked).
    pub fn is_in_transit(self) -> bool {
        matches!(
            self.status.get(),
            Status::Redirecting | Status::SigningOut(_)
        )
    }

    /// The current status (tracked).
    pub fn status(self) -> Status {
        self.status.get()
    }

    /// The signed-in person (tracked), if any.
    pub fn signed_in(self) -> Option<Arc<SignedIn>> {
        match self.status.get() {
            Status::SignedIn(s) => Some(s),
            _ => None,
        }
    }

    /// The signed-in person, if any, without tracking.
    pub fn signed_in_untracked(self) -> Option<Arc<SignedIn>> {
        match self.status.get_untracked() {
            Status::SignedIn(s) => Some(s),
            _ => None,
        }
    }

    /// Whether a person is signed in, without tracking.
    pub fn is_signed_in_untracked(self) -> bool {
        self.signed_in_untracked().is_some()
    }

    fn client_for(self, transport: Arc<dyn crate::fhir::transport::Transport>) -> FhirClient {
        FhirClient::new(transport)
            .with_renewal(Arc::new(|| Box::pin(oidc::renew())))
            .with_unauthorized_handler(Arc::new(move || {
                self.sign_out(SignOutReason::Expired);
            }))
    }

    /// Completes a demo sign-in (or restores one after a reload) for the
    /// persona with `username`. A new sign-in starts a fresh idle deadline.
    pub async fn start_demo(
        self,
        username: &str,
        config: &Config,
        fresh: bool,
    ) -> Result<(), FhirError> {
        let today = today();
        let demo = Backend::open_demo(username, today).await?;
        let client = self.client_for(demo.transport);
        let people = people::look_up(client.clone(), people::Who::Bsn(demo.bsn), today).await?;
        self.signed_in_as(
            config,
            fresh,
            &demo.username,
            Some(demo.name),
            people,
            client,
            today,
        );
        Ok(())
    }

    /// The session starts: the name (from the record, else `fallback`), a
    /// fresh idle deadline for a new sign-in, the provider-session marker.
    #[allow(clippy::too_many_arguments)]
    fn signed_in_as(
        self,
        config: &Config,
        fresh: bool,
        marker: &str,
        fallback: Option<String>,
        people: people::People,
        client: FhirClient,
        today: NaiveDate,
    ) {
        let name = people
            .own
            .as_ref()
            .and_then(|(_, name, _)| name.clone())
            .or_else(|| people.name_in_authorizations.clone())
            .or(fallback)
            .unwrap_or_default();
        let now = js_sys::Date::now();
        if fresh {
            storage::write_deadline(config.idle_policy().deadline_after(now));
            storage::remove(storage::SIGNED_OUT_KEY);
        }
        storage::write_marker(&storage::Marker {
            persona: marker.to_string(),
            expires: (now + PROVIDER_SESSION_MS) as i64,
        });
        self.provider_open.set(false);
        self.status.set(Status::SignedIn(Arc::new(SignedIn {
            name,
            people,
            client,
            today,
        })));
    }

    /// Completes a connected sign-in: the person named by the provider's
    /// `fhirUser`, whom they may act for from the FHIR server, the tokens
    /// kept in memory. A new sign-in starts a fresh idle deadline.
    pub async fn start_connected(
        self,
        config: &Config,
        endpoints: oidc::Endpoints,
        tokens: oidc::Tokens,
        fresh: bool,
    ) -> Result<(), FhirError> {
        let today = today();
        let transport = Arc::new(crate::fhir::http::HttpTransport::new(
            &config.fhir.base_url,
            config.fhir.request_timeout(),
        ));
        transport.set_token(Some(tokens.access.clone()));
        let client = self.client_for(transport.clone());
        let claims = oidc::userinfo(&endpoints, &tokens.access).await?;
        let (kind, id) = oidc::fhir_user(&claims)
            .ok_or_else(|| FhirError::Malformed("the sign-in names no fhirUser".into()))?;
        let people =
            people::look_up(client.clone(), people::Who::FhirUser(kind, id), today).await?;
        oidc::keep(endpoints, config, transport, &tokens);
        let claimed = claims
            .get("name")
            .and_then(|n| n.as_str())
            .map(str::to_string);
        self.signed_in_as(
            config,
            fresh,
            CONNECTED_MARKER,
            claimed,
            people,
            client,
            today,
        );
        Ok(())
    }

    /// Continues a session after a reload or in a new tab, when the
    /// provider-session marker and the shared idle deadline allow it. In
    /// connected mode that is a silent sign-in at the provider (the tokens
    /// were in memory only); on its way back (`/auth/callback`) the
    /// callback page completes it.
    pub async fn restore(self, config: &Config) {
        let now = js_sys::Date::now();
        let alive = storage::read_deadline().is_some_and(|d| d > now);
        let marker = storage::read_marker(now).filter(|_| alive);
        if self.backend == Backend::OpenIdConnect {
            let location = web_sys::window().map(|w| w.location());
            let path = location
                .as_ref()
                .and_then(|l| l.pathname().ok())
                .unwrap_or_default();
            if path == "/auth/callback" {
                return;
            }
            let here = path + &location.and_then(|l| l.search().ok()).unwrap_or_default();
            if marker.is_some() {
                self.status.set(Status::Redirecting);
                if oidc::begin(config, true, &here).await.is_ok() {
                    return;
                }
            }
            storage::remove(storage::MARKER_KEY);
            self.status.set(Status::SignedOut(None));
            return;
        }
        let Some(marker) = marker else {
            storage::remove(storage::MARKER_KEY);
            self.status.set(Status::SignedOut(None));
            return;
        };
        let restored = self
            .start_demo(&marker.persona, config, false)
            .await
            .is_ok();
        if !restored {
            storage::remove(storage::MARKER_KEY);
            self.status.set(Status::SignedOut(None));
        }
    }

    /// Ends the session here and in every other tab: drops the client and
    /// every record with it, and clears the shared markers. In connected
    /// mode the provider's session ends too before the portal says "signed
    /// out": this tab goes to the provider's end-session page (a person who
    /// pressed "Uitloggen" did so here; an idle or expired session ends in
    /// every tab at once, and one of them goes), which sends it back to the
    /// signed-out page; a tab that does not go waits for that.
    pub fn sign_out(self, reason: SignOutReason) {
        if !self.is_signed_in_untracked() {
            return;
        }
        let now = js_sys::Date::now();
        write_sign_out_note(reason, now);
        storage::remove(storage::MARKER_KEY);
        storage::remove(storage::DEADLINE_KEY);
        let Some(url) = self.end_here(reason) else {
            return;
        };
        self.status.set(Status::SigningOut(reason));
        if reason == SignOutReason::User {
            oidc::go_to(&url);
        } else {
            oidc::end_provider_session(url);
        }
        self.await_provider(reason, now);
    }

    /// Ends the session in this tab: records and client dropped, tokens
    /// forgotten. Gives the provider's end-session address when its session
    /// is still to be ended; otherwise the session is over (demo mode), or
    /// the provider offers no way to end it, which the signed-out page then
    /// says.
    fn end_here(self, reason: SignOutReason) -> Option<String> {
        self.backend.forget_writes();
        self.end_client();
        let connected = oidc::is_signed_in();
        let url = oidc::forget(reason.as_str());
        if url.is_none() {
            self.provider_open.set(connected);
            self.status.set(Status::SignedOut(Some(reason)));
        }
        url
    }

    /// Waits until the provider confirmed the sign-out started at `since`
    /// (the tab that went there notes it when it comes back), then shows
    /// the signed-out page. If no confirmation comes in time, the page says
    /// plainly that the provider's session may still be open. (A person who
    /// signs in before then is asked for the password all the same: every
    /// interactive sign-in asks the provider for a fresh login.)
    fn await_provider(self, reason: SignOutReason, since: f64) {
        use std::cell::RefCell;
        use std::rc::Rc;
        type Watch = (Option<IntervalHandle>, Option<WindowListenerHandle>);
        let watch: Rc<RefCell<Watch>> = Rc::new(RefCell::new((None, None)));
        let check = {
            let watch = watch.clone();
            move || {
                let waiting = matches!(self.status.get_untracked(), Status::SigningOut(_));
                let confirmed = storage::get(storage::PROVIDER_ENDED_KEY)
                    .and_then(|t| t.trim().parse::<i64>().ok())
                    .is_some_and(|t| t as f64 >= since);
                let late = js_sys::Date::now() - since >= PROVIDER_WAIT_MS;
                if waiting && !confirmed && !late {
                    return;
                }
                let (interval, listener) = std::mem::take(&mut *watch.borrow_mut());
                if let Some(i) = interval {
                    i.clear();
                }
                if let Some(l) = listener {
                    l.remove();
                }
                if waiting {
                    self.provider_open.set(!confirmed);
                    self.status.set(Status::SignedOut(Some(reason)));
                }
            }
        };
        // The tab that comes back from the provider writes the note: other
        // tabs hear it as a storage event (timers may be throttled or
        // paused); the interval is for the time limit.
        let listener = {
            let check = check.clone();
            window_event_listener(leptos::ev::storage, move |_| check())
        };
        let interval = set_interval_with_handle(check, std::time::Duration::from_millis(250)).ok();
        *watch.borrow_mut() = (interval, Some(listener));
    }

    /// The connected sign-in did not complete: nobody is signed in.
    pub fn sign_in_failed(self) {
        storage::remove(storage::MARKER_KEY);
        self.status.set(Status::SignedOut(None));
    }

    /// The signed-out page has told why: from now on a patient URL (say,
    /// through Back) leads to sign-in, not to that page again.
    pub fn acknowledge_sign_out(self) {
        if matches!(self.status.get_untracked(), Status::SignedOut(Some(_))) {
            self.status.set(Status::SignedOut(None));
        }
    }

    /// Another tab signed out: follow it, with the reason it left (and in
    /// connected mode wait for that tab's trip to the provider).
    pub fn signed_out_elsewhere(self) {
        if !self.is_signed_in_untracked() {
            return;
        }
        let (reason, since) = read_sign_out_note();
        let reason = reason.unwrap_or(SignOutReason::User);
        let since = since.unwrap_or_else(js_sys::Date::now);
        if self.end_here(reason).is_some() {
            self.status.set(Status::SigningOut(reason));
            self.await_provider(reason, since);
        }
    }

    /// Abandons the session's requests under way: an answer that comes
    /// after signing out is dropped unread, whatever page asked for it.
    fn end_client(self) {
        if let Status::SignedIn(signed) = self.status.get_untracked() {
            signed.client.end();
        }
    }
}

/// Notes for other tabs (and the signed-out page) why and when the session
/// ended: `reason:ms` under [`storage::SIGNED_OUT_KEY`].
fn write_sign_out_note(reason: SignOutReason, at: f64) {
    storage::set(
        storage::SIGNED_OUT_KEY,
        &format!("{}:{}", reason.as_str(), at as i64),
    );
}

/// The last sign-out note: why, and when (ms since the epoch), each if
/// readable.
pub fn read_sign_out_note() -> (Option<SignOutReason>, Option<f64>) {
    let note = storage::get(storage::SIGNED_OUT_KEY).unwrap_or_default();
    let mut parts = note.split(':');
    let reason = parts.next().and_then(SignOutReason::parse);
    let at = parts
        .next()
        .and_then(|t| t.parse::<i64>().ok())
        .map(|t| t as f64);
    (reason, at)
}

/// How long a tab waits for the identity provider to confirm a sign-out
/// before it says that the provider's session may still be open.
const PROVIDER_WAIT_MS: f64 = 15_000.0;

/// The provider-session marker's name in connected mode (no persona).
const CONNECTED_MARKER: &str = "connected";

/// How long a demo provider session lasts, whatever the activity (as a
/// DigiD session would, it ends eventually).
const PROVIDER_SESSION_MS: f64 = 12.0 * 60.0 * 60.0 * 1000.0;

/// Today in the browser's time zone.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The session context.
pub fn use_session() -> Session {
    use_context::<Session>().expect("Session context: provide it in app.rs") // ok: programming error
}

/// The configuration context.
pub fn use_config() -> Arc<Config> {
    use_context::<Arc<Config>>().expect("Config context: provide it in app.rs") // ok: programming error
}
