//! Chinese numerals, as dates and money write them: single digits ([`han_digit`]), small
//! numbers for months and days ([`parse_small_number`]), years written digit by digit
//! ([`parse_han_year`]) and amounts with units ([`chinese_value`]).
//!
//! Zero is the one char whose reading depends on the place: in a year (二〇二三) it is a digit,
//! inside an amount (一百零五) it only fills a gap, and alone before a unit it is no number.

/// The value of a Chinese digit from 一 to 九 (两 is 2). Zero (〇, 零) is left to the caller:
/// in a year it is a digit, inside an amount it only fills a gap (一百零五).
pub fn han_digit(c: char) -> Option<u32> {
    match c {
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

/// A zero written as a digit: 〇, 零, or the circle ○ that stands in for 〇.
fn is_zero_digit(c: char) -> bool {
    matches!(c, '〇' | '零' | '○')
}

/// Parses Arabic digits, or a Chinese numeral up to 99 (十二, 二十五, 两): a month or a day.
pub fn parse_small_number(s: &str) -> Option<u32> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let digit = |c: char| {
        if is_zero_digit(c) {
            Some(0)
        } else {
            han_digit(c)
        }
    };
    let cs: Vec<char> = s.chars().collect();
    match cs.iter().position(|&c| c == '十') {
        Some(i) => {
            let tens = match &cs[..i] {
                [] => 1,
                [t] => digit(*t)?,
                _ => return None,
            };
            let units = match &cs[i + 1..] {
                [] => 0,
                [u] => digit(*u)?,
                _ => return None,
            };
            Some(tens * 10 + units)
        }
        None => match cs.as_slice() {
            [c] => digit(*c),
            _ => None,
        },
    }
}

/// A year written digit by digit in Chinese (二〇二三 → 2023).
pub fn parse_han_year(s: &str) -> Option<i32> {
    s.chars().try_fold(0i32, |acc, c| {
        let d = if is_zero_digit(c) {
            0
        } else {
            i32::try_from(parse_small_number(c.encode_utf8(&mut [0; 4]))?).ok()?
        };
        Some(acc * 10 + d)
    })
}

/// The value of a simple Chinese numeral with units (十亿, 两百亿, 七万亿, 一亿五千万, 一百零五).
/// `None` for what is no single number: two digits in a row (二三十, an estimate), a unit with
/// nothing to multiply (万 alone), or overflow.
pub fn chinese_value(s: &[char]) -> Option<u128> {
    let (mut total, mut section, mut number) = (0u128, 0u128, 0u128);
    let mut last_digit = false;
    let mut after_unit = false;
    for &ch in s {
        let digit = han_digit(ch).map(u128::from);
        if let Some(d) = digit {
            // 二三十 (twenty or thirty) is an estimate, not a number.
            if last_digit {
                return None;
            }
            number = d;
            last_digit = true;
            continue;
        }
        last_digit = false;
        match ch {
            // 零 only fills a gap after a unit (一百零五); 二〇二三 is a year.
            '零' | '〇' if after_unit => {}
            '十' | '百' | '千' => {
                let unit: u128 = match ch {
                    '十' => 10,
                    '百' => 100,
                    _ => 1000,
                };
                section = section.checked_add(number.max(1).checked_mul(unit)?)?;
                number = 0;
            }
            '万' => {
                let base = section.checked_add(number)?;
                if base == 0 {
                    return None;
                }
                section = base.checked_mul(10_000)?;
                number = 0;
            }
            '亿' | '兆' => {
                let unit: u128 = if ch == '亿' {
                    100_000_000
                } else {
                    1_000_000_000_000
                };
                let base = total.checked_add(section)?.checked_add(number)?;
                if base == 0 {
                    return None;
                }
                total = base.checked_mul(unit)?;
                section = 0;
                number = 0;
            }
            _ => return None,
        }
        after_unit = true;
    }
    let v = total.checked_add(section)?.checked_add(number)?;
    (v > 0).then_some(v)
}

/// The power of ten of the unit chars a Chinese numeral ends with (五千万 → 7), which the
/// low end of a range shares (三至五千万 → 三千万).
pub fn trailing_unit_exp(s: &[char]) -> i32 {
    s.iter()
        .rev()
        .take_while(|ch| "十百千万亿兆".contains(**ch))
        .map(|ch| match ch {
            '十' => 1,
            '百' => 2,
            '千' => 3,
            '万' => 4,
            '亿' => 8,
            _ => 12,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits() {
        let table = [
            ('一', Some(1)),
            ('二', Some(2)),
            ('两', Some(2)),
            ('五', Some(5)),
            ('九', Some(9)),
            ('零', None),
            ('〇', None),
            ('十', None),
            ('7', None),
        ];
        for (c, want) in table {
            assert_eq!(han_digit(c), want, "{c}");
        }
    }

    #[test]
    fn small_numbers() {
        let table = [
            ("12", Some(12)),
            ("007", Some(7)),
            ("", None),
            ("两", Some(2)),
            ("〇", Some(0)),
            ("十", Some(10)),
            ("十二", Some(12)),
            ("二十", Some(20)),
            ("二十五", Some(25)),
            ("三十一", Some(31)),
            ("一二", None),
            ("二十五六", None),
            ("十十", None),
            ("百", None),
        ];
        for (s, want) in table {
            assert_eq!(parse_small_number(s), want, "{s}");
        }
    }

    #[test]
    fn years_digit_by_digit() {
        let table = [
            ("二〇二三", Some(2023)),
            ("二零二四", Some(2024)),
            ("一九九○", Some(1990)),
            ("二〇二x", None),
        ];
        for (s, want) in table {
            assert_eq!(parse_han_year(s), want, "{s}");
        }
    }

    #[test]
    fn values_with_units() {
        let table: [(&str, Option<u128>, i32); 11] = [
            ("十", Some(10), 1),
            ("三", Some(3), 0),
            ("十亿", Some(1_000_000_000), 9),
            ("两百亿", Some(20_000_000_000), 10),
            ("七万亿", Some(7_000_000_000_000), 12),
            ("五千万", Some(50_000_000), 7),
            ("一亿五千万", Some(150_000_000), 7),
            ("一百零五", Some(105), 0),
            ("二三十", None, 1),
            ("万", None, 4),
            ("二〇二三", None, 0),
        ];
        for (s, value, exp) in table {
            let chars: Vec<char> = s.chars().collect();
            assert_eq!(chinese_value(&chars), value, "{s}");
            assert_eq!(trailing_unit_exp(&chars), exp, "{s}");
        }
        assert_eq!(chinese_value(&[]), None);
    }
}
