//! `Questionnaire` and `QuestionnaireResponse`: which items show (simple
//! `enableWhen`), which required ones are still empty, typed answers from
//! what a person typed, and the response items the portal sends (as a
//! draft, `in-progress`, or `completed`). The page renders; this decides.

use super::model::{Coding, OfPatient, Reference, Resource};
use crate::fhir::json::{FromJson, boolean, integer, many, number, object, one, raw_list, text};
use serde_json::{Value, json};
use std::collections::BTreeMap;

mod answered;
mod responses;

pub use answered::{AnsweredItem, answers_of, response_items};
pub use responses::{Responses, diary, response_with_questionnaire, responses};

/// `Questionnaire.item.answerOption`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnswerOption {
    /// A coded choice.
    pub value_coding: Option<Coding>,
    /// A text choice.
    pub value_string: Option<String>,
    /// A number choice.
    pub value_integer: Option<i64>,
}

impl FromJson for AnswerOption {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "AnswerOption")?;
        Ok(AnswerOption {
            value_coding: one(v, "valueCoding")?,
            value_string: text(v, "valueString")?,
            value_integer: integer(v, "valueInteger")?,
        })
    }
}

impl AnswerOption {
    /// The option as an answer.
    pub fn answer(&self) -> Option<Answer> {
        if let Some(c) = &self.value_coding {
            return Some(Answer::Coding(c.clone()));
        }
        if let Some(s) = &self.value_string {
            return Some(Answer::Text(s.clone()));
        }
        self.value_integer.map(Answer::Integer)
    }
}

/// `Questionnaire.item.enableWhen`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnableWhen {
    /// The `linkId` it depends on.
    pub question: String,
    /// exists, =, !=, >, <, >=, <=.
    pub operator: String,
    /// For `exists`.
    pub answer_boolean: Option<bool>,
    /// A number to compare with.
    pub answer_decimal: Option<f64>,
    /// A whole number to compare with.
    pub answer_integer: Option<i64>,
    /// A date to compare with.
    pub answer_date: Option<String>,
    /// A text to compare with.
    pub answer_string: Option<String>,
    /// A code to compare with.
    pub answer_coding: Option<Coding>,
}

impl FromJson for EnableWhen {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "EnableWhen")?;
        Ok(EnableWhen {
            question: text(v, "question")?.unwrap_or_default(),
            operator: text(v, "operator")?.unwrap_or_default(),
            answer_boolean: boolean(v, "answerBoolean")?,
            answer_decimal: number(v, "answerDecimal")?,
            answer_integer: integer(v, "answerInteger")?,
            answer_date: text(v, "answerDate")?,
            answer_string: text(v, "answerString")?,
            answer_coding: one(v, "answerCoding")?,
        })
    }
}

/// `Questionnaire.item`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Item {
    /// Unique within the questionnaire.
    pub link_id: String,
    /// The question or text.
    pub text: Option<String>,
    /// group, display, boolean, decimal, integer, date, string, text, choice, …
    pub kind: String,
    /// Must be answered (when shown).
    pub required: Option<bool>,
    /// The choices.
    pub answer_option: Vec<AnswerOption>,
    /// When it shows.
    pub enable_when: Vec<EnableWhen>,
    /// all (default) or any.
    pub enable_behavior: Option<String>,
    /// Sub-items (of a group).
    pub item: Vec<Item>,
}

impl FromJson for Item {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Item")?;
        Ok(Item {
            link_id: text(v, "linkId")?.unwrap_or_default(),
            text: text(v, "text")?,
            kind: text(v, "type")?.unwrap_or_default(),
            required: boolean(v, "required")?,
            answer_option: many(v, "answerOption")?,
            enable_when: many(v, "enableWhen")?,
            enable_behavior: text(v, "enableBehavior")?,
            item: many(v, "item")?,
        })
    }
}

/// `Questionnaire`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Questionnaire {
    /// Logical id.
    pub id: Option<String>,
    /// Title for people.
    pub title: Option<String>,
    /// What it is about.
    pub description: Option<String>,
    /// What kind it is (a questionnaire or a diary, [`KIND_SYSTEM`]).
    pub code: Vec<Coding>,
    /// The items.
    pub item: Vec<Item>,
}

/// The portal's code system for the kind of questionnaire.
pub const KIND_SYSTEM: &str = "https://portal.example.org/fhir/CodeSystem/questionnaire-kind";

impl Questionnaire {
    /// A diary: filled in again and again, each time a new dated entry.
    pub fn is_diary(&self) -> bool {
        self.code
            .iter()
            .any(|c| c.system.as_deref() == Some(KIND_SYSTEM) && c.code.as_deref() == Some("diary"))
    }

    /// Its items without groups, in order (a group's items in its place).
    pub fn questions(&self) -> Vec<&Item> {
        fn walk<'a>(items: &'a [Item], out: &mut Vec<&'a Item>) {
            for item in items {
                if item.kind == "group" {
                    walk(&item.item, out);
                } else {
                    out.push(item);
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.item, &mut out);
        out
    }
}

impl FromJson for Questionnaire {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Questionnaire")?;
        Ok(Questionnaire {
            id: text(v, "id")?,
            title: text(v, "title")?,
            description: text(v, "description")?,
            code: many(v, "code")?,
            item: many(v, "item")?,
        })
    }
}

impl Resource for Questionnaire {
    const TYPE: &'static str = "Questionnaire";
}

/// `QuestionnaireResponse`: answers, a draft (`in-progress`, also one the
/// hospital put ready without answers) or sent (`completed`). Its JSON is
/// kept, so a draft saved again keeps what the portal does not read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuestionnaireResponse {
    /// Logical id.
    pub id: Option<String>,
    /// The questionnaire's canonical URL or `Questionnaire/<id>`.
    pub questionnaire: Option<String>,
    /// in-progress, completed, amended, entered-in-error, stopped.
    pub status: Option<String>,
    /// The patient.
    pub subject: Option<Reference>,
    /// Last saved or sent.
    pub authored: Option<String>,
    /// Who filled it in.
    pub author: Option<Reference>,
    /// The answered items.
    pub item: Vec<AnsweredItem>,
    /// The whole resource as read.
    pub json: Value,
}

impl FromJson for QuestionnaireResponse {
    fn from_json(v: &Value) -> Result<Self, String> {
        object(v, "QuestionnaireResponse")?;
        Ok(QuestionnaireResponse {
            id: text(v, "id")?,
            questionnaire: text(v, "questionnaire")?,
            status: text(v, "status")?,
            subject: one(v, "subject")?,
            authored: text(v, "authored")?,
            author: one(v, "author")?,
            item: raw_list(v, "item").iter().map(AnsweredItem::read).collect(),
            json: v.clone(),
        })
    }
}

impl Resource for QuestionnaireResponse {
    const TYPE: &'static str = "QuestionnaireResponse";
}

impl OfPatient for QuestionnaireResponse {
    fn patient_ref(&self) -> Option<&Reference> {
        self.subject.as_ref()
    }
}

impl QuestionnaireResponse {
    /// The id of its questionnaire: from `Questionnaire/q1`, a full URL
    /// ending in it, or either with `|version`.
    pub fn questionnaire_id(&self) -> Option<&str> {
        let canonical = self.questionnaire.as_deref()?;
        let canonical = canonical.split('|').next().unwrap_or(canonical);
        let (_, id) = canonical.rsplit_once("Questionnaire/")?;
        (!id.is_empty() && !id.contains('/')).then_some(id)
    }

    /// Still to be filled in or finished: a draft.
    pub fn is_open(&self) -> bool {
        self.status.as_deref() == Some("in-progress")
    }

    /// Sent (and perhaps amended by the care team since).
    pub fn is_sent(&self) -> bool {
        matches!(self.status.as_deref(), Some("completed" | "amended"))
    }

    /// The answers given so far.
    pub fn answers(&self) -> Answers {
        answers_of(&self.item)
    }
}

/// One answer, typed as its item.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Yes or no.
    Boolean(bool),
    /// A number with decimals.
    Decimal(f64),
    /// A whole number.
    Integer(i64),
    /// A date, `YYYY-MM-DD`.
    Date(String),
    /// Text (string and text items, text choices).
    Text(String),
    /// A coded choice.
    Coding(Coding),
}

impl Answer {
    /// The FHIR `answer` element.
    pub fn to_json(&self) -> Value {
        match self {
            Answer::Boolean(b) => json!({ "valueBoolean": b }),
            Answer::Decimal(d) => json!({ "valueDecimal": d }),
            Answer::Integer(i) => json!({ "valueInteger": i }),
            Answer::Date(d) => json!({ "valueDate": d }),
            Answer::Text(t) => json!({ "valueString": t }),
            Answer::Coding(c) => {
                json!({ "valueCoding": { "system": c.system, "code": c.code, "display": c.display } })
            }
        }
    }

    /// An answer read back from a saved response (a draft to resume).
    pub fn from_json(value: &Value) -> Option<Answer> {
        if let Some(b) = value.get("valueBoolean").and_then(Value::as_bool) {
            return Some(Answer::Boolean(b));
        }
        if let Some(i) = value.get("valueInteger").and_then(Value::as_i64) {
            return Some(Answer::Integer(i));
        }
        if let Some(d) = value.get("valueDecimal").and_then(Value::as_f64) {
            return Some(Answer::Decimal(d));
        }
        if let Some(d) = value.get("valueDate").and_then(Value::as_str) {
            return Some(Answer::Date(d.to_string()));
        }
        if let Some(s) = value.get("valueString").and_then(Value::as_str) {
            return Some(Answer::Text(s.to_string()));
        }
        let c = value.get("valueCoding")?;
        let text = |k: &str| c.get(k).and_then(Value::as_str).map(str::to_string);
        Some(Answer::Coding(Coding {
            system: text("system"),
            code: text("code"),
            display: text("display"),
        }))
    }

    fn number(&self) -> Option<f64> {
        match self {
            Answer::Decimal(d) => Some(*d),
            Answer::Integer(i) => Some(*i as f64),
            _ => None,
        }
    }
}

/// Why typed input is not an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Not a whole number.
    NotWhole,
    /// Not a number.
    NotNumber,
    /// Not a date.
    NotDate,
}

/// Reads what a person typed for an item of `kind`: empty is no answer;
/// numbers accept a decimal comma ("6,5").
pub fn parse_input(kind: &str, text: &str) -> Result<Option<Answer>, InputError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match kind {
        "integer" => text
            .parse()
            .map(|i| Some(Answer::Integer(i)))
            .map_err(|_| InputError::NotWhole),
        "decimal" => text
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|d| d.is_finite())
            .map(|d| Some(Answer::Decimal(d)))
            .ok_or(InputError::NotNumber),
        "date" => super::model::parse_date(text)
            .filter(|_| text.len() == 10)
            .map(|d| Some(Answer::Date(super::model::iso_date(d))))
            .ok_or(InputError::NotDate),
        _ => Ok(Some(Answer::Text(text.to_string()))),
    }
}

/// Answers by `linkId`.
pub type Answers = BTreeMap<String, Vec<Answer>>;

fn condition_holds(when: &EnableWhen, answers: &Answers) -> bool {
    let given = answers
        .get(&when.question)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    if when.operator == "exists" {
        // exists true: answered; exists false: not answered.
        let answered = !given.is_empty();
        return when.answer_boolean.unwrap_or(true) == answered;
    }
    let wanted = if let Some(b) = when.answer_boolean {
        Answer::Boolean(b)
    } else if let Some(i) = when.answer_integer {
        Answer::Integer(i)
    } else if let Some(d) = when.answer_decimal {
        Answer::Decimal(d)
    } else if let Some(d) = &when.answer_date {
        Answer::Date(d.clone())
    } else if let Some(s) = &when.answer_string {
        Answer::Text(s.clone())
    } else if let Some(c) = &when.answer_coding {
        Answer::Coding(c.clone())
    } else {
        return false;
    };
    let same = |a: &Answer| match (a, &wanted) {
        (Answer::Coding(x), Answer::Coding(y)) => {
            x.code == y.code && (y.system.is_none() || x.system == y.system)
        }
        _ => match (a.number(), wanted.number()) {
            (Some(x), Some(y)) => x == y,
            _ => *a == wanted,
        },
    };
    let compare = |a: &Answer| -> Option<std::cmp::Ordering> {
        match (a.number(), wanted.number(), a, &wanted) {
            (Some(x), Some(y), _, _) => x.partial_cmp(&y),
            (_, _, Answer::Date(x), Answer::Date(y)) => Some(x.cmp(y)),
            _ => None,
        }
    };
    use std::cmp::Ordering::{Equal, Greater, Less};
    match when.operator.as_str() {
        "=" => given.iter().any(same),
        "!=" => !given.is_empty() && !given.iter().any(same),
        ">" => given.iter().any(|a| compare(a) == Some(Greater)),
        "<" => given.iter().any(|a| compare(a) == Some(Less)),
        ">=" => given
            .iter()
            .any(|a| matches!(compare(a), Some(Greater | Equal))),
        "<=" => given
            .iter()
            .any(|a| matches!(compare(a), Some(Less | Equal))),
        _ => false,
    }
}

/// Whether `item` shows, given the answers so far. Without conditions it
/// always shows; `enableBehavior` any needs one condition, all (the
/// default) every one.
pub fn is_enabled(item: &Item, answers: &Answers) -> bool {
    if item.enable_when.is_empty() {
        return true;
    }
    let mut results = item.enable_when.iter().map(|w| condition_holds(w, answers));
    if item.enable_behavior.as_deref() == Some("any") {
        results.any(|r| r)
    } else {
        results.all(|r| r)
    }
}

/// The `linkId`s of required items that show but have no answer, in order.
pub fn missing_required(items: &[Item], answers: &Answers) -> Vec<String> {
    let mut out = Vec::new();
    for item in items.iter().filter(|i| is_enabled(i, answers)) {
        if item.kind == "group" {
            out.extend(missing_required(&item.item, answers));
        } else if item.kind != "display"
            && item.required == Some(true)
            && answers.get(&item.link_id).is_none_or(Vec::is_empty)
        {
            out.push(item.link_id.clone());
        }
    }
    out
}

/// What is wrong with the answer to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// What was typed is not an answer of the item's kind.
    Input(InputError),
    /// Required, shown, and not answered.
    Missing,
}

/// The text of `answer` in an input of `item`: a choice by its option's
/// position, yes/no as `true`/`false`, the rest as typed.
pub fn input_of(item: &Item, answer: &Answer) -> String {
    let same = |o: &AnswerOption| match (o.answer(), answer) {
        (Some(Answer::Coding(x)), Answer::Coding(y)) => {
            x.code == y.code && (x.system.is_none() || y.system.is_none() || x.system == y.system)
        }
        (Some(x), y) => x == *y,
        _ => false,
    };
    match answer {
        _ if !item.answer_option.is_empty() => item
            .answer_option
            .iter()
            .position(same)
            .map(|n| n.to_string())
            .unwrap_or_default(),
        Answer::Boolean(b) => b.to_string(),
        Answer::Integer(i) => i.to_string(),
        Answer::Decimal(d) => d.to_string(),
        Answer::Date(d) | Answer::Text(d) => d.clone(),
        Answer::Coding(c) => c.display.clone().or(c.code.clone()).unwrap_or_default(),
    }
}

/// The answer in an input of `item` (see [`input_of`]).
pub fn answer_from_input(item: &Item, input: &str) -> Result<Option<Answer>, InputError> {
    if !item.answer_option.is_empty() {
        return Ok(input
            .parse::<usize>()
            .ok()
            .and_then(|n| item.answer_option.get(n))
            .and_then(AnswerOption::answer));
    }
    match item.kind.as_str() {
        "boolean" => Ok(match input {
            "true" => Some(Answer::Boolean(true)),
            "false" => Some(Answer::Boolean(false)),
            _ => None,
        }),
        kind => parse_input(kind, input),
    }
}

/// The answers in the inputs (by `linkId`); inputs that are not answers
/// are left out.
pub fn answers_from_inputs(items: &[Item], inputs: &BTreeMap<String, String>) -> Answers {
    let mut answers = Answers::new();
    for item in items {
        if item.kind == "group" {
            answers.extend(answers_from_inputs(&item.item, inputs));
        } else if let Some(Ok(Some(answer))) = inputs
            .get(&item.link_id)
            .map(|text| answer_from_input(item, text))
        {
            answers.insert(item.link_id.clone(), vec![answer]);
        }
    }
    answers
}

/// What is wrong, question by question in order, among the items that
/// show: typed text that is no answer, and (when `sending`) required
/// questions left open. A draft may leave questions open.
pub fn problems(
    items: &[Item],
    inputs: &BTreeMap<String, String>,
    sending: bool,
) -> Vec<(String, Problem)> {
    let answers = answers_from_inputs(items, inputs);
    fn walk(
        items: &[Item],
        inputs: &BTreeMap<String, String>,
        answers: &Answers,
        sending: bool,
        out: &mut Vec<(String, Problem)>,
    ) {
        for item in items.iter().filter(|i| is_enabled(i, answers)) {
            if item.kind == "group" {
                walk(&item.item, inputs, answers, sending, out);
                continue;
            }
            let input = inputs.get(&item.link_id).map(String::as_str).unwrap_or("");
            match answer_from_input(item, input) {
                Err(e) => out.push((item.link_id.clone(), Problem::Input(e))),
                Ok(None) if sending && item.required == Some(true) && item.kind != "display" => {
                    out.push((item.link_id.clone(), Problem::Missing))
                }
                Ok(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(items, inputs, &answers, sending, &mut out);
    out
}

crate::deserialize_via_json!(
    AnswerOption,
    EnableWhen,
    Item,
    Questionnaire,
    QuestionnaireResponse
);

#[cfg(test)]
mod tests {
    use super::*;

    fn questionnaire() -> Questionnaire {
        serde_json::from_value(json!({"resourceType":"Questionnaire","id":"q","item":[
            {"linkId":"intro","type":"display","text":"Lees dit eerst."},
            {"linkId":"pijnstiller","type":"boolean","text":"Pijnstiller genomen?","required":true},
            {"linkId":"welke","type":"string","text":"Welke?","required":true,
             "enableWhen":[{"question":"pijnstiller","operator":"=","answerBoolean":true}]},
            {"linkId":"score","type":"integer","text":"Pijnscore 0-10","required":true},
            {"linkId":"hoog","type":"group","text":"Bij hoge pijn",
             "enableWhen":[{"question":"score","operator":">=","answerInteger":7},
                           {"question":"pijnstiller","operator":"exists","answerBoolean":true}],
             "item":[{"linkId":"arts","type":"choice","required":true,"answerOption":[
                 {"valueCoding":{"system":"s","code":"ja","display":"Ja"}},
                 {"valueCoding":{"system":"s","code":"nee","display":"Nee"}}]}]}
        ]}))
        .unwrap()
    }

    #[test]
    fn an_item_shows_only_when_its_condition_holds() {
        let q = questionnaire();
        let mut answers = Answers::new();
        assert!(!is_enabled(&q.item[2], &answers), "no answer yet");
        answers.insert("pijnstiller".into(), vec![Answer::Boolean(false)]);
        assert!(!is_enabled(&q.item[2], &answers));
        answers.insert("pijnstiller".into(), vec![Answer::Boolean(true)]);
        assert!(is_enabled(&q.item[2], &answers));
        // All conditions (the default): score ≥ 7 and the first question answered.
        answers.insert("score".into(), vec![Answer::Integer(6)]);
        assert!(!is_enabled(&q.item[4], &answers));
        answers.insert("score".into(), vec![Answer::Integer(7)]);
        assert!(is_enabled(&q.item[4], &answers), "7 >= 7");
        let mut any = q.item[4].clone();
        any.enable_behavior = Some("any".into());
        answers.remove("pijnstiller");
        answers.insert("score".into(), vec![Answer::Integer(2)]);
        assert!(!is_enabled(&any, &answers));
        answers.insert("pijnstiller".into(), vec![Answer::Boolean(false)]);
        assert!(
            is_enabled(&any, &answers),
            "any: the exists condition is enough"
        );
    }

    #[test]
    fn required_items_count_only_when_shown() {
        let q = questionnaire();
        let mut answers = Answers::new();
        assert_eq!(
            missing_required(&q.item, &answers),
            ["pijnstiller", "score"]
        );
        answers.insert("pijnstiller".into(), vec![Answer::Boolean(true)]);
        assert_eq!(missing_required(&q.item, &answers), ["welke", "score"]);
        answers.insert("welke".into(), vec![Answer::Text("paracetamol".into())]);
        answers.insert("score".into(), vec![Answer::Integer(8)]);
        assert_eq!(
            missing_required(&q.item, &answers),
            ["arts"],
            "the group now shows"
        );
        answers.insert(
            "arts".into(),
            vec![Answer::Coding(Coding {
                system: Some("s".into()),
                code: Some("ja".into()),
                display: Some("Ja".into()),
            })],
        );
        assert!(missing_required(&q.item, &answers).is_empty());
    }

    #[test]
    fn the_response_holds_shown_answers_only_and_reads_back_as_a_draft() {
        let q = questionnaire();
        let mut answers = Answers::new();
        answers.insert("pijnstiller".into(), vec![Answer::Boolean(false)]);
        answers.insert("welke".into(), vec![Answer::Text("paracetamol".into())]);
        answers.insert("score".into(), vec![Answer::Integer(8)]);
        answers.insert(
            "arts".into(),
            vec![Answer::Coding(Coding {
                system: Some("s".into()),
                code: Some("nee".into()),
                display: Some("Nee".into()),
            })],
        );
        let items: Vec<Value> = response_items(&q.item, &answers)
            .iter()
            .map(AnsweredItem::to_json)
            .collect();
        let links: Vec<&str> = items.iter().filter_map(|i| i["linkId"].as_str()).collect();
        assert_eq!(
            links,
            ["pijnstiller", "score", "hoog"],
            "'welke' no longer shows"
        );
        assert_eq!(items[1]["answer"][0]["valueInteger"], 8);
        assert_eq!(
            items[2]["item"][0]["answer"][0]["valueCoding"]["code"],
            "nee"
        );
        let read: Vec<AnsweredItem> = items.iter().map(AnsweredItem::read).collect();
        let back = answers_of(&read);
        assert_eq!(back.get("score"), Some(&vec![Answer::Integer(8)]));
        assert_eq!(back.get("arts").map(Vec::len), Some(1));
        assert_eq!(back.get("welke"), None);
    }

    #[test]
    fn typed_input_becomes_a_typed_answer() {
        assert_eq!(parse_input("integer", " 7 "), Ok(Some(Answer::Integer(7))));
        assert_eq!(parse_input("integer", "7,5"), Err(InputError::NotWhole));
        assert_eq!(
            parse_input("decimal", "6,5"),
            Ok(Some(Answer::Decimal(6.5)))
        );
        assert_eq!(parse_input("decimal", "zes"), Err(InputError::NotNumber));
        assert_eq!(
            parse_input("date", "2026-11-23"),
            Ok(Some(Answer::Date("2026-11-23".into())))
        );
        assert_eq!(parse_input("date", "2026-11"), Err(InputError::NotDate));
        assert_eq!(parse_input("string", "  "), Ok(None));
        assert_eq!(
            parse_input("text", "Slecht geslapen"),
            Ok(Some(Answer::Text("Slecht geslapen".into())))
        );
    }

    #[test]
    fn official_and_demo_questionnaires_decode() {
        for text in [
            include_str!("../../tests/fixtures/fhir/Questionnaire-f201.json"),
            include_str!("../../tests/fixtures/fhir/Questionnaire-gcs.json"),
        ] {
            let q: Questionnaire = serde_json::from_str(text).unwrap();
            assert!(!q.item.is_empty());
        }
        let shared: Value =
            serde_json::from_str(include_str!("../../public/demo/shared.json")).unwrap();
        let mut n = 0;
        for entry in shared["entry"].as_array().unwrap() {
            if entry["resource"]["resourceType"] == "Questionnaire" {
                let q: Questionnaire = serde_json::from_value(entry["resource"].clone()).unwrap();
                // Nothing is required before anything is answered unless it shows.
                let missing = missing_required(&q.item, &Answers::new());
                assert!(missing.iter().all(|m| !m.is_empty()));
                n += 1;
            }
        }
        assert_eq!(n, 9);
    }

    fn inputs(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn inputs_become_answers_and_back() {
        let q = questionnaire();
        let typed = inputs(&[("pijnstiller", "true"), ("score", " 8 "), ("arts", "1")]);
        let answers = answers_from_inputs(&q.item, &typed);
        assert_eq!(answers["pijnstiller"], [Answer::Boolean(true)]);
        assert_eq!(answers["score"], [Answer::Integer(8)]);
        let Answer::Coding(c) = &answers["arts"][0] else {
            panic!("a choice is its option's coding")
        };
        assert_eq!(c.code.as_deref(), Some("nee"));
        // Back to the inputs when a draft is resumed.
        let arts = &q.item[4].item[0];
        assert_eq!(input_of(arts, &answers["arts"][0]), "1");
        assert_eq!(input_of(&q.item[1], &Answer::Boolean(false)), "false");
        assert_eq!(input_of(&q.item[3], &Answer::Integer(8)), "8");
        // An option index out of range, or a yes/no that is neither, is no answer.
        assert_eq!(answer_from_input(arts, "7"), Ok(None));
        assert_eq!(answer_from_input(&q.item[1], "misschien"), Ok(None));
    }

    #[test]
    fn problems_are_in_order_and_a_draft_may_leave_questions_open() {
        let q = questionnaire();
        let typed = inputs(&[("score", "acht")]);
        assert_eq!(
            problems(&q.item, &typed, false),
            [("score".to_string(), Problem::Input(InputError::NotWhole))],
            "a draft: only what cannot be read"
        );
        assert_eq!(
            problems(&q.item, &typed, true),
            [
                ("pijnstiller".to_string(), Problem::Missing),
                ("score".to_string(), Problem::Input(InputError::NotWhole)),
            ]
        );
        let typed = inputs(&[
            ("pijnstiller", "true"),
            ("welke", "ibuprofen"),
            ("score", "9"),
        ]);
        assert_eq!(
            problems(&q.item, &typed, true),
            [("arts".to_string(), Problem::Missing)],
            "the group's question once the group shows"
        );
        // Text typed into a question that no longer shows is not a problem.
        let typed = inputs(&[("pijnstiller", "false"), ("welke", ""), ("score", "2")]);
        assert!(problems(&q.item, &typed, true).is_empty());
    }

    #[test]
    fn a_response_names_its_questionnaire_and_diaries_are_told_apart() {
        let r: QuestionnaireResponse = serde_json::from_value(json!({
            "resourceType":"QuestionnaireResponse","id":"r","status":"in-progress",
            "questionnaire":"https://example.org/fhir/Questionnaire/q-pijn|2",
            "subject":{"reference":"Patient/emma"},
            "item":[{"linkId":"g","item":[{"linkId":"a","answer":[{"valueInteger":3}]}]}]}))
        .unwrap();
        assert_eq!(r.questionnaire_id(), Some("q-pijn"));
        assert!(r.is_open() && !r.is_sent());
        assert_eq!(r.answers()["a"], [Answer::Integer(3)]);
        let plain = QuestionnaireResponse {
            questionnaire: Some("Questionnaire/q1".into()),
            ..Default::default()
        };
        assert_eq!(plain.questionnaire_id(), Some("q1"));
        let diary: Questionnaire = serde_json::from_value(json!({"resourceType":"Questionnaire",
            "code":[{"system":KIND_SYSTEM,"code":"diary"}],
            "item":[{"linkId":"g","type":"group","item":[{"linkId":"d","type":"date"}]},
                    {"linkId":"n","type":"integer"}]}))
        .unwrap();
        assert!(diary.is_diary() && !questionnaire().is_diary());
        let ids: Vec<&str> = diary
            .questions()
            .iter()
            .map(|i| i.link_id.as_str())
            .collect();
        assert_eq!(ids, ["d", "n"]);
    }
}
