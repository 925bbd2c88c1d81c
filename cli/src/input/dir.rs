//! Directories of pages: every regular file below the directory is one page,
//! named by its path, in sorted order.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::{Emit, Failure, Item, Page, ReadOptions, Stopped};

/// Every regular file below `root` (or `root` itself), sorted, without
/// following symbolic links to directories.
///
/// # Errors
/// When `root` cannot be listed.
pub fn files(root: &Path) -> io::Result<Vec<PathBuf>> {
    if !root.is_dir() {
        std::fs::metadata(root)?;
        return Ok(vec![root.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&dir)?.filter_map(Result::ok).collect();
        entries.sort_by_key(std::fs::DirEntry::file_name);
        let mut subdirs = Vec::new();
        for e in entries {
            match e.file_type() {
                Ok(t) if t.is_dir() => subdirs.push(e.path()),
                Ok(t) if t.is_file() || t.is_symlink() => out.push(e.path()),
                _ => {}
            }
        }
        stack.extend(subdirs.into_iter().rev());
    }
    Ok(out)
}

/// Total size of the files below `root`.
#[must_use]
pub fn size(root: &Path) -> u64 {
    files(root).map_or(0, |fs| {
        fs.iter()
            .filter_map(|f| std::fs::metadata(f).ok())
            .map(|m| m.len())
            .sum()
    })
}

/// Emits one page per file; a file over the size limit or unreadable is a failure.
///
/// # Errors
/// When `root` cannot be listed.
pub fn read(
    root: &Path,
    opts: &ReadOptions,
    counter: &Arc<AtomicU64>,
    emit: &mut Emit<'_>,
) -> io::Result<Result<(), Stopped>> {
    for path in files(root)? {
        let id = path.display().to_string();
        let fail = |error: String| {
            Item::Failed(Failure {
                id: id.clone(),
                input: root.display().to_string(),
                error,
            })
        };
        let item = match std::fs::metadata(&path) {
            Ok(m) if m.len() > opts.max_bytes as u64 => {
                counter.fetch_add(m.len(), Ordering::Relaxed);
                fail(format!(
                    "page of {} bytes exceeds the limit of {} bytes",
                    m.len(),
                    opts.max_bytes
                ))
            }
            Ok(_) => match std::fs::read(&path) {
                Ok(body) => {
                    counter.fetch_add(body.len() as u64, Ordering::Relaxed);
                    Item::Page(Page {
                        id: id.clone(),
                        body,
                        ..Page::default()
                    })
                }
                Err(e) => fail(e.to_string()),
            },
            Err(e) => fail(e.to_string()),
        };
        if emit(item).is_err() {
            return Ok(Err(Stopped));
        }
    }
    Ok(Ok(()))
}
