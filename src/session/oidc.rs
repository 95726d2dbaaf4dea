//! OpenID Connect sign-in for connected mode (DESIGN §2, §4): the
//! authorization code flow with PKCE (S256) against the configured issuer,
//! tokens kept in memory only, refreshed before they expire, and the
//! provider's session ended at sign-out.
//!
//! What crosses the redirect to the provider and back is in this tab's
//! `sessionStorage` (`portal.oidc.pending`): the state, the PKCE verifier
//! and the page to return to — no tokens, nothing medical. After a reload
//! the tokens are gone; the session continues through a silent sign-in
//! (`prompt=none`) against the provider's own session.

use crate::config::Config;
use crate::fhir::FhirError;
use crate::fhir::http::HttpTransport;
use crate::fhir::search::encode;
use serde_json::Value;
use std::cell::RefCell;
use std::sync::Arc;

const PENDING_KEY: &str = "portal.oidc.pending";

/// The provider's endpoints (from its discovery document).
#[derive(Clone, Debug, PartialEq)]
pub struct Endpoints {
    /// Where people sign in.
    pub authorization: String,
    /// Where codes and refresh tokens become tokens.
    pub token: String,
    /// Who is signed in.
    pub userinfo: String,
    /// Where the provider's session ends.
    pub end_session: Option<String>,
}

impl Endpoints {
    /// Reads a discovery document.
    pub fn from_discovery(doc: &Value) -> Result<Self, FhirError> {
        let text = |k: &str| doc.get(k).and_then(Value::as_str).map(str::to_string);
        let need =
            |k: &str| text(k).ok_or_else(|| FhirError::Malformed(format!("discovery: no {k}")));
        Ok(Endpoints {
            authorization: need("authorization_endpoint")?,
            token: need("token_endpoint")?,
            userinfo: need("userinfo_endpoint")?,
            end_session: text("end_session_endpoint"),
        })
    }
}

/// Tokens from the token endpoint.
#[derive(Clone, Debug, PartialEq)]
pub struct Tokens {
    /// Sent with every FHIR request.
    pub access: String,
    /// Gets new tokens before these expire.
    pub refresh: Option<String>,
    /// Names the session at sign-out.
    pub id: Option<String>,
    /// Seconds the access token lasts.
    pub expires_in: u32,
}

impl Tokens {
    /// Reads a token response.
    pub fn from_response(v: &Value) -> Result<Self, FhirError> {
        let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        Ok(Tokens {
            access: text("access_token")
                .ok_or_else(|| FhirError::Malformed("token response: no access_token".into()))?,
            refresh: text("refresh_token"),
            id: text("id_token"),
            expires_in: v
                .get("expires_in")
                .and_then(Value::as_u64)
                .map_or(300, |s| s.min(86_400) as u32),
        })
    }
}

/// What waits in this tab while the person is at the provider.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    /// Must come back unchanged.
    pub state: String,
    /// The PKCE verifier.
    pub verifier: String,
    /// The portal page to land on.
    pub return_to: String,
    /// A silent sign-in (after a reload): failure means "sign in again".
    pub silent: bool,
}

impl Pending {
    fn to_json(&self) -> String {
        serde_json::json!({"state": self.state, "verifier": self.verifier,
            "return_to": self.return_to, "silent": self.silent})
        .to_string()
    }

    fn from_json(text: &str) -> Option<Self> {
        let v: Value = serde_json::from_str(text).ok()?;
        let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        Some(Pending {
            state: text("state")?,
            verifier: text("verifier")?,
            return_to: text("return_to").unwrap_or_else(|| "/".into()),
            silent: v.get("silent").and_then(Value::as_bool).unwrap_or(false),
        })
    }
}

/// Unpadded base64url (RFC 4648 §5), as PKCE and `state` use it.
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// The authorization request's address.
pub fn authorize_url(
    endpoints: &Endpoints,
    config: &Config,
    redirect_uri: &str,
    pending: &Pending,
    challenge: &str,
) -> String {
    let mut url = format!(
        "{}?response_type=code&client_id={}&redirect_uri={}&scope={}&state={}&code_challenge={}&code_challenge_method=S256",
        endpoints.authorization,
        encode(&config.fhir.client_id),
        encode(redirect_uri),
        encode(&config.fhir.scopes),
        encode(&pending.state),
        encode(challenge),
    );
    // A silent sign-in continues the provider's session without a page; an
    // interactive one always asks for the password and the SMS code again
    // (OpenID Connect Core §3.1.2.1), even when the provider's session is
    // still open: whoever presses "Inloggen" on a shared computer after a
    // sign-out that the provider did not finish must not land in the
    // previous person's record.
    url.push_str(if pending.silent {
        "&prompt=none"
    } else {
        "&prompt=login"
    });
    url
}

fn window() -> Result<web_sys::Window, FhirError> {
    web_sys::window().ok_or_else(|| FhirError::Network("no window".into()))
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Whether a connected session's tokens are held (signed in through the
/// provider in this tab).
pub fn is_signed_in() -> bool {
    LIVE.with(|l| l.borrow().is_some())
}

fn random(bytes: usize) -> Result<String, FhirError> {
    let mut buf = vec![0u8; bytes];
    window()?
        .crypto()
        .and_then(|c| c.get_random_values_with_u8_array(&mut buf))
        .map_err(|_| FhirError::Network("no secure random numbers".into()))?;
    Ok(base64url(&buf))
}

async fn sha256(text: &str) -> Result<Vec<u8>, FhirError> {
    let fail = |_| FhirError::Network("no SHA-256 (the portal needs https or localhost)".into());
    let subtle = window()?.crypto().map_err(fail)?.subtle();
    let promise = subtle
        .digest_with_str_and_u8_array("SHA-256", text.as_bytes())
        .map_err(fail)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(fail)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The portal's own origin ("http://127.0.0.1:8080").
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Where the provider sends people back.
pub fn redirect_uri() -> String {
    format!("{}/auth/callback", origin())
}

async fn get_json(url: &str) -> Result<Value, FhirError> {
    let text = crate::static_files::get_text(url).await?;
    serde_json::from_str(&text).map_err(|e| FhirError::Malformed(e.to_string()))
}

/// The provider's endpoints for `config`.
pub async fn discover(config: &Config) -> Result<Endpoints, FhirError> {
    let issuer = config.fhir.issuer.trim_end_matches('/');
    Endpoints::from_discovery(
        &get_json(&format!("{issuer}/.well-known/openid-configuration")).await?,
    )
}

/// Why a sign-in could not start.
#[derive(Debug, PartialEq)]
pub enum BeginError {
    /// The provider could not be reached, or the browser lacks what the
    /// sign-in needs (secure random numbers, SHA-256).
    Unavailable(FhirError),
    /// The browser refused to keep the sign-in's state for the way back
    /// (site data blocked): going to the provider would be in vain.
    NoStorage,
}

impl From<FhirError> for BeginError {
    fn from(e: FhirError) -> Self {
        BeginError::Unavailable(e)
    }
}

/// A sign-in request ready to go: what must be kept for the way back, and
/// the provider's address with it.
pub struct Request {
    /// The state and verifier (kept until the code comes back).
    pub pending: Pending,
    /// The provider's endpoints.
    pub endpoints: Endpoints,
    /// The authorization request's address.
    pub url: String,
}

/// Prepares a sign-in (or, `silent`, the continuation of the provider's
/// session after a reload) that comes back to `return_to`.
pub async fn prepare(config: &Config, silent: bool, return_to: &str) -> Result<Request, FhirError> {
    let endpoints = discover(config).await?;
    let pending = Pending {
        state: random(16)?,
        verifier: random(32)?,
        return_to: return_to.to_string(),
        silent,
    };
    let challenge = base64url(&sha256(&pending.verifier).await?);
    let url = authorize_url(&endpoints, config, &redirect_uri(), &pending, &challenge);
    Ok(Request {
        pending,
        endpoints,
        url,
    })
}

/// Whether this tab can keep a sign-in's state across the trip to the
/// provider (`sessionStorage` works). Without it, an interactive sign-in
/// goes through a window of its own ([`super::oidc_window`]).
pub fn can_keep_pending() -> bool {
    const PROBE: &str = "portal.oidc.probe";
    session_storage().is_some_and(|s| {
        let kept = s.set_item(PROBE, "1").is_ok()
            && s.get_item(PROBE).ok().flatten().as_deref() == Some("1");
        let _ = s.remove_item(PROBE);
        kept
    })
}

/// Goes to the provider to sign in (or, `silent`, to continue its session
/// after a reload), coming back to `return_to`. The state and verifier
/// must be kept for the way back: when the browser refuses that, the
/// person stays here and is told why.
pub async fn begin(config: &Config, silent: bool, return_to: &str) -> Result<(), BeginError> {
    let request = prepare(config, silent, return_to).await?;
    let text = request.pending.to_json();
    let kept = session_storage().is_some_and(|s| {
        s.set_item(PENDING_KEY, &text).is_ok()
            && s.get_item(PENDING_KEY).ok().flatten().as_deref() == Some(text.as_str())
    });
    if !kept {
        return Err(BeginError::NoStorage);
    }
    window()?.location().assign(&request.url).map_err(|_| {
        BeginError::Unavailable(FhirError::Network("cannot open the sign-in page".into()))
    })
}

/// Takes the pending sign-in of this tab (once).
pub fn take_pending() -> Option<Pending> {
    let storage = session_storage()?;
    let text = storage.get_item(PENDING_KEY).ok().flatten()?;
    let _ = storage.remove_item(PENDING_KEY);
    Pending::from_json(&text)
}

async fn post_form(url: &str, form: &[(&str, &str)]) -> Result<Value, FhirError> {
    let body = form
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let response = gloo_net::http::Request::post(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .body(body)
        .map_err(|e| FhirError::Network(e.to_string()))?
        .send()
        .await
        .map_err(|e| FhirError::Network(e.to_string()))?;
    let status = response.status();
    let text = response
        .text()
        .await
        .map_err(|e| FhirError::Network(e.to_string()))?;
    match status {
        200..=299 => serde_json::from_str(&text).map_err(|e| FhirError::Malformed(e.to_string())),
        400 | 401 => Err(FhirError::Unauthorized),
        s => Err(FhirError::Server(s)),
    }
}

/// Exchanges the code the provider sent back for tokens.
pub async fn exchange(
    endpoints: &Endpoints,
    config: &Config,
    code: &str,
    verifier: &str,
) -> Result<Tokens, FhirError> {
    let redirect = redirect_uri();
    let answer = post_form(
        &endpoints.token,
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", &redirect),
            ("client_id", &config.fhir.client_id),
            ("code_verifier", verifier),
        ],
    )
    .await?;
    Tokens::from_response(&answer)
}

/// Who signed in: the userinfo claims.
pub async fn userinfo(endpoints: &Endpoints, access: &str) -> Result<Value, FhirError> {
    let response = gloo_net::http::Request::get(&endpoints.userinfo)
        .header("Authorization", &format!("Bearer {access}"))
        .send()
        .await
        .map_err(|e| FhirError::Network(e.to_string()))?;
    if response.status() == 401 {
        return Err(FhirError::Unauthorized);
    }
    let text = response
        .text()
        .await
        .map_err(|e| FhirError::Network(e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| FhirError::Malformed(e.to_string()))
}

/// `fhirUser` ("Patient/emma", or a full URL ending in it) as type and id.
pub fn fhir_user(claims: &Value) -> Option<(String, String)> {
    let text = claims.get("fhirUser")?.as_str()?;
    let mut parts = text.trim_end_matches('/').rsplit('/');
    let id = parts.next()?.to_string();
    let kind = parts.next()?.to_string();
    (matches!(kind.as_str(), "Patient" | "RelatedPerson") && !id.is_empty()).then_some((kind, id))
}

/// The signed-in session's tokens, in memory only.
struct Live {
    endpoints: Endpoints,
    client_id: String,
    transport: Arc<HttpTransport>,
    refresh: Option<String>,
    id_token: Option<String>,
    generation: u32,
}

thread_local! {
    static LIVE: RefCell<Option<Live>> = const { RefCell::new(None) };
}

/// Keeps the tokens of a new session and refreshes them before they expire.
pub fn keep(endpoints: Endpoints, config: &Config, transport: Arc<HttpTransport>, tokens: &Tokens) {
    let generation = LIVE.with(|l| l.borrow().as_ref().map_or(0, |l| l.generation + 1));
    transport.set_token(Some(tokens.access.clone()));
    LIVE.with(|l| {
        *l.borrow_mut() = Some(Live {
            endpoints,
            client_id: config.fhir.client_id.clone(),
            transport,
            refresh: tokens.refresh.clone(),
            id_token: tokens.id.clone(),
            generation,
        })
    });
    schedule_refresh(tokens.expires_in, generation);
}

/// Refreshes a minute before expiry (or at half the lifetime when that is
/// shorter). A failed refresh leaves the token to expire: the next request
/// answers 401, [`renew`] tries once more, and otherwise the session ends in
/// one place.
fn schedule_refresh(expires_in: u32, generation: u32) {
    let lead = 60.min(expires_in / 2);
    let wait = std::time::Duration::from_secs(u64::from(expires_in - lead));
    leptos::prelude::set_timeout(
        move || {
            leptos::task::spawn_local(async move {
                let _ = refresh(Some(generation)).await;
            });
        },
        wait,
    );
}

/// A new access token now, through the refresh token (after a 401: a timer
/// that ran late, say after a laptop slept). `true` when one is in place.
pub async fn renew() -> bool {
    refresh(None).await
}

thread_local! {
    /// The refresh under way, if any: several requests answered 401 at once
    /// wait for one refresh, as the provider takes each refresh token once
    /// (rotation) and may end the whole grant when one is used twice.
    static REFRESHING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// Refreshes, or joins the refresh under way.
async fn refresh(generation: Option<u32>) -> bool {
    let running = REFRESHING.with(|r| r.borrow().clone());
    let promise = running.unwrap_or_else(|| {
        let promise = wasm_bindgen_futures::future_to_promise(async move {
            let done = refresh_once(generation).await;
            REFRESHING.with(|r| *r.borrow_mut() = None);
            Ok(wasm_bindgen::JsValue::from_bool(done))
        });
        REFRESHING.with(|r| *r.borrow_mut() = Some(promise.clone()));
        promise
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Exchanges the refresh token of the session (`generation`, or the current
/// one) for new tokens and schedules the next refresh.
async fn refresh_once(generation: Option<u32>) -> bool {
    let current = LIVE.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|l| generation.is_none_or(|g| l.generation == g))
            .and_then(|l| {
                Some((
                    l.generation,
                    l.endpoints.token.clone(),
                    l.client_id.clone(),
                    l.refresh.clone()?,
                ))
            })
    });
    let Some((generation, token_url, client_id, refresh)) = current else {
        return false;
    };
    let answer = post_form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", &refresh),
            ("client_id", &client_id),
        ],
    )
    .await;
    let Ok(tokens) = answer.and_then(|a| Tokens::from_response(&a)) else {
        return false;
    };
    let still = LIVE.with(|l| {
        let mut l = l.borrow_mut();
        let Some(live) = l.as_mut().filter(|l| l.generation == generation) else {
            return false;
        };
        // A newer generation for each refresh: the timer of the one before
        // (if a renewal came first) finds it gone and does nothing.
        live.generation += 1;
        live.transport.set_token(Some(tokens.access.clone()));
        live.refresh = tokens.refresh.clone().or(live.refresh.take());
        if tokens.id.is_some() {
            live.id_token = tokens.id.clone();
        }
        true
    });
    if still {
        schedule_refresh(tokens.expires_in, generation + 1);
    }
    still
}

/// Drops the tokens (sign-out) and gives the address that ends the
/// provider's session, coming back to the signed-out page with `reason` as
/// the logout `state` (OpenID Connect RP-Initiated Logout 1.0 §2 and §3:
/// the provider hands it back unchanged; the redirect address itself must
/// match the registration exactly, so it cannot carry the reason).
pub fn forget(reason: &str) -> Option<String> {
    let live = LIVE.with(|l| l.borrow_mut().take())?;
    live.transport.set_token(None);
    let end = live.endpoints.end_session?;
    let mut url = format!(
        "{end}?client_id={}&post_logout_redirect_uri={}&state={}",
        encode(&live.client_id),
        encode(&format!("{}/uitgelogd", origin())),
        encode(reason)
    );
    if let Some(id) = live.id_token {
        url.push_str(&format!("&id_token_hint={}", encode(&id)));
    }
    Some(url)
}

/// Leaves the portal for `url` (the provider's end-session page).
pub fn go_to(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(url);
    }
}

/// Sends this tab to the provider's end-session `url`, unless another tab
/// is doing so right now. Tabs signed out at the same moment (the shared idle
/// deadline passed in all of them) would each go through the provider, and
/// all but the first would land on its pages instead of the portal's
/// signed-out page. The tab that gets the Web Lock `portal-end-session`
/// goes and holds the lock until it has left the page (by then the others
/// have heard of the sign-out through storage); a tab that does not get it
/// stays on the portal's signed-out page, the provider session being ended
/// by the other. Without Web Locks (old browsers) every tab goes.
pub fn end_provider_session(url: String) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let go = {
        let url = url.clone();
        move || go_to(&url)
    };
    let navigator = js_sys::Reflect::get(&window, &"navigator".into()).ok();
    let locks = navigator
        .as_ref()
        .and_then(|n| js_sys::Reflect::get(n, &"locks".into()).ok());
    let request = locks
        .as_ref()
        .filter(|l| !l.is_undefined() && !l.is_null())
        .and_then(|l| js_sys::Reflect::get(l, &"request".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(locks), Some(request)) = (locks, request) else {
        go();
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"ifAvailable".into(), &true.into());
    let holder = Closure::once_into_js(move |lock: wasm_bindgen::JsValue| -> js_sys::Promise {
        if lock.is_null() {
            // Another tab is ending the provider session.
            return js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED);
        }
        go();
        // Never settles: the lock is released when this page is gone.
        js_sys::Promise::new(&mut |_resolve, _reject| {})
    });
    if request
        .call3(&locks, &"portal-end-session".into(), &options, &holder)
        .is_err()
    {
        go_to(&url);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn base64url_without_padding() {
        assert_eq!(base64url(b""), "");
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn the_authorization_request_asks_for_a_code_with_pkce() {
        let endpoints = Endpoints {
            authorization: "http://127.0.0.1:8787/oidc/auth".into(),
            token: "t".into(),
            userinfo: "u".into(),
            end_session: None,
        };
        let mut config = Config::parse("{}").unwrap();
        config.fhir.client_id = "patient-portal".into();
        config.fhir.scopes = "openid fhirUser".into();
        let mut pending = Pending {
            state: "s1".into(),
            verifier: "v".into(),
            return_to: "/p/emma".into(),
            silent: false,
        };
        let url = authorize_url(
            &endpoints,
            &config,
            "http://127.0.0.1:8080/auth/callback",
            &pending,
            "c1",
        );
        assert!(url.starts_with(
            "http://127.0.0.1:8787/oidc/auth?response_type=code&client_id=patient-portal"
        ));
        assert!(url.contains(&format!(
            "&redirect_uri={}&",
            encode("http://127.0.0.1:8080/auth/callback")
        )));
        assert!(url.contains("&scope=openid%20fhirUser&"));
        assert!(url.contains("&code_challenge=c1&code_challenge_method=S256"));
        // Signing in by hand always asks the provider for a fresh login.
        assert!(url.ends_with("&prompt=login"));
        pending.silent = true;
        let silent = authorize_url(&endpoints, &config, "r", &pending, "c");
        assert!(silent.ends_with("&prompt=none") && !silent.contains("prompt=login"));
        assert_eq!(Pending::from_json(&pending.to_json()), Some(pending));
    }

    #[test]
    fn token_responses_and_claims_are_read_without_trusting_them() {
        let t = Tokens::from_response(
            &json!({"access_token":"a","refresh_token":"r","id_token":"i","expires_in":120}),
        )
        .unwrap();
        assert_eq!((t.access.as_str(), t.expires_in), ("a", 120));
        assert!(Tokens::from_response(&json!({"error":"invalid_grant"})).is_err());
        assert_eq!(
            fhir_user(
                &json!({"fhirUser":"https://fhir.example/r4/RelatedPerson/auth-peter-willem"})
            ),
            Some(("RelatedPerson".into(), "auth-peter-willem".into()))
        );
        assert_eq!(
            fhir_user(&json!({"fhirUser":"Patient/sanne"})),
            Some(("Patient".into(), "sanne".into()))
        );
        assert_eq!(fhir_user(&json!({"fhirUser":"Practitioner/x"})), None);
        assert_eq!(fhir_user(&json!({})), None);
        assert!(Endpoints::from_discovery(&json!({"authorization_endpoint":"a"})).is_err());
    }
}
