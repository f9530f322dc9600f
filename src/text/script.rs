//! Traditional script (繁体): notices saved from a government site's 繁體
//! view (關於印發…的通知, 責任單位, 盤政辦發〔2021〕1號) are read as the
//! simplified notices they were converted from.
//!
//! A document is told traditional from its opening (see [`is_traditional`]);
//! its folded text then has every traditional character replaced by its
//! simplified one, character for character and byte length for byte length,
//! so the offset map of folding stands and every span still points at the
//! text as written. Quoted texts (`text`, `raw`, titles) are sliced from
//! the input and keep their script; department names, which are derived,
//! are simplified, as they are folded text (docs/decisions.md).
//!
//! The character table is the `fast2s` crate's (feature `traditional`, on
//! by default).

/// How far into the text the script is judged: past a page's chrome, into
/// its title and first paragraphs, and no further (the test runs on every
/// notice, most of them simplified).
const SAMPLE_BYTES: usize = 1024;

/// How many of the sample's characters must be traditional ones: one may
/// be a name (於潜, 乾隆) in a simplified text.
const MIN_HITS: usize = 3;

/// The traditional characters a notice uses most (關 of 關於, 發 of 印發, 號
/// of a 文號, 單 of 單位, 會 of 委員會…), none of them in use in simplified
/// text.
const TELLING: &str =
    "關發號單會區縣鄉鎮責務實為與應須這們國門辦廳見業產經濟開時對規劃現員議組織將並";

/// [`TELLING`] as a bitmap over U+4E00…U+9FFF: one bit test a character.
static TELLING_BITS: [u64; 328] = {
    let mut bits = [0u64; 328];
    let b = TELLING.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        let cp = ((b[i] as u32 & 0x0F) << 12)
            | ((b[i + 1] as u32 & 0x3F) << 6)
            | (b[i + 2] as u32 & 0x3F);
        let k = (cp - 0x4E00) as usize;
        bits[k / 64] |= 1 << (k % 64);
        i += 3;
    }
    bits
};

/// Whether the opening of `text` is written in traditional script: it holds
/// at least [`MIN_HITS`] of the [`TELLING`] characters.
pub(crate) fn is_traditional(text: &str) -> bool {
    let b = &text.as_bytes()[..text.len().min(SAMPLE_BYTES)];
    let mut hits = 0;
    let mut i = 0;
    // A walk over bytes: a character of the set is three bytes, E4–E9 first
    // (U+4E00…U+9FFF); every other character is stepped over by its lead
    // byte, not decoded.
    while i < b.len() {
        let lead = b[i];
        if (0xE4..=0xE9).contains(&lead) && i + 2 < b.len() {
            let cp = ((lead as usize & 0x0F) << 12)
                | ((b[i + 1] as usize & 0x3F) << 6)
                | (b[i + 2] as usize & 0x3F);
            if let Some(k) = cp.checked_sub(0x4E00) {
                if TELLING_BITS[k / 64] >> (k % 64) & 1 != 0 {
                    hits += 1;
                    if hits >= MIN_HITS {
                        return true;
                    }
                }
            }
        }
        i += crate::text::utf8_len(lead);
    }
    false
}

/// `text` with its traditional characters replaced by simplified ones, when
/// its opening is in traditional script (see [`is_traditional`]); `None`
/// when it is not. Only replacements of the same UTF-8 length are made, so
/// every byte offset of `text` stays where it was.
pub(crate) fn simplified(text: &str) -> Option<String> {
    if !is_traditional(text) {
        return None;
    }
    let converted = fast2s::convert(text);
    let mut out = String::with_capacity(text.len());
    let mut prev = '\0';
    // `convert` gives one character for each.
    for (c, s) in text.chars().zip(converted.chars()) {
        let s = match (prev, c) {
            // 批覆, 答覆, 回覆: 复 in simplified text (the table keeps 覆
            // there, as a Taiwan reader writes it).
            ('批' | '答' | '回', '覆') => '复',
            _ => s,
        };
        out.push(if s.len_utf8() == c.len_utf8() { s } else { c });
        prev = c;
    }
    debug_assert_eq!(out.len(), text.len());
    (out.len() == text.len()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telling_characters_are_in_the_bitmap() {
        let mut n = 0;
        for k in 0..328 * 64 {
            n += (TELLING_BITS[k / 64] >> (k % 64) & 1) as usize;
        }
        assert_eq!(n, TELLING.chars().count());
        assert!(TELLING
            .chars()
            .all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)));
    }

    #[test]
    fn tells_traditional_openings() {
        assert!(is_traditional("盤錦市人民政府辦公室關于印發《方案》的通知"));
        assert!(!is_traditional(
            "盘锦市人民政府办公室关于印发《方案》的通知"
        ));
        // One name in traditional characters is no traditional text.
        assert!(!is_traditional("关于於潜镇乾隆年间古建筑保护的通知"));
    }

    #[test]
    fn simplifies_keeping_offsets() {
        let t = "盤政辦發〔2021〕1號\n各縣、區人民政府:\n(責任單位:市財政局)批覆";
        let s = simplified(t).unwrap();
        assert_eq!(
            s,
            "盘政办发〔2021〕1号\n各县、区人民政府:\n(责任单位:市财政局)批复"
        );
        assert_eq!(s.len(), t.len());
        assert_eq!(simplified("盘政办发〔2021〕1号"), None);
    }
}
