//! gongwen: Chinese government documents (公文) to typed, faithful JSON.
#![deny(missing_docs)]

mod date;
pub mod extract;
mod model;
mod span;
pub mod text;

pub use date::{Date, DateParseError};
pub use model::*;
pub use span::Span;

mod pipeline;

pub use pipeline::{parse, parse_bytes, parse_with, Error, Options, Parsed};
