//! Loading a page's data with one compiled copy of the async machinery.
//!
//! Every `LocalResource<T>` with its own `T` and fetch closure instantiates
//! Leptos' async-derived signal, suspense and future code anew: tens of KB
//! of wasm per page. Here the data travel type-erased (`Arc<dyn Any>`) and
//! the fetcher is boxed, so all pages share one instantiation; the page only
//! says how to fetch and how to draw what came back.
//!
//! A load follows its page: leaving the page or switching patient cleans
//! up the page's reactive owner, which cuts the load short (its requests
//! are aborted) and its answer, should one still come, is never drawn. The
//! same happens to a load whose page asks for something else meanwhile (a
//! tab, a page of the list, a search): the next load starts at once.

use crate::components::error_message::ErrorMessage;
use crate::components::live_region::use_live_region;
use crate::fhir::FhirError;
use crate::i18n::{Key, use_i18n};
use futures::future::{AbortHandle, Abortable};
use leptos::prelude::*;
use std::any::Any;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

/// Loaded data of any type.
pub type Data = Arc<dyn Any + Send + Sync>;
/// What a load ends with.
pub type Loaded = Result<Data, FhirError>;
/// A resource made by [`load`].
pub type Resource = LocalResource<Loaded>;
/// Draws loaded data.
pub type Render = Arc<dyn Fn(&Data) -> AnyView + Send + Sync>;

type Fetch = Box<dyn Fn() -> Pin<Box<dyn Future<Output = Loaded>>>>;

/// What a load that was cut short ends with: no data of any page's type,
/// so [`render`] draws nothing of it.
struct Cancelled;

/// Cuts short the futures of one reactive owner (a page): the one it
/// wrapped last, when the owner is cleaned up (the page left, the patient
/// switched), and each one when it wraps the next. A cut future is dropped
/// unfinished, and with it what it waited for: the HTTP transport aborts a
/// request whose future is dropped.
///
/// Leptos does not do this by itself: a `LocalResource` runs its future on
/// a task of its own to the end, even after its owner was disposed, and a
/// refetch waits for the future under way before it starts the next
/// (`reactive_graph` 0.2, `ArcAsyncDerived`).
#[derive(Clone)]
struct Canceller(Arc<Mutex<Option<AbortHandle>>>);

impl Canceller {
    /// A canceller tied to the current reactive owner.
    fn new() -> Self {
        let this = Self(Arc::new(Mutex::new(None)));
        let on_end = this.clone();
        on_cleanup(move || on_end.cancel());
        this
    }

    /// `future`, ending with `None` without waiting for it once cut short.
    fn wrap<F: Future>(&self, future: F) -> impl Future<Output = Option<F::Output>> + use<F> {
        let (handle, registration) = AbortHandle::new_pair();
        if let Some(previous) = self.0.lock().ok().and_then(|mut h| h.replace(handle)) {
            previous.abort();
        }
        async move { Abortable::new(future, registration).await.ok() }
    }

    /// Cuts short the future wrapped last.
    fn cancel(&self) {
        if let Some(handle) = self.0.lock().ok().and_then(|mut h| h.take()) {
            handle.abort();
        }
    }
}

/// A resource that runs `fetch` (again whenever the signals it reads
/// change), cut short when the current owner (the page) is cleaned up or
/// when those signals change before it ended.
pub fn load<T, F, Fut>(fetch: F) -> Resource
where
    T: Send + Sync + 'static,
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<T, FhirError>> + 'static,
{
    follow_page(Box::new(move || {
        let future = fetch();
        Box::pin(async move { future.await.map(|t| Arc::new(t) as Data) })
    }))
}

/// [`load`] of what `fetch` finds in the open patient's record, with the
/// glossary beside it (`None` when it could not be fetched: the page shows
/// without explanations).
pub fn load_with_glossary<T, Fut>(
    patient: &crate::layout::CurrentPatient,
    fetch: fn(crate::fhir::FhirClient, String) -> Fut,
) -> Resource
where
    T: Send + Sync + 'static,
    Fut: Future<Output = Result<T, FhirError>> + 'static,
{
    let (client, id) = (patient.client.clone(), patient.id.clone());
    load(move || crate::glossary::alongside(fetch(client.clone(), id.clone())))
}

/// A load made and not yet started by its resource.
type Made = Pin<Box<dyn Future<Output = Option<Loaded>>>>;

/// What every load does besides its page's fetch, compiled once for all
/// pages: say it through the live region, and cut it short with its page
/// or when what it reads changes.
fn follow_page(fetch: Fetch) -> Resource {
    // Every load is said through the persistent live region while it lasts.
    let live = use_live_region();
    let canceller = Canceller::new();
    let fetch = Rc::new(fetch);
    let made: Rc<Cell<Option<Made>>> = Rc::default();
    let changed = ArcTrigger::new();
    // Leptos starts a resource's next load only after the one under way has
    // ended. So what the page's fetch reads (a tab, a page of the list, a
    // search) is watched here: at a change the load under way is cut short
    // and the next one made, which the resource then starts.
    let watch = RenderEffect::new({
        let (fetch, made, changed, canceller) = (
            fetch.clone(),
            made.clone(),
            changed.clone(),
            canceller.clone(),
        );
        move |_| {
            made.set(Some(Box::pin(canceller.wrap(fetch()))));
            changed.notify();
        }
    });
    // Once the page is gone nothing more is made for it.
    on_cleanup(move || drop(watch));
    let fetch: Fetch = Box::new(move || {
        changed.track();
        // A retry finds none made: the same fetch once more.
        let future = made
            .take()
            .unwrap_or_else(|| Box::pin(canceller.wrap(untrack(|| fetch()))));
        let guard = live.map(|l| l.loading_guard());
        Box::pin(async move {
            let loaded = future
                .await
                .unwrap_or_else(|| Ok(Arc::new(Cancelled) as Data));
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
        // A load cut short ([`Cancelled`]): nothing to draw.
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

#[cfg(test)]
mod tests {
    use super::Canceller;
    use crate::fhir::FhirClient;
    use crate::fhir::model::Patient;
    use crate::fhir::transport::{Request, Response, SendFuture, Transport};
    use leptos::prelude::Owner;
    use std::future::Future;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::task::{Context, Poll, Waker};

    /// A server that answers only once released; a request whose future
    /// is dropped before the answer was read counts as abandoned (what the
    /// HTTP transport turns into an aborted fetch).
    #[derive(Default)]
    struct Held {
        released: Arc<AtomicBool>,
        sent: AtomicUsize,
        abandoned: Arc<AtomicUsize>,
    }

    /// Counts its request as abandoned when dropped before it was read.
    struct UnderWay {
        read: bool,
        abandoned: Arc<AtomicUsize>,
    }

    impl UnderWay {
        fn answered(&mut self) {
            self.read = true;
        }
    }

    impl Drop for UnderWay {
        fn drop(&mut self) {
            if !self.read {
                self.abandoned.fetch_add(1, Ordering::SeqCst);
            }
        }
    }

    impl Transport for Held {
        fn send(&self, _request: Request) -> SendFuture<'_> {
            self.sent.fetch_add(1, Ordering::SeqCst);
            let released = self.released.clone();
            let mut under_way = UnderWay {
                read: false,
                abandoned: self.abandoned.clone(),
            };
            Box::pin(std::future::poll_fn(move |_| {
                if !released.load(Ordering::SeqCst) {
                    return Poll::Pending;
                }
                under_way.answered();
                Poll::Ready(Ok(Response {
                    status: 200,
                    body: r#"{"resourceType":"Patient","id":"emma","name":[{"text":"Emma"}]}"#
                        .into(),
                }))
            }))
        }
    }

    fn poll<F: Future + Unpin>(f: &mut F) -> Poll<F::Output> {
        std::pin::Pin::new(f).poll(&mut Context::from_waker(Waker::noop()))
    }

    #[test]
    fn a_load_whose_page_is_left_ends_at_once_and_abandons_its_request() {
        let transport = Arc::new(Held::default());
        let client = FhirClient::new(transport.clone());
        let page = Owner::new();
        let canceller = page.with(Canceller::new);
        let mut load =
            Box::pin(canceller.wrap(async move { client.read::<Patient>("emma").await }));
        assert!(poll(&mut load).is_pending(), "under way");
        assert_eq!(transport.sent.load(Ordering::SeqCst), 1);

        page.cleanup(); // the page is left, or the patient switched
        assert_eq!(poll(&mut load), Poll::Ready(None), "ends without an answer");
        assert_eq!(
            transport.abandoned.load(Ordering::SeqCst),
            1,
            "the request is abandoned"
        );

        // The answer that comes after has no one left to read it.
        transport.released.store(true, Ordering::SeqCst);
        assert_eq!(transport.sent.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn a_load_whose_page_stays_gives_its_answer() {
        let transport = Arc::new(Held::default());
        let client = FhirClient::new(transport.clone());
        let page = Owner::new();
        let canceller = page.with(Canceller::new);
        let mut load =
            Box::pin(canceller.wrap(async move { client.read::<Patient>("emma").await }));
        assert!(poll(&mut load).is_pending());
        transport.released.store(true, Ordering::SeqCst);
        let Poll::Ready(Some(Ok(patient))) = poll(&mut load) else {
            panic!("the answer is given");
        };
        assert_eq!(patient.display_name().as_deref(), Some("Emma"));
        assert_eq!(transport.abandoned.load(Ordering::SeqCst), 0);
        page.cleanup(); // leaving afterwards changes nothing
        assert_eq!(transport.abandoned.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn a_newer_load_of_the_same_page_cuts_the_older_one_short() {
        let transport = Arc::new(Held::default());
        let client = FhirClient::new(transport.clone());
        let page = Owner::new();
        let canceller = page.with(Canceller::new);
        let read = |c: FhirClient| async move { c.read::<Patient>("emma").await };
        let mut older = Box::pin(canceller.wrap(read(client.clone())));
        assert!(poll(&mut older).is_pending());
        let mut newer = Box::pin(canceller.wrap(read(client)));
        assert_eq!(poll(&mut older), Poll::Ready(None));
        assert_eq!(transport.abandoned.load(Ordering::SeqCst), 1);
        transport.released.store(true, Ordering::SeqCst);
        assert!(matches!(poll(&mut newer), Poll::Ready(Some(Ok(_)))));
    }
}
