//! Throughput of each layer of the pipeline, fed what the pipeline feeds it,
//! next to the whole pipeline and the HTML parse alone (the floor):
//!
//! - `charset`: detection and decoding of the raw page bytes;
//! - `extract`: parse and block extraction of the decoded page
//!   (`extract/parse_only` is `scraper::Html::parse_document` alone);
//! - `repair`: block repair (collapsed spaces) of the extracted blocks;
//! - `boilerplate`: classification of the repaired blocks;
//! - `pipeline`: [`pageclean::Cleaner::clean`] on the raw bytes.
//!
//! Throughput is in bytes of each layer's own input: page bytes for
//! `charset`, `extract` and `pipeline`, block text bytes for `repair` and
//! `boilerplate`. Sets: the bundled fixtures (`tests/fixtures/*/input.html`)
//! and, when `../shared/eval` is present, the ScrapingHub benchmark pages.
//!
//! ```text
//! cargo bench --bench layers                 # every group
//! cargo bench --bench layers -- extract      # one group
//! ```

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use pageclean::boilerplate::{self, Context};
use pageclean::candidate::Candidate;
use pageclean::charset::{self, Hints};
use pageclean::repair::{Repairer, Spaces};
use pageclean::{Cleaner, InputKind, extract};

/// The repair the pipeline applies to extracted blocks.
const BLOCK_REPAIR: Repairer = Repairer::new().with_spaces(Spaces::Collapse);

/// One page at each stage of the pipeline.
struct Page {
    bytes: Vec<u8>,
    text: String,
    title: Option<String>,
    blocks: Vec<Candidate>,
    repaired: Vec<Candidate>,
}

fn load(dir: &Path, fixtures: bool) -> Vec<Page> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    let files = paths.into_iter().filter_map(|p| {
        if fixtures {
            Some(p.join("input.html")).filter(|f| f.exists())
        } else {
            p.extension().is_some_and(|e| e == "html").then_some(p)
        }
    });
    files
        .filter_map(|f| std::fs::read(f).ok())
        .map(|bytes| {
            let det = charset::detect(&bytes, &Hints::default());
            let text = charset::decode(&bytes, &det).text.into_owned();
            let e = extract::extract(&text);
            let repaired = e
                .blocks
                .iter()
                .map(|c| {
                    let mut c = c.clone();
                    c.text = BLOCK_REPAIR.repair(&c.text).into_owned();
                    c
                })
                .collect();
            Page {
                bytes,
                text,
                title: e.title,
                blocks: e.blocks,
                repaired,
            }
        })
        .collect()
}

fn bench_set(c: &mut Criterion, set: &str, pages: &[Page]) {
    if pages.is_empty() {
        return;
    }
    let page_bytes: u64 = pages.iter().map(|p| p.bytes.len() as u64).sum();
    let block_bytes: u64 = pages
        .iter()
        .flat_map(|p| &p.blocks)
        .map(|b| b.text.len() as u64)
        .sum();

    let mut g = c.benchmark_group("charset");
    g.throughput(Throughput::Bytes(page_bytes));
    g.bench_function(set, |b| {
        b.iter(|| {
            for p in pages {
                let det = charset::detect(black_box(&p.bytes), &Hints::default());
                black_box(charset::decode(&p.bytes, &det));
            }
        });
    });
    g.finish();

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(page_bytes));
    g.bench_function(set, |b| {
        b.iter(|| {
            for p in pages {
                black_box(extract::extract(black_box(&p.text)));
            }
        });
    });
    g.bench_function(format!("parse_only/{set}"), |b| {
        b.iter(|| {
            for p in pages {
                black_box(scraper::Html::parse_document(black_box(&p.text)));
            }
        });
    });
    g.finish();

    let mut g = c.benchmark_group("repair");
    g.throughput(Throughput::Bytes(block_bytes));
    g.bench_function(set, |b| {
        b.iter(|| {
            for p in pages {
                for blk in &p.blocks {
                    black_box(BLOCK_REPAIR.repair_report(black_box(&blk.text)));
                }
            }
        });
    });
    g.finish();

    let mut g = c.benchmark_group("boilerplate");
    g.throughput(Throughput::Bytes(block_bytes));
    g.bench_function(set, |b| {
        b.iter_batched(
            || pages.iter().map(|p| p.repaired.clone()).collect::<Vec<_>>(),
            |all| {
                for (p, blocks) in pages.iter().zip(all) {
                    let mut ctx = Context::new(InputKind::Html);
                    ctx.title = p.title.as_deref();
                    black_box(boilerplate::classify(blocks, &ctx));
                }
            },
            BatchSize::LargeInput,
        );
    });
    g.finish();

    let cleaner = Cleaner::default();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(page_bytes));
    g.bench_function(set, |b| {
        b.iter(|| {
            for p in pages {
                black_box(cleaner.clean(black_box(&p.bytes)).ok());
            }
        });
    });
    g.finish();
}

fn layers(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    bench_set(c, "fixtures", &load(&root.join("tests/fixtures"), true));
    let shub = root.join("../shared/eval/extract/scrapinghub-aeb");
    bench_set(c, "scrapinghub-aeb", &load(&shub, false));
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = layers
}
criterion_main!(benches);
