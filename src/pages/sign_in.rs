//! Sign-in in the DigiD style (handbook §2.1): username and password, then
//! an SMS code. In demo mode the personas are listed and checked here; in
//! connected mode the identity provider does this (see the connected-mode
//! issue).

use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::config::Mode;
use crate::demo::personas::{self, DEMO_PASSWORD, DEMO_SMS_CODE, Persona, SignInError};
use crate::i18n::{Key, Lang, use_i18n};
use crate::layout::PublicFrame;
use crate::session::oidc::{self, BeginError};
use crate::session::oidc_window::{self, WindowError};
use crate::session::{use_config, use_session};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

#[derive(Clone, PartialEq)]
enum Step {
    Credentials,
    Code(Persona),
}

/// Only a patient path inside the portal may be returned to.
fn safe_return(path: Option<String>) -> Option<String> {
    path.filter(|p| p.starts_with("/p/") && !p.contains("//") && !p.contains('\\'))
}

/// The sign-in page (`/inloggen`).
#[component]
pub fn SignIn() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let demo = config.mode == Mode::Demo;
    // One list for the form and the table: the form waits for it when the
    // connection is slow instead of claiming sign-in is impossible.
    let personas = LocalResource::new(personas::load);
    view! {
        <PublicFrame>
            <PageHeading title=Key::SigninTitle/>
            <p class="lead">{i18n.text(Key::SigninIntro)}</p>
            <div class="signin-layout">
                <div class="signin-main">
                    {if demo { view! { <DemoSignIn personas=personas/> }.into_any() } else {
                        view! { <ConnectedSignIn/> }.into_any()
                    }}
                    {demo.then(|| view! { <Personas list=personas/> })}
                </div>
                <aside class="signin-help" aria-labelledby="signin-help-title">
                    <SignInHelp/>
                </aside>
            </div>
        </PublicFrame>
    }
}

/// Connected mode: one button to the identity provider (DigiD), which asks
/// for the password and the SMS code and sends the person back.
#[component]
fn ConnectedSignIn() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let query = use_query_map();
    let session = use_session();
    let navigate = use_navigate();
    let busy = RwSignal::new(false);
    let waiting = RwSignal::new(false);
    let failed = RwSignal::new(None::<Key>);
    let go = move |_| {
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        let config = config.clone();
        let back = safe_return(query.get_untracked().get("terug"));
        if !oidc::can_keep_pending() {
            // This browser keeps no data for the portal: DigiD in a window
            // of its own, opened in this click (named, so a second click
            // reuses it), while this page waits with what it must keep.
            let Some(popup) = oidc_window::open() else {
                failed.set(Some(Key::SigninConnectedNoStorage));
                return;
            };
            waiting.set(true);
            let navigate = navigate.clone();
            spawn_local(async move {
                let outcome = match oidc_window::sign_in(&config, &popup).await {
                    Ok((endpoints, tokens)) => session
                        .start_connected(&config, endpoints, tokens, true)
                        .await
                        .map_err(|_| Key::CallbackUnreachable),
                    Err(WindowError::Refused) => Err(Key::CallbackRefused),
                    Err(WindowError::Unavailable(_)) => Err(Key::SigninConnectedFailed),
                };
                waiting.set(false);
                match outcome {
                    Ok(()) => {
                        let landing = session.signed_in_untracked().and_then(|s| s.landing());
                        navigate(
                            &back.or(landing).unwrap_or_else(|| "/".into()),
                            Default::default(),
                        );
                    }
                    Err(key) => failed.set(Some(key)),
                }
            });
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let back = back.unwrap_or_else(|| "/".into());
            if let Err(e) = oidc::begin(&config, false, &back).await {
                busy.set(false);
                failed.set(Some(match e {
                    BeginError::NoStorage => Key::SigninConnectedNoStorage,
                    BeginError::Unavailable(_) => Key::SigninConnectedFailed,
                }));
            }
        });
    };
    view! {
        <p>{i18n.text(Key::SigninConnectedIntro)}</p>
        {move || failed.get().map(|key| view! {
            <Notice kind=NoticeKind::Error><p data-testid="signin-problem">{i18n.text(key)}</p></Notice>
        })}
        {move || waiting.get().then(|| view! {
            <p role="status" data-testid="signin-waiting">{i18n.text(Key::SigninWindowWaiting)}</p>
        })}
        <button type="button" class="utrecht-button utrecht-button--primary-action" data-testid="signin-digid"
            disabled=move || busy.get() on:click=go>
            {i18n.text(Key::SigninConnectedButton)}
        </button>
    }
}

type PersonaList = LocalResource<Result<Vec<Persona>, crate::fhir::FhirError>>;

#[component]
fn DemoSignIn(personas: PersonaList) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let config = StoredValue::new(use_config());
    let navigate = use_navigate();
    let query = use_query_map();
    let step = RwSignal::new(Step::Credentials);
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let error: RwSignal<Option<Key>> = RwSignal::new(None);
    let pending = RwSignal::new(false);
    let code_input = NodeRef::<leptos::html::Input>::new();

    // Someone already signed in (another tab, a reload) goes straight on.
    {
        let navigate = navigate.clone();
        Effect::new(move |_| {
            if let Some(signed) = session.signed_in() {
                let target =
                    safe_return(query.get_untracked().get("terug")).or_else(|| signed.landing());
                navigate(&target.unwrap_or_else(|| "/".into()), Default::default());
            }
        });
    }
    Effect::new(move |_| {
        if matches!(step.get(), Step::Code(_))
            && let Some(input) = code_input.get()
        {
            let _ = input.focus();
        }
    });

    let submit_credentials = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if username.get_untracked().trim().is_empty() || password.get_untracked().is_empty() {
            error.set(Some(Key::SigninMissing));
            return;
        }
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        spawn_local(async move {
            match personas.await {
                Ok(list) => {
                    match personas::check_password(
                        &list,
                        &username.get_untracked(),
                        &password.get_untracked(),
                    ) {
                        Ok(p) => {
                            error.set(None);
                            step.set(Step::Code(p.clone()));
                        }
                        Err(_) => error.set(Some(Key::SigninWrongCredentials)),
                    }
                }
                Err(_) => error.set(Some(Key::SigninUnavailable)),
            }
            pending.set(false);
        });
    };

    let submit_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let Step::Code(persona) = step.get_untracked() else {
            return;
        };
        if let Err(SignInError::WrongCode | SignInError::WrongCredentials) =
            personas::check_code(&code.get_untracked())
        {
            error.set(Some(Key::SigninWrongCode));
            return;
        }
        error.set(None);
        pending.set(true);
        let config = config.get_value();
        spawn_local(async move {
            if let Err(e) = session.start_demo(&persona, &config, true).await {
                error.set(Some(e.message()));
            }
            pending.set(false);
        });
    };

    let error_view = move || {
        error.get().map(|key| view! {
            <div id="signin-error" class="utrecht-alert utrecht-alert--error notice" role="alert">
                <p>{i18n.text(key)}</p>
            </div>
        })
    };
    let invalid = move || error.get().is_some().then_some("true");
    let described = move || error.get().map(|_| "signin-error");

    view! {
        <section class="digid-box" aria-labelledby="digid-title">
            <h2 id="digid-title" class="digid-box__title">
                <span class="digid-box__logo" aria-hidden="true">"DigiD"</span>
                {i18n.text(Key::SigninBoxTitle)}
            </h2>
            {error_view}
            {move || match step.get() {
                Step::Credentials => view! {
                    <form class="form" on:submit=submit_credentials novalidate>
                        <div class="utrecht-form-field utrecht-form-field--text">
                            <label class="utrecht-form-label" for="username">{i18n.text(Key::SigninUsername)}</label>
                            <input id="username" class="utrecht-textbox" type="text" autocomplete="username"
                                autocapitalize="none" spellcheck="false" bind:value=username
                                aria-invalid=invalid aria-describedby=described/>
                        </div>
                        <div class="utrecht-form-field utrecht-form-field--text">
                            <label class="utrecht-form-label" for="password">{i18n.text(Key::SigninPassword)}</label>
                            <input id="password" class="utrecht-textbox" type="password" autocomplete="current-password"
                                bind:value=password aria-invalid=invalid aria-describedby=described/>
                        </div>
                        <button type="submit" class="utrecht-button utrecht-button--primary-action"
                            disabled=move || pending.get() aria-disabled=move || pending.get().then_some("true")>
                            {i18n.text(Key::SigninNext)}
                        </button>
                    </form>
                }.into_any(),
                Step::Code(_) => view! {
                    <form class="form" on:submit=submit_code novalidate>
                        <p>{i18n.text(Key::SigninCodeSent)}</p>
                        <div class="utrecht-form-field utrecht-form-field--text">
                            <label class="utrecht-form-label" for="sms-code">{i18n.text(Key::SigninCode)}</label>
                            <input id="sms-code" node_ref=code_input class="utrecht-textbox utrecht-textbox--code" type="text"
                                inputmode="numeric" autocomplete="one-time-code" bind:value=code
                                aria-invalid=invalid aria-describedby=described/>
                        </div>
                        <div class="button-row">
                            <button type="submit" class="utrecht-button utrecht-button--primary-action"
                                disabled=move || pending.get() aria-disabled=move || pending.get().then_some("true")>
                                {move || if pending.get() { i18n.t(Key::SigninBusy) } else { i18n.t(Key::SigninSubmit) }}
                            </button>
                            <button type="button" class="utrecht-button utrecht-button--subtle"
                                on:click=move |_| { error.set(None); code.set(String::new()); step.set(Step::Credentials); }>
                                {i18n.text(Key::SigninBack)}
                            </button>
                        </div>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Personas(list: PersonaList) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="demo-personas" aria-labelledby="demo-title">
            <h2 id="demo-title">{i18n.text(Key::DemoTitle)}</h2>
            <p>{i18n.live(Arc::new(move |i| i.tf(Key::DemoText, &[("password", DEMO_PASSWORD), ("code", DEMO_SMS_CODE)])))}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => view! {
                            <table class="utrecht-table">
                                <caption class="utrecht-table__caption">{i18n.text(Key::DemoCaption)}</caption>
                                <thead class="utrecht-table__header">
                                    <tr class="utrecht-table__row">
                                        <th scope="col" class="utrecht-table__header-cell">{i18n.text(Key::SigninUsername)}</th>
                                        <th scope="col" class="utrecht-table__header-cell">{i18n.text(Key::FieldName)}</th>
                                        <th scope="col" class="utrecht-table__header-cell">{i18n.text(Key::DemoWho)}</th>
                                    </tr>
                                </thead>
                                <tbody class="utrecht-table__body">
                                    {list.into_iter().map(|p| {
                                        let about = p.description.clone();
                                        view! {
                                            <tr class="utrecht-table__row">
                                                <td class="utrecht-table__cell"><code>{p.username}</code></td>
                                                <td class="utrecht-table__cell">{p.name}</td>
                                                <td class="utrecht-table__cell">
                                                    {move || match i18n.lang() { Lang::Nl => about.nl.clone(), Lang::En => about.en.clone() }}
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                        Err(e) => view! { <p>{move || i18n.t(e.message())}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn SignInHelp() -> impl IntoView {
    let i18n = use_i18n();
    let contacts = use_config().contacts.clone();
    let items = [
        Key::TroubleBsn,
        Key::TroubleDigidDown,
        Key::TroubleFavourite,
        Key::TroubleNotAuthorized,
        Key::TroubleHelpdesk,
    ];
    view! {
        <h2 id="signin-help-title">{i18n.text(Key::DigidWhatTitle)}</h2>
        <p>{i18n.text(Key::DigidWhatText)}</p>
        <p>{i18n.text(Key::DigidSmsText)}</p>
        <h2>{i18n.text(Key::TroubleTitle)}</h2>
        <ul class="trouble-list">
            {items.into_iter().map(|k| view! { <li>{i18n.text(k)}</li> }).collect_view()}
        </ul>
        <h3>{i18n.text(Key::ContactsTitle)}</h3>
        <ul class="contact-list">
            {contacts.into_iter().map(|c| view! {
                <li>
                    {let c = c.clone(); move || c.label(i18n.lang()).to_string()}
                    ": " <strong>{c.value.clone()}</strong>
                </li>
            }).collect_view()}
        </ul>
        <h2>{i18n.text(Key::NoDigidTitle)}</h2>
        <p>{i18n.text(Key::NoDigidText)}</p>
        <p class="signin-terms">{i18n.text(Key::SigninTerms)}</p>
        <p><a href="/informatie" data-testid="signin-information">{i18n.text(Key::SigninInformation)}</a></p>
    }
}

#[cfg(test)]
mod tests {
    use super::safe_return;

    #[test]
    fn only_portal_paths_are_returned_to() {
        assert_eq!(
            safe_return(Some("/p/emma".into())).as_deref(),
            Some("/p/emma")
        );
        assert_eq!(safe_return(Some("https://evil.example".into())), None);
        assert_eq!(safe_return(Some("//evil.example/p/".into())), None);
        assert_eq!(safe_return(Some("/p//evil.example".into())), None);
        assert_eq!(safe_return(None), None);
    }
}
