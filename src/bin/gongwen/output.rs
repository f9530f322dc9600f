//! Output formats: pretty JSON, JSON Lines and the task table (任务分解表) as CSV.

use gongwen::{Deadline, Document};
use serde::Serialize;

/// How documents are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Pretty JSON: one object for one input file, an array for several.
    Json,
    /// One compact JSON document per line.
    Jsonl,
    /// One CSV row per task (任务分解表).
    TasksCsv,
}

impl Format {
    /// The extension of the files `--out` writes in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json | Format::Jsonl => "json",
            Format::TasksCsv => "csv",
        }
    }
}

/// The columns of `tasks-csv`.
pub const TASK_COLUMNS: [&str; 11] = [
    "file",
    "problem",
    "measure",
    "path",
    "text",
    "lead_departments",
    "cooperating_departments",
    "deadline_raw",
    "deadline_kind",
    "deadline_start",
    "deadline_due",
];

/// Pretty JSON of a document (a [`gongwen::LazyDocument`], or a
/// [`Document`]) parsed from `input_bytes` bytes, with a final newline.
///
/// Written by `sonic-rs`, which finds the bytes a string must escape
/// sixteen at a time and so serialises in about half the time `serde_json`
/// takes; its text is the same, byte for byte (`tests` below and the CLI's
/// golden tests hold it to that). Written into a buffer sized from the
/// input, so it is not regrown and copied as it fills (over the corpus and
/// the seed, compact JSON runs 2.1 times the input on average and at most
/// 3.9; pretty JSON 2.8 and at most 5.2); bytes, not a `String`, so
/// it is not validated again.
pub fn json_pretty(doc: &impl Serialize, input_bytes: usize) -> Vec<u8> {
    let mut buf = Vec::with_capacity(input_bytes * 4 + 4096);
    sonic_rs::to_writer_pretty(&mut buf, doc).expect("a Document always serialises");
    buf.push(b'\n');
    buf
}

/// Compact JSON of a document on one line, with a final newline (see
/// [`json_pretty`]).
pub fn json_line(doc: &impl Serialize, input_bytes: usize) -> Vec<u8> {
    let mut buf = Vec::with_capacity(input_bytes * 3 + 4096);
    sonic_rs::to_writer(&mut buf, doc).expect("a Document always serialises");
    buf.push(b'\n');
    buf
}

/// Indent every line of a pretty JSON text by two spaces (for an element of
/// an array), without its final newline. Pretty JSON never has a raw
/// newline inside a string, so this is safe.
pub fn indent(json: &[u8]) -> Vec<u8> {
    let json = json.strip_suffix(b"\n").unwrap_or(json);
    let mut out = Vec::with_capacity(json.len() + json.len() / 8);
    for (k, line) in json.split(|&b| b == b'\n').enumerate() {
        if k > 0 {
            out.push(b'\n');
        }
        out.extend_from_slice(b"  ");
        out.extend_from_slice(line);
    }
    out
}

/// The `deadline_kind` name, as in the JSON.
fn kind_name(d: &Deadline) -> String {
    serde_json::to_value(d.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// The CSV header line of `tasks-csv`.
pub fn csv_header() -> String {
    csv_rows(std::iter::once(TASK_COLUMNS.map(str::to_string)))
}

/// The CSV rows of a document's tasks (no header).
pub fn tasks_csv(doc: &Document) -> String {
    let file = doc.source.path.clone().unwrap_or_default();
    csv_rows(doc.tasks.iter().map(|t| {
        let d = t.deadline.as_ref();
        [
            file.clone(),
            opt(t.problem),
            opt(t.measure),
            t.path.join("/"),
            t.text.clone(),
            t.lead_departments.join("、"),
            t.cooperating_departments.join("、"),
            opt(d.map(|d| d.raw.clone())),
            opt(d.map(kind_name)),
            opt(d.and_then(|d| d.start)),
            opt(d.and_then(|d| d.due)),
        ]
    }))
}

fn csv_rows(rows: impl Iterator<Item = [String; 11]>) -> String {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    for row in rows {
        w.write_record(&row).expect("writing CSV to memory");
    }
    let bytes = w.into_inner().expect("flushing CSV to memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen::{Date, DeadlineKind, Span, Task};

    #[test]
    fn a_task_row() {
        let mut doc = gongwen::parse("");
        doc.source.path = Some("a.txt".into());
        doc.tasks.push(Task {
            text: "完善制度，加强\"监管\"".into(),
            problem: Some(3),
            measure: None,
            path: vec!["一、".into(), "（三）".into()],
            lead_departments: vec!["市编委办".into(), "兴隆台区编委办".into()],
            cooperating_departments: vec![],
            departments_raw: None,
            deadline: Some(Deadline {
                raw: "2017年6月末前".into(),
                kind: DeadlineKind::ByDate,
                start: None,
                due: Date::new(2017, 6, 30),
                then_ongoing: false,
                aim: false,
                condition: None,
                span: Span::new(0, 0),
            }),
            milestones: vec![],
            span: Span::new(0, 0),
        });
        assert_eq!(
            tasks_csv(&doc),
            "a.txt,3,,一、/（三）,\"完善制度，加强\"\"监管\"\"\",市编委办、兴隆台区编委办,,2017年6月末前,by_date,,2017-06-30\n"
        );
        assert_eq!(
            csv_header(),
            "file,problem,measure,path,text,lead_departments,cooperating_departments,deadline_raw,deadline_kind,deadline_start,deadline_due\n"
        );
    }

    /// The JSON writer is `sonic-rs` for speed, but the contract is
    /// `serde_json`'s text: every character a string may hold (controls,
    /// quotes, backslash, DEL, the line separators, astral characters) and
    /// the seed notice's whole document must come out byte for byte the same.
    #[test]
    fn json_is_serde_json_text() {
        let mut all = String::new();
        for c in (0u32..0x3100).chain([0x2028, 0x2029, 0xFEFF, 0x1F600, 0x10FFFF]) {
            all.extend(char::from_u32(c));
        }
        assert_eq!(
            sonic_rs::to_string(&all).unwrap(),
            serde_json::to_string(&all).unwrap()
        );
        let seed = include_str!("../../../seeds/000_ff0d01acfb8f9152.txt");
        let mut lazy = gongwen::parse_lazy(seed, &gongwen::Options::default());
        lazy.source_mut().path = Some("a \"quoted\"\\path\u{1}.txt".into());
        let line = json_line(&lazy, seed.len());
        let pretty = json_pretty(&lazy, seed.len());
        let doc = lazy.into_document();
        assert_eq!(
            line.strip_suffix(b"\n").unwrap(),
            serde_json::to_vec(&doc).unwrap()
        );
        assert_eq!(
            pretty.strip_suffix(b"\n").unwrap(),
            serde_json::to_vec_pretty(&doc).unwrap()
        );
        // The writer's size hint does not change the text.
        assert_eq!(json_line(&doc, 0), line);
    }

    #[test]
    fn indenting() {
        assert_eq!(
            indent(b"{\n  \"a\": 1\n}\n"),
            b"  {\n    \"a\": 1\n  }".to_vec()
        );
    }
}
