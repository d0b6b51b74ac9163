//! The machine a bench ran on, printed with its numbers (and written to the Markdown table).

use crate::output;
use crate::tools::CHROMIUM;
use std::process::Command;

/// `(what, value)` pairs: CPU threads, CPU model, RAM, Chromium, OS.
pub fn describe() -> Vec<(&'static str, String)> {
    let threads = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let os = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let chromium = output(Command::new(CHROMIUM).arg("--version"))
        .and_then(|v| v.lines().next().map(str::to_owned));
    vec![
        ("CPU threads (nproc)", threads.to_string()),
        (
            "CPU model",
            field(&cpuinfo, "model name").unwrap_or("unknown".into()),
        ),
        ("RAM", mem_total(&meminfo).unwrap_or("unknown".into())),
        ("Chromium", chromium.unwrap_or("unknown".into())),
        (
            "OS",
            field_eq(&os, "PRETTY_NAME").unwrap_or("unknown".into()),
        ),
    ]
}

/// The first `key : value` line's value in a /proc file.
fn field(text: &str, key: &str) -> Option<String> {
    text.lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim().to_owned())
}

/// A `KEY="value"` line's value (os-release).
fn field_eq(text: &str, key: &str) -> Option<String> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.trim_matches('"').to_owned())
}

/// /proc/meminfo's MemTotal in GiB.
fn mem_total(meminfo: &str) -> Option<String> {
    let kib: f64 = field(meminfo, "MemTotal")?
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(format!("{:.1} GiB", kib / (1024.0 * 1024.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_proc_files() {
        let cpuinfo = "processor\t: 0\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n";
        assert_eq!(
            field(cpuinfo, "model name").as_deref(),
            Some("AMD EPYC 7B13")
        );
        assert_eq!(
            mem_total("MemTotal:       24576000 kB\nMemFree: 1 kB\n").as_deref(),
            Some("23.4 GiB")
        );
        assert_eq!(
            field_eq(
                "NAME=\"Debian\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n",
                "PRETTY_NAME"
            )
            .as_deref(),
            Some("Debian GNU/Linux 12 (bookworm)")
        );
    }
}
