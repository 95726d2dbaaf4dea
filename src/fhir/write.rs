//! The resources the portal creates, built in one place so that every one
//! names who made it and for whom (DESIGN §3): the sender or author is the
//! signed-in person's own `Patient`, or their `RelatedPerson` when they act
//! for someone else, with their name as display; the subject is the patient.

use super::communication::{MESSAGE_KIND_SYSTEM, REPEAT_PRESCRIPTION};
use super::model::Reference;
use super::questionnaire::AnsweredItem;
use serde_json::{Value, json};

/// The portal's identifiers for what it sends: a conditional create with
/// this key is stored once, however often a lost answer makes it retry.
pub const REQUEST_KEY_SYSTEM: &str = "https://portal.example.org/fhir/NamingSystem/portal-request";

/// A new key for one thing to send (made when the form opens).
pub fn new_key() -> String {
    let part = || (js_sys::Math::random() * 4_294_967_296.0) as u32;
    format!(
        "{:08x}{:08x}-{:x}",
        part(),
        part(),
        js_sys::Date::now() as u64
    )
}

/// The search condition of a key, for `If-None-Exist`.
pub fn key_condition(key: &str) -> String {
    format!("{REQUEST_KEY_SYSTEM}|{key}")
}

fn reference(r: &Reference) -> Value {
    serde_json::to_value(r).unwrap_or(Value::Null)
}

/// Who acts, for whom.
#[derive(Clone, Debug, PartialEq)]
pub struct Acting {
    /// The patient whose record it is in.
    pub patient: Reference,
    /// The signed-in person: `Patient/…` or `RelatedPerson/…`, with name.
    pub actor: Reference,
}

/// A message to send.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Message {
    /// Its key (see [`REQUEST_KEY_SYSTEM`]).
    pub key: String,
    /// To whom (a specialism: `HealthcareService/…`).
    pub recipient: Reference,
    /// Subject line.
    pub topic: String,
    /// The text as typed.
    pub text: String,
    /// The message it answers.
    pub in_response_to: Option<String>,
    /// Resources it is about (a repeat request: its `Task` and medicine).
    pub about: Vec<Reference>,
    /// A repeat-prescription request rather than an e-consult.
    pub repeat_request: bool,
    /// When (an instant).
    pub sent: String,
}

/// The `Communication` for `message`.
pub fn communication(acting: &Acting, message: &Message) -> Value {
    let mut c = json!({
        "resourceType": "Communication",
        "identifier": [{"system": REQUEST_KEY_SYSTEM, "value": message.key}],
        "status": "completed",
        "category": [{"coding": [{"system": MESSAGE_KIND_SYSTEM,
            "code": if message.repeat_request { REPEAT_PRESCRIPTION } else { "e-consult" }}]}],
        "subject": reference(&acting.patient),
        "topic": {"text": message.topic},
        "sent": message.sent,
        "sender": reference(&acting.actor),
        "recipient": [reference(&message.recipient)],
        "payload": [{"contentString": message.text}],
    });
    if let Some(parent) = &message.in_response_to {
        c["inResponseTo"] = json!([{"reference": format!("Communication/{parent}")}]);
    }
    if !message.about.is_empty() {
        c["about"] = Value::Array(message.about.iter().map(reference).collect());
    }
    c
}

/// A repeat-prescription request.
#[derive(Clone, Debug, PartialEq)]
pub struct RepeatRequest {
    /// Its key.
    pub key: String,
    /// The `MedicationRequest`, with the medicine's name.
    pub medication: Reference,
    /// The specialism that handles it.
    pub owner: Reference,
    /// Days of supply left, as the person says.
    pub days_left: u32,
    /// Remarks as typed.
    pub remarks: String,
    /// When (an instant).
    pub authored: String,
}

/// The `Task` for `request`: the care team's to-do, focused on the
/// prescription, owned by the specialism.
pub fn repeat_task(acting: &Acting, request: &RepeatRequest) -> Value {
    let mut task = json!({
        "resourceType": "Task",
        "identifier": [{"system": REQUEST_KEY_SYSTEM, "value": request.key}],
        "status": "requested",
        "intent": "order",
        "code": {"coding": [{"system": MESSAGE_KIND_SYSTEM, "code": REPEAT_PRESCRIPTION}],
                 "text": "Herhaalrecept"},
        "focus": reference(&request.medication),
        "for": reference(&acting.patient),
        "authoredOn": request.authored,
        "requester": reference(&acting.actor),
        "owner": reference(&request.owner),
        "input": [{
            "type": {"text": "days-of-supply-left"},
            "valueInteger": request.days_left
        }],
    });
    if !request.remarks.trim().is_empty() {
        task["note"] = json!([{"text": request.remarks}]);
    }
    task
}

/// What is saved of a questionnaire: the answers' `item` list, and whether
/// they are sent (`completed`) or kept as a draft (`in-progress`).
#[derive(Clone, Debug, PartialEq)]
pub struct Answered {
    /// The response's `item` list.
    pub items: Vec<AnsweredItem>,
    /// Sent, not a draft.
    pub completed: bool,
    /// When (an instant).
    pub authored: String,
}

fn fill_response(response: &mut Value, acting: &Acting, answered: &Answered) {
    response["status"] = json!(if answered.completed {
        "completed"
    } else {
        "in-progress"
    });
    response["subject"] = reference(&acting.patient);
    response["authored"] = json!(answered.authored);
    response["author"] = reference(&acting.actor);
    if answered.items.is_empty() {
        if let Some(o) = response.as_object_mut() {
            o.remove("item");
        }
    } else {
        let items: Vec<Value> = answered.items.iter().map(AnsweredItem::to_json).collect();
        response["item"] = json!(items);
    }
}

/// A questionnaire response saved again (`PUT`): the resource as the server
/// gave it, with the answers, the status, when, and who filled it in.
pub fn saved_response(acting: &Acting, stored: &Value, answered: &Answered) -> Value {
    let mut response = stored.clone();
    fill_response(&mut response, acting, answered);
    response
}

/// A new diary entry: a response to `questionnaire` (`Questionnaire/<id>`),
/// created once under `key`.
pub fn diary_entry(acting: &Acting, key: &str, questionnaire: &str, answered: &Answered) -> Value {
    let mut response = json!({
        "resourceType": "QuestionnaireResponse",
        "identifier": {"system": REQUEST_KEY_SYSTEM, "value": key},
        "questionnaire": questionnaire,
    });
    fill_response(&mut response, acting, answered);
    response
}

/// Sanne acting for her daughter Emma (tests of what the portal writes).
#[cfg(test)]
pub fn sanne_for_emma() -> Acting {
    Acting {
        patient: Reference {
            reference: Some("Patient/emma".into()),
            display: Some("Emma de Vries".into()),
        },
        actor: Reference {
            reference: Some("RelatedPerson/auth-sanne-emma".into()),
            display: Some("Sanne de Vries".into()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_names_the_representative_as_sender_and_the_child_as_subject() {
        let m = communication(
            &sanne_for_emma(),
            &Message {
                key: "k1".into(),
                recipient: Reference::to("HealthcareService", "svc-kinderdermatologie"),
                topic: "Zalf".into(),
                text: "Mag het <b>vaker</b>?".into(),
                in_response_to: Some("emma-msg-1-2".into()),
                about: vec![],
                repeat_request: false,
                sent: "2026-11-23T10:00:00Z".into(),
            },
        );
        assert_eq!(m["sender"]["reference"], "RelatedPerson/auth-sanne-emma");
        assert_eq!(m["sender"]["display"], "Sanne de Vries");
        assert_eq!(m["subject"]["reference"], "Patient/emma");
        assert_eq!(m["payload"][0]["contentString"], "Mag het <b>vaker</b>?");
        assert_eq!(
            m["inResponseTo"][0]["reference"],
            "Communication/emma-msg-1-2"
        );
        assert_eq!(m["identifier"][0]["value"], "k1");
        assert!(m.get("about").is_none());
        let decoded: super::super::communication::Communication =
            serde_json::from_value(m).unwrap();
        assert!(!decoded.is_repeat_request());
        assert_eq!(decoded.representative(), Some("Sanne de Vries"));
    }

    #[test]
    fn a_repeat_request_is_a_task_on_the_prescription() {
        let t = repeat_task(
            &sanne_for_emma(),
            &RepeatRequest {
                key: "k2".into(),
                medication: Reference::to("MedicationRequest", "emma-med-3"),
                owner: Reference::to("HealthcareService", "svc-kinderdermatologie"),
                days_left: 5,
                remarks: " ".into(),
                authored: "2026-11-23T10:00:00Z".into(),
            },
        );
        assert_eq!(t["focus"]["reference"], "MedicationRequest/emma-med-3");
        assert_eq!(
            t["owner"]["reference"],
            "HealthcareService/svc-kinderdermatologie"
        );
        assert_eq!(t["requester"]["reference"], "RelatedPerson/auth-sanne-emma");
        assert_eq!(t["for"]["reference"], "Patient/emma");
        assert_eq!(t["input"][0]["valueInteger"], 5);
        assert!(t.get("note").is_none(), "blank remarks are not sent");
        let task: super::super::task::Task = serde_json::from_value(t.clone()).unwrap();
        assert!(task.is_open_repeat_request("emma-med-3"));
        assert!(!task.is_open_repeat_request("emma-med-4"));
        let mut done = t.clone();
        done["status"] = json!("completed");
        let done: super::super::task::Task = serde_json::from_value(done).unwrap();
        assert!(!done.is_open_repeat_request("emma-med-3"));
        assert_eq!(key_condition("k2"), format!("{REQUEST_KEY_SYSTEM}|k2"));
    }

    #[test]
    fn a_saved_questionnaire_keeps_the_stored_resource_and_names_who_filled_it_in() {
        let stored = json!({"resourceType":"QuestionnaireResponse","id":"emma-qr-3",
            "questionnaire":"Questionnaire/q-kwaliteit-van-leven-kind","status":"in-progress",
            "subject":{"reference":"Patient/emma"},"basedOn":[{"reference":"ServiceRequest/x"}],
            "item":[{"linkId":"old"}]});
        let answered = Answered {
            items: vec![AnsweredItem::read(
                &json!({"linkId":"lichaam-pijn","answer":[{"valueString":"x"}]}),
            )],
            completed: false,
            authored: "2026-11-23T10:00:00Z".into(),
        };
        let draft = saved_response(&sanne_for_emma(), &stored, &answered);
        assert_eq!(draft["status"], "in-progress");
        assert_eq!(draft["id"], "emma-qr-3");
        assert_eq!(draft["basedOn"][0]["reference"], "ServiceRequest/x");
        assert_eq!(
            draft["author"]["reference"],
            "RelatedPerson/auth-sanne-emma"
        );
        assert_eq!(draft["author"]["display"], "Sanne de Vries");
        assert_eq!(draft["subject"]["reference"], "Patient/emma");
        assert_eq!(draft["item"][0]["linkId"], "lichaam-pijn");
        let sent = saved_response(
            &sanne_for_emma(),
            &stored,
            &Answered {
                items: vec![],
                completed: true,
                ..answered
            },
        );
        assert_eq!(sent["status"], "completed");
        assert!(sent.get("item").is_none(), "an empty item list is left out");
    }

    #[test]
    fn a_diary_entry_is_a_new_completed_response_with_its_key() {
        let entry = diary_entry(
            &sanne_for_emma(),
            "k9",
            "Questionnaire/q-pijndagboek",
            &Answered {
                items: vec![AnsweredItem::read(
                    &json!({"linkId":"datum","answer":[{"valueDate":"2026-11-22"}]}),
                )],
                completed: true,
                authored: "2026-11-23T10:00:00Z".into(),
            },
        );
        assert_eq!(entry["identifier"]["value"], "k9");
        assert_eq!(entry["identifier"]["system"], REQUEST_KEY_SYSTEM);
        assert_eq!(entry["questionnaire"], "Questionnaire/q-pijndagboek");
        assert_eq!(entry["status"], "completed");
        assert_eq!(
            entry["author"]["reference"],
            "RelatedPerson/auth-sanne-emma"
        );
        assert_eq!(entry["item"][0]["answer"][0]["valueDate"], "2026-11-22");
    }
}
