//! Department lists (责任单位): splitting and coordinated-ellipsis expansion.
//!
//! A list such as `市住建委,双台子区、兴隆台区政府,辽东湾新区、辽河口生态经济区管委会`
//! is split at `、` `,` `;` (and their full-width forms), at `及` / `以及` / `和`
//! / `与` / `或` where both sides are whole names, and at `等` when a qualified name follows
//! it (`税务总局等国务院相关部门` → 税务总局, 国务院相关部门). A final generic
//! `等` / `等部门` / `等有关部门和单位` is dropped. Coordinated ellipsis
//! (`双台子区、兴隆台区政府`) is expanded by giving each bare place the suffix
//! of the place+suffix item that closes its run.
//!
//! Decisions not settled by the spec:
//! - A bare place (`九亭镇`, `经开区`, `经济区`, `各街镇`) *is* a department name:
//!   towns and districts appear as 牵头单位 in real notices. Callers that read
//!   unlabelled brackets must additionally require [`is_institution_name`],
//!   so that `(经济区)` is not an assignment.
//! - `X等国务院相关部门` keeps the category as its own entry; `X等有关部门`,
//!   `X等相关单位`, `X等部门` drop the generic tail.
//! - `各有关部门和单位` stays one name (`单位` alone is not a name).

use crate::text::words::{CharFilter, Endings, FirstChars, WordsByFirst};
use std::sync::LazyLock;

/// Characters that close a run for coordinated ellipsis (`,` `;`), as
/// opposed to `、` which keeps it open.
const GROUP_SEPARATORS: &[char] = &[',', ';', '，', '；'];

/// Whitespace trimmed around names (ASCII and the ideographic space).
fn trim(s: &str) -> &str {
    crate::text::trim_blank(s)
}

/// Bracket depth change of a character (ASCII and full-width round brackets,
/// 〔〕 and 【】).
fn depth_delta(c: char) -> i32 {
    match c {
        '(' | '（' | '〔' | '【' | '[' => 1,
        ')' | '）' | '〕' | '】' | ']' => -1,
        _ => 0,
    }
}

/// Split `s` at any of `seps` found at bracket depth 0. Yields the pieces
/// with their byte offsets in `s` (untrimmed, possibly empty).
pub(crate) fn split_top<'a>(s: &'a str, seps: &'a [char]) -> SplitTop<'a> {
    SplitTop {
        s,
        seps,
        // Han characters (U+4000–U+9FFF, lead bytes E4–E9) are neither
        // brackets nor, here, separators: stepped over without decoding.
        han_sep: seps.iter().any(|c| ('\u{4000}'..='\u{9FFF}').contains(c)),
        pos: 0,
        start: 0,
        depth: 0,
        done: false,
    }
}

/// The pieces of [`split_top`], found as they are asked for.
pub(crate) struct SplitTop<'a> {
    s: &'a str,
    seps: &'a [char],
    han_sep: bool,
    pos: usize,
    start: usize,
    depth: i32,
    done: bool,
}

impl<'a> Iterator for SplitTop<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        if self.done {
            return None;
        }
        let bytes = self.s.as_bytes();
        while self.pos < bytes.len() {
            if !self.han_sep && (0xE4..=0xE9).contains(&bytes[self.pos]) {
                self.pos += 3;
                continue;
            }
            let Some(c) = self.s[self.pos..].chars().next() else {
                break;
            };
            let at = self.pos;
            self.pos += c.len_utf8();
            let d = depth_delta(c);
            if d != 0 {
                self.depth = (self.depth + d).max(0);
                continue;
            }
            if self.depth == 0 && self.seps.contains(&c) {
                let piece = (self.start, &self.s[self.start..at]);
                self.start = self.pos;
                return Some(piece);
            }
        }
        self.done = true;
        Some((self.start, &self.s[self.start..]))
    }
}

/// The part of a name before a trailing bracketed inner list
/// (`区委宣传部(区文明办、区政府新闻办)` → `区委宣传部`).
fn core_of(name: &str) -> &str {
    let t = trim(name);
    if t.ends_with(')') || t.ends_with('）') {
        // The last bracket opened at the top level: a bracket before it is
        // part of the core (各镇(街道)人民政府(办事处)).
        let mut depth = 0i32;
        let mut last_open = None;
        for (i, c) in t.char_indices() {
            let d = depth_delta(c);
            if d > 0 && depth == 0 {
                last_open = Some(i);
            }
            depth = (depth + d).max(0);
        }
        if let Some(i) = last_open {
            return trim(&t[..i]);
        }
    }
    t
}

/// Whether `s` holds a word of [`VERB_WORDS`], or 组织 used as a verb (not
/// 组织部): one walk over the characters, comparing words only where a
/// character starts one (a regex over the same words cost several times
/// more per short name).
fn has_verb(s: &str) -> bool {
    static VERBS: LazyLock<WordsByFirst> = LazyLock::new(|| {
        let mut words = VERB_WORDS.to_vec();
        words.push("组织");
        WordsByFirst::new(&words)
    });
    VERBS.any_where(s, |at, w| {
        let after = &s[at + w.len()..];
        // 组织部; the bodies named by their role (各牵头单位, 各参与单位,
        // 配合部门), the role word right before the name's end.
        let role_name = matches!(
            w,
            "牵头" | "配合" | "参与" | "协助" | "协办" | "支撑" | "负责"
        ) && matches!(after, "单位" | "部门" | "责任单位" | "责任部门");
        let body_name = role_name || (w == "组织" && after.starts_with('部'));
        !body_name
    })
}

/// Whether `s` holds a digit or punctuation no name holds (:,;。《》“”"〔〕,
/// ASCII or full-width). Read as bytes: the full-width forms share a few
/// lead bytes (E2, E3, EF) that Han characters never start with.
fn has_non_name_char(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let found = match b[i] {
            // Most characters are Han (lead bytes E4–E9): step over them whole.
            0xE4..=0xE9 => false,
            b'0'..=b'9' | b':' | b',' | b';' | b'"' => true,
            // “ ”
            0xE2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C | 0x9D)),
            // 。 《 》 〔 〕
            0xE3 => {
                b.get(i + 1) == Some(&0x80)
                    && matches!(b.get(i + 2), Some(0x82 | 0x8A | 0x8B | 0x94 | 0x95))
            }
            // ０–９ ： ； ，
            0xEF => b.get(i + 1) == Some(&0xBC) && matches!(b.get(i + 2), Some(0x90..=0x9B | 0x8C)),
            _ => false,
        };
        if found {
            return true;
        }
        i += crate::text::utf8_len(b[i]);
    }
    false
}

/// Longest name accepted, in bytes (about 40 Han characters).
const MAX_NAME_BYTES: usize = 120;

/// Generic words that are not names on their own.
const GENERIC: &[&str] = &[
    "部门",
    "单位",
    "机构",
    "机关",
    "地区",
    "政府",
    "部",
    "委",
    "办",
    "局",
    "厅",
    "署",
    "会",
    "院",
    "处",
    "室",
    "科",
    "所",
    "站",
    "队",
    "中心",
    "方面",
    "各方",
    "有关方面",
    "相关方面",
    "市",
    "区",
    "县",
    "镇",
    "乡",
    "省",
    "街道",
    "城区",
    "市区",
    "辖区",
    "景区",
    "医院",
    "中央",
];

/// Whether `core` is one of the [`GENERIC`] words. Looked up by length
/// first: a name is rarely as short as these, and comparing it with each of
/// forty words cost more than the rest of the checks.
fn is_generic(core: &str) -> bool {
    const LONGEST: usize = 12;
    core.len() <= LONGEST && GENERIC.iter().any(|w| w.len() == core.len() && *w == core)
}

/// Endings that make a word a non-name even though they end like one
/// (全部, 区域, 场所 …).
const BAD_ENDINGS: &[&str] = &[
    "全部",
    "内部",
    "外部",
    "局部",
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "干部",
    "场所",
    "住所",
    "此处",
    "好处",
    "各处",
    "之处",
    "学科",
    "本科",
    "专科",
    "区域",
    "社会",
    "机会",
    "全社会",
    // 法庭 is a body; 申请家庭 (the families applying) is not.
    "家庭",
];

/// Words whose presence marks a verb phrase or sentence, not a name.
const VERB_WORDS: &[&str] = &[
    "负责",
    "牵头",
    "配合",
    "会同",
    "参与",
    "协助",
    "协办",
    "支撑",
    "落实",
    "开展",
    "加强",
    "推进",
    "推动",
    "做好",
    "建立",
    "确保",
    "完善",
    "实施",
    "制定",
    "完成",
    "抓好",
    "提高",
    "提升",
    "深化",
    "强化",
    "督促",
    "简称",
    "按职责",
    "分工",
    "推广",
    "鼓励",
    "支持",
    "引导",
    "严格",
    "不得",
    "应当",
    "予以",
    "的",
    "是",
    "要求",
    "以下",
    "下同",
    "为牵头",
    "第一位",
    "试行",
    // 本市实行属地管理和部门负责相结合…: a system described.
    "实行",
];

/// Words a name may not start with (prepositions, conjunctions).
const BAD_STARTS: &[&str] = &[
    "由", "请", "要", "对", "将", "把", "按", "在", "从", "向", "以", "并", "及", "与", "等", "含",
    "包括", "其中", "各项", "上述", "建议",
    // Some of them (部分乡镇和单位对…认识还不够): a problem described, not
    // bodies named.
    "部分", "个别", "少数", "一些",
    // Who is asked, not named (提请市人民政府…).
    "提请", "报请",
];

/// [`BAD_STARTS`] after 有 (有个别单位…), apart: 有 opens many names (有关部门).
const BAD_AFTER_YOU: &[&str] = &["个别", "部分", "少数", "些", "的"];

/// Endings of the names of institutions (not bare places).
const ORG_ENDINGS: &[&str] = &[
    "院系",
    "部",
    "委",
    "办",
    "局",
    "厅",
    "署",
    "会",
    "院",
    "府",
    "室",
    "处",
    "科",
    "所",
    "站",
    "队",
    "联",
    "社",
    "校",
    "庭",
    "银行",
    "中心",
    "部门",
    "单位",
    "机构",
    "机关",
    "地区",
    "各地",
    "公司",
    "集团",
    "小组",
    "社区",
    "团中央",
    "组委",
    "居委",
    "村委",
    // 各村居 (villages and neighbourhoods), 党总支 / 各片总支, 党支部.
    "村居",
    "总支",
    "支部",
    "办公室",
    "指挥部",
    "总社",
    "科协",
    "海关",
    "支行",
    "分行",
    // Task forces and working groups (区疫情防控工作专班, 市督查组, 各党组).
    "专班",
    "工作组",
    "督查组",
    "督导组",
    "检查组",
    "巡查组",
    "专家组",
    "党组",
    // Public institutions named by their building (市档案馆, 市气象台).
    // Schools (各中心小学, 各中小学, 市第一中学; 学校 and 学院 end as 校, 院).
    "小学",
    "中学",
    "大学",
    "档案馆",
    "图书馆",
    "博物馆",
    "纪念馆",
    "文化馆",
    "科技馆",
    "美术馆",
    "气象台",
    "电视台",
    "电台",
    // Industrial parks (新材料产业园, 商贸物流园); not 幼儿园, 免试入园.
    "产业园",
    "物流园",
    "工业园",
    "科技园",
    "创业园",
    "软件园",
    "示范园",
    "街镇",
    "乡镇",
    "各方面",
    "有关方面",
    "相关方面",
];

/// Endings of bare places (`兴隆台区`, `九亭镇`, `九里亭街道`).
const PLACE_ENDINGS: &[&str] = &["市", "区", "县", "镇", "乡", "省", "旗", "村", "街道"];

/// [`PLACE_ENDINGS`], looked up by last character.
static PLACES: LazyLock<Endings> = LazyLock::new(|| Endings::new(PLACE_ENDINGS));

/// Place words that stand alone only as the alternatives in a name's
/// bracket (各乡镇(街道), 各县(市、区)).
const PLACE_WORDS: &[&str] = &[
    "市", "区", "县", "镇", "乡", "省", "旗", "街道", "乡镇", "街镇",
];

/// Characters that end a place prefix inside a place+suffix name.
const PLACE_CHARS: &[char] = &['市', '区', '县', '镇', '乡', '省', '旗'];

/// Characters that, right after a place character, show it is not a place
/// prefix (市场, 区域, 县域, 市直 …). 级 is not among them: 省、市、县级人民政府
/// shares 级人民政府 (省级人民政府, 市级人民政府, 县级人民政府).
const NOT_AFTER_PLACE: &[char] = &['场', '域', '划', '内', '外', '属', '直', '情'];

/// Checks shared by [`is_department_name`] and [`is_institution_name`]:
/// `None` when `name` cannot be a name, else its core (inner list removed).
fn plausible_core(name: &str) -> Option<&str> {
    plausible_core_ending(name, |_| true)
}

/// [`plausible_core`] for a caller that also needs the core to end a certain
/// way (`ending_ok`): that suffix test is cheap and rejects most candidates,
/// so it runs before the verb search (a regex) rather than after.
fn plausible_core_ending(name: &str, ending_ok: impl Fn(&str) -> bool) -> Option<&str> {
    let t = trim(name);
    // A byte bound first keeps every check below O(1) per call, so list
    // splitting stays linear.
    if t.is_empty() || t.len() > MAX_NAME_BYTES {
        return None;
    }
    if has_non_name_char(t) {
        return None;
    }
    let core = core_of(t);
    if core.is_empty() || is_generic(core) {
        return None;
    }
    // Bracketed inner list: its items must be names too.
    if core.len() < t.len() {
        let inner = &t[core.len()..];
        let inner = inner
            .trim_start_matches(['(', '（'])
            .trim_end_matches([')', '）']);
        if inner.contains(['(', '（', ')', '）'])
            || !inner.split(['、', ',']).all(|p| {
                // The places a name stands for (各乡镇(街道), 各县(市、区)) may
                // be bare place words.
                (plausible_core(p).is_some() || PLACE_WORDS.contains(&trim(p)))
                    && !p.contains(['、', ','])
            })
        {
            return None;
        }
    }
    static BAD_FIRST: LazyLock<FirstChars> = LazyLock::new(|| FirstChars::new(BAD_STARTS, &[]));
    let bad_start = BAD_FIRST.starts(core) && BAD_STARTS.iter().any(|w| core.starts_with(w))
        || core
            .strip_prefix('有')
            .is_some_and(|rest| BAD_AFTER_YOU.iter().any(|w| rest.starts_with(w)));
    if bad_start || !ending_ok(core) {
        return None;
    }
    // 组织 / 指导 are verbs unless part of a body's name (组织部, 指导中心).
    if has_verb(core) || core.ends_with("指导") {
        return None;
    }
    Some(core)
}

/// Whether `text` may hold the name of a body: some character of it could
/// end one (the last character of an institution's or a place's ending).
/// False proves that no part of `text` passes [`is_department_name`]; one
/// filter test per character, so a bracket like (一) or (2016版) is turned
/// away before it is split into a list.
pub(crate) fn may_name_a_body(text: &str) -> bool {
    static LAST: LazyLock<CharFilter> = LazyLock::new(|| {
        CharFilter::of(
            ORG_ENDINGS
                .iter()
                .chain(PLACE_ENDINGS)
                .filter_map(|w| w.chars().next_back()),
        )
    });
    text.chars().any(|c| LAST.may_hold(c))
}

/// Whether `name` looks like the name of a body (not a verb phrase).
///
/// True for institutions (市住建委, 财政部, 国务院相关部门, 各县区政府, 人民银行,
/// 区委宣传部(区文明办)) and for bare places, which real notices use as
/// responsible units (九亭镇, 经开区, 各地区, 各街镇; `经济区` alone is accepted
/// for the same reason). False for verb phrases and fragments (加强监管,
/// 由市住建委负责, 确保工作正常开展), anything with a digit (2016版,
/// 2017年6月末前), labels and punctuation, and generic words alone (部门, 单位).
pub fn is_department_name(name: &str) -> bool {
    let ending_ok = |core: &str| ends_with_org(core) || is_bare_place_core(core);
    plausible_core_ending(name, ending_ok).is_some()
        || without_role_alternative(name)
            .is_some_and(|n| plausible_core_ending(&n, ending_ok).is_some())
}

/// Roles a name may give as alternatives in a bracket (各责任(配合)单位,
/// 各牵头(责任)单位: the units in charge or helping).
const ROLE_WORDS: &[&str] = &["责任", "配合", "牵头", "协办", "主办", "承办", "参与"];

/// `name` without a role's alternative in a bracket inside it (各责任(配合)
/// 单位 → 各责任单位), if it has one.
fn without_role_alternative(name: &str) -> Option<String> {
    let open = memchr::memchr(b'(', name.as_bytes())?;
    let close = open + memchr::memchr(b')', &name.as_bytes()[open..])?;
    let inner = &name[open + 1..close];
    let before = &name[..open];
    (close + 1 < name.len()
        && ROLE_WORDS.contains(&inner)
        && ROLE_WORDS.iter().any(|w| before.ends_with(w)))
    .then(|| format!("{before}{}", &name[close + 1..]))
}

/// Whether `name`, in a list that a label says names bodies (责任单位:…), is
/// one: any name, also one that ends no usual way (五金城, 科学城, 市一中,
/// 各乡镇场), but no verb phrase, digit, punctuation or generic word alone,
/// and at most 20 characters.
pub(crate) fn is_listed_name(name: &str) -> bool {
    plausible_core(name).is_some_and(|core| core.chars().nth(20).is_none())
}

/// Whether `name` is the name of an institution: [`is_department_name`] and
/// not a bare place (so 市住建委, 各县区政府, 经济区管委会 but not 经济区, 九亭镇).
pub fn is_institution_name(name: &str) -> bool {
    plausible_core_ending(name, ends_with_org).is_some()
}

/// Whether `core` ends the way an institution's name does (局, 部门, 委员会…).
pub(crate) fn ends_with_org(core: &str) -> bool {
    static ORG: LazyLock<Endings> = LazyLock::new(|| Endings::new(ORG_ENDINGS));
    static BAD: LazyLock<Endings> = LazyLock::new(|| Endings::new(BAD_ENDINGS));
    // Enterprises are bodies when a notice addresses each of them (各重点
    // 企业应…报送): 企业 alone is the economy, not whom work is given to.
    (ORG.ends(core) && !BAD.ends(core)) || (core.starts_with('各') && core.ends_with("企业"))
}

fn is_bare_place_core(core: &str) -> bool {
    PLACES.ends(core) && !ends_with_org(core)
}

/// Whether `item` is a bare place with nothing after it (兴隆台区, 市, 辽东湾新区):
/// the first half of a coordinated ellipsis (市、兴隆台区编委办).
pub(crate) fn is_bare_place(item: &str) -> bool {
    let t = trim(item);
    matches!(t, "市" | "区" | "县" | "镇" | "乡" | "省")
        || (PLACES.ends(t) && plausible_core_ending(t, is_bare_place_core) == Some(t))
}

/// Split a place+suffix name into its place prefix and its suffix
/// (兴隆台区编委办 → 兴隆台区 + 编委办; 区民政部门 → 区 + 民政部门).
fn place_and_suffix(item: &str) -> Option<(&str, &str)> {
    let t = trim(item);
    if !is_institution_name(t) {
        return None;
    }
    let mut chars = t.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if PLACE_CHARS.contains(&c) {
            let mut end = i + c.len_utf8();
            // Extend through consecutive place characters (县区).
            while let Some(&(j, d)) = chars.peek() {
                if PLACE_CHARS.contains(&d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let suffix = &t[end..];
            let next = suffix.chars().next()?;
            if NOT_AFTER_PLACE.contains(&next) {
                return None;
            }
            // A place's alternatives alone (各乡镇(街道)) are no suffix.
            if next == '('
                && suffix.ends_with(')')
                && suffix[1..].find(['(', ')']) == Some(suffix.len() - 2)
            {
                return None;
            }
            if is_institution_name(suffix) || suffix.chars().count() >= 2 {
                return Some((&t[..end], suffix));
            }
            return None;
        }
    }
    None
}

/// The generic tail a list item may end with (`等`, `等部门`, `等有关部门和单位`):
/// its byte length, if present.
fn generic_tail_len(s: &str) -> Option<usize> {
    static ENDINGS: LazyLock<Endings> = LazyLock::new(|| Endings::new(TAILS));
    ENDINGS.ending_of(s).map(str::len)
}

/// Generic tails after 等, longest first.
const TAILS: &[&str] = &[
    "等有关部门和单位",
    "等相关部门和单位",
    "等部门和单位",
    "等有关部门",
    "等相关部门",
    "等其他部门",
    "等有关单位",
    "等相关单位",
    "等其他单位",
    "等有关方面",
    "等相关方面",
    "等部门",
    "等单位",
    "等机构",
    "等方面",
    "等",
];

/// Whether `s` (starting at 等) opens a generic tail that ends the item or
/// is followed by a join (等部门, 等相关单位及各地区, 等和各省级人民政府).
fn is_generic_deng(s: &str) -> bool {
    TAILS.iter().any(|t| {
        s.starts_with(t)
            && matches!(
                s[t.len()..].chars().next(),
                None | Some('及' | '和' | '与' | '或')
            )
    })
}

/// Drop a final generic `等…` tail.
fn strip_generic_tail(s: &str) -> &str {
    let t = trim(s);
    match generic_tail_len(t) {
        Some(n) => trim(&t[..t.len() - n]),
        None => t,
    }
}

/// The text before the join `c` that ends `s`: `以及` joins as `及` does
/// (市民政部门以及养老服务指导单位), so its `以` is not part of the name.
fn before_join(s: &str, c: char) -> &str {
    match c {
        '及' => s.strip_suffix('以').unwrap_or(s),
        _ => s,
    }
}

/// Whether `rest` begins with a whole name that ends at a join (及 / 以及 /
/// 和 / 与 / 等) or at the end of `rest`. Looks at most [`MAX_NAME_BYTES`] ahead.
fn starts_with_name(rest: &str) -> bool {
    for (j, c) in rest.char_indices() {
        if j > MAX_NAME_BYTES {
            return false;
        }
        if j > 0
            && matches!(c, '及' | '和' | '与' | '或' | '等')
            && is_department_name(strip_generic_tail(before_join(&rest[..j], c)))
        {
            return true;
        }
    }
    rest.len() <= MAX_NAME_BYTES && is_department_name(strip_generic_tail(rest))
}

/// Split one item at 及 / 以及 / 和 / 与 where both sides are whole names,
/// and at 等 when a qualified name follows (税务总局等国务院相关部门).
fn split_joins(item: &str, out: &mut Vec<String>) {
    let item = trim(item);
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in item.char_indices() {
        let d = depth_delta(c);
        if d != 0 {
            depth = (depth + d).max(0);
            continue;
        }
        if depth != 0 || i == start {
            continue;
        }
        // 各地区各有关部门: two 各-names side by side, each whole; not 各类,
        // 各级, 各种, 各自 (各区各类学校 is the schools of each district).
        if c == '各' {
            let left = &item[start..i];
            let right = &item[i..];
            let quantifier = ["各类", "各级", "各种", "各自"]
                .iter()
                .any(|q| right.starts_with(q));
            if !quantifier
                && left.starts_with('各')
                && is_department_name(left)
                && starts_with_name(right)
            {
                out.push(left.to_string());
                start = i;
            }
            continue;
        }
        let is_join = matches!(c, '及' | '和' | '与' | '或');
        if !is_join && c != '等' {
            continue;
        }
        let left = strip_generic_tail(before_join(&item[start..i], c));
        // 或者 joins as 或 does.
        let join_len = match c == '或' && item[i + c.len_utf8()..].starts_with('者') {
            true => "或者".len(),
            false => c.len_utf8(),
        };
        let right = &item[i + join_len..];
        if c == '等' && is_generic_deng(&item[i..]) {
            // 等 / 等部门 … closing a list: dropped with its left side.
            continue;
        }
        if is_department_name(left) && starts_with_name(right) {
            if !left.is_empty() {
                out.push(left.to_string());
            }
            start = i + join_len;
        }
    }
    let last = strip_generic_tail(&item[start..]);
    if !last.is_empty() {
        out.push(last.to_string());
    }
}

/// Split a list of bodies and expand coordinated ellipsis.
///
/// Splits at `、` `,` `;` `，` `；` (not inside brackets), at `及` / `以及` /
/// `和` / `与` / `或` joining two whole names, and at `等` before a qualified name; drops a final
/// `等` / `等部门` / `等单位`; gives bare places the suffix of the
/// place+suffix item closing their `、`-run (市、兴隆台区编委办 → 市编委办,
/// 兴隆台区编委办). Prefixes (各, 相关, 有关, 市, 区) are kept as written.
pub fn split_departments(list: &str) -> Vec<String> {
    // 市、县两级环境保护部门: the level count is not part of the names
    // (市环境保护部门, 县环境保护部门).
    let levelled;
    let list = if list.contains('级')
        && ["两级", "三级", "四级", "五级"]
            .iter()
            .any(|w| list.contains(w))
        && list.contains('、')
    {
        levelled = strip_level_counts(list);
        levelled.as_str()
    } else {
        list
    };
    let mut out = Vec::new();
    for (_, group) in split_top(list, GROUP_SEPARATORS) {
        // Items of one 、-run, after join splitting.
        let run = out.len();
        // Which items open a 、-piece (bit k for the run's item k; items
        // past 64 count as opening one).
        let mut opens_piece = 0u64;
        for (_, piece) in split_top(group, &['、']) {
            if let Some(bit) = 1u64.checked_shl((out.len() - run) as u32) {
                opens_piece |= bit;
            }
            split_joins(piece, &mut out);
        }
        // 各 first, so that a place given it gets its suffix too (各行署、市、
        // 县政府 → 各行署, 各市政府, 各县政府).
        share_ge(&mut out[run..]);
        expand_ellipsis(&mut out[run..], |k| {
            1u64.checked_shl(k as u32)
                .is_none_or(|bit| opens_piece & bit != 0)
        });
        share_sector_suffix(&mut out[run..], trim(group));
        share_place_with_organs(&mut out[run..]);
    }
    for name in &mut out {
        if let Some(at) = named_after_role(name) {
            name.drain(..at);
        }
    }
    out
}

/// Where the name proper starts in a name given after its role (包片单位县
/// 气象局, 陈家坝沿线包片单位县职教中心: the unit in charge of an area, then
/// who it is): after the role's 单位, when a place-led body's name follows.
fn named_after_role(name: &str) -> Option<usize> {
    // A finder built once (`str::find` sets up a searcher per call, and
    // this runs on every name split).
    static ROLE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("单位".as_bytes()));
    let at = ROLE.find(name.as_bytes())? + "单位".len();
    let rest = &name[at..];
    (rest.starts_with(['县', '市', '区', '省', '镇', '乡']) && is_department_name(rest))
        .then_some(at)
}

/// What names the bodies of a list of sectors (市发展改革、财政部门), longest
/// first.
const SECTOR_SUFFIXES: &[&str] = &["行政主管部门", "主管部门", "部门"];

/// The generic tails that name the sectors' bodies (民政、公安等部门).
const SECTOR_TAILS: &[&str] = &["等有关部门", "等相关部门", "等其他部门", "等部门"];

/// Give the sectors of a 、-run (`group` as written) the suffix that names
/// their bodies, and the place the first one is under:
/// 市人力资源和社会保障、民政部门 → 市人力资源和社会保障部门, 市民政部门;
/// 区消防、公安、民政、房管等部门 → 区消防部门, 区公安部门, 区民政部门,
/// 区房管部门; 各级民政、财政部门 → 各级民政部门, 各级财政部门. Only when
/// every item before the one that carries the suffix is a sector, not a
/// name (市财政局、发展改革部门 stays as it is).
fn share_sector_suffix(run: &mut [String], group: &str) {
    if run.len() < 2 {
        return;
    }
    let last = run.len() - 1;
    let tail = SECTOR_TAILS.iter().any(|t| group.ends_with(t));
    // The suffix, and how many items (from the first) are bare sectors.
    let (suffix, sectors) = if tail {
        ("部门", run.len())
    } else {
        let Some(suffix) = SECTOR_SUFFIXES
            .iter()
            .find(|x| run[last].len() > x.len() && run[last].ends_with(*x))
        else {
            return;
        };
        (*suffix, last)
    };
    if !run[..sectors].iter().all(|s| is_sector(s, suffix)) {
        return;
    }
    let place = place_prefix(&run[0]).to_string();
    for (i, item) in run.iter_mut().enumerate() {
        if i < sectors {
            item.push_str(suffix);
        }
        if i > 0 && !place.is_empty() && place_prefix(item).is_empty() {
            item.insert_str(0, &place);
        }
    }
}

/// Whether `item` names a sector (民政, 发展改革, 人力资源和社会保障, 区消防)
/// whose bodies `suffix` names: not a name itself, short, no verb, and a
/// name once the suffix is added.
fn is_sector(item: &str, suffix: &str) -> bool {
    // Most items of a list are names: their ending tells at once.
    if ends_with_org(item) || PLACES.ends(item) {
        return false;
    }
    let sector = &item[place_prefix(item).len()..];
    (2..=10).contains(&sector.chars().count())
        && !is_department_name(item)
        && !has_verb(item)
        && is_department_name(&format!("{item}{suffix}"))
}

/// The place a name or sector opens with, which a list's later items share:
/// 各级 or 同级, a government (县级以上地方人民政府民政 → 县级以上地方人民政府), or
/// place characters (市, 区, 县区, 市级); empty when there is none (民政,
/// 市场监管: 场 after 市 makes a word, not a place).
fn place_prefix(item: &str) -> &str {
    for level in ["各级", "同级"] {
        if item.starts_with(level) {
            return level;
        }
    }
    if let Some(at) = item.rfind("政府") {
        let end = at + "政府".len();
        if end < item.len() {
            return &item[..end];
        }
    }
    let end = item
        .char_indices()
        .find(|&(_, c)| !PLACE_CHARS.contains(&c))
        .map_or(item.len(), |(i, _)| i);
    let end = if item[end..].starts_with('级') {
        end + '级'.len_utf8()
    } else {
        end
    };
    match item[end..].chars().next() {
        Some(next) if end > 0 && !NOT_AFTER_PLACE.contains(&next) => &item[..end],
        _ => "",
    }
}

/// The organs a place has, which a list names after the first one without
/// the place again (各区县(市)党委、政府).
const ORGANS: &[&str] = &[
    "人民政府",
    "政府",
    "党委",
    "人大常委会",
    "人大",
    "政协",
    "纪委",
];

/// Give an organ named alone after another of the same place that place
/// (各区县(市)党委、政府 → 各区县(市)党委, 各区县(市)政府).
fn share_place_with_organs(run: &mut [String]) {
    for k in 1..run.len() {
        // The organs are at most five characters: most names are longer.
        if run[k].len() > 15 || !ORGANS.contains(&run[k].as_str()) {
            continue;
        }
        let prev = &run[k - 1];
        let place = ORGANS
            .iter()
            .find_map(|o| prev.strip_suffix(o))
            .filter(|p| !p.is_empty());
        if let Some(place) = place {
            let named = format!("{place}{}", run[k]);
            run[k] = named;
        }
    }
}

/// Give a lone place character left in a 、-run that opens with a 各-name
/// the 各 (各街道、镇 → 各街道, 各镇; 各区、县 → 各区, 各县).
fn share_ge(run: &mut [String]) {
    if !run.first().is_some_and(|f| f.starts_with('各')) {
        return;
    }
    for item in &mut run[1..] {
        if is_lone_place(item) {
            item.insert(0, '各');
        }
    }
}

/// A place named by its level alone (市, 区, 县, 镇, 乡, 村, 街道).
fn is_lone_place(s: &str) -> bool {
    matches!(s, "市" | "区" | "县" | "镇" | "乡" | "村" | "街道")
}

/// Remove 两级/三级… after a place (市、县两级X → 市、县X).
fn strip_level_counts(list: &str) -> String {
    let mut out = String::with_capacity(list.len());
    let mut rest = list;
    while !rest.is_empty() {
        let hit = ["两级", "三级", "四级", "五级"]
            .iter()
            .filter_map(|w| rest.find(w).map(|i| (i, w.len())))
            .min();
        let Some((i, len)) = hit else {
            out.push_str(rest);
            break;
        };
        let before = &rest[..i];
        out.push_str(before);
        let after_place = before.ends_with(['市', '县', '区', '镇', '乡', '省', '村']);
        if !after_place {
            out.push_str(&rest[i..i + len]);
        }
        rest = &rest[i + len..];
    }
    out
}

/// Give each maximal run of bare places the suffix of the place+suffix item
/// that follows it after a 、 (`opens_piece`: whether item k follows one).
/// Across 和 or 及 the names are whole (广元经济技术开发区和市安委会有关成员单位
/// is a zone and the city's 安委会's member units).
fn expand_ellipsis(run: &mut [String], opens_piece: impl Fn(usize) -> bool) {
    let mut i = 0;
    while i < run.len() {
        if !is_bare_place(&run[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < run.len() && is_bare_place(&run[j]) {
            j += 1;
        }
        if j < run.len() && opens_piece(j) {
            if let Some((place, suffix)) = place_and_suffix(&run[j]) {
                // The place closing a run of 各-places is one of each too
                // (各市、县政府: each county's government as well).
                let each = run[i..j].iter().all(|p| p.starts_with('各'))
                    && is_lone_place(place)
                    && !run[j].starts_with('各');
                let suffix = suffix.to_string();
                for item in &mut run[i..j] {
                    item.push_str(&suffix);
                }
                if each {
                    run[j].insert(0, '各');
                }
            }
        }
        i = j + 1;
    }
}

#[cfg(test)]
mod level_tests {
    use super::*;

    /// A body named after its role (平利县 双创办 巡查通报: 由包片单位县气象局负责…):
    /// the body, not the role.
    #[test]
    fn name_after_its_role() {
        assert_eq!(split_departments("包片单位县气象局"), ["县气象局"]);
        assert_eq!(
            split_departments("陈家坝沿线包片单位县职教中心、县消防大队"),
            ["县职教中心", "县消防大队"]
        );
        assert_eq!(split_departments("各责任单位"), ["各责任单位"]);
        // Organs of one place (常德市发改委 2017 环保督察 整改公示).
        assert_eq!(
            split_departments("各区县(市)党委、政府"),
            ["各区县(市)党委", "各区县(市)政府"]
        );
        assert_eq!(split_departments("县委、政府"), ["县委", "政府"]);
        assert_eq!(split_departments("市直单位"), ["市直单位"]);
    }

    /// Sectors share the suffix that names their bodies and the place the
    /// first is under (notice 37: 市人力资源和社会保障、民政部门负责…; notice 05:
    /// 区消防、公安、民政、房管等部门).
    #[test]
    fn sectors_share_suffix_and_place() {
        assert_eq!(
            split_departments("市人力资源和社会保障、民政部门"),
            ["市人力资源和社会保障部门", "市民政部门"]
        );
        assert_eq!(
            split_departments("区消防、公安、民政、房管等部门"),
            ["区消防部门", "区公安部门", "区民政部门", "区房管部门"]
        );
        assert_eq!(
            split_departments("各级民政、财政部门"),
            ["各级民政部门", "各级财政部门"]
        );
        assert_eq!(
            split_departments("县级以上地方人民政府民政、财政部门"),
            [
                "县级以上地方人民政府民政部门",
                "县级以上地方人民政府财政部门"
            ]
        );
        assert_eq!(
            split_departments("市发展改革、财政、住房城乡建设主管部门"),
            [
                "市发展改革主管部门",
                "市财政主管部门",
                "市住房城乡建设主管部门"
            ]
        );
        assert_eq!(
            split_departments("民政、公安部门"),
            ["民政部门", "公安部门"]
        );
        assert_eq!(
            split_departments("同级规划和自然资源、住房城乡建设等部门"),
            ["同级规划和自然资源部门", "同级住房城乡建设部门"]
        );
        // 市场 is a word, not a place: no place to share.
        assert_eq!(
            split_departments("市场监管、卫生健康部门"),
            ["市场监管部门", "卫生健康部门"]
        );
        // A last item with a place of its own keeps it.
        assert_eq!(
            split_departments("市民政、区财政部门"),
            ["市民政部门", "区财政部门"]
        );
        // Names are not sectors; places and generic tails are left as before.
        assert_eq!(
            split_departments("市财政局、发展改革部门"),
            ["市财政局", "发展改革部门"]
        );
        assert_eq!(
            split_departments("市、区民政部门"),
            ["市民政部门", "区民政部门"]
        );
        assert_eq!(
            split_departments("海关总署、商务部等有关部门"),
            ["海关总署", "商务部"]
        );
        // A verb phrase is no sector.
        assert_eq!(
            split_departments("加强监管、财政部门"),
            ["加强监管", "财政部门"]
        );
        for n in split_departments("区消防、公安、民政、房管等部门") {
            assert!(is_department_name(&n), "{n}");
        }
    }

    /// 以及 joins two names as 及 does (notice 37: 市、区民政部门以及养老服务指导单位).
    #[test]
    fn yiji_joins_names() {
        assert_eq!(
            split_departments("市、区民政部门以及养老服务指导单位"),
            ["市民政部门", "区民政部门", "养老服务指导单位"]
        );
        assert_eq!(
            split_departments("市财政局以及市审计局和市统计局"),
            ["市财政局", "市审计局", "市统计局"]
        );
        // Not a join inside a phrase that names no body on its left.
        assert_eq!(split_departments("以及"), ["以及"]);
        // 或 joins two names as 和 does (notice 45).
        assert_eq!(
            split_departments("市、区住房保障部门或运营单位"),
            ["市住房保障部门", "区住房保障部门", "运营单位"]
        );
        assert_eq!(split_departments("或"), ["或"]);
        assert_eq!(
            split_departments("施工总承包单位或者分包单位"),
            ["施工总承包单位", "分包单位"]
        );
    }

    /// 机关 ends a body's name and, alone, is a generic word like 机构.
    #[test]
    fn jiguan_ends_a_name() {
        assert!(is_department_name("公安机关") && is_institution_name("各级行政执法机关"));
        assert!(!is_department_name("机关"));
    }

    /// A lone place character after a 各-name shares its 各 (notice 46:
    /// 各街道、镇作为…责任主体).
    #[test]
    fn ge_is_shared_with_a_lone_place() {
        assert_eq!(split_departments("各街道、镇"), ["各街道", "各镇"]);
        assert_eq!(split_departments("各区、县"), ["各区", "各县"]);
        // The place closing the run shares it too: 县 is a place of the run
        // before it has the suffix (各行署、市、县政府, a provincial plan, 2005).
        assert_eq!(
            split_departments("各区、县民政局"),
            ["各区民政局", "各县民政局"]
        );
        assert_eq!(
            split_departments("各行署、市、县政府"),
            ["各行署", "各市政府", "各县政府"]
        );
        // Not a name of its own after a 各-name.
        assert_eq!(
            split_departments("各区民政局、市财政局"),
            ["各区民政局", "市财政局"]
        );
        assert_eq!(split_departments("市、区民政局"), ["市民政局", "区民政局"]);
        assert!(split_departments("各街道、镇")
            .iter()
            .all(|n| is_department_name(n)));
        // Also when the run's last item gives the places a suffix: 各 is
        // said of each (notice 42).
        assert_eq!(
            split_departments("各省、市、县级人民政府"),
            ["各省级人民政府", "各市级人民政府", "各县级人民政府"]
        );
    }

    /// Two 各-names side by side are two names (各地区各有关部门要…); a
    /// place's own 各 stays (市各有关部门).
    #[test]
    fn ge_names_side_by_side() {
        assert_eq!(
            split_departments("各地区各有关部门"),
            ["各地区", "各有关部门"]
        );
        assert_eq!(split_departments("各地各有关部门"), ["各地", "各有关部门"]);
        assert_eq!(split_departments("市各有关部门"), ["市各有关部门"]);
        assert_eq!(split_departments("各区各类学校"), ["各区各类学校"]);
        assert_eq!(
            split_departments("各地区各级人民政府"),
            ["各地区各级人民政府"]
        );
    }

    #[test]
    fn level_counts_are_not_names() {
        assert_eq!(
            split_departments("市、县两级环境保护部门"),
            ["市环境保护部门", "县环境保护部门"]
        );
        assert_eq!(
            split_departments("省、市、县三级财政部门"),
            ["省财政部门", "市财政部门", "县财政部门"]
        );
        assert_eq!(split_departments("市一级部门"), ["市一级部门"]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character that can end a body's name is a Han character (lead
    /// byte E4–E9 in UTF-8): the running-text rules turn away a sentence
    /// without one before reading it (`tasks::subject_after_adverbials`).
    #[test]
    fn name_endings_are_han() {
        for w in ORG_ENDINGS.iter().chain(PLACE_ENDINGS) {
            let c = w.chars().next_back().unwrap();
            assert!(('\u{4E00}'..='\u{9FFF}').contains(&c), "{w}");
        }
        assert!(!is_department_name("0.55") && !is_institution_name("2021"));
    }

    /// The character test `has_non_name_char` replaced.
    fn is_non_name_char(c: char) -> bool {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || matches!(
                c,
                ':' | '：'
                    | '。'
                    | '，'
                    | ','
                    | ';'
                    | '；'
                    | '《'
                    | '》'
                    | '“'
                    | '”'
                    | '"'
                    | '〔'
                    | '〕'
            )
    }

    #[test]
    fn non_name_chars_read_as_bytes() {
        for c in (0..=0x2_FFFFu32).filter_map(char::from_u32) {
            let s = format!("市{c}局");
            assert_eq!(has_non_name_char(&s), is_non_name_char(c), "{c:?}");
        }
        assert!(!has_non_name_char(""));
        assert!(has_non_name_char("2016版"));
        assert!(!has_non_name_char("区委宣传部(区文明办)"));
    }

    /// Pieces of the corpus between punctuation: what names are cut from.
    fn corpus_pieces() -> Vec<String> {
        crate::test_support::folded_corpus(false)
            .iter()
            .flat_map(|t| {
                t.split(['、', ',', '。', ';', ':', '\n', '(', ')'])
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn generic_words_are_short() {
        assert!(GENERIC.iter().all(|w| w.len() <= 12));
        assert!(GENERIC.iter().all(|w| is_generic(w)));
        assert!(!is_generic("市住建委"));
        assert!(!is_generic(""));
    }

    /// No name passes without a character [`may_name_a_body`] looks for.
    #[test]
    fn names_need_an_ending_character() {
        let mut names = corpus_pieces();
        names.extend(["市", "九亭镇", "区委宣传部(区文明办)", "经济区管委会"].map(String::from));
        let mut kept = 0;
        for n in &names {
            if is_department_name(n) {
                kept += 1;
                assert!(may_name_a_body(n), "{n}");
            }
        }
        assert!(kept > 300, "{kept}");
        assert!(!may_name_a_body("一"));
        assert!(!may_name_a_body(""));
    }

    /// Bodies met in notices outside the corpus (滁州 2011, 运城 2017, a
    /// township's flood notice): each enterprise addressed, villages and
    /// neighbourhoods, a Party branch; not enterprises at large.
    #[test]
    fn enterprises_villages_and_branches() {
        for n in ["各重点企业", "各企业", "各村居", "各片总支", "村党支部"] {
            assert!(is_department_name(n), "{n}");
            assert!(may_name_a_body(n), "{n}");
        }
        for n in ["企业", "重点企业", "工业企业"] {
            assert!(!is_department_name(n), "{n}");
        }
    }

    #[test]
    fn verb_words_found_as_a_regex_would() {
        let alts: Vec<String> = VERB_WORDS.iter().map(|w| regex::escape(w)).collect();
        let re = regex::Regex::new(&alts.join("|")).unwrap();
        // A role word right before a name's end (各牵头单位) is no verb; any
        // other verb word found by the regex is.
        let role_name =
            regex::Regex::new("(?:牵头|配合|参与|协助|协办|支撑|负责)(?:责任)?(?:单位|部门)$")
                .unwrap();
        let re_verb = |s: &str| match role_name.find(s) {
            Some(m) => re.is_match(&s[..m.start()]),
            None => re.is_match(s),
        };
        // 组织 as a verb: not followed by 部 (组织部 is a body).
        let zuzhi = |s: &str| {
            s.match_indices("组织")
                .any(|(i, w)| !s[i + w.len()..].starts_with('部'))
        };
        let mut samples = corpus_pieces();
        samples.extend(VERB_WORDS.iter().map(|w| format!("市{w}")));
        samples.extend(
            [
                "",
                "的",
                "a",
                "市住建委",
                "由市住建委负责",
                "区委组织部",
                "组织开展",
                "组织部组织",
                "组织",
                "各牵头单位",
                "各牵头责任单位",
                "新材料产业园",
                "商贸物流园",
                "牵头单位配合",
                "配合牵头部门",
                "各参与部门",
            ]
            .map(String::from),
        );
        let mut hits = 0;
        for s in &samples {
            let want = re_verb(s) || zuzhi(s);
            hits += usize::from(want);
            assert_eq!(has_verb(s), want, "{s}");
        }
        assert!(hits > 1000, "{hits}");
    }

    fn s(list: &str) -> Vec<String> {
        split_departments(list)
    }

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn city_and_district_office() {
        assert_eq!(s("市、兴隆台区编委办"), v(&["市编委办", "兴隆台区编委办"]));
    }

    #[test]
    fn two_districts_government() {
        assert_eq!(
            s("双台子区、兴隆台区政府"),
            v(&["双台子区政府", "兴隆台区政府"])
        );
    }

    #[test]
    fn seed_mixed_groups() {
        assert_eq!(
            s("市住建委,双台子区、兴隆台区政府,辽东湾新区、辽河口生态经济区管委会"),
            v(&[
                "市住建委",
                "双台子区政府",
                "兴隆台区政府",
                "辽东湾新区管委会",
                "辽河口生态经济区管委会"
            ])
        );
    }

    #[test]
    fn districts_then_economic_zone() {
        assert_eq!(
            s("双台子区、兴隆台区政府,辽河口生态经济区管委会"),
            v(&["双台子区政府", "兴隆台区政府", "辽河口生态经济区管委会"])
        );
    }

    #[test]
    fn city_and_district_civil_affairs() {
        assert_eq!(s("市、区民政部门"), v(&["市民政部门", "区民政部门"]));
    }

    #[test]
    fn whole_names_stay() {
        assert_eq!(s("市食药监局、市工商局"), v(&["市食药监局", "市工商局"]));
    }

    #[test]
    fn county_governments_whole() {
        assert_eq!(
            s("各县区政府、经济区管委会"),
            v(&["各县区政府", "经济区管委会"])
        );
    }

    #[test]
    fn drop_final_deng_bumen() {
        assert_eq!(
            s("各县区政府、经济区管委会,市食药监局、市工商局、市质监局、市法制办等部门"),
            v(&[
                "各县区政府",
                "经济区管委会",
                "市食药监局",
                "市工商局",
                "市质监局",
                "市法制办"
            ])
        );
    }

    #[test]
    fn drop_final_deng() {
        assert_eq!(
            s("农业农村部、工业和信息化部等"),
            v(&["农业农村部", "工业和信息化部"])
        );
    }

    #[test]
    fn he_inside_name() {
        assert_eq!(s("住房和城乡建设局"), v(&["住房和城乡建设局"]));
        assert_eq!(s("文化和旅游部"), v(&["文化和旅游部"]));
        assert_eq!(s("中央和国家机关工委"), v(&["中央和国家机关工委"]));
    }

    #[test]
    fn ji_joins_bodies() {
        assert_eq!(
            s("国务院相关部门及各地区"),
            v(&["国务院相关部门", "各地区"])
        );
    }

    #[test]
    fn ji_before_name_with_he() {
        assert_eq!(
            s("国务院相关部门及工业和信息化部"),
            v(&["国务院相关部门", "工业和信息化部"])
        );
    }

    #[test]
    fn ji_after_list() {
        assert_eq!(
            s("自然资源部、银保监会及各地区"),
            v(&["自然资源部", "银保监会", "各地区"])
        );
    }

    #[test]
    fn deng_before_qualified_category() {
        assert_eq!(
            s("税务总局、海关总署、人民银行等国务院相关部门及各地区"),
            v(&[
                "税务总局",
                "海关总署",
                "人民银行",
                "国务院相关部门",
                "各地区"
            ])
        );
    }

    #[test]
    fn deng_he_provinces() {
        assert_eq!(
            s("农业农村部、财政部、商务部等和各有关省级人民政府"),
            v(&["农业农村部", "财政部", "商务部", "各有关省级人民政府"])
        );
    }

    #[test]
    fn deng_related_units_ji_regions() {
        assert_eq!(
            s("民政部、人力资源社会保障部、中国残联等相关单位及各地区"),
            v(&["民政部", "人力资源社会保障部", "中国残联", "各地区"])
        );
    }

    #[test]
    fn deng_youguan_bumen_he_danwei() {
        assert_eq!(
            s("人力资源社会保障部、财政部、教育部等有关部门和单位"),
            v(&["人力资源社会保障部", "财政部", "教育部"])
        );
    }

    #[test]
    fn bumen_he_danwei_one_name() {
        assert_eq!(s("各有关部门和单位"), v(&["各有关部门和单位"]));
    }

    #[test]
    fn inner_bracket_list_whole() {
        assert_eq!(
            s("区委宣传部(区文明办、区政府新闻办)"),
            v(&["区委宣传部(区文明办、区政府新闻办)"])
        );
        assert_eq!(
            s("区委宣传部（区文明办、区政府新闻办）、区教育局"),
            v(&["区委宣传部（区文明办、区政府新闻办）", "区教育局"])
        );
    }

    #[test]
    fn trims_spaces() {
        assert_eq!(s(" 市交通委 , 相关区政府 "), v(&["市交通委", "相关区政府"]));
    }

    #[test]
    fn corpus_district_list_with_towns() {
        assert_eq!(
            s("区消防救援局、区发改委、区财政局、区规划资源局、新城公司、西虹桥公司、各街镇"),
            v(&[
                "区消防救援局",
                "区发改委",
                "区财政局",
                "区规划资源局",
                "新城公司",
                "西虹桥公司",
                "各街镇"
            ])
        );
    }

    #[test]
    fn towns_and_streets_not_expanded() {
        assert_eq!(
            s("岳阳街道、永丰街道、泗泾镇"),
            v(&["岳阳街道", "永丰街道", "泗泾镇"])
        );
        assert_eq!(
            s("经济技术开发区、九里亭街道"),
            v(&["经济技术开发区", "九里亭街道"])
        );
    }

    #[test]
    fn each_district_alone() {
        assert_eq!(s("各区"), v(&["各区"]));
        assert_eq!(s("各区、各街镇"), v(&["各区", "各街镇"]));
    }

    #[test]
    fn market_regulator_not_a_place_suffix() {
        assert_eq!(
            s("海关总署、市场监管总局"),
            v(&["海关总署", "市场监管总局"])
        );
    }

    #[test]
    fn comma_group_before_expansion() {
        assert_eq!(
            s("相关区政府,市发展改革委、市交通委、市财政局"),
            v(&["相关区政府", "市发展改革委", "市交通委", "市财政局"])
        );
    }

    #[test]
    fn province_governments() {
        assert_eq!(
            s("人力资源社会保障部、财政部、税务总局,各省级人民政府"),
            v(&["人力资源社会保障部", "财政部", "税务总局", "各省级人民政府"])
        );
    }

    #[test]
    fn full_width_separators() {
        assert_eq!(
            s("市水务局，各区政府；市交通委"),
            v(&["市水务局", "各区政府", "市交通委"])
        );
    }

    #[test]
    fn new_area_expansion() {
        assert_eq!(
            s("辽东湾新区、辽河口生态经济区管委会"),
            v(&["辽东湾新区管委会", "辽河口生态经济区管委会"])
        );
    }

    #[test]
    fn empty_and_separators_only() {
        assert!(s("").is_empty());
        assert!(s("、,;").is_empty());
    }

    #[test]
    fn names_accepted() {
        for n in [
            "市住建委",
            "财政部",
            "国务院相关部门",
            "各地区",
            "各县区政府",
            "街道消委办",
            "市直放权部门",
            "各行业主管部门",
            "区委宣传部(区文明办)",
            "税务总局",
            "人民银行",
            "各居委会",
            "相关区政府",
            "经济区",
            "九亭镇",
            "区委组织部",
            "共青团中央",
            "北京冬奥组委",
            "全国妇联",
            "供销合作总社",
            "区养老服务指导中心",
            // Bodies of other notices' lists (立山区, 运城市, 湖北省 schemes).
            "全区经济运行各专班",
            "区疫情防控工作专班",
            "市科协",
            "南京海关",
            "市档案馆",
            "市气象台",
            "市广播电视台",
            "市督查组",
            "各党组(党委)",
            "中国人民银行盘锦市中心支行",
            "各乡镇(街道)",
            "各县(市、区)人民政府",
            "各镇(街道)人民政府(办事处)",
            "各区(市)县政府(管委会)",
            "各村(居)委会",
            // Bodies named by their role (菏泽市, 武汉市 notices).
            "各牵头单位",
            "各参与单位",
            "各责任事项牵头单位",
            "配合部门",
        ] {
            assert!(is_department_name(n), "{n}");
        }
    }

    #[test]
    fn names_rejected() {
        for n in [
            "加强监管",
            "由市住建委负责",
            "确保工作正常开展",
            "2017年6月末前",
            "2016版",
            "试行",
            "以下简称市住建委",
            "部门",
            "单位",
            "盘政办发〔2016〕94号",
            "一",
            "",
            "市住建委牵头",
            "市住建委牵头负责",
            "牵头单位配合",
            "各区政府组织落实",
            "各乡镇政府是此项工作的直接责任主体",
            "全部",
            // A party the notice addresses, not a body (厚植企业…, 带动中小企业…).
            "中小企业",
            "各幼儿园",
            "城市公园",
            "免试入园",
            "出台",
            "搭建平台",
            "(街道)",
        ] {
            assert!(!is_department_name(n), "{n}");
        }
    }

    #[test]
    fn institutions_exclude_bare_places() {
        assert!(is_institution_name("经济区管委会"));
        assert!(!is_institution_name("经济区"));
        assert!(!is_institution_name("九亭镇"));
        assert!(is_institution_name("商务部"));
    }

    #[test]
    fn long_inputs_stay_fast() {
        let long = "市住建委和".repeat(20_000);
        let start = std::time::Instant::now();
        assert_eq!(split_departments(&long).len(), 20_000);
        let many = "市住建委、".repeat(20_000);
        assert_eq!(split_departments(&many).len(), 20_000);
        assert!(start.elapsed().as_secs() < 5);
        assert!(!is_department_name(&long));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "(",
            ")",
            "等",
            "和",
            "市、",
            "、区政府",
            "（（",
            "区委宣传部(",
            "及及及",
        ] {
            let _ = split_departments(t);
            let _ = is_department_name(t);
        }
    }
}
