//! Whole-pipeline throughput over the bundled fixtures (and the ScrapingHub
//! benchmark pages when `../shared/eval` is present), in bytes per second.

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Reads `dir/*/input.{html,txt}` (fixtures) or `dir/*.html` (benchmark sets).
fn load_dir(dir: &Path, fixtures: bool) -> Vec<Vec<u8>> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    let files = paths.into_iter().flat_map(|p| {
        if fixtures {
            vec![p.join("input.html"), p.join("input.txt")]
        } else if p.extension().is_some_and(|e| e == "html") {
            vec![p]
        } else {
            Vec::new()
        }
    });
    files.filter_map(|f| std::fs::read(f).ok()).collect()
}

fn bench_set(c: &mut Criterion, name: &str, pages: &[Vec<u8>]) {
    if pages.is_empty() {
        return;
    }
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let cleaner = pageclean::Cleaner::default();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function(name, |b| {
        b.iter(|| {
            for p in pages {
                std::hint::black_box(cleaner.clean(p).ok());
            }
        });
    });
    g.finish();
}

fn pipeline(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    bench_set(c, "fixtures", &load_dir(&root.join("tests/fixtures"), true));
    let shub = load_dir(&root.join("../shared/eval/extract/scrapinghub-aeb"), false);
    bench_set(c, "scrapinghub-aeb", &shub);
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
