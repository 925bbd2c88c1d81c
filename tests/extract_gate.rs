//! Quality gate for main-content extraction: the pipeline runs over each
//! public evaluation set in `../shared/eval/extract` and its F1 must stay at
//! or above a pinned floor. The metrics are those of the evaluation scorer:
//! 4-word-shingle F1 (precision and recall averaged over pages) for sets with
//! `<id>.txt` truth, pooled snippet F1 for sets with `<id>.segments.json`.
//!
//! Ignored by default (slow in debug builds); run with
//! `cargo test --release --test extract_gate -- --ignored`. When the data is
//! absent each test prints a note and passes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use pageclean::Cleaner;

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let w = words(text);
    let mut out = HashMap::new();
    if w.is_empty() {
        return out;
    }
    for i in 0..w.len().saturating_sub(3).max(1) {
        *out.entry(w[i..(i + 4).min(w.len())].to_vec()).or_insert(0) += 1;
    }
    out
}

/// Shingle F1 over pages of (truth, prediction).
fn shingle_f1(pairs: &[(String, String)]) -> f64 {
    let (mut ps, mut rs) = (Vec::new(), Vec::new());
    for (truth, pred) in pairs {
        let (a, b) = (shingles(truth), shingles(pred));
        let tp: usize = a
            .iter()
            .map(|(k, n)| (*n).min(*b.get(k).unwrap_or(&0)))
            .sum();
        let (na, nb): (usize, usize) = (a.values().sum(), b.values().sum());
        let (fp, fn_) = (nb - tp, na - tp);
        let s = (tp + fp + fn_) as f64;
        if s == 0.0 {
            continue;
        }
        let (tp, fp, fn_) = (tp as f64 / s, fp as f64 / s, fn_ as f64 / s);
        let perfect = fp == 0.0 && fn_ == 0.0;
        if tp + fp > 0.0 {
            ps.push(if perfect { 1.0 } else { tp / (tp + fp) });
        }
        if tp + fn_ > 0.0 {
            rs.push(if perfect { 1.0 } else { tp / (tp + fn_) });
        }
    }
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (p, r) = (mean(&ps), mean(&rs));
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Pooled snippet F1 over pages of (segments JSON, prediction).
fn snippet_f1(items: &[(serde_json::Value, String)]) -> f64 {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let list = |v: &serde_json::Value, k: &str| -> Vec<String> {
        v.get(k)
            .and_then(|x| x.as_array())
            .map(|a| a.iter().filter_map(|s| s.as_str()).map(norm).collect())
            .unwrap_or_default()
    };
    for (seg, pred) in items {
        let t = norm(pred);
        let with = list(seg, "with");
        let hit = with.iter().filter(|w| t.contains(w.as_str())).count();
        tp += hit;
        fn_ += with.len() - hit;
        fp += list(seg, "without")
            .iter()
            .filter(|w| t.contains(w.as_str()))
            .count();
    }
    if tp == 0 {
        0.0
    } else {
        2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
    }
}

fn set_dir(name: &str) -> Option<PathBuf> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval/extract")
        .join(name);
    d.is_dir().then_some(d)
}

/// The F1 of the pipeline on one set, or `None` when the set is absent.
fn score(name: &str) -> Option<f64> {
    let Some(dir) = set_dir(name) else {
        println!("skip: evaluation set {name} not found");
        return None;
    };
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .expect("readable set")
        .filter_map(Result::ok)
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".html")
                .map(str::to_owned)
        })
        .collect();
    ids.sort();
    let cleaner = Cleaner::default();
    let (mut txt, mut seg) = (Vec::new(), Vec::new());
    for id in ids {
        let bytes = std::fs::read(dir.join(format!("{id}.html"))).expect("readable page");
        let pred = cleaner
            .clean(&bytes)
            .map(|d| d.paragraphs().collect::<Vec<_>>().join("\n"))
            .unwrap_or_default();
        if let Ok(t) = std::fs::read_to_string(dir.join(format!("{id}.txt"))) {
            txt.push((t, pred));
        } else if let Ok(s) = std::fs::read_to_string(dir.join(format!("{id}.segments.json"))) {
            seg.push((serde_json::from_str(&s).expect("valid segments"), pred));
        }
    }
    Some(if txt.is_empty() {
        snippet_f1(&seg)
    } else {
        shingle_f1(&txt)
    })
}

fn gate(name: &str, floor: f64) {
    if let Some(f1) = score(name) {
        println!("{name}: F1 {f1:.4} (floor {floor})");
        assert!(f1 >= floor, "{name}: F1 {f1:.4} fell below {floor}");
    }
}

#[test]
#[ignore = "slow: runs the pipeline over the evaluation sets"]
fn scrapinghub_aeb_shingle_f1() {
    gate("scrapinghub-aeb", 0.972);
}

#[test]
#[ignore = "slow: runs the pipeline over the evaluation sets"]
fn trafilatura_eval_snippet_f1() {
    gate("trafilatura-eval", 0.947);
}

#[test]
#[ignore = "slow: runs the pipeline over the evaluation sets"]
fn mozilla_readability_shingle_f1() {
    gate("mozilla-readability", 0.955);
}

#[test]
#[ignore = "slow: runs the pipeline over the evaluation sets"]
fn cleaneval_dev_shingle_f1() {
    gate("cleaneval-dev", 0.895);
}

#[test]
fn metrics_match_the_scorer() {
    let pairs = vec![("a b c d e".to_owned(), "a b c d e".to_owned())];
    assert!((shingle_f1(&pairs) - 1.0).abs() < 1e-9);
    let pairs = vec![("a b c d e".to_owned(), "x y".to_owned())];
    assert_eq!(shingle_f1(&pairs), 0.0);
    let seg = serde_json::json!({"with": ["a  b"], "without": ["z"]});
    assert!((snippet_f1(&[(seg, "x a b y".to_owned())]) - 1.0).abs() < 1e-9);
}
