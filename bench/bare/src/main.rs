//! A bare Leptos 0.8 CSR page: one component, one paragraph of text. `cargo xtask bench`
//! times navigation → this paragraph on screen as the floor for the site's first text.

use leptos::prelude::*;

/// The page: a heading and a paragraph of Chinese text, about as long as an article's first.
#[component]
fn App() -> impl IntoView {
    view! {
        <main>
            <h1>"百模大战"</h1>
            <p class="bare">
                "9月25日，亚马逊宣布向大模型公司Anthropic投资至多40亿美元，双方将共同开发可靠、"
                "高性能的基础模型。此前，微软已向OpenAI累计投资超过100亿美元，谷歌也向Anthropic"
                "投资了20亿美元。国内方面，百度、阿里、腾讯、华为等公司纷纷推出自己的大模型，"
                "一场“百模大战”正在上演。"
            </p>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
