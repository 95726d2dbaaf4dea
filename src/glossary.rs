//! Medical-term translations (handbook §1.1, §3.2): which words of a report
//! or letter have a plain-language meaning in `public/glossary.json`.
//!
//! Matching is whole-word and case-insensitive, the longest form first, and
//! never changes the text: the segments put together are the text again.

use crate::fhir::json::{FromJson, object, required_list, required_text};
use serde_json::Value;

/// One term with its word forms and meanings.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// Stable id.
    pub id: String,
    /// Lowercase word forms as they occur in texts.
    pub forms: Vec<String>,
    /// The meaning in Dutch.
    pub nl: String,
    /// The meaning in English.
    pub en: String,
}

impl FromJson for Term {
    fn from_json(v: &Value) -> Result<Self, String> {
        object(v, "Term")?;
        Ok(Term {
            id: required_text(v, "id")?,
            forms: required_list(v, "forms")?,
            nl: required_text(v, "nl")?,
            en: required_text(v, "en")?,
        })
    }
}

/// The glossary file.
#[derive(Clone, Debug, PartialEq)]
pub struct Glossary {
    /// All terms.
    pub terms: Vec<Term>,
    index: Vec<(Vec<char>, usize)>,
}

/// A piece of a text: plain, or a word with a meaning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Text as written.
    Plain(String),
    /// A term as written, and the index of its `Term`.
    Term(String, usize),
}

fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

impl Glossary {
    /// Reads the file and prepares matching; `Err` names the first
    /// malformed field.
    pub fn parse(text: &str) -> Result<Glossary, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        object(&value, "glossary.json")?;
        let mut glossary = Glossary {
            terms: required_list(&value, "terms")?,
            index: Vec::new(),
        };
        glossary.build_index();
        Ok(glossary)
    }

    fn build_index(&mut self) {
        let mut index: Vec<(Vec<char>, usize)> = self
            .terms
            .iter()
            .enumerate()
            .flat_map(|(i, t)| {
                t.forms
                    .iter()
                    .map(move |f| (f.chars().map(fold).collect::<Vec<_>>(), i))
            })
            .filter(|(f, _)| !f.is_empty())
            .collect();
        // Longest first, so "essentiële hypertensie" wins over "hypertensie".
        crate::sort::sort_by_key(&mut index, |(form, _)| std::cmp::Reverse(form.len()));
        self.index = index;
    }

    fn match_at(&self, text: &[char], start: usize) -> Option<(usize, usize)> {
        self.index.iter().find_map(|(form, term)| {
            let end = start + form.len();
            if end > text.len() {
                return None;
            }
            let same = form.iter().zip(&text[start..end]).all(|(f, t)| {
                if f.is_whitespace() {
                    t.is_whitespace()
                } else {
                    *f == fold(*t)
                }
            });
            let boundary = end == text.len() || !text[end].is_alphanumeric();
            (same && boundary).then_some((end, *term))
        })
    }

    /// Splits `text` into plain runs and terms.
    pub fn segments(&self, text: &str) -> Vec<Segment> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        let mut plain = String::new();
        let mut i = 0;
        while i < chars.len() {
            let word_start = i == 0 || !chars[i - 1].is_alphanumeric();
            if word_start
                && chars[i].is_alphanumeric()
                && let Some((end, term)) = self.match_at(&chars, i)
            {
                if !plain.is_empty() {
                    out.push(Segment::Plain(std::mem::take(&mut plain)));
                }
                out.push(Segment::Term(chars[i..end].iter().collect(), term));
                i = end;
                continue;
            }
            plain.push(chars[i]);
            i += 1;
        }
        if !plain.is_empty() {
            out.push(Segment::Plain(plain));
        }
        out
    }
}

static LOADED: std::sync::OnceLock<std::sync::Arc<Glossary>> = std::sync::OnceLock::new();

/// The glossary, fetched once per page load (`/glossary.json`).
pub async fn load() -> Result<std::sync::Arc<Glossary>, crate::fhir::FhirError> {
    if let Some(g) = LOADED.get() {
        return Ok(g.clone());
    }
    let text = crate::static_files::get_text("/glossary.json").await?;
    let glossary = Glossary::parse(&text).map_err(crate::fhir::FhirError::Malformed)?;
    Ok(LOADED.get_or_init(|| std::sync::Arc::new(glossary)).clone())
}

/// `data`, with the glossary fetched beside it; without the glossary (it
/// could not be fetched) the page still shows, its terms unexplained.
pub async fn alongside<T, E>(
    data: impl std::future::Future<Output = Result<T, E>>,
) -> Result<(T, Option<std::sync::Arc<Glossary>>), E> {
    let (data, glossary) = futures::future::join(data, load()).await;
    data.map(|d| (d, glossary.ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Glossary {
        Glossary::parse(
            r#"{"version":1,"terms":[
              {"id":"hypertensie","forms":["hypertensie"],"nl":"hoge bloeddruk","en":"high blood pressure"},
              {"id":"ess","forms":["essentiële hypertensie"],"nl":"zonder aanwijsbare oorzaak","en":"without known cause"},
              {"id":"ecg","forms":["ecg"],"nl":"hartfilmpje","en":"heart tracing"},
              {"id":"dd","forms":["dd"],"nl":"differentiaaldiagnose","en":"differential diagnosis"}]}"#,
        )
        .unwrap()
    }

    fn rejoin(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| match s {
                Segment::Plain(t) | Segment::Term(t, _) => t.as_str(),
            })
            .collect()
    }

    #[test]
    fn whole_words_case_insensitive_longest_first() {
        let g = glossary();
        let text = "Essentiële\nhypertensie; rust-ECG normaal. Hypertensies? DD: addd";
        let s = g.segments(text);
        assert_eq!(rejoin(&s), text, "the text is never changed");
        let terms: Vec<(&str, &str)> = s
            .iter()
            .filter_map(|x| match x {
                Segment::Term(t, i) => Some((t.as_str(), g.terms[*i].id.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(
            terms,
            vec![
                ("Essentiële\nhypertensie", "ess"),
                ("ECG", "ecg"),
                ("DD", "dd")
            ]
        );
    }

    #[test]
    fn empty_and_termless_text() {
        let g = glossary();
        assert!(g.segments("").is_empty());
        assert_eq!(
            g.segments("Geen termen hier."),
            vec![Segment::Plain("Geen termen hier.".into())]
        );
    }

    #[test]
    fn the_committed_glossary_has_enough_terms_that_occur_in_demo_reports() {
        let g = Glossary::parse(include_str!("../public/glossary.json")).unwrap();
        assert!(g.terms.len() >= 80, "{} terms", g.terms.len());
        assert!(
            g.terms
                .iter()
                .all(|t| !t.nl.is_empty() && !t.en.is_empty() && !t.forms.is_empty())
        );
        let text = "Anamnese: sinds een week dyspneu. Conclusie: astma-exacerbatie.";
        let found = g
            .segments(text)
            .iter()
            .filter(|s| matches!(s, Segment::Term(..)))
            .count();
        assert!(found >= 2, "{found}");
    }

    #[test]
    fn unknown_fields_are_ignored_and_an_empty_list_is_fine() {
        let g = Glossary::parse(
            r#"{"terms":[{"id":"a","forms":[],"nl":"x","en":"y","note":1}],"extra":null}"#,
        )
        .unwrap();
        assert_eq!(g.terms[0].id, "a");
        assert_eq!(
            g.segments("a"),
            vec![Segment::Plain("a".into())],
            "no forms, no matches"
        );
    }

    #[test]
    fn a_missing_or_malformed_field_is_an_error_that_names_it() {
        let err = |text: &str| Glossary::parse(text).unwrap_err();
        assert_eq!(err(r#"{"version":1}"#), "terms: missing");
        assert_eq!(err(r#"{"terms":{}}"#), "terms: expected a list");
        assert_eq!(
            err(r#"{"terms":[{"id":"a","forms":["a"],"nl":"x"}]}"#),
            "terms[0].en: missing"
        );
        assert_eq!(
            err(r#"{"terms":[{"id":"a","forms":"a","nl":"x","en":"y"}]}"#),
            "terms[0].forms: expected a list"
        );
        assert_eq!(
            err(r#"{"terms":[{"id":"a","forms":["a",1],"nl":"x","en":"y"}]}"#),
            "terms[0].forms[1].expected text"
        );
        assert_eq!(
            err(r#"{"terms":[{"id":2,"forms":[],"nl":"x","en":"y"}]}"#),
            "terms[0].id: expected text"
        );
        assert_eq!(
            err(r#"{"terms":[{"id":"a","nl":"x","en":"y"}]}"#),
            "terms[0].forms: missing"
        );
        assert_eq!(err("[]"), "glossary.json: expected an object");
        assert!(Glossary::parse("{").is_err());
    }
}
