//! gongwen: Chinese government documents (公文) to typed, faithful JSON.
#![deny(missing_docs)]

mod date;
pub mod elements;
pub mod extract;
mod model;
mod numerals;
pub mod outline;
mod pipeline;
mod span;
pub mod text;

pub use date::{Date, DateParseError};
pub use model::*;
pub use pipeline::{parse, parse_bytes, parse_with, Error, Options, Parsed};
pub use span::Span;
