//! The pipeline: fold → blocks → elements → outline → extraction → model.
//!
//! Every stage before the model works in *folded* coordinates (the text after
//! [`crate::text::normalize`]). The last stage, [`Assembler`], maps every range
//! back to the original input and takes every quoted text from the original,
//! so spans and raw strings are exact.

use crate::elements::kind::kind_of_title;
use crate::elements::layout::{recognise, Layout};
use crate::extract::citations::find_citations;
use crate::extract::counts::declared_counts;
use crate::extract::tables::{find_tables, Table};
use crate::extract::tasks::{ProblemDraft, TaskDraft, Walker};
use crate::model::*;
use crate::outline::tree::{build, Outline, OutlineNode};
use crate::text::lines::{split_blocks_marked, Block};
use crate::text::marks::Marks;
use crate::text::normalize::{normalize, OffsetMap};
use crate::Span;
use std::ops::Range;

/// Options for [`parse_with`] and [`parse_bytes`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// Largest input accepted by [`parse_bytes`], in bytes (default 256 MiB).
    pub max_input_bytes: usize,
    /// Recorded in `source.path`.
    pub source_path: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_input_bytes: 256 << 20,
            source_path: None,
        }
    }
}

impl Options {
    /// Set [`Options::max_input_bytes`].
    pub fn max_input_bytes(mut self, n: usize) -> Options {
        self.max_input_bytes = n;
        self
    }

    /// Set [`Options::source_path`].
    pub fn source_path(mut self, p: impl Into<String>) -> Options {
        self.source_path = Some(p.into());
        self
    }
}

/// Errors at the edges: decoding and limits. Parsing itself never fails.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`Options::max_input_bytes`].
    #[error("input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Input size.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The bytes are not valid text in the detected encoding.
    #[error("input is not valid {encoding}: {detail}")]
    Decode {
        /// The encoding tried.
        encoding: &'static str,
        /// What went wrong and where.
        detail: String,
    },
}

/// A document parsed from bytes, with the decoded text its spans index.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The decoded UTF-8 text; every span in `document` indexes it.
    pub text: String,
    /// The parsed document.
    pub document: Document,
}

/// Parse a notice. Never fails, never panics.
///
/// ```
/// let doc = gongwen::parse("关于做好防汛工作的通知\n\n各区人民政府:\n\n一、加强值守。(责任单位:市水务局;完成时限:2024年6月底前)\n\n上海市人民政府办公厅\n\n2024年5月6日\n");
/// assert_eq!(doc.kind, gongwen::Kind::Notice);
/// assert_eq!(doc.tasks[0].lead_departments, ["市水务局"]);
/// assert_eq!(doc.tasks[0].deadline.as_ref().unwrap().due.unwrap().to_string(), "2024-06-30");
/// ```
pub fn parse(input: &str) -> Document {
    parse_with(input, &Options::default())
}

/// Parse a notice with options.
pub fn parse_with(input: &str, options: &Options) -> Document {
    let norm = normalize(input);
    let t = norm.text.as_str();
    let marks = std::sync::Arc::new(Marks::of(t));
    let mut blocks = split_blocks_marked(t, 0, &marks);
    let layout = recognise(t, &mut blocks);
    let doc_date = layout.date.as_ref().map(|(d, _)| *d);

    // Task tables are read apart from the outline; their blocks leave the body.
    let without_tables = |body: &[usize]| -> (Vec<usize>, Vec<Table>) {
        let found = find_tables(t, &blocks, body);
        let used: std::collections::HashSet<usize> = found
            .iter()
            .flat_map(|tb| tb.blocks.iter().copied())
            .collect();
        let rest = body.iter().copied().filter(|b| !used.contains(b)).collect();
        (rest, found)
    };
    let (main_body, mut tables) = without_tables(&layout.body);
    let mut enclosure_bodies = Vec::new();
    let mut enclosure_tables = 0;
    for e in &layout.enclosures {
        let (body, found) = without_tables(&e.body);
        enclosure_tables += found.len();
        tables.extend(found);
        enclosure_bodies.push(body);
    }
    // The enclosed documents carry the assignments (a task table, bracketed
    // 牵头部门…): then the cover letter only asks to comply.
    let mut reads = crate::extract::tasks::BracketReads::default();
    let enclosures_assign = enclosure_tables > 0
        || enclosure_bodies
            .iter()
            .flatten()
            .any(|&b| crate::extract::tasks::has_assignment(t, &blocks[b], &mut reads));
    let main = build(&blocks, &main_body);
    let enclosed: Vec<Outline> = enclosure_bodies.iter().map(|b| build(&blocks, b)).collect();

    let deadline_cache: Vec<std::cell::OnceCell<Vec<crate::Deadline>>> = (0..blocks.len())
        .map(|_| std::cell::OnceCell::new())
        .collect();
    // Modal sentences (各地区要…) are read in every item that names no
    // assignment, except in the cover letter of a document whose enclosure
    // carries the assignments, where only dated requests count
    // (docs/decisions.md).
    let mut walker = Walker::with_marks(
        t,
        &blocks,
        std::sync::Arc::clone(&marks),
        doc_date,
        &deadline_cache,
    );
    walker.reads = reads;
    walker.weak_running = true;
    walker.in_cover = enclosures_assign;
    walker.walk_loose(&main.preamble);
    walker.walk_nodes(&main.nodes);
    walker.in_cover = false;
    for o in &enclosed {
        walker.walk_loose(&o.preamble);
        walker.walk_nodes(&o.nodes);
    }
    for table in &tables {
        walker.walk_table(table);
    }
    // Tables and outline are walked apart; tasks are reported in document order.
    walker.tasks.sort_by_key(|d| d.range.start);

    let asm = Assembler {
        input,
        t,
        map: &norm.map,
        blocks: &blocks,
    };
    asm.document(
        options,
        &layout,
        &main,
        &enclosed,
        walker.tasks,
        walker.problems,
    )
}

/// Parse bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.
///
/// Other encodings (GB18030…) are the caller's to decode; the `gongwen`
/// command-line tool does it with `encoding_rs`.
pub fn parse_bytes(bytes: &[u8], options: &Options) -> Result<Parsed, Error> {
    if bytes.len() > options.max_input_bytes {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: options.max_input_bytes,
        });
    }
    let (text, encoding) = decode(bytes)?;
    let mut document = parse_with(&text, options);
    document.source.encoding = encoding.to_string();
    document.source.bytes = bytes.len();
    Ok(Parsed { text, document })
}

fn decode(bytes: &[u8]) -> Result<(String, &'static str), Error> {
    let utf16 = |b: &[u8], le: bool, name: &'static str| -> Result<(String, &'static str), Error> {
        if !b.len().is_multiple_of(2) {
            return Err(Error::Decode {
                encoding: name,
                detail: "odd number of bytes".into(),
            });
        }
        let units = b.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        let mut s = String::with_capacity(b.len());
        // Units read so far: a character off the basic plane takes two.
        let mut units_before = 0;
        for r in char::decode_utf16(units) {
            match r {
                Ok(c) => {
                    s.push(c);
                    units_before += c.len_utf16();
                }
                Err(_) => {
                    return Err(Error::Decode {
                        encoding: name,
                        detail: format!("unpaired surrogate at byte {}", 2 + units_before * 2),
                    })
                }
            }
        }
        Ok((s, name))
    };
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return std::str::from_utf8(rest)
            .map(|s| (s.to_string(), "utf-8"))
            .map_err(|e| Error::Decode {
                encoding: "utf-8",
                detail: format!("invalid byte at offset {}", e.valid_up_to() + 3),
            });
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true, "utf-16le");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false, "utf-16be");
    }
    std::str::from_utf8(bytes)
        .map(|s| (s.to_string(), "utf-8"))
        .map_err(|e| Error::Decode {
            encoding: "utf-8",
            detail: format!("invalid byte at offset {}", e.valid_up_to()),
        })
}

/// Stage 6: the model, with every range mapped back to the original.
struct Assembler<'a> {
    input: &'a str,
    t: &'a str,
    map: &'a OffsetMap,
    blocks: &'a [Block],
}

impl Assembler<'_> {
    fn span(&self, r: &Range<usize>) -> Span {
        Span::new(self.map.to_original(r.start), self.map.to_original(r.end))
    }

    /// The original text of a folded range.
    fn orig(&self, r: &Range<usize>) -> String {
        self.orig_and_span(r).0
    }

    /// The original text of a folded range, and its span (each offset
    /// looked up once).
    fn orig_and_span(&self, r: &Range<usize>) -> (String, Span) {
        let s = self.span(r);
        (self.input.get(s.range()).unwrap_or_default().to_string(), s)
    }

    /// The original text of `pieces`, each trimmed, empty ones left out,
    /// joined with `sep` (one allocation).
    fn orig_joined(&self, pieces: &[Range<usize>], sep: &str) -> String {
        // Folding only shortens text (full-width forms become ASCII), so the
        // folded length is a floor for the original; a quarter more covers
        // the full-width punctuation of ordinary prose without a lookup.
        let folded: usize = pieces.iter().map(|r| r.len() + sep.len()).sum();
        let cap = folded + folded / 4;
        let mut out = String::with_capacity(cap);
        for r in pieces {
            let s = self.span(r);
            let piece = crate::text::trim_blank(self.input.get(s.range()).unwrap_or_default());
            if piece.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push_str(sep);
            }
            out.push_str(piece);
        }
        out
    }

    fn fix_deadline(&self, mut d: Deadline) -> Deadline {
        (d.raw, d.span) = self.orig_and_span(&(d.span.start..d.span.end));
        d
    }

    fn document(
        &self,
        options: &Options,
        layout: &Layout,
        main: &Outline,
        enclosed: &[Outline],
        tasks: Vec<TaskDraft>,
        problems: Vec<ProblemDraft>,
    ) -> Document {
        let t = self.t;
        let title_folded: String = layout.title.iter().map(|r| t[r.clone()].trim()).collect();
        let title = (!layout.title.is_empty()).then(|| {
            layout
                .title
                .iter()
                .map(|r| self.orig(r).trim().to_string())
                .collect::<String>()
        });
        let title_span = match (layout.title.first(), layout.title.last()) {
            (Some(a), Some(b)) => Some(self.span(&(a.start..b.end))),
            _ => None,
        };
        let kind = if title.is_some() {
            kind_of_title(&title_folded)
        } else {
            Kind::Other
        };
        let doc_number = layout.doc_number.as_ref().map(|f| {
            let (raw, span) = self.orig_and_span(&f.range);
            DocNumber {
                raw,
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

        let outline = self.nodes(&main.nodes);
        let preamble = self.paragraphs(&main.preamble);
        let enclosures = layout
            .enclosures
            .iter()
            .zip(enclosed)
            .map(|(e, o)| {
                let title_f: String = e.title.iter().map(|r| t[r.clone()].trim()).collect();
                let first = self.blocks[e.first].range.start;
                let last = self.blocks[e.last].range.end;
                Enclosure {
                    title: e
                        .title
                        .iter()
                        .map(|r| self.orig(r).trim().to_string())
                        .collect(),
                    kind: kind_of_title(&title_f),
                    preamble: self.paragraphs(&o.preamble),
                    outline: self.nodes(&o.nodes),
                    span: self.span(&(first..last)),
                }
            })
            .collect();

        let assigned = problems
            .iter()
            .flat_map(|p| &p.measures)
            .filter(|m| m.assigned)
            .count();
        let problems: Vec<Problem> = problems.into_iter().map(|p| self.problem(p)).collect();
        let tasks: Vec<Task> = tasks.into_iter().map(|d| self.task(d)).collect();

        let citations = find_citations(t, layout.doc_number.as_ref().map(|f| &f.range))
            .into_iter()
            .map(|c| Citation {
                title: c.title.as_ref().map(|r| self.orig(r)),
                doc_number: c.number.map(|f| {
                    let (raw, span) = self.orig_and_span(&f.range);
                    DocNumber {
                        raw,
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
        self.check_counts(
            &declared,
            &count_ranges,
            &problems,
            assigned,
            &mut diagnostics,
        );

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
            addressees: layout.addressees.iter().map(|r| self.orig(r)).collect(),
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
            cc: layout.cc.iter().map(|r| self.orig(r)).collect(),
            printed: layout.printed.as_ref().map(|(by, date, whole)| Printed {
                by: by.as_ref().map(|r| self.orig(r)),
                date: *date,
                span: self.span(whole),
            }),
            preamble,
            outline,
            enclosures,
            problems,
            tasks,
            citations,
            declared_counts: declared,
            diagnostics,
        }
    }

    fn check_counts(
        &self,
        declared: &DeclaredCounts,
        ranges: &[Range<usize>],
        problems: &[Problem],
        assigned: usize,
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
            .filter_map(|p| p.category.as_ref().map(|c| c.ordinal))
            .collect();
        cats.dedup();
        if !problems.is_empty() {
            check("categories", declared.categories, cats.len(), String::new());
            check("problems", declared.problems, problems.len(), String::new());
            let measures: usize = problems.iter().map(|p| p.measures.len()).sum();
            let extra = if declared.measures == Some(assigned as u32) {
                format!(
                    " ({assigned} of the {measures} measure paragraphs carry an assignment; the others state no task)"
                )
            } else {
                String::new()
            };
            check("measures", declared.measures, measures, extra);
        }
    }

    fn problem(&self, p: ProblemDraft) -> Problem {
        Problem {
            ordinal: p.ordinal,
            marker: self.orig(&p.marker),
            category: p.category.map(|(o, r)| Category {
                ordinal: o,
                heading: self.orig(&r).trim().to_string(),
            }),
            text: self.orig_joined(&p.text, "\n"),
            measures: p
                .measures
                .into_iter()
                .map(|m| Measure {
                    ordinal: m.ordinal,
                    marker: m.marker.map(|r| self.orig(&r)),
                    text: self.orig_joined(&m.text, "\n"),
                    span: self.span(&m.range),
                })
                .collect(),
            span: self.span(&p.range),
        }
    }

    fn task(&self, d: TaskDraft) -> Task {
        Task {
            text: self.orig_joined(&d.text, "\n"),
            problem: d.problem,
            measure: d.measure,
            path: d.path.iter().map(|r| self.orig(r)).collect(),
            lead_departments: d.lead,
            cooperating_departments: d.cooperating,
            departments_raw: d.raw.as_ref().map(|r| self.orig(r)),
            deadline: d.deadline.map(|x| self.fix_deadline(x)),
            milestones: d
                .milestones
                .into_iter()
                .map(|x| self.fix_deadline(x))
                .collect(),
            span: self.span(&d.range),
        }
    }

    fn paragraphs(&self, blocks: &[usize]) -> Vec<Paragraph> {
        blocks
            .iter()
            .map(|&b| {
                let (text, span) = self.orig_and_span(&self.blocks[b].range);
                Paragraph { text, span }
            })
            .collect()
    }

    fn nodes(&self, nodes: &[OutlineNode]) -> Vec<Node> {
        nodes.iter().map(|n| self.node(n)).collect()
    }

    fn node(&self, n: &OutlineNode) -> Node {
        let t = self.t;
        let first = &self.blocks[n.own[0]].range;
        let marker = first.start..first.start + n.marker.len;
        let mut text_start = marker.end;
        while t[text_start..first.end].starts_with(' ') {
            text_start += 1;
        }
        let first_text = text_start..first.end;
        let mut pieces = vec![first_text.clone()];
        pieces.extend(n.own[1..].iter().map(|&b| self.blocks[b].range.clone()));
        let start = self.map.to_original(first.start);
        let marker = self.orig(&marker);
        let heading = heading(t, first_text).map(|r| self.orig(&r));
        let text = self.orig_joined(&pieces, "\n");
        let children = self.nodes(&n.children);
        let end = self.map.to_original(self.blocks[n.last].range.end);
        Node {
            marker,
            ordinal: n.marker.ordinal,
            level: n.marker.style.level(),
            heading,
            text,
            children,
            span: Span::new(start, end),
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
