//! `/toegankelijkheid`: the accessibility statement, reachable from the
//! footer of every page, signed in or not.
//!
//! It follows the parts of the Dutch model statement (digitoegankelijk.nl):
//! the standard (WCAG 2.1 level AA, EN 301 549), the status in plain words,
//! how the portal is checked, what is known not to work, and where to report
//! a problem. The status is "partly compliant" until an independent audit
//! has been done: the portal's own tests are not an audit.

use crate::components::contact_link::contact_link;
use crate::components::loader::loading;
use crate::components::page_heading::PageHeading;
use crate::i18n::{I18n, Key, use_i18n};
use crate::layout::{PublicFrame, SignedInFrame};
use crate::session::{Status, use_config, use_session};
use leptos::prelude::*;
use std::sync::Arc;

/// How the portal is checked, one line each.
const CHECKS: &[Key] = &[
    Key::A11yCheckAxe,
    Key::A11yCheckKeyboard,
    Key::A11yCheckFocus,
    Key::A11yCheckLive,
    Key::A11yCheckCharts,
    Key::A11yCheckReflow,
    Key::A11yCheckLanguage,
];

/// What does not (fully) work, one line each; `{minutes}` is the idle time.
const LIMITS: &[Key] = &[
    Key::A11yLimitAudit,
    Key::A11yLimitDocuments,
    Key::A11yLimitHtmlLetters,
    Key::A11yLimitIdle,
];

fn list(i18n: I18n, keys: &'static [Key], minutes: &str) -> impl IntoView + use<> {
    keys.iter()
        .map(|&key| {
            let minutes = minutes.to_string();
            view! { <li>{i18n.live(Arc::new(move |i| i.tf(key, &[("minutes", &minutes)])))}</li> }
        })
        .collect_view()
}

/// The statement itself, without a frame.
#[component]
fn Statement() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let minutes = config.idle_timeout_minutes.to_string();
    let report = match config.contact("helpdesk") {
        Some(c) => view! {
            <p data-testid="a11y-helpdesk">{i18n.text(Key::A11yReportHelpdesk)} " " {contact_link(c.value.clone())}</p>
        }
        .into_any(),
        None => view! { <p>{i18n.text(Key::A11yReportNoHelpdesk)}</p> }.into_any(),
    };
    view! {
        <PageHeading title=Key::A11yTitle/>
        <div data-testid="accessibility-statement">
            <p class="lead">{i18n.text(Key::A11yIntro)}</p>
            <section class="info-section">
                <h2>{i18n.text(Key::A11yStatusTitle)}</h2>
                <p><strong data-testid="a11y-status">{i18n.text(Key::A11yStatus)}</strong></p>
                <p>{i18n.text(Key::A11yStandard)}</p>
            </section>
            <section class="info-section">
                <h2>{i18n.text(Key::A11yChecksTitle)}</h2>
                <ul>{list(i18n, CHECKS, &minutes)}</ul>
            </section>
            <section class="info-section">
                <h2>{i18n.text(Key::A11yLimitsTitle)}</h2>
                <ul data-testid="a11y-limits">{list(i18n, LIMITS, &minutes)}</ul>
            </section>
            <section class="info-section">
                <h2>{i18n.text(Key::A11yReportTitle)}</h2>
                {report}
                <p>{i18n.text(Key::A11yReportWhat)}</p>
            </section>
            <section class="info-section">
                <h2>{i18n.text(Key::A11yAboutTitle)}</h2>
                <p>{i18n.text(Key::A11yAbout)}</p>
            </section>
        </div>
    }
}

/// The statement in the frame that fits the session: with the header of a
/// signed-in person, or the public one.
#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let session = use_session();
    move || match session.status() {
        Status::Starting => loading().into_any(),
        Status::SignedIn(signed) => {
            view! { <SignedInFrame signed=signed><Statement/></SignedInFrame> }.into_any()
        }
        Status::SignedOut(_) | Status::Redirecting | Status::SigningOut(_) => {
            view! { <PublicFrame><Statement/></PublicFrame> }.into_any()
        }
    }
}
