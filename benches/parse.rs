//! Throughput of the parser, per stage and end to end, over the seed and the
//! corpus, and at growing input sizes (10 KB … 10 MB) to show linear cost:
//! the whole corpus at each size (in pieces, or joined and repeated), and one
//! 10 KB unit repeated to each size.
//!
//! `cargo bench --bench parse`; criterion reports MB/s (10^6 bytes a second,
//! `Throughput::BytesDecimal`, the unit of the goals); the line printed first
//! turns the corpus's MB/s into documents a second.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gongwen::elements::layout::recognise;
use gongwen::outline::tree::build;
use gongwen::text::lines::split_blocks;
use gongwen::text::normalize::normalize;
use std::hint::black_box;

#[path = "support/corpus.rs"]
mod corpus;
use corpus::{corpus, corpus_in_pieces};

const SEED: &str = include_str!("../seeds/000_ff0d01acfb8f9152.txt");

fn stages(c: &mut Criterion) {
    let docs = corpus();
    let total: usize = docs.iter().map(String::len).sum();
    corpus::print_documents_per_second(&docs);
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::BytesDecimal(total as u64));
    g.bench_function("normalize", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| normalize(black_box(d)).text.len())
                .sum::<usize>()
        })
    });
    let folded: Vec<String> = docs.iter().map(|d| normalize(d).text).collect();
    g.bench_function("blocks", |b| {
        b.iter(|| {
            folded
                .iter()
                .map(|t| split_blocks(black_box(t), 0).len())
                .sum::<usize>()
        })
    });
    g.bench_function("blocks+elements+outline", |b| {
        b.iter(|| {
            folded
                .iter()
                .map(|t| {
                    let mut blocks = split_blocks(black_box(t), 0);
                    let layout = recognise(t, &mut blocks);
                    build(&blocks, &layout.body).nodes.len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| gongwen::parse(black_box(d)).tasks.len())
                .sum::<usize>()
        })
    });
    let parsed: Vec<_> = docs.iter().map(|d| gongwen::parse(d)).collect();
    g.bench_function("serialise", |b| {
        b.iter(|| {
            parsed
                .iter()
                .map(|d| serde_json::to_vec(black_box(d)).unwrap().len())
                .sum::<usize>()
        })
    });
    g.bench_function("parse+json", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    serde_json::to_vec(&gongwen::parse(black_box(d)))
                        .unwrap()
                        .len()
                })
                .sum::<usize>()
        })
    });
    // The same JSON with the body built only as it is written.
    let options = gongwen::Options::default();
    g.bench_function("parse_lazy+json", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    serde_json::to_vec(&gongwen::parse_lazy(black_box(d), &options))
                        .unwrap()
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("seed");
    g.throughput(Throughput::BytesDecimal(SEED.len() as u64));
    g.bench_function("parse+json", |b| {
        b.iter(|| {
            serde_json::to_vec(&gongwen::parse(black_box(SEED)))
                .unwrap()
                .len()
        })
    });
    g.finish();
}

/// The whole corpus at each size (pieces of 10 KB and 100 KB, joined and
/// repeated to 1 MB and 10 MB): cost per byte must not grow with size.
fn scaling(c: &mut Criterion) {
    let all: String = corpus().join("\n\n");
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for size in [10_000usize, 100_000, 1_000_000, 10_000_000] {
        let pieces = corpus_in_pieces(&all, size);
        let bytes: usize = pieces.iter().map(String::len).sum();
        g.throughput(Throughput::BytesDecimal(bytes as u64));
        g.bench_with_input(BenchmarkId::new("parse", size), &pieces, |b, p| {
            b.iter(|| {
                p.iter()
                    .map(|s| gongwen::parse(black_box(s)).tasks.len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

/// One 10 KB unit (the start of the corpus, cut at a line end) repeated to
/// each size: the same text at every size, so any rise in cost per byte comes
/// from the size alone, not from what the text says.
fn scaling_repeated(c: &mut Criterion) {
    let all: String = corpus().join("\n\n");
    let mut cut = 10_000.min(all.len());
    while !all.is_char_boundary(cut) {
        cut -= 1;
    }
    let unit = match all[..cut].rfind('\n') {
        Some(nl) => &all[..=nl],
        None => &all[..cut],
    };
    let mut g = c.benchmark_group("scaling-repeated");
    g.sample_size(10);
    for size in [10_000usize, 100_000, 1_000_000, 10_000_000] {
        let s = unit.repeat((size / unit.len()).max(1));
        g.throughput(Throughput::BytesDecimal(s.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse", size), &s, |b, s| {
            b.iter(|| gongwen::parse(black_box(s)).tasks.len())
        });
    }
    g.finish();
}

criterion_group!(benches, stages, scaling, scaling_repeated);
criterion_main!(benches);
