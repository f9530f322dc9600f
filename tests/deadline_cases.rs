//! Properties of the deadline reader over arbitrary text: it never panics,
//! spans are exact, ordered and disjoint, and `find_deadlines` agrees with
//! `parse_deadline` on each raw phrase it returns.

use gongwen::extract::deadline::{find_deadlines, parse_deadline, year_context};
use gongwen::Date;
use proptest::prelude::*;

fn check(text: &str, doc: Option<Date>) {
    let p = parse_deadline(text, doc);
    assert_eq!(p.raw, text);
    assert_eq!(p.span.range(), 0..text.len());
    let found = find_deadlines(text, doc);
    let mut last_end = 0;
    for (k, d) in found.iter().enumerate() {
        assert!(d.span.start >= last_end, "overlap or disorder in {text:?}");
        assert!(d.span.start < d.span.end, "empty span in {text:?}");
        assert_eq!(d.span.text(text), Some(d.raw.as_str()));
        last_end = d.span.end;
        // Typing a found phrase is the same as reading it as a label, read
        // against the date it was read against (the deadline before it in the
        // same sentence, else the document's).
        let context = year_context(text, k.checked_sub(1).map(|j| &found[j]), d.span.start, doc);
        let again = parse_deadline(&d.raw, context);
        assert_eq!(
            (
                again.kind,
                again.start,
                again.due,
                again.then_ongoing,
                again.aim
            ),
            (d.kind, d.start, d.due, d.then_ongoing, d.aim),
            "{:?}",
            d.raw
        );
        if let Some(due) = d.due {
            if let Some(start) = d.start {
                assert!(start <= due, "{:?}", d.raw);
            }
        }
    }
}

/// Characters the grammar cares about, so random strings hit its corners.
const ALPHABET: &str = "[0-9年月日号底末前内之以至到—\\-.每季度第上下半旬中初一二三四五六七八九十廿〇○零今明本当力争取视情况按照适时推进长期持续坚常态化立即起并完成,;。()〔〕份个工作两]{0,40}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn grammar_alphabet(s in ALPHABET, dated in any::<bool>()) {
        let doc = if dated { Date::new(2017, 5, 28) } else { None };
        check(&s, doc);
    }

    #[test]
    fn any_unicode(s in any::<String>()) {
        check(&s, Date::new(2020, 11, 20));
    }
}

#[test]
fn long_inputs_stay_fast() {
    // Quadratic behaviour would make these take minutes in a debug build.
    let inputs = [
        "2017年".repeat(20_000),
        "1".repeat(100_000),
        "一".repeat(50_000),
        "年".repeat(50_000),
        "适时推进".repeat(10_000),
        "每月".repeat(20_000),
        "力争".repeat(20_000),
        "视情况,力争2017年底前".repeat(5_000),
        "2017年6月末前完成建设".repeat(5_000) + ",并长期推进",
        "7月至".repeat(20_000),
    ];
    let t = std::time::Instant::now();
    for s in &inputs {
        check(s, Date::new(2017, 5, 28));
    }
    assert!(t.elapsed().as_secs() < 60, "took {:?}", t.elapsed());
}

#[test]
fn real_phrases() {
    let doc = Date::new(2020, 6, 1);
    let cases: &[(&str, &str)] = &[
        ("该项工作于2019年4月底前完成", "2019-04-30"),
        ("原则上于2019年9月底前完成", "2019-09-30"),
        ("以上工作要在2019年2月底前完成", "2019-02-28"),
        ("各地要于2016年底前完成", "2016-12-31"),
        ("监管网格划分方案要于2015年底前制定", "2015-12-31"),
        ("2020年12月底前完成", "2020-12-31"),
        ("12月底前", "2020-12-31"),
        ("到2025年,全市海绵城市建设面积达到45%", "2025-12-31"),
    ];
    for (text, due) in cases {
        let found = find_deadlines(text, doc);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(
            found[0].due.map(|d| d.to_string()).as_deref(),
            Some(*due),
            "{text}"
        );
    }
}
