//! One module per page, named after its route.

pub mod companies;
pub mod compare;
pub mod corpus;
pub mod home;
pub mod import;
pub mod not_found;
pub mod reader;
pub mod search;
pub mod timeline;
