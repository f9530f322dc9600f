//! Shared helpers for golden-file tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The corpus documents of `fixtures/corpus/`, sorted by name: file stem
/// and text.
pub fn corpus() -> Vec<(String, String)> {
    let dir = root().join("fixtures/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 34,
        "corpus files missing from {}",
        dir.display()
    );
    files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// Parse `input` and compare its JSON with the golden file at `golden`;
/// the JSON `parse_lazy` writes must be the same, byte for byte.
/// With `GONGWEN_BLESS=1` the golden file is (re)written instead; review the
/// diff by reading the document before committing it.
pub fn check_golden(input: &str, path_label: &str, golden: &Path) {
    let options = gongwen::Options::default().source_path(path_label);
    let doc = gongwen::parse_with(input, &options);
    let got = serde_json::to_string_pretty(&doc).unwrap() + "\n";
    let lazy = serde_json::to_string_pretty(&gongwen::parse_lazy(input, &options)).unwrap() + "\n";
    if lazy != got {
        let line = lazy
            .lines()
            .zip(got.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{path_label}: parse_lazy's JSON differs from the document's at line {}:\n  lazy: {}\n  doc:  {}",
            line + 1,
            lazy.lines().nth(line).unwrap_or("<end>"),
            got.lines().nth(line).unwrap_or("<end>")
        );
    }
    if std::env::var_os("GONGWEN_BLESS").is_some() {
        std::fs::write(golden, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(golden).unwrap_or_else(|e| {
        panic!(
            "missing golden file {}: {e} (run with GONGWEN_BLESS=1)",
            golden.display()
        )
    });
    if got != want {
        let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
        let first = g
            .iter()
            .zip(&w)
            .position(|(a, b)| a != b)
            .unwrap_or(g.len().min(w.len()));
        panic!(
            "{} differs from its golden file at line {}:\n  got:  {}\n  want: {}",
            golden.display(),
            first + 1,
            g.get(first).unwrap_or(&"<end>"),
            w.get(first).unwrap_or(&"<end>")
        );
    }
}
