//! The list below the chart, a page at a time.
//!
//! A thousand articles give over a thousand events; drawn at once they are 35,000 elements
//! and 290,000 px. [`PAGE_SIZE`] events a page keeps the view under its 3,000-element
//! budget with room for the chart and the filters. The page is in the address (`page=3`).
//!
//! The list folds as the chart does: the events before the dense years (a 1965 aside, the
//! 2010s) have pages of their own, and the first page of the dense years is where the list
//! opens when the address names no page — not on a page that starts in 1965.

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
    /// The first page after the split ([`Page::split`]): where the list opens.
    pub opening: usize,
}

impl Page {
    /// Page `number` of a list of `total` items, `size` a page; a number past the end is
    /// the last page, 0 the first.
    pub fn of(total: usize, size: usize, number: usize) -> Page {
        Page::split(total, size, 0, number)
    }

    /// Page `number` of a list whose items before `split` have pages of their own: pages of
    /// `size` up to `split` (the last of them maybe shorter), then pages of `size` from it.
    pub fn split(total: usize, size: usize, split: usize, number: usize) -> Page {
        let size = size.max(1);
        let split = split.min(total);
        let before = split.div_ceil(size);
        let after = (total - split).div_ceil(size);
        let pages = (before + after).max(1);
        let number = number.clamp(1, pages);
        let (start, end) = if number <= before {
            let start = (number - 1) * size;
            (start, (start + size).min(split))
        } else {
            let start = split + (number - before - 1) * size;
            (start.min(total), (start + size).min(total))
        };
        Page {
            number,
            pages,
            start,
            end,
            opening: (before + 1).min(pages),
        }
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
