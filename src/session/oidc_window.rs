//! Signing in through a DigiD window of its own, for a browser that keeps
//! no data for the portal (site data blocked: `sessionStorage` throws).
//!
//! The usual sign-in leaves the portal for the provider and comes back in
//! a new page, so the state and PKCE verifier must wait in `sessionStorage`
//! meanwhile. Without storage, this tab stays where it is and keeps them in
//! memory; the provider runs in a window opened by the click, which comes
//! back to `/auth/callback` and hands the answer (state and code, or an
//! error) to this tab over a `BroadcastChannel` of the portal's own origin.
//! Only this tab holds the verifier, so the code is worth nothing to
//! anyone else; a message whose state is not this sign-in's is ignored.

use super::oidc::{self, Endpoints, Pending, Tokens};
use crate::config::Config;
use crate::fhir::FhirError;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The channel the DigiD window answers on.
const CHANNEL: &str = "portal.oidc";

/// What the provider sent back to the window.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// Must equal the sign-in's state.
    pub state: String,
    /// The code, when the person signed in.
    pub code: Option<String>,
    /// The provider's error, when not.
    pub error: Option<String>,
}

impl Answer {
    fn to_json(&self) -> String {
        serde_json::json!({"state": self.state, "code": self.code, "error": self.error}).to_string()
    }

    /// Reads a message; anything else than an answer is `None`.
    pub fn from_json(text: &str) -> Option<Self> {
        let v: Value = serde_json::from_str(text).ok()?;
        let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        Some(Answer {
            state: text("state")?,
            code: text("code"),
            error: text("error"),
        })
    }
}

/// Why the sign-in through a window did not succeed.
#[derive(Debug, PartialEq)]
pub enum WindowError {
    /// The provider could not be reached (or lacks what is needed).
    Unavailable(FhirError),
    /// The provider refused, or the code could not be exchanged.
    Refused,
}

/// Opens the window for DigiD. Must run in the click that asked for it:
/// browsers open windows only then. `None` when the browser refused
/// (pop-ups blocked).
pub fn open() -> Option<web_sys::Window> {
    web_sys::window()?
        .open_with_url_and_target_and_features("", "portal-digid", "popup=yes,width=560,height=760")
        .ok()
        .flatten()
}

/// Sends `popup` to the provider and waits until it hands back the code,
/// then exchanges it: the endpoints and tokens of the new session.
pub async fn sign_in(
    config: &Config,
    popup: &web_sys::Window,
) -> Result<(Endpoints, Tokens), WindowError> {
    let request = oidc::prepare(config, false, "/")
        .await
        .map_err(WindowError::Unavailable)?;
    let channel = web_sys::BroadcastChannel::new(CHANNEL)
        .map_err(|_| WindowError::Unavailable(FhirError::Network("BroadcastChannel".into())))?;
    let answer = wait_for(&channel, &request.pending, || {
        popup.location().set_href(&request.url).is_ok()
    })
    .await;
    channel.close();
    let answer = answer?;
    let code = match (answer.code, answer.error) {
        (Some(code), None) => code,
        _ => return Err(WindowError::Refused),
    };
    let tokens = oidc::exchange(&request.endpoints, config, &code, &request.pending.verifier)
        .await
        .map_err(|_| WindowError::Refused)?;
    Ok((request.endpoints, tokens))
}

/// Listens on `channel` (before `go` sends the window on its way) until an
/// answer with this sign-in's state comes.
async fn wait_for(
    channel: &web_sys::BroadcastChannel,
    pending: &Pending,
    go: impl FnOnce() -> bool,
) -> Result<Answer, WindowError> {
    let state = pending.state.clone();
    let mut listener: Option<Closure<dyn FnMut(web_sys::MessageEvent)>> = None;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let state = state.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let answer = event.data().as_string().and_then(|t| Answer::from_json(&t));
                if let Some(answer) = answer.filter(|a| a.state == state) {
                    let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &answer.to_json().into());
                }
            },
        );
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        listener = Some(on_message);
    });
    if !go() {
        channel.set_onmessage(None);
        return Err(WindowError::Unavailable(FhirError::Network(
            "cannot open the sign-in page".into(),
        )));
    }
    let answered = wasm_bindgen_futures::JsFuture::from(promise).await;
    channel.set_onmessage(None);
    drop(listener);
    answered
        .ok()
        .and_then(|v| v.as_string())
        .and_then(|t| Answer::from_json(&t))
        .ok_or(WindowError::Refused)
}

/// In the window the provider sent back to `/auth/callback`, when this
/// browser keeps nothing: hands the answer to the portal tab that waits
/// for it, and closes the window. `false` when there is no answer to hand.
pub fn hand_back(state: Option<String>, code: Option<String>, error: Option<String>) -> bool {
    let Some(state) = state else {
        return false;
    };
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return false;
    };
    let sent = channel
        .post_message(&Answer { state, code, error }.to_json().into())
        .is_ok();
    channel.close();
    if sent && let Some(w) = web_sys::window() {
        let _ = w.close();
    }
    sent
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_reads_back_and_other_messages_are_not_answers() {
        let answer = Answer {
            state: "s1".into(),
            code: Some("c".into()),
            error: None,
        };
        assert_eq!(Answer::from_json(&answer.to_json()), Some(answer));
        assert_eq!(Answer::from_json(r#"{"code":"c"}"#), None);
        assert_eq!(Answer::from_json("not json"), None);
        assert_eq!(
            Answer::from_json(r#"{"state":"s","error":"access_denied"}"#),
            Some(Answer {
                state: "s".into(),
                code: None,
                error: Some("access_denied".into())
            })
        );
    }
}
