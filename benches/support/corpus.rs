//! The texts the throughput benches read (shared by `parse` and
//! `end_to_end`).

/// Every corpus document, in file-name order.
pub fn corpus() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// The corpus joined and repeated, cut to `size` bytes (at a character
/// boundary): the same mix of documents at every size.
pub fn corpus_cut_to(all: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + all.len());
    while s.len() < size {
        s.push_str(all);
    }
    let mut cut = size.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}
