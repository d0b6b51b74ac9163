//! How much of each growing list the comparison shows: the first [`STEP`] items, and
//! [`STEP`] more each time the reader asks, per company. Kept in the URL as
//! `articles=amazon.20,openai.10` (only the lists opened further than the start), so a
//! permalink shows the same rows.

use crate::explore::params::Query;

/// Items a list shows at first, and how many more each "more" adds.
pub const STEP: usize = 5;
/// The most a URL can ask a list to show (a hand-edited `amazon.999999` stays bounded).
pub const MOST: usize = 500;

/// Items shown per list (a company id, or any key) beyond the default [`STEP`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shown(Vec<(String, usize)>);

impl Shown {
    /// Reads the `key` list of `query`: `id.count` items; bad items are dropped, counts
    /// rounded up to a whole number of steps and clamped to [`STEP`]..=[`MOST`].
    pub fn from_query(query: &Query, key: &str) -> Shown {
        let mut out: Vec<(String, usize)> = Vec::new();
        for item in query.list(key) {
            let Some((id, n)) = item.rsplit_once('.') else {
                continue;
            };
            let Ok(n) = n.parse::<usize>() else {
                continue;
            };
            let n = n.div_ceil(STEP).saturating_mul(STEP).clamp(STEP, MOST);
            if !id.is_empty() && n > STEP && !out.iter().any(|(i, _)| i == id) {
                out.push((id.to_owned(), n));
            }
        }
        Shown(out)
    }

    /// Writes the list under `key` (nothing when every list shows its default).
    pub fn to_query(&self, query: &mut Query, key: &str) {
        let items: Vec<String> = self.0.iter().map(|(id, n)| format!("{id}.{n}")).collect();
        query.set_list(key, &items);
    }

    /// How many items list `id` shows.
    pub fn of(&self, id: &str) -> usize {
        self.0
            .iter()
            .find(|(i, _)| i == id)
            .map_or(STEP, |(_, n)| *n)
    }

    /// These counts with list `id` showing [`STEP`] more.
    pub fn more(&self, id: &str) -> Shown {
        let next = (self.of(id) + STEP).min(MOST);
        let mut out = self.without(id);
        out.0.push((id.to_owned(), next));
        out
    }

    /// These counts with list `id` back to its default.
    pub fn without(&self, id: &str) -> Shown {
        Shown(self.0.iter().filter(|(i, _)| i != id).cloned().collect())
    }
}

/// What a list of `total` items shows when `shown` are asked for: how many, and how many
/// the next "more" would add (0 when all are shown).
pub fn visible(total: usize, shown: usize) -> (usize, usize) {
    let n = total.min(shown);
    (n, (total - n).min(STEP))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> Shown {
        Shown::from_query(&Query::parse(q), "articles")
    }

    #[test]
    fn counts_parse_round_up_and_stay_bounded() {
        let table: &[(&str, &[(&str, usize)])] = &[
            ("articles=amazon.10", &[("amazon", 10)]),
            ("articles=amazon.7", &[("amazon", 10)]),
            ("articles=amazon.5,openai.0", &[]),
            ("articles=amazon.999999", &[("amazon", MOST)]),
            (
                "articles=amazon.x,.10,openai,amazon.10,amazon.20",
                &[("amazon", 10)],
            ),
            ("articles=hugging.face.15", &[("hugging.face", 15)]),
            ("", &[]),
        ];
        for (q, want) in table {
            let got = parse(q);
            let want: Vec<(String, usize)> =
                want.iter().map(|(i, n)| (i.to_string(), *n)).collect();
            assert_eq!(got.0, want, "{q}");
        }
    }

    #[test]
    fn more_adds_a_step_and_round_trips() {
        let s = parse("articles=amazon.10");
        assert_eq!((s.of("amazon"), s.of("openai")), (10, STEP));
        let more = s.more("openai").more("amazon");
        let mut q = Query::default();
        more.to_query(&mut q, "articles");
        assert_eq!(q.to_query_string(), "articles=openai.10,amazon.15");
        assert_eq!(parse(&q.to_query_string()), more);
        assert_eq!(more.without("openai").of("openai"), STEP);
        let mut q = Query::default();
        Shown::default().to_query(&mut q, "articles");
        assert_eq!(q.to_query_string(), "");
    }

    #[test]
    fn visible_counts_what_shows_and_what_more_adds() {
        assert_eq!(visible(3, 5), (3, 0));
        assert_eq!(visible(12, 5), (5, 5));
        assert_eq!(visible(12, 10), (10, 2));
        assert_eq!(visible(0, 5), (0, 0));
    }
}
