//! Patient portal: a Leptos CSR single-page app over HL7 FHIR R4.
//!
//! `app` holds providers and the router; `fhir` the client and transports;
//! `demo` the built-in demo server; `session` sign-in, acting-for and idle
//! sign-out; `access` the age rules; `pages` and `components` the screens.

pub mod access;
pub mod app;
pub mod components;
pub mod config;
pub mod datetime;
pub mod demo;
pub mod download;
pub mod fhir;
pub mod glossary;
pub mod i18n;
pub mod ics;
pub mod layout;
pub mod nav;
pub mod pages;
pub mod params;
pub mod routes;
pub mod sections;
pub mod session;
pub mod sort;
pub mod static_files;

/// Mounts the app on `<body>`. The split build (scripts/build-split.sh)
/// starts here when the main module is instantiated.
#[cfg_attr(feature = "split", wasm_bindgen::prelude::wasm_bindgen(start))]
pub fn start() {
    leptos::mount::mount_to_body(app::App);
}
