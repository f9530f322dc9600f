//! Tasks (任务) and problems (问题): walk the outline, find assignments, and
//! cut the text each one closes.
//!
//! Rules (docs/tasks.md): a bracketed or labelled assignment closes one task
//! whose text runs back to the previous assignment, to the last label
//! (整改措施:), or to the start of its item. Inside a problem, each
//! unnumbered paragraph after 整改措施 is one measure.

use super::assignment::{read_assignment, Assignment};
use super::deadline::{
    find_deadlines, find_deadlines_with, parse_deadline, running_words, sets_a_date,
};
use super::departments::{
    ends_with_org, is_bare_place, is_department_name, is_institution_name, may_name_a_body,
    split_departments,
};
use crate::outline::tree::OutlineNode;
use crate::text::lines::Block;
use crate::text::marks::Marks;
use crate::text::words::{CharFilter, FirstChars, Words, WordsByFirst};
use crate::{Date, Deadline, DeadlineKind, Span};
use regex::Regex;
use std::borrow::{Borrow, Cow};
use std::ops::Range;
use std::sync::Arc;
use std::sync::LazyLock;

/// A task in folded coordinates.
#[derive(Debug, Clone)]
pub struct TaskDraft {
    /// Text pieces (one per block it spans).
    pub text: Vec<Range<usize>>,
    /// Problem ordinal.
    pub problem: Option<u32>,
    /// Measure ordinal.
    pub measure: Option<u32>,
    /// Marker ranges of enclosing nodes.
    pub path: Vec<Range<usize>>,
    /// Lead bodies.
    pub lead: Vec<String>,
    /// Cooperating bodies.
    pub cooperating: Vec<String>,
    /// The assignment text.
    pub raw: Option<Range<usize>>,
    /// Governing deadline (span in folded coordinates).
    pub deadline: Option<Deadline>,
    /// All milestones when several.
    pub milestones: Vec<Deadline>,
    /// Whole task.
    pub range: Range<usize>,
}

impl TaskDraft {
    /// Add the sentence that follows the task to it: the last piece of its
    /// text grows when the sentence follows it in the same paragraph (the
    /// text stays as written), else the sentence is a piece of its own
    /// (joined with a line break, as paragraphs are).
    fn join(&mut self, sentence: &Range<usize>) {
        match self.text.last_mut() {
            Some(piece) if piece.end == sentence.start => piece.end = sentence.end,
            _ => self.text.push(sentence.clone()),
        }
        self.range.end = self.range.end.max(sentence.end);
    }
}

/// A problem in folded coordinates.
#[derive(Debug, Clone)]
pub struct ProblemDraft {
    /// Ordinal.
    pub ordinal: u32,
    /// Marker range.
    pub marker: Range<usize>,
    /// Category: ordinal and heading range.
    pub category: Option<(u32, Range<usize>)>,
    /// Description pieces.
    pub text: Vec<Range<usize>>,
    /// Measures: ordinal, marker range, text pieces, whole range.
    pub measures: Vec<MeasureDraft>,
    /// Whole problem.
    pub range: Range<usize>,
}

/// A measure in folded coordinates.
#[derive(Debug, Clone)]
pub struct MeasureDraft {
    /// Ordinal when numbered.
    pub ordinal: Option<u32>,
    /// Marker range when numbered.
    pub marker: Option<Range<usize>>,
    /// Text pieces.
    pub text: Vec<Range<usize>>,
    /// Whole measure.
    pub range: Range<usize>,
    /// Whether an assignment was found in it.
    pub assigned: bool,
}

/// 整改措施: and similar labels that open the measures of a problem.
const MEASURE_WORDS: &[&str] = &[
    "整改措施",
    "整改要求",
    "整改建议",
    "整改方向",
    "整改意见",
    "具体整改措施",
    "落实措施",
];

/// A [`MEASURE_WORDS`] label at the start of a block, with its colon.
static MEASURE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:{})\s*:?\s*", MEASURE_WORDS.join("|"))).unwrap());

/// Whether `s` opens with a measure label; blocks that start with no
/// label's first character (nearly all) are not run through the regex.
fn is_measure_label(s: &str) -> bool {
    static FIRST: LazyLock<FirstChars> = LazyLock::new(|| FirstChars::new(MEASURE_WORDS, &[]));
    FIRST.starts(s) && MEASURE_LABEL.is_match(s)
}

/// Labels that introduce the measures of an item, when run into the text.
static INLINE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:具体措施|主要措施|工作措施|重点任务|主要任务|具体任务|工作任务|具体举措|主要举措)\s*:\s*").unwrap()
});

/// Label lines that carry an assignment (责任单位:…): the labels the
/// assignment reader knows (one list: a label it reads is a line the walk
/// takes), and 时限要求.
static ASSIGNMENT_LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    super::assignment::label_words()
        .chain(["时限要求"])
        .collect()
});

/// Labels naming the official in charge that may open an assignment line
/// before its label (责任领导:吴晓平;责任单位:外贸局、发改局).
const PERSON_LABELS: &[&str] = &["责任领导", "牵头领导", "牵头负责领导", "分管领导", "责任人"];

/// An assignment label opening a line: the label, a qualifier in brackets
/// (责任单位(市级):), its colon.
static ASSIGNMENT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:{})\s*(?:\([^()]{{1,6}}\))?\s*:",
        ASSIGNMENT_LABELS.join("|")
    ))
    .unwrap()
});

/// Where the first 。 of `s` is: a `memmem` search (`str::find('。')`
/// looks for its last byte, 0x82, which ends many Han characters too).
fn find_full_stop(s: &str) -> Option<usize> {
    // A finder built once: `memmem::find` builds one per call.
    static STOP: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("。".as_bytes()));
    STOP.find(s.as_bytes())
}

/// Whether a line names the official in charge (分管省领导:林克庆, 责任人:…),
/// which a task table's item may carry before its assignment: not the
/// task's text (the paragraph keeps it).
fn names_a_person(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "分管",
        "责任领导",
        "牵头领导",
        "牵头负责领导",
        "责任人",
        "联系人",
    ];
    s.len() <= 4 * 40
        && LABELS.iter().any(|w| s.starts_with(w))
        && s.split_once(':')
            .is_some_and(|(label, _)| label.ends_with("领导") || label.ends_with('人'))
}

/// Whether a block opens with an assignment label (牵头单位:…). Blocks
/// that start with no label's first character are passed over without
/// running the regex.
fn is_assignment_label(s: &str) -> bool {
    static FIRST: LazyLock<FirstChars> =
        LazyLock::new(|| FirstChars::new(&[&ASSIGNMENT_LABELS[..], PERSON_LABELS].concat(), &[]));
    if !FIRST.starts(s) {
        return false;
    }
    // After the official in charge (责任领导:吴晓平;责任单位:…), within 40
    // characters.
    let s = match PERSON_LABELS.iter().find_map(|w| s.strip_prefix(w)) {
        Some(rest) => match rest.trim_start().strip_prefix(':').and_then(|v| {
            let end = v
                .char_indices()
                .take(41)
                .find(|&(_, c)| matches!(c, ';' | ':' | '\n'))?;
            (end.1 == ';' && end.0 > 0).then(|| v[end.0 + 1..].trim_start())
        }) {
            Some(after) => after,
            None => return false,
        },
        None => s,
    };
    ASSIGNMENT_LABEL.is_match(s)
}

/// Walks the outline and collects tasks and problems.
pub struct Walker<'a> {
    t: &'a str,
    blocks: &'a [Block],
    /// Where sentence ends and date anchors stand in `t`: the pipeline's,
    /// or found by [`Walker::new`] (always those of `t`, so every position
    /// read from them is a character boundary of `t`).
    marks: Arc<Marks>,
    doc_date: Option<Date>,
    first_is_lead: bool,
    /// Deadline phrases of each block, found on first use.
    block_deadlines: &'a [std::cell::OnceCell<Vec<Deadline>>],
    /// Also read weak running-text assignments (各地区要…, 请X于…): set for
    /// documents that assign no work explicitly (no bracket, label or table).
    pub weak_running: bool,
    /// Tasks closed by an explicit assignment (bracket, label line, table row).
    pub explicit: usize,
    /// Walking the cover letter of a document that encloses another (a
    /// 通知 that 印发 an 方案): its modal sentences (各县区政府…要对照…) are
    /// requests to comply, tasks only when they set a date (请…于8月15日前报送).
    pub in_cover: bool,
    /// Collected tasks.
    pub tasks: Vec<TaskDraft>,
    /// Collected problems.
    pub problems: Vec<ProblemDraft>,
    /// The block the last deadline lookup found (the walk moves forward).
    block_hint: std::cell::Cell<usize>,
    /// The keyword forms of deadlines in the whole text (see
    /// [`Walker::block_deadlines_of`]), found on first use.
    running_words: std::cell::OnceCell<Vec<Range<usize>>>,
    /// Brackets already read by [`has_assignment`], not read again.
    pub(crate) reads: BracketReads,
}

/// Brackets read before the walk (by [`has_assignment`], with no
/// first-is-lead note in force), by the offset of their `(`, in text order:
/// the walk takes each result instead of reading the bracket again.
#[derive(Debug, Default)]
pub(crate) struct BracketReads(Vec<(usize, Option<Option<Assignment>>)>);

impl BracketReads {
    /// What reading the bracket at `at` gave, once; `None` when it was not
    /// read (or was taken already).
    fn take(&mut self, at: usize) -> Option<Option<Assignment>> {
        let i = self.0.binary_search_by_key(&at, |e| e.0).ok()?;
        self.0[i].1.take()
    }
}

#[derive(Clone, Default)]
struct Ctx<'a> {
    path: Vec<Range<usize>>,
    problem: Option<u32>,
    measure: Option<u32>,
    /// Borrowed from the block cache (a clone of two strings is made only
    /// for a task that takes it).
    heading_deadline: Option<Cow<'a, Deadline>>,
}

/// A cursor: where the pending task text starts (block index, byte offset).
#[derive(Clone, Copy)]
struct Cursor {
    block: usize,
    pos: usize,
}

impl<'a> Walker<'a> {
    /// A walker over folded text `t` and its blocks.
    /// `cache` holds one cell per block (shared between walks of the same
    /// text, so a second walk scans nothing again).
    pub fn new(
        t: &'a str,
        blocks: &'a [Block],
        doc_date: Option<Date>,
        cache: &'a [std::cell::OnceCell<Vec<Deadline>>],
    ) -> Self {
        Self::with_marks(t, blocks, Arc::new(Marks::of(t)), doc_date, cache)
    }

    /// [`Walker::new`] with the [`Marks`] of `t` already found (the
    /// pipeline finds them once for the block split and the walk).
    pub(crate) fn with_marks(
        t: &'a str,
        blocks: &'a [Block],
        marks: Arc<Marks>,
        doc_date: Option<Date>,
        cache: &'a [std::cell::OnceCell<Vec<Deadline>>],
    ) -> Self {
        Walker {
            t,
            blocks,
            marks,
            doc_date,
            block_deadlines: cache,
            first_is_lead: false,
            weak_running: false,
            explicit: 0,
            in_cover: false,
            tasks: Vec::new(),
            problems: Vec::new(),
            block_hint: std::cell::Cell::new(0),
            running_words: std::cell::OnceCell::new(),
            reads: BracketReads::default(),
        }
    }

    /// Unnumbered blocks (a preamble, or a document with no outline).
    pub fn walk_loose(&mut self, blocks: &[usize]) {
        let ctx = Ctx::default();
        let before = self.tasks.len();
        self.walk_blocks(blocks, &ctx, None);
        if self.tasks.len() == before {
            let pieces: Vec<Range<usize>> = blocks
                .iter()
                .map(|&b| self.blocks[b].range.clone())
                .collect();
            self.running_sentences(pieces, &ctx, false, None);
        }
    }

    /// One task per row of a task table.
    pub fn walk_table(&mut self, table: &super::tables::Table) {
        use super::departments::split_departments;
        use super::tables::Column;
        for row in &table.rows {
            let cell = |k: Column| row.cells.iter().find(|c| c.0 == k).map(|c| c.1.clone());
            let names = |r: &Range<usize>| -> Vec<String> {
                let s: String = self.t[r.clone()].split('\n').map(str::trim).collect();
                // "/" and 无 mark an empty cell.
                split_departments(&s)
                    .into_iter()
                    .filter(|n| !matches!(n.as_str(), "/" | "无" | "-" | "—"))
                    .collect()
            };
            let lead_r = cell(Column::Lead);
            let mut lead = lead_r.as_ref().map(&names).unwrap_or_default();
            let mut cooperating = cell(Column::Cooperating)
                .as_ref()
                .map(&names)
                .unwrap_or_default();
            if self.first_is_lead && cooperating.is_empty() && lead.len() > 1 {
                cooperating = lead.split_off(1);
            }
            // Every text column (任务名称 and 指标要求: what is to reach what).
            let text: Vec<Range<usize>> = row
                .cells
                .iter()
                .filter(|c| c.0 == Column::Text)
                .map(|c| c.1.clone())
                .collect();
            let mut deadline = cell(Column::Deadline)
                .filter(|r| !self.t[r.clone()].trim().is_empty())
                .map(|r| shift(parse_deadline(&self.t[r.clone()], self.doc_date), r.start));
            let mut milestones = Vec::new();
            if deadline.is_none() {
                (deadline, milestones) = self.deadlines_in(&text);
            }
            if lead.is_empty() && cooperating.is_empty() && deadline.is_none() {
                continue;
            }
            self.explicit += 1;
            // Over all the row's cells: a merged cell is the row above's, so
            // the last column's cell may lie before the first's.
            let start = row.cells.iter().map(|c| c.1.start).min().unwrap_or(0);
            let end = row.cells.iter().map(|c| c.1.end).max().unwrap_or(0);
            self.tasks.push(TaskDraft {
                text,
                problem: None,
                measure: None,
                path: Vec::new(),
                lead,
                cooperating,
                raw: lead_r,
                deadline,
                milestones,
                range: start..end,
            });
        }
    }

    /// A tree of nodes.
    pub fn walk_nodes(&mut self, nodes: &[OutlineNode]) {
        let ctx = Ctx::default();
        for n in nodes {
            self.walk_node(n, &ctx, None);
        }
    }

    fn marker_range(&self, n: &OutlineNode) -> Range<usize> {
        let s = self.blocks[n.own[0]].range.start;
        s..s + n.marker.len
    }

    fn node_range(&self, n: &OutlineNode) -> Range<usize> {
        self.blocks[n.own[0]].range.start..self.blocks[n.last].range.end
    }

    /// The heading text of a node's first block (after the marker).
    fn first_text(&self, n: &OutlineNode) -> Range<usize> {
        let b = &self.blocks[n.own[0]].range;
        let s = skip_spaces(self.t, b.start + n.marker.len, b.end);
        s..b.end
    }

    fn walk_node(&mut self, n: &OutlineNode, parent: &Ctx, parent_node: Option<&OutlineNode>) {
        // The path with room for this node's marker (a clone is exactly as
        // long as its source, and the push would reallocate it).
        let mut path = Vec::with_capacity(parent.path.len() + 1);
        path.extend_from_slice(&parent.path);
        path.push(self.marker_range(n));
        let mut ctx = Ctx {
            path,
            problem: parent.problem,
            measure: parent.measure,
            heading_deadline: parent.heading_deadline.clone(),
        };
        // A phase heading's own deadline ((一)动员部署阶段(8月31日前)) governs
        // tasks under it that name none.
        let mut first = self.first_text(n);
        // At most 60 characters (a longer text has more than 240 bytes and
        // is not counted): the whole first block, or the sentence that opens
        // it when the item's text follows on its line, for a dated phase
        // ((一)动员部署阶段(2010年9月10日至9月17日)。一是召开…).
        let mut dated_only = false;
        {
            // A phase's name with its dates in brackets, not a dated request
            // (2023年9月底前,对…完成排查。), which is a task of its own.
            let head = &self.t[first.clone()];
            let opening = find_full_stop(head)
                .filter(|&e| e + '。'.len_utf8() < head.len() && head[..e].ends_with(')'));
            if let Some(end) = opening {
                first.end = first.start + end;
                dated_only = true;
            }
        }
        let heading = &self.t[first.clone()];
        if heading.len() <= 240 && heading.chars().count() <= 60 {
            if let Some(d) = self.found_in(std::slice::from_ref(&first)).pop() {
                if !dated_only || matches!(d.kind, DeadlineKind::ByDate | DeadlineKind::Range) {
                    ctx.heading_deadline = Some(d);
                }
            }
        }
        let label = n
            .own
            .iter()
            .skip(1)
            .position(|&b| is_measure_label(&self.t[self.blocks[b].range.clone()]))
            .map(|p| p + 1);
        if let (Some(label_at), None) = (label, parent.problem) {
            self.walk_problem(n, label_at, &ctx, parent_node);
            return;
        }
        let before = self.tasks.len();
        self.walk_blocks(&n.own, &ctx, Some(n.marker.len));
        if self.tasks.len() == before {
            self.running_text(n, &ctx);
        } else {
            // Paragraphs after the item's last assignment (体育总局要会同有关方面
            // 做好…) belong to no assigned task: read them as running text,
            // and so is the rest of the assignment's own block (a notice
            // printed on one line: …等负责)从工业企业…。各地要对现有补贴项目…).
            let end = self.tasks[before..]
                .iter()
                .map(|d| d.range.end)
                .max()
                .unwrap_or(0);
            let trailing: Vec<Range<usize>> = n
                .own
                .iter()
                .map(|&b| self.blocks[b].range.clone())
                .filter(|r| r.end > end)
                .map(|r| r.start.max(end)..r.end)
                // Only a rest holding words (a Han character), not the 。 after
                // the bracket.
                .filter(|r| {
                    self.t.as_bytes()[r.clone()]
                        .iter()
                        .any(|b| (0xE4..=0xE9).contains(b))
                })
                .collect();
            if !trailing.is_empty() {
                self.running_sentences(trailing, &ctx, false, None);
            }
        }
        // Children read the context (and copy it): it is lent to each with
        // the measure set, not cloned per child.
        let numbered_measures = ctx.problem.is_some() && ctx.measure.is_none();
        let children_from = self.tasks.len();
        for c in &n.children {
            if numbered_measures {
                ctx.measure = Some(c.marker.ordinal);
            }
            self.walk_node(c, &ctx, Some(n));
        }
        if before == children_from && ctx.problem.is_none() {
            self.assign_to_whole_item(n, &ctx, children_from);
        }
    }

    /// An assignment on a line of its own (a bracket or a label) after the
    /// last of an item's sub-items, none of which has one of its own
    /// (1.完善应急预案体系 / (1)…(4)… / (责任单位:…)), is the item's: its one task's text is the
    /// whole item, heading and sub-items, not the last sub-item alone. The
    /// task read from the last sub-item (the only one, from `from`) is
    /// rewritten so.
    fn assign_to_whole_item(&mut self, n: &OutlineNode, ctx: &Ctx, from: usize) {
        if n.children.len() < 2
            || self.tasks.len() != from + 1
            || n.children.iter().any(|c| !c.children.is_empty())
        {
            return;
        }
        let last = n.children.last().expect("two children");
        let task = &self.tasks[from];
        let Some(raw) = task.raw.clone() else {
            return;
        };
        // The sub-item's blocks from the one where the assignment starts
        // on: the assignment and nothing else (a bracket, or label lines:
        // 牵头单位:… / 责任单位:…), then only label lines (read into the same
        // task).
        let block_of = |x: usize| {
            last.own[1..]
                .iter()
                .position(|&b| (self.blocks[b].range.start..=self.blocks[b].range.end).contains(&x))
                .map(|p| p + 1)
        };
        let (Some(first), Some(end_at)) = (block_of(raw.start), block_of(raw.end)) else {
            return;
        };
        let closing = &last.own[first..];
        let (head, tail) = (
            self.blocks[last.own[first]].range.clone(),
            self.blocks[last.own[end_at]].range.clone(),
        );
        let after = self.t[raw.end..tail.end].trim();
        let alone = match self.t[head.start..raw.start].trim() {
            "(" => matches!(after, ")" | ")。"),
            "" => matches!(after, "" | "。"),
            _ => false,
        };
        let labels = last.own[end_at + 1..]
            .iter()
            .all(|&b| is_assignment_label(&self.t[self.blocks[b].range.clone()]));
        if !alone || !labels {
            return;
        }
        // The item's heading without its marker (the path holds it), the
        // sub-items as written, markers and all.
        let mut text = vec![self.first_text(n)];
        let blocks = n.own[1..]
            .iter()
            .chain(n.children.iter().flat_map(|c| &c.own))
            .filter(|b| !closing.contains(b));
        text.extend(blocks.map(|&b| self.blocks[b].range.clone()));
        text.retain(|r| !self.t[r.clone()].trim().is_empty());
        // A deadline of the assignment's own (完成时限:…) stays; one read
        // from the last sub-item's text is read again from the whole item's.
        let end = self.blocks[*closing.last().expect("one block")].range.end;
        let labelled = task
            .deadline
            .as_ref()
            .is_some_and(|d| head.start <= d.span.start && d.span.end <= end);
        let (deadline, milestones) = if labelled {
            (task.deadline.clone(), task.milestones.clone())
        } else {
            let (d, m) = self.deadlines_in(&text);
            (d.or_else(|| ctx.heading_deadline.as_deref().cloned()), m)
        };
        let task = &mut self.tasks[from];
        task.range.start = text.first().map_or(task.range.start, |r| r.start);
        task.text = text;
        task.path = ctx.path.clone();
        task.deadline = deadline;
        task.milestones = milestones;
    }

    fn walk_problem(
        &mut self,
        n: &OutlineNode,
        label_at: usize,
        ctx: &Ctx,
        parent: Option<&OutlineNode>,
    ) {
        let ordinal = n.marker.ordinal;
        let category = parent.map(|p| (p.marker.ordinal, self.first_text(p)));
        let first = self.first_text(n);
        let mut text = vec![first];
        for &b in &n.own[1..label_at] {
            text.push(self.blocks[b].range.clone());
        }
        let mut pctx = ctx.clone();
        pctx.problem = Some(ordinal);
        // Description: tasks there are unusual but kept.
        self.walk_blocks(&n.own[..label_at], &pctx, Some(n.marker.len));
        let mut measures = Vec::new();
        // Text after the label on the label line is a measure too.
        let label_block = n.own[label_at];
        let lb = self.blocks[label_block].range.clone();
        let label_len = MEASURE_LABEL
            .find(&self.t[lb.clone()])
            .map_or(0, |m| m.end());
        let mut unnumbered: Vec<usize> = Vec::new();
        if lb.start + label_len < lb.end {
            unnumbered.push(label_block);
        }
        unnumbered.extend(n.own[label_at + 1..].iter().copied());
        for &b in &unnumbered {
            let r = self.blocks[b].range.clone();
            let start = if b == label_block {
                r.start + label_len
            } else {
                r.start
            };
            let before = self.tasks.len();
            pctx.measure = None;
            self.walk_range(b, start, &pctx);
            // A measure with no bracket or label may give its work in a
            // sentence (整改要求:由县环卫站负责清除…; 县住建局要在6月底前拆除…).
            if self.tasks.len() == before {
                self.running_sentences(std::iter::once(start..r.end).collect(), &pctx, true, None);
            }
            measures.push(MeasureDraft {
                ordinal: None,
                marker: None,
                text: std::iter::once(start..r.end).collect(),
                range: start..r.end,
                assigned: self.tasks.len() > before,
            });
        }
        for c in &n.children {
            let before = self.tasks.len();
            pctx.measure = Some(c.marker.ordinal);
            self.walk_node(c, &pctx, Some(n));
            let mut text = vec![self.first_text(c)];
            for &b in &c.own[1..] {
                text.push(self.blocks[b].range.clone());
            }
            measures.push(MeasureDraft {
                ordinal: Some(c.marker.ordinal),
                marker: Some(self.marker_range(c)),
                text,
                range: self.node_range(c),
                assigned: self.tasks.len() > before,
            });
        }
        self.problems.push(ProblemDraft {
            ordinal,
            marker: self.marker_range(n),
            category,
            text,
            measures,
            range: self.node_range(n),
        });
    }

    /// Tasks stated in running text (docs/tasks.md, "Running text"): an item
    /// headed by a body's name (1.街道消委办。牵头开展…), or sentences whose
    /// subject is a named body and whose verb gives it work (区民政部门负责审核…,
    /// 由市住建委会同市财政局落实…).
    fn running_text(&mut self, n: &OutlineNode, ctx: &Ctx) {
        let first = self.first_text(n);
        let head = &self.t[first.clone()];
        if let Some(p) = find_full_stop(head) {
            let name = &head[..p];
            // An item headed by a body's name (职责分工: 1.街道消委办。牵头开展…), not
            // a heading that starts with a verb (明确审核机构, 不断优化签约服务团队).
            let verb_led = [
                "明确", "不断", "优化", "加强", "推进", "建立", "完善", "强化", "健全", "提升",
                "落实", "做好", "开展", "深化", "规范", "统筹", "加快", "积极", "严格", "全面",
                "持续", "创新",
            ]
            .iter()
            .any(|v| name.starts_with(v));
            // One body or a list of them ((十七)首都综治办、市委督查室、市监察局。
            // 负责组织…; (十六)各区县政府和地区管委会。落实属地责任…).
            // (A name ends as a body's does: most headings do not, and are
            // not split.)
            let names = if name.len() <= 4 * 40 && !verb_led && ends_with_org(name) {
                split_departments(name)
            } else {
                Vec::new()
            };
            let one_name = name.chars().count() <= 12 && !name.contains(['、', ',']);
            if !names.is_empty()
                && (one_name || names.len() > 1)
                && names.iter().all(|n| is_institution_name(n))
            {
                let rest = first.start + p + '。'.len_utf8();
                let mut text = Vec::new();
                if rest < first.end {
                    text.push(rest..first.end);
                }
                text.extend(n.own[1..].iter().map(|&b| self.blocks[b].range.clone()));
                if !text.is_empty() {
                    let end = text.last().map_or(first.end, |r| r.end);
                    let found = self.found_in(&text);
                    let at = first.start..first.start + p;
                    self.push_running(text, names, Vec::new(), at, ctx, end, &found);
                    return;
                }
            }
        }
        let mut pieces = vec![first.clone()];
        pieces.extend(n.own[1..].iter().map(|&b| self.blocks[b].range.clone()));
        // A phase heading with items or paragraphs under it (（一）动员部署阶段
        // （8月31日前）, (二)摸底和集中整治阶段(5月-8月) on a line of its own) lends
        // its deadline to them; it is not a dated task itself.
        let own_heading = ctx
            .heading_deadline
            .as_ref()
            .is_some_and(|d| first.start <= d.span.start && d.span.end <= first.end);
        // (Its 。 may close it: (二)专项整治阶段(2010年6月23日至11月20日)。)
        let heading_alone = n.own.len() > 1
            && own_heading
            && head.len() <= 4 * 60
            && find_full_stop(head).is_none_or(|e| {
                e + '。'.len_utf8() == head.trim_end().len() && head[..e].ends_with(')')
            });
        let heading_only =
            (!n.children.is_empty() && ctx.heading_deadline.is_some()) || heading_alone;
        if heading_only {
            pieces.remove(0);
        } else if let Some(d) = &ctx.heading_deadline {
            // Nor when the item's text follows it on its line: the heading
            // is the sentence that holds the deadline walk_node read from it.
            if let Some(end) = find_full_stop(head) {
                let end = first.start + end + '。'.len_utf8();
                if first.start <= d.span.start && d.span.end <= end && end < first.end {
                    pieces[0].start = end;
                }
            }
        }
        // Only an item that does not open its line can have lost the break
        // after its heading (a notice printed on one line); looking for one
        // in every item cost 1.2 % of a corpus pass.
        let item_start =
            (!heading_only && !self.blocks[n.own[0]].line_start).then_some(first.start);
        self.running_sentences(pieces, ctx, true, item_start);
    }

    /// Running-text sentences of `pieces`: one task per sentence that gives
    /// work to a named body (consecutive sentences for the same body make one
    /// task); sentences that set only a deadline when `dated` allows.
    /// Whether `sentence`, which names no body of its own, goes on the duty
    /// list a label opened (区民防办:负责…;…): the last task, read in this
    /// run (`before` tasks came earlier) and in this paragraph `r`, names its
    /// body before a colon, and only blanks lie between it and `sentence`.
    fn continues_label(&self, before: usize, r: &Range<usize>, sentence: &Range<usize>) -> bool {
        let Some(last) = self.tasks[before..].last() else {
            return false;
        };
        let labelled = last
            .raw
            .as_ref()
            .is_some_and(|raw| self.t[raw.end..].starts_with(':'));
        labelled
            && !last.lead.is_empty()
            && last.range.start >= r.start
            && last.range.end <= sentence.start
            && self.t[last.range.end..sentence.start].trim().is_empty()
    }

    /// `item_start`: where an item's text starts after its marker, when
    /// `pieces` begin there (its heading may be glued to its first sentence).
    fn running_sentences(
        &mut self,
        pieces: Vec<Range<usize>>,
        ctx: &Ctx,
        dated_allowed: bool,
        item_start: Option<usize>,
    ) {
        let before = self.tasks.len();
        let mut dated = Vec::new();
        // The deadlines of the last task's sentences, while further sentences
        // for the same body join it (in this paragraph or the next); they
        // govern its deadline once, when the next task starts or the text
        // ends (governing after each sentence was cubic in a paragraph of
        // them). Nothing reads a task's deadline before then.
        let mut joined: Vec<Cow<'a, Deadline>> = Vec::new();
        let mut joining = false;
        for r in pieces {
            // Deadlines are found once per paragraph, then shared out to its
            // sentences.
            let found = self.found_in(std::slice::from_ref(&r));
            debug_assert!(found.windows(2).all(|w| w[0].span.start <= w[1].span.start));
            // The deadlines inside one sentence: `found` is in text order, so
            // they are found by a binary search, not by a walk over all of
            // them (a paragraph of thousands of sentences on one line).
            let within = |x: &Range<usize>| -> Vec<Cow<'a, Deadline>> {
                let from = found.partition_point(|d| d.span.start < x.start);
                found[from..]
                    .iter()
                    .take_while(|d| d.span.start < x.end)
                    .filter(|d| d.span.end <= x.end)
                    .cloned()
                    .collect()
            };
            // The sentence walk reads the marks while tasks are pushed.
            let marks = Arc::clone(&self.marks);
            for mut sentence in sentences(self.t, r.clone(), &marks) {
                // An item marker inside a line (五、北京市要…, a notice printed
                // on one line) is neither the subject nor the task's text.
                let s = &self.t[sentence.clone()];
                let mut opens_item = item_start == Some(sentence.start);
                if let Some(m) = crate::outline::marker::marker_at(s) {
                    let rest = s[m.len..].trim_start_matches(' ');
                    if !rest.is_empty() {
                        sentence.start += s.len() - rest.len();
                        opens_item = true;
                    }
                }
                let s = &self.t[sentence.clone()];
                let weak = self.weak_running
                    && (!self.in_cover
                        || within(&sentence)
                            .iter()
                            .any(|d| matches!(d.kind, DeadlineKind::ByDate | DeadlineKind::Range)));
                let mut found = subject_after_adverbials(s, weak);
                if found.is_none() && opens_item {
                    // The glued heading is not the task's text.
                    found = glued_heading_subject(s, weak).map(|(r, lead, coop)| {
                        // A request keeps its 请 (the task's text as the
                        // paragraph would have it).
                        let cut = match s[..r.start].ends_with('请') {
                            true => r.start - '请'.len_utf8(),
                            false => r.start,
                        };
                        sentence.start += cut;
                        (r.start - cut..r.end - cut, lead, coop)
                    });
                }
                // An item's heading glued to a 各-subject (五、有关要求各地区各
                // 有关部门要…; 推动科技赋能各区民政局要…): not the task's text.
                let found = found.map(|(r, lead, coop)| {
                    let glued = opens_item
                        && r.start > 0
                        && s[r.clone()].starts_with('各')
                        && s[..r.start].chars().all(crate::text::is_han)
                        && !s.starts_with(['请', '由']);
                    if glued {
                        sentence.start += r.start;
                        (0..r.end - r.start, lead, coop)
                    } else {
                        (r, lead, coop)
                    }
                });
                let s = &self.t[sentence.clone()];
                let found = found.filter(|_| !reports_done_work(s));
                if let Some((subject, mut lead, mut coop)) = found {
                    later_bodies(s, subject.end, weak, &mut lead, &mut coop);
                    let subj = sentence.start + subject.start..sentence.start + subject.end;
                    // The same body again, right after: the same task.
                    if self.tasks.len() > before {
                        let last = self.tasks.last_mut().expect("checked");
                        let gap = &self.t[last.range.end.min(sentence.start)..sentence.start];
                        if last.lead == lead && coop.is_empty() && gap.trim().is_empty() {
                            last.join(&sentence);
                            joined.extend(within(&sentence));
                            joining = true;
                            continue;
                        }
                    }
                    if joining {
                        self.govern_last(&joined);
                        joining = false;
                    }
                    let ds = within(&sentence);
                    self.push_running(
                        vec![sentence.clone()],
                        lead,
                        coop,
                        subj,
                        ctx,
                        sentence.end,
                        &ds,
                    );
                    joined = ds;
                } else if self.tasks.len() > before
                    && goes_on_with_the_same_work(s)
                    && self.tasks.last().is_some_and(|last| {
                        !last.lead.is_empty()
                            && last.range.end <= sentence.start
                            && self.t[last.range.end..sentence.start].trim().is_empty()
                    })
                {
                    // A sentence that goes on with the same work, its subject
                    // left out (…集中整治。并将…于7月20日前报…): the same task.
                    self.tasks.last_mut().expect("checked").join(&sentence);
                    joined.extend(within(&sentence));
                    joining = true;
                } else if self.continues_label(before, &r, &sentence) {
                    // The rest of a body's duty list (区民防办:负责…;根据…指导…;
                    // 负责…): the label names the body for the whole paragraph.
                    self.tasks.last_mut().expect("checked").join(&sentence);
                    joined.extend(within(&sentence));
                    joining = true;
                } else if dated_allowed || asks_for_a_report(s) {
                    let ds = within(&sentence);
                    // Goals (到2025年,…达到…; 2023年覆盖率达到80%) are not tasks.
                    // A sentence that also sets work (编制…,确保…) stays a task.
                    static GOAL_WORDS: LazyLock<Words> = LazyLock::new(|| {
                        Words::new(&["达到", "不低于", "不少于", "提高到", "提升至", "%"])
                    });
                    static WORK_WORDS: LazyLock<Words> = LazyLock::new(|| {
                        Words::new(&[
                            "编制", "制定", "开展", "完成", "建立", "建成", "组织", "落实", "实施",
                        ])
                    });
                    // A forecast or what is done already (预计年底前即可完工,
                    // 该项目已于2019年5月底前完成验收) assigns nothing.
                    static NOT_ASKED: LazyLock<Words> =
                        LazyLock::new(|| Words::new(&["预计", "估计", "已于", "即可"]));
                    let is_goal =
                        || (GOAL_WORDS.any_in(s) && !WORK_WORDS.any_in(s)) || NOT_ASKED.any_in(s);
                    // Dates first: most sentences have none, and need no word search.
                    // A text that is its date and nothing else (a table cell of a
                    // period, 2020年-2023年) sets no work.
                    if ds
                        .iter()
                        .any(|d| !d.raw.starts_with(['到', '至']) && sets_a_date(d))
                        && !only_dates(self.t, &sentence, &ds)
                        && !names_a_phase(s)
                        && !names_own_period(s)
                        && !is_goal()
                    {
                        dated.push((sentence, ds, weak));
                    }
                }
            }
        }
        if joining {
            self.govern_last(&joined);
        }
        // A sentence that sets only a deadline (2023年9月底前,对…完成排查) is a
        // task with no department, also beside tasks of named bodies in the
        // same item (建立…年报制度,地方各级行政执法机关应当于每年1月31日前公开…);
        // goals (到2025年,…达到…) are not.
        for (sentence, ds, weak) in dated {
            let end = sentence.end;
            // A dated request names its body in a later clause as often as
            // not (建立…制度,地方各级行政执法机关应当于每年1月31日前公开…).
            match dated_subject(&self.t[sentence.clone()], weak) {
                Some((r, lead, coop)) => {
                    let raw = sentence.start + r.start..sentence.start + r.end;
                    self.push_running(vec![sentence], lead, coop, raw, ctx, end, &ds);
                }
                None => {
                    let at = sentence.start..sentence.start;
                    self.push_running(vec![sentence], Vec::new(), Vec::new(), at, ctx, end, &ds);
                    if let Some(t) = self.tasks.last_mut() {
                        t.raw = None;
                    }
                }
            }
        }
    }

    /// The deadlines found in the last task's sentences (its first and those
    /// that joined it) set its deadline and milestones, when there is one
    /// (see [`govern`]).
    fn govern_last(&mut self, joined: &[Cow<'_, Deadline>]) {
        let (deadline, milestones) = govern(joined);
        if deadline.is_some() {
            let last = self.tasks.last_mut().expect("a sentence joined it");
            last.deadline = deadline;
            last.milestones = milestones;
        }
    }

    /// Push a running-text task whose own deadlines (`found`) are known.
    #[allow(clippy::too_many_arguments)]
    fn push_running(
        &mut self,
        text: Vec<Range<usize>>,
        lead: Vec<String>,
        cooperating: Vec<String>,
        raw: Range<usize>,
        ctx: &Ctx,
        end: usize,
        found: &[Cow<'_, Deadline>],
    ) {
        let (deadline, milestones) = govern(found);
        let deadline = deadline.or_else(|| ctx.heading_deadline.as_deref().cloned());
        let start = raw.start.min(text.first().map_or(raw.start, |r| r.start));
        self.tasks.push(TaskDraft {
            text,
            problem: ctx.problem,
            measure: ctx.measure,
            path: ctx.path.clone(),
            lead,
            cooperating,
            raw: Some(raw),
            deadline,
            milestones,
            range: start..end,
        });
    }

    /// The deadlines stated in a task's own text: the governing one and the
    /// milestones (see [`govern`]).
    fn deadlines_in(&self, text: &[Range<usize>]) -> (Option<Deadline>, Vec<Deadline>) {
        govern(&self.found_in(text))
    }

    /// Every deadline phrase in the pieces of a text, in order, borrowed
    /// from the block cache where it can be: most phrases are only looked
    /// at, and a clone (two strings) is made only for those a task keeps.
    ///
    /// Each block is scanned once (on first use) and the phrases inside each
    /// piece are taken from that scan, so text read by several rules (an
    /// item's heading, its sentences, its tasks) is not scanned again.
    fn found_in(&self, text: &[Range<usize>]) -> Vec<Cow<'a, Deadline>> {
        let mut found = Vec::new();
        for r in text {
            // The block holding the piece (blocks are sorted and disjoint).
            let k = crate::text::partition_point_near(self.blocks, &self.block_hint, |b| {
                b.range.end < r.end
            });
            let Some(block) = self.blocks.get(k).filter(|b| b.range.start <= r.start) else {
                // Not inside one block: scan the piece itself.
                for d in find_deadlines(&self.t[r.clone()], self.doc_date) {
                    found.push(Cow::Owned(shift(d, r.start)));
                }
                continue;
            };
            let cached = self.block_deadlines[k].get_or_init(|| {
                self.block_deadlines_of(&block.range)
                    .into_iter()
                    .map(|d| shift(d, block.range.start))
                    .collect()
            });
            found.extend(
                cached
                    .iter()
                    .filter(|d| r.start <= d.span.start && d.span.end <= r.end)
                    .map(Cow::Borrowed),
            );
        }
        found
    }

    /// The deadline phrases of the block at `b` (offsets within it). The
    /// keyword forms are searched once in the whole text and each block
    /// takes those inside it; a block a keyword match runs across (never
    /// seen: the words hold no space or break) is searched on its own, so
    /// the result is always that of [`find_deadlines`] on the block.
    fn block_deadlines_of(&self, b: &Range<usize>) -> Vec<Deadline> {
        let words = self.running_words.get_or_init(|| running_words(self.t));
        let lo = words.partition_point(|w| w.end <= b.start);
        let hi = lo + words[lo..].partition_point(|w| w.start < b.end);
        let inside = &words[lo..hi];
        let text = &self.t[b.clone()];
        let crosses = inside.first().is_some_and(|w| w.start < b.start)
            || inside.last().is_some_and(|w| w.end > b.end);
        if crosses {
            return find_deadlines(text, self.doc_date);
        }
        let mut anchors = self.marks.anchors(b.clone()).peekable();
        // Every deadline is a date near an anchor or a keyword form: a block
        // with neither (a heading, a table cell of names) has none.
        if inside.is_empty() && anchors.peek().is_none() {
            return Vec::new();
        }
        let local = inside.iter().map(|w| w.start - b.start..w.end - b.start);
        let anchors = anchors.map(|p| p - b.start);
        find_deadlines_with(text, self.doc_date, local, anchors)
    }

    /// One block on its own, text starting at `start` (a measure paragraph).
    fn walk_range(&mut self, b: usize, start: usize, ctx: &Ctx) {
        let mut cursor = Cursor {
            block: b,
            pos: start,
        };
        self.scan_block(b, &mut cursor, ctx);
    }

    /// The own blocks of an item; `skip` bytes of the first block are its marker.
    fn walk_blocks(&mut self, own: &[usize], ctx: &Ctx, skip: Option<usize>) {
        let Some(&first) = own.first() else { return };
        let start = self.blocks[first].range.start + skip.unwrap_or(0);
        let mut cursor = Cursor {
            block: first,
            pos: skip_spaces(self.t, start, self.blocks[first].range.end),
        };
        let mut k = 0;
        while k < own.len() {
            let b = own[k];
            let r = self.blocks[b].range.clone();
            let s = &self.t[r.clone()];
            if k > 0 && is_assignment_label(s) {
                // Consecutive label lines form one assignment.
                let mut end = k + 1;
                while end < own.len()
                    && is_assignment_label(&self.t[self.blocks[own[end]].range.clone()])
                {
                    end += 1;
                }
                let raw = r.start..self.blocks[own[end - 1]].range.end;
                let joined = self.t[raw.clone()].replace('\n', ";");
                if let Some(a) = read_assignment(&joined, self.first_is_lead) {
                    // Offsets inside `joined` equal offsets inside raw (same length).
                    self.close_task(cursor, b, r.start, raw.clone(), a, raw.start, ctx);
                    cursor = Cursor {
                        block: own[end - 1],
                        pos: raw.end,
                    };
                }
                k = end;
                continue;
            }
            if k > 0 && (is_label_block(s) || is_measure_label(s)) {
                cursor = Cursor {
                    block: b,
                    pos: r.end,
                };
                k += 1;
                continue;
            }
            if cursor.block != b && cursor.pos >= self.blocks[cursor.block].range.end && k > 0 {
                cursor = Cursor {
                    block: b,
                    pos: r.start,
                };
            }
            self.scan_block_in(own, k, &mut cursor, ctx);
            k += 1;
        }
    }

    fn scan_block(&mut self, b: usize, cursor: &mut Cursor, ctx: &Ctx) {
        let own = [b];
        self.scan_block_in(&own, 0, cursor, ctx);
    }

    /// Find bracketed assignments in block `own[k]`.
    fn scan_block_in(&mut self, _own: &[usize], k: usize, cursor: &mut Cursor, ctx: &Ctx) {
        let b = _own[k];
        let r = self.blocks[b].range.clone();
        for g in paren_groups(self.t, r.clone()) {
            if g.start < cursor.pos && cursor.block == b {
                continue;
            }
            let inner = g.start + 1..g.end - 1;
            if is_aside(self.t, &r, &g) {
                continue;
            }
            let read = match self.first_is_lead {
                false => self.reads.take(g.start),
                true => None,
            };
            let read =
                read.unwrap_or_else(|| read_assignment(&self.t[inner.clone()], self.first_is_lead));
            let Some(a) = read else {
                continue;
            };
            self.close_task(*cursor, b, g.start, inner.clone(), a, inner.start, ctx);
            *cursor = Cursor {
                block: b,
                pos: g.end,
            };
        }
    }

    /// Close a task: text from `cursor` to `end` (in block `b`), assignment `a`
    /// read from `raw` (whose text starts at `base`).
    #[allow(clippy::too_many_arguments)]
    fn close_task(
        &mut self,
        cursor: Cursor,
        b: usize,
        end: usize,
        raw: Range<usize>,
        a: Assignment,
        base: usize,
        ctx: &Ctx,
    ) {
        if a.declares_first_is_lead {
            self.first_is_lead = true;
        }
        let mut text = Vec::new();
        if cursor.block == b {
            if cursor.pos < end {
                text.push(cursor.pos..end);
            }
        } else {
            let cb = &self.blocks[cursor.block].range;
            if cursor.pos < cb.end {
                text.push(cursor.pos..cb.end);
            }
            for bi in cursor.block + 1..b {
                text.push(self.blocks[bi].range.clone());
            }
            let rb = &self.blocks[b].range;
            if rb.start < end {
                text.push(rb.start..end);
            }
        }
        // A label run into the text (…负责)具体措施:抓好…) is not part of the task.
        if let Some(first) = text.first_mut() {
            if let Some(m) = INLINE_LABEL.find(&self.t[first.clone()]) {
                first.start += m.end();
            }
        }
        text.retain(|r| {
            let s = self.t[r.clone()].trim();
            !s.is_empty() && !names_a_person(s)
        });
        let range_start = text.first().map_or(raw.start, |r| r.start);
        let range_end = if self.t[raw.end..].starts_with(')') {
            raw.end + 1
        } else {
            raw.end
        };
        let mut deadline = a.deadline.map(|d| {
            shift(
                parse_deadline(&self.t[base + d.start..base + d.end], self.doc_date),
                base + d.start,
            )
        });
        let mut milestones = Vec::new();
        if deadline.is_none() {
            (deadline, milestones) = self.deadlines_in(&text);
            deadline = deadline.or_else(|| ctx.heading_deadline.as_deref().cloned());
        }
        // An empty text after another task (a second label line) adds to it.
        if text.is_empty() {
            if let Some(prev) = self.tasks.last_mut() {
                if prev.range.end <= raw.start && prev.path == ctx.path {
                    if prev.lead.is_empty() {
                        prev.lead = a.lead;
                    }
                    prev.cooperating.extend(a.cooperating);
                    if prev.deadline.is_none() {
                        prev.deadline = deadline;
                    }
                    prev.range.end = range_end;
                    return;
                }
            }
        }
        self.explicit += 1;
        self.tasks.push(TaskDraft {
            text,
            problem: ctx.problem,
            measure: ctx.measure,
            path: ctx.path.clone(),
            lead: a.lead,
            cooperating: a.cooperating,
            raw: Some(raw),
            deadline,
            milestones,
            range: range_start..range_end,
        });
    }
}

/// Sentences of `r`, split after 。；; (the splitter of the design notes:
/// unicode-segmentation does not split at ；).
fn sentences<'a>(
    t: &'a str,
    r: Range<usize>,
    marks: &'a Marks,
) -> impl Iterator<Item = Range<usize>> + 'a {
    // The ends are ; ! ? and 。 (E3 80 82), read off the marks.
    let bytes = t.as_bytes();
    let mut start = r.start;
    let mut hits = marks.ends(t, r.clone());
    std::iter::from_fn(move || {
        if let Some(i) = hits.next() {
            let len = if bytes[i] == 0xE3 { 3 } else { 1 };
            let end = i + len;
            let sentence = start..end;
            start = end;
            return Some(sentence);
        }
        // The rest after the last end, once.
        (start < r.end).then(|| {
            let rest = start..r.end;
            start = r.end;
            rest
        })
    })
}

/// Whether a sentence is a label of the notice's own period (公示时间:2019年
/// 12月13日至2019年12月19日,共7天), in which the public or the invited act
/// (公示, 报名, 会议), not the bodies; not one of work (整治时间:, 督查时间:).
fn names_own_period(s: &str) -> bool {
    const OWN: &[&str] = &[
        "公示",
        "报名",
        "会议",
        "活动",
        "受理",
        "开放",
        "咨询",
        "征求意见",
        "举办",
        "考试",
    ];
    s.split_once(':').is_some_and(|(label, _)| {
        label.chars().count() <= 8
            && ["时间", "日期", "期间", "时段", "期"]
                .iter()
                .any(|w| label.ends_with(w))
            && OWN.iter().any(|w| label.starts_with(w))
    })
}

/// Whether a sentence only names a phase and its time (第一阶段为创园动员发动
/// 阶段(2009年12月);): the work is in the sentences after it.
fn names_a_phase(s: &str) -> bool {
    let s = s.trim_end_matches([';', '。', ',', ':', ' ']);
    s.strip_suffix(')')
        .and_then(|inner| inner.rfind('('))
        .is_some_and(|open| s[..open].ends_with("阶段") && s[..open].chars().count() <= 30)
}

/// Whether the text at `r` holds nothing but the deadlines found in it
/// (`ds`, in text order) and punctuation or blanks: no Han character (lead
/// bytes E4–E9) and no ASCII letter or digit outside them.
fn only_dates(t: &str, r: &Range<usize>, ds: &[Cow<'_, Deadline>]) -> bool {
    let mut at = r.start;
    let mut rest_is_empty = true;
    let mut gap = |from: usize, to: usize| {
        if t.as_bytes()[from..to]
            .iter()
            .any(|&b| (0xE4..=0xE9).contains(&b) || b.is_ascii_alphanumeric())
        {
            rest_is_empty = false;
        }
    };
    for d in ds {
        let (start, end) = (d.span.start.max(at), d.span.end.min(r.end));
        if start > at {
            gap(at, start);
        }
        at = at.max(end);
    }
    gap(at, r.end);
    rest_is_empty
}

/// What makes 要 a verb or a noun when it comes next (要求, 要点, 要素, 要闻,
/// 要害, 要件), not the modal.
const NOT_MODAL_YAO: [char; 6] = ['求', '点', '素', '闻', '害', '件'];

/// What makes 应 part of a noun or a verb when it comes next (应急, 应用,
/// 应届, 应对), not the modal.
const NOT_MODAL_YING: [char; 4] = ['急', '用', '届', '对'];

/// Whether `rest` opens with a modal (要, 须, 应, 必须, 务必) or with 于 / 在
/// and a date: what follows a subject that is asked to act.
fn modal_at(rest: &str) -> bool {
    let mut it = rest.chars();
    let numeral = |c: Option<char>| {
        c.is_some_and(|c| {
            c.is_ascii_digit()
                || ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].contains(&c)
        })
    };
    match it.next() {
        // 要求, 要点, 要素…: a verb or a noun, not the modal.
        Some('要') => it.next().is_none_or(|c| !NOT_MODAL_YAO.contains(&c)),
        Some('须') => true,
        Some('应') => it.next().is_some_and(|c| !NOT_MODAL_YING.contains(&c)),
        Some('必') => it.next() == Some('须'),
        Some('务') => it.next() == Some('必'),
        // 于6月底, 在三月; also 于年底, 在本月, 于今年, 于上半年, 于第三季度
        // and a date typeset with a space (于 2024年).
        Some('于' | '在') => {
            let date = it.as_str();
            numeral(it.next())
                || date
                    .strip_prefix(' ')
                    .is_some_and(|d| numeral(d.chars().next()))
                || starts_with_any(
                    date,
                    &[
                        "年底",
                        "年末",
                        "今年",
                        "明年",
                        "本年",
                        "本月",
                        "上半年",
                        "下半年",
                    ],
                )
                || date.strip_prefix('第').is_some_and(|q| {
                    q.chars().next().is_some_and(|n| "一二三四1234".contains(n))
                        && q[q.chars().next().map_or(0, char::len_utf8)..].starts_with('季')
                })
        }
        _ => false,
    }
}

/// Weak running-text assignment: a named body and a modal (各地区要…,
/// 请各区民政局于…). 应 is a modal only when no noun follows (应急, 应用).
///
/// The subject (2–40 characters without ,;:。()“”《》, the shortest that
/// works) of a sentence that opens with one, after an optional 请. Hand-
/// written because it runs on every sentence of a document without explicit
/// assignments; it is exactly the regex
/// `^(?:请)?([^,;:。()“”《》]{2,40}?)(?:要(?:[^求点素闻害件]|$)|应当|应[^急用届对]|须|必须|务必|
/// [于在](?:[0-9一-十]| [0-9]|年底|年末|今年|明年|本年|本月|上半年|下半年|第[一-四1-4]季))`
/// (a date or a date word after 于/在)
/// (the test `weak_subject_matches_its_regex` holds it to that).
fn weak_subject(head: &str) -> Option<Range<usize>> {
    // A walk over bytes, one character at a time, not decoding: a modal
    // starts with one of 要须应必务于在 and every stop is ASCII or one of
    // 。“”《》, each told by its bytes.
    let bytes = head.as_bytes();
    let from = |start: usize| {
        let mut i = start;
        for n in 0.. {
            let &lead = bytes.get(i)?;
            let len = crate::text::utf8_len(lead).min(bytes.len() - i);
            let c = &bytes[i..i + len];
            let (modal_first, stop) = match c {
                // Han: a modal's first character? Its last byte (81 BB 94 85
                // A1 8E A8) turns most others away with one bit test.
                [0xE4..=0xE9, _, last] => {
                    const LAST: u64 = 1 << 0x01
                        | 1 << 0x3B
                        | 1 << 0x14
                        | 1 << 0x05
                        | 1 << 0x21
                        | 1 << 0x0E
                        | 1 << 0x28;
                    let first = (LAST >> (last & 63)) & 1 != 0
                        && matches!(
                            c,
                            [0xE8, 0xA6, 0x81] // 要
                                | [0xE9, 0xA1, 0xBB] // 须
                                | [0xE5, 0xBA, 0x94] // 应
                                | [0xE5, 0xBF, 0x85] // 必
                                | [0xE5, 0x8A, 0xA1] // 务
                                | [0xE4, 0xBA, 0x8E] // 于
                                | [0xE5, 0x9C, 0xA8] // 在
                        );
                    (first, false)
                }
                _ => (false, is_subject_stop(c)),
            };
            if modal_first && n >= 2 && modal_at(&head[i..]) {
                return Some(start..i);
            }
            if n == 40 || stop {
                return None;
            }
            i += len;
        }
        None
    };
    head.strip_prefix('请')
        .and_then(|_| from('请'.len_utf8()))
        .or_else(|| from(0))
}

/// The characters of [`stops_subject`].
#[cfg(test)]
const SUBJECT_STOPS: [char; 10] = [',', ';', ':', '。', '(', ')', '“', '”', '《', '》'];

/// [`stops_subject`] on a character's UTF-8 bytes.
fn is_subject_stop(c: &[u8]) -> bool {
    matches!(
        c,
        [b',' | b';' | b':' | b'(' | b')']
            | [0xE3, 0x80, 0x82 | 0x8A | 0x8B] // 。《》
            | [0xE2, 0x80, 0x9C | 0x9D] // “”
    )
}

/// Characters a subject in running text never holds (it ends before a
/// clause break, a bracket or a quotation).
fn stops_subject(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '。' | '(' | ')' | '“' | '”' | '《' | '》'
    )
}

/// Byte ends of the shortest-first runs of 2 to `max` characters at the
/// start of `s` that hold no character `stops` accepts, in order.
fn run_ends(s: &str, max: usize, stops: fn(char) -> bool) -> impl Iterator<Item = usize> + '_ {
    s.char_indices()
        .take(max)
        .take_while(move |&(_, c)| !stops(c))
        .enumerate()
        .skip(1)
        .map(|(_, (i, c))| i + c.len_utf8())
}

/// The first of `words` that `s` starts with, if any.
fn starts_with_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.starts_with(w))
}

/// An explicit assignment opening a sentence: `[由]X牵头负责 / 具体负责 /
/// 负责`, `X会同Y负责…`, or `X牵头,Y配合…`. Returns the range of X and of
/// Y (the cooperating bodies), if any.
///
/// Reads as a backtracking regex would, the shortest X first (this replaced
/// one; `running_assignment_matches_its_regex` holds it to that regex):
/// `^(?:由)?([^,;:。()“”《》]{2,40}?)(?:(?:主要|全面|共同|统一|分别|直接|切实)?(?:牵头负责|具体负责|负责)(?:[^人同的]|同[^志]|同$|$)|
/// (?:会同|协同)([^,;:。()“”《》]{2,40}?)(?:负责|落实|开展|推进|组织|制定|做好|实施|抓好|督促|
/// 指导|协调|统筹|承担|履行|依法|依规|,)|
/// 牵头[,、]([^,;:。“”《》]{2,80}?)(?:配合|参与|协助|按职责分工负责|履行|落实))`.
/// The regex's lazy DFA built new states for almost every sentence.
fn running_assignment(s: &str) -> Option<(Range<usize>, Option<Range<usize>>)> {
    const WITH_VERBS: &[&str] = &[
        "负责", "落实", "开展", "推进", "组织", "制定", "做好", "实施", "抓好", "督促", "指导",
        "协调", "统筹", "承担", "履行", "依法", "依规",
    ];
    const COOP_VERBS: &[&str] = &["配合", "参与", "协助", "按职责分工负责", "履行", "落实"];
    fn stops_coop(c: char) -> bool {
        c != '(' && c != ')' && stops_subject(c)
    }
    // 由于 (because), 由此, 由衷: not the 由 that names who acts.
    let starts = if s.starts_with('由') && agent_you(s, 0) {
        &[3, 0][..]
    } else {
        &[0][..]
    };
    for &start in starts {
        for end in run_ends(&s[start..], 40, stops_subject).map(|e| start + e) {
            let rest = &s[end..];
            // 主要负责, 分别负责, 共同负责…: an adverb before the duty.
            let duty = DUTY_ADVERBS
                .iter()
                .find_map(|a| rest.strip_prefix(a))
                .unwrap_or(rest);
            let duty = ["牵头负责", "具体负责", "负责"]
                .iter()
                .find_map(|w| duty.strip_prefix(w));
            // Not 主要负责人, 负责同志: a person, not a duty; nor 负责的, what
            // a body is in charge of (由县民政局负责的第1件…滞后).
            if duty
                .is_some_and(|after| !after.starts_with(['人', '的']) && !after.starts_with("同志"))
            {
                return Some((start..end, None));
            }
            // (协同 as 会同: 市公安局、市建委协同市交通运输局负责….)
            if let Some(with) = rest
                .strip_prefix("会同")
                .or_else(|| rest.strip_prefix("协同"))
            {
                let at = end + "会同".len();
                // The bodies end at a work verb, or at the comma closing the
                // clause (X会同有关部门,适时组织…).
                let found = run_ends(with, 40, stops_subject).find(|&e| {
                    starts_with_any(&with[e..], WITH_VERBS) || with[e..].starts_with(',')
                });
                if let Some(e) = found {
                    return Some((start..end, Some(at..at + e)));
                }
            }
            // X牵头,Y配合; also X牵头、Y配合.
            let coop = ["牵头,", "牵头、"]
                .iter()
                .find_map(|w| rest.strip_prefix(w));
            if let Some(coop) = coop {
                let at = s.len() - coop.len();
                let found = run_ends(coop, 80, stops_coop)
                    .find(|&e| starts_with_any(&coop[e..], COOP_VERBS));
                if let Some(e) = found {
                    return Some((start..end, Some(at..at + e)));
                }
            }
        }
    }
    None
}

/// Adverbs that may stand between a body and its 负责 (县民政局主要负责…,
/// 县民政局、县财政局分别负责…).
const DUTY_ADVERBS: &[&str] = &["主要", "全面", "共同", "统一", "分别", "直接", "切实"];

/// `X会同Y…` where no work verb [`running_assignment`] knows follows Y
/// (市住建局会同市财政局审核推荐名单, 由X会同Y审核…, 各地建设主管部门会同同级财政部门
/// 认真组织…): Y is the longest run after 会同, within 40 characters and
/// before any clause break, that names institutions only and is followed by
/// more text. The ranges of X and Y.
fn with_partners(s: &str) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // 由X会同Y (who acts), 请X会同Y (a request).
    let start = match (s.starts_with('由') && agent_you(s, 0)) || s.starts_with('请') {
        true => '由'.len_utf8(),
        false => 0,
    };
    let end = run_ends(&s[start..], 40, stops_subject)
        .map(|e| start + e)
        .find(|&e| s[e..].starts_with("会同"))?;
    let at = end + "会同".len();
    let with = &s[at..];
    let e = partners_end(with).filter(|&e| e < with.len())?;
    Some((start..end, Some(at..at + e)))
}

/// What else may open a body's duties after its colon (各区县政府:加强…,
/// 市政府法制办:及时…), besides work verbs and adverbials (依据职能做好…).
const MORE_DUTIES: &[&str] = &["加强", "强化", "积极", "及时", "认真"];

/// A body named before a colon, then its duties (区民防办:负责制定…), a
/// body that is the responsible subject (各乡镇政府是此项工作的直接责任主体),
/// or a body said to be something and then given duties
/// (市民政部门是本市…的主管部门,负责…): the body's range.
///
/// As the regex (`duty_subject_matches_its_regex`):
/// `^([^,;:。()“”《》]{2,30}?)(?::(?:负责|牵头|配合|协助|参与|指导|主要负责|具体负责|`
/// any of [`WORK_VERBS`], [`ADVERBIAL_OPENERS`], [`MORE_DUTIES`]`)|
/// (?:是|作为)[^。]{0,40}?(?:责任主体|,(?:主要)?负责))`.
fn duty_subject(s: &str) -> Option<Range<usize>> {
    const DUTIES: &[&str] = &[
        "负责",
        "牵头",
        "配合",
        "协助",
        "参与",
        "指导",
        "主要负责",
        "具体负责",
    ];
    let responsible = |rest: &str| {
        let Some(after) = rest
            .strip_prefix('是')
            .or_else(|| rest.strip_prefix("作为"))
        else {
            return false;
        };
        // Up to 40 characters, none of them 。, then 责任主体, or the end of
        // a clause saying what the body is and then its duties
        // (市民政部门是本市…的主管部门,负责…).
        after
            .char_indices()
            .take(41)
            .take_while(|&(_, c)| c != '。')
            .any(|(i, _)| {
                let a = &after[i..];
                a.starts_with("责任主体") || a.starts_with(",负责") || a.starts_with(",主要负责")
            })
    };
    run_ends(s, 30, stops_subject)
        .find(|&end| {
            let rest = &s[end..];
            // (Any work after the colon: 市园林绿化局:依据职能做好…,
            // 各区县政府:落实属地责任….)
            rest.strip_prefix(':').is_some_and(|r| {
                starts_with_any(r, DUTIES)
                    || starts_with_any(r, WORK_VERBS)
                    || starts_with_any(r, ADVERBIAL_OPENERS)
                    || starts_with_any(r, MORE_DUTIES)
            }) || responsible(rest)
        })
        .map(|end| 0..end)
}

crate::text::bytes::seq_set! {
    /// The first characters of the explicit forms' key words: `:` and 负 责
    /// 会 牵 (of 负责 会同 牵头 责任主体), found in one vector scan.
    struct KeyStarts = [
        [(b':', b':')],
        [(0xE8, 0xE8), (0xB4, 0xB4), (0x9F, 0x9F)],
        [(0xE8, 0xE8), (0xB4, 0xB4), (0xA3, 0xA3)],
        [(0xE4, 0xE4), (0xBC, 0xBC), (0x9A, 0x9A)],
        [(0xE7, 0xE7), (0x89, 0x89), (0xB5, 0xB5)],
    ];
}

/// Which of the explicit forms' key words `s` holds: `strong` for 负责,
/// 会同 or 牵头, without which [`running_assignment`] finds nothing;
/// `duty` for `:` or 责任主体, without which [`duty_subject`] finds
/// nothing unless a strong word is there (its third form, `X是…,负责`,
/// needs 负责).
///
/// One scan for the five words' first characters, not a `memmem` search per
/// word: most sentences hold none of them, and five searches of a sentence
/// head cost ≈ 600 instructions (`key_words_agree_with_word_search` holds it
/// to the searches).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct KeyWords {
    strong: bool,
    duty: bool,
    /// 会同 among the strong words (what [`with_partners`] needs).
    with: bool,
}

impl KeyWords {
    fn of(s: &str) -> KeyWords {
        let mut found = KeyWords::default();
        for i in KeyStarts::positions(s.as_bytes()) {
            let rest = &s[i..];
            if rest.starts_with(':') || rest.starts_with("责任主体") {
                found.duty = true;
            } else if rest.starts_with("会同") {
                found.strong = true;
                found.with = true;
            } else if ["负责", "牵头"].iter().any(|w| rest.starts_with(w)) {
                found.strong = true;
            }
            if found.with && found.duty {
                break;
            }
        }
        found
    }
}

/// The subject (range within `s`), leads and cooperating bodies of a
/// running-text assignment sentence.
fn running_subject(s: &str, weak: bool) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    plain_subject(s, weak).or_else(|| bracketed_subject(s, weak))
}

/// A subject whose names hold brackets, which the subject rules stop at:
/// an inner name, kept with it as the department rules keep one
/// (各街道办事处(镇人民政府)负责…), a place's alternatives (各县(市、区)环保专项
/// 行动领导小组结合…, 各县(区)、广元经济技术开发区和…要…), an aside
/// (…成员单位(详见任务分工)要…), or an alias, dropped
/// (市住房保障办公室(以下称市住房保障部门)是…机构,负责…). The sentence is
/// read by the plain rules with the brackets taken out; the subject's range
/// covers them (the assignment as written), and its names are read from the
/// text as written.
fn bracketed_subject(s: &str, weak: bool) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    const ALIAS: &[&str] = &["以下称", "以下简称", "下称", "简称"];
    const ASIDE: &[&str] = &["详见", "见附件", "附件"];
    // Most sentences have no bracket near their start, or a clause break
    // before it: two byte searches.
    let bytes = s.as_bytes();
    let open = memchr::memchr(b'(', &bytes[..s.len().min(91)])?;
    if memchr::memchr3(b',', b';', b':', &bytes[..open]).is_some() {
        return None;
    }
    // The bracket groups within the subject's 40 characters (at most
    // three), each closed within 25 characters, with no other stop between.
    // (An array, not a `Vec`: this runs on every sentence with an early
    // bracket that the plain rules left without a subject.)
    let mut found: [Range<usize>; 3] = [0..0, 0..0, 0..0];
    let mut count = 0;
    let mut from = 0;
    let mut chars = 0;
    while count < 3 {
        let Some((at, c)) = s[from..]
            .char_indices()
            .take(41 - chars)
            .find(|&(_, c)| stops_subject(c))
        else {
            break;
        };
        let at = from + at;
        if c != '(' {
            break;
        }
        let inner = at + 1;
        let (len, c) = s[inner..]
            .char_indices()
            .take(25)
            .find(|&(_, c)| stops_subject(c))?;
        if c != ')' || len == 0 {
            return None;
        }
        chars += s[from..inner + len].chars().count();
        found[count] = at..inner + len + 1;
        count += 1;
        from = inner + len + 1;
        if chars > 40 {
            break;
        }
    }
    let groups = &found[..count];
    let first = groups.first()?;
    // At least two characters before the first bracket.
    s[..first.start].chars().nth(1)?;
    // Table cells (等级(III类), 锦港佳苑(二期)) end at the bracket.
    if groups.last().is_some_and(|g| g.end == s.len()) {
        return None;
    }
    // The sentence without its brackets, and where each was taken out.
    let mut probe = String::with_capacity(s.len());
    let mut at = 0;
    for g in groups {
        probe.push_str(&s[at..g.start]);
        at = g.end;
    }
    probe.push_str(&s[at..]);
    let (subject, _, coop) = plain_subject(&probe, weak)?;
    // The subject ends at or after the first bracket's place (else the
    // plain rules read it without one), and its range is the text's: each
    // bracket at or before its end is in it.
    if subject.start != 0 || subject.end < first.start {
        return None;
    }
    let mut end = subject.end;
    let mut name = String::new();
    let mut at = 0;
    for g in groups {
        // Where the bracket was in the text without the ones before it.
        if g.start - (end - subject.end) > subject.end {
            break;
        }
        end += g.len();
        name.push_str(&s[at..g.start]);
        let inner = &s[g.start + 1..g.end - 1];
        // An alias or an aside is not part of the name; an inner name or a
        // place's alternatives are.
        if !starts_with_any(inner, ALIAS) && !starts_with_any(inner, ASIDE) {
            name.push_str(&s[g.clone()]);
        }
        at = g.end;
    }
    name.push_str(&s[at..end]);
    let lead = split_departments(&name);
    (!lead.is_empty() && lead.iter().all(|n| is_department_name(n))).then_some((0..end, lead, coop))
}

/// [`running_subject`] for a subject with no bracket.
fn plain_subject(s: &str, weak: bool) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    // The patterns are anchored and bounded (a subject of at most 40
    // characters, then a verb): look only at the head of the sentence, and
    // only run a pattern whose key word is there at all.
    let head = &s[..crate::text::floor_boundary(s, 360)];
    let keys = KeyWords::of(head);
    let strong = keys.strong;
    // An explicit form whose subject names no body (公安机关要明确机构和人员
    // 负责…: the subject runs to 负责) leaves the sentence to the next form,
    // and at last to the modal form.
    if strong {
        let found = running_assignment(head)
            .and_then(|(subject, coop)| bodies_of(head, subject, coop))
            .or_else(|| {
                keys.with
                    .then(|| with_partners(head))
                    .flatten()
                    .and_then(|(subject, coop)| bodies_of(head, subject, coop))
            });
        if found.is_some() {
            return found;
        }
    }
    if strong || keys.duty {
        if let Some(found) = duty_subject(head).and_then(|subject| bodies_of(head, subject, None)) {
            return Some(found);
        }
    }
    // A modal whose subject names no body (市民政局根据需要开展…: 要 of 需要)
    // leaves the sentence to the verb forms.
    if let Some(subject) = weak.then(|| weak_subject(head)).flatten() {
        let found = bodies_of(head, subject.clone(), None)
            .map(|(r, lead, _)| {
                let partners = modal_partners(&head[r.end..]);
                (r, lead, partners)
            })
            .or_else(|| bodies_of(head, before_adverbial(head, subject.clone())?, None))
            .or_else(|| bodies_of(head, before_its_head(head, subject)?, None));
        if found.is_some() {
            return found;
        }
    }
    // 由X制定…, 由X依据…编制…: the agent named by 由, then its work (not
    // 由X制定的办法, what X made).
    let skip = match head.starts_with('由') && agent_you(head, 0) {
        true => '由'.len_utf8(),
        false => 0,
    };
    let clause = &head[skip..];
    let (found, marks) = subject_verb_scan(clause);
    let found = found.filter(|(r, _)| skip == 0 || !made_by(&clause[r.end..]));
    found
        .or_else(|| object_then_verb(clause, marks.first_at(marks.dui)?))
        .map(|(r, lead)| (r, lead, Vec::new()))
        .or_else(|| {
            // 镇河长办将会同镇级责任站所开展…: partners after 将 as after a modal.
            let (r, lead) = will_subject(clause, marks.first_at(marks.jiang).filter(|_| weak)?)?;
            let partners = modal_partners(&clause[r.end..]);
            Some((r, lead, partners))
        })
        .map(|(r, lead, coop)| (skip + r.start..skip + r.end, lead, coop))
        .or_else(|| weak.then(|| requested(head)).flatten())
        .or_else(|| weak.then(|| asked_of(head)).flatten())
}

/// The bodies one asks to work (杨大勇区长要求相关单位和部门对…立即进行整改,
/// 市民政局要求各区民政局对养老机构进行检查): what follows 要求, within a
/// subject's twenty characters, read as a sentence of its own.
fn asked_of(head: &str) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    // A finder built once: this runs on every sentence no other form read.
    static ASK: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("要求"));
    let near = &head[..crate::text::floor_boundary(head, 20 * 3)];
    let at = ASK.find(near.as_bytes())?;
    if near[..at].contains(stops_subject) {
        return None;
    }
    let from = at + "要求".len();
    let (r, lead, coop) = plain_subject(&head[from..], true)?;
    Some((from + r.start..from + r.end, lead, coop))
}

/// Whether the verb opening `after` is followed by 的: 由X制定的办法 names
/// what X made, not work given to X.
fn made_by(after: &str) -> bool {
    WORK_VERBS
        .iter()
        .find_map(|v| after.strip_prefix(v))
        .is_some_and(|rest| rest.starts_with('的'))
}

/// A request (请X…): the rules read after 请 (请人力资源社会保障部会同有关
/// 部门…制定…, 请科技部…等部门在2019年2月底前完成), else the bodies it opens
/// with.
fn requested(head: &str) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    let rest = head.strip_prefix('请')?;
    let at = '请'.len_utf8();
    // (A bracket inside the bodies' names too: 请各乡镇(办事处)务必….)
    if let Some((r, lead, coop)) = running_subject(rest, true) {
        return Some((at + r.start..at + r.end, lead, coop));
    }
    requested_body(head).map(|(r, lead)| (r, lead, Vec::new()))
}

/// The bodies a request opens with, its modal further on or none
/// (请各单位高度重视,…务必在6月1日前…完成整改): the longest run after 请,
/// within 40 characters and before any clause break, that names bodies
/// only.
fn requested_body(s: &str) -> Option<(Range<usize>, Vec<String>)> {
    let rest = s.strip_prefix('请')?;
    let at = '请'.len_utf8();
    // 请结合本辖区工作实际…, 请认真…, 请径向…反映: what follows 请 is done, by
    // the bodies addressed.
    if [
        "结合", "按照", "根据", "认真", "径向", "直接", "及时", "切实", "严格", "各自",
    ]
    .iter()
    .chain(ADVERBIAL_OPENERS)
    .chain(WORK_VERBS)
    .any(|w| rest.starts_with(w))
    {
        return None;
    }
    // The longest run that names bodies; when it is no whole request (cut
    // short, or its list goes on), no shorter one is (请各区民政局、市属单
    // is not a request of 各区).
    let ends: Vec<usize> = run_ends(rest, 40, stops_subject).collect();
    let end = ends.into_iter().rev().find(|&end| {
        let names = split_departments(&rest[..end]);
        !names.is_empty() && names.iter().all(|n| is_department_name(n))
    })?;
    let after = &rest[end..];
    if after.chars().nth(3).is_none() || after.starts_with(['、', '和', '及', '与', '或']) {
        return None;
    }
    Some((at..at + end, split_departments(&rest[..end])))
}

/// The bodies a modal subject is to work with, its cooperating bodies
/// (市民政部门应当会同市财政部门根据…, 区住房保障部门应当会同有关部门按规定…):
/// `rest` follows the subject; the names after a modal and 会同: the run
/// that names bodies only and is followed by a word that opens what they do
/// (根据, 按规定, 制定…), else the longest such run before a clause break,
/// within 40 characters.
fn modal_partners(rest: &str) -> Vec<String> {
    let with = ["应当", "必须", "务必", "要", "应", "须", "将"]
        .iter()
        .find_map(|m| rest.strip_prefix(m))
        .and_then(|r| r.strip_prefix("会同"));
    with.map_or_else(Vec::new, partners_of)
}

/// Words that follow the bodies a 会同 names: adverbials and work verbs.
const AFTER_BODIES: &[&str] = &[
    "根据",
    "按照",
    "按规定",
    "依据",
    "依法",
    "依规",
    "结合",
    "围绕",
    "共同",
    "及时",
    "定期",
    "对",
    "将",
    "把",
    "在",
    "于",
    "建立",
    "制定",
    "完成",
    "开展",
    "做好",
    "研究",
    "推进",
    "落实",
    "组织",
    "负责",
    "实施",
    "加强",
    "统筹",
    "指导",
    "协调",
    "督促",
    // 处 also ends offices' names (管理处): the verb is taken first.
    "查处",
    "处置",
    "处理",
];

/// The bodies `with` (the text after a 会同) names: the run that names
/// institutions only and is followed by a word that opens what they do
/// (根据, 按规定, 制定…, 将), else the longest such run before a clause
/// break, within 40 characters.
fn partners_of(with: &str) -> Vec<String> {
    partners_end(with).map_or_else(Vec::new, |e| split_departments(&with[..e]))
}

/// Where the bodies [`partners_of`] reads end.
fn partners_end(with: &str) -> Option<usize> {
    let mut found = None;
    for (i, c) in with.char_indices().take(40) {
        if stops_subject(c) {
            break;
        }
        let end = i + c.len_utf8();
        // Only where an institution's name can end (a list's last name
        // ends it).
        if !ends_with_org(&with[..end]) {
            continue;
        }
        let names = split_departments(&with[..end]);
        if !names.is_empty() && names.iter().all(|n| is_institution_name(n)) {
            found = Some(end);
            if starts_with_any(&with[end..], AFTER_BODIES) {
                break;
            }
        }
    }
    found
}

/// A modal subject cut before the person at its head (各养老服务机构负责人要…,
/// 各单位主要负责同志要…): the body that person heads is given the work.
fn before_its_head(head: &str, subject: Range<usize>) -> Option<Range<usize>> {
    let s = &head[subject.clone()];
    let body = ["主要负责人", "负责人", "主要负责同志", "负责同志"]
        .iter()
        .find_map(|w| s.strip_suffix(w))?;
    Some(subject.start..subject.start + body.len())
}

/// A modal subject cut before the adverbial that follows its body
/// (省级环境保护部门每年要…, 区住房保障部门对领取补贴的对象应当…): the
/// body's range, if an adverbial opens after its first two characters.
fn before_adverbial(head: &str, subject: Range<usize>) -> Option<Range<usize>> {
    const ADVERBIALS: &[&str] = &["每年", "每半年", "每季度", "每月", "定期", "对"];
    let s = &head[subject.clone()];
    let at = s
        .char_indices()
        .skip(2)
        .find(|&(i, _)| ADVERBIALS.iter().any(|w| s[i..].starts_with(w)))?
        .0;
    Some(subject.start..subject.start + at)
}

/// The lead bodies named by `subject` and the cooperating ones by `coop`
/// (ranges in `head`), when every one is a body.
fn bodies_of(
    head: &str,
    subject: Range<usize>,
    coop: Option<Range<usize>>,
) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    // No body is named without a character that can end a name.
    if !may_name_a_body(&head[subject.clone()]) {
        return None;
    }
    // 招生方案由区教育局 is an object and its agent, not a name: the agent
    // is read after the 由 (`agent_of_object`).
    if names_an_agent(&head[subject.clone()]) {
        return None;
    }
    let subject = after_a_topic(head, subject);
    let lead = split_departments(&head[subject.clone()]);
    // A place is a body when it is asked to act (北京市要积极筹集…, 各地要…,
    // 九亭镇负责…, 各街道作为…责任主体).
    if lead.is_empty() || !lead.iter().all(|n| is_department_name(n)) {
        return None;
    }
    let coop = match coop {
        Some(m) => {
            let v = split_departments(&head[m]);
            if !v.iter().all(|n| is_institution_name(n)) {
                return None;
            }
            v
        }
        None => Vec::new(),
    };
    Some((subject, lead, coop))
}

/// A subject whose 各-name follows a topic or a time (防汛物资各村居必须…,
/// 汛期各单位要…): the bodies from the 各 on. Not after a place, an organ, a
/// list's joint or what a name holds (全市各级, 地方各级人民政府, 县委各部门,
/// 市直各单位, 中央驻京各单位, 全国各地, X和各区).
fn after_a_topic(head: &str, subject: Range<usize>) -> Range<usize> {
    let name = &head[subject.clone()];
    let Some(at) = name.find('各').filter(|&p| p > 0) else {
        return subject;
    };
    let before = &name[..at];
    let last = before.chars().next_back().unwrap_or('各');
    let keeps = matches!(
        last,
        '市' | '区'
            | '县'
            | '镇'
            | '乡'
            | '省'
            | '州'
            | '旗'
            | '村'
            | '直'
            | '属'
            | '央'
            | '级'
            | '方'
            | '国'
            | '统'
            | '内'
            | '下'
            | '党'
            | '政'
            | '和'
            | '及'
            | '与'
            | '、'
            | '或'
    ) || is_department_name(before)
        // 中央驻京各单位, 驻县各单位: those stationed in a place.
        || before.contains('驻')
        || before.chars().count() > 8;
    match keeps {
        true => subject,
        false => subject.start + at..subject.end,
    }
}

/// Bodies given work in a later clause of the same sentence (市人力资源和
/// 社会保障、民政部门负责建立…,区人力资源和社会保障部门按规定落实…): each
/// clause after `from` that opens with a body's subject adds its bodies to
/// the sentence's task.
fn later_bodies(s: &str, from: usize, weak: bool, lead: &mut Vec<String>, coop: &mut Vec<String>) {
    // X负责会同Y…: Y works with X (市文化执法总队:负责会同公安、城管部门查处…).
    let with = s[from..]
        .trim_start_matches(':')
        .strip_prefix("负责")
        .and_then(|d| d.strip_prefix("会同"));
    if let Some(with) = with {
        for b in partners_of(with) {
            if !coop.contains(&b) && !lead.contains(&b) {
                coop.push(b);
            }
        }
    }
    // X牵头,Y负责落实: the clause right after a bare 牵头 names the bodies
    // that work under the lead, cooperating as in …牵头,…按职责分工负责.
    let led_at = s[from..]
        .strip_prefix("牵头")
        .filter(|rest| rest.starts_with(','))
        .map(|_| "牵头".len());
    for (i, _) in s[from..].match_indices(',') {
        let clause = &s[from + i + 1..];
        // …负责审批,(并)会同Y核拨资金: the same body, with partners.
        let joined = ["并且", "并", "同时"]
            .iter()
            .find_map(|w| clause.strip_prefix(w))
            .unwrap_or(clause);
        if let Some(with) = joined.strip_prefix("会同") {
            for b in partners_of(with) {
                if !coop.contains(&b) && !lead.contains(&b) {
                    coop.push(b);
                }
            }
            continue;
        }
        // A clause that opens with a verb (指导各区住房保障部门…) goes on
        // with the same body; so does one that hands the work up (提请市
        // 人民政府统筹协调解决, 报市政府审定): the body named is asked, not given work.
        if WORK_VERBS
            .iter()
            .chain(HAND_UP)
            .any(|v| clause.starts_with(v))
        {
            continue;
        }
        // …负责,省农业厅、环保局、福建出入境检验检疫局…配合: a list of any
        // length that only helps (the subject rules read names of at most
        // sixteen characters).
        if let Some(names) = helpers_list(clause) {
            for b in names {
                lead.retain(|l| *l != b);
                if !coop.contains(&b) {
                    coop.push(b);
                }
            }
            continue;
        }
        // …,(分别)由X和Y依法办理…: the bodies after 由 act.
        let clause = clause.strip_prefix("分别").unwrap_or(clause);
        let clause = match clause.strip_prefix("由") {
            Some(agent) if agent_you(clause, 0) => agent,
            _ => clause,
        };
        // A clause that ends in 的 (需其他部门配合的,…) is a condition, not
        // work given to a body.
        let own = clause
            .find([',', ';', '。'])
            .map_or(clause, |e| &clause[..e]);
        if own.ends_with('的') {
            continue;
        }
        // A later clause's body is named near its start: its first twenty
        // characters are read, and only when one can end a name.
        let head = &clause[..crate::text::floor_boundary(clause, 60)];
        if !may_name_a_body(head) {
            continue;
        }
        if let Some((r, more, partners)) = plain_subject(head, weak) {
            // …牵头,Y配合 / …负责,Y协助: bodies that only help cooperate.
            let helps = helps_only(&head[r.end..]) || led_at == Some(i);
            for b in more {
                if helps {
                    lead.retain(|l| *l != b);
                    if !coop.contains(&b) {
                        coop.push(b);
                    }
                } else if !lead.contains(&b) && !coop.contains(&b) {
                    lead.push(b);
                }
            }
            for b in partners {
                if !coop.contains(&b) && !lead.contains(&b) {
                    coop.push(b);
                }
            }
        }
    }
}

/// Whether a sentence reports work done, not work to do: a verb marked done
/// by 了 (召开了整改工作会议, 提出了…问题) and no modal that asks for more (a
/// report's 市审计局…召开了整改工作会议,督促…). Not 了解, 了结, 为了, 除了.
fn reports_done_work(s: &str) -> bool {
    static MODALS: LazyLock<Words> =
        LazyLock::new(|| Words::new(&["须", "务必", "将", "请", "力争"]));
    let done = s.match_indices('了').any(|(i, _)| {
        let before = s[..i].chars().next_back();
        let after = s[i + '了'.len_utf8()..].chars().next();
        before.is_some_and(crate::text::is_han)
            && !matches!(before, Some('为' | '除' | '罢' | '得' | '不' | '受' | '末'))
            && !matches!(after, Some('解' | '结' | '然' | '如'))
    });
    if !done {
        return false;
    }
    // 要 and 应 as modals, read as [`weak_subject`] reads them.
    let modal = |c: char, not: &[char]| {
        s.match_indices(c).any(|(i, _)| {
            s[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|n| !not.contains(&n))
        })
    };
    !(modal('要', &NOT_MODAL_YAO) || modal('应', &NOT_MODAL_YING) || MODALS.any_in(s))
}

/// Whether a sentence with no subject goes on with the work of the one
/// before: 并…, 同时,…, or a modal with its subject left out (…负责统一督导
/// 调度,要建立…;要加强舆论宣传…), not 要求 (a new request) nor 要素.
fn goes_on_with_the_same_work(s: &str) -> bool {
    starts_with_any(s, &["并", "同时,", "还要", "同时要", "必须", "须"])
        || (s.starts_with('要') && !starts_with_any(s, &["要求", "要素", "要点"]))
}

/// The bodies a clause names before it says they help (省农业厅、环保局…
/// 配合, Y协助, Y参与, Y协办): institutions only, within 80 characters.
fn helpers_list(clause: &str) -> Option<Vec<String>> {
    const HELP: &[&str] = &["配合", "协助", "参与", "协办"];
    // Only a clause holding one of the words (on its first 240 bytes, with
    // searchers built once) is split.
    static ANY: LazyLock<Words> = LazyLock::new(|| Words::new(HELP));
    let head = &clause[..crate::text::floor_boundary(clause, 240)];
    if !ANY.any_in(head) {
        return None;
    }
    let end = run_ends(clause, 80, |c| c != '(' && c != ')' && stops_subject(c))
        .find(|&e| starts_with_any(&clause[e..], HELP))?;
    // 需其他部门配合的: a condition on the work, not bodies that help.
    if clause[end + "配合".len()..].starts_with('的') {
        return None;
    }
    let names = split_departments(&clause[..end]);
    (!names.is_empty() && names.iter().all(|n| is_institution_name(n))).then_some(names)
}

/// Whether a sentence asks its addressees to hand something in (请…于6月30日
/// 前将落实情况报送…, 具体落实及进展情况请于…上报…): with a date it is a task
/// even where sentences that set only a date are not (a cover letter).
fn asks_for_a_report(s: &str) -> bool {
    static SUBMIT: LazyLock<Words> = LazyLock::new(|| {
        Words::new(&[
            "报送", "上报", "报市", "报县", "报区", "报省", "报州", "报旗", "提交", "反馈",
        ])
    });
    s.contains('请') && SUBMIT.any_in(s)
}

/// Whether what follows a subject says its bodies only help (配合, 协助,
/// 参与, after an adverb such as 积极): they cooperate, they do not lead.
fn helps_only(after: &str) -> bool {
    let after = ["应当", "要", "应", "须"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let after = ["积极", "全力", "通力", "密切", "共同", "主动", "做好"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    starts_with_any(after, &["配合", "协助", "参与"])
}

/// [`running_subject`], also after leading adverbial clauses (按照…的原则,
/// 在区政府的统一领导下, 区民防办、应急管理局牵头,…): the subject of a
/// sentence often follows them.
fn subject_after_adverbials(
    s: &str,
    weak: bool,
) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    // Every subject must hold a character that can end a name, and those
    // are all Han characters (lead bytes E4–E9; `name_endings_are_han`
    // checks): a sentence with none, such as a table cell of figures
    // (0.55, 2021), is turned away before the word searches' set-up.
    if !s.bytes().any(|b| (0xE4..=0xE9).contains(&b)) {
        return None;
    }
    if let Some(found) = running_subject(s, weak) {
        return Some(found);
    }
    // A step's marker before the subject (第一步:各乡镇…, 一是各乡镇要…,
    // 第二阶段:县办要…).
    if let Some(at) = step_marker_len(s) {
        if let Some((r, lead, coop)) = running_subject(&s[at..], weak) {
            return Some((at + r.start..at + r.end, lead, coop));
        }
    }
    subject_in_clauses(s, weak)
        .or_else(|| agent_of_object(s))
        .or_else(|| weak.then(|| request_in_clause(s)).flatten())
}

/// The length of a step's marker opening `s`: 第一步: / 第二阶段: (the
/// colon or a comma closing it), or 一是 / 二是 … 十是.
fn step_marker_len(s: &str) -> Option<usize> {
    if let Some(rest) = s.strip_prefix('第') {
        let n = rest
            .char_indices()
            .take(3)
            .find(|&(_, c)| !crate::numerals::is_numeral_char(c))?
            .0;
        let after = &rest[n..];
        let unit = ["步", "阶段"].iter().find_map(|u| after.strip_prefix(u))?;
        let closed = unit.strip_prefix([':', ',']).unwrap_or(unit);
        return (n > 0).then(|| s.len() - closed.len());
    }
    let mut cs = s.char_indices();
    let (_, c) = cs.next()?;
    let (i, shi) = cs.next()?;
    (crate::numerals::is_numeral_char(c) && shi == '是').then(|| i + '是'.len_utf8())
}

/// A request in a later clause (市政务公开办将于6月下旬…,请各单位高度重视,
/// …务必在6月1日前…完成整改): the bodies after the first ,请.
fn request_in_clause(s: &str) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    static COMMA_PLEASE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(",请".as_bytes()));
    let at = COMMA_PLEASE.find(s.as_bytes())? + 1;
    // Only a request that says by when or how firmly (务必, 要, 须):
    // 执行中遇到问题,请径向市民政局反映 asks nothing of a body.
    let rest = &s[at..];
    let firm = ["务必", "要", "须", "必须", "前"]
        .iter()
        .any(|w| rest.contains(w));
    if !firm {
        return None;
    }
    let (r, lead, coop) = requested(rest)?;
    Some((at + r.start..at + r.end, lead, coop))
}

/// An item's heading glued to its first sentence, the paragraph break
/// between them lost (五、有关要求各地区各有关部门要充分认识…): the longest
/// tail of the modal form's subject that names bodies only, after a heading
/// of two characters or more. The tail must open as a list of bodies
/// opens, with 各 or a level of government (各地区, 市民政局, 区政府, 国务院…):
/// any tail of a long name ends like one (务评估机构). One after 的 or a
/// conjunction is part of a longer name, not a heading's end
/// (…养老服务指导单位委托的服务评估机构应…).
fn glued_heading_subject(s: &str, weak: bool) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    let head = &s[..crate::text::floor_boundary(s, 360)];
    let Some(subject) = weak.then(|| weak_subject(head)).flatten() else {
        // A request glued to its heading (四、整改要求请各区民政局…): the
        // first 请 within 40 characters.
        let near = &head[..crate::text::floor_boundary(head, 120)];
        let at = near.find('请').filter(|&p| p >= 6)?;
        let (r, lead, coop) = weak.then(|| requested(&head[at..])).flatten()?;
        return Some((at + r.start..at + r.end, lead, coop));
    };
    let name = &head[subject.clone()];
    name.char_indices().skip(2).find_map(|(p, _)| {
        let prev = name[..p].chars().next_back()?;
        if ['的', '和', '及', '与', '或', '、', '等'].contains(&prev)
            || !name[p..].starts_with(['各', '市', '区', '县', '省', '国'])
        {
            return None;
        }
        bodies_of(head, subject.start + p..subject.end, None)
    })
}

/// A body named by 由 within the first 40 characters, after what it is to
/// act on (设施应当由区、镇人民政府和街道办事处负责建设, 优惠租金标准由市住房城乡
/// 建设部门制定发布, 资金原则上由区政府统筹安排): the explicit forms, or a
/// work verb, after it. Only the first 由 is read; not 由于 (because), 理由,
/// 自由, 经由, 缘由, 事由, 由此.
fn agent_of_object(s: &str) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    let near = &s.as_bytes()[..crate::text::floor_boundary(s, 120)];
    let at = you_at(near).next()?;
    if at == 0 || !agent_you(s, at) {
        return None;
    }
    // A sentence opening with its verb holds 由 in its object (制定可由项目
    // 单位编制申请材料的事项清单: what the list is of, not who acts).
    if WORK_VERBS.iter().any(|v| s.starts_with(v)) {
        return None;
    }
    // What follows 由 is read as a sentence of its own: X负责, X会同Y…,
    // X牵头, or X and a work verb.
    let agent = at + "由".len();
    plain_subject(&s[agent..], false)
        .map(|(r, lead, coop)| (agent + r.start..agent + r.end, lead, coop))
}

/// Whether `text` holds a 由 that names who acts (…由区教育局): not the
/// first character (由X负责 is read as such), nor in 自由, 理由, 经由, 缘由,
/// 事由, 由于, 由此.
fn names_an_agent(text: &str) -> bool {
    you_at(text.as_bytes()).any(|i| i > 0 && agent_you(text, i))
}

/// Byte offsets of 由 (E7 94 B1) in `b`: its last byte is rare in Han text,
/// so a memchr for it passes over most of a sentence at once.
fn you_at(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(0xB1, b)
        .filter(move |&i| i >= 2 && b[i - 2..i] == [0xE7, 0x94])
        .map(|i| i - 2)
}

/// Whether the 由 at byte `at` of `s` names who acts: not in 自由, 理由,
/// 经由, 缘由, 事由, 由来, 因由, 由于, 由此, 由衷.
fn agent_you(s: &str, at: usize) -> bool {
    !s[..at].ends_with(['理', '自', '经', '缘', '事', '来', '因'])
        && !s[at + "由".len()..].starts_with(['于', '此', '衷'])
}

/// [`subject_after_adverbials`] past its first clause: the subject after
/// up to three leading clauses.
fn subject_in_clauses(s: &str, weak: bool) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    let mut at = 0;
    for _ in 0..3 {
        let clause = &s[at..];
        let mut adverbial = [
            // 对 covers 对照 and 对…的,由X负责 (the rule's usual opening).
            "按照",
            "根据",
            "依据",
            "在",
            "为",
            "经",
            "围绕",
            "结合",
            "对",
            // A closing request's openers (下一步,各乡镇要…; 同时,各部门要…).
            "下一步",
            "同时",
            "此外",
            "今后",
            "另外",
        ]
        .iter()
        .any(|w| clause.starts_with(w));
        // Any clause of up to 40 characters may lead to 由X负责 / 由X会同Y…
        // (评估不合格的设施,由市、区民政部门负责督促整改): 由 opening a clause
        // names who acts. (The bound keeps the comma search short in the
        // many sentences that have none.)
        let (comma, time) = if adverbial {
            (clause.find(',')?, false)
        } else {
            let near = &clause.as_bytes()[..clause.len().min(121)];
            let comma = memchr::memchr(b',', near)?;
            // The subject cut from its modal by a comma (建设、水利等主管部门,
            // 要认真清理…; 各牵头单位从2022年第二季度起,要…): the whole first
            // clause names the bodies, a starting time after them aside.
            // (A true modal, not 于/在 a date; and a clause that ends as a
            // body's name does, before it is split into names.)
            let after = &clause[comma + 1..];
            if weak && at == 0 && !after.starts_with(['于', '在']) && modal_at(after) {
                let subject = 0..before_start_time(&clause[..comma]);
                let name = &clause[subject.clone()];
                if ends_with_org(name) || is_bare_place(name) {
                    if let Some(found) = bodies_of(clause, subject, None) {
                        return Some(found);
                    }
                }
            }
            // A deadline opening the sentence (2015年底前,地方各级人民政府要…).
            let time = at == 0 && is_time_clause(&clause[..comma]);
            // A condition (目标任务涉及多个责任部门的,牵头部门要…) opens as an
            // adverbial does.
            adverbial = weak && clause[..comma].ends_with('的');
            if !time && !adverbial && !clause[comma + 1..].starts_with('由') {
                return None;
            }
            (comma, time)
        };
        at += comma + 1;
        // After a deadline the subject is read in every form the sentence
        // could use without it (its modal form where those count).
        if time {
            let rest = &s[at..];
            if let Some((r, lead, coop)) = running_subject(rest, weak) {
                return Some((at + r.start..at + r.end, lead, coop));
            }
            continue;
        }
        // Only the explicit forms (负责, 牵头, 会同, X:负责) after an adverbial:
        // narrative sentences (为…,国务院部署开展了…) open the same way. They
        // are looked for first (most clauses have none of their words), and
        // the subject is read only where one is there.
        let rest = &s[at..];
        let keys = KeyWords::of(rest);
        let explicit = (keys.strong && running_assignment(rest).is_some())
            || (keys.duty && duty_subject(rest).is_some());
        if let Some((r, lead, coop)) = explicit.then(|| running_subject(rest, false)).flatten() {
            return Some((at + r.start..at + r.end, lead, coop));
        }
        // Where modal sentences count, a modal after a purpose or a basis
        // (为做好工作,市民政局要…; 根据上级要求,市民政局要…) is a request: a
        // narrative (为…,国务院部署开展了…; 为…,我部于2004年4月13日…组织…) has
        // no modal: 于 / 在 a date and 将 do not count here.
        if weak && adverbial {
            let asks = |r: &Range<usize>| {
                starts_with_any(&rest[r.end..], &["要", "应", "须", "必须", "务必", "需"])
            };
            let found = weak_subject(rest)
                .filter(asks)
                .and_then(|subject| bodies_of(rest, subject, None))
                // Brackets in the names (下一步,各园区、各乡镇(街道)要…).
                .or_else(|| bracketed_subject(rest, weak).filter(|(r, _, _)| asks(r)));
            if let Some((r, lead, coop)) = found {
                return Some((at + r.start..at + r.end, lead, coop));
            }
        }
    }
    None
}

/// The length of `clause` before a starting time that closes it (各牵头单位
/// 从2022年第二季度起, 各单位自即日起, 各单位接到通知后): the bodies' names
/// before 从 / 自 …起 or 接到 / 收到 …后.
fn before_start_time(clause: &str) -> usize {
    // (Also a time after the notice: 各单位接到通知后, 各地收到本通知后.)
    let from = match clause.strip_suffix('起') {
        Some(c) => c.rfind(['从', '自']),
        None => clause
            .strip_suffix('后')
            .and_then(|c| c.rfind("接到").or_else(|| c.rfind("收到"))),
    };
    from.filter(|&at| at >= 2 * '从'.len_utf8())
        .unwrap_or(clause.len())
}

/// The body a dated sentence (a task by its deadline) gives its work to:
/// the subject of its first clause that has one, in the modal form too,
/// since the date makes the request (服务评估工作应当在每年3月底前完成,区民政部门
/// 应当在每年3月底前将…抄报…; 项目管理专业机构不再承担…,请科技部…等部门在2019年
/// 2月底前完成). At most its first four clauses are read; the first only when
/// the modal form was not tried on it already (`tried_modal`).
fn dated_subject(s: &str, tried_modal: bool) -> Option<(Range<usize>, Vec<String>, Vec<String>)> {
    let mut at = 0;
    if tried_modal {
        at = memchr::memchr(b',', s.as_bytes())? + 1;
    }
    for _ in 0..4 {
        if let Some((r, lead, coop)) = running_subject(&s[at..], true) {
            return Some((at + r.start..at + r.end, lead, coop));
        }
        at += memchr::memchr(b',', &s.as_bytes()[at..])? + 1;
    }
    None
}

/// Whether `clause` is a deadline opening a sentence (2015年底前, 每年3月底前,
/// 6月30日前, 年底前): short, ending in 前, with a figure or 年 / 月 / 季 in it.
fn is_time_clause(clause: &str) -> bool {
    clause.len() <= 60
        && clause.ends_with('前')
        && (clause.bytes().any(|b| b.is_ascii_digit()) || clause.contains(['年', '月', '季']))
}

/// Verbs that give the body before them work (区城管执法局依法对…实施处罚,
/// 区住房保障房屋管理局指导、协调…). Modals (要, 应) are not here: they count
/// only in documents with no explicit assignment (see [`weak_subject`]).
const WORK_VERBS: &[&str] = &[
    "依法",
    "依规",
    "指导",
    "协调",
    "统筹",
    "督促",
    "组织",
    "承担",
    "履行",
    "具体承办",
    "承办",
    "主管",
    "牵头",
    "会同",
    "配合",
    "协助",
    "参与",
    "做好",
    "抓好",
    "开展",
    "推进",
    "落实",
    "制定",
    "编制",
    "实施",
    "明确",
    "完成",
    "总结",
    "整理",
    "汇总",
    "检查",
    "督查",
    "排查",
    "清理",
    "报送",
    "建立",
];

/// Verbs that hand work up to a body (提请市人民政府…, 报市政府审定): the
/// body after one is asked, not given work.
const HAND_UP: &[&str] = &["提请", "报请", "商请", "呈请", "提交", "报"];

/// Adverbials that may open right after a body's name, before its work
/// (区民政部门根据服务评估结果给予…, 服务机构按照服务方案为资助对象提供服务,
/// 各相关行政管理部门结合本行业特点,制定…): the name before one is a subject
/// as before a work verb.
const ADVERBIAL_OPENERS: &[&str] = &["按", "根据", "依据", "结合", "围绕"];

/// Words that make the text before a verb a clause, not a name:
/// 优惠租金标准由…, 探索引入…机构对…, 市民政部门每年委托….
const CLAUSE_WORDS: &[&str] = &[
    "由", "对", "每", "将", "把", "向", "通过", "探索", "引入", "委托", "按照", "根据", "经",
];

/// Characters that end a name: a verb after one of them has a clause, not a
/// name, before it.
const NAME_STOPS: [char; 8] = [',', ';', ':', '。', '(', ')', '“', '《'];

/// How many characters a name before a work verb may have.
const MAX_NAME_CHARS: usize = 16;

/// A sentence opening with a body's name followed straight by a work verb:
/// the name's range and the bodies it names.
///
/// One walk over the first [`MAX_NAME_CHARS`] characters: a name stop or a
/// clause word (see [`CLAUSE_WORDS`]) before a verb rules out that verb and
/// every later one, so the walk ends there. The test
/// `subject_verb_matches_its_reference` holds this to the plain reading.
#[cfg(test)]
fn subject_verb(s: &str) -> Option<(Range<usize>, Vec<String>)> {
    subject_verb_scan(s).0
}

/// Where [`subject_verb`]'s walk saw the first 对 and the first 将 (clause
/// words to it), before it ended: the rules for a body acting on an object
/// ([`object_then_verb`]) and for a body's 将 ([`will_subject`]) start there
/// without a search of their own.
#[derive(Debug, Default, Clone, Copy)]
struct ClauseMarks {
    dui: Option<usize>,
    jiang: Option<usize>,
    /// The first clause word of any kind.
    first: Option<usize>,
}

impl ClauseMarks {
    /// `at` when the first clause word stands there (no other before it:
    /// 探索引入…机构对… is a clause, not a name).
    fn first_at(&self, at: Option<usize>) -> Option<usize> {
        at.filter(|&p| self.first == Some(p))
    }
}

/// A subject's range and the bodies it names.
type NamedSubject = (Range<usize>, Vec<String>);

/// [`subject_verb`], and the [`ClauseMarks`] its walk saw.
fn subject_verb_scan(s: &str) -> (Option<NamedSubject>, ClauseMarks) {
    let mut marks = ClauseMarks::default();
    // The end of the first clause word seen so far (a name must end before it).
    let mut clause_end = usize::MAX;
    // Most characters are none of the ones looked for below: one filter
    // test passes them over.
    static NOTABLE: LazyLock<CharFilter> = LazyLock::new(|| {
        CharFilter::of(
            NAME_STOPS.iter().copied().chain(
                WORK_VERBS
                    .iter()
                    .chain(ADVERBIAL_OPENERS)
                    .chain(CLAUSE_WORDS)
                    .filter_map(|w| w.chars().next()),
            ),
        )
    });
    // What may follow a name: the work verbs and adverbial openers, looked
    // up by first character.
    static FOLLOWERS: LazyLock<WordsByFirst> =
        LazyLock::new(|| WordsByFirst::new(&[WORK_VERBS, ADVERBIAL_OPENERS].concat()));
    for (n, (p, c)) in s.char_indices().enumerate() {
        if n > MAX_NAME_CHARS {
            return (None, marks);
        }
        if !NOTABLE.may_hold(c) {
            continue;
        }
        if NAME_STOPS.contains(&c) {
            return (None, marks);
        }
        if n >= 2
            && FOLLOWERS.starting(&s[p..], c).is_some_and(|w| {
                // 县政府组织的会议: what the body did, not its work.
                let after = &s[p + w.len()..];
                !names_an_office(after) && !after.starts_with('的')
            })
        {
            if clause_end <= p {
                return (None, marks);
            }
            if let Some(found) = name_before_verb(&s[..p]) {
                return (Some(found), marks);
            }
        }
        if matches!(
            c,
            '由' | '对'
                | '每'
                | '将'
                | '把'
                | '向'
                | '通'
                | '探'
                | '引'
                | '委'
                | '按'
                | '根'
                | '经'
        ) {
            if let Some(w) = CLAUSE_WORDS.iter().find(|w| s[p..].starts_with(*w)) {
                clause_end = clause_end.min(p + w.len());
                marks.first = marks.first.or(Some(p));
                match c {
                    '对' => marks.dui = marks.dui.or(Some(p)),
                    '将' => marks.jiang = marks.jiang.or(Some(p)),
                    _ => {}
                }
            }
        }
    }
    (None, marks)
}

/// Whether what follows a verb makes it part of an office's name, not a
/// verb: 市委组织部, 县农技指导站, 市协调办 (not 协调办理), 指导中心, 协调小组.
fn names_an_office(after: &str) -> bool {
    let mut cs = after.chars();
    let (first, next) = (cs.next(), cs.next());
    match first {
        // Not 部署, 部分, 处理, 处置, 科学, 办理…: the verb's object.
        Some('部') => !matches!(next, Some('署' | '分')),
        Some('处') => !matches!(next, Some('理' | '置' | '罚')),
        Some('科') => !matches!(next, Some('学' | '技')),
        Some('办') => !matches!(next, Some('理' | '好')),
        Some('站' | '室' | '局') => true,
        _ => after.starts_with("中心") || after.starts_with("小组"),
    }
}

/// A body's name, then 对 and what it acts on, then a work verb in the same
/// clause (区民政局对辖区内养老机构进行深入检查, 各行署、市、县政府对辖区内重点污染问题…
/// 进行深入检查): the name's range and the bodies. Not where the verb tells
/// what was done (市政府对…进行了部署) or no work verb follows (市政府对此高度
/// 重视).
///
/// `at`: where the 对 is, as [`subject_verb_scan`] saw it: no name stop and
/// no other clause word before it.
fn object_then_verb(s: &str, at: usize) -> Option<(Range<usize>, Vec<String>)> {
    // (负责 too: 各产权单位对所属的窨井设施负责维修养护.)
    const VERBS: &[&str] = &["进行", "开展", "实施", "组织", "负责"];
    let after = &s[at + '对'.len_utf8()..];
    let name = &s[..at];
    if starts_with_any(after, &["照", "接", "标", "口", "外"]) {
        return None;
    }
    let clause = &after[..crate::text::floor_boundary(after, 3 * 60)];
    let clause =
        &clause[..memchr::memchr3(b',', b';', b':', clause.as_bytes()).unwrap_or(clause.len())];
    let clause = &clause[..find_full_stop(clause).unwrap_or(clause.len())];
    // (Not 负责 closing the clause: 法制审核机构对…意见负责, accountable for.)
    let works = VERBS.iter().any(|v| {
        clause.match_indices(v).any(|(i, _)| {
            let rest = &clause[i + v.len()..];
            !rest.starts_with('了') && (*v != "负责" || !rest.is_empty())
        })
    });
    if !works {
        return None;
    }
    name_before_verb(name)
}

/// A body's name, then 将 (will: 领导小组将组织督查…, 区政府将增加投入…): the
/// name's range and the bodies. Not 将来, 将近, 将军, 将士, 将领, nor 将于 /
/// 将在 a date, which announce what is scheduled (市政务公开办将于6月下旬…开展
/// 测评, in a notice to others).
///
/// `at`: where the 将 is, as [`subject_verb_scan`] saw it: no name stop and
/// no other clause word before it.
fn will_subject(s: &str, at: usize) -> Option<(Range<usize>, Vec<String>)> {
    let after = &s[at + '将'.len_utf8()..];
    if starts_with_any(after, &["来", "近", "军", "士", "领", "于", "在"]) {
        return None;
    }
    let (r, lead, _) = bodies_of(s, 0..at, None)?;
    Some((r, lead))
}

/// Adverbs that may stand between a body's name and its work verb
/// (陕西省延安市持续推进…, 各区积极做好…, 市民政局进一步落实…).
const VERB_ADVERBS: &[&str] = &[
    "持续",
    "积极",
    "全面",
    "加快",
    "深入",
    "认真",
    "切实",
    "进一步",
    "主动",
    "及时",
    "统一",
    "大力",
    "不断",
    "继续",
    "着力",
    "共同",
    "按规定",
    "严格",
];

/// The bodies `name` names (the text before a work verb), with or without
/// an adverb after them: the name's range and the bodies.
fn name_before_verb(name: &str) -> Option<(Range<usize>, Vec<String>)> {
    // 三要与环卫部门建立…: a point's marker and its modal (三要, 一是), not a
    // name.
    let mut cs = name.chars();
    if cs.next().is_some_and(crate::numerals::is_numeral_char)
        && matches!(cs.next(), Some('要' | '是'))
    {
        return None;
    }
    // 建议湖北省人民政府按照专家组意见,做好…: a request, to the body after it.
    if let Some(asked) = name.strip_prefix("建议") {
        let skip = name.len() - asked.len();
        return name_before_verb(asked).map(|(r, lead)| (skip + r.start..skip + r.end, lead));
    }
    let bodies = |name: &str| {
        // Every name of the list must be an institution's, the last one
        // too, and it ends the text: looked at first, as most texts before
        // a verb or an adverbial are no names (工作按照…, 补贴根据…).
        if !ends_with_org(name.trim_end_matches([' ', '等'])) || !may_name_a_body(name) {
            return None;
        }
        let lead = split_departments(name);
        (!lead.is_empty() && lead.iter().all(|d| is_institution_name(d))).then_some(lead)
    };
    if let Some(lead) = bodies(name) {
        return Some((0..name.len(), lead));
    }
    let bare = VERB_ADVERBS
        .iter()
        .find_map(|a| name.strip_suffix(a))
        .filter(|bare| bare.chars().nth(1).is_some())?;
    Some((0..bare.len(), bodies(bare)?))
}

/// A bracket in the middle of a sentence (…负责(技工院校内由人社部门负责),…)
/// is an aside, not an assignment closing a task: an assignment follows a
/// sentence end, or is followed by one or by the end of its paragraph.
fn is_aside(t: &str, block: &Range<usize>, g: &Range<usize>) -> bool {
    let before = t[block.start..g.start].trim_end().chars().next_back();
    let after = t[g.end..block.end].trim_start().chars().next();
    let ends = |c: char| ['。', ';', '!', '?'].contains(&c);
    match (before, after) {
        (None, _) | (_, None) => false,
        (Some(b), Some(a)) => !ends(b) && !ends(a) && !a.is_ascii_digit() && a != '(',
    }
}

/// The governing deadline among those found in a task's text: the last dated
/// one (by_date, range) when there is one, else the last. Milestones are the
/// dated ones, when there are several.
fn govern<D: Borrow<Deadline>>(found: &[D]) -> (Option<Deadline>, Vec<Deadline>) {
    let dated = found
        .iter()
        .map(Borrow::borrow)
        .filter(|d| matches!(d.kind, DeadlineKind::ByDate | DeadlineKind::Range));
    let milestones = if dated.clone().nth(1).is_some() {
        dated.clone().cloned().collect()
    } else {
        Vec::new()
    };
    let deadline = dated
        .last()
        .or_else(|| found.last().map(Borrow::borrow))
        .cloned();
    (deadline, milestones)
}

/// A short block ending with a colon (具体措施:, 主要任务:) resets the text.
fn is_label_block(s: &str) -> bool {
    s.ends_with(':') && s.len() <= 48 && s.chars().count() <= 12
}

fn skip_spaces(t: &str, mut pos: usize, end: usize) -> usize {
    while pos < end && t.as_bytes()[pos] == b' ' {
        pos += 1;
    }
    pos
}

/// Shift a deadline found in a slice to absolute folded offsets.
fn shift(mut d: Deadline, by: usize) -> Deadline {
    d.span = Span::new(d.span.start + by, d.span.end + by);
    d
}

/// Whether a block holds a bracketed assignment or is an assignment label
/// line: a cheap guess, before walking, of whether the document assigns work
/// explicitly.
pub(crate) fn has_assignment(t: &str, block: &Block, reads: &mut BracketReads) -> bool {
    let s = &t[block.range.clone()];
    if is_assignment_label(s) {
        return true;
    }
    paren_groups(t, block.range.clone()).any(|g| {
        if is_aside(t, &block.range, &g) {
            return false;
        }
        let a = read_assignment(&t[g.start + 1..g.end - 1], false);
        let found = a.is_some();
        reads.0.push((g.start, Some(a)));
        found
    })
}

/// Top-level balanced `(…)` groups within `r`, as ranges including the
/// parentheses. Unclosed groups are ignored.
pub(crate) fn paren_groups(t: &str, r: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut depth = 0usize;
    let mut open = 0;
    // Parentheses are ASCII after folding: jump between them with memchr.
    memchr::memchr2_iter(b'(', b')', &t.as_bytes()[r.clone()]).filter_map(move |i| {
        let at = r.start + i;
        if t.as_bytes()[at] == b'(' {
            if depth == 0 {
                open = at;
            }
            depth += 1;
        } else if depth > 0 {
            depth -= 1;
            if depth == 0 {
                return Some(open..at + 1);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_subject_matches_its_regex() {
        let re = Regex::new(r"^(?:请)?([^,;:。()“”《》]{2,40}?)(?:要(?:[^求点素闻害件]|$)|应当|应[^急用届对]|须|必须|务必|[于在](?:[0-9一二三四五六七八九十]| [0-9]|年底|年末|今年|明年|本年|本月|上半年|下半年|第[一二三四1-4]季))").unwrap();
        let mut samples: Vec<String> = [
            "各地区要加强领导",
            "请各区民政局于5月底前报送",
            "请各区要",
            "请要求各区要",
            "市民政局要求各区",
            "幼儿园要求的资料",
            "各区要点",
            "各县区政府应急管理局要做好",
            "各单位应当",
            "各单位应用",
            "各单位应",
            "市住建委必须",
            "市住建委必需",
            "各地务必",
            "区政府在三月",
            "区政府在此",
            "市教育局于年底前",
            "市教育局在本月",
            "市教育局于 2024年",
            "市教育局于 年底",
            "市教育局在第三季度",
            "市教育局在第一时间",
            "市教育局在年度",
            "要",
            "各地,要",
            "甲乙",
            "甲乙要",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        samples.push(format!("{}要", "甲".repeat(40)));
        samples.push(format!("{}要", "甲".repeat(41)));
        samples.push(format!("请{}要", "甲".repeat(40)));
        samples.push(format!("请{}要", "甲".repeat(41)));
        samples.extend(corpus_sentences());
        let reference = |s: &str| re.captures(s).map(|c| c.get(1).unwrap().range());
        let found = agree(&samples, weak_subject, reference);
        assert!(found >= 20, "the corpus should exercise the rule: {found}");
    }

    /// Asserts that `fast` reads every sample as `reference` does; returns
    /// how many samples the reference accepts (a test shows its rule is
    /// exercised by asking for some).
    fn agree<T: PartialEq + std::fmt::Debug>(
        samples: &[String],
        fast: impl Fn(&str) -> Option<T>,
        reference: impl Fn(&str) -> Option<T>,
    ) -> usize {
        let mut accepted = 0;
        for s in samples {
            let want = reference(s);
            accepted += usize::from(want.is_some());
            assert_eq!(fast(s), want, "{s}");
        }
        accepted
    }

    /// What [`subject_verb`] replaced, read plainly: try each verb in the
    /// first 30 characters, in order.
    fn subject_verb_reference(s: &str) -> Option<(Range<usize>, Vec<String>)> {
        for (n, (p, _)) in s.char_indices().enumerate().skip(2) {
            if n > 30 {
                break;
            }
            let rest = &s[p..];
            if !WORK_VERBS
                .iter()
                .chain(ADVERBIAL_OPENERS)
                .any(|v| rest.starts_with(v) && !rest[v.len()..].starts_with('的'))
            {
                continue;
            }
            let name = &s[..p];
            if name.contains(NAME_STOPS) {
                return None;
            }
            if n > MAX_NAME_CHARS || CLAUSE_WORDS.iter().any(|w| name.contains(w)) {
                continue;
            }
            if let Some(found) = name_before_verb(name) {
                return Some(found);
            }
        }
        None
    }

    #[test]
    fn key_words_agree_with_word_search() {
        let search = |s: &str| KeyWords {
            strong: ["负责", "会同", "牵头"].iter().any(|w| s.contains(w)),
            duty: [":", "责任主体"].iter().any(|w| s.contains(w)),
            with: s.contains("会同"),
        };
        let mut samples: Vec<String> = [
            "",
            ":",
            "负",
            "负责",
            "财政局负责;",
            "贡献会同",
            "责任主体为区政府",
            "责任",
            "牵头单位:市民政局",
            "牵",
            "各区会议",
            "负担负责",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // At every offset and length around the vector scan's chunks.
        for n in 0..40 {
            samples.push(format!("{}负责", "甲".repeat(n)));
            samples.push(format!("{}责任主体{}", "a".repeat(n), "乙".repeat(n)));
            samples.push(format!("{}会同:", "b".repeat(n)));
        }
        samples.extend(corpus_sentences());
        let mut held = 0;
        for s in &samples {
            assert_eq!(KeyWords::of(s), search(s), "{s}");
            held += usize::from(search(s) != KeyWords::default());
        }
        assert!(held > 500, "the corpus should hold key words: {held}");
    }

    /// Sentences of the corpus, trimmed, and the same from each comma on
    /// (where the rules read again after an adverbial clause).
    fn corpus_sentences() -> Vec<String> {
        let mut out = Vec::new();
        for t in crate::test_support::folded_corpus(false) {
            let marks = Marks::of(&t);
            for r in sentences(&t, 0..t.len(), &marks) {
                let s = t[r].trim();
                out.push(s.to_string());
                for (i, _) in s.match_indices(',') {
                    out.push(s[i + 1..].to_string());
                }
            }
        }
        out
    }

    /// A later clause of the same sentence that gives work to another body
    /// adds it to the sentence's task (notices 37, 41, 42); a clause that
    /// opens with a verb goes on with the same body.
    #[test]
    fn bodies_of_later_clauses() {
        let read = |s: &str, weak: bool| {
            let (subject, mut lead, mut coop) = subject_after_adverbials(s, weak)?;
            later_bodies(s, subject.end, weak, &mut lead, &mut coop);
            Some((lead, coop))
        };
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            read("市人力资源和社会保障、民政部门负责建立职业技能评价体系,完善技能培训制度,区人力资源和社会保障部门按规定落实技能培训补贴政策等工作。", false),
            Some((
                strings(&["市人力资源和社会保障部门", "市民政部门", "区人力资源和社会保障部门"]),
                vec![]
            ))
        );
        assert_eq!(
            read("各级政府要积极支持职业培训,行政部门要简政放权并履行好监管职责,相关下属机构要优化服务。", true),
            Some((strings(&["各级政府", "行政部门", "相关下属机构"]), vec![]))
        );
        // The same body again is not listed twice; partners of a later
        // 会同 are cooperating.
        assert_eq!(
            read("市民政局负责制定标准,市民政局会同市财政局落实资金。", false),
            Some((strings(&["市民政局"]), strings(&["市财政局"])))
        );
        // A later clause's agent after (分别)由 (notice 21).
        assert_eq!(
            read("机构编制部门按程序做好机构编制工作,根据办园性质,分别由机构编制部门和民政部门依法办理登记。", false),
            Some((strings(&["机构编制部门", "民政部门"]), vec![]))
        );
        // Verb-led clauses, and clauses naming no body, add nothing.
        assert_eq!(
            read(
                "市住房保障部门负责审核,指导各区住房保障部门做好受理工作,确保按时完成。",
                false
            ),
            Some((strings(&["市住房保障部门"]), vec![]))
        );
        // Modal subjects of later clauses count only where modal sentences do.
        assert_eq!(
            read("市民政局负责制定标准,各区民政局要抓好落实。", false),
            Some((strings(&["市民政局"]), vec![]))
        );
        assert_eq!(
            read("市民政局负责制定标准,各区民政局要抓好落实。", true),
            Some((strings(&["市民政局", "各区民政局"]), vec![]))
        );
        // Bodies that only help (配合, 协助, 参与) cooperate, whether named by
        // the assignment (X牵头,Y配合) or by a later clause (X负责…,Y积极配合).
        assert_eq!(
            read("市应急局牵头,市消防救援支队配合,年底前完成整改。", true),
            Some((strings(&["市应急局"]), strings(&["市消防救援支队"])))
        );
        assert_eq!(
            read(
                "市应急局牵头、市公安局、市消防救援支队配合,年底前完成整改。",
                true
            ),
            Some((
                strings(&["市应急局"]),
                strings(&["市公安局", "市消防救援支队"])
            ))
        );
        // A later clause's 会同 names partners of the same body (菏泽, 2009).
        assert_eq!(
            read("县民政局负责低保审批,并会同县财政局核拨资金。", true),
            Some((strings(&["县民政局"]), strings(&["县财政局"])))
        );
        assert_eq!(
            read("发展改革部门是项目建设管理的综合部门,主要负责项目的申报,会同有关行业主管部门对项目开工及建设进度进行调度。", true),
            Some((strings(&["发展改革部门"]), strings(&["有关行业主管部门"])))
        );
        assert_eq!(
            read("市住建局负责组织排查,各区政府积极配合。", true),
            Some((strings(&["市住建局"]), strings(&["各区政府"])))
        );
        // X牵头,Y负责落实: the bodies right after a bare 牵头 work under the
        // lead, as (国务院办公厅牵头,各地区、各部门负责) reads; not those of a
        // clause after the lead's own work.
        assert_eq!(
            read("县应急局牵头,县财政局、县公安局负责落实。", true),
            Some((strings(&["县应急局"]), strings(&["县财政局", "县公安局"])))
        );
        assert_eq!(
            read("县应急局牵头制定方案,县财政局负责落实资金。", true),
            Some((strings(&["县应急局", "县财政局"]), vec![]))
        );
    }

    /// Forms met in notices outside the corpus (菏泽 2009, 厦门 2006): an
    /// adverb before 负责, the agent after 由 before any work verb, 编制 as a
    /// work verb, and a modal that names no body (要 of 需要) leaving the
    /// sentence to the verb forms.
    #[test]
    fn agents_and_duty_adverbs() {
        let read = |s: &str| running_subject(s, true).map(|(r, lead, _)| (s[r].to_string(), lead));
        let one = |name: &str| Some((name.to_string(), vec![name.to_string()]));
        assert_eq!(read("县民政局主要负责低保审批工作。"), one("县民政局"));
        assert_eq!(
            read("县民政局、县财政局分别负责资金审核和拨付。"),
            Some((
                "县民政局、县财政局".to_string(),
                vec!["县民政局".to_string(), "县财政局".to_string()]
            ))
        );
        assert_eq!(read("由市人事局制定目录,每年更新一次。"), one("市人事局"));
        assert_eq!(
            read("由市人事局依据厦门的城市定位和经济社会发展的实际需要,汇总、整理、分析需求,编制目录。"),
            one("市人事局")
        );
        assert_eq!(read("市人事局编制目录。"), one("市人事局"));
        assert_eq!(read("市民政局根据需要开展检查。"), one("市民政局"));
        // The person at a body's head: the body (notice 40), not where the
        // sentence says who answers for what (notice 49).
        assert_eq!(
            read("各养老服务机构负责人要按照“谁主管、谁负责”的原则,扎实组织开展排查整改工作。"),
            one("各养老服务机构")
        );
        assert_eq!(
            read("行政执法机关主要负责人是推动落实本机关重大执法决定法制审核制度的第一责任人,对本机关作出的行政执法决定负责。"),
            None
        );
        // What a body made is no work given to it.
        assert_eq!(read("由市人事局制定的目录每年更新一次。"), None);
        // 机构编制部门 and 县编制办 are names, not a verb's subject.
        assert_eq!(
            read("机构编制部门按程序做好机构编制工作。"),
            one("机构编制部门")
        );
    }

    /// A body's name, an adverb, then its work verb (市民政局积极推进…);
    /// 明确 and 完成 as work verbs (各养老服务机构明确1名联系人, notice 40).
    #[test]
    fn subject_before_an_adverb_and_verb() {
        let read = |s: &str| subject_verb(s).map(|(r, lead)| (s[r].to_string(), lead));
        assert_eq!(
            read("市民政局积极推进养老服务设施建设。"),
            Some(("市民政局".into(), vec!["市民政局".to_string()]))
        );
        assert_eq!(
            read("市、区民政部门进一步落实补贴政策。"),
            Some((
                "市、区民政部门".into(),
                vec!["市民政部门".to_string(), "区民政部门".to_string()]
            ))
        );
        // A verb that is part of an office's name (组织部, 指导站) is no verb.
        assert_eq!(
            read("市委组织部、市人社局组织实施人才计划。"),
            Some((
                "市委组织部、市人社局".into(),
                vec!["市委组织部".to_string(), "市人社局".to_string()]
            ))
        );
        assert_eq!(
            read("市委组织部、市人事局《关于实施若干人才优惠政策的意见》已经市委同意"),
            None
        );
        assert_eq!(
            read("县政府统筹部署专项工作。"),
            Some(("县政府".into(), vec!["县政府".to_string()]))
        );
        assert_eq!(
            read("各乡镇指导处理信访问题。"),
            Some(("各乡镇".into(), vec!["各乡镇".to_string()]))
        );
        assert_eq!(
            read("各养老服务机构明确1名联系人,每月15日前报送整治进展情况。"),
            Some(("各养老服务机构".into(), vec!["各养老服务机构".to_string()]))
        );
        assert_eq!(
            read("法制审核机构完成审核后,要根据不同情形提出意见。"),
            Some(("法制审核机构".into(), vec!["法制审核机构".to_string()]))
        );
        // An adverbial opening right after the name (notices 37, 45).
        assert_eq!(
            read("区民政部门根据服务评估结果给予服务奖励资金。"),
            Some(("区民政部门".into(), vec!["区民政部门".to_string()]))
        );
        assert_eq!(
            read("服务机构按照服务方案为资助对象提供服务。"),
            Some(("服务机构".into(), vec!["服务机构".to_string()]))
        );
        assert_eq!(
            read("各相关行政管理部门结合本行业特点,制定建设工作要求。"),
            Some((
                "各相关行政管理部门".into(),
                vec!["各相关行政管理部门".to_string()]
            ))
        );
        // A request to the body after 建议 (notice 30).
        assert_eq!(
            read("建议湖北省人民政府按照专家组意见,做好长期监测工作。"),
            Some(("湖北省人民政府".into(), vec!["湖北省人民政府".to_string()]))
        );
        assert_eq!(read("本办法根据有关规定制定。"), None);
        // No body before the adverb, or no name at all.
        assert_eq!(read("文件明确规定了补贴标准。"), None);
        assert_eq!(read("积极推进养老服务设施建设。"), None);
        assert_eq!(read("市民政局积极。"), None);
        assert_eq!(read("群众积极参与志愿服务。"), None);
    }

    #[test]
    fn subject_verb_matches_its_reference() {
        let mut samples: Vec<String> = [
            "区住房保障房屋管理局指导、协调各街道做好",
            "区城管执法局依法对违法建设实施处罚",
            "优惠租金标准由区住建委制定",
            "市民政部门每年委托第三方开展评估",
            "各街道,组织开展",
            "区政府通过购买服务开展",
            "区民政局会同区财政局制定",
            "区民政局“会同”",
            "甲乙",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        samples.push(format!("{}局组织", "甲".repeat(14)));
        samples.push(format!("{}局组织", "甲".repeat(15)));
        samples.push(format!("{}局组织", "甲".repeat(16)));
        samples.extend(corpus_sentences());
        let found = agree(&samples, subject_verb, subject_verb_reference);
        assert!(found >= 20, "the corpus should exercise the rule: {found}");
    }

    /// A body, then 对 and its object, then a work verb (a provincial
    /// 环保专项行动 plan, 2005); not narrative or a 对 of no work.
    #[test]
    fn body_acting_on_an_object() {
        let read = |s: &str| running_subject(s, true).map(|(_, lead, _)| lead);
        assert_eq!(
            read("区民政局对辖区内养老机构进行深入检查。"),
            Some(vec!["区民政局".to_string()])
        );
        assert_eq!(
            read("各行署、市、县政府对辖区内重点污染问题和群众反映强烈的问题进行深入检查。"),
            Some(
                ["各行署", "各市政府", "各县政府"]
                    .map(String::from)
                    .to_vec()
            )
        );
        assert_eq!(read("市政府对此项工作进行了专题部署。"), None);
        assert_eq!(read("市政府对此高度重视。"), None);
        assert_eq!(read("市政府对照目标进行评估。"), None);
        assert_eq!(
            read("探索引入消防第三方专业服务机构对养老机构开展专家式检查。"),
            None
        );
        // An adverb before 按照 (兴庆区, 2023).
        assert_eq!(
            read("区政府办公室严格按照督查制度,加强跟踪督查。"),
            Some(vec!["区政府办公室".to_string()])
        );
    }

    /// After an adverbial clause (对…的家庭,), an explicit assignment whose
    /// cooperating bodies act 依法依规 (notice 28).
    #[test]
    fn explicit_assignment_after_dui_clause() {
        let s = "对疑似瞒报、提供虚假资料等骗取住房保障的家庭,由市、区住房保障部门会同相关职能部门依法依规启动核查工作。";
        let (subject, lead, coop) = subject_after_adverbials(s, false).expect("a task");
        assert_eq!(&s[subject], "市、区住房保障部门");
        assert_eq!(lead, ["市住房保障部门", "区住房保障部门"]);
        assert_eq!(coop, ["相关职能部门"]);
        // Any clause before 由X负责 (notice 37, 第四十五条).
        let s = "评估不合格的社区养老服务设施,由市、区民政部门负责督促整改。";
        let (_, lead, _) = subject_after_adverbials(s, false).expect("a task");
        assert_eq!(lead, ["市民政部门", "区民政部门"]);
        assert_eq!(
            subject_after_adverbials("评估不合格的设施,市民政部门督促整改。", false),
            None
        );
        // A narrative 对… sentence with no explicit form stays no task.
        assert_eq!(
            subject_after_adverbials("对照目标,市住建委完成了评估。", false),
            None
        );
    }

    /// A modal subject's 会同 bodies are its cooperating bodies (notices 37
    /// and 45), up to where the names end.
    #[test]
    fn modal_subject_partners() {
        let read = |s: &str| subject_after_adverbials(s, true).map(|(_, lead, coop)| (lead, coop));
        let (lead, coop) =
            read("市民政部门应当会同市财政部门根据本市经济社会发展情况,适时调整资助范围。")
                .expect("a task");
        assert_eq!(
            (lead, coop),
            (
                vec!["市民政部门".to_string()],
                vec!["市财政部门".to_string()]
            )
        );
        let (_, coop) = read("区住房保障部门应当会同有关部门按规定完成调查核实。").expect("a task");
        assert_eq!(coop, ["有关部门"]);
        let (_, coop) =
            read("市住房城乡建设局应会同发展改革、规划和自然资源等部门制定中长期发展规划。")
                .expect("a task");
        assert_eq!(coop, ["发展改革部门", "规划和自然资源部门"]);
        // No 会同, or nothing that names a body after it.
        assert_eq!(
            read("市民政部门应当加强监督。").expect("a task").1,
            Vec::<String>::new()
        );
        assert_eq!(
            read("市民政部门要会同推进。").expect("a task").1,
            Vec::<String>::new()
        );
    }

    /// A dated sentence names its body in a later clause as often as not
    /// (notices 05, 23, 37, 49); a clause naming no body is passed over.
    #[test]
    fn dated_sentences_find_their_body() {
        let lead = |s: &str| dated_subject(s, false).map(|(_, lead, _)| lead);
        assert_eq!(
            lead("建立行政执法统计年报制度,地方各级行政执法机关应当于每年1月31日前公开有关数据。"),
            Some(vec!["地方各级行政执法机关".to_string()])
        );
        assert_eq!(
            lead("服务评估工作应当在每年3月底前完成,区民政部门应当在每年3月底前将结果抄报。"),
            Some(vec!["区民政部门".to_string()])
        );
        assert_eq!(
            lead(
                "项目管理专业机构不再承担有关事项,请科技部、农业农村部等部门在2019年2月底前完成。"
            ),
            Some(vec!["科技部".to_string(), "农业农村部".to_string()])
        );
        assert_eq!(lead("对于需要回收的,原则上于2019年9月底前完成。"), None);
        assert_eq!(
            lead("2017年底前,现有环境监察执法人员要全部进行业务培训。"),
            None
        );
    }

    /// A text that is a date and nothing else (a cell of a data table, notice
    /// 38's 2020年-2023年) sets no work; a dated sentence with work does.
    #[test]
    fn a_date_alone_is_no_task() {
        let tasks = |body: &str| {
            let text = format!("关于开展排查工作的方案\n\n一、工作安排\n\n{body}\n");
            crate::parse(&text)
                .tasks
                .iter()
                .map(|t| t.text.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(tasks("2020年-2023年"), Vec::<String>::new());
        assert_eq!(tasks("（2023年9月底前）"), Vec::<String>::new());
        assert_eq!(
            tasks("2023年9月底前，完成排查。"),
            ["2023年9月底前，完成排查。"]
        );
    }

    /// A deadline opening a sentence leaves its subject to be read after it
    /// (notices 37 and 42), the modal form where modal sentences count; a
    /// goal or a narrative year does not.
    #[test]
    fn subject_after_an_opening_deadline() {
        let read = |s: &str, weak: bool| {
            subject_after_adverbials(s, weak).map(|(r, lead, _)| (s[r].to_string(), lead))
        };
        assert_eq!(
            read(
                "2015年底前,地方各级人民政府要组织开展一次环境保护全面排查。",
                true
            ),
            Some((
                "地方各级人民政府".to_string(),
                vec!["地方各级人民政府".to_string()]
            ))
        );
        assert_eq!(
            read(
                "每年4月底前,市民政部门负责对上年度资助资金进行清算。",
                false
            )
            .map(|(_, lead)| lead),
            Some(vec!["市民政部门".to_string()])
        );
        assert_eq!(
            read("2015年底前,地方各级人民政府要组织开展排查。", false),
            None
        );
        assert_eq!(read("到2025年,市民政部门要建成体系。", true), None);
        assert_eq!(read("2016年,各县区政府要成立领导小组。", true), None);
    }

    /// Where modal sentences count, a modal after an opening clause is a
    /// request (notice 45, 第二十五条); a narrative after one (notice 30) has
    /// 于 a date, which does not count there.
    #[test]
    fn modal_after_an_opening_clause() {
        let read = |s: &str| subject_after_adverbials(s, true).map(|(_, lead, _)| lead);
        assert_eq!(
            read("经公示无异议或经复核异议不成立的,区住房保障部门应当将申请家庭名单提交至市住房城乡建设局网站进行公告。"),
            Some(vec!["区住房保障部门".to_string()])
        );
        assert_eq!(
            read("为了加强地震监测研究,湖北省地震局于2003年3月5日在马鬃山村水坪5组设立了现场监测组。"),
            None
        );
        // Nor where only explicit forms count.
        assert_eq!(
            subject_after_adverbials("根据上级要求,市民政局要在6月底前完成排查。", false),
            None
        );
    }

    /// A body named by 由 after what it acts on is the task's body (notices
    /// 14, 21, 28, 37); not 由于, 理由 and the like, nor a 由 that names no body.
    #[test]
    fn agent_after_the_object() {
        let read = |s: &str| {
            subject_after_adverbials(s, false).map(|(r, lead, coop)| (s[r].to_string(), lead, coop))
        };
        let (raw, lead, _) =
            read("区级、街道(镇)级社区养老服务设施应当由区、镇人民政府和街道办事处负责建设。")
                .expect("a task");
        assert_eq!(raw, "区、镇人民政府和街道办事处");
        assert_eq!(lead, ["区人民政府", "镇人民政府", "街道办事处"]);
        let (_, lead, _) = read("优惠租金标准由市住房城乡建设部门制定发布。").expect("a task");
        assert_eq!(lead, ["市住房城乡建设部门"]);
        let (_, lead, _) =
            read("农村公路养护属于区级财政事权,资金原则上由区政府统筹安排。").expect("a task");
        assert_eq!(lead, ["区政府"]);
        let (_, lead, coop) = read("招生方案由区教育局会同区卫生健康委制定。").expect("a task");
        assert_eq!(
            (lead, coop),
            (
                vec!["区教育局".to_string()],
                vec!["区卫生健康委".to_string()]
            )
        );
        // 自由 is part of a name.
        let (_, lead, _) = read("上海自由贸易试验区管委会负责统筹推进。").expect("a task");
        assert_eq!(lead, ["上海自由贸易试验区管委会"]);
        for s in [
            "由于市财政局负责资金保障,工作进展顺利。",
            "居民区装修垃圾原则上由本区环卫企业负责清运。",
            "科研项目要由重过程管理向重项目目标转变。",
            // 由 inside the object of the sentence's own verb (钢城区, 2021).
            "制定可由项目单位编制申请材料的事项清单,不断优化申报模式。",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    /// A label names the body for the rest of its paragraph: every duty
    /// after 区民防办: is 区民防办's (notice 14); a sentence naming another
    /// body starts its own task, and the label does not reach the next
    /// paragraph.
    #[test]
    fn a_label_covers_its_duty_list() {
        let doc = crate::parse(
            "关于应急避难场所建设的实施方案\n\n一、职责分工\n\n区民防办:负责制定专业规划;根据设计规范指导全区建设,参与检查和验收;负责行业监管。\n\n区应急管理局:参与制定专业规划;区财政局负责落实所需经费。\n\n根据规范开展验收。\n",
        );
        let tasks: Vec<(&str, Vec<&str>)> = doc
            .tasks
            .iter()
            .map(|t| {
                let lead = t.lead_departments.iter().map(String::as_str).collect();
                (t.text.as_str(), lead)
            })
            .collect();
        assert_eq!(
            tasks,
            [
                (
                    "区民防办:负责制定专业规划;根据设计规范指导全区建设,参与检查和验收;负责行业监管。",
                    vec!["区民防办"]
                ),
                ("区应急管理局:参与制定专业规划;", vec!["区应急管理局"]),
                ("区财政局负责落实所需经费。", vec!["区财政局"]),
            ]
        );
    }

    /// 会同 before bodies followed by a verb of no list (a provincial
    /// 住建 notice, 2023): the bodies are cooperating, also after 由.
    #[test]
    fn with_partners_before_any_verb() {
        let read = |s: &str| running_subject(s, true).map(|(_, lead, coop)| (lead, coop));
        let pair = |a: &[&str], b: &[&str]| {
            Some((
                a.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                b.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            ))
        };
        assert_eq!(
            read("市住建局会同市财政局审核推荐名单。"),
            pair(&["市住建局"], &["市财政局"])
        );
        assert_eq!(
            read("由市住建局会同市财政局审核推荐名单。"),
            pair(&["市住建局"], &["市财政局"])
        );
        assert_eq!(
            read("请各地建设主管部门会同同级财政部门认真组织本次申报工作,并于8月31日前进行网上申报。"),
            pair(&["各地建设主管部门"], &["同级财政部门"])
        );
        // No body after 会同: not this form.
        assert_eq!(with_partners("市住建局会同审核推荐名单。"), None);
    }

    /// A subject whose name ends in a bracket: an inner name kept, an
    /// alias dropped (notice 45); the rest is read by the usual rules.
    #[test]
    fn bracketed_subjects() {
        let read = |s: &str, weak: bool| subject_after_adverbials(s, weak);
        let s = "各街道办事处(镇人民政府)负责辖区内公共租赁住房保障的申请受理、资格初审等工作。";
        let (subject, lead, coop) = read(s, false).expect("a task");
        assert_eq!(&s[subject], "各街道办事处(镇人民政府)");
        assert_eq!(lead, ["各街道办事处(镇人民政府)"]);
        assert!(coop.is_empty());
        let s = "市住房保障办公室(以下称市住房保障部门)是全市公共租赁住房保障工作的具体实施机构,负责公共租赁住房筹集建设。";
        let (subject, lead, _) = read(s, false).expect("a task");
        assert_eq!(&s[subject], "市住房保障办公室(以下称市住房保障部门)");
        assert_eq!(lead, ["市住房保障办公室"]);
        // A list whose last name has a bracket; a 会同 object after it.
        let s = "区民政局、各街道办事处(镇人民政府)会同区财政局做好补贴发放工作。";
        let (_, lead, coop) = read(s, false).expect("a task");
        assert_eq!(lead, ["区民政局", "各街道办事处(镇人民政府)"]);
        assert_eq!(coop, ["区财政局"]);
        // The modal form only where modal sentences count.
        let s = "各街道办事处(镇人民政府)要加强日常巡查。";
        assert_eq!(read(s, false), None);
        assert_eq!(
            read(s, true).map(|(_, lead, _)| lead),
            Some(vec!["各街道办事处(镇人民政府)".to_string()])
        );
        // Not a body before the bracket, no work after it, or a bracket too far.
        assert_eq!(read("三年行动计划(2019—2022年)负责统筹。", false), None);
        assert_eq!(
            read(
                "各区住房保障部门、街道办事处(镇人民政府)相关工作经费纳入市、区两级财政预算。",
                false
            ),
            None
        );
        assert_eq!(read("市政府(办公厅)。负责统筹。", false), None);
        // A place's alternatives inside a name or a list, and an aside (a
        // provincial notice, 2024; a city's 环保专项行动 plan, 2009).
        let s = "各县(区)、广元经济技术开发区和市安委会有关成员单位(详见任务分工)要认真研究制定本地工作方案,于2024年3月15日前报市安办备案。";
        let (subject, lead, _) = read(s, true).expect("a task");
        assert_eq!(
            &s[subject],
            "各县(区)、广元经济技术开发区和市安委会有关成员单位(详见任务分工)"
        );
        assert_eq!(
            lead,
            ["各县(区)", "广元经济技术开发区", "市安委会有关成员单位"]
        );
        let s = "各县(市、区)环保专项行动领导小组结合实际情况,制定具体实施方案。";
        let (subject, lead, _) = read(s, false).expect("a task");
        assert_eq!(&s[subject], "各县(市、区)环保专项行动领导小组");
        assert_eq!(lead, ["各县(市、区)环保专项行动领导小组"]);
    }

    /// A place given work explicitly is a body, as in a modal sentence
    /// (notice 46: 各街道、镇作为…的责任主体,负责…).
    #[test]
    fn places_given_work_explicitly_are_bodies() {
        let read = |s: &str| subject_after_adverbials(s, false).map(|(_, lead, _)| lead);
        assert_eq!(
            read("九亭镇负责本辖区内的日常监管。"),
            Some(vec!["九亭镇".to_string()])
        );
        assert_eq!(
            read("各街道、镇作为本辖区内装修垃圾处理工作的责任主体,负责日常监管。"),
            Some(vec!["各街道".to_string(), "各镇".to_string()])
        );
        // Not a clause or a generic word.
        assert_eq!(read("加强监管负责日常工作。"), None);
    }

    /// A modal subject followed by a time or object adverbial before the
    /// modal (notices 42, 45).
    #[test]
    fn modal_subject_before_an_adverbial() {
        fn lead(s: &str) -> Option<(String, Vec<String>)> {
            running_subject(s, true).map(|(r, lead, _)| (s[r].to_string(), lead))
        }
        let body = |n: &str| Some((n.to_string(), vec![n.to_string()]));
        assert_eq!(
            lead("省级环境保护部门每年要对本行政区域开展环境稽查"),
            body("省级环境保护部门")
        );
        assert_eq!(
            lead("区住房保障部门对领取住房租赁补贴的对象应当发放通知书"),
            body("区住房保障部门")
        );
        // Not when what comes before names no body.
        assert_eq!(lead("全面排查每年要开展"), None);
    }

    /// In a notice printed on one line, an item's marker opens its sentence:
    /// it is neither the subject nor the task's text (notice 51).
    #[test]
    fn inline_item_marker_is_not_the_subject() {
        let doc = crate::parse("国务院关于北京市环境污染防治目标的批复 北京市人民政府：一、同意。五、北京市要认真组织实施《目标和对策》，加大产业结构调整力度；");
        let t = doc
            .tasks
            .iter()
            .find(|t| t.text.contains("组织实施"))
            .expect("a task");
        assert_eq!(t.lead_departments, ["北京市"]);
        assert!(t.text.starts_with("北京市要"), "{}", t.text);
    }

    /// An item's heading glued to its first sentence (a notice on one line,
    /// notices 02 and 13 flattened): the bodies after the heading; no tail
    /// of a longer name, nor one cut after 的 or a conjunction.
    #[test]
    fn glued_heading_gives_way_to_the_bodies_after_it() {
        let s = "有关要求各地区各有关部门要充分认识促进综合保税区高水平开放的重要意义";
        let (r, lead, coop) = glued_heading_subject(s, true).unwrap();
        assert_eq!(&s[r], "各地区各有关部门");
        assert_eq!(lead, ["各地区", "各有关部门"]);
        assert!(coop.is_empty());
        let s = "加强组织领导市民政局要会同市财政局做好保障";
        let (r, lead, _) = glued_heading_subject(s, true).unwrap();
        assert_eq!(&s[r], "市民政局");
        assert_eq!(lead, ["市民政局"]);
        // Not the tail of a long name (…的服务评估机构, 务评估机构).
        assert_eq!(
            glued_heading_subject(
                "市、区民政部门以及养老服务指导单位委托的服务评估机构应符合以下条件",
                true
            ),
            None
        );
        // Only the modal form, and only where it is asked for.
        assert_eq!(
            glued_heading_subject("有关要求各地区要加强领导", false),
            None
        );
    }

    /// An explicit form whose subject runs past the body (to a later 负责 or
    /// 会同) gives way to the modal form (notice 42).
    #[test]
    fn explicit_form_without_a_body_falls_back_to_the_modal() {
        let lead = |s: &str| running_subject(s, true).map(|(_, lead, _)| lead);
        assert_eq!(
            lead("公安机关要明确机构和人员负责查处环境犯罪"),
            Some(vec!["公安机关".to_string()])
        );
        assert_eq!(
            lead("环境保护部要会同有关部门加强对本通知落实情况的监督检查"),
            Some(vec!["环境保护部".to_string()])
        );
        // Without the modal form (a cover letter's sentences), nothing.
        assert_eq!(
            running_subject("公安机关要明确机构和人员负责查处", false),
            None
        );
    }

    #[test]
    fn running_assignment_matches_its_regex() {
        let re = Regex::new(r"^(?:由)?([^,;:。()“”《》]{2,40}?)(?:(?:主要|全面|共同|统一|分别|直接|切实)?(?:牵头负责|具体负责|负责)(?:[^人同的]|同[^志]|同$|$)|(?:会同|协同)([^,;:。()“”《》]{2,40}?)(?:负责|落实|开展|推进|组织|制定|做好|实施|抓好|督促|指导|协调|统筹|承担|履行|依法|依规|,)|牵头[,、]([^,;:。“”《》]{2,80}?)(?:配合|参与|协助|按职责分工负责|履行|落实))").unwrap();
        let mut samples: Vec<String> = [
            "由市住建委负责",
            "由市住建委牵头负责",
            "市住建委具体负责",
            "区民政局会同区财政局制定办法",
            "区民政局会同区财政局(区审计局)制定办法",
            "市住房保障部门会同相关职能部门依法依规启动核查工作",
            "区民政局会同区财政局实施",
            "市公安局、市建委协同市交通运输局负责城市综合交通",
            "县民政局负责的第1件",
            "区民政局会同,区财政局制定",
            "国务院人力资源社会保障行政部门会同有关部门,适时组织清理调整",
            "区民政局会同区财政局,区审计局",
            "区民防办牵头,区应急局、区公安分局(交警)配合",
            "区民防办牵头,区应急局按职责分工负责",
            "区民防办牵头、区应急局配合",
            "县民政局主要负责低保审批",
            "行政执法机关主要负责人是第一责任人",
            "各单位负责同志要",
            "各单位负责同",
            "各单位负责同步",
            "县民政局、县财政局分别负责审核和拨付",
            "县民政局主要",
            "县民政局共同牵头负责",
            "区民防办牵头负责,区应急局配合",
            "由由负责",
            "由负责",
            "负责",
            "甲负责",
            "甲乙负责",
            "甲,乙负责",
            "各区政府会同负责",
            "市委组织部会同市人社局负责,市财政局配合",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for n in [38, 39, 40, 41] {
            samples.push(format!("{}负责", "甲".repeat(n)));
            samples.push(format!("由{}负责", "甲".repeat(n)));
            samples.push(format!("甲乙会同{}落实", "丙".repeat(n)));
        }
        for n in [78, 79, 80, 81] {
            samples.push(format!("甲乙牵头,{}配合", "丙".repeat(n)));
        }
        samples.extend(corpus_sentences());
        // After 由于 / 由此 / 由衷 the 由 is not optional: the same pattern
        // without it.
        let plain = Regex::new(&re.as_str().replacen("(?:由)?", "", 1)).unwrap();
        let reference = |s: &str| {
            let re = if ["由于", "由此", "由衷"].iter().any(|w| s.starts_with(w)) {
                &plain
            } else {
                &re
            };
            re.captures(s).map(|c| {
                let coop = c.get(2).or(c.get(3)).map(|m| m.range());
                (c.get(1).unwrap().range(), coop)
            })
        };
        samples.push("由于市财政局负责资金保障".to_string());
        samples.push("由此市财政局负责".to_string());
        let found = agree(&samples, running_assignment, reference);
        assert!(found >= 50, "the corpus should exercise the rule: {found}");
    }

    #[test]
    fn duty_subject_matches_its_regex() {
        let verbs = [WORK_VERBS, ADVERBIAL_OPENERS, MORE_DUTIES]
            .concat()
            .join("|");
        let re = Regex::new(&format!(r"^([^,;:。()“”《》]{{2,30}}?)(?::(?:负责|牵头|配合|协助|参与|指导|主要负责|具体负责|{verbs})|(?:是|作为)[^。]{{0,40}}?(?:责任主体|,(?:主要)?负责))")).unwrap();
        let mut samples: Vec<String> = [
            "区民防办:负责制定预案",
            "区民防办:主要负责",
            "区民防办:其他",
            "市园林绿化局:依据职能做好",
            "各区县政府:落实属地责任",
            "各乡镇政府是此项工作的直接责任主体",
            "各乡镇政府作为责任主体",
            "各乡镇政府是本辖区。责任主体",
            "市民政部门是本市居家社区养老服务工作的主管部门,负责统筹",
            "市民政部门是主管部门,其他",
            "市民政部门是本市。主管部门,负责",
            "甲:负责",
            "甲乙:负责",
            "甲乙是是责任主体",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for n in [28, 29, 30, 31] {
            samples.push(format!("{}:负责", "甲".repeat(n)));
        }
        for n in [39, 40, 41] {
            samples.push(format!("甲乙是{}责任主体", "丙".repeat(n)));
            samples.push(format!("甲乙是{},负责", "丙".repeat(n)));
        }
        samples.extend(corpus_sentences());
        let reference = |s: &str| re.captures(s).map(|c| c.get(1).unwrap().range());
        let found = agree(&samples, duty_subject, reference);
        assert!(found >= 5, "the corpus should exercise the rule: {found}");
    }

    #[test]
    fn assignment_label_precheck_agrees_with_its_regex() {
        let mut samples: Vec<String> =
            ["牵头单位:市住建委", "时限要求 :年底前", "牵头", "", "责任"]
                .map(String::from)
                .to_vec();
        samples.extend(crate::test_support::corpus_lines());
        let mut labels = 0;
        for s in &samples {
            assert_eq!(is_assignment_label(s), ASSIGNMENT_LABEL.is_match(s), "{s}");
            labels += usize::from(is_assignment_label(s));
        }
        assert!(labels >= 2, "{labels}");
    }

    /// The plain reading of [`sentences`]: a sentence ends after each
    /// ; ! ? or 。, and the rest after the last end is one more.
    fn sentences_plain(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, c) in t.char_indices() {
            if matches!(c, ';' | '!' | '?' | '。') {
                out.push(&t[start..i + c.len_utf8()]);
                start = i + c.len_utf8();
            }
        }
        if start < t.len() {
            out.push(&t[start..]);
        }
        out
    }

    #[test]
    fn sentences_end_after_each_stop() {
        let mut texts = crate::test_support::folded_corpus(true);
        texts.extend(
            [
                "",
                "。",
                "甲。乙",
                "甲、乙《丙》。;!?",
                "无终止",
                "é。😀;x",
                "。。",
            ]
            .map(String::from),
        );
        for t in &texts {
            let marks = Marks::of(t);
            let got: Vec<&str> = sentences(t, 0..t.len(), &marks).map(|r| &t[r]).collect();
            assert_eq!(got, sentences_plain(t));
            // Inside a larger text, offsets are the piece's.
            let wrapped = format!("前。{t}后");
            let r = "前。".len()..wrapped.len() - "后".len();
            let marks = Marks::of(&wrapped);
            let inner: Vec<&str> = sentences(&wrapped, r, &marks)
                .map(|r| &wrapped[r])
                .collect();
            assert_eq!(inner, sentences_plain(t));
        }
    }

    /// Keyword forms searched once per text and shared out to blocks give
    /// each block what searching the block alone gives.
    #[test]
    fn block_deadlines_agree_with_a_search_per_block() {
        let doc_date = crate::Date::new(2023, 11, 5);
        let mut texts = crate::test_support::folded_corpus(true);
        texts.push("每月\n底前长期推进。立即\n整改,适时推进".to_string());
        let mut blocks_seen = 0;
        for t in &texts {
            let blocks = crate::text::lines::split_blocks(t, 0);
            let cache: Vec<std::cell::OnceCell<Vec<Deadline>>> = (0..blocks.len())
                .map(|_| std::cell::OnceCell::new())
                .collect();
            let walker = Walker::new(t, &blocks, doc_date, &cache);
            for b in &blocks {
                let want = find_deadlines(&t[b.range.clone()], doc_date);
                assert_eq!(
                    walker.block_deadlines_of(&b.range),
                    want,
                    "{}",
                    &t[b.range.clone()]
                );
                blocks_seen += 1;
            }
        }
        assert!(blocks_seen > 3000, "{blocks_seen}");
    }

    #[test]
    fn subject_stops_are_what_stops_a_subject() {
        let stops: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| stops_subject(c))
            .collect();
        let mut listed = SUBJECT_STOPS.to_vec();
        listed.sort_unstable();
        assert_eq!(stops, listed);
        // Read from bytes, the same characters.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(is_subject_stop(bytes), stops_subject(c), "{c}");
        }
    }

    /// Sentences for the same body join one task, also across a paragraph
    /// break; the deadlines of all its sentences govern it (the last dated
    /// one, and every dated one as a milestone when there are several:
    /// spec/tasks.md). Across a paragraph break the earlier milestones used
    /// to be lost.
    #[test]
    fn joined_sentences_govern_their_task() {
        let doc = crate::parse(
            "关于做好排查工作的通知\n\n一、工作要求\n\n市民政局要于2024年3月底前完成排查。市民政局要于2024年6月底前完成整改。市民政局要长期坚持。\n\n二、其他\n\n区财政局要做好保障。区财政局要于2024年9月底前拨付资金。\n\n区财政局要于2024年10月底前完成审计。\n",
        );
        let read: Vec<(Vec<&str>, Option<&str>, Vec<&str>)> = doc
            .tasks
            .iter()
            .map(|t| {
                (
                    t.lead_departments.iter().map(String::as_str).collect(),
                    t.deadline.as_ref().map(|d| d.raw.as_str()),
                    t.milestones.iter().map(|d| d.raw.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (
                    vec!["市民政局"],
                    Some("2024年6月底前"),
                    vec!["2024年3月底前", "2024年6月底前"]
                ),
                // Joined across a paragraph break: both dated steps.
                (
                    vec!["区财政局"],
                    Some("2024年10月底前"),
                    vec!["2024年9月底前", "2024年10月底前"]
                ),
            ]
        );
        // Sentences of one paragraph stay one line of the text, as written
        // (docs/decisions.md); the next paragraph is a line of its own.
        assert_eq!(
            doc.tasks[1].text,
            "区财政局要做好保障。区财政局要于2024年9月底前拨付资金。\n区财政局要于2024年10月底前完成审计。"
        );
    }

    #[test]
    fn groups() {
        let t = "a(b(c)d)e(f)g(h";
        let g: Vec<&str> = paren_groups(t, 0..t.len()).map(|r| &t[r]).collect();
        assert_eq!(g, ["(b(c)d)", "(f)"]);
    }
}
