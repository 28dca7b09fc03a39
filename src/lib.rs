//! tumbuh: plan, log and reflect on the yearly 20 JP of competency development.

#[macro_use]
pub mod i18n;
pub mod catalog;
pub mod commands;
pub mod describe;
pub mod model;
pub mod ops;
pub mod printable;
pub mod progress;
pub mod report;
pub mod siasn;
pub mod store;
pub mod team;
pub mod tui;
