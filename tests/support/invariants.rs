//! The promise every parse keeps, as one checker shared by the property
//! tests, the regression tests and the fuzz targets
//! (`fuzz/fuzz_targets/*.rs` include this file by path).
//!
//! `check(input, &doc)` returns the first broken invariant as an `Err`
//! message naming the item and its span, so a failing case says what broke.

#![allow(dead_code)]

use gongwen::{Document, Node, Span};

/// The text of `span` in `input`, or an error naming `what` when the span is
/// reversed, out of bounds or not on character boundaries.
fn text<'a>(input: &'a str, span: Span, what: &str) -> Result<&'a str, String> {
    if span.start > span.end {
        return Err(format!("{what}: reversed span {span:?}"));
    }
    if span.end > input.len() {
        return Err(format!(
            "{what}: span {span:?} out of bounds (input is {} bytes)",
            input.len()
        ));
    }
    span.text(input)
        .ok_or_else(|| format!("{what}: span {span:?} not on char boundaries"))
}

/// Each line of a text the model joined from trimmed pieces (`\n` between
/// them) lies inside `within`, the text of the item's span.
fn lines_inside(joined: &str, within: &str, what: &str) -> Result<(), String> {
    for line in joined.split('\n') {
        if !within.contains(line) {
            return Err(format!(
                "{what}: text line {line:?} is not inside its span text {:?}",
                preview(within)
            ));
        }
    }
    Ok(())
}

/// Children inside the parent, siblings ordered and disjoint, recursively.
fn nodes(input: &str, parent: Option<Span>, list: &[Node], path: &str) -> Result<(), String> {
    let mut prev: Option<Span> = None;
    for (i, n) in list.iter().enumerate() {
        let what = format!("node {path}{i} ({})", n.marker);
        let s = text(input, n.span, &what)?;
        if !s.starts_with(n.marker.as_str()) {
            return Err(format!(
                "{what}: span text does not start with its marker {:?}",
                n.marker
            ));
        }
        if let Some(p) = parent {
            if !p.contains(n.span) {
                return Err(format!("{what}: span {:?} not inside parent {p:?}", n.span));
            }
        }
        if let Some(p) = prev {
            if p.end > n.span.start {
                return Err(format!(
                    "{what}: span {:?} overlaps or precedes previous sibling {p:?}",
                    n.span
                ));
            }
        }
        lines_inside(&n.text, s, &what)?;
        if let Some(h) = &n.heading {
            lines_inside(h, s, &format!("{what} heading"))?;
        }
        prev = Some(n.span);
        nodes(input, Some(n.span), &n.children, &format!("{path}{i}."))?;
    }
    Ok(())
}

/// Every span in bounds and on char boundaries; raw texts equal their spans;
/// outline spans nest.
pub fn check(input: &str, doc: &Document) -> Result<(), String> {
    if let Some(s) = doc.title_span {
        text(input, s, "title_span")?;
    }
    if let Some(n) = &doc.doc_number {
        let s = text(input, n.span, "doc_number")?;
        if s != n.raw {
            return Err(format!("doc_number.raw {:?} != span text {s:?}", n.raw));
        }
    }
    nodes(input, None, &doc.outline, "")?;
    for (i, e) in doc.enclosures.iter().enumerate() {
        text(input, e.span, &format!("enclosure {i}"))?;
        nodes(input, Some(e.span), &e.outline, &format!("enclosure {i}/"))?;
    }
    for (i, a) in doc.attachments.iter().enumerate() {
        let w = format!("attachment {i}");
        let s = text(input, a.span, &w)?;
        lines_inside(&a.title, s, &w)?;
    }
    if let Some(p) = &doc.printed {
        let s = text(input, p.span, "printed")?;
        if let Some(by) = &p.by {
            lines_inside(by, s, "printed.by")?;
        }
    }
    for a in doc.addressees.iter().chain(&doc.cc) {
        lines_inside(a, input, "addressee/cc")?;
    }
    for (i, p) in doc.problems.iter().enumerate() {
        let s = text(input, p.span, &format!("problem {i}"))?;
        if !s.starts_with(p.marker.as_str()) {
            return Err(format!(
                "problem {i}: span text does not start with its marker {:?}",
                p.marker
            ));
        }
        lines_inside(&p.text, s, &format!("problem {i}"))?;
        for (j, m) in p.measures.iter().enumerate() {
            let w = format!("problem {i} measure {j}");
            let ms = text(input, m.span, &w)?;
            if !p.span.contains(m.span) {
                return Err(format!(
                    "{w}: span {:?} not inside its problem {:?}",
                    m.span, p.span
                ));
            }
            lines_inside(&m.text, ms, &w)?;
            if let Some(mk) = &m.marker {
                lines_inside(mk, ms, &w)?;
            }
        }
    }
    for (i, t) in doc.tasks.iter().enumerate() {
        let what = format!("task {i}");
        let s = text(input, t.span, &what)?;
        lines_inside(&t.text, s, &what)?;
        if let Some(raw) = &t.departments_raw {
            if !s.contains(raw.as_str()) {
                return Err(format!(
                    "{what}: departments_raw {raw:?} not inside task text {s:?}"
                ));
            }
        }
        for (j, d) in t.deadline.iter().chain(&t.milestones).enumerate() {
            let w = format!("{what} deadline/milestone {j}");
            let ds = text(input, d.span, &w)?;
            // Milestones are read from the task's own text. The governing
            // deadline may also come from the heading of a phase that encloses
            // the task ((一)动员部署阶段(8月31日前)): then an outline node holds both.
            let inherited =
                j == 0 && t.deadline.is_some() && enclosing_node_holds(doc, t.span, d.span);
            if !t.span.contains(d.span) && !inherited {
                return Err(format!(
                    "{w}: span {:?} neither inside its task {:?} nor a heading before it",
                    d.span, t.span
                ));
            }
            if ds != d.raw {
                return Err(format!("{w}: raw {:?} != span text {ds:?}", d.raw));
            }
        }
    }
    for (i, c) in doc.citations.iter().enumerate() {
        let what = format!("citation {i}");
        let s = text(input, c.span, &what)?;
        if let Some(title) = &c.title {
            if !s.contains(title.as_str()) {
                return Err(format!("{what}: title {title:?} not inside {s:?}"));
            }
        }
        if let Some(n) = &c.doc_number {
            let ns = text(input, n.span, &format!("{what} doc_number"))?;
            if ns != n.raw {
                return Err(format!("{what}: doc_number.raw {:?} != {ns:?}", n.raw));
            }
            if !c.span.contains(n.span) || !s.contains(n.raw.as_str()) {
                return Err(format!(
                    "{what}: doc_number {:?} not inside citation {s:?}",
                    n.raw
                ));
            }
        }
    }
    // Problems, tasks and citations come in document order.
    for (what, starts) in [
        (
            "problems",
            doc.problems
                .iter()
                .map(|p| p.span.start)
                .collect::<Vec<_>>(),
        ),
        ("tasks", doc.tasks.iter().map(|t| t.span.start).collect()),
        (
            "citations",
            doc.citations.iter().map(|c| c.span.start).collect(),
        ),
    ] {
        if let Some(w) = starts.windows(2).position(|w| w[0] > w[1]) {
            return Err(format!(
                "{what} out of document order at {w}: {} then {}",
                starts[w],
                starts[w + 1]
            ));
        }
    }
    for (i, d) in doc.diagnostics.iter().enumerate() {
        text(input, d.span, &format!("diagnostic {i} ({})", d.code))?;
    }
    Ok(())
}

/// `Document` → JSON → `Document` gives back the same document.
pub fn roundtrip(doc: &Document) -> Result<(), String> {
    let json = serde_json::to_string(doc).map_err(|e| format!("to_string: {e}"))?;
    let back: Document = serde_json::from_str(&json).map_err(|e| format!("from_str: {e}"))?;
    if &back != doc {
        return Err(format!("round trip changed the document; JSON: {json}"));
    }
    Ok(())
}

/// The JSON written by `parse_lazy` (the body built only while it is
/// serialised) is the JSON of the document `parse` builds, byte for byte.
pub fn lazy_agrees(input: &str, doc: &Document) -> Result<(), String> {
    let lazy = gongwen::parse_lazy(input, &gongwen::Options::default());
    let lazy = serde_json::to_string(&lazy).map_err(|e| format!("lazy to_string: {e}"))?;
    let eager = serde_json::to_string(doc).map_err(|e| format!("to_string: {e}"))?;
    if lazy == eager {
        return Ok(());
    }
    let at = lazy
        .bytes()
        .zip(eager.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(lazy.len().min(eager.len()));
    let from = at.saturating_sub(200);
    Err(format!(
        "the lazy JSON differs from the document's at byte {at}:\n lazy: {:?}\n  doc: {:?}",
        String::from_utf8_lossy(&lazy.as_bytes()[from..(at + 200).min(lazy.len())]),
        String::from_utf8_lossy(&eager.as_bytes()[from..(at + 200).min(eager.len())]),
    ))
}

/// Parse `input` and check all three; panics with the broken invariant.
pub fn parse_and_check(input: &str) -> Document {
    let doc = gongwen::parse(input);
    if let Err(e) = check(input, &doc) {
        panic!(
            "invariant broken: {e}\ninput ({} bytes): {:?}",
            input.len(),
            preview(input)
        );
    }
    if let Err(e) = roundtrip(&doc) {
        panic!("{}\ninput: {:?}", preview(&e), preview(input));
    }
    if let Err(e) = lazy_agrees(input, &doc) {
        panic!("{e}\ninput: {:?}", preview(input));
    }
    doc
}

/// At most the first 2,000 characters, so a failing megabyte input does not
/// flood the test output.
pub fn preview(s: &str) -> &str {
    match s.char_indices().nth(2000) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Whether some outline node (of the document or an enclosure) contains both
/// `task` and `deadline`.
fn enclosing_node_holds(doc: &Document, task: gongwen::Span, deadline: gongwen::Span) -> bool {
    fn walk(ns: &[gongwen::Node], task: gongwen::Span, deadline: gongwen::Span) -> bool {
        ns.iter().any(|n| {
            (n.span.contains(task) && n.span.contains(deadline))
                || walk(&n.children, task, deadline)
        })
    }
    walk(&doc.outline, task, deadline)
        || doc
            .enclosures
            .iter()
            .any(|e| walk(&e.outline, task, deadline))
}

/// At most the first 2,000 bytes.
pub fn preview_bytes(b: &[u8]) -> &[u8] {
    &b[..b.len().min(2000)]
}
