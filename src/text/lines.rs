//! Stage 2: split the folded text into blocks (paragraphs).
//!
//! A block is a trimmed piece of one line. Most blocks are whole lines, but
//! notices scraped from the web are often flattened: whole documents on one
//! line, paragraphs glued together with runs of U+3000 (folded to spaces), or
//! numbered items run together (…负责）2．简化…). So a line is also split
//!
//! - at runs of two or more spaces (the remains of paragraph indentation), and
//! - before an outline marker inside the line, when the marker follows a
//!   sentence end and its number continues the numbering seen so far
//!   (the "plausible" check keeps 统一、规范 or 1.5亿 in one piece).

use crate::outline::marker::{marker_at, Marker, Style};
use crate::text::marks::Marks;
use crate::text::utf8_len;
use std::ops::Range;

/// A paragraph-like piece of the folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Trimmed byte range in the folded text.
    pub range: Range<usize>,
    /// The outline marker it opens with, if any.
    pub marker: Option<Marker>,
    /// Whether the block starts its physical line.
    pub line_start: bool,
    /// Whether a blank line precedes it.
    pub blank_before: bool,
}

/// Tracks the numbering seen so far, to judge whether an in-line marker
/// continues it.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    stack: Vec<(Style, u32)>,
    /// The last number seen of each style, also after it was closed: many
    /// documents number （一）…（二十） straight through their 一、 sections.
    last_seen: Vec<(Style, u32)>,
}

impl Numbering {
    /// Whether `m` continues the numbering: the next number of a style in
    /// use, or 1 of a new style.
    pub(crate) fn plausible(&self, m: &Marker) -> bool {
        match self.stack.iter().rposition(|&(s, _)| s == m.style) {
            Some(k) => m.ordinal == self.stack[k].1.saturating_add(1),
            None => {
                m.ordinal == 1
                    || self
                        .last_seen
                        .iter()
                        .any(|&(s, n)| s == m.style && m.ordinal == n.saturating_add(1))
            }
        }
    }

    pub(crate) fn accept(&mut self, m: &Marker) {
        match self.last_seen.iter_mut().find(|(s, _)| *s == m.style) {
            Some(e) => e.1 = m.ordinal,
            None => self.last_seen.push((m.style, m.ordinal)),
        }
        match self.stack.iter().rposition(|&(s, _)| s == m.style) {
            Some(k) => {
                self.stack.truncate(k + 1);
                self.stack[k].1 = m.ordinal;
            }
            None => self.stack.push((m.style, m.ordinal)),
        }
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// The range of `s` without [`is_space`] characters at either end. They are
/// ASCII, so the ends are found on bytes, without decoding characters.
fn unspaced(s: &str) -> Range<usize> {
    let b = s.as_bytes();
    let start = b
        .iter()
        .position(|&c| c != b' ' && c != b'\t')
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|&c| c != b' ' && c != b'\t')
        .map_or(start, |i| i + 1);
    start..end.max(start)
}

/// `s` without [`is_space`] characters at either end.
fn trim_spaces(s: &str) -> &str {
    &s[unspaced(s)]
}

/// Split `text` (folded) into blocks, starting at byte `from`.
pub fn split_blocks(text: &str, from: usize) -> Vec<Block> {
    split_blocks_marked(text, from, &Marks::of(text))
}

/// [`split_blocks`] given the [`Marks`] of `text` (which the later stages
/// read too).
pub(crate) fn split_blocks_marked(text: &str, from: usize, marks: &Marks) -> Vec<Block> {
    // About one block per line: count them first (memchr) to allocate once.
    let mut blocks = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    let mut pieces = Vec::new();
    let mut numbering = Numbering::default();
    let mut blank = false;
    let mut pos = from.min(text.len());
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    // Lines found with the memchr crate's vectorised search (`str::split`
    // on a char walks with a slower, generic one).
    let base = pos;
    let line_ends = memchr::memchr_iter(b'\n', &text.as_bytes()[base..])
        .map(move |i| base + i + 1)
        .chain(std::iter::once(text.len()));
    for end in line_ends {
        if end == pos {
            continue;
        }
        let start = pos;
        let line = &text[start..end];
        pos = end;
        let content = line.trim_end_matches('\n');
        if trim_spaces(content).is_empty() {
            blank = true;
            continue;
        }
        let mut first = true;
        split_gaps(content, start, &mut pieces);
        for piece in pieces.drain(..) {
            split_markers(text, piece, marks, &mut numbering, &mut |range, marker| {
                blocks.push(Block {
                    range,
                    marker,
                    line_start: first,
                    blank_before: blank && first,
                });
                first = false;
            });
        }
        blank = false;
    }
    blocks
}

/// Pieces of a line between runs of two or more spaces, trimmed. A piece that
/// is only a marker (一、  总体要求) stays joined to what follows.
fn split_gaps(line: &str, offset: usize, out: &mut Vec<Range<usize>>) {
    let bytes = line.as_bytes();
    let mut piece_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Jump to the next space.
        match memchr::memchr(b' ', &bytes[i..]) {
            Some(k) => i += k,
            None => break,
        }
        if i + 1 < bytes.len() && bytes[i + 1] == b' ' {
            let mut j = i;
            while j < bytes.len() && is_space(bytes[j] as char) {
                j += 1;
            }
            let left = trim_spaces(&line[piece_start..i]);
            let only_marker = marker_at(left).is_some_and(|m| m.len == left.len());
            if !left.is_empty() && !only_marker {
                out.push(trimmed(line, piece_start..i, offset));
                piece_start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if !trim_spaces(&line[piece_start..]).is_empty() {
        out.push(trimmed(line, piece_start..line.len(), offset));
    }
}

fn trimmed(line: &str, r: Range<usize>, offset: usize) -> Range<usize> {
    let s = &line[r.clone()];
    let kept = unspaced(s);
    let (lead, trail) = (kept.start, s.len() - kept.end);
    offset + r.start + lead..offset + r.end - trail
}

/// An item whose text opens with a figure (2.50个小区…), where the numbering
/// expects that item: the next number of 1. 2. 3. in use, never 1.
fn figure_item(s: &str, numbering: &Numbering) -> Option<Marker> {
    if !s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    crate::outline::marker::marker_before_figure(s)
        .filter(|m| m.ordinal > 1 && numbering.plausible(m))
}

/// Emit the blocks of one piece, split before plausible in-line markers.
fn split_markers(
    text: &str,
    piece: Range<usize>,
    marks: &Marks,
    numbering: &mut Numbering,
    emit: &mut dyn FnMut(Range<usize>, Option<Marker>),
) {
    let s = &text[piece.clone()];
    let first = marker_at(s).or_else(|| figure_item(s, numbering));
    if let Some(m) = &first {
        numbering.accept(m);
    }
    let mut block_start = 0;
    let mut block_marker = first;
    let mut depth: i32 = 0;
    // Whether the last non-space character ends a sentence or clause.
    let mut after_break = false;
    let skip = first.map_or(0, |m| m.len);
    let bytes = s.as_bytes();
    // Only brackets, sentence ends and the character right after one
    // matter: the walk jumps from one of them to the next (the marks'
    // `Stops`) and steps character by character only after a sentence
    // end, until the next character that is not a space.
    let mut hits = marks.stops(piece.clone()).map(|p| p - piece.start);
    let mut i = 0;
    while i < bytes.len() {
        if !after_break {
            match hits.find(|&p| p >= i) {
                Some(p) => i = p,
                None => break,
            }
        }
        let b = bytes[i];
        let len = utf8_len(b);
        let tail = bytes.get(i + 1..i + 3);
        // Only （一） and ① may open an item right after any character; every
        // other marker needs a sentence end before it, so most numerals in
        // running text (进一步, 统一) are passed over without a look.
        let loose_start = b == b'(' || (b == 0xE2 && matches!(tail, Some([0x91, 0xA0..=0xB3])));
        if (loose_start || after_break) && i >= skip && i > block_start && depth == 0 {
            let c = s[i..].chars().next().unwrap_or(' ');
            if could_start_marker(c) {
                if let Some(m) = marker_at(&s[i..]) {
                    let loose = matches!(m.style, Style::ChineseParen | Style::Circled);
                    if (after_break || loose) && numbering.plausible(&m) {
                        emit(piece.start + block_start..piece.start + i, block_marker);
                        numbering.accept(&m);
                        block_start = i;
                        block_marker = Some(m);
                    }
                }
            }
        }
        match (b, tail) {
            // ( and 《 (E3 80 8A); ) and 》 (E3 80 8B).
            (b'(', _) | (0xE3, Some([0x80, 0x8A])) => depth += 1,
            (b')', _) | (0xE3, Some([0x80, 0x8B])) => depth = (depth - 1).max(0),
            _ => {}
        }
        if b != b' ' && b != b'\t' {
            after_break = is_break(b, tail);
        }
        i += len;
    }
    emit(piece.start + block_start..piece.end, block_marker);
}

/// Whether the character of bytes `b`, `tail` ends a sentence or clause,
/// so that a marker may follow it (each is one of `marks::Stops`).
fn is_break(b: u8, tail: Option<&[u8]>) -> bool {
    match (b, tail) {
        (b';' | b':' | b'!' | b'?' | b')', _) => true,
        // 。 E3 80 82; ； ！ ？ EF BC 9B / 81 / 9F (unfolded input).
        (0xE3, Some([0x80, 0x82])) => true,
        (0xEF, Some([0xBC, 0x9B | 0x81 | 0x9F])) => true,
        _ => false,
    }
}

fn could_start_marker(c: char) -> bool {
    c == '(' || c == '第' || c.is_ascii_digit() || crate::numerals::is_numeral_char(c) || {
        let u = c as u32;
        (0x2460..=0x2473).contains(&u)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split_blocks(t, 0)
            .into_iter()
            .map(|b| &t[b.range])
            .collect()
    }

    #[test]
    fn lines_and_blank_lines() {
        let t = "标题\n\n  一、总体要求\n  正文。\n";
        let b = split_blocks(t, 0);
        assert_eq!(texts(t), ["标题", "一、总体要求", "正文。"]);
        assert!(b[1].blank_before);
        assert!(!b[2].blank_before);
        assert_eq!(b[1].marker.unwrap().ordinal, 1);
    }

    #[test]
    fn flattened_document() {
        let t = "现制定如下分工方案。一、把实施好宏观政策,提高精准性(一)研究将财政资金直达。(财政部负责)具体措施:1.及时总结。(财政部牵头)2.简化程序。";
        assert_eq!(
            texts(t),
            [
                "现制定如下分工方案。",
                "一、把实施好宏观政策,提高精准性",
                "(一)研究将财政资金直达。(财政部负责)具体措施:",
                "1.及时总结。(财政部牵头)",
                "2.简化程序。"
            ]
        );
    }

    #[test]
    fn indentation_gaps_split_paragraphs() {
        let t = "各直属机构:  近年来,成效明显。  一、严格依法";
        assert_eq!(
            texts(t),
            ["各直属机构:", "近年来,成效明显。", "一、严格依法"]
        );
    }

    #[test]
    fn spaces_trimmed_as_trim_matches_would() {
        for s in [
            "",
            " ",
            "\t \t",
            " 甲 ",
            "甲",
            "\t甲 乙\t",
            "é ",
            " 😀",
            "\u{3000}甲\u{3000}",
        ] {
            assert_eq!(trim_spaces(s), s.trim_matches(is_space), "{s:?}");
        }
    }

    /// The walk `split_markers` replaced: every character decoded and
    /// looked at.
    fn split_markers_plain(text: &str, piece: Range<usize>) -> Vec<(Range<usize>, Option<Marker>)> {
        let mut numbering = Numbering::default();
        let mut out = Vec::new();
        let s = &text[piece.clone()];
        let first = marker_at(s).or_else(|| figure_item(s, &numbering));
        if let Some(m) = &first {
            numbering.accept(m);
        }
        let (mut block_start, mut block_marker) = (0, first);
        let mut depth: i32 = 0;
        let mut after_break = false;
        let skip = first.map_or(0, |m| m.len);
        for (i, c) in s.char_indices() {
            let loose_start = c == '(' || ('①'..='⑳').contains(&c);
            if (loose_start || after_break) && i >= skip && i > block_start && depth == 0 {
                if let Some(m) = marker_at(&s[i..]) {
                    let loose = matches!(m.style, Style::ChineseParen | Style::Circled);
                    if (after_break || loose) && numbering.plausible(&m) {
                        out.push((piece.start + block_start..piece.start + i, block_marker));
                        numbering.accept(&m);
                        block_start = i;
                        block_marker = Some(m);
                    }
                }
            }
            match c {
                '(' | '《' => depth += 1,
                ')' | '》' => depth = (depth - 1).max(0),
                _ => {}
            }
            if c != ' ' && c != '\t' {
                after_break = matches!(c, ';' | ':' | '!' | '?' | ')' | '。' | '；' | '！' | '？');
            }
        }
        out.push((piece.start + block_start..piece.end, block_marker));
        out
    }

    fn split_markers_fast(text: &str, piece: Range<usize>) -> Vec<(Range<usize>, Option<Marker>)> {
        let mut out = Vec::new();
        let marks = Marks::of(text);
        split_markers(
            text,
            piece,
            &marks,
            &mut Numbering::default(),
            &mut |r, m| out.push((r, m)),
        );
        out
    }

    #[test]
    fn marker_walk_agrees_with_a_plain_walk() {
        let mut texts = crate::test_support::corpus_lines();
        texts.extend(crate::test_support::folded_corpus(true));
        texts.extend(
            [
                "现制定如下分工方案。一、总体(一)研究。(财政部负责)具体措施:1.总结。2.简化。",
                "做好工作;①摸排。②整改。③验收",
                "《方案(2020年)》。二、落实！（一）加强？(二)完善；三、保障",
                "。。一、",
                "甲。 \t 二、乙",
            ]
            .map(String::from),
        );
        for t in &texts {
            let piece = 0..t.len();
            assert_eq!(
                split_markers_fast(t, piece.clone()),
                split_markers_plain(t, piece),
                "{t}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn marker_walk_agrees_on_any_text(t in "[一二三1-3()（）《》。;:；！？!?①②⑳、 甲.]{0,40}") {
            let piece = 0..t.len();
            proptest::prop_assert_eq!(split_markers_fast(&t, piece.clone()), split_markers_plain(&t, piece));
        }
    }

    #[test]
    fn no_false_splits() {
        let t = "坚持统一、规范,增长1.5亿元。按照(2016版)执行。";
        assert_eq!(texts(t), [t]);
        let t = "一、  总体要求";
        assert_eq!(texts(t), [t]);
    }
}
