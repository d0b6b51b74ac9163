//! Leftover HTML fragments: tags and character entities that slipped through a scrape.

use regex::Regex;
use std::sync::OnceLock;

fn tag() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // An opening, closing or self-closing tag with a known-looking name, or an HTML comment.
    // Also a closing tag whose `<` was lost to an encoding error (`做?!?/p>`).
    RE.get_or_init(|| {
        Regex::new(r"(?is)<!--.*?-->|</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>|\?/(?:p|div|span|a|li|td|tr|h[1-6]|strong|em|b|i)>")
            .expect("valid regex")
    })
}

fn entity() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});").expect("valid regex")
    })
}

/// Removes tags and decodes entities; returns the line and how many fragments were found.
pub fn strip_fragments(line: &str) -> (String, usize) {
    if !line.contains(['<', '>', '&']) {
        return (line.to_owned(), 0);
    }
    let mut n = 0;
    let no_tags = tag().replace_all(line, |_: &regex::Captures| {
        n += 1;
        ""
    });
    let decoded = entity().replace_all(&no_tags, |c: &regex::Captures| {
        let e = &c[0];
        match decode(e) {
            Some(s) => {
                n += 1;
                s
            }
            None => e.to_owned(),
        }
    });
    (decoded.into_owned(), n)
}

fn decode(entity: &str) -> Option<String> {
    let body = &entity[1..entity.len() - 1];
    let named = match body {
        "nbsp" | "ensp" | "emsp" => Some(' '),
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "ldquo" => Some('“'),
        "rdquo" => Some('”'),
        "mdash" => Some('—'),
        "hellip" => Some('…'),
        "middot" => Some('·'),
        _ => None,
    };
    if let Some(c) = named {
        return Some(c.to_string());
    }
    let code = if let Some(hex) = body.strip_prefix("#x") {
        u32::from_str_radix(hex, 16).ok()?
    } else {
        body.strip_prefix('#')?.parse().ok()?
    };
    // A line break or other control char must not enter a line (it would split the
    // paragraph, or leave an invisible char): a space for the white ones, nothing otherwise.
    char::from_u32(code).map(|c| match c {
        c if c.is_control() && c.is_whitespace() => " ".to_owned(),
        c if c.is_control() => String::new(),
        c => c.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_decodes_entities() {
        let (s, n) = strip_fragments("<p>亚马逊&nbsp;投资<br/>Anthropic</p>&#20013;&amp;");
        assert_eq!(s, "亚马逊 投资Anthropic中&");
        assert_eq!(n, 6);
    }

    #[test]
    fn leaves_plain_comparisons_and_unknown_entities() {
        assert_eq!(
            strip_fragments("估值 < 100亿 & 收入 > 1亿").0,
            "估值 < 100亿 & 收入 > 1亿"
        );
        assert_eq!(strip_fragments("&bogus; 文本").0, "&bogus; 文本");
        assert_eq!(strip_fragments("纯文本").1, 0);
    }

    #[test]
    fn control_char_entities_never_break_or_blank_a_line() {
        // Found by the `clean` fuzz target: `&#10;` decoded to a line break inside a paragraph.
        assert_eq!(
            strip_fragments("亚马逊&#10;&#x0D;投资&#0;&#x9F;。"),
            ("亚马逊  投资。".to_owned(), 4)
        );
        assert_eq!(
            crate::clean::clean("亚马逊&#10;&#10;投资", "").text,
            "亚马逊  投资\n"
        );
    }

    #[test]
    fn strips_a_closing_tag_that_lost_its_bracket() {
        assert_eq!(
            strip_fragments("很多工作要做?!?/p>"),
            ("很多工作要做?!".to_owned(), 1)
        );
    }

    #[test]
    fn strips_comments_and_attributes() {
        let (s, _) =
            strip_fragments(r#"<!-- ad --><span class="x" style="display:none">正文</span>"#);
        assert_eq!(s, "正文");
    }
}
