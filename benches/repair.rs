//! Repair throughput on clean and damaged text, one call per text, over the
//! cases in `tests/data/repair/` (the damaged set adds broken references and
//! stray tags). Compare with `python3 scripts/ftfy_bench.py`, which runs
//! ftfy on the same texts.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pageclean::repair::repair;

fn load(name: &str) -> serde_json::Value {
    let path = format!("{}/tests/data/repair/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("data")).expect("json")
}

/// The clean sentences.
fn clean_texts() -> Vec<String> {
    load("clean.json")
        .as_array()
        .expect("list")
        .iter()
        .map(|v| v.as_str().expect("string").to_owned())
        .collect()
}

/// The mojibake cases.
fn mojibake_texts() -> Vec<String> {
    load("mojibake.json")
        .as_array()
        .expect("list")
        .iter()
        .map(|c| c["damaged"].as_str().expect("damaged").to_owned())
        .collect()
}

/// Each clean sentence with broken references and a stray tag around it.
fn markup_texts() -> Vec<String> {
    clean_texts()
        .iter()
        .map(|s| format!("& # 171; {s} & # 187;&amp;nbsp;< p>"))
        .collect()
}

/// All damaged texts: mojibake and broken markup.
fn damaged_texts() -> Vec<String> {
    let mut v = mojibake_texts();
    v.extend(markup_texts());
    v
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("repair");
    let sets = [
        ("clean", clean_texts()),
        ("damaged", damaged_texts()),
        ("damaged-mojibake", mojibake_texts()),
        ("damaged-markup", markup_texts()),
    ];
    for (name, texts) in sets {
        let bytes: usize = texts.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(repair(black_box(t)));
                }
            });
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
