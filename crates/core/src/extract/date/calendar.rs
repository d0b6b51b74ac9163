//! Calendar arithmetic: days per month, leap years, and day numbers to count days between
//! dates (proleptic Gregorian).

/// Days from 1970-01-01 to the given (proleptic Gregorian) date, negative before it.
/// Subtract two of these to get the days between dates. Expects a valid date; other input
/// gives a meaningless number but never panics.
pub fn day_number(y: i32, m: u32, d: u32) -> i64 {
    // Howard Hinnant's days_from_civil, in i64 so no input can overflow.
    let (m, d) = (i64::from(m), i64::from(d));
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9).rem_euclid(12);
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Whether `y` is a leap year.
fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` of year `y`; 0 for a month outside 1–12, so every day fails validation.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}
