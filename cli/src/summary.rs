//! Counts kept over a batch and the report printed at its end.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

/// What a batch did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Pages attempted: kept, empty and failed.
    pub pages: u64,
    /// Pages written with body text.
    pub kept: u64,
    /// Pages cleaned to an empty body.
    pub empty: u64,
    /// Records or inputs that failed (broken, truncated, oversized, unreadable).
    pub errors: u64,
    /// Records that are not pages (requests, metadata, non-HTML responses).
    pub skipped: u64,
    /// Raw input bytes read.
    pub bytes: u64,
    /// Kept pages by language code (`"und"` when none could be told).
    pub languages: BTreeMap<&'static str, u64>,
}

impl Summary {
    /// Counts a kept page.
    pub fn kept(&mut self, language: Option<&'static str>) {
        self.pages += 1;
        self.kept += 1;
        *self.languages.entry(language.unwrap_or("und")).or_default() += 1;
    }

    /// The report: totals, rates, and kept pages by language.
    #[must_use]
    pub fn report(&self, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64().max(1e-9);
        let mut s = format!(
            "pages {} | kept {} | empty {} | errors {} | other records skipped {}\n",
            self.pages, self.kept, self.empty, self.errors, self.skipped
        );
        let _ = writeln!(
            s,
            "time {:.1} s | {:.1} pages/s | {:.1} MB/s of input ({:.1} MB)",
            secs,
            self.pages as f64 / secs,
            self.bytes as f64 / 1e6 / secs,
            self.bytes as f64 / 1e6
        );
        let mut langs: Vec<_> = self.languages.iter().collect();
        langs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        if !langs.is_empty() {
            s.push_str("languages");
            for (i, (code, n)) in langs.iter().enumerate() {
                s.push_str(if i == 0 { " " } else { ", " });
                let _ = write!(s, "{code} {n}");
            }
            s.push('\n');
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_lists_languages_by_count() {
        let mut s = Summary::default();
        s.kept(Some("de"));
        s.kept(Some("en"));
        s.kept(Some("en"));
        s.kept(None);
        let r = s.report(Duration::from_secs(2));
        assert!(r.contains("pages 4 | kept 4"), "{r}");
        assert!(r.contains("languages en 2, de 1, und 1"), "{r}");
        assert!(r.contains("2.0 pages/s"), "{r}");
    }
}
