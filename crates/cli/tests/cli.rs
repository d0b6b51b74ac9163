//! The `baimo` binary end to end: its JSON shape and its segmentation output.

use std::io::Write;
use std::process::{Command, Stdio};

fn baimo(args: &[&str], stdin: &str) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_baimo"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("baimo runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.success(),
    )
}

#[test]
fn export_prints_the_documented_shape() {
    let (out, err, ok) = baimo(&["export"], "");
    assert!(ok, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    for key in ["articles", "events", "money", "companies"] {
        assert!(doc[key].is_array(), "{key}");
    }
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    let ids: Vec<&str> = articles.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"000_946407f189b5cffc.txt"));
    for a in articles {
        for key in ["id", "title", "publisher", "date", "script", "text"] {
            assert!(a[key].is_string(), "{key} in {}", a["id"]);
        }
        assert!(a["author"].is_string() || a["author"].is_null());
        let date = a["date"].as_str().unwrap();
        assert!([4, 7, 10].contains(&date.len()), "{date}");
        assert!(["stated", "inferred"].contains(&a["date_basis"]["kind"].as_str().unwrap()));
        assert!(["traditional", "simplified"].contains(&a["script"].as_str().unwrap()));
        assert!(a["removed"]["jammer"].is_u64() && a["removed"]["pinyin"].is_u64());
    }
    let a000 = articles
        .iter()
        .find(|a| a["id"] == "000_946407f189b5cffc.txt")
        .unwrap();
    assert_eq!(a000["script"], "traditional");
    assert!(a000["text"].as_str().unwrap().contains("亞馬遜"));

    let events = doc["events"].as_array().unwrap();
    assert!(events.len() > 50, "{} events", events.len());
    for e in events {
        for key in ["article", "date", "precision", "text"] {
            assert!(e[key].is_string(), "{key} in {e}");
        }
        assert!(e["entities"].is_array() && e["money"].is_array(), "{e}");
        assert!(e["span"][0].as_u64() < e["span"][1].as_u64(), "{e}");
    }
    let money = doc["money"].as_array().unwrap();
    assert!(money.len() > 30, "{} figures", money.len());
    for m in money {
        assert!(m["amount"].is_number() && m["article"].is_string() && m["text"].is_string());
        assert_eq!(
            m["currency"].as_str().map(str::len),
            Some(3),
            "ISO 4217: {m}"
        );
        assert!(m["kind"].is_string() && m["entities"].is_array() && m["span"].is_array());
        assert!(m.get("payer").is_some() && m.get("payee").is_some(), "{m}");
    }
    // 12.5亿美元 is written as the number of dollars.
    assert!(money.iter().any(|m| m["amount"] == 1_250_000_000u64));
    let companies = doc["companies"].as_array().unwrap();
    let amazon = companies.iter().find(|c| c["id"] == "amazon").unwrap();
    assert_eq!(amazon["names"]["hant"], "亞馬遜");
    assert!(amazon["mentions"]["total"].as_u64() > Some(50));
    assert!(amazon["terms"].is_array() && amazon["cooccurs"].is_array());
}

#[test]
fn segment_prints_tokens_in_the_lines_own_script() {
    let (out, err, ok) = baimo(
        &["segment"],
        "亞馬遜向Anthropic投資\n英伟达 和 字节跳动 都在做大模型\n\n",
    );
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("亞馬遜 向 Anthropic"), "{}", lines[0]);
    assert!(
        lines[1].split(' ').any(|w| w == "字节跳动") && lines[1].split(' ').any(|w| w == "大模型"),
        "{}",
        lines[1]
    );
    assert!(!lines[1].contains("  "), "single spaces only");
    assert_eq!(lines[2], "");
}

#[test]
fn unknown_commands_fail_with_usage() {
    let (_, err, ok) = baimo(&["frobnicate"], "");
    assert!(!ok);
    assert!(err.to_lowercase().contains("usage"), "{err}");
}

#[test]
fn timeline_prints_a_table_and_filters_by_company() {
    let (all, err, ok) = baimo(&["timeline"], "");
    assert!(ok, "{err}");
    let header = all.lines().next().unwrap_or_default();
    for col in ["date", "precision", "companies", "money", "article", "text"] {
        assert!(header.contains(col), "{header}");
    }
    let (amazon, err, ok) = baimo(&["timeline", "--company", "amazon"], "");
    assert!(ok, "{err}");
    let rows: Vec<&str> = amazon
        .lines()
        .skip(2)
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(!rows.is_empty(), "{amazon}");
    assert!(rows.iter().all(|r| r.contains("amazon")), "{amazon}");
    assert!(rows.len() < all.lines().count());
}

#[test]
fn unknown_company_ids_fail_with_the_list_of_known_ones() {
    let (_, err, ok) = baimo(&["timeline", "--company", "nokia"], "");
    assert!(!ok);
    assert!(
        err.contains("unknown company id \"nokia\"") && err.contains("anthropic"),
        "{err}"
    );
    let (_, err, ok) = baimo(&["compare", "amazon", "nokia"], "");
    assert!(!ok);
    assert!(err.contains("nokia"), "{err}");
}

#[test]
fn compare_puts_companies_side_by_side() {
    let (out, err, ok) = baimo(&["compare", "amazon", "anthropic"], "");
    assert!(ok, "{err}");
    for section in [
        "mentions",
        "share of voice",
        "distinctive terms",
        "sentences naming both",
        "money figures",
    ] {
        assert!(out.contains(section), "{section} missing:\n{out}");
    }
    assert!(
        out.contains("Amazon 亚马逊") && out.contains("Anthropic"),
        "{out}"
    );
    let (_, _, ok) = baimo(&["compare", "amazon"], "");
    assert!(!ok, "one company is not a comparison");
}

#[test]
fn summary_counts_what_the_analysis_found() {
    let (out, err, ok) = baimo(&["summary"], "");
    assert!(ok, "{err}");
    let total = out
        .lines()
        .find(|l| l.starts_with("total"))
        .expect("a total row");
    let numbers: Vec<usize> = total
        .split_whitespace()
        .skip(1)
        .filter_map(|n| n.parse().ok())
        .collect();
    assert_eq!(numbers.len(), 4, "{total}");
    assert!(numbers.iter().all(|&n| n > 0), "{total}");
    for line in [
        "money by kind:",
        "events by resolution:",
        "clusters:",
        "most mentioned: openai",
        "stories with copies: 0 (0 articles are copies)",
    ] {
        assert!(out.contains(line), "{line} missing:\n{out}");
    }
}

/// A fixture file of the browser tests, by name.
fn fixture(name: &str) -> String {
    format!(
        "{}/../../tests/browser/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn import_prints_a_library_file_and_names_the_files_it_could_not_read() {
    let (gbk, big5, empty, png) = (
        fixture("gbk.txt"),
        fixture("big5.txt"),
        fixture("empty.txt"),
        fixture("binary.txt"),
    );
    let args = ["import", "--today", "2026-11-24", &gbk, &empty, &big5, &png];
    let (out, err, ok) = baimo(&args, "");
    assert!(!ok, "a failed file makes the exit status non-zero");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        lines[0].contains("empty.txt") && lines[0].contains("empty"),
        "{err}"
    );
    assert!(
        lines[1].contains("binary.txt") && lines[1].contains("not a text file"),
        "{err}"
    );
    assert!(lines[2].contains("2 of 4 files"), "{err}");

    // The files that could be read make a library the web app reads back.
    let articles = baimo_core::import::library::parse(&out).expect("a library file");
    let titles: Vec<&str> = articles.iter().map(|a| a.meta.title.as_str()).collect();
    assert_eq!(titles, ["亚马逊追加投资Anthropic", "百度發布文心一言"]);
    let gbk = &articles[0];
    assert_eq!(
        gbk.source.file_name.as_deref(),
        Some("gbk.txt"),
        "no folders"
    );
    assert_eq!(gbk.source.encoding.map(|e| e.key()), Some("gb18030"));
    assert_eq!(
        (gbk.meta.date.as_str(), gbk.imported.as_str()),
        ("2023-10-08", "2026-11-24")
    );
    assert!(gbk.meta.id.starts_with("mine-"));

    let (_, err, ok) = baimo(
        &["import", "--today", "2026-11-24", &fixture("gbk.txt")],
        "",
    );
    assert!(ok, "{err}");
    let (_, err, ok) = baimo(&["import", "--today", "tomorrow", &fixture("gbk.txt")], "");
    assert!(!ok && err.contains("--today"), "{err}");
}

#[test]
fn export_can_add_a_library_files_articles_to_the_corpus() {
    let (library, err, ok) = baimo(
        &["import", "--today", "2026-11-24", &fixture("gbk.txt")],
        "",
    );
    assert!(ok, "{err}");
    let dir = std::env::temp_dir().join(format!("baimo-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("library.json");
    std::fs::write(&path, &library).unwrap();
    let (out, err, ok) = baimo(&["export", "--library", path.to_str().unwrap()], "");
    assert!(ok, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 6);
    let id = articles[5]["id"].as_str().unwrap();
    assert!(id.starts_with("mine-"), "{id}");
    // The imported article's telling of 25 September contradicts the corpus's.
    let conflicted = doc["clusters"].as_array().unwrap().iter().any(|c| {
        c["conflicts"].as_array().unwrap().iter().any(|k| {
            k["sides"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["article"] == id)
        })
    });
    assert!(conflicted, "no conflict names {id}");

    std::fs::write(
        &path,
        "{\"schema\": \"baimo-library\", \"version\": 9, \"articles\": []}",
    )
    .unwrap();
    let (_, err, ok) = baimo(&["export", "--library", path.to_str().unwrap()], "");
    assert!(!ok && err.contains("newer baimo"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A folder of its own under the system's temporary one, removed when dropped.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("baimo-cli-{label}-{}", std::process::id()));
        std::fs::remove_dir_all(&dir).ok();
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// Writes `text` to `name` (folders made as needed) and returns its path.
    fn write(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

#[test]
fn import_reads_folders_and_zip_archives_with_front_matter() {
    let tmp = TempDir::new("import-many");
    let yaml = "---\ntitle: '甲公司发布新模型'\ndate: 2024-04-09\nauthor: 张三\ntags: [AI]\n---\n\n甲公司今天发布了新模型。\n\n---\n![图](a.png)\n文章来源：[乙报](https://example.com)\n";
    tmp.write("folder/b.md", yaml);
    tmp.write("folder/a/c.txt", "丙公司融资\n丙公司完成新一轮融资。");
    tmp.write("folder/.hidden.md", "隐藏的文件不读。");
    tmp.write("folder/.git/x.md", "隐藏的文件夹不读。");
    tmp.write("folder/empty.md", "");
    let folder = tmp.0.join("folder");

    let zip_path = tmp.0.join("more.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in [
        (
            "z/d.md",
            "+++\ntitle = \"丁公司上市\"\ndate = 2024-07-01T09:00:00+08:00\n+++\n丁公司今天上市。",
        ),
        ("__MACOSX/z/._d.md", "macOS 的附带文件。"),
        ("copy.md", yaml),
    ] {
        zip.start_file(name, deflated).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();

    let args = [
        "import",
        "--today",
        "2026-11-24",
        folder.to_str().unwrap(),
        zip_path.to_str().unwrap(),
    ];
    let (out, err, ok) = baimo(&args, "");
    assert!(!ok, "a failed file makes the exit status non-zero");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(lines[0].ends_with("empty.md: the file is empty"), "{err}");
    assert!(
        lines[1].ends_with("more.zip:copy.md: the same text as an earlier file"),
        "{err}"
    );
    assert!(lines[2].contains("2 of 5 files"), "{err}");

    // Sorted by path, hidden files and folders skipped; front matter read and cut.
    let articles = baimo_core::import::library::parse(&out).expect("a library file");
    let facts: Vec<(&str, &str, &str)> = articles
        .iter()
        .map(|a| {
            (
                a.meta.title.as_str(),
                a.meta.date.as_str(),
                a.source.file_name.as_deref().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        facts,
        [
            // Nothing dates c.txt: undated, not the import day (issue 15).
            ("丙公司融资", "", "c.txt"),
            ("甲公司发布新模型", "2024-04-09", "b.md"),
            ("丁公司上市", "2024-07-01", "d.md"),
        ]
    );
    let b = &articles[1];
    assert_eq!(b.meta.author.as_deref(), Some("张三"));
    assert_eq!(b.meta.publisher, "乙报", "from the credit line");
    assert_eq!(b.meta.tags, ["AI"]);
    assert_eq!(
        b.raw.trim(),
        "甲公司今天发布了新模型。",
        "front matter and residue gone"
    );
}

/// Mentions of a company in an export, or `None` when it is not in the registry.
fn mentions(doc: &serde_json::Value, id: &str) -> Option<u64> {
    doc["companies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .map(|c| c["mentions"]["total"].as_u64().unwrap())
}

#[test]
fn export_applies_the_readers_curation_from_a_file_and_from_the_library() {
    let (plain, err, ok) = baimo(&["export"], "");
    assert!(ok, "{err}");
    let plain: serde_json::Value = serde_json::from_str(&plain).unwrap();
    let dir = TempDir::new("curation");
    let toml = dir.write(
        "curation.toml",
        "schema = \"baimo-curation\"\nversion = 1\n\n\
         [[edits]]\nedit = \"alias\"\ncompany = \"amazon\"\nname = \"Titan\"\n\n\
         [[edits]]\nedit = \"hide\"\ncompany = \"apple\"\n\n\
         [[edits]]\nedit = \"hide\"\ncompany = \"nobody\"\n",
    );
    let (out, err, ok) = baimo(&["export", "--registry", &toml], "");
    assert!(ok, "{err}");
    // The stale edit is said, and the others still apply.
    assert!(
        err.contains("curation edit 3") && err.contains("nobody"),
        "{err}"
    );
    let curated: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(mentions(&curated, "amazon") > mentions(&plain, "amazon"));
    assert_eq!(mentions(&curated, "apple"), None);
    assert!(mentions(&plain, "apple").is_some());

    // The same overlay inside a library file (version 2) applies the same way.
    let (library, err, ok) = baimo(
        &["import", "--today", "2026-11-24", &fixture("gbk.txt")],
        "",
    );
    assert!(ok, "{err}");
    let overlay =
        baimo_core::curation::Overlay::parse(&std::fs::read_to_string(&toml).unwrap()).unwrap();
    let articles = baimo_core::import::library::parse(&library).unwrap();
    let path = dir.write(
        "library.json",
        &baimo_core::import::library::to_json_with(&articles, &overlay),
    );
    let (out, err, ok) = baimo(&["export", "--library", &path], "");
    assert!(ok, "{err}");
    let from_library: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(mentions(&from_library, "apple"), None);
    assert!(mentions(&from_library, "amazon") > mentions(&plain, "amazon"));

    // A curation file that does not read stops the command, saying why.
    let bad = dir.write(
        "bad.json",
        "{\"schema\": \"baimo-curation\", \"version\": 1, \"edits\": [{\"edit\": \"paint\"}]}",
    );
    let (_, err, ok) = baimo(&["export", "--registry", &bad], "");
    assert!(
        !ok && err.contains("bad.json") && err.contains("paint"),
        "{err}"
    );
    // Commands that take ids know the reader's companies.
    let add = dir.write(
        "add.json",
        "{\"schema\": \"baimo-curation\", \"version\": 1, \"edits\": [{\"edit\": \"add\", \"id\": \"baimo-tech\", \"hans\": \"百模测试科技\", \"en\": \"Baimo Test Tech\"}]}",
    );
    let (out, err, ok) = baimo(&["compare", "baimo-tech", "openai", "--registry", &add], "");
    assert!(ok && err.is_empty(), "{err}");
    assert!(out.contains("百模测试科技"), "{out}");
    let (out, _, _) = baimo(&["segment", "--registry", &add], "百模测试科技接入了模型");
    assert_eq!(out.trim(), "百模测试科技 接入 了 模型");
}
