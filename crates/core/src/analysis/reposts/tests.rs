//! Reposts on short texts written here, and on the real library `../shared/news-2024`.

use super::*;

/// A made-up story of about 300 characters, long enough that a header or a footer is a small
/// part of it.
const STORY: &str =
    "据报道，星河智能今日宣布完成新一轮融资，金额达到五亿元人民币，由多家知名投资机构联合领投。\
公司创始人表示，本轮资金将主要用于大模型的研发与算力建设，同时扩大在教育和医疗领域的应用落地。\
星河智能成立于二零二一年，团队成员大多来自国内外顶尖高校与研究机构，此前已推出两代通用对话模型。\
业内人士认为，随着行业竞争加剧，头部企业正在加速融资以抢占市场先机，而中小企业则面临更大的压力。\
公司计划在年底前发布第三代模型，并开放给企业客户试用，预计明年实现规模化商业收入。";

/// A different story on the same subject, sharing only a quotation with [`STORY`].
const OTHER: &str =
    "晨光科技周三发布了面向工业制造的视觉检测系统，可以在生产线上实时识别零件缺陷。\
该系统已在三家汽车工厂试运行半年，检测准确率超过百分之九十九，误报率明显下降。\
公司负责人在发布会上说，工业场景对稳定性的要求远高于消费场景，因此团队花了大量时间打磨细节。\
有分析人士引用了一句话：头部企业正在加速融资以抢占市场先机。晨光科技则表示暂无融资计划。\
下一步，公司将与更多制造企业合作，把系统推广到电子和家电行业。";

/// The signature of `text`, its script detected as import does.
fn signature(text: &str) -> Signature {
    Signature::of(text, crate::normalize::detect_script(text))
}

/// Whether `a` and `b`, as two articles, make one story.
fn grouped(a: &str, b: &str) -> bool {
    let (sa, sb) = (signature(a), signature(b));
    let members = [
        Member {
            article: "a",
            date: "2024-04-01",
            signature: &sa,
        },
        Member {
            article: "b",
            date: "2024-04-02",
            signature: &sb,
        },
    ];
    !group(&members).is_empty()
}

#[test]
fn copies_are_one_story_and_different_stories_are_not() {
    let with_frame =
        format!("本文转载自某某公众号，作者小李。\n{STORY}\n欢迎关注我们，获取更多资讯。");
    let edited = STORY
        .replace("五亿元", "六亿元")
        .replace("今日", "周一")
        .replace("头部企业", "领先公司");
    let traditional_punctuation = STORY.replace('，', ",").replace('。', ". ");
    let cases: &[(&str, &str, &str, bool)] = &[
        ("the same text", STORY, STORY, true),
        ("a header and a footer added", STORY, &with_frame, true),
        ("a light edit", STORY, &edited, true),
        (
            "other punctuation and spacing",
            STORY,
            &traditional_punctuation,
            true,
        ),
        ("only a quotation shared", STORY, OTHER, false),
        (
            "unrelated",
            STORY,
            "今天天气很好，我们去公园散步，看到很多人在放风筝。",
            false,
        ),
        ("empty", "", "", false),
    ];
    for &(what, a, b, expected) in cases {
        assert_eq!(grouped(a, b), expected, "{what}");
    }
}

#[test]
fn traditional_and_simplified_copies_are_one_story() {
    assert!(grouped(STORY, "據報道，星河智能今日宣布完成新一輪融資，金額達到五億元人民幣，由多家知名投資機構聯合領投。公司創始人表示，本輪資金將主要用於大模型的研發與算力建設，同時擴大在教育和醫療領域的應用落地。星河智能成立於二零二一年，團隊成員大多來自國內外頂尖高校與研究機構，此前已推出兩代通用對話模型。業內人士認為，隨著行業競爭加劇，頭部企業正在加速融資以搶佔市場先機，而中小企業則面臨更大的壓力。公司計劃在年底前發布第三代模型，並開放給企業客戶試用，預計明年實現規模化商業收入。"));
}

#[test]
fn an_excerpt_of_a_long_article_is_a_copy_but_a_short_one_is_not() {
    let backwards = |t: &str| t.chars().rev().collect::<String>();
    let long = format!("{STORY}{OTHER}{}{}", backwards(STORY), backwards(OTHER));
    let (excerpt, long) = (signature(STORY), signature(&long));
    assert!(excerpt.shingles.len() >= MIN_EXCERPT);
    assert!(excerpt.jaccard(&long) < THRESHOLD, "an excerpt, not a copy");
    assert!(excerpt.same_story(&long));
    let first_lines: String = STORY.chars().take(80).collect();
    assert!(
        !signature(&first_lines).same_story(&long),
        "too short to tell"
    );
}

#[test]
fn jaccard_is_exact_on_the_shingle_sets() {
    // "abcdef" has the shingles abcde, bcdef; "abcdefg" adds cdefg: 2 shared of 3.
    let j = signature("abcdef").jaccard(&signature("abcdefg"));
    assert!((j - 2.0 / 3.0).abs() < 1e-9, "{j}");
    assert_eq!(
        signature("abcd").jaccard(&signature("abcd")),
        0.0,
        "no shingle"
    );
}

#[test]
fn the_original_is_the_earliest_then_the_longest_then_the_smallest_id() {
    let long = signature(&format!("{STORY}补充一句。"));
    let short = signature(STORY);
    let m = |article, date, signature| Member {
        article,
        date,
        signature,
    };
    let cases: &[(&[Member], &str)] = &[
        (
            &[m("b", "2024-04-02", &long), m("a", "2024-04-01", &short)],
            "a",
        ),
        (
            &[m("b", "2024-04-01", &long), m("a", "2024-04-01", &short)],
            "b",
        ),
        (
            &[m("b", "2024-04-01", &short), m("a", "2024-04-01", &short)],
            "a",
        ),
    ];
    for &(members, original) in cases {
        let stories = group(members);
        assert_eq!(stories.len(), 1);
        assert_eq!(stories[0].id, "s0");
        assert_eq!(stories[0].original, original);
        assert_eq!(stories[0].copies.len(), 1);
    }
}

#[test]
fn copies_of_copies_join_one_story() {
    // a is b's first three fifths, c its last three: a and c share a fifth, b most of each.
    let chars: Vec<char> = STORY.chars().collect();
    let fifth = chars.len() / 5;
    let a: String = chars[..3 * fifth].iter().collect();
    let b = STORY;
    let c: String = chars[2 * fifth..].iter().collect();
    assert!(
        signature(&a).jaccard(&signature(&c)) < THRESHOLD,
        "a and c alone are apart"
    );
    let sigs: Vec<Signature> = [a.as_str(), b, &c].iter().map(|t| signature(t)).collect();
    let members: Vec<Member> = ["x", "y", "z"]
        .iter()
        .zip(&sigs)
        .map(|(&article, signature)| Member {
            article,
            date: "2024-04-01",
            signature,
        })
        .collect();
    let stories = group(&members);
    assert_eq!(stories.len(), 1);
    assert_eq!(stories[0].original, "y", "the longest");
    let copies: Vec<&str> = stories[0]
        .copies
        .iter()
        .map(|c| c.article.as_str())
        .collect();
    assert_eq!(copies, ["x", "z"]);
}

/// The real library, `../shared/news-2024/articles/*.md` beside the repository (or beside
/// any folder above it, as in a worktree), imported as `baimo import` does.
mod library {
    use super::*;
    use crate::import::decode::Choice;
    use crate::import::read_file;
    use crate::Article;
    use std::path::PathBuf;
    use std::time::Instant;

    fn folder() -> PathBuf {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        root.canonicalize()
            .expect("repository root")
            .ancestors()
            .map(|dir| dir.join("../shared/news-2024/articles"))
            .find(|dir| dir.is_dir())
            .unwrap_or_else(|| {
                panic!("../shared/news-2024/articles not found beside the repository or above it")
            })
    }

    fn articles() -> Vec<Article> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(folder())
            .expect("the library folder reads")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        paths.sort();
        let mut articles = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for path in paths {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).expect("file reads");
            let Ok(draft) = read_file(&name, &bytes, Choice::Auto, "2024-12-31") else {
                continue;
            };
            let Ok(stored) = draft.finish(&draft.edits(), "2024-12-31") else {
                continue;
            };
            // The same text twice is one article, as `baimo import` and the browser refuse it.
            if !seen.insert(stored.meta.id.clone()) {
                continue;
            }
            let mut article = stored.article();
            // The file name, which the site dates: what the assertions below name.
            article.meta.id = name;
            articles.push(article);
        }
        articles
    }

    #[test]
    fn reposts_in_the_real_library_are_grouped_sensibly() {
        let articles = articles();
        let started = Instant::now();
        let signatures: Vec<Signature> = articles
            .iter()
            .map(|a| Signature::of(&a.text, a.meta.script))
            .collect();
        let signed = started.elapsed();
        let members: Vec<Member> = articles
            .iter()
            .zip(&signatures)
            .map(|(a, signature)| Member {
                article: &a.meta.id,
                date: &a.meta.date,
                signature,
            })
            .collect();
        let started = Instant::now();
        let stories = group(&members);
        let grouped = started.elapsed();
        let copies: usize = stories.iter().map(|s| s.copies.len()).sum();
        eprintln!(
            "{} articles, {} stories with copies, {} copies; signatures {signed:?}, grouping {grouped:?}",
            articles.len(),
            stories.len(),
            copies
        );
        if std::env::var_os("REPOSTS_DUMP").is_some() {
            for s in &stories {
                eprintln!("{} {} {:?}", s.id, s.original, s.copies);
            }
            dump_near_threshold(&members);
        }
        assert!(articles.len() > 900, "{} articles", articles.len());
        // Read by hand: 169 stories with 349 copies; a third of them the same press release
        // translated twice or three times, the rest reposts and teasers.
        assert!(
            (150..=200).contains(&stories.len()),
            "{} stories",
            stories.len()
        );
        assert!((300..=420).contains(&copies), "{copies} copies");
        let largest = stories
            .iter()
            .map(|s| s.copies.len() + 1)
            .max()
            .unwrap_or(0);
        assert!(largest <= 12, "a story of {largest} articles");
        let story_of = |id: &str| {
            stories
                .iter()
                .position(|s| s.original == id || s.copies.iter().any(|c| c.article == id))
        };
        let one_story = [
            // A long essay and its teaser (Jaccard 0.25, the teaser wholly inside it).
            ("2024-07-12-auto4-SndvAR.md", "2024-07-13-auto4-kexYkM.md"),
            // One press release, translated twice (0.5).
            ("2024-07-12-auto3-zuUDdX.md", "2024-07-13-auto3-HaEt2r.md"),
            // Another, its title worded differently too (0.4).
            ("2024-07-13-auto3-FAt8Ve.md", "2024-07-14-auto3-CjT7iI.md"),
        ];
        for (a, b) in one_story {
            assert!(
                story_of(a).is_some() && story_of(a) == story_of(b),
                "{a} and {b}"
            );
        }
        // Different English items sharing the same site trailer (Jaccard about 0.14).
        let apart = [
            ("2024-04-17-auto2-5vIM7B.md", "2024-07-02-auto2-o2OVdK.md"),
            ("2024-04-17-auto2-ZXbWq9.md", "2024-07-02-auto2-o2OVdK.md"),
        ];
        for (a, b) in apart {
            assert!(
                story_of(a).is_none() || story_of(a) != story_of(b),
                "{a} and {b}"
            );
        }
    }

    /// Every candidate pair's exact similarity, in tenths: how the threshold was chosen.
    fn dump_near_threshold(members: &[Member]) {
        let mut tenths = [0usize; 11];
        for (a, b) in candidates(members) {
            let j = members[a].signature.jaccard(members[b].signature);
            tenths[(j * 10.0) as usize] += 1;
            if (0.2..0.6).contains(&j) {
                eprintln!("{j:.3} {} {}", members[a].article, members[b].article);
            }
        }
        eprintln!("candidate pairs by similarity, in tenths: {tenths:?}");
        let mut hundredths = [0usize; 101];
        for a in 0..members.len() {
            for b in a + 1..members.len() {
                let (sa, sb) = (members[a].signature, members[b].signature);
                let j = sa.jaccard(sb);
                hundredths[(j * 100.0) as usize] += 1;
                if (0.08..0.25).contains(&j) {
                    eprintln!("ALL {j:.3} {} {}", members[a].article, members[b].article);
                }
            }
        }
        eprintln!("all pairs by similarity, in hundredths: {hundredths:?}");
    }
}
