//! The checks a registry file must pass before it ships (`build.rs` runs them) or is read.

use super::{is_slug, name_key, Alias, AliasAt, Company, Origin, RegistryError, DISCOVERED_PREFIX};
use super::{PATTERN_COMPANY, PATTERN_LATIN, PATTERN_NUM};

/// How much a file must say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Strictness {
    /// One file read on its own (a test's, a reader's): `kind` and `country` may be left out.
    File,
    /// The bundled registry: every company gives its country, none sets its origin.
    Bundled,
}

/// ISO 3166-1 alpha-2 codes, the ones officially assigned.
const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI \
BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ \
GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN \
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS \
MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT \
PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF \
TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// True for an assigned ISO 3166-1 alpha-2 code, in capitals.
pub(super) fn is_country(code: &str) -> bool {
    code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && COUNTRIES.split_ascii_whitespace().any(|c| c == code)
}

/// Checks one company on its own: its id, names, country, origin and every alias's rules.
pub(super) fn company(c: &Company, strictness: Strictness) -> Result<(), RegistryError> {
    // A discovered company carries its `~<name>` id.
    let discovered_id = c.origin == Origin::Discovered
        && c.id
            .strip_prefix(DISCOVERED_PREFIX)
            .is_some_and(|name| !name.trim().is_empty());
    if !is_slug(&c.id) && !discovered_id {
        return Err(RegistryError::BadId(c.id.clone()));
    }
    if c.names().any(|n| n.trim().is_empty()) {
        return Err(RegistryError::EmptyName {
            company: c.id.clone(),
        });
    }
    let country_given = !c.country.is_empty() || strictness == Strictness::Bundled;
    if country_given && !is_country(&c.country) {
        return Err(RegistryError::BadCountry {
            company: c.id.clone(),
            country: c.country.clone(),
        });
    }
    if strictness == Strictness::Bundled && c.origin != Origin::Registered {
        return Err(RegistryError::Syntax(format!(
            "{}: `origin` is set by the app, never in the registry's files",
            c.id
        )));
    }
    // The traditional name, read in simplified script, must be one of the company's names:
    // a slip of the other company's name or a stray word fails here.
    let hant = name_key(&c.hant);
    let known = [&c.hans, &c.en]
        .into_iter()
        .chain(c.aliases.iter().map(|a| &a.name))
        .any(|n| name_key(n) == hant);
    if !known {
        return Err(RegistryError::HantNotSameName {
            company: c.id.clone(),
            hant: c.hant.clone(),
        });
    }
    for a in &c.aliases {
        alias(a, &c.id)?;
    }
    Ok(())
}

/// Checks cue words: not empty, and `#` only for a known pattern.
pub(super) fn cues(cues: &[String], alias: Option<&AliasAt>) -> Result<(), RegistryError> {
    for cue in cues {
        if cue.trim().is_empty() || (cue.starts_with('#') && cue != PATTERN_COMPANY) {
            return Err(RegistryError::BadCue {
                alias: alias.cloned(),
                cue: cue.clone(),
            });
        }
    }
    Ok(())
}

/// Checks an alias's rules: each must mean something.
fn alias(a: &Alias, id: &str) -> Result<(), RegistryError> {
    let at = || AliasAt::of(id, a);
    if a.case_sensitive && !a.name.chars().any(|c| c.is_ascii_alphabetic()) {
        return Err(RegistryError::CaseWithoutLatin(at()));
    }
    if let Some(list) = &a.cues {
        if !a.ambiguous {
            return Err(RegistryError::CuesWithoutAmbiguity(at()));
        }
        cues(list, Some(&at()))?;
    }
    for p in a.stop_prev.iter().chain(&a.stop_next) {
        let bad_class = p.starts_with('#') && p != PATTERN_NUM && p != PATTERN_LATIN;
        if p.trim_matches('*').is_empty() || bad_class {
            return Err(RegistryError::BadStopPattern {
                alias: at(),
                pattern: p.clone(),
            });
        }
    }
    if a.stop_sentence.iter().any(|w| w.trim().is_empty()) {
        return Err(RegistryError::EmptyStopWord(at()));
    }
    Ok(())
}
