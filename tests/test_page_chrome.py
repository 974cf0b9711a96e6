"""Web pages: page chrome is a header or trailer part, kept out of body measures, and the
title, year and document type are read past it.

tests/data/chrome/ holds invented scraped pages (written for these tests, labels in
metadata.tsv); tests/data/unseen2/ the scraped pages labelled by hand before govtext was
run on them (see its README).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from govtext import extract_commitments, extract_slogans
from govtext._patterns import chrome_spans, is_page_chrome
from govtext.document import Document
from govtext.io import infer_metadata

DATA = Path(__file__).parent / "data"
CHROME = DATA / "chrome"
UNSEEN2 = DATA / "unseen2"

DOC_TYPES = (
    ("政府工作报告", "government_work_report"),
    ("决议", "resolution"),
    ("述责述廉|述职述廉", "duty_integrity_report"),
    ("要点|工作计划", "work_plan"),
    ("主体责任|责任制", "responsibility_report"),
    ("党建", "party_building_report"),
    ("总结", "work_summary"),
)


def _doc_type(label: str) -> str:
    label = label.strip()
    if re.fullmatch("[a-z_]+", label):
        return label
    return next((code for pattern, code in DOC_TYPES if re.search(pattern, label)), label)


def _squash(s: str) -> str:
    return re.sub(r"[\s。！？；：，,.:;!?]", "", s)


def _labels(folder: Path, name: str = "metadata.tsv") -> list[dict[str, str]]:
    path = folder / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def score_metadata(folder: Path, name: str = "metadata.tsv") -> dict[str, tuple[int, int]]:
    """(right, n) of title, year, doc_type and all three, over the labelled pages."""
    out = {"title": [0, 0], "year": [0, 0], "doc_type": [0, 0], "all": [0, 0]}
    for r in _labels(folder, name):
        meta = infer_metadata((folder / r["file"]).read_text(encoding="utf-8"), filename=r["file"])
        ok = {
            "title": _squash(meta["title"] or "") == _squash(r["title"]),
            "year": str(meta["year"]) == r["year"].strip(),
            "doc_type": meta["doc_type"] == _doc_type(r["doc_type"]),
        }
        ok["all"] = all(ok.values())
        for key, good in ok.items():
            out[key][0] += good
            out[key][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def test_metadata_past_chrome_on_invented_pages() -> None:
    figures = score_metadata(CHROME)
    print(figures)
    assert figures["all"][1] >= 6
    assert figures["all"][0] == figures["all"][1], figures


@pytest.mark.skipif(not _labels(UNSEEN2, "scraped_metadata.tsv"), reason="no unseen2 labels")
def test_metadata_past_chrome_on_blind_pages() -> None:
    figures = score_metadata(UNSEEN2, "scraped_metadata.tsv")
    print(figures)
    right, n = figures["all"]
    assert n >= 30
    assert right / n >= 0.97, figures


def _pages() -> list[Path]:
    return sorted(CHROME.glob("*.txt"))


@pytest.mark.parametrize("path", _pages(), ids=lambda p: p.stem)
def test_chrome_is_header_and_trailer(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = Document(text)
    spans = doc.page_chrome
    assert spans == chrome_spans(doc.sections)
    assert len(spans) >= 2
    # the first and the last non-blank lines are chrome, inside the spans
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for m in (lines[0], lines[-1]):
        assert is_page_chrome(m.group()), m.group()
        assert any(s <= m.start() < e for s, e in spans), m.group()
    # no body measure reads the chrome
    def outside(start: int) -> bool:
        return not any(s <= start < e for s, e in spans)

    for frame in (doc.slogans, doc.slogan_hits, doc.commitments, extract_slogans(text),
                  extract_commitments(text)):
        assert all(outside(int(s)) for s in frame["start"]), path.name
    body = doc.sections[doc.sections["level"] > 0]
    assert all(outside(int(s)) for s in body["start"]), path.name
    assert doc.n_han < int(sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff"))


def test_related_headlines_do_not_count_as_slogans() -> None:
    body = "一、工作回顾\n我们坚持“四个意识”。\n"
    page = ("下载 打印 全屏 收藏\n来源：XX日报\n" + body
            + "相关报道：\n全市深化“四个意识”教育\n责任编辑：某某\n")
    assert Document(page).slogans["canonical"].tolist() == ["四个意识"]
    assert extract_slogans(page)["canonical"].tolist() == ["四个意识"]
    assert len(Document(page).slogans) == len(Document(body).slogans)


# Page heads of the forms found on tests/data/unseen5 (each case written for this test).
PAGE_HEADS = [
    # a breadcrumb whose last step is the title
    ("XX市农业农村局 首页 / 政务公开 / 计划规划 / XX市农业农村局2021年工作要点\n"
     "XX市农业农村局2021年工作要点\n一、工作目标\n粮食产量稳定在50万吨以上。",
     "XX市农业农村局2021年工作要点", 2021, "work_plan"),
    # a menu with dots between its names
    ("长安XX网\n首页 · 要闻 · 平安建设 · 法治建设 · 队伍建设\n中共XX区委政法委员会2023年工作要点\n"
     "一、强化政治建设\n严格执行请示报告制度。",
     "中共XX区委政法委员会2023年工作要点", 2023, "work_plan"),
    # "title - site" above the title
    ("XX区委党校2020年党建工作情况报告 - XX区委党校\n首页 | 学校概况 | 教学培训 | 党建工作\n"
     "XX区委党校2020年党建工作情况报告\n2020年，校委坚持党校姓党。",
     "XX区委党校2020年党建工作情况报告", 2020, "party_building_report"),
    # a site and one of its columns
    ("XX县人民政府网 | 领导讲话\n在全县招商引资大会上的讲话\n（2021年4月2日）\n"
     "同志们：\n今天召开大会。",
     "在全县招商引资大会上的讲话", 2021, "other"),
    # a news headline, the year from the date of the page
    ("XX新闻网\n首页 新闻 时政 社会 财经 专题\n首页»新闻»时政\n县政府召开第15次常务会议\n"
     "2020-06-11 08:10 来源：XX日报\n6月10日，县长某某主持召开县政府常务会议。",
     "县政府召开第15次常务会议", 2020, "other"),
    # a notice about the genre's work is not the genre
    ("关于做好2022年度述责述廉工作的通知\n各单位：\n现就有关事项通知如下。",
     "关于做好2022年度述责述廉工作的通知", 2022, "other"),
    # unnumbered headings give the year of a report whose subtitle has no date
    ("政府工作报告\n——在XX县第十八届人民代表大会第三次会议上\n各位代表：\n"
     "现在，我代表县人民政府，向大会报告工作，请予审议。\n2019年工作回顾\n过去一年，经济增长6%。\n"
     "2020年主要任务\n今年是全面建成小康社会之年。",
     "政府工作报告", 2020, "government_work_report"),
]


# ... and of those found on tests/data/unseen10 (each case written for this test)
PAGE_HEADS += [
    # a menu one item per line, one item named like the title
    ("XX县人民政府门户网站\n首页\n政务公开\n政府工作报告\n网上办事\n"
     "当前位置：首页 > 政府工作报告\n政府工作报告（摘要）\n"
     "——在XX县第九届人民代表大会第二次会议上\n2014年1月9日\n各位代表：\n现在报告。",
     "政府工作报告（摘要）", 2014, "government_work_report"),
    # a greeting that ends in ！ above the title; a site after an em dash
    ("XX区人民政府 欢迎您！\n政府工作报告（全文）—XX区人民政府\n政府工作报告（全文）\n"
     "——2021年1月6日在XX区第五届人民代表大会第六次会议上\n各位代表：\n现在报告。",
     "政府工作报告（全文）", 2021, "government_work_report"),
    # a trail with >> between its steps
    ("首页  >>  工作动态  >>  述责述廉\n打印 | 关闭\n某某同志2020年述责述廉报告\n"
     "现将情况报告如下：",
     "某某同志2020年述责述廉报告", 2020, "duty_integrity_report"),
    # an organisation whose name holds 规划 is no title
    ("XX县自然资源和规划局\n首页 >> 政务公开 >> 党建工作\n"
     "县自然资源和规划局党组2022年度党风廉政建设责任制落实情况报告\n县委：\n2022年，局党组……",
     "县自然资源和规划局党组2022年度党风廉政建设责任制落实情况报告", 2022, "responsibility_report"),
    # a public account's article head
    ("XX清风\n原创 XX县纪委监委 XX清风 2025-01-20 19:00 发表于XX\n收录于合集 #述责述廉 9个\n"
     "点击蓝字 关注我们\nXX县卫健局局长某某2024年度述责述廉报告\n2024年，本人认真履职。",
     "XX县卫健局局长某某2024年度述责述廉报告", 2024, "duty_integrity_report"),
    # a meeting held in January about last year's figures is of that January
    ("XX市人民政府门户网站\n首页 >> 要闻动态\n某某主持召开市政府第12次常务会议\n"
     "发布时间：2023-01-09 17:20  来源：XX日报\n1月8日，会议指出，2022年全市经济运行稳中有进。",
     "某某主持召开市政府第12次常务会议", 2023, "other"),
    # the reports of a congress standing committee and of a party plenum are no genre of ours
    ("XX县人民代表大会常务委员会工作报告\n——2022年1月12日在XX县第十七届人民代表大会第五次会议上\n"
     "各位代表：\n我受县人民代表大会常务委员会委托，向大会报告工作，请予审议。",
     "XX县人民代表大会常务委员会工作报告", 2022, "other"),
    ("在中共XX县委十三届五次全会上的报告\n（2021年1月8日）\n同志们：\n"
     "2021年全县工作的总体要求是：……",
     "在中共XX县委十三届五次全会上的报告", 2021, "other"),
]

# ... and of those found on tests/data/unseen12 (each case written for this test)
PAGE_HEADS += [
    # a browser title with the site after an em dash; the date of the day without a colon
    ("今天是2023年1月5日　农历腊月十四\nXX县卫健局局长某某2022年度述责述廉报告—清风XX\n"
     "XX县卫健局局长某某2022年度述责述廉报告\n2022年，本人认真履职。",
     "XX县卫健局局长某某2022年度述责述廉报告", 2022, "duty_integrity_report"),
    # a trail that starts with its separator, then a disclosure box naming the title
    ("XX县人民政府网站\n> 信息公开 > 政府工作报告\n信息名称：XX县2019年政府工作报告\n"
     "索引号：XX00-0102-2019-0031\n各位代表：\n现在报告。",
     "XX县2019年政府工作报告", 2019, "government_work_report"),
    # an e-paper's list of the page's headlines
    ("XX晚报电子版\n本版标题导航\n· 政府工作报告\n· 代表委员热议报告\n\n政府工作报告\n"
     "（2013年2月20日在XX市第十三届人民代表大会第二次会议上）\n各位代表：",
     "政府工作报告", 2013, "government_work_report"),
    # an editor's note above the headline; a tag with its count
    ("清廉XX\n收录于合集 #述责述廉 7个\n#书记述职 15个\n编者按：为压实主体责任，本号刊发"
     "部分单位“一把手”述责述廉报告。\nXX县财政局局长某某述责述廉报告\n"
     "现将本人2021年度履职和廉洁自律情况报告如下：",
     "XX县财政局局长某某述责述廉报告", 2021, "duty_integrity_report"),
    # a 关于 title that the page writes again below its issuing body
    ("关于2022年落实全面从严治党主体责任情况的报告—XX县教育局\n发布时间：2023-01-30\n"
     "中共XX县教育局党组\n关于2022年落实全面从严治党主体责任情况的报告\n中共XX县委：",
     "中共XX县教育局党组关于2022年落实全面从严治党主体责任情况的报告", 2022,
     "responsibility_report"),
]

# ... and of those found on tests/data/unseen14 (each case written for this test)
PAGE_HEADS += [
    # an issuing body ending in 部 above its 关于 line
    ("XX党建网\n您当前的位置：首页 > 基层党建 > 工作报告\n\n中共XX区委组织部\n"
     "关于2021年度抓基层党建工作情况的报告\n发布时间：2022-01-18\n\n区委：\n2021年，……",
     "中共XX区委组织部关于2021年度抓基层党建工作情况的报告", 2021, "party_building_report"),
    # a page scraped one text node per line: the trail cut into steps
    ("无障碍\n长者模式\n登录\n注册\nXX市人民政府\n首页\n政务公开\n政务服务\n互动交流\n"
     "请输入关键词\n搜索\n当前位置：\n首页\n>\n政务公开\n>\n规划计划\n政府工作报告\n"
     "——2018年1月20日在XX市第十五届人民代表大会第二次会议上\n各位代表：",
     "政府工作报告", 2018, "government_work_report"),
    # the weather and the date of the day, each a label alone
    ("XX县人民政府门户网站\n今天是：\n天气：\n位置：首页 > 党务信息\n某某同志2020年度述责述廉报告\n"
     "2020年，本人……",
     "某某同志2020年度述责述廉报告", 2020, "duty_integrity_report"),
    # an e-paper's page navigation before the headline
    ("XX晚报\n数字报刊\n2024年02月14日\n第A05版：廉政\nPDF版\n版面导航\nA01　要闻\nA02　要闻\n"
     "A03　时政\nA04　时政\nA05　廉政\nA06　社会\n◀上一版\n下一版▶\n本版标题\n"
     "XX区纪委书记某某2023年度述责述廉报告（摘登）\n2023年，本人……",
     "XX区纪委书记某某2023年度述责述廉报告（摘登）", 2023, "duty_integrity_report"),
]

# ... and of those found on tests/data/unseen15 (each case written for this test)
PAGE_HEADS += [
    # a 名称 field of a disclosure box, then the headline
    ("当前位置：首页 > 政务公开\n名　　称：2020年XX县政府工作报告\t发布日期：2020-01-15\n"
     "政府工作报告\n——2020年1月8日在XX县第十七届人民代表大会第五次会议上\n各位代表：",
     "政府工作报告", 2020, "government_work_report"),
    # a news app's prompt above a headline without a title word
    ("XX新闻\n打开APP 阅读体验更佳\nXX县第十七届人民代表大会第二次会议开幕\n"
     "XX融媒 2021-01-09 11:46\n1月8日上午，大会开幕。",
     "XX县第十七届人民代表大会第二次会议开幕", 2021, "other"),
    # a repost's mark and a file's extension
    ("XX论坛 › 写作园地 › 述责述廉报告\n[转帖] 述责述廉报告\n现将本人2012年度履职情况报告如下：",
     "述责述廉报告", 2012, "duty_integrity_report"),
    ("文档信息\nXX县2016年政府工作报告（节选）.doc\n各位代表：\n现在报告。",
     "XX县2016年政府工作报告（节选）", 2016, "government_work_report"),
]

# ... and of those found on tests/data/unseen16 (each case written for this test)
PAGE_HEADS += [
    # a plan named ……工作的计划
    ("中共XX区委组织部关于2025年度全区党员教育培训工作的计划\n一、总体要求\n坚持……。",
     "中共XX区委组织部关于2025年度全区党员教育培训工作的计划", 2025, "work_plan"),
    # news of a session's opening, dated by its page
    ("XX发布\nXX市十五届人大二次会议开幕\n2024-01-10 09:00\n1月9日上午，大会开幕。",
     "XX市十五届人大二次会议开幕", 2024, "other"),
    # a 印发 notice that issues no plan; its title on two lines below a 名称 field
    ("名  称：\nXX市人民政府办公室关于印发2021年政府工作报告重点工作分工的通知\n"
     "XX市人民政府办公室\n关于印发2021年政府工作报告重点工作分工的通知\n各县（市、区）人民政府：",
     "XX市人民政府办公室关于印发2021年政府工作报告重点工作分工的通知", 2021, "other"),
    # a forum's widget after the title
    ("XX论坛\nXX社区党支部书记2022年度抓基层党建工作述职报告[复制链接]\n2022年，我……",
     "XX社区党支部书记2022年度抓基层党建工作述职报告", 2022, "party_building_report"),
    # no year but the page's date
    ("在XX县第十六届人民代表大会第二次会议上的政府工作报告\nXX发布 2016-01-22 20:15\n各位代表：",
     "在XX县第十六届人民代表大会第二次会议上的政府工作报告", 2016, "government_work_report"),
]

# ... and of those found on tests/data/unseen17 (each case written for this test)
PAGE_HEADS += [
    # scraped one node per line: the trail's last step, the headline, labels and values
    ("XX市人民政府\n当前位置：\n首页\n>\n政务公开\n>\n政府工作报告\n政府工作报告\n发布时间：\n"
     "2021-01-16 09:30\n来源：\n市政府研究室\n"
     "——2021年1月10日在XX市第十六届人民代表大会第五次会议上\n各位代表：",
     "政府工作报告", 2021, "government_work_report"),
    # a disclosure box written with tabs
    ("XX县人民政府\n索引号\t11341122MB1234567X/2022-00215\t信息分类\t政务公开\n"
     "文号\tX政办〔2022〕9号\t关键词\t政务公开 工作要点\n名称\tXX县2022年政务公开工作要点\n"
     "XX县2022年政务公开工作要点\n各乡镇人民政府：",
     "XX县2022年政务公开工作要点", 2022, "work_plan"),
    # a column above a more specific headline
    ("XX先锋网\n文件通知\n文件通知\n中共XX县委组织部\n关于印发《2021年全县组织工作要点》的通知\n"
     "各乡镇党委：",
     "中共XX县委组织部关于印发《2021年全县组织工作要点》的通知", 2021, "work_plan"),
    # a column prefix is part of the headline
    ("XX发布\n解读｜2023年市政府工作报告里的民生关键词\n2023-01-20\n今年的报告……",
     "解读｜2023年市政府工作报告里的民生关键词", 2023, "other"),
]

# ... and of those found on tests/data/unseen18 (each case written for this test)
PAGE_HEADS += [
    # trails of two steps with >> or a backslash
    ("XX市实验中学\n校务公开>>计划总结\nXX市实验中学2016年度工作总结\n2016年，我校……",
     "XX市实验中学2016年度工作总结", 2016, "work_summary"),
    ("XX区人民政府\n综合政务\\政府工作报告\n2017年XX区人民政府工作报告\n各位代表：",
     "2017年XX区人民政府工作报告", 2017, "government_work_report"),
    # a 公告 about a report is no report
    ("XX市人民政府办公室关于公开征集2019年《政府工作报告》意见建议的公告\n为做好……",
     "XX市人民政府办公室关于公开征集2019年《政府工作报告》意见建议的公告", 2019, "other"),
    # a year report published early in the next year, its text naming no year
    ("XX县融媒体中心\n述责述廉报告\n发布时间：2023-01-16\nXX镇党委书记某某\n"
     "按照县纪委统一部署，现将我一年来履职情况报告如下。",
     "述责述廉报告", 2022, "duty_integrity_report"),
]

# ... and of those found on tests/data/unseen15 to unseen20 (each case written for this test)
PAGE_HEADS += [
    # the headline as the page writes it: its space and its full-width ｜ kept
    ("XX新闻网\n首页 > 时政\nXX市政协十届二次会议开幕 市长某某列席\n2024-01-08 来源：XX日报\n"
     "本报讯……",
     "XX市政协十届二次会议开幕 市长某某列席", 2024, "other"),
    ("XX清风网\n述责述廉｜XX乡乡长某某2023年度述责述廉报告\n按照县纪委统一安排，现报告如下。",
     "述责述廉｜XX乡乡长某某2023年度述责述廉报告", 2023, "duty_integrity_report"),
    # a forum subject with a comma, written twice (browser title and post)
    ("【热议】XX县2022年政府工作报告里的十件实事，件件暖心 - 本地 - XX论坛\n登录 注册\n"
     "【热议】XX县2022年政府工作报告里的十件实事，件件暖心\n楼主\n今天看了报告，……。",
     "【热议】XX县2022年政府工作报告里的十件实事，件件暖心", 2022, "other"),
    # a post's first line repeats the subject without the poster's comment
    ("XX论坛\n[原创] 村党支部书记2019年度述责述廉报告（新手求指点，谢谢）\n楼主\n"
     "写了一份，请大家帮忙看看。\n村党支部书记2019年度述责述廉报告\n按照镇纪委安排，现报告如下：",
     "村党支部书记2019年度述责述廉报告", 2019, "duty_integrity_report"),
    # a column named by the breadcrumb, above the headline
    ("XX县人民政府\n历年政府工作报告\n您的位置：首页 > 专题 > 历年政府工作报告\n"
     "XX县2013年政府工作报告\n各位代表：",
     "XX县2013年政府工作报告", 2013, "government_work_report"),
    # a document site: its fields are chrome; the year is the document's, not the upload's
    ("XX文库\n乡长述责述廉报告\n上传者：abc　上传时间：2021-07-02　页数：3页\n下载文档\n"
     "乡长述责述廉报告\n现将本人2018年度履职和廉洁自律情况报告如下：",
     "乡长述责述廉报告", 2018, "duty_integrity_report"),
    # a review heading after a five-year period: the report is of the year after
    ("在XX县第九届人民代表大会第一次会议上的政府工作报告\n各位代表：\n"
     "一、“十三五”及2020年工作回顾\n五年来，……。",
     "在XX县第九届人民代表大会第一次会议上的政府工作报告", 2021, "government_work_report"),
    # a headline of two clauses around ｜, a forum's [category] before it
    ("XX论坛\n查看: 201 | 回复: 3\n[民生] XX县2024年政府工作报告｜十件实事都在这里  [复制链接]\n"
     "楼主\n转自县政府网站。",
     "XX县2024年政府工作报告｜十件实事都在这里", 2024, "government_work_report"),
    # a two-step trail is no title
    ("XX学院\n党委宣传部 > 通知公告\nXX学院2023年宣传思想工作要点\n发布时间：2023-03-01\n"
     "2023年工作的总体要求是：……。",
     "XX学院2023年宣传思想工作要点", 2023, "work_plan"),
    # a thread's subject asked as a question
    ("XX县吧\n看贴\n今年的政府工作报告说要修的那条路，什么时候动工？\n只看楼主\n收藏\n1楼\n"
     "有没有知道的？",
     "今年的政府工作报告说要修的那条路，什么时候动工？", None, "other"),
    # an e-paper's list of headlines above the headline with its subtitle
    ("XX日报数字报\n第02版：要闻\nXX市第九届人民代表大会第三次会议开幕\n代表们热议政府工作报告\n"
     "政府工作报告\n——2023年1月10日在XX市第九届人民代表大会第三次会议上\n各位代表：",
     "政府工作报告", 2023, "government_work_report"),
    # a browser title above the headline with its subtitle
    ("2022年政府工作报告_XX省人民政府门户网站\n首页 政务公开 政务服务 互动交流\n"
     "当前位置：首页 > 政务公开\n政府工作报告\n"
     "——2022年1月20日在XX省第十三届人民代表大会第六次会议上\n各位代表：",
     "政府工作报告", 2022, "government_work_report"),
    # ... but an article's own headline above the report it reproduces is the title
    ("重磅！2021年XX县政府工作报告全文来了\nXX发布 2021-01-19\n"
     "1月16日，县长某某代表县人民政府作政府工作报告。一起来看全文↓↓↓\n政府工作报告\n"
     "——2021年1月16日在XX县第十七届人民代表大会第五次会议上\n各位代表：",
     "重磅！2021年XX县政府工作报告全文来了", 2021, "government_work_report"),
    # a title broken after its year
    ("XX县纪检监察网\n当前位置：首页 > 述责述廉\nXX县XX乡乡长某某2022年度\n述责述廉报告\n"
     "来源：XX乡纪委  发布时间：2023-01-20\n一、履职情况\n……。",
     "XX县XX乡乡长某某2022年度述责述廉报告", 2022, "duty_integrity_report"),
    # the value of a 标题： label on its line is a title; that of 主题词： is not
    ("XX区人民政府\n索引号：\n00000000-0/2021-00012\n标题：\nXX区2021年政府工作报告\n主题词：\n"
     "政府工作报告\nXX区2021年政府工作报告\n各位代表：",
     "XX区2021年政府工作报告", 2021, "government_work_report"),
    # a signature date below a short report is not its year
    ("中共XX县水利局党组\n关于落实全面从严治党主体责任情况的报告\n县纪委监委：\n"
     "2022年，局党组认真履行主体责任，现将有关情况报告如下：\n一、主要做法\n……。\n"
     "中共XX县水利局党组\n2023年1月20日",
     "中共XX县水利局党组关于落实全面从严治党主体责任情况的报告", 2022, "responsibility_report"),
    # a browser title cut short, then the headline in full
    ("XX集团党委2023年度党风廉政建设主体责任情况报告_XX集团有限公司\n"
     "网站首页 | 集团概况 | 党建工作\n"
     "XX集团有限公司党委2023年度党风廉政建设主体责任情况报告\n2024-01-20　来源：集团纪委\n"
     "市国资委党委：\n2023年，集团党委……。",
     "XX集团有限公司党委2023年度党风廉政建设主体责任情况报告", 2023, "responsibility_report"),
    # ... but a browser title the page writes again is kept (the document's own first
    # line below it drops a suffix)
    ("2022年度村党支部书记述责述廉报告（范文）- XX文库\nXX文库 > 述职报告\n"
     "2022年度村党支部书记述责述廉报告（范文）\n上传者：某某　页数：3页\n"
     "2022年度村党支部书记述责述廉报告\n一、履职情况\n……。",
     "2022年度村党支部书记述责述廉报告（范文）", 2022, "duty_integrity_report"),
    # a disclosure catalogue's tree and a three-item menu with wide gaps are chrome
    ("XX区人民政府\n├ 规划计划\n├ 政府工作报告\n└ 人事信息\nXX区2020年政府工作报告\n各位代表：",
     "XX区2020年政府工作报告", 2020, "government_work_report"),
    ("XX县中医院\n预约挂号  检查报告查询  门诊时间\nXX县中医院2024年党建工作要点\n"
     "一、加强政治建设\n……。",
     "XX县中医院2024年党建工作要点", 2024, "work_plan"),
    # a site's notice above an archived page is chrome
    ("XX县人民政府网（历史归档）\n"
     "温馨提示：本页面为网站改版前归档内容，仅供查阅，信息可能已过时。\n"
     "XX县XX镇2020年\n政府工作报告\n——2020年3月2日在XX镇第十七届人民代表大会第五次会议上\n"
     "各位代表：",
     "XX县XX镇2020年政府工作报告", 2020, "government_work_report"),
    # a question in a thread's subject, written first in its browser title
    ("2024年XX市政府工作报告出来了，大家最关心哪几条？ - XX杂谈\nXX论坛\n"
     "[时事] 2024年XX市政府工作报告出来了，大家最关心哪几条？\n某某某\n只看该作者\n"
     "刚看完报告全文，挑几条说说。",
     "2024年XX市政府工作报告出来了，大家最关心哪几条？", 2024, "other"),
    # an e-paper's list of headlines beginning with the headline itself
    ("XX日报数字报\n本版标题：\n政府工作报告\n关于XX县2023年财政预算执行情况的报告（摘要）\n"
     "政府工作报告\n——2024年1月12日在XX县第十八届人民代表大会第四次会议上\n各位代表：",
     "政府工作报告", 2024, "government_work_report"),
    # a title broken before its genre
    ("XX区人大网\n2023年XX区人民政府\n工作报告\n"
     "（2023年1月6日在XX区第九届人民代表大会第三次会议上）\n"
     "各位代表：",
     "2023年XX区人民政府工作报告", 2023, "government_work_report"),
    # ... but a site's name above a bare 政府工作报告 is not part of it
    ("XX县人民政府\n政府工作报告\n——2022年1月5日在XX县第十七届人民代表大会第六次会议上\n各位代表：",
     "政府工作报告", 2022, "government_work_report"),
    # a column or a special named with its label is chrome
    ("XX文秘网\n2023年度述职述廉报告（科长）\n栏目：述职述廉报告\n一年来，……。",
     "2023年度述职述廉报告（科长）", 2023, "duty_integrity_report"),
    ("廉洁XX\n专题：“一把手”述责述廉\nXX县教育局局长某某2022年度述责述廉报告\n2022年，……。",
     "XX县教育局局长某某2022年度述责述廉报告", 2022, "duty_integrity_report"),
    # a forum's browser title the page writes again above the report's own heading
    ("【全文】XX市2023年政府工作报告 - XX论坛\nXX论坛\n【全文】XX市2023年政府工作报告\n楼主\n"
     "政府工作报告\n——2023年1月10日在XX市第十六届人民代表大会第三次会议上\n各位代表：",
     "【全文】XX市2023年政府工作报告", 2023, "government_work_report"),
    # a site's notice in brackets above an archived page is chrome
    ("XX市人民政府网（归档）\n【提示】本页面为历史归档内容，仅供查阅。\n"
     "归档位置：首页 > 归档栏目\n副市长某某述责述廉报告\n"
     "归档日期：2026-06-30　原发布日期：2025-03-18\n"
     "按照市纪委监委统一安排，现将本人2024年度履职情况报告如下：",
     "副市长某某述责述廉报告", 2024, "duty_integrity_report"),
    # a news item's subheading (某某主持并讲话) is no title
    ("XX新闻\nXX县召开2024年一季度经济运行分析会\n某某主持并讲话\n"
     "4月16日下午，XX县召开2024年一季度经济运行分析会。",
     "XX县召开2024年一季度经济运行分析会", 2024, "other"),
    # a themed headline above its subtitle
    ("XX人大网\n凝心聚力 实干争先 奋力谱写XX镇高质量发展新篇章\n"
     "——在XX镇第十届人民代表大会第三次会议上的政府工作报告\n（2023年1月9日）\n各位代表：",
     "凝心聚力 实干争先 奋力谱写XX镇高质量发展新篇章", 2023, "government_work_report"),
    # a plan that divides the year's key tasks is a work plan
    ("XX市人民政府办公室关于印发《XX市2024年重点工作任务分解方案》的通知\n各县区人民政府：",
     "XX市人民政府办公室关于印发《XX市2024年重点工作任务分解方案》的通知", 2024, "work_plan"),
    # a public account's headline above its 原创 line, with a comma
    ("两会·权威发布｜“十四五”收官，XX市政府工作报告全文来了\n原创 XX发布 2025-01-20\n"
     "政府工作报告\n——2025年1月18日在XX市第十七届人民代表大会第五次会议上\n各位代表：",
     "两会·权威发布｜“十四五”收官，XX市政府工作报告全文来了", 2025, "government_work_report"),
    # a themed headline above the document it heads: the subtitle is not part of the
    # title, but gives its year and type
    ("XX区人民政府\n在新征程上奋力谱写XX高质量发展新篇章\n——2023年XX区人民政府工作报告\n"
     "2023年1月10日在XX区第八届人民代表大会第三次会议上\n各位代表：",
     "在新征程上奋力谱写XX高质量发展新篇章", 2023, "government_work_report"),
    ("XX市人民医院\n守正创新谋发展 凝心聚力谱新篇\n——XX市人民医院2024年工作总结\n"
     "发布时间：2025-01-10\n2024年，医院……。",
     "守正创新谋发展 凝心聚力谱新篇", 2024, "work_summary"),
    # a browser title with a department after a hyphen (……报告-XX大学党委组织部)
    ("XX学院党委书记某某2024年度抓基层党建工作述职报告-XX学院党委组织部\nXX学院 党委组织部\n"
     "首页  部门概况  组织建设  干部工作  人才工作  党员教育\n"
     "发布者：组织部  日期：2025年01月10日\n2024年，学院党委……。",
     "XX学院党委书记某某2024年度抓基层党建工作述职报告", 2024, "party_building_report"),
    # a column's list of articles, each opening with its date, then the headline
    ("XX县农业农村局\n计划总结栏目文章\n2024-01-08　XX县农业农村局2024年工作要点\n"
     "2023-12-28　XX县农业农村局2023年工作总结\n更多>>\nXX县农业农村局2023年工作总结\n"
     "作者：办公室　发布时间：2023-12-28\n2023年，……。",
     "XX县农业农村局2023年工作总结", 2023, "work_summary"),
    # titles broken after a post without a name, and before 情况的报告
    ("XX组工网\n2024年度XX镇党委书记\n抓基层党建工作述职报告\n2025-01-15　XX组工网\n今年以来，……。",
     "2024年度XX镇党委书记抓基层党建工作述职报告", 2024, "party_building_report"),
    ("XX县统计局\n党建廉政\nXX县统计局党组2023年度落实党风廉政建设\n主体责任情况的报告\n"
     "发布时间：2024-01-20\n县纪委监委：",
     "XX县统计局党组2023年度落实党风廉政建设主体责任情况的报告", 2023, "responsibility_report"),
    # a column's kicker in brackets between a browser title and the headline
    ("XX高新区重点工作安排_XX高新区管理委员会\nXX高新区管理委员会\n【规划计划】\n"
     "XX高新区管理委员会2024年重点工作安排\n发布日期：2024-02-20\n2024年是……。",
     "XX高新区管理委员会2024年重点工作安排", 2024, "work_plan"),
    # an advertisement line, and a model text's listing on a 范文 site above its heading
    ("XX范文网\n广告：材料写作速成班，报名从速！\n科长个人述职述廉报告范文\n"
     "热度：000　时间：2024-01-08\n2023年度述职述廉报告\nXX市XX局科长　某某\n一年来，……。",
     "2023年度述职述廉报告", 2023, "duty_integrity_report"),
    # a browser title naming the writer after a colon, then the headline
    ("XX县中医院 — 述职述廉报告：副院长某某（2023年度）\nXX县中医院\n首页 > 清风医苑 > 述职述廉\n"
     "述职述廉报告\n副院长 某某\n（2024年1月10日）\n一年来，……。",
     "述职述廉报告", 2023, "duty_integrity_report"),
    # a request for help with writing a report is no report
    ("XX论坛\n[求助] 2025年社区工作计划怎么写，求个思路\n楼主 某某 发表于 2025-1-3\n各位好，……。",
     "2025年社区工作计划怎么写，求个思路", 2025, "other"),
    # disclosure fields in brackets on one long line, above a title on two lines
    ("XX区人民政府网\n【信息索引】000000/2025-00012  【发布机构】XX区统计局  【生成日期】2025-02-01"
     "  【公开方式】主动公开\n中共XX区统计局党组\n"
     "关于2024年落实全面从严治党主体责任情况的报告\n区委：",
     "中共XX区统计局党组关于2024年落实全面从严治党主体责任情况的报告", 2024,
     "responsibility_report"),
    # a side bar's blurb under its label (乡情概况), then a trail and the headline
    ("XX乡人民政府\n乡情概况\nXX乡位于县境北部，辖00个行政村。\n首页 > 政务公开 > 计划总结\n"
     "政府工作报告\n——2022年1月10日在XX乡第十八届人民代表大会第一次会议上\n各位代表：",
     "政府工作报告", 2022, "government_work_report"),
    # a menu of Chinese and English names run together
    ("XX能源集团有限公司 XX ENERGY GROUP CO.,LTD.\n"
     "HOME 集团首页ABOUT 走进集团NEWS 新闻中心BUSINESS 产业板块PARTY 党建工作CULTURE 企业文化"
     "CAREERS 人才招聘CONTACT 联系我们\n"
     "XX能源集团有限公司2024年党建工作要点\n2024-02-10 / 集团党委\n为深入贯彻……。",
     "XX能源集团有限公司2024年党建工作要点", 2024, "work_plan"),
    # a shared document's table of contents above its heading, issued by two bodies
    ("某某文档\nXX镇2023年重点工作安排.docx\n00下载 | 共5页 | 2023-02-01上传\n目录\n一、总体要求\n"
     "二、重点任务\n中共XX镇委员会 XX镇人民政府\n关于印发XX镇2023年重点工作安排的通知\n"
     "各村（社区）：",
     "中共XX镇委员会 XX镇人民政府关于印发XX镇2023年重点工作安排的通知", 2023, "work_plan"),
    # a ticker of the latest notice (最新通知：……) above the headline
    ("XX县第二中学\n最新通知：关于2025年寒假放假安排的通知 | 2025年寒假校历\n"
     "XX县第二中学2025年春季学期工作计划\n发布人：教务处\n本学期，……。",
     "XX县第二中学2025年春季学期工作计划", 2025, "work_plan"),
    # a title broken after a name and its year, before a longer genre
    ("XX组工网\n述职评议\nXX镇党委书记某某某2024年度\n抓基层党建工作述职报告\n来源：县委组织部\n"
     "2024年，……。",
     "XX镇党委书记某某某2024年度抓基层党建工作述职报告", 2024, "party_building_report"),
    # a list of the same report for other years, each ending with its date
    ("XX镇人民政府\n政务公开 > 政府工作报告\nXX镇2023年政府工作报告  2023-03-01\n"
     "XX镇2022年政府工作报告  2022-02-26\n政府工作报告\n发布时间：2024-02-20\n"
     "（2024年2月16日在XX镇第十九届人民代表大会第三次会议上）\n各位代表：",
     "政府工作报告", 2024, "government_work_report"),
    # a date bar ending in 今天是：, above the headline
    ("XX县纪委监委\n2025年01月20日 星期一 今天是：\n您现在的位置：首页 > 述责述廉\n"
     "XX县教育局局长某某2024年度述责述廉报告\n日期：2025-01-18\n根据……，现将……报告如下。",
     "XX县教育局局长某某2024年度述责述廉报告", 2024, "duty_integrity_report"),
    # a shared file's fields and disclaimer, then the document's heading
    ("XX县2024年政府工作报告全文.docx - 某某文档\nXX县2024年政府工作报告全文.docx\n"
     "8页 内容提供方：某某文库 大小：30.2 KB 字数：约1万字 发布时间：2024-02-01 浏览人气：100\n"
     "该文档为用户上传，仅供学习交流。\n政府工作报告\n"
     "——2024年1月8日在XX县第十八届人民代表大会第三次会议上\n各位代表：",
     "政府工作报告", 2024, "government_work_report"),
    # a shared file's tags (文档标签：……) and a label alone (文档介绍：) above the heading
    ("镇长述职述廉报告（2023年度）.doc_某某网\n镇长述职述廉报告（2023年度）.doc\n"
     "上传者：某某 2024-01-10 | 页数：5\n文档标签：述职述廉 个人述职 乡镇\n文档介绍：\n"
     "述职述廉报告\nXX镇镇长　某某\n按照县委关于做好2023年度述职述廉工作的要求，……。",
     "述职述廉报告", 2023, "duty_integrity_report"),
    # a forum thread's subject with its board and site, then the subject alone
    ("乡镇公务员之家\n[求助] 镇政府工作报告的目标任务怎么写？ - 公文写作 - 乡镇公务员之家\n"
     "发新帖  回复\n查看: 100 | 回复: 3\n[求助] 镇政府工作报告的目标任务怎么写？\n"
     "小镇文书某某 楼主\n发表于 2024-12-01\n各位好，……。",
     "镇政府工作报告的目标任务怎么写？", 2024, "other"),
    # an e-paper's report summary broken before 工作报告（摘要）
    ("XX日报\n【本版标题】\n· 2025年XX市人民政府工作报告（摘要）\n· 名词解释\n放大  缩小  默认\n"
     "2025年XX市人民政府\n工作报告（摘要）\n——2025年1月6日在XX市第十七届人民代表大会第五次会议上\n"
     "各位代表：",
     "2025年XX市人民政府工作报告（摘要）", 2025, "government_work_report"),
    # a longer kicker in brackets above the report
    ("XX先锋网\n【2024年度书记抓基层党建述职】\nXX乡党委书记某某抓基层党建工作述职报告\n"
     "时间：2025-01-20\n2024年，本人……。",
     "XX乡党委书记某某抓基层党建工作述职报告", 2024, "party_building_report"),
    # a title broken inside a word (……2024年度抓基层 / 党建工作述职报告)
    ("XX先锋网\n【述职评议】\nXX乡党委书记某某2024年度抓基层\n党建工作述职报告\n"
     "2025-01-20 | 来源：县委组织部\n2024年，本人……。",
     "XX乡党委书记某某2024年度抓基层党建工作述职报告", 2024, "party_building_report"),
    # a column's list of titles whose last, above the text, is the headline
    ("XX县信息公开平台\n工作总结\nXX县林业局2023年工作总结\nXX县林业局2022年工作总结\n"
     "XX县林业局上半年工作总结\nXX县林业局2024年工作总结\n2024年，县林业局……。",
     "XX县林业局2024年工作总结", 2024, "work_summary"),
    # a title on three lines: issuer / 关于…… / ……情况的报告
    ("XX市水利局\n当前位置：首页>>党建工作\n中共XX市水利局党组\n关于2024年度落实全面从严治党主体责任\n"
     "情况的报告\n发布时间：2025年01月20日\n2024年，局党组……。",
     "中共XX市水利局党组关于2024年度落实全面从严治党主体责任情况的报告", 2024,
     "responsibility_report"),
    # a topic's column (……专题) above the report
    ("XX党建云\n首页 / 述职评议\n2024年度述职评议专题\nXX镇党委书记某某\n"
     "2024年度抓基层党建工作述职报告\n发布：县委组织部\n按照县委统一部署，……。",
     "XX镇党委书记某某2024年度抓基层党建工作述职报告", 2024, "party_building_report"),
    # a browser title's last part, a column's heading, then the headline naming its issuer
    ("XX县中医院-医院动态-2025年工作计划\nXX县中医院 二级甲等中医医院\n医院动态\n"
     "院务公开 > 医院动态\n2025年工作计划\nXX县中医院2025年工作计划\n"
     "[ 发布者：院办 | 发布时间：2025-01-08 ]\n2025年，医院将……。",
     "XX县中医院2025年工作计划", 2025, "work_plan"),
    ("XX县中医院-医院动态-2025年工作计划\nXX县中医院\n院务公开>医院动态\n2025年工作计划\n"
     "XX县中医院2025年工作计划\n[ 发布者：院办 | 发布时间：2025-01-08 ]\n2025年，医院将……。",
     "XX县中医院2025年工作计划", 2025, "work_plan"),
    # a list of 热点关注, then a trail, a column and the report
    ("XX党建网\n热点关注\n县委组织部召开2025年全县组织工作会议\nXX县开展2024年度述职评议考核\n"
     "当前位置：首页 > 基层党建 > 书记抓党建\n书记抓党建\n"
     "XX县委书记某某2024年度抓基层党建工作述职报告\n"
     "2025-02-08 来源：县委组织部\n2024年，我……。",
     "XX县委书记某某2024年度抓基层党建工作述职报告", 2024, "party_building_report"),
    # a side bar's profile under its label, then a column and the plan
    ("XX区人民政府 XX街道\n街道简介\nXX街道位于XX区中部，下辖社区9个。\n街道领导\n"
     "街道主任：某某某\n规划计划\nXX街道办事处2025年工作计划\n2025年，街道将……。",
     "XX街道办事处2025年工作计划", 2025, "work_plan"),
    # a news item whose date has its day masked (2024-01-XX)
    ("XX新闻网\n时政 > 两会\nXX市第十六届人民代表大会第三次会议隆重开幕\n某某某作政府工作报告\n"
     "2024-01-XX 18:40 来源：XX日报\n1月XX日上午，大会开幕。",
     "XX市第十六届人民代表大会第三次会议隆重开幕", 2024, "other"),
    # a column's list of notices, then the headline on two lines (issuer / 关于印发……)
    ("XX县人民政府\n县政府办文件\nXX县人民政府办公室关于印发XX县2023年重点工作安排的通知\n"
     "XX县人民政府办公室关于印发XX县2024年重点工作安排的通知\n"
     "XX县人民政府办公室关于印发XX县督查办法的通知\n"
     "--------------------\n文号：X政办发〔2024〕3号\nXX县人民政府办公室\n"
     "关于印发XX县2024年重点工作安排的通知\n各乡镇人民政府：",
     "XX县人民政府办公室关于印发XX县2024年重点工作安排的通知", 2024, "work_plan"),
    # a meeting's documents, a trail, then the report above its speaker
    ("XX区人大\n大会文件\nXX区人民代表大会常务委员会工作报告\nXX区人民法院工作报告\n"
     "XX区人民检察院工作报告\n首页 > 大会专题 > 大会文件\n2023年XX区政府工作报告\n区长 某某某\n"
     "各位代表：",
     "2023年XX区政府工作报告", 2023, "government_work_report"),
    # a school's name with the school year above the plan
    ("XX县实验中学\n首页 > 通知公告 > 正文\nXX县实验中学2024—2025学年度\n第一学期工作计划\n"
     "发布者：校办\n一、指导思想",
     "XX县实验中学2024—2025学年度第一学期工作计划", 2024, "work_plan"),
    # a labelled menu (快速通道：……) above the headline
    ("XX县中医院\n快速通道：门诊时间 | 检验报告查询 | 住院须知 | 医保政策\n新闻中心 > 医院新闻\n"
     "XX县中医院2024年工作总结\n发布时间：2025年01月10日\n2024年，……。",
     "XX县中医院2024年工作总结", 2024, "work_summary"),
    # a kicker, a meeting's news and the writer's name as a label above the report
    ("XX先锋网\n【年度述职】\n区委召开2024年度党（工）委书记抓基层党建工作述职评议会\n"
     "街道党工委书记某某：\nXX街道党工委书记某某2024年度抓基层党建工作述职报告\n2025-01-22\n"
     "按照区委统一部署，……。",
     "XX街道党工委书记某某2024年度抓基层党建工作述职报告", 2024, "party_building_report"),
    # a column tree's short items (规划计划 / 年度计划) above a disclosure table's title
    ("XX县农业农村局\n信息公开目录\n　规划计划\n　　年度计划\n索引号\t000/2025-00031\n"
     "名称\tXX县农业农村局2025年重点工作安排\nXX县农业农村局2025年重点工作安排\n阅读次数：24\n"
     "2025年是……。",
     "XX县农业农村局2025年重点工作安排", 2025, "work_plan"),
    # a side bar's list with its 更多>> link, then a trail and the plan with its adoption note
    ("XX人大网\n常委会公报\nXX县人大常委会关于批准2024年县级决算的决议\nXX县人大常委会2024年工作总结\n"
     "XX县人大常委会2025年监督工作计划\n更多>>\n首页 > 常委会公报\nXX县人大常委会2025年工作要点\n"
     "（2025年2月20日县第十八届人民代表大会常务委员会第十次会议通过）\n2025年是……。",
     "XX县人大常委会2025年工作要点", 2025, "work_plan"),
    # the heading of a column's list of years (历年政府工作报告) and a list with bracketed dates
    ("XX市人民政府\n政府工作报告\n历年政府工作报告\n2024年政府工作报告\n2023年政府工作报告\n"
     "2022年政府工作报告\n您所在的位置：首页 > 政务公开 > 政府工作报告\n政府工作报告\n"
     "——2024年1月20日在XX市第十七届人民代表大会第四次会议上\n各位代表：",
     "政府工作报告", 2024, "government_work_report"),
    ("XX县第一小学\n通知公告 更多>>\n[02-20] 2025年春季学期开学通知\n"
     "[02-18] 关于开展寒假作业展评活动的通知\n校务公开\n2025年春季学期学校工作计划\n"
     "发布人：校办\n一、指导思想",
     "2025年春季学期学校工作计划", 2025, "work_plan"),
    # an archive (馆) above its 关于印发 headline; a 信息名称 field between tabs
    ("XX档案信息网\n首页 » 通知公告\nX档发〔2025〕5号\nXX县档案馆\n"
     "关于印发《XX县档案馆2025年工作要点》的通知\n发布日期：2025-03-04\n馆内各科室：",
     "XX县档案馆关于印发《XX县档案馆2025年工作要点》的通知", 2025, "work_plan"),
    ("XX县水利局2024年落实党风廉政建设主体责任情况的报告 - XX县人民政府\n"
     "信息索引号\t000-2025-0000\n发布机构\tXX县水利局\n"
     "信息名称\tXX县水利局2024年落实党风廉政建设主体责任情况的报告\n县纪委监委：",
     "XX县水利局2024年落实党风廉政建设主体责任情况的报告", 2024, "responsibility_report"),
    # a shared document's heading on two lines: its issuer, then the plan by its year
    ("2025年XX区民政局重点工作安排.docx - XX文库\n上传者：某某  上传时间：2025-03-11  页数：6页\n"
     "XX区民政局\n2025年重点工作安排\n2025年，区民政局将……。",
     "XX区民政局2025年重点工作安排", 2025, "work_plan"),
    # today's pick (今日推荐：……) above the report
    ("XX先锋网\n今日推荐：全县2024年度基层党建工作述职评议考核会议召开\n书记抓党建\n"
     "XX乡党委书记某某\n2024年度抓基层党建工作述职报告\n时间：2025-01-20\n2024年，本人……。",
     "XX乡党委书记某某2024年度抓基层党建工作述职报告", 2024, "party_building_report"),
    # a trail after 位置： with hyphens between its steps
    ("XX乡人民政府\n位置：XX乡人民政府 - 信息公开 - 规划计划 - 政府工作报告\n"
     "XX乡2024年政府工作报告\n——2024年2月1日在XX乡第十九届人民代表大会第四次会议上\n各位代表：",
     "XX乡2024年政府工作报告", 2024, "government_work_report"),
    # a column labelled in brackets (【栏目】计划总结) above the headline
    ("XX区民政局\n【栏目】计划总结\nXX区民政局2024年工作总结\n发布时间：2025年01月06日\n2024年，……。",
     "XX区民政局2024年工作总结", 2024, "work_summary"),
    # a subtitle broken after 人民代表大会 is no title
    ("XX日报\n本版标题导航\n· 政府工作报告\n· 图片新闻\n政府工作报告\n"
     "——2025年1月20日在XX市第十七届人民代表大会\n第五次会议上\nXX市市长 某某\n各位代表：",
     "政府工作报告", 2025, "government_work_report"),
    # a date of appointment is not the year reported on
    ("XX县人大\n县人大常委会任命人员履职评议｜县水利局局长某某述职述廉报告\n"
     "主任、各位副主任、秘书长、各位委员：\n本人于2021年3月经县人大常委会任命。2023年，……。",
     "县人大常委会任命人员履职评议｜县水利局局长某某述职述廉报告", 2023, "duty_integrity_report"),
    # a notice issuing a work arrangement is a work plan
    ("XX县教育局关于印发2024年全县教育重点工作安排的通知\n各学校：",
     "XX县教育局关于印发2024年全县教育重点工作安排的通知", 2024, "work_plan"),
    # a forum's board above a thread's question is not its title
    ("机关事业单位交流区\n求助：述责述廉报告和主体责任报告有啥区别？\n查看: 41|回复: 6\n"
     "求助：述责述廉报告和主体责任报告有啥区别？\n某某\n楼主\n各位好，……。",
     "求助：述责述廉报告和主体责任报告有啥区别？", None, "other"),
    # a title broken after a place it names nowhere else, below a browser title
    ("XX镇2024年政府工作报告_XX县人大常委会\n当前位置：首页 > 乡镇人大\n"
     "XX县XX镇\n2024年政府工作报告\n"
     "——2024年1月12日在XX镇第十九届人民代表大会第四次会议上\n各位代表：",
     "XX县XX镇2024年政府工作报告", 2024, "government_work_report"),
    # ... but a list of years above a headline is no part of it
    ("历史资料\n政府工作报告汇编\n2024年\n2023年\nXX区政府工作报告\n"
     "——2023年1月11日在XX区第二届人民代表大会第二次会议上\n各位代表：",
     "XX区政府工作报告", 2023, "government_work_report"),
    # labels alone on their lines with blank lines between; a keyword of the title
    ("XX区人民政府\n\n名称：\n\n2022年XX区政府工作报告\n\n主题词：\n\n政府工作报告\n\n"
     "XX市XX区2022年政府工作报告\n\n【字体：\n\n大\n\n中\n\n小\n\n各位代表：",
     "XX市XX区2022年政府工作报告", 2022, "government_work_report"),
    # a search bar's hot words are chrome
    ("XX文秘网\n热门搜索：述职述廉 主题教育 党课讲稿\n村党支部书记述职述廉报告\n"
     "按照镇党委安排，现将本人2022年度履职情况报告如下：",
     "村党支部书记述职述廉报告", 2022, "duty_integrity_report"),
    # a forum's counters alone on their lines; the subject's spaces as written
    ("XX论坛\n查看:\n回复:\n[政务资讯]\nXX区2024年政府工作报告  今年要办这些大事（附全文）\n楼主\n"
     "转自区政府网。",
     "XX区2024年政府工作报告  今年要办这些大事（附全文）", 2024, "government_work_report"),
    # a first line with a comma above the text, the last resort
    ("十个关键词，读懂《XX市2024年政府工作报告》\n"
     "1月20日，XX市第十六届人民代表大会第五次会议开幕。",
     "十个关键词，读懂《XX市2024年政府工作报告》", 2024, "other"),
    # a column of past years' reports above the headline
    ("XX区人民政府\n历年政府工作报告\n2018年\n2017年\nXX区2017年政府工作报告\n"
     "——2017年1月9日在XX区第五届人民代表大会第一次会议上\n各位代表：",
     "XX区2017年政府工作报告", 2017, "government_work_report"),
    # titles broken after a post and after a year in Chinese numerals
    ("XX市政协\n政协XX市委员会机关党组成员、秘书长\n某某同志述职述廉报告\n"
     "按照市委的安排，现将本人2023年履职情况报告如下：",
     "政协XX市委员会机关党组成员、秘书长某某同志述职述廉报告", 2023, "duty_integrity_report"),
    ("【网站归档】本页面内容已归档，仅供查阅。\nXX区人民政府网（归档版）\n二〇一九年XX市XX区\n"
     "政府工作报告\n"
     "——2019年3月2日在XX区第二届人民代表大会第三次会议上\n各位代表：",
     "二〇一九年XX市XX区政府工作报告", 2019, "government_work_report"),
    # a browser title with its site after '-', the notice that issues the plan below it
    ("XX学院2024年重点工作安排-XX学院信息公开网\nXX学院信息公开网\nXX学院\n"
     "关于印发《XX学院2024年重点工作安排》的通知\n各部门：\n现将……印发给你们。\n"
     "XX学院2024年重点工作安排",
     "XX学院关于印发《XX学院2024年重点工作安排》的通知", 2024, "work_plan"),
    # a year report dated early in the next year, of the year before
    ("XX市水利局\n述职述廉报告\nXX市水利局副局长某某\n（2023年1月）\n"
     "2022年，本人在局党组的领导下，……。",
     "述职述廉报告", 2022, "duty_integrity_report"),
    # the headline with its column's prefix, after a trail that ends in it
    ("XX区人民政府门户网站\n首页 > 政务公开 > 权威发布 ｜ XX区2023年政府工作报告\n"
     "权威发布 ｜ XX区2023年政府工作报告\n2023-01-26 09:00\n来源：XX区融媒体中心\n"
     "——2023年1月20日在XX区第十九届人民代表大会第三次会议上\n各位代表：",
     "权威发布 ｜ XX区2023年政府工作报告", 2023, "government_work_report"),
    # a report with its diagram attached is the report
    ("XX发布\n全文来了！XX县2023年政府工作报告（附图解）\n2023-01-12\n各位代表：",
     "全文来了！XX县2023年政府工作报告（附图解）", 2023, "government_work_report"),
    # a blog's categories with their counts are chrome
    ("写材料的老某的博客\n博客等级：\n述职报告(64)\n工作总结(118)\n"
     "XX乡乡长某某2022年度述职述廉报告\n按照县委安排，现将本人2022年度履职情况报告如下：",
     "XX乡乡长某某2022年度述职述廉报告", 2022, "duty_integrity_report"),
    # a headline with a comma directly above the text, below the site's name
    ("XX市政协网\n中国人民政治协商会议XX市委员会\n"
     "一图读懂｜《XX市2024年政府工作报告》里的民生实事，委员这样说\n"
     "日前，XX市第十七届人民代表大会第四次会议听取审议了政府工作报告。",
     "一图读懂｜《XX市2024年政府工作报告》里的民生实事，委员这样说", 2024, "other"),
    # a trail of three names between dots; a title broken after a person
    ("XX范文网\n公文写作·范文大全·工作报告\n县水利局局长个人述职述廉报告\n"
     "本文是由网友投稿，仅供参考。\n2023年，本人……。",
     "县水利局局长个人述职述廉报告", 2023, "duty_integrity_report"),
    ("XX党建网\nXX市委组织部主办\nXX县委书记某某\n抓基层党建工作述职报告\n"
     "按照市委统一安排，现将本人2023年度抓基层党建工作情况报告如下：",
     "XX县委书记某某抓基层党建工作述职报告", 2023, "party_building_report"),
    # a hospital's menu with its phone number
    ("XX县人民医院\n预约挂号  检验报告查询  24小时急诊：0000-1200120\nXX县人民医院2022年工作总结\n"
     "2022年，我院……。",
     "XX县人民医院2022年工作总结", 2022, "work_summary"),
    # a compilation (汇编) is a column; a range of years is no separator
    ("XX区档案信息网\n政府工作报告汇编（2010—2020）\n"
     "在XX区第二届人民代表大会第二次会议上的政府工作报告\n"
     "区长某某\n（2018年2月25日）\n各位代表：",
     "在XX区第二届人民代表大会第二次会议上的政府工作报告", 2018, "government_work_report"),
    # a browser title with the site first, then the headline
    ("XX市政协_XX市政协召开常委会议 协商讨论《2024年市政府工作报告（征求意见稿）》\n"
     "政协要闻\nXX市政协召开常委会议 协商讨论《2024年市政府工作报告（征求意见稿）》\n"
     "12月26日，市政协常委会议召开。",
     "XX市政协召开常委会议 协商讨论《2024年市政府工作报告（征求意见稿）》", 2024, "other"),
    # a headline announcing a plan is the plan; a 数说 explainer is no report
    ("重磅｜XX县2024年重点工作安排出炉！\n原创 XX发布 2024-01-20\n一、……。",
     "重磅｜XX县2024年重点工作安排出炉！", 2024, "work_plan"),
    ("XX发布\n数说2024年XX市政府工作报告\n2024-01-20\n……。",
     "数说2024年XX市政府工作报告", 2024, "other"),
    # a file name with its extension after a space
    ("XX文库\n某某同志2022年度述责述廉报告 .docx\n上传者：某某　页数：3页\n"
     "按照县纪委安排，现将本人2022年度履职情况报告如下：",
     "某某同志2022年度述责述廉报告", 2022, "duty_integrity_report"),
    # an explainer of a report is no report
    ("XX发布\n一文读懂2025年XX市政府工作报告\n2025-01-12\n……",
     "一文读懂2025年XX市政府工作报告", 2025, "other"),
    # a column's name that reads like a digest, above a title that says it is the full text
    ("XX融媒\n两会专题\n聚焦两会｜XX镇2024年人民政府工作报告（全文）\n发布时间：2024-01-08\n"
     "各位代表：\n现在，我代表镇人民政府向大会报告工作，请予审议。",
     "聚焦两会｜XX镇2024年人民政府工作报告（全文）", 2024, "government_work_report"),
    # a feature about a report's discussion is no report
    ("XX政协\n委员风采\n2019年政协委员分组讨论政府工作报告侧记\n发布时间：2019-01-12\n"
     "会场里，委员们……。",
     "2019年政协委员分组讨论政府工作报告侧记", 2019, "other"),
]

PAGE_HEADS += [
    # the menu of a 信息公开 site, one item per line, one of them longer than a menu item
    ("XX学院信息公开网\n首页\n信息公开指南\n信息公开目录\n信息公开年度报告\n依申请公开\n"
     "XX学院2023年工作要点\n发布日期：2023-03-01\n2023年学院工作的总体思路是：……。",
     "XX学院2023年工作要点", 2023, "work_plan"),
    # a trail after 您当前所在位置 with hyphens; two column names between slashes
    ("XX区政协\n您当前所在位置：首页 - 机关建设 - 述职述廉\n2021年度述职述廉报告\n"
     "区政协办公室主任 某某\n现将本人2021年度履职情况报告如下：",
     "2021年度述职述廉报告", 2021, "duty_integrity_report"),
    ("XX集团\n党的建设 / 述职报告\nXX集团党委书记某某2022年度抓基层党建工作述职报告\n"
     "2023-01-20 浏览量：100\n2022年，……。",
     "XX集团党委书记某某2022年度抓基层党建工作述职报告", 2022, "party_building_report"),
    # a column tree with bullets, a list of the column's articles, then the headline
    ("XX镇人民政府\n▶ 机构职能\n▶ 政策文件\n▶ 规划计划\n▶ 政府工作报告\n本栏目文章\n"
     "· XX镇2022年政府工作报告\n· XX镇2021年政府工作报告\n位置：首页 >> 政府工作报告\n"
     "XX镇2023年政府工作报告\n（2023年1月10日在XX镇第十八届人民代表大会第三次会议上）\n各位代表：",
     "XX镇2023年政府工作报告", 2023, "government_work_report"),
    # the genre alone at the end of a column tree, above a byline
    ("XX公司\n党建工作\n· 党建动态\n· 纪检监察\n· 廉洁文化\n述责述廉报告\n"
     "XX公司党委副书记、总经理 某某某\n2023年01月20日\n一年来，现将2022年度履职情况报告如下：",
     "述责述廉报告", 2022, "duty_integrity_report"),
    # a menu written without spaces; a list of the latest articles under its label
    ("XX市教育局\n首页机构概况政务公开教育动态通知公告\n最新公开\n· 关于做好寒假安全工作的通知\n"
     "· XX市2023年招生工作方案\n当前位置：首页 > 政务公开\nXX市教育局2024年工作要点\n"
     "发布时间：2024-02-20\n2024年全市教育工作的总体思路是：……。",
     "XX市教育局2024年工作要点", 2024, "work_plan"),
    # a ranked list of articles, then the issuer and a 关于 headline
    ("XX县农业农村局\n阅读排行\n1 XX县高标准农田建设项目公示\n2 关于开展农资打假专项行动的通知\n"
     "信息来源：XX县农业农村局 | 发布时间：2024-01-22\n中共XX县农业农村局党组\n"
     "关于2023年度落实党风廉政建设主体责任情况的报告\n县纪委监委：\n2023年，局党组……。",
     "中共XX县农业农村局党组关于2023年度落实党风廉政建设主体责任情况的报告", 2023,
     "responsibility_report"),
    # a list of the latest articles whose last line is the headline, above its date
    ("XX县人民政府\n最新信息\nXX县2024年民生实事项目清单\n关于2023年预算执行情况的报告\n"
     "政府工作报告\n发布时间：2024-01-23 来源：县政府办\n"
     "——2024年1月20日在XX县第十七届人民代表大会第四次会议上\n各位代表：",
     "政府工作报告", 2024, "government_work_report"),
    # a title broken after a post and a name; a column tag in brackets above it
    ("XX党建网\n当前位置：首页 > 基层党建\n【书记抓党建述职】\n中共XX县委书记某某某\n"
     "2022年度抓基层党建工作述职报告\n时间：2023-02-01\n2022年，本人……。",
     "中共XX县委书记某某某2022年度抓基层党建工作述职报告", 2022, "party_building_report"),
    ("清风XX\n您现在的位置：首页 > 述责述廉\nXX县纪委常委、县监委委员某某某\n2022年度述责述廉报告\n"
     "时间：2023-01-26\n按照县纪委安排，现将本人2022年度……报告如下：",
     "XX县纪委常委、县监委委员某某某2022年度述责述廉报告", 2022, "duty_integrity_report"),
    # a headline broken after ｜, kept as written
    ("打开APP\nXX新闻\nXX县两会｜\n政府工作报告全文来了！\n2024-01-09 16:48 XX新闻客户端\n"
     "1月8日上午，……。",
     "XX县两会｜政府工作报告全文来了！", 2024, "government_work_report"),
    # the 名称 field naming the issuer above the headline without it
    ("XX市人民政府\n名称：XX市人民政府2022年政府工作报告\n发布日期：2022-02-14\nXX市人民政府\n"
     "2022年政府工作报告\n——2022年2月8日在XX市第十六届人民代表大会第二次会议上\n各位代表：",
     "XX市人民政府2022年政府工作报告", 2022, "government_work_report"),
    # a meeting's headline above its deck and date: the deck is not part of it
    ("XX新闻网\n要闻\nXX市十六届人大二次会议开幕\n市长某某作政府工作报告\n"
     "2023-01-09 10:42 来源：XX日报\n1月8日上午，……。",
     "XX市十六届人大二次会议开幕", 2023, "other"),
    # a date line in Chinese numerals gives the year of an archived report
    ("XX县档案馆\n重要文献\nXX县人民政府工作报告\n"
     "一九九二年三月十日在XX县第十一届人民代表大会第二次会议上\n"
     "录入：某某 上线时间：2021-06-11\n各位代表：",
     "XX县人民政府工作报告", 1992, "government_work_report"),
    # a shared document's file name with the site after it; its own heading names more
    ("XX县农业局2022年工作总结.docx-XX文档\nXX文档\nXX县农业局2022年工作总结.docx\n"
     "6页 | 大小：28 KB\nXX县农业局2022年工作总结\n2022年，我局……。",
     "XX县农业局2022年工作总结", 2022, "work_summary"),
    ("XX文档网\n镇长2021年度述责述廉报告\n文档格式：.docx 页数：4页\n"
     "XX镇镇长某某2021年度述责述廉报告\n（2022年1月）\n"
     "按照县纪委安排，现将本人2021年度……报告如下：",
     "XX镇镇长某某2021年度述责述廉报告", 2021, "duty_integrity_report"),
    # a date after a headline in a list of the column's reports
    ("XX区人民政府\n政府工作报告\n2024年XX区政府工作报告 2024-01-08\n"
     "2023年XX区政府工作报告 2023-01-10\n更多>>\n首页 > 信息公开 > 政府工作报告\n"
     "2024年XX区政府工作报告\n发布日期：2024-01-08\n各位代表：",
     "2024年XX区政府工作报告", 2024, "government_work_report"),
    # a forum subject whose thread marks are chrome lines
    ("XX论坛 - XX人的网上家园\n发新帖 回复\n查看: 2317 | 回复: 14\n"
     "[求助] 报告里说的十件民生实事到底有哪些？\n楼主 XX 发表于 2024-02-06 21:14\n前几天看新闻……",
     "报告里说的十件民生实事到底有哪些？", 2024, "other"),
    # a plan titled by its year alone, below its issuer
    ("XX市政协\n当前位置：首页 > 重要文件\n政协XX市委员会\n2023年工作要点\n"
     "（2023年1月19日政协XX市委员会常务委员会会议通过）\n2023年是……。",
     "政协XX市委员会2023年工作要点", 2023, "work_plan"),
    # a news headline on two lines whose browser title gives its first line alone
    ("XX市第十六届人民代表大会第二次会议开幕-XX新闻网\nXX新闻网\n时政要闻\n"
     "XX市第十六届人民代表大会第二次会议开幕\n听取和审议政府工作报告\n"
     "2023-01-09 08:15 来源：XX日报\n1月8日上午，……。",
     "XX市第十六届人民代表大会第二次会议开幕", 2023, "other"),
    # two list labels on one line; a site's notice; 题名：; a 文库's name after a hyphen
    ("XX镇政务网\n热点文章 | 最新文章\n  XX镇2022年度财政预算执行情况\n  XX镇召开人代会\n"
     "首页 >> 政务公开 >> 工作报告\n2023年XX镇人民政府工作报告\n镇长 某某某\n各位代表：",
     "2023年XX镇人民政府工作报告", 2023, "government_work_report"),
    ("XX水务集团\n停水公告：XX路管网改造计划于3月5日停水\nXX水务集团2023年工作总结\n"
     "2024-01-20 阅读 512\n2023年，集团公司……。",
     "XX水务集团2023年工作总结", 2023, "work_summary"),
    ("XX档案馆\n题名：中共XX局党组关于2022年度落实全面从严治党主体责任情况的报告\n"
     "县纪委监委：\n2022年，局党组……。",
     "中共XX局党组关于2022年度落实全面从严治党主体责任情况的报告", 2022,
     "responsibility_report"),
    ("XX市2024年工作要点-XX文库\nXX文库 首页 分类\nXX市人力资源和社会保障局2024年工作要点\n"
     "上传者：某某 页数：6页\n2024年全市人社工作的总体思路是：……。",
     "XX市人力资源和社会保障局2024年工作要点", 2024, "work_plan"),
    # a list of the column's files with their dates, then the headline
    ("XX区卫生健康局\n信息公开 > 述责述廉公示栏\n文件列表（共3条）\n"
     "XX区卫生健康局副局长某某2021年度述责述廉报告  2022-02-18\n"
     "XX区卫生健康局局长某某某2021年度述责述廉报告  2022-02-16\n查看更多>>\n==========\n"
     "XX区卫生健康局局长某某某2021年度述责述廉报告\n发布日期：2022-02-16\n2021年，……。",
     "XX区卫生健康局局长某某某2021年度述责述廉报告", 2021, "duty_integrity_report"),
]

PAGE_HEADS += [
    # an e-paper's browser title, its list of the page's headlines, the headline again
    ("XX日报数字报-XX日报-第02版：政府工作报告\nXX日报数字报\n第02版：政府工作报告\n"
     "本版标题\n政府工作报告\n代表热议政府工作报告\n第02版：政府工作报告\n政府工作报告\n"
     "——2023年1月10日在XX市第十六届人民代表大会第三次会议上\n各位代表：",
     "政府工作报告", 2023, "government_work_report"),
    # a row of bracketed columns; a title broken after its year
    ("XX县人民政府 > XX镇人民政府\n【政府信息公开】【乡镇动态】【通知公告】\nXX镇2022年\n"
     "政府工作报告\n——在XX镇第十八届人民代表大会第二次会议上\n各位代表：\n现在，……。",
     "XX镇2022年政府工作报告", 2022, "government_work_report"),
    # a meeting's headline above its deck
    ("XX人大网\n人大要闻\nXX区第四届人民代表大会第二次会议隆重开幕\n"
     "某某某作政府工作报告  某某某主持大会\n时间：2023-01-17 来源：区人大常委会办公室\n"
     "1月17日上午，……。",
     "XX区第四届人民代表大会第二次会议隆重开幕", 2023, "other"),
    # a menu with one longer name; a school's notice ticker
    ("XX县农业农村局\n"
     "走进农业 农业要闻 政策法规 规划计划 三农服务 乡村振兴 农产品质量安全 在线办事\n"
     "首页 > 规划计划\nXX县2022年乡村振兴重点工作安排\n【信息时间：2022-03-10】\n为全面贯彻……。",
     "XX县2022年乡村振兴重点工作安排", 2022, "work_plan"),
    ("XX中学\n校园公告：关于开学报到的通知 | 2023年高一新生军训安排\n"
     "您现在的位置：学校首页 > 计划总结\nXX中学2023—2024学年度第一学期工作计划\n"
     "文章来源：校长办公室 | 更新时间：2023-09-02\n一、指导思想",
     "XX中学2023—2024学年度第一学期工作计划", 2023, "work_plan"),
    # a channel's name (also in the menu) before a headline written again broken after 暨
    ("XX新闻\n推荐 本地 时政 视频 直播\n时政 | XX市召开2023年全面从严治党工作会议暨市纪委全会\n"
     "XX市召开2023年全面从严治党工作会议暨\n市纪委全会\nXX日报记者 某某某 2023-02-27 11:06\n"
     "2月26日，……。",
     "XX市召开2023年全面从严治党工作会议暨市纪委全会", 2023, "other"),
    # a column with a genre word, then the report; a 范文 site's name, then its own title
    ("XX党建网\n当前位置：首页 > 书记述职\n书记抓党建 | 2022年度述职\n"
     "县委书记某某某2022年度抓基层党建工作述职报告\n来源：XX党建网 | 2023-02-02\n2022年，本人……。",
     "县委书记某某某2022年度抓基层党建工作述职报告", 2022, "party_building_report"),
    ("范文网 - 个人述职述廉报告_范文大全\n范文网 > 述职报告\n2022年度个人述职述廉报告（局副局长）\n"
     "时间：2023-01-03 栏目：述职述廉报告\n按照年度考核工作安排，现将本人2022年度……报告如下：",
     "2022年度个人述职述廉报告（局副局长）", 2022, "duty_integrity_report"),
    # a public account's headline broken after the writer's post and name
    ("XX组工\n述职评议 | 基层党建\nXX镇党委书记某某某\n2022年度抓基层党建工作述职报告\n"
     "原创 XX县委组织部 阅读 2716\n2022年，本人……。",
     "XX镇党委书记某某某2022年度抓基层党建工作述职报告", 2022, "party_building_report"),
    # a 栏目导航： line, a 【通知公告】 ticker, a 【历史信息】 notice
    ("XX镇人民政府\n栏目导航：规划计划 | 工作报告 | 财政预决算\n您的位置：信息公开 > 工作报告\n"
     "政府工作报告\n——在XX镇第十九届人民代表大会第三次会议上\n时间：2023年03月08日\n各位代表：",
     "政府工作报告", 2023, "government_work_report"),
    ("XX学院纪委\n【通知公告】关于开展2023年廉洁提醒的通知\n当前位置：首页>>述责述廉\n述责述廉\n"
     "党委副书记、纪委书记\n某某同志2022年度述责述廉报告\n作者：纪委办公室\n2022年，本人……。",
     "党委副书记、纪委书记某某同志2022年度述责述廉报告", 2022, "duty_integrity_report"),
    ("【历史信息】本栏目信息为归档信息，仅供查阅，不再更新。\nXX区政府信息公开目录（存档）\n"
     "XX区2019年重点工作安排\n各街道办事处，区政府各部门：\n为贯彻落实……。",
     "XX区2019年重点工作安排", 2019, "work_plan"),
    # a browser title with the government after a hyphen
    ("XX县应急管理局2022年工作总结和2023年工作打算-XX县人民政府\n首页 > 信息公开 > 计划总结\n"
     "XX县应急管理局2022年工作总结和2023年工作打算\n【打印】 【关闭】\n2022年，……。",
     "XX县应急管理局2022年工作总结和2023年工作打算", 2022, "work_summary"),
    # a list of a column's reports of successive years, then the headline (one of them)
    ("XX市地方志\n历年政府工作报告\n2020年XX市政府工作报告\n2019年XX市政府工作报告\n"
     "2018年XX市政府工作报告\n2017年XX市政府工作报告\n2018年XX市政府工作报告\n"
     "收录时间：2019-06-18\n——2018年1月16日在XX市第十五届人民代表大会第三次会议上\n各位代表：",
     "2018年XX市政府工作报告", 2018, "government_work_report"),
    # a meeting's headline above its deck is its first line
    ("XX新闻\nXX区召开第三届人民代表大会第三次会议\n区长某某作政府工作报告 提出今年增长6%左右\n"
     "2023-01-09 来源：XX日报\n1月8日，……。",
     "XX区召开第三届人民代表大会第三次会议", 2023, "other"),
    # a 滚动： ticker; a trail with ››; a label and its value are no broken title
    ("政协XX县委员会\n通知公告 滚动：关于征集2023年度协商议题的通知……\n机关建设\n"
     "县政协办公室2022年工作总结\n发布日期：2022-12-26\n2022年，县政协办公室……。",
     "县政协办公室2022年工作总结", 2022, "work_summary"),
    ("XX区人大网\n信息公开 ›› 常委会文件\nXX区人大常委会2023年工作要点\n"
     "（2023年2月20日区人大常委会第十次会议通过）\n2023年是……。",
     "XX区人大常委会2023年工作要点", 2023, "work_plan"),
    ("XX区人大常委会\n当前位置：首页 > 述职评议\n被评议人：区自然资源局局长 某某某\n述责述廉报告\n"
     "（2023年度）\n主任、各位副主任：\n现将本人2023年度……报告如下：",
     "述责述廉报告", 2023, "duty_integrity_report"),
    # titles broken before 暨 and before 工作报告, below a column with its year
    ("XX县人民医院\n位置：首页 > 院务公开\nXX县人民医院2022年工作总结\n暨2023年工作思路\n"
     "时间：2023-01-05\n2022年，我院……。",
     "XX县人民医院2022年工作总结暨2023年工作思路", 2022, "work_summary"),
    ("XX县人民政府门户网站\n政府工作报告 | 2022\n2022年XX县人民政府\n工作报告\n"
     "——2022年2月22日在XX县第十七届人民代表大会第一次会议上\n各位代表：",
     "2022年XX县人民政府工作报告", 2022, "government_work_report"),
    # （全文） on its own line; a shared document's name with its version, then its heading
    ("原创 XX发布 2023-01-20\n权威发布\nXX县2023年政府工作报告\n（全文）\n"
     "——2023年1月16日在XX县第十八届人民代表大会第三次会议上\n各位代表：",
     "XX县2023年政府工作报告（全文）", 2023, "government_work_report"),
    ("XX文库\n文库首页 > 政务民生\nXX县2022年政府工作报告（定稿）\n上传者：某某 页数：12页\n"
     "XX县2022年政府工作报告\n——2022年1月10日在XX县第十八届人民代表大会第二次会议上\n各位代表：",
     "XX县2022年政府工作报告", 2022, "government_work_report"),
    # a list of notices under 通知公告 更多>>, its items bulleted, then a trail and the headline
    ("XX政协网\n通知公告 更多>>\n○ 关于征集2023年度协商议题的通知\n○ 提案立案情况通报\n"
     "位置：首页 >> 工作部署\n政协XX市委员会2023年重点工作安排\n（2023年1月30日主席会议通过）\n"
     "2023年市政协工作的总体要求是：……。",
     "政协XX市委员会2023年重点工作安排", 2023, "work_plan"),
    ("XX人大网\n通知公告\n>> 关于公开征求意见的通知\n>> 市人大常委会2023年度立法计划\n"
     "常委会公报 > 2023年第1号\nXX市人大常委会2023年工作要点\n（2023年1月30日主任会议通过）\n"
     "日期：2023-02-04\n2023年，……。",
     "XX市人大常委会2023年工作要点", 2023, "work_plan"),
    # an e-paper's 标题导航 list, the headline again with its deck below
    ("XX日报数字报\n标题导航\nXX区召开第九届人民代表大会第一次会议\n全市安全生产工作会议召开\n"
     "XX区召开第九届人民代表大会第一次会议\n听取审议政府工作报告　选举产生区监察委员会主任\n"
     "本报讯（记者 某某）1月6日上午，……。",
     "XX区召开第九届人民代表大会第一次会议", None, "other"),
    # a list whose last line is the headline broken in two, or with （摘要） below it
    ("XX日报数字报\n本版标题导航\nXX市2022年政府工作报告\n代表委员热议报告\nXX市2022年\n"
     "政府工作报告\n——2022年1月10日在XX市第十五届人民代表大会第一次会议上\n各位代表：",
     "XX市2022年政府工作报告", 2022, "government_work_report"),
    # a 名称 field spaced out before its tab; a browser title with the bureau after a hyphen
    ("XX县农业农村局\n索引号\t000/2024-01\n名　　称\tXX县农业农村局2024年工作要点\n"
     "2024年全县农业农村工作的总体要求是：……。",
     "XX县农业农村局2024年工作要点", 2024, "work_plan"),
    ("XX市教育局2023年工作要点-XX市教育局\n首页 > 计划总结\nXX市教育局2023年工作要点\n"
     "发布时间：2023-02-20\n2023年全市教育工作的总体思路是：……。",
     "XX市教育局2023年工作要点", 2023, "work_plan"),
    # a column's list of titles, then the headline above its date
    ("XX街道办事处\n首页>>政务公开>>计划规划\n计划规划\nXX街道2022年度工作总结\n"
     "XX街道2021年度工作计划\nXX街道“十四五”社区服务体系建设规划\nXX街道2023年度工作计划\n"
     "时间：2023年01月23日 来源：街道党政办\n2023年，街道将……。",
     "XX街道2023年度工作计划", 2023, "work_plan"),
    # a shared file's name, then the document's own heading
    ("XX县2022年政府工作报告定稿.docx - 某某文库\n文库首页 > 政务民生\n"
     "XX县2022年政府工作报告定稿.docx\n上传者：wk_000 页数：12页\n政府工作报告\n"
     "——2022年2月14日在XX县第十八届人民代表大会第二次会议上\n各位代表：",
     "政府工作报告", 2022, "government_work_report"),
    # a title broken before 重点工作安排; columns after bullets; a hospital after a hyphen
    ("XX县第一中学\n【校务公开】\nXX县第一中学2023年春季学期\n重点工作安排\n作者：校长办公室\n"
     "本学期，学校将……。",
     "XX县第一中学2023年春季学期重点工作安排", 2023, "work_plan"),
    ("XX市档案馆\n■ 政务公开 ■ 规划计划\n2023-03-08\nXX市档案馆2023年工作要点\n来源：馆办公室\n"
     "2023年全市档案工作的总体思路是：……。",
     "XX市档案馆2023年工作要点", 2023, "work_plan"),
    ("述职述廉报告（某某某）-XX市中心医院\n首页 > 党建园地\n述职述廉报告（某某某）\n"
     "发布时间：2023-01-10\n现将本人2022年度履职情况报告如下：",
     "述职述廉报告（某某某）", 2022, "duty_integrity_report"),
    # a title broken before 报告; a headline below an empty field of a disclosure box
    ("XX镇人民政府\n当前位置：首页 > 计划总结\nXX镇2022年政府工作\n报告\n"
     "（2023年2月20日在XX镇第十八届人民代表大会第三次会议上）\n各位代表：",
     "XX镇2022年政府工作报告", 2022, "government_work_report"),
    ("XX市卫生健康委员会\n索　引　号：000/2023-00031\n"
     "名　　称：关于2022年度党风廉政建设主体责任落实情况的报告\n有效性：\n"
     "中共XX市卫生健康委员会党组关于2022年度党风廉政建设主体责任落实情况的报告\n浏览次数：267\n"
     "市委：\n2022年，……。",
     "中共XX市卫生健康委员会党组关于2022年度党风廉政建设主体责任落实情况的报告", 2022,
     "responsibility_report"),
    # a meeting's headline broken after 人民代表大会, above its deck
    ("XX市第十五届人民代表大会第二次会议隆重开幕 - XX网\nXX网 | 新闻\n"
     "XX市第十五届人民代表大会\n第二次会议隆重开幕\n某某某作政府工作报告 某某某主持\n"
     "2022-02-20 08:05 来源：XX日报\n本报讯 2月19日上午，……。",
     "XX市第十五届人民代表大会第二次会议隆重开幕", 2022, "other"),
    # a browser title with a department and its second name after a hyphen
    ("关于2021年度党风廉政建设主体责任落实情况的报告-纪委办公室（监察处）\nXX学院 纪委办公室\n"
     "您现在的位置： 首页 > 信息公开\n中共XX学院委员会\n"
     "关于2021年度党风廉政建设主体责任落实情况的报告\n发布时间：2022-01-20\n省纪委监委：\n"
     "2021年，……。",
     "中共XX学院委员会关于2021年度党风廉政建设主体责任落实情况的报告", 2021,
     "responsibility_report"),
    # a document site's 星级 / 关键词 line
    ("XX文库\n上传者：某某 页数：5页\n星级：★★★★☆ 关键词：街道 工作计划 2024\n"
     "XX街道2024年工作计划\n2024年，街道将……。",
     "XX街道2024年工作计划", 2024, "work_plan"),
    # a ranked 热榜 list holding the headline, which is written again below
    ("XX发布网\n24小时热榜\n1 XX县2023年民生实事项目出炉\n2 全文来了！2023年XX县政府工作报告\n"
     "正文\n"
     "全文来了！2023年XX县政府工作报告\n2023-01-05 20:15 XX发布\n各位代表：",
     "全文来了！2023年XX县政府工作报告", 2023, "government_work_report"),
    # a site's note in brackets above a spaced-out headline
    ("XX县档案馆\n【原文识别文本】本页为扫描件文字识别结果，如有差错以原件为准。\n"
     "政 府 工 作 报 告\n"
     "——2018年1月10日在XX县第十六届人民代表大会第三次会议上\n各位代表：",
     "政府工作报告", 2018, "government_work_report"),
    # disclosure fields without colons, and a 名称 field spaced out without one
    ("XX县市场监督管理局\n索引号 000/2019-00031 主题分类 综合政务\n"
     "发布机构 XX县市场监督管理局 生成日期 2019-03-16\n"
     "名　　称 XX县市场监督管理局2019年工作要点\n2019年全县市场监管工作的总体思路是：……。",
     "XX县市场监督管理局2019年工作要点", 2019, "work_plan"),
    # a box of fields drawn with lines, then the headline
    ("XX县教育局\n┌──────────┐\n│索 引 号：000/2022-00105　│　信息分类：党风廉政\n"
     "│名　　称：XX县教育局2021年度党风廉政建设主体责任落实情况│\n└──────────┘\n"
     "XX县教育局党委2021年度落实党风廉政建设主体责任情况的报告\n县纪委监委：\n2021年，……。",
     "XX县教育局党委2021年度落实党风廉政建设主体责任情况的报告", 2021, "responsibility_report"),
    # a service bar; an issuer named in full with 党组 and 关于 below a shorter heading
    ("XX市自然资源和规划局\n热门服务：不动产登记 建设用地审批\n党建工作\n"
     "XX市农业局2022年度落实全面从严治党主体责任情况报告\n"
     "中共XX市农业局党组\n关于2022年度落实全面从严治党主体责任情况的报告\n发布日期：2023-01-19\n"
     "市委：",
     "中共XX市农业局党组关于2022年度落实全面从严治党主体责任情况的报告", 2022,
     "responsibility_report"),
    # a meeting's headline above its deck and a byline; a 政协 above a year's plan
    ("XX新闻客户端\n两会时间\nXX市第十五届人民代表大会第二次会议隆重开幕\n"
     "某某某作政府工作报告 某某某主持\n"
     "XX新闻记者 某某\n2023-01-09 11:42 XX新闻\n1月9日上午，……。",
     "XX市第十五届人民代表大会第二次会议隆重开幕", 2023, "other"),
    ("XX政协\n首页 / 工作部署\nXX市政协\n2024年重点工作安排\n2024-02-21 来源：市政协办公室\n"
     "2024年是……。",
     "XX市政协2024年重点工作安排", 2024, "work_plan"),
    # a browser title of three parts, then the headline broken after the writer's name
    ("XX县人大常委会 - 述职述廉报告 - 常委会副主任某某2022年度述职述廉报告\n"
     "XX县人民代表大会常务委员会\n"
     "XX县人大常委会副主任某某\n2022年度述职述廉报告\n发布者：县人大办公室\n"
     "根据县委安排，现将本人……报告如下：",
     "XX县人大常委会副主任某某2022年度述职述廉报告", 2022, "duty_integrity_report"),
    # a forum's tag before a subject opening with a year
    ("XX论坛\n[求助]2022年乡镇政府工作报告“三农”部分怎么写？\n楼主 发表于 2022-03-01\n各位前辈……",
     "2022年乡镇政府工作报告“三农”部分怎么写？", 2022, "other"),
    # a 公告栏： ticker; a document site's search bar with its hot words; 名称 | ……
    ("XX政协网\n公告栏：关于征集提案的通知（截至2023年1月5日）\n政协XX市委员会\n"
     "2023年重点工作安排\n发布时间：2023-02-10\n2023年是……。",
     "政协XX市委员会2023年重点工作安排", 2023, "work_plan"),
    ("XX文库\n搜索文档 热门：工作总结 述职报告 心得体会\nXX区教育局2022年工作要点\n"
     "上传者：某某 页数：8页\n2022年全区教育工作的总体要求是：……。",
     "XX区教育局2022年工作要点", 2022, "work_plan"),
    ("XX市住房和城乡建设局\n索引号 | 000/2021-00012\n"
     "名称 | XX市住房和城乡建设局关于2020年度落实党风廉政建设主体责任情况的报告\n"
     "市纪委监委：\n2020年，……。",
     "XX市住房和城乡建设局关于2020年度落实党风廉政建设主体责任情况的报告", 2020,
     "responsibility_report"),
    # a ticker after ▶; a short site name after a title's genre and a hyphen
    ("XX实验中学\n校园公告 ▶ 关于2023年春季学期开学返校安排的通知\n德育天地\n"
     "XX实验中学2023年春季学期德育工作计划\n作者：政教处 发布：2023年02月19日\n一、指导思想",
     "XX实验中学2023年春季学期德育工作计划", 2023, "work_plan"),
    ("述责述廉｜XX县水利局局长某某某2022年度述责述廉报告-清风XX\n当前位置：首页 > 述责述廉\n"
     "述责述廉｜XX县水利局局长某某某2022年度述责述廉报告\n来源：XX县纪委监委\n2022年，……。",
     "述责述廉｜XX县水利局局长某某某2022年度述责述廉报告", 2022, "duty_integrity_report"),
    # a column's heading above the breadcrumb, the headline below it
    ("XX镇\n镇领导\nXX镇2023年政府工作报告\n首页 > 乡镇之窗 > XX镇 > 规划计划\n"
     "2023年XX镇人民政府工作报告\n发布日期：2023年02月02日\n各位代表：",
     "2023年XX镇人民政府工作报告", 2023, "government_work_report"),
    # a forum's buttons; a thread's subject with a comma, asking for views
    ("XX论坛\n返回列表 发新帖\n查看: 5832 | 回复: 46\n"
     "[讨论] 2023年各省政府工作报告增长目标汇总，大家怎么看\n"
     "某某某 发表于 2023-2-2 21:36 | 只看该作者 楼主\n最近各省两会基本开完了……",
     "2023年各省政府工作报告增长目标汇总，大家怎么看", 2023, "other"),
    # a news app's 全文来了 headline above the document's own heading
    ("XX头条\nXX发布\n全文来了！2022年XX县政府工作报告\n2022-02-03 19:26 · XX发布官方账号\n"
     "政府工作报告\n——2022年1月30日在XX县第十七届人民代表大会第一次会议上\n各位代表：",
     "全文来了！2022年XX县政府工作报告", 2022, "government_work_report"),
    # a shared file's name written twice, then the document's own heading
    ("XX镇镇长述职述廉报告 - 道客XX\n首页 > 述职报告\nXX镇镇长述职述廉报告.pdf\n页数：4 格式：PDF\n"
     "述职述廉报告\nXX镇党委副书记、镇长 某某某\n（2021年1月）\n现将本人2020年度履职情况报告如下：",
     "述职述廉报告", 2020, "duty_integrity_report"),
    # a forum subject with a question inside, right above 楼主
    ("XX论坛 - 求助：2023年乡镇政府工作报告怎么写？\n"
     "[求助] 2023年乡镇政府工作报告怎么写？有没有参考框架\n"
     "楼主\n某某某 发表于 2023-1-6 21:14\n各位前辈好……",
     "2023年乡镇政府工作报告怎么写？有没有参考框架", 2023, "other"),
    # a trail after a bare 位置：; a title broken before 重点工作计划 or after a post
    ("XX县人民医院\n» 院务公开\n» 计划总结\n位置：首页 - 院务公开 - 计划总结\n"
     "XX县人民医院2023年重点工作安排\n发布者：院办 发布时间：2023/2/19\n为全面推进……。",
     "XX县人民医院2023年重点工作安排", 2023, "work_plan"),
    ("XX县人民政府\n首页 > 政策文件\nXX县2023年优化营商环境\n重点工作计划\n索引号：000/2023-00031\n"
     "为深入贯彻落实……。",
     "XX县2023年优化营商环境重点工作计划", 2023, "work_plan"),
    ("XX县人大常委会\n县人大常委会机关党组书记\n2021年度抓基层党建工作述职报告\n"
     "发布时间：2022-01-20\n"
     "2021年，本人……。",
     "县人大常委会机关党组书记2021年度抓基层党建工作述职报告", 2021, "party_building_report"),
    # a column's heading ending in 栏目 above its list; a title broken before 工作报告（全文）
    ("XX区人民政府门户网站\n政府工作报告栏目\n2021年政府工作报告\n2020年政府工作报告\n"
     "2019年政府工作报告\n政 府 工 作 报 告\n——2019年1月8日在XX区第七届人民代表大会第四次会议上\n"
     "各位代表：",
     "政府工作报告", 2019, "government_work_report"),
    ("XX市人民政府\n2020年XX市人民政府\n工作报告（全文）\n"
     "——2020年1月8日在XX市第十五届人民代表大会第五次会议上\n"
     "各位代表：",
     "2020年XX市人民政府工作报告（全文）", 2020, "government_work_report"),
    # a browser title of three parts; an issuer broken after 关于……年度; █ columns
    ("XX交通投资集团 - 清廉交投 - 2021年度党风廉政建设主体责任落实情况的报告\n清廉交投\n"
     "中共XX交通投资集团有限公司委员会关于2021年度\n党风廉政建设主体责任落实情况的报告\n"
     "2022-02-08 集团党委办公室\n2021年，……。",
     "中共XX交通投资集团有限公司委员会关于2021年度党风廉政建设主体责任落实情况的报告", 2021,
     "responsibility_report"),
    ("XX市第一中学-学校工作-XX市第一中学2022年度学校工作计划\n学校工作\n█ 通知公告\n█ 计划总结\n"
     "当前位置：网站首页 -> 学校工作\nXX市第一中学2022年度学校工作计划\n作者：校长办公室\n"
     "一、指导思想",
     "XX市第一中学2022年度学校工作计划", 2022, "work_plan"),
    # a public account's date is not the year of a report it carries
    ("述责述廉｜XX区民政局局长某某某\n清风XX 2023年02月27日 08:00 XX\n原创 XX区纪委监委\n述责述廉\n"
     "2022年，我始终坚持把全面从严治党作为分内之事。",
     "述责述廉｜XX区民政局局长某某某", 2022, "duty_integrity_report"),
    # a bulleted list of the column's articles holding the headline, then the trail
    ("XX县政协网\n机关建设\n▪ 2022年度政协机关工作总结\n▪ 县政协副主席某某某2022年度述职述廉报告\n"
     "当前位置：首页 > 机关建设 > 正文\n县政协副主席某某某2022年度述职述廉报告\n"
     "2023-01-25 来源：县政协办公室\n"
     "一年来，……。",
     "县政协副主席某某某2022年度述职述廉报告", 2022, "duty_integrity_report"),
    # an archive's notice above the headline; an editor's 按语
    ("XX县人民政府门户网站（旧版归档）\n本页面为历史归档页面，内容仅供查阅，请以现行网站为准。\n"
     "政务公开 → 规划计划\n2019年XX县政府工作报告（全文）\n发布者：admin 日期：2019-01-20\n"
     "各位代表：",
     "2019年XX县政府工作报告（全文）", 2019, "government_work_report"),
    ("XX县档案馆\n按语：本文据县政府办公室2019年5月印制本录入。\nXX县人民政府工作报告\n"
     "——2019年3月7日在XX县第十六届人民代表大会第四次会议上\n各位代表：",
     "XX县人民政府工作报告", 2019, "government_work_report"),
    # titles broken after a name (with a space or a colon) before their year, and before 的通知
    ("廉洁XX\n当前位置：首页 > 述责述廉\n述责述廉｜XX区纪委书记、区监委主任 某某某\n"
     "2022年度述责述廉报告\n"
     "发布时间：2023-03-11\n2022年，本人……。",
     "述责述廉｜XX区纪委书记、区监委主任 某某某2022年度述责述廉报告", 2022,
     "duty_integrity_report"),
    ("清风XX\n“述责述廉”专栏 | 第四期\nXX镇党委书记某某某：\n2022年度述责述廉报告\n"
     "一、履行管党治党政治责任情况",
     "XX镇党委书记某某某：2022年度述责述廉报告", 2022, "duty_integrity_report"),
    ("XX县人民政府\n索引号\t000/2023-00031\nXX县人民政府关于印发2023年重点\n工作安排的通知\n"
     "各乡镇人民政府，县政府各部门：\n现将《XX县2023年重点工作安排》印发给你们。",
     "XX县人民政府关于印发2023年重点工作安排的通知", 2023, "work_plan"),
    # a 文库 page's fields (内容提供方, 下载积分), then the document's own heading
    ("2021年XX镇政府工作报告（定稿）.doc - 百X文库\n2021年XX镇政府工作报告（定稿）.doc\n"
     "5页 内容提供方：某某某 大小：36.5KB\n下载积分：0 | 收藏\n政府工作报告\n"
     "——2021年3月2日在XX镇第十八届人民代表大会第一次会议上\n各位代表：",
     "政府工作报告", 2021, "government_work_report"),
    # an issue's guide and its other articles; a board's navigation
    ("清风XX网\n【本期导读】按照市纪委监委统一部署，县领导班子成员述责述廉。\n"
     "本专题其他文章：县长某某某述责述廉报告｜县委副书记某某述责述廉报告\n"
     "述责述廉｜XX县委常委、县纪委书记某某某2021年度述责述廉报告\n2022/02/14 清风XX网\n"
     "2021年，本人……。",
     "述责述廉｜XX县委常委、县纪委书记某某某2021年度述责述廉报告", 2021, "duty_integrity_report"),
    ("XX论坛\n版块导航：综合材料 | 讲话稿 | 工作总结 | 述职报告\n"
     "[求助] 乡镇政府工作报告的“工作回顾”部分怎么写？\n楼主\n某某 发表于 2022-12-01\n各位……",
     "乡镇政府工作报告的“工作回顾”部分怎么写？", 2022, "other"),
    # a greeting with the site's name; a trail of columns ending in the headline
    ("XX县人民政府\n您好，欢迎访问XX县人民政府网站！\nXX县人民政府关于印发XX县2022年\n"
     "重点工作安排的通知\n各乡镇人民政府，县政府各部门：\n现将……印发给你们。",
     "XX县人民政府关于印发XX县2022年重点工作安排的通知", 2022, "work_plan"),
    ("XX交通投资集团\n新闻中心 / 通知公告 / XX交通投资集团2023年安全生产工作计划\n"
     "XX交通投资集团2023年安全生产工作计划\n2023-01-08 集团安全生产部\n为深入贯彻……。",
     "XX交通投资集团2023年安全生产工作计划", 2023, "work_plan"),
    # a browser title with a column after the organisation; a list with short dates
    ("XX能源集团有限公司-工作总结\nXX能源集团有限公司\n【年终盘点】\nXX能源集团2022年度工作总结\n"
     "——砥砺奋进谱新篇\n作者：集团办公室\n2022年，集团……。",
     "XX能源集团2022年度工作总结", 2022, "work_summary"),
    ("XX人大网\n常委会工作·最新文件\nXX区人大常委会2023年度代表工作计划  02-27\n"
     "XX区人大常委会2023年度工作计划  02-26\nXX区人大常委会2023年度工作计划\n"
     "（2023年2月23日区人大常委会第十次会议通过）\n2023年是……。",
     "XX区人大常委会2023年度工作计划", 2023, "work_plan"),
    # a party group above a title that opens with its year
    ("XX市市场监督管理局\n位置：首页 » 党风廉政\nXX市市场监督管理局党组\n"
     "2023年度党风廉政建设主体责任落实情况的报告\n2024-01-20 | 来源：机关党委\n市委：",
     "XX市市场监督管理局党组2023年度党风廉政建设主体责任落实情况的报告", 2023,
     "responsibility_report"),
    # a plan of the year's key tasks (重点工作任务安排) is a work plan
    ("XX县政务网\nXX县2025年重点工作任务安排\n为确保全年目标任务完成，现安排如下。",
     "XX县2025年重点工作任务安排", 2025, "work_plan"),
    # a column with its year (述职评议 · 2024年度) above the report
    ("XX组工网\n位置：首页 >> 述职评议\n述职评议 · 2024年度\n"
     "XX镇党委书记某某2024年度抓基层党建工作述职报告\n2025-01-10  来源：XX镇\n2024年，本人……。",
     "XX镇党委书记某某2024年度抓基层党建工作述职报告", 2024, "party_building_report"),
    # a shared file's name (上传于, 人下载) above the document's heading on two lines
    ("述职报告(镇长)_某某文库\n述职报告(镇长).doc\n3页 | 86人下载 | 上传于2023-01-12\n"
     "XX镇镇长某某某\n2022年度述职述廉报告\n根据安排，现将本人2022年度……报告如下。",
     "XX镇镇长某某某2022年度述职述廉报告", 2022, "duty_integrity_report"),
    # a standing committee above its 关于印发 headline
    ("XX县人大网\n当前位置：首页 > 常委会公报\nXX县人大常委会\n"
     "关于印发《XX县人大常委会2024年工作要点》的通知\n发布日期：2024-02-01\n各乡镇人大：",
     "XX县人大常委会关于印发《XX县人大常委会2024年工作要点》的通知", 2024, "work_plan"),
    # a side list of a meeting's documents, then the report with its subtitle
    ("XX区人大网\n大会文件\nXX区第五届人民代表大会第三次会议议程\n"
     "XX区人民代表大会常务委员会工作报告\nXX区人民法院工作报告\nXX区人民检察院工作报告\n"
     "您当前的位置：首页 > 大会文件\n政府工作报告\n——在XX区第五届人民代表大会第三次会议上\n"
     "（2024年1月8日）\n各位代表：",
     "政府工作报告", 2024, "government_work_report"),
    # a report's headline below an empty 主题词 field, with its subtitle
    ("XX市人民政府\n名称：2023年XX市政府工作报告\n主题词：\n政府工作报告\n"
     "——2023年1月10日在XX市第十六届人民代表大会第二次会议上\n各位代表：",
     "政府工作报告", 2023, "government_work_report"),
    # a side bar's blurb and its 更多>> link before the headline
    ("XX乡人民政府\n乡情简介：XX乡位于县境西部，辖9个行政村。\n更多>>\n政务公开\n政府工作报告\n"
     "——2021年1月20日在XX乡第十七届人民代表大会第五次会议上\n各位代表：",
     "政府工作报告", 2021, "government_work_report"),
    # a company's name with its English form is no running text
    ("XX水务集团\nXX水务投资集团有限公司 XX Water Investment Group Co., Ltd. Since 1998 Service\n"
     "XX水务集团2023年工作计划\n文/集团办公室\n2023年是……。",
     "XX水务集团2023年工作计划", 2023, "work_plan"),
    # a request for a model text (a forum thread) is no plan
    ("XX论坛\n求一份2024年社区党支部工作计划范文\n楼主 2024-01-05\n哪位有……",
     "求一份2024年社区党支部工作计划范文", 2024, "other"),
    # a trail's last step cut short (……的报告 ...), then the thread's full subject
    ("XX论坛 » 公文写作 › 综合材料 › 镇里2023年政府工作报告的开头怎么写？求 ...\n"
     "镇里2023年政府工作报告的开头怎么写？求指点\n发表于 2023-1-5\n各位好……",
     "镇里2023年政府工作报告的开头怎么写？求指点", 2023, "other"),
    # a trail of columns between bullets, then a title broken in two
    ("XX乡人民政府\n▶ 政务公开 ▶ 规划计划\nXX乡2023年政府\n工作报告\n"
     "作者：乡政府办　　日期：2023年1月10日　　阅读：000次\n"
     "——2023年1月6日在XX乡第十八届人民代表大会第三次会议上\n乡长　某某\n各位代表：",
     "XX乡2023年政府工作报告", 2023, "government_work_report"),
    # a trail of two columns, then the report
    ("XX县中医院\n党建园地 - 述职述廉\n某某同志2024年述职述廉报告\n发布日期：2025-01-10\n"
     "2024年，本人……。",
     "某某同志2024年述职述廉报告", 2024, "duty_integrity_report"),
    # a school year above its plan
    ("XX县实验中学\n计划总结\n2023—2024学年\n第一学期教学工作计划\n发布者：教务处\n一、指导思想",
     "2023—2024学年第一学期教学工作计划", 2023, "work_plan"),
    ("XX小学\n2022—2023学年第二学期德育工作计划\n一、指导思想",
     "2022—2023学年第二学期德育工作计划", 2023, "work_plan"),
    # a menu with the site's hotline (12380举报)
    ("XX组工网\n首页 组工动态 基层党建 干部工作 人才工作 述职评议 12380举报\n"
     "XX乡党委书记某某2024年度抓基层党建工作述职报告\n2025-01-20 来源：XX乡\n2024年，我……。",
     "XX乡党委书记某某2024年度抓基层党建工作述职报告", 2024, "party_building_report"),
    # a short line naming no genre at its end (a column's heading), then the report
    ("XX区卫生健康局\n班子成员述职情况交流\nXX区卫生健康局副局长某某2024年度述责述廉报告\n"
     "2025-01-16 区卫健局\n2024年，本人……。",
     "XX区卫生健康局副局长某某2024年度述责述廉报告", 2024, "duty_integrity_report"),
    # a forum question about a report is of the year it names (the report being drafted),
    # not of the page's date
    ("XX论坛\n查看: 1200 | 回复: 8\n[求助] 镇政府工作报告的“主要目标”怎么写？\n"
     "楼主 某某 发表于 2024-12-10 21:05\n各位好，领导让我起草2025年镇政府工作报告，想请教……。",
     "镇政府工作报告的“主要目标”怎么写？", 2025, "other"),
]


@pytest.mark.parametrize(("text", "title", "year", "doc_type"), PAGE_HEADS)
def test_page_heads(text: str, title: str, year: int | None, doc_type: str) -> None:
    meta = infer_metadata(text)
    assert (meta["title"], meta["year"], meta["doc_type"]) == (title, year, doc_type)


def test_whole_breadcrumb_is_not_a_title() -> None:
    # the last step of a trail of short steps is a column, not the title below it
    text = "首页 > 党风廉政 > 述责述廉\n某某同志2018年度述责述廉报告\n本人现任……"
    assert infer_metadata(text)["title"] == "某某同志2018年度述责述廉报告"
