//! The progress bar: bytes read against the inputs' size, pages/s and ETA.
//! Drawn on stderr only when it is a terminal.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar that may be hidden.
#[derive(Debug)]
pub struct Progress {
    bar: ProgressBar,
    started: Instant,
}

impl Progress {
    /// A bar over `total` input bytes (a spinner when 0), drawn when `show`
    /// and stderr is a terminal.
    #[must_use]
    pub fn new(total: u64, show: bool) -> Progress {
        let target = if show && std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr_with_hz(4)
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = if total > 0 {
            ProgressBar::with_draw_target(Some(total), target).with_style(
                ProgressStyle::with_template(
                    "{spinner} {elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} | {msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            )
        } else {
            ProgressBar::with_draw_target(None, target).with_style(
                ProgressStyle::with_template(
                    "{spinner} {elapsed_precise} {bytes} {bytes_per_sec} | {msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            )
        };
        bar.enable_steady_tick(Duration::from_millis(250));
        Progress {
            bar,
            started: Instant::now(),
        }
    }

    /// Sets the bytes read and the page counts.
    pub fn update(&self, bytes: u64, pages: u64, errors: u64) {
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        self.bar.set_position(bytes);
        self.bar.set_message(format!(
            "{pages} pages, {:.0} pages/s, {errors} errors",
            pages as f64 / secs
        ));
    }

    /// Prints a line above the bar.
    pub fn println(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    /// Time since the bar was made.
    #[must_use]
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Stops the bar, leaving its last state on screen.
    pub fn finish(&self) {
        self.bar.finish();
    }
}
