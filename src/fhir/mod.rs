//! The portal API: HL7 FHIR R4 over a [`Transport`].

pub mod agenda;
pub mod allergy;
pub mod base64;
pub mod bundle;
pub mod care_team;
pub mod client;
pub mod communication;
pub mod condition;
pub mod consent;
pub mod diagnostic_report;
pub mod document;
pub mod error;
mod fixtures;
mod fuzz;
pub mod goal;
pub mod http;
pub mod id;
pub mod immunization;
pub mod json;
pub mod medication;
pub mod model;
pub mod observation;
pub mod practitioner;
pub mod questionnaire;
pub mod renewal;
pub mod search;
pub mod task;
pub mod transport;
pub mod ucum;
pub mod write;

pub use bundle::{Page, Problem};
pub use client::FhirClient;
pub use error::FhirError;
pub use id::ResourceId;
pub use model::Reference;
pub use search::SearchQuery;
