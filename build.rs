//! Embeds the chrome lexicon (`data/lexicon/<lang>.tsv`) into the crate,
//! normalized: the phrases are read and normalized here, once, instead of at
//! every start of the program.

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/lang/common_letter.rs"]
mod common_letter;

/// The letter test the normalization uses, from the crate's own source.
mod lang {
    pub(crate) use super::common_letter::is_common_letter;
}

#[path = "src/boilerplate/lexicon/normalize.rs"]
mod normalize;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/lang/common_letter.rs");
    println!("cargo:rerun-if-changed=src/boilerplate/lexicon/normalize.rs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    // Exact phrases, first occurrence first; patterns in file order.
    let mut exact: Vec<(String, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut patterns: Vec<(Vec<String>, String)> = Vec::new();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let data = std::fs::read_to_string(f).unwrap();
        for line in data.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((cat, phrase)) = line.split_once('\t') else {
                continue;
            };
            let cat = cat.trim().to_owned();
            let norm = normalize::normalize(phrase);
            if norm.is_empty() || norm == "*" {
                continue;
            }
            let mut add = |key: String| {
                if seen.insert((key.clone(), cat.clone())) {
                    exact.push((key, cat.clone()));
                }
            };
            if norm.contains('*') {
                // `Имя *`: a trailing star is also a required-field marker.
                if let Some(label) = norm.strip_suffix(" *").filter(|l| !l.contains('*')) {
                    add(label.to_owned());
                }
                let pieces = norm.split('*').map(|p| p.trim().to_owned()).collect();
                patterns.push((pieces, cat.clone()));
            } else {
                add(norm);
            }
        }
    }
    let mut src = format!(
        "/// How many lexicon files there are.\npub(crate) const LANGUAGES: usize = {};\n",
        files.len()
    );
    src.push_str(
        "/// (normalized phrase, category) in file order; the first of a phrase's\n\
         /// categories that the crate knows is its category.\n\
         pub(crate) static EXACT: &[(&str, &str)] = &[\n",
    );
    for (k, c) in &exact {
        writeln!(src, "    ({k:?}, {c:?}),").unwrap();
    }
    src.push_str(
        "];\n/// (pieces around the placeholders, category) in file order.\n\
         pub(crate) static PATTERNS: &[(&[&str], &str)] = &[\n",
    );
    for (pieces, c) in &patterns {
        writeln!(src, "    (&{pieces:?}, {c:?}),").unwrap();
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("lexicon_table.rs");
    std::fs::write(out, src).unwrap();
}
