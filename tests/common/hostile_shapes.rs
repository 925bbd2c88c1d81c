//! Hostile page shapes generated in code, shared by the hostile-input tests
//! and the `hostile` example (which measures time and peak memory at larger
//! sizes).

/// An ordinary article page of about `size` bytes: the baseline.
pub fn ordinary_page(size: usize) -> Vec<u8> {
    let para = "<p>The river rose overnight and the council closed the lower road, \
                while volunteers filled sandbags near the old mill until dawn.</p>\n";
    let mut s = String::from(
        "<html><head><title>Flood | Gazette</title></head><body><article><h1>Flood</h1>",
    );
    while s.len() < size {
        s.push_str(para);
    }
    s.push_str("</article></body></html>");
    s.into_bytes()
}

/// Every hostile shape at about `n` bytes each: (name, bytes).
pub fn shapes(n: usize) -> Vec<(&'static str, Vec<u8>)> {
    let mut v: Vec<(&'static str, Vec<u8>)> = Vec::new();
    v.push((
        "deep divs",
        format!("{}deep{}", "<div>".repeat(n / 10), "</div>".repeat(n / 12)).into_bytes(),
    ));
    v.push((
        "unclosed tags",
        "<p><b><i><span>text ".repeat(n / 20).into_bytes(),
    ));
    v.push((
        "unclosed formatting",
        "<b><i><u><font>x".repeat(n / 16).into_bytes(),
    ));
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let binary: Vec<u8> = (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    v.push(("binary", binary));
    v.push((
        "entity bomb",
        format!("<p>{}quot;</p>", "&amp;".repeat(n / 5)).into_bytes(),
    ));
    v.push(("spaced entity run", "& # 171; ".repeat(n / 9).into_bytes()));
    v.push(("one long line", "word ".repeat(n / 5).into_bytes()));
    v.push((
        "long html line",
        format!("<p>{}</p>", "word ".repeat(n / 5)).into_bytes(),
    ));
    v.push(("nul bytes", b"abc\0def\0".repeat(n / 8)));
    let mut bad = "Привет мир. ".repeat(n / 22).into_bytes();
    for i in (7..bad.len()).step_by(97) {
        bad[i] = 0xD0;
    }
    v.push(("invalid utf-8 mid-multibyte", bad));
    let utf16: Vec<u8> = "<html><p>Hello world, this is UTF-16 without a BOM.</p></html>"
        .repeat(n / 120)
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    v.push(("utf-16 without bom", utf16));
    v.push((
        "script only",
        format!("<script>{}</script>", "var x = '<p>1</p>';".repeat(n / 20)).into_bytes(),
    ));
    v.push((
        "many links",
        "<li><a href=/x>link</a></li>".repeat(n / 28).into_bytes(),
    ));
    v.push(("mojibake run", "Ã©Ã¨â€™Ð’ Ð¼ ".repeat(n / 30).into_bytes()));
    v.push((
        "stray tag run",
        "< p> </ p> <br / > ".repeat(n / 19).into_bytes(),
    ));
    v.push(("empty", Vec::new()));
    v.push(("whitespace", b" \n\t\r ".repeat(n / 5)));
    v
}
