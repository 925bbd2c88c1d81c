//! Compares language identifiers on the short-line set.
//!
//! Usage: `langid-compare [path/to/short_lines.tsv] [--errors NAME]`

use std::collections::BTreeMap;
use std::time::Instant;

use lingua::{Language as L, LanguageDetectorBuilder};

struct Row {
    lang: String,
    text: String,
    heldout: bool,
}

fn load(path: &str) -> Vec<Row> {
    let data = std::fs::read_to_string(path).expect("read set");
    let mut heldout = false;
    let mut rows = Vec::new();
    for line in data.lines() {
        if let Some(s) = line.strip_prefix("#split ") {
            heldout = s.trim() == "heldout";
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (lang, text) = line.split_once('\t').expect("lang<TAB>line");
        rows.push(Row { lang: lang.into(), text: text.into(), heldout });
    }
    rows
}

fn iso3_to_1(c: &str) -> String {
    let m = match c {
        "eng" => "en", "deu" => "de", "fra" => "fr", "spa" => "es", "por" => "pt",
        "cat" => "ca", "ita" => "it", "ron" => "ro", "nld" => "nl", "dan" => "da",
        "nob" => "no", "swe" => "sv", "fin" => "fi", "est" => "et", "pol" => "pl",
        "ces" => "cs", "slk" => "sk", "slv" => "sl", "hrv" => "hr", "bos" => "bs",
        "srp" => "sr", "hun" => "hu", "tur" => "tr", "ind" => "id", "msa" | "zsm" => "ms",
        "vie" => "vi", "lit" => "lt", "lav" => "lv", "rus" => "ru", "ukr" => "uk",
        "bul" => "bg", "bel" => "be", "mkd" => "mk", "kaz" => "kk", "ara" => "ar",
        "pes" | "fas" => "fa", "hin" => "hi", "ell" => "el", "heb" => "he", "cmn" => "zh",
        "jpn" => "ja", "kor" => "ko", "glg" => "gl",
        other => other,
    };
    m.to_string()
}

type Detect<'a> = Box<dyn FnMut(&str) -> Option<String> + 'a>;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).map_or("../../tests/data/lang/short_lines.tsv", String::as_str);
    let show_errors = args.iter().position(|a| a == "--errors").and_then(|i| args.get(i + 1)).cloned();
    let only_tune = args.iter().any(|a| a == "--tune");
    if let Some(i) = args.iter().position(|a| a == "--one") {
        for t in &args[i + 1..] {
            let g = pageclean::lang::identify_scored(t, None);
            let ge = pageclean::lang::identify_scored(t, pageclean::lang::Lang::from_code("en"));
            println!("{t:?} -> {:?} / prior en {:?}", g.map(|g| (g.lang.code(), g.confidence)), ge.map(|g| (g.lang.code(), g.confidence)));
        }
        return;
    }
    let rows = load(path);
    if args.iter().any(|a| a == "--prior") {
        // As the boilerplate layer uses it: each line with its own language as
        // the page's main language must keep it; a line of another language
        // under a main language of the same script must not be given the main one.
        use pageclean::lang::{identify, script_of, Lang};
        let (mut kept, mut n, mut flagged, mut nf) = (0, 0, 0, 0);
        for r in &rows {
            let own = Lang::from_code(&r.lang);
            n += 1;
            if identify(&r.text, own) == own { kept += 1 } else if show_errors.is_some() { println!("LOST {} {:?}: {}", r.lang, identify(&r.text, own), r.text) }
            let main = match script_of(&r.text) { Some(pageclean::lang::Script::Latin) => "en", Some(pageclean::lang::Script::Cyrillic) => "ru", _ => continue };
            if r.lang == main { continue; }
            nf += 1;
            let got = identify(&r.text, Lang::from_code(main));
            if got.is_some_and(|g| g.code() != main) { flagged += 1 } else if show_errors.is_some() { println!("MISSED {} under {main} -> {:?}: {}", r.lang, got, r.text) }
        }
        println!("own language kept under its prior: {kept}/{n}; foreign lines flagged under en/ru prior: {flagged}/{nf}");
        return;
    }
    let mut langs: Vec<String> = Vec::new();
    for r in &rows {
        if !langs.contains(&r.lang) {
            langs.push(r.lang.clone());
        }
    }

    let lingua_langs = [
        L::English, L::German, L::French, L::Spanish, L::Portuguese, L::Catalan, L::Italian,
        L::Romanian, L::Dutch, L::Danish, L::Bokmal, L::Nynorsk, L::Swedish, L::Finnish,
        L::Estonian, L::Polish, L::Czech, L::Slovak, L::Slovene, L::Croatian, L::Bosnian,
        L::Serbian, L::Hungarian, L::Turkish, L::Indonesian, L::Malay, L::Vietnamese,
        L::Lithuanian, L::Latvian, L::Russian, L::Ukrainian, L::Bulgarian, L::Belarusian,
        L::Macedonian, L::Kazakh, L::Arabic, L::Persian, L::Hindi, L::Greek, L::Hebrew,
        L::Chinese, L::Japanese, L::Korean,
    ];
    let lingua_code = |l: L| {
        let c = l.iso_code_639_1().to_string();
        if c == "nb" || c == "nn" { "no".to_string() } else { c }
    };
    let selected = |name: &str| !args.iter().any(|a| a.starts_with("--only=")) || args.iter().any(|a| a == &format!("--only={name}"));

    let mut candidates: Vec<(&str, Detect)> = Vec::new();
    candidates.push(("pageclean", Box::new(|t: &str| pageclean::lang::identify(t, None).map(|l| l.code().to_string()))));
    candidates.push(("pageclean top", Box::new(|t: &str| pageclean::lang::identify_scored(t, None).map(|g| g.lang.code().to_string()))));
    candidates.push(("whatlang 0.18", Box::new(|t: &str| whatlang::detect_lang(t).map(|l| iso3_to_1(l.code())))));
    candidates.push(("whichlang 0.1", Box::new(|t: &str| Some(iso3_to_1(whichlang::detect_language(t).three_letter_code())))));
    if selected("lingua-high") {
        let det = LanguageDetectorBuilder::from_languages(&lingua_langs).with_preloaded_language_models().build();
        candidates.push(("lingua 1.8 (43 langs)", Box::new(move |t: &str| det.detect_language_of(t).map(lingua_code))));
    }
    if selected("lingua-low") {
        let det = LanguageDetectorBuilder::from_languages(&lingua_langs).with_preloaded_language_models().with_low_accuracy_mode().build();
        candidates.push(("lingua 1.8 low-acc", Box::new(move |t: &str| det.detect_language_of(t).map(lingua_code))));
    }

    // name -> lang -> (tune ok, tune n, held ok, held n, wrong)
    let mut table: Vec<(String, BTreeMap<String, [u32; 5]>, f64)> = Vec::new();
    for (name, mut det) in candidates {
        if !selected(name.split(' ').next().unwrap_or(name)) && !name.starts_with("lingua") {
            continue;
        }
        let mut per: BTreeMap<String, [u32; 5]> = BTreeMap::new();
        for r in rows.iter().take(50) {
            let _ = det(&r.text); // warm up: lazy tables
        }
        let start = Instant::now();
        let mut calls = 0u32;
        let passes = 3;
        for pass in 0..passes {
            for r in &rows {
                if only_tune && r.heldout { continue; }
                let got = det(&r.text);
                calls += 1;
                if pass > 0 { continue; }
                let e = per.entry(r.lang.clone()).or_default();
                let ok = got.as_deref() == Some(r.lang.as_str());
                let k = if r.heldout { 2 } else { 0 };
                e[k] += u32::from(ok);
                e[k + 1] += 1;
                if !ok && got.is_some() { e[4] += 1; }
                if !ok && show_errors.as_deref() == Some(name) {
                    println!("ERR {name} {} -> {:?}: {}", r.lang, got, r.text);
                }
            }
        }
        let us = start.elapsed().as_secs_f64() * 1e6 / f64::from(calls);
        table.push((name.to_string(), per, us));
    }

    print!("| lang |");
    for (name, _, _) in &table { print!(" {name} tune | held |"); }
    println!();
    print!("|---|");
    for _ in &table { print!("---|---|"); }
    println!();
    for l in &langs {
        print!("| {l} |");
        for (_, per, _) in &table {
            let e = per.get(l).copied().unwrap_or_default();
            let pct = |ok: u32, n: u32| if n == 0 { "-".to_string() } else { format!("{:.0}", 100.0 * f64::from(ok) / f64::from(n)) };
            print!(" {} | {} |", pct(e[0], e[1]), pct(e[2], e[3]));
        }
        println!();
    }
    for (name, per, us) in &table {
        let (mut t, mut tn, mut h, mut hn, mut w) = (0, 0, 0, 0, 0);
        for e in per.values() { t += e[0]; tn += e[1]; h += e[2]; hn += e[3]; w += e[4]; }
        let p = |a: u32, b: u32| if b == 0 { 0.0 } else { 100.0 * f64::from(a) / f64::from(b) };
        println!("{name}: tune {:.1}% held-out {:.1}% all {:.1}%  wrong(non-None) {:.1}%  {:.2} µs/line", p(t, tn), p(h, hn), p(t + h, tn + hn), p(w, tn + hn), us);
    }
}
