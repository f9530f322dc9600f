//! Pathological inputs, each family built at any size, shared by
//! `tests/pathological.rs` and `benches/pathological.rs`.

#![allow(dead_code)]

/// The seed notice.
pub const SEED: &str = include_str!("../data/000_ff0d01acfb8f9152.txt");

/// `unit` repeated, cut at the first char boundary at or after `bytes`.
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes.div_ceil(unit.len()).max(1));
    let mut end = bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end += 1;
    }
    s.truncate(end);
    s
}

/// The seed notice with every line break removed, repeated: text with no
/// line breaks at all.
pub fn one_line(bytes: usize) -> String {
    let flat: String = SEED.chars().filter(|c| *c != '\n' && *c != '\r').collect();
    repeat_to(&flat, bytes)
}

/// "一、\n" again and again.
pub fn marker_lines(bytes: usize) -> String {
    repeat_to("一、\n", bytes)
}

/// Markers of every style, cycling deeper and back: 一、/（一）/1./（1）/①.
pub fn alternating_markers(bytes: usize) -> String {
    repeat_to(
        "一、加强领导\n（一）明确责任\n1.落实措施\n（1）细化分工\n①按时完成\n",
        bytes,
    )
}

/// `（` nested `depth` deep around a clause, then closed.
pub fn nested_parens(depth: usize) -> String {
    let mut s = "（".repeat(depth);
    s.push_str("牵头部门：市住建委");
    s.push_str(&"）".repeat(depth));
    s
}

/// About `bytes` of nested parentheses (each level is 6 bytes).
pub fn nested_parens_bytes(bytes: usize) -> String {
    nested_parens(bytes / 6)
}

/// A parenthesis that is never closed, then `bytes` of text.
pub fn unclosed_paren(bytes: usize) -> String {
    let mut s = String::from("一、加强管理（牵头部门：市住建委；完成时限：");
    s.push_str(&repeat_to(
        "各部门要加强协调配合，确保工作落实到位，",
        bytes,
    ));
    s
}

/// A 文号 again and again, on one line.
pub fn doc_numbers(bytes: usize) -> String {
    repeat_to("盘政办发〔2017〕69号", bytes)
}

/// The same assignment bracket again and again, in a row.
pub fn assignments(bytes: usize) -> String {
    repeat_to("（牵头部门：市住建委；完成时限：2017年6月末前）", bytes)
}

/// Whole notices concatenated, as an archive dump holds them.
pub fn concatenated_notices(bytes: usize) -> String {
    let mut unit = SEED.to_string();
    unit.push('\n');
    repeat_to(&unit, bytes)
}

/// Opening parentheses only, never closed.
pub fn open_parens(bytes: usize) -> String {
    repeat_to("（", bytes)
}

/// A 《 never closed, then text full of 文号 and dates.
pub fn unclosed_title(bytes: usize) -> String {
    let mut s = String::from("根据《关于加强管理的通知");
    s.push_str(&repeat_to("（国办发〔2019〕3号）2017年6月末前，", bytes));
    s
}

/// One bracket naming departments without end.
pub fn department_list(bytes: usize) -> String {
    let mut s = String::from("一、加强管理。（牵头部门：");
    s.push_str(&repeat_to("市住建委、区民政局，", bytes));
    s.push_str("；完成时限：2017年6月末前）");
    s
}

/// Markers with no line breaks between them.
pub fn markers_one_line(bytes: usize) -> String {
    repeat_to("一、（一）1.（1）①第一条", bytes)
}

/// Deadline phrases and dates, nothing else.
pub fn deadlines(bytes: usize) -> String {
    repeat_to("2017年6月末前完成，2018-2020年，7-12月，长期推进；", bytes)
}

/// Signature blocks again and again: issuer line, date line.
pub fn signatures(bytes: usize) -> String {
    repeat_to("上海市人民政府办公厅\n2024年5月6日\n", bytes)
}

/// Title lines again and again (each could open an enclosure).
pub fn titles(bytes: usize) -> String {
    repeat_to("关于印发加强管理实施方案的通知\n", bytes)
}

/// 附件 and 抄送 lines, addressee lines, web residue, over and over.
pub fn tail_lines(bytes: usize) -> String {
    repeat_to(
        "附件：1.关于加强管理的意见\n抄送：市委办公厅，市人大常委会办公厅。\n各区人民政府：\n发布时间:2017-11-06 浏览次数:223\n上海市人民政府办公厅2024年5月6日印发\n",
        bytes,
    )
}

/// 序号 header cells again and again, each opening a table that never comes.
pub fn table_headers(bytes: usize) -> String {
    repeat_to("序号\n", bytes)
}

/// A small task table again and again, in one body.
pub fn task_tables(bytes: usize) -> String {
    repeat_to(
        "序号\n工作事项\n主要内容\n牵头单位\n1\n扩大来源。\n内容甲。\n各区政府\n",
        bytes,
    )
}

/// One body's dated requests again and again on one line: every sentence
/// joins the same task.
pub fn one_body_one_line(bytes: usize) -> String {
    repeat_to(
        "请各区民政局、市属单位于8月15日前将养老机构自查自纠和重点问题整改情况报市民政局养老服务处。",
        bytes,
    )
}

/// The same, one request a line: the sentences join one task across
/// paragraphs, each adding a dated step.
pub fn one_body_many_lines(bytes: usize) -> String {
    repeat_to(
        "请各区民政局、市属单位于8月15日前将养老机构自查自纠和重点问题整改情况报市民政局养老服务处。\n",
        bytes,
    )
}

/// A 《 opening a title on a line of them, never closed.
pub fn open_titles_one_line(bytes: usize) -> String {
    repeat_to("《嘉定新城“十四五”规划", bytes)
}

/// Tab-separated table headers again and again, each opening a table whose
/// first row is the next header.
pub fn tab_table_headers(bytes: usize) -> String {
    repeat_to("序号\t工作任务\t牵头单位\t完成时限\n", bytes)
}

/// One tab-separated task table of ever more rows, rows continued on lines
/// of fewer cells (merged cells), and a row cut by item markers.
pub fn tab_task_table(bytes: usize) -> String {
    let mut s = String::from("序号\t工作任务\t牵头单位\t完成时限\n");
    let mut n = 1;
    while s.len() < bytes {
        s.push_str(&format!(
            "{n}\t加强监管，内容包括：（1）排查；（2）整改。\t市民政局、市财政局\t2021年底前\n\t压缩时限。\t\t\n"
        ));
        n += 1;
    }
    s
}

/// Rows of a table that is no task table, each line tried as a header.
pub fn tab_data_rows(bytes: usize) -> String {
    repeat_to("1\t张三\t科长\t市民政局\n", bytes)
}

/// A line of tabs only, after a tab-separated header.
pub fn tab_line(bytes: usize) -> String {
    let mut s = String::from("序号\t工作任务\t牵头单位\n");
    s.push_str(&"\t".repeat(bytes));
    s
}

/// Organs' names and dates on one line, no sentence end and no date alone:
/// each date is tried as a closing glued inside the line.
pub fn glued_dates(bytes: usize) -> String {
    repeat_to("上海市人民政府办公厅2024年5月6日、", bytes)
}

/// A one-line notice's closing and enclosure again and again: organ, date
/// and a cited title glued to its first sentence, with a 附件 note.
pub fn glued_closings(bytes: usize) -> String {
    let mut s = String::from("关于印发《加强管理实施方案》的通知各区人民政府：现印发给你们。");
    s.push_str(&repeat_to(
        "请认真执行。附件：加强管理实施方案上海市人民政府办公厅2024年5月6日加强管理实施方案为加强管理，制定本方案。",
        bytes,
    ));
    s
}

/// Builds an input of about the given size in bytes.
pub type Builder = fn(usize) -> String;

/// Every family: name and builder.
pub const FAMILIES: &[(&str, Builder)] = &[
    ("one_line", one_line),
    ("marker_lines", marker_lines),
    ("alternating_markers", alternating_markers),
    ("nested_parens", nested_parens_bytes),
    ("unclosed_paren", unclosed_paren),
    ("doc_numbers", doc_numbers),
    ("assignments", assignments),
    ("concatenated_notices", concatenated_notices),
    ("open_parens", open_parens),
    ("unclosed_title", unclosed_title),
    ("department_list", department_list),
    ("markers_one_line", markers_one_line),
    ("deadlines", deadlines),
    ("signatures", signatures),
    ("titles", titles),
    ("tail_lines", tail_lines),
    ("table_headers", table_headers),
    ("task_tables", task_tables),
    ("one_body_one_line", one_body_one_line),
    ("one_body_many_lines", one_body_many_lines),
    ("open_titles_one_line", open_titles_one_line),
    ("tab_table_headers", tab_table_headers),
    ("tab_task_table", tab_task_table),
    ("tab_line", tab_line),
    ("tab_data_rows", tab_data_rows),
    ("glued_dates", glued_dates),
    ("glued_closings", glued_closings),
];
