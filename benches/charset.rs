//! Charset detection throughput over a labelled corpus, against `chardetng`
//! alone in the same run.
//!
//! ```text
//! CHARSET_CORPUS=../shared/eval/charset/nodecl cargo bench --bench charset
//! ```
//! The corpus folder holds `labels.tsv` (`path<TAB>encoding`); without it the
//! bench falls back to the short cases under `tests/data/charset/short`.
//! `chardetng` gets each whole file, as a caller without sampling would feed
//! it, and the same `Iso2022JpDetection::Allow` and no TLD as `detect`;
//! `chardetng_64k_prefix` gives it only the prefix `detect` samples.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pageclean::charset::{Hints, detect};

fn corpus() -> Vec<Vec<u8>> {
    let dir = std::env::var("CHARSET_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("../shared/eval/charset/nodecl"));
    let dir = if dir.join("labels.tsv").exists() {
        dir
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/charset/short")
    };
    let labels = std::fs::read_to_string(dir.join("labels.tsv")).expect("labels.tsv");
    labels
        .lines()
        .filter_map(|l| l.split('\t').next())
        .map(|p| std::fs::read(dir.join(p)).expect("corpus file"))
        .collect()
}

fn bench(c: &mut Criterion) {
    let files = corpus();
    let bytes: usize = files.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("charset");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("pageclean_detect", |b| {
        b.iter(|| {
            for f in &files {
                black_box(detect(black_box(f), &Hints::default()));
            }
        });
    });
    group.bench_function("chardetng_only", |b| {
        b.iter(|| {
            for f in &files {
                let mut det =
                    chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
                det.feed(black_box(f), true);
                black_box(det.guess(None, chardetng::Utf8Detection::Allow));
            }
        });
    });
    // The same 64 KiB prefix `detect` samples, for a like-for-like view.
    group.bench_function("chardetng_64k_prefix", |b| {
        b.iter(|| {
            for f in &files {
                let prefix = &f[..f.len().min(pageclean::charset::SAMPLE_BYTES)];
                let mut det =
                    chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
                det.feed(black_box(prefix), prefix.len() == f.len());
                black_box(det.guess(None, chardetng::Utf8Detection::Allow));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
