//! `Communication`: e-consult messages, and how they form threads.

use super::document::Attachment;
use super::json::{FromJson, many, object, one, text};
use super::model::{CodeableConcept, OfPatient, Reference, Resource};
use std::collections::HashMap;

/// The portal's code system for kinds of message.
pub const MESSAGE_KIND_SYSTEM: &str = "https://portal.example.org/fhir/CodeSystem/message-kind";
/// The kind code of a repeat-prescription request.
pub const REPEAT_PRESCRIPTION: &str = "repeat-prescription";

/// One message.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Communication {
    /// Logical id.
    pub id: Option<String>,
    /// Whose record.
    pub subject: Option<Reference>,
    /// The subject line.
    pub topic: Option<CodeableConcept>,
    /// When it was sent.
    pub sent: Option<String>,
    /// Who sent it.
    pub sender: Option<Reference>,
    /// To whom.
    pub recipient: Vec<Reference>,
    /// The text parts (`payload.contentString`).
    pub payload: Vec<String>,
    /// Files sent with it (`payload.contentAttachment`).
    pub attachments: Vec<Attachment>,
    /// Records it points to (`payload.contentReference`).
    pub references: Vec<Reference>,
    /// The message it answers.
    pub in_response_to: Vec<Reference>,
    /// E-consult or repeat-prescription request.
    pub category: Vec<CodeableConcept>,
}

/// `Communication.payload`: text, a file, or a pointer to a record.
enum Payload {
    Text(String),
    Attachment(Attachment),
    Reference(Reference),
    None,
}

impl FromJson for Payload {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "payload")?;
        if let Some(t) = text(v, "contentString")? {
            return Ok(Payload::Text(t));
        }
        if let Some(a) = one(v, "contentAttachment")? {
            return Ok(Payload::Attachment(a));
        }
        Ok(one(v, "contentReference")?.map_or(Payload::None, Payload::Reference))
    }
}

impl FromJson for Communication {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Communication")?;
        let (mut payload, mut attachments, mut references) = (Vec::new(), Vec::new(), Vec::new());
        for part in many::<Payload>(v, "payload")? {
            match part {
                Payload::Text(t) => payload.push(t),
                Payload::Attachment(a) => attachments.push(a),
                Payload::Reference(r) => references.push(r),
                Payload::None => {}
            }
        }
        Ok(Communication {
            id: text(v, "id")?,
            subject: one(v, "subject")?,
            topic: one(v, "topic")?,
            sent: text(v, "sent")?,
            sender: one(v, "sender")?,
            recipient: many(v, "recipient")?,
            payload,
            attachments,
            references,
            in_response_to: many(v, "inResponseTo")?,
            category: many(v, "category")?,
        })
    }
}

impl Resource for Communication {
    const TYPE: &'static str = "Communication";
}

impl OfPatient for Communication {
    fn patient_ref(&self) -> Option<&Reference> {
        self.subject.as_ref()
    }
}

/// Whether a reference points at the patient's side (the patient or a
/// representative), as opposed to the care team.
pub fn is_patient_side(who: &Reference) -> bool {
    who.id_of("Patient").is_some() || who.id_of("RelatedPerson").is_some()
}

impl Communication {
    /// The subject line as written.
    pub fn topic_text(&self) -> Option<&str> {
        self.topic.as_ref().and_then(CodeableConcept::label)
    }

    /// The whole text, parts separated by a blank line.
    pub fn text(&self) -> String {
        self.payload.join("\n\n")
    }

    /// Sent by the patient or a representative (else received).
    pub fn from_patient_side(&self) -> bool {
        self.sender.as_ref().is_some_and(is_patient_side)
    }

    /// Sent by a representative: their name.
    pub fn representative(&self) -> Option<&str> {
        let sender = self.sender.as_ref()?;
        sender.id_of("RelatedPerson")?;
        sender.display.as_deref()
    }

    /// Whether this is a repeat-prescription request.
    pub fn is_repeat_request(&self) -> bool {
        self.category
            .iter()
            .any(|c| c.code_in(MESSAGE_KIND_SYSTEM) == Some(REPEAT_PRESCRIPTION))
    }

    fn parent(&self) -> Option<&str> {
        self.in_response_to
            .iter()
            .find_map(|r| r.id_of("Communication"))
    }
}

/// A conversation: a first message and every answer to it, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Thread {
    /// The first message's id (the thread's address).
    pub id: String,
    /// The messages, oldest first.
    pub messages: Vec<Communication>,
}

impl Thread {
    /// The subject line of the first message that has one.
    pub fn topic(&self) -> Option<&str> {
        self.messages.iter().find_map(Communication::topic_text)
    }

    /// When the last message was sent.
    pub fn last_sent(&self) -> Option<&str> {
        self.messages.iter().filter_map(|m| m.sent.as_deref()).max()
    }

    /// The care team side: the first recipient or sender that is not the
    /// patient's side (where a reply goes).
    pub fn care_team(&self) -> Option<&Reference> {
        self.messages.iter().find_map(|m| {
            if m.from_patient_side() {
                m.recipient.iter().find(|r| !is_patient_side(r))
            } else {
                m.sender.as_ref()
            }
        })
    }

    /// The message a reply answers: the last one.
    pub fn last(&self) -> Option<&Communication> {
        self.messages.last()
    }
}

/// Groups messages into threads by `inResponseTo` (a message whose
/// parent is not among them starts its own), newest activity first.
pub fn threads(messages: Vec<Communication>) -> Vec<Thread> {
    let parents: HashMap<String, String> = messages
        .iter()
        .filter_map(|m| Some((m.id.clone()?, m.parent()?.to_string())))
        .collect();
    let known: std::collections::HashSet<&str> =
        messages.iter().filter_map(|m| m.id.as_deref()).collect();
    let root_of = |id: &str| -> String {
        let mut path: Vec<String> = Vec::new();
        let mut current = id.to_string();
        loop {
            if let Some(at) = path.iter().position(|p| *p == current) {
                // Answers that answer each other: the loop's smallest id
                // stands for it, whichever message one starts from.
                return path[at..].iter().min().cloned().unwrap_or(current);
            }
            path.push(current.clone());
            match parents.get(&current) {
                Some(p) if known.contains(p.as_str()) => current = p.clone(),
                _ => return current,
            }
        }
    };
    let mut by_root: Vec<Thread> = Vec::new();
    for (n, message) in messages.iter().enumerate() {
        let id = message.id.clone().unwrap_or_else(|| format!("message-{n}"));
        let root = root_of(&id);
        match by_root.iter_mut().find(|t| t.id == root) {
            Some(thread) => thread.messages.push(message.clone()),
            None => by_root.push(Thread {
                id: root,
                messages: vec![message.clone()],
            }),
        }
    }
    for thread in &mut by_root {
        crate::sort::sort_by(&mut thread.messages, |a, b| a.sent.cmp(&b.sent));
    }
    crate::sort::sort_by(&mut by_root, |a, b| b.last_sent().cmp(&a.last_sent()));
    by_root
}

crate::deserialize_via_json!(Communication);

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(id: &str, sent: &str, sender: &str, parent: Option<&str>) -> Communication {
        let mut v = serde_json::json!({"resourceType":"Communication","id":id,"sent":sent,
            "sender":{"reference":sender,"display":"Sanne de Vries"},"topic":{"text":format!("t-{id}")},
            "payload":[{"contentString":"a"},{"contentAttachment":{}},{"contentString":"b"}]});
        if let Some(p) = parent {
            v["inResponseTo"] = serde_json::json!([{"reference":format!("Communication/{p}")}]);
        }
        Communication::from_json(&v).unwrap()
    }

    #[test]
    fn text_files_and_records_each_have_their_place() {
        let m: Communication = serde_json::from_value(serde_json::json!({
            "resourceType":"Communication","id":"m",
            "payload":[
                {"contentString":"Zie de foto."},
                {"contentAttachment":{"contentType":"image/png","data":"iVBORw0KGgo=","title":"Foto","size":8}},
                {"contentReference":{"reference":"Observation/crp","display":"CRP"}},
                {"contentString":"Groet"}
            ]}))
        .unwrap();
        assert_eq!(m.text(), "Zie de foto.\n\nGroet");
        assert_eq!(m.attachments.len(), 1);
        assert_eq!(m.attachments[0].title.as_deref(), Some("Foto"));
        assert_eq!(m.attachments[0].size, Some(8));
        assert_eq!(m.attachments[0].mime(), "image/png");
        assert_eq!(m.references[0].id_of("Observation"), Some("crp"));
    }

    #[test]
    fn threads_follow_answers_to_the_first_message() {
        let list = vec![
            msg("b", "2026-01-02", "PractitionerRole/r", Some("a")),
            msg("a", "2026-01-01", "Patient/emma", None),
            msg("c", "2026-01-03", "RelatedPerson/auth", Some("b")),
            msg("x", "2025-05-05", "Patient/emma", Some("gone")),
            msg("loop1", "2024-01-01", "Patient/emma", Some("loop2")),
            msg("loop2", "2024-01-02", "Patient/emma", Some("loop1")),
        ];
        let t = threads(list);
        assert_eq!(t[0].id, "a");
        let ids: Vec<_> = t[0]
            .messages
            .iter()
            .map(|m| m.id.as_deref().unwrap())
            .collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert_eq!(t[0].topic(), Some("t-a"));
        assert_eq!(
            t[0].care_team().and_then(|r| r.reference.as_deref()),
            Some("PractitionerRole/r")
        );
        assert_eq!(t[1].id, "x");
        assert_eq!(t.len(), 3, "the loop is one thread, not a hang");
        let c = &t[0].messages[2];
        assert_eq!(c.representative(), Some("Sanne de Vries"));
        assert!(c.from_patient_side());
        assert_eq!(c.text(), "a\n\nb");
        assert!(!t[0].messages[1].from_patient_side());
    }

    #[test]
    fn a_wrong_field_is_a_named_error() {
        let e = Communication::from_json(&serde_json::json!({"payload":[{"contentString":5}]}));
        assert_eq!(e.unwrap_err(), "payload[0].contentString: expected text");
    }
}
