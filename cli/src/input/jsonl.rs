//! JSON lines: one page per line in a configurable field; the other fields
//! are carried into the output row. Plain, gzip (`.gz`) or zstd (`.zst`).

use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use serde_json::{Map, Value};

use super::{Counting, Emit, Failure, Item, Page, ReadOptions, Stopped};

/// Opens `path` (`-` for stdin), decompressing by its extension.
///
/// # Errors
/// When the file cannot be opened.
pub fn open(path: &Path, counter: &Arc<AtomicU64>) -> io::Result<Box<dyn BufRead>> {
    let raw: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(Counting::new(io::stdin().lock(), counter.clone()))
    } else {
        Box::new(Counting::new(std::fs::File::open(path)?, counter.clone()))
    };
    let name = path.to_string_lossy().to_ascii_lowercase();
    let buf = BufReader::with_capacity(1 << 16, raw);
    Ok(if name.ends_with(".gz") {
        Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(buf)))
    } else if name.ends_with(".zst") {
        Box::new(BufReader::new(zstd::stream::read::Decoder::with_buffer(
            buf,
        )?))
    } else {
        Box::new(buf)
    })
}

/// What reading one line gave.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// A complete line is in the buffer (without its newline).
    Ok,
    /// The line was longer than the limit; it was skipped up to its end.
    TooLong(usize),
    /// End of input.
    Eof,
}

/// Reads one line into `buf`, never holding more than `limit` bytes of it.
///
/// # Errors
/// Read errors (a truncated compressed stream, for example).
pub fn read_line(r: &mut dyn BufRead, buf: &mut Vec<u8>, limit: usize) -> io::Result<Line> {
    buf.clear();
    let mut total = 0usize;
    let mut any = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (part, done) = match memchr_nl(chunk) {
            Some(i) => (&chunk[..i], Some(i + 1)),
            None => (chunk, None),
        };
        total += part.len();
        if total <= limit {
            buf.extend_from_slice(part);
        }
        let used = done.unwrap_or(chunk.len());
        r.consume(used);
        if done.is_some() {
            break;
        }
    }
    if !any {
        return Ok(Line::Eof);
    }
    if total > limit {
        buf.clear();
        return Ok(Line::TooLong(total));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Line::Ok)
}

fn memchr_nl(s: &[u8]) -> Option<usize> {
    s.iter().position(|&b| b == b'\n')
}

/// Emits one page per non-empty line.
///
/// # Errors
/// When the file cannot be opened.
pub fn read(
    path: &Path,
    opts: &ReadOptions,
    counter: &Arc<AtomicU64>,
    emit: &mut Emit<'_>,
) -> io::Result<Result<(), Stopped>> {
    let mut r = open(path, counter)?;
    let input = path.display().to_string();
    // JSON escaping can double a page's size, and other fields come along.
    let limit = opts.max_bytes.saturating_mul(2).saturating_add(1 << 20);
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        line_no += 1;
        let pos = format!("{input}:{line_no}");
        let item = match read_line(&mut *r, &mut buf, limit) {
            Ok(Line::Eof) => break,
            Ok(Line::TooLong(n)) => failed(
                &pos,
                &input,
                format!("line of {n} bytes exceeds the limit of {limit} bytes"),
            ),
            Ok(Line::Ok) if buf.iter().all(u8::is_ascii_whitespace) => continue,
            Ok(Line::Ok) => row(&buf, &pos, &input, opts),
            Err(e) => {
                // A broken compressed stream cannot be resumed: report and stop this input.
                let item = failed(
                    &pos,
                    &input,
                    format!("read error, rest of input skipped: {e}"),
                );
                return Ok(emit(item));
            }
        };
        if emit(item).is_err() {
            return Ok(Err(Stopped));
        }
    }
    Ok(Ok(()))
}

fn failed(id: &str, input: &str, error: String) -> Item {
    Item::Failed(Failure {
        id: id.to_string(),
        input: input.to_string(),
        error,
    })
}

fn row(line: &[u8], pos: &str, input: &str, opts: &ReadOptions) -> Item {
    let mut map: Map<String, Value> = match serde_json::from_slice(line) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return failed(pos, input, "line is not a JSON object".into()),
        Err(e) => return failed(pos, input, format!("invalid JSON: {e}")),
    };
    let id = match map.get(&opts.id_field) {
        Some(Value::String(s)) => s.clone(),
        Some(v @ Value::Number(_)) => v.to_string(),
        _ => pos.to_string(),
    };
    let body = match map.remove(&opts.field) {
        Some(Value::String(s)) => s.into_bytes(),
        Some(_) => {
            return failed(
                &id,
                input,
                format!("field {:?} is not a string", opts.field),
            );
        }
        None => return failed(&id, input, format!("no field {:?}", opts.field)),
    };
    if body.len() > opts.max_bytes {
        return failed(
            &id,
            input,
            format!(
                "page of {} bytes exceeds the limit of {} bytes",
                body.len(),
                opts.max_bytes
            ),
        );
    }
    let url = match map.get(&opts.url_field) {
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    };
    Item::Page(Page {
        id,
        url,
        // The text was decoded by the JSON parser already.
        content_type: Some("text/html; charset=utf-8".into()),
        kind: None,
        body,
        extra: Some(map),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_bounded() {
        let mut r: &[u8] = b"short\r\n0123456789abc\nlast";
        let mut buf = Vec::new();
        assert_eq!(read_line(&mut r, &mut buf, 8).unwrap(), Line::Ok);
        assert_eq!(buf, b"short");
        assert_eq!(read_line(&mut r, &mut buf, 8).unwrap(), Line::TooLong(13));
        assert_eq!(read_line(&mut r, &mut buf, 8).unwrap(), Line::Ok);
        assert_eq!(buf, b"last");
        assert_eq!(read_line(&mut r, &mut buf, 8).unwrap(), Line::Eof);
    }
}
