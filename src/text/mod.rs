//! Stages 1–2: fold the text and split it into lines and paragraphs.

pub mod lines;
pub mod normalize;
