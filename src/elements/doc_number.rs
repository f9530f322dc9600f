//! Document numbers (发文字号): 盘政办发〔2017〕69号, 国发\[2019\]3号, 沪奉府办发〔2022〕090号.
//!
//! A document number is never a date: 〔2017〕 is the year of issue, and the
//! whole number is recognised first so that no later stage reads it as one.

use super::kind::last_kind_word_end;
use crate::text::words::WordsByFirst;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The bracketed year and serial: 〔2017〕69号 (brackets as folded text has them).
static CORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[〔\[【(﹝〖]\s*((?:19|20)[0-9]{2})\s*[〕\]】)﹞〗]\s*第?\s*([0-9]{1,6})\s*号")
        .unwrap()
});

/// A document number found in folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the whole number (agency included).
    pub range: Range<usize>,
    /// The agency code (机关代字).
    pub agency: String,
    /// The year.
    pub year: i32,
    /// The serial.
    pub serial: u32,
}

/// Words that stand in a sentence before a number's agency code, never in
/// the code: the code starts after the last of them.
const CUT_WORDS: &[&str] = &[
    "和",
    "及",
    "与",
    "或",
    "的",
    "按照",
    "根据",
    "依据",
    "贯彻",
    "落实",
    "执行",
    "印发",
    "转发",
    "现将",
    "文件",
    "政府",
    "省委",
    "市委",
    "县委",
    "区委",
    "办公厅",
    "办公室",
    // A page's label glued to its value (发文字号武政办〔2020〕1号).
    "文号",
    "字号",
];

/// Words that precede a number in running text but are not part of the
/// agency code (按照盘政发〔2016〕37号).
const LEAD_WORDS: &[&str] = &[
    "按照",
    "根据",
    "依据",
    "参照",
    "对照",
    "落实",
    "执行",
    "贯彻",
    "印发",
    "转发",
    "详见",
    "见",
    "按",
    "依",
    "据",
    "和",
    "及",
    "与",
    "或",
    "即",
    "的",
    "以",
    "经",
    "为",
    "文号",
    "发文字号",
];

fn is_agency_char(c: char) -> bool {
    c.is_alphabetic() && !['、', '，', '。', ';', ':'].contains(&c)
}

/// Every document number in `text`, in order.
pub fn find_all(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    // Find with the DFA first, then read the groups inside the match only:
    // captures over the whole document make the regex engine clear state
    // sized to the whole document on every search.
    for m in CORE.find_iter(text) {
        let Some(caps) = CORE.captures(m.as_str()) else {
            continue;
        };
        let whole = m;
        // Extend left over the agency code: letters/Han, at most 12 chars.
        let before = &text[..whole.start()];
        let mut start = whole.start();
        for (n, (i, c)) in before.char_indices().rev().enumerate() {
            if n >= 16 || !is_agency_char(c) {
                break;
            }
            start = i;
        }
        let mut agency = &text[start..whole.start()];
        if let Some(k) = last_kind_word_end(agency) {
            if k < agency.len() {
                agency = &agency[k..];
            }
        }
        while let Some(w) = LEAD_WORDS
            .iter()
            .find(|w| agency.starts_with(**w) && agency.len() > w.len())
        {
            agency = &agency[w.len()..];
        }
        // Words of the sentence before the code (中央农村工作会议和中发, 现将
        // 南教综, 贯彻省政府鲁政发, 国务院文件国发): the code follows the last.
        // (One walk comparing words where their first characters stand: an
        // `rfind` per word set up a searcher each.)
        static CUTS: LazyLock<WordsByFirst> = LazyLock::new(|| WordsByFirst::new(CUT_WORDS));
        if let Some(cut) = CUTS
            .find_iter(agency)
            .map(|(i, w)| i + w.len())
            .filter(|&e| e < agency.len())
            .max()
        {
            agency = &agency[cut..];
        }
        if agency.chars().count() > 10 {
            // Keep the tail: agency codes are short (国办发, 沪府办发, 穗卫函).
            let skip = agency.chars().count() - 10;
            let idx = agency.char_indices().nth(skip).map_or(0, |(i, _)| i);
            agency = &agency[idx..];
        }
        let start = whole.start() - agency.len();
        let (Ok(year), Ok(serial)) = (caps[1].parse::<i32>(), caps[2].parse::<u32>()) else {
            continue;
        };
        // A number with no agency at all, in parentheses, is a year note (2016版 is
        // excluded by the 号 already); keep it, the agency may legitimately be empty
        // only after a line start.
        out.push(Found {
            range: start..whole.end(),
            agency: agency.to_string(),
            year,
            serial,
        });
    }
    out
}

/// The number when `text` is exactly one (a 发文字号 line), allowing a
/// "文号:" label.
pub fn parse_line(text: &str) -> Option<Found> {
    let t = text.trim();
    let body = t
        .strip_prefix("发文字号:")
        .or_else(|| t.strip_prefix("文号:"))
        .unwrap_or(t);
    // In brackets, as a page prints it under the title: (岳办发〔2017〕2号).
    let (body, closing) = match body.strip_prefix('(').and_then(|b| b.strip_suffix(')')) {
        Some(inner) => (inner, 1),
        None => (body, 0),
    };
    let offset = t.len() - closing - body.len() + (text.len() - text.trim_start().len());
    let caps = CORE.captures(body)?;
    let whole = caps.get(0)?;
    if whole.end() != body.len() {
        return None;
    }
    let agency = body[..whole.start()].trim();
    if agency.is_empty() || agency.chars().count() > 16 || !agency.chars().all(is_agency_char) {
        return None;
    }
    Some(Found {
        range: offset..offset + body.len(),
        agency: agency.to_string(),
        year: caps[1].parse().ok()?,
        serial: caps[2].parse().ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        let f = parse_line("盘政办发〔2017〕69号").unwrap();
        assert_eq!(
            (f.agency.as_str(), f.year, f.serial),
            ("盘政办发", 2017, 69)
        );
        let f = parse_line("沪奉府办发〔2022〕090号").unwrap();
        assert_eq!(
            (f.agency.as_str(), f.year, f.serial),
            ("沪奉府办发", 2022, 90)
        );
        let f = parse_line("国发[2019]3号").unwrap();
        assert_eq!((f.agency.as_str(), f.year, f.serial), ("国发", 2019, 3));
        let f = parse_line("京政文(1999)第56号").unwrap();
        assert_eq!((f.agency.as_str(), f.year, f.serial), ("京政文", 1999, 56));
        let f = parse_line(" (岳办发〔2017〕2号)").unwrap();
        assert_eq!((f.agency.as_str(), f.year, f.serial), ("岳办发", 2017, 2));
        assert_eq!(f.range, 2..2 + "岳办发〔2017〕2号".len());
        assert!(parse_line("(岳办发〔2017〕2号").is_none());
        assert!(parse_line("2017年5月28日").is_none());
        assert!(parse_line("按照盘政发〔2016〕37号要求").is_none());
    }

    #[test]
    fn in_running_text() {
        let t = "认真贯彻落实《意见》(盘政办发〔2016〕94号)精神,按照盘政发〔2016〕37号要求";
        let all = find_all(t);
        assert_eq!(all.len(), 2);
        assert_eq!(&t[all[0].range.clone()], "盘政办发〔2016〕94号");
        assert_eq!(&t[all[1].range.clone()], "盘政发〔2016〕37号");
        let t = "国务院办公厅关于加强环境监管执法的通知国办发〔2014〕56号各省";
        let all = find_all(t);
        assert_eq!(all[0].agency, "国办发");
        // The sentence's words before the code (出自 other notices: 临沂 2010,
        // 南安 2007, 黄淮学院 2012).
        for (t, agency) in [
            ("中央农村工作会议和中发〔2010〕1号文件", "中发"),
            ("认真贯彻省政府鲁政发〔2014〕20号精神", "鲁政发"),
            ("国务院文件国发〔2016〕76号", "国发"),
            ("现将南教综[2007]224号转发给你们", "南教综"),
            ("相关部门和各院系按照院党字〔2012〕9号执行", "院党字"),
            ("盘政办发〔2017〕69号", "盘政办发"),
        ] {
            assert_eq!(find_all(t)[0].agency, agency, "{t}");
        }
    }
}
