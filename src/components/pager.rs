//! Paging through a list: arrows and page numbers, as links so the page is
//! part of the URL (reload and Back keep it).

use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;

/// Where a paged list stands: the page shown (never past the last),
/// how many pages, and how many items in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The page shown, from 1.
    pub page: u32,
    /// How many pages (at least 1).
    pub pages: u32,
    /// How many items in all.
    pub total: u32,
}

impl Paging {
    /// From the server's `total` (else the items on this page), the page
    /// size and the page asked for.
    pub fn of(total: Option<u64>, shown: usize, per_page: u32, asked: u32) -> Self {
        let total = u32::try_from(total.unwrap_or(shown as u64)).unwrap_or(u32::MAX);
        let pages = total.div_ceil(per_page.max(1)).max(1);
        Paging {
            page: asked.clamp(1, pages),
            pages,
            total,
        }
    }

    /// A caption such as "pagina 2 van 5 (43 in totaal)" from `key`, which
    /// may use `{page}`, `{pages}` and `{total}`.
    pub fn caption(self, key: Key) -> crate::components::data_table::LiveText {
        std::sync::Arc::new(move |i| {
            i.tf(
                key,
                &[
                    ("page", &self.page.to_string()),
                    ("pages", &self.pages.to_string()),
                    ("total", &self.total.to_string()),
                ],
            )
        })
    }
}

/// The page in an address's `pagina` (1 when missing or not a page).
pub fn parse_page(text: Option<&str>) -> u32 {
    text.and_then(|p| p.parse().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1)
}

/// Adds `pagina=n` to an address's parameters (nothing for page 1).
pub fn push_page(params: &mut Vec<String>, page: u32) {
    if page > 1 {
        params.push(format!("pagina={page}"));
    }
}

/// The page numbers to show around `page` of `pages`: the first, the last,
/// and two on either side, with `None` for a gap.
pub fn page_numbers(page: u32, pages: u32) -> Vec<Option<u32>> {
    let mut out: Vec<Option<u32>> = Vec::new();
    for n in 1..=pages {
        let near = n + 2 >= page && n <= page + 2;
        if n == 1 || n == pages || near {
            out.push(Some(n));
        } else if out.last() != Some(&None) {
            out.push(None);
        }
    }
    out
}

/// A pager; renders nothing for a single page.
#[component]
pub fn Pager(
    /// The current page, from 1.
    #[prop(into)]
    page: Signal<u32>,
    /// How many pages there are.
    #[prop(into)]
    pages: Signal<u32>,
    /// The address of page n.
    href: Callback<u32, String>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let (page, pages) = (page.get(), pages.get());
        (pages > 1).then(|| {
            let numbers = page_numbers(page, pages)
                .into_iter()
                .map(|n| match n {
                    Some(n) => {
                        let label = i18n.tf(Key::PagerPage, &[("n", &n.to_string()), ("of", &pages.to_string())]);
                        view! {
                            <li>
                                <a class="pager__link" href=href.run(n) aria-label=label
                                    aria-current=(n == page).then_some("page")>{n}</a>
                            </li>
                        }
                        .into_any()
                    }
                    None => view! { <li class="pager__gap" aria-hidden="true">"…"</li> }.into_any(),
                })
                .collect_view();
            view! {
                <nav class="pager" aria-label=i18n.text(Key::PagerLabel)>
                    <ul class="pager__list">
                        <li>
                            {(page > 1).then(|| view! {
                                <a class="pager__link pager__link--prev" href=href.run(page - 1) rel="prev">
                                    <span aria-hidden="true">"‹ "</span>{i18n.text(Key::PagerPrevious)}
                                </a>
                            })}
                        </li>
                        {numbers}
                        <li>
                            {(page < pages).then(|| view! {
                                <a class="pager__link pager__link--next" href=href.run(page + 1) rel="next">
                                    {i18n.text(Key::PagerNext)}<span aria-hidden="true">" ›"</span>
                                </a>
                            })}
                        </li>
                    </ul>
                </nav>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::page_numbers;

    #[test]
    fn numbers_with_gaps() {
        assert_eq!(page_numbers(1, 1), vec![Some(1)]);
        assert_eq!(page_numbers(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(
            page_numbers(6, 12),
            vec![
                Some(1),
                None,
                Some(4),
                Some(5),
                Some(6),
                Some(7),
                Some(8),
                None,
                Some(12)
            ]
        );
        assert_eq!(
            page_numbers(1, 9),
            vec![Some(1), Some(2), Some(3), None, Some(9)]
        );
    }
}
