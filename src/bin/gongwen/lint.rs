//! Compiler-style rendering of diagnostics (`gongwen lint`).
//!
//! ```text
//! notice.txt:5:1: warning[missing_date]: no date found
//!   5 | 盘政办发〔2017〕69号
//!     | ^^^^^^^^^^^^^^^^
//! ```
//!
//! Lines count from 1. Columns count from 1 in display columns: graphemes, CJK and other
//! wide characters two columns wide, a tab one. Very long lines (whole documents on one line
//! are common) are shown as a window around the span, cut with `…`.

use gongwen::{Diagnostic, Severity};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The widest source line shown whole; longer ones are cut to a window around the span.
const MAX_LINE_WIDTH: usize = 120;
/// How many columns of context to keep before the span in a cut line.
const CONTEXT_BEFORE: usize = 30;

/// Display width of a grapheme (tabs and control characters count as one column).
fn grapheme_width(g: &str) -> usize {
    if g.chars().any(|c| c.is_control()) {
        1
    } else {
        g.width()
    }
}

/// Display width of a string.
pub fn display_width(s: &str) -> usize {
    s.graphemes(true).map(grapheme_width).sum()
}

/// The name a severity has in the JSON and in lint output.
pub fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// Move `i` down to the nearest char boundary of `s` (clamping it to `s.len()`).
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where the lines of a text start, read once: a diagnostic's line is then
/// found by a binary search (counting the line breaks before each one made
/// `lint` quadratic in a document with many diagnostics).
pub struct Lines {
    /// Byte offset of each line's first byte; the first is 0.
    starts: Vec<usize>,
    len: usize,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        Lines {
            starts,
            len: text.len(),
        }
    }

    /// The 1-based number of the line holding byte `at` (a line break
    /// belongs to the line it ends), and that line's start and end (the
    /// offset of its line break, or the text's end).
    fn line_of(&self, at: usize) -> (usize, usize, usize) {
        let k = self.starts.partition_point(|&s| s <= at);
        let end = self.starts.get(k).map_or(self.len, |&s| s - 1);
        (k, self.starts[k - 1], end)
    }
}

/// Render one diagnostic: the header line, the source line and the caret
/// line. `lines` is [`Lines::new`] of `text`.
pub fn render(path: &str, text: &str, lines: &Lines, d: &Diagnostic) -> String {
    let start = floor_boundary(text, d.span.start);
    let end = floor_boundary(text, d.span.end.max(start));
    let (line_no, line_start, line_end) = lines.line_of(start);
    let col = display_width(&text[line_start..start]) + 1;
    let mut out = format!(
        "{path}:{line_no}:{col}: {}[{}]: {}\n",
        severity_name(d.severity),
        d.code,
        d.message
    );

    // Graphemes of the line with their byte offsets and widths; '\r' at the end dropped.
    let line = text[line_start..line_end].trim_end_matches('\r');
    let graphemes: Vec<(usize, &str, usize)> = line
        .grapheme_indices(true)
        .map(|(i, g)| (line_start + i, g, grapheme_width(g)))
        .collect();
    let caret_end = end.min(line_start + line.len());

    // Choose the window of graphemes to show.
    let total: usize = graphemes.iter().map(|g| g.2).sum();
    let (mut first, mut last) = (0, graphemes.len());
    if total > MAX_LINE_WIDTH {
        let span_first = graphemes
            .iter()
            .position(|g| g.0 >= start)
            .unwrap_or(graphemes.len());
        let mut w = 0;
        first = span_first;
        while first > 0 && w + graphemes[first - 1].2 <= CONTEXT_BEFORE {
            first -= 1;
            w += graphemes[first].2;
        }
        let mut w = 0;
        last = first;
        while last < graphemes.len() && w + graphemes[last].2 <= MAX_LINE_WIDTH {
            w += graphemes[last].2;
            last += 1;
        }
    }
    let mut shown = String::new();
    let mut carets = String::new();
    if first > 0 {
        shown.push('…');
        carets.push(' ');
    }
    for &(at, g, w) in &graphemes[first..last] {
        if g.chars().any(|c| c.is_control()) {
            shown.push(' ');
        } else {
            shown.push_str(g);
        }
        let under = if at >= start && (at < caret_end || (at == start && caret_end == start)) {
            '^'
        } else {
            ' '
        };
        if under == '^' || at < start {
            carets.extend(std::iter::repeat_n(under, w));
        }
    }
    if last < graphemes.len() {
        shown.push('…');
    }
    if !carets.contains('^') {
        // Empty span, or a span at the end of the line: one caret just after the text.
        carets.push('^');
    }
    let gutter = line_no.to_string();
    let pad = " ".repeat(gutter.len());
    out.push_str(&format!(" {gutter} | {shown}\n"));
    out.push_str(&format!(" {pad} | {}\n", carets.trim_end()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen::Span;

    fn diag(start: usize, end: usize) -> Diagnostic {
        Diagnostic::new(
            Severity::Warning,
            "test_code",
            "a message",
            Span::new(start, end),
        )
    }

    #[test]
    fn cjk_columns_are_two_wide() {
        let text = "标题\n  盘政办发〔2017〕69号\n";
        let start = text.find("〔").unwrap();
        let end = text.find("69").unwrap();
        let out = render("a.txt", text, &Lines::new(text), &diag(start, end));
        assert_eq!(
            out,
            concat!(
                "a.txt:2:11: warning[test_code]: a message\n",
                " 2 |   盘政办发〔2017〕69号\n",
                "   |           ^^^^^^^^\n",
            )
        );
    }

    #[test]
    fn empty_span_at_line_end_gets_one_caret() {
        let text = "ab\r\ncd";
        let out = render("-", text, &Lines::new(text), &diag(2, 2));
        assert_eq!(
            out,
            "-:1:3: warning[test_code]: a message\n 1 | ab\n   |   ^\n"
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let text = format!("{}目标{}", "甲".repeat(100), "乙".repeat(100));
        let start = 300;
        let out = render("x", &text, &Lines::new(&text), &diag(start, start + 6));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "x:1:201: warning[test_code]: a message");
        assert_eq!(
            lines[1],
            format!(" 1 | …{}目标{}…", "甲".repeat(15), "乙".repeat(43))
        );
        assert_eq!(lines[2], format!("   | {}^^^^", " ".repeat(31)));
    }

    /// 1-based line and display column of byte offset `at` in `text`, as
    /// `render` reads them.
    fn line_col(text: &str, at: usize) -> (usize, usize) {
        let at = floor_boundary(text, at);
        let (line, line_start, _) = Lines::new(text).line_of(at);
        (line, display_width(&text[line_start..at]) + 1)
    }

    #[test]
    fn line_and_column() {
        assert_eq!(line_col("a\nb通c", 6), (2, 4));
        assert_eq!(line_col("abc", 99), (1, 4));
        // A line break belongs to the line it ends.
        assert_eq!(line_col("ab\ncd\n", 2), (1, 3));
        assert_eq!(line_col("ab\ncd\n", 3), (2, 1));
        assert_eq!(line_col("ab\ncd\n", 6), (3, 1));
    }

    #[test]
    fn each_diagnostic_reads_its_own_line() {
        let text = "第一行\n\n第三行〔2017〕\n最后";
        let lines = Lines::new(text);
        let at = text.find('〔').unwrap();
        let out = render("t", text, &lines, &diag(at, at + 3));
        assert_eq!(
            out.lines().next(),
            Some("t:3:7: warning[test_code]: a message")
        );
        assert_eq!(out.lines().nth(1), Some(" 3 | 第三行〔2017〕"));
        let last = render("t", text, &lines, &diag(text.len(), text.len()));
        assert_eq!(
            last.lines().next(),
            Some("t:4:5: warning[test_code]: a message")
        );
    }
}
