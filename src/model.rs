//! The output model: what a parsed notice looks like.
//!
//! These types *are* the JSON contract (`schema_version` 1, see
//! `docs/output.md`). Field names and meanings are stable; new optional
//! fields may be added.

use crate::{Date, Span};
use serde::{Deserialize, Serialize};

/// The version of the JSON contract these types serialise to.
pub const SCHEMA_VERSION: &str = "1";

/// A parsed government document (公文).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Document {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: String,
    /// Where the text came from.
    pub source: Source,
    /// The kind (文种), read from the last word of the title.
    pub kind: Kind,
    /// The title (标题), joined into one line when it was wrapped.
    pub title: Option<String>,
    /// Span of the title line(s).
    pub title_span: Option<Span>,
    /// The document number (发文字号).
    pub doc_number: Option<DocNumber>,
    /// The signers (签发人) a report or request names beside its number
    /// (签发人:张三 李四), one per name; empty for most documents.
    #[serde(default)]
    pub signers: Vec<String>,
    /// The addressees (主送机关), as written, split at top-level separators.
    pub addressees: Vec<String>,
    /// The signing organ (发文机关署名); joint issuers are joined by a space.
    pub issuer: Option<String>,
    /// Every signing organ, one per line of the signature block.
    pub issuers: Vec<String>,
    /// The date the document was made (成文日期).
    pub date: Option<Date>,
    /// Attachments (附件说明).
    pub attachments: Vec<Attachment>,
    /// Copies to (抄送机关).
    pub cc: Vec<String>,
    /// Who printed it and when (印发机关和印发日期).
    pub printed: Option<Printed>,
    /// The body's unnumbered paragraphs before its first numbered heading
    /// (the opening: 按照…,现印发给你们…), so no body text is lost.
    #[serde(default)]
    pub preamble: Vec<Paragraph>,
    /// The numbered body of the document itself (without enclosures).
    pub outline: Vec<Node>,
    /// Documents enclosed in this one (a 通知 that 印发 / 转发 an 意见 holds it).
    pub enclosures: Vec<Enclosure>,
    /// Every numbered problem (问题), enclosures included, in order.
    pub problems: Vec<Problem>,
    /// Every task (任务), enclosures included, in document order.
    pub tasks: Vec<Task>,
    /// Other documents cited in the text.
    pub citations: Vec<Citation>,
    /// Counts the document declares about itself (共7个方面21条问题).
    pub declared_counts: DeclaredCounts,
    /// Everything doubtful, with the span it concerns.
    pub diagnostics: Vec<Diagnostic>,
}

/// Where the parsed text came from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    /// The file path, `-` for stdin, `None` for a string given to the library.
    pub path: Option<String>,
    /// The encoding the bytes were decoded from ("utf-8", "gb18030", "utf-16le"…).
    pub encoding: String,
    /// `"text"` or `"html"`.
    pub format: String,
    /// Size of the input in bytes (as given, before decoding).
    pub bytes: usize,
}

/// The document kind (文种) as named by the last word of its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// 决议
    Resolution,
    /// 决定
    Decision,
    /// 命令 / 令
    Order,
    /// 公报
    Communique,
    /// 公告
    Announcement,
    /// 通告
    PublicNotice,
    /// 意见
    Opinion,
    /// 通知
    Notice,
    /// 通报
    Circular,
    /// 报告
    Report,
    /// 请示
    Request,
    /// 批复
    Reply,
    /// 议案
    Motion,
    /// 函 (also 复函)
    Letter,
    /// 纪要
    Minutes,
    /// Anything else (方案, 办法, 计划… are not among the 15 kinds).
    Other,
}

/// A document number (发文字号), e.g. 盘政办发〔2017〕69号.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DocNumber {
    /// As written.
    pub raw: String,
    /// The agency code (机关代字), e.g. 盘政办发.
    pub agency: String,
    /// The year in the brackets.
    pub year: i32,
    /// The serial number (发文顺序号).
    pub serial: u32,
    /// Where it was read.
    pub span: Span,
}

/// One attachment named in the 附件说明.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Attachment {
    /// Its number when the document lists several (附件：1.… 2.…).
    pub ordinal: Option<u32>,
    /// Its title.
    pub title: String,
    /// Where it was read.
    pub span: Span,
}

/// The 印发机关和印发日期 line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Printed {
    /// The organ that printed and distributed it.
    pub by: Option<String>,
    /// The print date.
    pub date: Option<Date>,
    /// Where it was read.
    pub span: Span,
}

/// A node of the numbered outline (一、 / （一） / 1. / （1） / ① / 第X条).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Node {
    /// The marker as written ("一、", "（一）", "1.", "第三条").
    pub marker: String,
    /// The number the marker denotes.
    pub ordinal: u32,
    /// The style's level: 1 一、, 2 （一）, 3 1., 4 （1）, 5 ①, 6 第X章, 7 第X节, 8 第X条.
    pub level: u8,
    /// The short heading sentence, when the node opens with one.
    pub heading: Option<String>,
    /// The node's own text (its paragraphs before the first child), each
    /// paragraph trimmed, joined by `\n`.
    pub text: String,
    /// The child nodes.
    pub children: Vec<Node>,
    /// From the marker to the end of the last child.
    pub span: Span,
}

/// An unnumbered paragraph of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Paragraph {
    /// Its text, exactly as written (`&input[span]`).
    pub text: String,
    /// Where it was read.
    pub span: Span,
}

/// A document enclosed in another (印发 / 转发).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Enclosure {
    /// Its title.
    pub title: String,
    /// Its kind, from its title.
    pub kind: Kind,
    /// Its unnumbered paragraphs before its first numbered heading.
    #[serde(default)]
    pub preamble: Vec<Paragraph>,
    /// Its numbered body.
    pub outline: Vec<Node>,
    /// From its title to its end.
    pub span: Span,
}

/// A category of problems (问题类别), the heading above numbered problems.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Category {
    /// Its number.
    pub ordinal: u32,
    /// Its heading text.
    pub heading: String,
}

/// A numbered problem (问题) found in a rectification document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Problem {
    /// Its number, as the document numbers it.
    pub ordinal: u32,
    /// Its marker as written.
    pub marker: String,
    /// The category it sits under.
    pub category: Option<Category>,
    /// The problem's description.
    pub text: String,
    /// The measures (整改措施) answering it.
    pub measures: Vec<Measure>,
    /// The whole problem, measures included.
    pub span: Span,
}

/// One measure (整改措施) answering a problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Measure {
    /// Its number, or `None` for an unnumbered measure paragraph.
    pub ordinal: Option<u32>,
    /// Its marker as written, if numbered.
    pub marker: Option<String>,
    /// Its text, as written.
    pub text: String,
    /// Where it was read.
    pub span: Span,
}

/// The role a department plays in a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 牵头 / 负责 / 责任单位.
    Lead,
    /// 配合 / 参与 / 协助 / 支撑.
    Cooperating,
}

/// One unit of work the document assigns (任务).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Task {
    /// The action the task asks for.
    pub text: String,
    /// Ordinal of the problem it belongs to.
    pub problem: Option<u32>,
    /// Ordinal of its measure within that problem (`None` when unnumbered).
    pub measure: Option<u32>,
    /// Markers of its enclosing outline nodes, outermost first.
    pub path: Vec<String>,
    /// Lead / responsible departments, in full, in order.
    pub lead_departments: Vec<String>,
    /// Cooperating departments (配合 / 协办 / 参与), in full, in order.
    pub cooperating_departments: Vec<String>,
    /// The assignment text exactly as written.
    pub departments_raw: Option<String>,
    /// The governing deadline (the last one when there are several).
    pub deadline: Option<Deadline>,
    /// Every dated step, in document order, when the task names several.
    pub milestones: Vec<Deadline>,
    /// Where the task (its text and assignment) was read.
    pub span: Span,
}

/// How a deadline is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// Finish by a date (前, 底前, 末前, 以前, 之前, or a bare month or day).
    ByDate,
    /// A period from `start` to `due` (从…至…, 7月至12月).
    Range,
    /// Continuing work (长期推进, 持续推进, 长期坚持, 常态化).
    Ongoing,
    /// When the time is right (适时推进, 按…部署推进).
    AsAppropriate,
    /// Repeating (每月, 每季度, 每年).
    Recurring,
    /// At once (立即, 立行立改).
    Immediate,
    /// Anything else; `raw` keeps the text.
    Unspecified,
}

/// A typed deadline (完成时限).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Deadline {
    /// As written.
    pub raw: String,
    /// How to read it.
    pub kind: DeadlineKind,
    /// First day of a range.
    pub start: Option<Date>,
    /// Last day allowed.
    pub due: Option<Date>,
    /// A dated milestone followed by ongoing work (…前完成…,并长期推进).
    pub then_ongoing: bool,
    /// A target (力争), not a hard deadline.
    pub aim: bool,
    /// The condition it depends on (视…情况, 按…部署).
    pub condition: Option<String>,
    /// Where it was read.
    pub span: Span,
}

/// A document cited in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Citation {
    /// The title between 《》, if any.
    pub title: Option<String>,
    /// The document number, if given.
    pub doc_number: Option<DocNumber>,
    /// Where it was read.
    pub span: Span,
}

/// Counts the document states about itself (共梳理出7个方面21条问题，提出了37条整改措施).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DeclaredCounts {
    /// 个方面: categories of problems.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub categories: Option<u32>,
    /// 条问题: problems.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub problems: Option<u32>,
    /// 条整改措施: measures.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub measures: Option<u32>,
    /// 项任务: tasks.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tasks: Option<u32>,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something was probably read wrong or is missing.
    Error,
    /// Doubtful; worth a look.
    Warning,
    /// Noted for completeness.
    Info,
}

/// Something doubtful, pointing at the exact bytes concerned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A stable snake_case code.
    pub code: String,
    /// A human-readable explanation.
    pub message: String,
    /// The bytes concerned.
    pub span: Span,
}

impl Diagnostic {
    /// A diagnostic with the given parts.
    pub fn new(severity: Severity, code: &str, message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            severity,
            code: code.to_string(),
            message: message.into(),
            span,
        }
    }
}
