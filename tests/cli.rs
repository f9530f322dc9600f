//! Tests of the `gongwen` command-line tool, running the built binary.
//!
//! The parser may still be a stub: these tests assert what the tool controls (decoding,
//! `source`, ordering, formats, exit codes, messages), and compare decoded inputs with their
//! UTF-8 originals rather than with fixed parse results.
#![cfg(feature = "cli")]

use encoding_rs::{GB18030, GBK};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_gongwen");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn seed() -> PathBuf {
    root().join("seeds/000_ff0d01acfb8f9152.txt")
}

fn corpus() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    assert!(v.len() >= 30, "the corpus has its files");
    v
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/cli")
        .join(name)
}

/// A fresh, empty scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> Value {
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn lines_json(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn source(path: &str, encoding: &str, format: &str, bytes: usize) -> Value {
    serde_json::json!({"path": path, "encoding": encoding, "format": format, "bytes": bytes})
}

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_string()
}

#[test]
fn json_on_the_seed_is_one_pretty_document() {
    let seed = seed();
    let o = run([&seed]);
    let v = json(&o);
    assert!(v.is_object());
    assert_eq!(v["schema_version"], "1");
    let len = std::fs::metadata(&seed).unwrap().len() as usize;
    assert_eq!(v["source"], source(&s(&seed), "utf-8", "text", len));
    let out = stdout(&o);
    assert!(out.starts_with("{\n  \"schema_version\": \"1\",\n"));
    assert!(out.ends_with("}\n"));
    // The summary line names one file and one document.
    assert!(
        stderr(&o).starts_with("gongwen: 1 file, 1 document, "),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains(", 0 failed; "));
}

#[test]
fn json_with_several_inputs_is_an_array_in_input_order() {
    let c = corpus();
    let args = [seed(), c[3].clone(), c[0].clone()];
    let v = json(&run(&args));
    let paths: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["source"]["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        args.iter().map(|p| p.to_str().unwrap()).collect::<Vec<_>>()
    );
    // A directory is "several" even when it holds one file.
    let d = scratch("one-file-dir");
    std::fs::copy(seed(), d.join("only.txt")).unwrap();
    let v = json(&run([&d]));
    assert_eq!(v.as_array().unwrap().len(), 1);
}

#[test]
fn jsonl_is_one_compact_document_per_line() {
    let c = corpus();
    let o = run(["--format", "jsonl", &s(&seed()), &s(&c[1])]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 2);
    assert!(out.ends_with("}\n"));
    let docs = lines_json(&o);
    assert_eq!(docs[0]["source"]["path"], s(&seed()));
    assert_eq!(docs[1]["source"]["path"], s(&c[1]));
    // Not escaped: CJK stays as is (the path is ASCII, so check a compact JSON key order).
    assert!(out.starts_with("{\"schema_version\":\"1\",\"source\":{\"path\":"));
}

#[test]
fn tasks_csv_has_the_header_and_one_row_per_task() {
    let seed = seed();
    let o = run(["-f", "tasks-csv", &s(&seed)]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "file,problem,measure,path,text,lead_departments,cooperating_departments,\
         deadline_raw,deadline_kind,deadline_start,deadline_due"
    );
    let tasks = json(&run([&seed]))["tasks"].as_array().unwrap().len();
    let mut reader = csv::ReaderBuilder::new().from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), tasks);
    for row in rows {
        assert_eq!(&row[0], s(&seed));
        assert_eq!(row.len(), 11);
    }
}

#[test]
fn gb18030_copy_decodes_to_the_same_text() {
    let d = scratch("gb18030");
    let original = &corpus()[0];
    let utf8 = std::fs::read_to_string(original).unwrap();
    let (gb, _, unmappable) = GB18030.encode(&utf8);
    assert!(!unmappable);
    let path = d.join("gb.txt");
    std::fs::write(&path, &gb).unwrap();

    let v = json(&run([&path]));
    assert_eq!(v["source"], source(&s(&path), "gb18030", "text", gb.len()));
    let u = json(&run([original]));
    assert_eq!(v["title"], u["title"]);
    assert_eq!(v["tasks"], u["tasks"]);
    assert_eq!(v["outline"], u["outline"]);

    let text = run(["text", "-q", &s(&path)]);
    assert_eq!(stdout(&text), utf8);

    // Forcing the encoding gives the same; GBK is named gb18030.
    let forced = json(&run(["--encoding", "GBK", &s(&path)]));
    assert_eq!(forced["source"]["encoding"], "gb18030");
}

#[test]
fn gbk_html_page_with_meta_charset() {
    let d = scratch("gbk-html");
    let page = std::fs::read_to_string(fixture("notice.html"))
        .unwrap()
        .replace(
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
        );
    let (gbk, _, unmappable) = GBK.encode(&page);
    assert!(!unmappable);
    let path = d.join("page.htm");
    std::fs::write(&path, &gbk).unwrap();
    let v = json(&run([&path]));
    assert_eq!(v["source"], source(&s(&path), "gb18030", "html", gbk.len()));
    let utf8_text = stdout(&run(["text", "-q", &s(&fixture("notice.html"))]));
    assert_eq!(stdout(&run(["text", "-q", &s(&path)])), utf8_text);
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        bytes.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    bytes
}

#[test]
fn utf16_with_bom_both_byte_orders() {
    let d = scratch("utf16");
    let utf8 = std::fs::read_to_string(seed()).unwrap();
    for (be, name) in [(false, "utf-16le"), (true, "utf-16be")] {
        let bytes = utf16(&utf8, be);
        let path = d.join(format!("{name}.txt"));
        std::fs::write(&path, &bytes).unwrap();
        let v = json(&run([&path]));
        assert_eq!(v["source"], source(&s(&path), name, "text", bytes.len()));
        assert_eq!(stdout(&run(["text", "-q", &s(&path)])), utf8);
    }
}

#[test]
fn utf8_bom_is_stripped_and_counted_in_bytes() {
    let d = scratch("bom");
    let utf8 = std::fs::read_to_string(seed()).unwrap();
    let path = d.join("bom.txt");
    std::fs::write(
        &path,
        [b"\xEF\xBB\xBF".as_slice(), utf8.as_bytes()].concat(),
    )
    .unwrap();
    let v = json(&run([&path]));
    assert_eq!(
        v["source"],
        source(&s(&path), "utf-8", "text", utf8.len() + 3)
    );
    assert_eq!(stdout(&run(["text", "-q", &s(&path)])), utf8);
    let plain = json(&run([seed()]));
    assert_eq!(v["title"], plain["title"]);
    assert_eq!(v["diagnostics"], plain["diagnostics"]);
}

#[test]
fn html_fixture_extracts_paragraphs_and_cells() {
    let page = fixture("notice.html");
    let v = json(&run([&page]));
    let len = std::fs::metadata(&page).unwrap().len() as usize;
    assert_eq!(v["source"], source(&s(&page), "utf-8", "html", len));
    let text = stdout(&run(["text", "-q", &s(&page)]));
    assert_eq!(
        text,
        "关于做好2024年春季学校安全工作的通知\n\
         发布时间：2024-02-20  来源：市教育局\n\
         某教发〔2024〕5号\n\
         各区教育局，市直属各学校：\n    \
         为切实做好春季开学安全工作，现将有关事项通知如下。\n\
         一、加强校园安全检查\n\
         各学校要在开学前完成一次全面安全检查。\n\
         检查结果报市教育局。\n\
         序号\t工作任务\t责任单位\t完成时限\n\
         1\t开展校舍安全排查\t各区教育局\t2024年3月底前\n\
         2\t完善应急预案 组织应急演练\t市直属各学校\t长期坚持\n\
         某市教育局\n\
         2024年2月18日\n"
    );
    for dropped in [
        "统计代码",
        "首页",
        "站内搜索",
        "ICP",
        "分享到微信",
        "当前位置",
        "font-family",
    ] {
        assert!(!text.contains(dropped), "{dropped} should be dropped");
    }
}

/// A page's task table comes out as tab-separated rows, each row a task; cells spanning
/// rows (rowspan) leave empty cells, which take the bodies above them.
#[test]
fn html_task_tables_give_one_task_a_row() {
    // The task rows of a page's tasks-csv, and the file column they start with.
    let rows = |name: &str| {
        let page = s(&fixture(name));
        let csv = stdout(&run(["--format", "tasks-csv", "-q", &page]));
        (
            csv.lines().skip(1).map(str::to_string).collect::<Vec<_>>(),
            page,
        )
    };
    let (got, f) = rows("notice.html");
    assert_eq!(
        got,
        [
            format!("{f},,,一、,各学校要在开学前完成一次全面安全检查。,各学校,,,,,"),
            format!("{f},,,,开展校舍安全排查,各区教育局,,2024年3月底前,by_date,,2024-03-31"),
            format!("{f},,,,完善应急预案 组织应急演练,市直属各学校,,长期坚持,ongoing,,"),
        ]
    );
    let (got, f) = rows("task-table-rowspan.html");
    assert_eq!(
        got,
        [
            format!("{f},,,,压缩企业开办时间至1个工作日以内。,市市场监管局,市公安局、市税务局,2021年6月底前,by_date,,2021-06-30"),
            format!("{f},,,,推行工程建设项目审批“一网通办”。,市住房城乡建设局,市发展改革委,2021年12月底前,by_date,,2021-12-31"),
            format!("{f},,,,建立联合验收机制。,市住房城乡建设局,市自然资源局,2022年6月底前,by_date,,2022-06-30"),
        ]
    );
}

#[test]
fn html_detected_by_content_without_extension() {
    let d = scratch("html-sniff");
    let path = d.join("page.txt");
    std::fs::copy(fixture("notice.html"), &path).unwrap();
    let v = json(&run([&path]));
    assert_eq!(v["source"]["format"], "html");
}

#[test]
fn directory_input_is_recursive_and_sorted() {
    let d = scratch("dir");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::create_dir_all(d.join(".git")).unwrap();
    for name in [
        "b.txt",
        "a.txt",
        "sub/c.txt",
        "C.htm",
        ".hidden.txt",
        ".git/x.txt",
    ] {
        std::fs::copy(seed(), d.join(name)).unwrap();
    }
    std::fs::write(d.join("picture.png"), b"\x89PNG\0\0").unwrap();
    // A symlinked file is taken; a symlinked directory is not walked (no
    // loops, no file read twice).
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(d.join("a.txt"), d.join("link.txt")).unwrap();
        std::os::unix::fs::symlink(d.join("sub"), d.join("linked-dir")).unwrap();
        std::os::unix::fs::symlink(d.join("sub"), d.join("dir-link.txt")).unwrap();
    }
    let o = run(["-f", "jsonl", "-j", "2", &s(&d)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let paths: Vec<String> = lines_json(&o)
        .iter()
        .map(|v| v["source"]["path"].as_str().unwrap().to_string())
        .collect();
    #[cfg(unix)]
    let expect = ["C.htm", "a.txt", "b.txt", "link.txt", "sub/c.txt"];
    #[cfg(not(unix))]
    let expect = ["C.htm", "a.txt", "b.txt", "sub/c.txt"];
    let expect: Vec<String> = expect.iter().map(|n| s(&d.join(n))).collect();
    assert_eq!(paths, expect);
}

#[test]
fn a_directory_without_inputs_fails_alone() {
    let d = scratch("noinputs");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("sub/scan.pdf"), b"%PDF-1.4").unwrap();
    let o = run(["-f", "jsonl", &s(&d), &s(&seed())]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o).lines().next().unwrap(),
        format!(
            "gongwen: {}: no input files in this directory (taken from directories: \
             .txt, .text, .htm, .html, .shtml, .xhtml, .md)",
            s(&d)
        )
    );
    assert!(stderr(&o).contains(", 1 failed; "));
    assert_eq!(lines_json(&o).len(), 1);

    // A directory a glob matched is no error when it is empty: the
    // pattern matched.
    std::fs::create_dir_all(d.join("g/empty")).unwrap();
    std::fs::copy(seed(), d.join("g/a.txt")).unwrap();
    let o = run(["-f", "jsonl", "-q", &format!("{}/g/*", s(&d))]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    assert_eq!(lines_json(&o).len(), 1);
}

#[test]
fn order_is_kept_with_many_files_and_threads() {
    let c = corpus();
    let mut args = vec!["-f".to_string(), "jsonl".into(), "-j".into(), "2".into()];
    let mut expect = Vec::new();
    for p in c.iter().rev().chain(c.iter()) {
        args.push(s(p));
        expect.push(s(p));
    }
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0));
    let got: Vec<String> = lines_json(&o)
        .iter()
        .map(|v| v["source"]["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(got, expect);
}

#[test]
fn globs_are_expanded_in_sorted_order() {
    let d = scratch("glob");
    for name in ["2.txt", "1.txt", "3.md", "x.json"] {
        std::fs::copy(seed(), d.join(name)).unwrap();
    }
    let pattern = format!("{}/*.txt", s(&d));
    let v = json(&run([&pattern]));
    let paths: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["source"]["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, [s(&d.join("1.txt")), s(&d.join("2.txt"))]);

    let none = run([format!("{}/*.nothing", s(&d))]);
    assert_eq!(none.status.code(), Some(1));
    assert!(stderr(&none).contains("*.nothing: no files match this pattern"));
}

#[test]
fn stdin_is_read_for_dash() {
    let utf8 = std::fs::read(seed()).unwrap();
    let o = run_stdin(&["-f", "jsonl", "-q", "-"], &utf8);
    assert_eq!(o.status.code(), Some(0));
    let docs = lines_json(&o);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["source"], source("-", "utf-8", "text", utf8.len()));
    assert_eq!(stderr(&o), "");

    let (gb, _, _) = GB18030.encode(std::str::from_utf8(&utf8).unwrap());
    let o = run_stdin(&["-"], &gb);
    assert_eq!(json(&o)["source"], source("-", "gb18030", "text", gb.len()));
}

#[test]
fn a_missing_file_fails_alone() {
    let c = corpus();
    let o = run(["-f", "jsonl", &s(&seed()), "no/such/file.txt", &s(&c[2])]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o).lines().next().unwrap(),
        "gongwen: no/such/file.txt: No such file or directory"
    );
    assert!(stderr(&o).contains("gongwen: 3 files, 2 documents, "));
    assert!(stderr(&o).contains(", 1 failed; "));
    let docs = lines_json(&o);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["source"]["path"], s(&c[2]));
}

#[test]
fn bad_files_get_one_line_errors() {
    let d = scratch("bad");
    std::fs::write(d.join("empty.txt"), b"").unwrap();
    std::fs::write(d.join("blank.txt"), b" \n\r\n ").unwrap();
    std::fs::write(d.join("binary.txt"), b"\x7fELF\x02\x01\x01\0\0\0").unwrap();
    std::fs::write(d.join("big.txt"), "通知".repeat(100)).unwrap();
    let o = run(["-q", "--max-bytes", "100", &s(&d)]);
    assert_eq!(o.status.code(), Some(1));
    let dir = s(&d);
    assert_eq!(
        stderr(&o),
        format!(
            "gongwen: {dir}/big.txt: file is 600 bytes, over the --max-bytes limit of 100 bytes\n\
             gongwen: {dir}/binary.txt: binary file (NUL byte at offset 7)\n\
             gongwen: {dir}/blank.txt: empty file (only whitespace)\n\
             gongwen: {dir}/empty.txt: empty file\n"
        )
    );
    assert_eq!(stdout(&o), "[]\n");

    // Bytes that are no text in the encoding forced.
    let (gb, _, _) = GB18030.encode("关于印发通知");
    let path = d.join("gb.txt");
    std::fs::write(&path, &gb).unwrap();
    let o = run(["-q", "--encoding", "utf-8", &s(&path)]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "gongwen: {}: not valid utf-8 text (undecodable bytes at offset 0)\n",
            s(&path)
        )
    );
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        vec!["--no-such-flag", "x"],
        vec!["--format", "xml", "x"],
        vec!["--encoding", "klingon", "x"],
        vec!["-j", "many", "x"],
        vec![],
        vec!["lint"],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains("error:"), "{args:?}");
        assert_eq!(stdout(&o), "", "{args:?}");
    }
}

#[test]
fn out_dir_writes_one_file_per_input() {
    let d = scratch("out");
    let input = d.join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::copy(seed(), input.join("notice.txt")).unwrap();
    std::fs::copy(seed(), input.join("sub/notice.txt")).unwrap();
    std::fs::copy(fixture("notice.html"), input.join("notice.html")).unwrap();
    let out = d.join("out");
    let o = run(["-q", "--out", &s(&out), &s(&input), &s(&seed())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let mut written: Vec<String> = Vec::new();
    fn walk(dir: &Path, root: &Path, acc: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, root, acc);
            } else {
                acc.push(p.strip_prefix(root).unwrap().to_str().unwrap().to_string());
            }
        }
    }
    walk(&out, &out, &mut written);
    written.sort();
    assert_eq!(
        written,
        [
            "000_ff0d01acfb8f9152.json",
            "notice-2.json",
            "notice.json",
            "sub/notice.json"
        ]
    );
    let html: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("notice.json")).unwrap()).unwrap();
    // Sorted order: notice.html comes before notice.txt and keeps the plain name.
    assert_eq!(html["source"]["path"], s(&input.join("notice.html")));
    let txt: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("notice-2.json")).unwrap()).unwrap();
    assert_eq!(txt["source"]["path"], s(&input.join("notice.txt")));
    let single = stdout(&run([seed()]));
    assert_eq!(
        std::fs::read_to_string(out.join("000_ff0d01acfb8f9152.json")).unwrap(),
        single
    );
}

#[test]
fn lint_prints_header_source_and_caret_lines() {
    let mut args: Vec<String> = vec!["lint".into(), s(&seed())];
    args.extend(corpus().iter().map(|p| s(p)));
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len() % 3, 0, "{out}");
    let header =
        regex::Regex::new(r"^(.+):(\d+):(\d+): (error|warning|info)\[[a-z0-9_]+\]: .+$").unwrap();
    let mut diagnostics = 0;
    for chunk in lines.chunks(3) {
        let caps = header.captures(chunk[0]).expect(chunk[0]);
        let gutter = format!(" {} | ", &caps[2]);
        assert!(chunk[1].starts_with(&gutter), "{chunk:?}");
        let caret_prefix = format!(" {} | ", " ".repeat(caps[2].len()));
        assert!(chunk[2].starts_with(&caret_prefix), "{chunk:?}");
        let carets = chunk[2][caret_prefix.len()..].trim_start();
        assert!(
            !carets.is_empty() && carets.chars().all(|c| c == '^'),
            "{chunk:?}"
        );
        diagnostics += 1;
    }
    let summary = stderr(&o);
    assert!(
        summary.contains(&format!("{diagnostics} diagnostic")),
        "{summary}"
    );
}

/// Tens of thousands of diagnostics in one file: each finds its line by a
/// binary search (counting the line breaks before each one took 3.7 s
/// for this megabyte in a release build, and grows with its square).
#[test]
fn lint_reads_many_diagnostics_in_linear_time() {
    let dir = scratch("lint-many");
    let path = dir.join("residue.txt");
    let line = "发布时间:2017-11-06 浏览次数:223\n";
    std::fs::write(&path, line.repeat((1 << 20) / line.len())).unwrap();
    let t0 = std::time::Instant::now();
    let o = run(["lint", "-q", &s(&path)]);
    let took = t0.elapsed();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let n = (1 << 20) / line.len();
    let residue: Vec<&str> = out
        .lines()
        .filter(|l| l.contains(": info[web_residue]"))
        .collect();
    assert_eq!(residue.len(), n);
    assert!(
        residue[n - 1].contains(&format!(":{n}:1: info")),
        "{}",
        residue[n - 1]
    );
    assert!(took < std::time::Duration::from_secs(30), "{took:?}");
}

#[test]
fn schema_is_valid_json_and_every_output_validates() {
    let o = run(["schema"]);
    let schema = json(&o);
    assert_eq!(schema["title"], "Document");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut args: Vec<String> = vec!["-q".into(), s(&seed()), s(&fixture("notice.html"))];
    args.extend(corpus().iter().map(|p| s(p)));
    let docs = json(&run(&args));
    let docs = docs.as_array().unwrap();
    assert_eq!(docs.len(), args.len() - 1);
    for doc in docs {
        let errors: Vec<String> = validator.iter_errors(doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", doc["source"]["path"]);
    }
}

#[test]
fn quiet_prints_no_summary() {
    let o = run(["--quiet", &s(&seed())]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stderr(&o), "");
}
