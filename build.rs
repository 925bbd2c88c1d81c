//! Embeds the chrome lexicon (`data/lexicon/<lang>.tsv`) into the crate,
//! normalized: the phrases are read and normalized here, once, instead of at
//! every start of the program.

use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/lang/common_letter.rs"]
mod common_letter;

/// The letter test the normalization uses, from the crate's own source.
mod lang {
    pub(crate) use super::common_letter::is_common_letter;
}

#[path = "src/boilerplate/lexicon/normalize.rs"]
mod normalize;

/// The eight-bytes-at-a-time helpers the script scan uses.
#[allow(dead_code)]
#[path = "src/swar.rs"]
mod swar;

/// The script of each trigram profile's letters, by the crate's own rules.
#[allow(dead_code)]
#[path = "src/lang/script.rs"]
mod script;

/// Three characters packed into one key (21 bits each), as
/// `lang::profile::pack` packs them.
fn pack(a: char, b: char, c: char) -> u64 {
    (u64::from(a as u32) << 42) | (u64::from(b as u32) << 21) | u64::from(c as u32)
}

/// Parses `data/lang/trigrams.tsv` into `lang_profiles.rs` (codes, scripts,
/// floors) and `trigrams.bin` (12 bytes per listed trigram: packed key,
/// profile number and saving, little-endian).
fn trigram_profiles(out_dir: &Path) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lang/trigrams.tsv");
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-changed=src/lang/script.rs");
    let data = std::fs::read_to_string(&path).unwrap();
    let mut codes = Vec::new();
    let mut scripts = Vec::new();
    let mut floors = Vec::new();
    let mut listed: Vec<u8> = Vec::new();
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(code), Some(floor), Some(list)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let Ok(floor) = floor.parse::<u16>() else {
            continue;
        };
        let idx = codes.len() as u16;
        let mut sample = String::new();
        for item in list.split(' ') {
            let Some((tri, cost)) = item.rsplit_once(':') else {
                continue;
            };
            let mut cs = tri.chars();
            let (Some(a), Some(b), Some(c), None) = (cs.next(), cs.next(), cs.next(), cs.next())
            else {
                continue;
            };
            let Ok(cost) = cost.parse::<u16>() else {
                continue;
            };
            if sample.len() < 300 {
                sample.push_str(tri);
            }
            listed.extend_from_slice(&pack(a, b, c).to_le_bytes());
            listed.extend_from_slice(&idx.to_le_bytes());
            listed.extend_from_slice(&floor.saturating_sub(cost).to_le_bytes());
        }
        codes.push(code);
        scripts.push(script::script_of(&sample).unwrap_or(script::Script::Other));
        floors.push(floor);
    }
    let mut src = String::from("/// Trigram profile languages, by profile number.\n");
    writeln!(
        src,
        "pub(crate) static PROFILE_CODES: &[&str] = &{codes:?};"
    )
    .unwrap();
    src.push_str("/// The script of each profile's letters.\n");
    writeln!(
        src,
        "pub(crate) static PROFILE_SCRIPTS: &[Script] = &[{}];",
        scripts
            .iter()
            .map(|s| format!("Script::{s:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();
    src.push_str("/// Cost of an unlisted trigram, per profile (tenths of a nat).\n");
    writeln!(
        src,
        "pub(crate) static PROFILE_FLOORS: &[u16] = &{floors:?};"
    )
    .unwrap();
    std::fs::write(out_dir.join("lang_profiles.rs"), src).unwrap();
    std::fs::write(out_dir.join("trigrams.bin"), listed).unwrap();
}

fn main() {
    trigram_profiles(Path::new(&std::env::var("OUT_DIR").unwrap()));
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
