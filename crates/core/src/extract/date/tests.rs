//! Tests of date finding and resolution, and of the date types.

use super::*;

fn anchor(s: &str) -> Anchor {
    Anchor::parse(s).expect("test anchor")
}

/// Every mention, after checking offsets, order and non-overlap.
fn find(sentence: &str, at: &str) -> Vec<DateMention> {
    let found = find_dates(sentence, &anchor(at));
    let mut last = 0;
    for m in &found {
        let quoted: String = sentence
            .chars()
            .skip(m.start)
            .take(m.end - m.start)
            .collect();
        assert_eq!(quoted, m.text, "offsets of {m:?} in {sentence}");
        assert!(
            m.start >= last && m.end > m.start,
            "order/overlap in {sentence}: {found:?}"
        );
        last = m.end;
    }
    found
}

/// The only mention.
fn one(sentence: &str, at: &str) -> DateMention {
    let found = find(sentence, at);
    assert_eq!(found.len(), 1, "{sentence}: {found:?}");
    found.into_iter().next().expect("one mention")
}

fn texts(sentence: &str, at: &str) -> Vec<String> {
    find(sentence, at).into_iter().map(|m| m.text).collect()
}

/// The mention's iso date, precision label and resolution.
fn summary(m: &DateMention) -> (String, String, Resolution) {
    (m.date.iso(), m.date.precision.label(), m.resolution)
}

fn check(sentence: &str, at: &str, text: &str, iso: &str, label: &str, res: Resolution) {
    let m = one(sentence, at);
    assert_eq!(m.text, text, "{sentence}");
    assert_eq!(
        summary(&m),
        (iso.to_owned(), label.to_owned(), res),
        "{sentence}"
    );
}

use Resolution::{ArticleYear, Explicit, PreviousYear, Recent, Relative};

#[test]
fn full_dates_with_ri_and_hao() {
    check(
        "该模型于2023年8月28日向公众开放",
        "2023-10",
        "2023年8月28日",
        "2023-08-28",
        "day",
        Explicit,
    );
    check(
        "发布会定在2023年8月28号举行",
        "2023-10",
        "2023年8月28号",
        "2023-08-28",
        "day",
        Explicit,
    );
}

#[test]
fn spaces_inside_dates() {
    check(
        "在 2023 年 9 月 25 日 的发布会上",
        "2023-10",
        "2023 年 9 月 25 日",
        "2023-09-25",
        "day",
        Explicit,
    );
    check(
        "2021 年 5 月，一家初创公司成立",
        "2023-10",
        "2021 年 5 月",
        "2021-05",
        "month",
        Explicit,
    );
    check(
        "早在 2015 年，这家公司就开始布局",
        "2023-10",
        "2015 年",
        "2015",
        "year",
        Explicit,
    );
}

#[test]
fn full_width_digits_keep_original_text() {
    let m = one("據報道，２０２３年９月２５日，雙方簽約", "2023-10");
    assert_eq!(m.text, "２０２３年９月２５日");
    assert_eq!(m.date.iso(), "2023-09-25");
    assert_eq!((m.start, m.end), (4, 14));
}

#[test]
fn traditional_script() {
    check(
        "去年11月，亞馬遜宣佈將擴大合作",
        "2024-03",
        "去年11月",
        "2023-11",
        "month",
        Relative,
    );
    check(
        "今年9月下旬才向該公司注資",
        "2023-10",
        "今年9月下旬",
        "2023-09",
        "month:late",
        Relative,
    );
    check(
        "到2024年底，營收有望翻倍",
        "2023-10",
        "2024年底",
        "2024",
        "year:late",
        Explicit,
    );
}

#[test]
fn numeric_formats() {
    for (s, text) in [
        ("公告日期为2023-08-28。", "2023-08-28"),
        ("截至2023/8/28的数据", "2023/8/28"),
        ("于2023.8.28 发布", "2023.8.28"),
    ] {
        check(s, "2023-10", text, "2023-08-28", "day", Explicit);
    }
}

#[test]
fn numeric_lookalikes_are_not_dates() {
    for s in [
        "升级到 v2023.8.28 版",
        "地址是 10.2023.8.28",
        "编号2023.8.28.1",
        "2023-13-01 无效",
        "2023/8-28",
        "2023.8 版本",
    ] {
        assert!(find(s, "2023-10").is_empty(), "{s}");
    }
}

#[test]
fn year_and_year_month() {
    check(
        "这家公司在2022年完成了重组",
        "2023-10",
        "2022年",
        "2022",
        "year",
        Explicit,
    );
    check(
        "这家公司在2022 年完成了重组",
        "2023-10",
        "2022 年",
        "2022",
        "year",
        Explicit,
    );
    check(
        "2023年9月，双方开始谈判",
        "2023-10",
        "2023年9月",
        "2023-09",
        "month",
        Explicit,
    );
    check(
        "公司2024财年营收增长",
        "2023-10",
        "2024财年",
        "2024",
        "year",
        Explicit,
    );
    check(
        "二〇二三年十月，模型开源",
        "2024-01",
        "二〇二三年十月",
        "2023-10",
        "month",
        Explicit,
    );
}

#[test]
fn durations_amounts_and_rates_are_not_dates() {
    for s in [
        "这家公司成立18个月就上市了",
        "会员价30美元/月，按年付更便宜",
        "每月更新一次模型",
        "公司成立5年，估值翻了十倍",
        "计划在5年内盈利",
        "融资2000亿美元的传闻不实",
        "接入第三方插件",
        "训练耗时3个月",
        "月活用户突破一亿",
        "GPT-4月活跃度",
    ] {
        assert!(
            find(s, "2023-10").is_empty(),
            "{s}: {:?}",
            find(s, "2023-10")
        );
    }
}

#[test]
fn implausible_years_and_decades_are_not_dates() {
    for s in [
        "公元1000年前后",
        "1990年代的互联网泡沫",
        "预计要到3000年",
        "12023年",
    ] {
        assert!(find(s, "2023-10").is_empty(), "{s}");
    }
}

#[test]
fn month_day_takes_article_year() {
    check(
        "9月25日，两家公司宣布合作",
        "2023-10",
        "9月25日",
        "2023-09-25",
        "day",
        ArticleYear,
    );
    check(
        "新功能在7月份上线",
        "2023-10",
        "7月份",
        "2023-07",
        "month",
        ArticleYear,
    );
}

#[test]
fn month_after_article_goes_to_previous_year() {
    check(
        "12月，该团队发布了第一版",
        "2024-01",
        "12月",
        "2023-12",
        "month",
        PreviousYear,
    );
    check(
        "12月18日，该团队发布了第一版",
        "2024-01-05",
        "12月18日",
        "2023-12-18",
        "day",
        PreviousYear,
    );
}

#[test]
fn date_in_the_articles_own_month_is_not_after() {
    check(
        "10月20日，董事会开会",
        "2023-10-05",
        "10月20日",
        "2023-10-20",
        "day",
        ArticleYear,
    );
}

#[test]
fn future_cue_keeps_article_year() {
    check(
        "该公司计划于11月发布新模型",
        "2023-09",
        "11月",
        "2023-11",
        "month",
        ArticleYear,
    );
    check(
        "新品预计11月上市",
        "2023-09",
        "11月",
        "2023-11",
        "month",
        ArticleYear,
    );
    check(
        "11月，该公司发布了新模型",
        "2023-09",
        "11月",
        "2022-11",
        "month",
        PreviousYear,
    );
}

#[test]
fn object_marking_jiang_is_no_future_cue() {
    check(
        "11月，微软将其并入办公套件",
        "2023-09",
        "11月",
        "2022-11",
        "month",
        PreviousYear,
    );
    check(
        "11月，微软将 Copilot 并入办公套件",
        "2023-09",
        "11月",
        "2022-11",
        "month",
        PreviousYear,
    );
    check(
        "该功能11月将向所有用户开放",
        "2023-09",
        "11月",
        "2023-11",
        "month",
        ArticleYear,
    );
    // 模拟, 虚拟: not 拟 (plan to).
    check(
        "11月，虚拟助手上线",
        "2023-09",
        "11月",
        "2022-11",
        "month",
        PreviousYear,
    );
}

#[test]
fn year_only_anchor() {
    check(
        "12月，公司发布财报",
        "2023",
        "12月",
        "2023-12",
        "month",
        ArticleYear,
    );
    assert!(find("上个月公司发布财报", "2023").is_empty());
    assert!(find("公司将在月底发布财报", "2023").is_empty());
}

#[test]
fn relative_years() {
    check(
        "去年公司亏损严重",
        "2024-01-05",
        "去年",
        "2023",
        "year",
        Relative,
    );
    check(
        "今年公司扭亏为盈",
        "2024-01-05",
        "今年",
        "2024",
        "year",
        Relative,
    );
    check(
        "前年公司还在亏损",
        "2024-01-05",
        "前年",
        "2022",
        "year",
        Relative,
    );
    check(
        "明年公司有望上市",
        "2024-01-05",
        "明年",
        "2025",
        "year",
        Relative,
    );
    check(
        "今年2月推出了插件商店",
        "2024-03",
        "今年2月",
        "2024-02",
        "month",
        Relative,
    );
    check(
        "去年11月的风波",
        "2024-01",
        "去年11月",
        "2023-11",
        "month",
        Relative,
    );
}

#[test]
fn words_containing_year_words_are_not_dates() {
    for s in [
        "如今年轻人更愿意尝鲜",
        "这说明年报数据可信",
        "目前年营收约10亿元",
        "青年初创团队很多",
        "在过去一年中增长很快",
    ] {
        assert!(
            find(s, "2023-10").is_empty(),
            "{s}: {:?}",
            find(s, "2023-10")
        );
    }
}

#[test]
fn parts_of_years() {
    check(
        "今年年底前完成交付",
        "2023-10",
        "今年年底",
        "2023",
        "year:late",
        Relative,
    );
    check(
        "年底前完成交付",
        "2023-10",
        "年底",
        "2023",
        "year:late",
        Relative,
    );
    check(
        "与年初相比，情绪回暖",
        "2023-10",
        "年初",
        "2023",
        "year:early",
        Relative,
    );
    check(
        "明年初推出新版本",
        "2023-10",
        "明年初",
        "2024",
        "year:early",
        Relative,
    );
    check(
        "去年底公司裁员",
        "2023-10",
        "去年底",
        "2022",
        "year:late",
        Relative,
    );
    check(
        "2023年初追加投资",
        "2024-05",
        "2023年初",
        "2023",
        "year:early",
        Explicit,
    );
    check(
        "今年中，公司调整了策略",
        "2023-10",
        "今年中",
        "2023",
        "year:mid",
        Relative,
    );
}

#[test]
fn zhong_after_a_year_is_usually_a_word() {
    check(
        "2023年中国市场规模扩大",
        "2023-10",
        "2023年",
        "2023",
        "year",
        Explicit,
    );
    check(
        "今年初步完成布局",
        "2023-10",
        "今年",
        "2023",
        "year",
        Relative,
    );
}

#[test]
fn halves() {
    check(
        "上半年营收增长",
        "2023-10",
        "上半年",
        "2023",
        "half:1",
        Relative,
    );
    check(
        "去年下半年市场降温",
        "2023-10",
        "去年下半年",
        "2022",
        "half:2",
        Relative,
    );
    check(
        "2023年上半年营收增长",
        "2024-03",
        "2023年上半年",
        "2023",
        "half:1",
        Explicit,
    );
    assert!(find("半年报显示，大半年里没有盈利", "2023-10").is_empty());
}

#[test]
fn quarters() {
    for (s, text) in [
        ("二季度营收增长", "二季度"),
        ("第二季度营收增长", "第二季度"),
        ("Q2营收增长", "Q2"),
        ("第2季度营收增长", "第2季度"),
    ] {
        check(s, "2023-09", text, "2023", "quarter:2", ArticleYear);
    }
    check(
        "2023年第三季度财报",
        "2024-01",
        "2023年第三季度",
        "2023",
        "quarter:3",
        Explicit,
    );
    check(
        "2023年Q3财报",
        "2024-01",
        "2023年Q3",
        "2023",
        "quarter:3",
        Explicit,
    );
    check(
        "2023Q3财报",
        "2024-01",
        "2023Q3",
        "2023",
        "quarter:3",
        Explicit,
    );
    check(
        "今年二季度营收增长",
        "2023-09",
        "今年二季度",
        "2023",
        "quarter:2",
        Relative,
    );
    check(
        "去年四季度营收下滑",
        "2023-09",
        "去年四季度",
        "2022",
        "quarter:4",
        Relative,
    );
}

#[test]
fn bare_quarter_after_the_article_is_last_years() {
    check(
        "四季度财报显示利润下滑",
        "2024-01",
        "四季度",
        "2023",
        "quarter:4",
        PreviousYear,
    );
}

#[test]
fn counted_quarters_are_not_dates() {
    for s in [
        "较上一季度增长一成",
        "近几个季度利润下滑",
        "连续三季度下滑",
        "型号GQ2已停产",
        "Q23 不是季度",
    ] {
        assert!(
            find(s, "2023-10").is_empty(),
            "{s}: {:?}",
            find(s, "2023-10")
        );
    }
}

#[test]
fn relative_months() {
    check(
        "上个月发布了新版本",
        "2024-01",
        "上个月",
        "2023-12",
        "month",
        Relative,
    );
    check(
        "公司上月发布了新版本",
        "2024-01",
        "上月",
        "2023-12",
        "month",
        Relative,
    );
    check(
        "本月发布新版本",
        "2024-01",
        "本月",
        "2024-01",
        "month",
        Relative,
    );
    check(
        "这个月发布新版本",
        "2024-01-15",
        "这个月",
        "2024-01",
        "month",
        Relative,
    );
    check(
        "下个月发布新版本",
        "2023-12",
        "下个月",
        "2024-01",
        "month",
        Relative,
    );
    check(
        "Meta上月末发布了眼镜",
        "2023-10",
        "上月末",
        "2023-09",
        "month:late",
        Relative,
    );
}

#[test]
fn words_around_yue_are_not_relative_months() {
    for s in ["人类登上月球", "线上月活跃用户过亿", "日本月度数据"] {
        assert!(
            find(s, "2023-10").is_empty(),
            "{s}: {:?}",
            find(s, "2023-10")
        );
    }
}

#[test]
fn parts_of_months() {
    check(
        "9月下旬完成交割",
        "2023-10",
        "9月下旬",
        "2023-09",
        "month:late",
        ArticleYear,
    );
    check(
        "9月上旬完成交割",
        "2023-10",
        "9月上旬",
        "2023-09",
        "month:early",
        ArticleYear,
    );
    check(
        "9月中旬完成交割",
        "2023-10",
        "9月中旬",
        "2023-09",
        "month:mid",
        ArticleYear,
    );
    check(
        "7月初完成交割",
        "2023-10",
        "7月初",
        "2023-07",
        "month:early",
        ArticleYear,
    );
    check(
        "7月底完成交割",
        "2023-10",
        "7月底",
        "2023-07",
        "month:late",
        ArticleYear,
    );
    check(
        "7月末完成交割",
        "2023-10",
        "7月末",
        "2023-07",
        "month:late",
        ArticleYear,
    );
    check(
        "7月中，交割完成",
        "2023-10",
        "7月中",
        "2023-07",
        "month:mid",
        ArticleYear,
    );
    check(
        "2023年9月下旬完成交割",
        "2024-03",
        "2023年9月下旬",
        "2023-09",
        "month:late",
        Explicit,
    );
    check(
        "去年9月下旬完成交割",
        "2024-03",
        "去年9月下旬",
        "2023-09",
        "month:late",
        Relative,
    );
    check(
        "11月下旬完成交割",
        "2024-01",
        "11月下旬",
        "2023-11",
        "month:late",
        PreviousYear,
    );
}

#[test]
fn month_part_glued_to_a_word_is_left_off() {
    check(
        "9月中国市场回暖",
        "2023-10",
        "9月",
        "2023-09",
        "month",
        ArticleYear,
    );
    check(
        "7月初步完成测试",
        "2023-10",
        "7月",
        "2023-07",
        "month",
        ArticleYear,
    );
}

#[test]
fn month_parts_alone_mean_the_articles_month() {
    check(
        "预计月底前完成",
        "2023-10",
        "月底",
        "2023-10",
        "month:late",
        Relative,
    );
    check(
        "月初，团队扩招",
        "2023-10",
        "月初",
        "2023-10",
        "month:early",
        Relative,
    );
    check(
        "月中旬，团队扩招",
        "2023-10",
        "月中旬",
        "2023-10",
        "month:mid",
        Relative,
    );
    assert!(find("三个月底薪不变", "2023-10").is_empty());
}

#[test]
fn years_ago() {
    check(
        "5年前，这家公司还很小",
        "2023-10",
        "5年前",
        "2018",
        "year",
        Relative,
    );
    check(
        "两年前，这家公司还很小",
        "2023-10",
        "两年前",
        "2021",
        "year",
        Relative,
    );
    check(
        "早在十年前就已布局",
        "2023-10",
        "十年前",
        "2013",
        "year",
        Relative,
    );
    assert!(find("几年前，这家公司还很小", "2023-10").is_empty());
    // Before 2019: the year itself.
    check("2019年前后", "2023-10", "2019年", "2019", "year", Explicit);
}

#[test]
fn recently_means_the_article_date() {
    for (s, text) in [
        ("几天前，公司升级了模型", "几天前"),
        ("近日，公司升级了模型", "近日"),
        ("近期，公司接受了一笔投资", "近期"),
        ("公司日前升级了模型", "日前"),
        ("公司前几天升级了模型", "前几天"),
        ("最近几天，公司升级了模型", "最近几天"),
        ("近幾天，公司升級了模型", "近幾天"),
    ] {
        check(s, "2023-08-08", text, "2023-08-08", "day", Recent);
    }
    check(
        "近日，公司升级了模型",
        "2023-10",
        "近日",
        "2023-10",
        "month",
        Recent,
    );
    for s in ["节日前后流量大增", "接近日本的水平"] {
        assert!(
            find(s, "2023-10").is_empty(),
            "{s}: {:?}",
            find(s, "2023-10")
        );
    }
}

#[test]
fn month_ranges() {
    for (s, text) in [
        ("4~7月访问量翻倍", "4~7月"),
        ("4-7月访问量翻倍", "4-7月"),
        ("4至7月访问量翻倍", "4至7月"),
        ("4到7月访问量翻倍", "4到7月"),
        ("4月至7月访问量翻倍", "4月至7月"),
    ] {
        let m = one(s, "2023-10");
        assert_eq!(m.text, text);
        assert_eq!(
            summary(&m),
            ("2023-04".to_owned(), "month".to_owned(), ArticleYear)
        );
        assert_eq!(m.until, Some(Date::of_month(2023, 7)), "{s}");
    }
    let m = one("2023年4月至6月访问量翻倍", "2024-03");
    assert_eq!(
        (m.date, m.until, m.resolution),
        (
            Date::of_month(2023, 4),
            Some(Date::of_month(2023, 6)),
            Explicit
        )
    );
    let m = one("今年4~7月访问量翻倍", "2023-10");
    assert_eq!(
        (m.text.as_str(), m.until, m.resolution),
        ("今年4~7月", Some(Date::of_month(2023, 7)), Relative)
    );
}

#[test]
fn range_year_follows_the_start() {
    let m = one("11-12月销量下滑", "2024-01");
    assert_eq!(
        (m.date, m.until, m.resolution),
        (
            Date::of_month(2023, 11),
            Some(Date::of_month(2023, 12)),
            PreviousYear
        )
    );
}

#[test]
fn day_and_year_ranges() {
    let m = one("9月25日至28日举办大会", "2023-10");
    assert_eq!(
        (m.text.as_str(), m.date, m.until),
        (
            "9月25日至28日",
            Date::of_day(2023, 9, 25),
            Some(Date::of_day(2023, 9, 28))
        )
    );
    let m = one("9月25日-10月2日举办大会", "2023-10");
    assert_eq!(m.until, Some(Date::of_day(2023, 10, 2)));
    let m = one("2023年12月25日至2024年1月3日停服", "2024-03");
    assert_eq!(
        (m.date, m.until),
        (Date::of_day(2023, 12, 25), Some(Date::of_day(2024, 1, 3)))
    );
    let m = one("9月25-28日举办大会", "2023-10");
    assert_eq!(m.until, Some(Date::of_day(2023, 9, 28)));
    let m = one("2020-2022年连续亏损", "2023-10");
    assert_eq!(
        (m.text.as_str(), m.date, m.until, m.resolution),
        (
            "2020-2022年",
            Date::of_year(2020),
            Some(Date::of_year(2022)),
            Explicit
        )
    );
    let m = one("2023年至2024年连续增长", "2024-10");
    assert_eq!(
        (m.date, m.until),
        (Date::of_year(2023), Some(Date::of_year(2024)))
    );
}

#[test]
fn chinese_numeral_months_and_days() {
    check(
        "九月，公司发布新品",
        "2023-10",
        "九月",
        "2023-09",
        "month",
        ArticleYear,
    );
    check(
        "十一月份，公司发布新品",
        "2024-01",
        "十一月份",
        "2023-11",
        "month",
        PreviousYear,
    );
    check(
        "十二月二十五日发布新品",
        "2024-01",
        "十二月二十五日",
        "2023-12-25",
        "day",
        PreviousYear,
    );
    for s in ["统一月度报表", "每年五六月发布新品", "第一月度目标"] {
        assert!(
            find(s, "2023-10").is_empty(),
            "{s}: {:?}",
            find(s, "2023-10")
        );
    }
}

#[test]
fn impossible_dates_are_dropped() {
    for s in [
        "2月30日发布",
        "13月发布",
        "2023年2月29日发布",
        "4月31日发布",
        "0月发布",
    ] {
        assert!(
            find(s, "2023-10").is_empty(),
            "{s}: {:?}",
            find(s, "2023-10")
        );
    }
    check(
        "2024年2月29日发布",
        "2024-10",
        "2024年2月29日",
        "2024-02-29",
        "day",
        Explicit,
    );
}

#[test]
fn every_year_is_no_date() {
    assert!(find("每年5月举办开发者大会", "2023-10").is_empty());
}

#[test]
fn longest_wins_and_mentions_come_in_order() {
    assert_eq!(texts("2023年9月下旬至今", "2023-10"), ["2023年9月下旬"]);
    let found = find("去年11月和今年3月，两轮融资", "2023-10");
    let got: Vec<_> = found
        .iter()
        .map(|m| (m.text.as_str(), m.date.iso()))
        .collect();
    assert_eq!(
        got,
        [
            ("去年11月", "2022-11".to_owned()),
            ("今年3月", "2023-03".to_owned())
        ]
    );
}

#[test]
fn offsets_are_chars_not_bytes() {
    let m = one("😀亚马逊于2023年9月25日宣布", "2023-10");
    assert_eq!((m.start, m.end), (5, 15));
}

#[test]
fn iso_and_label_per_precision() {
    let d = |precision, month, day| Date {
        year: 2023,
        month,
        day,
        precision,
    };
    let cases = [
        (d(Precision::Day, Some(9), Some(5)), "2023-09-05", "day"),
        (
            d(Precision::MonthPart(Part::Early), Some(9), None),
            "2023-09",
            "month:early",
        ),
        (
            d(Precision::MonthPart(Part::Mid), Some(9), None),
            "2023-09",
            "month:mid",
        ),
        (
            d(Precision::MonthPart(Part::Late), Some(9), None),
            "2023-09",
            "month:late",
        ),
        (d(Precision::Month, Some(9), None), "2023-09", "month"),
        (d(Precision::Quarter(1), None, None), "2023", "quarter:1"),
        (d(Precision::Quarter(4), None, None), "2023", "quarter:4"),
        (d(Precision::Half(1), None, None), "2023", "half:1"),
        (d(Precision::Half(2), None, None), "2023", "half:2"),
        (
            d(Precision::YearPart(Part::Early), None, None),
            "2023",
            "year:early",
        ),
        (
            d(Precision::YearPart(Part::Mid), None, None),
            "2023",
            "year:mid",
        ),
        (
            d(Precision::YearPart(Part::Late), None, None),
            "2023",
            "year:late",
        ),
        (d(Precision::Year, None, None), "2023", "year"),
    ];
    for (date, iso, label) in cases {
        assert_eq!(
            (date.iso().as_str(), date.precision.label().as_str()),
            (iso, label)
        );
    }
}

#[test]
fn precision_serializes_as_its_label() {
    assert_eq!(
        serde_json::to_string(&Precision::Quarter(2))
            .ok()
            .as_deref(),
        Some("\"quarter:2\"")
    );
    assert_eq!(
        serde_json::to_string(&Precision::MonthPart(Part::Late))
            .ok()
            .as_deref(),
        Some("\"month:late\"")
    );
}

#[test]
fn first_and_last_days() {
    let span = |d: Date| (d.first_day(), d.last_day());
    let part = |m, p| Date::month_part(2023, m, p);
    assert_eq!(span(part(9, Part::Early)), ((2023, 9, 1), (2023, 9, 10)));
    assert_eq!(span(part(9, Part::Mid)), ((2023, 9, 11), (2023, 9, 20)));
    assert_eq!(span(part(9, Part::Late)), ((2023, 9, 21), (2023, 9, 30)));
    assert_eq!(
        span(Date::month_part(2024, 2, Part::Late)),
        ((2024, 2, 21), (2024, 2, 29))
    );
    assert_eq!(span(Date::of_month(2023, 2)), ((2023, 2, 1), (2023, 2, 28)));
    assert_eq!(span(Date::of_month(2000, 2)).1, (2000, 2, 29));
    assert_eq!(span(Date::of_month(1900, 2)).1, (1900, 2, 28));
    assert_eq!(
        span(Date::of_day(2023, 8, 28)),
        ((2023, 8, 28), (2023, 8, 28))
    );
    assert_eq!(
        span(Date::without_month(2023, Precision::Quarter(2))),
        ((2023, 4, 1), (2023, 6, 30))
    );
    assert_eq!(
        span(Date::without_month(2023, Precision::Quarter(4))),
        ((2023, 10, 1), (2023, 12, 31))
    );
    assert_eq!(
        span(Date::without_month(2023, Precision::Half(1))),
        ((2023, 1, 1), (2023, 6, 30))
    );
    assert_eq!(
        span(Date::without_month(2023, Precision::Half(2))),
        ((2023, 7, 1), (2023, 12, 31))
    );
    assert_eq!(
        span(Date::without_month(2023, Precision::YearPart(Part::Early))),
        ((2023, 1, 1), (2023, 3, 31))
    );
    assert_eq!(
        span(Date::without_month(2023, Precision::YearPart(Part::Mid))),
        ((2023, 5, 1), (2023, 8, 31))
    );
    assert_eq!(
        span(Date::without_month(2023, Precision::YearPart(Part::Late))),
        ((2023, 10, 1), (2023, 12, 31))
    );
    assert_eq!(span(Date::of_year(2023)), ((2023, 1, 1), (2023, 12, 31)));
    // Malformed dates widen instead of failing.
    assert_eq!(
        span(Date {
            year: 2023,
            month: None,
            day: None,
            precision: Precision::Month
        })
        .0,
        (2023, 1, 1)
    );
    assert_eq!(
        span(Date::without_month(2023, Precision::Quarter(7))).1,
        (2023, 12, 31)
    );
}

#[test]
fn day_numbers() {
    assert_eq!(day_number(1970, 1, 1), 0);
    assert_eq!(day_number(2000, 1, 1), 10_957);
    assert_eq!(day_number(2024, 3, 1) - day_number(2024, 2, 28), 2);
    assert_eq!(day_number(2023, 3, 1) - day_number(2023, 2, 28), 1);
    assert_eq!(day_number(2024, 1, 1) - day_number(2023, 12, 31), 1);
    assert_eq!(day_number(1969, 12, 31), -1);
}

#[test]
fn anchor_as_date() {
    assert_eq!(anchor("2023").as_date(), Date::of_year(2023));
    assert_eq!(anchor("2023-10").as_date(), Date::of_month(2023, 10));
    assert_eq!(anchor("2023-10-02").as_date(), Date::of_day(2023, 10, 2));
    assert_eq!(
        Anchor {
            year: 2023,
            month: Some(2),
            day: Some(31)
        }
        .as_date(),
        Date::of_month(2023, 2)
    );
}

#[test]
fn odd_input_does_not_panic() {
    let anchors = [
        anchor("2023-10"),
        Anchor {
            year: i32::MAX,
            month: Some(12),
            day: Some(31),
        },
        Anchor {
            year: i32::MIN,
            month: Some(1),
            day: None,
        },
        Anchor {
            year: 2023,
            month: Some(0),
            day: Some(99),
        },
    ];
    let inputs = [
        "",
        "月",
        "年年年底底月月初中",
        "😀🎉年月日",
        "99999999999999999999年99月99日",
        "去年 今年 明年 前年 上个月 下个月 本月 月底 5年前 近日 二季度 Q4 上半年",
        "4~~7月 -月 至月 第季度 Q 年初初",
        "２０２３年１２月３１日至２０２４年",
        "\u{3000}2023\u{3000}年\u{3000}9\u{3000}月",
    ];
    for a in &anchors {
        for s in inputs {
            for m in find_dates(s, a) {
                assert!(m.start < m.end && m.end <= s.chars().count());
                let _ = (m.date.iso(), m.date.first_day(), m.date.last_day());
            }
        }
    }
}
