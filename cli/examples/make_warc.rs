//! Writes a gzip WARC of the fixture pages, repeated, for throughput runs.
//!
//! ```text
//! cargo run --release -p pageclean-cli --example make_warc -- OUT.warc.gz [MEGABYTES]
//! ```
//! Each fixture page (`tests/fixtures/*/input.*`) becomes a request and a
//! response record, each in its own gzip member, with the page's charset in
//! the HTTP `Content-Type`; pages are repeated (with a serial number in the
//! URL) until the file reaches MEGABYTES (default 64) compressed.

use std::io::Write;
use std::path::Path;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "bench.warc.gz".into());
    let megabytes: u64 = args.next().and_then(|m| m.parse().ok()).unwrap_or(64);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut pages = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)?.filter_map(Result::ok).collect();
    dirs.sort_by_key(std::fs::DirEntry::file_name);
    for d in dirs {
        let dir = d.path();
        let name = d.file_name().to_string_lossy().into_owned();
        let expected = std::fs::read_to_string(dir.join("expected.json")).unwrap_or_default();
        let charset = expected
            .split("\"encoding\": \"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or("utf-8")
            .to_string();
        for (file, mime) in [("input.html", "text/html"), ("input.txt", "text/plain")] {
            if let Ok(body) = std::fs::read(dir.join(file)) {
                pages.push((name.clone(), format!("{mime}; charset={charset}"), body));
            }
        }
    }
    let mut file = std::io::BufWriter::new(std::fs::File::create(&out)?);
    let (mut written, mut n) = (0u64, 0u64);
    while written < megabytes << 20 {
        let (name, content_type, body) = &pages[(n as usize) % pages.len()];
        let uri = format!("https://site{}.example.org/{name}/{n}", n % 97);
        let request = format!("GET /{name}/{n} HTTP/1.1\r\nHost: site.example.org\r\n\r\n");
        let mut response = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        response.extend_from_slice(body);
        for (kind, block) in [("request", request.into_bytes()), ("response", response)] {
            let mut rec = format!(
                "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}-{n}>\r\n\
                 WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype={kind}\r\n\
                 Content-Length: {}\r\n\r\n",
                block.len()
            )
            .into_bytes();
            rec.extend_from_slice(&block);
            rec.extend_from_slice(b"\r\n\r\n");
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            gz.write_all(&rec)?;
            let member = gz.finish()?;
            written += member.len() as u64;
            file.write_all(&member)?;
        }
        n += 1;
    }
    file.flush()?;
    eprintln!("{out}: {n} pages, {:.1} MB", written as f64 / 1e6);
    Ok(())
}
