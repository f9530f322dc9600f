//! Notices whose paragraph breaks were lost: one of the corpus's sources
//! holds each document on one line (notices 34, 42 and 51), and text pasted
//! from a database column or a spreadsheet cell comes the same way. The
//! header and the closing must still be read: the title glued to the
//! addressees, the signing organ glued to the last sentence or to its date,
//! an enclosed document's title glued to its first sentence.
//!
//! The documents are the real ones of `fixtures/`, flattened here two ways:
//! line breaks removed with the indentation kept (what the one-line source
//! does), and with the spaces around the breaks removed too.

mod common;

use gongwen::Document;

/// Paragraph breaks removed, indentation kept.
fn flatten(text: &str) -> String {
    text.replace(['\r', '\n'], "")
}

/// Paragraph breaks and the spaces around them removed.
fn glue(text: &str) -> String {
    let blank = |c: char| matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}');
    text.replace('\r', "")
        .split('\n')
        .map(|line| line.trim_matches(blank))
        .collect()
}

/// The corpus document whose name starts with `prefix` (its number).
fn corpus(prefix: &str) -> String {
    common::corpus()
        .into_iter()
        .find(|(name, _)| name.starts_with(prefix))
        .unwrap_or_else(|| panic!("no corpus document {prefix}_*"))
        .1
}

fn seed() -> String {
    std::fs::read_to_string(common::root().join("seeds/000_ff0d01acfb8f9152.txt")).unwrap()
}

/// The header and closing fields, spaces taken out of titles (a title
/// wrapped over two lines keeps a space where it broke once flattened).
#[derive(Debug, PartialEq)]
struct Frame {
    title: Option<String>,
    doc_number: Option<String>,
    addressees: Vec<String>,
    issuer: Option<String>,
    date: Option<String>,
    enclosures: Vec<String>,
}

fn frame(d: &Document) -> Frame {
    let unspaced = |s: &str| s.replace(' ', "");
    Frame {
        title: d.title.as_deref().map(unspaced),
        doc_number: d.doc_number.as_ref().map(|n| n.raw.clone()),
        addressees: d.addressees.clone(),
        issuer: d.issuer.clone(),
        date: d.date.map(|x| x.to_string()),
        enclosures: d.enclosures.iter().map(|e| unspaced(&e.title)).collect(),
    }
}

/// What a task is read as: its lead bodies and due day.
fn task_reads(d: &Document) -> Vec<(Vec<String>, Option<String>)> {
    d.tasks
        .iter()
        .map(|t| {
            let due = t
                .deadline
                .as_ref()
                .and_then(|x| x.due)
                .map(|x| x.to_string());
            (t.lead_departments.clone(), due)
        })
        .collect()
}

/// The seed on one line: every header and closing element, its enclosure,
/// and its 44 tasks as the seed itself gives them.
#[test]
fn seed_on_one_line() {
    let text = seed();
    let original = gongwen::parse(&text);
    for flat in [flatten(&text), glue(&text)] {
        let d = gongwen::parse(&flat);
        assert_eq!(
            d.title.as_deref(),
            Some("盘锦市人民政府办公室印发关于“放管服”改革“回头看”发现问题整改意见的通知")
        );
        assert_eq!(d.doc_number.as_ref().unwrap().raw, "盘政办发〔2017〕69号");
        assert_eq!(
            d.addressees,
            [
                "各县、区人民政府",
                "辽东湾新区、辽河口生态经济区管委会",
                "市政府各部门",
                "各直属机构"
            ]
        );
        assert_eq!(d.issuer.as_deref(), Some("盘锦市人民政府办公室"));
        assert_eq!(d.date.unwrap().to_string(), "2017-05-28");
        assert_eq!(d.enclosures.len(), 1);
        assert_eq!(
            d.enclosures[0].title,
            "关于“放管服”改革“回头看”发现问题整改意见"
        );
        let titles: Vec<&str> = d.attachments.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["关于“放管服”改革“回头看”发现问题整改任务分解表"]);
        assert_eq!(task_reads(&d), task_reads(&original));
    }
    // With the indentation kept, the tasks' texts are the seed's too.
    let d = gongwen::parse(&flatten(&text));
    let texts = |d: &Document| d.tasks.iter().map(|t| t.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&d), texts(&original));
}

/// Real notices of several sources on one line, each element asserted.
#[test]
fn corpus_notices_on_one_line() {
    // Shanghai: the title glued to the addressees, the organ and date glued
    // between the last sentence and the enclosure's title, itself glued to
    // its first sentence (…请认真按照执行。上海市人民政府办公厅2024年2月4日本市…的实施意见为贯彻…).
    let d = gongwen::parse(&glue(&corpus("01")));
    assert_eq!(
        d.title.as_deref(),
        Some("上海市人民政府办公厅关于印发《本市系统化全域推进海绵城市建设的实施意见》的通知")
    );
    assert_eq!(d.addressees, ["各区人民政府", "市政府各委、办、局"]);
    assert_eq!(d.issuer.as_deref(), Some("上海市人民政府办公厅"));
    assert_eq!(d.date.unwrap().to_string(), "2024-02-04");
    assert_eq!(
        d.enclosures[0].title,
        "本市系统化全域推进海绵城市建设的实施意见"
    );

    // No organ at all: the date right after the last sentence.
    let d = gongwen::parse(&glue(&corpus("03")));
    assert_eq!(d.issuer, None);
    assert_eq!(d.date.unwrap().to_string(), "2025-07-15");
    assert_eq!(d.enclosures[0].title, "松江区城市更新2025年度实施计划");

    // 国务院: the organ after the bracketed assignment closing the last
    // item (…(农业农村部、工业和信息化部等负责)国务院), its date apart.
    let d = gongwen::parse(&flatten(&corpus("11")));
    assert_eq!(d.issuer.as_deref(), Some("国务院"));
    assert_eq!(d.date.unwrap().to_string(), "2018-12-21");

    // Guangzhou: the number first, then the title glued to the addressees;
    // two signing organs, the first glued to the last sentence, the second
    // to the date, the date to 公开方式.
    let d = gongwen::parse(&flatten(&corpus("26")));
    assert_eq!(d.doc_number.as_ref().unwrap().raw, "穗民规字〔2025〕2号");
    assert_eq!(
        d.title.as_deref(),
        Some("广州市民政局广州市财政局关于印发我市2025年最低生活保障及相关社会救助标准的通知")
    );
    assert_eq!(d.addressees.len(), 3);
    assert_eq!(d.issuers, ["广州市民政局", "广州市财政局"]);
    assert_eq!(d.date.unwrap().to_string(), "2025-05-30");

    // 附件说明 glued to the last sentence, the organ glued to it, a note
    // glued to the enclosure's 附件 head and title.
    let d = gongwen::parse(&flatten(&corpus("31")));
    assert_eq!(d.issuer.as_deref(), Some("国务院办公厅"));
    assert_eq!(d.date.unwrap().to_string(), "2018-11-19");
    let titles: Vec<&str> = d.attachments.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["国务院第五次大督查发现的典型经验做法（共130项）"]);
    assert_eq!(
        d.enclosures[0].title,
        "国务院第五次大督查发现的典型经验做法（共130项）"
    );
}

/// Every corpus notice on one line keeps its header and closing, as read
/// from its lines. Two do not, said here: notice 08's enclosures are task
/// tables whose cells run together once flattened, and notice 30 lists its
/// attachments right before its organ with nothing between
/// (…调查专家组意见国务院办公厅).
#[test]
fn every_corpus_notice_keeps_its_frame_on_one_line() {
    let mut checked = 0;
    for (name, text) in common::corpus() {
        if name.starts_with("08_") || name.starts_with("30_") {
            continue;
        }
        let want = frame(&gongwen::parse(&text));
        assert_eq!(frame(&gongwen::parse(&flatten(&text))), want, "{name}");
        checked += 1;
    }
    assert_eq!(checked, 32);
}

/// Items of real notices on one line keep their tasks: an item's heading
/// glued to its first sentence (五、有关要求各地区各有关部门要…: notices 02
/// and 13), and paragraphs glued after an item's last bracketed assignment
/// (…等负责)从工业企业…。各地要对现有补贴项目…: notice 15) read as running text.
#[test]
fn items_on_one_line_keep_their_tasks() {
    let reads = |d: &Document| {
        d.tasks
            .iter()
            .map(|t| (t.text.clone(), t.lead_departments.clone()))
            .collect::<Vec<_>>()
    };
    for n in ["02", "13", "15", "16"] {
        let text = corpus(n);
        let want = gongwen::parse(&text);
        let got = gongwen::parse(&flatten(&text));
        assert_eq!(reads(&got), reads(&want), "notice {n}");
        assert_eq!(task_reads(&got), task_reads(&want), "notice {n}");
    }
    // The one-line source itself (notice 34): its closing requirements,
    // glued after the last item's assignment, are its last three tasks.
    let d = gongwen::parse(&corpus("34"));
    let last: Vec<_> = d.tasks[d.tasks.len() - 3..]
        .iter()
        .map(|t| t.lead_departments.join("|"))
        .collect();
    assert_eq!(last, ["各地区", "各部门", "国务院办公厅"]);
}

/// A date inside a sentence after an organ's name is no closing: what
/// follows it continues the sentence.
#[test]
fn dated_sentence_is_no_closing() {
    let s = "关于做好防汛工作的通知各区人民政府：为做好防汛工作，通知如下。\
市政府办公厅2017年5月28日印发的《防汛预案》要认真落实。各区要加强值守。";
    let d = gongwen::parse(s);
    assert_eq!(d.title.as_deref(), Some("关于做好防汛工作的通知"));
    assert_eq!(d.addressees, ["各区人民政府"]);
    assert_eq!(d.issuer, None);
    assert_eq!(d.date, None);
    assert!(d.enclosures.is_empty());
}
