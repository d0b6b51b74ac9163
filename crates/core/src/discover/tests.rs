//! Discovery end to end on short texts.

use super::*;

#[test]
fn candidates_of_a_funding_story() {
    let text = "K Health完成了4800万美元的C轮融资，由14W和Mangrove Capital领投。\n近日，启明创投宣布推出新基金。";
    let got: Vec<(String, Cue)> = candidates(text)
        .into_iter()
        .map(|c| (c.name, c.cue))
        .collect();
    for want in [
        ("K Health", Cue::Raises),
        ("14W", Cue::Invests),
        ("Mangrove Capital", Cue::Invests),
        ("Mangrove Capital", Cue::Suffix),
        ("启明创投", Cue::Suffix),
    ] {
        assert!(
            got.iter().any(|(n, c)| n == want.0 && *c == want.1),
            "{want:?} in {got:?}"
        );
    }
}

#[test]
fn the_word_lists_are_well_formed() {
    lists::check(lists::FILES).unwrap();
    assert_eq!(
        lists::check(&[("x.txt", "a\n# c\na\n")]).unwrap_err(),
        "corpus/discover/x.txt: \"a\" appears twice"
    );
}

#[test]
fn names_in_real_funding_sentences() {
    for (text, want) in [
        (
            "应用安全公司Heeler Security Inc.今天宣布成功完成了由Norwest Venture Partners领投的850万美元种子轮融资。",
            vec!["Heeler Security Inc", "Norwest Venture Partners"],
        ),
        (
            "EdgeRunner AI是一家新创公司，致力于为边缘打造生成式人工智能。",
            vec!["EdgeRunner AI"],
        ),
    ] {
        let got: Vec<String> = candidates(text).into_iter().map(|c| c.name).collect();
        for w in want {
            assert!(got.iter().any(|g| g == w), "{w} in {got:?}");
        }
    }
}

#[test]
fn phrases_are_not_names() {
    for text in [
        "Helsing凭借其人工智能防御软件筹集了近5亿美元资金。",
        "2021年，小米成立机器人实验室，推出了全尺寸人形仿生机器人。",
        "谷歌、Meta和微软等大型科技公司以及众多学术实验室。",
        "在16岁辍学之后，西蒙开始为一家创意制作机构工作。",
        "Said Olivia Norton, Co-founder, Chief Technology and Product Officer.",
        "在适当的情况下，资助开发自动化实验室。",
        "资本界追捧，公司轻松完成了亿元融资。",
        "成为企业 AI 赛道当之无愧的领头羊。",
    ] {
        let got: Vec<String> = candidates(text).into_iter().map(|c| c.name).collect();
        assert!(
            got.iter().all(|n| !n.contains("软件")
                && !n.contains("实验室")
                && !n.contains("西蒙")
                && !n.contains("Chief")),
            "{text}: {got:?} {:?}",
            candidates(text)
        );
    }
}

/// Fictional names: the registry holds the real ones of the press (月之暗面, K Health…).
#[test]
fn discovered_names_are_one_token_and_counted() {
    use crate::registry::Registry;
    use crate::segment::{Segmenter, TokenKind};
    let text = "近日，百模之光宣布完成新一轮融资，由青禾资本领投。Zeta Health完成了4800万美元的C轮融资，由19W和Cobalt Peak Capital领投。";
    let found = aggregate(
        [("a", text, candidates(text).as_slice())],
        Registry::bundled(),
    );
    let ids: Vec<&str> = found.iter().map(|d| d.company.id.as_str()).collect();
    for id in [
        "~百模之光",
        "~青禾资本",
        "~Zeta Health",
        "~19W",
        "~Cobalt Peak Capital",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let registry: &'static Registry = Box::leak(Box::new(effective(Registry::bundled(), &found)));
    let segmenter = Segmenter::new().unwrap().with_registry(registry);
    let companies: Vec<(String, String)> = segmenter
        .tokens(text)
        .into_iter()
        .filter_map(|t| match t.kind {
            TokenKind::Company(id) => Some((t.text, id)),
            _ => None,
        })
        .collect();
    for (name, id) in [
        ("百模之光", "~百模之光"),
        ("青禾资本", "~青禾资本"),
        ("Zeta Health", "~Zeta Health"),
        ("19W", "~19W"),
        ("Cobalt Peak Capital", "~Cobalt Peak Capital"),
    ] {
        assert!(
            companies.contains(&(name.to_owned(), id.to_owned())),
            "{name} in {companies:?}"
        );
    }
    // The names an article holds, for the worker's cache key.
    assert_eq!(names_in("青禾资本和zeta health", &found).len(), 2);
}
