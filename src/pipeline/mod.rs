//! The pipeline: fold → blocks → elements → outline → extraction → model.
//!
//! Every stage before the model works in *folded* coordinates (the text after
//! [`crate::text::normalize`]). The last stage (`assemble`) maps every range
//! back to the original input and takes every quoted text from the original,
//! so spans and raw strings are exact. [`parse_lazy`] stops before it: its
//! [`LazyDocument`] (`lazy`) runs that stage one item at a time while it is
//! serialised.

mod assemble;
mod lazy;

use crate::elements::layout::recognise;
use crate::extract::tables::{find_tables, Table};
use crate::extract::tasks::Walker;
use crate::model::*;
use crate::outline::tree::{build, Outline};
use crate::text::lines::split_blocks_marked;
use crate::text::marks::Marks;
use crate::text::normalize::normalize;
use assemble::Drafts;
pub use lazy::LazyDocument;

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
    parse_lazy(input, options).into_document()
}

/// Parse a notice, leaving its output model to be built while it is
/// serialised: the way to turn notices into JSON (see [`LazyDocument`]).
pub fn parse_lazy<'i>(input: &'i str, options: &Options) -> LazyDocument<'i> {
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

    let drafts = Drafts {
        layout,
        main,
        enclosed,
        tasks: walker.tasks,
        problems: walker.problems,
    };
    LazyDocument::new(input, norm, blocks, drafts, options)
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
