//! Embeds every `data/lexicon/<lang>.tsv` file into the crate.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut src = String::from(
        "/// (language code, file contents) of each lexicon file.\npub(crate) static FILES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let lang = f.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        writeln!(
            src,
            "    ({lang:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("lexicon_files.rs");
    std::fs::write(out, src).unwrap();
}
