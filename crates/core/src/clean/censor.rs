//! Censoring marks: sites replace sensitive words with `*`. The gap is kept visible as
//! [`GAP`] (one mark per censored word) rather than deleted, which would glue the
//! neighbouring words into a false one.

use super::GAP;

/// Replaces each run of `*` (ASCII or full-width) with one [`GAP`]; returns the text and the count.
pub fn mark_gaps(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut n = 0;
    let mut in_run = false;
    for c in text.chars() {
        if c == '*' || c == '＊' {
            if !in_run {
                out.push(GAP);
                n += 1;
            }
            in_run = true;
        } else {
            out.push(c);
            in_run = false;
        }
    }
    (out, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_each_censored_word_once() {
        assert_eq!(
            mark_gaps("OpenAI 的*技术人才"),
            ("OpenAI 的□技术人才".to_owned(), 1)
        );
        assert_eq!(
            mark_gaps("最**的公司,持续＊吗"),
            ("最□的公司,持续□吗".to_owned(), 2)
        );
        assert_eq!(mark_gaps("没有删改"), ("没有删改".to_owned(), 0));
    }
}
