//! The document kind (文种) from the title's last word.

use crate::text::words::WordsByFirst;
use crate::Kind;
use std::sync::LazyLock;

/// Kind words, longest first where one ends another (复函 before 函).
const KINDS: &[(&str, Kind)] = &[
    ("决议", Kind::Resolution),
    ("决定", Kind::Decision),
    ("命令", Kind::Order),
    ("公报", Kind::Communique),
    ("公告", Kind::Announcement),
    ("通告", Kind::PublicNotice),
    ("意见", Kind::Opinion),
    ("通知", Kind::Notice),
    ("通报", Kind::Circular),
    ("报告", Kind::Report),
    ("请示", Kind::Request),
    ("批复", Kind::Reply),
    ("议案", Kind::Motion),
    ("复函", Kind::Letter),
    ("纪要", Kind::Minutes),
    ("函", Kind::Letter),
    ("令", Kind::Order),
];

/// Genre words that end titles of enclosed documents or of documents outside
/// the 15 kinds; used to tell where a wrapped title ends.
const GENRES: &[&str] = &[
    "方案",
    "办法",
    "规定",
    "计划",
    "细则",
    "要点",
    "清单",
    "规划",
    "指引",
    "指南",
    "措施",
    "规则",
    "纲要",
    "条例",
    "章程",
    "任务分解表",
    "分工表",
    "工作表",
];

/// The title with trailing punctuation and qualifiers such as (试行) or
/// (征求意见稿) removed.
fn core(title: &str) -> &str {
    let mut t = title.trim_end_matches(|c: char| {
        c.is_whitespace() || ['。', '.', ';', '；', '"', '”', '》'].contains(&c)
    });
    for q in [
        "(试行)",
        "(暂行)",
        "(征求意见稿)",
        "(修订)",
        "(草案)",
        "(送审稿)",
    ] {
        if let Some(s) = t.strip_suffix(q) {
            t = s.trim_end();
        }
    }
    t
}

/// The kind named by the title's last word.
///
/// ```
/// use gongwen::Kind;
/// # use gongwen::elements::kind::kind_of_title;
/// assert_eq!(kind_of_title("盘锦市人民政府办公室印发关于“放管服”改革“回头看”发现问题整改意见的通知"), Kind::Notice);
/// assert_eq!(kind_of_title("国务院办公厅关于巴东县城滑坡问题的复函"), Kind::Letter);
/// assert_eq!(kind_of_title("古美路街道加强独居老人消防安全工作实施方案"), Kind::Other);
/// ```
pub fn kind_of_title(title: &str) -> Kind {
    let tail = unspaced_tail(title);
    let title = tail.as_deref().unwrap_or(title);
    let mut t = core(title);
    // A note in brackets after the kind word (…的通告(长垣市交通管理局),
    // …的决定(2008年修订)): the kind is before it.
    if let Some(open) = t.strip_suffix(')').and_then(|x| x.rfind('(')) {
        let before = core(&t[..open]);
        if KINDS.iter().any(|(w, _)| before.ends_with(w)) {
            t = before;
        }
    }
    KINDS
        .iter()
        .find(|(w, _)| t.ends_with(w))
        .map_or(Kind::Other, |&(_, k)| k)
}

/// A title whose last word is set letter by letter (…的批 复, …的通　知):
/// the title with the spaces inside that two-character word taken out.
fn unspaced_tail(title: &str) -> Option<String> {
    let t = title.trim_end();
    let last = t.chars().next_back().filter(|&c| crate::text::is_han(c))?;
    let before = t[..t.len() - last.len_utf8()].trim_end_matches([' ', '\u{3000}']);
    if before.len() + last.len_utf8() == t.len() {
        return None;
    }
    let first = before
        .chars()
        .next_back()
        .filter(|&c| crate::text::is_han(c))?;
    let word: String = [first, last].iter().collect();
    KINDS
        .iter()
        .any(|(w, _)| *w == word)
        .then(|| format!("{before}{last}"))
}

/// Whether the title is complete: it ends with a kind or genre word.
pub fn ends_with_kind_word(title: &str) -> bool {
    if let Some(t) = unspaced_tail(title) {
        return ends_with_kind_word(&t);
    }
    // A closing qualifier ((2023年版), (试行)) ends a title too.
    if title.trim_end().ends_with(')') {
        return true;
    }
    let t = core(title);
    KINDS.iter().any(|(w, _)| *w != "令" && t.ends_with(w))
        || GENRES.iter().any(|g| t.ends_with(g))
        || is_organs_order(t)
}

/// An organ's 令 (潍坊市人民政府令, 国务院令, 公安部令, 主席令): 令 after a
/// body, not in 命令-like words (指令, 法令, 口令).
fn is_organs_order(t: &str) -> bool {
    t.strip_suffix('令').is_some_and(|organ| {
        organ.ends_with(['府', '院', '部', '局', '委', '署', '厅', '席', '会'])
            && organ.chars().count() >= 2
    })
}

/// Byte offset just past the last kind word in `s`, if any (used to cut an
/// agency code off a title glued to it: …的通知国办发〔2014〕56号).
///
/// One walk over `s` comparing words only where one of their first
/// characters stands ([`WordsByFirst`]): an `rfind` per word built fifteen
/// searchers per call (`last_kind_word_end_matches_rfind` holds it to that).
pub(crate) fn last_kind_word_end(s: &str) -> Option<usize> {
    // The kind words of two characters or more (函 and 令 alone are too
    // common to cut at).
    static LONGER: LazyLock<WordsByFirst> = LazyLock::new(|| {
        let words: Vec<&'static str> = KINDS
            .iter()
            .map(|(w, _)| *w)
            .filter(|w| w.chars().nth(1).is_some())
            .collect();
        WordsByFirst::new(&words)
    });
    LONGER.find_iter(s).map(|(i, w)| i + w.len()).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`last_kind_word_end`] replaced: the end of each longer kind
    /// word's last occurrence, the largest.
    fn last_kind_word_end_by_rfind(s: &str) -> Option<usize> {
        KINDS
            .iter()
            .filter(|(w, _)| w.chars().nth(1).is_some())
            .filter_map(|(w, _)| s.rfind(w).map(|i| i + w.len()))
            .max()
    }

    proptest::proptest! {
        #[test]
        fn last_kind_word_end_matches_rfind_on_any_mix(
            s in "[决议定命令公报告通知意见请示批复案函纪要国办发a ]{0,24}"
        ) {
            proptest::prop_assert_eq!(last_kind_word_end(&s), last_kind_word_end_by_rfind(&s));
        }
    }

    #[test]
    fn last_kind_word_end_matches_rfind() {
        // Every longer kind word starts with a character the walk stops at.
        for (w, _) in KINDS.iter().filter(|(w, _)| w.chars().nth(1).is_some()) {
            assert_eq!(last_kind_word_end(w), Some(w.len()), "{w}");
        }
        let mut texts: Vec<String> = crate::test_support::corpus_lines();
        texts.extend(
            [
                "",
                "通知国办发",
                "关于印发…的通知通报",
                "决定决议",
                "复函函",
                "通通知",
                "令函",
                "意见的报告请示批复议案纪要公报公告通告命令",
            ]
            .map(String::from),
        );
        for t in &texts {
            // Whole lines, and each line's every suffix of up to 16
            // characters (the agency codes it is called on).
            assert_eq!(last_kind_word_end(t), last_kind_word_end_by_rfind(t), "{t}");
            for (i, _) in t.char_indices().rev().take(16) {
                let tail = &t[i..];
                assert_eq!(
                    last_kind_word_end(tail),
                    last_kind_word_end_by_rfind(tail),
                    "{tail}"
                );
            }
        }
    }

    #[test]
    fn all_fifteen_kinds() {
        let cases = [
            ("关于…的决议", Kind::Resolution),
            ("国务院关于…的决定", Kind::Decision),
            ("中华人民共和国主席令", Kind::Order),
            ("…动员命令", Kind::Order),
            ("第七次全国人口普查公报", Kind::Communique),
            ("关于…的公告", Kind::Announcement),
            ("关于…的通告", Kind::PublicNotice),
            ("关于…的指导意见", Kind::Opinion),
            ("关于印发…的通知", Kind::Notice),
            ("关于…情况的通报", Kind::Circular),
            ("关于…工作的报告", Kind::Report),
            ("关于…的请示", Kind::Request),
            ("国务院关于…的批复", Kind::Reply),
            ("关于提请审议…的议案", Kind::Motion),
            ("关于…的函", Kind::Letter),
            ("国务院办公厅关于…的复函", Kind::Letter),
            ("…座谈会纪要", Kind::Minutes),
            ("…管理办法(试行)", Kind::Other),
            ("…实施方案", Kind::Other),
        ];
        for (t, k) in cases {
            assert_eq!(kind_of_title(t), k, "{t}");
        }
    }

    #[test]
    fn complete_titles() {
        assert!(ends_with_kind_word(
            "国务院关于促进综合保税区高水平开放高质量发展的若干意见"
        ));
        assert!(!ends_with_kind_word("国务院关于促进综合保税区"));
        assert!(ends_with_kind_word(
            "本市系统化全域推进海绵城市建设的实施意见"
        ));
        assert!(ends_with_kind_word("广州市公共租赁住房保障办法(试行)"));
    }
}
