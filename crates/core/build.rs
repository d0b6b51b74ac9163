//! Embeds every raw file of `corpus/raw/` so the corpus ships inside the app and the CLI:
//! a new article is added by dropping its file there and describing it in the manifest.

use std::{env, fs, path::Path};

fn main() {
    let raw_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/raw");
    println!("cargo:rerun-if-changed={}", raw_dir.display());
    let mut names: Vec<String> = fs::read_dir(&raw_dir)
        .expect("corpus/raw exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    let mut out = String::from("/// Every raw file of `corpus/raw/`: (file name = article id, contents).\npub const RAW_FILES: &[(&str, &str)] = &[\n");
    for n in &names {
        let path = raw_dir.join(n).canonicalize().expect("raw file");
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!(
            "    ({n:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("raw_files.rs"),
        out,
    )
    .unwrap();
}
