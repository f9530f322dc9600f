//! Article text from HTML pages saved from government websites.
//!
//! The page is parsed with a real HTML parser (html5ever through `scraper`). Scripts, styles,
//! navigation, headers, footers and forms' widgets are dropped; block elements (p, div, h1…,
//! li, br…) end a line; table cells of a row are separated by a tab and each row ends a line.
//! Inside a cell, line breaks become spaces so a row stays on one line. Blank lines are
//! dropped and trailing spaces trimmed. Spans of the parsed document index this text.

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
    /// For each open `<tr>`, how many cells it has had so far.
    rows: Vec<usize>,
    /// Collapsible whitespace seen and not yet written.
    pending_space: bool,
    /// That whitespace held a line break (dropped between two wide characters, as browsers do).
    pending_break: bool,
}

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
            "tr" if self.in_cell == 0 => {
                self.line_break();
                self.rows.push(0);
                self.children(el);
                self.rows.pop();
                self.line_break();
            }
            "td" | "th" if self.in_cell == 0 => {
                self.pending_space = false;
                self.trim_spaces();
                if let Some(n) = self.rows.last_mut() {
                    if *n > 0 {
                        self.out.push('\t');
                    }
                    *n += 1;
                }
                self.in_cell += 1;
                self.children(el);
                self.in_cell -= 1;
                self.pending_space = false;
                self.trim_spaces();
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
        pending_space: false,
        pending_break: false,
    };
    ex.element(body);
    let mut text = String::with_capacity(ex.out.len());
    for line in ex.out.lines() {
        let line = line.trim_end_matches([' ', '\t']);
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

    #[test]
    fn sniffing() {
        assert!(starts_like_html(b"\xEF\xBB\xBF  <!DOCTYPE html>"));
        assert!(starts_like_html(b"<HTML>"));
        assert!(!starts_like_html("关于<html>".as_bytes()));
        assert!(looks_like_html(Some(std::path::Path::new("a.HTM")), b"x"));
    }
}
