//! The answered items of a `QuestionnaireResponse`, typed: read from what
//! the server stored (a draft to resume, a sent response to show, a diary
//! entry) and written in the same shape when the portal saves answers.

use super::{Answer, Answers, Item, is_enabled};
use serde_json::{Value, json};

/// `QuestionnaireResponse.item`: a question with its answers, or a group
/// holding further items.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnsweredItem {
    /// The questionnaire item it answers.
    pub link_id: Option<String>,
    /// The question as it was asked.
    pub text: Option<String>,
    /// The answers (those that could not be read are left out).
    pub answer: Vec<Answer>,
    /// A group's items; `None` for a question.
    pub item: Option<Vec<AnsweredItem>>,
    /// Items nested under the answers (`answer[].item`: the follow-up
    /// questions of "Yes"), in order.
    pub under_answers: Vec<AnsweredItem>,
}

impl AnsweredItem {
    /// Reads a stored item. Reading never fails: a field that is not what
    /// FHIR says is taken as absent, an answer of a kind the portal does
    /// not know is left out.
    pub fn read(v: &Value) -> Self {
        let text = |key: &str| v.get(key).and_then(Value::as_str).map(str::to_string);
        let answers = v.get("answer").and_then(Value::as_array);
        AnsweredItem {
            link_id: text("linkId"),
            text: text("text"),
            answer: answers
                .map(|a| a.iter().filter_map(Answer::from_json).collect())
                .unwrap_or_default(),
            item: v
                .get("item")
                .and_then(Value::as_array)
                .map(|items| items.iter().map(AnsweredItem::read).collect()),
            under_answers: answers
                .into_iter()
                .flatten()
                .filter_map(|a| a.get("item").and_then(Value::as_array))
                .flatten()
                .map(AnsweredItem::read)
                .collect(),
        }
    }

    /// The FHIR element, as the portal sends it.
    pub fn to_json(&self) -> Value {
        match &self.item {
            Some(children) => {
                let children: Vec<Value> = children.iter().map(AnsweredItem::to_json).collect();
                json!({ "linkId": self.link_id, "text": self.text, "item": children })
            }
            None => {
                let mut answer: Vec<Value> = self.answer.iter().map(Answer::to_json).collect();
                // Follow-up items stay under the (last) answer they came with.
                if let Some(last) = answer.last_mut()
                    && !self.under_answers.is_empty()
                {
                    let nested: Vec<Value> = self
                        .under_answers
                        .iter()
                        .map(AnsweredItem::to_json)
                        .collect();
                    last["item"] = Value::Array(nested);
                }
                json!({ "linkId": self.link_id, "text": self.text, "answer": answer })
            }
        }
    }

    /// The question as asked, else its link id ("" when it has neither).
    pub fn label(&self) -> &str {
        self.text
            .as_deref()
            .or(self.link_id.as_deref())
            .unwrap_or_default()
    }
}

/// The response's items for `answers`: answered items that show, groups
/// holding them, in the questionnaire's order. Answers to items that no
/// longer show are left out (the person changed an earlier answer).
pub fn response_items(items: &[Item], answers: &Answers) -> Vec<AnsweredItem> {
    let mut out = Vec::new();
    for item in items.iter().filter(|i| is_enabled(i, answers)) {
        if item.kind == "group" {
            let children = response_items(&item.item, answers);
            if !children.is_empty() {
                out.push(AnsweredItem {
                    link_id: Some(item.link_id.clone()),
                    text: item.text.clone(),
                    answer: Vec::new(),
                    item: Some(children),
                    under_answers: Vec::new(),
                });
            }
        } else if let Some(given) = answers.get(&item.link_id).filter(|a| !a.is_empty()) {
            out.push(AnsweredItem {
                link_id: Some(item.link_id.clone()),
                text: item.text.clone(),
                answer: given.clone(),
                item: None,
                // A question's own follow-up items go under its answer.
                under_answers: response_items(&item.item, answers),
            });
        }
    }
    out
}

/// The answers in a saved response's items (groups included), by link id.
pub fn answers_of(items: &[AnsweredItem]) -> Answers {
    let mut answers = Answers::new();
    for item in items {
        if let Some(link) = &item.link_id
            && !item.answer.is_empty()
        {
            answers.insert(link.clone(), item.answer.clone());
        }
        if let Some(children) = &item.item {
            answers.extend(answers_of(children));
        }
        answers.extend(answers_of(&item.under_answers));
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_nested_under_an_answer_are_read_at_every_depth() {
        let response: crate::fhir::questionnaire::QuestionnaireResponse = serde_json::from_str(
            include_str!("../../../tests/fixtures/fhir/QuestionnaireResponse-3141.json"),
        )
        .unwrap_or_default();
        let answers = response.answers();
        let mut links: Vec<&str> = answers.keys().map(String::as_str).collect();
        links.sort_unstable();
        assert_eq!(links, ["1.1", "1.1.1.1", "1.1.1.2", "1.1.1.3"]);
        // Written back, the follow-up questions stay under their answer.
        let again = AnsweredItem::read(&response.item[0].to_json());
        assert_eq!(answers_of(&[again]).len(), 4);
    }

    #[test]
    fn stored_items_read_typed_and_write_back_the_same() {
        let stored = json!([
            {"linkId":"score","text":"Pijnscore","answer":[{"valueInteger":8},{"valueFoo":1}]},
            {"linkId":"g","text":null,"item":[
                {"linkId":"d","text":"Datum","answer":[{"valueDate":"2026-11-22"}]}]}
        ]);
        let items: Vec<AnsweredItem> = stored
            .as_array()
            .unwrap()
            .iter()
            .map(AnsweredItem::read)
            .collect();
        assert_eq!(
            items[0].answer,
            [Answer::Integer(8)],
            "unknown kinds left out"
        );
        assert_eq!(items[0].label(), "Pijnscore");
        assert_eq!(items[1].label(), "g", "no text: the link id");
        let group = items[1].item.as_deref().unwrap_or_default();
        assert_eq!(group[0].answer, [Answer::Date("2026-11-22".into())]);
        let answers = answers_of(&items);
        assert_eq!(answers["d"], [Answer::Date("2026-11-22".into())]);
        assert_eq!(items[1].to_json(), stored[1]);
        assert_eq!(
            items[0].to_json(),
            json!({"linkId":"score","text":"Pijnscore","answer":[{"valueInteger":8}]})
        );
    }

    #[test]
    fn damaged_items_read_as_what_they_hold() {
        let odd = AnsweredItem::read(&json!({"linkId": 7, "text": ["x"], "item": "no"}));
        assert_eq!(odd, AnsweredItem::default());
        assert_eq!(odd.label(), "");
        let empty_group = AnsweredItem::read(&json!({"linkId":"g","item":[]}));
        assert_eq!(empty_group.item, Some(Vec::new()), "still a group");
        assert!(answers_of(&[odd, empty_group]).is_empty());
    }
}
