//! Words and chars around a match that decide what it means: Chinese numerals glued to it,
//! plausible years, month and year parts (初, 中, 底…), and future cues (将, 计划…).

use super::Part;

/// Chars of a Chinese numeral: one of them glued before a match makes it part of a number.
const HAN_DIGITS: &str = "〇零○一二三四五六七八九十两百千万";

/// A Han char, 〇 included.
pub(super) fn is_han(c: char) -> bool {
    c == '〇' || crate::normalize::is_han(c)
}

/// Whether `c` belongs to a Chinese numeral (digits, 十百千万, zeros).
pub(super) fn is_han_digit(c: char) -> bool {
    HAN_DIGITS.contains(c)
}

/// Whether `y` may be a year a news article names, not some other four digits.
pub(super) fn plausible_year(y: i32) -> bool {
    (1900..=2100).contains(&y)
}

/// Whether a month/year part (初, 中, 底…) followed by `next` really is one: 月中 before a Han
/// char is usually 月 + a word (9月中国), 初 starts words (初步, 初次).
pub(super) fn part_of(mp: &str, next: Option<char>) -> Option<Part> {
    match mp {
        "上旬" => Some(Part::Early),
        "中旬" => Some(Part::Mid),
        "下旬" | "底" | "末" => Some(Part::Late),
        "初" if !next.is_some_and(|n| "步次创版级审选稿赛心衷始期".contains(n)) => {
            Some(Part::Early)
        }
        "中" if !next.is_some_and(|n| is_han(n) && !"时期".contains(n)) => Some(Part::Mid),
        _ => None,
    }
}

/// Whether the sentence speaks of the future, so a later month is this year's, not last year's.
pub(super) fn speaks_of_future(chars: &[char]) -> bool {
    const CUES: [&str; 18] = [
        "将会",
        "即将",
        "计划",
        "预计",
        "有望",
        "准备",
        "打算",
        "预期",
        "明年",
        "届时",
        "将于",
        "预定",
        "定于",
        "未来",
        "下个月",
        "拟于",
        "接下来",
        "今后",
    ];
    let s: String = chars.iter().collect();
    if CUES.iter().any(|c| s.contains(c)) {
        return true;
    }
    chars.iter().enumerate().any(|(i, &c)| {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        match c {
            // 将 also marks an object (将其加入, 将 Copilot 的价格设定, "put it…") or means
            // "nearly" (将近); the future 将 comes before a verb or adverb.
            '将' => chars[i + 1..]
                .iter()
                .find(|n| !n.is_whitespace())
                .is_some_and(|&n| is_han(n) && !"其之它他她近军领士".contains(n)),
            // 拟 also sits in 模拟, 虚拟 (simulate, virtual).
            '拟' => {
                !prev.is_some_and(|p| "模虚草比".contains(p))
                    && !next.is_some_and(|n| "人合真态".contains(n))
            }
            _ => false,
        }
    })
}
