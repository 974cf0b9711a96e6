"""Regular expressions shared by several analysers.

Candidates only: each analyser applies its own rules on top (a placeholder candidate
inside 二○○○年 is a year, not a mask).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "CHINESE_YEAR_RE",
    "DIGIT_NUMBER_RE",
    "NUMBER_RE",
    "NUMERAL_CHARS",
    "ORDINAL_NUMBER_RE",
    "PAGE_CHROME_RE",
    "PLACEHOLDER_CANDIDATE_RE",
    "RELATED_TRAILER_RE",
    "chrome_spans",
    "drop_chrome_rows",
    "has_page_chrome",
    "is_page_chrome",
]

#: Runs of mask characters: * ＊, X Ｘ x (Latin), × (multiplication sign used as a mask),
#: ○ 〇 (two or more), □ ■, and 某某 (also 某某某).
PLACEHOLDER_CANDIDATE_RE = re.compile(r"[*＊]+|[XＸ]+|x{2,}|×+|[○〇]{2,}|[□■]+|某{2,}")

#: Chinese numerals that open numeric formulations (四个意识, 双创一争, 两学一做).
NUMERAL_CHARS = "一二两三四五六七八九十百千万双单"

# Units that follow a number and belong to it (longest first, so 小时 wins over 时).
_NUMBER_UNITS = sorted(
    [
        "年度", "年代", "世纪", "年", "月份", "月", "日", "号", "时", "分钟", "分", "秒",
        "周年", "周岁", "岁", "小时", "天", "周", "季度", "个月", "亿元", "万元",
        "元", "人次", "人", "名", "个", "项", "次", "件", "家", "所",
        "户", "条", "篇", "期", "场", "公里", "千米", "平方公里", "平方米", "立方米",
        "米", "吨", "亩", "公顷", "千瓦时", "千瓦", "瓦", "度", "倍", "届",
        "批", "份", "部", "台", "辆", "座", "处", "位", "本", "册",
        "类", "种", "点", "余", "多", "万", "亿", "千", "百", "个百分点",
        "百分点", "kg", "km",
    ],
    key=lambda u: (-len(u), u),
)

_UNITS = "(?:" + "|".join(_NUMBER_UNITS) + ")"
_D = "[0-9０-９]"
_DS = "[0-9０-９]*(?![0-9０-９])"  # a maximal run of digits
# the parts of a number after its first Arabic digit
_DIGIT_REST = (
    # 1+5+*, 1＋N: numeric formulas with masked or symbolic members
    f"{_DS}(?:[+＋](?:{_D}{_DS}|[*＊Xx×]+|N))+"
    "|"
    # 3.5万, 1,234, 95%, 2021-2025年, 60余人次
    f"{_DS}(?:[.．,]{_D}{_DS})*(?:[-—–~～至到]{_D}{_DS}(?:[.．]{_D}{_DS})?)?"
    f"(?:[%％‰]|{_UNITS}+)?"
)

#: A number written with Arabic digits, with its unit; the expression starts with a
#: character class so that the regular expression engine can skip ahead quickly.
DIGIT_NUMBER_RE = re.compile(
    f"{_D}(?<![A-Za-z0-9０-９.．]{_D})(?:{_DIGIT_REST})(?![A-Za-z]|[.．,][0-9０-９])"
)
#: Ordinals: 第3批, 第一季度.
ORDINAL_NUMBER_RE = re.compile(f"第(?:{_D}+{_UNITS}?|[一二三四五六七八九十]+季度)(?![A-Za-z])")
#: Years in Chinese numerals: 二○○○年, 一九九八年.
CHINESE_YEAR_RE = re.compile("[〇○零一二三四五六七八九][〇○零一二三四五六七八九]{3}年")

#: Numbers with their unit or year, on normalized or raw text: 2022年, 95%, 3.5万, 60余人次,
#: 2021-2025年, 1+5+*, 二○○○年, 第一季度, 第3批.  Bare digits count too (1004).
NUMBER_RE = re.compile(
    f"{DIGIT_NUMBER_RE.pattern}|{ORDINAL_NUMBER_RE.pattern}|{CHINESE_YEAR_RE.pattern}"
)

# --- page chrome of reports copied from web pages ------------------------------------
_BUTTONS = (
    "下载|打印|全屏|收藏|分享到|分享|关闭窗口|关闭|打印本页|打印此页|返回顶部|返回列表|返回|"
    "字号|字体|加大|还原|减小|放大|缩小|默认|扫一扫|微信|微博|QQ空间|QQ|朋友圈|复制链接|"
    "我要纠错|纠错|保存|本页|设为首页|收藏本站|加入收藏|自动登录|找回密码|立即注册|登录|注册|大|中|小"
)
_SEP = r"[\s|｜/【】\[\]()（）：:·•,，、>＞]"
#: The labels of the fields of a document-sharing site, a column or an archived page
#: (上传者：…  页数：…  栏目：…  归档日期：…), chrome with their values
SITE_FIELD_LABELS = (
    "上传者|上传时间|上传日期|贡献者|分享者|页数|格式|下载券|文档大小|评分|文档简介|内容简介|"
    "所属栏目|栏目|所属专题|专题|标签|归档日期|原发布日期|原发布单位|星级|关键字"
)
_META = (
    "信息来源|文章来源|稿件来源|来源|稿源|发布时间|发布日期|更新时间|时间|日期|作者|"
    "责任编辑|编辑|编审|审核|审校|校对|浏览次数|点击数|阅读数|阅读量|访问量|浏览量|点击量|浏览|"
    f"字号|字体|{SITE_FIELD_LABELS}"
)
# a name in a caption, masked or not (王五, XXX, 某某)
_NAME = "[\u4e00-\u9fff·XＸ×*＊]"
_BUTTONS_RE = re.compile(rf"{_SEP}*(?:(?:{_BUTTONS}){_SEP}*)+")
_BUTTON_WORD_RE = re.compile(
    r"下载|打印|全屏|收藏|分享|关闭|字号|字体|返回|扫一扫|纠错|复制链接|设为首页|登录|注册|找回密码"
)
_CHROME_PARTS = (
    # 来源：……日报  时间：2026-02-02  作者：……  责任编辑：……
    rf"【?(?:{_META})\s*[：:].{{0,100}}"
    # photo captions: ……作政府工作报告。本报记者 王五 摄
    rf"|.{{0,150}}?(?:记者|通讯员|摄影|供图)\s*{_NAME}{{2,12}}(?:[\s、]+{_NAME}{{2,4}})*"
    r"\s*摄[）)]?"
    rf"|.{{0,150}}?[\s（(]{_NAME}{{2,4}}\s*摄[）)]?"
    # navigation: 当前位置：首页 > 要闻, 首页 > 政务公开
    r"|(?:[您你]?(?:当前|现在)?所在的?位置|当前的?位置|[您你](?:当前|现在)?的位置|位置)[：:].{0,100}"
    r"|首页\s*[>＞›»/|｜].{0,100}"
    # a menu item on a line of its own: 首页 / 政务公开 / 新闻中心
    r"|(?:网站首页|首页|政务公开|信息公开|新闻中心|新闻动态|政务服务|互动交流|通知公告|政策文件"
    r"|机构概况|要闻动态|工作动态"
    # and the menu of a 信息公开 site: 信息公开指南 / 信息公开目录 / 信息公开年度报告
    r"|(?:政府)?信息公开(?:指南|目录|制度|年报|(?:工作)?年度报告)|依申请公开|法定主动公开内容)"
    # a date and time that open a 来源 / 作者 line: 2026-01-21 15:40  来源：……
    r"|(?:19|20)\d\d[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?"
    rf"(?:{_META})\s*[：:].{{0,100}}"
    r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
    # the site's name: XX市人民政府门户网站
    r"|.{2,24}(?:门户网站|政府网站|人民政府网)"
    r"|扫一扫.{0,12}|(?:在)?手机上?(?:打开|查看|浏览|阅读).{0,8}|打开微信.{0,20}"
    # newspaper pages: XX日报数字报, 2026年01月20日 第01版：要闻
    r"|.{0,20}(?:数字报|电子报|数字版|电子版)"
    r"|(?:\d{4}年\d{1,2}月\d{1,2}日\s*)?第\s*[0-9A-Z]{1,3}\s*版\s*[：:].{0,30}"
    # footers
    r"|.{0,60}(?:版权所有|网站地图|联系我们|ICP备|公网安备|主办单位|承办单位|技术支持).{0,80}"
)
#: A whole line of web-page chrome other than buttons (来源 / 时间 / 作者 / 编辑 lines,
#: photo captions, navigation, footers).
PAGE_CHROME_RE = re.compile(f"(?:{_CHROME_PARTS})")
#: A line that opens the related-links trailer of a web page (相关报道：, 上一篇：).
RELATED_TRAILER_RE = re.compile(
    r"^[【\[]?(?:相关报道|相关新闻|相关阅读|相关文章|相关链接|延伸阅读|推荐阅读|热点推荐|"
    r"上一篇|下一篇|上一条|下一条)[】\]]?(?:[：:]|$)"
)


def is_page_chrome(line: str) -> bool:
    """Whether a line is web-page chrome rather than text of the document.

    Share and print buttons and font-size widgets (下载 / 打印 / 【字号：加大 还原 减小】 /
    分享到：), 来源 / 时间 / 作者 / 编辑 / 责任编辑 lines, photo captions (……本报记者 王五
    摄), navigation (首页 > 要闻), footers (版权所有) and the lines that open a
    related-links trailer (相关报道：).

    Examples
    --------
    >>> [is_page_chrome(s) for s in ["下载 打印 全屏 收藏", "【字号：加大 还原 减小】",
    ...  "来源：XX日报  时间：2026-02-02", "大会现场。本报记者 王五 摄", "2026年政府工作报告"]]
    [True, True, True, True, False]
    """
    t = line.strip()
    if not t or len(t) > 200:
        return False
    if _BUTTONS_RE.fullmatch(t):
        return _BUTTON_WORD_RE.search(t) is not None  # not 大 中 小 alone
    return PAGE_CHROME_RE.fullmatch(t) is not None or RELATED_TRAILER_RE.match(t) is not None


def has_page_chrome(text: str, *, head: int = 10, tail: int = 15) -> bool:
    r"""Whether one of the first ``head`` or last ``tail`` non-blank lines is page chrome.

    A quick test before the parts of a text are read (see :func:`is_page_chrome`).

    Examples
    --------
    >>> has_page_chrome("下载 打印\n政府工作报告\n各位代表：")
    True
    >>> has_page_chrome("一、总体要求\n坚持学习。")
    False
    """
    lines = [line for line in text[:4000].split("\n") if line.strip()][:head]
    lines += [line for line in text[-4000:].split("\n") if line.strip()][-tail:]
    return any(is_page_chrome(line) for line in lines)


#: The parts of a sections table that are page chrome.
CHROME_PARTS = ("header", "trailer")


def chrome_spans(sections: Any) -> list[tuple[int, int]]:
    r"""Source spans of the page chrome in a table of :func:`govtext.segment_sections`.

    The header and trailer parts (level 0 rows whose ``part`` is ``header`` or
    ``trailer``), in document order.

    Examples
    --------
    >>> from govtext.sections import segment_sections
    >>> text = "下载 打印 全屏\n政府工作报告\n一、工作回顾\n做了很多。\n相关报道：\n开幕"
    >>> [text[s:e].strip() for s, e in chrome_spans(segment_sections(text))]
    ['下载 打印 全屏', '相关报道：\n开幕']
    """
    if not len(sections) or "part" not in sections.columns:
        return []
    level = sections["level"]
    if level.dtype.kind != "i":  # nullable or float levels: the table's own comparison
        rows = sections[(level == 0) & sections["part"].isin(CHROME_PARTS)]
        return list(zip(rows["start"].tolist(), rows["end"].tolist(), strict=True))
    # the columns as lists (boolean indexing of a small table costs more than the rows)
    return [
        (s, e)
        for lv, part, s, e in zip(
            level.tolist(), sections["part"].tolist(), sections["start"].tolist(),
            sections["end"].tolist(), strict=True,
        )
        if lv == 0 and part in CHROME_PARTS
    ]


def drop_chrome_rows(frame: Any, spans: list[tuple[int, int]]) -> Any:
    """The rows of a table (a ``start`` column) that start outside ``spans``."""
    if not spans or not len(frame):
        return frame
    starts = frame["start"].to_numpy()
    keep = starts == starts  # all True
    for s, e in spans:
        keep &= (starts < s) | (starts >= e)
    return frame[keep].reset_index(drop=True)


#: Words that state a shortcoming: the one vocabulary of problem statements, in three
#: parts.  The shared words serve both readers.  A problems passage (:mod:`govtext.sections`)
#: is also marked by the words of structures (不健全, 不完善, 失误, 浪费 ...); a statement
#: inside a known problems passage (:mod:`govtext.issues`) is also told from a framing
#: sentence by weaker words (上升, 没有, 两张皮 ...).  Each part was chosen on the
#: development sets of its reader: the structure words give false statements in the
#: State Council reports, the weak ones false passages.
DEFICIENCY_SHARED: tuple[str, ...] = (
    "不够", "不足", "不强", "不到位", "不严", "不实", "不高", "不力", "不稳",
    "不牢", "不全", "不满意", "不作为", "乱作为", "差距", "欠缺", "缺乏", "缺少",
    "薄弱", "短板", "有待", "尚需", "尚未", "仍然", "依然", "仍有", "还有",
    "存在", "问题", "乏力", "困难", "压力", "风险", "矛盾", "漏洞", "滞后",
    "粗放", "严峻", "艰巨", "时有发生", "多发", "加剧", "放缓", "过多", "偏低",
    "偏高", "未能", "隐患", "障碍", "严重", "突出", "较多", "较大", "懒政",
    "怠政", "腐败", "事故", "紧张", "难以", "艰难", "不容忽视",
)
DEFICIENCY_OF_PASSAGES: tuple[str, ...] = (
    "不健全", "不完善", "不合理", "不平衡", "不协调", "不适应", "不规范", "失误",
    "缺点", "错误", "浪费",
)
DEFICIENCY_OF_STATEMENTS: tuple[str, ...] = (
    "不细", "不深", "不紧", "不广", "不大", "不多", "不善", "不担当", "为官不为",
    "尚不", "仍是", "仍在", "仍处", "还存在", "淡化", "放松", "松懈", "弱化",
    "单一", "两张皮", "繁重", "任重道远", "上升", "下降", "减弱", "减慢", "过频",
    "没有", "波动", "震荡",
)
#: A word of shortcoming that marks a problems passage.
DEFICIENCY_RE = re.compile("|".join(DEFICIENCY_SHARED + DEFICIENCY_OF_PASSAGES))
#: A word of shortcoming that makes a sentence of a problems passage a statement.
DEFICIENCY_STATEMENT_RE = re.compile("|".join(DEFICIENCY_SHARED + DEFICIENCY_OF_STATEMENTS))
