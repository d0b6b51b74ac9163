//! Pieces the pages share.

pub mod company;
pub mod explorer_gate;
pub mod export_buttons;
pub mod facts;
pub mod pager;
pub mod paragraph;
pub mod site_header;
pub mod story_note;
pub mod toggle;
pub mod update_prompt;
