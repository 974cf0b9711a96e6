"""Regular expressions shared by several analysers.

Candidates only: each analyser applies its own rules on top (a placeholder candidate
inside 二○○○年 is a year, not a mask).
"""

from __future__ import annotations

import re

__all__ = ["PLACEHOLDER_CANDIDATE_RE"]

#: Runs of mask characters: * ＊, X Ｘ x (Latin), × (multiplication sign used as a mask),
#: ○ 〇 (two or more), □ ■, and 某某 (also 某某某).
PLACEHOLDER_CANDIDATE_RE = re.compile(r"[*＊]+|[XＸ]+|x{2,}|×+|[○〇]{2,}|[□■]+|某{2,}")
