//! The list below the chart, a page at a time.
//!
//! A thousand articles give over a thousand events; drawn at once they are 35,000 elements
//! and 290,000 px. [`PAGE_SIZE`] events a page keeps the view under its 3,000-element
//! budget with room for the chart and the filters. The page is in the address (`page=3`);
//! without one, the list opens where the dense years begin ([`default_page`]) rather than
//! at a 1965 aside.

/// Events a page.
pub const PAGE_SIZE: usize = 50;

/// URL key of the page number (from 1).
pub const KEY_PAGE: &str = "page";

/// One page of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Its number, from 1.
    pub number: usize,
    /// How many pages the list has (at least 1, an empty list being one empty page).
    pub pages: usize,
    /// Index of its first item in the list.
    pub start: usize,
    /// Index after its last item.
    pub end: usize,
}

impl Page {
    /// Page `number` of a list of `total` items, `size` a page; a number past the end is
    /// the last page, 0 the first.
    pub fn of(total: usize, size: usize, number: usize) -> Page {
        let size = size.max(1);
        let pages = total.div_ceil(size).max(1);
        let number = number.clamp(1, pages);
        let start = (number - 1) * size;
        Page {
            number,
            pages,
            start: start.min(total),
            end: (start + size).min(total),
        }
    }

    /// The page holding item `index` (the last page past the end).
    pub fn holding(total: usize, size: usize, index: usize) -> Page {
        Page::of(total, size, index / size.max(1) + 1)
    }
}

/// The page number in the address: a whole number from 1; anything else is `Err` with the
/// value, for the view to name as ignored.
pub fn page_param(value: Option<&str>) -> Result<Option<usize>, String> {
    match value {
        None => Ok(None),
        Some(v) => match v.parse::<usize>() {
            Ok(n) if n >= 1 => Ok(Some(n)),
            _ => Err(format!("{KEY_PAGE}={v}")),
        },
    }
}

/// The page to open when the address names none: the one holding the first item `starts`
/// accepts (the first event of the dense years), else the first page.
pub fn default_page<T>(items: &[T], size: usize, starts: impl Fn(&T) -> bool) -> usize {
    items
        .iter()
        .position(starts)
        .map_or(1, |i| Page::holding(items.len(), size, i).number)
}

/// The page links to show: the first, the last, and the current with `around` on each side;
/// `None` marks a gap ("…"). Small lists show every page.
pub fn page_links(current: usize, pages: usize, around: usize) -> Vec<Option<usize>> {
    let mut links: Vec<Option<usize>> = Vec::new();
    let near = |n: usize| n == 1 || n == pages || n.abs_diff(current) <= around;
    for n in 1..=pages {
        if near(n) {
            links.push(Some(n));
        } else if links.last() != Some(&None) {
            links.push(None);
        }
    }
    // A gap of one page is that page: "1 … 3" reads worse than "1 2 3".
    let mut out: Vec<Option<usize>> = Vec::with_capacity(links.len());
    for (i, link) in links.iter().enumerate() {
        match (
            link,
            i.checked_sub(1).and_then(|p| links[p]),
            links.get(i + 1),
        ) {
            (None, Some(a), Some(Some(b))) if b - a == 2 => out.push(Some(a + 1)),
            _ => out.push(*link),
        }
    }
    out
}
