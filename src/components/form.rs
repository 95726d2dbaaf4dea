//! Form parts shared by every page where people write: labelled fields
//! with their error in words, the notice above every message form, and a
//! send that cannot go twice and keeps the text when it fails.

use crate::components::error_message::ErrorMessage;
use crate::components::notice::{Notice, NoticeKind};
use crate::fhir::FhirError;
use crate::i18n::{Key, use_i18n};
use crate::session::use_config;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::sync::Arc;

/// What kind of input a field is.
#[derive(Clone)]
pub enum Input {
    /// One line of text.
    Line,
    /// Several lines.
    Lines,
    /// A whole number of at least 0.
    Count,
    /// A choice among (value, text as written) options.
    Choice(Vec<(String, String)>),
}

/// A labelled input. The error, when set, is said under the label and
/// named by `aria-describedby`; a required field says so in its label.
#[component]
pub fn Field(
    /// Element id (unique on the page).
    id: &'static str,
    /// The label.
    label: Key,
    /// The kind of input.
    input: Input,
    /// The value.
    value: RwSignal<String>,
    /// Required.
    #[prop(optional)]
    required: bool,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<Key>,
    /// The error to show, if any.
    #[prop(optional, into)]
    error: Signal<Option<Key>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        let has_hint = hint.is_some();
        move || {
            let mut ids = Vec::new();
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            if has_hint {
                ids.push(hint_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    let on_input = move |ev: leptos::ev::Event| value.set(event_target_value(&ev));
    let control = match input {
        Input::Line => view! {
            <input id=id class="utrecht-textbox" type="text" prop:value=move || value.get()
                on:input=on_input required=required aria-required=required.then_some("true")
                aria-invalid=invalid aria-describedby=described.clone()/>
        }
        .into_any(),
        Input::Count => view! {
            <input id=id class="utrecht-textbox utrecht-textbox--count" type="text" inputmode="numeric"
                prop:value=move || value.get() on:input=on_input required=required
                aria-required=required.then_some("true") aria-invalid=invalid aria-describedby=described.clone()/>
        }
        .into_any(),
        Input::Lines => view! {
            <textarea id=id class="utrecht-textarea" rows="8" prop:value=move || value.get()
                on:input=on_input required=required aria-required=required.then_some("true")
                aria-invalid=invalid aria-describedby=described.clone()></textarea>
        }
        .into_any(),
        Input::Choice(options) => {
            let options = options
                .into_iter()
                .map(|(v, text)| {
                    let selected = v.clone();
                    view! { <option value=v selected=move || value.get() == selected>{text}</option> }
                })
                .collect_view();
            view! {
                <select id=id class="utrecht-select utrecht-select--html-select" on:change=on_input
                    required=required aria-required=required.then_some("true")
                    aria-invalid=invalid aria-describedby=described.clone()>
                    <option value="" selected=move || value.get().is_empty()>{i18n.text(Key::FormChoose)}</option>
                    {options}
                </select>
            }
            .into_any()
        }
    };
    view! {
        <div class="utrecht-form-field form-field" class:form-field--invalid=move || error.get().is_some()>
            <label class="utrecht-form-label" for=id>
                {i18n.text(label)}
                {required.then(|| view! { " " <span class="form-field__required">{i18n.text(Key::FormRequired)}</span> })}
            </label>
            {hint.map(|h| view! { <p class="form-field__hint" id=hint_id>{i18n.text(h)}</p> })}
            {move || error.get().map(|e| view! {
                <p class="form-field__error" id=error_id.clone()>{i18n.text(e)}</p>
            })}
            {control}
        </div>
    }
}

/// Above every form with free text (seed `003`, DESIGN §5): not for
/// urgent matters, and unsent text is lost after the idle time. The
/// questionnaire forms say it in their own words (`answers`).
#[component]
pub fn ComposeNotice(
    /// Worded for answers to a questionnaire or diary rather than a message.
    #[prop(optional)]
    answers: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let minutes = use_config().idle_timeout_minutes.to_string();
    let (urgent, idle, testid) = if answers {
        (
            Key::QuestionnaireUrgent,
            Key::QuestionnaireIdle,
            "questionnaire",
        )
    } else {
        (Key::ComposeUrgent, Key::ComposeIdle, "compose")
    };
    view! {
        <Notice kind=NoticeKind::Warning class="compose-notice">
            <p data-testid=format!("{testid}-urgent")><strong>{i18n.text(urgent)}</strong></p>
            <p data-testid=format!("{testid}-idle")>{i18n.live(Arc::new(move |i| i.tf(idle, &[("minutes", &minutes)])))}</p>
        </Notice>
    }
}

/// Where a send stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SendState {
    /// Being written.
    Editing,
    /// On its way; the button is off.
    Sending,
    /// It failed; the text is still there.
    Failed(FhirError),
    /// Stored by the server.
    Sent,
}

/// One send at a time: a second click or Enter while a send is on its way
/// does nothing.
#[derive(Clone, Copy)]
pub struct Sender {
    /// The state, for the view.
    pub state: RwSignal<SendState>,
}

impl Sender {
    /// A form that has not been sent.
    pub fn new() -> Self {
        Self {
            state: RwSignal::new(SendState::Editing),
        }
    }

    /// Whether a send is on its way (tracked).
    pub fn busy(self) -> bool {
        self.state.get() == SendState::Sending
    }

    /// Runs `work` unless a send is on its way; its result sets the state.
    /// The send runs on a task of its own, not tied to the page: leaving
    /// the page or switching patient does not abort it (only reads follow
    /// the page, `components::loader`), so what was sent is stored.
    pub fn run<Fut>(self, work: Fut)
    where
        Fut: Future<Output = Result<(), FhirError>> + 'static,
    {
        if self.state.get_untracked() == SendState::Sending {
            return;
        }
        self.state.set(SendState::Sending);
        spawn_local(async move {
            let outcome = work.await;
            self.state.set(match outcome {
                Ok(()) => SendState::Sent,
                Err(e) => SendState::Failed(e),
            });
        });
    }
}

impl Default for Sender {
    fn default() -> Self {
        Self::new()
    }
}

/// The form's submit handler and its retry, both running `submit`.
pub fn submit_handlers<F>(submit: F) -> (impl Fn(leptos::ev::SubmitEvent) + 'static, Callback<()>)
where
    F: Fn() + Clone + std::marker::Send + Sync + 'static,
{
    let on_retry = submit.clone();
    (
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            submit();
        },
        Callback::new(move |_| on_retry()),
    )
}

/// The send status and the row with the submit button (off while a send
/// is on its way), and any further buttons or links.
#[component]
pub fn SubmitRow(
    /// The send.
    send: Sender,
    /// Sends again after a failure.
    retry: Callback<()>,
    /// The button's text.
    label: Key,
    /// More in the row.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <SendStatus send=send retry=retry/>
        <div class="button-row">
            <button type="submit" class="utrecht-button utrecht-button--primary-action"
                disabled=move || send.busy() aria-disabled=move || send.busy().then_some("true")>
                {i18n.text(label)}
            </button>
            {children.map(|c| c())}
        </div>
    }
}

/// "Sending…" while on its way; after a failure the error, that the text
/// is kept, and "Try again" (`retry`).
#[component]
pub fn SendStatus(
    /// The send.
    send: Sender,
    /// Sends again.
    retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="send-status" role="status" aria-live="polite">
            {move || (send.state.get() == SendState::Sending).then(|| view! { <p>{i18n.text(Key::SendBusy)}</p> })}
        </div>
        {move || match send.state.get() {
            SendState::Failed(error) => view! {
                <div class="send-failed" data-testid="send-failed">
                    <ErrorMessage error=error on_retry=retry/>
                    <p>{i18n.text(Key::SendKept)}</p>
                </div>
            }
            .into_any(),
            _ => ().into_any(),
        }}
    }
}
