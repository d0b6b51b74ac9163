//! The JSON document `baimo export` prints.

use crate::analysis::{Analysis, Cluster, CompanyStats, Event, MoneyFigure};
use crate::clean::Removed;
use crate::corpus::{Corpus, DateBasis, Script, Written};
use crate::discover::Discovered;
use serde::Serialize;

/// One article as exported.
#[derive(Debug, Clone, Serialize)]
pub struct ExportArticle {
    /// Article id (the raw file name).
    pub id: String,
    /// Headline in the original script.
    pub title: String,
    /// Publishing outlet.
    pub publisher: String,
    /// Byline, where given.
    pub author: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: String,
    /// Stated or inferred, and why.
    pub date_basis: DateBasis,
    /// When the text was written, where that differs from `date`; relative dates count from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written: Option<Written>,
    /// Traditional or simplified.
    pub script: Script,
    /// Cleaned text, original script, one paragraph per line.
    pub text: String,
    /// Counts of what each cleaning rule removed.
    pub removed: Removed,
}

/// The whole export document (its schema is documented in the README).
#[derive(Debug, Clone, Serialize)]
pub struct Export {
    /// Every article.
    pub articles: Vec<ExportArticle>,
    /// Dated events, in timeline order.
    pub events: Vec<Event>,
    /// Events told by several articles, with their disagreements.
    pub clusters: Vec<Cluster>,
    /// Money figures, in article and text order.
    pub money: Vec<MoneyFigure>,
    /// Per-company comparison data, in registry order (the discovered companies after the
    /// registered ones).
    pub companies: Vec<CompanyStats>,
    /// Companies nobody registered, found in the text, with what found them (absent when
    /// there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub discovered: Vec<Discovered>,
}

/// Builds the export document for a corpus and its analysis.
pub fn export(corpus: &Corpus, analysis: Analysis) -> Export {
    export_with(corpus, analysis, Vec::new())
}

/// [`export`] with the companies discovery found (the analysis made with them).
pub fn export_with(corpus: &Corpus, analysis: Analysis, discovered: Vec<Discovered>) -> Export {
    let articles = corpus
        .articles
        .iter()
        .map(|a| ExportArticle {
            id: a.meta.id.clone(),
            title: a.meta.title.clone(),
            publisher: a.meta.publisher.clone(),
            author: a.meta.author.clone(),
            date: a.meta.date.clone(),
            date_basis: a.meta.date_basis.clone(),
            written: a.meta.written.clone(),
            script: a.meta.script,
            text: a.text.clone(),
            removed: a.removed.clone(),
        })
        .collect();
    Export {
        articles,
        events: analysis.events,
        clusters: analysis.clusters,
        money: analysis.money,
        companies: analysis.companies,
        discovered,
    }
}
