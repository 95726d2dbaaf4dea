//! Providers, the router and the session's redirects.

use crate::components::live_region::LiveRegion;
use crate::components::loader::loading;
use crate::config::Config;
use crate::i18n::{I18n, Key, Lang, use_i18n};
use crate::layout::PatientShell;
use crate::pages::access_log::AccessLog;
use crate::pages::accessibility::AccessibilityStatement;
use crate::pages::agenda::Agenda;
use crate::pages::auth_callback::AuthCallback;
use crate::pages::compose::NewMessage;
use crate::pages::econsult::{Econsult, ThreadView};
use crate::pages::goals::Goals;
use crate::pages::information::{Information, PublicInformation};
use crate::pages::letter::LetterView;
use crate::pages::letters::Letters;
use crate::pages::measurements::Measurements;
use crate::pages::medicines::Medicines;
use crate::pages::patient_data::PatientData;
use crate::pages::questionnaires::{Diary, QuestionnaireView, Questionnaires};
use crate::pages::repeat::RepeatPrescription;
use crate::pages::report::ReportDetail;
use crate::pages::reports::Reports;
use crate::pages::result::ResultHistory;
use crate::pages::results::Results;
use crate::pages::transit::{Transit, TransitPage};
use crate::pages::{
    home::Home, landing::Landing, not_found::NotFound, sign_in::SignIn, signed_out::SignedOut,
};
use crate::session::{IdleGuard, Session, Status, storage, use_session};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::path;
use std::sync::Arc;

async fn load_config() -> Result<Config, String> {
    let text = crate::fhir::http::get_text("/config.json")
        .await
        .map_err(|e| format!("config.json: {e}"))?;
    Config::parse(&text)
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
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.as_str());
        }
    });
    let i18n = use_i18n();
    let live = LiveRegion::provide();
    let config = LocalResource::new(move || async move {
        if stored == Some(Lang::En) && crate::i18n::fetch_english().await.is_ok() {
            lang.set(Lang::En);
        }
        load_config().await
    });
    view! {
        {live.view()}
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match config.await {
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
    let session = Session::new();
    provide_context(session);
    let drafts = crate::session::drafts::Drafts::new();
    provide_context(drafts);
    // Unsent text lives until the session ends, and not a moment longer.
    Effect::new(move |_| {
        if matches!(session.status(), Status::SignedOut(_)) {
            drafts.clear();
        }
    });
    spawn_local(async move { session.restore(&config).await });
    view! {
        <Router>
            <SessionRedirects/>
            // On the way to the provider the page shows only that (above);
            // the routes stay mounted but hidden: nothing to see or click.
            <div class="routes" hidden=move || session.is_in_transit()>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Landing/>
                <Route path=path!("/inloggen") view=SignIn/>
                <Route path=path!("/uitgelogd") view=SignedOut/>
                <Route path=path!("/informatie") view=PublicInformation/>
                <Route path=path!("/toegankelijkheid") view=AccessibilityStatement/>
                <Route path=path!("/auth/callback") view=AuthCallback/>
                <ParentRoute path=path!("/p/:patient") view=PatientShell>
                    <Route path=path!("") view=Home/>
                    <Route path=path!("verslagen") view=Reports/>
                    <Route path=path!("verslagen/:report") view=ReportDetail/>
                    <Route path=path!("doelen") view=Goals/>
                    <Route path=path!("brieven") view=Letters/>
                    <Route path=path!("brieven/:letter") view=LetterView/>
                    <Route path=path!("medicijnen") view=Medicines/>
                    <Route path=path!("medicijnen/:medicine/herhaalrecept") view=RepeatPrescription/>
                    <Route path=path!("metingen") view=Measurements/>
                    <Route path=path!("uitslagen") view=Results/>
                    <Route path=path!("uitslagen/:result") view=ResultHistory/>
                    <Route path=path!("vragenlijsten") view=Questionnaires/>
                    <Route path=path!("vragenlijsten/dagboek/:questionnaire") view=Diary/>
                    <Route path=path!("vragenlijsten/:response") view=QuestionnaireView/>
                    <Route path=path!("agenda") view=Agenda/>
                    <Route path=path!("e-consult") view=Econsult/>
                    <Route path=path!("e-consult/nieuw") view=NewMessage/>
                    <Route path=path!("e-consult/:thread") view=ThreadView/>
                    <Route path=path!("gegevens") view=PatientData/>
                    <Route path=path!("inzage") view=AccessLog/>
                    <Route path=path!("informatie") view=Information/>
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
