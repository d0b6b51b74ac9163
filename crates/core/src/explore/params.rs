//! View states as URL query strings: `c=amazon,anthropic&from=2023-01`.
//!
//! Lists are comma-separated values of one key, so links stay short and readable; values are
//! percent-encoded by `form_urlencoded` (a `+` or `,` inside a value survives the trip).

/// A parsed query string: its keys and values, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    /// Parses `a=1&b=x,y` (with or without a leading `?`).
    pub fn parse(query: &str) -> Query {
        let query = query.strip_prefix('?').unwrap_or(query);
        Query(
            form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// A query from key/value pairs (as a router hands them over).
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Query {
        Query(
            pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }

    /// The last value of `key`, trimmed; `None` when absent or empty.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// Every comma-separated value of `key` (all occurrences), trimmed, empty ones dropped,
    /// duplicates removed keeping the first.
    pub fn list(&self, key: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (k, v) in &self.0 {
            if k != key {
                continue;
            }
            for item in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                if !out.iter().any(|o| o == item) {
                    out.push(item.to_owned());
                }
            }
        }
        out
    }

    /// Appends `key=value` unless `value` is empty.
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        if !value.is_empty() {
            self.0.push((key.to_owned(), value));
        }
    }

    /// Appends `key=a,b,c` unless the list is empty.
    pub fn set_list<S: AsRef<str>>(&mut self, key: &str, values: &[S]) {
        let joined: Vec<&str> = values.iter().map(AsRef::as_ref).collect();
        self.set(key, joined.join(","));
    }

    /// `a=1&b=x%2Cy`-style text without the `?` (empty when there are no pairs). Commas
    /// between list items are kept literal, so links stay readable.
    pub fn to_query_string(&self) -> String {
        self.0
            .iter()
            .map(|(k, v)| {
                let enc = |s: &str| {
                    s.split(',')
                        .map(|part| {
                            form_urlencoded::byte_serialize(part.as_bytes()).collect::<String>()
                        })
                        .collect::<Vec<_>>()
                        .join(",")
                };
                format!("{}={}", enc(k), enc(v))
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The pairs, in order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_round_trip_with_readable_commas() {
        let mut q = Query::default();
        q.set_list("c", &["amazon", "anthropic"]);
        q.set("q", "亚马逊 \"Hugging Face\"");
        q.set("empty", "");
        let s = q.to_query_string();
        assert!(s.starts_with("c=amazon,anthropic&q="), "{s}");
        let back = Query::parse(&format!("?{s}"));
        assert_eq!(back.list("c"), ["amazon", "anthropic"]);
        assert_eq!(back.get("q"), Some("亚马逊 \"Hugging Face\""));
        assert_eq!(back.get("empty"), None);
    }

    #[test]
    fn lists_merge_repeats_and_drop_blanks() {
        let q = Query::parse("c=a,,b&c=b, c&x=");
        assert_eq!(q.list("c"), ["a", "b", "c"]);
        assert_eq!(q.get("x"), None);
        assert!(Query::parse("").pairs().is_empty());
    }
}
