//! Component tests in headless Chromium (wasm-bindgen-test): the header bar,
//! the idle dialog, the glossary popover, the pager and the chart, as a
//! person would see them; and a page's load, which ends with the page.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use patient_portal::components::idle_dialog::IdleDialog;
use patient_portal::components::loader::{Loader, load, render};
use patient_portal::components::patient_bar::{BarEntry, PatientBar};
use patient_portal::fhir::FhirClient;
use patient_portal::fhir::model::Patient;
use patient_portal::fhir::transport::{Request, Response, SendFuture, Transport};
use patient_portal::i18n::{I18n, Lang};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn entries() -> Vec<BarEntry> {
    vec![
        BarEntry {
            id: "noah".into(),
            name: "Noah de Vries".into(),
            href: "/p/noah".into(),
            blocked: None,
        },
        BarEntry {
            id: "emma".into(),
            name: "Emma de Vries".into(),
            href: "/p/emma".into(),
            blocked: None,
        },
        BarEntry {
            id: "lucas".into(),
            name: "Lucas de Vries".into(),
            href: "/p/lucas".into(),
            blocked: Some(
                "Toegang beëindigd op 3 november 2026, de 16e verjaardag van Lucas de Vries."
                    .into(),
            ),
        },
    ]
}

#[wasm_bindgen_test]
async fn patient_bar_marks_the_current_patient_and_greys_a_blocked_one() {
    let el = host();
    let current = RwSignal::new(Some("noah".to_string()));
    let section = RwSignal::new(String::new());
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        view! { <PatientBar entries=Signal::derive(entries) current=current label="Dossiers".to_string() section=section/> }
    });
    tick().await;
    let nav = el.query_selector("nav").unwrap().unwrap();
    assert_eq!(nav.get_attribute("aria-label").as_deref(), Some("Dossiers"));
    let links = el.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 2, "a blocked name is not a link");
    let current_link = el
        .query_selector("a[aria-current='true']")
        .unwrap()
        .unwrap();
    assert_eq!(
        current_link.text_content().as_deref(),
        Some("Noah de Vries")
    );
    let blocked = el
        .query_selector(".patient-bar__item--blocked")
        .unwrap()
        .unwrap();
    let text = blocked.text_content().unwrap_or_default();
    assert!(
        text.contains("Lucas de Vries") && text.contains("16e verjaardag"),
        "{text}"
    );

    current.set(Some("emma".into()));
    tick().await;
    let marked = el.query_selector_all("[aria-current]").unwrap();
    assert_eq!(marked.length(), 1);
    let current_link = el
        .query_selector("a[aria-current='true']")
        .unwrap()
        .unwrap();
    assert_eq!(
        current_link.get_attribute("href").as_deref(),
        Some("/p/emma")
    );

    // In a section, each name leads to the same section of that dossier.
    section.set("/medicijnen".into());
    tick().await;
    let hrefs: Vec<String> = (0..links.length())
        .filter_map(|i| {
            links
                .item(i)?
                .unchecked_into::<web_sys::Element>()
                .get_attribute("href")
        })
        .collect();
    assert_eq!(hrefs, ["/p/noah/medicijnen", "/p/emma/medicijnen"]);
}

#[wasm_bindgen_test]
async fn pager_shows_arrows_and_numbered_links_with_the_current_page_marked() {
    use patient_portal::components::pager::Pager;
    let el = host();
    let page = RwSignal::new(1u32);
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n::new(RwSignal::new(Lang::Nl)));
        let href = Callback::new(|n: u32| format!("/lijst?pagina={n}"));
        view! { <Pager page=page pages=9u32 href=href/> }
    });
    tick().await;
    let nav = el.query_selector("nav").unwrap().unwrap();
    assert_eq!(
        nav.get_attribute("aria-label").as_deref(),
        Some("Paginering")
    );
    let texts = || -> Vec<String> {
        let links = el.query_selector_all("nav a").unwrap();
        (0..links.length())
            .filter_map(|i| links.item(i)?.text_content())
            .map(|t| t.trim().to_string())
            .collect()
    };
    // First page: no "previous"; numbers 1–3, a gap, 9; then "next".
    assert_eq!(texts(), ["1", "2", "3", "9", "Volgende ›"]);
    let current = el
        .query_selector("a[aria-current='page']")
        .unwrap()
        .unwrap();
    assert_eq!(current.text_content().as_deref(), Some("1"));
    assert_eq!(
        current.get_attribute("aria-label").as_deref(),
        Some("Pagina 1 van 9")
    );

    page.set(5);
    tick().await;
    assert_eq!(
        texts(),
        ["‹ Vorige", "1", "3", "4", "5", "6", "7", "9", "Volgende ›"]
    );
    let prev = el.query_selector("a[rel='prev']").unwrap().unwrap();
    assert_eq!(
        prev.get_attribute("href").as_deref(),
        Some("/lijst?pagina=4")
    );
    assert_eq!(el.query_selector_all(".pager__gap").unwrap().length(), 2);

    page.set(9);
    tick().await;
    assert!(
        el.query_selector("a[rel='next']").unwrap().is_none(),
        "no next on the last page"
    );
}

#[wasm_bindgen_test]
async fn chart_is_an_image_named_by_a_summary_with_a_line_per_series() {
    use chrono::NaiveDate;
    use patient_portal::components::chart::{Chart, Line};
    let el = host();
    let lang = RwSignal::new(Lang::Nl);
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let lines = vec![
        Line {
            label: "Systolisch".into(),
            points: vec![(d(2024, 1, 1), 150.0), (d(2025, 1, 1), 130.5)],
        },
        Line {
            label: "Diastolisch".into(),
            points: vec![(d(2024, 1, 1), 95.0), (d(2025, 1, 1), 80.0)],
        },
    ];
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n::new(lang));
        view! { <Chart title="Bloeddruk" unit="mmHg" lines=lines.clone()/> }
    });
    tick().await;
    let svg = el.query_selector("svg[role='img']").unwrap().unwrap();
    let name = svg.get_attribute("aria-label").unwrap_or_default();
    assert!(
        name.starts_with(
            "Grafiek van Bloeddruk: 2 metingen van 1 januari 2024 tot en met 1 januari 2025."
        ),
        "{name}"
    );
    assert!(
        name.contains("Systolisch: laatste 130,5, laagste 130,5, hoogste 150 mmHg."),
        "{name}"
    );
    assert_eq!(el.query_selector_all("svg path").unwrap().length(), 2);
    assert_eq!(
        el.query_selector_all("svg circle").unwrap().length(),
        2,
        "first line: round marks"
    );
    assert_eq!(
        el.query_selector_all("svg rect").unwrap().length(),
        2,
        "second line: square marks"
    );
    patient_portal::i18n::load_texts(
        patient_portal::i18n::Lang::En,
        include_str!("../locales/en.json"),
    )
    .unwrap();
    lang.set(Lang::En);
    tick().await;
    let name = svg.get_attribute("aria-label").unwrap_or_default();
    assert!(
        name.contains("Systolisch: last 130.5, lowest 130.5, highest 150 mmHg."),
        "{name}"
    );
}

fn dialog_text(el: &web_sys::HtmlElement) -> String {
    el.query_selector("dialog")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

fn live_text(el: &web_sys::HtmlElement) -> String {
    el.query_selector("[aria-live]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn idle_dialog_opens_counts_down_and_speaks_only_at_announcement_points() {
    let el = host();
    let remaining = RwSignal::new(None::<u32>);
    let announcement = RwSignal::new(None::<u32>);
    let stays = Arc::new(AtomicUsize::new(0));
    let outs = Arc::new(AtomicUsize::new(0));
    let (s, o) = (stays.clone(), outs.clone());
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n::new(RwSignal::new(Lang::Nl)));
        view! {
            <IdleDialog
                remaining=remaining
                announcement=announcement
                on_stay=Callback::new(move |_| { s.fetch_add(1, Ordering::SeqCst); })
                on_sign_out=Callback::new(move |_| { o.fetch_add(1, Ordering::SeqCst); })
            />
        }
    });
    tick().await;
    let dialog: web_sys::HtmlDialogElement = el
        .query_selector("dialog")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(!dialog.open(), "closed while there is time");

    remaining.set(Some(120));
    announcement.set(Some(120));
    tick().await;
    assert!(dialog.open(), "opens at the warning");
    assert!(dialog_text(&el).contains("2:00"));
    assert_eq!(
        live_text(&el),
        "U wordt over 2 minuten automatisch uitgelogd."
    );

    // Seconds tick; the live region keeps its sentence until the next point.
    remaining.set(Some(75));
    tick().await;
    assert!(dialog_text(&el).contains("1:15"));
    assert_eq!(
        live_text(&el),
        "U wordt over 2 minuten automatisch uitgelogd."
    );
    remaining.set(Some(40));
    announcement.set(Some(40));
    tick().await;
    assert_eq!(
        live_text(&el),
        "U wordt over 40 seconden automatisch uitgelogd."
    );

    // Escape (the dialog's cancel event) and the button both keep the session.
    let cancel = web_sys::Event::new_with_event_init_dict("cancel", &{
        let init = web_sys::EventInit::new();
        init.set_cancelable(true);
        init
    })
    .unwrap();
    dialog.dispatch_event(&cancel).unwrap();
    assert_eq!(stays.load(Ordering::SeqCst), 1);
    assert!(cancel.default_prevented());
    let buttons = el.query_selector_all("dialog button").unwrap();
    buttons
        .item(0)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    assert_eq!(stays.load(Ordering::SeqCst), 2);
    buttons
        .item(1)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    assert_eq!(outs.load(Ordering::SeqCst), 1);

    remaining.set(None);
    tick().await;
    assert!(!dialog.open(), "closes when the session was kept");
}

fn glossary() -> std::sync::Arc<patient_portal::glossary::Glossary> {
    std::sync::Arc::new(
        patient_portal::glossary::Glossary::parse(
            r#"{"version":1,"terms":[{"id":"dyspneu","forms":["dyspneu"],"nl":"Kortademigheid.","en":"Shortness of breath."}]}"#,
        )
        .unwrap(),
    )
}

#[wasm_bindgen_test]
async fn glossary_term_opens_a_described_popover_and_closes_on_escape_and_outside_click() {
    use patient_portal::components::glossary_text::GlossaryText;
    let el = host();
    let text = "Sinds een week Dyspneu bij inspanning.";
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n::new(RwSignal::new(Lang::Nl)));
        view! { <GlossaryText text=text.to_string() glossary=Some(glossary())/> }
    });
    tick().await;
    let visible_text = || {
        let clone = el
            .clone_node_with_deep(true)
            .unwrap()
            .unchecked_into::<web_sys::HtmlElement>();
        if let Some(hint) = clone.query_selector("[hidden]").unwrap() {
            hint.remove();
        }
        clone.text_content().unwrap_or_default()
    };
    assert_eq!(visible_text(), text, "the text itself is unchanged");
    let button: web_sys::HtmlElement = el
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Dyspneu"));
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let popover = el
        .query_selector(".term__popover")
        .unwrap()
        .expect("popover open");
    assert_eq!(popover.text_content().as_deref(), Some("Kortademigheid."));
    assert_eq!(
        button.get_attribute("aria-describedby"),
        popover.get_attribute("id")
    );

    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Escape");
        init
    })
    .unwrap();
    window().dispatch_event(&escape).unwrap();
    tick().await;
    assert!(
        el.query_selector(".term__popover").unwrap().is_none(),
        "Escape closes"
    );

    button.click();
    tick().await;
    assert!(el.query_selector(".term__popover").unwrap().is_some());
    let outside = web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &{
        let init = web_sys::PointerEventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    document().body().unwrap().dispatch_event(&outside).unwrap();
    tick().await;
    assert!(
        el.query_selector(".term__popover").unwrap().is_none(),
        "a click beside closes"
    );
}

/// A FHIR server whose answers wait until it is released. A request whose
/// future is dropped before its answer was read counts as abandoned: the
/// HTTP transport aborts such a request's fetch.
#[derive(Default)]
struct HeldServer {
    released: AtomicBool,
    waiting: std::sync::Mutex<Vec<std::task::Waker>>,
    sent: AtomicUsize,
    abandoned: Arc<AtomicUsize>,
}

/// Counts its request as abandoned when dropped unanswered.
struct Asked {
    answered: bool,
    abandoned: Arc<AtomicUsize>,
}

impl Asked {
    fn answer(&mut self) {
        self.answered = true;
    }
}

impl Drop for Asked {
    fn drop(&mut self) {
        if !self.answered {
            self.abandoned.fetch_add(1, Ordering::SeqCst);
        }
    }
}

impl HeldServer {
    fn release(&self) {
        self.released.store(true, Ordering::SeqCst);
        for waker in self.waiting.lock().unwrap().drain(..) {
            waker.wake();
        }
    }
}

impl Transport for HeldServer {
    fn send(&self, request: Request) -> SendFuture<'_> {
        self.sent.fetch_add(1, Ordering::SeqCst);
        let id = request.url.trim_start_matches("Patient/").to_string();
        let mut asked = Asked {
            answered: false,
            abandoned: self.abandoned.clone(),
        };
        Box::pin(std::future::poll_fn(move |cx| {
            if !self.released.load(Ordering::SeqCst) {
                self.waiting.lock().unwrap().push(cx.waker().clone());
                return std::task::Poll::Pending;
            }
            asked.answer();
            std::task::Poll::Ready(Ok(Response {
                status: 200,
                body: format!(
                    r#"{{"resourceType":"Patient","id":"{id}","name":[{{"text":"Dossier van {id}"}}]}}"#
                ),
            }))
        }))
    }
}

/// A page that loads one patient's record and shows its name.
#[component]
fn NamePage(client: FhirClient, id: String) -> impl IntoView {
    let record = load(move || {
        let (client, id) = (client.clone(), id.clone());
        async move { client.read::<Patient>(&id).await }
    });
    view! {
        <Loader resource=record render=render(|p: &Patient| view! { <p>{p.display_name()}</p> }.into_any())/>
    }
}

/// A page whose record is chosen on the page (as a tab or a search does).
#[component]
fn ChosenPage(client: FhirClient, id: RwSignal<String>) -> impl IntoView {
    let record = load(move || {
        let (client, id) = (client.clone(), id.get());
        async move { client.read::<Patient>(&id).await }
    });
    view! {
        <Loader resource=record render=render(|p: &Patient| view! { <p>{p.display_name()}</p> }.into_any())/>
    }
}

/// Lets the tasks woken so far run.
async fn settle() {
    for _ in 0..5 {
        tick().await;
    }
}

#[wasm_bindgen_test]
async fn switching_patient_abandons_the_previous_patients_read_and_never_draws_its_answer() {
    let server = Arc::new(HeldServer::default());
    let client = FhirClient::new(server.clone());
    let el = host();
    let patient = RwSignal::new("emma".to_string());
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n::new(RwSignal::new(Lang::Nl)));
        let client = client.clone();
        // As the patient frame does: the page is made anew for each patient.
        move || view! { <NamePage client=client.clone() id=patient.get()/> }
    });
    settle().await;
    assert_eq!(server.sent.load(Ordering::SeqCst), 1);
    assert!(
        el.text_content()
            .unwrap_or_default()
            .contains("Bezig met laden")
    );

    patient.set("noah".into());
    settle().await;
    assert_eq!(server.sent.load(Ordering::SeqCst), 2);
    assert_eq!(
        server.abandoned.load(Ordering::SeqCst),
        1,
        "Emma's read is abandoned at the switch"
    );

    server.release();
    settle().await;
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("Dossier van noah"), "{text}");
    assert!(!text.contains("Dossier van emma"), "{text}");
}

#[wasm_bindgen_test]
async fn leaving_a_page_abandons_its_read_and_never_draws_its_answer() {
    let server = Arc::new(HeldServer::default());
    let client = FhirClient::new(server.clone());
    let el = host();
    let open = RwSignal::new(true);
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n::new(RwSignal::new(Lang::Nl)));
        let client = client.clone();
        move || {
            open.get()
                .then(|| view! { <NamePage client=client.clone() id="emma".to_string()/> })
        }
    });
    settle().await;
    assert_eq!(server.sent.load(Ordering::SeqCst), 1);

    open.set(false);
    settle().await;
    assert_eq!(
        server.abandoned.load(Ordering::SeqCst),
        1,
        "the read is abandoned"
    );
    server.release();
    settle().await;
    assert!(
        !el.text_content()
            .unwrap_or_default()
            .contains("Dossier van emma")
    );
}

#[wasm_bindgen_test]
async fn asking_for_something_else_on_the_page_abandons_the_read_under_way_at_once() {
    let server = Arc::new(HeldServer::default());
    let client = FhirClient::new(server.clone());
    let el = host();
    let id = RwSignal::new("emma".to_string());
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n::new(RwSignal::new(Lang::Nl)));
        view! { <ChosenPage client=client.clone() id=id/> }
    });
    settle().await;
    assert_eq!(server.sent.load(Ordering::SeqCst), 1);

    id.set("noah".into());
    settle().await;
    assert_eq!(
        server.sent.load(Ordering::SeqCst),
        2,
        "the next read starts without waiting for the first"
    );
    assert_eq!(
        server.abandoned.load(Ordering::SeqCst),
        1,
        "the first is abandoned"
    );

    server.release();
    settle().await;
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("Dossier van noah"), "{text}");
    assert!(!text.contains("Dossier van emma"), "{text}");
}

#[wasm_bindgen_test]
async fn a_page_left_asks_for_nothing_more_when_what_it_read_changes() {
    let server = Arc::new(HeldServer::default());
    let client = FhirClient::new(server.clone());
    let el = host();
    let (open, id) = (RwSignal::new(true), RwSignal::new("emma".to_string()));
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n::new(RwSignal::new(Lang::Nl)));
        let client = client.clone();
        move || {
            open.get()
                .then(|| view! { <ChosenPage client=client.clone() id=id/> })
        }
    });
    settle().await;
    open.set(false);
    settle().await;
    id.set("noah".into());
    settle().await;
    assert_eq!(server.sent.load(Ordering::SeqCst), 1);
    assert_eq!(server.abandoned.load(Ordering::SeqCst), 1);
}
