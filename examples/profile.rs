//! Parse every `.txt` file under a directory (or one file) `N` times: the
//! workload to run under a profiler. A third argument picks what is done
//! with each: `parse` (the default: build the `Document`, no JSON), `json`
//! (build it, then write its JSON with `serde_json`) or `lazy` (`parse_lazy`,
//! then the same JSON, the body built as it is written).
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind target/release/examples/profile fixtures/corpus 10
//! valgrind --tool=callgrind target/release/examples/profile fixtures/corpus 10 lazy
//! ```

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "fixtures/corpus".into()));
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let mode = args.next().unwrap_or_else(|| "parse".into());
    if !["parse", "json", "lazy"].contains(&mode.as_str()) {
        eprintln!("profile: the mode is parse, json or lazy, not {mode}");
        std::process::exit(2);
    }
    // One file, or every `.txt` file of a directory.
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Err(_) if dir.is_file() => vec![dir.clone()],
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("profile: {}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    files.sort();
    let docs: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum::<usize>() * rounds;
    let start = std::time::Instant::now();
    let mut tasks = 0;
    let mut json = Vec::new();
    let options = gongwen::Options::default();
    for _ in 0..rounds {
        for d in &docs {
            json.clear();
            tasks += match mode.as_str() {
                "json" => {
                    let doc = gongwen::parse(d);
                    serde_json::to_writer(&mut json, &doc).expect("serialises");
                    doc.tasks.len()
                }
                "lazy" => {
                    let doc = gongwen::parse_lazy(d, &options);
                    serde_json::to_writer(&mut json, &doc).expect("serialises");
                    doc.task_count()
                }
                _ => gongwen::parse(d).tasks.len(),
            };
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} documents, {bytes} bytes, {tasks} tasks, {secs:.3} s, {:.1} MiB/s",
        docs.len() * rounds,
        bytes as f64 / secs / (1 << 20) as f64
    );
}
