//! Pieces the pages share.

pub mod facts;
pub mod paragraph;
pub mod site_header;
pub mod toggle;
