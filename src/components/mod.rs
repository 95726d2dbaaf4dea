//! Data-free building blocks: they take what they show as props.

pub mod chart;
pub mod data_item;
pub mod data_table;
pub mod document_labels;
pub mod error_message;
pub mod form;
pub mod glossary_text;
pub mod idle_dialog;
pub mod lang_switch;
pub mod letter_body;
pub mod letters_table;
pub mod live_region;
pub mod loader;
pub mod measurement_kinds;
pub mod medicine_tables;
pub mod notice;
pub mod page_heading;
pub mod pager;
pub mod patient_bar;
pub mod problems;
pub mod reports_table;
pub mod result_groups;
pub mod results_notice;
pub mod results_table;
pub mod tabs;
pub mod values;
