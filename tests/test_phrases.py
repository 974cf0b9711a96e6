"""discover_phrases against a plain reference: every substring counted with a Counter."""

from __future__ import annotations

import math
import random
from collections import Counter

import pandas as pd
import pytest

from govtext import Config, discover_phrases, normalize
from govtext._patterns import NUMERAL_CHARS
from govtext._protect import judge_formula

_WORDS = [
    "四个意识",
    "全面从严治党",
    "“三真三实”",
    "三真三实",
    "党风廉政建设",
    "主体责任",
    "的",
    "了",
    "和",
    "推进",
    "落实",
    "工作",
    "会议",
    "十四五",
    "2024年",
    "，",
    "。",
    "、",
    "ABC",
    " ",
    "\n",
    "坚持",
    "“双创一争”",
    "以案四说",
    "第一议题",
]
_CHARS = "党政建设工作会议推进落实责任全面从严治的了是在和与"


def _corpus(seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(rng.randint(1, 12)):
        parts = []
        for _ in range(rng.choice([0, 3, 10, 40, 120])):
            if rng.random() < 0.7:
                parts.append(rng.choice(_WORDS))
            else:
                parts.append("".join(rng.choices(_CHARS, k=rng.randint(1, 4))))
        texts.append("".join(parts))
    return texts


def _is_han(ch: str) -> bool:
    c = ord(ch)
    return (
        0x4E00 <= c <= 0x9FFF
        or 0x3400 <= c <= 0x4DBF
        or 0xF900 <= c <= 0xFAFF
        or 0x20000 <= c <= 0x3134F
    )


def _entropy(contexts: list[str | None]) -> float:
    """Entropy of the contexts; each ``None`` (no Han neighbour) is a symbol of its own."""
    total = len(contexts)
    tally = Counter(c for c in contexts if c is not None)
    alone = contexts.count(None)
    return alone / total * math.log(total) - sum(
        k / total * math.log(k / total) for k in tally.values()
    )


def _reference(
    texts: list[str],
    min_count: int,
    min_n: int,
    max_n: int,
    min_doc_freq: int,
    min_pmi: float,
    min_entropy: float,
) -> dict[str, tuple]:
    """The rows of discover_phrases by counting every run of Han characters."""
    cfg = Config()
    stop = {w for w in cfg.stopword_set if len(w) == 1}
    numerals = set(NUMERAL_CHARS) | set("零〇")
    docs = [normalize(t) for t in texts]
    joined = "\x00".join(docs)
    counts: Counter[str] = Counter()
    where: dict[str, list[tuple[int, int]]] = {}
    for d, doc in enumerate(docs):
        for i in range(len(doc)):
            for n in range(1, max_n + 1):
                gram = doc[i : i + n]
                if len(gram) < n or not _is_han(gram[-1]):
                    break
                counts[gram] += 1
                where.setdefault(gram, []).append((d, i))
    total = sum(1 for ch in joined if _is_han(ch))
    rows = {}
    for gram, count in counts.items():
        n = len(gram)
        if count < min_count or n < min_n:
            continue
        # an n-gram is frequent only if its parts are, which the count of a part implies
        assert all(counts[gram[i:j]] >= count for i in range(n) for j in range(i + 1, n + 1))
        occ = where[gram]
        doc_freq = len({d for d, _ in occ})
        left = [docs[d][i - 1] if i > 0 and _is_han(docs[d][i - 1]) else None for d, i in occ]
        right = [
            docs[d][i + n] if i + n < len(docs[d]) and _is_han(docs[d][i + n]) else None
            for d, i in occ
        ]
        le, re_ = _entropy(left), _entropy(right)
        entry = cfg.slogan_lexicon.get(gram)
        if doc_freq < min_doc_freq or le < min_entropy or re_ < min_entropy:
            continue
        if entry is None and (gram[0] in stop or gram[-1] in stop or gram[-1] in numerals):
            continue
        pmi = min(
            math.log(count)
            + math.log(total)
            - math.log(counts[gram[:i]])
            - math.log(counts[gram[i:]])
            for i in range(1, n)
        )
        if pmi < min_pmi:
            continue
        if entry is not None:
            known = (entry.canonical, "lexicon")
        elif judge_formula(gram) and any(f"{q}{gram}" in joined for q in '“"「'):
            known = (gram, "pattern")
        else:
            known = (None, None)
        score = pmi * min(le, re_) * math.log(count)
        rows[gram] = (n, count, doc_freq, pmi, le, re_, score, *known)
    return rows


@pytest.mark.parametrize("batch", [5, 64, None])
@pytest.mark.parametrize("seed", range(6))
def test_discover_phrases_equals_plain_counting(
    seed: int, batch: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if batch is not None:  # batches far smaller than a document: documents split across them
        monkeypatch.setattr("govtext.phrases._BATCH", batch)
    texts = _corpus(seed)
    for params in (
        {
            "min_count": 2,
            "min_n": 2,
            "max_n": 7,
            "min_doc_freq": 1,
            "min_pmi": -50.0,
            "min_entropy": 0.0,
        },
        {
            "min_count": 3,
            "min_n": 3,
            "max_n": 8,
            "min_doc_freq": 2,
            "min_pmi": 1.0,
            "min_entropy": 0.5,
        },
    ):
        found = discover_phrases(pd.DataFrame({"text": texts}), **params)
        expected = _reference(texts, **params)
        assert set(found["phrase"]) == set(expected)
        for row in found.itertuples(index=False):
            n, count, doc_freq, pmi, le, re_, score, slogan, source = expected[row.phrase]
            assert (row.n, row.count, row.doc_freq) == (n, count, doc_freq), row.phrase
            assert row.pmi == pytest.approx(pmi, abs=1e-9)
            assert row.left_entropy == pytest.approx(le, abs=1e-9)
            assert row.right_entropy == pytest.approx(re_, abs=1e-9)
            assert row.score == pytest.approx(score, abs=1e-9)
            assert (row.slogan, row.source) == (slogan, source) or (
                pd.isna(row.slogan) and slogan is None and pd.isna(row.source) and source is None
            )
        keys = list(zip((-found["score"]).tolist(), found["phrase"].tolist(), strict=True))
        assert keys == sorted(keys)
