//! tumbuh: plan, log and reflect on the yearly 20 JP of competency development.

pub mod catalog;
pub mod commands;
pub mod describe;
pub mod i18n;
pub mod model;
pub mod ops;
pub mod printable;
pub mod progress;
pub mod report;
pub mod store;
pub mod tui;
