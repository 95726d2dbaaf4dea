//! The patient's questionnaire responses with the questionnaires they
//! answer, read with one search: which are open, which were sent, which
//! diaries have entries; one response to fill in or read; one diary.

use super::{Questionnaire, QuestionnaireResponse};
use crate::fhir::model::Resource;
use crate::fhir::{FhirClient, FhirError, Problem, SearchQuery};

/// The patient's responses with their questionnaires.
#[derive(Clone, Debug, Default)]
pub struct Responses {
    /// The responses (each with an id).
    pub items: Vec<QuestionnaireResponse>,
    /// The questionnaires they answer (each with an id).
    pub questionnaires: Vec<Questionnaire>,
    /// What could not be read or has no id: named, not left out silently.
    pub problems: Vec<Problem>,
}

impl Responses {
    /// The questionnaire `response` answers, if it was read.
    pub fn questionnaire(&self, response: &QuestionnaireResponse) -> Option<&Questionnaire> {
        let id = response.questionnaire_id()?;
        self.questionnaires
            .iter()
            .find(|q| q.id.as_deref() == Some(id))
    }

    /// Whether `response` is an entry of a diary.
    pub fn is_diary(&self, response: &QuestionnaireResponse) -> bool {
        self.questionnaire(response)
            .is_some_and(Questionnaire::is_diary)
    }

    /// The title of the questionnaire `response` answers, if it has one.
    pub fn title(&self, response: &QuestionnaireResponse) -> Option<String> {
        self.questionnaire(response).and_then(|q| q.title.clone())
    }

    /// The questionnaires still to be filled in or finished (no diaries).
    pub fn open(&self) -> Vec<&QuestionnaireResponse> {
        self.items
            .iter()
            .filter(|q| q.is_open() && !self.is_diary(q))
            .collect()
    }

    /// The questionnaires sent (no diary entries), newest first.
    pub fn sent(&self) -> Vec<&QuestionnaireResponse> {
        let mut sent: Vec<&QuestionnaireResponse> = self
            .items
            .iter()
            .filter(|q| q.is_sent() && !self.is_diary(q))
            .collect();
        crate::sort::sort_by(&mut sent, |a, b| b.authored.cmp(&a.authored));
        sent
    }

    /// The diaries the care team gave the patient (those with a response).
    pub fn diaries(&self) -> Vec<&Questionnaire> {
        self.questionnaires
            .iter()
            .filter(|d| d.is_diary())
            .filter(|d| {
                self.items
                    .iter()
                    .any(|q| q.questionnaire_id() == d.id.as_deref())
            })
            .collect()
    }

    /// The sent entries of questionnaire `id`, newest first.
    pub fn entries(&self, id: &str) -> Vec<&QuestionnaireResponse> {
        let mut entries: Vec<&QuestionnaireResponse> = self
            .items
            .iter()
            .filter(|q| q.is_sent() && q.questionnaire_id() == Some(id))
            .collect();
        crate::sort::sort_by(&mut entries, |a, b| b.authored.cmp(&a.authored));
        entries
    }
}

/// Reads the patient's responses with the questionnaires they answer.
pub async fn responses(client: &FhirClient, patient: &str) -> Result<Responses, FhirError> {
    let mut page = client
        .search::<QuestionnaireResponse>(
            &SearchQuery::new("QuestionnaireResponse")
                .param("patient", patient)
                .param("_include", "QuestionnaireResponse:questionnaire")
                .count(200),
        )
        .await?;
    // A questionnaire that cannot be read is named with the page's problems.
    let questionnaires = page.take_included::<Questionnaire>();
    Ok(with_ids(page.items, questionnaires, page.problems))
}

/// The responses and questionnaires that have an id; one without can be
/// neither opened nor written back, and is named with the `problems`.
fn with_ids(
    mut items: Vec<QuestionnaireResponse>,
    mut questionnaires: Vec<Questionnaire>,
    mut problems: Vec<Problem>,
) -> Responses {
    let unnamed = |kind: &str| Problem {
        resource_type: kind.to_string(),
        id: None,
        error: "no id".into(),
    };
    items.retain(|q| {
        let kept = q.id.is_some();
        if !kept {
            problems.push(unnamed(QuestionnaireResponse::TYPE));
        }
        kept
    });
    questionnaires.retain(|q| {
        let kept = q.id.is_some();
        if !kept {
            problems.push(unnamed(Questionnaire::TYPE));
        }
        kept
    });
    Responses {
        items,
        questionnaires,
        problems,
    }
}

/// Reads response `id` of the patient with the questionnaire it answers.
pub async fn response_with_questionnaire(
    client: &FhirClient,
    patient: &str,
    id: &str,
) -> Result<(QuestionnaireResponse, Questionnaire), FhirError> {
    let response = client.read_of::<QuestionnaireResponse>(id, patient).await?;
    let q_id = response
        .questionnaire_id()
        .ok_or(FhirError::NotFound)?
        .to_string();
    let questionnaire = client.read::<Questionnaire>(&q_id).await?;
    Ok((response, questionnaire))
}

/// Reads diary `id` with the patient's entries, newest first; a
/// questionnaire that is not a diary is not found.
pub async fn diary(
    client: &FhirClient,
    patient: &str,
    id: &str,
) -> Result<(Questionnaire, Vec<QuestionnaireResponse>), FhirError> {
    let all = responses(client, patient).await?;
    // The search includes the questionnaires it answers; a diary without
    // entries yet is read on its own.
    let included = all
        .questionnaires
        .iter()
        .find(|q| q.id.as_deref() == Some(id))
        .cloned();
    let questionnaire = match included {
        Some(q) => q,
        None => client.read::<Questionnaire>(id).await?,
    };
    if !questionnaire.is_diary() {
        return Err(FhirError::NotFound);
    }
    let entries = all.entries(id).into_iter().cloned().collect();
    Ok((questionnaire, entries))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn response(id: Option<&str>, q: &str, status: &str, authored: &str) -> QuestionnaireResponse {
        serde_json::from_value(json!({"resourceType":"QuestionnaireResponse","id":id,
            "questionnaire":format!("Questionnaire/{q}"),"status":status,"authored":authored}))
        .unwrap()
    }

    fn questionnaire(id: Option<&str>, diary: bool) -> Questionnaire {
        let code = if diary { "diary" } else { "questionnaire" };
        serde_json::from_value(json!({"resourceType":"Questionnaire","id":id,"title":id,
            "code":[{"system":super::super::KIND_SYSTEM,"code":code}]}))
        .unwrap()
    }

    #[test]
    fn responses_are_sorted_into_open_sent_and_diaries() {
        let r = with_ids(
            vec![
                response(Some("a"), "pijn", "in-progress", "2026-11-01"),
                response(Some("b"), "pijn", "completed", "2026-11-02"),
                response(Some("c"), "leven", "completed", "2026-11-05"),
                response(Some("d"), "dagboek", "completed", "2026-11-03"),
                response(Some("e"), "dagboek", "completed", "2026-11-04"),
                response(Some("f"), "dagboek", "in-progress", "2026-11-06"),
                response(None, "pijn", "completed", "2026-11-07"),
            ],
            vec![
                questionnaire(Some("pijn"), false),
                questionnaire(Some("dagboek"), true),
                questionnaire(Some("leeg"), true),
                questionnaire(None, false),
            ],
            Vec::new(),
        );
        let ids = |list: Vec<&QuestionnaireResponse>| -> Vec<String> {
            list.into_iter().filter_map(|q| q.id.clone()).collect()
        };
        assert_eq!(ids(r.open()), ["a"]);
        assert_eq!(ids(r.sent()), ["c", "b"], "newest first, no diary entries");
        assert_eq!(ids(r.entries("dagboek")), ["e", "d"], "sent entries only");
        let diaries: Vec<_> = r.diaries().iter().filter_map(|d| d.id.clone()).collect();
        assert_eq!(
            diaries,
            ["dagboek"],
            "a diary without responses is not listed"
        );
        assert_eq!(r.title(&r.items[0]).as_deref(), Some("pijn"));
        assert_eq!(r.title(&r.items[2]), None, "questionnaire not read");
        let unnamed: Vec<&str> = r
            .problems
            .iter()
            .map(|p| p.resource_type.as_str())
            .collect();
        assert_eq!(unnamed, ["QuestionnaireResponse", "Questionnaire"]);
    }
}
