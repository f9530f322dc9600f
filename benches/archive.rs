//! The CLI over an archive of 10,000 notices built from the corpus, with 1
//! and 2 threads. Prints wall time, MB/s and documents/s.
//!
//! `cargo bench --bench archive` (needs the `cli` feature, on by default).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn main() {
    let n: usize = std::env::var("GONGWEN_ARCHIVE_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/corpus");
    let mut docs: Vec<Vec<u8>> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    docs.sort();
    let dir = std::env::temp_dir().join(format!("gongwen-archive-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    let mut bytes = 0usize;
    for i in 0..n {
        let sub = dir.join(format!("{:03}", i / 100));
        std::fs::create_dir_all(&sub).unwrap();
        let d = &docs[i % docs.len()];
        bytes += d.len();
        std::fs::write(sub.join(format!("{i:05}.txt")), d).unwrap();
    }
    let exe = env!("CARGO_BIN_EXE_gongwen");
    println!("archive: {n} notices, {:.1} MB", bytes as f64 / 1e6);
    for threads in [1, 2] {
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            let out = Command::new(exe)
                .args(["--quiet", "--format", "jsonl", "-j", &threads.to_string()])
                .arg(&dir)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "gongwen failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "threads {threads}: {best:.2} s wall, {:.1} MB/s, {:.0} documents/s",
            bytes as f64 / 1e6 / best,
            n as f64 / best
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
