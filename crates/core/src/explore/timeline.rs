//! The timeline view: events filtered by companies, articles, money kinds and a date range,
//! grouped by year and month. (Filled in by the timeline work.)
