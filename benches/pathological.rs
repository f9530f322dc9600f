//! Throughput of `parse` on every pathological family at three sizes, so
//! linear growth can be read off: MB/s should stay about the same from
//! 10 KB to 1 MB.
//!
//! `cargo bench --bench pathological -- --quick`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

#[path = "../tests/support/inputs.rs"]
mod inputs;

fn pathological(c: &mut Criterion) {
    for (name, build) in inputs::FAMILIES {
        let mut group = c.benchmark_group(*name);
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        for size in [10_000, 100_000, 1_000_000] {
            let input = build(size);
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(size), &input, |b, s| {
                b.iter(|| gongwen::parse(black_box(s)))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, pathological);
criterion_main!(benches);
