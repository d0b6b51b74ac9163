//! `baimo-bench-native FILE`: native jieba-rs on the text of FILE, for `cargo xtask bench`.
//!
//! Prints one JSON line: how long `Jieba::new()` took, the text's UTF-8 bytes, the tokens one
//! `cut(text, hmm = true)` gives, and the median of the cuts' times (repeated until at least
//! half a second has been spent cutting, and at least 5 times).

use jieba_rs::Jieba;
use std::time::{Duration, Instant};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: baimo-bench-native FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("baimo-bench-native: cannot read {path}: {err}");
            std::process::exit(1);
        }
    };
    let started = Instant::now();
    let jieba = Jieba::new();
    let init = started.elapsed();

    let mut times = Vec::new();
    let mut tokens = 0;
    let mut spent = Duration::ZERO;
    while spent < Duration::from_millis(500) || times.len() < 5 {
        let t = Instant::now();
        tokens = std::hint::black_box(jieba.cut(std::hint::black_box(&text), true)).len();
        let took = t.elapsed();
        spent += took;
        times.push(took.as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "{{\"init_ms\":{:.3},\"bytes\":{},\"tokens\":{tokens},\"cuts\":{},\"cut_ms\":{median:.4}}}",
        init.as_secs_f64() * 1000.0,
        text.len(),
        times.len(),
    );
}
