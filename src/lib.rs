//! gongwen: Chinese government documents (公文) to typed, faithful JSON.
//!
//! Give [`parse`] the text of a notice (通知, 意见, 方案, 决定, 通报…) and get back a
//! [`Document`]: its metadata (kind, title, 发文字号, addressees, issuer, date,
//! attachments), the numbered outline, enclosed documents, problems and
//! measures, tasks with their departments and typed deadlines, citations,
//! declared counts, and diagnostics. Parsing never fails and never panics;
//! anything doubtful becomes a [`Diagnostic`]. Every item carries the [`Span`]
//! of the input bytes it came from.
//!
//! # Example: walk the tasks of a notice
//!
//! ```
//! let notice = "\
//! 关于做好防汛工作的通知
//!
//! 各区人民政府,市政府各委、办、局:
//!
//!   一、加强值班值守。(牵头部门:市水务局;完成时限:2024年6月底前)
//!   二、排查隐患点位。(市、区住房城乡建设部门负责,长期坚持)
//!
//!   上海市人民政府办公厅
//!   2024年5月6日
//! ";
//! let doc = gongwen::parse(notice);
//! assert_eq!(doc.kind, gongwen::Kind::Notice);
//! assert_eq!(doc.date.unwrap().to_string(), "2024-05-06");
//!
//! let first = &doc.tasks[0];
//! assert_eq!(first.text, "加强值班值守。");
//! assert_eq!(first.lead_departments, ["市水务局"]);
//! let due = first.deadline.as_ref().unwrap().due.unwrap();
//! assert_eq!(due.to_string(), "2024-06-30");
//!
//! // Coordinated ellipsis is expanded: 市、区住房城乡建设部门 names two bodies.
//! let second = &doc.tasks[1];
//! assert_eq!(second.lead_departments, ["市住房城乡建设部门", "区住房城乡建设部门"]);
//! assert_eq!(second.deadline.as_ref().unwrap().kind, gongwen::DeadlineKind::Ongoing);
//!
//! // Spans index the original input, so the source text is one slice away.
//! assert_eq!(&notice[first.span.range()], "加强值班值守。(牵头部门:市水务局;完成时限:2024年6月底前)");
//! ```
//!
//! # Pipeline
//!
//! Each stage is a module: [`text::normalize`] (fold widths, keep an offset
//! map) → [`text::lines`] (blocks, after one pass for the characters later
//! stages stop at) → [`outline`] (markers and nesting) →
//! [`elements`] (title, 发文字号, signature, enclosures…) → [`extract`]
//! (tasks, departments, deadlines, citations, counts) → the model.
//!
//! For bytes rather than a `&str` (UTF-8 with or without BOM, UTF-16 with
//! BOM, and a size limit), use [`parse_bytes`].
//!
//! # Straight to JSON
//!
//! To turn notices into JSON without keeping the model, use [`parse_lazy`]:
//! its [`LazyDocument`] serialises to exactly the JSON of the [`Document`]
//! (byte for byte), building each paragraph, node, problem and task only as
//! it is written and lending its text from the input, so the model's copies
//! of the text are never made. The `gongwen` command-line tool writes its
//! JSON this way.
//!
//! ```
//! let notice = "关于做好防汛工作的通知\n\n一、加强值班值守。(牵头部门:市水务局)\n";
//! let lazy = gongwen::parse_lazy(notice, &gongwen::Options::default());
//! let json = serde_json::to_string(&lazy).unwrap();
//! assert!(json.contains(r#""lead_departments":["市水务局"]"#));
//! // Still there when the model is wanted after all.
//! assert_eq!(lazy.into_document().tasks.len(), 1);
//! ```
#![deny(missing_docs)]

mod date;
pub mod elements;
pub mod extract;
mod model;
mod numerals;
pub mod outline;
mod pipeline;
mod span;
#[cfg(test)]
mod test_support;
pub mod text;

pub use date::{Date, DateParseError};
pub use model::*;
pub use pipeline::{
    parse, parse_bytes, parse_lazy, parse_with, Error, LazyDocument, Options, Parsed,
};
pub use span::Span;
