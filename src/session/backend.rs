//! Where a session comes from, chosen once from `config.json`: the demo
//! (an in-browser server with personas, a chunk of its own fetched only in
//! demo mode) or a FHIR server with OpenID Connect sign-in. Nothing else in
//! the portal reaches the demo; everything that differs between the two
//! asks the [`Backend`].

use crate::components::section_unavailable::SectionUnavailable;
use crate::config::{Config, Mode};
use crate::demo::entry::{self, DemoSession};
use crate::fhir::FhirError;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The session's source of records and sign-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// The built-in demo: personas and an in-browser FHIR server.
    Demo,
    /// A FHIR server; DigiD through OpenID Connect.
    OpenIdConnect,
}

impl Backend {
    /// The backend `config` names.
    pub fn of(config: &Config) -> Self {
        match config.mode {
            Mode::Demo => Backend::Demo,
            Mode::Fhir => Backend::OpenIdConnect,
        }
    }

    /// Starts fetching what signing in will need, while the page shows
    /// (the demo chunk in demo mode; the connected sign-in is in the main
    /// module).
    pub fn prepare(self) {
        if self == Backend::Demo {
            leptos::task::spawn_local(async {
                let _ = entry::sign_in().await;
            });
        }
    }

    /// The demo sign-in form with the personas (demo mode only): drawn
    /// once the demo chunk is here, or the message with a retry.
    pub async fn demo_sign_in() -> AnyView {
        match entry::sign_in().await {
            Ok(make) => make(),
            Err(_) => view! { <SectionUnavailable load=|| Box::pin(entry::sign_in())/> }.into_any(),
        }
    }

    /// Opens the demo session of the persona with `username`.
    pub(super) async fn open_demo(
        username: &str,
        today: NaiveDate,
    ) -> Result<DemoSession, FhirError> {
        let opening = entry::open(username.to_string(), today)
            .await
            .map_err(|e| FhirError::Network(e.to_string()))?;
        opening.await
    }

    /// Forgets what this tab's demo server was sent (connected mode keeps
    /// nothing of the kind in the browser).
    pub(super) fn forget_writes(self) {
        if self == Backend::Demo {
            crate::demo::journal::clear();
        }
    }
}
