//! `Task`: a repeat-prescription request as the care team's to-do.

use super::communication::REPEAT_PRESCRIPTION;
use super::json::{FromJson, object, one, text};
use super::model::{CodeableConcept, Reference, Resource};

/// `Task`, as far as the portal reads it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Task {
    /// Logical id.
    pub id: Option<String>,
    /// requested, accepted, in-progress, completed, rejected, cancelled, …
    pub status: Option<String>,
    /// What it is (a repeat prescription).
    pub code: Option<CodeableConcept>,
    /// The prescription it is about.
    pub focus: Option<Reference>,
    /// When it was asked.
    pub authored_on: Option<String>,
}

impl FromJson for Task {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Task")?;
        Ok(Task {
            id: text(v, "id")?,
            status: text(v, "status")?,
            code: one(v, "code")?,
            focus: one(v, "focus")?,
            authored_on: text(v, "authoredOn")?,
        })
    }
}

impl Resource for Task {
    const TYPE: &'static str = "Task";
}

impl Task {
    /// Whether this is a repeat request for `medication_id` that the care
    /// team has not finished.
    pub fn is_open_repeat_request(&self, medication_id: &str) -> bool {
        let open = matches!(
            self.status.as_deref(),
            Some(
                "draft"
                    | "requested"
                    | "received"
                    | "accepted"
                    | "ready"
                    | "in-progress"
                    | "on-hold"
            )
        );
        let repeat = self.code.as_ref().is_some_and(|c| {
            c.coding
                .iter()
                .any(|c| c.code.as_deref() == Some(REPEAT_PRESCRIPTION))
        });
        let focus = self
            .focus
            .as_ref()
            .and_then(|f| f.id_of("MedicationRequest"));
        open && repeat && focus == Some(medication_id)
    }
}

crate::deserialize_via_json!(Task);
