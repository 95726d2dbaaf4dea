//! The grey bar with the names of the people one acts for (handbook §2.2).

use leptos::prelude::*;

/// One name in the bar.
#[derive(Clone, Debug, PartialEq)]
pub struct BarEntry {
    /// The patient's id.
    pub id: String,
    /// The name shown.
    pub name: String,
    /// Where choosing it goes.
    pub href: String,
    /// Why it cannot be opened; `None` when it can.
    pub blocked: Option<String>,
}

/// The bar. The current patient is marked with `aria-current`; a blocked
/// name is greyed, is not a link, and says why.
#[component]
pub fn PatientBar(
    /// The names, in order.
    #[prop(into)]
    entries: Signal<Vec<BarEntry>>,
    /// The id of the patient whose portal is open.
    #[prop(into)]
    current: Signal<Option<String>>,
    /// The accessible name of the navigation landmark.
    #[prop(into)]
    label: Signal<String>,
    /// The section open now ("/medicijnen", or "" for Home): choosing a
    /// name opens the same section of that person's dossier.
    #[prop(into)]
    section: Signal<String>,
) -> impl IntoView {
    view! {
        <nav class="patient-bar" aria-label=move || label.get()>
            <ul class="patient-bar__list">
                <For
                    each=move || entries.get()
                    key=|e| (e.id.clone(), e.name.clone(), e.blocked.clone())
                    children=move |entry| {
                        let id = entry.id.clone();
                        let is_current = move || current.get().as_deref() == Some(id.as_str());
                        match entry.blocked {
                            Some(reason) => view! {
                                <li class="patient-bar__item patient-bar__item--blocked">
                                    <span class="patient-bar__name">{entry.name}</span>
                                    " "
                                    <span class="patient-bar__reason">{reason}</span>
                                </li>
                            }
                            .into_any(),
                            None => view! {
                                <li class="patient-bar__item">
                                    <a
                                        class="patient-bar__link"
                                        href=move || format!("{}{}", entry.href, section.get())
                                        aria-current=move || is_current().then_some("true")
                                    >
                                        {entry.name}
                                    </a>
                                </li>
                            }
                            .into_any(),
                        }
                    }
                />
            </ul>
        </nav>
    }
}
