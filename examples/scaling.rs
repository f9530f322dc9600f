//! Cost per byte against input size, measured so that the VM's swings do
//! not decide it: the same text (the whole corpus) as pieces of 10 KB,
//! 100 KB, 1 MB and 10 MB, each size parsed and written as the binary
//! writes JSON Lines (`parse_lazy`, `sonic-rs`, mimalloc set up as the
//! binary sets it up), the sizes taking turns within every round (the order
//! reversed every other round), ≈ 10 MB read per size and round.
//!
//! ```text
//! cargo run --release --example scaling -- 12
//! ```
//!
//! Prints ms per MB for each size and round, the medians, and the per-round
//! ratio of 10 MB to 10 KB (below 1: the large input costs less per byte).
//! Each round also parses the corpus as its 34 documents, 20 times, for
//! the throughput of that round. `benches/end_to_end.rs` measures the same
//! sizes with criterion, one size after another, which a change of phase
//! in the VM can fall between.

#[path = "../src/bin/gongwen/alloc.rs"]
mod alloc;
#[path = "../benches/support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::hint::black_box;
use std::time::Instant;

/// Parse `text` and write its JSON line, as the binary does.
fn jsonl(text: &str) -> usize {
    let doc = gongwen::parse_lazy(text, &gongwen::Options::default());
    let mut buf = Vec::with_capacity(text.len() * 3 + 4096);
    sonic_rs::to_writer(&mut buf, &doc).expect("a document serialises");
    buf.push(b'\n');
    buf.len()
}

/// Milliseconds per MB (10^6 bytes) to read `pieces` `times` over.
fn ms_per_mb(pieces: &[String], times: usize) -> f64 {
    let bytes: usize = pieces.iter().map(String::len).sum::<usize>() * times;
    let start = Instant::now();
    let mut written = 0;
    for _ in 0..times {
        for p in pieces {
            written += jsonl(black_box(p));
        }
    }
    black_box(written);
    start.elapsed().as_secs_f64() * 1e3 / (bytes as f64 / 1e6)
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    alloc::set_up();
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(12)
        .max(1);
    let docs = corpus::corpus();
    let all = docs.join("\n\n");
    let sizes = [10_000usize, 100_000, 1_000_000, 10_000_000];
    let sets: Vec<Vec<String>> = sizes
        .iter()
        .map(|&s| corpus::corpus_in_pieces(&all, s))
        .collect();
    let times: Vec<usize> = sets
        .iter()
        .map(|p| (10_000_000 / p.iter().map(String::len).sum::<usize>()).max(1))
        .collect();
    let mut per_size: Vec<Vec<f64>> = vec![Vec::new(); sizes.len()];
    let mut corpus_mb_s = Vec::new();
    for round in 0..rounds {
        let mut order: Vec<usize> = (0..sizes.len()).collect();
        if round % 2 == 1 {
            order.reverse();
        }
        for k in order {
            per_size[k].push(ms_per_mb(&sets[k], times[k]));
        }
        corpus_mb_s.push(1e3 / ms_per_mb(&docs, 20));
        let row: Vec<String> = sizes
            .iter()
            .zip(&per_size)
            .map(|(s, v)| format!("{s}: {:.2}", v[round]))
            .collect();
        println!(
            "round {round}: ms/MB {} | corpus {:.1} MB/s",
            row.join("  "),
            corpus_mb_s[round]
        );
    }
    let row: Vec<String> = sizes
        .iter()
        .zip(&per_size)
        .map(|(s, v)| format!("{s}: {:.2} ({:.1} MB/s)", median(v), 1e3 / median(v)))
        .collect();
    println!("median ms/MB: {}", row.join("  "));
    for (k, name) in [(0, "10 KB"), (1, "100 KB")] {
        let ratio: Vec<f64> = per_size[3]
            .iter()
            .zip(&per_size[k])
            .map(|(a, b)| a / b)
            .collect();
        let below = ratio.iter().filter(|&&r| r <= 1.0).count();
        println!(
            "10 MB / {name} per byte: median {:.3}, 10 MB cheaper or equal in {below} of {rounds} rounds",
            median(&ratio)
        );
    }
    println!(
        "corpus: median {:.1} MB/s (min {:.1}, max {:.1})",
        median(&corpus_mb_s),
        corpus_mb_s.iter().copied().fold(f64::MAX, f64::min),
        corpus_mb_s.iter().copied().fold(0.0, f64::max)
    );
}
