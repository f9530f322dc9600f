//! Assignments: the bracketed or labelled text that names who does a task
//! and by when ((牵头部门:…;完成时限:…), （财政部牵头，…按职责分工负责）).
//!
//! Two readings:
//! - **Labelled** (`牵头部门:…;完成时限:…`, `责任单位:…,配合单位:…`): each label's
//!   value runs to the next label. Lead labels (牵头/主责) give lead bodies,
//!   responsibility labels (责任/负责/承办/推进) give lead bodies too, helper
//!   labels (配合/协办/支撑/参与/协助) give cooperating bodies, and time labels
//!   (完成时限/时间节点/完成时间/时限) give the deadline range.
//! - **Role words** (`X牵头,Y按职责分工负责`, `X会同Y负责`, `X指导`): clauses are
//!   split at `,` `;` `。`; a clause without a role word continues the list of
//!   the next one (`人社部、财政部,各省级人民政府按职责分工负责`).
//!
//! Decisions not settled by the spec:
//! - The first-is-lead rule (排在第一位的部门为牵头部门) applies to plain
//!   lists: 负责 lists, bare lists, and 责任单位 / 责任部门 labels; never to a
//!   list marked 牵头 or to one with 会同.
//! - `X指导` with other bodies named makes X cooperating.
//! - An unlabelled bracket that is only a list must name institutions
//!   ([`is_institution_name`]): `(经济区)`, `(九亭镇)` are not assignments,
//!   while `牵头单位:九亭镇` is.
//! - An unlabelled bare list must have at least two names: a single name in
//!   brackets is far more often a gloss (区经委(商务委), 街道办事处(镇政府),
//!   村(社区)) than an assignment. An unlabelled bracket holding only a date
//!   (`(2023年)`) is not an assignment either.
//! - A list left dangling after the last role clause (`X负责,Y`) makes the
//!   text not an assignment.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::departments::{
    is_department_name, is_institution_name, is_listed_name, may_name_a_body, split_departments,
};
use crate::text::words::FirstChars;

/// What an assignment says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assignment {
    /// Lead / responsible bodies, expanded.
    pub lead: Vec<String>,
    /// Cooperating bodies, expanded.
    pub cooperating: Vec<String>,
    /// The byte range (within the text given) of the deadline phrase, if any.
    pub deadline: Option<Range<usize>>,
    /// The text declares that from here on the first name of a plain list is
    /// the lead (排在第一位的部门为牵头部门).
    pub declares_first_is_lead: bool,
}

impl Assignment {
    /// No lead, no cooperating body and no deadline: only a note such as
    /// 排在第一位的部门为牵头部门 (see [`Assignment::declares_first_is_lead`]),
    /// which does not make a task by itself.
    pub fn is_empty(&self) -> bool {
        self.lead.is_empty() && self.cooperating.is_empty() && self.deadline.is_none()
    }
}

/// Labels and the role of their value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// 牵头部门, 牵头单位, 主责部门: explicit lead.
    Lead,
    /// 责任单位, 责任部门, 负责单位: responsible (a plain list).
    Responsible,
    /// 配合部门, 支撑单位, 协办单位 …: cooperating.
    Cooperating,
    /// 完成时限, 时间节点, 完成时间, 时限: the deadline.
    Deadline,
}

/// The label words, in the order they are tried (a longer word before the
/// shorter one it starts with), and what each labels.
const LABELS: &[(&str, Label)] = &[
    ("牵头部门", Label::Lead),
    ("牵头单位", Label::Lead),
    ("主责部门", Label::Lead),
    ("主责单位", Label::Lead),
    ("牵头责任单位", Label::Lead),
    ("牵头责任部门", Label::Lead),
    ("牵头科室", Label::Lead),
    ("牵头处室", Label::Lead),
    ("责任单位", Label::Responsible),
    ("责任部门", Label::Responsible),
    ("负责部门", Label::Responsible),
    ("负责单位", Label::Responsible),
    ("承办单位", Label::Responsible),
    ("承办部门", Label::Responsible),
    ("推进单位", Label::Responsible),
    // 部门分工:省发展改革委牵头,各地、各部门配合 (its value names the roles).
    ("部门分工", Label::Responsible),
    ("责任分工", Label::Responsible),
    ("实施单位", Label::Responsible),
    ("责任主体", Label::Responsible),
    ("责任科室", Label::Responsible),
    ("责任处室", Label::Responsible),
    ("配合部门", Label::Cooperating),
    ("配合科室", Label::Cooperating),
    ("配合处室", Label::Cooperating),
    ("配合单位", Label::Cooperating),
    ("协办部门", Label::Cooperating),
    ("协办单位", Label::Cooperating),
    ("支撑单位", Label::Cooperating),
    ("支撑部门", Label::Cooperating),
    ("参与部门", Label::Cooperating),
    ("参与单位", Label::Cooperating),
    ("协助部门", Label::Cooperating),
    ("协助单位", Label::Cooperating),
    ("协同部门", Label::Cooperating),
    ("协同单位", Label::Cooperating),
    ("协同责任单位", Label::Cooperating),
    ("配合责任单位", Label::Cooperating),
    ("完成时限", Label::Deadline),
    ("完成期限", Label::Deadline),
    ("时间节点", Label::Deadline),
    ("完成时间", Label::Deadline),
    ("时间要求", Label::Deadline),
    ("办结时限", Label::Deadline),
    ("时限", Label::Deadline),
];

/// Every label word (责任单位, 牵头部门, 完成时限…), longer ones first
/// where one starts another.
pub(crate) fn label_words() -> impl Iterator<Item = &'static str> {
    LABELS.iter().map(|&(w, _)| w)
}

/// What the label at the start of `s` labels: the first of [`LABELS`] it
/// starts with, as the alternation of [`LABEL_COLON`] reads it.
fn label_at_start(s: &str) -> Option<Label> {
    LABELS
        .iter()
        .find(|(w, _)| s.starts_with(w))
        .map(|&(_, label)| label)
}

static LABEL_COLON: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = LABELS.iter().map(|(w, _)| *w).collect();
    // A qualifier in brackets may stand before the colon (责任单位(市级):).
    Regex::new(&format!(
        r"(?:{})(?:\([^()]{{1,6}}\))?[ \t\u{{3000}}]*[:：]",
        words.join("|")
    ))
    .expect("label colon")
});

static FIRST_IS_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:第一位|首位)[^,，;；。]{0,6}为牵头(?:部门|单位)").expect("first-is-lead regex")
});

/// Whether `text` holds a first-is-lead note ([`FIRST_IS_LEAD`]: 排在第一位的
/// 部门为牵头部门, 排在首位的为牵头单位); texts without its word 位 (nearly
/// all) are answered by one search.
fn declares_first_is_lead(text: &str) -> bool {
    static WORD: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("位"));
    WORD.find(text.as_bytes()).is_some() && FIRST_IS_LEAD.is_match(text)
}

/// The characters a [`DEADLINE_CLAUSE`] can start with: a clause starting
/// with none of them is not run through the regex.
static DEADLINE_FIRST: LazyLock<FirstChars> = LazyLock::new(|| {
    FirstChars::new(
        &[
            "力争",
            "年底",
            "年内",
            "年中",
            "长期",
            "持续",
            "适时",
            "立即",
            "每年",
            "常态化",
        ],
        &['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    )
});

static DEADLINE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:力争)?(?:[0-9]{4}年|[0-9]{1,2}月|年底|年内|年中|长期|持续|适时|立即|立行立改|每年|每季度|每月|每半年|常态化|[0-9]+个?(?:工作日|月|日|天)内)",
    )
    .expect("deadline clause regex")
});

/// Role words closing a clause, longest first, with their role.
const ROLE_SUFFIXES: &[(&str, Role)] = &[
    ("按职责分工负责", Role::Responsible),
    ("按职责分工落实", Role::Responsible),
    ("按职能分工负责", Role::Responsible),
    ("按职责负责", Role::Responsible),
    ("分工负责", Role::Responsible),
    ("共同负责", Role::Responsible),
    ("具体负责", Role::Responsible),
    ("分别负责", Role::Responsible),
    ("分别落实", Role::Responsible),
    ("分别牵头", Role::Lead),
    ("负责落实", Role::Responsible),
    ("负责实施", Role::Responsible),
    ("牵头负责", Role::Lead),
    ("牵头落实", Role::Lead),
    ("组织落实", Role::Cooperating),
    ("配合落实", Role::Cooperating),
    ("协同配合", Role::Cooperating),
    ("负责", Role::Responsible),
    ("落实", Role::Responsible),
    ("牵头", Role::Lead),
    ("配合", Role::Cooperating),
    ("协助", Role::Cooperating),
    ("参与", Role::Cooperating),
    ("协办", Role::Cooperating),
    ("支撑", Role::Cooperating),
    ("指导", Role::Guide),
];

/// The role a clause gives its bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Lead,
    Responsible,
    Cooperating,
    Guide,
}

/// Separators between clauses of an unlabelled assignment.
const CLAUSE_SEPARATORS: &[char] = &[',', ';', '，', '；', '。'];

fn is_space(c: char) -> bool {
    crate::text::is_blank(c)
}

/// Trim `range` of `text` of spaces and separators at both ends.
fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let is_sep = |c: char| is_space(c) || CLAUSE_SEPARATORS.contains(&c) || c == '、';
    let start_trim = s.len() - s.trim_start_matches(is_sep).len();
    let end_trim = s.len() - s.trim_end_matches(is_sep).len();
    if start_trim + end_trim >= s.len() {
        return range.start..range.start;
    }
    range.start + start_trim..range.end - end_trim
}

/// Read an assignment (the inside of a bracket, or a label line).
/// `first_is_lead`: a 排在第一位的部门为牵头部门 note is in force.
///
/// Returns `None` when the text is not an assignment (2016版, 试行, 经济区,
/// 以下简称…, a sentence). A text that is only a first-is-lead note gives an
/// [`Assignment::is_empty`] value with `declares_first_is_lead` set.
pub fn read_assignment(text: &str, first_is_lead: bool) -> Option<Assignment> {
    if text.trim().is_empty() || text.len() > 2000 {
        return None;
    }
    let declares = declares_first_is_lead(text);
    let first_is_lead = first_is_lead || declares;
    let colon = text.contains([':', '：']);
    // Without a label (a colon) or the note, only named bodies make an
    // assignment: a text with no character that ends a name has none
    // (`precheck_drops_no_assignment` tries the corpus without it).
    if !declares && !colon && !may_name_a_body(text) {
        return None;
    }
    read_checked(text, first_is_lead, declares, colon)
}

/// [`read_assignment`] after its checks: `declares` (a first-is-lead note)
/// and `colon` (the text holds one) are known.
fn read_checked(
    text: &str,
    first_is_lead: bool,
    declares: bool,
    colon: bool,
) -> Option<Assignment> {
    // Every label ends with a colon: most texts have none.
    let read = if colon && LABEL_COLON.is_match(text) {
        read_labelled(text, first_is_lead)
    } else {
        read_clauses(text, 0..text.len(), first_is_lead, false)
    };
    match read {
        Some(mut a) if !a.is_empty() => {
            a.declares_first_is_lead = declares;
            Some(a)
        }
        // A bare note (排在第一位的部门为牵头部门，下同) still has to reach the
        // caller, so that it applies to the following lists.
        _ if declares => Some(Assignment {
            declares_first_is_lead: true,
            ..Assignment::default()
        }),
        _ => None,
    }
}

/// Read `label:value` pairs.
fn read_labelled(text: &str, first_is_lead: bool) -> Option<Assignment> {
    let marks: Vec<(Range<usize>, Label)> = LABEL_COLON
        .find_iter(text)
        .filter_map(|m| Some((m.range(), label_at_start(m.as_str())?)))
        .collect();
    let mut lead = Vec::new();
    let mut responsible = Vec::new();
    let mut cooperating = Vec::new();
    let mut deadline = None;
    for (k, (range, label)) in marks.iter().enumerate() {
        let end = marks.get(k + 1).map_or(text.len(), |(r, _)| r.start);
        let value = trim_range(text, range.end..end);
        if value.is_empty() {
            continue;
        }
        match label {
            Label::Deadline => {
                if deadline.is_none() {
                    deadline = Some(value);
                }
            }
            Label::Cooperating => {
                cooperating.extend(
                    split_departments(&text[value])
                        .into_iter()
                        .filter(|n| is_listed_name(n)),
                );
            }
            Label::Lead | Label::Responsible => {
                let plain_first = first_is_lead && *label == Label::Responsible;
                if let Some(inner) = read_clauses(text, value.clone(), plain_first, true) {
                    if *label == Label::Lead {
                        lead.extend(inner.lead);
                    } else {
                        responsible.extend(inner.lead);
                    }
                    cooperating.extend(inner.cooperating);
                    if deadline.is_none() {
                        deadline = inner.deadline;
                    }
                } else {
                    let names = split_departments(&text[value])
                        .into_iter()
                        .filter(|n| is_listed_name(n));
                    if *label == Label::Lead {
                        lead.extend(names);
                    } else {
                        responsible.extend(names);
                    }
                }
            }
        }
    }
    // Beside a 牵头单位, the 责任单位 work under it (牵头单位:省发展改革委;
    // 责任单位:省编办、…), as the bodies after X牵头 in X牵头,Y负责 do; alone,
    // they lead.
    if lead.is_empty() {
        lead = responsible;
    } else {
        cooperating.splice(0..0, responsible);
    }
    Some(Assignment {
        lead,
        cooperating,
        deadline,
        declares_first_is_lead: false,
    })
}

/// Split a list, removing a `(牵头)` mark after a name; the marked names are
/// returned second (区民政局(牵头)、区财政局 → `[区民政局, 区财政局]`, `[区民政局]`).
fn split_marked(list: &str) -> (Vec<String>, Vec<String>) {
    let mut marked = Vec::new();
    let names = split_departments(list)
        .into_iter()
        .map(|mut n| {
            for mark in ["(牵头)", "（牵头）"] {
                if n.len() > mark.len() && n.ends_with(mark) {
                    n.truncate(n.len() - mark.len());
                    marked.push(n.clone());
                    break;
                }
            }
            n
        })
        .collect();
    (names, marked)
}

/// The bodies of a clause's subject: `(X, Y)` for `X会同Y`, else `(X, [])`.
/// `None` when any item is not a department name.
fn subject_bodies(subject: &str) -> Option<(Vec<String>, Vec<String>, Vec<String>)> {
    let mut s = subject.trim_matches(is_space);
    // 由X负责 / 技工院校内由X负责: the body follows 由.
    if let Some(rest) = s.strip_prefix('由') {
        s = rest;
    } else if s.contains('由') {
        // The first of these words found (in this order) starts the body.
        // Each ends with 由, so only the places of 由 (a char search) are
        // looked at.
        for before in ["内", "均", "统一", "则", "并"] {
            let found = s
                .match_indices('由')
                .find(|&(i, _)| s[..i].ends_with(before));
            if let Some((i, by)) = found {
                s = &s[i + by.len()..];
                break;
            }
        }
    }
    let (main, with) = match s.find("会同") {
        Some(i) => (&s[..i], &s[i + "会同".len()..]),
        None => (s, ""),
    };
    let (main, marked) = split_marked(main);
    let with = split_departments(with);
    if main.is_empty() || !main.iter().chain(&with).all(|n| is_department_name(n)) {
        return None;
    }
    Some((main, with, marked))
}

/// Read clauses with role words in `text[range]`. `labelled`: the text is a
/// label's value, where a bare list of places is accepted.
fn read_clauses(
    text: &str,
    range: Range<usize>,
    first_is_lead: bool,
    labelled: bool,
) -> Option<Assignment> {
    let body = &text[range.clone()];
    let mut pending: Vec<String> = Vec::new();
    let mut lead_marked = Vec::new();
    let mut responsible = Vec::new();
    let mut cooperating = Vec::new();
    let mut guide = Vec::new();
    let mut marked: Vec<String> = Vec::new();
    let mut plain = true;
    let mut any_role = false;
    let mut deadline = None;
    for (off, clause) in super::departments::split_top(body, CLAUSE_SEPARATORS) {
        let c = clause.trim_matches(is_space);
        if c.is_empty() || c == "下同" || declares_first_is_lead(c) {
            continue;
        }
        // A note in a sentence of its own after a label's or a bracket's
        // list (…按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。;
        // 〔…负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕)
        // names no one to add.
        let read_some = any_role || !pending.is_empty();
        if read_some
            && body[..off].trim_end_matches(is_space).ends_with('。')
            && ["不再", "下同", "均需"]
                .iter()
                .any(|w| body[off..].contains(w))
        {
            break;
        }
        if pending.is_empty() && DEADLINE_FIRST.starts(c) && DEADLINE_CLAUSE.is_match(c) {
            if deadline.is_none() {
                let start = range.start + off;
                deadline = Some(trim_range(text, start..start + clause.len()));
            }
            continue;
        }
        let role = ROLE_SUFFIXES
            .iter()
            .find(|(suffix, _)| c.ends_with(suffix) && c.len() > suffix.len());
        let Some(&(suffix, role)) = role else {
            let (items, m) = split_marked(c);
            let named = |n: &String| match labelled {
                true => is_listed_name(n),
                false => is_department_name(n),
            };
            if items.is_empty() || !items.iter().all(named) {
                return None;
            }
            pending.extend(items);
            marked.extend(m);
            continue;
        };
        let (main, with, m) = subject_bodies(&c[..c.len() - suffix.len()])?;
        marked.extend(m);
        any_role = true;
        let mut main_all = std::mem::take(&mut pending);
        main_all.extend(main);
        if !with.is_empty() {
            plain = false;
        }
        match role {
            Role::Lead => {
                plain = false;
                lead_marked.extend(main_all);
                cooperating.extend(with);
            }
            Role::Responsible => {
                responsible.extend(main_all);
                cooperating.extend(with);
            }
            Role::Cooperating => {
                // 由X会同Y组织落实 is unusual; keep both as cooperating.
                cooperating.extend(main_all);
                cooperating.extend(with);
            }
            Role::Guide => {
                guide.extend(main_all);
                cooperating.extend(with);
            }
        }
    }
    if !pending.is_empty() {
        if any_role {
            return None;
        }
        if !labelled && (pending.len() < 2 || !pending.iter().all(|n| is_institution_name(n))) {
            return None;
        }
        responsible = pending;
    }
    let (mut lead, mut coop) = if !lead_marked.is_empty() {
        let mut coop = responsible;
        coop.extend(cooperating);
        (lead_marked, coop)
    } else {
        (responsible, cooperating)
    };
    if !guide.is_empty() {
        if lead.is_empty() && coop.is_empty() {
            lead = guide;
            plain = false;
        } else {
            coop.extend(guide);
        }
    }
    if !marked.is_empty() {
        // Names marked (牵头) lead; the rest of the lead list cooperates.
        plain = false;
        let rest: Vec<String> = lead.drain(..).filter(|n| !marked.contains(n)).collect();
        coop.splice(0..0, rest);
        lead = marked;
    }
    if first_is_lead && plain && lead.len() > 1 {
        let rest = lead.split_off(1);
        coop.splice(0..0, rest);
    }
    if lead.is_empty() && coop.is_empty() && (deadline.is_none() || !labelled) {
        return None;
    }
    Some(Assignment {
        lead,
        cooperating: coop,
        deadline,
        declares_first_is_lead: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|x| x.to_string()).collect()
    }

    /// (lead, cooperating, deadline text)
    fn read(text: &str, first: bool) -> (Vec<String>, Vec<String>, Option<String>) {
        let a = read_assignment(text, first).unwrap_or_else(|| panic!("None for {text}"));
        (
            a.lead,
            a.cooperating,
            a.deadline.map(|r| text[r].to_string()),
        )
    }

    /// Texts the precheck of [`read_assignment`] turns away (no colon, no
    /// note, no character that ends a name) read as nothing without it:
    /// every corpus line and bracket.
    #[test]
    fn precheck_drops_no_assignment() {
        let mut turned_away = 0;
        for line in crate::test_support::corpus_lines() {
            let mut texts = vec![line.clone()];
            texts.extend(
                crate::extract::tasks::paren_groups(&line, 0..line.len())
                    .map(|g| line[g.start + 1..g.end - 1].to_string()),
            );
            for t in &texts {
                if !t.contains([':', '：'])
                    && !super::declares_first_is_lead(t)
                    && !may_name_a_body(t)
                {
                    turned_away += 1;
                    assert_eq!(read_checked(t, false, false, false), None, "{t}");
                    assert_eq!(read_checked(t, true, false, false), None, "{t}");
                }
            }
        }
        assert!(turned_away > 100, "{turned_away}");
    }

    /// Each label word reads as its own label, and a longer word is not
    /// cut short by a shorter one listed before it.
    #[test]
    fn labels_read_whole() {
        for &(w, label) in LABELS {
            let text = format!("{w}:市财政局");
            let m = LABEL_COLON.find(&text).expect(w);
            assert_eq!(m.start(), 0, "{w}");
            assert_eq!(label_at_start(m.as_str()), Some(label), "{w}");
        }
        assert_eq!(label_at_start("牵头责任单位:"), Some(Label::Lead));
        assert_eq!(label_at_start("完成时限 :"), Some(Label::Deadline));
        assert_eq!(label_at_start("备注:"), None);
    }

    /// [`DEADLINE_FIRST`] holds the first character of everything
    /// [`DEADLINE_CLAUSE`] matches.
    #[test]
    fn deadline_clause_first_characters() {
        let pattern = DEADLINE_CLAUSE.as_str();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            // A clause of that character followed by text any branch
            // could continue with.
            for tail in [
                "",
                "争2023年",
                "023年",
                "月",
                "个工作日内",
                "底",
                "内",
                "期",
                "续",
                "时",
                "即",
                "行立改",
                "年",
                "季度",
                "态化",
                "半年",
            ] {
                let clause = format!("{c}{tail}");
                if DEADLINE_CLAUSE.is_match(&clause) {
                    assert!(DEADLINE_FIRST.starts(&clause), "{clause} ({pattern})");
                }
            }
        }
    }

    #[test]
    fn seed_single_lead() {
        assert_eq!(
            read("牵头部门:市住建委;完成时限:长期推进", false),
            (v(&["市住建委"]), v(&[]), Some("长期推进".into()))
        );
    }

    /// 四川省 (2022): a note closing a label's list adds no body and keeps
    /// the list.
    #[test]
    fn note_after_a_labelled_list() {
        assert_eq!(
            read(
                "责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。",
                false
            ),
            (
                v(&["省发展改革委", "省市场监管局", "商务厅", "省大数据中心"]),
                v(&[]),
                None
            )
        );
    }

    /// 湖北省 (鄂政发〔2018〕26号) and 立山区 schemes: the 责任单位 beside a
    /// 牵头单位 cooperate, as in X牵头,Y负责; a 责任单位 list alone leads.
    #[test]
    fn responsible_beside_a_lead_label_cooperate() {
        assert_eq!(
            read(
                "牵头单位:省发展改革委;责任单位:省编办、省国土资源厅、省环保厅",
                false
            ),
            (
                v(&["省发展改革委"]),
                v(&["省编办", "省国土资源厅", "省环保厅"]),
                None
            )
        );
        assert_eq!(
            read(
                "责任单位:省编办、省国土资源厅;牵头单位:省发展改革委;配合单位:省财政厅",
                false
            ),
            (
                v(&["省发展改革委"]),
                v(&["省编办", "省国土资源厅", "省财政厅"]),
                None
            )
        );
        assert_eq!(
            read("责任单位:省编办、省国土资源厅;完成时限:2019年底前", false),
            (
                v(&["省编办", "省国土资源厅"]),
                v(&[]),
                Some("2019年底前".into())
            )
        );
        assert_eq!(
            read("牵头单位,省发展改革委;责任单位:省编办", false).0,
            v(&["省编办"])
        );
    }

    #[test]
    fn seed_expanded_leads() {
        assert_eq!(
            read(
                "牵头部门:市住建委,双台子区、兴隆台区政府,辽东湾新区、辽河口生态经济区管委会;完成时限:适时推进",
                false
            ),
            (
                v(&[
                    "市住建委",
                    "双台子区政府",
                    "兴隆台区政府",
                    "辽东湾新区管委会",
                    "辽河口生态经济区管委会"
                ]),
                v(&[]),
                Some("适时推进".into())
            )
        );
    }

    #[test]
    fn seed_city_and_district_office() {
        assert_eq!(
            read(
                "牵头部门:市、兴隆台区编委办;完成时限:按市、兴隆台区编委工作部署适时推进",
                false
            ),
            (
                v(&["市编委办", "兴隆台区编委办"]),
                v(&[]),
                Some("按市、兴隆台区编委工作部署适时推进".into())
            )
        );
    }

    #[test]
    fn seed_deadline_with_comma() {
        assert_eq!(
            read(
                "牵头部门:市政府办、市行政审批服务局;完成时限:2017年6月末前完成市、县、镇、村四级网上审批平台建设,并长期推进",
                false
            ),
            (
                v(&["市政府办", "市行政审批服务局"]),
                v(&[]),
                Some("2017年6月末前完成市、县、镇、村四级网上审批平台建设,并长期推进".into())
            )
        );
    }

    #[test]
    fn seed_drops_deng_bumen() {
        let (lead, _, _) = read(
            "牵头部门:各县区政府、经济区管委会,市食药监局、市工商局、市质监局、市法制办等部门;完成时限:长期推进",
            false,
        );
        assert_eq!(
            lead,
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
    fn responsible_units_all_lead() {
        assert_eq!(
            read("责任单位:市交通委、市财政局", false),
            (v(&["市交通委", "市财政局"]), v(&[]), None)
        );
        assert_eq!(
            read("责任部门:市交通委,相关区政府", false),
            (v(&["市交通委", "相关区政府"]), v(&[]), None)
        );
    }

    #[test]
    fn lead_and_support_units() {
        assert_eq!(
            read(
                "牵头单位:永丰街道、泗泾镇,支撑单位:区文化旅游局、区规划资源局、区建设管理委",
                false
            ),
            (
                v(&["永丰街道", "泗泾镇"]),
                v(&["区文化旅游局", "区规划资源局", "区建设管理委"]),
                None
            )
        );
    }

    #[test]
    fn responsible_and_cooperating_units() {
        assert_eq!(
            read("责任单位:区消防救援局,配合单位:各街镇", false),
            (v(&["区消防救援局"]), v(&["各街镇"]), None)
        );
    }

    #[test]
    fn lead_and_cooperating_space_separated() {
        assert_eq!(
            read(
                "牵头部门:市民政局 配合部门:市财政局、各区政府 时间节点:2023年9月底前",
                false
            ),
            (
                v(&["市民政局"]),
                v(&["市财政局", "各区政府"]),
                Some("2023年9月底前".into())
            )
        );
    }

    #[test]
    fn lead_then_organise() {
        assert_eq!(
            read("市住房城乡建设管理委牵头负责,各区政府组织落实", false),
            (v(&["市住房城乡建设管理委"]), v(&["各区政府"]), None)
        );
    }

    #[test]
    fn lead_and_division_of_duties() {
        assert_eq!(
            read("财政部牵头,国务院相关部门及各地区按职责分工负责", false),
            (v(&["财政部"]), v(&["国务院相关部门", "各地区"]), None)
        );
    }

    #[test]
    fn lead_and_named_division_of_duties() {
        assert_eq!(
            read(
                "市场监管总局牵头,人力资源社会保障部、人民银行、海关总署、税务总局等国务院相关部门及各地区按职责分工负责",
                false
            ),
            (
                v(&["市场监管总局"]),
                v(&[
                    "人力资源社会保障部",
                    "人民银行",
                    "海关总署",
                    "税务总局",
                    "国务院相关部门",
                    "各地区"
                ]),
                None
            )
        );
    }

    #[test]
    fn division_of_duties_only() {
        assert_eq!(
            read("国务院相关部门及各地区按职责分工负责", false),
            (v(&["国务院相关部门", "各地区"]), v(&[]), None)
        );
    }

    #[test]
    fn declares_first_is_lead() {
        let a = read_assignment(
            "税务总局、财政部、海关总署负责,排在第一位的部门为牵头部门,下同",
            false,
        )
        .unwrap();
        assert!(a.declares_first_is_lead);
        assert_eq!(a.lead, v(&["税务总局"]));
        assert_eq!(a.cooperating, v(&["财政部", "海关总署"]));
    }

    /// 韶关市 2019 降低制造业企业成本政策措施: 排在首位的为牵头单位.
    #[test]
    fn declares_first_in_place_is_lead() {
        let a = read_assignment(
            "责任单位:市税务局、市财政局,排在首位的为牵头单位,下同",
            false,
        )
        .unwrap();
        assert!(a.declares_first_is_lead);
        assert_eq!(a.lead, v(&["市税务局"]));
        assert_eq!(a.cooperating, v(&["市财政局"]));
    }

    #[test]
    fn declares_first_is_lead_other_wording() {
        let a = read_assignment(
            "工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位,下同",
            false,
        )
        .unwrap();
        assert!(a.declares_first_is_lead);
        assert_eq!(a.lead, v(&["工业和信息化部"]));
        assert_eq!(a.cooperating, v(&["发展改革委", "科技部", "农业农村部"]));
    }

    #[test]
    fn note_alone_is_reported() {
        let a = read_assignment("排在第一位的部门为牵头部门,下同", false).unwrap();
        assert!(a.declares_first_is_lead);
        assert!(a.is_empty());
        assert_eq!(read_assignment("下同", false), None);
    }

    #[test]
    fn first_is_lead_in_force() {
        let a = read_assignment("发展改革委、财政部负责", true).unwrap();
        assert!(!a.declares_first_is_lead);
        assert_eq!(a.lead, v(&["发展改革委"]));
        assert_eq!(a.cooperating, v(&["财政部"]));
    }

    #[test]
    fn first_is_lead_not_over_marked_lead() {
        assert_eq!(
            read(
                "财政部、税务总局牵头,国务院相关部门及各地区按职责分工负责",
                true
            ),
            (
                v(&["财政部", "税务总局"]),
                v(&["国务院相关部门", "各地区"]),
                None
            )
        );
    }

    #[test]
    fn plain_responsible() {
        assert_eq!(
            read("海关总署负责", false),
            (v(&["海关总署"]), v(&[]), None)
        );
    }

    #[test]
    fn together_with() {
        assert_eq!(
            read("市住建委会同市财政局负责", false),
            (v(&["市住建委"]), v(&["市财政局"]), None)
        );
        assert_eq!(
            read("由市住建委会同市财政局落实", false),
            (v(&["市住建委"]), v(&["市财政局"]), None)
        );
    }

    #[test]
    fn guide_only_body() {
        assert_eq!(
            read("区民政局指导", false),
            (v(&["区民政局"]), v(&[]), None)
        );
    }

    #[test]
    fn lead_and_participate() {
        assert_eq!(
            read("区民政局牵头,各街镇参与", false),
            (v(&["区民政局"]), v(&["各街镇"]), None)
        );
    }

    #[test]
    fn bare_list_is_lead() {
        assert_eq!(
            read("商务部、国务院扶贫办", false),
            (v(&["商务部", "国务院扶贫办"]), v(&[]), None)
        );
        assert_eq!(
            read("商务部、国务院扶贫办", true),
            (v(&["商务部"]), v(&["国务院扶贫办"]), None)
        );
    }

    #[test]
    fn list_continues_across_comma() {
        assert_eq!(
            read(
                "人力资源社会保障部、财政部、税务总局,各省级人民政府按职责分工负责",
                false
            ),
            (
                v(&["人力资源社会保障部", "财政部", "税务总局", "各省级人民政府"]),
                v(&[]),
                None
            )
        );
    }

    #[test]
    fn provinces_after_deng_he() {
        assert_eq!(
            read(
                "商务部、发展改革委、农业农村部等和各有关省级人民政府负责",
                false
            ),
            (
                v(&["商务部", "发展改革委", "农业农村部", "各有关省级人民政府"]),
                v(&[]),
                None
            )
        );
    }

    #[test]
    fn within_school_by() {
        assert_eq!(
            read("技工院校内由人力资源社会保障行政部门负责", false),
            (v(&["人力资源社会保障行政部门"]), v(&[]), None)
        );
    }

    #[test]
    fn deadline_only_label() {
        assert_eq!(
            read("完成时限:2017年6月末前", false),
            (v(&[]), v(&[]), Some("2017年6月末前".into()))
        );
    }

    #[test]
    fn not_assignments() {
        for t in [
            "2016版",
            "试行",
            "经济区",
            "一",
            "十一",
            "盘政办发〔2016〕94号",
            "以下简称市住建委",
            "含市住建委",
            "加强监管",
            "确保工作正常开展",
            "海关总署负责监管",
            "负责",
            "",
            "  ",
            "九亭镇",
            "市住建委负责,市财政局",
            "各乡镇政府是此项工作的直接责任主体",
            "商务委",
            "镇人民政府",
            "社区",
            "2023年",
            "9月30日、12月30日",
        ] {
            assert_eq!(read_assignment(t, false), None, "{t}");
        }
    }

    #[test]
    fn lead_mark_after_name() {
        assert_eq!(
            read("责任单位:区民政局(牵头)、区财政局、各街镇", false),
            (v(&["区民政局"]), v(&["区财政局", "各街镇"]), None)
        );
        assert_eq!(
            read("区民政局(牵头)、区财政局负责", true),
            (v(&["区民政局"]), v(&["区财政局"]), None)
        );
    }

    #[test]
    fn deadline_clause_after_role() {
        assert_eq!(
            read("区民政局负责,2023年12月底前完成", false),
            (v(&["区民政局"]), v(&[]), Some("2023年12月底前完成".into()))
        );
    }

    #[test]
    fn deadline_range_is_into_given_text() {
        let text = "责任单位:区民政局;完成时间:2024年6月前";
        let a = read_assignment(text, false).unwrap();
        assert_eq!(a.deadline, Some(text.find("2024").unwrap()..text.len()));
    }

    #[test]
    fn never_panics() {
        for t in [
            "牵头部门:",
            "牵头部门:;完成时限:",
            ":",
            "(",
            "牵头",
            "会同负责",
            "由负责",
            "完成时限:  ",
            "责任单位:(((",
            "第一位为牵头部门",
        ] {
            let _ = read_assignment(t, false);
            let _ = read_assignment(t, true);
        }
    }
}
