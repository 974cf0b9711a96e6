"""Metadata of a report: its title, year and type, read past web-page chrome.

:func:`infer_metadata` reads the head of a text: the lines of web-page chrome above the
title (buttons, 来源 / 时间 lines, breadcrumbs, menus, lists of a site's articles, notice
tickers, disclosure fields, browser titles) are told from the document's own headline,
which is returned as the page writes it, with the year and the document type.
:func:`govtext.io.read_corpus` calls it for every document whose metadata is not given.
"""

from __future__ import annotations

import itertools
import re
import string
from typing import Any

from govtext._patterns import SITE_FIELD_LABELS, is_page_chrome
from govtext._util import HAN_RE
from govtext.normalization import NormalizedText, normalize, normalize_with_offsets

__all__ = ["YEAR_PATTERN", "infer_metadata"]

#: The bullets before the items of a menu, a column tree or a list of articles
_BULLETS = "▶►▸▷•·◆◇■□●○★☆»█▪▫◦"
#: A year of 1900 to 2099, as a group
YEAR_PATTERN = r"((?:19|20)\d{2})"
_YEAR = YEAR_PATTERN
_TITLE_WORDS = re.compile(
    r"(报告|要点|计划(?!生育)|总结|方案|意见|通知|决议|决定|讲话|规划|情况|发言|述职|述廉|汇报|安排|纲要|说明)"
)
#: Words that name a document even at the end of an organisation's name
_DOCUMENT_WORDS = re.compile(r"报告|要点|总结|方案|意见|通知|决议|决定|讲话|纲要|汇报")
_DATED_LINE = re.compile(
    rf"[（(——\-]*\s*{_YEAR}年\d{{1,2}}月\d{{1,2}}日|(?:——|—|（|\()\s*{_YEAR}年\d{{1,2}}月"
)
#: A date line written in Chinese numerals (一九八六年三月二十日在……会议上)
_HAN_DATED_LINE = re.compile(
    r"[（(——\-]*\s*([〇○零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,3}月"
)
_HAN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_NPC_SESSION = re.compile(
    r"第([一二三四五六七八九十]+)届全国人民代表大会第([一二三四五六七八九十]+)次会议"
)
# Year of each session of the National People's Congress (sessions after 1983 are annual).
_NPC_FIRST_YEAR = {
    6: 1983,
    7: 1988,
    8: 1993,
    9: 1998,
    10: 2003,
    11: 2008,
    12: 2013,
    13: 2018,
    14: 2023,
}
_NPC_EARLY = {
    (1, 1): 1954,
    (1, 2): 1955,
    (1, 3): 1956,
    (1, 4): 1957,
    (1, 5): 1958,
    (2, 1): 1959,
    (2, 2): 1960,
    (2, 3): 1962,
    (2, 4): 1963,
    (3, 1): 1964,
    (4, 1): 1975,
    (5, 1): 1978,
    (5, 2): 1979,
    (5, 3): 1980,
    (5, 4): 1981,
    (5, 5): 1982,
}
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _cn_number(s: str) -> int:
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return _CN_DIGITS[s]


def _npc_year(text: str) -> int | None:
    m = _NPC_SESSION.search(text)
    if not m:
        return None
    congress, session = _cn_number(m.group(1)), _cn_number(m.group(2))
    if congress in _NPC_FIRST_YEAR:
        return _NPC_FIRST_YEAR[congress] + session - 1
    return _NPC_EARLY.get((congress, session))


#: A digest or an explanation of a report, by its title's wording
_DIGEST = (r"(?<![附含])解读|(?<![附含])图解|一图读懂|图说|答记者问|问答$|要点速览|热词|读懂"
           r"|看点|划重点|关键词|^聚焦|与你有关|和你我?有关|热议|^“?数”?说")
#: A title that says it is the full text of the document (【全文】, （全文）, 全文来了)
_FULL_TEXT = re.compile(r"[【（(〔\[]全文[】）)〕\]]|全文(?:来了|发布|公布|实录)")
_DOC_TYPE_RULES: tuple[tuple[str, str], ...] = (
    # a news report about a meeting (我市召开2023年度……述责述廉会议, ……大会召开) and a
    # speech (在……大会上的讲话) are not the genre the meeting is about
    ("other", r"(?:召开|举行).{0,60}会|会议?.{0,4}(?:召开|举行|开幕|闭幕)|会议$|会议纪要"),
    ("other", r"上的(?:讲话|发言|报告)|讲话$|讲话（"),
    # the reports of a people's congress standing committee, a court, a procuratorate
    ("other", r"常务委员会工作报告|常委会工作报告|法院工作报告|检察院工作报告"),
    # an explanation or a digest of a report is not the report (图解2025年政府工作报告),
    # unless the title says it is the full text (聚焦两会 ｜ ……政府工作报告（全文）)
    ("other", _DIGEST),
    # a feature about a report (……讨论政府工作报告侧记)
    ("other", r"侧记|特写|手记|花絮|专访|访谈录?$"),
    # a question, a request or a call for views (a forum thread's subject) is no report
    ("other", r"[？?]|[，,](?:大家|各位)(?:怎么看|觉得|说说)|^(?:求(?:一篇|一份|助|教)|请教|请问)"
              r"|(?:怎么|如何)写|[，,]求(?:个|一个|一份|一篇|助|教|指点)"),
    # a notice or an opinion about the genre's work (关于做好2024年度述责述廉工作的通知),
    # except one that issues a plan (关于印发《……工作要点》的通知: the plan follows)
    ("other", r"^(?!.*印发.*(?:要点|计划|安排|思路|方案)).*的(?:通知|意见|函|公告|通告)$"),
    ("resolution", r"决议$|决议（|的决议"),
    ("government_work_report", r"政府工作报告"),
    ("duty_integrity_report", r"述责述廉|述职述廉|述廉"),
    # 2025年工作总结和2026年工作计划: the summary named first
    ("work_summary", r"工作总结(?:和|及|暨|与|、)"),
    ("work_plan",
     r"工作要点|工作的?计划|工作(?:任务)?安排》?(?:$|的通知$|出炉|发布)|工作思路"
     r"|工作任务(?:分解)?方案"),
    ("responsibility_report", r"主体责任|党风廉政建设责任制|全面从严治党.{0,12}情况"),
    ("party_building_report", r"党建工作|党的建设工作"),
    ("work_summary", r"工作总结"),
)
_DOC_TYPE_OPENING: tuple[tuple[str, str], ...] = (
    ("duty_integrity_report", r"述责述廉|述职述廉"),
    ("responsibility_report", r"主体责任(落实)?情况(汇报|报告)如下|主体责任情况"),
    ("party_building_report", r"党建工作情况"),
    ("work_plan", r"工作的?总体要求是|工作要点"),
    ("government_work_report", r"向大会报告(政府)?工作|^——在.{4,40}会议上的政府工作报告$"),
)


# page chrome a title can share a line with, or that is_page_chrome leaves to the reader
# of the head: breadcrumbs (网站首页 > 政务公开 > 计划总结, 信息公开 / 政府工作报告 / 2024),
# a date alone (2025-01-16) and the parts of a one-line page head (标题 | 打印本页)
# the labels of a 来源 / 时间 line, and of the metadata table of a 政府信息公开 page
# (索引号：…  发布机构：…  成文日期：…), which a title can share its line with
_META_LABELS = (
    "信息来源|文章来源|稿件来源|来源|发布时间|发布日期|更新时间|时间|日期|作者|责任编辑|编辑|"
    "浏览次数|点击数|阅读数|阅读量|访问量|浏览量|点击量|点击|阅读|浏览|索引号|发文字号|文号|成文日期|发文日期|"
    + SITE_FIELD_LABELS
)
#: The fields of a 政府信息公开 disclosure box other than its 名称 / 标题
_DISCLOSURE_FIELDS = (
    "索引号|信息分类|主题分类|发布机构|发文机关|生成日期|成文日期|发布日期|文号|发文字号|关键词|"
    "有效性|公开方式|公开范围"
)
#: A disclosure box written as label and value between tabs (索引号<TAB>…  文号<TAB>…)
_TABBED_FIELD = re.compile(rf"^(?:{_DISCLOSURE_FIELDS}|信息名称|名称|标题)\t")
_INFO_LABEL = re.compile(
    r"(?:索\s*引\s*号|主题分类|信息分类|组配分类|体裁分类|服务对象分类|分\s*类|发布机构|发文机关|"
    r"发文机构|所属机构|公开责任部门|生成日期|成文日期|发文日期|公开日期|生效日期|有效性|"
    r"发文字号|文\s*号|公开方式|公开范围|公开时限|主\s*题\s*词|关键词|时\s*效)\s*[：:]"
)
# 标题：XX县2025年政府工作报告 (a row of that table): the title is the value
_TITLE_LABEL = re.compile(
    r"^(?:(?:文章标题|信息名称|标\s*题|名\s*称|题\s*名)\s*[：:|｜]\s*|名称(?=[\u4e00-\u9fffX]{2})|(?:名[\s\u3000]+称|标[\s\u3000]+题)[\s\u3000]+)"
)
#: A hyphen before a site's name at the end of a browser title (……工作安排-XX大学信息公开网)
_SITE_HYPHEN = (
    # (a short name after a title's genre: ……述责述廉报告-清风XX; a column after the
    # site's organisation: XX能源集团有限公司-工作总结)
    r"(?<=报告|要点|计划|总结|安排|方案)[-－](?=[^-－\s，。]{2,8}$)|"
    r"(?:(?<=公司)|(?<=集团)|(?<=政府)|(?<=委员会)|(?<=大学)|(?<=学院)|(?<=医院))"
    r"[-－](?=[\u4e00-\u9fff]{2,6}$)|"
    r"[-－](?=[^-－\s]{2,20}(?:网|网站|门户|文库|文档|人民政府|局|委员会|政协|医院|大学|学院|中学|集团|公司"
    r"|办公室|部|党委|党组|纪委|监委|人大常委会|[（(][^）)]{1,8}[）)])$)"
)
#: A single dash between two parts of a head line (not a range of years: 2010—2020)
_DASH = r"(?<![—\d])—(?![—\d])"
_SEGMENT_SPLIT = re.compile(
    rf"\s*[|｜_]\s*|\s+[-－]\s+|(?<=[^\s\d])[-－]\s+|{_SITE_HYPHEN}|{_DASH}"
    rf"|[ \t\u3000\xa0]{{2,}}|\s+(?=(?:{_META_LABELS})\s*[：:])"
    # a date after a headline in a list of articles (2025年XX区政府工作报告 2025-01-08)
    r"|\s+(?=(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*$)"
)
# separators of a browser title or a page head (标题_XX市人民政府, 标题 | 网站名): the site
# name beside them is chrome too
_SITE_NAME = re.compile(
    r"^[^，。；：:、]{2,20}(?:网|网站|门户|在线|客户端|频道|日报|晚报|报社|党校|学校|学院|大学|医院"
    r"|论坛|社区|电视台|广播电视台|融媒体中心|图书馆)$"
)
#: A column of a site beside its name (XX市人民政府网 | 领导讲话): four characters or fewer
_COLUMN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
#: A site's search box, date of the day, login: 搜索：请输入关键词, 今天是：2025年12月31日
_HEAD_WIDGET = re.compile(
    r"(?:站内搜索|全站搜索|搜索|检索|欢迎访问|欢迎您|登录|用户登录)(?:[：:\s]|$)|请输入|今天是|今日是"
    r"|(?:热门搜索|热搜|搜索热词|热门标签)[：:]|(?:搜索|检索)\S{0,4}热门[：:]"
    r"|(?:(?:返回列表|发新帖|发表回复|回复本帖)\s*)+$|[\u4e00-\u9fff]{2,12}栏目$|检索结果|(?:热门|热点|便民|特色|快捷)(?:服务|链接|入口)[：:]|[\u4e00-\u9fff]{2,8}\s*[（(]\d+[)）]$"
    r"|(?:博客|空间)(?:等级|积分|访问)"
    r"|.{0,30}欢迎(?:您|访问|光临).{0,24}[！!]?$"
    # a public account's article head: 原创 作者 账号 2026-01-22 19:00 发表于XX, 收录于合集
    r"|原创\s|.*发表于|收录于合集|点击(?:上方)?蓝字|.{0,10}关注我们$"
    # an editor's note above the article (编者按：……, 【导读】……), a tag (#述责述廉 12个),
    # a headline in a list of the page's articles (· 代表委员热议报告)
    r"|[▪▫◦○●◆◇►▸](?=\s*\S)"  # an item of a bulleted list of articles (▪ ……工作要点)
    # a column's name with its issue (“述责述廉”专栏 | 第五期)
    r"|[^，。]{0,16}专栏\s*[|｜]?\s*(?:第\S{1,3}期)?$"
    r"|[【\[](?:编者按|本期导读|导读|导语)[】\]]|(?:编者按|编者的话|导读|导语|按语)[：:]|#\S[^#]{0,23}\d+个$|[·•]"
    # the weather, a trail's label alone (当前位置：), separators alone (> / »)
    r"|天气|[^：:]{0,8}位置(?:是)?\s*[：:]\s*$|[>＞»›→/|｜]+\s*$"
    # an e-paper's page navigation: 第A05版：廉政, A01 要闻, 版面导航, PDF版, 上一版
    r"|第?[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,3}\s*[\u4e00-\u9fff]{2,4}$|版面导航|本版标题|PDF版|数字报刊"
    r"|电子版$|[◀<《]*\s*(?:上|下)一版|PDF下载|版面概览|往期回顾|(?:引题|肩题|副题)[：:]|.{0,30}(?:数字报|电子报)"
    # columns after bullets (■ 政务公开 ■ 规划计划, ▶ 政务公开 ▶ 规划计划)
    r"|(?:[■□▪◆●█▶►▸]\s*[\u4e00-\u9fff]{2,8}\s*){2,}$|[■□▪█]\s*[\u4e00-\u9fff]{2,8}$"
    # the date of the day (2024年01月31日 星期三 今天是：)
    r"|(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*星期.\s*(?:今天是[：:]?)?$"
    # a row of a site's columns in brackets: 【政府信息公开】【乡镇动态】【通知公告】
    r"|(?:【[^】]{2,8}】\s*){2,}(?:【[^】]*)?$"
    r"|(?:打开|下载|前往)\s*APP|APP\s*内|阅读体验更佳"
    # a tree of a disclosure catalogue (├ 规划计划), a site's notice (温馨提示：……)
    r"|[├└│┠┗]|温馨提示[：:]|[\u4e00-\u9fff]{0,4}(?:公告|通告)[：:]|[【\[][^】\]]{0,4}(?:提示|声明|归档)[】\]]|返回(?:新版|旧版)"
)
#: A label of two characters spaced out to the width of four (文　　号：, 时　　间：)
_SPACED_LABEL = re.compile(
    r"(?:(?<=\s)|^)([\u4e00-\u9fff])[ \t\u3000\xa0]+([\u4e00-\u9fff])(?=\s*[：:])"
)
#: ... keeping the separators, for :func:`_join_clauses`
_SEGMENT_SPLIT_KEEP = re.compile(f"({_SEGMENT_SPLIT.pattern})")
_HARD_SEPARATOR = re.compile(rf"[|｜_]|\s[-－]\s|(?<=[^\s\d])[-－]\s|{_SITE_HYPHEN}|{_DASH}")
_CRUMB_SPLIT = re.compile(r"\s*(?:[>＞»›→/\\]+)\s*")
# 您所在的位置：首页 > 政务公开
_CRUMB_LABEL = re.compile(r"^[^：:>＞/]{0,8}位置(?:是)?\s*[：:]\s*")
_CRUMB_START = re.compile(r"(?:网站)?首页$|主页$|网$|门户$|论坛$|社区$|贴吧$")
_TIME = r"\s*\d{1,2}:\d{2}(?::\d{2})?"
# a publication date on a line of its own (2025-01-16 10:30); a date written 2024年3月6日
# on its own line is the date of a speech or report, a source of its year
_DATE_ONLY = re.compile(
    rf"(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:{_TIME})?|(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日{_TIME}"
)
# ... and beside a title on the same line, any date
_DATE_PART = re.compile(rf"{_DATE_ONLY.pattern}|(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日")
_SENTENCE_MARK = re.compile(r"[。，,；;：:！？!?、“”]")
_MENU_SPLIT = re.compile(r"[\s·•・丨|｜]+")
_MENU_ITEM = re.compile(
    "[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fffX]{3,6}|[A-Za-z]{2,12}"
    "|[\u4e00-\u9fff]{2,6}[A-Z]{2,12}|[A-Z]{2,12}[\u4e00-\u9fff]{2,6}")  # (集团首页ABOUT)
_HAN_ITEM = re.compile("[\u4e00-\u9fff]{2,6}")


_LABELLED_CRUMB_SPLIT = re.compile(rf"{_CRUMB_SPLIT.pattern}|\s*[-－]\s*")


def _is_breadcrumb(line: str) -> bool:
    """A trail of short segments: 首页 > 政务公开 > 计划总结, 信息公开 / 政府工作报告 / 2024."""
    # (after 位置：, hyphens part the steps too: 位置：XX镇人民政府 - 信息公开 - 规划计划)
    split = _CRUMB_SPLIT if not _CRUMB_LABEL.match(line.strip()) else _LABELLED_CRUMB_SPLIT
    parts = split.split(_CRUMB_LABEL.sub("", line.strip()))
    if parts and not parts[-1]:
        parts.pop()  # a trailing separator: 首页 > 要闻 >
    lead = len(parts) > 2 and not parts[0]
    if lead:
        parts.pop(0)  # a leading one: > 信息公开 > 政府工作报告
    if len(parts) < 2 or not all(1 <= len(p) <= 16 for p in parts):
        return False
    if any(_SENTENCE_MARK.search(p) for p in parts):
        return False
    # two steps are a trail after 首页, or with a separator no title holds (>>, », \),
    # or two names of columns between slashes (党的建设 / 述职报告, 院务公开 / 计划总结 /)
    strong = re.search(r">>|＞＞|»|››|→|\\", line) is not None or (
        "/" in line and all(_HAN_ITEM.fullmatch(p) or _MENU_ITEM.fullmatch(p) for p in parts)
        and all(len(p) <= 8 for p in parts))
    return len(parts) >= 3 or lead or strong or _CRUMB_START.search(parts[0]) is not None


def _crumb_then_title(line: str) -> tuple[str, str] | None:
    """A breadcrumb whose last step is the title (首页 / 政务公开 / XX局2020年工作要点).

    Returns the trail and the title, or None.
    """
    steps = [p.strip() for p in _CRUMB_SPLIT.split(line.strip())]
    if (len(steps) < 3 or _HARD_SEPARATOR.search(line) or _is_breadcrumb(line)
            or not _looks_like_title(steps[-1])
            or re.search(r"(?:\.{3}|…)$", steps[-1])):  # (a title cut short: ……的报告 ...)
        return None
    if not _is_breadcrumb(" > ".join(steps[:-1])) or not any(
        _CRUMB_START.search(step) or "首页" in step for step in steps[:-1]
    ):
        return None
    cut = line.rstrip().rfind(steps[-1])
    return line[:cut].rstrip(" >＞»›→/"), steps[-1]


def _is_menu(raw: str) -> bool:
    """A navigation menu: four or more short names between spaces or dots (首页 · 要闻 ……)."""
    items = [item for item in _MENU_SPLIT.split(raw) if item]
    # (three names count where wide gaps stand between them: 预约挂号  检查报告查询  门诊时间)
    wide = len(items) == 3 and (
        len(re.findall(r"\S[ \t\u3000\xa0]{2,}(?=\S)", raw.strip())) == 2
        or raw.count("·") == 2)  # (or dots: 公文写作·范文大全·工作报告)
    # (a phone number among them is the site's contact: 24小时急诊：0000-1200120)
    # (or its hotline: 12380举报)
    phones = [item for item in items if re.search(r"\d{3,4}-\d{7,8}", item)
              or re.fullmatch("\\d{5,6}[\u4e00-\u9fff]{0,4}", item)]
    names = [item for item in items if item not in phones]
    # (in a long menu, one name may be longer: 农产品质量安全)
    long = [item for item in names if not _MENU_ITEM.fullmatch(item)]
    return (
        (len(items) >= 4 or wide)
        and (not long or (len(items) >= 6 and len(long) == 1
                          and re.fullmatch("[\u4e00-\u9fff]{7,9}", long[0]) is not None))
        and sum(_HAN_ITEM.fullmatch(item.strip(string.ascii_uppercase)) is not None
                for item in names) >= 3 - len(phones)
    )


#: A menu written without spaces between its items (首页机构概况政务公开通知公告)
_GLUED_MENU = re.compile("(?:网站)?首页[\u4e00-\u9fffX]{6,}")


def _is_head_chrome(line: str, raw: str, *, part: bool = False) -> bool:
    """Page chrome in the head of a text: :func:`is_page_chrome`, breadcrumbs, menus, dates.

    ``part``: ``line`` is a part of a line, beside other parts (any date is chrome there).
    """
    return (
        is_page_chrome(line)
        or _HEAD_WIDGET.match(line) is not None
        or not HAN_RE.search(line)
        or _INFO_LABEL.match(line) is not None
        or _is_breadcrumb(line)
        or _is_menu(raw)
        or _GLUED_MENU.fullmatch(line) is not None
        or (_DATE_PART if part else _DATE_ONLY).fullmatch(line) is not None
    )


def _is_site_name(part: str) -> bool:
    """An organisation or a site alone (XX市人民政府, XX市委党校, XX新闻网) beside a title."""
    return (_looks_like_org_line(part) or _SITE_NAME.search(part) is not None) and not (
        _looks_like_title(part))


def _join_clauses(split: list[str]) -> list[str]:
    """The pieces of a split head line, two clauses of a headline joined again.

    ``split`` alternates pieces and the separators between them.  A full-width ``｜``
    between two pieces that are neither chrome nor a site's name is part of a headline
    (``XX区2023年政府工作报告全文｜今年的民生实事都在这里了``), not a browser title's
    separator.
    """
    pieces: list[str] = []
    for k in range(0, len(split), 2):
        piece = split[k].strip()
        if not piece:
            continue
        if (k and pieces and split[k - 1].strip() == "｜"
                and not any(_is_head_chrome(p, p, part=True) or _is_site_name(p)
                            for p in (pieces[-1], piece))):
            pieces[-1] = f"{pieces[-1]}｜{piece}"
        else:
            pieces.append(piece)
    return pieces


#: A site's notice ticker (校园公告：……｜……), chrome with all it holds
_NOTICE = re.compile(
    "[\u4e00-\u9fff]{0,6}(?:公告|通告|快讯|滚动新闻|滚动)栏?(?:[：:]|\\s*[▶►>»])"
    "|最新(?:通知|消息|动态)[：:]|今日(?:推荐|关注|头条|要闻)[：:]"
    "|(?:栏目|网站|频道|站点|版块|板块)导航[：:]|(?:本专题|本栏目)?其他文章[：:]"
    "|【(?:通知公告|最新公告|公告|通知|滚动|历史信息|存档|归档信息)】"
    # a site's note in brackets (【原文识别文本】本页为扫描件……), a box's row (│索 引 号：…│)
    "|【[^】]{2,8}】.{0,40}(?:本页|本栏目|本站|仅供|如有)|[│┃┌└├]"
    # an archive's notice (本页面为历史归档页面，内容仅供查阅……)
    "|(?:本页面?|本栏目(?:信息)?)为.{0,40}"
    # disclosure fields without colons (索引号 000/2020-00031 主题分类 综合政务)
    "|(?:索\\s*引\\s*号|发布机构|生成日期|文\\s*号|有效性)(?![：:]).*"
    "(?:主题分类|生成日期|有效性|发布机构|成文日期|发文日期|公开方式)"
)


def _line_parts(line: str, raw: str) -> list[tuple[str, bool]]:
    """The parts of one head line, each with whether it is page chrome.

    A line that holds chrome and text at once, separated by ``|``, ``_``, runs of spaces
    or a space before a 来源 / 时间 label (``首页 > 政府工作报告 | XX县2018年政府工作报告 |
    打印本页``, ``当前位置：首页 > 党建园地   …述职报告   2025-01-16   来源：县教育局``), is
    cut into its parts; any other line is one part.  The label of a 标题：… row is left
    out.
    """
    if _is_menu(raw) or _NOTICE.match(line):
        return [(line, True)]
    # (a label spaced out before its tab: 名　　称<TAB>……)
    raw = re.sub(r"^\s*([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?=\t)", r"\1\2", raw)
    if field := _TABBED_FIELD.match(raw.strip()):
        if field.group(0).startswith(("名称", "标题")):  # 名称<TAB>XX县2023年……工作要点
            return [(normalize(raw.strip()[field.end():]).strip(), False)]
        return [(line, True)]
    if _is_breadcrumb(line):
        return [(line, True)]
    if (crumb := _crumb_then_title(line)) is not None:
        return [(crumb[0], True), (crumb[1], False)]
    raw = _SPACED_LABEL.sub(r"\1\2", raw)
    pieces = _join_clauses(_SEGMENT_SPLIT_KEEP.split(raw.strip()))
    if len(pieces) >= 2:
        hard = _HARD_SEPARATOR.search(raw) is not None
        parts = [
            (norm, _is_head_chrome(norm, p, part=True) or (hard and _is_site_name(norm)))
            for p in pieces
            if (norm := normalize(p).strip())
        ]
        if hard and any(_is_site_name(part) for part, _ in parts):
            parts = [(part, chrome or _COLUMN_NAME.match(part) is not None)
                     for part, chrome in parts]
        titled = [k for k, (part, chrome) in enumerate(parts)
                  if not chrome and _looks_like_title(part)]
        if hard and len(titled) == 1 and len(parts) == 2 and (
                titled[0] == 0 or _is_site_name(parts[0][0])):
            # 标题—清风XX: beside a browser title, the other part names the site
            parts = [(part, k != titled[0]) for k, (part, _) in enumerate(parts)]
        if all(chrome for _, chrome in parts):
            return [(line, True)]
        if any(chrome for _, chrome in parts):
            return [(_TITLE_LABEL.sub("", part), chrome) for part, chrome in parts]
    return [(_TITLE_LABEL.sub("", line), _is_head_chrome(line, raw))]


def _next_line(lines: list[str], n: int) -> str:
    """The first non-blank line after ``lines[n]``, stripped ("" if none)."""
    return next((line.strip() for line in lines[n + 1:] if line.strip()), "")


def _head_lines(text: str, nt: NormalizedText | None = None) -> list[tuple[str, bool]]:
    """The non-blank lines of ``text`` that are not web-page chrome (下载 / 来源：…).

    Each with whether the line before it (blank lines aside) is a line of the text too,
    not chrome.  The lines are normalized one by one: a line break is never removed
    here, so that a chrome line, a title and a 述职人：某某 line stay apart.  A line that
    holds chrome and text at once (``首页 > 政府工作报告 | XX县2018年政府工作报告 |
    打印本页``) gives its parts that are not chrome, each as a line of its own.  ``nt``:
    ``text`` normalized without joining lines, when the caller has it.
    """
    out: list[tuple[str, bool]] = []
    adjacent = False
    if nt is None:
        nt = normalize_with_offsets(text, join_lines=False)
    lines = nt.text.split("\n")
    menu = (_menu_lines(lines) | _link_list_lines(lines) | _year_list_lines(lines)
            | _dated_list_lines(lines))
    pos = 0
    above = ""  # the last non-blank line
    for n, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        offset = len(line) - len(line.lstrip())
        line = line.strip()
        if not line:
            continue
        label, above = above, line
        if n in menu or (_LABEL_ALONE.match(label) and not (
                (len(line) > 20 and _looks_like_title(line))
                or (_GENRE_ALONE.fullmatch(line) and _SUBTITLE_START.match(_next_line(lines, n))))):
            # a menu, or the value of a label on the line above (not a headline below an
            # empty field: 有效性： / 中共XX党组关于……的报告, 主题词： / 政府工作报告 /
            # ——2024年1月23日在……)
            adjacent = False
            continue
        src = nt.to_source(start + offset)
        raw = text[text.rfind("\n", 0, src) + 1:]
        raw = raw[: raw.find("\n")] if "\n" in raw else raw
        parts = _line_parts(line, raw)
        for k, (part, chrome) in enumerate(parts):
            if not chrome and part:
                out.append((part, adjacent and k == 0))
            adjacent = not chrome
    return out


#: The line after a title: its subtitle or date (——2018年1月20日在……, （2023年1月6日）)
_SUBTITLE_START = re.compile(r"——|—|[（(]\s*(?:19|20)\d{2}年|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
#: A label of the page's metadata alone on its line (发布时间： / 2019-01-16): its value
#: is on the next line
_LABEL_ALONE = re.compile(
    rf"(?:{_META_LABELS}|{_DISCLOSURE_FIELDS}|作者|编辑|审核|字号|发布人|发布者|主题词|所属机构|组配分类)"
    r"\s*[：:]$"
)
#: The bullet of a column tree's item (▶ 政策文件, · 机关党建)
_BULLET = re.compile(f"^[{_BULLETS}]\\s*")
#: What stands between the steps of a trail written one per line: > / » / 当前位置：
_MENU_GLUE = re.compile(r"[>＞»›→/|｜]+|[^：:]{0,8}位置(?:是)?\s*[：:]")


def _menu_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of a menu written one item per line (首页 / 政务公开 / ……).

    A run of four or more successive lines that are each one short name (two to six
    characters), or of three that holds 首页.
    """
    out: set[int] = set()
    run: list[int] = []
    for n, line in enumerate([*lines, ""]):
        t = _BULLET.sub("", line.strip())
        if t and _MENU_ITEM.fullmatch(t):
            run.append(n)
            continue
        if t and run and _MENU_GLUE.fullmatch(t):
            continue  # a trail cut into one step per line: 首页 / > / 政务公开
        if run and _looks_like_title(lines[run[-1]].strip()) and (
            _SUBTITLE_START.match(t) or _LABEL_ALONE.match(t)
            # (or a byline, a date, the text: 述责述廉报告 / XX公司总经理 某某某)
            or (t and not _looks_like_title(t) and not is_page_chrome(t))
            or (len(run) > 1 and lines[run[-1]].strip() == lines[run[-2]].strip())
        ):
            # 政府工作报告 / ——2018年1月20日在…… (or / 发布时间：, or the trail's last step
            # written again): the title after the menu
            run.pop()
        items = [k for k in run if _MENU_ITEM.fullmatch(_BULLET.sub("", lines[k].strip()))]
        if len(items) >= 4 or (len(items) == 3 and any(lines[k].strip() == "首页" for k in run)):
            out.update(run)
        run = []
    return out


#: The label of a list of a site's articles beside the article (热点信息, 阅读排行, 本栏目文件)
_ONE_LIST_LABEL = (
    r"(?:(?:热点|热门|最新|推荐|精彩|相关|本栏目|栏目|阅读|点击|浏览)(?:信息|新闻|文章|文件|公开|阅读|推荐"
    r"|排行|排行榜|动态|资讯|专题|关注)榜?|(?:文件|文章|信息)列表(?:[（(]共\d+条[)）])?|本版标题(?:导航)?"
    r"|标题导航|通知公告(?:\s*更多\s*[>＞»]*)?|(?:24小时|今日|本周)?热榜)"
)
_LINK_LIST_LABEL = re.compile(
    rf"(?:[\u4e00-\u9fff]{{2,8}}[·•])?{_ONE_LIST_LABEL}(?:\s*[|｜]\s*{_ONE_LIST_LABEL})*[：:]?"
)
#: A line of the article's date or source (发布时间：……, 2024-01-15 来源：……)
_META_LINE = re.compile(rf"【?(?:{_META_LABELS}|发布者|发布人)\s*[：:]|(?:19|20)\d\d[-/.年]\d")
#: The date after an item of a list of articles (……工作计划  02-26)
_LISTED_DATE = re.compile(r"\s+(?:(?:19|20)\d\d[-/.])?\d{1,2}[-/.]\d{1,2}$")
#: The rank before an item of a ranked list (4 全文来了！……)
_RANK = re.compile(r"^\d{1,2}\s*(?=\D)")
#: An item of a ranked list of articles (1 XX县2025年高标准农田建设项目公示)
_RANKED_ITEM = re.compile("\\d{1,2}(?:\\s+\\S|[\u4e00-\u9fffX【“《])")


def _link_list_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of a list of a site's articles beside the article.

    The list's label (热点信息, 阅读排行, 本栏目文件, 通知公告 更多>>) and the lines below
    it, within ten lines, up to the next line of chrome (a breadcrumb, a 来源 line, a
    disclosure field), the first line without the bullet its items share (○ ……), or a
    listed headline written again (the article's).  Before a date or a subtitle the
    list's last line stays (it is the headline), unless it holds a rank (``3 ……``).  A
    label followed by running text is no list.
    """
    out: set[int] = set()
    for n, line in enumerate(lines):
        if not _LINK_LIST_LABEL.fullmatch(line.strip()):
            continue
        items: list[int] = []
        bullet = ""
        for k in range(n + 1, min(n + 12, len(lines))):
            t = lines[k].strip()
            if not t:
                continue
            chrome = _is_head_chrome(t, t) or _LABEL_ALONE.match(t) is not None
            dated = _SUBTITLE_START.match(t) is not None or (
                chrome and _META_LINE.match(t) is not None and _INFO_LABEL.match(t) is None
                and not _is_breadcrumb(t) and not _HEAD_WIDGET.match(t))
            if chrome or dated:
                while dated and items and _VERSION_ALONE.fullmatch(lines[items[-1]].strip()):
                    items.pop()  # (……报告 / （摘要） / ——2013年……)
                if dated and items and not _RANKED_ITEM.match(lines[items[-1]].strip()):
                    last = lines[items.pop()].strip()  # the headline, above its date
                    prev = lines[items[-1]].strip() if items else ""
                    if (re.search(_YEAR + r"年度?$|[省市县区镇乡]$|人民政府$", prev)
                            and _broken_title(prev, last)):
                        items.pop()  # (broken in two: XX市2023年 / 政府工作报告)
                out.update([n, *items])
                break
            if (any(_LISTED_DATE.sub("", _RANK.sub("", lines[j].strip())) == t for j in items)
                    or (bullet and not t.startswith(bullet))):
                out.update([n, *items])  # the headline after the list
                break
            if _is_body_line(t):
                break
            if not items and t[0] in _LIST_BULLETS:
                bullet = t[0]
            items.append(k)
    return out


#: The bullets of the items of a list of articles
_LIST_BULLETS = _BULLETS + ">-*"


def _year_list_lines(lines: list[str]) -> set[int]:
    """Indices of a list of the same title for three or more successive years.

    (2021年政府工作报告 / 2020年政府工作报告 / 2019年……, the years in order); the line
    after it, also a title of one of those years, is the article's headline.
    """
    out: set[int] = set()
    run: list[tuple[int, int]] = []  # (index, year)
    form = ""
    for n, line in enumerate([*lines, ""]):
        t = line.strip()
        m = re.search(_YEAR + "年", t) if len(t) <= 40 else None
        shape = t[: m.start()] + "#" + t[m.end():] if m else ""
        year = int(m.group(1)) if m else 0
        step = run and shape == form and abs(year - run[-1][1]) == 1 and (
            len(run) < 2 or year - run[-1][1] == run[-1][1] - run[-2][1])
        if step:
            run.append((n, year))
            continue
        if len(run) >= 3:
            out.update(k for k, _ in run)
        run, form = ([(n, year)], shape) if m else ([], "")
    return out


#: An item of a list of articles that opens or ends with its date (2023-01-05　XX局2023年工作要点,
#: XX镇2022年政府工作报告  2022-03-02)
_DATED_ITEM = re.compile(
    r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*[^\s\d].{3,60}"
    r"|[\[［【(（]\d{1,2}[-/.]\d{1,2}[\]］】)）]\s*\S.{3,60}"  # ([02-18] 关于……)
    r"|[^\s\d].{3,60}?(?<=[\u4e00-\u9fff》）)])\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")


def _dated_list_lines(lines: list[str]) -> set[int]:
    """Indices of a list of two or more articles each opening or ending with its date.

    The list's label on the line above (规划计划栏目文章, when short and without
    punctuation) and its 更多>> link below are part of it.
    """
    out: set[int] = set()
    run: list[int] = []
    for n, line in enumerate([*lines, ""]):
        if _DATED_ITEM.fullmatch(line.strip()):
            run.append(n)
            continue
        if len(run) >= 2:
            out.update(run)
            above = lines[run[0] - 1].strip() if run[0] else ""
            if above and len(above) <= 12 and not _SENTENCE_MARK.search(above):
                out.add(run[0] - 1)
            if _MORE_LINK.fullmatch(line.strip()):
                out.add(n)
        run = []
    return out


def _first_lines(text: str, n: int = 6) -> list[str]:
    """The first ``n`` non-blank lines that are not web-page chrome (下载 / 来源：…)."""
    return [line for line, _ in _head_lines(text)[:n]]


_BODY_HEADING = re.compile(
    "^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^第[一二三四五六七八九十]+[部章]"
)


def _is_body_line(line: str) -> bool:
    """A line of running text or a heading: the title comes before it."""
    return (
        line[-1] in "。！？；;：:!?"
        or (len(line) > 60 and not _latin_name(line))
        or _BODY_HEADING.match(line) is not None
    )


def _latin_name(line: str) -> bool:
    """A name written with its English form (XX集团有限公司 XX Group Co., Ltd.), no text."""
    letters = sum(c.isascii() and c.isalpha() for c in line)
    return (re.search("[。，；]", line) is None and letters >= 0.4 * len(line)
            and re.search("[A-Za-z]{2,} [A-Za-z]{2,}", line) is not None)


#: The link at the end of a side bar's blurb (镇情简介：…… / 更多>>)
_MORE_LINK = re.compile(r"[\[【(（]?更多[\]】)）]?\s*(?:>>|>|»|＞＞|\+)?")


# the headings of a government work report: the year reviewed (2016年工作回顾) is the
# year before the report's; the year planned (2017年主要工作) is the report's
_REVIEW_HEADING = re.compile(
    rf"^(?:[一二三四五六七八九十]+、)?\s*(?:“[^”]{{2,6}}”(?:时期)?(?:及|和))?{_YEAR}年(?:的?工作)?"
    r"(?:回顾|总结)(?:$|[^，。；])"
)
_PLAN_HEADING = re.compile(
    rf"^(?:[一二三四五六七八九十]+、)?\s*{_YEAR}年(?:的?(?:主要|重点))?(?:工作|目标|任务)"
    r"(?:安排|建议|打算)?$|^[一二三四五六七八九十]+、\s*((?:19|20)\d{2})年(?:的?(?:主要|重点))?"
    r"(?:工作|目标|任务)"
)


def _gwr_year(entries: list[tuple[str, bool]]) -> int | None:
    """The year of a government work report read from its review or plan headings."""
    for line, _ in entries:
        if m := _REVIEW_HEADING.match(line):
            return int(m.group(1)) + 1
        if m := _PLAN_HEADING.match(line):
            return int(m.group(1) or m.group(2))
    return None


#: A repost's marks around a title (``[转帖]``, ``原标题：``) and a file's extension (``.doc``)
_REPOST_MARK = re.compile(
    r"^\s*(?:[\[【［](?:转帖|转载|转|原创|分享|推荐|精华)[\]】］]|原标题[：:]|转载[：:])\s*"
    # a forum's category before a thread's subject: [时政] ……
    r"|^\[[^\]\s\d]{1,8}\](?:\s+|(?=[【\u4e00-\u9fff\d]))"
    # a file's extension, and the site after it in a browser title (……总结.docx-XX文档)
    r"|\.(?:docx?|pdf|wps|txt|xlsx?)(?:\s*[-－_|｜]\s*[^-－_|｜]{2,16})?$|\s*[\[【［](?:复制链接|打印|收藏|分享)[\]】］]\s*$"
)
#: The headline of a news item about a meeting (市政府召开第42次常务会议)
_MEETING_NEWS = re.compile(r"(?:召开|举行|主持).{0,30}会|会议?.{0,4}(?:召开|举行|开幕|闭幕)")
#: The date a page was published (2019-08-14 07:45, 发布时间：2019年3月15日)
_PUBLISHED = re.compile(
    rf"(?<!\d){_YEAR}(?:[-/.](\d{{1,2}})[-/.]|年(\d{{1,2}})月)(?:\d{{1,2}}|XX)")  # (day masked)
#: Reports of a year, delivered early in the next (述责述廉, 主体责任, 党建, 工作总结)
_ANNUAL_REPORTS = frozenset(
    {"duty_integrity_report", "responsibility_report", "party_building_report", "work_summary"}
)


def _is_field_value(title: str, head: str) -> bool:
    """Whether ``title`` is the value of a 标题 / 名称 field of a disclosure box.

    ``head``: the head of the text, normalized.
    """
    return re.search(r"(?:文章标题|信息名称|标题|名称)[：:]\s*" + re.escape(title),
                     head) is not None


#: A year written in Chinese numerals (二〇二〇年)
_HAN_YEAR = "[〇○零一二三四五六七八九]{4}年"
#: A post that ends the first line of a personal report's title broken in two
_POST = (
    "(?:书记|副?主任|秘书长|局长|县长|区长|市长|镇长|乡长|部长|院长|校长|主席|董事长|总经理|处长|科长"
    "|委员|常委|组长)"
)
#: The name of a genre alone on a line, the second line of a title broken before it
_GENRE_ALONE = re.compile(
    r"(?:(?:政府)?工作报告|述责述廉报告|述职述廉报告|述职报告|(?:重点)?工作(?:要点|计划|安排)|工作总结"
    r"|工作方案|党建工作(?:情况)?报告)(?:[（(](?:全文|摘要)[)）])?$"
)


def _account_headline(head: str) -> str | None:
    """The headline of a public account's article: the line above its 原创 / account line.

    Such a headline may hold a comma (``两会·权威发布｜“十四五”开局，XX市政府工作报告全文来了``).
    """
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    for k, line in enumerate(lines[1:12], start=1):
        if re.match(r"原创(?:\s|$)", line):
            above = normalize(lines[k - 1]).strip()
            if (6 <= len(above) <= 60 and above[-1] not in "。；;：:"
                    and (_TITLE_WORDS.search(above) or "，" in above)
                    and above not in line  # the account's name
                    and not above.startswith("关于")  # (its issuer may stand above it)
                    and not re.match(r"(?:19|20)\d{2}(?:年\d|-)", above)):
                if k >= 2 and _broken_title(first := normalize(lines[k - 2]).strip(), above):
                    return first + above  # XX镇党委书记某某某 / 2023年度……述职报告
                return above
            return None
    return None


def _themed(line: str) -> bool:
    """A themed headline: short Han text without sentence marks (凝心聚力 实干争先 奋力谱写……)."""
    return (8 <= len(line) <= 40 and not _SENTENCE_MARK.search(line) and not _is_site_name(line)
            and re.fullmatch(r"[\u4e00-\u9fffX\s]+", line) is not None)


#: A line ending with a school year (XX中学2023—2024学年度), the first of a broken title
_SCHOOL_YEAR_LINE = r"[^：:。；;，,]{0,20}?(?:19|20)\d\d\s*[—\-－~～至]\s*(?:19|20)\d\d学年度?"


def _broken_title(line: str, after: str) -> bool:
    """Whether ``line`` and the line ``after`` it are one title broken in two.

    Broken after its year (``XX镇党委书记某某2024年度`` / ``述责述廉报告``), before the name
    of its genre (``2025年XX区人民政府`` / ``工作报告``) or after a place the title names
    nowhere else (``XX县XX乡`` / ``2025年政府工作报告``).
    """
    if re.search(_POST + r"[某X×]{2,4}[：:]$", line) and re.match(_YEAR + "年", after):
        return _looks_like_title(after)  # XX镇党委书记某某某： / 2023年度述责述廉报告
    if re.search("[：:。；;！？!?]", line):
        return False  # (a label and its value: 被评议人：……局长 某某某)
    if re.fullmatch(_SCHOOL_YEAR_LINE, line):
        return _looks_like_title(after)  # (XX中学)2022—2023学年 / 第二学期德育工作计划
    if after.startswith("暨") and _looks_like_title(line) and 4 <= len(after) <= 30:
        return True  # ……2023年工作总结 / 暨2024年工作思路
    if re.search(r"(?:人民代表大会|委员会|代表大会)$", line) and re.match(
            "第[一二三四五六七八九十]+次", after) and not _SUBTITLE_START.match(line):
        return True  # XX市第十六届人民代表大会 / 第三次会议隆重开幕
    if after in ("报告", "要点", "计划", "总结") and re.search(_YEAR + r"年度?.{0,8}工作$", line):
        return True  # XX镇2023年政府工作 / 报告
    if re.fullmatch(r".{6,40}(?:暨|和|及|与)", line) and not _SENTENCE_MARK.search(line):
        return 2 <= len(after) <= 24 and not _SENTENCE_MARK.search(after)  # ……会议暨 / ……全会
    if re.fullmatch(r".{2,20}[｜|]", line) and not _SENTENCE_MARK.search(line[:-1]):
        return _looks_like_title(after)  # XX区两会｜ / 政府工作报告全文来了！
    if re.search(_POST + r"\s*[某X×]{2,4}$", line) and re.match(_YEAR + "年", after):
        # 述责述廉｜XX区纪委书记、区监委主任 某某某 / 2023年度述责述廉报告
        return _looks_like_title(after) and re.search("述职|述责|述廉|报告$", after) is not None
    if "关于" in line and re.fullmatch(".{2,10}的(?:通知|报告|意见|决定)", after) and not (
            _SENTENCE_MARK.search(line)):
        return True  # ……关于印发2024年重点 / 工作安排的通知
    if len(line) > 30 or _looks_like_title(line) or re.fullmatch(_YEAR + "年度?", line):
        return False  # (a year alone: a list of years)
    if re.search(_POST + "$", line):
        # 政协XX市委员会机关党组成员、秘书长 / 某某某同志述职述廉报告 (or / 2022年度……报告;
        # 2023年度XX街道党工委书记 / 抓基层党建工作述职报告)
        return _looks_like_title(after) and (
            re.match(r"[某X×]|(?:19|20)\d\d年", after) is not None
            or (re.match(_YEAR + "年", line) is not None
                and re.search("述职|述责|述廉", after) is not None))
    if re.search(_POST + "[某X×]{2,4}$", line):
        # XX县委书记某某某 / 抓基层党建工作述职报告
        return _looks_like_title(after) and re.search("述职|述责|述廉|报告$", after) is not None
    if _SENTENCE_MARK.search(line):
        return False
    if re.fullmatch(r"[\u4e00-\u9fffX]{1,14}(?:省|市|县|区|镇|乡|街道)", line) and not (
            re.match(_HAN_YEAR, line)):
        return (re.match(_YEAR + "年", after) is not None and _looks_like_title(after)
                and not re.search("[省市县区镇乡]", after))
    if re.match(_HAN_YEAR, line):  # 二〇二〇年XX市XX区 / 政府工作报告
        return _GENRE_ALONE.match(after) is not None
    if re.search(_YEAR + r"年度?$", line):
        # (……委员会关于2022年度 / 党风廉政建设主体责任落实情况的报告; XX街道党工委书记
        # 某某某2023年度 / 抓基层党建工作述职报告)
        named = re.search(_POST + "[某X×]{2,4}" + _YEAR + r"年度?$", line) is not None
        return (len(after) <= (24 if "关于" in line or named else 10)
                and _looks_like_title(after))
    if (re.search(_YEAR + "年", line) and not re.search(r"\d月|\d日", line)
            and 4 <= len(after) <= 12 and _GENRE_END.search(after)
            and not _SENTENCE_MARK.search(after)):
        return True  # ……书记某某某2023年度抓基层 / 党建工作述职报告 (broken inside a word)
    # (XX局党组2022年度落实党风廉政建设 / 主体责任情况的报告)
    return re.search(_YEAR + "年", line) is not None and (
        _GENRE_ALONE.match(after) is not None
        or re.fullmatch("[\u4e00-\u9fff]{2,12}情况的?报告", after) is not None)


def _subtitled(entries: list[tuple[str, bool]], title: str, text: str) -> str | None:
    """A headline with its subtitle below it (``政府工作报告`` / ``——2024年1月16日在……``).

    The headline proper, where ``title``, found above it, is a browser title (the page's
    first line: ``2024年政府工作报告_XX省人民政府门户网站``) or one of an e-paper's list
    of headlines (the lines from ``title`` to the headline follow each other without
    chrome between them).  Looked for among ``entries`` (the head lines below
    ``title``), before the first line of text.
    """
    # (a browser title the page writes again is its headline)
    browser = _is_browser_title(title, text) and title not in [line for line, _ in entries]
    listed = True
    for k, (line, adjacent) in enumerate(entries[:-1]):
        listed = listed and adjacent
        if _is_body_line(line) or not (browser or listed) or re.search("[。，]", line):
            return None  # (a line of text ending in ↓↓↓)
        if (_looks_like_title(line)
                and re.match(r"——|—|[（(]\s*(?:19|20)\d{2}年\d{1,2}月", entries[k + 1][0])):
            if k and _broken_title(entries[k - 1][0], line):
                return entries[k - 1][0] + line  # XX县XX乡 / 2025年政府工作报告
            return line  # (``title`` itself, written again above its subtitle)
    return None


def _is_browser_title(title: str, text: str) -> bool:
    """Whether ``title`` comes from the page's first line, a browser title (``标题_网站名``)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    return re.match(re.escape(title) + rf"\s*(?:[_|｜]|[-－]\s|{_SITE_HYPHEN})", first) is not None


def _same_document(a: str, b: str) -> bool:
    """Whether two title lines name one document (a browser title and the headline)."""
    return len(set(a) & set(b)) >= 0.7 * min(len(set(a)), len(set(b)))


def _more_specific(later: str, title: str) -> bool:
    """Whether ``later`` names the document more fully than a short ``title`` above it.

    A column or a category (述责述廉, 文件通知, 政府工作报告) of six characters or fewer
    above a headline that holds a year, a place or an issuer (……2021年度述责述廉报告,
    XX县人民政府工作报告).
    """
    return len(title) <= 6 and len(later) > len(title) + 2 and bool(
        re.search(r"(?:19|20)\d{2}|[省市县区镇乡]|委员会|党组|党委|局|厅|同志", later))


#: The name of a genre ending a title (……述职报告, ……工作要点（试行）)
_GENRE_END = re.compile(r"(?:报告|要点|计划|总结|安排|方案|规划)(?:[（(][^）)]{1,12}[）)])?$")


#: Short column names joined by a separator (党建园地 - 述职述廉, 政府信息公开 · 计划规划)
_COLUMN_TRAIL = re.compile("[\u4e00-\u9fff]{2,6}(?:\\s*[-－>›»/|｜·•]\\s*[\u4e00-\u9fff]{2,6})+")


def _crumb_between(title: str, later: str, head: str) -> bool:
    """Whether a breadcrumb stands between ``title`` and ``later`` in ``head``."""
    rows = [row.strip() for row in head.split("\n") if row.strip()]
    if title not in rows or later not in rows:
        return False
    a, b = rows.index(title), rows.index(later)
    return a < b and any(_is_breadcrumb(row) or _CRUMB_LABEL.match(row) for row in rows[a + 1:b])


def _fuller(later: str, title: str) -> bool:
    """Whether ``later`` is ``title`` with names put in, ending alike.

    (``镇党委书记2022年度述责述廉报告``, then ``XX镇党委书记某某2022年度述责述廉报告``): the
    characters of ``title`` in order within ``later``, twelve or fewer others between
    them, none a mark of punctuation.
    """
    later = re.sub(r"[（(][^）)]{1,12}[）)]$", "", later)  # ……报告（局副局长）
    if len(later) <= len(title) or later[-2:] != title[-2:] or len(later) > len(title) + 12:
        return False
    added: list[str] = []
    k = 0
    for ch in later:
        if k < len(title) and ch == title[k]:
            k += 1
        else:
            added.append(ch)
    return k == len(title) and not _SENTENCE_MARK.search("".join(added)) and bool(
        HAN_RE.search("".join(added)) or "X" in added)


#: A column's kicker in brackets, alone or before the column's name (【栏目】计划总结)
_KICKER = re.compile(r"【[^】]{2,16}】(?:[\u4e00-\u9fff]{2,8})?")


#: Lines of a head that are neither title nor text: a document's tags (文档标签：……), a
#: site's disclaimer (该文档为用户上传，仅供学习交流。), an advertisement, a labelled menu
_PASSED_OVER = re.compile(
    r"(?:文档)?标签[：:]|(?:该|本)(?:文档|资料).{0,12}(?:上传|仅供|版权)"
    # the heading of a column's list of years (历年政府工作报告, 馆藏……（按年份）)
    r"|(?:历年|历届|往年).{2,12}$|.{2,12}[（(]按(?:年份|年度|时间)[)）]$"
    # an advertisement (广告：……), disclosure fields in brackets (【信息索引】…【发布机构】…)
    r"|(?:广告|推广|赞助)\s*[：:|｜]|【[^】]{2,6}】.*【"
    # a labelled menu (快速通道：门诊时间 | 检验报告查询 | 住院须知)
    r"|[\u4e00-\u9fff]{2,6}[：:]\s*(?:[^\s|｜：:]{2,8}\s*[|｜]\s*){2,}[^\s|｜：:]{2,8}$"
)


def _passed_over(line: str) -> bool:
    """A head line that is neither title nor text, or a document site's fields.

    (see _PASSED_OVER; 12页 内容提供方：…… 大小：…… 发布时间：……)
    """
    return _PASSED_OVER.match(line) is not None or (
        _DOCUMENT_SITE.search(line) is not None and len(re.findall("[：:]", line)) >= 2)


def _later_title(lines: list[str], same: str = "") -> str | None:
    """A line that looks like a title among ``lines``, before the first line of text.

    Lines equal to ``same`` (the title already found, written again) are passed over.
    """
    contents = _contents_lines(lines)
    for k, line in enumerate(lines):
        if k in contents:
            continue  # (a table of contents: 目录 / 一、…… / 二、……)
        if k and _broken_title(lines[k - 1], line) and not _is_body_line(line):
            return lines[k - 1] + line  # XX县XX乡 / 2025年政府工作报告
        if line == same or (len(line) <= 4 and line in same):
            continue  # (the title again, or a keyword of it: 主题词：政务公开 工作要点)
        if _KICKER.fullmatch(line):
            continue  # a column's kicker (【规划计划】)
        if _passed_over(line) or (len(line) <= 6 and line[-1] in "：:"):
            continue  # (tags, a disclaimer, a label alone: 文档介绍：)
        if re.search(_POST + r"[某X×]{2,4}[：:]$", line):
            continue  # a writer's name as a label (街道党工委书记某某某：), above the title
        if (len(line) >= 4 and same.startswith(line) and not _is_site_name(line)
                and (_looks_like_title(line) or line[-1] in "？?")
                and re.match(r"\s*[-－_|｜]", same[len(line):]) is not None):
            return line  # the headline of a title with its site (……怎么写？ - XX论坛), a question
        if _is_body_line(line):
            return None
        if len(line) <= 4:
            continue  # a column's name (年度计划)
        if _looks_like_title(line) and not _SUBTITLE_START.match(line):
            if (k and _YEAR_PLAN.fullmatch(line) and _looks_like_org_line(lines[k - 1])
                    and not _looks_like_title(lines[k - 1])):
                return lines[k - 1] + line  # XX区人力资源和社会保障局 / 2024年重点工作安排
            if k and line.startswith("关于") and _issuer_line(lines[k - 1]) and not (
                    _looks_like_title(lines[k - 1])):
                return lines[k - 1] + line  # 中共XX局党组 / 关于……的报告
            return line
    return None


def _with_issuer(title: str, later: list[str]) -> str:
    """A 关于…… title with the issuing body above it, where the page writes it so later.

    A browser title (``关于……的报告—XX县教育局``) can come before the headline proper,
    written on two lines (``中共XX县教育局党组`` / ``关于……的报告``).
    """
    if not title.startswith("关于"):
        return title
    for a, b in itertools.pairwise(later):
        if b == title and _issuer_line(a) and not _looks_like_title(a):
            return a + b
    return title


def _headline(lines: list[str]) -> str | None:
    """The headline of a news item: the first short line without sentence marks.

    Taken where no line looks like the title of a report (市政府召开第42次常务会议).
    """
    for line in lines:
        if _is_body_line(line):
            return None
        if (6 <= len(line) <= 40 and not _SENTENCE_MARK.search(line)
                and not _DATED_LINE.match(line) and not _is_site_name(line)
                and not re.search(r"网站|门户|网\s|网[（(]|客户端|公众号|论坛|电视台|融媒", line)
                and re.search(r"[\u4e00-\u9fff]{4}", line)):
            return line
    return None


def _is_crumb_step(title: str, head: str) -> bool:
    """Whether ``title`` is the last step of a breadcrumb (首页 > 专题专栏 > 历年政府工作报告).

    Such a line names the site's column; the article's headline comes below it.
    """
    return re.search(r"[>＞»›→/]\s*" + re.escape(title) + r"\s*$", head, re.M) is not None


def _first_headline(lines: list[str]) -> str | None:
    """The head line directly above the running text as a headline with a comma.

    The last resort (``十个关键词，读懂《……工作报告》``): a short line without a final mark
    that names a document in 《》 or by its genre.
    """
    top = next((k for k, line in enumerate(lines) if _is_body_line(line)), 0)
    if not top:
        return None
    line = lines[top - 1]
    if (8 <= len(line) <= 40 and line[-1] not in "。；;：:，,、！？!?"
            and re.search(r"《[^》]+》|报告|要点|计划|总结", line)):
        return line
    return None


def _repeated_title(lines: list[str]) -> str | None:
    """A headline the page writes twice, where no line looks like a title otherwise.

    A forum thread's subject, also in its browser title (``【解读】……民生实事，和你我有关 -
    时政要闻 - XX论坛``), may hold a comma; a post's own first line repeats the subject
    without the poster's comment (``[原创] ……述责述廉报告（抛砖引玉，欢迎拍砖）`` then
    ``……述责述廉报告``).  Looked for before the first lines of running text and among the
    three after them.
    """
    body = 0
    for k, line in enumerate(lines):
        if _is_body_line(line):
            body += 1
            if body > 3:
                break
            continue
        if (not 6 <= len(line) <= 60 or line[-1] in "，,、" or not _TITLE_WORDS.search(line)
                or (body and not _looks_like_title(line))):
            continue
        others = lines[:k] + lines[k + 1:]
        if any(other == line or (line in other and len(other) <= len(line) + 30)
               for other in others):
            return line
    return None


#: What follows a forum thread's subject: 只看楼主, 楼主, 1楼, [复制链接], 发表于……
_FORUM_MARK = re.compile(
    r"^(?:只看楼主|只看该作者|楼主|1楼|沙发|发表于|倒序浏览|阅读模式|电梯直达|\[?复制链接\]?)"
)


def _forum_subject(lines: list[str], head: str = "") -> str | None:
    """A forum thread's subject asked as a question (``……有知道选址在哪的吗？``).

    One of the first three lines of running text, when it is short, ends with a question
    mark and the marks of a thread (只看楼主, 楼主, 1楼) follow it within three lines; or,
    where no such line is, the first such question when the marks stand at the start of
    a line of ``head`` (the head of the text, where they may be chrome that ``lines``
    leave out: 楼主 XX 发表于 2024-02-06).
    """
    for k, line in enumerate(lines[:-1]):
        subject = _REPOST_MARK.sub("", line) or line
        if (line != subject and 8 <= len(subject) <= 60 and _FORUM_MARK.match(lines[k + 1])
                and re.search("[？?]", subject)):
            return subject  # [求助] ……怎么写？有没有参考框架 / 楼主
    questions: list[str] = []
    body = 0
    for k, line in enumerate(lines):
        if re.search(r"[>＞»›]", line):
            continue  # a trail ending in the subject
        subject = _REPOST_MARK.sub("", line) or line  # [讨论]……？[复制链接]
        if (not _is_body_line(subject) and 8 <= len(subject) <= 40
                and ("，" in re.sub(r"（[^）]*）", "", subject) or "？" in subject[:-1])
                and line != subject and _TITLE_WORDS.search(subject)
                and any(_FORUM_MARK.match(after) for after in lines[k + 1:k + 3])):
            return subject  # [讨论] ……汇总，大家怎么看 / 只看该作者 楼主
        if _is_body_line(subject):
            if subject[-1] in "？?" and 8 <= len(subject) <= 60:
                if any(_FORUM_MARK.match(after) for after in lines[k + 1:k + 4]):
                    return subject
                questions.append(subject)
            body += 1
            if body == 3:
                break
    thread = re.search(r"(?m)^\s*(?:只看楼主|只看该作者|楼主|沙发|发新帖)", head[:2000]) is not None
    return questions[0] if questions and thread else None


def _source_form(title: str, nt: NormalizedText) -> str:
    """``title`` (found in the normalized head) as the page writes it.

    The title keeps its own spaces and full-width marks (``开幕 市长某某作政府工作报告``,
    ``解读｜……``); a tab becomes a space.  A title spaced out character by
    character (``政 府 工 作 报 告``), or one that is not found as one stretch of a line
    (a title joined from two lines), stays normalized.  ``nt``: the head of the text,
    normalized without joining lines.
    """
    at = nt.text.find(title)
    if at < 0:
        return _joined_source_form(title, nt)
    start, end = nt.span_to_source(at, at + len(title))
    written = nt.source[start:end].strip()
    if not written or "\n" in written or len(re.findall(r"\s", written)) * 3 > len(written):
        return title
    return written.replace("\t", " ")


def _joined_source_form(title: str, nt: NormalizedText) -> str:
    """A title joined from two lines, each line as the page writes it.

    (``XX区两会｜`` / ``政府工作报告全文来了！``); ``title`` itself where it is not two
    successive lines.
    """
    for cut in range(2, len(title) - 1):
        pattern = f"(?:^|\n)({re.escape(title[:cut])})\n+({re.escape(title[cut:])})(?:\n|$)"
        m = re.search(pattern, nt.text)
        if m is not None:
            return _source_form(m.group(1), nt) + _source_form(m.group(2), nt)
    return title


def _looks_like_title(line: str) -> bool:
    if not 4 <= len(line) <= 60 or line[-1] in "。；;，,：:、":
        return False
    if re.search(r"(?:主持|出席)并?(?:讲话|致辞)$", line):
        return False  # a news item's subheading: 某某某主持并讲话
    if re.search(r"[>＞»›]", line):
        return False  # a trail: 党委组织部 > 通知公告
    if re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+[.、．]", line):
        return False
    if _looks_like_org_line(line) and not _DOCUMENT_WORDS.search(line):
        return False  # XX市自然资源和规划局: 规划 names the organisation
    return bool(_TITLE_WORDS.search(line)) and line.count("，") == 0


def _looks_like_org_line(line: str) -> bool:
    """The first line of a two-line title: an issuing body (中共XX局党组, XX县人民政府)."""
    return (
        2 <= len(line) <= 30
        and not re.search(r"[。；;，,：:、！？!?]", line)
        and re.search(
            r"(党组|党委|委员会|政府|局|厅|办公室|办事处|委|支部|总支|公司|中心|部|院|馆|大学|学校|集团)$",
            line,
        )
        is not None
    )


def _issuer_line(line: str) -> bool:
    """The issuing body on the line above a 关于…… headline (XX局党组, XX市人大常委会)."""
    return _looks_like_org_line(line) or (
        len(line) <= 30
        and re.fullmatch(r"[^\s。；;，,：:、！？!?]+(?:人大常委会|政协)", line) is not None)


#: A forum thread's type tag before its subject
_FORUM_TAG = re.compile(r"^[\[［](?:求助|讨论|原创|分享|提问|交流|资料|经验|问答|心得)[\]］]\s*")


def _infer_title(
    text: str, entries: list[tuple[str, bool]], nt: NormalizedText
) -> str | None:
    """The title of a text from its head lines (see :func:`infer_metadata`), as written.

    ``nt``: the head of the text (its first 3,000 characters), normalized without
    joining lines.
    """
    lines = [line for line, _ in entries[:20]]
    title = (_account_headline(nt.source) or _title_line(text, entries, nt.text)
             or _forum_subject(lines, nt.text) or _headline(lines) or _repeated_title(lines)
             or _first_headline(lines))
    if title is not None:
        title = _named_in_field(title, nt.text)
        title = _source_form(title, nt)
        title = (_REPOST_MARK.sub("", title) or title).strip()  # (……报告 .docx)
        title = _FORUM_TAG.sub("", title) or title  # ([求助] ……怎么理解？)
    return title


def _named_in_field(title: str, head: str) -> str:
    """The 名称 field of a disclosure box where it names the issuer before ``title``.

    (名称：XX市人民政府2023年政府工作报告, above the headline 2023年政府工作报告); ``title``
    otherwise.  ``head``: the head of the text, normalized.
    """
    m = re.search(r"(?:^|\s)(?:信息名称|名\s*称)[：:]\s*(\S{6,60})", head)
    if m is None or not m.group(1).endswith(title) or m.group(1) == title:
        return title
    issuer = m.group(1)[: -len(title)]
    return m.group(1) if _looks_like_org_line(issuer) and not _looks_like_title(issuer) else title


#: The version of a document on a line of its own below its title: （全文）, （草案）
_VERSION_ALONE = re.compile(r"[（(](?:全文|摘要|草案|征求意见稿|讨论稿|送审稿|定稿)[)）]")
_VERSION_END = re.compile(rf"(?:{_VERSION_ALONE.pattern})$")
#: The fields of a document-sharing site (上传者：…, 页数：…, 下载券)
_DOCUMENT_SITE = re.compile(
    r"上传者|上传时间|上传于|页数[：:]|下载券|文档格式|贡献者|内容提供方|下载积分|\d人?下载|共\d+页|范文网")
def _last_of_list(entries: list[tuple[str, bool]], k: int) -> str | None:
    """The headline below a column's list of titles (……总结 / ……规划 / ……计划, then 时间：).

    Three or more title-like lines from ``entries[k]`` on, one after the other, and
    chrome (the article's date or source) after them: the last is the headline, unless
    a title-like line with its subtitle or date follows within four lines.
    """
    j = k + 1
    while (j < len(entries) and entries[j][1] and _looks_like_title(entries[j][0])
           and not _is_body_line(entries[j][0])):
        j += 1
    if j - k >= 3 and j < len(entries) and _is_body_line(entries[j][0]):
        return entries[j - 1][0]  # (the list's last line is the headline, above its text)
    if j - k >= 3 and j < len(entries) and _MORE_LINK.fullmatch(entries[j][0]):
        # a side bar's list and its 更多>> link: the headline is the title below them
        for line, _ in entries[j + 1:j + 5]:
            if _is_body_line(line):
                break
            if _looks_like_title(line):
                return line
        return None
    if j - k >= 3 and j < len(entries) and not entries[j][1]:
        # (unless a headline with its subtitle or date follows the list: a side bar of a
        # meeting's documents, then 政府工作报告 / ——在……会议上)
        for i in range(j, min(j + 4, len(entries) - 1)):
            line, nxt = entries[i][0], entries[i + 1][0]
            if _is_body_line(line):
                break
            if _looks_like_title(line) and entries[i + 1][1] and _SUBTITLE_START.match(nxt):
                return line
            if (_issuer_line(line) and not _looks_like_title(line) and entries[i + 1][1]
                    and nxt.startswith("关于") and _looks_like_title(nxt)):
                return line + nxt  # (XX市人民政府办公室 / 关于印发……的通知, below the list)
            if (i == j and _GENRE_END.search(line) and _looks_like_title(line)
                    and entries[i + 1][1] and not _looks_like_title(nxt)
                    and re.search(_POST, nxt) and len(nxt) <= 20):
                return line  # (2022年XX区政府工作报告 / 区长 某某某, below the list)
        return entries[j - 1][0]
    return None


#: A plan or summary titled by its year alone, below the name of its issuer
_YEAR_PLAN = re.compile(r"(?:19|20)\d\d年度?(?:工作要点|工作计划|工作总结|(?:重点)?工作安排)")


def _later_wins(title: str, later: str, below: list[str], head: str, text: str) -> bool:
    """Whether ``later``, a title-like line below ``title``, is the page's headline.

    ``below``: the head lines after ``title``; ``head``: the head of the text,
    normalized; ``text``: the text.
    """
    # the head lines below the title, before the running text
    until_text = list(itertools.takewhile(lambda x: not _is_body_line(x), below))
    return bool(
        # 名称：…… of a disclosure box (unless it holds a 关于…… headline and the body
        # that issued it)
        (_is_field_value(title, head)
         and not (title.endswith(later) and (
             later.startswith("关于") or title[: -len(later)] in below)))
        or _more_specific(later, title)  # 述责述廉 (a column), then the headline
        # a trail of columns ending in the headline (新闻中心 / 通知公告 / ……), then the headline
        or (title.endswith(later) and title != later
            and re.search(r"[/>»›]\s*$", title[: -len(later)]) is not None)
        # a shared document's name, then its own heading naming the writer more fully
        # (镇党委书记……报告, then XX镇党委书记某某……报告)
        or _fuller(later, title)
        # a column's heading above the breadcrumb, the headline below it
        or _crumb_between(title, later, head)
        # a browser title's last part (站名 - 栏目 - ……报告), then the headline in full
        or (len(parts := re.split(r"\s*[-－|｜_]\s*", title)) >= 3
            and (later == parts[-1] or _fuller(later, parts[-1])))
        # the headline with its issuer before it (中共……委员会关于 + the title)
        or (later.endswith(title) and len(later) - len(title) <= 30 and re.search(
            "(?:委员会|党组|党委|集团|公司|局)(?:关于)?$", later[: -len(title)]) is not None)
        # a shared document's name with its version (……报告（定稿）), then its heading
        or (later == _VERSION_END.sub("", title) != title
            and _DOCUMENT_SITE.search(head) is not None)
        # a shared file's name (……定稿.docx), then the document's own heading
        or (_DOCUMENT_SITE.search(head) is not None and (
            re.search(r"\.(?:docx?|pdf|wps|txt)$", title) is not None
            or re.search(re.escape(title) + r"\.(?:docx?|pdf|wps|txt)", head) is not None))
        or _KICKER.fullmatch(title) is not None  # 【书记抓党建述职】, 【栏目】计划总结
        # a meeting's news among the column's links, then a report by a named writer
        # (区委召开……述职评议会, then XX街道党工委书记某某某……述职报告)
        or (_MEETING_NEWS.search(title) is not None and _GENRE_END.search(later) is not None
            and re.search(_POST + "[某X×]{2,4}", later) is not None
            and re.search("(?<!工)作.{0,8}报告$", later) is None)
        # a topic's column (2023年度述职评议专题), then the report
        or (re.search("(?:专题|专栏)$", title) is not None and _GENRE_END.search(later) is not None)
        # a model text's listing on a document site (……报告范文), then the document's heading
        or (re.search("范文(?:大全)?$", title) is not None
            and _DOCUMENT_SITE.search(head) is not None)
        # a browser title naming the writer after a colon (述职述廉报告：院长某某某（2021年度）)
        # or the site after a hyphen (……怎么写？ - 公文写作 - XX论坛), then the headline
        or (len(later) >= 4 and title.startswith(later)
            and re.match(r"\s*[：:\-－_|｜]", title[len(later):]) is not None)
        # a channel's name before the headline, which the article writes without it
        or ((m := re.fullmatch(r"(.{1,6}?)\s*[|｜]\s*" + re.escape(later), title)) is not None
            and re.search(rf"(?m)(?:^|[ \t\u3000]){re.escape(m.group(1))}(?:[ \t\u3000]|$)",
                          text[:3000]) is not None)
        # a column's name with a genre word (书记抓党建 | 2023年度述职, 述职评议 · 2023年度),
        # then the report
        or (_GENRE_END.search(later) is not None and _GENRE_END.search(title) is None
            and len(later) > len(title) and re.search(r"[|｜·•]", title) is not None)
        # a trail of columns (党建园地 - 述职述廉), then the report
        or (_COLUMN_TRAIL.fullmatch(title) is not None and _GENRE_END.search(later) is not None
            and len(later) > len(title))
        # a short line that names no genre at its end (a column, a trail), then a longer one
        # that does (not a meeting's news and its deck: ……会议开幕 / 市长某某作政府工作报告)
        or (_GENRE_END.search(later) is not None and _GENRE_END.search(title) is None
            and re.search(r"(?:通知|意见|决定|决议|讲话|纲要|汇报|说明|[）)])$", title) is None
            and len(later) > len(title) and len(title) <= 16
            and _MEETING_NEWS.search(title) is None and re.search("[？?！!]", title) is None
            and re.search("(?<!工)作.{0,8}报告$", later) is None)
        # 历年政府工作报告, 政府工作报告汇编 (a column)
        or re.match(r"历年|历届|往年", title) is not None or "汇编" in title
        # a browser title with the site first (XX市政协_……), then the headline
        or re.fullmatch(r".{2,12}?_" + re.escape(later), title) is not None
        # the headline with its column's prefix (权威发布｜……), the title cut from a trail
        or re.fullmatch(r".{1,12}?\s*[|｜]\s*" + re.escape(title), later) is not None
        # 历年政府工作报告, a column named by the breadcrumb
        or (_is_crumb_step(title, text[:3000]) and title not in until_text
            and (title not in later or len(later) - len(title) <= 12))
        # a browser title, then the headline as the article writes it
        or (_is_browser_title(title, text) and _same_document(later, title)
            and title not in until_text)
    )


def _contents_lines(lines: list[str]) -> set[int]:
    """Indices of a table of contents: a 目录 line and the numbered headings below it."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if re.fullmatch(r"目\s*录", line):
            out.add(k)
            j = k + 1
            while j < len(lines) and _BODY_HEADING.match(lines[j]) and len(lines[j]) <= 30:
                out.add(j)
                j += 1
    return out


def _title_line(text: str, entries: list[tuple[str, bool]], head: str) -> str | None:
    """The first title-like line (or pair of lines) before the running text, normalized.

    ``head``: the head of the text, normalized.
    """
    lines = [line for line, _ in entries[:20]]
    contents = _contents_lines(lines)
    for k, line in enumerate(lines):
        if k in contents:
            continue  # a shared document's table of contents (目录 / 一、…… / 二、……)
        if len(line) <= 6 and line[-1] in "：:":
            continue  # a label whose value stands apart (a forum's 查看: / 回复:)
        if _passed_over(line):
            continue  # tags, a disclaimer, a document site's fields
        if (line[-1] in "：:" and k + 1 < len(lines) and entries[k + 1][1]
                and _broken_title(line, lines[k + 1])):
            return line + lines[k + 1]  # XX镇党委书记某某某： / 2023年度述责述廉报告
        if _is_body_line(line):
            if k + 1 < len(lines) and _MORE_LINK.fullmatch(lines[k + 1]):
                continue  # a side bar's blurb (镇情简介：……), then its 更多>> link
            if k and re.search("(?:概况|简介|介绍|概览)$", lines[k - 1]) and len(lines[k - 1]) <= 8:
                continue  # a side bar's blurb under its label (镇情概况 / XX镇位于……。)
            return None
        if (k + 1 < len(lines) and entries[k + 1][1] and _issuer_line(line)
                and not _looks_like_title(line) and lines[k + 1].startswith("关于")):
            if _looks_like_title(lines[k + 1]):
                # a title on two lines: 中共XX局党组 / 关于2025年度党建工作情况的报告
                return line + lines[k + 1]
            if (k + 2 < len(lines) and entries[k + 2][1]
                    and _broken_title(lines[k + 1], lines[k + 2])):
                # on three: 中共XX局党组 / 关于2023年度落实……主体责任 / 情况的报告
                return line + lines[k + 1] + lines[k + 2]
        if k + 1 < len(lines) and entries[k + 1][1] and _broken_title(line, lines[k + 1]):
            return line + lines[k + 1]
        if (_SUBTITLE_START.match(line) and k and entries[k][1] and _themed(lines[k - 1])
                and re.search(r"上的.{0,6}(?:报告|讲话)$", line)):
            # a themed headline above its subtitle (——在……上的政府工作报告)
            return lines[k - 1]
        if (line.startswith("——") and k and entries[k][1] and _themed(lines[k - 1])
                and _NAMING_SUBTITLE.fullmatch(line)):
            # a themed headline above the document it heads: ……新篇章 / ——2024年……工作报告
            # (the subtitle gives the year and the type: see _typed_title)
            return lines[k - 1]
        if not _looks_like_title(line):
            continue
        above = lines[k - 1] if k else ""
        if (k and entries[k][1]
                and (k + 1 == len(lines) or not entries[k + 1][1] or _is_body_line(lines[k + 1])
                     or not _looks_like_title(lines[k + 1]))
                # (not a report's headline under a kicker: ……会议隆重开幕 / 政府工作报告（摘要）)
                and not _GENRE_ALONE.fullmatch(_VERSION_END.sub("", line))
                and not (k + 1 < len(lines) and _SUBTITLE_START.match(lines[k + 1]))
                and _MEETING_NEWS.search(above) and len(above) <= 24
                and not _SENTENCE_MARK.search(above) and not _looks_like_title(above)):
            # a meeting's headline above its deck and date: ……会议开幕 / 市长某某作政府工作报告
            # (the second line is its deck: 市长某某作政府工作报告, 某某某主持大会; the
            # headline itself may be broken: XX市第十六届人民代表大会 / 第三次会议隆重开幕)
            if k >= 2 and entries[k - 1][1] and _broken_title(lines[k - 2], above):
                return lines[k - 2] + above
            return above
        if (k and entries[k][1] and _YEAR_PLAN.fullmatch(line) and not _looks_like_title(above)
                and (_looks_like_org_line(above) or re.search("政协$|人大常委会$", above))):
            return above + line  # 政协XX市委员会 / 2024年工作要点
        if (k and entries[k][1] and re.match(_YEAR + "年", line) and len(above) <= 24
                and re.search("(?:党组|党委)$", above) and not _looks_like_title(above)):
            return above + line  # XX局党组 / 2024年度……情况的报告
        if (listed := _last_of_list(entries, k)) is not None:
            return listed
        title = _with_issuer(line, lines[k + 1:])
        if k + 1 < len(lines) and entries[k + 1][1] and lines[k + 1] in ("（全文）", "(全文)"):
            title += lines[k + 1]  # XX县2024年政府工作报告 / （全文）
        if _FULL_TEXT.search(title) and _DOCUMENT_SITE.search(head) is None:
            return title  # 全文来了！……报告, above the document's own heading
        if (headline := _subtitled(entries[k + 1:20], title, text)) is not None:
            return headline  # an e-paper's list of headlines, a browser title
        later = _later_title(lines[k + 1:], title)
        if later is not None and _later_wins(title, later, lines[k + 1:], head, text):
            # (a 名称 field below a column gives way to the headline below it too, and a
            # shared file's name to the document's heading)
            if ((_is_field_value(later, head) or (
                    _DOCUMENT_SITE.search(head) and re.search(r"\.(?:docx?|pdf|wps)$", later)))
                    and later in lines):
                below = _later_title(lines[lines.index(later) + 1:], later)
                if below is not None and not (below.startswith("关于") and later.endswith(below)):
                    return below
            for _ in range(2):
                # (the line that won may give way in turn: 【年度述职】, a column, then a
                # meeting's news, then the report; 2024年工作计划, then XX医院2024年工作计划)
                rest = lines[lines.index(later) + 1:] if later in lines else []
                nxt = _later_title(rest, later)
                if nxt is None or not (_fuller(nxt, later) or (
                        _MEETING_NEWS.search(later) and _later_wins(later, nxt, rest, head, text))):
                    break
                later = nxt
            return later
        return title
    return None


#: A school year and its term (2022—2023学年第二学期)
_SCHOOL_YEAR = re.compile(
    rf"{_YEAR}\s*[—\-－~～至]\s*{_YEAR}学年度?\s*(第[一二]学期|[上下]学期)?")


#: A subtitle naming the document below a themed headline (——XX区2024年工作总结)
_NAMING_SUBTITLE = re.compile(r"——(?!在).{4,30}(?:报告|要点|计划|总结)")


def _typed_title(title: str, lines: list[str]) -> str:
    """``title`` with the subtitle naming its document, where a themed headline has one.

    (凝心聚力谋发展 砥砺奋进谱新篇 / ——XX中学2023年度工作总结: the year and the type are
    the subtitle's.)  ``lines``: the head lines, normalized.
    """
    if not _themed(title) or title not in lines:
        return title
    k = lines.index(title)
    if k + 1 < len(lines) and _NAMING_SUBTITLE.fullmatch(lines[k + 1]):
        return title + lines[k + 1]
    return title


def infer_metadata(
    text: str, *, title: str | None = None, filename: str | None = None
) -> dict[str, Any]:
    r"""Infer title, year, document type and organisation of a report.

    Lines of web-page chrome (share and print buttons, font-size widgets, 来源 / 时间 /
    作者 / 编辑 lines, photo captions, breadcrumbs such as ``网站首页 > 政务公开`` or
    ``信息公开 / 政府工作报告 / 2024``, navigation menus, also with ``·`` between their
    names; a site's column beside its name: ``XX市人民政府网 | 领导讲话``) are skipped; a
    breadcrumb whose last step is the title gives the title; a line that holds
    chrome and the title at once, separated by ``|``, ``_`` or runs of spaces (``首页 >
    政务公开 | XX县2018年政府工作报告 | 打印本页``, ``标题_XX市人民政府``), gives its parts
    that are not chrome (beside ``|`` or ``_``, a site name alone is chrome too).  The title
    is the first other line when it looks like one (short, no final punctuation, title
    wording such as 报告/要点/决议), or the first two when the first names the issuing
    body and the second starts with 关于 (``中共XX局党组`` /
    ``关于2025年度党建工作情况的报告``); a site name above a complete title
    (``XX市人民政府`` / ``2017年XX市政府工作报告``) is not part of it; more head layouts
    (browser titles, e-paper lists, titles broken in two, forum subjects, public
    accounts) are described in README's "Reading corpora".  The title is returned as the
    page writes it (its spaces and full-width marks kept).  The year comes, in this
    order, from the title, a date line near the top (``——2022年3月5日``,
    ``（2023年3月13日…通过）``), the NPC session
    named in the title or text (第十三届全国人民代表大会第三次会议 → 2020), a year at the
    start of a line (``2022年是…``, ``2022年度…``), a year named in the opening lines
    (``现将我局2022年党建工作情况报告如下``), and the file name; a news item whose
    headline is no report title (``市政府召开第42次常务会议``) has that headline as its
    title and, lacking a year, the date of the page.  The document type
    (see :data:`govtext.io.DOC_TYPES`) comes from the title, then from the wording of the opening;
    a news report about a meeting (``我市召开……述责述廉会议``), a speech
    (``在……大会上的讲话``), a digest of a report (``图解……``, ``……解读``) and a notice
    about the genre's work (``关于做好2024年度述责述廉工作的通知``) are ``other``.

    Parameters
    ----------
    text : str
        Document text.
    title : str, optional
        A known title (a table column); otherwise inferred.
    filename : str, optional
        File name, the last resort for the year.

    Returns
    -------
    dict
        ``title``, ``year`` (int or None), ``doc_type``, ``org`` (or None).

    Examples
    --------
    >>> meta = infer_metadata("2022年度市局班子成员述责述廉报告\n\n2022年，在市局党组的带领下……")
    >>> meta["title"], meta["year"], meta["doc_type"]
    ('2022年度市局班子成员述责述廉报告', 2022, 'duty_integrity_report')
    >>> page = "首页 > 政务公开 | XX县2018年政府工作报告 | 打印本页\n各位代表：\n现在……"
    >>> infer_metadata(page)["title"]
    'XX县2018年政府工作报告'
    >>> title = "第十三届全国人民代表大会第三次会议关于政府工作报告的决议"
    >>> infer_metadata("……", title=title)["year"]
    2020
    """
    nt = normalize_with_offsets(text[:3000], join_lines=False)
    entries = _head_lines(text[:3000], nt)
    lines = [line for line, _ in entries[:20]]
    # the text without its chrome lines, for the NPC session and the opening's wording
    head = "\n".join(line for line, _ in entries)
    if title is None:
        title = _infer_title(text, entries, nt)
    norm_title = _typed_title(normalize(title), lines) if title else ""
    year: int | None = None
    if norm_title and (m := re.search(_YEAR + r"年", norm_title)):
        year = int(m.group(1))
    elif norm_title and (m := _SCHOOL_YEAR.search(norm_title)):
        # a school year: its first year, its second for the second term (2022—2023学年第二学期)
        year = int(m.group(2) if m.group(3) in ("第二学期", "下学期") else m.group(1))
    dated: re.Match[str] | None = None  # the date line the year came from
    if year is None:
        # (a date line of the head: a report's signature date below a short text is the
        # date it was handed in)
        top = next((k for k, line in enumerate(lines) if _is_body_line(line)), len(lines))
        for line in lines[:top]:
            if (dated := _DATED_LINE.match(line)) and len(line) < 80:
                year = int(dated.group(1) or dated.group(2))
                break
            dated = None
            if (han := _HAN_DATED_LINE.match(line)) and len(line) < 80:
                year = int(han.group(1).translate(_HAN_DIGITS))  # 一九八六年三月二十日在……
                break
    if year is None:
        year = _npc_year(norm_title) or _npc_year(head[:300])
    if year is None and not re.search("[？?]", norm_title) and (
        "政府工作报告" in norm_title or re.search(r"向大会报告(政府)?工作", head[:800])
    ):
        # (not a question about such a report: a forum thread names the year it asks about)
        year = _gwr_year(entries)
    if year is None:
        for line in lines[:3]:
            if m := re.match(_YEAR + r"年", line):
                year = int(m.group(1))
                break
    if year is None:
        # a year named in the opening lines: 现将我局2022年党建工作情况……报告如下
        # (after the title's last writing: a document site shows it above its fields and
        # again at the top of the document)
        at = next((k + 1 for k, line in reversed(list(enumerate(lines)))
                   if title and (line in (norm_title, title)
                                 or (len(line) >= 6 and norm_title.endswith(line))
                                 or (len(norm_title) >= 6 and line.endswith(norm_title)))), 0)
        # (past a byline, a 点击： label and the salutation: 各位领导、同志们：)
        after = [line for line in lines[at:] if not at or not (
            (line.endswith(("：", ":")) and len(line) <= 16)
            or (len(line) <= 20 and not _SENTENCE_MARK.search(line)))]
        opening = "\n".join(after[:3])[:200]
        # (not a date of appointment: 本人于2022年3月经……任命, nor a page's date)
        named = r"(?<!\d)(?<!于)" + _YEAR + r"年(?!来|以来|前|后|\d{1,2}月\d{1,2}日)"
        if m := re.search(named, opening):
            year = int(m.group(1))
    if year is None and filename and (m := re.search(r"(?<!\d)" + _YEAR + r"(?!\d)", filename)):
        year = int(m.group(1))
    doc_type = "other"
    full_text = _FULL_TEXT.search(norm_title) is not None
    for name, pattern in _DOC_TYPE_RULES:
        if pattern == _DIGEST and full_text:
            continue
        if norm_title and re.search(pattern, norm_title):
            doc_type = name
            break
    else:
        opening = head[:800]
        for name, pattern in _DOC_TYPE_OPENING:
            if re.search(pattern, opening, re.M):
                doc_type = name
                break
    if (m := _PUBLISHED.search(text[:1500])) and (year is None or (
        doc_type == "other" and _MEETING_NEWS.search(norm_title)
        and not re.search(_YEAR, norm_title)
    )):
        # without a year in the text, the date on the page; a news item is of the day it
        # was published (a meeting held in January about last year's figures is of that
        # January); a report of a year published in its first quarter reports on the
        # year before
        year = int(m.group(1))
        if doc_type in _ANNUAL_REPORTS and int(m.group(2) or m.group(3)) <= 3:
            year -= 1
    elif (dated and year is not None and doc_type in _ANNUAL_REPORTS
          and (month := re.search(r"年(\d{1,2})月", dated.group(0)))
          and int(month.group(1)) <= 3 and re.search(rf"(?<!\d){year - 1}年", head[:1500])):
        year -= 1  # a year report dated early in the next year (（2023年1月）), of the year before
    org = None
    if doc_type == "government_work_report" and "国务院" in norm_title:
        org = "国务院"
    elif doc_type == "resolution" and "全国人民代表大会" in norm_title:
        org = "全国人民代表大会"
    return {"title": title, "year": year, "doc_type": doc_type, "org": org}
