//! Vragenlijsten en dagboeken (handbook §3.3): the questionnaires the care
//! team put ready (open, as a draft, or sent), the diaries with their
//! entries, a questionnaire to fill in, and the answers once sent.
//!
//! A draft lives on the server (`QuestionnaireResponse` in-progress, saved
//! with "Opslaan als concept"), never in the browser; what is typed and not
//! yet saved is kept in memory for the session like any unsent text.
//! "Versturen" completes the response; a completed one is read-only.

use crate::components::data_table::{Caption, Cell, DataTable, Header, Row};
use crate::components::form::{ComposeNotice, SendState, SendStatus, Sender};
use crate::components::loader::{Loader, load, render};
use crate::components::notice::Notice;
use crate::components::page_heading::PageHeading;
use crate::components::problems::ProblemsNotice;
use crate::fhir::questionnaire::{
    Answer, InputError, Item, Problem, Questionnaire, QuestionnaireResponse, answers_from_inputs,
    input_of, is_enabled, problems, response_items,
};
use crate::fhir::write::{Answered, diary_entry, key_condition, saved_response};
use crate::fhir::{FhirClient, FhirError, Page, ResourceId, SearchQuery};
use crate::i18n::{I18n, Key, use_i18n};
use crate::layout::use_current_patient;
use crate::components::focus::focus_id as focus;
use crate::components::outbox::{acting, form_key, now_instant};
use crate::session::drafts::{Drafts, use_drafts};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The patient's responses with their questionnaires.
#[derive(Clone, Debug)]
struct Responses {
    page: Page<QuestionnaireResponse>,
    questionnaires: Vec<Questionnaire>,
}

impl Responses {
    fn questionnaire(&self, response: &QuestionnaireResponse) -> Option<&Questionnaire> {
        let id = response.questionnaire_id()?;
        self.questionnaires
            .iter()
            .find(|q| q.id.as_deref() == Some(id))
    }

    fn is_diary(&self, response: &QuestionnaireResponse) -> bool {
        self.questionnaire(response)
            .is_some_and(Questionnaire::is_diary)
    }
}

async fn responses(client: &FhirClient, patient: &str) -> Result<Responses, FhirError> {
    let mut page = client
        .search::<QuestionnaireResponse>(
            &SearchQuery::new("QuestionnaireResponse")
                .param("patient", patient)
                .param("_include", "QuestionnaireResponse:questionnaire")
                .count(200),
        )
        .await?;
    // A questionnaire that cannot be read is named with the page's problems.
    let mut questionnaires = page.take_included::<Questionnaire>();
    // So is a response or questionnaire without an id: it can be neither
    // opened nor written back, and is not left out silently.
    let unnamed = |kind: &str| crate::fhir::Problem {
        resource_type: kind.to_string(),
        id: None,
        error: "no id".into(),
    };
    page.items.retain(|q| {
        let kept = q.id.is_some();
        if !kept {
            page.problems.push(unnamed(
                <QuestionnaireResponse as crate::fhir::model::Resource>::TYPE,
            ));
        }
        kept
    });
    questionnaires.retain(|q| {
        let kept = q.id.is_some();
        if !kept {
            page.problems.push(unnamed(
                <Questionnaire as crate::fhir::model::Resource>::TYPE,
            ));
        }
        kept
    });
    Ok(Responses {
        page,
        questionnaires,
    })
}

fn when(i: I18n, instant: Option<&str>) -> String {
    i.instant(instant)
}

fn title_of(q: Option<&Questionnaire>) -> Option<String> {
    q.and_then(|q| q.title.clone())
}

fn base(patient: &str) -> String {
    format!("/p/{patient}/vragenlijsten")
}

/// The list page (`/p/:patient/vragenlijsten`, `?verstuurd=vragenlijst`
/// after sending one).
#[component]
pub fn Questionnaires() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let query = use_query_map();
    let confirmed = Memo::new(move |_| query.get().get("verstuurd").is_some());
    let data = {
        let (client, id) = (patient.client.clone(), patient.id.clone());
        load(move || {
            let (client, id) = (client.clone(), id.clone());
            async move { responses(&client, &id).await }
        })
    };
    let id = patient.id.clone();
    view! {
        <PageHeading title=Key::QuestionnairesTitle patient=patient.name.clone()/>
        <div role="status">
            {move || confirmed.get().then(|| view! {
                <Notice class="sent-confirmation"><p data-testid="sent-confirmation">{i18n.text(Key::QuestionnairesSent)}</p></Notice>
            })}
        </div>
        <p>{i18n.text(Key::QuestionnairesIntro)}</p>
        <Loader resource=data render=render(move |r: &Responses| overview(r, &id))/>
    }
}

fn overview(r: &Responses, patient: &str) -> AnyView {
    let i18n = use_i18n();
    let base = base(patient);
    let named = |r: &Responses, q: &QuestionnaireResponse| {
        title_of(r.questionnaire(q)).unwrap_or_else(|| i18n.t(Key::QuestionnairesUntitled).into())
    };
    let open: Vec<Row> = r
        .page
        .items
        .iter()
        .filter(|q| q.is_open() && !r.is_diary(q))
        .filter_map(|q| {
            let id = q.id.clone()?;
            let title = named(r, q);
            let started = !q.item.is_empty();
            let saved = q.authored.clone();
            let status: Cell = if started {
                Cell::Live(Arc::new(move |i| {
                    i.tf(
                        Key::QuestionnairesDraftSaved,
                        &[("date", &when(i, saved.as_deref()))],
                    )
                }))
            } else {
                Cell::Label(Key::QuestionnairesNotStarted)
            };
            let action = if started {
                Key::QuestionnairesResume
            } else {
                Key::QuestionnairesFill
            };
            let named = title.clone();
            Some(Row::new(vec![
                Cell::Text(title),
                status,
                Cell::Action {
                    href: format!("{base}/{id}"),
                    key: action,
                    class: "view-link",
                    label: Arc::new(move |i| format!("{}: {named}", i.t(action))),
                },
            ]))
        })
        .collect();
    let mut sent: Vec<&QuestionnaireResponse> = r
        .page
        .items
        .iter()
        .filter(|q| q.is_sent() && !r.is_diary(q))
        .collect();
    crate::sort::sort_by(&mut sent, |a, b| b.authored.cmp(&a.authored));
    let sent: Vec<Row> = sent
        .into_iter()
        .filter_map(|q| {
            let id = q.id.clone()?;
            let title = named(r, q);
            let authored = q.authored.clone();
            let by = q.author.as_ref().and_then(|a| a.display.clone());
            Some(Row::new(vec![
                Cell::Text(title.clone()),
                Cell::Live(Arc::new(move |i| when(i, authored.as_deref()))),
                Cell::text_or_dash(by.as_deref()),
                Cell::Action {
                    href: format!("{base}/{id}"),
                    key: Key::QuestionnairesView,
                    class: "view-link",
                    label: Arc::new(move |i| format!("{}: {title}", i.t(Key::QuestionnairesView))),
                },
            ]))
        })
        .collect();
    let mut diaries: Vec<&Questionnaire> =
        r.questionnaires.iter().filter(|q| q.is_diary()).collect();
    diaries.retain(|d| {
        r.page
            .items
            .iter()
            .any(|q| q.questionnaire_id() == d.id.as_deref())
    });
    let diaries: Vec<Row> = diaries
        .into_iter()
        .filter_map(|d| {
            let id = d.id.clone()?;
            let entries: Vec<&QuestionnaireResponse> = r
                .page
                .items
                .iter()
                .filter(|q| q.is_sent() && q.questionnaire_id() == Some(id.as_str()))
                .collect();
            let count = entries.len().to_string();
            let last = entries.iter().filter_map(|q| q.authored.clone()).max();
            let title = d.title.clone().unwrap_or_else(|| id.clone());
            let named = title.clone();
            Some(Row::new(vec![
                Cell::Text(title),
                Cell::Live(Arc::new(move |i| {
                    i.tf(
                        Key::QuestionnairesDiaryEntries,
                        &[("count", &count), ("date", &when(i, last.as_deref()))],
                    )
                })),
                Cell::Action {
                    href: format!("{base}/dagboek/{id}"),
                    key: Key::QuestionnairesDiaryOpen,
                    class: "view-link",
                    label: Arc::new(move |i| {
                        format!("{}: {named}", i.t(Key::QuestionnairesDiaryOpen))
                    }),
                },
            ]))
        })
        .collect();
    let table = |rows: Vec<Row>,
                 caption: Key,
                 columns: Vec<Header>,
                 empty: Key,
                 testid: &'static str| {
        if rows.is_empty() {
            view! { <p class="empty" data-testid=testid>{i18n.text(empty)}</p> }.into_any()
        } else {
            view! {
                <DataTable testid=testid row_headers=true caption=Caption::Hidden(Cell::Label(caption))
                    columns=columns rows=rows/>
            }
            .into_any()
        }
    };
    view! {
        <ProblemsNotice problems=r.page.problems.clone()/>
        <h2>{i18n.text(Key::QuestionnairesOpenTitle)}</h2>
        {table(open, Key::QuestionnairesOpenTitle, vec![
            Header::Key(Key::QuestionnairesColumnTitle),
            Header::Key(Key::QuestionnairesColumnStatus),
            Header::Hidden(Key::QuestionnairesColumnAction),
        ], Key::QuestionnairesOpenNone, "questionnaires-open")}
        <h2>{i18n.text(Key::QuestionnairesDiariesTitle)}</h2>
        {table(diaries, Key::QuestionnairesDiariesTitle, vec![
            Header::Key(Key::QuestionnairesColumnDiary),
            Header::Key(Key::QuestionnairesColumnEntries),
            Header::Hidden(Key::QuestionnairesColumnAction),
        ], Key::QuestionnairesDiariesNone, "questionnaires-diaries")}
        <h2>{i18n.text(Key::QuestionnairesSentTitle)}</h2>
        {table(sent, Key::QuestionnairesSentTitle, vec![
            Header::Key(Key::QuestionnairesColumnTitle),
            Header::Key(Key::QuestionnairesColumnSent),
            Header::Key(Key::QuestionnairesColumnBy),
            Header::Hidden(Key::QuestionnairesColumnAction),
        ], Key::QuestionnairesSentNone, "questionnaires-sent")}
    }
    .into_any()
}

/// The form's inputs, one per question, kept in the session's drafts.
#[derive(Clone)]
struct Answering {
    questionnaire: Arc<Questionnaire>,
    inputs: Arc<BTreeMap<String, RwSignal<String>>>,
    answers: Memo<crate::fhir::questionnaire::Answers>,
    problems: RwSignal<Vec<(String, Problem)>>,
}

/// An element id for a question (link ids may hold any character).
fn element_id(link_id: &str) -> String {
    let safe: String = link_id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("q-{safe}")
}

impl Answering {
    /// The inputs of `questionnaire` under `prefix`: the drafts of this
    /// session, or when the form opens for the first time, `saved`
    /// (`fill` gives a first value to an empty question).
    fn new(
        questionnaire: Questionnaire,
        drafts: Drafts,
        prefix: &str,
        saved: &crate::fhir::questionnaire::Answers,
        fill: impl Fn(&Item) -> Option<String>,
    ) -> Self {
        let opened = format!("{prefix}opened");
        let first_time = drafts.get(&opened).is_empty();
        let mut inputs = BTreeMap::new();
        for item in questionnaire.questions() {
            if item.kind == "display" {
                continue;
            }
            let field = format!("{prefix}{}", item.link_id);
            if first_time {
                let text = match saved.get(&item.link_id).and_then(|a| a.first()) {
                    Some(answer) => input_of(item, answer),
                    None => fill(item).unwrap_or_default(),
                };
                drafts.set(&field, text);
            }
            inputs.insert(item.link_id.clone(), drafts.signal(field));
        }
        drafts.set(&opened, "1".into());
        let questionnaire = Arc::new(questionnaire);
        let inputs = Arc::new(inputs);
        let answers = {
            let (q, inputs) = (questionnaire.clone(), inputs.clone());
            Memo::new(move |_| {
                let typed: BTreeMap<String, String> =
                    inputs.iter().map(|(k, v)| (k.clone(), v.get())).collect();
                answers_from_inputs(&q.item, &typed)
            })
        };
        Self {
            questionnaire,
            inputs,
            answers,
            problems: RwSignal::new(Vec::new()),
        }
    }

    fn typed(&self) -> BTreeMap<String, String> {
        self.inputs
            .iter()
            .map(|(k, v)| (k.clone(), v.get_untracked()))
            .collect()
    }

    /// Checks the inputs; with problems, shows them and moves focus to the
    /// first. Otherwise gives the response's items.
    fn checked(&self, sending: bool) -> Option<Vec<Value>> {
        let typed = self.typed();
        let found = problems(&self.questionnaire.item, &typed, sending);
        self.problems.set(found.clone());
        if let Some((link, _)) = found.first() {
            let choice = self.questionnaire.questions().iter().any(|i| {
                &i.link_id == link && (i.kind == "boolean" || !i.answer_option.is_empty())
            });
            let id = element_id(link);
            focus(&if choice { format!("{id}-0") } else { id });
            return None;
        }
        let answers = answers_from_inputs(&self.questionnaire.item, &typed);
        Some(response_items(&self.questionnaire.item, &answers))
    }

    fn view(&self) -> AnyView {
        let i18n = use_i18n();
        self.questionnaire
            .item
            .iter()
            .map(|item| self.item_view(item, i18n))
            .collect_view()
            .into_any()
    }

    fn item_view(&self, item: &Item, i18n: I18n) -> AnyView {
        let hidden = {
            let (item, answers) = (item.clone(), self.answers);
            move || !is_enabled(&item, &answers.get())
        };
        let text = item.text.clone().unwrap_or_default();
        match item.kind.as_str() {
            "display" => {
                view! { <p class="question question--display" hidden=hidden>{text}</p> }.into_any()
            }
            "group" => {
                let children = item
                    .item
                    .iter()
                    .map(|c| self.item_view(c, i18n))
                    .collect_view();
                view! {
                    <fieldset class="utrecht-form-fieldset question-group" hidden=hidden>
                        <legend class="utrecht-form-fieldset__legend">{text}</legend>
                        {children}
                    </fieldset>
                }
                .into_any()
            }
            _ => self.question_view(item, i18n, hidden),
        }
    }

    fn question_view(
        &self,
        item: &Item,
        i18n: I18n,
        hidden: impl Fn() -> bool + Send + Sync + 'static,
    ) -> AnyView {
        let Some(value) = self.inputs.get(&item.link_id).copied() else {
            return ().into_any();
        };
        let id = element_id(&item.link_id);
        let error_id = format!("{id}-error");
        let link = item.link_id.clone();
        let problems = self.problems;
        let error = Signal::derive(move || {
            problems
                .get()
                .iter()
                .find(|(l, _)| *l == link)
                .map(|(_, p)| match p {
                    Problem::Missing => Key::QuestionnaireErrorRequired,
                    Problem::Input(InputError::NotWhole) => Key::QuestionnaireErrorWhole,
                    Problem::Input(InputError::NotNumber) => Key::QuestionnaireErrorNumber,
                    Problem::Input(InputError::NotDate) => Key::QuestionnaireErrorDate,
                })
        });
        let described = {
            let error_id = error_id.clone();
            move || error.get().map(|_| error_id.clone())
        };
        let required = item.required == Some(true);
        let label = view! {
            {item.text.clone().unwrap_or_else(|| item.link_id.clone())}
            {required.then(|| view! { " " <span class="form-field__required">{i18n.text(Key::FormRequired)}</span> })}
        };
        let error_view = move || {
            error.get().map(
                |e| view! { <p class="form-field__error" id=error_id.clone()>{i18n.text(e)}</p> },
            )
        };
        let options: Vec<(String, AnyView)> = if !item.answer_option.is_empty() {
            item.answer_option
                .iter()
                .enumerate()
                .map(|(n, o)| (n.to_string(), option_text(o).into_any()))
                .collect()
        } else if item.kind == "boolean" {
            vec![
                ("true".into(), i18n.text(Key::QuestionnaireYes).into_any()),
                ("false".into(), i18n.text(Key::QuestionnaireNo).into_any()),
            ]
        } else {
            Vec::new()
        };
        let on_input = move |ev: leptos::ev::Event| value.set(event_target_value(&ev));
        let invalid = move || error.get().is_some().then_some("true");
        if !options.is_empty() {
            let radios = options
                .into_iter()
                .enumerate()
                .map(|(n, (v, text))| {
                    let option_id = format!("{id}-{n}");
                    let mine = v.clone();
                    view! {
                        <div class="question__option">
                            <input type="radio" class="utrecht-radio-button" id=option_id.clone() name=id.clone() value=v
                                prop:checked=move || value.get() == mine
                                on:change=on_input/>
                            <label class="utrecht-form-label utrecht-form-label--radio-button" for=option_id>{text}</label>
                        </div>
                    }
                })
                .collect_view();
            return view! {
                <fieldset class="utrecht-form-fieldset question" class:form-field--invalid=move || error.get().is_some()
                    hidden=hidden aria-describedby=described>
                    <legend class="utrecht-form-fieldset__legend question__text">{label}</legend>
                    {error_view}
                    {radios}
                </fieldset>
            }
            .into_any();
        }
        let control = match item.kind.as_str() {
            "text" => view! {
                <textarea id=id.clone() class="utrecht-textarea" rows="4" prop:value=move || value.get()
                    on:input=on_input aria-required=required.then_some("true")
                    aria-invalid=invalid aria-describedby=described.clone()></textarea>
            }
            .into_any(),
            kind => {
                let (kind_attr, mode) = match kind {
                    "integer" => ("text", Some("numeric")),
                    "decimal" => ("text", Some("decimal")),
                    "date" => ("date", None),
                    _ => ("text", None),
                };
                let class = if mode.is_some() {
                    "utrecht-textbox utrecht-textbox--count"
                } else {
                    "utrecht-textbox"
                };
                view! {
                    <input id=id.clone() class=class type=kind_attr inputmode=mode prop:value=move || value.get()
                        on:input=on_input on:change=on_input aria-required=required.then_some("true")
                        aria-invalid=invalid aria-describedby=described.clone()/>
                }
                .into_any()
            }
        };
        view! {
            <div class="utrecht-form-field form-field question" class:form-field--invalid=move || error.get().is_some()
                hidden=hidden>
                <label class="utrecht-form-label question__text" for=id>{label}</label>
                {error_view}
                {control}
            </div>
        }
        .into_any()
    }
}

fn option_text(option: &crate::fhir::questionnaire::AnswerOption) -> String {
    match option.answer() {
        Some(Answer::Coding(c)) => c.display.or(c.code).unwrap_or_default(),
        Some(Answer::Text(t)) => t,
        Some(Answer::Integer(i)) => i.to_string(),
        _ => String::new(),
    }
}

/// An answer in words, in the person's language.
fn answer_text(i: I18n, answer: &Answer) -> String {
    match answer {
        Answer::Boolean(true) => i.t(Key::QuestionnaireYes).into(),
        Answer::Boolean(false) => i.t(Key::QuestionnaireNo).into(),
        Answer::Integer(n) => n.to_string(),
        Answer::Decimal(d) => i.number(*d),
        Answer::Date(d) => i.date(crate::fhir::model::parse_date(d)),
        Answer::Text(t) => t.clone(),
        Answer::Coding(c) => c.display.clone().or(c.code.clone()).unwrap_or_default(),
    }
}

/// A sent response's answers, as stored (questions as they were asked).
fn answers_view(items: &[Value]) -> AnyView {
    let i18n = use_i18n();
    let rows = items
        .iter()
        .map(|item| {
            let text = item
                .get("text")
                .and_then(Value::as_str)
                .or_else(|| item.get("linkId").and_then(Value::as_str))
                .unwrap_or_default()
                .to_string();
            if let Some(children) = item.get("item").and_then(Value::as_array) {
                return view! {
                    <div class="answers__group">
                        <h3>{text}</h3>
                        {answers_view(children)}
                    </div>
                }
                .into_any();
            }
            let given: Vec<Answer> = item
                .get("answer")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Answer::from_json).collect())
                .unwrap_or_default();
            let shown = i18n.live(Arc::new(move |i| {
                given
                    .iter()
                    .map(|a| answer_text(i, a))
                    .collect::<Vec<_>>()
                    .join(", ")
            }));
            view! {
                <div class="utrecht-data-list__item">
                    <dt class="utrecht-data-list__item-key">{text}</dt>
                    <dd class="utrecht-data-list__item-value answer-text">{shown}</dd>
                </div>
            }
            .into_any()
        })
        .collect_view();
    view! { <dl class="utrecht-data-list data-list answers">{rows}</dl> }.into_any()
}

/// One response (`/p/:patient/vragenlijsten/:response`): the form while it
/// is a draft, the answers once sent.
#[component]
pub fn QuestionnaireView() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let id = use_params_map()
        .get_untracked()
        .get("response")
        .unwrap_or_default();
    let data = {
        let (client, patient_id, id) = (patient.client.clone(), patient.id.clone(), id.clone());
        load(move || {
            let (client, patient_id, id) = (client.clone(), patient_id.clone(), id.clone());
            async move {
                let response = client
                    .read_of::<QuestionnaireResponse>(&id, &patient_id)
                    .await?;
                let q_id = response
                    .questionnaire_id()
                    .ok_or(FhirError::NotFound)?
                    .to_string();
                let questionnaire = client.read::<Questionnaire>(&q_id).await?;
                Ok((response, questionnaire))
            }
        })
    };
    let back = base(&patient.id);
    let name = patient.name.clone();
    view! {
        <Loader resource=data render=render(move |(r, q): &(QuestionnaireResponse, Questionnaire)| {
            let title = q.title.clone().unwrap_or_else(|| i18n.t(Key::QuestionnairesUntitled).into());
            view! {
                <PageHeading title=Key::QuestionnairesTitle heading=title patient=name.clone()/>
                <p><a href=back.clone()>{i18n.text(Key::QuestionnaireBack)}</a></p>
                {q.description.clone().map(|d| view! { <p class="lead">{d}</p> })}
                {if r.is_open() {
                    view! { <FillForm response=r.clone() questionnaire=q.clone()/> }.into_any()
                } else {
                    let (authored, by) = (r.authored.clone(), r.author.as_ref().and_then(|a| a.display.clone()));
                    view! {
                        <Notice class="questionnaire-sent">
                            <p data-testid="questionnaire-readonly">{i18n.live(Arc::new(move |i| {
                                let date = when(i, authored.as_deref());
                                match &by {
                                    Some(by) => i.tf(Key::QuestionnaireSentBy, &[("date", &date), ("name", by)]),
                                    None => i.tf(Key::QuestionnaireSentOn, &[("date", &date)]),
                                }
                            }))}</p>
                        </Notice>
                        {answers_view(&r.item)}
                    }
                    .into_any()
                }}
            }
            .into_any()
        })/>
    }
}

/// The buttons and status of a questionnaire form.
fn form_buttons(
    send: Sender,
    retry: Callback<()>,
    primary: (Key, Callback<()>),
    secondary: Option<(Key, Callback<()>)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (label, on_primary) = primary;
    view! {
        <SendStatus send=send retry=retry/>
        <div class="button-row">
            <button type="button" class="utrecht-button utrecht-button--primary-action" id="questionnaire-send"
                disabled=move || send.busy() aria-disabled=move || send.busy().then_some("true")
                on:click=move |_| on_primary.run(())>
                {i18n.text(label)}
            </button>
            {secondary.map(|(label, on_click)| view! {
                <button type="button" class="utrecht-button utrecht-button--secondary-action" id="questionnaire-save"
                    disabled=move || send.busy() aria-disabled=move || send.busy().then_some("true")
                    on:click=move |_| on_click.run(())>
                    {i18n.text(label)}
                </button>
            })}
        </div>
    }
}

#[component]
fn FillForm(response: QuestionnaireResponse, questionnaire: Questionnaire) -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let drafts = use_drafts();
    let navigate = use_navigate();
    // Checked now, refused at saving: a response without an id cannot be
    // written back, and what was typed stays in the form.
    let rid = ResourceId::<QuestionnaireResponse>::of(response.id.as_deref());
    let prefix = format!(
        "{}/questionnaire/{}/",
        patient.id,
        response.id.as_deref().unwrap_or("-")
    );
    let answering = Answering::new(questionnaire, drafts, &prefix, &response.answers(), |_| {
        None
    });
    let stored = StoredValue::new(response.json.clone());
    let saved_at = RwSignal::new(None::<String>);
    let send = Sender::new();
    let last = StoredValue::new(false);
    let done = format!("{}?verstuurd=vragenlijst", base(&patient.id));
    let save = {
        let answering = answering.clone();
        let patient = patient.clone();
        move |sending: bool| {
            last.set_value(sending);
            saved_at.set(None);
            let Some(items) = answering.checked(sending) else {
                send.state.set(SendState::Editing);
                return;
            };
            let now = now_instant();
            let body = saved_response(
                &acting(&patient),
                &stored.get_value(),
                &Answered {
                    items,
                    completed: sending,
                    authored: now.clone(),
                },
            );
            let (client, rid, prefix, navigate, done) = (
                patient.client.clone(),
                rid.clone(),
                prefix.clone(),
                navigate.clone(),
                done.clone(),
            );
            send.run(async move {
                let saved = client.update(&rid?, &body).await?;
                stored.set_value(saved);
                if sending {
                    drafts.forget(&prefix);
                    navigate(&done, Default::default());
                } else {
                    saved_at.set(Some(now));
                }
                Ok(())
            });
        }
    };
    let on_send = {
        let save = save.clone();
        Callback::new(move |_| save(true))
    };
    let on_save = {
        let save = save.clone();
        Callback::new(move |_| save(false))
    };
    let retry = {
        let save = save.clone();
        Callback::new(move |_| save(last.get_value()))
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Enter in a field keeps a draft; sending takes the button.
        save(false);
    };
    let saved_text = move || {
        saved_at.get().map(|at| {
            i18n.live(Arc::new(move |i| {
                i.tf(
                    Key::QuestionnaireDraftSaved,
                    &[("time", &when(i, Some(&at)))],
                )
            }))
        })
    };
    view! {
        <ComposeNotice answers=true/>
        <p>{i18n.text(Key::QuestionnaireRequiredNote)}</p>
        <form class="form questionnaire" on:submit=on_submit novalidate>
            {answering.view()}
            {form_buttons(send, retry, (Key::QuestionnaireSend, on_send), Some((Key::QuestionnaireSave, on_save)))}
            <p class="draft-saved" role="status" data-testid="draft-saved">{saved_text}</p>
        </form>
    }
}

/// A diary (`/p/:patient/vragenlijsten/dagboek/:questionnaire`): a new
/// entry, and the entries so far, newest first.
#[component]
pub fn Diary() -> impl IntoView {
    let i18n = use_i18n();
    let patient = use_current_patient();
    let q_id = use_params_map()
        .get_untracked()
        .get("questionnaire")
        .unwrap_or_default();
    let data = {
        let (client, patient_id, q_id) = (patient.client.clone(), patient.id.clone(), q_id.clone());
        load(move || {
            let (client, patient_id, q_id) = (client.clone(), patient_id.clone(), q_id.clone());
            async move {
                let all = responses(&client, &patient_id).await?;
                // The search includes the questionnaires it answers; a diary
                // without entries yet is read on its own.
                let included = all
                    .questionnaires
                    .iter()
                    .find(|q| q.id.as_deref() == Some(q_id.as_str()))
                    .cloned();
                let questionnaire = match included {
                    Some(q) => q,
                    None => client.read::<Questionnaire>(&q_id).await?,
                };
                if !questionnaire.is_diary() {
                    return Err(FhirError::NotFound);
                }
                let mut entries: Vec<QuestionnaireResponse> = all
                    .page
                    .items
                    .into_iter()
                    .filter(|r| r.is_sent() && r.questionnaire_id() == Some(q_id.as_str()))
                    .collect();
                crate::sort::sort_by(&mut entries, |a, b| b.authored.cmp(&a.authored));
                Ok((questionnaire, entries))
            }
        })
    };
    let saved = RwSignal::new(false);
    let back = base(&patient.id);
    let name = patient.name.clone();
    view! {
        <Loader resource=data render=render(move |(q, entries): &(Questionnaire, Vec<QuestionnaireResponse>)| {
            let title = q.title.clone().unwrap_or_else(|| i18n.t(Key::QuestionnairesUntitled).into());
            view! {
                <PageHeading title=Key::QuestionnairesTitle heading=title patient=name.clone()/>
                <p><a href=back.clone()>{i18n.text(Key::QuestionnaireBack)}</a></p>
                {q.description.clone().map(|d| view! { <p class="lead">{d}</p> })}
                <div role="status">
                    {move || saved.get().then(|| view! {
                        <Notice class="sent-confirmation"><p data-testid="sent-confirmation">{i18n.text(Key::DiarySaved)}</p></Notice>
                    })}
                </div>
                <section aria-labelledby="diary-new">
                    <h2 id="diary-new">{i18n.text(Key::DiaryNewTitle)}</h2>
                    <DiaryForm q_id=q_id.clone() questionnaire=q.clone() on_saved=Callback::new(move |_| { saved.set(true); data.refetch(); })/>
                </section>
                <section aria-labelledby="diary-entries">
                    <h2 id="diary-entries">{i18n.text(Key::DiaryEntriesTitle)}</h2>
                    {entries_table(q, entries)}
                </section>
            }
            .into_any()
        })/>
    }
}

fn entries_table(q: &Questionnaire, entries: &[QuestionnaireResponse]) -> AnyView {
    let i18n = use_i18n();
    if entries.is_empty() {
        return view! { <p class="empty" data-testid="diary-entries">{i18n.text(Key::DiaryEntriesNone)}</p> }
            .into_any();
    }
    let questions: Vec<&Item> = q
        .questions()
        .into_iter()
        .filter(|i| i.kind != "display")
        .collect();
    let mut columns: Vec<Header> = questions
        .iter()
        .map(|i| Header::Text(i.text.clone().unwrap_or_else(|| i.link_id.clone())))
        .collect();
    columns.push(Header::Key(Key::QuestionnairesColumnBy));
    let rows = entries
        .iter()
        .map(|entry| {
            let answers = entry.answers();
            let mut cells: Vec<Cell> = questions
                .iter()
                .map(|item| match answers.get(&item.link_id) {
                    Some(given) if !given.is_empty() => {
                        let given = given.clone();
                        Cell::Live(Arc::new(move |i| {
                            given
                                .iter()
                                .map(|a| answer_text(i, a))
                                .collect::<Vec<_>>()
                                .join(", ")
                        }))
                    }
                    _ => Cell::Text("—".into()),
                })
                .collect();
            cells.push(Cell::text_or_dash(
                entry.author.as_ref().and_then(|a| a.display.as_deref()),
            ));
            Row::new(cells)
        })
        .collect();
    let count = entries.len().to_string();
    view! {
        <div class="table-scroll">
            <DataTable testid="diary-entries" row_headers=true columns=columns rows=rows
                caption=Caption::Shown(Arc::new(move |i| i.tf(Key::DiaryEntriesCaption, &[("count", &count)])))/>
        </div>
    }
    .into_any()
}

#[component]
fn DiaryForm(
    /// The questionnaire's id in the address: the one it was read by.
    q_id: String,
    questionnaire: Questionnaire,
    on_saved: Callback<()>,
) -> impl IntoView {
    let patient = use_current_patient();
    let drafts = use_drafts();
    let prefix = format!("{}/diary/{q_id}/", patient.id);
    // A diary entry is most often about today.
    let today = crate::fhir::model::iso_date(crate::session::today());
    let answering = Answering::new(
        questionnaire,
        drafts,
        &prefix,
        &Default::default(),
        move |item| (item.kind == "date").then(|| today.clone()),
    );
    let send = Sender::new();
    let submit = {
        let answering = answering.clone();
        move || {
            let Some(items) = answering.checked(true) else {
                send.state.set(SendState::Editing);
                return;
            };
            let key = form_key(drafts, &prefix);
            let body = diary_entry(
                &acting(&patient),
                &key,
                &format!("Questionnaire/{q_id}"),
                &Answered {
                    items,
                    completed: true,
                    authored: now_instant(),
                },
            );
            let (client, prefix) = (patient.client.clone(), prefix.clone());
            send.run(async move {
                client
                    .create("QuestionnaireResponse", &body, Some(&key_condition(&key)))
                    .await?;
                drafts.forget(&prefix);
                on_saved.run(());
                Ok(())
            });
        }
    };
    let (on_submit, retry) = crate::components::form::submit_handlers(submit.clone());
    let on_save = Callback::new(move |_| submit());
    view! {
        <ComposeNotice answers=true/>
        <form class="form questionnaire" on:submit=on_submit novalidate>
            {answering.view()}
            {form_buttons(send, retry, (Key::DiarySave, on_save), None)}
        </form>
    }
}
