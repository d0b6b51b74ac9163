//! Punctuation flattened to ASCII by the scraper (`300億,亞馬遜`, `蘋果:憑借`, `(約合…)`):
//! inside Chinese text it is restored to full width (`，` `：` `；` `？` `！` `（）`), which is
//! how the pages printed it and how Chinese readers expect it. Latin and numeric contexts keep
//! ASCII: `1,000`, `09:07`, `ID:hkguruclub`, `(ID:DsstCapital)`.
//!
//! One char becomes one char, so offsets stay aligned with what other rules computed.

use crate::normalize::is_han;

/// True for characters that make the surrounding punctuation Chinese: Han characters and
/// full-width punctuation.
fn chinese(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        is_han(c) || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF) || "“”‘’—…".contains(c)
    })
}

/// Restores full-width punctuation in Chinese context; returns the text and how many marks changed.
pub fn restore(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = chars.clone();
    let mut n = 0;
    for i in 0..chars.len() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let wide = match chars[i] {
            // A separator between two digits is a number's (1,000 / 09:07).
            ',' if !(digit(prev) && digit(next)) && (chinese(prev) || chinese(next)) => Some('，'),
            ';' if chinese(prev) || chinese(next) => Some('；'),
            ':' if chinese(prev) && !digit(next) => Some('：'),
            '?' if chinese(prev) => Some('？'),
            '!' if chinese(prev) => Some('！'),
            '(' => matching_close(&chars, i)
                .filter(|&j| chars[i + 1..j].iter().any(|&c| is_han(c)))
                .map(|j| {
                    if out[j] == ')' {
                        out[j] = '）';
                        n += 1;
                    }
                    '（'
                }),
            _ => None,
        };
        if let Some(w) = wide {
            out[i] = w;
            n += 1;
        }
    }
    (out.into_iter().collect(), n)
}

/// The `)` that closes the `(` at `open`, if any (nesting respected).
fn matching_close(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restores_chinese_punctuation() {
        assert_eq!(
            restore("300億,亞馬遜祭出"),
            ("300億，亞馬遜祭出".to_owned(), 1)
        );
        assert_eq!(
            restore("蘋果:憑借龐大的群體;但是呢?好!").0,
            "蘋果：憑借龐大的群體；但是呢？好！"
        );
        assert_eq!(
            restore("投資了40億美元(約合292.34億元人民幣)。").0,
            "投資了40億美元（約合292.34億元人民幣）。"
        );
        assert_eq!(restore("GPT-3.5,位列第三").0, "GPT-3.5，位列第三");
    }

    #[test]
    fn keeps_latin_and_numeric_punctuation() {
        for s in [
            "1,000 家",
            "发表于 2023-8-8 09:07",
            "格隆汇APP (ID:hkguruclub),作者",
            "Hello, world!",
            "(AI)",
            "Powered by Discuz!",
        ] {
            let (out, _) = restore(s);
            assert!(
                !out.contains(['（', '）', '：']) || s.contains("作者"),
                "{s} → {out}"
            );
        }
        assert_eq!(
            restore("格隆汇APP (ID:hkguruclub),作者").0,
            "格隆汇APP (ID:hkguruclub)，作者"
        );
        assert_eq!(restore("1,000").0, "1,000");
    }

    #[test]
    fn one_char_for_one_char() {
        let s = "他說:(見圖),然後?";
        assert_eq!(restore(s).0.chars().count(), s.chars().count());
    }
}
