//! The router and every route: part of the portal's own chunk (`portaal`),
//! drawn once someone goes beyond the sign-in form (or opens the portal on
//! any other page). The main module draws the sign-in form and `/` without
//! them (`nav.rs`); the same pages are routes here, for when the person
//! comes back to them inside the portal.

use crate::layout::PatientShell;
use crate::pages::auth_callback::AuthCallback;
use crate::pages::home::Home;
use crate::pages::not_found::NotFound;
use crate::pages::signed_out::SignedOut;
use crate::pages::{landing::Landing, sign_in::SignIn};
use crate::sections::*;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_navigate;
use leptos_router::{Lazy, NavigateOptions, path};
use std::rc::Rc;

/// The routed portal.
#[component]
pub fn PortalRoutes() -> impl IntoView {
    view! {
        <Router>
            <RouterForNav/>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Landing/>
                <Route path=path!("/inloggen") view=SignIn/>
                <Route path=path!("/uitgelogd") view=SignedOut/>
                <Route path=path!("/informatie") view={Lazy::<PublicInformationRoute>::new()}/>
                <Route path=path!("/toegankelijkheid") view={Lazy::<AccessibilityRoute>::new()}/>
                <Route path=path!("/auth/callback") view=AuthCallback/>
                <ParentRoute path=path!("/p/:patient") view=PatientShell>
                    <Route path=path!("") view=Home/>
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
                    <Route path=path!("problemen") view={Lazy::<ProblemsRoute>::new()}/>
                    <Route path=path!("allergieen") view={Lazy::<AllergiesRoute>::new()}/>
                    <Route path=path!("vaccinaties") view={Lazy::<VaccinationsRoute>::new()}/>
                    <Route path=path!("vragenlijsten") view={Lazy::<QuestionnairesRoute>::new()}/>
                    <Route path=path!("vragenlijsten/dagboek/:questionnaire") view={Lazy::<DiaryRoute>::new()}/>
                    <Route path=path!("vragenlijsten/:response") view={Lazy::<ResponseRoute>::new()}/>
                    <Route path=path!("agenda") view={Lazy::<AgendaRoute>::new()}/>
                    <Route path=path!("e-consult") view={Lazy::<EconsultRoute>::new()}/>
                    <Route path=path!("e-consult/nieuw") view={Lazy::<NewMessageRoute>::new()}/>
                    <Route path=path!("e-consult/:thread") view={Lazy::<ThreadRoute>::new()}/>
                    <Route path=path!("gegevens") view={Lazy::<PatientDataRoute>::new()}/>
                    <Route path=path!("samenvatting") view={Lazy::<SummaryRoute>::new()}/>
                    <Route path=path!("inzage") view={Lazy::<AccessLogRoute>::new()}/>
                    <Route path=path!("informatie") view={Lazy::<InformationRoute>::new()}/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// From now on the pages of the main module move through the router.
#[component]
fn RouterForNav() -> impl IntoView {
    let navigate = use_navigate();
    crate::nav::set_router(Rc::new(move |path: &str, replace: bool| {
        navigate(
            path,
            NavigateOptions {
                replace,
                ..Default::default()
            },
        )
    }));
}
