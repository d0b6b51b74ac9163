//! `html`: `import::html::to_text`, twice per input.
//!
//! 1. On the input as it is (any text): the result is lines of text, trimmed, with no NUL.
//! 2. On a page built from the input: the input's `|`-separated pieces alternate between
//!    text (escaped as a page would: `&`, `<`, `>`) and a tag picked from [`TAGS`] by the
//!    piece's first char. Every tag hides a marker char in its code, attributes or comment.
//!    The page shows exactly its text, so: no marker and no `<`/`>` the text did not have
//!    reach the result, and its visible chars are the text's, in order.
#![no_main]

use baimo_core::import::html::to_text;
use libfuzzer_sys::fuzz_target;

/// A char that only [`TAGS`] contain (private use): its presence in the result means code, an
/// attribute or a comment leaked into the text.
const MARK: char = '\u{E000}';

/// Markup a hostile or ordinary page may hold; `\u{E000}` is [`MARK`].
const TAGS: &[&str] = &[
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    "<b>",
    "</b>",
    "<div class=\"a>\u{E000}\">",
    "</div>",
    "<h1 title='\u{E000}>'>",
    "</h1>",
    "<script>alert('\u{E000}')</script>",
    "<script type=\"text/javascript\">var s = \"</p>\u{E000}<p>\";</script >",
    "<SCRIPT SRC=\u{E000}.js></SCRIPT>",
    "<style>p{content:'\u{E000}'}</style>",
    "<img src=x onerror=\"alert('\u{E000}')\">",
    "<img src=\"\u{E000}.png\"/>",
    "<a href=\"javascript:alert('\u{E000}')\">",
    "</a>",
    "<!-- \u{E000} <p>no</p> -->",
    "<![CDATA[\u{E000}]]>",
    "<!doctype html>",
    "<?xml version=\"1.0\" encoding=\"\u{E000}\"?>",
    "<iframe src=\"\u{E000}\"></iframe>",
    "<noscript>\u{E000}</noscript>",
    "<nav><a href=/>\u{E000}</a></nav>",
    "<form><input value=\"\u{E000}\"><button>\u{E000}</button></form>",
    "<head><title>\u{E000}</title><meta charset=\u{E000}></head>",
    "<svg><script>\u{E000}</script></svg>",
    "<td>",
    "<li>",
    "<span style=\"display:none\u{E000}\">",
    "</span>",
];

fuzz_target!(|data: &[u8]| {
    let input = baimo_fuzz::text(data);
    check_lines(&to_text(&input));

    let (page, shown) = page(&input);
    let text = to_text(&page);
    check_lines(&text);
    assert!(
        !text.contains(MARK),
        "markup leaked into the text: {text:?} from {page:?}"
    );
    for c in ['<', '>'] {
        let (had, got) = (count(&shown, c), count(&text, c));
        assert!(
            got <= had,
            "{got} {c:?} in the text, {had} in the page's text: {page:?}"
        );
    }
    let visible = |s: &str| -> String {
        s.chars()
            .filter(|&c| !c.is_whitespace() && c != '\0')
            .collect()
    };
    assert_eq!(visible(&text), visible(&shown), "page {page:?}");
});

/// What holds for any result: lines of text, each trimmed and not blank, and no NUL.
fn check_lines(text: &str) {
    assert!(!text.contains('\0'), "NUL in {text:?}");
    for line in text.split('\n') {
        assert!(
            !line.trim().is_empty() || text.is_empty(),
            "blank line in {text:?}"
        );
        assert_eq!(line.trim(), line, "untrimmed line in {text:?}");
    }
}

/// The page built from `input` (see the module doc) and the text it shows.
fn page(input: &str) -> (String, String) {
    let (mut page, mut shown) = (String::new(), String::new());
    for (i, piece) in input.split('|').enumerate() {
        if i % 2 == 1 {
            let pick = piece.chars().next().map_or(0, |c| c as usize) % TAGS.len();
            page.push_str(TAGS[pick]);
            continue;
        }
        for c in piece.chars().filter(|&c| c != MARK) {
            match c {
                '&' => page.push_str("&amp;"),
                '<' => page.push_str("&lt;"),
                '>' => page.push_str("&gt;"),
                c => page.push(c),
            }
            shown.push(c);
        }
    }
    (page, shown)
}

fn count(s: &str, c: char) -> usize {
    s.chars().filter(|&x| x == c).count()
}
