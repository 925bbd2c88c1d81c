//! Derives compact trigram profiles from lingua's language models (Apache-2.0).
//! Usage: lextract REGISTRY_SRC_DIR K > trigrams.tsv
use fst::{IntoStreamer, Streamer};
use std::collections::HashMap;

const LANGS: &[(&str, &str)] = &[
    ("afrikaans", "af"), ("albanian", "sq"), ("arabic", "ar"), ("azerbaijani", "az"),
    ("basque", "eu"), ("belarusian", "be"), ("bokmal", "no"), ("bosnian", "bs"),
    ("bulgarian", "bg"), ("catalan", "ca"), ("croatian", "hr"), ("czech", "cs"),
    ("danish", "da"), ("dutch", "nl"), ("english", "en"), ("esperanto", "eo"),
    ("estonian", "et"), ("finnish", "fi"), ("french", "fr"), ("ganda", "lg"),
    ("german", "de"), ("hindi", "hi"), ("hungarian", "hu"), ("icelandic", "is"),
    ("indonesian", "id"), ("irish", "ga"), ("italian", "it"), ("kazakh", "kk"),
    ("latin", "la"), ("latvian", "lv"), ("lithuanian", "lt"), ("macedonian", "mk"),
    ("malay", "ms"), ("maori", "mi"), ("marathi", "mr"), ("mongolian", "mn"),
    ("nynorsk", "nn"), ("persian", "fa"), ("polish", "pl"), ("portuguese", "pt"),
    ("romanian", "ro"), ("russian", "ru"), ("serbian", "sr"), ("shona", "sn"),
    ("slovak", "sk"), ("slovene", "sl"), ("somali", "so"), ("sotho", "st"),
    ("spanish", "es"), ("swahili", "sw"), ("swedish", "sv"), ("tagalog", "tl"),
    ("tsonga", "ts"), ("tswana", "tn"), ("turkish", "tr"), ("ukrainian", "uk"),
    ("urdu", "ur"), ("vietnamese", "vi"), ("welsh", "cy"), ("xhosa", "xh"),
    ("yoruba", "yo"), ("zulu", "zu"),
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let root = &args[1];
    let k: usize = args[2].parse().unwrap();
    for (name, code) in LANGS {
        let path = format!("{root}/lingua-{name}-language-model-1.3.0/models/ngrams.fst");
        let bytes = std::fs::read(&path).unwrap();
        let map = fst::Map::new(bytes).unwrap();
        let mut lp: HashMap<String, f64> = HashMap::new();
        let mut s = map.into_stream();
        while let Some((key, v)) = s.next() {
            let key = std::str::from_utf8(key).unwrap();
            if key.chars().count() <= 3 {
                lp.insert(key.to_string(), f64::from_bits(v));
            }
        }
        if args.get(3).map(String::as_str) == Some("alphabet") {
            let mut letters: Vec<(char, f64)> = lp
                .iter()
                .filter(|(k, v)| k.chars().count() == 1 && **v > (5e-5f64).ln())
                .map(|(k, v)| (k.chars().next().unwrap(), *v))
                .filter(|(c, _)| c.is_alphabetic())
                .collect();
            letters.sort_by(|a, b| a.0.cmp(&b.0));
            println!("{code}\t{}", letters.iter().map(|l| l.0).collect::<String>());
            continue;
        }
        // Joint log-probability of each trigram: P(a) P(b|a) P(c|ab).
        let mut tri: Vec<(String, f64)> = Vec::new();
        for (key, v) in &lp {
            let cs: Vec<char> = key.chars().collect();
            if cs.len() != 3 { continue; }
            let a: String = cs[..1].iter().collect();
            let ab: String = cs[..2].iter().collect();
            let (Some(pa), Some(pab)) = (lp.get(&a), lp.get(&ab)) else { continue };
            tri.push((key.clone(), pa + pab + v));
        }
        tri.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        tri.truncate(k);
        let floor = tri.last().map_or(0.0, |t| -t.1) + 1.0;
        print!("{code}\t{}\t", (floor * 10.0).round() as u32);
        let items: Vec<String> = tri.iter().map(|(t, p)| format!("{t}:{}", (-p * 10.0).round() as u32)).collect();
        println!("{}", items.join(" "));
        eprintln!("{code} {} trigrams, floor {floor:.1}", tri.len());
    }
}
