//! Names the records a page could not show, so nothing disappears silently.

use crate::components::notice::{Notice, NoticeKind};
use crate::fhir::Problem;
use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

/// A warning listing records that could not be read; nothing when none.
#[component]
pub fn ProblemsNotice(
    /// The records that failed to decode.
    problems: Vec<Problem>,
) -> impl IntoView {
    let i18n = use_i18n();
    (!problems.is_empty()).then(|| {
        let count = problems.len().to_string();
        view! {
            <Notice kind=NoticeKind::Warning>
                <p>{i18n.live(Arc::new(move |i| i.tf(Key::ProblemsText, &[("count", &count)])))}</p>
                <ul class="problems">
                    {problems.into_iter().map(|p| view! {
                        <li>{p.resource_type}{p.id.map(|id| format!(" {id}"))}</li>
                    }).collect_view()}
                </ul>
            </Notice>
        }
    })
}
