//! Providers, the first page and the session's redirects (the router and
//! the routes come with the portal's own chunk: `routes.rs`).

use crate::components::live_region::LiveRegion;
use crate::config::Config;
use crate::i18n::{I18n, Key, Lang, use_i18n};
use crate::pages::transit::{Transit, TransitPage};
use crate::pages::{landing::Landing, sign_in::SignIn};
use crate::sections::{later, load_routes};
use crate::session::{IdleGuard, Session, Status, storage, use_session};
use leptos::prelude::*;
use leptos::task::spawn_local;
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
    crate::nav::start();
    crate::nav::follow_without_router();
    view! {
        <SessionRedirects/>
        // On the way to the provider the page shows only that (above);
        // the page stays mounted but hidden: nothing to see or click.
        <div class="routes" hidden=move || session.is_in_transit() on:click=crate::nav::follow_link>
            {move || match crate::nav::plain_page().as_deref() {
                Some("/inloggen") => view! { <SignIn/> }.into_any(),
                Some(_) => view! { <Landing/> }.into_any(),
                // Any other page: the router and the routes, with the
                // portal's own chunk.
                None => later(|| Box::pin(load_routes())).into_any(),
            }}
        </div>
    }
}

/// Runs the idle guard while signed in, shows the page in transit while the
/// portal is on its way to the provider, and leads to the signed-out page
/// when a session ends, whatever ended it.
#[component]
fn SessionRedirects() -> impl IntoView {
    let session = use_session();
    Effect::new(move |_| {
        if let Status::SignedOut(Some(reason)) = session.status()
            && crate::nav::path() != "/uitgelogd"
        {
            crate::nav::go(&format!("/uitgelogd?reden={}", reason.as_str()));
        }
    });
    move || match session.status() {
        Status::SignedIn(_) => view! { <IdleGuard/> }.into_any(),
        Status::Redirecting => view! { <TransitPage transit=Transit::SigningIn/> }.into_any(),
        Status::SigningOut(_) => view! { <TransitPage transit=Transit::SigningOut/> }.into_any(),
        _ => ().into_any(),
    }
}
