//! Strings of the update prompt and of the panel shown after a crash.

use super::Tr;

/// The update prompt's and the crash panel's labels.
pub struct Texts {
    /// The prompt: a new version of the site is installed and waiting.
    pub update_ready: &'static str,
    /// Its button, which switches to the new version and reloads.
    pub update_reload: &'static str,
    /// The crash panel (shown in both languages at once: the app can no longer switch).
    pub crash_heading: &'static str,
    /// What happened and what to do.
    pub crash_detail: &'static str,
    /// Nothing of the reader's is lost.
    pub crash_kept: &'static str,
    /// The reload button.
    pub crash_reload: &'static str,
    /// The summary of the technical details (the panic message).
    pub crash_details: &'static str,
}

/// Both languages.
pub static OFFLINE: Tr<Texts> = Tr {
    zh: Texts {
        update_ready: "有新版本",
        update_reload: "重新加载",
        crash_heading: "出错了",
        crash_detail: "百模遇到一个意外错误，这个页面已停止工作。重新加载页面即可继续。",
        crash_kept: "你导入的文章仍保存在这个浏览器中。",
        crash_reload: "重新加载",
        crash_details: "技术细节",
    },
    en: Texts {
        update_ready: "A new version is ready",
        update_reload: "Reload",
        crash_heading: "Something went wrong",
        crash_detail: "baimo hit an unexpected error and this page has stopped working. Reload the page to carry on.",
        crash_kept: "Your imported articles are kept in this browser.",
        crash_reload: "Reload",
        crash_details: "Technical details",
    },
};
