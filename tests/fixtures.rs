//! Runs every fixture in `tests/fixtures/<name>/`: `input.txt` or `input.html`
//! through the default pipeline (or the options in `expected.json`), compared
//! with `expected.json` exactly: title, paragraphs in order, language,
//! encoding, and chrome lines that must be removed; and, when the keys are
//! present, `page_type`, `author` (names joined with `, `), `date` (ISO
//! 8601), `site_name` and `fallback`. `options` may set `lang`,
//! `keep_comments` and `page_types`.

use std::path::{Path, PathBuf};

use pageclean::{Cleaner, Target};
use serde_json::Value;

fn fixture_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/fixtures exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("expected.json").exists())
        .collect();
    dirs.sort();
    dirs
}

fn input_of(dir: &Path) -> PathBuf {
    ["input.html", "input.txt"]
        .iter()
        .map(|n| dir.join(n))
        .find(|p| p.exists())
        .unwrap_or_else(|| panic!("{}: no input.html or input.txt", dir.display()))
}

/// Differences between the output and the expectation, empty when exact.
fn check(dir: &Path) -> Vec<String> {
    let exp: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap())
            .unwrap_or_else(|e| panic!("{}: bad expected.json: {e}", dir.display()));
    let mut builder = Cleaner::builder();
    if let Some(code) = exp.pointer("/options/lang").and_then(Value::as_str) {
        builder = builder.language(Target::only(code).expect("known language"));
    }
    if exp
        .pointer("/options/keep_comments")
        .and_then(Value::as_bool)
        == Some(true)
    {
        builder = builder.keep_comments(true);
    }
    if exp.pointer("/options/page_types").and_then(Value::as_bool) == Some(false) {
        builder = builder.page_types(false);
    }
    let bytes = std::fs::read(input_of(dir)).unwrap();
    let doc = builder.build().clean(&bytes).expect("fixture cleans");
    let mut diffs = Vec::new();
    let want_title = exp["title"].as_str();
    if doc.title.as_deref() != want_title {
        diffs.push(format!("title: got {:?}, want {:?}", doc.title, want_title));
    }
    let want: Vec<&str> = exp["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let got: Vec<&str> = doc.paragraphs().collect();
    for w in &want {
        if !got.contains(w) {
            diffs.push(format!("missing: {w:?}"));
        }
    }
    for g in &got {
        if !want.contains(g) {
            diffs.push(format!("leaked: {g:?}"));
        }
    }
    if diffs.is_empty() && got != want {
        diffs.push("paragraphs out of order".into());
    }
    if let Some(lang) = exp["language"].as_str()
        && doc.language.map(|l| l.code()) != Some(lang)
    {
        diffs.push(format!("language: got {:?}, want {lang}", doc.language));
    }
    if let Some(enc) = exp["encoding"].as_str()
        && !doc.encoding().eq_ignore_ascii_case(enc)
    {
        diffs.push(format!("encoding: got {}, want {enc}", doc.encoding()));
    }
    if let Some(t) = exp["page_type"].as_str()
        && doc.page_type.as_str() != t
    {
        diffs.push(format!("page_type: got {}, want {t}", doc.page_type));
    }
    let author = doc.metadata.author();
    if let Some(a) = exp["author"].as_str()
        && author.as_deref() != Some(a)
    {
        diffs.push(format!("author: got {author:?}, want {a:?}"));
    }
    let date = doc.metadata.date.map(|d| d.iso());
    if let Some(d) = exp["date"].as_str()
        && date.as_deref() != Some(d)
    {
        diffs.push(format!("date: got {date:?}, want {d}"));
    }
    if let Some(s) = exp["site_name"].as_str()
        && doc.metadata.site_name.as_deref() != Some(s)
    {
        diffs.push(format!(
            "site_name: got {:?}, want {s:?}",
            doc.metadata.site_name
        ));
    }
    let fallback = doc.fallback.map(pageclean::Fallback::as_str);
    if let Some(f) = exp["fallback"].as_str()
        && fallback != Some(f)
    {
        diffs.push(format!("fallback: got {fallback:?}, want {f}"));
    }
    for r in exp["removed_includes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !doc.removed.iter().any(|x| x.text.contains(r)) {
            diffs.push(format!("not in removed: {r:?}"));
        }
    }
    diffs
}

#[test]
fn fixtures_are_exact() {
    let dirs = fixture_dirs();
    assert!(
        dirs.len() >= 12,
        "expected at least 12 fixtures, found {}",
        dirs.len()
    );
    let only = std::env::var("FIXTURE").ok();
    let mut failed = Vec::new();
    let mut run = 0;
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if only.as_ref().is_some_and(|o| !name.contains(o.as_str())) {
            continue;
        }
        run += 1;
        let diffs = check(dir);
        if !diffs.is_empty() {
            eprintln!("FAIL {name}");
            for d in diffs.iter().take(8) {
                eprintln!("    {d}");
            }
            failed.push(name);
        }
    }
    eprintln!("fixtures exact: {}/{}", run - failed.len(), run);
    assert!(
        failed.is_empty(),
        "{} fixtures differ: {failed:?}",
        failed.len()
    );
}
