//! Deadlines (完成时限): 2017年6月末前, 年底前, 长期推进, 适时推进…
//!
//! Two entry points share one small date grammar (written with `nom`):
//! [`parse_deadline`] reads a labelled value leniently (a bare `2023年6月` is a
//! deadline there), while [`find_deadlines`] scans running text and keeps only
//! phrases that actually set a deadline (a date followed by 前/以前/之前/内, or
//! introduced by 到/力争, keyword forms, recurring 每月…前), so narrative dates and
//! document numbers (〔2017〕69号) give nothing.
//!
//! Every phrase found by [`find_deadlines`] is typed by calling
//! [`parse_deadline`] on its raw text, so both functions always agree.
//!
//! Linear time: the scanner tries the grammar only where a numeral run or a
//! keyword starts, each attempt reads a bounded number of tokens, and all
//! look-behinds use a fixed window.

use std::ops::Range;
use std::sync::LazyLock;

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{anychar, one_of};
use nom::combinator::{map, map_opt, opt, peek, success, value, verify};
use nom::sequence::{preceded, terminated};
use nom::IResult;
use regex::Regex;

use crate::numerals::{digit_value, parse_chinese, parse_digits};
use crate::text::marks::Anchors;
use crate::{Date, Deadline, DeadlineKind, Span};

/// Read a deadline phrase, e.g. the value of a 完成时限 label.
///
/// The input is already width-folded (ASCII digits and `(`, `)`, `:`, `,`,
/// `;`). Year-less forms (年底前, 6月末前, 上半年) are resolved against
/// `doc_date`; without it their `due` stays `None` but the kind is still set.
/// The span of the result is `0..raw.len()`.
pub fn parse_deadline(raw: &str, doc_date: Option<Date>) -> Deadline {
    let mut d = Deadline {
        raw: raw.to_string(),
        kind: DeadlineKind::Unspecified,
        start: None,
        due: None,
        then_ongoing: false,
        aim: raw.contains("力争") || raw.contains("争取"),
        condition: condition_of(raw),
        span: Span::new(0, raw.len()),
    };

    // The first date that is not a starting point (2017年起, 今年以来).
    let hit = scan_dates(raw)
        .into_iter()
        .find(|h| !starts_from(&raw[h.end..]));
    // 每年2月底前: the recurrence word governs a date that follows it.
    let recurring_at = RECURRING.find(raw).map(|m| m.start());
    if let Some(r) = recurring_at {
        if hit.as_ref().is_none_or(|h| r < h.start) {
            d.kind = DeadlineKind::Recurring;
            return d;
        }
    }

    // Every plan's name ends in 五: one character search turns the others away.
    if hit.is_none() && raw.contains('五') {
        if let Some((start, due, whole)) = plan_period(raw) {
            // “十四五”期间: the plan's five years; “十四五”末: its last year.
            d.kind = if whole {
                DeadlineKind::Range
            } else {
                DeadlineKind::ByDate
            };
            d.start = start;
            d.due = due;
            return d;
        }
    }

    if let Some(h) = hit {
        let (start, due) = resolve(h.found, doc_date);
        d.start = start;
        d.due = due;
        d.kind = match h.found {
            Found::Point(_) => DeadlineKind::ByDate,
            Found::Range(..) => DeadlineKind::Range,
        };
        let after = &raw[h.end..];
        d.then_ongoing = ONGOING_WORD
            .find_iter(after)
            .any(|m| opens_follow_up(&after[..m.start()]));
        return d;
    }

    // A period counted from the document's issue (本通知印发之日起30日内):
    // its last day, when the document is dated; working days are not
    // counted (holidays move them).
    if raw.ends_with('内') {
        if let Some(due) = issued_period_end(raw, doc_date) {
            d.kind = DeadlineKind::ByDate;
            d.due = Some(due);
            return d;
        }
    }

    d.kind = if IMMEDIATE_WORD.is_match(raw) {
        DeadlineKind::Immediate
    } else if raw.contains("适时") {
        DeadlineKind::AsAppropriate
    } else if ONGOING_WORD.is_match(raw) {
        DeadlineKind::Ongoing
    } else {
        DeadlineKind::Unspecified
    };
    d
}

/// The last day of a period that counts from the document's issue
/// (印发之日起30日内, 印发后3个月内, 两年内): `raw` as [`duration_before`]
/// finds it.
fn issued_period_end(raw: &str, doc_date: Option<Date>) -> Option<Date> {
    let doc_date = doc_date?;
    if !ISSUE_VERBS.iter().any(|w| raw.contains(w)) {
        return None;
    }
    let body = raw.strip_suffix('内')?;
    let body = body
        .strip_suffix('之')
        .or_else(|| body.strip_suffix('以'))
        .unwrap_or(body);
    let (figures, unit) = period_ending(body)?;
    let n = figure_value(&body[figures])?;
    match unit {
        "日" | "天" => doc_date.plus_days(n),
        "周" | "星期" => doc_date.plus_days(n * 7),
        "月" => doc_date.plus_months(n),
        "年" => doc_date.plus_months(n * 12),
        // Working days: holidays move them.
        _ => None,
    }
}

/// The value of a figure written in digits or in Chinese numerals (30, 三十, 两).
fn figure_value(s: &str) -> Option<u32> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let s = s.replace('两', "二");
    crate::numerals::parse_chinese(&s)
}

/// A five-year plan's period named as a deadline (a table's 完成时限 cell):
/// “十四五”期间 / 十四五时期 / “十四五”内 → its five years (2021-01-01 to
/// 2025-12-31), “十四五”末 / 十四五末期 → by the end of its last year. From
/// the third plan (1966–1970) on they follow each other every five years;
/// the sixth onwards are written 六五 … 十五五.
fn plan_period(raw: &str) -> Option<(Option<Date>, Option<Date>, bool)> {
    const PLANS: [(&str, i32); 10] = [
        ("十五五", 15),
        ("十四五", 14),
        ("十三五", 13),
        ("十二五", 12),
        ("十一五", 11),
        ("十五", 10),
        ("九五", 9),
        ("八五", 8),
        ("七五", 7),
        ("六五", 6),
    ];
    let (at, name, n) = PLANS
        .iter()
        .filter_map(|&(name, n)| raw.find(name).map(|at| (at, name, n)))
        .min_by_key(|&(at, name, _)| (at, std::cmp::Reverse(name.len())))?;
    // 十五 inside 十五五 is the longer name's (found first at the same place).
    let rest = raw[at + name.len()..].trim_start_matches(['”', '"', '’', '\'']);
    let first = 1966 + (n - 3) * 5;
    if ["期间", "时期", "内", "规划期"]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        return Some((Date::new(first, 1, 1), Date::new(first + 4, 12, 31), true));
    }
    if ["末", "期末"].iter().any(|w| rest.starts_with(w)) {
        return Some((None, Date::new(first + 4, 12, 31), false));
    }
    None
}

/// Find the deadline phrases in running text (a task's own sentence).
///
/// Spans are relative to `text`, `raw` is exactly `&text[span]`, results are
/// in document order and never overlap. Only phrases that set a deadline are
/// returned: a bare narrative date (2016年,各县区…) or a document number
/// (〔2017〕69号) gives nothing.
pub fn find_deadlines(text: &str, doc_date: Option<Date>) -> Vec<Deadline> {
    find_deadlines_with(
        text,
        doc_date,
        words_and_durations(text).into_iter(),
        Anchors::positions(text.as_bytes()),
    )
}

/// The keyword forms (长期推进, 每月…) in `text`, in order: what
/// [`find_deadlines`] reads besides dates.
pub(crate) fn running_words(text: &str) -> Vec<Range<usize>> {
    words_and_durations(text)
}

/// [`find_deadlines`] given the keyword forms in `text` (ranges within it,
/// as [`running_words`] finds them) and where its date anchors start (as
/// [`Anchors`] finds them). A caller reading many pieces of one document
/// searches the whole text once and hands each piece its share: one search
/// of a long text costs less than one per paragraph.
pub(crate) fn find_deadlines_with(
    text: &str,
    doc_date: Option<Date>,
    words: impl Iterator<Item = Range<usize>>,
    anchors: impl Iterator<Item = usize>,
) -> Vec<Deadline> {
    let mut cands: Vec<Cand> = Vec::new();

    // A date sets a deadline only with a word around it (前, 到, 完成…) or as
    // a range; in ASCII text without a range sign (a table cell of figures:
    // 0.55, 2.26, 2021) neither can be, and the dates are not looked for.
    // `figures_set_no_deadline` tries such texts.
    let dates = if text.is_ascii() && !text.contains(['-', '~']) {
        Vec::new()
    } else {
        scan_dates_from(text, anchors)
    };
    // Dates listed before one marker (于2019年4月15日、7月15日、10月15日及
    // 2020年1月15日前) each set a date: walked from the last, a date joined
    // to the next accepted one by 、 及 和 or 以及 shares its marker.
    let mut accepted: Vec<Option<(usize, usize)>> =
        dates.iter().map(|h| accept_date(text, h)).collect();
    // Whether date k ends a list at its marker, or is in one.
    let mut shares_marker: Vec<bool> = accepted
        .iter()
        .zip(&dates)
        .map(|(a, h)| a.is_some_and(|(_, end)| end > h.end))
        .collect();
    // 请于3月30日、6月30日、9月30日分三次上报: a list after 于, handed in
    // after its last date, sets each date though none is followed by 前.
    let joined_at = |k: usize| {
        matches!(
            &text[dates[k].end..dates[k + 1].start],
            "、" | "及" | "和" | "以及" | ","
        )
    };
    let mut k = 0;
    while k < dates.len() {
        let mut last = k;
        while last + 1 < dates.len() && joined_at(last) {
            last += 1;
        }
        if last > k
            && after_yu(&text[..dates[k].start])
            && submits(&text[dates[last].end..])
            && (k..=last).all(|j| matches!(dates[j].found, Found::Point(_)))
        {
            for j in k..=last {
                if accepted[j].is_none() {
                    accepted[j] = Some((dates[j].start, dates[j].end));
                }
            }
        }
        k = last + 1;
    }
    for k in (0..dates.len().saturating_sub(1)).rev() {
        let joined = joined_at(k);
        if joined && shares_marker[k + 1] && matches!(dates[k].found, Found::Point(_)) {
            if accepted[k].is_none() {
                accepted[k] = Some((dates[k].start, dates[k].end));
            }
            shares_marker[k] = true;
        }
    }
    for (start, end) in accepted.into_iter().flatten() {
        cands.push(Cand {
            start,
            end,
            what: What::Date,
        });
    }
    // One search for both word forms (they share no character, so the
    // matches are exactly those of two separate searches).
    for m in words {
        let s = &text[m.clone()];
        if s.starts_with('每') {
            if let Some(end) = recurring_end(text, m.start, m.end) {
                cands.push(Cand {
                    start: m.start,
                    end,
                    what: What::Recurring,
                });
            }
            continue;
        }
        if s == "常态化" && names_a_mechanism(&text[m.end..]) {
            continue;
        }
        // 可持续开展, 可持续发展: sustainable, not work that goes on.
        if s.starts_with("持续") && text[..m.start].ends_with('可') {
            continue;
        }
        let what = if s.ends_with('前') || s.ends_with('内') {
            // 防汛前期 is the anti-flood work's early stage.
            if s.starts_with('汛') && text[..m.start].ends_with('防') {
                continue;
            }
            What::Undated
        } else if s.starts_with("适时") {
            What::AsAppropriate
        } else if IMMEDIATE_WORD.is_match(s) {
            What::Immediate
        } else {
            What::Ongoing
        };
        cands.push(Cand {
            start: m.start,
            end: m.end,
            what,
        });
    }

    // Earliest first, longest first at the same start; keep non-overlapping.
    cands.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut picked: Vec<Cand> = Vec::new();
    for c in cands {
        if picked.last().is_none_or(|p| c.start >= p.end) {
            picked.push(c);
        }
    }

    // "…前完成…,并长期推进": a dated milestone then ongoing work is one deadline.
    let mut merged: Vec<Cand> = Vec::new();
    for c in picked {
        if let Some(prev) = merged.last_mut() {
            let gap = &text[prev.end..c.start];
            if prev.what == What::Date
                && c.what == What::Ongoing
                && !gap.contains(['。', ';', '；', '\n'])
                && opens_follow_up(gap)
            {
                prev.end = c.end;
                continue;
            }
        }
        merged.push(c);
    }

    // Pull in the condition the deadline depends on (视…情况,力争…; 按…部署适时推进).
    let mut prev_end = 0;
    for c in &mut merged {
        let cond_start = match c.what {
            What::Date
                if text[c.start..].starts_with("力争") || text[c.start..].starts_with("争取") =>
            {
                previous_situation_clause(text, c.start)
            }
            What::AsAppropriate => condition_clause(text, c.start),
            _ => None,
        };
        if let Some(s) = cond_start {
            if s >= prev_end {
                c.start = s;
            }
        }
        prev_end = c.end;
    }

    let mut out: Vec<Deadline> = Vec::with_capacity(merged.len());
    for c in merged {
        let context = year_context(text, out.last(), c.start, doc_date);
        let mut d = parse_deadline(&text[c.start..c.end], context);
        d.span = Span::new(c.start, c.end);
        out.push(d);
    }
    out
}

/// The date a deadline starting at `at` is read against: the day the
/// deadline before it in the same sentence ends (2021年6月底前制定…,12月底
/// 前实现…; 于2019年10月15日、1月15日前: a year-less date is in that one's
/// year, or the next when it would fall three months before it), else the
/// document's date.
pub fn year_context(
    text: &str,
    prev: Option<&Deadline>,
    at: usize,
    doc_date: Option<Date>,
) -> Option<Date> {
    match prev {
        Some(p) if p.span.end <= at && !text[p.span.end..at].contains(['。', ';', '\n']) => {
            p.due.or(doc_date)
        }
        _ => doc_date,
    }
}

// ---------------------------------------------------------------------------
// Keywords

/// 立即 / 立行立改 / 即日起: at once.
static IMMEDIATE_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("立即|立行立改|即日起|即知即改|立查立改|马上").unwrap());

/// 长期 / 持续 / 常态化: continuing work.
static ONGOING_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("长期|持续|常态化|常抓不懈|久久为功").unwrap());

/// 每月 / 每季度 / 每年…: repeating.
const RECURRING_PATTERN: &str = "每个?(?:半年|季度|季|月|年|周|旬|学期)";

static RECURRING: LazyLock<Regex> = LazyLock::new(|| Regex::new(RECURRING_PATTERN).unwrap());

/// Keyword forms that set a deadline in running text. Narrower than the
/// words above: 长期 alone also means "for a long time (past)" (长期以来).
const KEYWORD_PATTERN: &str = "长期(?:推进|坚持|执行|落实|开展)|持续(?:推进|开展|落实|深化|跟踪|抓好)|常态化|立即|立行立改|即日起|即知即改|适时(?:推进|开展|启动)";

/// Events that end a deadline with no date to resolve (`unspecified`, raw
/// kept): the flood season's start and the Spring Festival (汛前, 主汛期前,
/// 春节前), the ones task notices name. (Each further word costs the
/// search's prefilter: twelve cost a tenth more.)
const EVENT_PATTERN: &str = "(?:主汛期|入汛|汛期|汛|春节)前";

/// Durations in `text`, in order (5个工作日内, 两年之内, 30日以内, 三个月
/// 内): a figure, 个, a unit, 之 or 以 before each 内. (A figure would open
/// a pattern with a class, which turns the search's prefilter off.)
fn durations(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    static NEI: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("内".as_bytes()));
    NEI.find_iter(text.as_bytes())
        .filter_map(|at| duration_before(text, at))
}

/// A duration ending with the 内 at `at`, with the start it counts from
/// when that is the document's issue (本通知印发之日起30日内, 于本文印发后3个月内);
/// not a target for how long work may take (压减至8个工作日以内, 控制在…内).
fn duration_before(text: &str, at: usize) -> Option<Range<usize>> {
    let r = duration_alone(text, at)?;
    let before = &text[..r.start];
    if ["至", "到", "控制在", "压缩在", "不超过"]
        .iter()
        .any(|w| before.ends_with(w))
    {
        return None;
    }
    Some(issued_from(before).unwrap_or(r.start)..r.end)
}

/// The verbs of a document's issue (本通知印发之日起).
const ISSUE_VERBS: [&str; 4] = ["印发", "下发", "发布", "公布"];

/// Where a phrase naming the document's issue as a period's start ends
/// `before` (本通知印发之日起, 印发后的, 本意见下发后).
fn issued_from(before: &str) -> Option<usize> {
    let rest = ["之日起", "后的", "后", "起"]
        .iter()
        .find_map(|w| before.strip_suffix(w))?;
    let rest = ISSUE_VERBS.iter().find_map(|w| rest.strip_suffix(w))?;
    // The document's own name before it (本通知, 本意见, 本文).
    let doc = rest
        .char_indices()
        .rev()
        .take(4)
        .find(|&(i, c)| c == '本' && rest[i..].chars().count() <= 4)
        .map_or(rest.len(), |(i, _)| i);
    Some(doc)
}

/// A duration alone: a figure, 个, a unit, 之 or 以 before the 内 at `at`.
fn duration_alone(text: &str, at: usize) -> Option<Range<usize>> {
    let before = &text[..at];
    let before = before
        .strip_suffix('之')
        .or_else(|| before.strip_suffix('以'))
        .unwrap_or(before);
    let (figures, _) = period_ending(before)?;
    Some(figures.start..at + "内".len())
}

/// The units of a duration, a longer one before the one it ends with.
const DURATION_UNITS: [&str; 8] = ["工作日", "自然日", "星期", "日", "天", "周", "月", "年"];

/// The period that ends `s` (5个工作日, 两年, 30日, 三个月): the range of
/// its figure (at most four characters, digits or numerals) and its unit.
/// 年 after four figures (2023年) is a year, not two thousand of them.
fn period_ending(s: &str) -> Option<(Range<usize>, &'static str)> {
    let unit = DURATION_UNITS.iter().find(|u| s.ends_with(*u))?;
    let before = &s[..s.len() - unit.len()];
    let before = before.strip_suffix('个').unwrap_or(before);
    let len: usize = before
        .chars()
        .rev()
        .take(4)
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(*c))
        .map(char::len_utf8)
        .sum();
    (len > 0 && !(*unit == "年" && len == 4)).then(|| (before.len() - len..before.len(), *unit))
}

/// The keyword forms, events and durations of `text`, merged in order.
fn words_and_durations(text: &str) -> Vec<Range<usize>> {
    let mut words: Vec<Range<usize>> = RUNNING_WORDS.find_iter(text).map(|m| m.range()).collect();
    let before = words.len();
    words.extend(durations(text));
    if words.len() > before {
        words.sort_by_key(|r| r.start);
    }
    words
}

/// [`RECURRING_PATTERN`] or [`KEYWORD_PATTERN`]: what running text is
/// searched for besides dates.
static RUNNING_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "{RECURRING_PATTERN}|{KEYWORD_PATTERN}|{EVENT_PATTERN}"
    ))
    .unwrap()
});

// ---------------------------------------------------------------------------
// Candidates in running text

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Date,
    Recurring,
    Ongoing,
    Immediate,
    AsAppropriate,
    /// An event or a duration ([`UNDATED_PATTERN`]).
    Undated,
}

#[derive(Debug, Clone, Copy)]
struct Cand {
    start: usize,
    end: usize,
    what: What,
}

/// Whether ongoing work after a dated milestone is a follow-up clause
/// (…完成,并长期推进 / …,持续推进) rather than an adjective inside the task
/// (…前制定常态化疫情防控的指导意见).
fn opens_follow_up(before: &str) -> bool {
    ["并", "并且", "此后", "之后", "以后", "后", ",", "，"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// Whether 常态化 qualifies a noun (常态化疫情防控, 常态化沟通机制, 常态化的) rather
/// than saying the work itself goes on (常态化开展排查).
fn names_a_mechanism(after: &str) -> bool {
    let clause: String = after
        .chars()
        .take(12)
        .take_while(|c| {
            ![
                ',', ';', '。', '，', '；', '、', ':', '：', '(', ')', '（', '）', '\n',
            ]
            .contains(c)
        })
        .collect();
    clause.starts_with('的')
        || ["机制", "制度", "体系", "防控"]
            .iter()
            .any(|w| clause.contains(w))
}

/// Whether a date is a starting point rather than a deadline (2017年起, 以来).
fn starts_from(after: &str) -> bool {
    ["起", "以来", "开始", "至今"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// The span (introducer + date + marker) when a date in running text sets a
/// deadline; `None` for narrative dates.
fn accept_date(text: &str, h: &DateHit) -> Option<(usize, usize)> {
    let before = &text[..h.start];
    let after = &text[h.end..];
    if inside_title(text, h.start) {
        return None;
    }
    if let Found::Range(a, b) = h.found {
        // 规划(2026—2030年): the period a plan covers, not a deadline.
        let years_only = a.period == Period::Year && b.period == Period::Year;
        if years_only && before.ends_with(['(', '（']) && after.starts_with([')', '）']) {
            return None;
        }
        // 2022年9月1日至2023年8月31日期间出生: a period that describes
        // something (a birth date, a past campaign), not a time to finish.
        if [
            "期间出生",
            "出生",
            "之间出生",
            "以来",
            "召开的",
            "举行的",
            "举办的",
        ]
        .iter()
        .any(|w| after.starts_with(w))
        {
            return None;
        }
        // 上报2003年—2010年末…的亩数, 报送2019年1—6月…情况: the period of the
        // figures to report, not a time to finish.
        if [
            "上报", "报送", "统计", "汇总", "填报", "提供", "梳理", "核查", "报",
        ]
        .iter()
        .any(|w| before.ends_with(w))
        {
            return None;
        }
        // …于2004年4月14日—15日对马鬃山村进行了现场调查: what was done then.
        let clause = after
            .char_indices()
            .take(30)
            .take_while(|&(_, c)| !matches!(c, ',' | ';' | '。' | '\n'))
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        if after[..clause].contains('了') {
            return None;
        }
        let lead = ["从", "自"]
            .iter()
            .find(|w| before.ends_with(*w))
            .map_or(0, |w| w.len());
        return Some((h.start - lead, h.end));
    }
    if starts_from(after) {
        return None;
    }
    // A phase's time, alone in its bracket (动员部署阶段(2007年3月中旬)):
    // when the phase is to be done.
    if before.ends_with("阶段(") && after.starts_with(')') {
        return Some((h.start, h.end));
    }
    // A time of day between a day and its marker (12月3日下午5时前).
    let time = match h.found {
        Found::Point(Point {
            period: Period::Day(..),
            ..
        }) => time_of_day_len(after),
        _ => 0,
    };
    let marker = match marker_len(&after[time..]) {
        0 => 0,
        m => time + m,
    };
    // 于 2024 年…, 力争 2025 年…: the spaces of a typeset date before it too.
    let spaced = before.trim_end_matches(' ');
    let spaced = if before.len() - spaced.len() <= 2 {
        spaced
    } else {
        before
    };
    let intro = match intro_len(spaced) {
        0 => 0,
        n => n + before.len() - spaced.len(),
    };
    // 2000年以前建成的小区, 2014年底前出台的政策: which things are meant, not
    // when work is due.
    if marker > 0 && intro == 0 && describes(&after[marker..]) {
        return None;
    }
    let verb = completes(after) || (after_yu(spaced) && submits(&after[time..]));
    if marker > 0 || intro > 0 || verb {
        Some((h.start - intro, h.end + marker))
    } else {
        None
    }
}

/// Whether what follows a date and its marker says what was done by then,
/// to name the things meant (建成的, 出生的, 出台的): a verb of something
/// made, started or issued, then 的.
fn describes(after: &str) -> bool {
    const DONE: &[&str] = &[
        "建成", "修建", "竣工", "投产", "投用", "出生", "注册", "登记", "成立", "设立", "取得",
        "购买", "购置", "出台", "颁布", "印发", "发布", "批准", "审批", "开工", "入职", "参加",
    ];
    let after = after.strip_prefix('已').unwrap_or(after);
    DONE.iter()
        .find_map(|w| after.strip_prefix(w))
        .is_some_and(|rest| rest.starts_with('的'))
}

/// Whether `at` lies inside a title 《…》: dates there belong to the cited
/// document (《2019年底前…方案》), not to this text.
fn inside_title(text: &str, at: usize) -> bool {
    let lo = crate::text::floor_boundary(text, at.saturating_sub(240));
    let window = &text[lo..at];
    match (window.rfind('《'), window.rfind('》')) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Length of a weekday and a time of day opening `after` ((星期五), (周一),
/// 上午, 下午5时, 17时30分, 12:00, 下班), 0 if none.
fn time_of_day_len(after: &str) -> usize {
    let weekday = ["(星期", "(周"].iter().find_map(|w| {
        let rest = after.strip_prefix(w)?;
        let day = rest.chars().next()?;
        let close = &rest[day.len_utf8()..];
        (matches!(day, '一' | '二' | '三' | '四' | '五' | '六' | '日' | '天')
            && close.starts_with(')'))
        .then(|| after.len() - close.len() + 1)
    });
    let day = weekday.unwrap_or(0);
    let after = &after[day..];
    let mut at = ["上午", "下午", "中午", "晚上", "凌晨", "早上", "下班"]
        .iter()
        .find(|w| after.starts_with(*w))
        .map_or(0, |w| w.len());
    let digits = |s: &str| {
        s.char_indices()
            .take_while(|&(_, c)| c.is_ascii_digit() || is_cn_numeral(c))
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8())
    };
    let n = digits(&after[at..]);
    if n > 0 {
        let rest = &after[at + n..];
        if let Some(r) = rest.strip_prefix(['时', '点']) {
            at += n + (rest.len() - r.len());
            // 30分, 半
            let m = digits(r);
            if m > 0 && r[m..].starts_with('分') {
                at += m + '分'.len_utf8();
            } else if r.starts_with('半') {
                at += '半'.len_utf8();
            }
        } else if let Some(r) = rest.strip_prefix(':') {
            let m = digits(r);
            if m == 2 {
                at += n + 1 + m;
            }
        }
    }
    day + at
}

/// Length of a deadline marker right after a date (前, 以前, 之前, 内, 为止).
fn marker_len(after: &str) -> usize {
    for w in ["以前", "之前", "之内", "为止"] {
        if after.starts_with(w) {
            return w.len();
        }
    }
    let mut cs = after.chars();
    let (first, next) = (cs.next(), cs.next());
    match first {
        // 前三季度 (the first three quarters) and 前期 are not deadlines.
        Some('前')
            if !next.is_some_and(|n| {
                [
                    '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '几', '期',
                    '提', '后', '夕',
                ]
                .contains(&n)
            }) =>
        {
            '前'.len_utf8()
        }
        // 内容, 内部…: a word, not "within".
        Some('内') if !next.is_some_and(|n| ['容', '部', '外', '涵', '在'].contains(&n)) => {
            '内'.len_utf8()
        }
        _ => 0,
    }
}

/// Length of a word before a date that makes it a deadline (到, 力争, 力争于…).
fn intro_len(before: &str) -> usize {
    for w in [
        "力争于",
        "力争在",
        "力争到",
        "争取于",
        "争取在",
        "争取到",
        "力争",
        "争取",
    ] {
        if before.ends_with(w) {
            return w.len();
        }
    }
    if let Some(rest) = before.strip_suffix('到') {
        // 达到, 做到, 收到…: 到 is part of a verb, not "by".
        if !rest.chars().next_back().is_some_and(|c| {
            [
                '达', '做', '得', '收', '受', '看', '见', '遇', '提', '报', '找', '想', '回', '延',
                '推',
            ]
            .contains(&c)
        }) {
            return '到'.len_utf8();
        }
    }
    0
}

/// Whether a date is followed by a completion verb (一季度完成…, 2035年全部完成).
fn completes(after: &str) -> bool {
    let a = ["基本", "全面", "全部", "初步"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    ["完成", "建成", "实现", "出台"].iter().any(|w| {
        a.strip_prefix(w)
            .is_some_and(|rest| !rest.starts_with('了'))
    })
}

/// Whether `before` ends with 于 standing alone (于6月底报送), not in a word
/// (对于, 关于, 由于, 属于, 用于…).
fn after_yu(before: &str) -> bool {
    let Some(rest) = before.strip_suffix('于') else {
        return false;
    };
    // 各单位于6月30日上报: a body's 单位, not 位于 (located at).
    if rest.ends_with("单位") {
        return true;
    }
    !rest.chars().next_back().is_some_and(|c| {
        [
            '对', '关', '由', '属', '等', '至', '用', '基', '处', '位', '在', '善', '易', '便',
            '利', '终', '过', '鉴', '急', '忠', '限', '敢', '勇', '归', '相', '有', '无', '见',
            '出',
        ]
        .contains(&c)
    })
}

/// Whether `after` opens with handing work in (报送, 上报, 提交…): a date
/// after 于 before it is when it is due (于6月底报送), where a date before
/// 召开 or 举行 is when something takes place.
fn submits(after: &str) -> bool {
    // The verb may follow how the work is handed in (分四次以书面形式上报):
    // up to twelve characters of the same clause.
    after
        .char_indices()
        .take(12)
        .take_while(|&(_, c)| !matches!(c, ',' | ';' | '。' | ':' | '、'))
        .any(|(i, _)| {
            [
                "报送", "上报", "报至", "报市", "报区", "报县", "报省", "提交", "反馈", "送达",
                "交回", "交市", "交区", "交县", "交省", "交至", "送交", "报给",
            ]
            .iter()
            .any(|w| after[i..].starts_with(w))
        })
}

/// End of a recurring deadline (每月15日前, 每季度最后一个周五前): the first 前
/// within a short window, before any punctuation; else the frequency word
/// alone (`from`) when it says how often work is done (每季度至少联系1次,
/// 每年对…检查), not what an amount is per (每人每月400元, 每年每公里1万元:
/// another 每 or a figure beside it).
fn recurring_end(text: &str, start: usize, from: usize) -> Option<usize> {
    for (n, (i, c)) in text[from..].char_indices().enumerate() {
        // 每年6月底、12月底前: the recurrence governs the dates listed after it.
        let lists_a_date = c == '、'
            && text[from + i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|d| d.is_ascii_digit() || crate::numerals::is_numeral_char(d));
        if n > 15
            || (!lists_a_date
                && [
                    ',', ';', '。', '，', '；', '、', ':', '：', '(', ')', '（', '）', '\n',
                ]
                .contains(&c))
        {
            break;
        }
        if c == '前' {
            return Some(from + i + c.len_utf8());
        }
        // 每学期开学后一周内, 每月结束后10日以内: a duration in each period.
        if c == '内' {
            let mut before = text[..from + i].chars().rev();
            let unit = match before.next() {
                Some('之' | '以') => before.next(),
                u => u,
            };
            if matches!(unit, Some('日' | '天' | '周' | '月')) {
                return Some(from + i + c.len_utf8());
            }
        }
    }
    let per_amount = match text[from..].chars().next() {
        None => true,
        Some(c) => c == '每' || c.is_ascii_digit() || crate::numerals::is_numeral_char(c),
    } || text[..start].chars().rev().nth(1) == Some('每');
    (!per_amount).then_some(from)
}

/// Whether `d` alone makes a sentence a task: a bare frequency (每年, with
/// no 前) says how often work is done, not by when, and so only types the
/// deadline of a task read otherwise.
pub(crate) fn sets_a_date(d: &Deadline) -> bool {
    match d.kind {
        DeadlineKind::Recurring => d.raw.ends_with('前') || d.raw.ends_with('内'),
        // An event or a duration (汛前, 5个工作日内) types the deadline of a
        // task read otherwise; rules of procedure are full of durations.
        DeadlineKind::Unspecified => false,
        _ => true,
    }
}

/// Start of the clause that ends at `at`, looking back a bounded window so
/// that the scan stays linear.
fn clause_start(text: &str, at: usize) -> Option<usize> {
    let lo = crate::text::floor_boundary(text, at.saturating_sub(240));
    match text[lo..at].rfind([',', ';', '。', '，', '；', ':', '：', '\n']) {
        Some(p) => {
            let c = text[lo + p..].chars().next()?;
            Some(lo + p + c.len_utf8())
        }
        None if lo == 0 => Some(0),
        None => None,
    }
}

/// Words that open a condition (按…部署, 按照…要求, 视…情况).
const CONDITION_WORDS: [&str; 6] = ["按照", "根据", "依据", "结合", "视", "按"];

fn opens_condition(s: &str) -> bool {
    CONDITION_WORDS.iter().any(|w| s.starts_with(w))
        && !["按期", "按时", "按年", "按月", "按季"]
            .iter()
            .any(|w| s.starts_with(w))
}

/// Start of 按…部署 before 适时推进, when the clause opens with a condition word.
fn condition_clause(text: &str, at: usize) -> Option<usize> {
    let s = clause_start(text, at)?;
    (s < at && opens_condition(&text[s..at])).then_some(s)
}

/// Start of a condition clause right before 力争 (视…情况,力争…前完成;
/// 根据试点进展,力争…).
fn previous_situation_clause(text: &str, at: usize) -> Option<usize> {
    let before = &text[..at];
    let trimmed = before
        .strip_suffix(',')
        .or_else(|| before.strip_suffix('，'))?;
    let s = clause_start(text, trimmed.len())?;
    (s < trimmed.len() && opens_condition(&text[s..])).then_some(s)
}

/// The condition a labelled deadline depends on: the leading 按…/视…/根据…
/// clause, up to a comma, 适时, 力争 or the date itself.
fn condition_of(raw: &str) -> Option<String> {
    let t = raw.trim_start();
    if !opens_condition(t) {
        return None;
    }
    let mut end = t.len();
    for w in [",", ";", "，", "；", "。", "适时", "力争", "争取"] {
        if let Some(p) = t.find(w) {
            end = end.min(p);
        }
    }
    if let Some(h) = scan_dates(&t[..end]).first() {
        end = h.start;
    }
    if end == t.len() {
        return None;
    }
    let c = t[..end].trim_end_matches([' ', ',', '，', '、', '于', '在', '到']);
    (!c.is_empty()).then(|| c.to_string())
}

// ---------------------------------------------------------------------------
// Chinese numerals

/// One plain Chinese digit (〇/○/零 … 九), from the shared converter. Its
/// other forms (两, 壹, the letter O) are not date digits here: 两年 is a
/// duration, not a year.
fn cn_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '○' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' => {
            digit_value(c)
        }
        _ => None,
    }
}

fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some() || matches!(c, '十' | '廿' | '卅')
}

/// A year read digit by digit (二〇一七 → 2017); exactly four digits.
fn cn_year(s: &str) -> Option<u32> {
    (s.chars().count() == 4 && s.chars().all(|c| cn_digit(c).is_some()))
        .then(|| parse_digits(s))
        .flatten()
}

/// A month or day number (十二 → 12, 二十八 → 28, 廿八 → 28, 三十一 → 31): at
/// most three characters, 1..=31.
fn cn_small(s: &str) -> Option<u32> {
    if s.chars().count() > 3 || !s.chars().all(is_cn_numeral) {
        return None;
    }
    parse_chinese(s).filter(|v| (1..=31).contains(v))
}

// ---------------------------------------------------------------------------
// The date grammar

/// Which year a date is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearSpec {
    /// Written out: 2017年, 二〇一七年.
    Abs(i32),
    /// Relative to the document's year: 今年 (0), 明年 (1).
    Rel(i32),
    /// Bare 年底 / 年内: this year, but a range end inherits its start's year.
    Bare,
    /// Not said (6月末前): the document's year, or the next when already past.
    Missing,
    /// 本月: the month too is the document's; the period's month is 0 until
    /// it is settled.
    ThisMonth,
}

/// Which part of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Year,
    /// 年底 / 年末.
    YearEnd,
    /// 年中.
    YearMid,
    /// 上半年 (1) / 下半年 (2).
    Half(u32),
    /// 第N季度.
    Quarter(u32),
    Month(u32),
    /// 上旬 (1), 中旬 (2), 下旬 (3) of a month.
    Part(u32, u32),
    Day(u32, u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Point {
    year: YearSpec,
    period: Period,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    Point(Point),
    Range(Point, Point),
}

type PResult<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> PResult<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

fn ascii_digits(i: &str) -> PResult<'_, &str> {
    take_while1(|c: char| c.is_ascii_digit())(i)
}

/// Up to two spaces between a date's parts (2024 年 10 月 31 日, 5 月底: text
/// typeset on web pages); none is needed.
fn gap(i: &str) -> PResult<'_, &str> {
    take_while_m_n(0, 2, |c| c == ' ')(i)
}

/// A month or day number, Arabic (1–2 digits) or Chinese.
fn small_num(i: &str) -> PResult<'_, u32> {
    alt((
        map_opt(ascii_digits, |s: &str| {
            (s.len() <= 2).then(|| s.parse().ok()).flatten()
        }),
        map_opt(take_while1(is_cn_numeral), cn_small),
    ))(i)
}

/// A plausible year number (no 年): four Arabic or Chinese digits.
fn year_num(i: &str) -> PResult<'_, i32> {
    verify(
        alt((
            map_opt(ascii_digits, |s: &str| {
                (s.len() == 4).then(|| s.parse().ok()).flatten()
            }),
            map_opt(take_while1(|c| cn_digit(c).is_some()), cn_year),
        )),
        |y: &u32| (1900..=2199).contains(y),
    )(i)
    .map(|(r, y)| (r, y as i32))
}

/// 中 as "middle", but not the first character of a word (2017年中央).
fn mid(i: &str) -> PResult<'_, ()> {
    let (rest, _) = tag("中")(i)?;
    match rest.chars().next() {
        Some(c) if crate::text::is_han(c) && !['前', '以', '之', '完', '期', '左'].contains(&c) => {
            fail(i)
        }
        _ => Ok((rest, ())),
    }
}

fn half(i: &str) -> PResult<'_, Period> {
    alt((
        value(Period::Half(1), tag("上半年")),
        value(Period::Half(2), tag("下半年")),
    ))(i)
}

fn quarter(i: &str) -> PResult<'_, Period> {
    let (i, _) = opt(tag("第"))(i)?;
    let (i, q) = map_opt(anychar, |c| match c {
        '一' | '1' => Some(1),
        '二' | '2' => Some(2),
        '三' | '3' => Some(3),
        '四' | '4' => Some(4),
        _ => None,
    })(i)?;
    let (i, _) = tag("季度")(i)?;
    let (i, _) = opt(alt((tag("末"), tag("底"))))(i)?;
    Ok((i, Period::Quarter(q)))
}

/// N月 with an optional 底/末, 上中下旬, or day.
fn month_body(i: &str) -> PResult<'_, Period> {
    let (i, m) = verify(small_num, |m| (1..=12).contains(m))(i)?;
    let (i, _) = preceded(gap, tag("月"))(i)?;
    let (i, _) = opt(tag("份"))(i)?;
    alt((
        value(Period::Month(m), alt((tag("底"), tag("末")))),
        value(Period::Part(m, 1), alt((tag("上旬"), tag("初")))),
        value(Period::Part(m, 2), tag("中旬")),
        value(Period::Part(m, 3), tag("下旬")),
        map(
            preceded(
                gap,
                terminated(
                    verify(small_num, |d| (1..=31).contains(d)),
                    preceded(gap, alt((tag("日"), tag("号")))),
                ),
            ),
            move |d| Period::Day(m, d),
        ),
        value(Period::Part(m, 2), mid),
        success(Period::Month(m)),
    ))(i)
}

/// What follows 2017年 / 今年.
fn year_body(i: &str) -> PResult<'_, Period> {
    alt((
        half,
        quarter,
        month_body,
        value(Period::YearEnd, alt((tag("底"), tag("末")))),
        // 2019年年底, 当年年末: the year said twice.
        value(
            Period::YearEnd,
            preceded(tag("年"), alt((tag("底"), tag("末")))),
        ),
        value(Period::YearMid, mid),
        // 2024年 10月: a space before the month, not taken when none follows;
        // 2005年的3月30日 likewise.
        preceded(tag(" "), preceded(gap, month_body)),
        preceded(tag("的"), month_body),
        success(Period::Year),
    ))(i)
}

fn with_year(i: &str) -> PResult<'_, Point> {
    let (i, year) = alt((
        map(
            terminated(year_num, preceded(gap, tag("年"))),
            YearSpec::Abs,
        ),
        map(
            alt((
                value(0, alt((tag("今年"), tag("本年"), tag("当年")))),
                value(1, alt((tag("明年"), tag("次年"), tag("来年")))),
            )),
            YearSpec::Rel,
        ),
    ))(i)?;
    let (i, period) = year_body(i)?;
    Ok((i, Point { year, period }))
}

/// 本月底, 本月25日, 本月上旬: the document's month (its number is settled
/// with the document's date, see [`settle`]).
fn rel_month(i: &str) -> PResult<'_, Point> {
    // Not 当月 (应在当月内使用完毕: the month of whatever happens) nor 下月
    // (每月…于下月5日前报送: the month after each one), which a rule says of
    // its own events as often as a notice of its date.
    let (i, _) = tag("本月")(i)?;
    let (i, period) = alt((
        value(Period::Month(0), alt((tag("底"), tag("末")))),
        value(Period::Part(0, 1), alt((tag("上旬"), tag("初")))),
        value(Period::Part(0, 2), tag("中旬")),
        value(Period::Part(0, 3), tag("下旬")),
        map(
            terminated(
                verify(small_num, |d| (1..=31).contains(d)),
                alt((tag("日"), tag("号"))),
            ),
            |d| Period::Day(0, d),
        ),
        success(Period::Month(0)),
    ))(i)?;
    Ok((
        i,
        Point {
            year: YearSpec::ThisMonth,
            period,
        },
    ))
}

/// 年底 / 年末 / 年中 / 年(内).
fn bare_year(i: &str) -> PResult<'_, Period> {
    let (i, _) = tag("年")(i)?;
    alt((
        value(Period::YearEnd, alt((tag("底"), tag("末")))),
        value(Period::YearMid, mid),
        value(Period::Year, peek(tag("内"))),
    ))(i)
}

/// 2017.6.30 / 2017-06-30 / 2017/6/30.
fn numeric_date(i: &str) -> PResult<'_, Point> {
    let (i, y) = year_num(i)?;
    let (i, sep) = one_of(".-/")(i)?;
    let (i, m) = verify(small_num, |m| (1..=12).contains(m))(i)?;
    let (i, _) = nom::character::complete::char(sep)(i)?;
    let (i, d) = verify(small_num, |d| (1..=31).contains(d))(i)?;
    Ok((
        i,
        Point {
            year: YearSpec::Abs(y),
            period: Period::Day(m, d),
        },
    ))
}

fn point(i: &str) -> PResult<'_, Point> {
    alt((
        numeric_date,
        with_year,
        rel_month,
        map(bare_year, |period| Point {
            year: YearSpec::Bare,
            period,
        }),
        map(alt((half, quarter, month_body)), |period| Point {
            year: YearSpec::Missing,
            period,
        }),
    ))(i)
}

fn range_sep(i: &str) -> PResult<'_, &str> {
    alt((
        tag("——"),
        tag("至"),
        tag("到"),
        tag("—"),
        tag("–"),
        tag("-"),
        tag("~"),
        tag("～"),
        tag("－"),
    ))(i)
}

/// A date, or a range of two (7月至12月).
fn found(i: &str) -> PResult<'_, Found> {
    alt((year_range, short_month_range, point_or_range))(i)
}

/// 2018-2020年 / 2018至2020年底: the first year written without 年.
fn year_range(i: &str) -> PResult<'_, Found> {
    let (i, y) = year_num(i)?;
    let (i, _) = range_sep(i)?;
    let (i, p2) = with_year(i)?;
    let p1 = Point {
        year: YearSpec::Abs(y),
        period: Period::Year,
    };
    Ok((i, Found::Range(p1, p2)))
}

/// 7-12月 / 2023年7至12月: the first month written without 月.
fn short_month_range(i: &str) -> PResult<'_, Found> {
    let (i, year) = opt(terminated(year_num, tag("年")))(i)?;
    let (i, m) = verify(small_num, |m| (1..=12).contains(m))(i)?;
    let (i, _) = range_sep(i)?;
    let (i, period) = month_body(i)?;
    let year = year.map_or(YearSpec::Missing, YearSpec::Abs);
    let p1 = Point {
        year,
        period: Period::Month(m),
    };
    let p2 = Point {
        year: YearSpec::Missing,
        period,
    };
    Ok((i, Found::Range(p1, p2)))
}

fn point_or_range(i: &str) -> PResult<'_, Found> {
    let (i, p1) = point(i)?;
    if let Ok((rest, p2)) = preceded(range_sep, point)(i) {
        return Ok((rest, Found::Range(p1, p2)));
    }
    // 9月21日至22日, 5月8日—13日: the end's month is the start's.
    if let Period::Day(m, _) = p1.period {
        let day = terminated(
            verify(small_num, |d| (1..=31).contains(d)),
            alt((tag("日"), tag("号"))),
        );
        if let Ok((rest, d)) = preceded(range_sep, day)(i) {
            let p2 = Point {
                year: YearSpec::Missing,
                period: Period::Day(m, d),
            };
            return Ok((rest, Found::Range(p1, p2)));
        }
    }
    Ok((i, Found::Point(p1)))
}

#[derive(Debug, Clone, Copy)]
struct DateHit {
    start: usize,
    end: usize,
    found: Found,
}

/// Where the grammar may start: at the start of a numeral run, or at a word
/// that opens a date (今年, 上半年, 第二季度, 年底). Never inside a number, so
/// that each run is read once and 两年内 / 3年内 (durations) do not match.
fn can_start(prev: Option<char>, c: char) -> bool {
    let prev_num = prev.is_some_and(|p| p.is_ascii_digit() || is_cn_numeral(p));
    match c {
        '0'..='9' => !prev.is_some_and(|p| p.is_ascii_digit()),
        c if is_cn_numeral(c) => !prev_num,
        '今' | '本' | '当' | '明' | '次' | '来' | '上' | '下' | '第' => true,
        '年' => {
            !(prev_num
                || prev.is_some_and(|p| {
                    [
                        '两', '几', '多', '半', '个', '每', '近', '去', '前', '后', '全', '当',
                        '本', '今', '明', '次', '来', '整', '逐', '历', '往',
                    ]
                    .contains(&p)
                }))
        }
        _ => false,
    }
}

/// A cheap look at the next character before the full grammar runs: 上 and
/// 下 start a date only as 上半年/上旬, 第 only before a numeral, 本/当/今/明/次/来
/// only before 年 or 月. These characters are common in running text (以上,
/// 下放, 本部门), so this keeps the scan fast.
fn worth_trying(c: char, rest: &str) -> bool {
    // Every date has a unit or separator after its first number or word
    // (年, 月, 季度, 底, a range sign, the dots of 2017.6.30), so a text that
    // ends here or after a run of numerals holds none. Table cells and
    // figures (0.55, 27.73) end so, and each cost a grammar try.
    let Some(n) = rest.chars().next() else {
        return false;
    };
    if c.is_ascii_digit() || is_cn_numeral(c) {
        // A number starts a date only when a date unit or a range sign
        // follows it (2017年, 6月, 二季度, 2018-2020年, 2017.6.30); most
        // numerals in running text (进一步, 统一, 3个) are not dates. The
        // grammar also bounds the number's length (a year has four digits, a
        // month two, a quarter one), which rules out 56号, 3.44, 5年一遇.
        let after = rest.trim_start_matches(|x: char| x.is_ascii_digit() || is_cn_numeral(x));
        let Some(mut x) = after.chars().next() else {
            return false;
        };
        // 2024 年, 5 月底: a unit after up to two spaces (see `gap`).
        if x == ' ' {
            let unit = after.bytes().take(3).position(|b| b != b' ');
            x = match unit.and_then(|k| after[k..].chars().next()) {
                Some(u @ ('年' | '月')) => u,
                _ => return false,
            };
        }
        let run = &rest[..rest.len() - after.len()];
        // Arabic digits only: their count is known; other runs are left to the grammar.
        let digits =
            (c.is_ascii_digit() && run.bytes().all(|b| b.is_ascii_digit())).then(|| run.len() + 1);
        let range_sign = matches!(x, '-' | '—' | '–' | '~' | '～' | '至' | '到');
        let fits = match x {
            '年' => digits.is_none_or(|n| n == 4),
            '月' => digits.is_none_or(|n| n <= 2),
            // 第二季度, 3季度: the quarter is one character.
            '季' => run.is_empty(),
            // 2017.6.30, 2017/6/30: only a four-digit year opens these.
            '.' | '/' => digits.is_none_or(|n| n == 4),
            // A year range (2018-2020年) or a month range (7-12月).
            _ if range_sign => digits.is_none_or(|n| n == 4 || n <= 2),
            _ => false,
        };
        if !fits {
            return false;
        }
        if matches!(x, '年' | '月' | '季') {
            return true;
        }
        // A separator goes on to a number (2017.6.30, 7-12月, 二〇一七——二〇一八年)
        // or a year word (2017至今年底); outline numbers (1.建设…) do not.
        let after_sep = &after[x.len_utf8()..];
        let after_sep = if x == '—' {
            after_sep.strip_prefix('—').unwrap_or(after_sep)
        } else {
            after_sep
        };
        return after_sep.chars().next().is_some_and(|y| {
            y.is_ascii_digit()
                || is_cn_numeral(y)
                || matches!(y, '今' | '本' | '当' | '明' | '次' | '来')
        });
    }
    match c {
        '上' | '下' => matches!(n, '半' | '旬'),
        // 第二季度: a quarter number, then 季度 (see `quarter`).
        '第' => {
            matches!(n, '1'..='4' | '一' | '二' | '三' | '四')
                && rest[n.len_utf8()..].starts_with("季度")
        }
        '今' | '本' | '当' | '明' | '次' | '来' => matches!(n, '年' | '月' | '季' | '半'),
        // Only 年底 / 年末 / 年中 / 年内 start with 年 (see `bare_year`).
        '年' => matches!(n, '底' | '末' | '中' | '内'),
        _ => true,
    }
}

/// How many characters before its first anchor a date may start.
const ANCHOR_REACH: usize = 12;

/// Whether `c` may stand in a date before its first anchor (see
/// [`Anchors`]): Chinese numerals (二〇一七), range signs (——, 至),
/// and the words that open a date (今年, 上半年, 第二季度). Read off the
/// grammar (`found`); `anchored_scan_agrees_with_full_scan` checks it.
fn may_lead_date(c: char) -> bool {
    is_cn_numeral(c)
        || matches!(
            c,
            '—' | '–'
                | '~'
                | '～'
                | '－'
                | '至'
                | '到'
                | '今'
                | '本'
                | '当'
                | '明'
                | '次'
                | '来'
                | '上'
                | '下'
                | '半'
                | '第'
        )
}

/// Where a date whose first anchor starts at `at` may start: back over at
/// most [`ANCHOR_REACH`] characters that [`may_lead_date`], not before
/// `floor`.
fn lead_start(text: &str, at: usize, floor: usize) -> usize {
    let mut start = at;
    for (i, c) in text[floor.min(at)..at]
        .char_indices()
        .rev()
        .take(ANCHOR_REACH)
    {
        if !may_lead_date(c) {
            break;
        }
        start = floor.min(at) + i;
    }
    start
}

/// Every date in `text`, left to right, non-overlapping.
///
/// The grammar is tried only near an anchor (see [`Anchors`]): most
/// running text holds none, and the byte scan for anchors is much cheaper
/// than decoding every character and asking whether a date starts there.
fn scan_dates(text: &str) -> Vec<DateHit> {
    scan_dates_from(text, Anchors::positions(text.as_bytes()))
}

/// [`scan_dates`] given where the [`Anchors`] of `text` start.
fn scan_dates_from(text: &str, anchors: impl Iterator<Item = usize>) -> Vec<DateHit> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // No date may start before `next` (the end of the last one); start
    // positions before `scanned` have been tried.
    let mut next = 0;
    let mut scanned = 0;
    for a in anchors {
        let to = a + if bytes[a] < 0x80 { 1 } else { 3 };
        // A digit after a digit starts nothing (see `can_start`), and the
        // characters before it were tried with the first digit of its run:
        // passed over without decoding (figures and table cells are long
        // runs of anchors).
        if bytes[a].is_ascii_digit() && a > 0 && bytes[a - 1].is_ascii_digit() {
            scanned = to;
            continue;
        }
        let from = lead_start(text, a, scanned);
        let mut prev = text[..from].chars().next_back();
        for (k, c) in text[from..to].char_indices() {
            let i = from + k;
            try_date_at(text, i, c, prev, &mut next, &mut out);
            prev = Some(c);
        }
        scanned = to;
    }
    out
}

/// Try the date grammar at `i` (character `c`, after `prev`), unless a date
/// found earlier still covers `i` (`next`); record what it reads.
#[inline]
fn try_date_at(
    text: &str,
    i: usize,
    c: char,
    prev: Option<char>,
    next: &mut usize,
    out: &mut Vec<DateHit>,
) {
    if i < *next || !can_start(prev, c) || !worth_trying(c, &text[i + c.len_utf8()..]) {
        return;
    }
    let s = &text[i..];
    if let Ok((rest, f)) = found(s) {
        let end = i + (s.len() - rest.len());
        if end > i {
            out.push(DateHit {
                start: i,
                end,
                found: f,
            });
            *next = end;
        }
    }
}

/// The plain scan [`scan_dates`] must agree with: try every character.
#[cfg(test)]
fn scan_dates_everywhere(text: &str) -> Vec<DateHit> {
    let mut out = Vec::new();
    let mut next = 0;
    let mut prev = None;
    for (i, c) in text.char_indices() {
        try_date_at(text, i, c, prev, &mut next, &mut out);
        prev = Some(c);
    }
    out
}

// ---------------------------------------------------------------------------
// Resolution to dates

fn first_day(p: Period, y: i32) -> Option<Date> {
    match p {
        Period::Year => Date::new(y, 1, 1),
        Period::YearEnd => Date::new(y, 12, 1),
        Period::YearMid => Date::new(y, 6, 1),
        Period::Half(h) => Date::new(y, if h == 1 { 1 } else { 7 }, 1),
        Period::Quarter(q) => Date::new(y, (q - 1) * 3 + 1, 1),
        Period::Month(m) => Date::new(y, m, 1),
        Period::Part(m, k) => Date::new(y, m, (k - 1) * 10 + 1),
        Period::Day(m, d) => Date::new(y, m, d),
    }
}

fn last_day(p: Period, y: i32) -> Option<Date> {
    match p {
        Period::Year | Period::YearEnd => Date::new(y, 12, 31),
        Period::YearMid => Date::new(y, 6, 30),
        Period::Half(h) => Date::last_of_month(y, if h == 1 { 6 } else { 12 }),
        Period::Quarter(q) => Date::last_of_month(y, q * 3),
        Period::Month(m) | Period::Part(m, 3) => Date::last_of_month(y, m),
        Period::Part(m, k) => Date::new(y, m, k * 10),
        Period::Day(m, d) => Date::new(y, m, d),
    }
}

fn month_index(d: Date) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month())
}

/// The year a point is in and its period, the month of a month counted
/// from the document's (本月底) filled in.
fn settle(p: Point, doc: Option<Date>) -> Option<(i32, Period)> {
    if p.year != YearSpec::ThisMonth {
        return Some((year_of(p, doc)?, p.period));
    }
    let doc = doc?;
    let (year, month) = (doc.year(), doc.month());
    let period = match p.period {
        Period::Month(_) => Period::Month(month),
        Period::Part(_, part) => Period::Part(month, part),
        Period::Day(_, day) => Period::Day(month, day),
        other => other,
    };
    Some((year, period))
}

/// The year a point is in. A year-less date (6月末前) takes the document's
/// year, or the next one when it would end three or more months before the
/// document (a November notice saying 3月底前 means next March).
fn year_of(p: Point, doc: Option<Date>) -> Option<i32> {
    match p.year {
        YearSpec::Abs(y) => Some(y),
        YearSpec::Rel(k) => doc.map(|d| d.year() + k),
        YearSpec::Bare => doc.map(|d| d.year()),
        YearSpec::ThisMonth => doc.map(|d| d.year()),
        YearSpec::Missing => {
            let d = doc?;
            let y = d.year();
            let last = last_day(p.period, y)?;
            Some(if month_index(d) - month_index(last) >= 3 {
                y + 1
            } else {
                y
            })
        }
    }
}

/// `(start, due)` of a date or a range.
fn resolve(f: Found, doc: Option<Date>) -> (Option<Date>, Option<Date>) {
    match f {
        Found::Point(p) => (None, settle(p, doc).and_then(|(y, p)| last_day(p, y))),
        Found::Range(a, b) => {
            let a = settle(a, doc);
            let start = a.and_then(|(y, p)| first_day(p, y));
            let inherit = matches!(b.year, YearSpec::Missing | YearSpec::Bare);
            let b = if inherit {
                a.map(|(y, _)| (y, b.period))
            } else {
                settle(b, doc)
            };
            let mut due = b.and_then(|(y, p)| last_day(p, y));
            // 2023年10月至3月: the end is in the following year.
            if let (true, Some(s), Some(e), Some((y, p))) = (inherit, start, due, b) {
                if e < s {
                    due = last_day(p, y + 1);
                }
            }
            (start, due)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        assert_eq!(cn_year("二〇一七"), Some(2017));
        assert_eq!(cn_year("二○一七"), Some(2017));
        assert_eq!(cn_year("二零二三"), Some(2023));
        assert_eq!(cn_year("二〇一"), None);
        assert_eq!(cn_year("二〇一七八"), None);
        assert_eq!(cn_small("五"), Some(5));
        assert_eq!(cn_small("十"), Some(10));
        assert_eq!(cn_small("十二"), Some(12));
        assert_eq!(cn_small("二十"), Some(20));
        assert_eq!(cn_small("二十八"), Some(28));
        assert_eq!(cn_small("三十一"), Some(31));
        assert_eq!(cn_small("廿八"), Some(28));
        assert_eq!(cn_small("卅"), Some(30));
        // Formal writing spells ten 一十 (一十二月 is rare but valid).
        assert_eq!(cn_small("一十"), Some(10));
        assert_eq!(cn_small("十十"), None);
        assert_eq!(cn_small("〇"), None);
        assert_eq!(cn_small("二二二二"), None);
    }

    fn hits(v: Vec<DateHit>) -> Vec<String> {
        v.iter()
            .map(|h| format!("{}..{} {:?}", h.start, h.end, h.found))
            .collect()
    }

    /// Trying the grammar only near anchors finds exactly what trying it at
    /// every character finds: over the seed, the corpus and hand-made
    /// strings with long Chinese lead-ins.
    #[test]
    fn anchored_scan_agrees_with_full_scan() {
        for t in &sample_texts() {
            assert_eq!(
                hits(scan_dates(t)),
                hits(scan_dates_everywhere(t)),
                "{t:.60}"
            );
        }
    }

    /// Edge cases, the corpus and the seed, folded.
    fn sample_texts() -> Vec<String> {
        let mut texts: Vec<String> = vec![
            "二〇一七——二〇一八年底前完成".into(),
            "二〇一七.六.三十前;二〇一七至二〇一八年;十二至十二月;第二季度末".into(),
            "今年上半年、明年下半年、当年年底、年内、6月上旬、六月中旬、十二月下旬".into(),
            "2017年6月末前,2018-2020年,7-12月,2023年7至12月,2017/6/30,2017.6.30".into(),
            "进一步统一3个两年内一二三四五六七八九十一二三四五六七八九十年".into(),
            "1.建设 2.3 3—5年一遇 2017至今年底 2018——2020年 7-十二月 2017~2018年 年度 年中央 年末"
                .into(),
            "2017.".into(),
            "2017-".into(),
            "2017——".into(),
            "年".into(),
        ];
        texts.extend(crate::test_support::folded_corpus(true));
        texts
    }

    proptest::proptest! {
        /// A text of numerals only holds no date: what lets `worth_trying`
        /// skip the end of a text and a final numeral run. (Numerals and
        /// then 年 do: 二〇四九年 is a year.)
        #[test]
        fn numerals_alone_are_no_date(s in "[0-9一二三四五六七八九十〇零两]{0,8}") {
            let reads = found(&s).map(|(rest, _)| rest.len() < s.len()).unwrap_or(false);
            proptest::prop_assert!(!reads, "{s}");
            if let Some(c) = s.chars().next().filter(|&c| c.is_ascii_digit() || is_cn_numeral(c)) {
                proptest::prop_assert!(!worth_trying(c, &s[c.len_utf8()..]));
            }
        }
    }

    proptest::proptest! {
        /// ASCII text without a range sign holds no deadline (what lets
        /// `find_deadlines_with` skip its dates): tried with the date scan.
        #[test]
        fn figures_set_no_deadline(s in "[0-9./:% ,;()=+*A-Za-z]{0,24}") {
            let dated: Vec<_> = scan_dates(&s)
                .iter()
                .filter_map(|h| accept_date(&s, h))
                .collect();
            proptest::prop_assert!(dated.is_empty(), "{s}");
            proptest::prop_assert!(find_deadlines(&s, None).is_empty(), "{s}");
        }
    }

    #[test]
    fn figures_and_table_cells_are_not_tried() {
        for (c, rest) in [
            ('5', ""),
            ('7', "3"),
            ('2', "021"),
            ('二', "〇二一"),
            ('年', ""),
        ] {
            assert!(!worth_trying(c, rest), "{c}{rest}");
        }
        // A date word alone is no date either.
        for w in ["年", "第", "今", "月", "季"] {
            assert!(
                found(w).map_or(true, |(rest, _)| rest.len() == w.len()),
                "{w}"
            );
        }
        assert!(worth_trying('2', "021年"));
        assert!(worth_trying('6', "月底"));
    }

    /// `worth_trying` only skips positions where the grammar reads nothing.
    #[test]
    fn worth_trying_skips_no_date() {
        let mut tried = 0;
        for t in &sample_texts() {
            let mut prev = None;
            for (i, c) in t.char_indices() {
                if can_start(prev, c) {
                    if let Ok((rest, _)) = found(&t[i..]) {
                        if rest.len() < t.len() - i {
                            tried += 1;
                            assert!(
                                worth_trying(c, &t[i + c.len_utf8()..]),
                                "skipped a date at {:?}",
                                &t[i..t.len().min(i + 30)]
                            );
                        }
                    }
                }
                prev = Some(c);
            }
        }
        assert!(tried > 500, "{tried}");
    }
}

#[cfg(test)]
mod cases {
    use super::*;
    use DeadlineKind::*;

    fn d(s: &str) -> Option<Date> {
        Some(s.parse().unwrap())
    }

    const DOC: &str = "2017-05-28";

    /// (input, doc date, kind, start, due, then_ongoing, aim, condition)
    type Case = (
        &'static str,
        Option<&'static str>,
        DeadlineKind,
        Option<&'static str>,
        Option<&'static str>,
        bool,
        bool,
        Option<&'static str>,
    );

    #[rustfmt::skip]
    const PARSE: &[Case] = &[
        ("2017年6月末前", Some(DOC), ByDate, None, Some("2017-06-30"), false, false, None),
        ("2017年12月末前", Some(DOC), ByDate, None, Some("2017-12-31"), false, false, None),
        ("长期推进", Some(DOC), Ongoing, None, None, false, false, None),
        ("适时推进", Some(DOC), AsAppropriate, None, None, false, false, None),
        ("按市、兴隆台区编委工作部署适时推进", Some(DOC), AsAppropriate, None, None, false, false, Some("按市、兴隆台区编委工作部署")),
        ("按照国家、省要求适时推进", Some(DOC), AsAppropriate, None, None, false, false, Some("按照国家、省要求")),
        ("视与省住建厅沟通开设端口情况,力争2017年6月末前完成", Some(DOC), ByDate, None, Some("2017-06-30"), false, true, Some("视与省住建厅沟通开设端口情况")),
        ("2017年6月末前完成市、县、镇、村四级网上审批平台建设,并长期推进", Some(DOC), ByDate, None, Some("2017-06-30"), true, false, None),
        ("年底前", Some(DOC), ByDate, None, Some("2017-12-31"), false, false, None),
        ("今年底前", Some(DOC), ByDate, None, Some("2017-12-31"), false, false, None),
        ("年内", Some(DOC), ByDate, None, Some("2017-12-31"), false, false, None),
        ("本月底前", Some(DOC), ByDate, None, Some("2017-05-31"), false, false, None),
        ("本月25日前", Some(DOC), ByDate, None, Some("2017-05-25"), false, false, None),
        ("本月上旬", Some(DOC), ByDate, None, Some("2017-05-10"), false, false, None),
        ("本月底前", None, ByDate, None, None, false, false, None),
        ("“十四五”期间", Some(DOC), Range, Some("2021-01-01"), Some("2025-12-31"), false, false, None),
        ("十三五时期", None, Range, Some("2016-01-01"), Some("2020-12-31"), false, false, None),
        ("“十五五”末", Some(DOC), ByDate, None, Some("2030-12-31"), false, false, None),
        ("“十五”期间", Some(DOC), Range, Some("2001-01-01"), Some("2005-12-31"), false, false, None),
        ("“十四五”规划", Some(DOC), Unspecified, None, None, false, false, None),
        ("当月内", Some(DOC), Unspecified, None, None, false, false, None),
        ("明年底前", Some(DOC), ByDate, None, Some("2018-12-31"), false, false, None),
        ("年底前", None, ByDate, None, None, false, false, None),
        ("2020年底前", None, ByDate, None, Some("2020-12-31"), false, false, None),
        // The year said twice keeps its number, not the document's.
        ("2019年年底前", Some(DOC), ByDate, None, Some("2019-12-31"), false, false, None),
        ("2019年年末前", Some(DOC), ByDate, None, Some("2019-12-31"), false, false, None),
        ("明年年底前", Some(DOC), ByDate, None, Some("2018-12-31"), false, false, None),
        ("2019年3月底前", Some(DOC), ByDate, None, Some("2019-03-31"), false, false, None),
        ("2024年6月前", Some(DOC), ByDate, None, Some("2024-06-30"), false, false, None),
        ("2019年", Some(DOC), ByDate, None, Some("2019-12-31"), false, false, None),
        ("2025年前", Some(DOC), ByDate, None, Some("2025-12-31"), false, false, None),
        ("2019年上半年", Some(DOC), ByDate, None, Some("2019-06-30"), false, false, None),
        ("上半年", Some(DOC), ByDate, None, Some("2017-06-30"), false, false, None),
        ("下半年", Some(DOC), ByDate, None, Some("2017-12-31"), false, false, None),
        ("第二季度", Some(DOC), ByDate, None, Some("2017-06-30"), false, false, None),
        ("二季度", Some(DOC), ByDate, None, Some("2017-06-30"), false, false, None),
        ("到三季度", Some(DOC), ByDate, None, Some("2017-09-30"), false, false, None),
        ("2023年一季度", Some(DOC), ByDate, None, Some("2023-03-31"), false, false, None),
        ("年中", Some(DOC), ByDate, None, Some("2017-06-30"), false, false, None),
        ("2023年9月下旬前", Some(DOC), ByDate, None, Some("2023-09-30"), false, false, None),
        ("9月中旬", Some(DOC), ByDate, None, Some("2017-09-20"), false, false, None),
        ("9月上旬", Some(DOC), ByDate, None, Some("2017-09-10"), false, false, None),
        ("9月30日前", Some(DOC), ByDate, None, Some("2017-09-30"), false, false, None),
        ("10月15日之前", Some(DOC), ByDate, None, Some("2017-10-15"), false, false, None),
        ("10月15日以前", Some(DOC), ByDate, None, Some("2017-10-15"), false, false, None),
        ("(8月31日前)", Some(DOC), ByDate, None, Some("2017-08-31"), false, false, None),
        ("2023年6月", Some(DOC), ByDate, None, Some("2023-06-30"), false, false, None),
        ("6月末前", None, ByDate, None, None, false, false, None),
        ("二〇一七年五月二十八日", None, ByDate, None, Some("2017-05-28"), false, false, None),
        ("二○一七年十二月三十一日前", None, ByDate, None, Some("2017-12-31"), false, false, None),
        ("2017年十二月廿八日前", None, ByDate, None, Some("2017-12-28"), false, false, None),
        ("2017.6.30", None, ByDate, None, Some("2017-06-30"), false, false, None),
        ("2016年2月底前", None, ByDate, None, Some("2016-02-29"), false, false, None),
        ("从2017年7月至12月", Some(DOC), Range, Some("2017-07-01"), Some("2017-12-31"), false, false, None),
        ("2023年7月至2023年12月", Some(DOC), Range, Some("2023-07-01"), Some("2023-12-31"), false, false, None),
        ("7月至12月", Some(DOC), Range, Some("2017-07-01"), Some("2017-12-31"), false, false, None),
        ("2023年7月—12月", Some(DOC), Range, Some("2023-07-01"), Some("2023-12-31"), false, false, None),
        ("2018-2020年", None, Range, Some("2018-01-01"), Some("2020-12-31"), false, false, None),
        ("2023年7-12月", None, Range, Some("2023-07-01"), Some("2023-12-31"), false, false, None),
        ("7至9月", Some(DOC), Range, Some("2017-07-01"), Some("2017-09-30"), false, false, None),
        ("2017-06-30", None, ByDate, None, Some("2017-06-30"), false, false, None),
        ("2023年10月至3月", None, Range, Some("2023-10-01"), Some("2024-03-31"), false, false, None),
        ("每月", Some(DOC), Recurring, None, None, false, false, None),
        ("每月15日前", Some(DOC), Recurring, None, None, false, false, None),
        ("每季度", Some(DOC), Recurring, None, None, false, false, None),
        ("每年", Some(DOC), Recurring, None, None, false, false, None),
        ("每年2月底前", Some(DOC), Recurring, None, None, false, false, None),
        ("每半年", Some(DOC), Recurring, None, None, false, false, None),
        ("立即", Some(DOC), Immediate, None, None, false, false, None),
        ("立行立改", Some(DOC), Immediate, None, None, false, false, None),
        ("即日起", Some(DOC), Immediate, None, None, false, false, None),
        ("持续推进", Some(DOC), Ongoing, None, None, false, false, None),
        ("持续跟踪目标任务推进情况", Some(DOC), Ongoing, None, None, false, false, None),
        ("长期坚持", Some(DOC), Ongoing, None, None, false, false, None),
        ("常态化", Some(DOC), Ongoing, None, None, false, false, None),
        ("长期", Some(DOC), Ongoing, None, None, false, false, None),
        ("持续", Some(DOC), Ongoing, None, None, false, false, None),
        ("到2024年底完成改造,并持续推进", Some(DOC), ByDate, None, Some("2024-12-31"), true, false, None),
        ("5个工作日内", Some(DOC), Unspecified, None, None, false, false, None),
        ("两年之内", Some(DOC), Unspecified, None, None, false, false, None),
        ("三个月内", Some(DOC), Unspecified, None, None, false, false, None),
        ("3年内", Some(DOC), Unspecified, None, None, false, false, None),
        ("按期完成", Some(DOC), Unspecified, None, None, false, false, None),
        ("", Some(DOC), Unspecified, None, None, false, false, None),
        // A year-less month well before the document's date is next year's.
        ("3月底前", Some("2017-11-20"), ByDate, None, Some("2018-03-31"), false, false, None),
        ("一季度", Some("2017-11-20"), ByDate, None, Some("2018-03-31"), false, false, None),
        ("4月底前", Some("2017-05-28"), ByDate, None, Some("2017-04-30"), false, false, None),
        ("争取2018年底前完成", Some(DOC), ByDate, None, Some("2018-12-31"), false, true, None),
        ("自2017年起长期推进", Some(DOC), Ongoing, None, None, false, false, None),
    ];

    fn check(label: &str, got: &Deadline, c: &Case) {
        let (input, _, kind, start, due, then_ongoing, aim, condition) = *c;
        let want = (
            kind,
            start.map(|s| s.to_string()),
            due.map(|s| s.to_string()),
            then_ongoing,
            aim,
            condition.map(str::to_string),
        );
        let have = (
            got.kind,
            got.start.map(|d| d.to_string()),
            got.due.map(|d| d.to_string()),
            got.then_ongoing,
            got.aim,
            got.condition.clone(),
        );
        assert_eq!(have, want, "{label} {input:?}");
    }

    #[test]
    fn parse_table() {
        for c in PARSE {
            let doc = c.1.and_then(d);
            let got = parse_deadline(c.0, doc);
            assert_eq!(got.raw, c.0);
            assert_eq!(got.span, Span::new(0, c.0.len()));
            check("parse", &got, c);
        }
    }

    /// (text, expected raws in order)
    #[rustfmt::skip]
    const FIND: &[(&str, &[&str])] = &[
        ("盘政办发〔2017〕69号", &[]),
        ("根据国发[2019]3号文件精神", &[]),
        ("《实施办法》(2016版)", &[]),
        ("2017年2月,市人防办将派驻人员撤回后", &[]),
        ("2016年,各县区均成立了工作领导小组", &[]),
        ("2020年底前开展全面排查", &["2020年底前"]),
        ("2025年前完成总目标的75%,2035年前全部完成", &["2025年前", "2035年前"]),
        ("每月15日前报送整治进展", &["每月15日前"]),
        ("每学期开学后一周内,对未报到的学生登记造册", &["每学期开学后一周内"]),
        ("要在每个季度第1个月的20日前,将上季度的责任事项完成情况报市人民政府督查室", &["每个季度第1个月的20日前"]),
        ("每月在辖区内开展巡查", &["每月"]),
        ("第一类资助对象每人每月400元", &[]),
        // A frequency alone, for how often work is done; not per an amount.
        ("家庭医生应每季度至少主动联系1次签约居民", &["每季度"]),
        ("市住房保障部门应每月将住房租赁补贴存入保障对象账号", &["每月"]),
        ("其农村特困人员基本生活标准每人每月分别为2413元", &[]),
        ("不得低于县道每年每公里1万元", &[]),
        ("每年1万元", &[]),
        ("(一)动员部署阶段(8月31日前)", &["8月31日前"]),
        ("一季度完成方案制定;二季度完成试点", &["一季度", "二季度"]),
        ("到2024年底,基本建成体系,并持续推进", &["到2024年底,基本建成体系,并持续推进"]),
        ("2017年6月末前完成市、县、镇、村四级网上审批平台建设,并长期推进", &["2017年6月末前完成市、县、镇、村四级网上审批平台建设,并长期推进"]),
        ("视与省住建厅沟通开设端口情况,力争2017年6月末前完成", &["视与省住建厅沟通开设端口情况,力争2017年6月末前"]),
        ("按市、兴隆台区编委工作部署适时推进", &["按市、兴隆台区编委工作部署适时推进"]),
        ("各地要于2016年底前完成", &["2016年底前"]),
        ("从2017年7月至12月开展专项整治", &["从2017年7月至12月"]),
        ("发现问题立即整改,常态化开展排查", &["立即", "常态化"]),
        ("截至目前,今年以来已完成", &[]),
        ("两年之内完成,5个工作日内答复", &["两年之内", "5个工作日内"]),
        ("2017年中央环保督察反馈", &[]),
        ("力争年内完成", &["力争年内"]),
        ("3.2020年底前制定出台餐饮服务常态化疫情防控的指导意见", &["2020年底前"]),
        ("2020年底前完成,常态化开展风险提示", &["2020年底前完成,常态化"]),
        ("建立健全常态化政企沟通机制", &[]),
        ("1.2021年3月底前,出台实施细则", &["2021年3月底前"]),
        ("先行试点,根据试点进展,力争2018年6月底前推开", &["根据试点进展,力争2018年6月底前"]),
        ("今年以来,我市持续推进改革", &["持续推进"]),
        ("2017年前后,各地陆续启动", &[]),
        ("全市完成改造2.5万户2000年以前建成的城镇老旧小区", &[]),
        ("2014年底前已出台的政策继续执行", &[]),
        ("2024年底前建成并投入使用", &["2024年底前"]),
        ("实现农业经济的可持续开展", &[]),
        ("2022年9月1日至2023年8月31日期间出生的适龄幼儿", &[]),
        ("在8月8日前上报2003年—2010年末耙毁违法开荒地块复耕的亩数", &["8月8日前"]),
        ("2018-2020年开展三年行动", &["2018-2020年"]),
        ("推进《上海历史文化名城保护规划(2024—2035年)》编制", &[]),
        ("专项规划(2026—2030年),强化市级统筹", &[]),
        ("落实《关于2019年底前完成整改的通知》,2020年6月底前完成", &["2020年6月底前"]),
    ];

    #[test]
    fn find_table() {
        let doc = d(DOC);
        for (text, want) in FIND {
            let got = find_deadlines(text, doc);
            let raws: Vec<&str> = got.iter().map(|x| x.raw.as_str()).collect();
            assert_eq!(&raws, want, "find {text:?}");
            for x in &got {
                assert_eq!(&text[x.span.range()], x.raw);
            }
        }
    }

    #[test]
    fn find_types() {
        let doc = d(DOC);
        let got = find_deadlines("2025年前完成总目标的75%,2035年前全部完成", doc);
        assert_eq!(got[0].due, d("2025-12-31"));
        assert_eq!(got[1].due, d("2035-12-31"));
        let got = find_deadlines("每月15日前报送整治进展", doc);
        assert_eq!(got[0].kind, Recurring);
        // Durations: counted from the document's issue they end on a day
        // (民法典 第二百零二条); from anything else, or in working days,
        // they are unspecified; a target for how long work takes is none.
        let got = find_deadlines("各区要于本文印发后3个月内出台辖区实施方案", doc);
        assert_eq!(got[0].raw, "本文印发后3个月内");
        assert_eq!((got[0].kind, got[0].due), (ByDate, d("2017-08-28")));
        let got = find_deadlines("在本意见印发之日起三十日内制定办法", doc);
        assert_eq!(got[0].due, d("2017-06-27"));
        let got = find_deadlines("应在收到结论后的5个工作日内完成核实", doc);
        assert_eq!(
            (got[0].raw.as_str(), got[0].kind),
            ("5个工作日内", Unspecified)
        );
        let got = find_deadlines("本通知下发之日起5个工作日内上报", doc);
        assert_eq!((got[0].kind, got[0].due), (Unspecified, None));
        assert!(find_deadlines("办理时间压减至8个工作日以内", doc).is_empty());
        assert!(find_deadlines("2023年内完成", doc)
            .iter()
            .all(|x| x.kind == ByDate));
        // Events with no date: the flood season, the Spring Festival; not
        // 防汛前期 (the early stage of flood prevention).
        let raws = |s: &str| {
            find_deadlines(s, doc)
                .into_iter()
                .map(|x| x.raw)
                .collect::<Vec<_>>()
        };
        assert_eq!(raws("水利部门要在汛前再次进行检查"), ["汛前"]);
        assert_eq!(
            raws("于主汛期前完成清淤,春节前完成排查"),
            ["主汛期前", "春节前"]
        );
        assert!(raws("做好防汛前期准备").is_empty());
        // A phase's time alone in its bracket (许昌, 2007).
        let got = find_deadlines("(一)动员部署阶段(2007年3月中旬)。", doc);
        assert_eq!(
            (got[0].raw.as_str(), got[0].due),
            ("2007年3月中旬", d("2007-03-20"))
        );
        // The recurrence governs every date listed after it.
        let got = find_deadlines("分别于每年6月底、12月底前将进展情况报送", doc);
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].raw.as_str(), got[0].kind),
            ("每年6月底、12月底前", Recurring)
        );
        // A list of amounts after it is no list of dates (每年、每月 stay apart).
        let got = find_deadlines("每年、每季度开展一次", doc);
        assert!(got.iter().all(|x| !x.raw.contains('、')));
        let got = find_deadlines("视与省住建厅沟通开设端口情况,力争2017年6月末前完成", doc);
        assert_eq!((got[0].kind, got[0].aim), (ByDate, true));
        assert_eq!(
            got[0].condition.as_deref(),
            Some("视与省住建厅沟通开设端口情况")
        );
        let got = find_deadlines("到2024年底,基本建成体系,并持续推进", doc);
        assert_eq!((got[0].kind, got[0].then_ongoing), (ByDate, true));
        assert_eq!(got[0].due, d("2024-12-31"));
        let got = find_deadlines("一季度完成方案制定;二季度完成试点", doc);
        assert_eq!(got[1].due, d("2017-06-30"));
        let got = find_deadlines("按市、兴隆台区编委工作部署适时推进", doc);
        assert_eq!(got[0].kind, AsAppropriate);
        assert_eq!(
            got[0].condition.as_deref(),
            Some("按市、兴隆台区编委工作部署")
        );
    }

    /// Dates typeset with spaces between their parts, as web pages give
    /// them (2024 年 10 月 31 日, 5 月底).
    #[test]
    fn spaced_dates() {
        let doc = d(DOC);
        let raws = |s: &str| {
            find_deadlines(s, doc)
                .into_iter()
                .map(|d| (d.raw, d.due.map(|x| x.to_string())))
                .collect::<Vec<_>>()
        };
        let due = |raw: &str, date: &str| vec![(raw.to_string(), Some(date.to_string()))];
        assert_eq!(
            raws("各区政府于 2024 年 10 月 31 日前报送整改台账"),
            due("2024 年 10 月 31 日前", "2024-10-31")
        );
        assert_eq!(
            raws("2024年5 月底前完成"),
            due("2024年5 月底前", "2024-05-31")
        );
        assert_eq!(raws("5 月底前完成"), due("5 月底前", "2017-05-31"));
        assert_eq!(
            raws("力争 2025年 6月底前建成"),
            due("力争 2025年 6月底前", "2025-06-30")
        );
        // A space after 年 with no month after it stays out of the date.
        assert_eq!(raws("2025年 前完成"), Vec::new());
        assert_eq!(raws("2025年前 完成"), due("2025年前", "2025-12-31"));
        // Figures apart by spaces are no date.
        assert_eq!(raws("共 12 个 3 项"), Vec::new());
    }

    /// A date after 于 and before handing in, also with how it is handed
    /// in between (以书面形式上报) and after 单位 (not 位于).
    #[test]
    fn dates_to_hand_in_by() {
        let doc = d(DOC);
        let raws = |s: &str| {
            find_deadlines(s, doc)
                .into_iter()
                .map(|d| d.raw)
                .collect::<Vec<_>>()
        };
        assert_eq!(raws("请各单位于6月30日以书面形式上报。"), ["6月30日"]);
        assert_eq!(raws("请各县区于9月30日将总结交市政府办公室。"), ["9月30日"]);
        assert_eq!(raws("请于9月30日将名单送交区教育局。"), ["9月30日"]);
        assert_eq!(
            raws("请于3月30日、6月30日、9月30日分三次上报市政府督查室。"),
            ["3月30日", "6月30日", "9月30日"]
        );
        // Not a place (位于) nor a meeting held on a date.
        assert_eq!(
            raws("该园区位于2020年报送的规划范围内。"),
            Vec::<String>::new()
        );
        assert_eq!(raws("会议于6月30日召开。"), Vec::<String>::new());
    }

    #[test]
    fn never_panics() {
        let big = "2017年".repeat(10_000);
        let nasty = [
            "",
            "前前前",
            "〔",
            big.as_str(),
            "99999999999年12月前",
            "年",
            "２０１７年６月末前，力争",
            "每",
            "每月",
            "视",
            "按",
            "力争",
            "到",
            "十十十十月",
            "2017年13月32日前",
            "2017年2月30日前",
            "廿廿廿",
            "\u{0}年底\u{10FFFF}前",
        ];
        for s in nasty {
            for doc in [None, d(DOC)] {
                let p = parse_deadline(s, doc);
                assert_eq!(p.span, Span::new(0, s.len()));
                for x in find_deadlines(s, doc) {
                    assert_eq!(&s[x.span.range()], x.raw);
                }
            }
        }
    }
}
