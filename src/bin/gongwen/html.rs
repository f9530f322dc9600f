//! Article text from HTML pages saved from government websites.
//!
//! The page is parsed with a real HTML parser (html5ever through `scraper`). Scripts, styles,
//! navigation, headers, footers and forms' widgets are dropped; block elements (p, div, h1…,
//! li, br…) end a line; table cells of a row are separated by a tab and each row ends a line.
//! Inside a cell, line breaks become spaces so a row stays on one line. A cell that spans
//! rows or columns (`rowspan`, `colspan`) leaves an empty cell in each place it covers, so
//! every row keeps the table's columns (the task table reader takes an empty responsibility
//! cell for the one above it). Blank lines are dropped and trailing spaces trimmed. Spans of
//! the parsed document index this text.

use scraper::{ElementRef, Html, Node};

/// Elements whose content is never article text.
const DROP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "noscript", "template", "head", "iframe", "svg",
    "canvas", "select", "button", "textarea", "aside", "object",
];

/// Elements that start and end a line.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "hr",
    "address",
    "figure",
    "figcaption",
    "center",
    "form",
    "fieldset",
    "br",
];

/// Does a file look like HTML, by its extension or by how its content starts?
pub fn looks_like_html(path: Option<&std::path::Path>, bytes: &[u8]) -> bool {
    let by_ext = path
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .map(|e| {
            matches!(
                e.to_ascii_lowercase().as_str(),
                "htm" | "html" | "shtml" | "xhtml"
            )
        })
        .unwrap_or(false);
    by_ext || starts_like_html(bytes)
}

/// Does this content (bytes or text) start with `<!DOCTYPE` or `<html`, after an optional
/// UTF-8 BOM and whitespace?
pub fn starts_like_html(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let head: Vec<u8> = b[start..b.len().min(start + 9)]
        .iter()
        .map(|c| c.to_ascii_lowercase())
        .collect();
    head.starts_with(b"<!doctype") || head.starts_with(b"<html")
}

/// A breadcrumb trail (当前位置：首页 > …), by its class or id.
fn is_breadcrumb(el: ElementRef<'_>) -> bool {
    let v = el.value();
    v.id()
        .into_iter()
        .chain(v.classes())
        .any(|c| c.to_ascii_lowercase().contains("crumb"))
}

struct Extractor {
    out: String,
    /// Depth of table cells we are in.
    in_cell: usize,
    /// Depth of `<pre>` we are in.
    in_pre: usize,
    /// For each open `<tr>`, its cells so far and the columns cells above cover.
    rows: Vec<Row>,
    /// For each open `<table>` (outside cells): how many more rows each column is covered
    /// by a cell above that spans rows.
    tables: Vec<Vec<usize>>,
    /// Collapsible whitespace seen and not yet written.
    pending_space: bool,
    /// That whitespace held a line break (dropped between two wide characters, as browsers do).
    pending_break: bool,
}

/// A table row being written.
#[derive(Default)]
struct Row {
    /// Cells written (empty ones for covered places included).
    cells: usize,
    /// The column the next cell goes to.
    col: usize,
    /// The columns a cell of a row above covers in this row.
    covered: Vec<bool>,
}

/// Columns whose spans are followed; a wider table's cells are written as they come (real
/// task tables have a dozen columns; the bound keeps a hostile `colspan` from multiplying
/// the output).
const MAX_COLUMNS: usize = 64;

/// Is this a wide (CJK) character, between which a source line break is no space?
fn is_wide(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

impl Extractor {
    fn line_break(&mut self) {
        self.pending_space = false;
        self.pending_break = false;
        if self.in_cell > 0 {
            if !self.out.is_empty() && !self.out.ends_with([' ', '\t', '\n']) {
                self.out.push(' ');
            }
        } else if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn text(&mut self, t: &str) {
        for c in t.chars() {
            if self.in_pre > 0 && c != '\r' {
                if c == '\n' {
                    self.line_break();
                } else {
                    self.out.push(c);
                }
                continue;
            }
            match c {
                ' ' | '\t' | '\u{c}' => self.pending_space = true,
                '\n' | '\r' => {
                    self.pending_space = true;
                    self.pending_break = true;
                }
                '\u{a0}' => {
                    self.flush_space(' ');
                    self.out.push(' ');
                }
                _ => {
                    self.flush_space(c);
                    self.out.push(c);
                }
            }
        }
    }

    /// Write pending whitespace as one space before `next`, unless at the start of a line
    /// or cell, or a line break between two wide characters.
    fn flush_space(&mut self, next: char) {
        let prev = self.out.chars().next_back();
        let between_wide = self.pending_break && prev.is_some_and(is_wide) && is_wide(next);
        if self.pending_space
            && !between_wide
            && prev.is_some_and(|p| !matches!(p, ' ' | '\t' | '\n'))
        {
            self.out.push(' ');
        }
        self.pending_space = false;
        self.pending_break = false;
    }

    /// Drop spaces at the end of the output (before a tab or at the end of a cell).
    fn trim_spaces(&mut self) {
        let len = self.out.trim_end_matches(' ').len();
        self.out.truncate(len);
    }

    fn element(&mut self, el: ElementRef<'_>) {
        let name = el.value().name();
        if DROP.contains(&name) || is_breadcrumb(el) {
            return;
        }
        match name {
            "table" if self.in_cell == 0 => {
                self.line_break();
                self.tables.push(Vec::new());
                self.children(el);
                self.tables.pop();
                self.line_break();
            }
            "tr" if self.in_cell == 0 => {
                self.line_break();
                let covered = self
                    .tables
                    .last()
                    .map(|t| t.iter().map(|&n| n > 0).collect())
                    .unwrap_or_default();
                self.rows.push(Row {
                    covered,
                    ..Row::default()
                });
                self.children(el);
                // The places after the row's last cell that cells above cover.
                self.skip_covered(usize::MAX);
                let row = self.rows.pop().unwrap_or_default();
                if let Some(spans) = self.tables.last_mut() {
                    for (n, &was) in spans.iter_mut().zip(&row.covered) {
                        if was {
                            *n -= 1;
                        }
                    }
                }
                self.line_break();
            }
            "td" | "th" if self.in_cell == 0 => {
                self.pending_space = false;
                self.trim_spaces();
                self.skip_covered(MAX_COLUMNS);
                self.next_cell();
                self.in_cell += 1;
                self.children(el);
                self.in_cell -= 1;
                self.pending_space = false;
                self.trim_spaces();
                let span = |attr: &str, most: usize| {
                    el.value()
                        .attr(attr)
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                        .clamp(1, most)
                };
                let (rows, cols) = (span("rowspan", 65_534), span("colspan", MAX_COLUMNS));
                let in_table = !self.tables.is_empty();
                if let Some(row) = self.rows.last_mut() {
                    let at = row.col;
                    row.col += cols;
                    if let Some(spans) = self.tables.last_mut().filter(|_| rows > 1) {
                        for c in at..(at + cols).min(MAX_COLUMNS) {
                            if spans.len() <= c {
                                spans.resize(c + 1, 0);
                            }
                            spans[c] = rows - 1;
                        }
                    }
                }
                // A cell spanning columns leaves empty cells in the others.
                if in_table {
                    for _ in 1..cols {
                        self.next_cell();
                    }
                }
            }
            "td" | "th" | "tr" => {
                // A table nested in a cell: keep it on the cell's line.
                self.line_break();
                self.children(el);
                self.line_break();
            }
            "pre" => {
                self.line_break();
                self.in_pre += 1;
                self.children(el);
                self.in_pre -= 1;
                self.line_break();
            }
            _ if BLOCK.contains(&name) => {
                self.line_break();
                self.children(el);
                self.line_break();
            }
            _ => self.children(el),
        }
    }

    /// Start a cell of the current row: the tab before it, unless it is the row's first.
    fn next_cell(&mut self) {
        if let Some(row) = self.rows.last_mut() {
            if row.cells > 0 {
                self.out.push('\t');
            }
            row.cells += 1;
        }
    }

    /// Write an empty cell for each place from the current column on (below `limit`) that
    /// a cell of a row above covers.
    fn skip_covered(&mut self, limit: usize) {
        loop {
            let Some(row) = self.rows.last_mut() else {
                return;
            };
            if row.col >= limit || !row.covered.get(row.col).copied().unwrap_or(false) {
                return;
            }
            row.col += 1;
            self.next_cell();
        }
    }

    fn children(&mut self, el: ElementRef<'_>) {
        for child in el.children() {
            match child.value() {
                Node::Text(t) => self.text(t),
                Node::Element(_) => {
                    if let Some(e) = ElementRef::wrap(child) {
                        self.element(e);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Extract the article text of an HTML page.
pub fn extract_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let root = doc.root_element();
    let body = root
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body")
        .unwrap_or(root);
    let mut ex = Extractor {
        out: String::new(),
        in_cell: 0,
        in_pre: 0,
        rows: Vec::new(),
        tables: Vec::new(),
        pending_space: false,
        pending_break: false,
    };
    ex.element(body);
    let mut text = String::with_capacity(ex.out.len());
    for line in ex.out.lines() {
        // Trailing tabs stay: they are the row's last, empty, cells.
        let line = line.trim_end_matches(' ');
        if line.trim().is_empty() {
            continue;
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_cells_and_dropped_parts() {
        let html = "<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head>\
            <body><nav>首页 &gt; 通知</nav><div class=\"breadcrumb\">当前位置</div><script>var a=1;</script>\
            <h1>关于开展\n检查的通知</h1><p>  各区：<br>现通知如下。</p>\
            <table><tr><th>序号</th><th>任务</th></tr>\
            <tr><td>1</td><td><p>加强  管理</p><p>按期完成</p> </td></tr></table>\
            <footer>版权所有</footer></body></html>";
        assert_eq!(
            extract_text(html),
            "关于开展检查的通知\n各区：\n现通知如下。\n序号\t任务\n1\t加强 管理 按期完成\n"
        );
    }

    /// Cells spanning rows or columns leave empty cells where they reach, so each row keeps
    /// the table's columns; trailing empty cells stay; a hostile colspan is bounded.
    #[test]
    fn spanning_cells_keep_the_grid() {
        let html = "<table><tr><th>序号</th><th>任务</th><th>牵头单位</th><th>完成时限</th></tr>\
            <tr><td rowspan=\"2\">1</td><td>甲</td><td rowspan=\"2\">市民政局</td><td>6月底前</td></tr>\
            <tr><td>乙</td><td>年底前</td></tr>\
            <tr><td>2</td><td colspan=\"2\">丙</td><td>年底前</td></tr>\
            <tr><td>3</td><td>丁</td><td>市财政局</td><td rowspan=\"2\">长期</td></tr>\
            <tr><td>4</td><td>戊</td><td>市审计局</td></tr></table>";
        assert_eq!(
            extract_text(html),
            "序号\t任务\t牵头单位\t完成时限\n1\t甲\t市民政局\t6月底前\n\t乙\t\t年底前\n\
             2\t丙\t\t年底前\n3\t丁\t市财政局\t长期\n4\t戊\t市审计局\t\n"
        );
        let wide = "<table><tr><td colspan=\"999999\">x</td></tr></table>";
        assert_eq!(
            extract_text(wide),
            format!("x{}\n", "\t".repeat(MAX_COLUMNS - 1))
        );
        // A table in a cell stays on the cell's line, as before.
        let nested = "<table><tr><td>a<table><tr><td>b</td><td rowspan=\"9\">c</td></tr></table></td><td>d</td></tr></table>";
        assert_eq!(extract_text(nested), "a b c\td\n");
    }

    #[test]
    fn sniffing() {
        assert!(starts_like_html(b"\xEF\xBB\xBF  <!DOCTYPE html>"));
        assert!(starts_like_html(b"<HTML>"));
        assert!(!starts_like_html("关于<html>".as_bytes()));
        assert!(looks_like_html(Some(std::path::Path::new("a.HTM")), b"x"));
    }
}
