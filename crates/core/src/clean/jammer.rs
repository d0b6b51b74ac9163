//! Forum anti-scrape strings ("jammers"): Discuz-style forums hide runs of random ASCII in
//! every line (`( e* H8 f6 L1 b' Q! T3`) that a scraper then prints. They come at the start
//! of a line (ended by the line's own two-space indent), at its end, or as a line of their own.
//!
//! A jammer is a run of at least [`MIN_TOKENS`] space-separated ASCII tokens, each at most two
//! characters, several of them holding punctuation. Real text does not look like that:
//! English words are longer, and short Latin tokens (`L1`, `X 轴`) come between Han characters.

/// Fewest tokens a run needs to count as a jammer.
pub const MIN_TOKENS: usize = 3;

/// Removes jammer runs from one line; returns the line and how many runs were removed.
pub fn strip(line: &str) -> (String, usize) {
    let mut n = 0;
    let mut rest = line.trim_start_matches([' ', '\t', '\u{3000}']);

    // Leading jammers end at a double space (the indent of the real text that follows);
    // a line can carry two in a row.
    while let Some(after) = strip_leading(rest) {
        rest = after;
        n += 1;
    }
    // Trailing jammer: inside the ASCII tail after the last non-ASCII character.
    let tail_start = rest
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let body = match trailing_cut(&rest[tail_start..]) {
        Some(cut) => {
            n += 1;
            &rest[..tail_start + cut]
        }
        None => rest,
    };
    // What is left may be a fragment too short to look like a run (`{- q`, `S`).
    if is_jammer_line(body) {
        return (String::new(), n + 1);
    }
    (body.to_owned(), n)
}

/// Where a trailing jammer starts inside an ASCII tail, if it has one.
///
/// The run may be glued to the real text's last word (`03* q: k;` after a section number):
/// then the cut falls inside that word, after its letters and digits.
fn trailing_cut(tail: &str) -> Option<usize> {
    let tokens: Vec<(usize, &str)> = tail
        .split(' ')
        .scan(0, |pos, t| {
            let start = *pos;
            *pos += t.len() + 1;
            Some((start, t))
        })
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let k = (0..tokens.len()).find(|&k| looks_like_jammer(&tail[tokens[k].0..]))?;
    if k > 0 {
        let (start, word) = tokens[k - 1];
        // Glued after a clause mark (`2.8%;8`): text never runs on past `;` without a space.
        if let Some(p) = word.rfind([';', ',']) {
            if (1..=2).contains(&(word.len() - p - 1)) {
                return Some(start + p + 1);
            }
        }
        // Glued punctuation after a word or number (`03*`).
        let keep = word
            .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
            .len();
        let glued = &word[keep..];
        if keep > 0 && !glued.is_empty() && glued.len() <= 2 {
            return Some(start + keep);
        }
    }
    Some(tokens[k].0)
}

/// If `s` starts with a jammer ended by a double space, returns what follows it.
fn strip_leading(s: &str) -> Option<&str> {
    let ascii_prefix_end = s.find(|c: char| !c.is_ascii()).unwrap_or(s.len());
    // Try the longest prefix first: the last double space inside the ASCII prefix.
    let prefix = &s[..ascii_prefix_end];
    let mut cut = prefix.rfind("  ");
    while let Some(i) = cut {
        if looks_like_jammer(&s[..i]) {
            let after = s[i..].trim_start_matches(' ');
            return (!after.is_empty()).then_some(after);
        }
        cut = s[..i].rfind("  ");
    }
    None
}

/// True when `s` is a run of at least [`MIN_TOKENS`] ASCII tokens of at most two characters.
pub fn looks_like_jammer(s: &str) -> bool {
    let tokens: Vec<&str> = s.split_whitespace().collect();
    tokens.len() >= MIN_TOKENS && s.is_ascii() && tokens.iter().all(|t| t.len() <= 2)
}

/// True when a whole line is a jammer fragment: only short ASCII tokens, however few.
/// A bare number of two or more digits is kept: it is a section heading (`01`) or a year.
pub fn is_jammer_line(line: &str) -> bool {
    let line = line.trim();
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let number = line.len() >= 2 && line.bytes().all(|b| b.is_ascii_digit());
    !tokens.is_empty() && line.is_ascii() && tokens.iter().all(|t| t.len() <= 2) && !number
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_a_line_of_jammer() {
        assert_eq!(
            strip("( e* H8 f6 L1 b' Q! T3 t5 h  d& A! Y8 f! ]$ D5 K% M6 i"),
            (String::new(), 2)
        );
        assert_eq!(strip("+ b* G& N* [9 {2 ]"), (String::new(), 1));
        assert_eq!(strip("( n3 W9 n  b6 V").0, "");
        for short in ["{- q", "S", "1 D7", "O\" S", "|"] {
            assert_eq!(strip(short).0, "", "{short}");
        }
    }

    #[test]
    fn removes_leading_and_trailing_jammer() {
        assert_eq!(
            strip("0 H/ V/ \\6 _* x( i% m* H  技术商业快速变化的半年来。2 O8 }( [5 N+ U9"),
            ("技术商业快速变化的半年来。".to_owned(), 2)
        );
        assert_eq!(
            strip("  回看历史总是充满戏剧性。' Y* [- h& v' q5 ]"),
            ("回看历史总是充满戏剧性。".to_owned(), 1)
        );
    }

    #[test]
    fn keeps_a_short_heading_after_a_jammer() {
        assert_eq!(strip("  _, A& d& U: M. B/ v0 g  01"), ("01".to_owned(), 1));
    }

    #[test]
    fn splits_a_jammer_glued_to_a_heading() {
        assert_eq!(strip("  03* q: k; h6 }1 k8 G"), ("03".to_owned(), 1));
        assert_eq!(
            strip("! \\! t. v$ d5 P5 J% V2 ]+ I, F  05! [6 E; @& N1 C4 p3 k& l7"),
            ("05".to_owned(), 2)
        );
        assert_eq!(
            strip("卫诗婕6 T; r% N8 E6 w) x  ?"),
            ("卫诗婕".to_owned(), 1)
        );
        assert_eq!(strip("仅有 2.8%;8 @5 u3 l; g7 p/ Q. z;").0, "仅有 2.8%;");
    }

    #[test]
    fn keeps_text_that_starts_with_latin() {
        assert_eq!(strip("% Y5 D# ^& s$  OpenAI 在做什么").0, "OpenAI 在做什么");
        assert_eq!(
            strip("4 a1 F5 D: ^( X5 t4 f8 x  而做 toC 呢?").0,
            "而做 toC 呢?"
        );
        assert_eq!(
            strip("9 r4 M1 q( C- G9 x8 D  s  Hugging Face 的负责人").0,
            "Hugging Face 的负责人"
        );
    }

    #[test]
    fn leaves_real_text_alone() {
        for s in [
            "  2021 年 5 月,谷歌 I/O 大会",
            "从 L1 到 L2 的阶段",
            "以服务对象多少为纵轴(Y 轴)",
            "De Freitas 、Shazeer 因此萌生去意",
            "GPT-3.5 甚至 4.0 的水平",
            "AI + 专项行动",
            "01",
            "2024",
            "Scale AI",
        ] {
            assert_eq!(strip(s), (s.trim_start().to_owned(), 0), "{s}");
        }
    }
}
