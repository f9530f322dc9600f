//! Outline markers (序号): 一、 （一） 1. 1、 （1） ① 第X章 第X节 第X条 第X部分.
//!
//! Recognised on width-folded text, so `（一）` arrives as `(一)` and `１．` as
//! `1.`; ① is never folded (see [`crate::text::normalize`]).

use crate::numerals::{
    circled_value, is_numeral_char, numeral_prefix_len, parse_any, parse_chinese,
};

/// The numbering style of a marker. Nesting comes from the order styles
/// appear in; [`Style::level`] is the style's conventional rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// 一、
    ChineseComma,
    /// （一） / (一)
    ChineseParen,
    /// 1. / 1． / 1、
    ArabicDot,
    /// （1） / (1)
    ArabicParen,
    /// ①
    Circled,
    /// 第一部分
    Part,
    /// 第一章
    Chapter,
    /// 第一节
    Section,
    /// 第一条
    Article,
}

impl Style {
    /// The level recorded in the JSON (`Node.level`).
    pub fn level(self) -> u8 {
        match self {
            Style::ChineseComma => 1,
            Style::ChineseParen => 2,
            Style::ArabicDot => 3,
            Style::ArabicParen => 4,
            Style::Circled => 5,
            Style::Part | Style::Chapter => 6,
            Style::Section => 7,
            Style::Article => 8,
        }
    }

    /// Styles that open a new article-like unit whose text commonly runs on
    /// the same line (第X条 …).
    pub fn is_numbered_heading(self) -> bool {
        matches!(
            self,
            Style::Part | Style::Chapter | Style::Section | Style::Article
        )
    }
}

/// A marker found at the start of some text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// Its style.
    pub style: Style,
    /// The number it denotes.
    pub ordinal: u32,
    /// Its length in bytes (folded text), not counting following spaces.
    pub len: usize,
}

/// The marker at the very start of `s`, if any.
///
/// Most texts asked (every sentence, every block) open with a character no
/// marker opens with: they are turned away here, inline, by that character
/// alone (a numeral, an ASCII digit, `(`, 第 or a circled number opens one).
#[inline]
pub fn marker_at(s: &str) -> Option<Marker> {
    let first = s.chars().next()?;
    let may_open = first.is_ascii_digit()
        || first == '('
        || first == '第'
        || is_numeral_char(first)
        || circled_value(first).is_some();
    if !may_open {
        return None;
    }
    marker_opening_with(s, first)
}

/// An item marker followed by a figure (2.50个小区新增…, 4.460个居村…), which
/// [`marker_at`] reads as a number: `N.` before a digit, N of at most three
/// digits. Only the numbering around it tells which it is (item 2 after
/// item 1), so the block splitter asks it where the numbering expects N.
pub(crate) fn marker_before_figure(s: &str) -> Option<Marker> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 3 {
        return None;
    }
    let after = s[n..].strip_prefix('.')?;
    // The figure opens text (50个小区…): a table cell of a figure alone
    // (5.64) or of figures (0.55 1.20) is a number.
    let figure = after.bytes().take_while(u8::is_ascii_digit).count();
    let text = &after[figure..];
    if figure == 0 || text.chars().take(2).count() < 2 || !text.starts_with(|c: char| !c.is_ascii())
    {
        return None;
    }
    Some(Marker {
        style: Style::ArabicDot,
        ordinal: s[..n].parse().ok()?,
        len: n + 1,
    })
}

/// [`marker_at`] once `s`'s first character may open a marker.
fn marker_opening_with(s: &str, first: char) -> Option<Marker> {
    if let Some(v) = circled_value(first) {
        return Some(Marker {
            style: Style::Circled,
            ordinal: v,
            len: first.len_utf8(),
        });
    }
    if first == '(' {
        let inner = &s[1..];
        // The number is at most 12 bytes: look no further for its `)`
        // (a `(` opening a long aside would send a search to the text's end).
        let window = &inner.as_bytes()[..inner.len().min(13)];
        let close = window.iter().position(|&b| b == b')')?;
        if close == 0 {
            return None;
        }
        let num = &inner[..close];
        let len = close + 2;
        if num.bytes().all(|b| b.is_ascii_digit()) {
            if num.len() > 3 {
                return None;
            }
            return Some(Marker {
                style: Style::ArabicParen,
                ordinal: num.parse().ok()?,
                len,
            });
        }
        if numeral_prefix_len(num) == num.len() {
            return Some(Marker {
                style: Style::ChineseParen,
                ordinal: parse_chinese(num)?,
                len,
            });
        }
        return None;
    }
    if first.is_ascii_digit() {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        if n > 3 {
            return None;
        }
        let rest = &s[n..];
        let sep = rest.chars().next()?;
        if sep != '.' && sep != '、' {
            return None;
        }
        let after = &rest[sep.len_utf8()..];
        // 1.5亿 or 2.3.1 are numbers, not markers.
        // 1.5亿 or 2.3.1 are numbers, not markers; but 3.2020年底前… is item 3
        // opening with a year (its ． was full-width before folding).
        let opens_with_year = after.len() >= 7
            && after.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && after[4..].starts_with('年')
            && (after.starts_with("19") || after.starts_with("20"));
        if after.starts_with(|c: char| c.is_ascii_digit()) && !opens_with_year {
            return None;
        }
        return Some(Marker {
            style: Style::ArabicDot,
            ordinal: s[..n].parse().ok()?,
            len: n + sep.len_utf8(),
        });
    }
    if first == '第' {
        let rest = &s['第'.len_utf8()..];
        let n = if rest.starts_with(|c: char| c.is_ascii_digit()) {
            rest.bytes().take_while(u8::is_ascii_digit).count().min(4)
        } else {
            numeral_prefix_len(rest)
        };
        if n == 0 || n > 15 {
            return None;
        }
        let ordinal = parse_any(&rest[..n])?;
        let unit = &rest[n..];
        let (style, ulen) = if unit.starts_with("部分") {
            (Style::Part, "部分".len())
        } else if unit.starts_with('章') {
            (Style::Chapter, '章'.len_utf8())
        } else if unit.starts_with('节') {
            (Style::Section, '节'.len_utf8())
        } else if unit.starts_with('条') {
            (Style::Article, '条'.len_utf8())
        } else {
            return None;
        };
        let after = &unit[ulen..];
        // 第三条规定 in running text is a reference, not a heading; the
        // in-line splitter (stage 2) only accepts 第X条 after a sentence end,
        // so here a heading may run straight on (第十八条市、区人民政府应当…),
        // except into words that mark a reference.
        let reference = ["规定", "所称", "所列", "的", "中", "之"]
            .iter()
            .any(|w| after.starts_with(w));
        if reference && style == Style::Article {
            return None;
        }
        return Some(Marker {
            style,
            ordinal,
            len: '第'.len_utf8() + n + ulen,
        });
    }
    let n = numeral_prefix_len(s);
    if n > 0 && n <= 12 {
        // 四、 and, with a stray space a conversion left, 四 、.
        let space = usize::from(s[n..].starts_with(" 、"));
        if s[n + space..].starts_with('、') {
            return Some(Marker {
                style: Style::ChineseComma,
                ordinal: parse_chinese(&s[..n])?,
                len: n + space + '、'.len_utf8(),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    /// The first-character test in `marker_at` turns away only texts the
    /// full reading would turn away too: every character of the basic plane
    /// and the first astral ones, before each way a marker continues.
    #[test]
    fn first_character_test_drops_no_marker() {
        for c in (0u32..0x1_1000).filter_map(char::from_u32) {
            for tail in ["、甲", ".甲", ")甲", "章甲", "条甲", "甲", "十、", "1)", ""] {
                let s = format!("{c}{tail}");
                assert_eq!(marker_at(&s), marker_opening_with(&s, c), "{s}");
            }
        }
    }

    use super::*;

    fn m(s: &str) -> Option<(Style, u32, usize)> {
        marker_at(s).map(|m| (m.style, m.ordinal, m.len))
    }

    #[test]
    fn every_style() {
        use Style::*;
        assert_eq!(m("一、严格做好整改落实"), Some((ChineseComma, 1, 6)));
        assert_eq!(m("二十一、其他"), Some((ChineseComma, 21, 12)));
        assert_eq!(m("(一)对于市住建委"), Some((ChineseParen, 1, 5)));
        assert_eq!(m("(二十一)市农委"), Some((ChineseParen, 21, 11)));
        assert_eq!(m("(一百零二)x"), Some((ChineseParen, 102, 14)));
        assert_eq!(m("1.由市、区编委办"), Some((ArabicDot, 1, 2)));
        assert_eq!(m("12、加强"), Some((ArabicDot, 12, 5)));
        assert_eq!(m("(1)加强"), Some((ArabicParen, 1, 3)));
        assert_eq!(m("3.2020年底前开展"), Some((ArabicDot, 3, 2)));
        assert_eq!(m("(12)加强"), Some((ArabicParen, 12, 4)));
        assert_eq!(m("①加强"), Some((Circled, 1, 3)));
        assert_eq!(m("⑳加强"), Some((Circled, 20, 3)));
        assert_eq!(m("第三章 总则"), Some((Chapter, 3, 9)));
        assert_eq!(m("第十二条 本办法"), Some((Article, 12, 12)));
        assert_eq!(m("第一部分"), Some((Part, 1, 12)));
        assert_eq!(m("第二节 x"), Some((Section, 2, 9)));
    }

    #[test]
    fn not_markers() {
        for s in [
            "1.5亿元",
            "2017年",
            "(2016版)",
            "(经济区)",
            "第三条规定",
            "一是加强",
            "2024.",
            "",
            "(",
            "(一",
            "市住建委",
            "十十、",
        ] {
            assert_eq!(marker_at(s), None, "{s}");
        }
    }
}
