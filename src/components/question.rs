//! One question of a questionnaire form: its label (saying when it is
//! required), its error in words, and the control for its kind: yes/no and
//! choices as radio buttons, text as a text area, numbers and dates as a
//! text box or date field.

use crate::fhir::questionnaire::{Answer, AnswerOption, InputError, Item, Problem};
use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;

/// An element id for a question (link ids may hold any character).
pub fn element_id(link_id: &str) -> String {
    let safe: String = link_id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("q-{safe}")
}

/// Whether `item` is answered with radio buttons (yes/no, choices).
pub fn is_choice(item: &Item) -> bool {
    item.kind == "boolean" || !item.answer_option.is_empty()
}

/// What a problem with an answer says.
pub fn problem_key(problem: Problem) -> Key {
    match problem {
        Problem::Missing => Key::QuestionnaireErrorRequired,
        Problem::Input(InputError::NotWhole) => Key::QuestionnaireErrorWhole,
        Problem::Input(InputError::NotNumber) => Key::QuestionnaireErrorNumber,
        Problem::Input(InputError::NotDate) => Key::QuestionnaireErrorDate,
    }
}

/// An option as written in the questionnaire.
fn option_text(option: &AnswerOption) -> String {
    match option.answer() {
        Some(Answer::Coding(c)) => c.display.or(c.code).unwrap_or_default(),
        Some(Answer::Text(t)) => t,
        Some(Answer::Integer(i)) => i.to_string(),
        _ => String::new(),
    }
}

/// The question `item` with its input `value` (as typed; a choice by its
/// option's position, yes/no as `true`/`false`), the `error` to show, and
/// `hidden` while its conditions do not hold.
pub fn question_view(
    item: &Item,
    value: RwSignal<String>,
    error: Signal<Option<Key>>,
    hidden: impl Fn() -> bool + Send + Sync + 'static,
) -> AnyView {
    let i18n = use_i18n();
    let id = element_id(&item.link_id);
    let error_id = format!("{id}-error");
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
        error
            .get()
            .map(|e| view! { <p class="form-field__error" id=error_id.clone()>{i18n.text(e)}</p> })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_link_id_makes_a_valid_element_id() {
        assert_eq!(element_id("pijn-score"), "q-pijn-score");
        assert_eq!(element_id("1.2 a\"b"), "q-1-2-a-b");
    }
}
