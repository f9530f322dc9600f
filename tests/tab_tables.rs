//! Task tables kept one row per line with tab-separated cells, as HTML
//! tables come out of a page converted to text (the 国务院 pages among the
//! corpus's sources are converted that way), read as the same tasks as the
//! same table flattened to one cell per paragraph.

mod common;

use gongwen::Document;

/// Notice 38 with its task table (from the first 序号 to the end) rewritten
/// one row per line: its cells are the paragraphs after the header, each
/// row 序号 and four more, a cell's wrapped lines joined.
fn tabbed_notice_38() -> (String, String) {
    let path =
        common::root().join("fixtures/corpus/38_sh-jiading-sponge-city-scheme-task-table.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let start = text.find("\n序号\n").expect("the table's header") + 1;
    let cells: Vec<String> = text[start..]
        .split("\n\n")
        .map(|c| c.trim().replace('\n', ""))
        .filter(|c| !c.is_empty())
        .collect();
    let mut rows = Vec::new();
    for row in cells.chunks(5) {
        assert_eq!(row.len(), 5, "a whole row: {row:?}");
        rows.push(row.join("\t"));
    }
    assert_eq!(rows[0], "序号\t任务类型\t重点内容\t责任单位\t参考文件");
    let tabbed = format!("{}{}\n", &text[..start], rows.join("\n"));
    (text, tabbed)
}

/// What a table row says: its text (a cell's line breaks aside), lead and
/// cooperating bodies, and deadline (raw, kind, due).
type RowReading = (String, Vec<String>, Vec<String>, Option<String>);

/// The rows of the tables (the tasks with no outline path).
fn table_tasks(d: &Document) -> Vec<RowReading> {
    d.tasks
        .iter()
        .filter(|t| t.path.is_empty())
        .map(|t| {
            (
                t.text.replace('\n', ""),
                t.lead_departments.clone(),
                t.cooperating_departments.clone(),
                t.deadline
                    .as_ref()
                    .map(|d| format!("{} {:?} {:?}", d.raw, d.kind, d.due)),
            )
        })
        .collect()
}

/// Each task on one line: text | lead | cooperating | deadline as written,
/// and its due day when it has one.
fn brief(d: &Document) -> Vec<String> {
    d.tasks
        .iter()
        .map(|t| {
            let deadline = t.deadline.as_ref().map_or(String::new(), |d| match d.due {
                Some(due) => format!("{} → {due}", d.raw),
                None => d.raw.clone(),
            });
            format!(
                "{} | {} | {} | {deadline}",
                t.text,
                t.lead_departments.join("、"),
                t.cooperating_departments.join("、"),
            )
        })
        .collect()
}

#[test]
fn tab_separated_rows_read_as_the_flattened_table() {
    let (flat, tabbed) = tabbed_notice_38();
    let flat = gongwen::parse(&flat);
    let tabbed_doc = gongwen::parse(&tabbed);
    let rows = table_tasks(&flat);
    assert_eq!(rows.len(), 12, "the golden's twelve rows");
    assert_eq!(table_tasks(&tabbed_doc), rows);
    // The rest of the notice reads the same, and the table's lines are no
    // running text.
    assert_eq!(tabbed_doc.tasks.len(), flat.tasks.len());
    assert_eq!(tabbed_doc.title, flat.title);
    // Each row's task text is its 重点内容 cell, inside the row's line.
    for t in tabbed_doc.tasks.iter().filter(|t| t.path.is_empty()) {
        let line_start = tabbed[..t.span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = tabbed[t.span.end..]
            .find('\n')
            .map_or(tabbed.len(), |i| t.span.end + i);
        assert!(tabbed[line_start..line_end].contains(&t.text));
    }
}

/// Merged cells: a row continued on lines with fewer cells (its first
/// columns merged) or with an empty number cell, and an empty
/// responsibility cell, take the row above's bodies and deadline; a table
/// of other columns is no task table; the table ends at a line without
/// tabs.
#[test]
fn merged_cells_and_ends() {
    let s = "关于印发重点任务分工方案的通知\n\n各区人民政府：\n\n现将方案印发给你们。\n\n\
某市人民政府办公室\n2021年3月5日\n\n序号\t工作事项\t主要内容\t牵头单位\t完成时限\n\
1\t优化审批\t精简审批环节。\t市发展改革委\t2021年底前\n\
压缩审批时限。\t\t2022年6月底前\n\
\t\t推行告知承诺制。\t市司法局\t\n\
2\t数据共享\t打通部门数据。\t市大数据局、市公安局\t长期坚持\n\
以上任务由各牵头单位按季度报送进展。\n\n\
序号\t姓名\t职务\n1\t张三\t科长\n";
    let d = gongwen::parse(s);
    assert_eq!(
        brief(&d),
        [
            "精简审批环节。 | 市发展改革委 |  | 2021年底前 → 2021-12-31",
            "压缩审批时限。 | 市发展改革委 |  | 2022年6月底前 → 2022-06-30",
            "推行告知承诺制。 | 市司法局 |  | 2022年6月底前 → 2022-06-30",
            "打通部门数据。 | 市大数据局、市公安局 |  | 长期坚持",
            // The line after the table is no row; it gives the lead units
            // work of their own (由各牵头单位…报送).
            "以上任务由各牵头单位按季度报送进展。 | 各牵头单位 |  | ",
        ]
    );
}

/// A table with no 序号 column: each line of a first cell is a row; its
/// empty cells (merged with the row above) are the row above's.
#[test]
fn unnumbered_table() {
    let s = "某市重点任务清单\n\n重点任务\t牵头单位\t配合单位\t完成时限\n\
加快政务数据共享。\t市大数据局\t市公安局\t2021年底前\n\
推进电子证照应用。\t\t\t2022年6月底前\n\
优化企业开办服务。\t市市场监管局\t市税务局\t长期坚持\n";
    let d = gongwen::parse(s);
    assert_eq!(
        brief(&d),
        [
            "加快政务数据共享。 | 市大数据局 | 市公安局 | 2021年底前 → 2021-12-31",
            "推进电子证照应用。 | 市大数据局 | 市公安局 | 2022年6月底前 → 2022-06-30",
            "优化企业开办服务。 | 市市场监管局 | 市税务局 | 长期坚持",
        ]
    );
}
