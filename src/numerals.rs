//! Chinese numerals (中文数字): 一, 十二, 二十一, 一百零五, 廿三, and digit-by-digit
//! years such as 二〇一七.
//!
//! Written by hand because the crates that exist convert only a whole numeral
//! string and lack 廿/卅 (see design notes); here the caller cuts out the
//! numeral run first with [`numeral_prefix_len`].

/// Value of one Chinese digit (〇 and ○ included), or `None`.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '○' | '零' | 'O' | 'o' | 'Ｏ' => 0,
        '一' | '壹' => 1,
        '二' | '贰' | '两' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn unit_value(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        '万' => 10_000,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral.
pub(crate) fn is_numeral_char(c: char) -> bool {
    (digit_value(c).is_some() && !matches!(c, 'O' | 'o' | 'Ｏ'))
        || unit_value(c).is_some()
        || matches!(c, '廿' | '卅')
}

/// Byte length of the run of numeral characters at the start of `s`.
pub(crate) fn numeral_prefix_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !is_numeral_char(c))
        .map_or(s.len(), |(i, _)| i)
}

/// Parse a whole Chinese numeral in positional-unit form (二十一, 一百零五,
/// 廿三, 十). Returns `None` for anything else or on overflow.
///
/// ```text
/// 十 → 10, 十二 → 12, 二十 → 20, 二十一 → 21, 一百零五 → 105, 廿三 → 23
/// ```
pub(crate) fn parse_chinese(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut total: u64 = 0; // completed sections (万)
    let mut section: u64 = 0; // below 万
    let mut digit: Option<u64> = None;
    let mut last_unit = u64::MAX;
    for c in s.chars() {
        if let Some(d) = digit_value(c) {
            if digit.is_some_and(|p| p != 0) {
                return None; // 二三 is not positional; see parse_digits
            }
            digit = Some(u64::from(d));
        } else if c == '廿' || c == '卅' {
            if digit.is_some() {
                return None;
            }
            section += if c == '廿' { 20 } else { 30 };
            last_unit = 10;
        } else if let Some(u) = unit_value(c) {
            let u = u64::from(u);
            if u == 10_000 {
                section += digit.take().unwrap_or(0);
                if section == 0 {
                    return None;
                }
                total = total.checked_add(section.checked_mul(u)?)?;
                section = 0;
                last_unit = u64::MAX;
                continue;
            }
            if u >= last_unit {
                return None;
            }
            let d = digit.take().unwrap_or(1);
            section += d * u;
            last_unit = u;
        } else {
            return None;
        }
    }
    section += digit.unwrap_or(0);
    let v = total.checked_add(section)?;
    u32::try_from(v)
        .ok()
        .filter(|&v| v > 0 || s.chars().all(|c| digit_value(c) == Some(0)))
}

/// Parse a digit-by-digit numeral (二〇一七 → 2017).
pub(crate) fn parse_digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.chars().count() > 9 {
        return None;
    }
    let mut v: u32 = 0;
    for c in s.chars() {
        v = v * 10 + digit_value(c)?;
    }
    Some(v)
}

/// Parse an Arabic (ASCII) or Chinese numeral, whichever `s` is.
pub(crate) fn parse_any(s: &str) -> Option<u32> {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    parse_chinese(s).or_else(|| parse_digits(s))
}

/// Circled numbers ① … ⑳ and ㉑ … ㊿.
pub(crate) fn circled_value(c: char) -> Option<u32> {
    let u = c as u32;
    match u {
        0x2460..=0x2473 => Some(u - 0x2460 + 1),
        0x3251..=0x325F => Some(u - 0x3251 + 21),
        0x32B1..=0x32BF => Some(u - 0x32B1 + 36),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positional() {
        let cases = [
            ("一", 1),
            ("九", 9),
            ("十", 10),
            ("十一", 11),
            ("十九", 19),
            ("二十", 20),
            ("二十一", 21),
            ("三十九", 39),
            ("九十九", 99),
            ("一百", 100),
            ("一百零五", 105),
            ("一百一十", 110),
            ("一百二十三", 123),
            ("两千零一十七", 2017),
            ("廿三", 23),
            ("卅", 30),
            ("一万二千", 12000),
            ("壹拾贰", 12),
        ];
        for (s, v) in cases {
            assert_eq!(parse_chinese(s), Some(v), "{s}");
        }
    }

    #[test]
    fn rejects_garbage() {
        for s in ["", "十十", "二三", "a", "一a", "十百"] {
            assert_eq!(parse_chinese(s), None, "{s}");
        }
    }

    #[test]
    fn digit_by_digit_years() {
        assert_eq!(parse_digits("二〇一七"), Some(2017));
        assert_eq!(parse_digits("一九九九"), Some(1999));
        assert_eq!(parse_digits("二○二二"), Some(2022));
        assert_eq!(parse_digits("二O一七"), Some(2017));
        assert_eq!(parse_digits("二十"), None);
    }

    #[test]
    fn any_form() {
        assert_eq!(parse_any("12"), Some(12));
        assert_eq!(parse_any("十二"), Some(12));
        assert_eq!(parse_any("二〇一七"), Some(2017));
        assert_eq!(parse_any("99999999999"), None);
    }

    #[test]
    fn prefix_runs() {
        assert_eq!(numeral_prefix_len("二十一)"), "二十一".len());
        assert_eq!(numeral_prefix_len("abc"), 0);
        assert_eq!(numeral_prefix_len("十"), "十".len());
    }

    #[test]
    fn circled() {
        assert_eq!(circled_value('①'), Some(1));
        assert_eq!(circled_value('⑳'), Some(20));
        assert_eq!(circled_value('㉑'), Some(21));
        assert_eq!(circled_value('㊿'), Some(50));
        assert_eq!(circled_value('a'), None);
    }
}
