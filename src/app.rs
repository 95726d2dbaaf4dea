//! Providers, the router and the session's redirects.

use crate::components::live_region::LiveRegion;
use crate::config::Config;
use crate::i18n::{I18n, Key, Lang, use_i18n};
use crate::pages::transit::{Transit, TransitPage};
use crate::pages::{landing::Landing, sign_in::SignIn};
use crate::sections::*;
use crate::session::{IdleGuard, Session, Status, storage, use_session};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{Lazy, path};
use std::sync::Arc;

async fn load_config() -> Result<Config, String> {
    // Asked for by the start file, in parallel with the main module.
    let text = match crate::static_files::asked_at_start("portalConfig", "/config.json").await {
        Some(asked) => asked,
        None => crate::static_files::get_text("/config.json").await,
    }
    .map_err(|e| e.to_string())?;
    Config::parse(&text)
}

/// Takes away the frame `index.html` paints before the portal's code has
/// arrived (the name and a loading line): the portal draws its own now.
fn boot_frame_done() {
    if let Some(frame) = document().get_element_by_id("boot") {
        frame.remove();
    }
}

/// The app: language, configuration, then the portal.
#[component]
pub fn App() -> impl IntoView {
    let stored = storage::get(storage::LANG_KEY).and_then(|l| Lang::parse(&l));
    // Dutch until the English texts are here (fetched before the portal
    // shows, for someone who chose English before).
    let lang = RwSignal::new(Lang::Nl);
    provide_context(I18n::new(lang));
    Effect::new(move |_| {
        let l = lang.get();
        crate::i18n::note_shown(l);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.as_str());
        }
    });
    let i18n = use_i18n();
    let live = LiveRegion::provide();
    let config = LocalResource::new(move || async move {
        if stored == Some(Lang::En) && crate::i18n::fetch_texts(Lang::En).await.is_ok() {
            lang.set(Lang::En);
        }
        load_config().await
    });
    view! {
        {live.view()}
        // While the configuration comes, index.html's frame says "loading".
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let config = config.await;
                boot_frame_done();
                match config {
                    Ok(c) => view! { <Portal config=Arc::new(c)/> }.into_any(),
                    Err(e) => view! {
                        <main id="main" class="portal-main portal-main--public">
                            <h1>{i18n.text(Key::ConfigErrorTitle)}</h1>
                            <p>{i18n.text(Key::ConfigErrorText)}</p>
                            <p class="notice__detail">{e}</p>
                        </main>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Portal(config: Arc<Config>) -> impl IntoView {
    provide_context(config.clone());
    let session = Session::new(&config);
    provide_context(session);
    let drafts = crate::session::drafts::Drafts::new();
    provide_context(drafts);
    // Unsent text lives until the session ends, and not a moment longer.
    Effect::new(move |_| {
        if matches!(session.status(), Status::SignedOut(_)) {
            drafts.clear();
        }
    });
    session.backend().prepare();
    spawn_local(async move { session.restore(&config).await });
    view! {
        <Router>
            <SessionRedirects/>
            // On the way to the provider the page shows only that (above);
            // the routes stay mounted but hidden: nothing to see or click.
            <div class="routes" hidden=move || session.is_in_transit()>
            <Routes fallback=|| later(|| Box::pin(load_not_found()))>
                <Route path=path!("/") view=Landing/>
                <Route path=path!("/inloggen") view=SignIn/>
                <Route path=path!("/uitgelogd") view={Lazy::<SignedOutRoute>::new()}/>
                <Route path=path!("/informatie") view={Lazy::<PublicInformationRoute>::new()}/>
                <Route path=path!("/toegankelijkheid") view={Lazy::<AccessibilityRoute>::new()}/>
                <Route path=path!("/auth/callback") view={Lazy::<AuthCallbackRoute>::new()}/>
                <ParentRoute path=path!("/p/:patient") view={Lazy::<ShellRoute>::new()}>
                    <Route path=path!("") view={Lazy::<HomeRoute>::new()}/>
                    <Route path=path!("verslagen") view={Lazy::<ReportsRoute>::new()}/>
                    <Route path=path!("verslagen/:report") view={Lazy::<ReportRoute>::new()}/>
                    <Route path=path!("doelen") view={Lazy::<GoalsRoute>::new()}/>
                    <Route path=path!("brieven") view={Lazy::<LettersRoute>::new()}/>
                    <Route path=path!("brieven/:letter") view={Lazy::<LetterRoute>::new()}/>
                    <Route path=path!("medicijnen") view={Lazy::<MedicinesRoute>::new()}/>
                    <Route path=path!("medicijnen/:medicine/herhaalrecept") view={Lazy::<RepeatRoute>::new()}/>
                    <Route path=path!("metingen") view={Lazy::<MeasurementsRoute>::new()}/>
                    <Route path=path!("uitslagen") view={Lazy::<ResultsRoute>::new()}/>
                    <Route path=path!("uitslagen/:result") view={Lazy::<ResultRoute>::new()}/>
                    <Route path=path!("vragenlijsten") view={Lazy::<QuestionnairesRoute>::new()}/>
                    <Route path=path!("vragenlijsten/dagboek/:questionnaire") view={Lazy::<DiaryRoute>::new()}/>
                    <Route path=path!("vragenlijsten/:response") view={Lazy::<ResponseRoute>::new()}/>
                    <Route path=path!("agenda") view={Lazy::<AgendaRoute>::new()}/>
                    <Route path=path!("e-consult") view={Lazy::<EconsultRoute>::new()}/>
                    <Route path=path!("e-consult/nieuw") view={Lazy::<NewMessageRoute>::new()}/>
                    <Route path=path!("e-consult/:thread") view={Lazy::<ThreadRoute>::new()}/>
                    <Route path=path!("gegevens") view={Lazy::<PatientDataRoute>::new()}/>
                    <Route path=path!("inzage") view={Lazy::<AccessLogRoute>::new()}/>
                    <Route path=path!("informatie") view={Lazy::<InformationRoute>::new()}/>
                </ParentRoute>
            </Routes>
            </div>
        </Router>
    }
}

/// Runs the idle guard while signed in, shows the page in transit while the
/// portal is on its way to the provider, and leads to the signed-out page
/// when a session ends, whatever ended it.
#[component]
fn SessionRedirects() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let location = use_location();
    Effect::new(move |_| {
        if let Status::SignedOut(Some(reason)) = session.status()
            && location.pathname.get_untracked() != "/uitgelogd"
        {
            navigate(
                &format!("/uitgelogd?reden={}", reason.as_str()),
                Default::default(),
            );
        }
    });
    move || match session.status() {
        Status::SignedIn(_) => view! { <IdleGuard/> }.into_any(),
        Status::Redirecting => view! { <TransitPage transit=Transit::SigningIn/> }.into_any(),
        Status::SigningOut(_) => view! { <TransitPage transit=Transit::SigningOut/> }.into_any(),
        _ => ().into_any(),
    }
}
