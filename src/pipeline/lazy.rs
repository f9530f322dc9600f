//! A parsed notice whose body is built only while it is serialised.
//!
//! [`LazyDocument`] holds what the parse found, in folded coordinates, and
//! writes the JSON of the [`Document`] it stands for, byte for byte, without
//! building that document: each paragraph, node, problem and task is mapped
//! back to the input as it is written, its texts lent straight from the
//! input (a text is copied only where several paragraphs are joined), and
//! nothing of it outlives its turn. For a 10 MB input the model's strings
//! (≈ 1.5× the input) are never written and read back out of cache; for
//! every input, most of the output's allocations go.

use super::assemble::{Assembler, Drafts};
use super::Options;
use crate::extract::tasks::{ProblemDraft, TaskDraft};
use crate::model::*;
use crate::outline::tree::OutlineNode;
use crate::text::lines::Block;
use crate::text::normalize::Normalized;
use crate::Span;
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use std::borrow::Cow;

/// A parsed notice, its output model not yet built: serialise it, or turn
/// it into a [`Document`].
///
/// Serialising it writes exactly what serialising
/// [`into_document`](LazyDocument::into_document)'s result writes (a test
/// holds every corpus notice to that), in about half the allocations and
/// with less memory traffic: what a tool that turns notices into JSON wants.
///
/// ```
/// let text = "关于做好防汛工作的通知\n\n各区人民政府:\n\n一、加强值守。(责任单位:市水务局)\n";
/// let lazy = gongwen::parse_lazy(text, &gongwen::Options::default());
/// assert_eq!(lazy.task_count(), 1);
/// let json = serde_json::to_string(&lazy).unwrap();
/// assert_eq!(json, serde_json::to_string(&lazy.into_document()).unwrap());
/// ```
pub struct LazyDocument<'i> {
    input: &'i str,
    norm: Normalized,
    blocks: Vec<Block>,
    drafts: Drafts,
    /// Everything but the body, built at once (it is small).
    head: Document,
}

impl<'i> LazyDocument<'i> {
    pub(crate) fn new(
        input: &'i str,
        norm: Normalized,
        blocks: Vec<Block>,
        drafts: Drafts,
        options: &Options,
    ) -> LazyDocument<'i> {
        let head = Assembler {
            input,
            t: &norm.text,
            map: &norm.map,
            blocks: &blocks,
        }
        .head(options, &drafts);
        LazyDocument {
            input,
            norm,
            blocks,
            drafts,
            head,
        }
    }

    fn assembler(&self) -> Assembler<'_> {
        Assembler {
            input: self.input,
            t: &self.norm.text,
            map: &self.norm.map,
            blocks: &self.blocks,
        }
    }

    /// Build the [`Document`].
    pub fn into_document(self) -> Document {
        let LazyDocument {
            input,
            norm,
            blocks,
            drafts,
            head,
        } = self;
        let asm = Assembler {
            input,
            t: &norm.text,
            map: &norm.map,
            blocks: &blocks,
        };
        asm.fill(head, drafts)
    }

    /// Where the text came from (the document's `source`).
    pub fn source(&self) -> &Source {
        &self.head.source
    }

    /// Where the text came from, to set: a tool that read the text from a
    /// file records the file's path, encoding and size here.
    pub fn source_mut(&mut self) -> &mut Source {
        &mut self.head.source
    }

    /// The number of tasks (the length of the document's `tasks`).
    pub fn task_count(&self) -> usize {
        self.drafts.tasks.len()
    }

    /// The document's diagnostics.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.head.diagnostics
    }
}

impl std::fmt::Debug for LazyDocument<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LazyDocument")
            .field("source", &self.head.source)
            .field("title", &self.head.title)
            .field("tasks", &self.drafts.tasks.len())
            .finish_non_exhaustive()
    }
}

/// A sequence written from an iterator made on demand, one item at a time.
struct Each<F>(F);

impl<F, I> Serialize for Each<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// The fields of [`Document`], in its order; the body's five from the
/// drafts, the rest from the head.
impl Serialize for LazyDocument<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = &self.assembler();
        let h = &self.head;
        let d = &self.drafts;
        let mut st = s.serialize_struct("Document", 22)?;
        st.serialize_field("schema_version", &h.schema_version)?;
        st.serialize_field("source", &h.source)?;
        st.serialize_field("kind", &h.kind)?;
        st.serialize_field("title", &h.title)?;
        st.serialize_field("title_span", &h.title_span)?;
        st.serialize_field("doc_number", &h.doc_number)?;
        st.serialize_field("signers", &h.signers)?;
        st.serialize_field("addressees", &h.addressees)?;
        st.serialize_field("issuer", &h.issuer)?;
        st.serialize_field("issuers", &h.issuers)?;
        st.serialize_field("date", &h.date)?;
        st.serialize_field("attachments", &h.attachments)?;
        st.serialize_field("cc", &h.cc)?;
        st.serialize_field("printed", &h.printed)?;
        st.serialize_field("preamble", &paragraphs(a, &d.main.preamble))?;
        st.serialize_field("outline", &nodes(a, &d.main.nodes))?;
        st.serialize_field(
            "enclosures",
            &Each(|| {
                d.layout
                    .enclosures
                    .iter()
                    .zip(&d.enclosed)
                    .map(|(layout, outline)| EnclosureView { a, layout, outline })
            }),
        )?;
        st.serialize_field(
            "problems",
            &Each(|| d.problems.iter().map(|p| ProblemView { a, p })),
        )?;
        st.serialize_field("tasks", &Each(|| d.tasks.iter().map(|t| TaskView { a, t })))?;
        st.serialize_field("citations", &h.citations)?;
        st.serialize_field("declared_counts", &h.declared_counts)?;
        st.serialize_field("diagnostics", &h.diagnostics)?;
        st.end()
    }
}

/// [`Paragraph`], lent from the input.
#[derive(Serialize)]
struct ParagraphView<'a> {
    text: &'a str,
    span: Span,
}

fn paragraphs<'a>(a: &'a Assembler<'a>, blocks: &'a [usize]) -> impl Serialize + 'a {
    Each(move || {
        blocks.iter().map(|&b| {
            let (text, span) = a.orig_and_span(&a.blocks[b].range);
            ParagraphView { text, span }
        })
    })
}

fn nodes<'a>(a: &'a Assembler<'a>, nodes: &'a [OutlineNode]) -> impl Serialize + 'a {
    Each(move || nodes.iter().map(move |n| NodeView { a, n }))
}

/// [`Node`].
struct NodeView<'a> {
    a: &'a Assembler<'a>,
    n: &'a OutlineNode,
}

impl Serialize for NodeView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let parts = self.a.node_parts(self.n);
        let mut st = s.serialize_struct("Node", 7)?;
        st.serialize_field("marker", parts.marker)?;
        st.serialize_field("ordinal", &self.n.marker.ordinal)?;
        st.serialize_field("level", &self.n.marker.style.level())?;
        st.serialize_field("heading", &parts.heading)?;
        st.serialize_field("text", &parts.text)?;
        st.serialize_field("children", &nodes(self.a, &self.n.children))?;
        st.serialize_field("span", &parts.span)?;
        st.end()
    }
}

/// [`Enclosure`].
struct EnclosureView<'a> {
    a: &'a Assembler<'a>,
    layout: &'a crate::elements::layout::EnclosureLayout,
    outline: &'a crate::outline::tree::Outline,
}

impl Serialize for EnclosureView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (a, e) = (self.a, self.layout);
        let first = a.blocks[e.first].range.start;
        let last = a.blocks[e.last].range.end;
        let mut st = s.serialize_struct("Enclosure", 5)?;
        st.serialize_field("title", &a.title_text(&e.title))?;
        st.serialize_field("kind", &a.title_kind(&e.title))?;
        st.serialize_field("preamble", &paragraphs(a, &self.outline.preamble))?;
        st.serialize_field("outline", &nodes(a, &self.outline.nodes))?;
        st.serialize_field("span", &a.span(&(first..last)))?;
        st.end()
    }
}

/// [`Problem`].
struct ProblemView<'a> {
    a: &'a Assembler<'a>,
    p: &'a ProblemDraft,
}

/// [`Category`], lent from the input.
#[derive(Serialize)]
struct CategoryView<'a> {
    ordinal: u32,
    heading: &'a str,
}

/// [`Measure`], lent from the input.
#[derive(Serialize)]
struct MeasureView<'a> {
    ordinal: Option<u32>,
    marker: Option<&'a str>,
    text: Cow<'a, str>,
    span: Span,
}

impl Serialize for ProblemView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (a, p) = (self.a, self.p);
        let mut st = s.serialize_struct("Problem", 6)?;
        st.serialize_field("ordinal", &p.ordinal)?;
        st.serialize_field("marker", a.orig(&p.marker))?;
        st.serialize_field(
            "category",
            &p.category.as_ref().map(|(ordinal, r)| CategoryView {
                ordinal: *ordinal,
                heading: a.orig(r).trim(),
            }),
        )?;
        st.serialize_field("text", &a.joined(p.text.iter().cloned(), "\n"))?;
        st.serialize_field(
            "measures",
            &Each(|| {
                p.measures.iter().map(|m| MeasureView {
                    ordinal: m.ordinal,
                    marker: m.marker.as_ref().map(|r| a.orig(r)),
                    text: a.joined(m.text.iter().cloned(), "\n"),
                    span: a.span(&m.range),
                })
            }),
        )?;
        st.serialize_field("span", &a.span(&p.range))?;
        st.end()
    }
}

/// [`Task`].
struct TaskView<'a> {
    a: &'a Assembler<'a>,
    t: &'a TaskDraft,
}

/// [`Deadline`], its text lent from the input.
#[derive(Serialize)]
struct DeadlineView<'a> {
    raw: &'a str,
    kind: DeadlineKind,
    start: Option<crate::Date>,
    due: Option<crate::Date>,
    then_ongoing: bool,
    aim: bool,
    condition: &'a Option<String>,
    span: Span,
}

impl<'a> DeadlineView<'a> {
    fn of(a: &Assembler<'a>, d: &'a Deadline) -> DeadlineView<'a> {
        let (raw, span) = a.deadline_source(d);
        DeadlineView {
            raw,
            kind: d.kind,
            start: d.start,
            due: d.due,
            then_ongoing: d.then_ongoing,
            aim: d.aim,
            condition: &d.condition,
            span,
        }
    }
}

impl Serialize for TaskView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (a, t) = (self.a, self.t);
        let mut st = s.serialize_struct("Task", 10)?;
        st.serialize_field("text", &a.joined(t.text.iter().cloned(), "\n"))?;
        st.serialize_field("problem", &t.problem)?;
        st.serialize_field("measure", &t.measure)?;
        st.serialize_field("path", &Each(|| t.path.iter().map(|r| a.orig(r))))?;
        st.serialize_field("lead_departments", &t.lead)?;
        st.serialize_field("cooperating_departments", &t.cooperating)?;
        st.serialize_field("departments_raw", &t.raw.as_ref().map(|r| a.orig(r)))?;
        st.serialize_field(
            "deadline",
            &t.deadline.as_ref().map(|d| DeadlineView::of(a, d)),
        )?;
        st.serialize_field(
            "milestones",
            &Each(|| t.milestones.iter().map(|d| DeadlineView::of(a, d))),
        )?;
        st.serialize_field("span", &a.span(&t.range))?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lazy document can be handed to another thread to be written, like
    /// a `Document`.
    #[test]
    fn is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<LazyDocument<'static>>();
    }

    /// Its accessors agree with the document it builds.
    #[test]
    fn accessors_match_the_document() {
        let seed = include_str!("../../seeds/000_ff0d01acfb8f9152.txt");
        let mut lazy = crate::parse_lazy(seed, &Options::default());
        lazy.source_mut().path = Some("seed.txt".into());
        let (tasks, diagnostics) = (lazy.task_count(), lazy.diagnostics().to_vec());
        assert_eq!(lazy.source().path.as_deref(), Some("seed.txt"));
        let doc = lazy.into_document();
        assert_eq!(tasks, 44);
        assert_eq!(tasks, doc.tasks.len());
        assert_eq!(diagnostics, doc.diagnostics);
        assert_eq!(doc.source.path.as_deref(), Some("seed.txt"));
    }
}
