//! One table component for every list in the dossier (reports, letters,
//! medicines, measurements, results). Pages describe columns and rows as
//! data; the markup is built here once, so each page no longer compiles its
//! own copy of the table's view code.
//!
//! On phones the rows stack; every cell then shows its column's name
//! (`data-label`), and explicit ARIA table roles keep the table a table for
//! screen readers when CSS changes its display.

use crate::i18n::{I18n, Key, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

/// A text worked out in the person's language (dates, numbers).
pub type LiveText = Arc<dyn Fn(I18n) -> String + Send + Sync>;

/// A column heading.
pub enum Header {
    /// An interface text.
    Key(Key),
    /// Text from the record ("Systolische bloeddruk").
    Text(String),
    /// An interface text for screen readers only (a column of buttons).
    Hidden(Key),
}

/// What a cell shows.
pub enum Cell {
    /// Text as written in the record.
    Text(String),
    /// An interface text.
    Label(Key),
    /// Text in the person's language.
    Live(LiveText),
    /// A link with its text as written; `label`, if given, is its
    /// accessible name (which must start with the visible text).
    Link {
        /// Where it leads.
        href: String,
        /// The visible text.
        text: String,
        /// Extra classes.
        class: &'static str,
        /// The accessible name, when more than the text.
        label: Option<LiveText>,
    },
    /// A link whose text is an interface text ("Bekijken"), named for
    /// screen readers by `label` (which starts with that text).
    Action {
        /// Where it leads.
        href: String,
        /// The visible text.
        key: Key,
        /// Classes.
        class: &'static str,
        /// The accessible name.
        label: LiveText,
    },
    /// A status or flag in words, styled by `class`.
    Badge {
        /// CSS classes.
        class: String,
        /// The words.
        key: Key,
    },
    /// Anything else.
    View(AnyView),
}

impl Cell {
    /// A date (or "—") in the person's language.
    pub fn date(date: Option<chrono::NaiveDate>) -> Cell {
        Cell::Live(Arc::new(move |i| i.date(date)))
    }

    /// Text as written, or "—" when missing.
    pub fn text_or_dash(text: Option<&str>) -> Cell {
        Cell::Text(text.unwrap_or("—").to_string())
    }

    fn into_view(self, i18n: I18n) -> AnyView {
        match self {
            Cell::Text(t) => t.into_any(),
            Cell::Label(k) => i18n.text(k).into_any(),
            Cell::Live(f) => i18n.live(f).into_any(),
            Cell::Link {
                href,
                text,
                class,
                label,
            } => {
                let label = label.map(|f| i18n.live(f));
                view! { <a href=href class=class aria-label=label>{text}</a> }.into_any()
            }
            Cell::Action {
                href,
                key,
                class,
                label,
            } => {
                view! { <a href=href class=class aria-label=i18n.live(label)>{i18n.text(key)}</a> }
                    .into_any()
            }
            Cell::Badge { class, key } => {
                view! { <span class=class>{i18n.text(key)}</span> }.into_any()
            }
            Cell::View(v) => v,
        }
    }
}

/// One row: its cells in column order, and optional attributes.
pub struct Row {
    /// The cells; the first is the row's header when the table says so.
    pub cells: Vec<Cell>,
    /// A `data-status` value (for styling and tests).
    pub status: Option<&'static str>,
}

impl Row {
    /// A row of cells.
    pub fn new(cells: Vec<Cell>) -> Self {
        Row {
            cells,
            status: None,
        }
    }
}

/// The caption: shown, or for screen readers only.
pub enum Caption {
    /// Shown above the table.
    Shown(LiveText),
    /// Read by screen readers only.
    Hidden(Cell),
}

impl Header {
    /// The heading's text in the person's language.
    fn text(&self) -> LiveText {
        match self {
            Header::Key(k) | Header::Hidden(k) => {
                let k = *k;
                Arc::new(move |i: I18n| i.t(k).to_string())
            }
            Header::Text(t) => {
                let t = t.clone();
                Arc::new(move |_| t.clone())
            }
        }
    }
}

/// A table of `rows` under `columns`. With `row_headers` the first cell of
/// each row is its header (`th scope="row"`).
#[component]
pub fn DataTable(
    /// Column headings.
    columns: Vec<Header>,
    /// The rows.
    rows: Vec<Row>,
    /// The caption.
    caption: Caption,
    /// Extra class on the table.
    #[prop(optional)]
    class: &'static str,
    /// `data-testid` of the table.
    #[prop(optional)]
    testid: &'static str,
    /// Whether the first cell of a row heads it.
    #[prop(optional)]
    row_headers: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    // A column named for screen readers only gives no visible cell label.
    let texts: Vec<LiveText> = columns.iter().map(Header::text).collect();
    let labels: Vec<Option<LiveText>> = columns
        .iter()
        .zip(&texts)
        .map(|(c, t)| (!matches!(c, Header::Hidden(_))).then(|| t.clone()))
        .collect();
    let head = columns
        .iter()
        .zip(texts)
        .map(|(c, text)| {
            let hidden = matches!(c, Header::Hidden(_));
            view! {
                <th scope="col" role="columnheader" class="utrecht-table__header-cell">
                    <span class:visually-hidden=hidden>{i18n.live(text)}</span>
                </th>
            }
        })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .cells
                .into_iter()
                .enumerate()
                .map(|(n, cell)| {
                    let label = labels.get(n).cloned().flatten().map(|f| i18n.live(f));
                    let content = cell.into_view(i18n);
                    if n == 0 && row_headers {
                        view! { <th scope="row" role="rowheader" class="utrecht-table__cell table__row-header" data-label=label>{content}</th> }.into_any()
                    } else {
                        view! { <td role="cell" class="utrecht-table__cell" data-label=label>{content}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr role="row" class="utrecht-table__row" data-status=row.status>{cells}</tr> }
        })
        .collect_view();
    let caption = match caption {
        Caption::Shown(f) => {
            view! { <caption class="utrecht-table__caption">{i18n.live(f)}</caption> }.into_any()
        }
        Caption::Hidden(c) => {
            view! { <caption class="visually-hidden">{c.into_view(i18n)}</caption> }.into_any()
        }
    };
    view! {
        <table role="table" class=format!("utrecht-table {class}") data-testid=(!testid.is_empty()).then_some(testid)>
            {caption}
            <thead role="rowgroup" class="utrecht-table__header"><tr role="row" class="utrecht-table__row">{head}</tr></thead>
            <tbody role="rowgroup" class="utrecht-table__body">{body}</tbody>
        </table>
    }
}

/// A page of a longer list: the notice of unreadable records, the table
/// (or the `empty` text when there are no rows) and the pager.
#[component]
pub fn PagedTable(
    /// Records that could not be read.
    problems: Vec<crate::fhir::Problem>,
    /// Column headings.
    columns: Vec<Header>,
    /// The rows of this page.
    rows: Vec<Row>,
    /// Caption text with `{page}`, `{pages}` and `{total}`.
    caption: Key,
    /// Where the list stands.
    paging: crate::components::pager::Paging,
    /// The address of page n.
    href: Callback<u32, String>,
    /// What to say when there is nothing.
    empty: Key,
    /// `data-testid` of the empty text.
    empty_testid: &'static str,
    /// Extra class on the table.
    class: &'static str,
) -> impl IntoView {
    use crate::components::pager::Pager;
    use crate::components::problems::ProblemsNotice;
    let i18n = use_i18n();
    let body = if rows.is_empty() {
        view! { <p class="empty" data-testid=empty_testid>{i18n.text(empty)}</p> }.into_any()
    } else {
        view! {
            <DataTable class=class caption=Caption::Shown(paging.caption(caption)) rows=rows columns=columns/>
            <Pager page=paging.page pages=paging.pages href=href/>
        }
        .into_any()
    };
    view! {
        <ProblemsNotice problems=problems/>
        {body}
    }
}
