//! Why a load failed ([`LoadError`]), in the reader's language: the reason that follows
//! "分析失败：" and the like. The files' own details (a parser's message, a browser's
//! exception) stay as they came.

use super::Tr;
use crate::load_error::LoadError;
use baimo_core::bundled::BundledError;
use baimo_core::corpus::{ManifestError, RawFilesError};
use baimo_core::registry::{AliasAt, RegistryError};

/// Load failures in one language.
pub struct Texts {
    /// Why the segmenter or the analysis could not be loaded.
    pub reason: fn(&LoadError) -> String,
    /// Why the bundled articles could not be read.
    pub bundled: fn(&BundledError) -> String,
    /// The analysis worker's cache of analysed articles is full.
    pub cache_full: &'static str,
}

/// Load failures in both languages.
pub static LOAD: Tr<Texts> = Tr {
    zh: Texts {
        reason: reason_zh,
        bundled: bundled_zh,
        cache_full: "浏览器给这个网站的存储空间已满，分析结果无法保存：文章都在，但每次打开都要重新分析。删除一些文章或清理网站数据可腾出空间。",
    },
    en: Texts {
        reason: reason_en,
        bundled: bundled_en,
        cache_full: "The browser's storage for this site is full, so the analysis could not be kept: every article is still here, but each visit analyses them again. Removing some articles or clearing site data makes room.",
    },
};

fn reason_zh(e: &LoadError) -> String {
    match e {
        LoadError::NoWindow => "页面环境不完整，无法下载分词词典。".to_owned(),
        LoadError::DictionaryUnreachable { url, reason } => {
            format!("无法下载分词词典 {url}（{reason}）。请检查网络连接后重新载入页面。")
        }
        LoadError::DictionaryStatus { url, status } => {
            format!("下载分词词典 {url} 时，服务器回应 HTTP {status}。")
        }
        LoadError::DictionaryUnreadable { url, reason } => {
            format!("分词词典 {url} 已下载，但无法读取（{reason}）。")
        }
        LoadError::DictionaryDamaged(e) => format!("分词词典文件已损坏（{e}）。"),
        LoadError::Segmenter(e) => format!("无法建立分词器（{e}）。"),
        LoadError::Registry(e) => format!(
            "内置的公司名录无法读取：{}。这是本版程序的缺陷，请报告。",
            registry_zh(e)
        ),
        LoadError::Bundled(e) => bundled_zh(e),
        LoadError::NotBuilt => "分词器尚未就绪。".to_owned(),
        LoadError::Worker(reason) => {
            format!("后台分析程序已停止（{reason}）。已显示的内容保留不变；请重新载入页面再试。")
        }
        LoadError::InWorker { zh, .. } => zh.clone(),
    }
}

fn reason_en(e: &LoadError) -> String {
    match e {
        LoadError::NoWindow => "the page has no window to download the word dictionary with.".to_owned(),
        LoadError::DictionaryUnreachable { url, reason } => format!(
            "the word dictionary {url} could not be downloaded ({reason}). Check the connection and reload the page."
        ),
        LoadError::DictionaryStatus { url, status } => {
            format!("the server answered HTTP {status} for the word dictionary {url}.")
        }
        LoadError::DictionaryUnreadable { url, reason } => {
            format!("the word dictionary {url} arrived but could not be read ({reason}).")
        }
        LoadError::DictionaryDamaged(e) => format!("the word dictionary file is damaged ({e})."),
        LoadError::Segmenter(e) => format!("the segmenter could not be built ({e})."),
        LoadError::Registry(e) => format!(
            "the bundled company registry does not read: {}. This is a bug in this version; please report it.",
            registry_en(e)
        ),
        LoadError::Bundled(e) => bundled_en(e),
        LoadError::NotBuilt => "the segmenter is not ready yet.".to_owned(),
        LoadError::Worker(reason) => format!(
            "the background analysis stopped ({reason}). What is on screen stays; reload the page to try again."
        ),
        LoadError::InWorker { en, .. } => en.clone(),
    }
}

fn bundled_zh(e: &BundledError) -> String {
    let what = match e {
        BundledError::Manifest(e) => manifest_zh(e),
        BundledError::RawFiles(RawFilesError::Unlisted(file)) => {
            format!("原始文件 corpus/raw/{file} 在清单中没有条目")
        }
        BundledError::RawFiles(RawFilesError::Missing(id)) => {
            format!("清单列出了 {id}，但 corpus/raw 中没有这个文件")
        }
    };
    format!("内置文章库无法读取：{what}。这是本版程序的缺陷，请报告。")
}

fn bundled_en(e: &BundledError) -> String {
    let what = match e {
        BundledError::Manifest(e) => manifest_en(e),
        BundledError::RawFiles(e) => e.to_string(),
    };
    format!("the bundled articles do not read: {what}. This is a bug in this version; please report it.")
}

fn manifest_zh(e: &ManifestError) -> String {
    match e {
        ManifestError::Syntax(e) => format!("清单格式有误（{e}）"),
        ManifestError::DuplicateId(id) => format!("清单中编号 {id} 出现了两次"),
        ManifestError::BadDate { id, date } => {
            format!("清单中 {id} 的日期「{date}」不是 YYYY、YYYY-MM 或 YYYY-MM-DD")
        }
        ManifestError::BadWrittenDate { id, date } => {
            format!("清单中 {id} 的写作日期「{date}」不是 YYYY、YYYY-MM 或 YYYY-MM-DD")
        }
    }
}

fn manifest_en(e: &ManifestError) -> String {
    match e {
        ManifestError::Syntax(e) => format!("the manifest is malformed ({e})"),
        ManifestError::DuplicateId(id) => format!("the manifest lists {id} twice"),
        ManifestError::BadDate { id, date } => {
            format!("the manifest dates {id} \"{date}\", which is not YYYY, YYYY-MM or YYYY-MM-DD")
        }
        ManifestError::BadWrittenDate { id, date } => format!(
            "the manifest gives {id} the written date \"{date}\", which is not YYYY, YYYY-MM or YYYY-MM-DD"
        ),
    }
}

/// "公司 apple 的别名「苹果」".
fn alias_zh(at: &AliasAt) -> String {
    format!("公司 {} 的别名「{}」", at.company, at.alias)
}

/// "the alias \"苹果\" of apple".
fn alias_en(at: &AliasAt) -> String {
    format!("the alias \"{}\" of {}", at.alias, at.company)
}

fn registry_zh(e: &RegistryError) -> String {
    match e {
        RegistryError::Syntax(e) => format!("文件格式有误（{e}）"),
        RegistryError::BadId(id) => format!("编号「{id}」不是小写 ASCII 短名"),
        RegistryError::DuplicateId(id) => format!("编号 {id} 出现了两次"),
        RegistryError::EmptyName { company } => format!("公司 {company} 有空白的名称"),
        RegistryError::NameClaimedTwice {
            name,
            first,
            second,
        } => format!("名称「{name}」同时指向 {first} 和 {second}"),
        RegistryError::BadCountry { company, country } => {
            format!("公司 {company} 的国家「{country}」不是 ISO 3166 两字母代码")
        }
        RegistryError::HantNotSameName { company, hant } => {
            format!("公司 {company} 的繁体名「{hant}」转成简体后不是它的名称")
        }
        RegistryError::BadCue { alias: None, cue } => {
            format!("共用提示词「{cue}」无效")
        }
        RegistryError::BadCue {
            alias: Some(at),
            cue,
        } => format!("{}的提示词「{cue}」无效", alias_zh(at)),
        RegistryError::CaseWithoutLatin(at) => {
            format!("{}没有拉丁字母，不能区分大小写", alias_zh(at))
        }
        RegistryError::CuesWithoutAmbiguity(at) => {
            format!("{}不是歧义名称，提示词不起作用", alias_zh(at))
        }
        RegistryError::BadStopPattern { alias, pattern } => {
            format!("{}的排除规则「{pattern}」无效", alias_zh(alias))
        }
        RegistryError::EmptyStopWord(at) => format!("{}有空白的排除词", alias_zh(at)),
    }
}

fn registry_en(e: &RegistryError) -> String {
    match e {
        RegistryError::Syntax(e) => format!("the file is malformed ({e})"),
        RegistryError::BadId(id) => format!("the id \"{id}\" is not a lowercase ASCII slug"),
        RegistryError::DuplicateId(id) => format!("the id {id} appears twice"),
        RegistryError::EmptyName { company } => format!("{company} has an empty name"),
        RegistryError::NameClaimedTwice {
            name,
            first,
            second,
        } => format!("the name \"{name}\" stands for both {first} and {second}"),
        RegistryError::BadCountry { company, country } => {
            format!("the country \"{country}\" of {company} is not an ISO 3166 alpha-2 code")
        }
        RegistryError::HantNotSameName { company, hant } => format!(
            "the traditional name \"{hant}\" of {company}, in simplified script, is none of its names"
        ),
        RegistryError::BadCue { alias: None, cue } => {
            format!("the shared cue \"{cue}\" is invalid")
        }
        RegistryError::BadCue {
            alias: Some(at),
            cue,
        } => format!("the cue \"{cue}\" of {} is invalid", alias_en(at)),
        RegistryError::CaseWithoutLatin(at) => {
            format!(
                "{} has no Latin letters, so its case cannot matter",
                alias_en(at)
            )
        }
        RegistryError::CuesWithoutAmbiguity(at) => {
            format!(
                "{} is not ambiguous, so its cues would never be read",
                alias_en(at)
            )
        }
        RegistryError::BadStopPattern { alias, pattern } => {
            format!(
                "the stop pattern \"{pattern}\" of {} is invalid",
                alias_en(alias)
            )
        }
        RegistryError::EmptyStopWord(at) => format!("{} has an empty stop word", alias_en(at)),
    }
}
