//! A line chart drawn by the portal as SVG: one or more lines over time,
//! value axis with round ticks, date axis with months. The picture is an
//! image for screen readers (`role="img"`) named by a summary in words:
//! how many measurements, from when to when, the last, lowest and highest
//! value of each line. The same data are always also given as a table by
//! the page; lines differ in colour and in marker shape and dash, never in
//! colour alone.

use crate::i18n::{Key, format_month, use_i18n};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::sync::Arc;

/// One line: its name and its points, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// What it shows ("Systolische bloeddruk").
    pub label: String,
    /// Date and value, oldest first.
    pub points: Vec<(NaiveDate, f64)>,
}

const W: f64 = 400.0;
const H: f64 = 220.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;

/// Round tick values covering `min..=max`, about four steps.
pub fn ticks(min: f64, max: f64) -> Vec<f64> {
    if !(min.is_finite() && max.is_finite()) {
        return Vec::new();
    }
    let (min, max) = if (max - min).abs() < f64::EPSILON {
        let pad = if min == 0.0 { 1.0 } else { min.abs() * 0.1 };
        (min - pad, max + pad)
    } else {
        (min, max)
    };
    let rough = (max - min) / 4.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * magnitude);
    let first = (min / step).floor() * step;
    let mut out = Vec::new();
    let mut v = first;
    while v <= max + step * 0.999 && out.len() < 12 {
        out.push((v / step).round() * step);
        v += step;
    }
    out
}

/// Evenly spread dates for the date axis: the first, the last and up to two
/// between.
fn date_ticks(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let days = (to - from).num_days();
    if days <= 0 {
        return vec![from];
    }
    let n = if days > 90 { 3 } else { 1 };
    (0..=n)
        .map(|i| from + chrono::Duration::days(days * i / n))
        .collect()
}

/// The chart. `unit` is added to the summary; `title` names what is shown.
#[component]
pub fn Chart(
    /// What the chart shows ("Gewicht").
    #[prop(into)]
    title: String,
    /// The unit of the values.
    #[prop(optional, into)]
    unit: Option<String>,
    /// The lines.
    lines: Vec<Line>,
) -> impl IntoView {
    let i18n = use_i18n();
    let all: Vec<(NaiveDate, f64)> = lines
        .iter()
        .flat_map(|l| l.points.iter().copied())
        .collect();
    if all.is_empty() {
        return view! { <p class="chart-empty">{i18n.text(Key::ChartEmpty)}</p> }.into_any();
    }
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (_, v) in &all {
        lo = lo.min(*v);
        hi = hi.max(*v);
    }
    let y_ticks = ticks(lo, hi);
    let (y0, y1) = (
        y_ticks.first().copied().unwrap_or(lo),
        y_ticks.last().copied().unwrap_or(hi),
    );
    let first = all.iter().map(|p| p.0).min().unwrap_or_default();
    let last = all.iter().map(|p| p.0).max().unwrap_or_default();
    let span = (last - first).num_days().max(1) as f64;
    let x = move |d: NaiveDate| {
        if first == last {
            LEFT + (W - LEFT - RIGHT) / 2.0
        } else {
            LEFT + (d - first).num_days() as f64 / span * (W - LEFT - RIGHT)
        }
    };
    let y = move |v: f64| {
        let range = if (y1 - y0).abs() < f64::EPSILON {
            1.0
        } else {
            y1 - y0
        };
        TOP + (1.0 - (v - y0) / range) * (H - TOP - BOTTOM)
    };
    let summary = {
        let (title, unit, lines) = (
            title.clone(),
            unit.clone().unwrap_or_default(),
            lines.clone(),
        );
        let count = all.len() / lines.len().max(1);
        i18n.live(Arc::new(move |i18n| {
            let per_line: Vec<String> = lines
                .iter()
                .filter_map(|l| {
                    let last = l.points.last()?.1;
                    let min = l.points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
                    let max = l
                        .points
                        .iter()
                        .map(|p| p.1)
                        .fold(f64::NEG_INFINITY, f64::max);
                    Some(i18n.tf(
                        Key::ChartLine,
                        &[
                            ("label", &l.label),
                            ("last", &i18n.number(last)),
                            ("min", &i18n.number(min)),
                            ("max", &i18n.number(max)),
                            ("unit", &unit),
                        ],
                    ))
                })
                .collect();
            i18n.tf(
                Key::ChartSummary,
                &[
                    ("title", &title),
                    ("count", &count.to_string()),
                    ("from", &i18n.date(Some(first))),
                    ("to", &i18n.date(Some(last))),
                    ("lines", &per_line.join(" ")),
                ],
            )
        }))
    };
    let grid = y_ticks
        .iter()
        .map(|t| {
            let (t, yy) = (*t, y(*t));
            view! {
                <line class="chart__grid" x1=LEFT x2=W - RIGHT y1=yy y2=yy/>
                <text class="chart__tick" x=LEFT - 6.0 y=yy + 4.0 text-anchor="end">{i18n.live(Arc::new(move |i| i.number(t)))}</text>
            }
        })
        .collect_view();
    let months = date_ticks(first, last)
        .into_iter()
        .map(|d| {
            let xx = x(d);
            let anchor = if xx < LEFT + 30.0 { "start" } else if xx > W - RIGHT - 30.0 { "end" } else { "middle" };
            view! { <text class="chart__tick" x=xx y=H - 8.0 text-anchor=anchor>{i18n.live(Arc::new(move |i| format_month(i.lang(), d)))}</text> }
        })
        .collect_view();
    let paths = lines
        .iter()
        .enumerate()
        .map(|(n, line)| {
            let d: String = line
                .points
                .iter()
                .enumerate()
                .map(|(i, (date, v))| format!("{}{:.1},{:.1}", if i == 0 { "M" } else { " L" }, x(*date), y(*v)))
                .collect();
            let marks = line
                .points
                .iter()
                .map(|(date, v)| {
                    let (cx, cy) = (x(*date), y(*v));
                    if n % 2 == 0 {
                        view! { <circle class="chart__mark" cx=cx cy=cy r="3.5"/> }.into_any()
                    } else {
                        view! { <rect class="chart__mark" x=cx - 3.5 y=cy - 3.5 width="7" height="7"/> }.into_any()
                    }
                })
                .collect_view();
            view! { <g class=format!("chart__line chart__line--{}", n % 2)><path d=d/>{marks}</g> }
        })
        .collect_view();
    let legend = (lines.len() > 1).then(|| {
        let items = lines
            .iter()
            .enumerate()
            .map(|(n, l)| view! { <li class=format!("chart__key chart__key--{}", n % 2)>{l.label.clone()}</li> })
            .collect_view();
        view! { <ul class="chart__legend" aria-hidden="true">{items}</ul> }
    });
    view! {
        <figure class="chart">
            <svg class="chart__svg" viewBox=format!("0 0 {W} {H}") role="img" aria-label=summary focusable="false">
                {grid}
                <line class="chart__axis" x1=LEFT x2=W - RIGHT y1=H - BOTTOM y2=H - BOTTOM/>
                {months}
                {paths}
            </svg>
            {legend}
        </figure>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_values() {
        assert_eq!(ticks(12.1, 25.3), vec![10.0, 15.0, 20.0, 25.0, 30.0]);
        assert_eq!(ticks(78.0, 162.0), vec![75.0, 100.0, 125.0, 150.0, 175.0]);
        let t = ticks(36.4, 39.1);
        assert!(
            t.first().copied().unwrap() <= 36.4 && t.last().copied().unwrap() >= 39.1,
            "{t:?}"
        );
        let one = ticks(5.0, 5.0);
        assert!(
            one.first().copied().unwrap() < 5.0 && one.last().copied().unwrap() > 5.0,
            "{one:?}"
        );
        assert!(ticks(f64::NAN, 1.0).is_empty());
    }

    #[test]
    fn date_ticks_span_first_to_last() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let t = date_ticks(d(2020, 1, 1), d(2026, 1, 1));
        assert_eq!(t.len(), 4);
        assert_eq!((t[0], t[3]), (d(2020, 1, 1), d(2026, 1, 1)));
        assert_eq!(
            date_ticks(d(2020, 1, 1), d(2020, 1, 1)),
            vec![d(2020, 1, 1)]
        );
    }
}
