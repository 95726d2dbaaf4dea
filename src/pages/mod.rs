//! One module per portal page.

pub mod goals;
pub mod home;
pub mod landing;
pub mod no_access;
pub mod not_found;
pub mod report;
pub mod reports;
pub mod sign_in;
pub mod signed_out;
