//! Property tests: whatever the input, `parse` returns, every span it gives
//! points at the exact text it came from, outline spans nest, and the
//! document survives a JSON round trip.
//!
//! Inputs: arbitrary strings, strings built from the pieces of a notice
//! (markers, brackets, 文号, dates, department clauses), and real notices
//! (`tests/data/*.txt`) mutated the way archives mangle them: lines deleted,
//! duplicated, swapped or joined, full/half width switched, files truncated.

#[path = "support/invariants.rs"]
mod invariants;

use invariants::parse_and_check;
use proptest::prelude::*;

/// The real notices the mutations start from.
const NOTICES: &[&str] = &[
    include_str!("data/000_ff0d01acfb8f9152.txt"),
    include_str!("data/16_sh-elderly-homes-fire-problem-list-rectify.txt"),
    include_str!("data/26_gz-minimum-living-standard-notice.txt"),
    include_str!("data/46_sh-xuhui-renovation-waste-scheme.txt"),
    include_str!("data/51_hf-beijing-pollution-targets-reply-1999.txt"),
];

/// Pieces of a notice, so random strings hit the parser's real paths.
const PIECES: &[&str] = &[
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "　",
    "\u{200B}",
    "\u{FEFF}",
    "一、",
    "二、",
    "十一、",
    "（一）",
    "（二）",
    "(三)",
    "1.",
    "2．",
    "１.",
    "（1）",
    "(2)",
    "①",
    "②",
    "⑩",
    "㈠",
    "第一条",
    "第二章",
    "第三节",
    "一是",
    "二是",
    "。",
    "，",
    ",",
    "；",
    ";",
    "：",
    ":",
    "、",
    "（",
    "）",
    "(",
    ")",
    "〔",
    "〕",
    "[",
    "]",
    "《",
    "》",
    "“",
    "”",
    "号",
    "年",
    "月",
    "日",
    "前",
    "底",
    "末",
    "2017",
    "2017年",
    "6月",
    "6月末前",
    "2017年6月末前",
    "12月底前",
    "长期推进",
    "立即",
    "每季度",
    "力争",
    "至",
    "盘政办发〔2017〕69号",
    "国办发[2019]3号",
    "(2017)69号",
    "〔2025〕2号",
    "《关于加强管理的通知》",
    "牵头部门",
    "牵头单位",
    "责任单位",
    "配合单位",
    "完成时限",
    "市住建委",
    "市政府办",
    "各县区政府",
    "区民政局",
    "（牵头部门：市住建委；完成时限：2017年6月末前）",
    "(责任单位:市水务局;完成时限:2024年6月底前)",
    "关于做好防汛工作的通知",
    "实施方案",
    "意见",
    "附件：",
    "附件:1.",
    "抄送：",
    "印发",
    "转发",
    "问题",
    "整改措施",
    "共梳理出7个方面21条问题",
    "提出了37条整改措施",
    "上海市人民政府办公厅",
    "2024年5月6日",
    "各区人民政府:",
    "发布时间:2017-11-06",
    "加强值守",
    "x",
    "A",
    "0",
    "9",
];

/// `default` cases, or `PROPTEST_CASES` when set (for a longer soak:
/// `PROPTEST_CASES=5000 cargo test --release --test properties`).
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|v| v.concat())
}

/// One way an archive mangles a notice.
#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    /// Join line `i` with the next one (a lost line break).
    Join(usize),
    /// Full width ↔ half width in line `i`.
    Width(usize),
    /// Cut the whole text at this char (a truncated file).
    Truncate(usize),
    /// Insert a piece at the start of line `i`.
    Insert(usize, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let i = 0..10_000usize;
    prop_oneof![
        3 => i.clone().prop_map(Mutation::Delete),
        3 => i.clone().prop_map(Mutation::Duplicate),
        3 => (i.clone(), i.clone()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        3 => i.clone().prop_map(Mutation::Join),
        3 => i.clone().prop_map(Mutation::Width),
        1 => (0..100_000usize).prop_map(Mutation::Truncate),
        2 => (i, prop::sample::select(PIECES)).prop_map(|(a, p)| Mutation::Insert(a, p)),
    ]
}

/// Switch width both ways: （↔(, ，↔,, ：↔:, ；↔;, digits ↔ full-width digits.
fn switch_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '（' => '(',
            '(' => '（',
            '）' => ')',
            ')' => '）',
            '，' => ',',
            ',' => '，',
            '：' => ':',
            ':' => '：',
            '；' => ';',
            ';' => '；',
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap(),
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap(),
            c => c,
        })
        .collect()
}

fn apply(text: &str, muts: &[Mutation]) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let mut truncate = None;
    for m in muts {
        let n = lines.len().max(1);
        match *m {
            Mutation::Delete(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            Mutation::Duplicate(i) if !lines.is_empty() => {
                let l = lines[i % n].clone();
                lines.insert(i % n, l);
            }
            Mutation::Swap(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
            Mutation::Join(i) if lines.len() > 1 => {
                let i = i % (lines.len() - 1);
                let next = lines.remove(i + 1);
                lines[i].push_str(&next);
            }
            Mutation::Width(i) if !lines.is_empty() => lines[i % n] = switch_width(&lines[i % n]),
            Mutation::Truncate(c) => truncate = Some(c),
            Mutation::Insert(i, p) if !lines.is_empty() => lines[i % n].insert_str(0, p),
            _ => {}
        }
    }
    let mut s = lines.join("\n");
    if let Some(c) = truncate {
        let chars = s.chars().count().max(1);
        if let Some((b, _)) = s.char_indices().nth(c % chars) {
            s.truncate(b);
        }
    }
    s
}

#[test]
fn real_notices_hold_the_invariants() {
    for n in NOTICES {
        let doc = parse_and_check(n);
        assert!(doc.title.is_some());
        // The whole notice, every width switched, too.
        parse_and_check(&switch_width(n));
        // And with every line break lost.
        parse_and_check(&n.replace('\n', ""));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        parse_and_check(&s);
    }

    #[test]
    fn strings_of_notice_pieces(s in pieces()) {
        parse_and_check(&s);
    }

    #[test]
    fn pieces_inside_a_notice(
        which in 0..NOTICES.len(),
        at in 0..100_000usize,
        s in pieces(),
    ) {
        let n = NOTICES[which];
        let chars = n.chars().count();
        let (b, _) = n.char_indices().nth(at % chars).unwrap();
        let input = format!("{}{s}{}", &n[..b], &n[b..]);
        parse_and_check(&input);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(128)))]

    #[test]
    fn mutated_notices(
        which in 0..NOTICES.len(),
        muts in prop::collection::vec(mutation(), 1..12),
    ) {
        parse_and_check(&apply(NOTICES[which], &muts));
    }

    #[test]
    fn notices_with_junk_bytes(
        which in 0..NOTICES.len(),
        at in 0..100_000usize,
        junk in prop::collection::vec(any::<u8>(), 1..64),
    ) {
        // Binary junk spliced in, decoded lossily the way a careless caller would.
        let n = NOTICES[which].as_bytes();
        let at = at % n.len();
        let mut bytes = n[..at].to_vec();
        bytes.extend_from_slice(&junk);
        bytes.extend_from_slice(&n[at..]);
        let s = String::from_utf8_lossy(&bytes);
        parse_and_check(&s);
    }
}

/// "Nothing of the input silently dropped": the opening paragraph of a
/// notice, before its first numbered heading, is in the output (`preamble`).
#[test]
fn opening_paragraph_is_kept() {
    for (notice, opening) in [
        (NOTICES[0], "按照市委、市政府关于深化“放管服”改革工作部署"),
        (
            NOTICES[2],
            "经市人民政府同意，现公布我市2025年城乡最低生活保障",
        ),
    ] {
        let json = serde_json::to_string(&gongwen::parse(notice)).unwrap();
        assert!(json.contains(opening), "{opening:?} is not in the output");
    }
}

/// A well-formed notice built from random parts: what was put in is found,
/// at the place it was put.
fn notice() -> impl Strategy<Value = (String, String, usize, usize)> {
    let agency = prop::sample::select(&["盘政办发", "沪府办", "国办发", "京政文"][..]);
    let heads = prop::collection::vec(
        (
            prop::sample::select(&["加强组织领导", "明确工作责任", "强化督促检查"][..]),
            0..4usize,
        ),
        1..8,
    );
    (agency, 2000..2030i32, 1..999u32, heads, any::<bool>()).prop_map(
        |(agency, year, serial, heads, wide)| {
            let number = if wide {
                format!("{agency}〔{year}〕{serial}号")
            } else {
                format!("{agency}[{year}]{serial}号")
            };
            let mut s = format!("关于加强管理工作的通知\n\n{number}\n\n各区人民政府：\n\n");
            let mut subs = 0;
            for (i, (head, n)) in heads.iter().enumerate() {
                s.push_str(&format!("{}、{head}\n\n", gongwen_numeral(i + 1)));
                for j in 0..*n {
                    s.push_str(&format!(
                        "（{}）做好第{}项工作。（牵头部门：市住建委；完成时限：{}年6月底前）\n\n",
                        gongwen_numeral(j + 1),
                        j + 1,
                        year
                    ));
                    subs += 1;
                }
            }
            s.push_str("上海市人民政府办公厅\n\n2024年5月6日\n");
            (s, number, heads.len(), subs)
        },
    )
}

fn gongwen_numeral(n: usize) -> &'static str {
    ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"][n]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    #[test]
    fn generated_notices_are_read_back((s, number, tops, subs) in notice()) {
        let doc = parse_and_check(&s);
        let n = doc.doc_number.as_ref().expect("doc number");
        prop_assert_eq!(&n.raw, &number);
        prop_assert_eq!(&s[n.span.range()], number.as_str());
        prop_assert_eq!(doc.outline.len(), tops);
        let children: usize = doc.outline.iter().map(|n| n.children.len()).sum();
        prop_assert_eq!(children, subs);
        prop_assert_eq!(doc.tasks.len(), subs);
        for t in &doc.tasks {
            prop_assert_eq!(&t.lead_departments, &["市住建委"]);
            prop_assert!(t.deadline.is_some());
        }
    }
}
