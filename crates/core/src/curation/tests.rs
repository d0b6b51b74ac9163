use super::*;
use crate::registry::{Company, Origin, Registry, RegistryError};

fn edit(json: &str) -> Edit {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// The bundled registry plus one discovered company, as discovery would make it.
fn with_discovered() -> Registry {
    let mut companies = Registry::bundled().companies().to_vec();
    companies.push(Company {
        id: "~百模之光".to_owned(),
        hans: "百模之光".to_owned(),
        hant: "百模之光".to_owned(),
        en: "百模之光".to_owned(),
        origin: Origin::Discovered,
        ..Company::default()
    });
    Registry::from_parts(companies, Registry::bundled().cues().to_vec()).unwrap()
}

#[test]
fn edits_change_the_registry() {
    let base = with_discovered();
    let id = |reg: &Registry, name: &str| reg.lookup(name).map(|c| c.id.clone());
    for (json, check) in [
        (
            r#"{"edit":"alias","company":"openai","name":"开放AI"}"#,
            Box::new(|r: &Registry| assert_eq!(id(r, "开放ai").as_deref(), Some("openai")))
                as Box<dyn Fn(&Registry)>,
        ),
        (
            r#"{"edit":"rename","company":"openai","hans":"开放人工智能"}"#,
            Box::new(|r: &Registry| {
                let c = r.get("openai").unwrap();
                assert_eq!(c.hans, "开放人工智能");
                // The old name still counts, and names in other scripts stay.
                assert_eq!(id(r, "OpenAI").as_deref(), Some("openai"));
                assert_eq!(c.en, "OpenAI");
            }),
        ),
        (
            r#"{"edit":"merge","from":"xai","into":"tesla"}"#,
            Box::new(|r: &Registry| {
                assert!(r.get("xai").is_none());
                assert_eq!(id(r, "Grok").as_deref(), Some("tesla"));
                assert_eq!(id(r, "xAI").as_deref(), Some("tesla"));
            }),
        ),
        (
            r#"{"edit":"hide","company":"apple"}"#,
            Box::new(|r: &Registry| {
                assert!(r.get("apple").is_none());
                assert!(r.lookup("苹果").is_none());
            }),
        ),
        (
            r#"{"edit":"add","id":"zero-one","hans":"百模万象","en":"BM.AI","aliases":["张百模"]}"#,
            Box::new(|r: &Registry| {
                let c = r.get("zero-one").unwrap();
                assert_eq!((c.hant.as_str(), c.origin), ("百模万象", Origin::Reader));
                assert_eq!(id(r, "張百模").as_deref(), Some("zero-one"));
                assert_eq!(id(r, "bm.ai").as_deref(), Some("zero-one"));
            }),
        ),
        (
            r#"{"edit":"confirm","discovered":"~百模之光","id":"baimo-light-co","en":"Baimo Light"}"#,
            Box::new(|r: &Registry| {
                assert!(r.get("~百模之光").is_none());
                let c = r.get("baimo-light-co").unwrap();
                assert_eq!(
                    (c.hans.as_str(), c.en.as_str()),
                    ("百模之光", "Baimo Light")
                );
                assert_eq!(c.origin, Origin::Reader);
                assert_eq!(id(r, "百模之光").as_deref(), Some("baimo-light-co"));
            }),
        ),
    ] {
        let registry = apply_edit(&base, &edit(json)).unwrap_or_else(|e| panic!("{json}: {e}"));
        check(&registry);
    }
}

#[test]
fn bad_edits_are_refused_with_a_reason() {
    let base = with_discovered();
    for (json, want) in [
        (
            r#"{"edit":"alias","company":"openai","name":"  "}"#,
            CurationError::EmptyName,
        ),
        (
            r#"{"edit":"alias","company":"openai","name":"谷歌"}"#,
            CurationError::NameTaken {
                name: "谷歌".to_owned(),
                owner: "google".to_owned(),
                owner_name: "谷歌".to_owned(),
            },
        ),
        // Another company's name in the other script or case is still its name.
        (
            r#"{"edit":"alias","company":"openai","name":"GOOGLE"}"#,
            CurationError::NameTaken {
                name: "GOOGLE".to_owned(),
                owner: "google".to_owned(),
                owner_name: "谷歌".to_owned(),
            },
        ),
        (
            r#"{"edit":"alias","company":"openai","name":"chatgpt"}"#,
            CurationError::AlreadyNamed {
                name: "chatgpt".to_owned(),
                company: "openai".to_owned(),
            },
        ),
        (
            r#"{"edit":"alias","company":"nobody","name":"某某"}"#,
            CurationError::NoSuchCompany("nobody".to_owned()),
        ),
        (
            r#"{"edit":"merge","from":"openai","into":"openai"}"#,
            CurationError::MergeIntoItself("openai".to_owned()),
        ),
        (
            r#"{"edit":"rename","company":"openai"}"#,
            CurationError::NothingToRename("openai".to_owned()),
        ),
        (
            r#"{"edit":"add","id":"Open AI","hans":"某"}"#,
            CurationError::BadId("Open AI".to_owned()),
        ),
        (
            r#"{"edit":"add","id":"openai","hans":"某"}"#,
            CurationError::IdTaken("openai".to_owned()),
        ),
        (
            r#"{"edit":"confirm","discovered":"openai","id":"oa"}"#,
            CurationError::NotDiscovered("openai".to_owned()),
        ),
        (
            r#"{"edit":"hide","company":"~百模万象"}"#,
            CurationError::NoSuchCompany("~百模万象".to_owned()),
        ),
    ] {
        assert_eq!(apply_edit(&base, &edit(json)).unwrap_err(), want, "{json}");
    }
    let long = format!(
        r#"{{"edit":"alias","company":"openai","name":"{}"}}"#,
        "长".repeat(61)
    );
    assert!(matches!(
        apply_edit(&base, &edit(&long)),
        Err(CurationError::NameTooLong { max: 60, .. })
    ));
}

#[test]
fn every_error_is_said_in_both_languages() {
    for e in [
        CurationError::EmptyName,
        CurationError::NameTooLong {
            name: "长".to_owned(),
            max: 60,
        },
        CurationError::BadId("A".to_owned()),
        CurationError::IdTaken("a".to_owned()),
        CurationError::NoSuchCompany("a".to_owned()),
        CurationError::NotDiscovered("a".to_owned()),
        CurationError::NameTaken {
            name: "n".to_owned(),
            owner: "a".to_owned(),
            owner_name: "甲".to_owned(),
        },
        CurationError::AlreadyNamed {
            name: "n".to_owned(),
            company: "a".to_owned(),
        },
        CurationError::MergeIntoItself("a".to_owned()),
        CurationError::NothingToRename("a".to_owned()),
        CurationError::Registry(RegistryError::DuplicateId("a".to_owned())),
    ] {
        let (en, zh) = (e.en(), e.zh());
        assert!(en.is_ascii() || en.contains('“'), "{en}");
        assert!(zh.chars().any(crate::normalize::is_han), "{zh}");
        assert_eq!(e.to_string(), en);
    }
}

#[test]
fn edits_that_no_longer_apply_are_kept_and_reported() {
    let overlay = Overlay {
        edits: vec![
            edit(r#"{"edit":"alias","company":"openai","name":"开放AI"}"#),
            edit(r#"{"edit":"merge","from":"xai","into":"tesla"}"#),
            // xai is gone by now: stale, not fatal.
            edit(r#"{"edit":"alias","company":"xai","name":"某某"}"#),
            edit(r#"{"edit":"hide","company":"~百模之光"}"#),
        ],
    };
    // Laid over the bundled registry, the discovered company is not there either.
    let applied = overlay.apply(Registry::bundled());
    assert_eq!(applied.registry.lookup("开放ai").unwrap().id, "openai");
    assert_eq!(
        applied.stale,
        vec![
            Stale {
                index: 2,
                error: CurationError::NoSuchCompany("xai".to_owned())
            },
            Stale {
                index: 3,
                error: CurationError::NoSuchCompany("~百模之光".to_owned())
            },
        ]
    );
    assert_eq!(overlay.edits.len(), 4, "nothing dropped");
    // Over a registry that has it, the same overlay applies whole.
    let applied = overlay.apply(&with_discovered());
    assert_eq!(applied.stale.len(), 1);
    assert!(applied.registry.get("~百模之光").is_none());
}

#[test]
fn push_keeps_the_overlay_unchanged_on_a_bad_edit() {
    let mut overlay = Overlay::default();
    let base = Registry::bundled();
    let next = overlay
        .push(base, edit(r#"{"edit":"hide","company":"apple"}"#))
        .unwrap();
    assert!(next.get("apple").is_none());
    let before = overlay.clone();
    assert!(overlay
        .push(&next, edit(r#"{"edit":"hide","company":"apple"}"#))
        .is_err());
    assert_eq!(overlay, before);
}

#[test]
fn files_round_trip_in_json_and_toml() {
    let overlay = Overlay {
        edits: vec![
            edit(r#"{"edit":"add","id":"zero-one","hans":"百模万象","aliases":["张百模"]}"#),
            edit(r#"{"edit":"rename","company":"openai","en":"Open AI Inc"}"#),
            edit(r#"{"edit":"hide","company":"apple"}"#),
        ],
    };
    assert_eq!(Overlay::parse(&overlay.to_json()), Ok(overlay.clone()));
    let toml = r#"
schema = "baimo-curation"
version = 1

[[edits]]
edit = "add"
id = "zero-one"
hans = "百模万象"
aliases = ["张百模"]

[[edits]]
edit = "rename"
company = "openai"
en = "Open AI Inc"

[[edits]]
edit = "hide"
company = "apple"
"#;
    assert_eq!(Overlay::parse(toml), Ok(overlay.clone()));
    assert_eq!(
        Overlay::parse("{\"schema\":\"baimo-curation\",\"version\":9}"),
        Err(OverlayFileError::FutureVersion {
            found: 9,
            supported: 1
        })
    );
    assert_eq!(
        Overlay::parse("{\"schema\":\"baimo-library\",\"version\":1}"),
        Err(OverlayFileError::NotAnOverlay)
    );
    for bad in [
        "{\"schema\":\"baimo-curation\",\"version\":1,\"edits\":[{\"edit\":\"paint\"}]}",
        "{\"schema\":\"baimo-curation\",\"version\":1,\"edits\":[{\"edit\":\"hide\",\"company\":\"a\",\"x\":1}]}",
        "schema = ",
    ] {
        assert!(
            matches!(Overlay::parse(bad), Err(OverlayFileError::Syntax(_))),
            "{bad}"
        );
    }
}

#[test]
fn fingerprint_follows_the_edits() {
    let a = Overlay {
        edits: vec![edit(r#"{"edit":"hide","company":"apple"}"#)],
    };
    let b = Overlay {
        edits: vec![edit(r#"{"edit":"hide","company":"meta"}"#)],
    };
    assert_eq!(Overlay::default().fingerprint(), "");
    assert_eq!(a.fingerprint(), a.clone().fingerprint());
    assert_ne!(a.fingerprint(), b.fingerprint());
}

#[test]
fn suggested_ids_are_slugs_and_unique() {
    let reg = Registry::bundled();
    assert_eq!(suggest_id(reg, "Baimo Light"), "baimo-light");
    assert_eq!(suggest_id(reg, "OpenAI"), "openai-2");
    let han = suggest_id(reg, "百模万象");
    assert!(
        han.starts_with("co-") && crate::registry::is_slug(&han),
        "{han}"
    );
    assert_eq!(han, suggest_id(reg, "百模萬象"), "either script");
}

#[test]
fn the_segmenter_finds_companies_by_the_effective_registry() {
    let overlay = Overlay {
        edits: vec![
            edit(r#"{"edit":"alias","company":"openai","name":"开放人工智能"}"#),
            edit(r#"{"edit":"hide","company":"tencent"}"#),
            edit(r#"{"edit":"add","id":"zero-one","hans":"百模万象"}"#),
        ],
    };
    let effective: &'static Registry =
        Box::leak(Box::new(overlay.apply(Registry::bundled()).registry));
    let segmenter = crate::test_support::segmenter().with_registry(effective);
    let companies = |text: &str| -> Vec<String> {
        segmenter
            .tokens(text)
            .iter()
            .filter_map(|t| t.company().map(str::to_owned))
            .collect()
    };
    assert_eq!(
        companies("开放人工智能与百模万象合作，腾讯和百度也在场。"),
        ["openai", "zero-one", "baidu"]
    );
    // The segmenter it came from is unchanged.
    let before: Vec<String> = crate::test_support::segmenter()
        .tokens("腾讯和百模万象")
        .iter()
        .filter_map(|t| t.company().map(str::to_owned))
        .collect();
    assert_eq!(before, ["tencent"]);
}
