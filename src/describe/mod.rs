//! Values and errors put into words. Two halves with different readers: `domain` for what the
//! reports and the screen show, `errors` for what the commands and the screen say went wrong
//! (so the pure reports do not depend on the store's error types).

pub mod domain;
pub mod errors;
