//! Data-free building blocks: they take what they show as props.

pub mod chart;
pub mod data_item;
pub mod data_table;
pub mod error_message;
pub mod focus;
pub mod form;
pub mod glossary_text;
pub mod gp_objection;
pub mod idle_dialog;
pub mod lang_switch;
pub mod live_region;
pub mod loader;
pub mod messages;
pub mod notice;
pub mod outbox;
pub mod page_heading;
pub mod pager;
pub mod patient_bar;
pub mod problems;
pub mod repeat_form;
pub mod reply_form;
pub mod tabs;
