//! End to end as the `gongwen` binary runs it, in memory: parse, then write
//! compact JSON with the CLI's writer (`sonic-rs`), under the CLI's
//! allocator (mimalloc, set up as in `src/bin/gongwen/alloc.rs`). No file
//! reading or decoding; `benches/archive.rs` measures the binary itself over
//! 10,000 files.
//!
//! `benches/parse.rs` measures the library as an embedder gets it (the
//! system allocator, `serde_json`); this bench is the number a user of the
//! command-line tool sees per core.
//!
//! `cargo bench --bench end_to_end` (needs the `cli` feature, on by default).
//! Criterion reports MB/s (10^6 bytes a second, the unit of the goal); the
//! line printed first turns the corpus's MB/s into documents a second.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

#[path = "support/corpus.rs"]
mod corpus;
use corpus::{corpus, corpus_in_pieces};

// The binary's allocator, set up as the binary sets it up.
#[path = "../src/bin/gongwen/alloc.rs"]
mod alloc;

const SEED: &str = include_str!("../seeds/000_ff0d01acfb8f9152.txt");

/// Parse and write one document as the CLI's `jsonl` does (the body built
/// only as it is written, `parse_lazy`; the buffer sized from the input, see
/// `src/bin/gongwen/output.rs`).
fn jsonl(text: &str) -> usize {
    let doc = gongwen::parse_lazy(text, &gongwen::Options::default());
    let mut buf = Vec::with_capacity(text.len() * 3 + 4096);
    sonic_rs::to_writer(&mut buf, &doc).unwrap();
    buf.push(b'\n');
    buf.len()
}

/// The same, with the `Document` built first and then written (what an
/// embedder who wants the model as well does).
fn jsonl_document(text: &str) -> usize {
    let doc = gongwen::parse(text);
    let mut buf = Vec::with_capacity(text.len() * 3 + 4096);
    sonic_rs::to_writer(&mut buf, &doc).unwrap();
    buf.push(b'\n');
    buf.len()
}

fn end_to_end(c: &mut Criterion) {
    alloc::set_up();
    let docs = corpus();
    let total: usize = docs.iter().map(String::len).sum();
    corpus::print_documents_per_second(&docs);
    let mut g = c.benchmark_group("end-to-end");
    g.throughput(Throughput::BytesDecimal(total as u64));
    g.bench_function("corpus parse", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| gongwen::parse(black_box(d)).tasks.len())
                .sum::<usize>()
        })
    });
    g.bench_function("corpus parse+jsonl", |b| {
        b.iter(|| docs.iter().map(|d| jsonl(black_box(d))).sum::<usize>())
    });
    g.bench_function("corpus document+jsonl", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| jsonl_document(black_box(d)))
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::BytesDecimal(SEED.len() as u64));
    g.bench_function("seed parse+jsonl", |b| b.iter(|| jsonl(black_box(SEED))));
    g.finish();

    // Cost per byte must not grow with size: the whole corpus at every size,
    // as pieces of 10 KB and 100 KB, joined twice to 1 MB, twenty times to
    // 10 MB (the same text, so only the size differs).
    let all: String = docs.join("\n\n");
    let mut g = c.benchmark_group("end-to-end-scaling");
    g.sample_size(10);
    for size in [10_000usize, 100_000, 1_000_000, 10_000_000] {
        let pieces = corpus_in_pieces(&all, size);
        let bytes: usize = pieces.iter().map(String::len).sum();
        g.throughput(Throughput::BytesDecimal(bytes as u64));
        g.bench_with_input(BenchmarkId::new("parse+jsonl", size), &pieces, |b, p| {
            b.iter(|| p.iter().map(|s| jsonl(black_box(s))).sum::<usize>())
        });
        g.bench_with_input(BenchmarkId::new("document+jsonl", size), &pieces, |b, p| {
            b.iter(|| {
                p.iter()
                    .map(|s| jsonl_document(black_box(s)))
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, end_to_end);
criterion_main!(benches);
