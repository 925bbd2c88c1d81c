//! WARC and WET archives, plain or gzip.
//!
//! Records are framed here and parsed with `fastwarc`. Framing is done here
//! because `fastwarc`'s archive iterator cannot get past a corrupt gzip
//! member: after the first decompression error every further call fails. A
//! gzip file is read member by member; when a member is truncated or corrupt,
//! the record in it is reported and reading resumes at the next gzip header.
//! In a plain file, reading resumes at the next `WARC/` line.
//!
//! Kept: `response` and `resource` records with an HTML or plain-text
//! payload and a 2xx status (the HTTP `Content-Type` is the charset hint) and
//! WET `conversion` records (read as text). Other records are skipped.

use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use fastwarc::warc::record::{AutoDecode, WarcRecord, WarcRecordType};
use pageclean::InputKind;

use super::{Counting, Emit, Failure, Item, Page, ReadOptions, Stopped};

const GZIP_MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];
/// Longest WARC header block accepted.
const MAX_HEADER: usize = 64 << 10;
/// Room for the HTTP header block on top of the page size limit.
const HTTP_SLACK: usize = 64 << 10;

type Raw = BufReader<Counting<std::fs::File>>;

/// Emits one item per record of the WARC or WET file at `path`.
///
/// # Errors
/// When the file cannot be opened or read at all.
pub fn read(
    path: &Path,
    opts: &ReadOptions,
    counter: &Arc<AtomicU64>,
    emit: &mut Emit<'_>,
) -> io::Result<Result<(), Stopped>> {
    let file = std::fs::File::open(path)?;
    let mut raw: Raw = BufReader::with_capacity(1 << 20, Counting::new(file, counter.clone()));
    let input = path.display().to_string();
    let named_gz = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let gzip = named_gz || raw.fill_buf()?.starts_with(&GZIP_MAGIC[..2]);
    let mut ctx = Ctx {
        input,
        opts,
        emit,
        records: 0,
    };
    Ok(if gzip {
        read_gzip(&mut raw, &mut ctx)
    } else {
        read_plain(&mut raw, &mut ctx)
    })
}

struct Ctx<'a, 'b> {
    input: String,
    opts: &'a ReadOptions,
    emit: &'a mut Emit<'b>,
    records: usize,
}

impl Ctx<'_, '_> {
    fn fail(&mut self, id: String, error: String) -> Result<(), Stopped> {
        (self.emit)(Item::Failed(Failure {
            id,
            input: self.input.clone(),
            error,
        }))
    }
}

/// Why framing stopped inside a member or file.
struct Broken {
    /// The record's id, when its header was readable.
    id: Option<String>,
    error: String,
}

fn read_gzip(raw: &mut Raw, ctx: &mut Ctx<'_, '_>) -> Result<(), Stopped> {
    // After a failure, candidates found by scanning are tried silently until
    // one yields a record.
    let mut resyncing = false;
    loop {
        let Ok(start) = raw.stream_position() else {
            return ctx.fail(ctx.input.clone(), "cannot tell the file position".into());
        };
        // A member may start in the last bytes of the buffer: refill from
        // `start` so that its whole header can be seen.
        if raw.buffer().len() < GZIP_MAGIC.len() && raw.seek(SeekFrom::Start(start)).is_err() {
            return ctx.fail(format!("{}@{start}", ctx.input), "cannot seek".into());
        }
        match raw.fill_buf() {
            Ok([]) => return Ok(()),
            Ok(b) if b.starts_with(&GZIP_MAGIC) => {}
            Ok(_) => {
                if !resyncing {
                    ctx.fail(format!("{}@{start}", ctx.input), "not a gzip member".into())?;
                }
                resyncing = true;
                if !resync(raw, start + 1) {
                    return Ok(());
                }
                continue;
            }
            Err(e) => return ctx.fail(format!("{}@{start}", ctx.input), e.to_string()),
        }
        let before = ctx.records;
        let decoder = flate2::bufread::GzDecoder::new(&mut *raw);
        let mut member = BufReader::with_capacity(1 << 16, decoder);
        match frame_all(&mut member, ctx) {
            Ok(Ok(())) => resyncing = false,
            Ok(Err(Stopped)) => return Err(Stopped),
            Err(broken) => {
                let got_records = ctx.records > before;
                drop(member);
                let id = broken.id.or_else(|| salvage_id(raw, start));
                if !resyncing || got_records || id.is_some() {
                    let id = id.unwrap_or_else(|| format!("{}@{start}", ctx.input));
                    ctx.fail(
                        id,
                        format!("broken gzip member at byte {start}: {}", broken.error),
                    )?;
                }
                resyncing = true;
                if !resync(raw, start + 1) {
                    return Ok(());
                }
            }
        }
    }
}

/// The record id in what can still be decompressed of the broken member at
/// `start`. The decoder is read in small steps, as a failing read returns no
/// data at all.
fn salvage_id(raw: &mut Raw, start: u64) -> Option<String> {
    raw.seek(SeekFrom::Start(start)).ok()?;
    let mut decoder = flate2::bufread::GzDecoder::new(&mut *raw);
    let mut head = Vec::new();
    let mut step = [0u8; 256];
    while head.len() < MAX_HEADER {
        match decoder.read(&mut step) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&step[..n]),
        }
        if head.windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
    }
    head.starts_with(b"WARC/")
        .then(|| header(&head, "WARC-Record-ID"))
        .flatten()
}

/// Moves `raw` to the next gzip header at or after `from`; false at the end.
fn resync(raw: &mut Raw, mut from: u64) -> bool {
    loop {
        if raw.seek(SeekFrom::Start(from)).is_err() {
            return false;
        }
        let buf = match raw.fill_buf() {
            Ok(b) if b.len() >= GZIP_MAGIC.len() => b,
            _ => return false,
        };
        if let Some(i) = buf.windows(GZIP_MAGIC.len()).position(|w| w == GZIP_MAGIC) {
            raw.consume(i);
            return true;
        }
        // The magic may straddle two buffers.
        from += (buf.len() - (GZIP_MAGIC.len() - 1)) as u64;
    }
}

fn read_plain(raw: &mut Raw, ctx: &mut Ctx<'_, '_>) -> Result<(), Stopped> {
    let mut framer = Framer::default();
    loop {
        match framer.next(raw, ctx) {
            Ok(Some(item)) => (ctx.emit)(item)?,
            Ok(None) => return Ok(()),
            Err(broken) => {
                let id = broken
                    .id
                    .unwrap_or_else(|| format!("{}#{}", ctx.input, ctx.records + 1));
                ctx.fail(id, broken.error)?;
                if !framer.skip_to_warc_line(raw) {
                    return Ok(());
                }
            }
        }
    }
}

/// Frames and emits every record of one gzip member.
fn frame_all(r: &mut dyn BufRead, ctx: &mut Ctx<'_, '_>) -> Result<Result<(), Stopped>, Broken> {
    let mut framer = Framer::default();
    while let Some(item) = framer.next(r, ctx)? {
        if (ctx.emit)(item).is_err() {
            return Ok(Err(Stopped));
        }
    }
    Ok(Ok(()))
}

/// Reads records one at a time: the header block, then `Content-Length` bytes.
#[derive(Default)]
struct Framer {
    /// A `WARC/` line found while skipping garbage.
    pending: Option<Vec<u8>>,
}

impl Framer {
    /// The next record as an item; `None` at the end of the stream.
    fn next(&mut self, r: &mut dyn BufRead, ctx: &mut Ctx<'_, '_>) -> Result<Option<Item>, Broken> {
        let io_err = |id: &Option<String>, e: io::Error| Broken {
            id: id.clone(),
            error: e.to_string(),
        };
        let mut head = match self.pending.take() {
            Some(line) => line,
            None => {
                let mut line = Vec::new();
                loop {
                    line.clear();
                    if read_line(r, &mut line).map_err(|e| io_err(&None, e))? == 0 {
                        return Ok(None);
                    }
                    if !line.trim_ascii().is_empty() {
                        break;
                    }
                }
                line
            }
        };
        if !head.starts_with(b"WARC/") {
            return Err(Broken {
                id: None,
                error: "expected a WARC/ version line".into(),
            });
        }
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = read_line(r, &mut line).map_err(|e| io_err(&None, e))?;
            head.extend_from_slice(&line);
            if n == 0 || line.trim_ascii().is_empty() {
                break;
            }
            if head.len() > MAX_HEADER {
                return Err(Broken {
                    id: header(&head, "WARC-Record-ID"),
                    error: "WARC header block too long".into(),
                });
            }
        }
        ctx.records += 1;
        let id = header(&head, "WARC-Record-ID");
        let Some(len) = header(&head, "Content-Length").and_then(|v| v.parse::<u64>().ok()) else {
            return Err(Broken {
                id,
                error: "no valid Content-Length".into(),
            });
        };
        let kind = header(&head, "WARC-Type")
            .unwrap_or_default()
            .to_ascii_lowercase();
        let wanted = matches!(kind.as_str(), "response" | "resource" | "conversion");
        let limit = ctx.opts.max_bytes as u64 + HTTP_SLACK as u64;
        if !wanted || len > limit {
            let skipped =
                io::copy(&mut r.take(len), &mut io::sink()).map_err(|e| io_err(&id, e))?;
            if skipped < len {
                return Err(truncated(id, skipped, len));
            }
            if !wanted {
                return Ok(Some(Item::Skipped));
            }
            return Ok(Some(Item::Failed(Failure {
                id: id.unwrap_or_default(),
                input: ctx.input.clone(),
                error: format!("record of {len} bytes exceeds the limit of {limit} bytes"),
            })));
        }
        let mut record = head;
        let got = r
            .take(len)
            .read_to_end(&mut record)
            .map_err(|e| io_err(&id, e))?;
        if (got as u64) < len {
            return Err(truncated(id, got as u64, len));
        }
        Ok(Some(to_item(record, id.unwrap_or_default(), ctx)))
    }

    /// Skips lines up to the next `WARC/` line; false at the end.
    fn skip_to_warc_line(&mut self, r: &mut dyn BufRead) -> bool {
        let mut line = Vec::new();
        loop {
            line.clear();
            match read_line(r, &mut line) {
                Ok(0) | Err(_) => return false,
                Ok(_) if line.starts_with(b"WARC/") => {
                    self.pending = Some(line);
                    return true;
                }
                Ok(_) => {}
            }
        }
    }
}

fn truncated(id: Option<String>, got: u64, want: u64) -> Broken {
    Broken {
        id,
        error: format!("truncated record: {got} of {want} bytes"),
    }
}

/// Reads a line with its terminator, at most `MAX_HEADER` bytes of it.
fn read_line(r: &mut dyn BufRead, out: &mut Vec<u8>) -> io::Result<usize> {
    r.take(MAX_HEADER as u64 + 1).read_until(b'\n', out)
}

/// A WARC header's value, found case-insensitively in a raw header block.
fn header(block: &[u8], name: &str) -> Option<String> {
    block.split(|&b| b == b'\n').skip(1).find_map(|line| {
        let colon = line.iter().position(|&b| b == b':')?;
        line[..colon]
            .trim_ascii()
            .eq_ignore_ascii_case(name.as_bytes())
            .then(|| String::from_utf8_lossy(line[colon + 1..].trim_ascii()).into_owned())
    })
}

/// Parses a framed record with `fastwarc` and extracts the page.
fn to_item(bytes: Vec<u8>, id: String, ctx: &Ctx<'_, '_>) -> Item {
    let failed = |error: String| {
        Item::Failed(Failure {
            id: id.clone(),
            input: ctx.input.clone(),
            error,
        })
    };
    let mut rec = match WarcRecord::from_bytes(bytes) {
        Ok(r) => r,
        Err(e) => return failed(format!("unreadable WARC record: {e}")),
    };
    let url = rec
        .headers()
        .get("WARC-Target-URI")
        .map(|u| u.trim().to_string());
    let mut kind = None;
    let content_type = match rec.record_type() {
        WarcRecordType::Conversion => {
            kind = Some(InputKind::Text);
            Some("text/plain; charset=utf-8".to_string())
        }
        WarcRecordType::Response | WarcRecordType::Resource if rec.is_http() => {
            if let Err(e) = rec.parse_http_with_opts(AutoDecode::All, MAX_HEADER, true) {
                return failed(format!("unreadable HTTP header: {e}"));
            }
            let Some(h) = rec.http_headers() else {
                return failed("no HTTP header".into());
            };
            if !h.status_code().is_some_and(|s| (200..300).contains(&s)) {
                return Item::Skipped;
            }
            h.get("Content-Type").map(|c| c.into_owned())
        }
        WarcRecordType::Response | WarcRecordType::Resource => {
            rec.headers().get("Content-Type").map(|c| c.into_owned())
        }
        _ => return Item::Skipped,
    };
    if kind.is_none() && !is_page_type(content_type.as_deref()) {
        return Item::Skipped;
    }
    let Some(reader) = rec.reader_mut() else {
        return failed("record has no payload".into());
    };
    let limit = ctx.opts.max_bytes;
    let mut body = Vec::new();
    if let Err(e) = reader.take(limit as u64 + 1).read_to_end(&mut body) {
        return failed(format!("unreadable payload: {e}"));
    }
    if body.len() > limit {
        return failed(format!("payload exceeds the limit of {limit} bytes"));
    }
    Item::Page(Page {
        id,
        url,
        content_type,
        kind,
        body,
        extra: None,
    })
}

/// HTML, XHTML, plain text, or no type given (sniffed).
fn is_page_type(content_type: Option<&str>) -> bool {
    let Some(ct) = content_type else { return true };
    let mime = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime.is_empty()
        || matches!(
            mime.as_str(),
            "text/html" | "application/xhtml+xml" | "text/plain" | "application/xml" | "text/xml"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_found_case_insensitively() {
        let h = b"WARC/1.0\r\nWARC-Type: response\r\ncontent-length: 12 \r\n\r\n";
        assert_eq!(header(h, "Content-Length").as_deref(), Some("12"));
        assert_eq!(header(h, "WARC-Type").as_deref(), Some("response"));
        assert_eq!(header(h, "WARC-Record-ID"), None);
    }

    /// A gzip member of one `resource` record of `len` bytes, stored uncompressed.
    fn stored_member(id: usize, len: usize) -> Vec<u8> {
        use std::io::Write;
        let body = vec![b'a'; len];
        let mut rec = format!(
            "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:x:{id}>\r\n\
             Content-Type: text/plain\r\nContent-Length: {len}\r\n\r\n"
        )
        .into_bytes();
        rec.extend_from_slice(&body);
        rec.extend_from_slice(b"\r\n\r\n");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::none());
        gz.write_all(&rec).unwrap();
        gz.finish().unwrap()
    }

    #[test]
    fn a_member_starting_at_the_end_of_the_read_buffer_is_read() {
        // A first member that ends one byte before the 1 MiB read buffer does.
        let mut n = 1_040_000;
        let first = loop {
            let m = stored_member(0, n);
            if m.len() == (1 << 20) - 1 {
                break m;
            }
            n = (n + (1 << 20) - 1).checked_sub(m.len()).unwrap();
        };
        let mut file = first;
        file.extend(stored_member(1, 10));
        let path =
            std::env::temp_dir().join(format!("pageclean-boundary-{}.warc.gz", std::process::id()));
        std::fs::write(&path, file).unwrap();
        let opts = ReadOptions {
            max_bytes: 4 << 20,
            field: String::new(),
            id_field: String::new(),
            url_field: String::new(),
        };
        let mut ids = Vec::new();
        let mut emit = |item: Item| {
            ids.push(match item {
                Item::Page(p) => p.id,
                Item::Failed(f) => format!("failed {}: {}", f.id, f.error),
                Item::Skipped => "skipped".into(),
            });
            Ok(())
        };
        let counter = Arc::new(AtomicU64::new(0));
        read(&path, &opts, &counter, &mut emit).unwrap().unwrap();
        let _ = std::fs::remove_file(&path);
        assert_eq!(ids, ["<urn:x:0>", "<urn:x:1>"]);
    }

    #[test]
    fn page_types() {
        assert!(is_page_type(Some("text/html; charset=koi8-r")));
        assert!(is_page_type(None));
        assert!(!is_page_type(Some("image/png")));
    }
}
