//! Short-line language identification on `tests/data/lang/short_lines.tsv`:
//! prints accuracy per language (tune and held-out halves) and fails when the
//! held-out accuracy, overall or for any language, falls below its floor.

use std::collections::BTreeMap;

use pageclean::lang::{Lang, identify, identify_scored};

/// Overall held-out accuracy of `identify_scored` must stay at or above this.
const HELDOUT_FLOOR: f64 = 0.94;
/// Every language's held-out accuracy must stay at or above this (close
/// pairs such as hr/bs and id/ms sit lowest).
const PER_LANGUAGE_FLOOR: f64 = 0.6;
/// Lines of a language identified under that language as the page's prior
/// must keep it at least this often.
const KEPT_UNDER_PRIOR_FLOOR: f64 = 0.99;

struct Row {
    lang: String,
    text: String,
    heldout: bool,
}

fn rows() -> Vec<Row> {
    let data = include_str!("data/lang/short_lines.tsv");
    let mut heldout = false;
    let mut rows = Vec::new();
    for line in data.lines() {
        if let Some(split) = line.strip_prefix("#split ") {
            heldout = split.trim() == "heldout";
        } else if !line.starts_with('#')
            && let Some((lang, text)) = line.split_once('\t')
        {
            rows.push(Row {
                lang: lang.to_string(),
                text: text.to_string(),
                heldout,
            });
        }
    }
    rows
}

#[test]
fn short_line_accuracy() {
    let rows = rows();
    assert!(rows.len() >= 600, "the set has {} lines", rows.len());
    // lang -> [tune ok, tune n, held ok, held n]
    let mut per: BTreeMap<&str, [u32; 4]> = BTreeMap::new();
    let mut kept = 0;
    for r in &rows {
        let own = Lang::from_code(&r.lang);
        assert!(own.is_some(), "unknown code {}", r.lang);
        let got = identify_scored(&r.text, None).map(|g| g.lang);
        let e = per.entry(&r.lang).or_default();
        let k = if r.heldout { 2 } else { 0 };
        e[k] += u32::from(got == own);
        e[k + 1] += 1;
        if got != own {
            println!("miss {} -> {:?}: {}", r.lang, got.map(Lang::code), r.text);
        }
        kept += u32::from(identify(&r.text, own) == own);
    }
    let pct = |ok: u32, n: u32| f64::from(ok) / f64::from(n.max(1));
    let (mut held, mut held_n, mut tune, mut tune_n) = (0, 0, 0, 0);
    println!("lang  tune  held-out");
    for (lang, e) in &per {
        println!(
            "{lang:4} {:5.0}% {:5.0}%",
            100.0 * pct(e[0], e[1]),
            100.0 * pct(e[2], e[3])
        );
        tune += e[0];
        tune_n += e[1];
        held += e[2];
        held_n += e[3];
    }
    let kept_rate = pct(kept, rows.len() as u32);
    println!(
        "all: tune {:.1}%, held-out {:.1}%, own language kept under its prior {:.1}%",
        100.0 * pct(tune, tune_n),
        100.0 * pct(held, held_n),
        100.0 * kept_rate
    );
    assert!(pct(held, held_n) >= HELDOUT_FLOOR, "held-out accuracy fell");
    for (lang, e) in &per {
        assert!(
            pct(e[2], e[3]) >= PER_LANGUAGE_FLOOR,
            "{lang}: held-out accuracy {:.0}%",
            100.0 * pct(e[2], e[3])
        );
    }
    assert!(kept_rate >= KEPT_UNDER_PRIOR_FLOOR, "prior no longer holds");
}
