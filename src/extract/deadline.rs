//! Deadlines (完成时限): 2017年6月末前, 年底前, 长期推进, 适时推进…

use crate::{Date, Deadline, DeadlineKind, Span};

/// Read a deadline phrase (already width-folded: ASCII digits and punctuation).
pub fn parse_deadline(raw: &str, doc_date: Option<Date>) -> Deadline {
    let _ = doc_date;
    Deadline {
        raw: raw.to_string(),
        kind: DeadlineKind::Unspecified,
        start: None,
        due: None,
        then_ongoing: false,
        aim: false,
        condition: None,
        span: Span::new(0, raw.len()),
    }
}

/// Find deadline phrases in running text; spans are relative to `text`.
pub fn find_deadlines(text: &str, doc_date: Option<Date>) -> Vec<Deadline> {
    let _ = (text, doc_date);
    Vec::new()
}
