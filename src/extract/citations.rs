//! Citations of other documents: 《title》, 《title》(文号), and bare 文号.

use crate::elements::doc_number::{find_all, Found};
use memchr::memmem;
use std::ops::Range;

/// A citation in folded coordinates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitationDraft {
    /// Range of the title inside 《》.
    pub title: Option<Range<usize>>,
    /// The document number.
    pub number: Option<Found>,
    /// The whole citation.
    pub range: Range<usize>,
}

/// Every citation in `t`, in order, except the number at `own` (the
/// document's own 发文字号).
pub fn find_citations(t: &str, own: Option<&Range<usize>>) -> Vec<CitationDraft> {
    let numbers: Vec<Found> = find_all(t)
        .into_iter()
        .filter(|f| own.is_none_or(|o| *o != f.range))
        .collect();
    let mut used = vec![false; numbers.len()];
    let mut aliases: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    let mut search = 0;
    // Searched as bytes with memchr: `str::find('《')` looks for the last
    // byte of 《 (0x8A), which ends many other characters too.
    let bytes = t.as_bytes();
    let open_mark = "《".as_bytes();
    let close_mark = "》".as_bytes();
    while let Some(open) = memmem::find(&bytes[search..], open_mark).map(|i| search + i) {
        let inner_start = open + open_mark.len();
        // Titles may nest 〈〉 but not 《》; stop at the first 》, newline or
        // 《. Each is looked for only up to the next 《: on a line of many
        // 《 the search for its end ran to the end of the line from each
        // (quadratic).
        let rest = &bytes[inner_start..];
        let next_mark = memmem::find(rest, open_mark);
        let newline = memchr::memchr(b'\n', &rest[..next_mark.unwrap_or(rest.len())]);
        let next_open = inner_start + newline.or(next_mark).unwrap_or(rest.len());
        let close =
            memmem::find(&bytes[inner_start..next_open], close_mark).map(|i| inner_start + i);
        let Some(close) = close else {
            // Nothing more to read: no line break and no 《 after this one.
            if newline.is_none() && next_mark.is_none() {
                break;
            }
            search = next_open;
            continue;
        };
        let end = close + '》'.len_utf8();
        // A number right after: 《…》(盘政办发〔2016〕94号) or 《…》 (京政文〔1999〕56号).
        let after = &t[end..];
        let trimmed = after.trim_start_matches(' ');
        let gap = after.len() - trimmed.len();
        let mut number = None;
        let mut range_end = end;
        if trimmed.starts_with('(') {
            let p = end + gap + 1;
            if let Some(k) = numbers.iter().position(|f| f.range.start == p) {
                if t[numbers[k].range.end..].starts_with(')') {
                    used[k] = true;
                    range_end = numbers[k].range.end + 1;
                    number = Some(numbers[k].clone());
                }
            }
        }
        // A short name the text gives (…规定(以下简称《规定》)) and its uses
        // later on name no other document.
        let inner = &t[inner_start..close];
        let declares = ["简称", "下称"].iter().any(|w| t[..open].ends_with(w));
        if declares && number.is_none() {
            aliases.push(inner);
        }
        let alias = number.is_none() && aliases.contains(&inner);
        if close > inner_start && !alias {
            out.push(CitationDraft {
                title: Some(inner_start..close),
                number,
                range: open..range_end,
            });
        }
        search = range_end;
    }
    for (k, f) in numbers.into_iter().enumerate() {
        if !used[k] {
            out.push(CitationDraft {
                title: None,
                range: f.range.clone(),
                number: Some(f),
            });
        }
    }
    out.sort_by_key(|c| c.range.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_titles_and_numbers() {
        let t = "落实《市级行政职权下放后开展培训指导工作的意见》(盘提效发〔2014〕4号)精神。按照国务院《行政许可标准化指引(2016版)》,按照盘政发〔2016〕37号要求";
        let c = find_citations(t, None);
        assert_eq!(c.len(), 3);
        assert_eq!(
            &t[c[0].title.clone().unwrap()],
            "市级行政职权下放后开展培训指导工作的意见"
        );
        assert_eq!(c[0].number.as_ref().unwrap().serial, 4);
        assert_eq!(
            &t[c[1].title.clone().unwrap()],
            "行政许可标准化指引(2016版)"
        );
        assert!(c[1].number.is_none());
        assert!(c[2].title.is_none());
        assert_eq!(c[2].number.as_ref().unwrap().agency, "盘政发");
    }
}
