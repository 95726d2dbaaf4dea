//! Record text with its medical terms underlined; a term opens a small
//! popover with the plain-language meaning (handbook §3.2). The term is a
//! real button: Enter or a click opens it, Escape or a click beside it
//! closes it, and while open the meaning is the button's description.

use crate::glossary::{Glossary, Segment};
use crate::i18n::{Key, Lang, use_i18n};
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// `text` as written, with the glossary's terms as buttons.
#[component]
pub fn GlossaryText(
    /// The record text, shown as written.
    text: String,
    /// The glossary; `None` shows the plain text.
    glossary: Option<Arc<Glossary>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(None::<usize>);
    let prefix = format!("term{}", INSTANCES.fetch_add(1, Ordering::Relaxed));
    let hint_id = format!("{prefix}-hint");
    let escape = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" && open.get_untracked().is_some() {
            open.set(None);
        }
    });
    let beside = window_event_listener(ev::pointerdown, move |e| {
        if open.get_untracked().is_none() {
            return;
        }
        let inside = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest(".term").ok().flatten())
            .is_some();
        if !inside {
            open.set(None);
        }
    });
    on_cleanup(move || {
        escape.remove();
        beside.remove();
    });
    let Some(glossary) = glossary else {
        return view! { {text} }.into_any();
    };
    let pieces = glossary
        .segments(&text)
        .into_iter()
        .enumerate()
        .map(|(n, segment)| match segment {
            Segment::Plain(t) => t.into_any(),
            Segment::Term(word, index) => {
                let term = glossary.terms.get(index).cloned();
                let popover_id = format!("{prefix}-{n}");
                let described = {
                    let (popover_id, hint_id) = (popover_id.clone(), hint_id.clone());
                    move || if open.get() == Some(n) { popover_id.clone() } else { hint_id.clone() }
                };
                view! {
                    <span class="term">
                        <button
                            type="button"
                            class="term__word"
                            aria-expanded=move || if open.get() == Some(n) { "true" } else { "false" }
                            aria-describedby=described
                            on:click=move |_| open.update(|o| *o = if *o == Some(n) { None } else { Some(n) })
                        >
                            {word}
                        </button>
                        {move || (open.get() == Some(n)).then(|| {
                            let meaning = term.as_ref().map(|t| match i18n.lang() { Lang::Nl => t.nl.clone(), Lang::En => t.en.clone() });
                            view! {
                                <span class="term__popover" id=popover_id.clone() role="note" lang=i18n.lang().as_str()>
                                    {meaning}
                                </span>
                            }
                        })}
                    </span>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <span id=hint_id.clone() class="visually-hidden" hidden>{i18n.text(Key::TermHint)}</span>
        {pieces}
    }
    .into_any()
}
