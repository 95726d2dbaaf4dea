//! Answering a questionnaire: an input per question kept in the session's
//! drafts, the questions that show as the answers change (`enableWhen`),
//! the check before saving (problems said at each question, focus on the
//! first) and the answered items to save. The rules themselves are in
//! `fhir::questionnaire`; this keeps the inputs and draws the form.

use crate::components::focus::focus_id;
use crate::components::form::{SendStatus, Sender};
use crate::components::question::{element_id, is_choice, problem_key, question_view};
use crate::fhir::questionnaire::{
    AnsweredItem, Answers, Item, Problem, Questionnaire, answers_from_inputs, input_of, is_enabled,
    problems, response_items,
};
use crate::i18n::{Key, use_i18n};
use crate::session::drafts::Drafts;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The inputs of one questionnaire form, one per question, kept in the
/// session's drafts.
#[derive(Clone)]
pub struct Answering {
    questionnaire: Arc<Questionnaire>,
    inputs: Arc<BTreeMap<String, RwSignal<String>>>,
    answers: Memo<Answers>,
    problems: RwSignal<Vec<(String, Problem)>>,
}

impl Answering {
    /// The inputs of `questionnaire` under `prefix`: the drafts of this
    /// session, or when the form opens for the first time, `saved`
    /// (`fill` gives a first value to an empty question).
    pub fn new(
        questionnaire: Questionnaire,
        drafts: Drafts,
        prefix: &str,
        saved: &Answers,
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

    /// Checks the inputs (`sending`: required questions must be answered);
    /// with problems, shows them and moves focus to the first. Otherwise
    /// gives the response's items.
    pub fn checked(&self, sending: bool) -> Option<Vec<AnsweredItem>> {
        let typed = self.typed();
        let found = problems(&self.questionnaire.item, &typed, sending);
        self.problems.set(found.clone());
        if let Some((link, _)) = found.first() {
            let choice = self
                .questionnaire
                .questions()
                .iter()
                .any(|i| &i.link_id == link && is_choice(i));
            let id = element_id(link);
            focus_id(&if choice { format!("{id}-0") } else { id });
            return None;
        }
        let answers = answers_from_inputs(&self.questionnaire.item, &typed);
        Some(response_items(&self.questionnaire.item, &answers))
    }

    /// The questions, in order, each shown while its conditions hold.
    pub fn view(&self) -> AnyView {
        self.questionnaire
            .item
            .iter()
            .map(|item| self.item_view(item))
            .collect_view()
            .into_any()
    }

    fn item_view(&self, item: &Item) -> AnyView {
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
                let children = item.item.iter().map(|c| self.item_view(c)).collect_view();
                view! {
                    <fieldset class="utrecht-form-fieldset question-group" hidden=hidden>
                        <legend class="utrecht-form-fieldset__legend">{text}</legend>
                        {children}
                    </fieldset>
                }
                .into_any()
            }
            _ => {
                let Some(value) = self.inputs.get(&item.link_id).copied() else {
                    return ().into_any();
                };
                let (link, problems) = (item.link_id.clone(), self.problems);
                let error = Signal::derive(move || {
                    problems
                        .get()
                        .iter()
                        .find(|(l, _)| *l == link)
                        .map(|(_, p)| problem_key(*p))
                });
                question_view(item, value, error, hidden)
            }
        }
    }
}

/// The status of a questionnaire form's save and its buttons: `primary`
/// (send) and perhaps `secondary` (keep as a draft), off while a save is
/// on its way.
pub fn form_buttons(
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
