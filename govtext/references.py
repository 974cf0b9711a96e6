r"""References: document numbers (发文字号) and the titles of cited documents.

:func:`extract_references` returns one row per reference of a text: every document
number written in it and every title in book-title marks (《…》), with the number that
follows a title where there is one.

Rules
-----
doc_number
    An issuing organ's code, a year in brackets, a serial and 号: ``国发〔2023〕1号``,
    ``中办发〔2019〕X号``, ``京政发[2024]12号``, ``国办函（2021）**号``,
    ``某纪发【2023】××号``, ``国发〔2022〕第9号``.  The brackets are 〔〕, [], ［］, （）,
    () or 【】; the year is four digits from 1949 (``20XX`` is a masked year); the serial is
    digits or a mask (``X``, ``XX``, ``x``, ``*``, ``**``, ``×``, ``○``, ``□``), optionally
    after 第.
    The organ code (``organ_code``) is the run of Han characters (or masks) of 2 to 10
    characters right before the bracket, cut after the last word that cannot belong to
    a code (根据, 按照, 依据, 依照, 参照, 对照, 落实, 贯彻, 执行, 印发, 转发, 关于, 即, 见,
    的, 和, 及, 与, 或 …; see ``_LEAD_RE``).  ``organ`` is the code without its last
    character when that is a document-type letter (发, 函, 字, 电, 令, 复): 国发 → 国,
    中办发 → 中办, 国办函 → 国办.  ``serial`` is an int, None when masked; ``masked``
    says whether the serial, the year or the code is masked.  Numbers without a year
    (国务院令第708号) and court case numbers (（2020）京01民初1号) are not document numbers.
citation
    A title in 《》 (nested titles in 〈〉 stay inside it).  When a document number
    follows right after the title, in parentheses (``《…的通知》（国发〔2023〕5号）``) or
    not, the row carries it (``doc_number``, and its ``organ``, ``organ_code``, ``year``,
    ``serial`` and ``masked``); the number also has a row of its own.  ``doc_kind`` is
    read from the title's ending, after a trailing annotation in parentheses
    (（草案）, （试行）, （2021—2035年）) is set aside: 意见 (also 实施意见, 指导意见),
    通知, 通报, 决定, 决议, 纲要, 规划, 条例, 办法, 规定, 细则, 准则, 规则, 章程, 方案,
    计划, 要点, 报告, 讲话, 建议, 批复, 公报, 纪要, 责任书, 承诺书, 手册, 法 (a law:
    …法), 协定, 条约, 公约 …; 党章 is a 章程
    (``DOC_KINDS``); else ``other``.
not a policy document
    A title that names a newspaper (ending in 日报, 晚报, 时报, 周报 …: ``newspaper``), a
    periodical (求是, 半月谈, 红旗文稿, 人民论坛 …: ``periodical``) or a book (…文选,
    …选集, …文集, …著作选读, …论述摘编, …读本, 习近平谈治国理政: ``book``) keeps its row,
    with that
    ``doc_kind`` and ``policy_document`` False; every other citation has
    ``policy_document`` True.

Spans
-----
References are found in the normalized text (full-width digits and brackets folded,
spaces inside Chinese text removed) and mapped back: ``text[start:end]`` is the
reference as written in the source, and the ``text`` column holds it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from govtext._util import HAN
from govtext.normalization import NormalizedText, normalize_with_offsets

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "DOC_KINDS",
    "REFERENCE_COLUMNS",
    "Reference",
    "extract_references",
    "find_references",
    "reference_frame",
]

#: Columns of :func:`extract_references`.
REFERENCE_COLUMNS = (
    "kind", "text", "title", "doc_kind", "policy_document", "doc_number", "organ",
    "organ_code", "year", "serial", "masked", "start", "end",
)

#: Title endings and the ``doc_kind`` they give (longest ending first).
DOC_KINDS: tuple[tuple[str, str], ...] = (
    ("实施意见", "意见"), ("指导意见", "意见"), ("意见", "意见"),
    ("通知", "通知"), ("通报", "通报"), ("决定", "决定"), ("决议", "决议"),
    ("规划纲要", "纲要"), ("纲要", "纲要"), ("规划", "规划"), ("条例", "条例"),
    ("实施办法", "办法"), ("办法", "办法"), ("规定", "规定"), ("实施细则", "细则"),
    ("细则", "细则"), ("准则", "准则"), ("规则", "规则"), ("章程", "章程"),
    ("方案", "方案"), ("计划", "计划"), ("要点", "要点"), ("报告", "报告"),
    ("讲话", "讲话"), ("建议", "建议"), ("批复", "批复"), ("公报", "公报"),
    ("纪要", "纪要"), ("公告", "公告"), ("通告", "通告"), ("指引", "指引"),
    ("指南", "指南"), ("清单", "清单"), ("白皮书", "白皮书"), ("声明", "声明"),
    ("宣言", "宣言"), ("协定", "协定"), ("协议", "协议"), ("条约", "条约"),
    ("公约", "公约"), ("守则", "守则"), ("标准", "标准"), ("党章", "章程"),
    ("责任书", "责任书"), ("承诺书", "承诺书"), ("倡议书", "倡议书"), ("手册", "手册"),
    ("法", "法"),
)
_NOT_LAW = ("方法", "做法", "想法", "看法", "说法", "书法", "语法", "手法", "用法", "兵法")
_NEWSPAPER_RE = re.compile(r"(?:日报|晚报|时报|周报|晨报|商报|青年报|法制报|新闻报|参考消息)$")
_PERIODICALS = frozenset(
    ("求是", "半月谈", "红旗文稿", "人民论坛", "瞭望", "紫光阁", "新华文摘", "党建", "共产党员")
)
_BOOK_RE = re.compile(
    r"(?:文选|选集|文集|全集|著作选读|选读|论述摘编|摘编|读本|语录|文库|^习近平谈治国理政)"
    r"(?:第.{1,3}卷)?$"
)
_ANNOTATION_RE = re.compile(r"[（(][^（）()]{1,20}[）)]$")

_MASK = "Xx*×○〇□"
_CODE_CHARS = f"[{HAN}{_MASK}]"
_DOC_NUMBER_RE = re.compile(
    rf"(?P<code>{_CODE_CHARS}{{2,10}})\s*"
    r"[〔\[（(【]\s*(?P<year>1949|19[5-9]\d|20\d\d|20[Xx*×]{2})\s*[〕\]）)】]\s*"
    rf"第?\s*(?P<serial>\d{{1,5}}|[{_MASK}]{{1,4}})\s*号"
)
# the organ code starts after the last of these (words no code contains)
_LEAD_RE = re.compile(
    "根据|按照|依据|依照|参照|对照|遵照|落实|贯彻|执行|印发|转发|下发|关于|要求|精神|文件|通知|"
    "和|及|与|或|的|即|见|以|了|是|在|将|把|对|由|向|为|从|号|年|月|日"
)
_TYPE_LETTERS = "发函字电令复"
_TITLE_RE = re.compile(r"《(?P<title>[^《》\n]{1,150})》")
# a number right after a title: in parentheses, or directly
_AFTER_TITLE_RE = re.compile(r"\s*[（(]?\s*$")


class Reference(NamedTuple):
    """One reference (source offsets)."""

    kind: str
    text: str
    title: str
    doc_kind: str
    policy_document: bool | None
    doc_number: str
    organ: str
    organ_code: str
    year: int | None
    serial: int | None
    masked: bool
    start: int
    end: int


class _Number(NamedTuple):
    start: int  # normalized offsets
    end: int
    code: str
    year: int | None
    serial: int | None
    masked: bool


def _numbers(norm: str) -> list[_Number]:
    out: list[_Number] = []
    for m in _DOC_NUMBER_RE.finditer(norm):
        # the leftmost match takes the longest code (up to 10 characters); the code
        # starts after the last word no code contains
        code = m.group("code")
        lead_end = 0
        for lead in _LEAD_RE.finditer(code):
            lead_end = lead.end()
        code = code[lead_end:]
        code_start = m.start("code") + lead_end
        if len(code) < 2:
            continue
        year_s, serial_s = m.group("year"), m.group("serial")
        year = int(year_s) if year_s.isdigit() else None
        serial = int(serial_s) if serial_s.isdigit() else None
        masked = year is None or serial is None or any(c in _MASK for c in code)
        out.append(_Number(code_start, m.end(), code, year, serial, masked))
    return out


def _organ(code: str) -> str:
    return code[:-1] if len(code) > 1 and code[-1] in _TYPE_LETTERS else code


def _doc_kind(title: str) -> tuple[str, bool]:
    """``doc_kind`` and ``policy_document`` of a title (without its 《》)."""
    core = title.strip()
    while True:
        stripped = _ANNOTATION_RE.sub("", core).strip()
        if stripped == core or not stripped:
            break
        core = stripped
    if _NEWSPAPER_RE.search(core):
        return "newspaper", False
    if core in _PERIODICALS:
        return "periodical", False
    if _BOOK_RE.search(core):
        return "book", False
    for ending, kind in DOC_KINDS:
        if core.endswith(ending):
            if kind == "法" and core.endswith(_NOT_LAW):
                continue
            return kind, True
    return "other", True


def find_references(text: str, *, normalized: NormalizedText | None = None) -> list[Reference]:
    r"""The references of ``text`` as :class:`Reference` rows, in text order.

    Parameters
    ----------
    text : str
        The source text.
    normalized : NormalizedText, optional
        Its normalization, when already computed (a :class:`~govtext.Document` passes
        its own).

    Returns
    -------
    list of Reference

    Examples
    --------
    >>> [r.text for r in find_references("按照国发〔2023〕1号要求")]
    ['国发〔2023〕1号']
    """
    nt = normalized if normalized is not None else normalize_with_offsets(text)
    norm = nt.text
    numbers = _numbers(norm)
    by_start = {n.start: n for n in numbers}
    rows: list[tuple[int, Reference]] = []

    def source(start: int, end: int) -> tuple[int, int]:
        return nt.span_to_source(start, end)

    for n in numbers:
        s, e = source(n.start, n.end)
        rows.append((n.start, Reference(
            "doc_number", text[s:e], "", "", None, text[s:e], _organ(n.code), n.code, n.year,
            n.serial, n.masked, s, e,
        )))
    for m in _TITLE_RE.finditer(norm):
        title_s, title_e = source(m.start("title"), m.end("title"))
        kind, policy = _doc_kind(m.group("title"))
        number: _Number | None = None
        after = m.end()
        # the number must start within the parenthesis (or right after the title)
        for pos in range(after, min(len(norm), after + 4) + 1):
            candidate = by_start.get(pos)
            if candidate is not None and _AFTER_TITLE_RE.fullmatch(norm[after:pos]):
                number = candidate
                break
        s, e = source(m.start(), m.end())
        if number is None:
            rows.append((m.start(), Reference(
                "citation", text[s:e], text[title_s:title_e], kind, policy, "", "", "", None,
                None, False, s, e,
            )))
            continue
        ns, ne = source(number.start, number.end)
        rows.append((m.start(), Reference(
            "citation", text[s:e], text[title_s:title_e], kind, policy, text[ns:ne],
            _organ(number.code), number.code, number.year, number.serial, number.masked, s, e,
        )))
    rows.sort(key=lambda r: (r[0], r[1].kind))
    return [r for _, r in rows]


def reference_frame(rows: list[Reference]) -> pd.DataFrame:
    """The table of :func:`extract_references` from :class:`Reference` rows.

    Examples
    --------
    >>> reference_frame(find_references("国发〔2023〕1号"))["serial"].tolist()
    [1]
    """
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(REFERENCE_COLUMNS))
    out: pd.DataFrame = frame.astype({
        "year": "Int64", "serial": "Int64", "masked": "bool", "policy_document": "boolean",
        "start": "int64", "end": "int64",
    })
    return out


def extract_references(text: str, *, normalized: NormalizedText | None = None) -> pd.DataFrame:
    r"""Document numbers (发文字号) and cited titles of one text, one row per reference.

    Parameters
    ----------
    text : str
        The source text.
    normalized : NormalizedText, optional
        Its normalization, when already computed.

    Returns
    -------
    pandas.DataFrame
        ``kind`` (``doc_number`` or ``citation``), ``text`` (the reference as written:
        ``text[start:end]``), ``title`` (a citation's title without 《》), ``doc_kind``
        and ``policy_document`` (citations), ``doc_number`` (the number as written; for
        a citation, the number that follows it), ``organ``, ``organ_code``, ``year``,
        ``serial`` (None when masked), ``masked``, ``start``, ``end``.  The rules are
        those of the module documentation (:mod:`govtext.references`).

    Examples
    --------
    >>> t = "贯彻《关于加强机关党建的意见》（中办发〔2019〕X号）和京政发[2024]12号。"
    >>> df = extract_references(t)
    >>> df[["kind", "organ", "organ_code", "year", "serial"]].values.tolist()[1:]
    [['doc_number', '中办', '中办发', 2019, <NA>], ['doc_number', '京政', '京政发', 2024, 12]]
    >>> df.loc[0, "doc_kind"], df.loc[0, "doc_number"]
    ('意见', '中办发〔2019〕X号')
    >>> extract_references("在《人民日报》发表")[["doc_kind", "policy_document"]].values.tolist()
    [['newspaper', False]]
    """
    return reference_frame(find_references(text, normalized=normalized))
