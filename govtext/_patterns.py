"""Regular expressions shared by several analysers.

Candidates only: each analyser applies its own rules on top (a placeholder candidate
inside 二○○○年 is a year, not a mask).
"""

from __future__ import annotations

import re

__all__ = [
    "CHINESE_YEAR_RE",
    "DIGIT_NUMBER_RE",
    "NUMBER_RE",
    "NUMERAL_CHARS",
    "ORDINAL_NUMBER_RE",
    "PLACEHOLDER_CANDIDATE_RE",
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
