//! What can go wrong talking FHIR, in terms a page can explain.

use crate::i18n::Key;

/// A failed FHIR exchange. Every variant has a message for people
/// ([`FhirError::message`]); none of them is a panic.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FhirError {
    /// 401: the session is no longer valid.
    #[error("session expired (401)")]
    Unauthorized,
    /// 403: the signed-in person may not see this.
    #[error("no access (403)")]
    Forbidden,
    /// 404: no such record.
    #[error("not found (404)")]
    NotFound,
    /// Another HTTP error status.
    #[error("server error ({0})")]
    Server(u16),
    /// The request did not reach the server, or no answer came.
    #[error("network error: {0}")]
    Network(String),
    /// No answer within the time limit.
    #[error("timed out")]
    Timeout,
    /// The answer was not the FHIR JSON expected.
    #[error("malformed answer: {0}")]
    Malformed(String),
    /// A resource to write back has no id (the server gave none), so the
    /// portal cannot say which one to replace; nothing was sent.
    #[error("{0} has no id")]
    NoId(String),
    /// The server explained the failure in an `OperationOutcome`.
    #[error("{text} ({status})")]
    Outcome {
        /// HTTP status.
        status: u16,
        /// The outcome's human-readable text, shown as written.
        text: String,
    },
}

impl FhirError {
    /// The interface text explaining this error and what to do.
    pub fn message(&self) -> Key {
        match self {
            FhirError::Unauthorized => Key::ErrorUnauthorized,
            FhirError::Forbidden => Key::ErrorForbidden,
            FhirError::NotFound => Key::ErrorNotFound,
            FhirError::Server(_) => Key::ErrorServer,
            FhirError::Network(_) => Key::ErrorNetwork,
            FhirError::Timeout => Key::ErrorTimeout,
            FhirError::Malformed(_) => Key::ErrorMalformed,
            FhirError::NoId(_) => Key::ErrorNoId,
            FhirError::Outcome { .. } => Key::ErrorOutcome,
        }
    }

    /// Whether trying again may help (a retry is offered for reads only).
    pub fn retryable(&self) -> bool {
        matches!(
            self,
            FhirError::Server(_) | FhirError::Network(_) | FhirError::Timeout
        )
    }

    /// Server text that should be shown beside the message, as written.
    pub fn detail(&self) -> Option<&str> {
        match self {
            FhirError::Outcome { text, .. } => Some(text),
            _ => None,
        }
    }
}
