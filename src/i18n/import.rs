//! The import page's strings, and how imported articles are marked in the other views.
//!
//! Every refusal names the file (or "the pasted text") and says what to do, with the limit
//! when there is one.

use super::Tr;
use crate::library::store::StorageError;
use baimo_core::import::decode::{Detection, Encoding};
use baimo_core::import::library::LibraryError;
use baimo_core::import::{EditError, Format, ImportError, MAX_CHARS, MAX_FILE_BYTES};

/// Every label of the import page and of the "yours" marks elsewhere.
pub struct Texts {
    /// The page's `<h1>` and tab title.
    pub heading: &'static str,
    /// What importing does.
    pub intro: &'static str,
    /// The limits, with their numbers.
    pub limits: fn() -> String,

    /// Pasting.
    pub paste_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_button: &'static str,
    /// What a pasted text is called in messages and on its card.
    pub pasted: &'static str,

    /// Files.
    pub files_heading: &'static str,
    pub files_label: &'static str,
    pub files_hint: &'static str,
    pub drop_zone: &'static str,
    pub reading: fn(&str) -> String,

    /// Draft cards.
    pub drafts_heading: &'static str,
    pub drafts_label: &'static str,
    pub encoding_label: &'static str,
    pub detection: fn(Detection) -> &'static str,
    pub pasted_encoding: &'static str,
    pub format_label: &'static str,
    pub format: fn(Format) -> &'static str,
    pub replaced_label: &'static str,
    pub replaced: fn(usize) -> String,
    pub preview_heading: &'static str,
    pub title_label: &'static str,
    pub publisher_label: &'static str,
    pub date_label: &'static str,
    pub date_hint: &'static str,
    pub guessed: &'static str,
    pub guessed_title: &'static str,
    pub import_button: &'static str,
    pub discard_button: &'static str,
    pub dismiss_button: &'static str,
    pub saving: &'static str,
    pub imported: fn(&str) -> String,
    pub already: fn(&str) -> String,
    pub open_it: &'static str,
    pub still_loading: &'static str,

    /// Refusals, naming the file.
    pub import_error: fn(&str, &ImportError) -> String,
    pub edit_error: fn(&str, &EditError) -> String,
    pub library_error: fn(&str, &LibraryError) -> String,
    pub storage_error: fn(&str, &StorageError) -> String,
    pub read_failed: fn(&str, &str) -> String,

    /// The reader's own library.
    pub mine_heading: &'static str,
    pub mine_count: fn(usize) -> String,
    pub mine_empty: &'static str,
    pub mine_loading: &'static str,
    pub mine_unavailable: fn(&StorageError) -> String,
    pub unreadable: fn(usize) -> String,
    /// "Show n more (of the m not shown)".
    pub show_more: fn(usize, usize) -> String,
    pub from_file: fn(&str) -> String,
    pub imported_on: fn(&str) -> String,
    pub rename: &'static str,
    pub rename_label: &'static str,
    pub rename_empty: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub remove: &'static str,
    pub removed: fn(&str) -> String,
    pub undo: &'static str,
    pub library_file_heading: &'static str,
    pub export_button: &'static str,
    pub export_hint: &'static str,
    pub library_file_label: &'static str,
    pub merged: fn(&str, usize, usize) -> String,

    /// Marks of an imported article in the other views.
    pub yours: &'static str,
    pub yours_title: &'static str,
    pub view_import: &'static str,
    pub reader_note: &'static str,
    pub manage: &'static str,
    pub raw_heading: &'static str,
    pub toggle_raw: &'static str,
    pub loading_yours: &'static str,
    /// The source facts on the corpus page.
    pub source_file: fn(&str) -> String,
    pub source_pasted: &'static str,
    pub source_encoding: fn(Encoding, Detection) -> String,
    pub source_replaced: fn(usize) -> String,
}

/// `n` with a comma every three digits: 200,000.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A size in megabytes with one decimal (`20.0 MB`), as the limit is written (10 MB).
pub fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

/// A file's size for its card: bytes, KB or MB.
pub fn size(bytes: usize) -> String {
    match bytes {
        0..1024 => format!("{bytes} B"),
        1024..1_048_576 => format!("{:.1} KB", bytes as f64 / 1024.0),
        _ => megabytes(bytes),
    }
}

fn limit_mb(limit: usize) -> String {
    format!("{} MB", limit / (1024 * 1024))
}

fn detection_zh(d: Detection) -> &'static str {
    match d {
        Detection::Bom => "由字节顺序标记（BOM）确定",
        Detection::Valid => "有效的 UTF-8",
        Detection::Guessed => "按字节推测；预览如有乱码，请改选",
        Detection::Chosen => "你选择的编码",
    }
}

fn detection_en(d: Detection) -> &'static str {
    match d {
        Detection::Bom => "from its byte-order mark (BOM)",
        Detection::Valid => "valid UTF-8",
        Detection::Guessed => "guessed from the bytes; if the preview is garbled, choose another",
        Detection::Chosen => "your choice",
    }
}

fn how_zh(d: Detection) -> &'static str {
    match d {
        Detection::Bom => "由字节顺序标记确定",
        Detection::Valid => "有效的 UTF-8",
        Detection::Guessed => "按字节推测",
        Detection::Chosen => "导入时选定",
    }
}

fn how_en(d: Detection) -> &'static str {
    match d {
        Detection::Bom => "from its byte-order mark",
        Detection::Valid => "valid UTF-8",
        Detection::Guessed => "guessed from the bytes",
        Detection::Chosen => "chosen on import",
    }
}

fn import_error_zh(name: &str, e: &ImportError) -> String {
    match e {
        ImportError::Empty => format!("「{name}」是空的，没有可导入的文字。请选择含有文章正文的文件。"),
        ImportError::Binary => format!(
            "「{name}」不是文本文件（可能是图片、压缩包、Word 或 PDF 文件）。请把文章另存为 .txt、.md 或 .html 后再导入。"
        ),
        ImportError::TooLarge { bytes, limit } => format!(
            "「{name}」有 {}，超过每个文件 {} 的上限，没有读取。请只保存文章本身（例如另存为纯文本）再导入。",
            megabytes(*bytes),
            limit_mb(*limit)
        ),
        ImportError::TooLong { chars, limit } => format!(
            "「{name}」的正文有 {} 个字符，超过每篇 {} 个字符的上限。请把文章分成几部分，分别导入。",
            grouped(*chars),
            grouped(*limit)
        ),
        ImportError::NothingLeft => format!(
            "「{name}」清洗后没有剩下正文（只有网页标记、页面框架或广告）。请检查是否选对了文件。"
        ),
    }
}

fn import_error_en(name: &str, e: &ImportError) -> String {
    match e {
        ImportError::Empty => format!("{name} is empty: there is no text to import. Choose a file with the article's text."),
        ImportError::Binary => format!(
            "{name} is not a text file (an image, an archive, a Word or PDF file?). Save the article as .txt, .md or .html and import that."
        ),
        ImportError::TooLarge { bytes, limit } => format!(
            "{name} is {}, over the limit of {} per file, so it was not read. Save just the article (as plain text, say) and import that.",
            megabytes(*bytes),
            limit_mb(*limit)
        ),
        ImportError::TooLong { chars, limit } => format!(
            "{name} has {} characters of text, over the limit of {} characters per article. Split it into parts and import each.",
            grouped(*chars),
            grouped(*limit)
        ),
        ImportError::NothingLeft => format!(
            "Nothing of {name} is left after cleaning (only markup, page furniture or ads). Check that it is the right file."
        ),
    }
}

fn edit_error_zh(name: &str, e: &EditError) -> String {
    match e {
        EditError::NoTitle => format!("「{name}」还没有标题：请填写标题再导入。"),
        EditError::BadDate { date } => {
            format!("「{name}」的日期「{date}」无法识别：请写成 2024-03-05、2024-03 或 2024。")
        }
    }
}

fn edit_error_en(name: &str, e: &EditError) -> String {
    match e {
        EditError::NoTitle => format!("{name} has no title: enter one, then import."),
        EditError::BadDate { date } => format!(
            "The date “{date}” of {name} is not one baimo reads: write it as 2024-03-05, 2024-03 or 2024."
        ),
    }
}

fn library_error_zh(name: &str, e: &LibraryError) -> String {
    let nothing = "你的文章没有任何改动。";
    match e {
        LibraryError::NotJson { line, column } => format!(
            "「{name}」不是完整的 JSON 文件（{}出错），可能已损坏或被截断。{nothing}请重新导出资料库再试。",
            if *column == 0 { format!("第 {line} 行") } else { format!("第 {line} 行第 {column} 列") }
        ),
        LibraryError::NotALibrary => format!(
            "「{name}」是 JSON，但不是百模的资料库文件。{nothing}请选择用“导出我的文章”保存的文件。"
        ),
        LibraryError::FutureVersion { found, supported } => format!(
            "「{name}」来自更新版本的百模（资料库版本 {found}，这个版本最多能读版本 {supported}）。{nothing}请在更新后的百模里导入。"
        ),
        LibraryError::TooLarge { bytes, limit } => format!(
            "「{name}」有 {}，超过资料库文件 {} 的上限，没有读取。{nothing}",
            megabytes(*bytes),
            limit_mb(*limit)
        ),
        LibraryError::BadArticle { number, problem } => format!(
            "「{name}」中的第 {number} 篇文章有问题（{problem}），整个文件都没有导入。{nothing}"
        ),
        LibraryError::BadCuration { problem } => format!(
            "「{name}」中对公司名录的修改无法读取（{problem}），整个文件都没有导入。{nothing}"
        ),
    }
}

fn library_error_en(name: &str, e: &LibraryError) -> String {
    let nothing = "Nothing in your articles has changed.";
    match e {
        LibraryError::NotJson { line, column } => format!(
            "{name} is not complete JSON (error at line {line}{}): it may be damaged or cut short. {nothing} Export the library again and retry.",
            if *column == 0 { String::new() } else { format!(", column {column}") }
        ),
        LibraryError::NotALibrary => format!(
            "{name} is JSON, but not a baimo library file. {nothing} Choose a file saved with “Export my library”."
        ),
        LibraryError::FutureVersion { found, supported } => format!(
            "{name} comes from a newer baimo (library version {found}; this one reads up to version {supported}). {nothing} Import it in the newer baimo."
        ),
        LibraryError::TooLarge { bytes, limit } => format!(
            "{name} is {}, over the limit of {} for a library file, so it was not read. {nothing}",
            megabytes(*bytes),
            limit_mb(*limit)
        ),
        LibraryError::BadArticle { number, problem } => format!(
            "Article {number} in {name} is malformed ({problem}), so none of the file was imported. {nothing}"
        ),
        LibraryError::BadCuration { problem } => format!(
            "The company edits in {name} do not read ({problem}), so none of the file was imported. {nothing}"
        ),
    }
}

pub(super) fn storage_reason_zh(e: &StorageError) -> String {
    match e {
        StorageError::Full => "浏览器给这个网站的存储空间已满。".to_owned(),
        StorageError::Unavailable => {
            "这个浏览器不允许网站保存数据（例如在隐私或无痕窗口中，或设置禁止了网站数据）。"
                .to_owned()
        }
        StorageError::Failed(why) => format!("浏览器没有保存（{why}）。"),
    }
}

pub(super) fn storage_reason_en(e: &StorageError) -> String {
    match e {
        StorageError::Full => "the browser's storage for this site is full.".to_owned(),
        StorageError::Unavailable => {
            "this browser does not let the site keep data (a private window, or site data blocked in the settings).".to_owned()
        }
        StorageError::Failed(why) => format!("the browser did not keep it ({why})."),
    }
}

fn storage_error_zh(name: &str, e: &StorageError) -> String {
    let todo = match e {
        StorageError::Full => "删除一些文章，或先导出资料库，再重试。",
        StorageError::Unavailable => "请在普通窗口中打开百模再导入；也可以先导出资料库保存。",
        StorageError::Failed(_) => "请重试；也可以先导出资料库保存。",
    };
    format!(
        "「{name}」没有保存：{}你已有的文章都还在，这份内容也还在页面上。{todo}",
        storage_reason_zh(e)
    )
}

fn storage_error_en(name: &str, e: &StorageError) -> String {
    let todo = match e {
        StorageError::Full => "Remove some articles, or export your library first, then retry.",
        StorageError::Unavailable => {
            "Open baimo in an ordinary window to import; you can export your library meanwhile."
        }
        StorageError::Failed(_) => "Retry; you can export your library meanwhile.",
    };
    format!(
        "{name} was not saved: {} Your articles are all still there, and this one is still on the page. {todo}",
        storage_reason_en(e)
    )
}

/// The import page's strings in both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts {
        heading: "导入文章",
        intro: "把你自己收集的中文文章加进百模：粘贴文字，或选择、拖入文件。文章只保存在这个浏览器里，与附带的文章一样清洗、分词和分析，出现在时间线、公司比较、搜索和语料页中。导入前可以核对编码、标题、来源和日期。",
        limits: || {
            format!(
                "每个文件最大 {}，每篇正文最多 {} 个字符。可读 UTF-8、UTF-16、GBK/GB18030 和 Big5 编码的纯文本、Markdown 和网页。",
                limit_mb(MAX_FILE_BYTES),
                grouped(MAX_CHARS)
            )
        },
        paste_heading: "粘贴文字",
        paste_label: "文章正文（较短的第一行会作为标题）",
        paste_button: "读取粘贴的文字",
        pasted: "粘贴的文字",
        files_heading: "选择文件",
        files_label: "文章文件（可多选）",
        files_hint: "支持 .txt、.md、.html 和 .htm，也可以选 .zip 压缩包；一次选很多文件时直接导入并列出结果。",
        drop_zone: "也可以把文件、文件夹或 .zip 拖放到这里。",
        reading: |name| format!("正在读取「{name}」……"),
        drafts_heading: "待导入",
        drafts_label: "待导入的文章",
        encoding_label: "编码",
        detection: detection_zh,
        pasted_encoding: "粘贴的文字，无需解码",
        format_label: "格式",
        format: |f| match f {
            Format::Text => "纯文本",
            Format::Markdown => "Markdown",
            Format::Html => "网页（只取文字）",
        },
        replaced_label: "无法解码的字节",
        replaced: |n| {
            if n == 0 {
                "无".to_owned()
            } else {
                format!("{} 处，显示为 �", grouped(n))
            }
        },
        preview_heading: "预览（清洗后的前几段）",
        title_label: "标题",
        publisher_label: "来源",
        date_label: "日期",
        date_hint: "如 2024-03-05、2024-03 或 2024",
        guessed: "推测",
        guessed_title: "文中没有写明，这是推测的，请核对",
        import_button: "导入",
        discard_button: "放弃",
        dismiss_button: "关闭",
        saving: "正在保存……",
        imported: |title| format!("已导入「{title}」。"),
        already: |title| format!("「{title}」已在你的文章里，没有重复导入。"),
        open_it: "阅读",
        still_loading: "正在读取你已保存的文章，请稍候再导入。",
        import_error: import_error_zh,
        edit_error: edit_error_zh,
        library_error: library_error_zh,
        storage_error: storage_error_zh,
        read_failed: |name, why| format!("「{name}」无法读取（{why}）。请重新选择这个文件。"),
        mine_heading: "你的文章",
        mine_count: |n| format!("共 {n} 篇，只保存在这个浏览器里。"),
        mine_empty: "还没有导入的文章。",
        mine_loading: "正在读取已保存的文章……",
        mine_unavailable: |e| {
            format!(
                "无法读取你保存的文章：{}导入的文章无法保存；附带的文章不受影响。",
                storage_reason_zh(e)
            )
        },
        unreadable: |n| format!("有 {n} 篇已保存的文章无法读取，已原样保留在浏览器中。"),
        show_more: |n, rest| format!("再显示 {n} 篇（还有 {} 篇未显示）", grouped(rest)),
        from_file: |name| format!("文件 {name}"),
        imported_on: |date| format!("导入于 {}", super::common::date_zh(date)),
        rename: "重命名",
        rename_label: "新标题",
        rename_empty: "标题不能为空：请输入新标题。",
        save: "保存",
        cancel: "取消",
        remove: "删除",
        removed: |title| format!("已删除「{title}」。"),
        undo: "撤销",
        library_file_heading: "资料库文件：备份与迁移",
        export_button: "导出我的文章（JSON）",
        export_hint: "导出的资料库文件可以在另一个浏览器里导入；命令行 baimo import 也能生成这种文件。",
        library_file_label: "导入资料库文件（.json）",
        merged: |name, added, already| format!("「{name}」：新增 {added} 篇，已有 {already} 篇。"),
        yours: "我的",
        yours_title: "你导入的文章，只保存在这个浏览器里",
        view_import: "粘贴或选择你自己的文章（纯文本、Markdown、网页），与附带的文章一起分析。",
        reader_note: "这是你导入的文章，只保存在这个浏览器里。",
        manage: "管理我的文章",
        raw_heading: "导入的原文",
        toggle_raw: "对照导入原文",
        loading_yours: "正在读取你保存的文章……",
        source_file: |name| format!("文件 {name}"),
        source_pasted: "粘贴的文字",
        source_encoding: |e, d| format!("{}（{}）", e.label(), how_zh(d)),
        source_replaced: |n| format!("{} 处无法解码的字节", grouped(n)),
    },
    en: Texts {
        heading: "Import articles",
        intro: "Add Chinese articles of your own to baimo: paste the text, or choose or drop files. They are kept in this browser only, cleaned, segmented and analysed like the bundled articles, and appear in the timeline, the comparison, search and the corpus page. Check the encoding, title, publisher and date before importing.",
        limits: || {
            format!(
                "Up to {} per file and {} characters of text per article. Plain text, Markdown and web pages in UTF-8, UTF-16, GBK/GB18030 or Big5.",
                limit_mb(MAX_FILE_BYTES),
                grouped(MAX_CHARS)
            )
        },
        paste_heading: "Paste text",
        paste_label: "The article's text (a short first line becomes the title)",
        paste_button: "Read the pasted text",
        pasted: "The pasted text",
        files_heading: "Choose files",
        files_label: "Article files (several at once)",
        files_hint: ".txt, .md, .html and .htm, or a .zip of them; many files at once are imported directly, with a summary.",
        drop_zone: "Or drop files, a folder or a .zip here.",
        reading: |name| format!("Reading {name}…"),
        drafts_heading: "Ready to import",
        drafts_label: "Articles ready to import",
        encoding_label: "Encoding",
        detection: detection_en,
        pasted_encoding: "pasted text, nothing to decode",
        format_label: "Format",
        format: |f| match f {
            Format::Text => "plain text",
            Format::Markdown => "Markdown",
            Format::Html => "web page (text only)",
        },
        replaced_label: "Undecodable bytes",
        replaced: |n| {
            if n == 0 {
                "none".to_owned()
            } else {
                format!("{}, shown as �", grouped(n))
            }
        },
        preview_heading: "Preview (the first cleaned paragraphs)",
        title_label: "Title",
        publisher_label: "Publisher",
        date_label: "Date",
        date_hint: "e.g. 2024-03-05, 2024-03 or 2024",
        guessed: "guessed",
        guessed_title: "The text does not say: this is a guess, please check it",
        import_button: "Import",
        discard_button: "Discard",
        dismiss_button: "Dismiss",
        saving: "Saving…",
        imported: |title| format!("Imported “{title}”."),
        already: |title| format!("“{title}” is already in your articles; it was not imported twice."),
        open_it: "Read it",
        still_loading: "Your saved articles are still being read; import in a moment.",
        import_error: import_error_en,
        edit_error: edit_error_en,
        library_error: library_error_en,
        storage_error: storage_error_en,
        read_failed: |name, why| format!("{name} could not be read ({why}). Choose the file again."),
        mine_heading: "Your articles",
        mine_count: |n| {
            if n == 1 {
                "1 article, kept in this browser only.".to_owned()
            } else {
                format!("{n} articles, kept in this browser only.")
            }
        },
        mine_empty: "No imported articles yet.",
        mine_loading: "Reading your saved articles…",
        mine_unavailable: |e| {
            format!(
                "Your saved articles cannot be read: {} Imported articles cannot be kept; the bundled articles are not affected.",
                storage_reason_en(e)
            )
        },
        unreadable: |n| format!("{n} saved articles could not be read; they are left in the browser as they are."),
        show_more: |n, rest| format!("Show {n} more ({} not shown)", grouped(rest)),
        from_file: |name| format!("file {name}"),
        imported_on: |date| format!("imported {}", super::common::date_en(date)),
        rename: "Rename",
        rename_label: "New title",
        rename_empty: "The title cannot be empty: enter a new one.",
        save: "Save",
        cancel: "Cancel",
        remove: "Remove",
        removed: |title| format!("Removed “{title}”."),
        undo: "Undo",
        library_file_heading: "Library file: back up and move",
        export_button: "Export my library (JSON)",
        export_hint: "The library file can be imported in another browser; the command line's baimo import writes such files too.",
        library_file_label: "Import a library file (.json)",
        merged: |name, added, already| format!("{name}: {added} added, {already} already there."),
        yours: "Yours",
        yours_title: "An article you imported, kept in this browser only",
        view_import: "Paste or choose articles of your own (plain text, Markdown, web pages) to analyse with the bundled ones.",
        reader_note: "An article you imported, kept in this browser only.",
        manage: "Manage my articles",
        raw_heading: "Text as imported",
        toggle_raw: "Compare with the text as imported",
        loading_yours: "Reading your saved articles…",
        source_file: |name| format!("file {name}"),
        source_pasted: "pasted text",
        source_encoding: |e, d| format!("{} ({})", e.label(), how_en(d)),
        source_replaced: |n| format!("{} undecodable bytes", grouped(n)),
    },
};
