//! Stage 4: recognise the document's elements (GB/T 9704-2012) among the
//! blocks: header (标题, 发文字号, 主送机关), web residue, signature and date
//! (发文机关署名, 成文日期), enclosed documents, 附件说明, 抄送, 印发.
//!
//! The result says what every block is, so that the outline is built from
//! body blocks only and nothing is silently dropped: every block is either
//! body, an element, or residue (reported as a diagnostic).

use super::date_text::{find_date, parse_full_date};
use super::doc_number::{self, Found};
use super::kind::{ends_with_kind_word, last_kind_word_end};
use crate::extract::departments::{
    ends_with_org, is_bare_place, is_department_name, is_institution_name,
};
use crate::text::lines::Block;
use crate::text::words::FirstChars;
use crate::Date;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// What the blocks of a document are.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Title blocks' ranges (folded), in order; wrapped titles have several.
    pub title: Vec<Range<usize>>,
    /// The document's own number.
    pub doc_number: Option<Found>,
    /// 签发人 names (folded ranges).
    pub signers: Vec<Range<usize>>,
    /// Addressee items (folded ranges).
    pub addressees: Vec<Range<usize>>,
    /// Signing organs (folded ranges).
    pub issuers: Vec<Range<usize>>,
    /// 成文日期 and its range.
    pub date: Option<(Date, Range<usize>)>,
    /// Body block indices of the document itself.
    pub body: Vec<usize>,
    /// Enclosed documents.
    pub enclosures: Vec<EnclosureLayout>,
    /// 附件说明 entries: ordinal, title range, whole range.
    pub attachments: Vec<(Option<u32>, Range<usize>, Range<usize>)>,
    /// 抄送 items.
    pub cc: Vec<Range<usize>>,
    /// 印发 line: organ range, date, whole range.
    pub printed: Option<PrintedLayout>,
    /// Web-page residue (发布时间, 浏览次数, 打印, 关闭…), block ranges.
    pub residue: Vec<Range<usize>>,
    /// The 成文日期 a saved page's metadata rows give, for a document whose
    /// own date line is missing.
    pub page_date: Option<(Date, Range<usize>)>,
    /// The date in brackets under the title (题注), the whole note's range:
    /// the 成文日期 of a document with no date line.
    pub title_date: Option<(Date, Range<usize>)>,
}

/// The 印发 line: organ range, date, whole range.
pub type PrintedLayout = (Option<Range<usize>>, Option<Date>, Range<usize>);

/// A document enclosed in the main one.
#[derive(Debug, Clone, Default)]
pub struct EnclosureLayout {
    /// Title blocks' ranges.
    pub title: Vec<Range<usize>>,
    /// Body block indices.
    pub body: Vec<usize>,
    /// First block index.
    pub first: usize,
    /// Last block index.
    pub last: usize,
}

/// Words that open the residue of a saved web page (发布时间:…, 打印本页).
const RESIDUE_WORDS: &[&str] = &[
    "发布时间",
    "发布日期",
    "发文日期",
    "信息来源",
    "来源",
    "浏览次数",
    "浏览量",
    "点击数",
    "点击量",
    "阅读次数",
    "访问量",
    "字体",
    "字号",
    "打印本页",
    "打印",
    "关闭窗口",
    "关闭",
    "分享到",
    "分享",
    "索引号",
    "主题分类",
    "主题词",
    "发布机构",
    "文章来源",
    "责任编辑",
    "编辑",
    "扫一扫",
    "收藏",
    "朗读",
    "人气",
    "字体大小",
    "文字大小",
    // A repost site's comment box and a forum's sign-up lines.
    "标签",
    "留言与评论",
    "发表评论",
    "验证码",
    "马上注册",
    "您需要",
    // Pages in traditional script.
    "發布時間",
    "發布日期",
    "來源",
    "瀏覽量",
    "瀏覽次數",
    "點擊數",
    "字體",
    "列印",
    "關閉",
];

static RESIDUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:【|\()?\s*(?:{}|【?大】?\s*【?中】?\s*【?小】?)(?:\s|:|,|】|\)|$)",
        RESIDUE_WORDS.join("|")
    ))
    .unwrap()
});

/// The first characters of [`RESIDUE_WORDS`] and 大 (font size 【大】【中】【小】):
/// a block starting with none of them is no residue.
static RESIDUE_FIRST: LazyLock<FirstChars> =
    LazyLock::new(|| FirstChars::new(RESIDUE_WORDS, &['大']));

static PARENTHETICAL_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\((?:此件|本件|联系|信息公开|公开方式|本文有删减)[^()]*\)|公开方式\s*:.{0,20})$",
    )
    .unwrap()
});

static ATTACHMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^附\s*件\s*([0-9]{0,2})\s*[:.、]?\s*(.*)$").unwrap());

static CC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^抄\s*送\s*:\s*(.+)$").unwrap());

static PRINTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.*?)\s*(\S+日)\s*印\s*发$").unwrap());

fn text<'a>(t: &'a str, blocks: &[Block], i: usize) -> &'a str {
    &t[blocks[i].range.clone()]
}

fn is_residue(s: &str) -> bool {
    // The regex is anchored: look at the first character (after 【 or [)
    // before running it on every block.
    // (Square brackets are folded to round ones: [打印] reads (打印).)
    let head = s.strip_prefix(['【', '(']).unwrap_or(s);
    let head = head.strip_prefix('【').unwrap_or(head).trim_start();
    RESIDUE_FIRST.starts(head) && RESIDUE.is_match(s)
}

/// Labels of a saved page's metadata rows (时间:…, 作者:…, 名 称:…, 文 号 …),
/// read as residue before the body only: in a body, 时间: and 日期: open a
/// meeting's details.
const PAGE_LABELS: &[&str] = &[
    "发布人",
    "时间",
    "日期",
    "作者",
    "简介",
    "前言",
    "名称",
    "标题",
    "文号",
    "发文字号",
    "发文机关",
    "发文单位",
    "发布单位",
    "发布部门",
    "生效日期",
    "颁布时间",
    "颁布日期",
    "实施日期",
    "施行日期",
    "成文日期",
    "归档时间",
    "时效性",
    "有效性",
    "效力级别",
    "信息分类",
    "文件分类",
    "所属机构",
    "所属分类",
    "分类",
    "当前位置",
    "您的位置",
    "您现在的位置",
    "所在位置",
    "下载地址",
    "视力保护色",
    "政策解读",
    "生成日期",
    "组配分类",
    "生效时间",
    "废止时间",
    "废止日期",
    "关键词",
    "内容概述",
    "浏览",
    "文件名称",
    "文件编号",
    "公开目录",
    "公开责任部门",
    "公开形式",
    "公开日期",
    "公开范围",
    "政策咨询机关",
    "政策咨询电话",
    "公开方式",
    "公开类别",
    "所属类目",
    "主题分类",
    "体裁",
    "机构名称",
    "发布机构",
    "文档编号",
    "颁布单位",
    "发文文号",
    "发布机关",
    "热度",
    "阅读",
    "文件标题",
    "栏目",
    "上传人",
    "上传时间",
    "页面宽度",
    "发文机构",
    "访问次数",
    "背景色",
    // A law library's rows (∙【制定机关】…, ∙【公布日期】…, ∙【字 号】…).
    "制定机关",
    "公布日期",
    "字号",
];

/// A page's toolbar labels, whose values are buttons, not the next row.
const TOOLBAR_LABELS: &[&str] = &[
    "背景色",
    "文字大小",
    "字体大小",
    "字体",
    "字号",
    "视力保护色",
];

/// Labels of a saved page's metadata rows that are read even when their
/// value follows with no colon or space (索引号000014348/2020-00052,
/// 发文机构武汉市人民政府办公厅发文字号…, 成文日期2020年01月17日): cells whose
/// border was lost. Long and never a body's opening words.
const GLUED_PAGE_LABELS: &[&str] = &[
    "索引号",
    "主题分类",
    "发文机构",
    "发文字号",
    "发布日期",
    "发布时间",
    "成文日期",
    "发文日期",
    "生效日期",
    "施行日期",
    "实施日期",
    "发文机关",
    "时效性",
    "有效性",
    "效力级别",
    "信息来源",
    "访问次数",
    "浏览次数",
];

/// Navigation of a saved page, alone on its line or opening it (首页 > …,
/// - 设为首页, 简体版 繁體版).
const PAGE_NAVIGATION: &[&str] = &[
    "首页",
    "返回首页",
    "设为首页",
    "加入收藏",
    "无障碍阅读",
    "信息无障碍",
    "长者版",
    "长辈版",
    "无障碍",
    "简体版",
    "繁體版",
    "法规库",
    "网站地图",
    "收藏本站",
    "文章属性",
    "正文",
];

/// A page label (spaces allowed between its characters: 索 引 号, 文    号)
/// then a colon or a space, or a navigation word alone or before a space or
/// a `>`.
static PAGE_CHROME: LazyLock<Regex> = LazyLock::new(|| {
    let spaced = |w: &&str| w.chars().map(String::from).collect::<Vec<_>>().join(r"\s*");
    let labels: Vec<String> = PAGE_LABELS
        .iter()
        .chain(RESIDUE_WORDS)
        .map(spaced)
        .collect();
    let glued: Vec<String> = GLUED_PAGE_LABELS.iter().map(spaced).collect();
    Regex::new(&format!(
        r"^(?:[-·•∙]\s*)?(?:【?(?:{})\s*(?::|\s|\||】)|(?:{})(?:\s|>|»|\||$)|(?:{}))",
        labels.join("|"),
        PAGE_NAVIGATION.join("|"),
        glued.join("|")
    ))
    .unwrap()
});

/// The residue of a saved page before the body: its metadata rows, its
/// navigation (首页 > 政务公开 > …) and what [`is_residue`] finds anywhere.
fn is_page_chrome(s: &str) -> bool {
    if is_residue(s) || s.starts_with(['>', '»']) {
        return true;
    }
    // The rest of a row a wide space cut apart (文字大小:[    ] 背景色:).
    if let Some(rest) = s.strip_prefix(')').map(str::trim_start) {
        if !rest.is_empty() && is_page_chrome(rest) {
            return true;
        }
    }
    // A breadcrumb: 首页 and a path separator; a site's greeting
    // (…人民政府网站欢迎您的访问!).
    if s.contains("首页") && s.contains(['>', '»', '›']) {
        return true;
    }
    if s.len() <= 4 * 40 && s.contains("欢迎") && (s.contains("网站") || s.contains("访问")) {
        return true;
    }
    // An archive's address row (Original URL: http://…, URL: …).
    if ["Original URL", "URL", "http://", "https://"]
        .iter()
        .any(|w| s.starts_with(w))
    {
        return true;
    }
    // A table's border or an empty cell left alone on its line; a close
    // button's x.
    if s.bytes().all(|b| b == b'|' || b == b' ') || matches!(s, "x" | "X" | "×") {
        return true;
    }
    // A posting time opening the row (2014-09-30 09:14:29 人气:), or a
    // poster's name then the page's buttons (admin 分享 时间: 加入收藏…).
    match s.as_bytes().first() {
        Some(b'0'..=b'9') if s.len() <= 80 && DATETIME_ROW.is_match(s) => return true,
        Some(b) if b.is_ascii_alphanumeric() => {
            if let Some((who, rest)) = s.split_once(' ') {
                if who.bytes().all(|b| b.is_ascii_alphanumeric()) && is_residue(rest) {
                    return true;
                }
            }
        }
        _ => {}
    }
    s.len() <= 600 && (PAGE_CHROME.is_match(s) || is_bulleted_row(s))
}

/// A row that is a posting time and little else: 2014-09-30 09:14:29 人气:.
static DATETIME_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?:\s+[^。,;]{0,20})?$")
        .unwrap()
});

/// A metadata row opening with a bullet, whatever its label (• 所属类目:
/// 区政府办公室文件, - 文档编号:5043956): a label of at most eight characters
/// with no punctuation, then a colon.
fn is_bulleted_row(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['•', '·', '-']) else {
        return false;
    };
    let Some((label, _)) = rest.split_once(':') else {
        return false;
    };
    let label = label.trim();
    let n = label.chars().count();
    (2..=8).contains(&n)
        && label
            .chars()
            .all(|c| c == ' ' || (!c.is_ascii_punctuation() && !"。,;、《》“”".contains(c)))
}

/// A note in brackets closing the document ((此件公开发布), 公开方式:主动公开).
fn is_parenthetical_note(s: &str) -> bool {
    (s.starts_with('(') || s.starts_with("公开方式")) && PARENTHETICAL_NOTE.is_match(s)
}

/// Where a browser's page title (标题_栏目_网站名) leaves the document's
/// title: at the first `_`, when the title before it ends with a kind word
/// and the line ends with the site's name.
fn site_title_cut(s: &str) -> Option<usize> {
    let site = ["网站", "门户网", "政府网", "网"]
        .iter()
        .any(|w| s.ends_with(w));
    if !site {
        return None;
    }
    // …的通知_区政府办公室文件_…门户网站, or …的意见-湖南省人民政府门户网站.
    let cut = memchr::memchr2(b'_', b'-', s.as_bytes())?;
    (cut > 0 && ends_with_kind_word(&s[..cut])).then_some(cut)
}

/// Where a site's column name (at most eight characters, then 丨) leaves
/// the title that follows it.
fn column_prefix_cut(s: &str) -> Option<usize> {
    let (column, title) = s.split_once('丨')?;
    let n = column.chars().count();
    ((1..=8).contains(&n) && ends_with_kind_word(title) && !title.contains('丨'))
        .then(|| column.len() + '丨'.len_utf8())
}

/// A news report's opening sentence (近日,…发布…。, 日前,…印发…。全文如下:),
/// which a page puts before the document it reprints.
fn is_news_lead(s: &str) -> bool {
    ["近日", "日前", "近期", "昨日", "今天", "今日"]
        .iter()
        .any(|w| s.starts_with(w))
        && (s.contains('。') || s.ends_with(':'))
        && ["发布", "印发", "出台", "下发", "公布", "如下"]
            .iter()
            .any(|w| s.contains(w))
}

/// Short, no sentence punctuation: could be a title line.
fn is_title_like(s: &str) -> bool {
    // 120 characters are 480 bytes at most: a paragraph is turned away
    // before its characters are counted.
    if s.len() > 4 * 120 {
        return false;
    }
    let n = s.chars().count();
    (2..=120).contains(&n)
        && !s.contains('。')
        && !s.ends_with(':')
        && !s.contains('\t')
        && parse_full_date(s).is_none()
        && after_attachment_word(s).is_none()
}

/// A closing formula (特此通知, 此复, 专此函达; 此通知 where a page lost
/// its 特), which ends the body and names no one, with or without its
/// full stop.
fn is_closing_formula(s: &str) -> bool {
    let t = s.trim_end_matches(['。', '.', '!', '！', ' ']);
    let n = t.chars().count();
    (t.starts_with("特此") || t.starts_with("专此") || t.starts_with("此")) && (2..=6).contains(&n)
}

/// What follows the word 附件 opening `s`, also letter-spaced (附 件, 附　件
/// folded to a space).
fn after_attachment_word(s: &str) -> Option<&str> {
    s.strip_prefix('附')?
        .trim_start_matches(' ')
        .strip_prefix('件')
}

/// An enclosure's head (附件, 附件2, 附件1:先进单位名单): `Some(None)` for
/// a head alone, `Some(Some(range))` with the range of the title on its line
/// (within `s`).
fn enclosure_head(s: &str) -> Option<Option<Range<usize>>> {
    let rest = after_attachment_word(s)?;
    let digits = rest
        .trim_start()
        .trim_start_matches(|c: char| c.is_ascii_digit());
    let title = digits.trim_start_matches([':', '.', '、', ' ']);
    if title.trim().is_empty() {
        return Some(None);
    }
    // 附件1-5下载:…: a download row, not a head.
    if title.starts_with(['-', '—', '~']) || title.contains("下载") {
        return None;
    }
    // A title needs its number (附件1:…): 附件:标题 after the signature is
    // rare, and 附件说明 lines look the same.
    if digits.len() == rest.trim_start().len() || !is_title_like(title.trim()) {
        return None;
    }
    let start = s.len() - title.len();
    Some(Some(start..start + title.trim_end().len()))
}

/// Whether a title (or its lines so far) is whole: it ends with a kind
/// word, and not only inside a cited title whose own kind is not the
/// document's (关于印发2022年《政府工作报告》 goes on: 重点任务…的通知).
fn title_complete(title: &str) -> bool {
    ends_with_kind_word(title) && !awaits_kind(title)
}

/// Whether a title ends with a cited title (…》) after 关于 or a verb of
/// issuing, so that its own kind word is still to come.
fn awaits_kind(title: &str) -> bool {
    // …关于分解落实2019年市政府工作报告 / 主要目标任务的通知: a report named
    // without its marks, acted on.
    if title.ends_with("报告") {
        if let Some(at) = title.find("关于") {
            let acted_on = &title[at + "关于".len()..];
            return ["分解", "落实", "贯彻", "印发", "转发", "学习", "做好"]
                .iter()
                .any(|w| acted_on.starts_with(w));
        }
    }
    let Some(head) = title.trim_end().strip_suffix('》') else {
        return false;
    };
    let Some(open) = head.rfind('《') else {
        return false;
    };
    let before = head[..open].trim_end_matches(|c: char| c.is_ascii_digit() || c == '年');
    before.contains("关于")
        || ["印发", "转发", "批转", "颁发", "发布", "公布"]
            .iter()
            .any(|w| before.ends_with(w))
}

/// Org-like short line: a signing organ.
fn is_issuer_like(s: &str) -> bool {
    if s.len() > 4 * 40 || is_closing_formula(s) {
        return false;
    }
    let n = s.chars().count();
    (2..=40).contains(&n)
        && !s.contains(['。', ',', ';', ':', '、', '\t'])
        && crate::outline::marker::marker_at(s).is_none()
        && s.chars().all(|c| !c.is_ascii_digit())
}

/// The issuers on one signature line: each of the names set apart by
/// spaces when every one is an institution's (鹤岗市人民政府 鹤岗市中级人民法院),
/// else the line (国 务 院 is one name letter-spaced).
fn joint_issuers(t: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let s = &t[line.clone()];
    let mut parts = Vec::new();
    let mut at = 0;
    for piece in s.split(' ') {
        if !piece.is_empty() {
            parts.push(line.start + at..line.start + at + piece.len());
        }
        at += piece.len() + 1;
    }
    if parts.len() >= 2 && parts.iter().all(|r| is_institution_name(&t[r.clone()])) {
        parts
    } else {
        vec![line]
    }
}

/// The names of a 签发人 line (签发人:张三 李四, 签发人: 王五), as ranges of `t`
/// given the line `s` starts at `at`.
fn signer_names(s: &str, at: usize) -> Vec<Range<usize>> {
    let rest = s["签发人".len()..].trim_start_matches([' ', ':']);
    let from = at + s.len() - rest.len();
    let mut names = Vec::new();
    let mut start = 0;
    for (k, c) in rest.char_indices().chain([(rest.len(), ' ')]) {
        if matches!(c, ' ' | '、' | ',') {
            if k > start {
                names.push(from + start..from + k);
            }
            start = k + c.len_utf8();
        }
    }
    names
}

/// An addressee list (各县、区人民政府,市政府各部门:), without the colon.
fn addressee_list(s: &str) -> Option<&str> {
    let body = s.strip_suffix(':')?;
    let n = body.chars().count();
    // Quotes only around a name (“河长制”各责任站所), never a sentence's.
    let quoted = body.contains('“') && !body.contains('”');
    if n == 0 || n > 200 || body.contains(['。', '《']) || quoted || is_residue(s) {
        return None;
    }
    for w in [
        "如下", "现将", "为了", "为", "根据", "按照", "经", "请", "现就", "通知", "特此",
    ] {
        if body.starts_with(w) || body.ends_with(w) {
            return None;
        }
    }
    // A page's label row with its value left empty or on the next line
    // (发布文号:, 文件标题:, 页面宽度(px):): one item ending in a label word,
    // or one character a wide space cut from its label (文       号 :).
    if !body.contains([',', ';', '、'])
        && (ends_with_page_label(body) || body.trim().chars().nth(1).is_none())
    {
        return None;
    }
    let items: Vec<&str> = body.split([',', ';']).collect();
    items
        .iter()
        .all(|i| {
            let c = i.trim().chars().count();
            // A 、-list of bodies may run longer than one name (济宁高新区、
            // 太白湖新区、济宁经济技术开发区、曲阜文化建设示范区管委会(推进办公室)).
            let most = if i.contains('、') { 60 } else { 40 };
            (1..=most).contains(&c)
        })
        .then_some(body)
}

/// Whether `s` ends with a page's label word ([`PAGE_LABELS`],
/// [`RESIDUE_WORDS`]; a unit in brackets after it, 页面宽度(px), too).
fn ends_with_page_label(s: &str) -> bool {
    let s = s.trim_end();
    let s = match s.strip_suffix(')') {
        Some(inner) => inner
            .rfind('(')
            .filter(|&o| inner[o + 1..].bytes().all(|b| b.is_ascii_alphabetic()))
            .map_or(s, |o| &inner[..o]),
        None => s,
    };
    PAGE_LABELS
        .iter()
        .chain(RESIDUE_WORDS)
        .any(|w| s.ends_with(w))
}

/// Split an addressee list at top-level separators: `,` `;` always, `、`
/// only where the left side is a whole name (各县、区人民政府 stays whole).
pub(crate) fn split_addressees(s: &str, offset: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    let bytes_len = s.len();
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' | ';' if depth <= 0 => {
                push_trimmed(s, start..i, offset, &mut out);
                start = i + c.len_utf8();
            }
            '、' if depth <= 0 => {
                let left = s[start..i].trim();
                // A place's bracketed alternatives (各县(市)、区人民政府) leave
                // it a bare place.
                let left = without_trailing_brackets(left);
                // The item right before this 、, in a run not split so far
                // (州 of 各市、州、县人民政府: a place sharing the suffix).
                let last = left.rsplit('、').next().unwrap_or("").trim();
                let last_is_place =
                    last != left && (is_bare_place(last) || matches!(last, "州" | "旗" | "盟"));
                let rest = &s[i + c.len_utf8()..];
                let right = rest.split([',', ';', '、']).next().unwrap_or("").trim();
                // 市政府各委、办、局: one-character items share the left's head;
                // 各县市区委、人民政府: an organ with no place of its own
                // shares the left's; 中央、省驻岳单位: 中央 shares the right's
                // suffix.
                const PLACELESS: [&str; 4] = ["人民政府", "政府", "党委", "人大"];
                let shares = PLACELESS.iter().any(|w| right.starts_with(w)) || left == "中央";
                if !is_bare_place(left)
                    && !last_is_place
                    && !shares
                    && left.chars().count() > 1
                    && right.chars().count() > 1
                {
                    push_trimmed(s, start..i, offset, &mut out);
                    start = i + c.len_utf8();
                }
            }
            _ => {}
        }
    }
    push_trimmed(s, start..bytes_len, offset, &mut out);
    out
}

/// `s` without the bracketed group that closes it (各县(市) → 各县).
fn without_trailing_brackets(s: &str) -> &str {
    match s.strip_suffix(')').and_then(|x| x.rfind('(')) {
        Some(at) if at > 0 => &s[..at],
        _ => s,
    }
}

fn push_trimmed(s: &str, r: Range<usize>, offset: usize, out: &mut Vec<Range<usize>>) {
    let piece = &s[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if piece.trim().is_empty() {
        return;
    }
    out.push(offset + r.start + lead..offset + r.end - trail);
}

/// Recognise the elements among `blocks` (of folded text `t`).
pub fn recognise(t: &str, blocks: &mut Vec<Block>) -> Layout {
    let mut layout = Layout::default();
    let body_start = header(t, blocks, &mut layout);

    // A signature and date on one line (盘锦市人民政府办公室 2017年5月28日):
    // split so the date stands alone, as in the standard layout.
    let mut i = body_start;
    // The first block that is a date alone, once the splits below are made.
    let mut date_block = None;
    while i < blocks.len() {
        let s = text(t, blocks, i);
        // Every whole date ends with 日: test that before counting.
        if s.len() <= 240 && s.trim_end().ends_with('日') && s.chars().count() <= 60 {
            if blocks[i].marker.is_none() {
                if let Some((_, r)) = trailing_date(s) {
                    let prefix = s[..r.start].trim_end();
                    if !prefix.is_empty() && is_issuer_like(prefix) {
                        let at = blocks[i].range.start + r.start;
                        split_block(t, blocks, i, &[at]);
                        i += 1;
                    }
                }
            }
            if date_block.is_none() {
                if let Some(date) = parse_full_date(text(t, blocks, i)) {
                    date_block = Some((i, date));
                }
            }
        }
        i += 1;
    }
    // No date alone anywhere: the closing may be glued inside a block
    // (…请认真按照执行。上海市人民政府办公厅2024年2月4日本市…实施意见为贯彻…).
    if date_block.is_none() {
        date_block = split_glued_closing(t, blocks, body_start, &layout)
            .and_then(|d| Some((d, parse_full_date(text(t, blocks, d))?)));
    }
    // The first date alone, where it is once the blocks are split: the
    // signature's search below starts with it without reading it again.
    let date_block = date_block.map(|(d, date)| {
        let d = split_glued_issuer(t, blocks, body_start, d);
        split_cited_title(t, blocks, body_start, d, &layout);
        (d, date)
    });
    split_trailing_attachment_note(t, blocks, body_start);
    let n = blocks.len();

    // Classify trailing elements everywhere after the header.
    let mut role = vec![Role::Body; n];
    for (i, r) in role.iter_mut().enumerate().take(body_start) {
        let _ = i;
        *r = Role::Header;
    }
    let mut i = body_start;
    while i < n {
        let s = text(t, blocks, i);
        if is_residue(s) || is_parenthetical_note(s) {
            role[i] = Role::Residue;
            layout.residue.push(blocks[i].range.clone());
        } else if let Some(c) = s.starts_with('抄').then(|| CC.captures(s)).flatten() {
            role[i] = Role::Closing;
            let m = c.get(1).unwrap();
            layout.cc.extend(split_addressees(
                m.as_str().trim_end_matches('。'),
                blocks[i].range.start + m.start(),
            ));
        } else if let Some(c) = (s.ends_with('发') && s.len() <= 200)
            .then(|| PRINTED.captures(s))
            .flatten()
        {
            let dm = c.get(2).unwrap();
            if let Some(d) = parse_full_date(dm.as_str()) {
                role[i] = Role::Closing;
                let org = c.get(1).unwrap();
                let base = blocks[i].range.start;
                let mut by =
                    (!org.as_str().trim().is_empty()).then(|| base + org.start()..base + org.end());
                let mut whole = blocks[i].range.clone();
                // The organ split off by a wide gap (XX办公室      2017年5月29日印发).
                if by.is_none()
                    && i > body_start
                    && role[i - 1] == Role::Body
                    && is_issuer_like(text(t, blocks, i - 1))
                {
                    role[i - 1] = Role::Closing;
                    by = Some(blocks[i - 1].range.clone());
                    whole.start = blocks[i - 1].range.start;
                }
                layout.printed = Some((by, Some(d), whole));
            }
        } else if let Some(c) = s
            .starts_with('附')
            .then(|| ATTACHMENT.captures(s))
            .flatten()
        {
            let before_closing = date_block.is_some_and(|(d, _)| i + 1 < d);
            // After the signature, 附件1:先进单位名单 heads the enclosed list
            // itself, unless it names a file (a download row).
            let after_closing = date_block.is_some_and(|(d, _)| i > d);
            let numbered = after_attachment_word(s)
                .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()));
            // 附件: alone heads one too when a title, not a numbered list,
            // follows it.
            let title_next = blocks.get(i + 1).is_some_and(|b| {
                let next = &t[b.range.clone()];
                b.marker.is_none()
                    && after_attachment_word(next).is_none()
                    && !is_file_extension(next.rsplit_once('.').map_or("", |(_, e)| e))
            });
            let heads_enclosure = after_closing
                && (numbered || title_next)
                && enclosure_head(s).is_some()
                && !is_file_extension(s.rsplit_once('.').map_or("", |(_, e)| e));
            if heads_enclosure {
                i += 1;
                continue;
            }
            if let Some(j) =
                attachment_note(t, blocks, i, &c, before_closing, &mut role, &mut layout)
            {
                i = j;
                continue;
            }
        }
        i += 1;
    }

    // Signature and date: the first date-only block after the body began
    // whose neighbours look like a closing. No block before the first date
    // alone found above is one.
    let mut closing_at = None;
    let first_date = date_block.map_or(n, |(d, _)| d);
    for d in first_date..n {
        if role[d] != Role::Body {
            continue;
        }
        let s = text(t, blocks, d);
        let known = date_block.filter(|&(at, _)| at == d).map(|(_, date)| date);
        let Some(date) = known.or_else(|| parse_full_date(s)) else {
            continue;
        };
        let prev = (body_start..d).rev().find(|&k| role[k] == Role::Body);
        let prev_issuer = prev.is_some_and(|k| is_issuer_like(text(t, blocks, k)));
        let prev_sentence = prev.is_none_or(|k| {
            let p = text(t, blocks, k);
            p.ends_with('。')
                || p.ends_with("通知")
                || p.ends_with('!')
                || is_closing_formula(p)
                || p.ends_with("请批示")
                || p.ends_with("请审批")
        });
        if !(prev_issuer || prev_sentence) {
            continue;
        }
        layout.date = Some((date, blocks[d].range.clone()));
        role[d] = Role::Closing;
        if prev_issuer {
            // Joint issuers: consecutive issuer-like lines.
            let mut k = prev.unwrap();
            let mut issuers = Vec::new();
            loop {
                let s = text(t, blocks, k);
                if role[k] != Role::Body || !is_issuer_like(s) || issuers.len() >= 8 {
                    break;
                }
                issuers.push(k);
                if k == body_start {
                    break;
                }
                k -= 1;
                // The body's last sentence ends the signature block.
                if blocks[k].marker.is_some() {
                    break;
                }
            }
            issuers.reverse();
            for &k in &issuers {
                role[k] = Role::Closing;
                layout
                    .issuers
                    .extend(joint_issuers(t, blocks[k].range.clone()));
            }
        }
        closing_at = Some(d);
        break;
    }
    // A trailing date inside the last block (…作出贡献。 国务院 一九九九年十月三十一日)
    // is handled by the gap split in stage 2.
    // No date line: the 成文日期 of the page's metadata rows, if any.
    if layout.date.is_none() {
        layout.date = layout
            .title_date
            .clone()
            .or_else(|| layout.page_date.clone());
    }

    let after = closing_at.map_or(n, |d| d + 1);
    for (k, r) in role.iter().enumerate().take(after).skip(body_start) {
        if *r == Role::Body {
            layout.body.push(k);
        }
    }

    // Enclosures: title-like blocks after the closing start enclosed documents.
    let mut k = after;
    while k < n {
        if role[k] != Role::Body {
            k += 1;
            continue;
        }
        let s = text(t, blocks, k);
        let head = enclosure_head(s);
        let is_attachment_head = head.is_some();
        let title_start = if is_attachment_head { k + 1 } else { k };
        let mut enc = EnclosureLayout {
            first: k,
            last: k,
            ..Default::default()
        };
        if is_attachment_head {
            role[k] = Role::Header;
        }
        // 附件1:先进单位名单: the title on the head's line.
        if let Some(Some(title)) = head {
            let at = blocks[k].range.start;
            enc.title.push(at + title.start..at + title.end);
        }
        // Title: up to three wrapped lines.
        let mut j = title_start;
        while j < n && enc.title.len() < 3 {
            let s = text(t, blocks, j);
            if role[j] != Role::Body || blocks[j].marker.is_some() || !is_title_like(s) {
                break;
            }
            if !enc.title.is_empty() {
                let so_far = joined(t, &enc.title);
                // 《政府工作报告》 then 2005年重点工作分解意见: a quoted title's
                // kind is not the enclosure's when a line with one follows.
                let quoted_only = so_far.starts_with('《')
                    && so_far.ends_with('》')
                    && so_far.matches('《').count() == 1
                    && ends_with_kind_word(s);
                // A blank line is crossed only by the line that completes
                // the title (广东省进一步加鼎力度支持民间 / (blank) / 投资生长的实行方案).
                let completes = !title_complete(&so_far) && ends_with_kind_word(s);
                if (blocks[j].blank_before && !completes)
                    || (title_complete(&so_far) && !quoted_only)
                {
                    break;
                }
            }
            enc.title.push(blocks[j].range.clone());
            role[j] = Role::Header;
            j += 1;
        }
        // Body until the next enclosure head (附件N) or the end.
        while j < n {
            let s = text(t, blocks, j);
            if role[j] == Role::Body
                && enclosure_head(s).is_some()
                && after_attachment_word(s).is_some_and(|r| !r.is_empty())
            {
                break;
            }
            if role[j] == Role::Body {
                enc.body.push(j);
            }
            enc.last = j;
            j += 1;
        }
        // An enclosure's own signature and date are closing, not body.
        trim_closing(t, blocks, &mut enc.body);
        // A page's leftovers after the closing (“好律师, 来自Android客户端1楼…
        // 回复, a download row) are no document: an enclosure has an 附件 head,
        // a title of a kind (…方案, …办法), or a body of some length.
        let body_len: usize = enc.body.iter().map(|&b| blocks[b].range.len()).sum();
        if is_attachment_head
            || (!enc.title.is_empty() && ends_with_kind_word(&joined(t, &enc.title)))
            || body_len >= 3 * 100
        {
            layout.enclosures.push(enc);
        } else {
            for b in enc.first..=enc.last {
                if role[b] != Role::Closing {
                    layout.residue.push(blocks[b].range.clone());
                }
            }
        }
        k = j;
    }
    layout
}

/// File names saved with a web page: 附件1.docx is attachment 1, titled by
/// its file name.
fn is_file_extension(s: &str) -> bool {
    let ext = s.trim_start_matches('.').to_ascii_lowercase();
    [
        "doc", "docx", "pdf", "xls", "xlsx", "wps", "zip", "rar", "jpg", "png", "et", "ofd",
    ]
    .contains(&ext.as_str())
}

/// Read a 附件说明 starting at block `i` (附件:标题, 附件:1.标题 then 2.标题…,
/// 附件: alone then numbered lines, 附件1.docx…). Returns the index after it,
/// or `None` when the block is not an attachment note.
fn attachment_note(
    t: &str,
    blocks: &[Block],
    i: usize,
    c: &regex::Captures<'_>,
    before_closing: bool,
    role: &mut [Role],
    layout: &mut Layout,
) -> Option<usize> {
    use crate::outline::marker::{marker_at, Style};
    let n = blocks.len();
    let num = c.get(1)?.as_str();
    let rest = c.get(2)?;
    let base = blocks[i].range.start;
    let rest_s = rest.as_str();
    // 附件1-5下载:… is a download link, not an attachment.
    if rest_s.starts_with(['-', '—', '~']) || rest_s.contains("下载") {
        return None;
    }
    let mut ord: Option<u32> = num.parse().ok();
    if !rest_s.is_empty() {
        if is_file_extension(rest_s) && ord.is_some() {
            // 附件1.docx: the whole line names the file.
            role[i] = Role::Attachment;
            layout
                .attachments
                .push((ord, blocks[i].range.clone(), blocks[i].range.clone()));
        } else if is_title_like(rest_s) {
            role[i] = Role::Attachment;
            let mut title = base + rest.start()..base + rest.end();
            // 附件:1.标题 — the number inside.
            if let Some(m) = marker_at(rest_s) {
                if m.style == Style::ArabicDot && ord.is_none() {
                    ord = Some(m.ordinal);
                    title.start += m.len;
                }
            }
            layout
                .attachments
                .push((ord, title, blocks[i].range.clone()));
        } else {
            return None;
        }
    } else if num.is_empty() && c.get(0)?.as_str().contains(':') {
        // 附件: alone; the list follows.
        role[i] = Role::Attachment;
        // One title without a number on the next line: a file's name, or
        // any title before the signature (after it, a title is an enclosed
        // document's).
        if let Some(b) = blocks.get(i + 1).filter(|b| b.marker.is_none()) {
            let title = &t[b.range.clone()];
            let file = title
                .rsplit_once('.')
                .is_some_and(|(name, ext)| !name.is_empty() && is_file_extension(ext));
            if is_title_like(title) && (file || before_closing) {
                role[i + 1] = Role::Attachment;
                layout.attachments.push((
                    None,
                    b.range.clone(),
                    blocks[i].range.start..b.range.end,
                ));
                return Some(i + 2);
            }
        }
    } else {
        return None;
    }
    // Following 2.标题 (or 附件2.docx) lines continue the list.
    let mut j = i + 1;
    while j < n {
        let b = &blocks[j];
        let s = &t[b.range.clone()];
        let next = ord.map_or(1, |o| o + 1);
        if let Some(m) = b
            .marker
            .filter(|m| m.style == Style::ArabicDot && m.ordinal == next)
        {
            let title = &t[b.range.start + m.len..b.range.end];
            if !is_title_like(title) {
                break;
            }
            role[j] = Role::Attachment;
            layout.attachments.push((
                Some(m.ordinal),
                b.range.start + m.len..b.range.end,
                b.range.clone(),
            ));
            ord = Some(m.ordinal);
        } else if let Some(f) = after_attachment_word(s) {
            let digits: String = f.chars().take_while(char::is_ascii_digit).collect();
            let ext = &f[digits.len()..];
            if digits.parse::<u32>().ok() != Some(next) || !is_file_extension(ext) {
                break;
            }
            role[j] = Role::Attachment;
            layout
                .attachments
                .push((Some(next), b.range.clone(), b.range.clone()));
            ord = Some(next);
        } else {
            break;
        }
        j += 1;
    }
    Some(j)
}

/// Drop a trailing issuer + date pair from an enclosure's body.
fn trim_closing(t: &str, blocks: &[Block], body: &mut Vec<usize>) {
    if let Some(&last) = body.last() {
        if parse_full_date(text(t, blocks, last)).is_some() {
            body.pop();
            while let Some(&b) = body.last() {
                if is_issuer_like(text(t, blocks, b)) && blocks[b].marker.is_none() {
                    body.pop();
                } else {
                    break;
                }
            }
        }
    }
}

fn joined(t: &str, ranges: &[Range<usize>]) -> String {
    ranges.iter().map(|r| &t[r.clone()]).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Header,
    Body,
    Residue,
    Closing,
    Attachment,
}

/// Read the header; split blocks that glue header elements together. Returns
/// the index of the first body block.
fn header(t: &str, blocks: &mut Vec<Block>, layout: &mut Layout) -> usize {
    let mut i = 0;
    let mut title_done = false;
    // A page's rows are not counted against the header's sixteen blocks
    // (some pages print their metadata twice), up to 64 blocks in all.
    let mut chrome = 0;
    // The title a metadata row gives (标 题: | …的通知 |), for a page that
    // prints no title line of its own.
    let mut row_title = None;
    while i < blocks.len() && i < (16 + chrome).min(64) {
        let r = blocks[i].range.clone();
        let s = &t[r.clone()];
        // A browser's page title: the document's title, then the page's
        // section and the site (…的通知_区政府办公室文件_上海市宝山区人民政府门户网站):
        // the title is cut from the rest, which is residue.
        if layout.title.is_empty() {
            if let Some(cut) = site_title_cut(s) {
                split_block(t, blocks, i, &[r.start + cut]);
                layout.residue.push(blocks[i + 1].range.clone());
                blocks.remove(i + 1);
                continue;
            }
            // A site's column name before the title (政务服务丨济宁市人民政府关于…意见).
            if let Some(cut) = column_prefix_cut(s) {
                split_block(t, blocks, i, &[r.start + cut]);
                layout.residue.push(blocks[i].range.clone());
                blocks.remove(i);
                continue;
            }
        }
        // A news page's lead-in before the document it reprints (近日,山东省
        // 住房城乡建设厅发布关于…的通知。…; 日前,潮州印发《…》。全文如下:).
        if layout.title.is_empty()
            && layout.doc_number.is_none()
            && is_news_lead(s)
            && blocks.get(i + 1).is_some_and(|b| {
                let next = &t[b.range.clone()];
                is_title_like(next) && ends_with_kind_word(next)
            })
        {
            layout.residue.push(r);
            chrome += 1;
            i += 1;
            continue;
        }
        if is_page_chrome(s) {
            // A metadata row may hold the 发文字号 (文 号 蔡政办〔2023〕1号).
            if layout.doc_number.is_none() {
                layout.doc_number = first_number(s, r.start);
            }
            // … or the 成文日期 with its value (成文日期:2022年09月14日,
            // | 成文日期: | 2022-09-14 |).
            if layout.page_date.is_none() {
                layout.page_date =
                    row_date(s).map(|(d, x)| (d, r.start + x.start..r.start + x.end));
            }
            // A label alone on its row, its value on the next (• 文件名称: /
            // 中共…的通报; • 成文日期: / 2023-05-04): the value is the row's.
            if let Some(label) = s.strip_suffix(':').filter(|l| l.chars().count() <= 12) {
                let value = blocks
                    .get(i + 1)
                    .filter(|b| b.marker.is_none() && b.range.len() <= 4 * 60)
                    .map(|b| b.range.clone());
                if let Some(v) = value {
                    let val = &t[v.clone()];
                    let label: String = label.chars().filter(|c| c.is_alphabetic()).collect();
                    // A page's buttons (背景色: 大 中 小) take no value from the next row.
                    let widget = TOOLBAR_LABELS.contains(&label.as_str());
                    let title = ["文件名称", "文件标题", "标题", "名称"].contains(&label.as_str())
                        && is_title_like(val)
                        && ends_with_kind_word(val);
                    let filled = if title {
                        row_title.get_or_insert(v.clone());
                        true
                    } else if ["成文日期", "发文日期"].contains(&label.as_str()) {
                        layout.page_date = page_date(val).map(|d| (d, v.clone()));
                        layout.page_date.is_some()
                    } else if ["文号", "发文字号"].contains(&label.as_str()) {
                        if layout.doc_number.is_none() {
                            layout.doc_number = first_number(val, v.start);
                        }
                        layout.doc_number.is_some()
                    } else {
                        // Any other value: short, one line, not a sentence.
                        !val.contains(['。', ':']) && val.chars().count() <= 40
                    };
                    if filled && !widget {
                        layout.residue.push(r);
                        layout.residue.push(v);
                        chrome += 2;
                        i += 2;
                        continue;
                    }
                }
            }
            if row_title.is_none() {
                row_title = title_in_row(s).map(|x| r.start + x.start..r.start + x.end);
            }
            layout.residue.push(r);
            chrome += 1;
            i += 1;
            continue;
        }
        // 签发人:张三 李四, beside the number (上行文) or on its own line.
        if let Some(k) = s.find("签发人") {
            if k > 0 && s[..k].trim_end().ends_with('号') {
                split_block(t, blocks, i, &[r.start + k]);
                continue;
            }
            if k == 0 {
                layout.signers = signer_names(s, r.start);
                i += 1;
                // Names set apart by wide spaces were cut into blocks of
                // their own on the same line (签发人:张三  李四).
                while let Some(b) = blocks.get(i).filter(|b| !b.line_start) {
                    let name = &t[b.range.clone()];
                    if !(2..=4).contains(&name.chars().count())
                        || !name.chars().all(crate::text::is_han)
                    {
                        break;
                    }
                    layout.signers.push(b.range.clone());
                    i += 1;
                }
                continue;
            }
        }
        // The number a page's row gave, again opening the title's line
        // (标 题: | 盘政发〔2010〕22号 盘锦市人民政府关于…的决定, then that
        // line): residue, not part of the title.
        if let Some(n) = layout
            .doc_number
            .as_ref()
            .filter(|_| layout.title.is_empty())
        {
            let rest = s.strip_prefix(&t[n.range.clone()]).map(str::trim_start);
            if rest.is_some_and(|x| is_title_like(x) && ends_with_kind_word(x)) {
                let number_end = r.start + n.range.len();
                split_block(t, blocks, i, &[number_end]);
                layout.residue.push(blocks[i].range.clone());
                chrome += 1;
                i += 1;
                continue;
            }
        }
        if layout.doc_number.is_none() {
            if let Some(f) = doc_number::parse_line(s) {
                layout.doc_number = Some(Found {
                    range: r.start + f.range.start..r.start + f.range.end,
                    ..f
                });
                if !layout.title.is_empty() {
                    title_done = true;
                }
                i += 1;
                continue;
            }
            // The rest of a metadata row cut at its wide spaces
            // (文       号 : 嘉政办发〔2024〕1号 gives 号 : 嘉政办发…).
            let first = doc_number::find_all(s).into_iter().next();
            if let Some(f) = &first {
                let label = s[..f.range.start].trim_end_matches([' ', ':', '|']);
                if f.range.end == s.trim_end().len()
                    && label.ends_with('号')
                    && label.chars().count() <= 4
                {
                    layout.doc_number = first_number(s, r.start);
                    layout.residue.push(r);
                    i += 1;
                    continue;
                }
            }
            // A number glued to the title or addressees (one-line documents).
            // Only when there is something to split off: a block that is a
            // bare number with no agency ((2017)69号, which `parse_line`
            // refuses) would split into itself and loop forever.
            if let Some(f) = first {
                // A number in brackets after the title (…的通知(岳办发〔2017〕2号)).
                let bracketed =
                    s[..f.range.start].trim_end().ends_with('(') && s[f.range.end..].trim() == ")";
                let before = s[..f.range.start].trim_end();
                let before = if bracketed {
                    before[..before.len() - 1].trim_end()
                } else {
                    before
                };
                // The page's residue may stand between the title and the
                // number (…的通知发布时间:2017-11-06 浏览次数:223盘政办发…).
                let title_end = last_kind_word_end(before)
                    .filter(|&e| e < before.len() && is_residue(&before[e..]))
                    .unwrap_or(before.len());
                let title = &before[..title_end];
                let glued = (f.range.start > 0 || f.range.end < s.len())
                    && f.range.start <= 400
                    && !before.ends_with('(')
                    && !before.ends_with('》')
                    && (before.is_empty() || (is_title_like(title) && ends_with_kind_word(title)));
                // A page's short title before a bracketed number need not
                // end with a kind word (2021年县政府重点工作任务(华政发〔2021〕2号)).
                let glued = glued
                    || (bracketed
                        && f.range.start <= 400
                        && is_title_like(title)
                        && layout.title.is_empty());
                // The bracketed number stays whole (`parse_line` reads it) when
                // a title stands before it: with none ((2017)2号 alone in
                // brackets), this split would leave the block as it is, and the
                // loop would read it again for ever.
                if glued && bracketed && title_end > 0 {
                    split_block(t, blocks, i, &[r.start + title_end]);
                    continue;
                }
                if glued {
                    split_block(
                        t,
                        blocks,
                        i,
                        &[
                            r.start + title_end,
                            r.start + f.range.start,
                            r.start + f.range.end,
                        ],
                    );
                    continue;
                }
            }
        }
        if blocks[i].marker.is_some() {
            break;
        }
        // The date in brackets under the title (题注: (2020年3月20日),
        // (2019年12月31日国务院第74次常务会议通过)), as documents reprinted
        // without their signature give it.
        if !layout.title.is_empty() && layout.title_date.is_none() {
            if let Some(date) = title_note_date(s) {
                layout.title_date = Some((date, r));
                title_done = true;
                i += 1;
                continue;
            }
        }
        // 发文机关标志: "XX文件".
        if layout.title.is_empty()
            && s.ends_with("文件")
            && s.chars().count() <= 30
            && !s.contains('。')
        {
            i += 1;
            continue;
        }
        // A title glued to the addressees (one-line documents:
        // …救助供养工作的通知各区人民政府,市政府各部门:…).
        if !title_done {
            if let Some(end) = title_glued_to_addressees(s) {
                split_block(t, blocks, i, &[r.start + end]);
                continue;
            }
        }
        if let Some(list) = addressee_list(s) {
            // First of all (a page that opens with the addressees), only a
            // list that opens with a body's name.
            if i > 0 || layout.doc_number.is_some() || names_a_body_first(list) {
                layout.addressees = split_addressees(list, r.start);
                i += 1;
                break;
            }
        }
        // Addressees glued to the body (…国家环境保护总局:你们报送的…).
        if !layout.title.is_empty() || layout.doc_number.is_some() {
            if let Some(c) = s.find(':') {
                // Not a page's label (生效日期:2018年03月27, 当前位置:首页…) or
                // a time (2023-01-05 10:00).
                let list = addressee_list(&s[..c + 1]).filter(|l| {
                    !is_page_chrome(s)
                        && !l.bytes().any(|b| b.is_ascii_digit())
                        && l.trim().chars().nth(1).is_some()
                });
                if list.is_some() && c + 1 < s.len() {
                    split_block(t, blocks, i, &[r.start + c + 1]);
                    continue;
                }
            }
        }
        if !title_done && is_title_like(s) {
            if !layout.title.is_empty() && title_complete(&joined(t, &layout.title)) {
                break;
            }
            // A page's title in book-title marks (《…的通知》): the title is
            // inside them.
            // A page's words in Latin letters alone on a line before the
            // title (The Beginning): residue.
            if layout.title.is_empty() && s.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
                layout.residue.push(r);
                chrome += 1;
                i += 1;
                continue;
            }
            // A page's bullet before its title line (• 中共…的通报), dashes
            // after it (…的通知--).
            let (r, s) = match s.strip_prefix(['•', '·']) {
                Some(rest) => {
                    let rest = rest.trim_start();
                    (r.end - rest.len()..r.end, rest)
                }
                None => (r, s),
            };
            let bare = s.trim_end_matches('-');
            let (r, s) = (r.start..r.end - (s.len() - bare.len()), bare);
            let r = match s.strip_prefix('《').and_then(|x| x.strip_suffix('》')) {
                Some(inner) if layout.title.is_empty() && !inner.contains(['《', '》']) => {
                    r.start + '《'.len_utf8()..r.end - '》'.len_utf8()
                }
                _ => r,
            };
            layout.title.push(r);
            i += 1;
            if title_complete(&joined(t, &layout.title)) {
                title_done = true;
            }
            // Three lines, or four when the first may be a page's words
            // before the title (dropped by `drop_title_prefix`).
            if layout.title.len() >= 4 {
                title_done = true;
            }
            continue;
        }
        // What a saved page repeats or adds between the title and the 发文字号
        // or the addressees (中国政府网, the title again, the number again):
        // short lines before one of those (`page_lines_before_header`).
        if page_lines_before_header(t, blocks, i, layout) {
            // A metadata row cut at its wide spaces (文    号 蔡政办〔2023〕1号)
            // leaves the number in a line of its own.
            if layout.doc_number.is_none() {
                layout.doc_number = first_number(s, r.start);
            }
            layout.residue.push(r);
            i += 1;
            continue;
        }
        break;
    }
    drop_title_prefix(t, layout);
    if layout.title.is_empty() {
        if let Some(r) = row_title {
            layout.title.push(r);
        }
    }
    // A lone "title" that never completed and was followed directly by body
    // text may be a heading of the body; keep it as the title only when it
    // reads like one.
    if !layout.title.is_empty()
        && !ends_with_kind_word(&joined(t, &layout.title))
        && layout.doc_number.is_none()
        && layout.addressees.is_empty()
    {
        let first = layout.title[0].clone();
        let s = &t[first.clone()];
        if !s.contains("关于") {
            layout.title.clear();
            return blocks
                .iter()
                .position(|b| b.range.start >= first.start)
                .unwrap_or(0);
        }
    }
    i
}

/// The title a page's metadata row gives (标 题: | X的通知 |, 名称: X的通知
/// 文号: …, 文件名称 | X的通报 |): the value after the label, cut after its
/// last kind word, when that reads as a whole title. A range in `s`.
fn title_in_row(s: &str) -> Option<Range<usize>> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[-·•]\s*)?(?:标\s*题|名\s*称|文件名称|文件标题)\s*[:|]?[\s:|]*").unwrap()
    });
    let m = LABEL.find(s)?;
    let rest = &s[m.end()..];
    let end = last_kind_word_end(rest)?;
    let title = rest[..end].trim_end();
    (!title.contains('|') && is_title_like(title) && ends_with_kind_word(title))
        .then(|| m.end()..m.end() + title.len())
}

/// The 成文日期 a metadata row gives after its label, on the same row
/// (成文日期:2022年09月14日, 成文日期2020年01月17日, | 成文日期: | 2022-09-14 |),
/// and the value's range in the row.
fn row_date(s: &str) -> Option<(Date, Range<usize>)> {
    ["成文日期", "发文日期"].iter().find_map(|label| {
        let at = s.find(label)? + label.len();
        let rest = &s[at..];
        let value = rest.trim_start_matches([' ', ':', '|', '\t']);
        let start = at + rest.len() - value.len();
        let len = value.find(['|', ' ', '\t']).unwrap_or(value.len());
        let date = page_date(&value[..len])?;
        Some((date, start..start + len))
    })
}

/// A page's date value: 2023-05-04, 2023/5/4, or a whole written date.
fn page_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(d) = parse_full_date(s) {
        return Some(d);
    }
    let mut parts = s.split(['-', '/', '.']);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// The date of a note in brackets under a title: a whole date opening it,
/// alone or before what was done on it (…会议通过, 发布, 印发).
fn title_note_date(s: &str) -> Option<Date> {
    const DONE: [&str; 6] = ["通过", "发布", "公布", "印发", "修订", "修正"];
    let inner = s.strip_prefix('(')?.strip_suffix(')')?;
    // A year of four figures or numerals, and a note of one line.
    if inner.chars().count() > 60 || !inner.contains('年') {
        return None;
    }
    let (date, r) = find_date(inner)?;
    let rest = &inner[r.end..];
    (r.start == 0 && (rest.is_empty() || DONE.iter().any(|w| rest.ends_with(w)))).then_some(date)
}

/// The first 发文字号 in `s`, a block starting at `at` in the text.
fn first_number(s: &str, at: usize) -> Option<Found> {
    let f = doc_number::find_all(s).into_iter().next()?;
    Some(Found {
        range: at + f.range.start..at + f.range.end,
        ..f
    })
}

/// Whether an addressee list opens with the name of a body (各区人民政府,…),
/// not a page's label (生效日期, 当前位置).
fn names_a_body_first(list: &str) -> bool {
    split_addressees(list, 0).first().is_some_and(|r| {
        // Brackets inside a name (各区(市)县政府(管委会)) are set aside.
        let mut name = String::new();
        let mut depth = 0;
        for c in list[r.clone()].chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => name.push(c),
                _ => {}
            }
        }
        is_department_name(&name)
    })
}

/// Whether block `i` is one of the lines a saved page puts between the
/// title (or the number) and the 发文字号 or the addressees: short lines
/// without a sentence end (a site's name, the title or the number again,
/// the pieces of a metadata row cut at its wide spaces), at most eight of
/// them, and the page's metadata rows, before one of those elements.
fn page_lines_before_header(t: &str, blocks: &[Block], i: usize, layout: &Layout) -> bool {
    if layout.title.is_empty() && layout.doc_number.is_none() {
        return false;
    }
    let mut short_lines = 0;
    for j in i..blocks.len().min(i + 16) {
        let s = text(t, blocks, j);
        let number = layout.doc_number.is_none() && doc_number::parse_line(s).is_some();
        let addressees = addressee_list(s).is_some_and(names_a_body_first);
        if j > i && (number || addressees) {
            return true;
        }
        if is_page_chrome(s) {
            continue;
        }
        let short = s.len() <= 4 * 80 && !s.contains('。') && blocks[j].marker.is_none();
        short_lines += 1;
        if short_lines > 8 || !short {
            return false;
        }
    }
    false
}

/// A wrapped title's first lines that are a page's leftovers (法规库 /
/// 国务院办公厅关于…的通知): dropped when they name no organ, hold no 关于 and
/// do not end with 印发 or 转发, and the lines after them hold 关于, 印发 or
/// 转发 (a whole title).
fn drop_title_prefix(t: &str, layout: &mut Layout) {
    let n = layout.title.len();
    if n < 2 || !ends_with_kind_word(&joined(t, &layout.title)) {
        return;
    }
    for k in 1..n {
        let head = joined(t, &layout.title[..k]);
        // An organ's 印发 wrapped before what it issues (鹤岗市人民政府 鹤岗市
        // 中级人民法院印发 / 关于完善…的意见的通知) is the title's start.
        if head.contains("关于")
            || is_institution_name(&head)
            || ["印发", "转发"].iter().any(|w| head.ends_with(w))
        {
            return;
        }
        let rest = joined(t, &layout.title[k..]);
        if ["关于", "印发", "转发"].iter().any(|w| rest.contains(w)) {
            let dropped: Vec<_> = layout.title.drain(..k).collect();
            layout.residue.extend(dropped);
            return;
        }
    }
}

/// The first character boundary of `s` at or after `i`.
fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// After the last sentence end of `s` (。 ! or the ) closing a
/// bracketed assignment): where what follows starts.
fn after_last_sentence(s: &str) -> Option<usize> {
    s.char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '。' | '!' | ')'))
        .map(|(k, c)| k + c.len_utf8())
}

/// Whether `s` names a signing organ.
fn is_organ(s: &str) -> bool {
    is_issuer_like(s) && ends_with_org(s)
}

/// The signing organs glued to the body's last sentence, paragraph breaks
/// lost (…重大情况及时向国务院报告。国务院办公厅, then the date; …负责)国务院):
/// the block before the date and the organ blocks just before it is split
/// after its last sentence end when what follows names an organ. A 附件
/// note glued between them (…作出新的更大贡献。附件:…(共130项)国务院办公厅) is
/// split off too. Returns the date block's index after the split.
fn split_glued_issuer(t: &str, blocks: &mut Vec<Block>, body_start: usize, date: usize) -> usize {
    let mut k = date;
    while k > body_start && is_organ(text(t, blocks, k - 1)) {
        k -= 1;
    }
    if k == body_start {
        return date;
    }
    let s = text(t, blocks, k - 1);
    // Most bodies end with their sentence: nothing glued.
    if s.ends_with(['。', '!', ':']) {
        return date;
    }
    let Some(at) = after_last_sentence(s).filter(|&at| is_organ(s[at..].trim())) else {
        return date;
    };
    let base = blocks[k - 1].range.start;
    let mut cuts = vec![base + at];
    // An attachment note between the last sentence and the organ.
    if let Some(note) = s[..at]
        .rfind("。附件")
        .filter(|&n| !s[n + '。'.len_utf8()..at].contains('。'))
    {
        cuts.insert(0, base + note + '。'.len_utf8());
    }
    let added = cuts.len();
    split_block(t, blocks, k - 1, &cuts);
    date + added
}

/// A 附件说明 glued to the last sentence of the document's last block
/// (…仍保留在县区、经济区。附件:关于…整改任务分解表): split off, so it is read
/// as the note it is.
fn split_trailing_attachment_note(t: &str, blocks: &mut Vec<Block>, body_start: usize) {
    let Some(last) = blocks.len().checked_sub(1).filter(|&l| l >= body_start) else {
        return;
    };
    let s = text(t, blocks, last);
    // The note's title has 120 characters at most: look at the block's end.
    let tail = ceil_boundary(s, s.len().saturating_sub(4 * 130));
    let Some(at) = s[tail..]
        .rfind("。附件")
        .map(|n| tail + n + '。'.len_utf8())
    else {
        return;
    };
    let note = ATTACHMENT.captures(&s[at..]);
    if note.is_some_and(|c| is_title_like(c[2].trim())) {
        let at = blocks[last].range.start + at;
        split_block(t, blocks, last, &[at]);
    }
}

/// Split off a closing glued inside a block, the first after the body
/// began: a sentence's end, an organ's name (or none), a whole date, then
/// nothing, a note, 附件, 抄送 or a title the cover cites
/// (…请认真按照执行。上海市人民政府办公厅2024年2月4日本市…的实施意见为贯彻…;
/// …请遵照执行。2025年7月15日松江区城市更新2025年度实施计划为深入贯彻…).
/// Returns the index of the date's block. Only looked for when no block is
/// a date alone: one regex search per block that holds a 日.
fn split_glued_closing(
    t: &str,
    blocks: &mut Vec<Block>,
    body_start: usize,
    layout: &Layout,
) -> Option<usize> {
    let mut cited = None;
    for i in body_start..blocks.len() {
        let s = text(t, blocks, i);
        // A table row's cells are no closing (…工作。\t市民政局\t2020年12月31日).
        if s.contains('\t') {
            continue;
        }
        let mut from = 0;
        while let Some((_, r)) = s[from..]
            .contains('日')
            .then(|| find_date(&s[from..]))
            .flatten()
        {
            let date = from + r.start..from + r.end;
            from = date.end;
            let before = &s[..date.start];
            // An organ's name has 40 characters at most: look no further
            // back for the sentence end before it (a block of dates and no
            // sentence end would be read back to its start at each date).
            let window = ceil_boundary(before, before.len().saturating_sub(4 * 41));
            let issuer_at = match after_last_sentence(&before[window..]) {
                Some(at) => window + at,
                None if window == 0 => 0,
                None => continue,
            };
            let issuer = before[issuer_at..].trim();
            // No organ: the date right after a sentence or opening the block.
            if !(issuer.is_empty() || is_organ(issuer)) {
                continue;
            }
            let rest = s[date.end..].trim_start();
            let title = if rest.is_empty()
                || rest.starts_with(['(', '附', '抄'])
                || rest.starts_with("公开方式")
                || is_residue(rest)
            {
                None
            } else {
                let titles =
                    cited.get_or_insert_with(|| cited_titles(t, blocks, body_start, i, layout));
                match titles.iter().find_map(|c| title_prefix(rest, c)) {
                    Some(len) => Some(len),
                    None => continue,
                }
            };
            let base = blocks[i].range.start;
            let rest_at = base + s.len() - rest.len();
            let mut cuts = vec![base + issuer_at, base + date.start, base + date.end];
            cuts.extend(title.map(|len| rest_at + len));
            split_block(t, blocks, i, &cuts);
            let pieces_before = [&s[..issuer_at], issuer]
                .iter()
                .filter(|p| !p.trim().is_empty())
                .count();
            return Some(i + pieces_before);
        }
    }
    None
}

/// After the closing date: a bracketed note glued to what follows is split
/// off ((此件公开发布)附件国务院第五次…), then an enclosure's 附件 head, then,
/// when the block starts with a title the cover cites and goes on, that
/// title: an enclosed document's title glued to its first sentence
/// (上海市深化农村公路管理养护体制改革实施方案为深入贯彻…).
fn split_cited_title(
    t: &str,
    blocks: &mut Vec<Block>,
    body_start: usize,
    date_block: usize,
    layout: &Layout,
) {
    let mut k = date_block + 1;
    while let Some(b) = blocks.get(k) {
        let s = &t[b.range.clone()];
        if is_parenthetical_note(s) {
            k += 1;
            continue;
        }
        // A note glued to what follows: up to its closing bracket.
        let note_end = s
            .starts_with('(')
            .then(|| s.find(')'))
            .flatten()
            .filter(|&c| c + 1 < s.len() && is_parenthetical_note(&s[..=c]));
        match note_end {
            Some(c) => {
                let at = b.range.start + c + 1;
                split_block(t, blocks, k, &[at]);
                k += 1;
            }
            None => break,
        }
    }
    let Some(s) = blocks.get(k).map(|b| &t[b.range.clone()]) else {
        return;
    };
    if is_title_like(s) {
        return;
    }
    // 附件 or 附件2 opening an enclosure, glued to its title.
    let head = after_attachment_word(s).map_or(0, |r| {
        s.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len()
    });
    let titles = cited_titles(t, blocks, body_start, date_block, layout);
    let rest = s[head..].trim_start();
    let Some(len) = titles.iter().find_map(|c| title_prefix(rest, c)) else {
        return;
    };
    let rest_at = blocks[k].range.start + s.len() - rest.len();
    let cuts: Vec<usize> = [
        (head > 0).then_some(rest_at),
        (len < rest.len()).then_some(rest_at + len),
    ]
    .into_iter()
    .flatten()
    .collect();
    split_block(t, blocks, k, &cuts);
}

/// The length of `title`'s text at the start of `s`, spaces in either
/// ignored (a title wrapped over two lines keeps a space where it broke:
/// 关于我国地震重点监视防御区的确定 和加强…).
fn title_prefix(s: &str, title: &str) -> Option<usize> {
    let mut at = 0;
    for c in title.chars().filter(|&c| c != ' ') {
        let rest = s[at..].trim_start_matches(' ').strip_prefix(c)?;
        at = s.len() - rest.len();
    }
    Some(at)
}

/// How many blocks of a cover, from its start and before its closing, are
/// read for the titles it names.
const COVER_HEAD: usize = 6;
const COVER_TAIL: usize = 4;

/// The titles the cover names, longest first: each 《…》 in its title and
/// in its first and last blocks before block `end` ([`COVER_HEAD`],
/// [`COVER_TAIL`]), the titles of a 附件说明 there, and what its title 印发 or 转发
/// (关于印发上海市…实施方案的通知). Titles of fewer than four characters are
/// left out.
fn cited_titles(
    t: &str,
    blocks: &[Block],
    body_start: usize,
    end: usize,
    layout: &Layout,
) -> Vec<String> {
    let title = joined(t, &layout.title);
    let mut found: Vec<String> = Vec::new();
    let mut add = |c: &str| {
        let c = c.trim();
        if c.chars().nth(3).is_some() && !found.iter().any(|f| f == c) {
            found.push(c.to_string());
        }
    };
    for w in ["印发", "转发"] {
        if let Some(at) = title.find(w) {
            let rest = &title[at + w.len()..];
            if let Some(end) = last_kind_word_end(rest) {
                // …实施方案的通知: the 的 and kind word close the title, not
                // the cited one.
                let inner = &rest[..end];
                let inner = inner.rfind('的').map_or(inner, |k| &inner[..k]);
                add(inner.trim_start_matches('《').trim_end_matches('》'));
            }
        }
    }
    // A cover names what it encloses in its first paragraphs (《…》已经市政府
    // 同意,现印发给你们) or in the 附件说明 just before its closing: a long
    // notice with no enclosure is not read through for titles.
    let end = end.min(blocks.len());
    let first = body_start..end.min(body_start + COVER_HEAD);
    let last = first.end.max(end.saturating_sub(COVER_TAIL))..end;
    let body = blocks[first]
        .iter()
        .chain(&blocks[last])
        .map(|b| &t[b.range.clone()]);
    for s in std::iter::once(title.as_str()).chain(body) {
        // A 附件说明 in the cover names its enclosures (附件:1.标题).
        if let Some(c) = s
            .starts_with('附')
            .then(|| ATTACHMENT.captures(s))
            .flatten()
        {
            let named = &c[2];
            let named = crate::outline::marker::marker_at(named).map_or(named, |m| &named[m.len..]);
            if is_title_like(named) {
                add(named);
            }
        }
        let mut rest = s;
        while let Some(open) = rest.find('《') {
            rest = &rest[open + '《'.len_utf8()..];
            let Some(close) = rest.find('》') else {
                break;
            };
            add(&rest[..close]);
            rest = &rest[close..];
        }
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.len()));
    found
}

/// Where a title glued to the addressee list after it ends: the text up to
/// the first colon is a complete title then an addressee list
/// (…救助供养工作的通知各区人民政府,市政府各部门:). The title's last kind
/// word (通知, 意见…) is where it ends: an addressee list names bodies, not
/// documents.
fn title_glued_to_addressees(s: &str) -> Option<usize> {
    // A title of 120 characters and a list of 200 at most.
    let colon = s[..crate::text::floor_boundary(s, 4 * 330)].find(':')?;
    // Neither a title nor an addressee list holds a sentence end; a body
    // paragraph ending with a colon (…通知如下:) does.
    if s[..colon].contains('。') {
        return None;
    }
    let end = last_kind_word_end(&s[..colon])?;
    let title = &s[..end];
    (is_title_like(title)
        && ends_with_kind_word(title)
        && addressee_list(s[end..=colon].trim_start()).is_some())
    .then_some(end)
}

/// Split block `i` at the given absolute offsets, keeping trimmed non-empty
/// pieces.
fn split_block(t: &str, blocks: &mut Vec<Block>, i: usize, cuts: &[usize]) {
    let b = blocks[i].clone();
    let mut pieces = Vec::new();
    let mut start = b.range.start;
    for &c in cuts.iter().chain(std::iter::once(&b.range.end)) {
        let c = c.clamp(start, b.range.end);
        let s = &t[start..c];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if !s.trim().is_empty() {
            pieces.push(start + lead..c - trail);
        }
        start = c;
    }
    let new: Vec<Block> = pieces
        .into_iter()
        .enumerate()
        .map(|(k, range)| Block {
            marker: crate::outline::marker::marker_at(&t[range.clone()]),
            range,
            line_start: b.line_start && k == 0,
            blank_before: b.blank_before && k == 0,
        })
        .collect();
    blocks.splice(i..=i, new);
}

/// The date and its range when a block ends with one (used for one-line
/// signature blocks).
pub(crate) fn trailing_date(s: &str) -> Option<(Date, Range<usize>)> {
    // Every whole date ends with 日; most blocks do not, and the regex
    // search would read them all.
    if !s.trim_end().ends_with('日') {
        return None;
    }
    let (d, r) = find_date(s)?;
    (r.end == s.trim_end().len()).then_some((d, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-character tests in front of the residue and note regexes
    /// never turn away a block the regex would take.
    #[test]
    fn residue_prechecks_agree_with_their_regexes() {
        let mut samples: Vec<String> = [
            "发布时间:2021-01-01",
            "【大】【中】【小】",
            "大 中 小",
            "[打印本页]",
            "【【大】",
            "[【大】",
            "来源",
            "收藏 分享",
            "(此件公开发布)",
            "公开方式:主动公开",
            "公开方式 : 依申请公开",
            "",
        ]
        .map(String::from)
        .to_vec();
        samples.extend(crate::test_support::corpus_lines());
        let (mut residue, mut notes) = (0, 0);
        for s in &samples {
            assert_eq!(is_residue(s), RESIDUE.is_match(s), "{s}");
            assert_eq!(
                is_parenthetical_note(s),
                PARENTHETICAL_NOTE.is_match(s),
                "{s}"
            );
            residue += usize::from(is_residue(s));
            notes += usize::from(is_parenthetical_note(s));
        }
        assert!(residue >= 5 && notes >= 3, "{residue} {notes}");
    }

    #[test]
    fn addressees_split_at_top_level() {
        let s = "各县、区人民政府,辽东湾新区、辽河口生态经济区管委会,市政府各部门、各直属机构";
        let parts: Vec<&str> = split_addressees(s, 0).into_iter().map(|r| &s[r]).collect();
        assert_eq!(
            parts,
            [
                "各县、区人民政府",
                "辽东湾新区、辽河口生态经济区管委会",
                "市政府各部门",
                "各直属机构"
            ]
        );
        // 中共岳阳市委办公室 岳阳市人民政府办公室 (2019): organs sharing a place
        // and a place sharing a suffix stay one addressee each, as a run of
        // bare places does.
        let s = "各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位";
        let parts: Vec<&str> = split_addressees(s, 0).into_iter().map(|r| &s[r]).collect();
        assert_eq!(
            parts,
            [
                "各县市区委、人民政府",
                "岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区",
                "市直各单位",
                "中央、省驻岳单位"
            ]
        );
        // 湖北省 2014 (big5.china.com.cn): three places share one suffix.
        let s = "各市、州、县人民政府,省政府各部门";
        let parts: Vec<&str> = split_addressees(s, 0).into_iter().map(|r| &s[r]).collect();
        assert_eq!(parts, ["各市、州、县人民政府", "省政府各部门"]);
    }
}
