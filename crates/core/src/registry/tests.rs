use super::*;

#[test]
fn bundled_registry_parses_and_has_the_required_ids() {
    let reg = crate::test_support::registry_from_files();
    for id in [
        "openai",
        "anthropic",
        "microsoft",
        "google",
        "amazon",
        "meta",
        "apple",
        "tesla",
        "xai",
        "nvidia",
        "baidu",
        "huawei",
        "tencent",
        "alibaba",
        "bytedance",
        "iflytek",
        "zhipu",
        "sensetime",
        "mistral",
        "databricks",
        "hugging-face",
        "scale-ai",
        "inflection-ai",
        "stability-ai",
        "character-ai",
        "cohere",
        "salesforce",
        "midjourney",
        "runway",
        "sambanova",
        "moveworks",
        "ai21-labs",
        "inspur",
        "snowflake",
    ] {
        assert!(reg.get(id).is_some(), "missing {id}");
    }
    assert!(!reg.cues().is_empty(), "shared cues");
}

#[test]
fn looks_up_in_either_script_and_any_case() {
    let reg = Registry::bundled();
    assert_eq!(reg.lookup("亞馬遜").unwrap().id, "amazon");
    assert_eq!(reg.lookup("亚马逊").unwrap().id, "amazon");
    assert_eq!(reg.lookup("chatgpt").unwrap().id, "openai");
    assert_eq!(reg.lookup("文心一言").unwrap().id, "baidu");
    assert_eq!(reg.lookup("楊立昆").unwrap().id, "meta");
    assert!(reg.lookup("大模型").is_none());
}

#[test]
fn looks_up_aliases_of_every_kind_in_both_scripts() {
    let reg = Registry::bundled();
    for (name, id) in [
        // company
        ("阿里", "alibaba"),
        ("臉書", "meta"),
        ("脸书", "meta"),
        ("輝達", "nvidia"),
        ("商湯", "sensetime"),
        ("Open AI", "openai"),
        ("Character AI", "character-ai"),
        ("Midjounery", "midjourney"),
        ("HuggingFace", "hugging-face"),
        ("抱抱臉", "hugging-face"),
        // product
        ("通義千問", "alibaba"),
        ("通义千问", "alibaba"),
        ("訊飛星火", "iflytek"),
        ("盤古", "huawei"),
        ("DALL·E", "openai"),
        ("GPT-4o", "openai"),
        ("Stable Diffusion", "stability-ai"),
        ("Grok", "xai"),
        ("H100", "nvidia"),
        ("豆包", "bytedance"),
        // unit
        ("谷歌雲", "google"),
        ("阿里雲", "alibaba"),
        ("亚马逊云科技", "amazon"),
        ("騰訊雲", "tencent"),
        ("火山引擎", "bytedance"),
        ("DeepMind", "google"),
        // person
        ("黃仁勳", "nvidia"),
        ("黄仁勋", "nvidia"),
        ("納德拉", "microsoft"),
        ("奧特曼", "openai"),
        ("阿尔特曼", "openai"),
        ("Sam Altman", "openai"),
        ("達里奧·阿莫迪", "anthropic"),
        ("马斯克", "tesla"),
        ("馬化騰", "tencent"),
        ("李彥宏", "baidu"),
        ("扎克伯格", "meta"),
        ("蒂姆·库克", "apple"),
    ] {
        assert_eq!(reg.lookup(name).map(|c| c.id.as_str()), Some(id), "{name}");
    }
}

#[test]
fn dots_and_spaces_in_names_are_folded() {
    let reg = Registry::bundled();
    assert_eq!(name_key("蒂姆 • 库克"), "蒂姆·库克");
    assert_eq!(name_key("Hugging\u{3000} Face"), "hugging face");
    assert_eq!(reg.lookup("蒂姆 · 庫克").unwrap().id, "apple");
    assert_eq!(reg.lookup("DALL・E").unwrap().id, "openai");
}

#[test]
fn resolve_honours_case_sensitive_aliases() {
    let reg = Registry::bundled();
    let id = |s: &str| reg.resolve(s).map(|m| m.company.id.clone());
    assert_eq!(id("Runway").as_deref(), Some("runway"));
    assert_eq!(id("runway"), None);
    assert_eq!(id("cohere"), None);
    assert_eq!(id("Cohere").as_deref(), Some("cohere"));
    assert_eq!(id("snowflake"), None);
    assert_eq!(id("llama"), None);
    assert_eq!(id("LlaMA").as_deref(), Some("meta"));
    // Versioned names are not English words and match in any case.
    assert_eq!(id("LLAMA 2").as_deref(), Some("meta"));
    // `Meta` and `meta` are two aliases with different rules.
    let upper = reg.resolve("Meta").unwrap().alias.unwrap();
    let lower = reg.resolve("meta").unwrap().alias.unwrap();
    assert_eq!(upper.name, "Meta");
    assert_eq!(lower.name, "meta");
    // A display name without an alias of its own has no rules.
    assert!(reg.resolve("OpenAI").unwrap().alias.is_none());
    assert!(reg.resolve("苹果").unwrap().alias.unwrap().ambiguous);
    // The dictionary lookup stays blind to case.
    assert_eq!(reg.lookup("runway").unwrap().id, "runway");
}

#[test]
fn bundled_rules_are_sensible() {
    let reg = Registry::bundled();
    for c in reg.companies() {
        for a in &c.aliases {
            // An ambiguous alias needs something to decide with.
            if a.ambiguous {
                let cues = a.cues.as_deref().unwrap_or(reg.cues());
                assert!(!cues.is_empty(), "{}: {} has no cues", c.id, a.name);
            }
        }
    }
    // Chinese aliases are written in simplified script, so the file reads as the index
    // does. OpenCC also folds the brand's 昇 into 升: the index key takes care of it.
    for c in reg.companies() {
        for n in c
            .aliases
            .iter()
            .map(|a| a.name.as_str())
            .chain([c.hans.as_str()])
        {
            if n != "昇腾" {
                assert_eq!(to_simplified(n), n, "{}: {n} is not simplified", c.id);
            }
        }
    }
    // Judgement calls the file documents.
    assert!(reg.lookup("比尔·盖茨").is_none());
    assert!(reg.lookup("Pi").is_none());
    assert!(reg.lookup("元宇宙").is_none());
    assert!(reg.lookup("微信").is_none());
    assert!(reg.lookup("张鹏").is_none());
}

const TWO: &str = r#"
[[company]]
id = "a"
hans = "甲"
hant = "甲"
en = "A"
[[company]]
id = "b"
hans = "乙"
hant = "乙"
en = "B"
aliases = [{ name = "甲", kind = "product" }]
"#;

#[test]
fn rejects_a_name_claimed_twice_and_bad_ids() {
    let claimed = |name: &str| RegistryError::NameClaimedTwice {
        name: name.to_owned(),
        first: "a".to_owned(),
        second: "b".to_owned(),
    };
    for (text, want) in [
        (TWO.to_owned(), claimed("甲")),
        (
            TWO.replace("id = \"a\"", "id = \"A B\""),
            RegistryError::BadId("A B".to_owned()),
        ),
        (
            TWO.replace("id = \"b\"", "id = \"a\""),
            RegistryError::DuplicateId("a".to_owned()),
        ),
        // Claimed twice whatever the case or script.
        (TWO.replace("name = \"甲\"", "name = \"a\""), claimed("a")),
        (
            TWO.replacen("hans = \"甲\"", "hans = \" \"", 1),
            RegistryError::EmptyName {
                company: "a".to_owned(),
            },
        ),
    ] {
        assert_eq!(Registry::parse(&text).unwrap_err(), want, "{text}");
    }
}

#[test]
fn rejects_unknown_fields_everywhere() {
    let ok = TWO.replace("name = \"甲\"", "name = \"丙\"");
    assert!(Registry::parse(&ok).is_ok());
    for (bad, field) in [
        (
            ok.replace("kind = \"product\"", "kind = \"product\", ambigous = true"),
            "ambigous",
        ),
        (
            ok.replace("en = \"B\"", "en = \"B\"\nwebsite = \"b.com\""),
            "website",
        ),
        (
            format!("[context]\ncues = [\"公司\"]\nstops = []\n{ok}"),
            "stops",
        ),
        (format!("colour = 1\n{ok}"), "colour"),
        (
            ok.replace("kind = \"product\"", "kind = \"brand\""),
            "brand",
        ),
    ] {
        match Registry::parse(&bad) {
            Err(RegistryError::Syntax(e)) => assert!(e.contains(field), "{field}: {e}"),
            other => panic!("{bad}: {other:?}"),
        }
    }
    let json = Registry::from_json("{\"company\": 1}").unwrap_err();
    assert!(matches!(json, RegistryError::Syntax(_)), "{json:?}");
}

#[test]
fn rejects_rules_that_mean_nothing() {
    let ok = TWO.replace("name = \"甲\"", "name = \"丙\"");
    let at = || AliasAt {
        company: "b".to_owned(),
        alias: "丙".to_owned(),
    };
    for (rule, want) in [
        (
            "case_sensitive = true",
            RegistryError::CaseWithoutLatin(at()),
        ),
        (
            "cues = [\"公司\"]",
            RegistryError::CuesWithoutAmbiguity(at()),
        ),
        (
            "ambiguous = true, cues = [\"#num\"]",
            RegistryError::BadCue {
                alias: Some(at()),
                cue: "#num".to_owned(),
            },
        ),
        (
            "stop_prev = [\"#han\"]",
            RegistryError::BadStopPattern {
                alias: at(),
                pattern: "#han".to_owned(),
            },
        ),
        (
            "stop_next = [\"\"]",
            RegistryError::BadStopPattern {
                alias: at(),
                pattern: String::new(),
            },
        ),
        (
            "stop_sentence = [\" \"]",
            RegistryError::EmptyStopWord(at()),
        ),
    ] {
        let bad = ok.replace("kind = \"product\"", &format!("kind = \"product\", {rule}"));
        assert_eq!(Registry::parse(&bad).unwrap_err(), want, "{rule}");
    }
    let shared = format!("[context]\ncues = [\"\"]\n{ok}");
    assert_eq!(
        Registry::parse(&shared).unwrap_err(),
        RegistryError::BadCue {
            alias: None,
            cue: String::new(),
        }
    );
    let with_rules = ok.replace(
        "kind = \"product\"",
        "kind = \"product\", ambiguous = true, stop_prev = [\"#num\", \"个\"], cues = [\"#company\", \"公司\"]",
    );
    let reg = Registry::parse(&with_rules).unwrap();
    let a = reg.resolve("丙").unwrap().alias.unwrap();
    assert!(a.ambiguous && a.needs_context());
    assert_eq!(a.cues.as_deref().unwrap().len(), 2);
}

#[test]
fn errors_read_as_english_sentences() {
    let at = || AliasAt {
        company: "apple".to_owned(),
        alias: "苹果".to_owned(),
    };
    for (error, text) in [
        (
            RegistryError::Syntax("expected `=`".to_owned()),
            "registry: expected `=`",
        ),
        (
            RegistryError::BadId("Open AI".to_owned()),
            "registry: id \"Open AI\" is not a lowercase ASCII slug",
        ),
        (
            RegistryError::DuplicateId("openai".to_owned()),
            "registry: id \"openai\" appears twice",
        ),
        (
            RegistryError::EmptyName {
                company: "openai".to_owned(),
            },
            "registry: openai: empty name",
        ),
        (
            RegistryError::NameClaimedTwice {
                name: "Meta".to_owned(),
                first: "meta".to_owned(),
                second: "facebook".to_owned(),
            },
            "registry: \"Meta\" names both meta and facebook",
        ),
        (
            RegistryError::BadCue {
                alias: None,
                cue: "#x".to_owned(),
            },
            "registry: [context] cues: bad cue \"#x\"",
        ),
        (
            RegistryError::BadCue {
                alias: Some(at()),
                cue: "#x".to_owned(),
            },
            "registry: apple: alias \"苹果\": bad cue \"#x\"",
        ),
        (
            RegistryError::CaseWithoutLatin(at()),
            "registry: apple: alias \"苹果\": case_sensitive needs Latin letters",
        ),
        (
            RegistryError::CuesWithoutAmbiguity(at()),
            "registry: apple: alias \"苹果\": cues only apply to ambiguous aliases",
        ),
        (
            RegistryError::BadStopPattern {
                alias: at(),
                pattern: "#han".to_owned(),
            },
            "registry: apple: alias \"苹果\": bad stop pattern \"#han\"",
        ),
        (
            RegistryError::EmptyStopWord(at()),
            "registry: apple: alias \"苹果\": empty stop word",
        ),
    ] {
        assert_eq!(error.to_string(), text);
    }
}

/// Two companies in two files, as the bundled registry is written.
const LAB: &str = r#"
[[company]]
id = "a"
hans = "甲实验室"
hant = "甲實驗室"
en = "A Lab"
kind = "lab"
country = "CN"
aliases = [{ name = "甲", kind = "company", ambiguous = true }]
"#;
const FUND: &str = r#"
[context]
cues = ["融资"]
[[company]]
id = "b"
hans = "乙资本"
hant = "乙資本"
en = "B Capital"
kind = "investor"
country = "US"
aliases = [{ name = "乙", kind = "company" }]
"#;

fn parse_two(lab: &str, fund: &str) -> Result<Registry, RegistryError> {
    Registry::parse_files([("cn-labs.toml", lab), ("investors.toml", fund)])
}

#[test]
fn files_read_as_one_registry_with_kind_country_and_origin() {
    let reg = parse_two(LAB, FUND).unwrap();
    let ids: Vec<&str> = reg.companies().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(reg.cues(), ["融资"]);
    let b = reg.get("b").unwrap();
    assert_eq!((b.kind, b.country.as_str()), (CompanyKind::Investor, "US"));
    assert_eq!(b.origin, Origin::Registered);
    assert_eq!(reg.lookup("乙資本").unwrap().id, "b");
    // A company built by hand takes the defaults.
    let by_hand = Company {
        id: "~月之暗面".to_owned(),
        origin: Origin::Discovered,
        ..Default::default()
    };
    assert_eq!(
        (by_hand.kind, by_hand.country.as_str()),
        (CompanyKind::Other, "")
    );
    // The origin is always written (the worker's binary wire cannot skip a field).
    let json = serde_json::to_string(b).unwrap();
    assert!(json.contains("\"origin\":\"registered\""), "{json}");
    let json = serde_json::to_string(&by_hand).unwrap();
    assert!(json.contains("\"origin\":\"discovered\""), "{json}");
    for kind in CompanyKind::ALL {
        let written = serde_json::to_string(&kind).unwrap();
        assert_eq!(written, format!("\"{}\"", kind.as_str()));
    }
}

#[test]
fn every_bundled_company_has_a_kind_a_country_and_three_names() {
    let reg = crate::test_support::registry_from_files();
    assert_eq!(reg.companies(), Registry::bundled().companies());
    for c in reg.companies() {
        assert!(check::is_country(&c.country), "{}: {}", c.id, c.country);
        assert_eq!(c.origin, Origin::Registered);
        assert!(![&c.hans, &c.hant, &c.en]
            .iter()
            .any(|n| n.trim().is_empty()));
    }
}

/// The bundled files' own checks, each with a bad entry and its message.
#[test]
fn rejects_bad_entries_across_files() {
    let lab_b = LAB.replace("id = \"a\"", "id = \"b\"");
    for (lab, fund, want) in [
        (
            LAB.replace("country = \"CN\"", "country = \"China\""),
            FUND.to_owned(),
            "registry: a: country \"China\" is not an ISO 3166 alpha-2 code",
        ),
        (
            LAB.replace("country = \"CN\"", "country = \"cn\""),
            FUND.to_owned(),
            "registry: a: country \"cn\" is not an ISO 3166 alpha-2 code",
        ),
        (
            LAB.replace("country = \"CN\"", "country = \"XX\""),
            FUND.to_owned(),
            "registry: a: country \"XX\" is not an ISO 3166 alpha-2 code",
        ),
        // The bundled registry must say where a company is from.
        (
            LAB.replace("country = \"CN\"\n", ""),
            FUND.to_owned(),
            "registry: a: country \"\" is not an ISO 3166 alpha-2 code",
        ),
        // A traditional name that is another name altogether.
        (
            LAB.replace("hant = \"甲實驗室\"", "hant = \"丙實驗室\""),
            FUND.to_owned(),
            "registry: a: hant \"丙實驗室\" in simplified script is none of its names",
        ),
        (
            LAB.replace("hant = \"甲實驗室\"", "hant = \"\""),
            FUND.to_owned(),
            "registry: a: empty name",
        ),
        (
            LAB.to_owned(),
            FUND.replace("en = \"B Capital\"", "en = \"  \""),
            "registry: b: empty name",
        ),
        (
            LAB.replace("en = \"A Lab\"\n", ""),
            FUND.to_owned(),
            "registry: cn-labs.toml: TOML parse error at line 2, column 1\n  |\n2 | [[company]]\n  | ^^^^^^^^^^^\nmissing field `en`\n",
        ),
        // Unique ids across files.
        (
            lab_b,
            FUND.to_owned(),
            "registry: id \"b\" appears twice",
        ),
        // The app sets the origin; the files never do.
        (
            LAB.replace("kind = \"lab\"", "kind = \"lab\"\norigin = \"reader\""),
            FUND.to_owned(),
            "registry: a: `origin` is set by the app, never in the registry's files",
        ),
        // A name claimed in two files.
        (
            LAB.to_owned(),
            FUND.replace("name = \"乙\"", "name = \"甲\""),
            "registry: \"甲\" names both a and b",
        ),
        // Shared only when every claim is ambiguous: a display name never is.
        (
            LAB.to_owned(),
            FUND.replace("hans = \"乙资本\"", "hans = \"甲\"")
                .replace("hant = \"乙資本\"", "hant = \"甲\""),
            "registry: \"甲\" names both a and b",
        ),
    ] {
        let got = parse_two(&lab, &fund).map(|_| ()).unwrap_err().to_string();
        assert_eq!(got, want, "{lab}{fund}");
    }
    for (bad, field) in [
        (
            LAB.replace("kind = \"lab\"", "kind = \"startup\""),
            "startup",
        ),
        (
            LAB.replace("country = \"CN\"", "country = \"CN\"\nregion = \"Asia\""),
            "region",
        ),
    ] {
        let got = parse_two(&bad, FUND).map(|_| ()).unwrap_err().to_string();
        assert!(got.starts_with("registry: cn-labs.toml: "), "{got}");
        assert!(got.contains(field), "{got}");
    }
}

#[test]
fn a_name_is_shared_only_by_ambiguous_aliases() {
    let shared = FUND.replace(
        "name = \"乙\", kind = \"company\"",
        "name = \"甲\", kind = \"company\", ambiguous = true",
    );
    let reg = parse_two(LAB, &shared).unwrap();
    // The first claim in file order is what a lookup gives.
    assert_eq!(reg.lookup("甲").unwrap().id, "a");
    let key = name_key("甲");
    let claims: Vec<&str> = reg
        .other_claims(&key, "甲")
        .iter()
        .map(|m| m.company.id.as_str())
        .collect();
    assert_eq!(claims, ["a", "b"]);
    assert!(reg.other_claims("乙资本", "乙资本").is_empty());
    // One file alone may leave kind and country out; a country it gives is checked.
    assert!(
        Registry::parse("[[company]]\nid = \"x\"\nhans = \"X\"\nhant = \"X\"\nen = \"X\"\n")
            .is_ok()
    );
}
