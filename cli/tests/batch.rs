//! End-to-end tests of `pageclean batch` and `pageclean clean` on archives
//! and datasets written here from the library's fixture pages
//! (`tests/fixtures/*/input.*`), checked row by row against each fixture's
//! `expected.json`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pageclean::{BlockKind, Cleaner, Document, InputKind};
use serde_json::{Value, json};

struct Fixture {
    name: String,
    input: Vec<u8>,
    html: bool,
    expected: Value,
}

/// Every fixture that runs with the default options.
fn fixtures() -> Vec<Fixture> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    dirs.into_iter()
        .filter_map(|dir| {
            let expected: Value =
                serde_json::from_slice(&std::fs::read(dir.join("expected.json")).ok()?).unwrap();
            if expected.get("options").is_some() {
                return None;
            }
            let (input, html) = match std::fs::read(dir.join("input.html")) {
                Ok(b) => (b, true),
                Err(_) => (std::fs::read(dir.join("input.txt")).unwrap(), false),
            };
            Some(Fixture {
                name: dir.file_name().unwrap().to_string_lossy().into_owned(),
                input,
                html,
                expected,
            })
        })
        .collect()
}

fn scratch(test: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("pageclean-cli-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn record(kind: &str, id: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: {id}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-03-12T16:45:00Z\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn response(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

fn gzip(b: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pageclean"))
        .args(args)
        .output()
        .expect("pageclean runs")
}

fn rows_of(path: &Path) -> Vec<Value> {
    let raw = std::fs::read(path).unwrap();
    let mut text = String::new();
    if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::MultiGzDecoder::new(&raw[..])
            .read_to_string(&mut text)
            .unwrap();
    } else {
        text = String::from_utf8(raw).unwrap();
    }
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// How a page was handed to the cleaner: its charset hint, URL and mode.
#[derive(Default)]
struct Hints<'a> {
    content_type: Option<&'a str>,
    url: Option<&'a str>,
    text: bool,
}

/// What the library makes of the fixture with these hints.
fn library(f: &Fixture, hints: &Hints<'_>) -> Document {
    let mut b = Cleaner::builder();
    if let Some(ct) = hints.content_type {
        b = b.content_type(ct);
    }
    if let Some(u) = hints.url {
        b = b.url(u);
    }
    if hints.text {
        b = b.input_kind(InputKind::Text);
    }
    b.build().clean(&f.input).unwrap()
}

/// Checks a row's cleaning fields against the library's own result for the
/// same bytes and hints, and the encoding against the fixture's.
fn check_cleaned(row: &Value, f: &Fixture, hints: &Hints<'_>) {
    let doc = library(f, hints);
    assert_eq!(
        row["title"].as_str(),
        doc.title.as_deref(),
        "{}: title",
        f.name
    );
    assert_eq!(
        row["language"].as_str(),
        doc.language.map(|l| l.code()),
        "{}: language",
        f.name
    );
    let paragraphs: Vec<&str> = doc.paragraphs().collect();
    assert_eq!(
        row["paragraphs"],
        json!(paragraphs),
        "{}: paragraphs",
        f.name
    );
    assert_eq!(row["text"], doc.text(), "{}: text", f.name);
    assert_eq!(row["encoding"], doc.encoding(), "{}: encoding", f.name);
    let meta = &doc.metadata;
    assert_eq!(
        row["author"].as_str(),
        meta.author().as_deref(),
        "{}: author",
        f.name
    );
    let date = meta.date.map(|d| d.iso());
    assert_eq!(row["date"].as_str(), date.as_deref(), "{}: date", f.name);
    let site = meta.site_name.as_deref();
    assert_eq!(row["source-hostname"].as_str(), site, "{}: site", f.name);
    assert_eq!(
        row["pagetype"],
        doc.page_type.as_str(),
        "{}: pagetype",
        f.name
    );
    if let Some(enc) = f.expected["encoding"].as_str() {
        let got = row["encoding"].as_str().unwrap();
        assert!(
            got.eq_ignore_ascii_case(enc),
            "{}: encoding {got}, want {enc}",
            f.name
        );
    }
}

const TRUNCATED: usize = 3;

/// A gzip WARC, one member per record: a warcinfo record, then for each HTML
/// fixture a request and a response whose HTTP `Content-Type` names the
/// page's charset; the response of fixture `TRUNCATED` cut in half, plus a
/// 404, an image, and a page over the size limit.
fn write_warc(path: &Path, pages: &[&Fixture]) {
    let mut file = gzip(&record(
        "warcinfo",
        "<urn:uuid:info>",
        "",
        "application/warc-fields",
        b"software: test\r\n",
    ));
    for (i, f) in pages.iter().enumerate() {
        let uri = format!("https://news{i}.example.org/{}", f.name);
        let req = format!(
            "GET /{} HTTP/1.1\r\nHost: news{i}.example.org\r\n\r\n",
            f.name
        );
        file.extend(gzip(&record(
            "request",
            &format!("<urn:uuid:req-{i}>"),
            &uri,
            "application/http; msgtype=request",
            req.as_bytes(),
        )));
        let charset = f.expected["encoding"].as_str().unwrap_or("utf-8");
        let http = response("200 OK", &format!("text/html; charset={charset}"), &f.input);
        let mut member = gzip(&record(
            "response",
            &format!("<urn:uuid:page-{i}>"),
            &uri,
            "application/http; msgtype=response",
            &http,
        ));
        if i == TRUNCATED {
            member.truncate(member.len() / 2);
        }
        file.extend(member);
        if i == 1 {
            let missing = response("404 Not Found", "text/html", b"<p>Not found</p>");
            let image = response("200 OK", "image/png", b"\x89PNG\r\n\x1a\n....");
            for (id, block) in [("<urn:uuid:404>", missing), ("<urn:uuid:png>", image)] {
                file.extend(gzip(&record(
                    "response",
                    id,
                    "https://x.example.org/",
                    "application/http; msgtype=response",
                    &block,
                )));
            }
        }
        if i == 5 {
            let big = format!(
                "<html><body>{}</body></html>",
                "<p>word </p>".repeat(30_000)
            );
            file.extend(gzip(&record(
                "response",
                "<urn:uuid:huge>",
                "https://huge.example.org/",
                "application/http; msgtype=response",
                &response("200 OK", "text/html", big.as_bytes()),
            )));
        }
    }
    std::fs::write(path, file).unwrap();
}

/// JSONL rows for the UTF-8 text fixtures, page in `content`, id in
/// `doc_id`, with a carried `meta` field; plus a broken line and a row
/// without the page field.
fn write_jsonl(path: &Path, pages: &[&Fixture]) {
    let mut out = String::new();
    for (i, f) in pages.iter().enumerate() {
        let row = json!({
            "doc_id": format!("row-{}", f.name),
            "url": format!("https://example.org/{}", f.name),
            "content": std::str::from_utf8(&f.input).unwrap(),
            "meta": {"fixture": f.name, "n": i},
        });
        out.push_str(&row.to_string());
        out.push('\n');
        if i == 2 {
            out.push_str("{\"doc_id\": \"broken\", \"content\": \"unterminated\n");
            out.push_str("{\"doc_id\": \"no-content\", \"body\": \"<p>x</p>\"}\n");
        }
    }
    std::fs::write(path, out).unwrap();
}

#[test]
fn batch_cleans_a_gzip_warc_and_a_jsonl_file_row_by_row() {
    let all = fixtures();
    let html: Vec<&Fixture> = all.iter().filter(|f| f.html).collect();
    let text: Vec<&Fixture> = all
        .iter()
        .filter(|f| !f.html && std::str::from_utf8(&f.input).is_ok())
        .collect();
    assert!(html.len() >= 10 && text.len() >= 10, "fixtures found");
    let dir = scratch("warc-jsonl");
    let warc = dir.join("crawl.warc.gz");
    let jsonl = dir.join("rows.jsonl");
    let out = dir.join("out.jsonl.gz");
    let errors = dir.join("errors.jsonl");
    write_warc(&warc, &html);
    write_jsonl(&jsonl, &text);

    let res = run(&[
        "batch",
        warc.to_str().unwrap(),
        jsonl.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--errors",
        errors.to_str().unwrap(),
        "--field",
        "content",
        "--id-field",
        "doc_id",
        "--max-input-bytes",
        "200000",
        "--chunk",
        "4",
        "-j",
        "2",
        "--keep-empty",
    ]);
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert_eq!(
        res.status.code(),
        Some(1),
        "failures give status 1: {stderr}"
    );

    let rows = rows_of(&out);
    let mut rows = rows.iter();
    let mut empty = 0;
    for (i, f) in html.iter().enumerate() {
        if i == TRUNCATED {
            continue;
        }
        let row = rows.next().unwrap_or_else(|| panic!("row for {}", f.name));
        let url = format!("https://news{i}.example.org/{}", f.name);
        assert_eq!(row["id"], format!("<urn:uuid:page-{i}>"));
        assert_eq!(row["source"], url);
        assert_eq!(row["hostname"], format!("news{i}.example.org"));
        assert!(row.get("removed").is_none());
        let charset = f.expected["encoding"].as_str().unwrap_or("utf-8");
        let content_type = format!("text/html; charset={charset}");
        let hints = Hints {
            content_type: Some(&content_type),
            url: Some(&url),
            text: false,
        };
        check_cleaned(row, f, &hints);
        empty += usize::from(row["paragraphs"] == json!([]));
    }
    for (i, f) in text.iter().enumerate() {
        let row = rows.next().unwrap_or_else(|| panic!("row for {}", f.name));
        assert_eq!(row["id"], format!("row-{}", f.name));
        assert_eq!(row["source"], format!("https://example.org/{}", f.name));
        assert_eq!(row["hostname"], "example.org");
        assert_eq!(row["meta"], json!({"fixture": f.name, "n": i}), "carried");
        assert!(
            row.get("content").is_none(),
            "the page field is not carried"
        );
        let url = format!("https://example.org/{}", f.name);
        let hints = Hints {
            content_type: Some("text/html; charset=utf-8"),
            url: Some(&url),
            text: false,
        };
        check_cleaned(row, f, &hints);
        empty += usize::from(row["paragraphs"] == json!([]));
    }
    assert!(rows.next().is_none(), "no other rows");

    // Failures: reported with their ids, on stderr and in --errors.
    let failures: Vec<Value> = std::fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = failures.iter().map(|f| f["id"].as_str().unwrap()).collect();
    let truncated = format!("<urn:uuid:page-{TRUNCATED}>");
    let broken_line = format!("{}:4", jsonl.display());
    assert_eq!(
        ids,
        [
            truncated.as_str(),
            "<urn:uuid:huge>",
            &broken_line,
            "no-content"
        ]
    );
    assert!(
        failures[0]["error"]
            .as_str()
            .unwrap()
            .contains("gzip member")
    );
    assert!(
        failures[1]["error"]
            .as_str()
            .unwrap()
            .contains("exceeds the limit")
    );
    for id in &ids {
        assert!(stderr.contains(id), "{id} reported on stderr: {stderr}");
    }
    let pages = html.len() - 1 + text.len();
    let summary = format!(
        "pages {} | kept {} | empty {empty} | errors 4 |",
        pages + 4,
        pages - empty
    );
    assert!(stderr.contains(&summary), "{summary} in {stderr}");
    assert!(stderr.contains("languages en "), "{stderr}");
    // warcinfo, one request per page, the 404 and the image.
    assert!(stderr.contains(&format!("other records skipped {}", 1 + html.len() + 2)));
}

#[test]
fn one_or_two_threads_write_the_same_rows_in_input_order() {
    let all = fixtures();
    let pages: Vec<&Fixture> = all
        .iter()
        .filter(|f| std::str::from_utf8(&f.input).is_ok())
        .collect();
    let dir = scratch("order");
    let jsonl = dir.join("rows.jsonl");
    write_jsonl(&jsonl, &pages);
    let mut outs = Vec::new();
    for j in ["1", "2"] {
        let out = dir.join(format!("out{j}.jsonl"));
        let res = run(&[
            "batch",
            jsonl.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--field",
            "content",
            "--id-field",
            "doc_id",
            "-j",
            j,
            "--chunk",
            "3",
            "-q",
            "--keep-empty",
        ]);
        assert_eq!(res.status.code(), Some(1));
        assert!(res.stderr.starts_with(b"pageclean: "), "failures only");
        outs.push(std::fs::read(&out).unwrap());
    }
    assert_eq!(outs[0], outs[1]);
    let ids: Vec<String> = rows_of(&dir.join("out1.jsonl"))
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    let want: Vec<String> = pages.iter().map(|f| format!("row-{}", f.name)).collect();
    assert_eq!(ids, want);
}

#[test]
fn plain_wet_file_resumes_after_a_broken_record() {
    let all = fixtures();
    let text: Vec<&Fixture> = all.iter().filter(|f| !f.html).take(4).collect();
    let mut wet = record(
        "warcinfo",
        "<urn:uuid:info>",
        "",
        "application/warc-fields",
        b"x: y\r\n",
    );
    for (i, f) in text.iter().enumerate() {
        if i == 2 {
            wet.extend_from_slice(
                b"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:bad>\r\n\r\n",
            );
            wet.extend_from_slice(b"garbage without a length\r\n\r\n");
        }
        wet.extend(record(
            "conversion",
            &format!("<urn:uuid:wet-{i}>"),
            &format!("https://example.net/{i}"),
            "text/plain",
            &f.input,
        ));
    }
    let dir = scratch("wet");
    let path = dir.join("pages.warc.wet");
    std::fs::write(&path, wet).unwrap();
    let out = dir.join("out.jsonl");
    let res = run(&[
        "batch",
        path.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "-j",
        "1",
        "--keep-empty",
    ]);
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert_eq!(res.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("<urn:uuid:bad>: no valid Content-Length"),
        "{stderr}"
    );
    let rows = rows_of(&out);
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "<urn:uuid:wet-0>",
            "<urn:uuid:wet-1>",
            "<urn:uuid:wet-2>",
            "<urn:uuid:wet-3>"
        ]
    );
    for (i, (row, f)) in rows.iter().zip(&text).enumerate() {
        // WET payloads are UTF-8: only UTF-8 fixtures are checked in full.
        if std::str::from_utf8(&f.input).is_ok() {
            let url = format!("https://example.net/{i}");
            let hints = Hints {
                content_type: Some("text/plain; charset=utf-8"),
                url: Some(&url),
                text: true,
            };
            check_cleaned(row, f, &hints);
        }
    }
}

#[test]
fn clean_prints_text_json_and_markdown() {
    let all = fixtures();
    let f = all
        .iter()
        .find(|f| f.name == "html_de_bike_path_latin1")
        .unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(&f.name)
        .join("input.html");
    let p = path.to_str().unwrap();
    let doc = library(f, &Hints::default());

    let text = run(&["clean", p]);
    assert!(text.status.success());
    let mut want = String::new();
    if let Some(t) = &doc.title {
        want.push_str(&format!("{t}\n\n"));
    }
    want.push_str(&doc.text());
    want.push('\n');
    assert_eq!(String::from_utf8(text.stdout).unwrap(), want);

    let url = "https://kreis.example.de/a";
    let js = run(&["clean", "--json", "--removed", "--url", url, p]);
    let row: Value = serde_json::from_slice(&js.stdout).unwrap();
    let hints = Hints {
        url: Some(url),
        ..Hints::default()
    };
    check_cleaned(&row, f, &hints);
    assert_eq!(row["hostname"], "kreis.example.de");
    let removed = library(f, &hints).removed;
    assert_eq!(row["removed"].as_array().unwrap().len(), removed.len());
    for (got, want) in row["removed"].as_array().unwrap().iter().zip(&removed) {
        assert_eq!(got["text"], want.text.as_str());
        assert_eq!(got["reason"], want.reason.as_str());
    }

    let md = run(&["clean", "--format", "markdown", p]);
    let md = String::from_utf8(md.stdout).unwrap();
    if let Some(t) = &doc.title {
        assert!(md.starts_with(&format!("# {t}\n\n")), "{md}");
    }
    for b in &doc.blocks {
        let line = match b.kind {
            BlockKind::Heading(_) => format!("## {}", b.text),
            BlockKind::ListItem => format!("- {}", b.text),
            _ => continue,
        };
        assert!(md.contains(&format!("\n{line}\n")), "{line:?} in {md}");
    }

    let missing = run(&["clean", "/nonexistent/page.html"]);
    assert_eq!(missing.status.code(), Some(1));
    let usage = run(&["clean", "--lang", "xx-unknown", p]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn gzip_warc_with_garbage_between_members_and_a_truncated_last_member() {
    let all = fixtures();
    let html: Vec<&Fixture> = all.iter().filter(|f| f.html).take(3).collect();
    let member = |i: usize, f: &Fixture| {
        let http = response("200 OK", "text/html", &f.input);
        gzip(&record(
            "response",
            &format!("<urn:uuid:g-{i}>"),
            "https://g.example.org/",
            "application/http; msgtype=response",
            &http,
        ))
    };
    let mut file = b"leading junk that is not gzip".to_vec();
    file.extend(member(0, html[0]));
    file.extend_from_slice(b"\x1f\x8b junk between members");
    file.extend(member(1, html[1]));
    let mut last = member(2, html[2]);
    last.truncate(last.len() - 40);
    file.extend(last);
    let dir = scratch("garbage");
    let path = dir.join("g.warc.gz");
    std::fs::write(&path, file).unwrap();
    let out = dir.join("out.jsonl");
    let res = run(&[
        "batch",
        path.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--keep-empty",
    ]);
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert_eq!(res.status.code(), Some(1), "{stderr}");
    let ids: Vec<String> = rows_of(&out)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["<urn:uuid:g-0>", "<urn:uuid:g-1>"]);
    assert!(
        stderr.contains("<urn:uuid:g-2>: broken gzip member"),
        "{stderr}"
    );
    assert!(stderr.contains("not a gzip member"), "{stderr}");
    assert!(stderr.contains("errors 3 |"), "{stderr}");
}
