//! Counts a document declares about itself: 共梳理出7个方面21条问题,提出了37条整改措施.
//!
//! The keywords (问题, 措施, 任务, 个方面) are found first, all in one search,
//! and only the few bytes before each are matched against the number
//! pattern: a regex with a numeral class up front would try every 一 and 二
//! of the document.

use crate::numerals::parse_any;
use crate::DeclaredCounts;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

const NUM: &str = r"([0-9]{1,4}|[一二三四五六七八九十百零两]{1,6})";

static CATEGORIES: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"{NUM}$")).unwrap());
static PROBLEMS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{NUM}(?:条|个|项)(?:突出|主要|具体|典型)?$")).unwrap());
static MEASURES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{NUM}(?:条|项|个)(?:具体)?(?:整改)?$")).unwrap());
static TASKS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{NUM}(?:项|个|条)(?:重点|主要|具体)?$")).unwrap());

/// The count before the `keyword` found at byte `k` of `t`, if `before`
/// matches one there: the count and the range from the number to the end
/// of the keyword.
fn count_at(t: &str, k: usize, keyword: &str, before: &Regex) -> Option<(u32, Range<usize>)> {
    let mut start = k.saturating_sub(30);
    while !t.is_char_boundary(start) {
        start += 1;
    }
    // The count's last digit sits at most four characters before the
    // keyword (7个方面, 21条突出问题): skip the regex when none is there.
    let numeral_near = t[start..k].chars().rev().take(4).any(|c| {
        c.is_ascii_digit()
            || [
                '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '零', '两',
            ]
            .contains(&c)
    });
    if !numeral_near {
        return None;
    }
    let c = before.captures(&t[start..k])?;
    let (n, m) = (parse_any(&c[1])?, c.get(0)?);
    Some((n, start + m.start()..k + keyword.len()))
}

/// The keywords of the counts, in [`declared_counts`]'s order.
const KEYWORDS: [&str; 4] = ["问题", "个方面", "措施", "任务"];

/// The first of each of [`KEYWORDS`] in `t` preceded by a count (see
/// [`count_at`]). One search finds every keyword (they share no
/// character, so its matches are those of four separate searches) and it
/// stops once each has its count.
fn first_counts(t: &str) -> [Option<(u32, Range<usize>)>; 4] {
    static ANY: LazyLock<Regex> = LazyLock::new(|| Regex::new(&KEYWORDS.join("|")).unwrap());
    let before: [&Regex; 4] = [&PROBLEMS, &CATEGORIES, &MEASURES, &TASKS];
    let mut found: [Option<(u32, Range<usize>)>; 4] = Default::default();
    for m in ANY.find_iter(t) {
        let Some(k) = KEYWORDS.iter().position(|w| *w == m.as_str()) else {
            continue;
        };
        if found[k].is_none() {
            found[k] = count_at(t, m.start(), KEYWORDS[k], before[k]);
            if found.iter().all(Option::is_some) {
                break;
            }
        }
    }
    found
}

/// The declared counts in `t` and the range of each statement found.
pub fn declared_counts(t: &str) -> (DeclaredCounts, Vec<Range<usize>>) {
    let mut counts = DeclaredCounts::default();
    let mut ranges = Vec::new();
    let [problems, categories, measures, tasks] = first_counts(t);
    // 个方面 counts categories only when it belongs to a problem statement.
    if let Some((n, r)) = categories {
        if problems
            .as_ref()
            .is_some_and(|(_, p)| p.start >= r.end && p.start - r.end < 12)
        {
            counts.categories = Some(n);
            ranges.push(r);
        }
    }
    if let Some((n, r)) = problems {
        counts.problems = Some(n);
        ranges.push(r);
    }
    if let Some((n, r)) = measures {
        counts.measures = Some(n);
        ranges.push(r);
    }
    if let Some((n, r)) = tasks {
        counts.tasks = Some(n);
        ranges.push(r);
    }
    (counts, ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One search for all keywords finds what a search per keyword finds.
    #[test]
    fn one_search_agrees_with_one_per_keyword() {
        let before: [&Regex; 4] = [&PROBLEMS, &CATEGORIES, &MEASURES, &TASKS];
        let mut texts = crate::test_support::folded_corpus(true);
        texts.push("问题个方面措施任务3个方面5个问题,2项措施;4项任务1个问题".into());
        for t in &texts {
            let per_keyword: Vec<_> = KEYWORDS
                .iter()
                .zip(before)
                .map(|(w, re)| {
                    memchr::memmem::find_iter(t.as_bytes(), w.as_bytes())
                        .find_map(|k| count_at(t, k, w, re))
                })
                .collect();
            assert_eq!(first_counts(t).to_vec(), per_keyword);
        }
    }

    #[test]
    fn seed_statement() {
        let t = "共梳理出7个方面21条问题,提出了37条整改措施,制定了";
        let (c, r) = declared_counts(t);
        assert_eq!(c.categories, Some(7));
        assert_eq!(c.problems, Some(21));
        assert_eq!(c.measures, Some(37));
        assert_eq!(c.tasks, None);
        assert_eq!(&t[r[0].clone()], "7个方面");
        assert_eq!(&t[r[2].clone()], "37条整改措施");
    }

    #[test]
    fn chinese_numerals_and_tasks() {
        let (c, _) = declared_counts("梳理出三个方面十二个问题,明确了二十项重点任务");
        assert_eq!(
            (c.categories, c.problems, c.tasks),
            (Some(3), Some(12), Some(20))
        );
    }

    #[test]
    fn keywords_without_counts() {
        let (c, _) = declared_counts("存在的问题和整改措施,主要任务如下");
        assert_eq!(c, DeclaredCounts::default());
    }
}
