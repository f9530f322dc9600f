//! Stage 6: the model, with every range mapped back to the original input.
//!
//! Every stage before this one works in folded coordinates. [`Assembler`]
//! maps each range back and takes each quoted text from the original, so
//! spans and raw strings are exact. It lends the texts as slices of the
//! input: [`Assembler::fill`] copies them into the model's strings, and
//! [`super::lazy`] writes them into the JSON without a copy.

use crate::elements::kind::kind_of_title;
use crate::elements::layout::Layout;
use crate::extract::citations::find_citations;
use crate::extract::counts::declared_counts;
use crate::extract::tasks::{ProblemDraft, TaskDraft};
use crate::model::*;
use crate::outline::tree::{Outline, OutlineNode};
use crate::text::lines::Block;
use crate::text::normalize::OffsetMap;
use crate::Span;
use std::borrow::Cow;
use std::ops::Range;

use super::Options;

/// What the stages before the model found, in folded coordinates.
pub(crate) struct Drafts {
    pub layout: Layout,
    /// The document's own body.
    pub main: Outline,
    /// The enclosures' bodies, one per `layout.enclosures`.
    pub enclosed: Vec<Outline>,
    /// In document order.
    pub tasks: Vec<TaskDraft>,
    pub problems: Vec<ProblemDraft>,
}

/// Maps folded ranges back to the original input and reads its text.
pub(crate) struct Assembler<'a> {
    pub input: &'a str,
    /// The folded text.
    pub t: &'a str,
    pub map: &'a OffsetMap,
    pub blocks: &'a [Block],
}

/// A node's own parts, its children aside.
pub(crate) struct NodeParts<'a> {
    pub marker: &'a str,
    pub heading: Option<&'a str>,
    pub text: Cow<'a, str>,
    pub span: Span,
}

impl<'a> Assembler<'a> {
    pub fn span(&self, r: &Range<usize>) -> Span {
        Span::new(self.map.to_original(r.start), self.map.to_original(r.end))
    }

    /// The original text of a folded range.
    pub fn orig(&self, r: &Range<usize>) -> &'a str {
        self.orig_and_span(r).0
    }

    /// The original text of a folded range, and its span (each offset
    /// looked up once).
    pub fn orig_and_span(&self, r: &Range<usize>) -> (&'a str, Span) {
        let s = self.span(r);
        (self.input.get(s.range()).unwrap_or_default(), s)
    }

    /// The original text of `pieces`, each trimmed, empty ones left out,
    /// joined with `sep`: borrowed when one piece is left (most texts are
    /// one paragraph), else built with one allocation.
    pub fn joined<I>(&self, pieces: I, sep: &str) -> Cow<'a, str>
    where
        I: Iterator<Item = Range<usize>> + Clone,
    {
        let mut texts = pieces
            .clone()
            .map(|r| crate::text::trim_blank(self.orig(&r)))
            .filter(|p| !p.is_empty());
        let Some(first) = texts.next() else {
            return Cow::Borrowed("");
        };
        let Some(second) = texts.next() else {
            return Cow::Borrowed(first);
        };
        // Folding only shortens text (full-width forms become ASCII), so the
        // folded length is a floor for the original; a quarter more covers
        // the full-width punctuation of ordinary prose without a lookup.
        let folded: usize = pieces.map(|r| r.len() + sep.len()).sum();
        let mut out = String::with_capacity(folded + folded / 4);
        out.push_str(first);
        for piece in std::iter::once(second).chain(texts) {
            out.push_str(sep);
            out.push_str(piece);
        }
        Cow::Owned(out)
    }

    /// The original text and span of a deadline read in folded coordinates.
    pub fn deadline_source(&self, d: &Deadline) -> (&'a str, Span) {
        self.orig_and_span(&(d.span.start..d.span.end))
    }

    /// A node's marker, heading, own text and span.
    pub fn node_parts(&self, n: &OutlineNode) -> NodeParts<'a> {
        let t = self.t;
        let first = &self.blocks[n.own[0]].range;
        let marker = first.start..first.start + n.marker.len;
        let mut text_start = marker.end;
        while t[text_start..first.end].starts_with(' ') {
            text_start += 1;
        }
        let first_text = text_start..first.end;
        let rest = n.own[1..].iter().map(|&b| self.blocks[b].range.clone());
        let start = self.map.to_original(first.start);
        let end = self.map.to_original(self.blocks[n.last].range.end);
        NodeParts {
            marker: self.orig(&marker),
            heading: heading(t, first_text.clone()).map(|r| self.orig(&r)),
            text: self.joined(std::iter::once(first_text).chain(rest), "\n"),
            span: Span::new(start, end),
        }
    }

    /// A title (the document's or an enclosure's): its lines, each
    /// trimmed, joined.
    pub fn title_text(&self, title: &[Range<usize>]) -> String {
        title.iter().map(|r| self.orig(r).trim()).collect()
    }

    /// The kind a title names (its last word).
    pub fn title_kind(&self, title: &[Range<usize>]) -> Kind {
        let folded: String = title.iter().map(|r| self.t[r.clone()].trim()).collect();
        kind_of_title(&folded)
    }

    /// Everything but the body: metadata, citations, declared counts and
    /// diagnostics, with `preamble`, `outline`, `enclosures`, `problems`
    /// and `tasks` left empty.
    pub fn head(&self, options: &Options, drafts: &Drafts) -> Document {
        let t = self.t;
        let layout = &drafts.layout;
        let title = (!layout.title.is_empty()).then(|| self.title_text(&layout.title));
        let title_span = match (layout.title.first(), layout.title.last()) {
            (Some(a), Some(b)) => Some(self.span(&(a.start..b.end))),
            _ => None,
        };
        let kind = if title.is_some() {
            self.title_kind(&layout.title)
        } else {
            Kind::Other
        };
        let doc_number = layout.doc_number.as_ref().map(|f| {
            let (raw, span) = self.orig_and_span(&f.range);
            DocNumber {
                raw: raw.to_string(),
                agency: f.agency.clone(),
                year: f.year,
                serial: f.serial,
                span,
            }
        });
        let issuers: Vec<String> = layout
            .issuers
            .iter()
            .map(|r| {
                self.orig(r)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect()
            })
            .collect();
        let mut diagnostics = Vec::new();
        for r in &layout.residue {
            let (text, span) = self.orig_and_span(r);
            diagnostics.push(Diagnostic::new(
                Severity::Info,
                "web_residue",
                format!("web page residue, not content: {text}"),
                span,
            ));
        }
        if title.is_none() {
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                "no_title",
                "no title line found",
                Span::new(0, 0),
            ));
        }
        if layout.date.is_none() {
            diagnostics.push(Diagnostic::new(
                Severity::Info,
                "no_date",
                "no 成文日期 (date line) found; relative deadlines stay unresolved",
                Span::new(self.input.len(), self.input.len()),
            ));
        }

        let own = layout.doc_number.as_ref();
        let citations = find_citations(t, own.map(|f| &f.range))
            .into_iter()
            // The document itself is no citation: its number again (a page's
            // metadata row, a download link: [2021] 15号 too, its agency cut
            // off), its title again, or anything in the page's residue.
            .filter(|c| {
                // (Its agency may be read shorter: 令〔2010〕第15号 inside
                // 政府令〔2010〕第15号.)
                let same_number = c.number.as_ref().is_some_and(|n| {
                    own.is_some_and(|o| {
                        (n.year, n.serial) == (o.year, o.serial)
                            && (n.agency.is_empty() || o.agency.ends_with(&n.agency))
                    })
                });
                let same_title = c.number.is_none()
                    && c.title.as_ref().is_some_and(|r| {
                        title
                            .as_deref()
                            .is_some_and(|own| !own.is_empty() && self.orig(r) == own)
                    });
                let in_residue = layout
                    .residue
                    .iter()
                    .any(|r| r.start <= c.range.start && c.range.start < r.end);
                !(same_number || same_title || in_residue)
            })
            .map(|c| Citation {
                title: c.title.as_ref().map(|r| self.orig(r).to_string()),
                doc_number: c.number.map(|f| {
                    let (raw, span) = self.orig_and_span(&f.range);
                    DocNumber {
                        raw: raw.to_string(),
                        agency: f.agency,
                        year: f.year,
                        serial: f.serial,
                        span,
                    }
                }),
                span: self.span(&c.range),
            })
            .collect();

        let (declared, count_ranges) = declared_counts(t);
        self.check_counts(&declared, &count_ranges, &drafts.problems, &mut diagnostics);

        Document {
            schema_version: SCHEMA_VERSION.to_string(),
            source: Source {
                path: options.source_path.clone(),
                encoding: "utf-8".into(),
                format: "text".into(),
                bytes: self.input.len(),
            },
            kind,
            title,
            title_span,
            doc_number,
            signers: layout
                .signers
                .iter()
                .map(|r| self.orig(r).to_string())
                .collect(),
            addressees: layout
                .addressees
                .iter()
                .map(|r| self.orig(r).to_string())
                .collect(),
            issuer: (!issuers.is_empty()).then(|| issuers.join(" ")),
            issuers,
            date: layout.date.as_ref().map(|(d, _)| *d),
            attachments: layout
                .attachments
                .iter()
                .map(|(o, title, whole)| Attachment {
                    ordinal: *o,
                    title: self.orig(title).trim().to_string(),
                    span: self.span(whole),
                })
                .collect(),
            cc: layout.cc.iter().map(|r| self.orig(r).to_string()).collect(),
            printed: layout.printed.as_ref().map(|(by, date, whole)| Printed {
                by: by.as_ref().map(|r| self.orig(r).to_string()),
                date: *date,
                span: self.span(whole),
            }),
            preamble: Vec::new(),
            outline: Vec::new(),
            enclosures: Vec::new(),
            problems: Vec::new(),
            tasks: Vec::new(),
            citations,
            declared_counts: declared,
            diagnostics,
        }
    }

    /// The whole model: `head` (from [`Assembler::head`]) with its body
    /// built from the drafts (their department names and deadlines moved,
    /// not copied).
    pub fn fill(&self, mut doc: Document, drafts: Drafts) -> Document {
        doc.preamble = self.paragraphs(&drafts.main.preamble);
        doc.outline = self.nodes(&drafts.main.nodes);
        doc.enclosures = drafts
            .layout
            .enclosures
            .iter()
            .zip(&drafts.enclosed)
            .map(|(e, o)| {
                let first = self.blocks[e.first].range.start;
                let last = self.blocks[e.last].range.end;
                Enclosure {
                    title: self.title_text(&e.title),
                    kind: self.title_kind(&e.title),
                    preamble: self.paragraphs(&o.preamble),
                    outline: self.nodes(&o.nodes),
                    span: self.span(&(first..last)),
                }
            })
            .collect();
        doc.problems = drafts
            .problems
            .into_iter()
            .map(|p| self.problem(p))
            .collect();
        doc.tasks = drafts.tasks.into_iter().map(|d| self.task(d)).collect();
        doc
    }

    /// Diagnostics for the counts the document declares that the problems
    /// read do not bear out.
    fn check_counts(
        &self,
        declared: &DeclaredCounts,
        ranges: &[Range<usize>],
        problems: &[ProblemDraft],
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let span = ranges
            .iter()
            .map(|r| self.span(r))
            .reduce(Span::cover)
            .unwrap_or_default();
        let mut check = |what: &str, declared: Option<u32>, found: usize, extra: String| {
            let Some(d) = declared else { return };
            if d as usize == found {
                return;
            }
            let (sev, code) = if extra.is_empty() {
                (Severity::Warning, "declared_count_mismatch")
            } else {
                (Severity::Info, "declared_count_explained")
            };
            diagnostics.push(Diagnostic::new(
                sev,
                code,
                format!("the document declares {d} {what}; {found} were parsed{extra}"),
                span,
            ));
        };
        let mut cats: Vec<u32> = problems
            .iter()
            .filter_map(|p| p.category.as_ref().map(|c| c.0))
            .collect();
        cats.dedup();
        if !problems.is_empty() {
            check("categories", declared.categories, cats.len(), String::new());
            check("problems", declared.problems, problems.len(), String::new());
            let measures: usize = problems.iter().map(|p| p.measures.len()).sum();
            let assigned = problems
                .iter()
                .flat_map(|p| &p.measures)
                .filter(|m| m.assigned)
                .count();
            let extra = if declared.measures == Some(assigned as u32) {
                format!(
                    " ({assigned} of the {measures} measure paragraphs carry an assignment; the others state no task)"
                )
            } else {
                String::new()
            };
            check("measures", declared.measures, measures, extra);
        } else if declared.problems.is_some() {
            // A list the reader could not make out as problems (逐村通报如下:
            // 1、…村,…仍处理不到位;…): say so rather than keep silent.
            check("problems", declared.problems, 0, String::new());
        }
    }

    fn problem(&self, p: ProblemDraft) -> Problem {
        Problem {
            ordinal: p.ordinal,
            marker: self.orig(&p.marker).to_string(),
            category: p.category.map(|(o, r)| Category {
                ordinal: o,
                heading: self.orig(&r).trim().to_string(),
            }),
            text: self.joined(p.text.iter().cloned(), "\n").into_owned(),
            measures: p
                .measures
                .into_iter()
                .map(|m| Measure {
                    ordinal: m.ordinal,
                    marker: m.marker.map(|r| self.orig(&r).to_string()),
                    text: self.joined(m.text.iter().cloned(), "\n").into_owned(),
                    span: self.span(&m.range),
                })
                .collect(),
            span: self.span(&p.range),
        }
    }

    fn task(&self, d: TaskDraft) -> Task {
        let fix = |mut x: Deadline| {
            let (raw, span) = self.deadline_source(&x);
            (x.raw, x.span) = (raw.to_string(), span);
            x
        };
        Task {
            text: self.joined(d.text.iter().cloned(), "\n").into_owned(),
            problem: d.problem,
            measure: d.measure,
            path: d.path.iter().map(|r| self.orig(r).to_string()).collect(),
            lead_departments: d.lead,
            cooperating_departments: d.cooperating,
            departments_raw: d.raw.as_ref().map(|r| self.orig(r).to_string()),
            deadline: d.deadline.map(fix),
            milestones: d.milestones.into_iter().map(fix).collect(),
            span: self.span(&d.range),
        }
    }

    fn paragraphs(&self, blocks: &[usize]) -> Vec<Paragraph> {
        blocks
            .iter()
            .map(|&b| {
                let (text, span) = self.orig_and_span(&self.blocks[b].range);
                Paragraph {
                    text: text.to_string(),
                    span,
                }
            })
            .collect()
    }

    fn nodes(&self, nodes: &[OutlineNode]) -> Vec<Node> {
        nodes.iter().map(|n| self.node(n)).collect()
    }

    fn node(&self, n: &OutlineNode) -> Node {
        let parts = self.node_parts(n);
        Node {
            marker: parts.marker.to_string(),
            ordinal: n.marker.ordinal,
            level: n.marker.style.level(),
            heading: parts.heading.map(str::to_string),
            text: parts.text.into_owned(),
            children: self.nodes(&n.children),
            span: parts.span,
        }
    }
}

/// The heading of a node: the whole first block when it is short and has no
/// sentence inside, or its first sentence when that is short.
fn heading(t: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &t[r.clone()];
    let body = s.trim_end_matches(['。', ';']);
    if body.is_empty() {
        return None;
    }
    // Length first: counting is cheap, and most blocks are too long to be a
    // heading, which spares the search for 。;: in them.
    if body.len() <= 160 && body.chars().count() <= 40 && !body.contains(['。', ';', ':']) {
        return Some(r.start..r.start + body.len());
    }
    let p = memchr::memmem::find(s.as_bytes(), "。".as_bytes())?;
    (p <= 120 && s[..p].chars().count() <= 30 && !s[..p].contains(['(', ',', ';', ':']))
        .then_some(r.start..r.start + p)
}
