//! One module per portal page.

pub mod access_log;
pub mod accessibility;
pub mod agenda;
pub mod auth_callback;
pub mod compose;
pub mod econsult;
pub mod goals;
pub mod home;
pub mod information;
pub mod landing;
pub mod letter;
pub mod letters;
pub mod measurements;
pub mod medicines;
pub mod no_access;
pub mod not_found;
pub mod patient_data;
pub mod questionnaires;
pub mod repeat;
pub mod report;
pub mod reports;
pub mod result;
pub mod results;
pub mod sign_in;
pub mod signed_out;
pub mod transit;
