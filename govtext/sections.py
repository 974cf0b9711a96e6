"""Sentences and sections of official documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from govtext.normalize import normalize_with_offsets, uses_blank_line_paragraphs

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["segment_sentences", "sentence_spans"]

_TERMINATORS = set("。！？；!?;")
_OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》",
            "【": "】", "[": "]", "〔": "〕", "〈": "〉"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_QUOTE_CLOSERS = set("”’」』")
_MAX_DEPTH = 8


def _is_paragraph_break(norm: str, i: int) -> bool:
    """Whether the line break at ``norm[i]`` starts a blank line."""
    j = i + 1
    n = len(norm)
    while j < n and norm[j] in " \t\u3000":
        j += 1
    return j >= n or norm[j] == "\n"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    r"""Source spans of the sentences of ``text`` (see :func:`segment_sentences`).

    Examples
    --------
    >>> sentence_spans("一是强化学习。二是“严”字当头；\n三是落实")
    [(0, 7), (7, 16), (17, 21)]

    In a text whose paragraphs are separated by blank lines, a single line break does
    not end a sentence:

    >>> sentence_spans("浓度（PM\n2.5\n）下降。\n\n第二段。\n\n第三段。\n\n第四段。")
    [(0, 14), (16, 20), (22, 26), (28, 32)]
    """
    nt = normalize_with_offsets(text)
    norm = nt.text
    # where paragraphs are separated by blank lines, a single line break is a soft wrap
    # (``细颗粒物（PM\n2.5\n）浓度``), not the end of a sentence
    blank_mode = uses_blank_line_paragraphs(norm)
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    n = len(norm)
    i = 0

    def close(end: int) -> None:
        s, e = start, end
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(nt.span_to_source(s, e))

    while i < n:
        ch = norm[i]
        if ch == "\n" and (not blank_mode or _is_paragraph_break(norm, i)):
            close(i)
            stack.clear()  # quotes and brackets never span paragraphs
            start = i + 1
        elif ch in _OPENERS and len(stack) < _MAX_DEPTH:
            # a straight quote cannot be told apart from its closing twin; curly ones can
            stack.append(_OPENERS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch in _CLOSERS and ch in stack:
            while stack and stack.pop() != ch:
                pass
        elif ch in _TERMINATORS:
            if not stack:
                end = i + 1
                while end < n and norm[end] in _TERMINATORS:
                    end += 1
                close(end)
                start = end
                i = end
                continue
            if stack[-1] in _QUOTE_CLOSERS and len(stack) == 1 and i + 1 < n:
                # “……。” ends the sentence at the closing quote
                j = i + 1
                while j < n and norm[j] in _TERMINATORS:
                    j += 1
                if j < n and norm[j] == stack[-1]:
                    stack.pop()
                    close(j + 1)
                    start = j + 1
                    i = j + 1
                    continue
        i += 1
    close(n)
    return spans


def segment_sentences(text: str) -> pd.DataFrame:
    """Split a text into sentences.

    Sentences end at 。！？； (and their ASCII forms) and at paragraph breaks, never
    inside quotation marks or brackets; a closing quotation mark right after the end
    punctuation belongs to the sentence (``……。”``).  A soft line break inside a
    paragraph (in texts that separate paragraphs by blank lines) does not end a
    sentence.  Leading and trailing spaces are not part of a sentence.

    Parameters
    ----------
    text : str
        Source text.

    Returns
    -------
    pandas.DataFrame
        Columns ``sentence``, ``start``, ``end``; ``text[start:end] == sentence``.

    Examples
    --------
    >>> df = segment_sentences("树牢“四个意识”。他说：“要学习。”随后散会！")
    >>> df["sentence"].tolist()
    ['树牢“四个意识”。', '他说：“要学习。”', '随后散会！']
    >>> df[["start", "end"]].values.tolist()
    [[0, 9], [9, 18], [18, 23]]
    """
    import pandas as pd

    spans = sentence_spans(text)
    return pd.DataFrame(
        {
            "sentence": [text[s:e] for s, e in spans],
            "start": pd.Series([s for s, _ in spans], dtype="int64"),
            "end": pd.Series([e for _, e in spans], dtype="int64"),
        }
    )
