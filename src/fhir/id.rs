//! The id of a stored resource, checked before anything is written back.

use super::error::FhirError;
use super::model::Resource;

/// The logical id of a resource of type `T::TYPE` on the server: never
/// empty, so `PUT QuestionnaireResponse/` (which a missing id made) cannot
/// be built. [`FhirClient::update`](super::FhirClient::update) takes one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResourceId<T> {
    id: String,
    of: std::marker::PhantomData<fn() -> T>,
}

impl<T: Resource> ResourceId<T> {
    /// The id the server gave a resource, checked: none, or only spaces,
    /// is [`FhirError::NoId`] naming the type, so the person is told and
    /// nothing is sent.
    pub fn of(id: Option<&str>) -> Result<Self, FhirError> {
        match id.map(str::trim) {
            Some(id) if !id.is_empty() => Ok(Self {
                id: id.to_string(),
                of: std::marker::PhantomData,
            }),
            _ => Err(FhirError::NoId(T::TYPE.to_string())),
        }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::consent::Consent;

    #[test]
    fn an_id_must_be_there_and_not_blank() {
        assert_eq!(
            ResourceId::<Consent>::of(Some("c1")).map(|id| id.as_str().to_string()),
            Ok("c1".to_string())
        );
        for missing in [None, Some(""), Some("  ")] {
            assert_eq!(
                ResourceId::<Consent>::of(missing),
                Err(FhirError::NoId("Consent".into()))
            );
        }
    }
}
