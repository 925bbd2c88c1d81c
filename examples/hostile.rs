//! Time and peak memory of the pipeline on hostile page shapes, each in its
//! own process so that peak RSS belongs to one shape.
//!
//! ```text
//! cargo run --release --example hostile -- [--size BYTES]        # table of all shapes
//! cargo run --release --example hostile -- --one NAME [--size BYTES]
//! ```
//! Peak RSS is read from `/proc/self/status` (`VmHWM`), so figures are
//! reported on Linux only.

use std::process::{Command, ExitCode};
use std::time::Instant;

#[path = "../tests/common/hostile_shapes.rs"]
mod hostile_shapes;

/// Default size of each shape: 10 MiB.
const DEFAULT_SIZE: usize = 10 << 20;

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn run_one(name: &str, size: usize) -> ExitCode {
    let input = if name == "ordinary" {
        hostile_shapes::ordinary_page(size)
    } else {
        match hostile_shapes::shapes(size)
            .into_iter()
            .find(|(n, _)| *n == name)
        {
            Some((_, bytes)) => bytes,
            None => {
                eprintln!("hostile: no shape {name:?}");
                return ExitCode::from(2);
            }
        }
    };
    let before = peak_rss_kib().unwrap_or(0);
    let t = Instant::now();
    let result = pageclean::Cleaner::builder()
        .max_input_bytes(usize::MAX)
        .build()
        .clean(&input);
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    let rss = peak_rss_kib().unwrap_or(0);
    let (blocks, fallback) = match &result {
        Ok(doc) => (doc.blocks.len(), format!("{:?}", doc.fallback)),
        Err(e) => (0, e.to_string()),
    };
    println!(
        "{name}\t{}\t{ms:.1}\t{:.1}\t{:.1}\t{blocks}\t{fallback}",
        input.len(),
        rss as f64 / 1024.0,
        (rss.saturating_sub(before)) as f64 * 1024.0 / input.len().max(1) as f64
    );
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let size = args
        .iter()
        .position(|a| a == "--size")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SIZE);
    if let Some(i) = args.iter().position(|a| a == "--one") {
        return run_one(args.get(i + 1).map_or("", String::as_str), size);
    }
    let Ok(me) = std::env::current_exe() else {
        return ExitCode::FAILURE;
    };
    println!("shape\tbytes\tms\tpeak_rss_mib\trss_growth_per_input_byte\tblocks\tfallback");
    let names =
        std::iter::once("ordinary").chain(hostile_shapes::shapes(1).into_iter().map(|(n, _)| n));
    for name in names {
        let out = Command::new(&me)
            .args(["--one", name, "--size", &size.to_string()])
            .output();
        match out {
            Ok(o) => print!("{}", String::from_utf8_lossy(&o.stdout)),
            Err(e) => eprintln!("hostile: {name}: {e}"),
        }
    }
    ExitCode::SUCCESS
}
