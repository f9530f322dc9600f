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

/// Print how the corpus's throughput in MB/s reads in documents a second
/// (criterion reports one unit per group; the goals are in MB/s).
pub fn print_documents_per_second(docs: &[String]) {
    let bytes: usize = docs.iter().map(String::len).sum();
    let per_mb = docs.len() as f64 / (bytes as f64 / 1e6);
    println!(
        "corpus: {} documents, {bytes} bytes ({:.0} a document): 1 MB/s = {per_mb:.1} documents/s, 100 MB/s = {:.0} documents/s",
        docs.len(),
        bytes as f64 / docs.len() as f64,
        per_mb * 100.0
    );
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

/// The corpus joined, as inputs of `size` bytes with the same mix of
/// documents at every size: cut into consecutive pieces of at most `size`
/// bytes (at character boundaries) when it is longer, else repeated to
/// `size` (one input). Parsing all the pieces reads the whole corpus, so
/// throughput at 10 KB and at 10 MB compares the same text, and any change
/// in cost per byte comes from the size.
pub fn corpus_in_pieces(all: &str, size: usize) -> Vec<String> {
    if size >= all.len() {
        return vec![corpus_cut_to(all, size)];
    }
    let mut pieces = Vec::new();
    let mut rest = all;
    while !rest.is_empty() {
        let mut cut = size.min(rest.len());
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        pieces.push(rest[..cut].to_string());
        rest = &rest[cut..];
    }
    pieces
}
