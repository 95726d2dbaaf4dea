//! Moving between pages, with or without Leptos' router.
//!
//! The sign-in form, and `/` (which leads there or to the own portal), are
//! drawn by the main module without the router: the router, the routes and
//! their matching come with the portal's own chunk (`portaal`,
//! `routes.rs`), so someone who only signs in does not download them
//! first. The pages of the main module move on through here: before the
//! router is there, the address changes and the app draws the routed
//! portal, which reads the address; once it is there, through the router.

use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// How the router moves to a path (`true`: replacing the current entry).
pub type Navigate = Rc<dyn Fn(&str, bool)>;

thread_local! {
    /// The router's way to move, once the routed portal is drawn.
    static ROUTER: RefCell<Option<Navigate>> = const { RefCell::new(None) };
    /// The page the main module draws without the router (`/` or
    /// `/inloggen`), or `None` once the routed portal is drawn (for good).
    static PLAIN: ArcRwSignal<Option<String>> = ArcRwSignal::new(None);
}

/// Whether the main module draws this path itself (the query left aside).
pub fn is_plain(path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    matches!(path, "/" | "/inloggen")
}

/// The path in the address bar, without query.
pub fn path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// A parameter of the address' query, decoded (`?terug=%2Fp%2Femma`).
pub fn query(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    query_in(&search, name)
}

fn query_in(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| crate::fhir::search::decode(value))
}

/// At the start: the page the main module draws for the address it opened
/// on, if it draws it itself.
pub fn start() {
    let at = path();
    PLAIN.with(|p| p.set(is_plain(&at).then_some(at)));
}

/// The page the main module draws itself (tracked), or `None` when the
/// routed portal is drawn.
pub fn plain_page() -> Option<String> {
    PLAIN.with(|p| p.get())
}

/// The routed portal registers how its router moves.
pub fn set_router(navigate: Navigate) {
    ROUTER.with(|r| *r.borrow_mut() = Some(navigate));
}

/// Goes to `path` (a new history entry).
pub fn go(path: &str) {
    navigate(path, false);
}

/// Goes to `path` in place of the current address (a redirect).
pub fn replace(path: &str) {
    navigate(path, true);
}

/// Goes to `path` once the current update is done: for a page that finds,
/// while it is drawn, that it is not the one to show.
pub fn redirect(path: String) {
    queue_microtask(move || replace(&path));
}

fn navigate(to: &str, replace: bool) {
    if let Some(router) = ROUTER.with(|r| r.borrow().clone()) {
        router(to, replace);
        return;
    }
    if let Ok(history) = window().history() {
        let _ = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to))
        };
    }
    went_to(to);
}

/// The address changed without the router (a move, Back): the page to draw.
fn went_to(to: &str) {
    let plain = PLAIN.with(|p| p.get_untracked());
    // Once the routed portal is drawn it stays: its router follows.
    if plain.is_none() {
        return;
    }
    let next = is_plain(to).then(path);
    if next != plain {
        PLAIN.with(|p| p.set(next));
    }
}

/// While no router is there: Back and Forward between the main module's
/// pages, and a link followed in them, stay in the portal (without a new
/// page load).
pub fn follow_without_router() {
    let back = window_event_listener(leptos::ev::popstate, |_| {
        if ROUTER.with(|r| r.borrow().is_none()) {
            went_to(&path());
        }
    });
    // The listener lives as long as the page.
    std::mem::forget(back);
}

/// A click on a link to a page of the portal, while no router is there:
/// goes there without loading the page again. Clicks with a modifier (a
/// new tab), links to elsewhere or within the page are the browser's.
pub fn follow_link(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
        || ROUTER.with(|r| r.borrow().is_some())
    {
        return;
    }
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
    else {
        return;
    };
    let Some(href) = link.get_attribute("href") else {
        return;
    };
    if !href.starts_with('/')
        || href.starts_with("//")
        || link.has_attribute("target")
        || link.has_attribute("download")
    {
        return;
    }
    ev.prevent_default();
    go(&href);
}

#[cfg(test)]
mod tests {
    use super::{is_plain, query_in};

    #[test]
    fn the_main_module_draws_only_the_sign_in_and_the_start() {
        assert!(is_plain("/"));
        assert!(is_plain("/inloggen"));
        assert!(is_plain("/inloggen?terug=%2Fp%2Femma"));
        assert!(!is_plain("/uitgelogd"));
        assert!(!is_plain("/p/emma"));
        assert!(!is_plain("/inloggen/extra"));
    }

    #[test]
    fn a_query_parameter_is_read_decoded() {
        assert_eq!(
            query_in("?terug=%2Fp%2Femma%2Fuitslagen", "terug").as_deref(),
            Some("/p/emma/uitslagen")
        );
        assert_eq!(
            query_in("?a=1&reden=idle", "reden").as_deref(),
            Some("idle")
        );
        assert_eq!(query_in("?terug", "terug").as_deref(), Some(""));
        assert_eq!(query_in("", "terug"), None);
        assert_eq!(query_in("?terugx=1", "terug"), None);
    }
}
