//! Demo mode's sign-in (handbook §2.1 in the DigiD style): username and
//! password, then an SMS code, checked against the demo personas, whose
//! list is shown beside it. Part of the demo chunk.

use super::personas::{self, DEMO_PASSWORD, DEMO_SMS_CODE, Persona, SignInError};
use crate::i18n::{Key, Lang, use_i18n};
use crate::session::landing::safe_return;
use crate::session::{use_config, use_session};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[derive(Clone, PartialEq)]
enum Step {
    Credentials,
    Code(Persona),
}

type PersonaList = LocalResource<Result<Vec<Persona>, crate::fhir::FhirError>>;

/// The demo's DigiD stand-in and, below it, the personas to try.
#[component]
pub fn DemoSignIn() -> impl IntoView {
    // One list for the form and the table: the form waits for it when the
    // connection is slow instead of claiming sign-in is impossible.
    let personas = LocalResource::new(personas::load);
    view! {
        <CredentialsAndCode personas=personas/>
        <Personas list=personas/>
    }
}

#[component]
fn CredentialsAndCode(personas: PersonaList) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let config = StoredValue::new(use_config());
    let step = RwSignal::new(Step::Credentials);
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let error: RwSignal<Option<Key>> = RwSignal::new(None);
    let pending = RwSignal::new(false);
    let code_input = NodeRef::<leptos::html::Input>::new();

    // Someone already signed in (another tab, a reload) goes straight on.
    Effect::new(move |_| {
        if let Some(signed) = session.signed_in() {
            let target = safe_return(crate::nav::query("terug")).or_else(|| signed.landing());
            crate::nav::go(&target.unwrap_or_else(|| "/".into()));
        }
    });
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
            if let Err(e) = session.start_demo(&persona.username, &config, true).await {
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
