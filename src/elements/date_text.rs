//! Whole dates as written in a signature or print line: 2017年5月28日,
//! 二〇一七年五月二十八日, 2026年 4月 20 日, and 二0一三年八月六日 (pages typed
//! with the digit 0 for 〇).

use crate::numerals::parse_any;
use crate::Date;
use regex::Regex;
use std::sync::LazyLock;

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"([0-9]{4}|[〇○零OＯ一二三四五六七八九]{4}) *年 *([0-9]{1,2}|[一二三四五六七八九十]{1,3}) *月 *([0-9]{1,2}|[一二三四五六七八九十]{1,3}) *日",
    )
    .unwrap()
});

/// The date when `text` is exactly one date (spaces allowed).
///
/// ```
/// # use gongwen::elements::date_text::parse_full_date;
/// assert_eq!(parse_full_date("二〇一七年五月二十八日").unwrap().to_string(), "2017-05-28");
/// assert_eq!(parse_full_date("2026年 4月 20 日").unwrap().to_string(), "2026-04-20");
/// assert!(parse_full_date("2017年5月28日印发").is_none());
/// ```
pub fn parse_full_date(text: &str) -> Option<Date> {
    let t = text.trim();
    // A date line is short and ends with 日; most blocks are neither.
    if t.len() > 60 || !t.ends_with('日') {
        return None;
    }
    let (date, range) = find_date(t)?;
    (range == (0..t.len())).then_some(date)
}

/// The first whole date in `text` and its byte range.
pub fn find_date(text: &str) -> Option<(Date, std::ops::Range<usize>)> {
    find_date_as_written(text).or_else(|| {
        // 二0一三年: the digit 0 among Chinese digits stands for 〇. Read
        // again with each 0 as O (one byte too, so the ranges hold), only
        // where the text as written holds no date: a 0 in the pattern's
        // class cost every date search more than these pages are worth.
        text.contains('0')
            .then(|| find_date_as_written(&text.replace('0', "O")))
            .flatten()
    })
}

fn find_date_as_written(text: &str) -> Option<(Date, std::ops::Range<usize>)> {
    for caps in DATE.captures_iter(text) {
        let y = parse_any(&caps[1])?;
        let m = parse_any(&caps[2]);
        let d = parse_any(&caps[3]);
        if let (Ok(y), Some(m), Some(d)) = (i32::try_from(y), m, d) {
            if let Some(date) = Date::new(y, m, d) {
                return Some((date, caps.get(0)?.range()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        // A page typed with the digit 0 for 〇 (国务院, 2013).
        assert_eq!(
            parse_full_date("二0一三年八月六日").unwrap().to_string(),
            "2013-08-06"
        );
        assert_eq!(
            parse_full_date("二00九年十二月一日").unwrap().to_string(),
            "2009-12-01"
        );
        assert_eq!(
            parse_full_date("2017年5月28日").unwrap().to_string(),
            "2017-05-28"
        );
        assert_eq!(
            parse_full_date("一九九九年十月三十一日")
                .unwrap()
                .to_string(),
            "1999-10-31"
        );
        assert_eq!(
            parse_full_date("二○二二年七月二十日").unwrap().to_string(),
            "2022-07-20"
        );
        assert!(parse_full_date("2017年2月30日").is_none());
        assert!(parse_full_date("2017年5月").is_none());
    }
}
