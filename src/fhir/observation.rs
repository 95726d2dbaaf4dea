//! `Observation`: lab results and measurements (vital signs).
//!
//! The decoded resource plus what the results and measurements pages read
//! from it: the value to show, a high/low flag, the status in words and a
//! key for "the same test". Charts, grouping, periods and the pages'
//! searches live in the submodules.

use super::json::{FromJson, boolean, integer, many, number, number_text, object, one, text};
use super::model::{CodeableConcept, Note, Period, Reference, Resource, parse_date};
use chrono::NaiveDate;
use serde_json::Value as Json;

mod flag;
mod measurements;
mod period;
mod results;
mod search;

use flag::flag_of;
pub use flag::{Flag, ResultStatus, result_status};
pub use measurements::{MeasurementKind, Series, measurement_kinds, within};
pub use period::{in_period, period_start};
pub use results::{ResultGroup, group_by_date, group_by_report};
pub use search::{
    ResultSearch, ResultsPage, fetch_history, fetch_measurements, fetch_results, history_query,
};

/// The LOINC code system.
pub const LOINC: &str = "http://loinc.org";
/// The code system of `Observation.interpretation` (high, low, …).
pub const INTERPRETATION_SYSTEM: &str =
    "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

/// `Quantity`: a measured amount.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Quantity {
    /// The number. FHIR decimals are JSON numbers: a string is refused.
    pub value: Option<f64>,
    /// The number as written ("5.10"): its decimal places are its precision.
    pub written: Option<String>,
    /// `<`, `<=`, `>=` or `>` when the true value is beyond what was measured.
    pub comparator: Option<String>,
    /// The unit for people ("mmol/l").
    pub unit: Option<String>,
    /// The coded unit (UCUM "mmol/L").
    pub code: Option<String>,
}

impl Quantity {
    /// The unit to show, as people write it (see [`crate::fhir::ucum`]):
    /// from `unit`, else from the coded unit; `None` for a count or a score.
    pub fn unit_label(&self) -> Option<String> {
        self.unit
            .as_deref()
            .or(self.code.as_deref())
            .and_then(crate::fhir::ucum::for_people)
    }

    /// Whether two quantities are in the same unit, as far as can be told:
    /// coded units when both have one, else the units for people.
    fn same_unit(&self, other: &Quantity) -> bool {
        match (self.code.as_deref(), other.code.as_deref()) {
            (Some(a), Some(b)) => a == b,
            _ => match (self.unit.as_deref(), other.unit.as_deref()) {
                (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
                _ => true,
            },
        }
    }
}

/// `Range`: a low and a high quantity, either may be missing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Range {
    /// Lower bound.
    pub low: Option<Quantity>,
    /// Upper bound.
    pub high: Option<Quantity>,
}

/// `Observation.referenceRange`: what is normal for this test.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReferenceRange {
    /// Below this is low.
    pub low: Option<Quantity>,
    /// Above this is high.
    pub high: Option<Quantity>,
    /// The range as written ("3,1 – 6,2 mmol/l", "NEGATIVE").
    pub text: Option<String>,
}

/// A result value, whichever `value[x]` type it came as.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `valueQuantity`.
    Quantity(Quantity),
    /// `valueString`.
    Text(String),
    /// `valueCodeableConcept` ("Positive", "A rhesus D positief").
    Concept(CodeableConcept),
    /// `valueInteger`.
    Integer(i64),
    /// `valueBoolean`.
    Boolean(bool),
    /// `valueRange`.
    Range(Range),
    /// `valueRatio` (a titre "1:128", "5 mg / 10 ml").
    Ratio(Ratio),
    /// `valueSampledData`: a series of measurements (an ECG trace).
    Series(SampledData),
    /// `valueTime` ("14:30:00").
    Time(String),
    /// `valueDateTime` ("2016-12-30", a date the answer is).
    DateTime(String),
    /// `valuePeriod`.
    Period(Period),
    /// No value, and why (`dataAbsentReason`): only from `reading()`.
    Absent(CodeableConcept),
}

/// `Ratio`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ratio {
    /// Above the line.
    pub numerator: Option<Quantity>,
    /// Below the line.
    pub denominator: Option<Quantity>,
}

/// `SampledData`, as far as a person reads it: how many values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SampledData {
    /// The values (and "E", "L", "U" markers) in `data`.
    pub count: usize,
}

/// `<prefix>[x]` of every type a value may have (`value[x]` of an
/// Observation, `detail[x]` of a Goal target), in [`Value`]'s order; the
/// first one there.
pub fn value_x(v: &Json, prefix: &str) -> Result<Option<Value>, String> {
    let key = |kind: &str| format!("{prefix}{kind}");
    let simple = if let Some(q) = one::<Quantity>(v, &key("Quantity"))? {
        Some(Value::Quantity(q))
    } else if let Some(t) = text(v, &key("String"))? {
        Some(Value::Text(t))
    } else if let Some(c) = one::<CodeableConcept>(v, &key("CodeableConcept"))? {
        Some(Value::Concept(c))
    } else if let Some(n) = integer(v, &key("Integer"))? {
        Some(Value::Integer(n))
    } else if let Some(b) = boolean(v, &key("Boolean"))? {
        Some(Value::Boolean(b))
    } else {
        one::<Range>(v, &key("Range"))?.map(Value::Range)
    };
    match simple {
        Some(value) => Ok(Some(value)),
        None => other_value(v, prefix),
    }
}

/// The `<prefix>[x]` types an Observation does not read field by field
/// (see [`Observation::value`]): ratio, sampled data, time, dateTime, period.
fn other_value(v: &Json, prefix: &str) -> Result<Option<Value>, String> {
    let key = |kind: &str| format!("{prefix}{kind}");
    if let Some(r) = one::<Ratio>(v, &key("Ratio"))? {
        return Ok(Some(Value::Ratio(r)));
    }
    if let Some(s) = one::<SampledData>(v, &key("SampledData"))? {
        return Ok(Some(Value::Series(s)));
    }
    if let Some(t) = text(v, &key("Time"))? {
        return Ok(Some(Value::Time(t)));
    }
    if let Some(t) = text(v, &key("DateTime"))? {
        return Ok(Some(Value::DateTime(t)));
    }
    Ok(one::<Period>(v, &key("Period"))?.map(Value::Period))
}

impl FromJson for Ratio {
    fn from_json(v: &Json) -> Result<Self, String> {
        object(v, "Ratio")?;
        Ok(Ratio {
            numerator: one(v, "numerator")?,
            denominator: one(v, "denominator")?,
        })
    }
}

impl FromJson for SampledData {
    fn from_json(v: &Json) -> Result<Self, String> {
        object(v, "SampledData")?;
        Ok(SampledData {
            count: text(v, "data")?.map_or(0, |d| d.split_whitespace().count()),
        })
    }
}

/// A stable key for "the same test": the LOINC coding when there is one
/// (servers often list a local code first, as the HL7 temperature example
/// `f202` does), else the first coding, as `system|code`; else
/// `text:<lowercased text>`.
pub fn concept_key(concept: &CodeableConcept) -> String {
    let coded = || concept.coding.iter().filter(|c| c.code.is_some());
    let pick = coded()
        .find(|c| c.system.as_deref() == Some(LOINC))
        .or_else(|| coded().next());
    match pick {
        Some(c) => format!(
            "{}|{}",
            c.system.as_deref().unwrap_or(""),
            c.code.as_deref().unwrap_or("")
        ),
        None => format!(
            "text:{}",
            concept.label().unwrap_or("").trim().to_lowercase()
        ),
    }
}

/// `Observation.component`: one part of a panel (systolic of a blood pressure).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Component {
    /// What this part is.
    pub code: CodeableConcept,
    /// `valueQuantity`.
    pub value_quantity: Option<Quantity>,
    /// `valueString`.
    pub value_string: Option<String>,
    /// `valueCodeableConcept`.
    pub value_codeable_concept: Option<CodeableConcept>,
    /// `valueInteger`.
    pub value_integer: Option<i64>,
    /// `valueBoolean`.
    pub value_boolean: Option<bool>,
    /// `valueRange`.
    pub value_range: Option<Range>,
    /// Any other `value[x]` (ratio, sampled data, time, dateTime, period).
    pub value_other: Option<Value>,
    /// Why there is no value.
    pub data_absent_reason: Option<CodeableConcept>,
    /// High, low, normal, …
    pub interpretation: Vec<CodeableConcept>,
    /// What is normal.
    pub reference_range: Vec<ReferenceRange>,
}

impl Component {
    /// The value, if any.
    pub fn value(&self) -> Option<Value> {
        pick_value(
            self.value_quantity.as_ref(),
            self.value_codeable_concept.as_ref(),
            self.value_string.as_deref(),
            self.value_integer,
            self.value_boolean,
            self.value_range.as_ref(),
            self.value_other.as_ref(),
        )
    }

    /// The value, else why there is none (see [`Observation::reading`]).
    pub fn reading(&self) -> Option<Value> {
        self.value()
            .or_else(|| self.data_absent_reason.clone().map(Value::Absent))
    }

    /// The value as a plain number, for charts (see [`Observation::number`]).
    pub fn number(&self) -> Option<f64> {
        plain_number(self.value_quantity.as_ref(), self.value_integer)
    }

    /// The flag: from `interpretation`, else derived from the reference range.
    pub fn flag(&self) -> Option<Flag> {
        flag_of(
            &self.interpretation,
            self.value_quantity.as_ref(),
            &self.reference_range,
        )
    }
}

/// `Observation`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Observation {
    /// Logical id.
    pub id: Option<String>,
    /// registered, preliminary, final, amended, corrected, cancelled, …
    pub status: Option<String>,
    /// laboratory, vital-signs, …
    pub category: Vec<CodeableConcept>,
    /// Whose record it is in.
    pub subject: Option<crate::fhir::model::Reference>,
    /// What was measured.
    pub code: CodeableConcept,
    /// When, as a date-time.
    pub effective_date_time: Option<String>,
    /// When, as a period.
    pub effective_period: Option<Period>,
    /// When, as an instant.
    pub effective_instant: Option<String>,
    /// When the result was released.
    pub issued: Option<String>,
    /// `valueQuantity`.
    pub value_quantity: Option<Quantity>,
    /// `valueString`.
    pub value_string: Option<String>,
    /// `valueCodeableConcept`.
    pub value_codeable_concept: Option<CodeableConcept>,
    /// `valueInteger`.
    pub value_integer: Option<i64>,
    /// `valueBoolean`.
    pub value_boolean: Option<bool>,
    /// `valueRange`.
    pub value_range: Option<Range>,
    /// Any other `value[x]` (ratio, sampled data, time, dateTime, period).
    pub value_other: Option<Value>,
    /// Why there is no value.
    pub data_absent_reason: Option<CodeableConcept>,
    /// High, low, normal, …
    pub interpretation: Vec<CodeableConcept>,
    /// What is normal.
    pub reference_range: Vec<ReferenceRange>,
    /// The observations of a panel given as references (a vital-signs
    /// panel); shown under the panel.
    pub has_member: Vec<Reference>,
    /// Parts of a panel (systolic and diastolic blood pressure).
    pub component: Vec<Component>,
    /// Notes from the lab or care provider.
    pub note: Vec<Note>,
    /// Who measured it.
    pub performer: Vec<Reference>,
}

impl FromJson for Quantity {
    fn from_json(v: &Json) -> Result<Self, String> {
        object(v, "Quantity")?;
        Ok(Quantity {
            value: number(v, "value")?,
            written: number_text(v, "value"),
            comparator: text(v, "comparator")?,
            unit: text(v, "unit")?,
            code: text(v, "code")?,
        })
    }
}

impl FromJson for Range {
    fn from_json(v: &Json) -> Result<Self, String> {
        object(v, "Range")?;
        Ok(Range {
            low: one(v, "low")?,
            high: one(v, "high")?,
        })
    }
}

impl FromJson for ReferenceRange {
    fn from_json(v: &Json) -> Result<Self, String> {
        object(v, "referenceRange")?;
        Ok(ReferenceRange {
            low: one(v, "low")?,
            high: one(v, "high")?,
            text: text(v, "text")?,
        })
    }
}

impl FromJson for Component {
    fn from_json(v: &Json) -> Result<Self, String> {
        object(v, "component")?;
        Ok(Component {
            code: one(v, "code")?.unwrap_or_default(),
            value_quantity: one(v, "valueQuantity")?,
            value_string: text(v, "valueString")?,
            value_codeable_concept: one(v, "valueCodeableConcept")?,
            value_integer: integer(v, "valueInteger")?,
            value_boolean: boolean(v, "valueBoolean")?,
            value_range: one(v, "valueRange")?,
            value_other: other_value(v, "value")?,
            data_absent_reason: one(v, "dataAbsentReason")?,
            interpretation: many(v, "interpretation")?,
            reference_range: many(v, "referenceRange")?,
        })
    }
}

impl FromJson for Observation {
    fn from_json(v: &Json) -> Result<Self, String> {
        object(v, "Observation")?;
        Ok(Observation {
            id: text(v, "id")?,
            status: text(v, "status")?,
            category: many(v, "category")?,
            subject: one(v, "subject")?,
            code: one(v, "code")?.unwrap_or_default(),
            effective_date_time: text(v, "effectiveDateTime")?,
            effective_period: one(v, "effectivePeriod")?,
            effective_instant: text(v, "effectiveInstant")?,
            issued: text(v, "issued")?,
            value_quantity: one(v, "valueQuantity")?,
            value_string: text(v, "valueString")?,
            value_codeable_concept: one(v, "valueCodeableConcept")?,
            value_integer: integer(v, "valueInteger")?,
            value_boolean: boolean(v, "valueBoolean")?,
            value_range: one(v, "valueRange")?,
            value_other: other_value(v, "value")?,
            data_absent_reason: one(v, "dataAbsentReason")?,
            interpretation: many(v, "interpretation")?,
            reference_range: many(v, "referenceRange")?,
            has_member: many(v, "hasMember")?,
            component: many(v, "component")?,
            note: many(v, "note")?,
            performer: many(v, "performer")?,
        })
    }
}

crate::deserialize_via_json!(
    Quantity,
    Range,
    Ratio,
    SampledData,
    ReferenceRange,
    Component,
    Observation
);

impl Resource for Observation {
    const TYPE: &'static str = "Observation";
}

impl crate::fhir::model::OfPatient for Observation {
    fn patient_ref(&self) -> Option<&crate::fhir::model::Reference> {
        self.subject.as_ref()
    }
}

fn pick_value(
    quantity: Option<&Quantity>,
    concept: Option<&CodeableConcept>,
    text: Option<&str>,
    integer: Option<i64>,
    boolean: Option<bool>,
    range: Option<&Range>,
    other: Option<&Value>,
) -> Option<Value> {
    quantity
        .map(|q| Value::Quantity(q.clone()))
        .or_else(|| concept.map(|c| Value::Concept(c.clone())))
        .or_else(|| text.map(|t| Value::Text(t.to_string())))
        .or_else(|| integer.map(Value::Integer))
        .or_else(|| boolean.map(Value::Boolean))
        .or_else(|| range.map(|r| Value::Range(r.clone())))
        .or_else(|| other.cloned())
}

/// A number to plot. Not for "< 5": that is no point on a line.
fn plain_number(quantity: Option<&Quantity>, integer: Option<i64>) -> Option<f64> {
    match quantity {
        Some(q) if q.comparator.is_none() => q.value,
        Some(_) => None,
        None => integer.map(|i| i as f64),
    }
}

impl Observation {
    /// The value (`value[x]`); `None` when there are only components or
    /// no value at all (see `data_absent_reason`).
    pub fn value(&self) -> Option<Value> {
        pick_value(
            self.value_quantity.as_ref(),
            self.value_codeable_concept.as_ref(),
            self.value_string.as_deref(),
            self.value_integer,
            self.value_boolean,
            self.value_range.as_ref(),
            self.value_other.as_ref(),
        )
    }

    /// What a reader is told: the value, else why there is none
    /// (`dataAbsentReason`); `None` for a panel of components or members.
    pub fn reading(&self) -> Option<Value> {
        self.value()
            .or_else(|| self.data_absent_reason.clone().map(Value::Absent))
    }

    /// The value as a plain number, for charts: a quantity without a
    /// comparator, or an integer.
    pub fn number(&self) -> Option<f64> {
        plain_number(self.value_quantity.as_ref(), self.value_integer)
    }

    /// [`when`](Self::when) without a copy, for sorting.
    pub(crate) fn when_str(&self) -> Option<&str> {
        self.effective_date_time
            .as_deref()
            .or_else(|| self.effective_period.as_ref()?.start.as_deref())
            .or(self.effective_instant.as_deref())
            .or(self.issued.as_deref())
    }

    /// When it was measured, as written: `effectiveDateTime`, else the
    /// start of `effectivePeriod`, else `effectiveInstant`, else `issued`.
    pub fn when(&self) -> Option<String> {
        self.when_str().map(str::to_string)
    }

    /// The date of [`when`](Self::when).
    pub fn date(&self) -> Option<NaiveDate> {
        self.when_str().and_then(parse_date)
    }

    /// Whether any category has `code` ("vital-signs", "laboratory").
    pub fn is_category(&self, code: &str) -> bool {
        self.category
            .iter()
            .flat_map(|c| &c.coding)
            .any(|c| c.code.as_deref() == Some(code))
    }

    /// A stable key for "the same test" (see [`concept_key`]).
    pub fn code_key(&self) -> String {
        concept_key(&self.code)
    }

    /// The flag: from `interpretation`, else derived from the first
    /// reference range for a plain quantity.
    pub fn flag(&self) -> Option<Flag> {
        flag_of(
            &self.interpretation,
            self.value_quantity.as_ref(),
            &self.reference_range,
        )
    }

    /// The status in words.
    pub fn result_status(&self) -> ResultStatus {
        result_status(self.status.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obs(value: serde_json::Value) -> Observation {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn components_flag_on_their_own() {
        let bp = obs(json!({"component":[
            {"code":{"text":"Systolisch"},"valueQuantity":{"value":150,"unit":"mmHg"},
             "referenceRange":[{"high":{"value":140,"unit":"mmHg"}}]},
            {"code":{"text":"Diastolisch"},"valueInteger":80,
             "interpretation":[{"coding":[{"code":"N"}]}]}]}));
        assert_eq!(bp.value(), None, "a panel has no value of its own");
        assert_eq!(bp.component[0].flag(), Some(Flag::High));
        assert_eq!(bp.component[1].flag(), Some(Flag::Normal));
        assert_eq!(bp.component[1].number(), Some(80.0));
        assert_eq!(bp.component[1].value(), Some(Value::Integer(80)));
    }

    #[test]
    fn when_falls_back_from_effective_to_issued() {
        let period = obs(
            json!({"effectivePeriod":{"start":"2013-04-02T09:30:10+01:00"},
            "issued":"2013-04-03T15:30:10+01:00"}),
        );
        assert_eq!(period.when().as_deref(), Some("2013-04-02T09:30:10+01:00"));
        let issued = obs(json!({"issued":"2013-04-04T13:27:00+01:00"}));
        assert_eq!(issued.date(), NaiveDate::from_ymd_opt(2013, 4, 4));
        let instant = obs(json!({"effectiveInstant":"2020-01-02T03:04:05Z","issued":"2021-01-01"}));
        assert_eq!(instant.date(), NaiveDate::from_ymd_opt(2020, 1, 2));
        assert_eq!(obs(json!({})).when(), None);
    }

    #[test]
    fn code_keys_prefer_loinc_then_first_coding_then_text() {
        let key = |code: serde_json::Value| obs(json!({ "code": code })).code_key();
        assert_eq!(
            key(
                json!({"coding":[{"system":"http://acme.lab","code":"BT"},{"system":LOINC,"code":"8310-5"}]})
            ),
            "http://loinc.org|8310-5"
        );
        assert_eq!(
            key(json!({"coding":[{"system":"http://acme.lab","code":"BT"}]})),
            "http://acme.lab|BT"
        );
        assert_eq!(
            key(json!({"coding":[{"display":"x"}],"text":" Eye Color "})),
            "text:eye color"
        );
    }

    #[test]
    fn categories_and_values() {
        let o = obs(json!({"category":[{"coding":[{"code":"laboratory"}]}],
            "valueCodeableConcept":{"text":"Positief"},"valueRange":{"low":{"value":1.0}}}));
        assert!(o.is_category("laboratory") && !o.is_category("vital-signs"));
        assert!(matches!(o.value(), Some(Value::Concept(c)) if c.label() == Some("Positief")));
        let range = obs(json!({"valueRange":{"low":{"value":1.0},"high":{"value":2.0}}}));
        assert!(matches!(range.value(), Some(Value::Range(_))));
        assert_eq!(range.number(), None);
        let q = Quantity {
            code: Some("mm[Hg]".into()),
            ..Quantity::default()
        };
        assert_eq!(q.unit_label().as_deref(), Some("mmHg"));
    }
}
