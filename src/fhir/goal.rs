//! `Goal`: treatment goals agreed with the care provider.

use super::model::{CodeableConcept, Reference, Resource};
use super::observation::{Value, value_x};
use crate::fhir::json::{FromJson, many, object, one, text};

/// `Goal.target`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Target {
    /// What is measured ("Weight Measured").
    pub measure: Option<CodeableConcept>,
    /// The value aimed at (`detail[x]`: "160 to 180 lbs").
    pub detail: Option<Value>,
    /// When it should be reached.
    pub due_date: Option<String>,
}

impl FromJson for Target {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Target")?;
        Ok(Target {
            measure: one(v, "measure")?,
            detail: value_x(v, "detail")?,
            due_date: text(v, "dueDate")?,
        })
    }
}

/// Notes are `Annotation`s, shared with other resources.
pub use super::model::Note;

/// `Goal`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Goal {
    /// Logical id.
    pub id: Option<String>,
    /// proposed, planned, accepted, active, on-hold, completed, cancelled, …
    pub lifecycle_status: Option<String>,
    /// in-progress, improving, achieved, not-achieved, …
    pub achievement_status: Option<CodeableConcept>,
    /// What the goal is.
    pub description: CodeableConcept,
    /// Start.
    pub start_date: Option<String>,
    /// Targets.
    pub target: Vec<Target>,
    /// Who agreed it.
    pub expressed_by: Option<Reference>,
    /// Notes.
    pub note: Vec<Note>,
}

impl FromJson for Goal {
    fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        object(v, "Goal")?;
        Ok(Goal {
            id: text(v, "id")?,
            lifecycle_status: text(v, "lifecycleStatus")?,
            achievement_status: one(v, "achievementStatus")?,
            description: one(v, "description")?.unwrap_or_default(),
            start_date: text(v, "startDate")?,
            target: many(v, "target")?,
            expressed_by: one(v, "expressedBy")?,
            note: many(v, "note")?,
        })
    }
}

impl Resource for Goal {
    const TYPE: &'static str = "Goal";
}

/// Where a goal stands in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifecycle {
    /// Proposed, planned or accepted.
    Planned,
    /// Being worked on.
    Active,
    /// Paused.
    OnHold,
    /// Done.
    Completed,
    /// Stopped, rejected or entered in error.
    Cancelled,
}

/// One status in words for a goal: its lifecycle and its achievement
/// together, so the page never shows two that seem to contradict each other
/// ("Gepland" and "Bezig").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Proposed, planned or accepted (whatever the achievement says).
    Planned,
    /// Active, no achievement given.
    Active,
    /// Active (or no lifecycle) and being worked on.
    InProgress,
    /// Active and getting better.
    Improving,
    /// Active and getting worse.
    Worsening,
    /// Paused.
    OnHold,
    /// Reached (completed or not).
    Achieved,
    /// Not reached, still active.
    NotAchieved,
    /// Done, and not reached.
    CompletedNotAchieved,
    /// Done, achievement unknown.
    Completed,
    /// Stopped.
    Cancelled,
    /// Neither status known.
    Unknown,
}

/// How far a goal is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Achievement {
    /// In progress, no change or sustaining.
    InProgress,
    /// Getting better.
    Improving,
    /// Getting worse.
    Worsening,
    /// Reached.
    Achieved,
    /// Not reached, no progress or not attainable.
    NotAchieved,
}

impl Goal {
    /// The lifecycle, if a known code.
    pub fn lifecycle(&self) -> Option<Lifecycle> {
        Some(match self.lifecycle_status.as_deref()? {
            "proposed" | "planned" | "accepted" => Lifecycle::Planned,
            "active" => Lifecycle::Active,
            "on-hold" => Lifecycle::OnHold,
            "completed" => Lifecycle::Completed,
            "cancelled" | "rejected" | "entered-in-error" => Lifecycle::Cancelled,
            _ => return None,
        })
    }

    /// The achievement, if a known code.
    pub fn achievement(&self) -> Option<Achievement> {
        let concept = self.achievement_status.as_ref()?;
        Some(
            match concept.code_in("http://terminology.hl7.org/CodeSystem/goal-achievement")? {
                "in-progress" | "no-change" | "sustaining" => Achievement::InProgress,
                "improving" => Achievement::Improving,
                "worsening" => Achievement::Worsening,
                "achieved" => Achievement::Achieved,
                "not-achieved" | "no-progress" | "not-attainable" => Achievement::NotAchieved,
                _ => return None,
            },
        )
    }

    /// The status in one word or phrase (see [`Status`]).
    pub fn status(&self) -> Status {
        use Achievement as A;
        use Lifecycle as L;
        match (self.lifecycle(), self.achievement()) {
            (Some(L::Planned), _) => Status::Planned,
            (Some(L::OnHold), _) => Status::OnHold,
            (Some(L::Cancelled), _) => Status::Cancelled,
            (_, Some(A::Achieved)) => Status::Achieved,
            (Some(L::Completed), Some(A::NotAchieved)) => Status::CompletedNotAchieved,
            (Some(L::Completed), _) => Status::Completed,
            (_, Some(A::InProgress)) => Status::InProgress,
            (_, Some(A::Improving)) => Status::Improving,
            (_, Some(A::Worsening)) => Status::Worsening,
            (_, Some(A::NotAchieved)) => Status::NotAchieved,
            (Some(L::Active), None) => Status::Active,
            (None, None) => Status::Unknown,
        }
    }

    /// The first target date.
    pub fn due(&self) -> Option<&str> {
        self.target.iter().find_map(|t| t.due_date.as_deref())
    }
}

/// Orders goals for the page: active and planned first, then the rest;
/// within each, the newest start first.
pub fn sort_goals(goals: &mut [Goal]) {
    let rank = |g: &Goal| match g.lifecycle() {
        Some(Lifecycle::Active) => 0,
        Some(Lifecycle::Planned | Lifecycle::OnHold) => 1,
        _ => 2,
    };
    crate::sort::sort_by(goals, |a, b| {
        rank(a)
            .cmp(&rank(b))
            .then_with(|| b.start_date.cmp(&a.start_date))
    });
}

crate::deserialize_via_json!(Target, Goal);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_and_demo_goals_decode() {
        for text in [
            include_str!("../../tests/fixtures/fhir/Goal-example.json"),
            include_str!("../../tests/fixtures/fhir/Goal-stop-smoking.json"),
        ] {
            let goal: Goal = serde_json::from_str(text).unwrap();
            assert!(goal.description.label().is_some());
            assert!(goal.lifecycle().is_some());
        }
    }

    #[test]
    fn statuses_and_order() {
        let goal = |status: &str, start: &str, achievement: &str| -> Goal {
            serde_json::from_value(serde_json::json!({"resourceType":"Goal","lifecycleStatus":status,"startDate":start,
                "achievementStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/goal-achievement","code":achievement}]},
                "description":{"text":status}}))
            .unwrap()
        };
        let mut goals = vec![
            goal("completed", "2025-01-01", "achieved"),
            goal("active", "2020-01-01", "improving"),
            goal("active", "2024-01-01", "sustaining"),
        ];
        sort_goals(&mut goals);
        let order: Vec<_> = goals
            .iter()
            .map(|g| {
                (
                    g.lifecycle_status.clone().unwrap(),
                    g.start_date.clone().unwrap(),
                )
            })
            .collect();
        assert_eq!(order[0], ("active".into(), "2024-01-01".into()));
        assert_eq!(order[2].0, "completed");
        assert_eq!(goals[0].achievement(), Some(Achievement::InProgress));
        assert_eq!(goals[1].achievement(), Some(Achievement::Improving));
        assert_eq!(goals[2].achievement(), Some(Achievement::Achieved));
        assert_eq!(goal("weird", "", "x").lifecycle(), None);
    }

    #[test]
    fn one_status_from_lifecycle_and_achievement() {
        let goal = |lifecycle: &str, achievement: Option<&str>| -> Goal {
            let mut v = serde_json::json!({"resourceType":"Goal","lifecycleStatus":lifecycle,
                "description":{"text":"x"}});
            if let Some(a) = achievement {
                v["achievementStatus"] = serde_json::json!({"coding":[{
                    "system":"http://terminology.hl7.org/CodeSystem/goal-achievement","code":a}]});
            }
            serde_json::from_value(v).unwrap_or_default()
        };
        assert_eq!(
            goal("planned", Some("in-progress")).status(),
            Status::Planned
        );
        assert_eq!(
            goal("active", Some("in-progress")).status(),
            Status::InProgress
        );
        assert_eq!(goal("active", None).status(), Status::Active);
        assert_eq!(
            goal("active", Some("improving")).status(),
            Status::Improving
        );
        assert_eq!(
            goal("completed", Some("achieved")).status(),
            Status::Achieved
        );
        assert_eq!(
            goal("completed", Some("not-achieved")).status(),
            Status::CompletedNotAchieved
        );
        assert_eq!(goal("completed", None).status(), Status::Completed);
        assert_eq!(goal("on-hold", Some("worsening")).status(), Status::OnHold);
        assert_eq!(
            goal("cancelled", Some("achieved")).status(),
            Status::Cancelled
        );
        assert_eq!(goal("weird", None).status(), Status::Unknown);
    }

    #[test]
    fn targets_say_what_and_how_much() {
        let goal: Goal =
            serde_json::from_str(include_str!("../../tests/fixtures/fhir/Goal-example.json"))
                .unwrap_or_default();
        let target = &goal.target[0];
        assert_eq!(
            target.measure.as_ref().and_then(|m| m.label()),
            Some("Weight Measured")
        );
        assert!(matches!(&target.detail, Some(Value::Range(r))
            if r.low.as_ref().and_then(|q| q.value) == Some(160.0)
                && r.high.as_ref().and_then(crate::fhir::observation::Quantity::unit_label).as_deref() == Some("lbs")));
        assert_eq!(goal.due(), Some("2016-04-05"));
        let text: Goal = serde_json::from_value(serde_json::json!({"resourceType":"Goal",
            "target":[{"detailString":"Zonder hulp 500 meter lopen"},{"detailInteger":3}]}))
        .unwrap_or_default();
        assert_eq!(
            text.target[0].detail,
            Some(Value::Text("Zonder hulp 500 meter lopen".into()))
        );
        assert_eq!(text.target[1].detail, Some(Value::Integer(3)));
    }
}
