//! Loading a page's data with one compiled copy of the async machinery.
//!
//! Every `LocalResource<T>` with its own `T` and fetch closure instantiates
//! Leptos' async-derived signal, suspense and future code anew: tens of KB
//! of wasm per page. Here the data travel type-erased (`Arc<dyn Any>`) and
//! the fetcher is boxed, so all pages share one instantiation; the page only
//! says how to fetch and how to draw what came back.

use crate::components::error_message::ErrorMessage;
use crate::components::live_region::use_live_region;
use crate::fhir::FhirError;
use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;
use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// Loaded data of any type.
pub type Data = Arc<dyn Any + Send + Sync>;
/// What a load ends with.
pub type Loaded = Result<Data, FhirError>;
/// A resource made by [`load`].
pub type Resource = LocalResource<Loaded>;
/// Draws loaded data.
pub type Render = Arc<dyn Fn(&Data) -> AnyView + Send + Sync>;

type Fetch = Box<dyn Fn() -> Pin<Box<dyn Future<Output = Loaded>>>>;

/// A resource that runs `fetch` (again whenever the signals it reads change).
pub fn load<T, F, Fut>(fetch: F) -> Resource
where
    T: Send + Sync + 'static,
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<T, FhirError>> + 'static,
{
    // Every load is said through the persistent live region while it lasts.
    let live = use_live_region();
    let fetch: Fetch = Box::new(move || {
        let future = fetch();
        let guard = live.map(|l| l.loading_guard());
        Box::pin(async move {
            let loaded = future.await.map(|t| Arc::new(t) as Data);
            drop(guard);
            loaded
        })
    });
    LocalResource::new(fetch)
}

/// Wraps a typed drawing function for [`Loader`].
pub fn render<T: 'static>(draw: impl Fn(&T) -> AnyView + Send + Sync + 'static) -> Render {
    Arc::new(move |data: &Data| match data.downcast_ref::<T>() {
        Some(t) => draw(t),
        None => ().into_any(),
    })
}

/// The "Bezig met laden…" line shown while something loads.
pub fn loading() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="loading">{i18n.text(Key::Loading)}</p> }
}

/// Shows "loading" while `resource` loads, then `render` of its data, or
/// the error with a retry.
#[component]
pub fn Loader(
    /// The data.
    resource: Resource,
    /// How to draw it.
    render: Render,
    /// Show nothing while loading (for secondary parts of a page).
    #[prop(optional)]
    quiet: bool,
) -> impl IntoView {
    view! {
        <Suspense fallback=move || (!quiet).then(loading)>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => render(&data),
                        Err(error) => view! {
                            <ErrorMessage error=error on_retry=Callback::new(move |_| resource.refetch())/>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
