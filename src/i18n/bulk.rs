//! The strings of a many-file import (a folder, an archive, a big selection): its progress and
//! its summary, with a short reason for every file not imported.

use super::import::{grouped, storage_reason_en, storage_reason_zh};
use super::Tr;
use crate::library::store::StorageError;
use baimo_core::import::batch::Failure;
use baimo_core::import::listing::Skip;
use baimo_core::import::zip::{EntryError, ZipError};
use baimo_core::import::ImportError;

/// Every label of a many-file import.
pub struct Texts {
    /// The folder chooser.
    pub folder_label: &'static str,
    pub folder_hint: &'static str,
    /// Progress.
    pub heading: &'static str,
    pub waiting: &'static str,
    pub listing: &'static str,
    pub progress: fn(usize, usize) -> String,
    pub cancel: &'static str,
    /// The summary.
    pub finished: &'static str,
    pub cancelled: &'static str,
    pub not_read: fn(usize) -> String,
    pub imported: &'static str,
    pub already: &'static str,
    pub duplicates: &'static str,
    pub skipped: &'static str,
    pub failed: &'static str,
    /// The same, short, over the counts.
    pub already_short: &'static str,
    pub duplicates_short: &'static str,
    pub skipped_short: &'static str,
    pub failed_short: &'static str,
    pub duplicate_of: fn(&str) -> String,
    pub skip: fn(&Skip) -> String,
    pub failure: fn(&Failure) -> String,
    pub archive_failed: fn(&str, &ZipError) -> String,
    pub storage: fn(usize, &StorageError) -> String,
    pub more: fn(usize) -> String,
    pub see_corpus: &'static str,
}

fn zip_zh(e: &ZipError) -> &'static str {
    match e {
        ZipError::NotAZip => "不是 zip 压缩包，或者文件不完整",
        ZipError::Corrupt(_) => "压缩包已损坏，读不出其中的文件目录",
        ZipError::MultiDisk => "这是分卷压缩包的一部分；请先合并成一个 .zip",
    }
}

fn zip_en(e: &ZipError) -> &'static str {
    match e {
        ZipError::NotAZip => "not a zip archive, or cut short",
        ZipError::Corrupt(_) => "the archive is damaged: its list of files cannot be read",
        ZipError::MultiDisk => "one part of a split archive; join the parts into one .zip first",
    }
}

fn failure_zh(f: &Failure) -> String {
    match f {
        Failure::Read(e) => match e {
            ImportError::Empty => "空文件".to_owned(),
            ImportError::Binary => "不是文本文件".to_owned(),
            ImportError::TooLarge { limit, .. } => {
                format!("超过 {} MB 的上限", limit / (1024 * 1024))
            }
            ImportError::TooLong { limit, .. } => {
                format!("正文超过 {} 个字符的上限", grouped(*limit))
            }
            ImportError::NothingLeft => "清洗后没有剩下正文".to_owned(),
        },
        Failure::Archive(e) => zip_zh(e).to_owned(),
        Failure::Entry(e) => match e {
            EntryError::Encrypted => "已加密（需要密码），无法读取".to_owned(),
            EntryError::Method(m) => format!("使用了不支持的压缩方式（{m}）"),
            EntryError::Damaged => "在压缩包中已损坏".to_owned(),
            EntryError::Checksum => "在压缩包中已损坏（校验和不符）".to_owned(),
        },
        Failure::Unreadable(why) => format!("无法读取（{why}）"),
    }
}

fn failure_en(f: &Failure) -> String {
    match f {
        Failure::Read(e) => match e {
            ImportError::Empty => "empty".to_owned(),
            ImportError::Binary => "not a text file".to_owned(),
            ImportError::TooLarge { limit, .. } => {
                format!("over the {} MB limit", limit / (1024 * 1024))
            }
            ImportError::TooLong { limit, .. } => {
                format!("over the limit of {} characters", grouped(*limit))
            }
            ImportError::NothingLeft => "no text left after cleaning".to_owned(),
        },
        Failure::Archive(e) => zip_en(e).to_owned(),
        Failure::Entry(e) => match e {
            EntryError::Encrypted => "encrypted (needs a password)".to_owned(),
            EntryError::Method(m) => format!("compressed with an unsupported method ({m})"),
            EntryError::Damaged => "damaged in the archive".to_owned(),
            EntryError::Checksum => "damaged in the archive (checksum)".to_owned(),
        },
        Failure::Unreadable(why) => format!("could not be read ({why})"),
    }
}

/// The strings in both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts {
        folder_label: "选择整个文件夹",
        folder_hint: "包括子文件夹；只读取 .txt、.md、.html 等文章文件，其他文件和隐藏文件会跳过并列出。",
        heading: "批量导入",
        waiting: "正在读取你已保存的文章，读完就开始导入……",
        listing: "正在列出文件……",
        progress: |done, total| format!("{} / {}", grouped(done), grouped(total)),
        cancel: "停止导入",
        finished: "导入完成",
        cancelled: "导入已停止",
        not_read: |n| format!("还有 {} 个文件没有读取；已读取的文章都已保存。", grouped(n)),
        imported: "新导入",
        already: "已在你的文章里",
        duplicates: "与本次导入的另一个文件完全相同，没有重复导入",
        skipped: "跳过（不是文章文件）",
        failed: "无法导入",
        already_short: "已有",
        duplicates_short: "重复文件",
        skipped_short: "跳过",
        failed_short: "失败",
        duplicate_of: |of| format!("与「{of}」相同"),
        skip: |s| match s {
            Skip::Hidden => "隐藏文件".to_owned(),
            Skip::NotArticle(ext) if ext.is_empty() => "不是文章文件".to_owned(),
            Skip::NotArticle(ext) => format!("不是文章文件（.{ext}）"),
        },
        failure: failure_zh,
        archive_failed: |name, e| {
            format!("「{name}」无法打开：{}。其中的文件都没有导入，你已有的文章没有任何改动。", zip_zh(e))
        },
        storage: |n, e| {
            format!(
                "有 {} 篇文章没有保存：{}之前保存的文章都还在。请删除一些文章或先导出资料库，再导入其余的文件。",
                grouped(n),
                storage_reason_zh(e)
            )
        },
        more: |n| format!("……还有 {} 个", grouped(n)),
        see_corpus: "在语料页查看全部文章",
    },
    en: Texts {
        folder_label: "Choose a whole folder",
        folder_hint: "Subfolders included; only article files (.txt, .md, .html…) are read, and other and hidden files are skipped and listed.",
        heading: "Importing many files",
        waiting: "Reading your saved articles; the import starts when that is done…",
        listing: "Listing the files…",
        progress: |done, total| format!("{} / {}", grouped(done), grouped(total)),
        cancel: "Stop the import",
        finished: "Import finished",
        cancelled: "Import stopped",
        not_read: |n| {
            format!(
                "{} files were not read; every article read before you stopped is saved.",
                grouped(n)
            )
        },
        imported: "Imported",
        already: "Already in your articles",
        duplicates: "The same text as another file of this import, not imported twice",
        skipped: "Skipped (not article files)",
        failed: "Could not be imported",
        already_short: "Already there",
        duplicates_short: "Duplicates",
        skipped_short: "Skipped",
        failed_short: "Failed",
        duplicate_of: |of| format!("the same as {of}"),
        skip: |s| match s {
            Skip::Hidden => "a hidden file".to_owned(),
            Skip::NotArticle(ext) if ext.is_empty() => "not an article file".to_owned(),
            Skip::NotArticle(ext) => format!("not an article file (.{ext})"),
        },
        failure: failure_en,
        archive_failed: |name, e| {
            format!(
                "{name} cannot be opened: {}. None of its files were imported; nothing in your articles has changed.",
                zip_en(e)
            )
        },
        storage: |n, e| {
            format!(
                "{} articles were not saved: {} The articles saved before are all still there. Remove some articles or export your library, then import the rest.",
                grouped(n),
                storage_reason_en(e)
            )
        },
        more: |n| format!("…and {} more", grouped(n)),
        see_corpus: "See every article on the corpus page",
    },
};
