//! The companies page's strings: the registry as the reader curates it.

use super::{Lang, Tr};
use baimo_core::curation::Edit;
use baimo_core::registry::Origin;

/// Every label of the companies page.
pub struct Texts {
    /// The page's `<h1>` and tab title.
    pub heading: &'static str,
    /// What the page is for.
    pub intro: &'static str,
    /// The list's heading, and "12 of 340 companies".
    pub list_heading: &'static str,
    pub shown: fn(usize, usize) -> String,
    /// The filters.
    pub filter_name: &'static str,
    pub filter_name_placeholder: &'static str,
    pub filter_origin: &'static str,
    pub origin_all: &'static str,
    /// A company's origin, as its badge says.
    pub origin: fn(Origin) -> &'static str,
    /// "12 mentions".
    pub mentions: fn(usize) -> String,
    /// Shows more rows.
    pub more: fn(usize) -> String,
    /// The button that opens a company's editor ("Edit 亚马逊").
    pub edit: &'static str,
    pub edit_label: fn(&str) -> String,
    /// The editor's heading ("Edit 亚马逊") and its close button.
    pub editor_heading: fn(&str) -> String,
    pub close: &'static str,
    /// The editor's forms.
    pub rename_heading: &'static str,
    pub name_hans: &'static str,
    pub name_en: &'static str,
    pub rename_button: &'static str,
    pub alias_heading: &'static str,
    pub alias_name: &'static str,
    pub alias_button: &'static str,
    pub merge_heading: &'static str,
    pub merge_into: &'static str,
    pub merge_hint: &'static str,
    pub merge_button: &'static str,
    pub hide_heading: &'static str,
    pub hide_hint: &'static str,
    pub hide_button: &'static str,
    pub confirm_heading: &'static str,
    pub confirm_id: &'static str,
    pub confirm_button: &'static str,
    /// The form that adds a company.
    pub add_heading: &'static str,
    pub add_aliases: &'static str,
    pub add_aliases_hint: &'static str,
    pub add_button: &'static str,
    /// The reader's edits, and taking one back.
    pub edits_heading: &'static str,
    pub edits_none: &'static str,
    pub undo: &'static str,
    /// The edits as a file of their own, and what it is for.
    pub download: &'static str,
    pub download_hint: &'static str,
    /// An edit that no longer applies, and why (the reason follows).
    pub stale: &'static str,
    /// What an edit did, in a line.
    pub describe: fn(&Edit) -> String,
    /// "Saved: …" after an edit.
    pub saved: fn(&str) -> String,
    pub undone: &'static str,
    /// Storage failed: nothing was changed (the reason follows).
    pub not_kept: &'static str,
    /// While the overlay is read, and when storage cannot keep edits.
    pub loading: &'static str,
    pub unavailable: &'static str,
    /// Before the analysis is ready, mention counts are not known yet.
    pub counting: &'static str,
}

/// Both languages.
pub static TEXTS: Tr<Texts> = Tr {
    zh: Texts {
        heading: "公司",
        intro: "分析所用的公司名录：内置的公司、从文章中发现的公司和你添加的公司。你可以确认发现的公司、添加别名、合并、改名、隐藏或手动添加公司；修改保存在你的资料库里（浏览器和导出的资料库文件），所有视图立即按修改后的名录重新分析。",
        list_heading: "名录",
        shown: |n, all| format!("显示 {n} 家，共 {all} 家公司"),
        filter_name: "名称",
        filter_name_placeholder: "按名称或标识筛选",
        filter_origin: "来源",
        origin_all: "全部",
        origin: |o| match o {
            Origin::Registered => "内置",
            Origin::Discovered => "发现",
            Origin::Reader => "你的",
        },
        mentions: |n| format!("{n} 次提及"),
        more: |n| format!("再显示 {n} 家"),
        edit: "编辑",
        edit_label: |name| format!("编辑{name}"),
        editor_heading: |name| format!("编辑{name}"),
        close: "关闭",
        rename_heading: "改名",
        name_hans: "中文名",
        name_en: "英文名",
        rename_button: "改名",
        alias_heading: "添加别名",
        alias_name: "别名",
        alias_button: "添加别名",
        merge_heading: "合并",
        merge_into: "合并到",
        merge_hint: "这家公司的所有名称都将计入所选公司，这家公司从名录中移除。",
        merge_button: "合并",
        hide_heading: "隐藏",
        hide_hint: "隐藏后，它的名称只作普通词语，不再计为公司。",
        hide_button: "隐藏",
        confirm_heading: "确认为公司",
        confirm_id: "标识（小写字母、数字、连字符）",
        confirm_button: "确认",
        add_heading: "手动添加公司",
        add_aliases: "别名",
        add_aliases_hint: "用逗号分隔",
        add_button: "添加公司",
        edits_heading: "你的修改",
        edits_none: "还没有修改。",
        undo: "撤销",
        download: "下载修改文件",
        download_hint: "修改也随“导出我的文章”保存在资料库文件里；单独的修改文件可以用于命令行 baimo --registry。",
        stale: "未生效：",
        describe: describe_zh,
        saved: |what| format!("已保存：{what}"),
        undone: "已撤销。",
        not_kept: "浏览器没有保存这项修改，名录没有变化：",
        loading: "正在读取你的修改……",
        unavailable: "这个浏览器不能保存数据，修改无法保留。",
        counting: "分析完成后显示提及次数。",
    },
    en: Texts {
        heading: "Companies",
        intro: "The companies the analysis knows: the bundled registry, the ones discovered in the articles, and yours. Confirm a discovered company, add an alias, merge two, rename, hide, or add one by hand; your edits are kept with your library (in the browser and in the exported library file), and every view is analysed again with them at once.",
        list_heading: "Registry",
        shown: |n, all| format!("{n} of {all} companies shown"),
        filter_name: "Name",
        filter_name_placeholder: "Filter by name or id",
        filter_origin: "Origin",
        origin_all: "All",
        origin: |o| match o {
            Origin::Registered => "Bundled",
            Origin::Discovered => "Discovered",
            Origin::Reader => "Yours",
        },
        mentions: |n| format!("{n} mention{}", if n == 1 { "" } else { "s" }),
        more: |n| format!("Show {n} more"),
        edit: "Edit",
        edit_label: |name| format!("Edit {name}"),
        editor_heading: |name| format!("Edit {name}"),
        close: "Close",
        rename_heading: "Rename",
        name_hans: "Chinese name",
        name_en: "English name",
        rename_button: "Rename",
        alias_heading: "Add an alias",
        alias_name: "Alias",
        alias_button: "Add alias",
        merge_heading: "Merge",
        merge_into: "Merge into",
        merge_hint: "All of this company's names will count for the one chosen, and this one leaves the registry.",
        merge_button: "Merge",
        hide_heading: "Hide",
        hide_hint: "Once hidden, its names are ordinary words and no longer count as the company.",
        hide_button: "Hide",
        confirm_heading: "Confirm as a company",
        confirm_id: "Id (lowercase letters, digits, hyphens)",
        confirm_button: "Confirm",
        add_heading: "Add a company by hand",
        add_aliases: "Aliases",
        add_aliases_hint: "separated by commas",
        add_button: "Add company",
        edits_heading: "Your edits",
        edits_none: "No edits yet.",
        undo: "Undo",
        download: "Download the edits",
        download_hint: "Your edits also go into the library file with “Export my library”; a file of the edits alone is for the command line's baimo --registry.",
        stale: "Not applied:",
        describe: describe_en,
        saved: |what| format!("Saved: {what}"),
        undone: "Undone.",
        not_kept: "The browser did not keep this edit; the registry has not changed:",
        loading: "Reading your edits…",
        unavailable: "This browser cannot keep data, so edits cannot be kept.",
        counting: "Mention counts show once the analysis is ready.",
    },
};

fn describe_zh(edit: &Edit) -> String {
    match edit {
        Edit::Add { id, hans, .. } => format!("添加公司“{hans}”（{id}）"),
        Edit::Alias { company, name } => format!("给 {company} 添加别名“{name}”"),
        Edit::Rename {
            company, hans, en, ..
        } => format!("把 {company} 改名为“{}”", new_names(hans, en)),
        Edit::Merge { from, into } => format!("把 {from} 合并到 {into}"),
        Edit::Hide { company } => format!("隐藏 {company}"),
        Edit::Confirm { discovered, id, .. } => format!("确认“{discovered}”为公司 {id}"),
    }
}

fn describe_en(edit: &Edit) -> String {
    match edit {
        Edit::Add { id, hans, .. } => format!("Added the company “{hans}” ({id})"),
        Edit::Alias { company, name } => format!("Added the alias “{name}” to {company}"),
        Edit::Rename {
            company, hans, en, ..
        } => format!("Renamed {company} “{}”", new_names(hans, en)),
        Edit::Merge { from, into } => format!("Merged {from} into {into}"),
        Edit::Hide { company } => format!("Hid {company}"),
        Edit::Confirm { discovered, id, .. } => {
            format!("Confirmed “{discovered}” as the company {id}")
        }
    }
}

fn new_names(hans: &Option<String>, en: &Option<String>) -> String {
    [hans, en]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A curation error in `lang` (the core says it in both).
pub fn curation_error(e: &baimo_core::curation::CurationError, lang: Lang) -> String {
    match lang {
        Lang::Zh => e.zh(),
        Lang::En => e.en(),
    }
}

/// Why the browser did not keep an edit, in `lang`.
pub fn storage_reason(e: &crate::library::store::StorageError, lang: Lang) -> String {
    match lang {
        Lang::Zh => super::import::storage_reason_zh(e),
        Lang::En => super::import::storage_reason_en(e),
    }
}
