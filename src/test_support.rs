//! Shared by the unit tests: the corpus, folded, to hold fast paths to the
//! plain code they replaced over real text.

/// Every corpus document (and, with `with_seed`, the seed), folded by
/// [`crate::text::normalize::normalize`], in file-name order.
pub(crate) fn folded_corpus(with_seed: bool) -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let dirs: &[&str] = if with_seed {
        &["fixtures/corpus", "seeds"]
    } else {
        &["fixtures/corpus"]
    };
    let mut paths: Vec<std::path::PathBuf> = dirs
        .iter()
        .flat_map(|d| std::fs::read_dir(format!("{root}/{d}")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| crate::text::normalize::normalize(&std::fs::read_to_string(p).unwrap()).text)
        .collect()
}

/// The trimmed lines of [`folded_corpus`].
pub(crate) fn corpus_lines() -> Vec<String> {
    folded_corpus(false)
        .iter()
        .flat_map(|t| t.lines().map(|l| l.trim().to_string()).collect::<Vec<_>>())
        .collect()
}
