//! Assignment reading over real text: the seed notice against its
//! acceptance table, and every bracket of the corpus (no panics, no role
//! words inside names).

use std::path::PathBuf;

use gongwen::extract::assignment::read_assignment;
use gongwen::extract::departments::is_department_name;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Fold widths as the parser does before reading assignments.
fn fold(s: &str) -> String {
    gongwen::text::normalize::fold_str(s).into_owned()
}

/// Every corpus document (the repository's copies), folded, in name order.
fn corpus_texts() -> Vec<(PathBuf, String)> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("fixtures/corpus"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = fold(&std::fs::read_to_string(&p).unwrap());
            (p, text)
        })
        .collect()
}

/// The insides of the innermost `(…)` brackets of `text`.
fn brackets(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match c {
            '(' => open = Some(i + 1),
            ')' => {
                if let Some(s) = open.take() {
                    out.push(&text[s..i]);
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn seed_assignments_match_acceptance() {
    let seed =
        fold(&std::fs::read_to_string(root().join("seeds/000_ff0d01acfb8f9152.txt")).unwrap());
    let tsv = std::fs::read_to_string(root().join("fixtures/acceptance/seed_tasks.tsv")).unwrap();
    let expected: Vec<Vec<String>> = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let col = l.split('\t').nth(2).unwrap();
            col.split('|').map(str::to_string).collect()
        })
        .collect();
    assert_eq!(expected.len(), 44);
    let mut got = Vec::new();
    let mut first = false;
    for inner in brackets(&seed) {
        match read_assignment(inner, first) {
            Some(a) => {
                first |= a.declares_first_is_lead;
                assert!(a.deadline.is_some(), "no deadline in {inner}");
                assert!(a.cooperating.is_empty(), "cooperating in {inner}");
                got.push(a.lead);
            }
            None => assert!(!inner.contains("牵头"), "missed {inner}"),
        }
    }
    assert_eq!(got, expected);
    // The plain brackets that are not assignments.
    for t in [
        "经济区",
        "2016版",
        "试行",
        "盘政办发〔2016〕94号",
        "一",
        "二十一",
    ] {
        assert_eq!(read_assignment(t, false), None, "{t}");
    }
}

#[test]
fn corpus_brackets_are_read_sanely() {
    let mut read = 0;
    for (_, text) in corpus_texts() {
        let mut first = false;
        for inner in brackets(&text) {
            let Some(a) = read_assignment(inner, first) else {
                continue;
            };
            first |= a.declares_first_is_lead;
            read += 1;
            for name in a.lead.iter().chain(&a.cooperating) {
                assert!(is_department_name(name), "{name} in {inner}");
                for w in ["牵头", "负责", "配合", ":", "等部门"] {
                    assert!(!name.contains(w), "{name} in {inner}");
                }
            }
            if let Some(r) = a.deadline {
                assert!(inner.get(r).is_some());
            }
        }
    }
    assert!(read > 200, "only {read} assignments read");
}

#[test]
#[ignore]
fn dump_corpus() {
    for (path, text) in corpus_texts() {
        println!("== {}", path.display());
        let mut first = false;
        for inner in brackets(&text) {
            match read_assignment(inner, first) {
                Some(a) => {
                    first |= a.declares_first_is_lead;
                    println!(
                        "OK\t{inner}\t{:?}\t{:?}\t{:?}",
                        a.lead,
                        a.cooperating,
                        a.deadline.map(|r| &inner[r])
                    );
                }
                None => println!("NO\t{inner}"),
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Any mix of the characters that matter never panics, and names never
    /// carry role words or labels.
    #[test]
    fn never_panics_on_mixed_input(
        s in "[市区县镇各等和及与、,;:()（）牵头负责配合会同由部委办局政府管委会完成时限0-9年月 ]{0,40}"
    ) {
        let _ = gongwen::extract::departments::split_departments(&s);
        let _ = is_department_name(&s);
        for first in [false, true] {
            if let Some(a) = read_assignment(&s, first) {
                for n in a.lead.iter().chain(&a.cooperating) {
                    proptest::prop_assert!(!n.contains("牵头") && !n.contains("负责") && !n.contains(':'));
                }
                if let Some(r) = a.deadline {
                    proptest::prop_assert!(s.get(r).is_some());
                }
            }
        }
    }
}
