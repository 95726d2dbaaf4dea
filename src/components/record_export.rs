//! "Mijn dossier downloaden" (issue 18): collects every section of the open
//! patient's record from the server, page by page, with a progress bar per
//! section and overall, and hands the browser one FHIR file.
//!
//! Nothing is stored: the entries wait as text in the browser's memory, one
//! `Blob` per page (not in the wasm memory, which never shrinks, and not
//! in one long string to be joined at the end), until the file is made, and
//! are dropped once it is handed over, when "Annuleren" is pressed, and
//! when the page goes (another page, another patient, an idle sign-out),
//! which also aborts the request under way.

use crate::components::notice::{Notice, NoticeKind};
use crate::fhir::FhirError;
use crate::fhir::export::{self, Made, Section};
use crate::i18n::{I18n, Key, use_i18n};
use crate::layout::CurrentPatient;
use futures::future::{AbortHandle, Abortable};
use leptos::prelude::*;

/// Where one section stands.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// Not started.
    Waiting,
    /// Being counted.
    Counting,
    /// Counted (how many there are, when the server said), not fetched yet.
    Queued(Option<u64>),
    /// Pages coming in: how many resources, of how many (when known).
    Busy(usize, Option<u64>),
    /// All in: how many resources it gave (with what came alongside) and
    /// how many of them matched its searches.
    Done { stored: usize, matched: usize },
    /// Could not be fetched.
    Failed(FhirError),
}

impl Step {
    /// Its part of the whole record: how many resources are in, of how
    /// many; none while that is not known yet.
    fn share(&self) -> Option<(u64, u64)> {
        match self {
            Step::Waiting | Step::Counting => None,
            Step::Queued(total) => Some((0, total.unwrap_or(u64::from(export::PAGE)))),
            Step::Busy(n, Some(total)) => Some(((*n as u64).min(*total), *total)),
            // The server did not say: at least one page more.
            Step::Busy(n, None) => Some((*n as u64, *n as u64 + u64::from(export::PAGE))),
            Step::Done { matched, .. } => Some((*matched as u64, *matched as u64)),
            Step::Failed(_) => Some((0, 0)),
        }
    }

    /// How far its own bar is, 0 to 1; none while under way by an amount
    /// not known.
    fn fraction(&self) -> Option<f64> {
        match self {
            Step::Waiting | Step::Queued(_) | Step::Failed(_) => Some(0.0),
            Step::Counting | Step::Busy(_, None) => None,
            Step::Busy(n, Some(total)) if *total > 0 => Some((*n as f64 / *total as f64).min(1.0)),
            Step::Busy(..) | Step::Done { .. } => Some(1.0),
        }
    }
}

/// Where the download stands.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    /// Nothing asked yet, or the last one stopped.
    Ready,
    /// Collecting.
    Collecting,
    /// Collected, but sections failed: retry them or go without.
    Choose,
    /// Handed to the browser: the file's name and how many resources.
    Saved(String, usize),
    /// Stopped by "Annuleren".
    Cancelled,
}

/// What has been collected: which resources (each once), and their entries
/// as text, one `Blob` per page and per section (in [`Section::ALL`]'s
/// order), held by the browser.
struct Store {
    gathering: export::Gathering,
    pages: Vec<Vec<web_sys::Blob>>,
}

impl Store {
    fn new() -> Self {
        Store {
            gathering: export::Gathering::default(),
            pages: vec![Vec::new(); Section::ALL.len()],
        }
    }

    /// Hands the page under way of section `at` to the browser.
    fn close_page(&mut self, at: usize) {
        let Some(text) = self.gathering.take_page() else {
            return;
        };
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&text));
        if let Ok(blob) = web_sys::Blob::new_with_str_sequence(&parts) {
            self.pages[at].push(blob);
        }
    }

    /// Drops what section `at` gave.
    fn forget(&mut self, at: usize) {
        self.gathering.forget(Section::ALL[at]);
        self.pages[at].clear();
    }
}

/// The section's name as the menu has it.
fn section_name(section: Section) -> Key {
    match section {
        Section::Patient => Key::NavPatientData,
        Section::Authorizations => Key::ExportSectionAuthorizations,
        Section::Documents => Key::ExportSectionDocuments,
        Section::Goals => Key::NavGoals,
        Section::Medicines => Key::NavMedicines,
        Section::Measurements => Key::NavMeasurements,
        Section::Results => Key::NavResults,
        Section::Problems => Key::NavProblems,
        Section::Allergies => Key::NavAllergies,
        Section::Vaccinations => Key::NavVaccinations,
        Section::Questionnaires => Key::NavQuestionnaires,
        Section::Appointments => Key::NavAgenda,
        Section::Messages => Key::NavEconsult,
        Section::Consents => Key::ExportSectionConsents,
        Section::AccessLog => Key::NavAccessLog,
    }
}

/// The index of `section` in [`Section::ALL`].
fn index(section: Section) -> usize {
    Section::ALL
        .iter()
        .position(|s| *s == section)
        .unwrap_or_default()
}

/// How far the whole download is, in whole percents of the resources the
/// record holds; none while sections are still being counted.
fn percent(steps: &[Step]) -> Option<u32> {
    let mut shares = Vec::with_capacity(steps.len());
    for step in steps {
        shares.push(step.share()?);
    }
    let (done, of) = shares
        .iter()
        .fold((0u64, 0u64), |(d, o), (a, b)| (d + a, o + b));
    let busy = steps.iter().any(|s| matches!(s, Step::Busy(..)));
    let whole = (done * 100).checked_div(of).unwrap_or(100);
    // Full only once every section is.
    Some(if busy { whole.min(99) } else { whole } as u32)
}

/// A unique id for the file: a random (version 4) UUID.
fn new_uuid() -> Option<String> {
    let mut b = [0u8; 16];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut b)
        .ok()?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Some(format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    ))
}

/// Gives the browser its turn (to draw the progress, to take a click).
async fn yield_to_browser() {
    crate::fhir::transport::sleep(0).await;
}

/// The server's base URL as an absolute URL (a configured `/fhir` is on
/// the portal's own origin); none in demo mode.
fn server_base() -> Option<String> {
    let base = crate::session::use_config()
        .fhir
        .base_url
        .trim()
        .to_string();
    if base.starts_with("https://") || base.starts_with("http://") {
        return Some(base);
    }
    if base.starts_with('/') {
        return Some(format!("{}{base}", crate::session::oidc::origin()));
    }
    None
}

/// What the download works on, fixed for the page: who, for whom, where.
struct Target {
    /// The open patient.
    patient: CurrentPatient,
    /// Given and family name, for the file's name.
    names: (String, String),
    /// The server's base URL, for full URLs.
    base: Option<String>,
}

/// The download's state: handles only, so every handler copies it.
#[derive(Clone, Copy)]
struct Export {
    i18n: I18n,
    session: crate::session::Session,
    target: StoredValue<Target, LocalStorage>,
    phase: RwSignal<Phase>,
    steps: RwSignal<Vec<Step>>,
    store: StoredValue<Store, LocalStorage>,
    running: StoredValue<Option<AbortHandle>>,
    /// What the status region says: the quarters, and how it ended.
    said: RwSignal<String>,
    /// The last quarter said.
    quarter: StoredValue<u32>,
}

impl Export {
    /// Collects `sections` (all of them, or the ones to try again), then
    /// hands the file over when none failed.
    fn collect(self, sections: Vec<Section>) {
        if self.phase.get_untracked() == Phase::Collecting {
            return; // a double click
        }
        let Some((client, id, base)) = self.target.try_with_value(|t| {
            (
                t.patient.client.clone(),
                t.patient.id.clone(),
                t.base.clone(),
            )
        }) else {
            return;
        };
        self.steps.update(|all| {
            if sections.len() == Section::ALL.len() {
                all.iter_mut().for_each(|s| *s = Step::Waiting);
            }
            for s in &sections {
                all[index(*s)] = Step::Waiting;
            }
        });
        self.quarter
            .set_value(percent(&self.steps.get_untracked()).unwrap_or(0) / 25);
        self.said.set(String::new());
        self.phase.set(Phase::Collecting);
        let (handle, registration) = AbortHandle::new_pair();
        self.running.set_value(Some(handle));
        let (store, steps) = (self.store, self.steps);
        let work = async move {
            let base = base.as_deref();
            let found_in = |at: usize| {
                move |full_url: Option<&str>, resource: &serde_json::Value| {
                    store.try_update_value(|s| {
                        s.gathering.add(Section::ALL[at], base, full_url, resource)
                    });
                }
            };
            let fail = |at: usize, error: FhirError| {
                store.try_update_value(|s| s.forget(at));
                steps.try_update(|all| all[at] = Step::Failed(error));
            };
            // First every section counted: then the bar runs over the
            // whole record, a big section weighing as much as it holds.
            for section in &sections {
                let at = index(*section);
                steps.try_update(|all| all[at] = Step::Counting);
                let counted = export::count_section(&client, *section, &id).await;
                steps.try_update(|all| all[at] = Step::Queued(counted));
            }
            for section in sections {
                let at = index(section);
                let counted = match steps.try_with_untracked(|all| all[at].clone()) {
                    Some(Step::Queued(counted)) => counted,
                    _ => None,
                };
                store.try_update_value(|s| s.forget(at));
                steps.try_update(|all| all[at] = Step::Busy(0, counted));
                let mut matched = 0;
                let mut progress = |n: usize, total: Option<u64>| {
                    matched = n;
                    store.try_update_value(|s| s.close_page(at));
                    steps.try_update(|all| all[at] = Step::Busy(n, total.or(counted)));
                };
                let outcome = export::collect_section(
                    &client,
                    section,
                    &id,
                    &mut found_in(at),
                    &mut progress,
                    &yield_to_browser,
                )
                .await;
                match outcome {
                    Ok(()) => {
                        // The files its letters and messages point to.
                        store.try_update_value(|s| s.close_page(at));
                        let stored = store
                            .try_with_value(|s| s.gathering.count(section))
                            .unwrap_or_default();
                        steps.try_update(|all| all[at] = Step::Done { stored, matched });
                    }
                    Err(error) => fail(at, error),
                }
            }
            self.running.try_set_value(None);
            self.finished();
        };
        leptos::task::spawn_local(async move {
            let _ = Abortable::new(work, registration).await;
        });
        request_animation_frame(|| crate::components::focus::focus_id("export-cancel"));
    }

    /// Every section tried: the file, or the choice what to do without.
    fn finished(self) {
        let Some(failed) = self.steps.try_with_untracked(|s| failed_sections(s)) else {
            return; // the page is gone
        };
        if failed.is_empty() {
            self.save(Vec::new());
            return;
        }
        let i18n = self.i18n;
        let names: Vec<&str> = failed.iter().map(|s| i18n.t(section_name(*s))).collect();
        self.said
            .set(i18n.tf(Key::ExportFailedSaid, &[("sections", &names.join(", "))]));
        self.phase.set(Phase::Choose);
        request_animation_frame(|| crate::components::focus::focus_id("export-result"));
    }

    /// Makes the file of what was collected (saying which sections are
    /// `missing`), hands it to the browser and drops the collected entries.
    fn save(self, missing: Vec<Section>) {
        let i18n = self.i18n;
        let by = self
            .session
            .signed_in_untracked()
            .map(|s| s.shown_name(untrack(|| i18n.lang())))
            .unwrap_or_default();
        let Some((made, name)) = self.target.try_with_value(|t| {
            let made = Made {
                by,
                for_id: t.patient.id.clone(),
                for_name: t.patient.name.clone(),
                at: crate::fhir::model::now_instant(),
                identifier: new_uuid().unwrap_or_default(),
            };
            let name = export::file_name(&t.names.0, &t.names.1, crate::session::today());
            (made, name)
        }) else {
            return;
        };
        let count = self
            .store
            .try_with_value(|store| {
                // The file: its opening, every page's entries (the browser
                // joins them), its end.
                let parts = js_sys::Array::new();
                parts.push(&wasm_bindgen::JsValue::from_str(&export::file_opening(
                    &made, &missing,
                )));
                let comma = wasm_bindgen::JsValue::from_str(",");
                for (n, page) in store.pages.iter().flatten().enumerate() {
                    if n > 0 {
                        parts.push(&comma);
                    }
                    parts.push(page);
                }
                parts.push(&wasm_bindgen::JsValue::from_str(export::FILE_END));
                crate::download::save_parts(&name, "application/fhir+json", &parts);
                store.gathering.total()
            })
            .unwrap_or_default();
        self.store.try_update_value(|s| *s = Store::new());
        self.said.set(i18n.tf(
            Key::ExportSaved,
            &[("file", &name), ("count", &count.to_string())],
        ));
        self.phase.set(Phase::Saved(name, count));
        request_animation_frame(|| crate::components::focus::focus_id("export-result"));
    }

    /// "Annuleren": the request under way aborted, what was collected
    /// dropped.
    fn cancel(self) {
        if let Some(handle) = self.running.try_update_value(Option::take).flatten() {
            handle.abort();
        }
        self.store.update_value(|s| *s = Store::new());
        self.steps.set(vec![Step::Waiting; Section::ALL.len()]);
        self.said.set(self.i18n.t(Key::ExportCancelled).to_string());
        self.phase.set(Phase::Cancelled);
        request_animation_frame(|| crate::components::focus::focus_id("export-result"));
    }
}

/// The download, for `patient` (given and family name for the file name).
#[component]
pub fn RecordExport(
    /// The open patient.
    patient: CurrentPatient,
    /// Their given name and family name, for the file's name.
    names: (String, String),
) -> impl IntoView {
    let i18n = use_i18n();
    let (own, name) = (patient.own, patient.name.clone());
    let export = Export {
        i18n,
        session: crate::session::use_session(),
        target: StoredValue::new_local(Target {
            patient,
            names,
            base: server_base(),
        }),
        phase: RwSignal::new(Phase::Ready),
        steps: RwSignal::new(vec![Step::Waiting; Section::ALL.len()]),
        store: StoredValue::new_local(Store::new()),
        running: StoredValue::new(None),
        said: RwSignal::new(String::new()),
        quarter: StoredValue::new(0),
    };
    let (phase, steps, said) = (export.phase, export.steps, export.said);
    on_cleanup(move || {
        if let Some(handle) = export.running.try_update_value(Option::take).flatten() {
            handle.abort();
        }
    });

    // Said at each quarter while collecting.
    Effect::new(move |_| {
        let Some(now) = percent(&steps.get()) else {
            return;
        };
        if phase.get_untracked() != Phase::Collecting {
            return;
        }
        let q = now / 25;
        if q > export.quarter.get_value() && q < 4 {
            export.quarter.set_value(q);
            said.set(i18n.tf(Key::ExportSaid, &[("percent", &(q * 25).to_string())]));
        }
    });

    let start_label = i18n.live(std::sync::Arc::new(move |i| {
        if own {
            i.t(Key::ExportStartOwn).to_string()
        } else {
            i.tf(Key::ExportStartOther, &[("name", &name)])
        }
    }));
    let busy = move || phase.get() == Phase::Collecting;
    let shown = move || !matches!(phase.get(), Phase::Ready | Phase::Cancelled);

    view! {
        <section class="record-export" aria-labelledby="export-title" data-testid="record-export">
            <h2 id="export-title">{i18n.text(Key::ExportTitle)}</h2>
            <p>{i18n.text(Key::ExportIntro)}</p>
            <p>{i18n.text(Key::ExportKeepSafe)}</p>
            <p class="no-print" hidden=busy>
                <button type="button" class="utrecht-button utrecht-button--primary-action"
                    data-testid="export-start" on:click=move |_| export.collect(Section::ALL.to_vec())>
                    {start_label}
                </button>
            </p>
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"
                data-testid="export-said">{move || said.get()}</div>
            <Show when=busy>
                <p>{i18n.text(Key::ExportStay)}</p>
            </Show>
            <Show when=shown>
                {progress_view(i18n, steps, phase)}
            </Show>
            <Show when=busy>
                <p>
                    <button type="button" id="export-cancel" class="utrecht-button utrecht-button--secondary-action"
                        data-testid="export-cancel" on:click=move |_| export.cancel()>
                        {i18n.text(Key::ExportCancel)}
                    </button>
                </p>
            </Show>
            {move || outcome_view(export, phase.get())}
        </section>
    }
}

/// The sections that failed.
fn failed_sections(steps: &[Step]) -> Vec<Section> {
    Section::ALL
        .iter()
        .zip(steps)
        .filter(|(_, step)| matches!(step, Step::Failed(_)))
        .map(|(s, _)| *s)
        .collect()
}

/// The overall bar and one bar per section.
fn progress_view(i18n: I18n, steps: RwSignal<Vec<Step>>, phase: RwSignal<Phase>) -> impl IntoView {
    let overall = move || percent(&steps.get());
    let rows = Section::ALL
        .iter()
        .enumerate()
        .map(|(at, section)| {
            let step = move || steps.with(|all| all[at].clone());
            let label = format!("export-section-{}", section.code());
            let value = move || step().fraction();
            let status = move || match step() {
                Step::Waiting | Step::Queued(_) => i18n.t(Key::ExportStepWaiting).to_string(),
                Step::Counting => i18n.t(Key::ExportStepCounting).to_string(),
                Step::Busy(n, Some(total)) => {
                    i18n.tf(Key::ExportStepBusy, &[("count", &n.to_string()), ("total", &total.to_string())])
                }
                Step::Busy(n, None) => i18n.tf(Key::ExportStepBusyUnknown, &[("count", &n.to_string())]),
                Step::Done { stored, .. } => {
                    i18n.tf(Key::ExportStepDone, &[("count", &stored.to_string())])
                }
                Step::Failed(_) => i18n.t(Key::ExportStepFailed).to_string(),
            };
            let failed = move || matches!(step(), Step::Failed(_));
            view! {
                <li class="record-export__row" class:record-export__row--failed=failed
                    data-testid="export-row" data-section=section.code()>
                    <span id=label.clone() class="record-export__name">{i18n.text(section_name(*section))}</span>
                    // Without a value a bar shows "under way, amount unknown".
                    <progress max="1" value=move || value().map(|v| v.to_string())
                        aria-labelledby=label.clone() aria-describedby=format!("{label}-status")></progress>
                    <span id=format!("{label}-status") class="record-export__status">{status}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="record-export__overall">
            <label for="export-overall">{i18n.text(Key::ExportOverall)}</label>
            <progress id="export-overall" max="100" value=move || overall().map(|p| p.to_string())
                aria-describedby="export-overall-text" data-testid="export-overall"></progress>
            <span id="export-overall-text" data-testid="export-percent">
                {move || {
                    let _ = phase.get();
                    match overall() {
                        Some(p) => i18n.tf(Key::ExportPercent, &[("percent", &p.to_string())]),
                        None => i18n.t(Key::ExportCounting).to_string(),
                    }
                }}
            </span>
        </div>
        <ul class="record-export__sections" aria-label=i18n.text(Key::ExportSectionsLabel)>{rows}</ul>
    }
}

/// What follows the collecting: the file's name, the failed sections with
/// a retry each and the choice to go without them, or that it stopped.
fn outcome_view(export: Export, phase: Phase) -> AnyView {
    let i18n = export.i18n;
    match phase {
        Phase::Ready | Phase::Collecting => ().into_any(),
        Phase::Cancelled => view! {
            <div id="export-result" tabindex="-1" data-testid="export-result">
                <Notice kind=NoticeKind::Info><p>{i18n.text(Key::ExportCancelled)}</p></Notice>
            </div>
        }
        .into_any(),
        Phase::Saved(name, count) => view! {
            <div id="export-result" tabindex="-1" data-testid="export-result">
                <Notice kind=NoticeKind::Info>
                    <p>{i18n.live(std::sync::Arc::new(move |i| {
                        i.tf(Key::ExportSaved, &[("file", &name), ("count", &count.to_string())])
                    }))}</p>
                </Notice>
            </div>
        }
        .into_any(),
        Phase::Choose => {
            let all = export.steps.get_untracked();
            let failed: Vec<(Section, FhirError)> = Section::ALL
                .iter()
                .zip(all)
                .filter_map(|(s, step)| match step {
                    Step::Failed(e) => Some((*s, e)),
                    _ => None,
                })
                .collect();
            let missing: Vec<Section> = failed.iter().map(|(s, _)| *s).collect();
            let names: Vec<Key> = missing.iter().map(|s| section_name(*s)).collect();
            let items = failed
                .into_iter()
                .map(|(section, error)| {
                    let detail = error.detail().map(str::to_string);
                    view! {
                        <li data-testid="export-failed" data-section=section.code()>
                            <strong>{i18n.text(section_name(section))}</strong>": "
                            {i18n.text(error.message())}
                            {detail.map(|d| view! { " "{d} })}
                            " "
                            <button type="button" class="utrecht-button utrecht-button--secondary-action"
                                data-testid="export-retry" on:click=move |_| export.collect(vec![section])>
                                {i18n.text(Key::Retry)}
                                <span class="visually-hidden">" ("{i18n.text(section_name(section))}")"</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            let without = i18n.live(std::sync::Arc::new(move |i| {
                let list: Vec<&str> = names.iter().map(|k| i.t(*k)).collect();
                i.tf(Key::ExportWithout, &[("sections", &list.join(", "))])
            }));
            view! {
                <div id="export-result" tabindex="-1" data-testid="export-result">
                    <div class="utrecht-alert utrecht-alert--error notice">
                    <div class="utrecht-alert__content">
                        <h3>{i18n.text(Key::ExportFailedTitle)}</h3>
                        <ul class="record-export__failed">{items}</ul>
                        <p>{i18n.text(Key::ExportMissingNote)}</p>
                        <p>
                            <button type="button" class="utrecht-button utrecht-button--secondary-action"
                                data-testid="export-without" on:click=move |_| export.save(missing.clone())>
                                {without}
                            </button>
                        </p>
                    </div>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Step, percent};
    use crate::fhir::FhirError;

    #[test]
    fn the_whole_bar_counts_resources_not_sections_and_waits_for_the_count() {
        let done = |n| Step::Done {
            stored: n + 2,
            matched: n,
        };
        assert_eq!(
            percent(&[Step::Waiting, Step::Waiting]),
            None,
            "nothing counted yet"
        );
        assert_eq!(percent(&[done(10), Step::Counting]), None, "still counting");
        assert_eq!(
            percent(&[done(10), Step::Queued(Some(90))]),
            Some(10),
            "counted, not fetched"
        );
        // 10 + 1,000 of 10 + 5,000: the big section weighs as much as it holds.
        assert_eq!(percent(&[done(10), Step::Busy(1000, Some(5000))]), Some(20));
        assert_eq!(
            percent(&[done(10), Step::Busy(5000, Some(5000))]),
            Some(99),
            "full only once every section is"
        );
        assert_eq!(percent(&[done(10), done(5000)]), Some(100));
        assert_eq!(
            percent(&[done(10), Step::Failed(FhirError::Server(503))]),
            Some(100),
            "a failed section is left out of the whole"
        );
        assert_eq!(percent(&[done(0), done(0)]), Some(100), "an empty record");
        // A server that does not say how many: a page more is assumed.
        assert_eq!(percent(&[Step::Busy(100, None)]), Some(50));
    }

    #[test]
    fn a_section_bar_is_unknown_while_counting_and_empty_when_failed() {
        assert_eq!(Step::Counting.fraction(), None);
        assert_eq!(Step::Busy(3, None).fraction(), None);
        assert_eq!(Step::Busy(50, Some(200)).fraction(), Some(0.25));
        assert_eq!(Step::Failed(FhirError::Forbidden).fraction(), Some(0.0));
        assert_eq!(Step::Busy(0, Some(0)).fraction(), Some(1.0));
    }
}
