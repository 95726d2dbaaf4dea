//! A section whose code could not be fetched (the connection dropped, the
//! server is busy): said plainly, with a retry. The idle sign-out is in the
//! main module and goes on working, and so do the header and the menu once
//! the portal's own chunk is here; opening the section later tries again too.

use crate::components::live_region::use_live_region;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Key, use_i18n};
use crate::layout::{InFrame, PublicFrame};
use crate::sections::Load;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn SectionUnavailable(
    /// Fetches the section again.
    load: Load,
) -> impl IntoView {
    let i18n = use_i18n();
    let framed = use_context::<InFrame>().is_some();
    // The page is drawn under this owner once its code is here, so it
    // finds the session and the patient like a page opened directly.
    let owner = Owner::current();
    let loaded = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let page = StoredValue::new_local(None::<AnyView>);
    if let Some(live) = use_live_region() {
        live.alert(i18n.t(Key::SectionUnavailableText));
    }
    let retry = Callback::new(move |()| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let owner = owner.clone();
        spawn_local(async move {
            let made = crate::sections::fetch(load).await.map(|make| match &owner {
                Some(o) => o.with(make),
                None => make(),
            });
            busy.set(false);
            if let Some(view) = made {
                page.set_value(Some(view));
                loaded.set(true);
            }
        });
    });
    move || {
        if loaded.get() {
            page.try_update_value(Option::take).flatten().into_any()
        } else {
            let message = view! {
                <div class="section-unavailable" data-testid="section-unavailable">
                    <PageHeading title=Key::SectionUnavailableTitle/>
                    <Notice kind=NoticeKind::Error announced=false>
                        <p>{i18n.text(Key::SectionUnavailableText)}</p>
                        <button type="button" class="utrecht-button utrecht-button--secondary-action"
                            data-testid="section-retry" aria-disabled=move || busy.get().to_string()
                            on:click=move |_| retry.run(())>
                            {i18n.text(Key::Retry)}
                        </button>
                    </Notice>
                </div>
            };
            // The signed-in frame is in the chunk that failed, or this is a
            // page outside it: the message gets the public frame.
            if framed {
                message.into_any()
            } else {
                view! { <PublicFrame>{message}</PublicFrame> }.into_any()
            }
        }
    }
}
