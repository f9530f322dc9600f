//! The real documents in fixtures/corpus/ (copied from the project's corpus,
//! sources in SOURCES.tsv): golden JSON for every one, and invariants that
//! must hold across all of them.

mod common;

use gongwen::extract::departments::is_department_name;
use gongwen::{Document, Span};

use common::corpus;

#[test]
fn golden_json_for_every_document() {
    for (name, text) in corpus() {
        let golden = common::root().join(format!("fixtures/corpus/{name}.json"));
        common::check_golden(&text, &format!("fixtures/corpus/{name}.txt"), &golden);
    }
}

fn check_span(input: &str, span: Span, what: &str, name: &str) -> String {
    assert!(
        span.start <= span.end && span.end <= input.len(),
        "{name}: {what} span {span:?} out of bounds"
    );
    assert!(
        input.is_char_boundary(span.start) && input.is_char_boundary(span.end),
        "{name}: {what} span {span:?} not on char boundaries"
    );
    input[span.range()].to_string()
}

fn doc_number_spans(d: &Document) -> Vec<Span> {
    d.doc_number
        .iter()
        .map(|n| n.span)
        .chain(
            d.citations
                .iter()
                .filter_map(|c| c.doc_number.as_ref().map(|n| n.span)),
        )
        .collect()
}

#[test]
fn invariants_across_the_corpus() {
    for (name, input) in corpus() {
        let d = gongwen::parse(&input);
        if let Some(n) = &d.doc_number {
            assert_eq!(check_span(&input, n.span, "doc_number", &name), n.raw);
        }
        let numbers = doc_number_spans(&d);
        for t in &d.tasks {
            check_span(&input, t.span, "task", &name);
            for dep in t.lead_departments.iter().chain(&t.cooperating_departments) {
                assert!(
                    is_department_name(dep),
                    "{name}: department {dep:?} is not a body's name"
                );
            }
            if let Some(raw) = &t.departments_raw {
                assert!(
                    input[t.span.range()].contains(raw.as_str()) || !raw.is_empty(),
                    "{name}: raw outside task"
                );
            }
            for dl in t.deadline.iter().chain(&t.milestones) {
                assert_eq!(
                    check_span(&input, dl.span, "deadline", &name),
                    dl.raw,
                    "{name}"
                );
                // No date is ever read out of a 发文字号.
                for n in &numbers {
                    assert!(
                        dl.span.end <= n.start || dl.span.start >= n.end,
                        "{name}: deadline {:?} overlaps document number at {n:?}",
                        dl.raw
                    );
                }
            }
        }
        for c in &d.citations {
            let text = check_span(&input, c.span, "citation", &name);
            if let Some(n) = &c.doc_number {
                assert_eq!(check_span(&input, n.span, "cited number", &name), n.raw);
                assert!(text.contains(&n.raw), "{name}");
            }
        }
        for p in d
            .preamble
            .iter()
            .chain(d.enclosures.iter().flat_map(|e| &e.preamble))
        {
            assert_eq!(check_span(&input, p.span, "preamble", &name), p.text);
        }
        for x in &d.diagnostics {
            check_span(&input, x.span, "diagnostic", &name);
        }
        fn nodes(input: &str, name: &str, parent: Option<Span>, ns: &[gongwen::Node]) {
            let mut prev_end = 0;
            for n in ns {
                let s = check_span(input, n.span, "node", name);
                assert!(
                    s.starts_with(n.marker.as_str()),
                    "{name}: node text {s:?} does not start with {:?}",
                    n.marker
                );
                if let Some(p) = parent {
                    assert!(
                        p.contains(n.span),
                        "{name}: child {:?} outside parent {p:?}",
                        n.span
                    );
                }
                assert!(n.span.start >= prev_end, "{name}: siblings overlap");
                prev_end = n.span.end;
                nodes(input, name, Some(n.span), &n.children);
            }
        }
        nodes(&input, &name, None, &d.outline);
        for e in &d.enclosures {
            check_span(&input, e.span, "enclosure", &name);
            nodes(&input, &name, Some(e.span), &e.outline);
        }
        // The JSON round trip is lossless.
        let json = serde_json::to_string(&d).unwrap();
        let back: Document = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d, "{name}: JSON round trip changed the document");
    }
}
