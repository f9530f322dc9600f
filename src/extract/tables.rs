//! Task tables (任务分解表) flattened to one cell per line or per paragraph,
//! or kept one row per line with the cells tab-separated (HTML converted to
//! text): recognise the header (序号 / 工作任务 / 牵头单位 / 配合单位 / 时间节点…),
//! rebuild the rows, one task per row.
//!
//! Merged cells: a row whose first columns (序号, 工作事项) span several
//! sub-rows is written once, followed by sub-rows holding only the remaining
//! columns; those sub-rows are tasks of the same numbered row.

use super::departments::{is_department_name, split_departments};
use crate::text::lines::Block;
use std::ops::Range;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// 序号
    Number,
    /// 工作事项 / 任务类型: the row's topic.
    Topic,
    /// 主要内容 / 工作任务: the task text.
    Text,
    /// 牵头单位 / 责任单位.
    Lead,
    /// 配合单位.
    Cooperating,
    /// 时间节点 / 完成时限.
    Deadline,
    /// Anything else (参考文件, 牵头处室…).
    Other,
}

fn classify(h: &str) -> Column {
    // A letter-spaced name (任 务 名 称, 牵 头 部 门) is the name.
    let unspaced;
    let h = match h.trim() {
        h if h.contains([' ', '\u{3000}']) => {
            unspaced = h.replace([' ', '\u{3000}'], "");
            unspaced.as_str()
        }
        h => h,
    };
    if h == "序号" {
        Column::Number
    } else if h.contains("处室")
        || h.contains("文件")
        || h.contains("备注")
        // A bare category (类型, 类别(等级)) names no work: a data table's.
        || h.starts_with("类型")
        || h.starts_with("类别")
    {
        Column::Other
    } else if [
        "牵头单位",
        "牵头部门",
        "责任单位",
        "责任部门",
        "推进单位",
        "主责单位",
        "责任主体",
        "牵头",
    ]
    .iter()
    .any(|w| h.contains(w))
    {
        Column::Lead
    } else if ["配合", "协办", "协助", "参与", "支撑"]
        .iter()
        .any(|w| h.contains(w))
    {
        Column::Cooperating
    } else if ["时间", "时限", "节点", "进度"]
        .iter()
        .any(|w| h.contains(w))
    {
        Column::Deadline
    } else if ["事项", "类型", "类别", "项目", "领域", "环节"]
        .iter()
        .any(|w| h.contains(w))
    {
        Column::Topic
    } else if ["内容", "任务", "措施", "要求", "目标"]
        .iter()
        .any(|w| h.contains(w))
    {
        Column::Text
    } else {
        Column::Other
    }
}

/// One rebuilt row: the folded ranges of its cells, by column.
#[derive(Debug, Clone)]
pub struct Row {
    /// The 序号 of the numbered row it belongs to.
    pub number: u32,
    /// Cells (column kind, folded range of the cell's text).
    pub cells: Vec<(Column, Range<usize>)>,
    /// Block indices the row covers.
    pub blocks: Vec<usize>,
}

/// A table found among the blocks.
#[derive(Debug, Clone)]
pub struct Table {
    /// Block indices of the whole table, header included.
    pub blocks: Vec<usize>,
    /// Its rows.
    pub rows: Vec<Row>,
}

/// A cell: one or more consecutive blocks (block indices, a range: no
/// allocation per cell).
#[derive(Debug, Clone)]
struct Cell {
    blocks: Range<usize>,
    range: Range<usize>,
}

fn cells_of(t: &str, blocks: &[Block], body: &[usize], by_paragraph: bool) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    for &b in body {
        let r = blocks[b].range.clone();
        let join = by_paragraph
            && !blocks[b].blank_before
            && cells.last().is_some_and(|c| c.blocks.end == b);
        if join {
            let c = cells.last_mut().unwrap();
            c.blocks.end = b + 1;
            c.range.end = r.end;
        } else {
            cells.push(Cell {
                blocks: b..b + 1,
                range: r,
            });
        }
        let _ = t;
    }
    cells
}

fn number(s: &str) -> Option<u32> {
    let s = s.trim().trim_end_matches('.');
    (!s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn dept_like(s: &str) -> bool {
    let s = s.trim();
    if s == "/" || s == "无" || s == "-" {
        return true;
    }
    let names = split_departments(s);
    !names.is_empty() && names.iter().all(|n| is_department_name(n))
}

/// Whether a block is the 序号 header cell that opens a table.
fn is_number_header(s: &str) -> bool {
    use crate::text::is_blank;
    // Most blocks start with neither, and need no trimming.
    (s.starts_with('序') || s.starts_with(is_blank)) && s.trim_matches(is_blank) == "序号"
}

/// Find the tables among `body` (block indices, in order).
pub fn find_tables(t: &str, blocks: &[Block], body: &[usize]) -> Vec<Table> {
    let mut out = Vec::new();
    // The cells of the whole body, for each way of joining blocks, read on
    // first use: reading them from each 序号 on cost the rest of the body
    // per header (a body of headers was quadratic). From a header on, the
    // cells are those of the whole body but for the header's own: the
    // header starts a cell, whatever came before it.
    let mut whole: [Option<Vec<Cell>>; 2] = [None, None];
    let mut cursor = [0usize; 2];
    let mut k = 0;
    while k < body.len() {
        if let Some(sep) = Separator::opening(&t[blocks[body[k]].range.clone()]) {
            match read_row_table(t, blocks, &body[k..], sep) {
                Some((table, used)) => {
                    out.push(table);
                    k += used;
                }
                None => k += 1,
            }
            continue;
        }
        if may_open_space_table(&t[blocks[body[k]].range.clone()]) {
            if let Some((table, used)) = read_space_table(t, blocks, &body[k..]) {
                out.push(table);
                k += used;
                continue;
            }
        }
        if !is_number_header(&t[blocks[body[k]].range.clone()]) {
            k += 1;
            continue;
        }
        let by_paragraph = body.get(k + 1).is_some_and(|&b| blocks[b].blank_before);
        let mode = usize::from(by_paragraph);
        let cells = whole[mode].get_or_insert_with(|| cells_of(t, blocks, body, by_paragraph));
        // The cell holding the header (headers come in order).
        let j = &mut cursor[mode];
        while cells[*j].blocks.end <= body[k] {
            *j += 1;
        }
        let j = *j;
        let kept = cells[j].clone();
        cells[j] = Cell {
            blocks: body[k]..kept.blocks.end,
            range: blocks[body[k]].range.start..kept.range.end,
        };
        let read = read_table(t, &cells[j..]).and_then(|(table, used)| {
            let used_blocks: usize = cells[j..j + used].iter().map(|c| c.blocks.len()).sum();
            (!table.rows.is_empty()).then_some((table, used_blocks))
        });
        cells[j] = kept;
        match read {
            Some((table, used_blocks)) => {
                out.push(table);
                k += used_blocks.max(1);
            }
            None => k += 1,
        }
    }
    out
}

/// The most columns a header may have.
const MAX_COLUMNS: usize = 12;

/// Whether `s` may be a column's name: short, no sentence in it.
fn is_header_cell(s: &str) -> bool {
    let s = s.trim();
    s.chars().count() <= 16 && !s.contains(['。', ',', ';'])
}

/// Whether columns make a task table: at least three, and they name who
/// does the work, or what is due by when; a data table (名称 / 地点 / 面积…)
/// does neither.
fn assigns_tasks(cols: &[Column]) -> bool {
    let has_text = cols.contains(&Column::Text) || cols.contains(&Column::Topic);
    cols.len() >= 3
        && (cols.contains(&Column::Lead) || (cols.contains(&Column::Deadline) && has_text))
}

/// How a table kept one row per line parts its cells: tabs (HTML
/// converted to text), or vertical bars (a web table saved as text,
/// 序号 | 任务名称 | 牵头部门 |, and Markdown's | 序号 | … |).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    Tab,
    Bar,
}

impl Separator {
    fn byte(self) -> u8 {
        match self {
            Separator::Tab => b'\t',
            Separator::Bar => b'|',
        }
    }

    /// The separator a block may open a table with: a tab, else a bar
    /// (the header's columns are read by [`read_row_table`]).
    fn opening(s: &str) -> Option<Separator> {
        let b = s.as_bytes();
        memchr::memchr2(b'\t', b'|', b)?;
        match memchr::memchr(b'\t', b) {
            Some(_) => Some(Separator::Tab),
            None => Some(Separator::Bar),
        }
    }

    /// The cells of a line: the ranges between its separators. Bars are
    /// read as a table's borders too: a bar opening or closing the line
    /// opens or closes its first or last cell, and the blanks around a
    /// cell are not part of it.
    fn cells(self, t: &str, line: &Range<usize>) -> Vec<Range<usize>> {
        let mut cells = Vec::new();
        let mut start = line.start;
        for i in memchr::memchr_iter(self.byte(), &t.as_bytes()[line.clone()]) {
            cells.push(start..line.start + i);
            start = line.start + i + 1;
        }
        cells.push(start..line.end);
        if self == Separator::Bar {
            for c in &mut cells {
                let s = &t[c.clone()];
                let trimmed = crate::text::trim_blank(s);
                let start = c.start + (trimmed.as_ptr() as usize - s.as_ptr() as usize);
                *c = start..start + trimmed.len();
            }
            if cells.last().is_some_and(|c| c.is_empty()) && cells.len() > 1 {
                cells.pop();
            }
            if cells.first().is_some_and(|c| c.is_empty()) && cells.len() > 1 {
                cells.remove(0);
            }
        }
        cells
    }
}

/// Whether a row of bar-parted cells is Markdown's delimiter row
/// (|---|:---:|), which holds no data.
fn is_delimiter_row(t: &str, cells: &[Range<usize>]) -> bool {
    cells.iter().all(|c| {
        let s = &t[c.clone()];
        s.contains('-') && s.bytes().all(|b| matches!(b, b'-' | b':' | b' '))
    })
}

/// The lines of a body, read as they are asked for: the blocks on one line
/// (the block splitter cuts a line at an item marker inside it, 包括：(1)…
/// (2)…) with the line's whole extent (a block leaves out the blanks around
/// it, tabs too, and the cells are counted on the whole line), and the
/// indices of those blocks in the body.
struct Lines<'a> {
    t: &'a str,
    blocks: &'a [Block],
    body: &'a [usize],
    k: usize,
}

impl<'a> Lines<'a> {
    /// The lines of `body`, from its first block.
    fn of(t: &'a str, blocks: &'a [Block], body: &'a [usize]) -> Self {
        Lines {
            t,
            blocks,
            body,
            k: 0,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = (Range<usize>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        let first = self.k;
        let mut line = self.blocks[*self.body.get(first)?].range.clone();
        self.k += 1;
        while let Some(&b) = self.body.get(self.k) {
            let next = &self.blocks[b].range;
            if self.t[line.end..next.start].contains('\n') {
                break;
            }
            line.end = next.end;
            self.k += 1;
        }
        let t = self.t;
        line.start = t[..line.start].rfind('\n').map_or(0, |i| i + 1);
        line.end += t[line.end..].find('\n').unwrap_or(t.len() - line.end);
        Some((line, first..self.k))
    }
}

/// A table kept one row per line, its cells parted by `sep`, whose header
/// opens `body`: the table and how many blocks it takes. A row starts with
/// its number (or, without a 序号 column, with a full line); a line with
/// fewer cells, or with an empty first cell, continues the row above (its
/// cells are the last columns: the first ones were cells merged across
/// rows), but for one that opens with the next row's number, a row cut
/// short (a page saved before its end). A merged responsibility or
/// deadline cell is the row above's (spec: an empty responsibility cell
/// continues the cell above). The table ends at the first line without a
/// separator.
fn read_row_table(
    t: &str,
    blocks: &[Block],
    body: &[usize],
    sep: Separator,
) -> Option<(Table, usize)> {
    let mut lines = Lines::of(t, blocks, body);
    let (header_line, header_blocks) = lines.next()?;
    let header = sep.cells(t, &header_line);
    if header.len() > MAX_COLUMNS || !header.iter().all(|h| is_header_cell(&t[h.clone()])) {
        return None;
    }
    let cols: Vec<Column> = header.iter().map(|h| classify(&t[h.clone()])).collect();
    let ncols = cols.len();
    if !assigns_tasks(&cols) {
        return None;
    }
    let numbered = cols[0] == Column::Number;
    let mut table = Table {
        blocks: body[header_blocks].to_vec(),
        rows: Vec::new(),
    };
    // Each column's last cell, for the cells merged into the rows below it.
    let mut above: Vec<Option<Range<usize>>> = vec![None; ncols];
    let mut current: Option<u32> = None;
    for (line, ks) in lines {
        if memchr::memchr(sep.byte(), t[line.clone()].as_bytes()).is_none() {
            break;
        }
        let mut cells = sep.cells(t, &line);
        if sep == Separator::Bar && is_delimiter_row(t, &cells) {
            table.blocks.extend_from_slice(&body[ks]);
            continue;
        }
        cells.truncate(ncols);
        let first = t[cells[0].clone()].trim();
        // A row opens with its number, or, in a table without a 序号 column,
        // with a full line whose first cell is not empty; a shorter line
        // that opens with the next number is that row, cut short.
        let next_number = numbered
            && cells.len() > 1
            && number(first).is_some_and(|n| current.is_some_and(|c| n == c + 1));
        let opens_row = (cells.len() == ncols
            && if numbered {
                number(first).is_some()
            } else {
                !first.is_empty()
            })
            || next_number;
        let start_col = if opens_row {
            current = if numbered {
                number(first)
            } else {
                Some(current.map_or(1, |n| n + 1))
            };
            0
        } else if current.is_some() && (cells.len() < ncols || first.is_empty()) {
            ncols - cells.len()
        } else {
            break;
        };
        let mut row_cells = Vec::new();
        for (j, &col) in cols.iter().enumerate() {
            let own = (j >= start_col)
                .then(|| cells.get(j - start_col).cloned())
                .flatten()
                .filter(|r| !t[r.clone()].trim().is_empty());
            // A cell left out continues the one above; so does an empty one
            // between tabs (a merged cell, as HTML converted to text writes
            // it), but not one between bars, which a table drawn with bars
            // (Markdown's among them) writes as empty.
            let merged = j < start_col || sep == Separator::Tab;
            let cell = match own {
                Some(r) => Some(r),
                None if merged
                    && matches!(col, Column::Lead | Column::Cooperating | Column::Deadline) =>
                {
                    above[j].clone()
                }
                None => None,
            };
            if let Some(r) = cell {
                above[j] = Some(r.clone());
                row_cells.push((col, r));
            }
        }
        let row_blocks = body[ks].to_vec();
        table.blocks.extend_from_slice(&row_blocks);
        table.rows.push(Row {
            number: current.unwrap_or(0),
            cells: row_cells,
            blocks: row_blocks,
        });
    }
    let used = table.blocks.len();
    (!table.rows.is_empty()).then_some((table, used))
}

/// Whether a block may open a table kept one row per line with its cells
/// apart by spaces (序号 工 作 任 务 牵头负责部门): 序号, a space, more.
fn may_open_space_table(s: &str) -> bool {
    s.strip_prefix("序号")
        .is_some_and(|r| r.starts_with(' ') && r.trim().contains(' '))
}

/// The space-separated words of `line` (ranges in `t`).
fn space_words(t: &str, line: &Range<usize>) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in t[line.clone()].char_indices() {
        let at = line.start + i;
        match (c == ' ', start) {
            (true, Some(s)) => {
                words.push(s..at);
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(s..line.end);
    }
    words
}

/// A table kept one row per line, its cells apart by spaces (a web table
/// saved as text: 序号 工 作 任 务 牵头负责部门 / 1 居民消费价格涨幅3%左右
/// 发展改革委), whose header opens `body`: the table and how many blocks it
/// takes. The header's words are its columns, a letter-spaced name
/// (工 作 任 务) one column; each row opens with its number, and has the
/// header's number of words, or more when its one text column holds
/// spaces. The table ends at the first line that is no such row.
fn read_space_table(t: &str, blocks: &[Block], body: &[usize]) -> Option<(Table, usize)> {
    let mut lines = Lines::of(t, blocks, body);
    let (header_line, header_blocks) = lines.next()?;
    // Header columns: single characters spaced apart join into one name.
    let mut header: Vec<Range<usize>> = Vec::new();
    let mut spaced = false;
    for w in space_words(t, &header_line) {
        let single = t[w.clone()].chars().nth(1).is_none();
        match header.last_mut() {
            Some(last) if single && spaced => last.end = w.end,
            _ => header.push(w),
        }
        spaced = single;
    }
    if header.len() < 3
        || header.len() > MAX_COLUMNS
        || !header.iter().all(|h| is_header_cell(&t[h.clone()]))
    {
        return None;
    }
    let cols: Vec<Column> = header
        .iter()
        .map(|h| classify(&t[h.clone()].replace(' ', "")))
        .collect();
    let ncols = cols.len();
    if cols[0] != Column::Number || !assigns_tasks(&cols) {
        return None;
    }
    // The one column whose cells may hold spaces.
    let text_cols: Vec<usize> = (0..ncols)
        .filter(|&j| matches!(cols[j], Column::Text | Column::Topic))
        .collect();
    let mut table = Table {
        blocks: body[header_blocks].to_vec(),
        rows: Vec::new(),
    };
    for (line, ks) in lines {
        let words = space_words(t, &line);
        let Some(n) = words.first().and_then(|w| number(&t[w.clone()])) else {
            break;
        };
        let cells: Vec<Range<usize>> = match words.len().cmp(&ncols) {
            std::cmp::Ordering::Less => break,
            std::cmp::Ordering::Equal => words,
            std::cmp::Ordering::Greater => {
                let &[j] = text_cols.as_slice() else {
                    break;
                };
                let extra = words.len() - ncols;
                let mut cells = words[..j].to_vec();
                cells.push(words[j].start..words[j + extra].end);
                cells.extend_from_slice(&words[j + extra + 1..]);
                cells
            }
        };
        let row_blocks = body[ks].to_vec();
        table.blocks.extend_from_slice(&row_blocks);
        table.rows.push(Row {
            number: n,
            cells: cols.iter().copied().zip(cells).skip(1).collect(),
            blocks: row_blocks,
        });
    }
    let used = table.blocks.len();
    (!table.rows.is_empty()).then_some((table, used))
}

/// Read a table from `cells` (starting at 序号). Returns the table and the
/// number of cells used.
fn read_table(t: &str, cells: &[Cell]) -> Option<(Table, usize)> {
    let text = |c: &Cell| t[c.range.clone()].trim();
    // Header: 序号 then short cells until the first number.
    let mut cols = Vec::new();
    let mut i = 0;
    while i < cells.len() && cols.len() < MAX_COLUMNS {
        let s = text(&cells[i]);
        if i > 0 && number(s).is_some() {
            break;
        }
        if !is_header_cell(s) {
            return None;
        }
        cols.push(classify(s));
        i += 1;
    }
    let ncols = cols.len();
    if !assigns_tasks(&cols) {
        return None;
    }
    // Columns merged across sub-rows: those before the text column.
    let text_col = cols.iter().position(|&c| c == Column::Text).unwrap_or(1);
    let merged = text_col.max(1);
    let sub_width = ncols - merged;
    let lead_col = cols.iter().position(|&c| c == Column::Lead);

    let mut table = Table {
        blocks: cells[..i].iter().flat_map(|c| c.blocks.clone()).collect(),
        rows: Vec::new(),
    };
    let mut current: Option<u32> = None;
    loop {
        if i >= cells.len() {
            break;
        }
        let s = text(&cells[i]);
        // A repeated header (a new page of the table).
        if s == "序号" && i + ncols <= cells.len() {
            let same = (0..ncols).all(|c| classify(text(&cells[i + c])) == cols[c]);
            if same {
                table
                    .blocks
                    .extend(cells[i..i + ncols].iter().flat_map(|c| c.blocks.clone()));
                i += ncols;
                continue;
            }
        }
        let expected = current.map_or(1, |n| n + 1);
        let (start_col, width) = if number(s) == Some(expected) {
            (0, ncols)
        } else if current.is_some() && sub_width > 0 && sub_width < ncols {
            (merged, sub_width)
        } else {
            break;
        };
        if i + width > cells.len() {
            break;
        }
        let row_cells = &cells[i..i + width];
        // A sub-row must carry a department-like lead cell where one is expected.
        if let Some(lc) = lead_col.filter(|&lc| lc >= start_col) {
            if !dept_like(text(&row_cells[lc - start_col])) {
                break;
            }
        }
        if start_col == 0 {
            current = number(s);
        }
        let row = Row {
            number: current.unwrap_or(0),
            cells: row_cells
                .iter()
                .enumerate()
                .map(|(j, c)| (cols[start_col + j], c.range.clone()))
                .collect(),
            blocks: row_cells.iter().flat_map(|c| c.blocks.clone()).collect(),
        };
        table.blocks.extend(row.blocks.iter().copied());
        table.rows.push(row);
        i += width;
    }
    Some((table, i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_blocks;
    use proptest::prelude::*;

    /// What [`find_tables`] replaced: the cells read anew from each header.
    fn find_tables_reading_from_each_header(
        t: &str,
        blocks: &[Block],
        body: &[usize],
    ) -> Vec<Table> {
        let mut out = Vec::new();
        let mut k = 0;
        while k < body.len() {
            if !is_number_header(&t[blocks[body[k]].range.clone()]) {
                k += 1;
                continue;
            }
            let by_paragraph = body.get(k + 1).is_some_and(|&b| blocks[b].blank_before);
            let cells = cells_of(t, blocks, &body[k..], by_paragraph);
            match read_table(t, &cells) {
                Some((table, used)) if !table.rows.is_empty() => {
                    let used_blocks: usize = cells[..used].iter().map(|c| c.blocks.len()).sum();
                    out.push(table);
                    k += used_blocks.max(1);
                }
                _ => k += 1,
            }
        }
        out
    }

    /// Task tables (a header, numbered rows, sub-rows, a repeated header)
    /// between other lines, each line followed by a blank line or not.
    fn table_text() -> impl Strategy<Value = String> {
        let table = (0usize..3, 0u32..4, any::<bool>(), 0usize..4);
        (
            proptest::collection::vec(table, 0..8),
            proptest::collection::vec(any::<bool>(), 64),
        )
            .prop_map(|(tables, blanks)| {
                const HEADERS: [&str; 3] = [
                    "序号\n工作事项\n主要内容\n牵头单位\n",
                    "序号\n任务\n责任单位\n完成时限\n",
                    "序号\n",
                ];
                const NOISE: [&str; 4] = ["", "一、总体要求\n", "/\n", "内容乙。\n各区政府\n"];
                let mut lines = String::new();
                for (header, rows, sub_row, noise) in tables {
                    lines.push_str(NOISE[noise]);
                    lines.push_str(HEADERS[header]);
                    for n in 1..=rows {
                        lines.push_str(&format!("{n}\n扩大来源。\n内容甲。\n各区政府\n"));
                        if sub_row {
                            lines.push_str("内容乙。\n市卫生健康委\n");
                        }
                    }
                }
                let mut t = String::new();
                for (line, blank) in lines.lines().zip(blanks.iter().cycle()) {
                    t.push_str(line);
                    t.push('\n');
                    if *blank {
                        t.push('\n');
                    }
                }
                t
            })
    }

    proptest! {
        /// The same tables as reading from each header, over the whole text
        /// and over a body with some blocks left out (as the tables and
        /// enclosures of a document take theirs).
        #[test]
        fn cells_read_once_find_the_same_tables(t in table_text(), skip in 2usize..7) {
            let blocks = split_blocks(&t, 0);
            let all: Vec<usize> = (0..blocks.len()).collect();
            let some: Vec<usize> = all.iter().copied().filter(|b| b % skip != 1).collect();
            for body in [&all, &some] {
                prop_assert_eq!(
                    format!("{:?}", find_tables(&t, &blocks, body)),
                    format!("{:?}", find_tables_reading_from_each_header(&t, &blocks, body))
                );
            }
        }
    }

    /// The generator above does make tables (else the property holds
    /// vacuously).
    #[test]
    fn table_text_makes_tables() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let found = (0..200)
            .filter(|_| {
                let t = table_text().new_tree(&mut runner).unwrap().current();
                let blocks = split_blocks(&t, 0);
                let body: Vec<usize> = (0..blocks.len()).collect();
                !find_tables(&t, &blocks, &body).is_empty()
            })
            .count();
        assert!(found > 50, "{found} of 200");
    }

    #[test]
    fn rebuilds_rows_with_merged_cells() {
        let t = "序号\n工作事项\n主要内容\n牵头单位\n配合单位\n1\n扩大来源。\n内容甲。\n各区政府\n市卫生健康委\n内容乙。\n各区政府\n市人社局\n2\n优化团队。\n内容丙。\n各区政府\n/\n";
        let blocks = split_blocks(t, 0);
        let body: Vec<usize> = (0..blocks.len()).collect();
        let tables = find_tables(t, &blocks, &body);
        assert_eq!(tables.len(), 1);
        let rows = &tables[0].rows;
        assert_eq!(rows.len(), 3);
        assert_eq!(rows.iter().map(|r| r.number).collect::<Vec<_>>(), [1, 1, 2]);
        let lead = |r: &Row| {
            r.cells
                .iter()
                .find(|c| c.0 == Column::Lead)
                .map(|c| &t[c.1.clone()])
                .unwrap()
        };
        assert_eq!(lead(&rows[1]), "各区政府");
        assert_eq!(tables[0].blocks.len(), blocks.len());
    }

    /// A Markdown table: bars at both ends, a delimiter row, and an empty
    /// cell that stays empty (no merged cells in Markdown).
    #[test]
    fn markdown_table() {
        let t = "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|:---:|---|\n| 1 | 制定实施细则 | 市财政局 | 市发展改革委 | 2024年6月底前 |\n| 2 | 开展专项检查 | 市审计局 |  | 2024年12月底前 |\n";
        let blocks = split_blocks(t, 0);
        let body: Vec<usize> = (0..blocks.len()).collect();
        let tables = find_tables(t, &blocks, &body);
        assert_eq!(tables.len(), 1);
        let cells = |r: &Row| -> Vec<(Column, &str)> {
            r.cells.iter().map(|(c, x)| (*c, &t[x.clone()])).collect()
        };
        let rows = &tables[0].rows;
        assert_eq!(
            cells(&rows[0]),
            [
                (Column::Number, "1"),
                (Column::Text, "制定实施细则"),
                (Column::Lead, "市财政局"),
                (Column::Cooperating, "市发展改革委"),
                (Column::Deadline, "2024年6月底前"),
            ]
        );
        assert_eq!(
            cells(&rows[1]),
            [
                (Column::Number, "2"),
                (Column::Text, "开展专项检查"),
                (Column::Lead, "市审计局"),
                (Column::Deadline, "2024年12月底前"),
            ]
        );
        assert_eq!(tables[0].blocks.len(), blocks.len());
    }

    /// A letter-spaced header name is the name (牵 头 部 门); a bare
    /// category (类  型) with a year column makes no task table (notice 14's
    /// 建设项目表: 序号 / 建设时间 / 建设方式 / 类  型 / 数量).
    #[test]
    fn letter_spaced_headers() {
        assert_eq!(classify("牵 头 部 门"), Column::Lead);
        assert_eq!(classify("任\u{3000}务"), Column::Text);
        assert_eq!(classify("类  型"), Column::Other);
        assert_eq!(classify("任务类型"), Column::Topic);
        let t = "序号\n\n建设时间\n\n建设方式\n\n类  型\n\n数量\n\n1\n\n2021年\n\n直接设置\n\n等级\n\n25\n";
        let blocks = split_blocks(t, 0);
        let body: Vec<usize> = (0..blocks.len()).collect();
        assert!(find_tables(t, &blocks, &body).is_empty());
    }

    #[test]
    fn paragraph_cells() {
        let t = "序号\n\n任务类型\n\n重点内容\n\n责任单位\n\n1\n\n海绵城市\n建设管理\n\n推进建设。\n\n区建设管理委、\n区水务局\n";
        let blocks = split_blocks(t, 0);
        let body: Vec<usize> = (0..blocks.len()).collect();
        let tables = find_tables(t, &blocks, &body);
        assert_eq!(tables[0].rows.len(), 1);
        let c = &tables[0].rows[0].cells;
        assert_eq!(&t[c[3].1.clone()], "区建设管理委、\n区水务局");
    }
}
