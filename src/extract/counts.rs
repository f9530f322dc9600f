//! Counts a document declares about itself: 共梳理出7个方面21条问题,提出了37条整改措施.

use crate::numerals::parse_any;
use crate::DeclaredCounts;
use regex::Regex;
use std::sync::LazyLock;

const NUM: &str = r"([0-9]{1,4}|[一二三四五六七八九十百零两]{1,6})";

static CATEGORIES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{NUM}个方面")).unwrap());
static PROBLEMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"{NUM}(?:条|个|项)(?:突出|主要|具体|典型)?问题")).unwrap()
});
static MEASURES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{NUM}(?:条|项|个)(?:具体)?(?:整改)?措施")).unwrap());
static TASKS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{NUM}(?:项|个|条)(?:重点|主要|具体)?任务")).unwrap());

fn first(re: &Regex, t: &str) -> Option<(u32, std::ops::Range<usize>)> {
    re.captures_iter(t)
        .find_map(|c| Some((parse_any(&c[1])?, c.get(0)?.range())))
}

/// The declared counts in `t` and the range of each statement found.
pub fn declared_counts(t: &str) -> (DeclaredCounts, Vec<std::ops::Range<usize>>) {
    let mut counts = DeclaredCounts::default();
    let mut ranges = Vec::new();
    let problems = first(&PROBLEMS, t);
    // 个方面 counts categories only when it belongs to a problem statement.
    if let Some((n, r)) = first(&CATEGORIES, t) {
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
    if let Some((n, r)) = first(&MEASURES, t) {
        counts.measures = Some(n);
        ranges.push(r);
    }
    if let Some((n, r)) = first(&TASKS, t) {
        counts.tasks = Some(n);
        ranges.push(r);
    }
    (counts, ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_statement() {
        let (c, _) = declared_counts("共梳理出7个方面21条问题,提出了37条整改措施,制定了");
        assert_eq!(c.categories, Some(7));
        assert_eq!(c.problems, Some(21));
        assert_eq!(c.measures, Some(37));
        assert_eq!(c.tasks, None);
    }

    #[test]
    fn chinese_numerals_and_tasks() {
        let (c, _) = declared_counts("梳理出三个方面十二个问题,明确了二十项重点任务");
        assert_eq!(
            (c.categories, c.problems, c.tasks),
            (Some(3), Some(12), Some(20))
        );
    }
}
