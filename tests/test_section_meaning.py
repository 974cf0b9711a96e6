"""Section kinds from meaning, and the page chrome of web copies.

The documents are written for these tests (no text of the State Council corpus).
"""

from __future__ import annotations

import pytest

from govtext.io import infer_metadata
from govtext.sections import PARTS, segment_sections

from .test_sections import check_partition

GWR_2026 = (
    "2026年XX省人民政府工作报告\n"
    "——2026年1月25日在XX省第十四届人民代表大会第五次会议上\n"
    "各位代表：\n"
    "现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    "一、一年接着一年干，推动全省高质量发展持续取得新进展新成效\n"
    "过去一年，面对复杂严峻的外部环境，全省经济运行稳中有进。地区生产总值增长5.6%，完成了年度目标任务。"
    "新建5G基站1.2万个，实现了扭亏为盈。累计新增经营主体30万户。\n"
    "我们也清醒看到，发展中还存在不少困难和问题：一是经济回升基础还不牢固；二是科技创新能力不强。"
    "对此，我们一定正视问题，采取有力措施加以解决。\n"
    "二、“十五五”时期主要目标任务\n"
    "今后五年，要坚持稳中求进，力争地区生产总值年均增长5%左右。\n"
    "三、2026年主要工作\n"
    "今年是“十五五”开局之年，我们要抓好以下工作。\n"
    "（一）加快建设现代化产业体系。要实施制造业重点产业链高质量发展行动。\n"
    "（二）着力扩大有效需求。将推进城市更新，确保完成投资任务。\n"
    "四、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n"
    "要以更大力度推进改革。将持续优化营商环境。力争全年新增就业50万人。\n"
    "五、全面加强政府自身建设\n"
    "我们要坚持依法行政。\n"
    "六、关于《XX省国民经济和社会发展第十五个五年规划纲要》的说明\n"
    "纲要草案共分十五篇。\n"
    "各位代表！让我们团结奋斗，再创新辉煌！\n"
)


def _top(text: str, **kw: int) -> list[tuple[str, str, str]]:
    df = segment_sections(text, **kw)
    check_partition(df, text)
    top = df[(df["level"] == 1) & ~df["inline"]]
    return list(zip(top["marker"], top["kind"], top["kind_source"], strict=True))


def test_kinds_of_a_government_work_report_follow_meaning() -> None:
    assert _top(GWR_2026) == [
        ("一、", "review", "tense"),  # themed: the passage tells of work done
        ("二、", "plans", "heading"),  # 目标任务
        ("三、", "plans", "year"),  # 2026 is the report's own year
        ("四、", "plans", "year"),  # the coming five-year plan
        ("五、", "plans", "heading"),  # 政府自身建设
        ("六、", "plans", "heading"),  # 关于……的说明
    ]
    df = segment_sections(GWR_2026)
    three = df[df["marker"] == "三、"].index[0]
    kids = df[(df["parent"] == three) & ~df["inline"]]
    assert kids["kind"].tolist() == ["plans", "plans"]
    # the resolution that closes the problems of the review says what will be done
    pos = GWR_2026.index("对此，我们一定正视问题")
    row = df[(df["start"] <= pos) & (df["end"] > pos)].iloc[-1]
    assert row["kind"] == "plans"


def test_the_year_travels_as_a_parameter() -> None:
    text = "一、2025年主要工作\n全年完成投资。\n二、2026年主要工作\n要加快发展。\n"
    assert [k for _, k, _ in _top(text, year=2026)] == ["review", "plans"]
    assert [k for _, k, _ in _top(text, year=2027)] == ["review", "review"]
    # a document of 2024 whose headings name 2025 plans from 2025 (a year-end report)
    assert [k for _, k, _ in _top(text, year=2024)] == ["plans", "plans"]
    with pytest.raises(TypeError):
        segment_sections(text, year="2026")  # type: ignore[arg-type]


def test_a_year_end_summary_reviews_its_own_year() -> None:
    text = (
        "XX局2022年工作总结\n"
        "今年以来，我局在市委的领导下，扎实推进各项工作。\n"
        "一、2022年主要工作\n全年完成投资12亿元。\n"
        "二、2023年主要工作\n要加快项目建设。\n"
    )
    assert [k for _, k, s in _top(text)] == ["review", "plans"]


def test_five_year_plans_before_and_after_the_report() -> None:
    text = (
        "2021年政府工作报告\n各位代表：\n现在作报告。\n"
        "一、“十三五”时期取得的成果\n五年来取得了很大成绩。\n"
        "二、“十四五”时期的发展\n要加快发展。\n"
    )
    assert [(k, s) for _, k, s in _top(text)] == [("review", "year"), ("plans", "year")]


def test_unnumbered_headings_on_a_line_of_their_own() -> None:
    text = (
        "政府工作报告\n——2026年1月20日在XX市第十七届人民代表大会第六次会议上\n各位代表：\n"
        "现在，我代表市人民政府，向大会报告工作，请予审议。\n"
        "“十四五”时期工作回顾\n五年来，全市经济总量迈上新台阶，完成了主要目标任务。\n"
        "一、综合实力显著增强。地区生产总值年均增长6%。\n二、民生福祉持续改善。新增城镇就业50万人。\n"
        "“十五五”时期目标任务\n今后五年，要全面建设现代化城市。\n"
        "2026年重点工作\n今年要重点抓好以下工作。\n"
        "一、加快产业转型升级。要实施新一轮技术改造。\n二、持续保障改善民生。将新建学校10所。\n"
    )
    df = segment_sections(text)
    check_partition(df, text)
    rows = df[(df["level"] > 0) & ~df["inline"]]
    assert list(zip(rows["level"], rows["heading"], rows["kind"], strict=True)) == [
        (1, "“十四五”时期工作回顾", "review"),
        (2, "综合实力显著增强", "review"),
        (2, "民生福祉持续改善", "review"),
        (1, "“十五五”时期目标任务", "plans"),
        (1, "2026年重点工作", "plans"),
        (2, "加快产业转型升级", "plans"),
        (2, "持续保障改善民生", "plans"),
    ]


def test_themed_sections_of_a_work_plan_are_plans() -> None:
    text = (
        "中共XX县纪委2026年工作要点\n"
        "一、深入整治群众身边不正之风和腐败问题\n（一）持续开展专项整治。聚焦群众反映强烈的问题。\n"
        "二、坚持把政治监督摆在首位\n（一）强化监督检查。\n"
    )
    assert [(k, s) for _, k, s in _top(text)] == [("plans", "document"), ("plans", "document")]



#: A report whose review is told in outcomes with their figures, under themed headings
#: whose last clause states a result; its plans, under themed headings too, list
#: targets with figures of the same form.
THEMED_GWR = (
    "政府工作报告\n——2025年1月20日在XX市第九届人民代表大会第四次会议上\n各位代表：\n"
    "现在，我代表市人民政府向大会报告工作，请予审议。\n"
    "一、稳中求进、真抓实干，综合实力稳步提升\n"
    "过去一年，全市经济运行总体平稳。全年地区生产总值达到**亿元，增长5.8%。"
    "新增规上工业企业72家。固定资产投资增长6.1%。\n"
    "二、改革破题、开放赋能，发展活力竞相迸发\n"
    "新认定高新技术企业96家，研发投入强度提高到2.1%。新建5G基站980个。"
    "全年接待游客**万人次，旅游收入增长12.4%。\n"
    "三、民生为本、共建共享，群众生活持续改善\n"
    "城镇新增就业3.6万人。完成老旧小区改造142个。新建中小学和幼儿园18所。"
    "粮食总产量稳定在**万吨。空气质量优良天数比例达到83.2%。\n"
    "我们也清醒看到，发展中还存在一些困难和问题：产业层次不高，创新能力不强。"
    "对此，我们将采取有力措施加以解决。\n"
    "四、坚定信心、乘势而上，奋力开创高质量发展新局面\n"
    "地区生产总值增长5.5%左右。城镇新增就业3.5万人以上。新增高新技术企业80家。"
    "要加快建设现代化产业体系。将新建中小学10所。力争引进重大项目60个。\n"
)


def test_themed_review_headings_take_the_tense_of_their_outcomes() -> None:
    assert _top(THEMED_GWR) == [
        ("一、", "review", "tense"),  # 过去一年 anchors the figures in the past
        ("二、", "review", "tense"),  # no 了 and no 过去: the heading reports a result
        ("三、", "review", "tense"),  # outcomes, then one paragraph of problems
        # 新局面 closes the heading, but the passage sets targets: 左右, 要, 将, 力争
        ("四、", "plans", "tense"),
    ]
    df = segment_sections(THEMED_GWR)
    three = df[df["marker"] == "三、"].index[0]
    kids = df[df["parent"] == three]
    assert kids["kind"].tolist() == ["problems"]
    assert kids["kind_source"].tolist() == ["turn"]
    # without the result clauses, the review before each section anchors it in the past
    bare = THEMED_GWR.replace("，发展活力竞相迸发", "").replace("，群众生活持续改善", "")
    assert [k for _, k, _ in _top(bare)] == ["review", "review", "review", "plans"]


def test_a_target_list_is_not_read_as_outcomes() -> None:
    # the same figures with no past anchor and a heading that states no result
    text = (
        "政府工作报告\n各位代表：\n现在作报告。\n"
        "一、坚定信心，奋力攻坚\n地区生产总值增长5.5%。城镇新增就业3.5万人。"
        "新增高新技术企业80家。新建中小学10所。\n"
    )
    assert [k for _, k, _ in _top(text, year=2025)] != ["review"]


SCRAPED = (
    "下载\n打印\n全屏\n收藏\n【字号：加大 还原 减小】\n"
    "2026年XX省政府工作报告\n"
    "来源：XX日报\n时间：2026-02-02 08:30\n"
    "1月25日，省长张三在省十四届人大五次会议上作政府工作报告。本报记者 王五 摄\n"
    "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    "一、2025年工作回顾\n过去一年，全省经济运行稳中有进，完成了年度目标任务。\n"
    "二、2026年重点工作\n要加快建设现代化产业体系。\n"
    "各位代表！让我们团结奋斗！\n"
    "责任编辑：赵六\n【打印】【关闭】\n相关报道：\nXX省十四届人大五次会议开幕\n代表热议政府工作报告\n"
)


def test_page_chrome_is_header_and_trailer() -> None:
    df = segment_sections(SCRAPED)
    check_partition(df, SCRAPED)
    parts = df[df["level"] == 0]
    assert parts["part"].tolist() == [
        "header", "title", "header", "salutation", "preamble", "body", "trailer",
    ]
    assert "header" in PARTS
    title = parts[parts["part"] == "title"].iloc[0]
    assert title["heading"] == "2026年XX省政府工作报告"
    trailer = parts[parts["part"] == "trailer"].iloc[0]
    assert SCRAPED[trailer["start"]:].lstrip().startswith("责任编辑")
    assert [k for _, k, _ in _top(SCRAPED)] == ["review", "plans"]


def test_metadata_is_inferred_past_the_chrome() -> None:
    meta = infer_metadata(SCRAPED)
    assert (meta["title"], meta["year"], meta["doc_type"]) == (
        "2026年XX省政府工作报告", 2026, "government_work_report",
    )
    many = "首页 > 要闻\n下载\n打印\n全屏\n收藏\n分享到：\n" + SCRAPED
    assert infer_metadata(many)["year"] == 2026


def test_an_unnumbered_heading_right_above_its_numbered_list() -> None:
    text = (
        "政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n"
        "“十四五”时期工作回顾\n一、综合实力显著增强。地区生产总值年均增长6%。\n"
        "二、民生福祉持续改善。新增城镇就业50万人。\n"
        "2026年重点工作\n一、加快产业转型升级。要实施新一轮技术改造。\n"
        "二、持续保障改善民生。将新建学校10所。\n"
    )
    df = segment_sections(text)
    check_partition(df, text)
    rows = df[(df["level"] > 0) & ~df["inline"]]
    assert list(zip(rows["level"], rows["marker"], rows["kind"], strict=True)) == [
        (1, "", "review"), (2, "一、", "review"), (2, "二、", "review"),
        (1, "", "plans"), (2, "一、", "plans"), (2, "二、", "plans"),
    ]
    # a line that names neither a kind nor a time stays text
    plain = "各位代表：\n现在作报告。\n我们的体会\n一、必须坚持党的领导。\n二、必须坚持人民至上。\n"
    assert (segment_sections(plain)["marker"] != "").sum() == 2
    assert "我们的体会" not in segment_sections(plain)["heading"].tolist()


def test_traditional_copies_read_as_the_simplified_ones() -> None:
    opencc = pytest.importorskip("opencc")
    cc = opencc.OpenCC("s2t")
    for text in (SCRAPED, GWR_2026):
        trad = cc.convert(text)
        a, b = segment_sections(text), segment_sections(trad)
        check_partition(b, trad)
        assert b["part"].tolist() == a["part"].tolist()
        assert b["kind"].tolist() == a["kind"].tolist()
        assert b["kind_source"].tolist() == a["kind_source"].tolist()
    meta = infer_metadata(cc.convert(SCRAPED))
    assert (meta["year"], meta["doc_type"]) == (2026, "government_work_report")


def test_a_title_on_two_lines() -> None:
    text = "中共XX局党组\n关于2025年度党建工作情况的报告\n县委组织部：\n现将情况报告如下。\n"
    meta = infer_metadata(text)
    assert (meta["title"], meta["year"], meta["doc_type"]) == (
        "中共XX局党组关于2025年度党建工作情况的报告", 2025, "party_building_report",
    )
    assert infer_metadata("各位代表：\n现在作报告。\n")["title"] is None


def test_out_of_order_numbering_loses_no_heading() -> None:
    text = (
        "二、2026年重点工作\n要抓好以下工作。\n"
        "（一）聚焦产业升级\n要推进新型工业化。\n（二）聚焦民生改善\n将新增就业。\n"
        "（四）聚焦城市更新\n要实施城市更新。\n（三）聚焦生态环保\n要打好攻坚战。\n"
        "（五）聚焦安全发展\n要守牢底线。\n"
    )
    df = segment_sections(text)
    check_partition(df, text)
    subs = df[df["marker"].str.startswith("（")]
    assert subs["marker"].tolist() == ["（一）", "（二）", "（四）", "（三）", "（五）"]
    assert subs["level"].tolist() == [2] * 5
    assert set(subs["kind"]) == {"plans"}


def test_an_appendix_line_is_a_heading_of_its_own_kind() -> None:
    text = ("一、2026年重点工作\n要推进改革。\n附：名词解释\n"
            "1.两重：国家重大战略实施和重点领域安全能力建设。\n")
    df = segment_sections(text)
    check_partition(df, text)
    row = df[df["heading"] == "附：名词解释"]
    assert len(row) == 1 and row["level"].iloc[0] == 1 and row["kind"].iloc[0] == "other"


def test_mixed_top_level_styles_and_a_long_explanation_heading() -> None:
    # 第一部分, 第二部分, then 三、: the top-level count goes on in another style; an
    # explanation appended to the report is a top-level part of its own, however long
    text = (
        "第一部分　2024年工作回顾\n全年完成了各项任务。\n"
        "第二部分　2025年工作安排\n要推进高质量发展。\n"
        "三、切实加强政府自身建设\n要坚持依法行政。\n"
        "关于《XX县2025年国民经济和社会发展计划（草案）》主要指标的说明\n"
        "（一）关于地区生产总值增长目标。综合考虑各方面因素，预期增长6%左右。\n"
    )
    df = segment_sections(text, year=2025)
    check_partition(df, text)
    top = df[(df["level"] == 1) & ~df["inline"]]
    assert top["marker"].tolist() == ["第一部分", "第二部分", "三、", ""]
    assert top["kind"].tolist() == ["review", "plans", "plans", "plans"]


# The order of a report (written for this test): themed sections that neither their
# heading nor their tense decides are work done before the problems and plans after them.
ORDERED = (
    "中共XX区委关于2024年度履行全面从严治党主体责任情况的报告\n\n"
    "一、旗帜鲜明讲政治，责任压得更实\n区委常委会专题研究全面从严治党工作6次，"
    "制定责任清单，细化责任事项40项。\n"
    "二、驰而不息抓作风，干部作风更加务实\n开展明察暗访**次，查处违反中央八项规定精神问题**起。\n"
    "三、存在的问题\n一是责任传导存在层层递减现象；二是基层监督力量相对薄弱。\n"
    "四、一以贯之强监督，推动监督贯通协同\n健全监督贯通协调机制，深化政治监督，"
    "开展常规巡察。\n"
    "五、坚持严的基调，营造风清气正政治生态\n一体推进不敢腐、不能腐、不想腐，"
    "驰而不息纠治“四风”。\n"
)


def test_order_of_report_decides_undecided_top_sections() -> None:
    df = segment_sections(ORDERED)
    top = df[(df["level"] == 1) & ~df["inline"]]
    assert top["kind"].tolist() == ["review", "review", "problems", "plans", "plans"]
    assert set(top["kind_source"].iloc[[0, 1, 3, 4]]) == {"order"}


def test_themed_heading_on_its_own_line_is_a_heading() -> None:
    text = (
        "XX局机关党委2024年度党建工作总结\n\n2024年，机关党委扎实开展工作。现总结如下。\n\n"
        "坚持政治引领，强化理论武装\n（一）扎实开展学习教育\n组织集中学习研讨8次。\n\n"
        "夯实基层基础，提升支部组织力\n完成2个党支部按期换届，评选“四强”党支部3个。\n\n"
        "存在的不足\n一是学习形式较为单一。\n\n2025年工作思路\n持续深化理论武装，办好青年理论学习小组。\n"
        "中共XX局机关委员会\n"
    )
    df = segment_sections(text)
    heads = df[(df["level"] == 1) & ~df["inline"]]["heading"].tolist()
    assert heads[:2] == ["坚持政治引领，强化理论武装", "夯实基层基础，提升支部组织力"]
    assert heads[2:] == ["存在的不足", "2025年工作思路"]


def test_report_anchored_in_the_past_opens_with_work_done() -> None:
    # written for this test: themed sections before the first one that names plans
    text = (
        "XX县人民代表大会常务委员会工作报告\n——2024年1月10日在XX县第十八届人民代表大会第三次会议上\n\n"
        "各位代表：\n我受县人民代表大会常务委员会委托，向大会报告工作，请予审议。\n\n"
        "2023年，县人大常委会依法履行职责，各项工作取得新进展。\n\n"
        "一、坚持党的领导，把牢人大工作正确方向\n常委会严格执行重大事项请示报告制度，"
        "全年向县委请示报告重要事项12件。\n"
        "二、聚焦中心大局，增强监督工作实效\n听取审议计划执行情况报告，开展执法检查4次。\n"
        "三、2024年主要任务\n常委会将坚持党的全面领导，依法开展监督，充分发挥代表作用。\n"
    )
    df = segment_sections(text)
    top = df[(df["level"] == 1) & ~df["inline"]]
    assert top["kind"].tolist() == ["review", "review", "plans"]
    assert infer_metadata(text)["doc_type"] == "other"
