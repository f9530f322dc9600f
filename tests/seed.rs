//! The seed notice, exactly: the golden JSON and the acceptance values
//! (fixtures/acceptance/, copied from the project's acceptance set).

mod common;

use gongwen::{DeadlineKind, Document};
use serde_json::Value;

const SEED: &str = include_str!("../seeds/000_ff0d01acfb8f9152.txt");

fn doc() -> Document {
    gongwen::parse(SEED)
}

/// Compare modulo full-/half-width forms and white space, as the
/// acceptance README says.
fn canon(s: &str) -> String {
    gongwen::text::normalize::fold_str(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn golden_json() {
    let golden = common::root().join("fixtures/000_ff0d01acfb8f9152.json");
    common::check_golden(SEED, "seeds/000_ff0d01acfb8f9152.txt", &golden);
}

#[test]
fn metadata() {
    let want: Value =
        serde_json::from_str(include_str!("../fixtures/acceptance/seed_doc.json")).unwrap();
    let d = doc();
    assert_eq!(serde_json::to_value(d.kind).unwrap(), want["kind"]);
    assert_eq!(
        canon(d.title.as_deref().unwrap()),
        canon(want["title"].as_str().unwrap())
    );
    let n = d.doc_number.as_ref().unwrap();
    assert_eq!(
        canon(&n.raw),
        canon(want["doc_number"]["raw"].as_str().unwrap())
    );
    assert_eq!(n.agency, want["doc_number"]["agency"]);
    assert_eq!(n.year, want["doc_number"]["year"]);
    assert_eq!(n.serial, want["doc_number"]["serial"]);
    assert_eq!(d.issuer.as_deref(), want["issuer"].as_str());
    assert_eq!(d.date.unwrap().to_string(), want["date"]);
    assert_eq!(
        canon(&d.addressees.concat()),
        canon(want["addressees_joined"].as_str().unwrap())
    );
    let atts: Vec<String> = d.attachments.iter().map(|a| canon(&a.title)).collect();
    let want_atts: Vec<String> = want["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| canon(v.as_str().unwrap()))
        .collect();
    assert_eq!(atts, want_atts);
    assert_eq!(
        serde_json::to_value(&d.declared_counts).unwrap(),
        want["declared_counts"]
    );
}

#[test]
fn problems_categories_measures() {
    let want: Value =
        serde_json::from_str(include_str!("../fixtures/acceptance/seed_doc.json")).unwrap();
    let d = doc();
    assert_eq!(d.problems.len(), 21);
    let cats: Vec<Value> = d
        .problems
        .iter()
        .map(|p| p.category.as_ref().unwrap().ordinal.into())
        .collect();
    assert_eq!(Value::from(cats), want["problem_category"]);
    let mut headings: Vec<String> = Vec::new();
    for p in &d.problems {
        let h = canon(&p.category.as_ref().unwrap().heading);
        if headings.last() != Some(&h) {
            headings.push(h);
        }
    }
    let want_h: Vec<String> = want["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| canon(v.as_str().unwrap()))
        .collect();
    assert_eq!(headings, want_h);
    let per: Vec<Value> = d.problems.iter().map(|p| p.measures.len().into()).collect();
    assert_eq!(Value::from(per), want["measures_per_problem"]);
    let ordinals: Vec<u32> = d.problems.iter().map(|p| p.ordinal).collect();
    assert_eq!(ordinals, (1..=21).collect::<Vec<_>>());
}

#[test]
fn cited_document_numbers() {
    let want: Value =
        serde_json::from_str(include_str!("../fixtures/acceptance/seed_doc.json")).unwrap();
    let d = doc();
    let got: Vec<String> = d
        .citations
        .iter()
        .filter_map(|c| c.doc_number.as_ref().map(|n| canon(&n.raw)))
        .collect();
    let want: Vec<String> = want["cited_doc_numbers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| canon(v.as_str().unwrap()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn the_44_tasks() {
    let d = doc();
    let rows: Vec<Vec<&str>> = include_str!("../fixtures/acceptance/seed_tasks.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(d.tasks.len(), 44);
    assert_eq!(rows.len(), 44);
    for (i, (t, row)) in d.tasks.iter().zip(&rows).enumerate() {
        assert_eq!(t.problem.unwrap().to_string(), row[0], "task {i} problem");
        assert_eq!(
            t.measure.map_or("-".to_string(), |m| m.to_string()),
            row[1],
            "task {i} measure"
        );
        assert_eq!(t.lead_departments.join("|"), row[2], "task {i} leads");
        let dl = t.deadline.as_ref().unwrap();
        assert_eq!(
            serde_json::to_value(dl.kind).unwrap(),
            row[3],
            "task {i} kind"
        );
        assert_eq!(
            dl.due.map_or("-".to_string(), |d| d.to_string()),
            row[4],
            "task {i} due"
        );
    }
}

#[test]
fn deadline_details_and_spans() {
    let d = doc();
    // 1.由市、区编委办统筹研究…(牵头部门:市、兴隆台区编委办;完成时限:按市、兴隆台区编委工作部署适时推进)
    let t0 = &d.tasks[0];
    let dl = t0.deadline.as_ref().unwrap();
    assert_eq!(dl.kind, DeadlineKind::AsAppropriate);
    assert_eq!(dl.condition.as_deref(), Some("按市、兴隆台区编委工作部署"));
    assert_eq!(&SEED[dl.span.range()], dl.raw);
    assert_eq!(t0.path, ["一、", "(一)", "1."]);
    assert!(t0.text.starts_with("由市、区编委办统筹研究"));
    assert!(t0.text.ends_with("确保工作正常开展。"));
    // 2017年6月末前完成…,并长期推进
    let t = &d.tasks[26];
    assert!(t.deadline.as_ref().unwrap().then_ongoing);
    // 视与省住建厅沟通开设端口情况,力争2017年6月末前完成
    let t = &d.tasks[33];
    let dl = t.deadline.as_ref().unwrap();
    assert!(dl.aim);
    assert_eq!(
        dl.condition.as_deref(),
        Some("视与省住建厅沟通开设端口情况")
    );
    for t in &d.tasks {
        assert_eq!(SEED[t.span.range()].trim_end(), &SEED[t.span.range()]);
        let raw = t.departments_raw.as_deref().unwrap();
        assert!(SEED[t.span.range()].contains(raw));
    }
}

#[test]
fn measure_count_difference_is_explained() {
    let d = doc();
    let measures: usize = d.problems.iter().map(|p| p.measures.len()).sum();
    assert_eq!(measures, 38);
    let diag = d
        .diagnostics
        .iter()
        .find(|x| x.code == "declared_count_explained")
        .unwrap();
    assert_eq!(diag.severity, gongwen::Severity::Info);
    assert!(diag.message.contains("37 of the 38"));
    assert_eq!(
        &SEED[diag.span.range()],
        "7个方面21条问题,提出了37条整改措施"
    );
}
