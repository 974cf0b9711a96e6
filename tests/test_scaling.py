"""The analysers take linear time on the inputs that used to take quadratic time.

Each fast routine gives what a plain reference gives (the code it replaced, or a loop
over everything), and its work grows in proportion to its input: the lines of govtext
executed for an input twice as long are counted in this one process and compared as a
ratio (about 2 when linear, about 4 when quadratic), never a wall-clock time.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import sections
from govtext.commitments import _NumberMasks, extract_commitments
from govtext.lexicon import load_lexicon
from govtext.normalization import normalize_with_offsets
from govtext.placeholders import (
    _CONTEXT,
    PLACEHOLDER_CANDIDATE_RE,
    Placeholder,
    _classify,
    _is_false_alarm,
    _lexicon_fill,
    _lexicon_tails,
    find_placeholders,
)
from govtext.sections import (
    _FORWARD_RESOLVE_RE,
    _PLAN_SENT_RE,
    _PLAN_YEAR_RE,
    _heading_kinds,
    _is_resolution,
    _logical_paragraphs,
    _Para,
    _passage_pieces,
    _problem_turn_at,
    _Row,
    _section_ends,
    _sentences,
    _units,
    segment_sections,
)

GOVTEXT_DIR = str(Path(sections.__file__).resolve().parent)

# ---------------------------------------------------------------------------------------
# generated inputs (no corpus text)
# ---------------------------------------------------------------------------------------


def masked_plan(n: int) -> str:
    """A plan of ``n`` characters made of masked quantities (``**次``)."""
    unit = "全年要召开会议" + "**次" * 30 + "。"
    return ("二、下步打算\n" + unit * (n // len(unit) + 1))[:n]


def repeated_markers(n: int) -> str:
    """``n`` lines: a numbered heading, a turn to problems and an item, repeated."""
    lines = ["一、存在的问题", "但仍存在一些问题和不足。", "一是学习不够。"]
    return "\n".join(lines[i % 3] for i in range(n))


def dense_masks(n: int) -> str:
    """``n`` characters of masks of every kind."""
    unit = "召开会议**次，XX局党组，XXX同志讲话，**情防控，某某单位，第X届；"
    return (unit * (n // len(unit) + 1))[:n]


_HEADINGS = [
    "一、过去一年工作回顾", "二、存在的问题", "三、下步打算", "（一）加强理论学习",
    "（二）存在的不足", "二、存在的问题和下一步打算", "一、去年工作回顾和今年的基本方针",
    "四、2024年工作安排", "（三）主要原因",
]
_SENTENCES = [
    "一年来，我们认真完成了各项任务。", "全年共召开会议**次，整改问题XX个。",
    "但也要清醒看到，工作中还存在一些问题和不足。", "同时我们也清醒地认识到，仍有不少困难和挑战。",
    "一是理论学习不够深入。", "二是工作作风不够扎实。", "三是创新意识不强。",
    "究其原因，主要是思想认识不到位。", "这些问题的产生，有主观原因也有客观原因。",
    "下一步，我们将进一步加强学习。", "今后，要坚持问题导向，抓好整改落实。",
    "2024年，我们将重点做好以下工作。", "我们一定要恪尽职守，决不辜负人民重托！",
    "各位代表！", "必须坚持党的全面领导。", "当前面临的机遇和挑战并存。",
    "这些问题，我们将认真加以解决。", "——落实不到位，存在短板和差距。",
    "首先，要提高认识；其次，要完善制度。", "一方面加强学习，另一方面狠抓落实。",
    "取得了显著成效", "存在的主要问题：",
]


def random_report(rng: random.Random, n_paragraphs: int) -> str:
    """A report of shuffled headings and sentences (one to three to a paragraph)."""
    paras = []
    for _ in range(n_paragraphs):
        if rng.random() < 0.25:
            paras.append(rng.choice(_HEADINGS))
        else:
            paras.append("".join(rng.choice(_SENTENCES) for _ in range(rng.randint(1, 3))))
    sep = rng.choice(["\n", "\n\n"])
    return rng.choice(["", "关于2023年工作情况的报告\n", "2024年工作要点\n"]) + sep.join(paras)


def count_lines(func: Callable[[str], Any], text: str) -> int:
    """Lines of govtext executed by ``func(text)`` (a count of work, not a time)."""
    n = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal n
        if event == "line":
            n += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(GOVTEXT_DIR) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        func(text)
    finally:
        sys.settrace(previous)
    return n


# the code ``_problem_passages`` replaced, kept as the reference


def reference_problem_passages(
    rows: list[_Row], paras: list[_Para], norm: str, body: _Row | None
) -> None:
    """The loop ``_problem_passages`` was before it was made near-linear (same results).

    Find unheaded problems passages and the causes and plans that follow them.

    They are looked for in review sections, in the introduction of plans sections and
    in headless bodies.
    """
    if body is None:
        return
    headed = [r for r in rows if r.level > 0]
    head_paras = {r.para for r in headed}
    head_starts = sorted(r.start for r in headed)
    lo = next((j for j, p in enumerate(paras) if p.start >= body.start), len(paras))
    hi = next((j for j, p in enumerate(paras) if p.start >= body.end), len(paras))
    lps = _logical_paragraphs(paras, lo, hi, head_paras)
    structural = [r for r in rows if not r.inline]
    done: set[int] = set()
    new_rows: list[_Row] = []
    k = 0
    while k < len(lps):
        ps0, pe0 = lps[k]
        chain = [i for i, r in enumerate(rows)
                 if not r.inline and r.start <= ps0 < r.end and (r.level > 0 or r is body)]
        chain.sort(key=lambda i: rows[i].level)
        deepest = chain[-1]
        owner = -1
        strong = False
        for i in reversed(chain):
            r = rows[i]
            if r.level > 0 and r.kind == "review" and (
                r.kind_source in ("heading", "year", "turn")
                or (r.kind_source in ("content", "tense") and r.level == 1)
            ):
                owner = i
                break
            if r.level == 1 and r.kind == "plans" \
                    and r.kind_source in ("heading", "year", "content", "tense", "document") \
                    and i == deepest:
                owner, strong = i, True  # the situation in the introduction of a plan
                break
            if r.level > 0 and r.kind == "mixed" and i == deepest \
                    and _heading_kinds(r.heading)[:2] == ["review", "plans"]:
                owner = i  # 去年工作回顾和今年的基本方针, not split: its review part
                break
            if r.level == 0 and not headed:
                owner = i
                break
        if owner < 0 or owner in done:
            k += 1
            continue
        sents = _sentences(norm, ps0, pe0)
        at = _problem_turn_at(norm, sents, strong) if sents else None
        if at is None:
            if rows[owner].kind == "review" and _PLAN_SENT_RE.match(norm[ps0:ps0 + 60]):
                # 下一步，我们将…… at the end of a review: the plans, up to the next heading
                turn = ps0
                limit = min([h for h in head_starts if h > turn] + [rows[owner].end])
                pieces, end = [(turn, "plans")], limit
            else:
                k += 1
                continue
        else:
            turn = ps0 if at == 0 else sents[at][0]
            limit = min([h for h in head_starts if h > turn] + [rows[owner].end])
            pieces, end = _passage_pieces(norm, lps, k, turn, limit, strong)
            if strong and end <= sents[at][1]:
                k += 1
                continue  # a mere mention of problems before the plan
        # the row the passage hangs from: the parent of the heading that ends it
        o = rows[owner]
        attach = owner
        if limit < o.end:
            nxt = next(r for r in rows if r.start == limit and r.level > 0 and not r.inline)
            cands = [i for i in chain if rows[i].level == nxt.level - 1]
            if not cands or rows[cands[0]].level < o.level:
                k += 1
                continue
            attach = cands[0]
        a = rows[attach]
        filler_kind = rows[deepest].kind if deepest != attach else a.kind
        if a.kind == "mixed":
            # the problems close the review; the plans come after them
            first = next((u for u, _ in _units(paras, a.body_start, turn)), turn)
            if first < turn:
                pieces.insert(0, (first, "review"))
            filler_kind = "plans"
        done.add(owner)
        for r in structural:
            if r.level > a.level and r.start < turn < r.end:
                r.end = turn
        if end < limit:
            tail = _units(paras, end, limit)
            plan_at = next((u for u, _ in tail if u > end and (
                _PLAN_SENT_RE.match(norm[u:u + 60])
                or (filler_kind == "review" and _PLAN_YEAR_RE.match(norm[u:u + 60])))), None)
            after = _sentences(norm, end, limit)
            closing = norm[after[0][0]:after[0][1]].replace("\n", " ") if after else ""
            if (filler_kind == "review" and 0 < len(after) <= 2 and plan_at is None
                    and _is_resolution(closing) and _FORWARD_RESOLVE_RE.search(closing)):
                pieces.append((end, "plans"))
            else:
                pieces.append((end, filler_kind + "|parent"))
            if plan_at is not None:
                pieces.append((plan_at, "plans"))
        bounds = [p for p, _ in pieces] + [limit]
        for (s, kind), e in zip(pieces, bounds[1:], strict=True):
            if e <= s:
                continue
            kind, _, source = kind.partition("|")
            new_rows.append(
                _Row(a.level + 1, "", None, "", kind, s, e, attach, False, "body", s,
                     source or "turn", para=-1)
            )
        while k < len(lps) and lps[k][0] < limit:
            k += 1
    rows.extend(new_rows)


# ---------------------------------------------------------------------------------------
# commitments
# ---------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 8)), min_size=1, max_size=12),
)
def test_number_masks_contain_what_a_loop_finds(
    spans: list[tuple[int, int]], queries: list[tuple[int, int]]
) -> None:
    masks = [(s, s + w) for s, w in spans]  # overlapping and nested spans too
    index = _NumberMasks(masks)
    for s, w in queries:
        e = s + w
        assert index.contains(s, e) == any(ms <= s and e <= me for ms, me in masks)


def test_masked_quantities_found_on_repeated_masks() -> None:
    df = extract_commitments(masked_plan(2_000))
    assert len(df) > 0 and df["masked"].all()
    assert set(df["quantity"].str.split("；").explode()) == {"**次"}


def test_commitments_grow_linearly() -> None:
    extract_commitments(masked_plan(200))  # cues and dictionaries loaded
    ratio = count_lines(extract_commitments, masked_plan(4_000)) / count_lines(
        extract_commitments, masked_plan(2_000)
    )
    assert 1.5 < ratio < 2.6  # quadratic: 3.6 at these sizes


# ---------------------------------------------------------------------------------------
# sections
# ---------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 4), max_size=30), st.integers(0, 5))
def test_section_ends_as_the_next_heading_of_its_level_or_above(
    levels: list[int], extra: int
) -> None:
    rows = [
        _Row(level, "", None, "", "other", 10 * i, -1, -1, False, "body", 10 * i, "")
        for i, level in enumerate(levels)
    ]
    body_end = 10 * len(levels) + extra
    _section_ends(rows, body_end)
    for idx, r in enumerate(rows):
        expected = next((s.start for s in rows[idx + 1:] if s.level <= r.level), body_end)
        assert r.end == expected


def _sections_both_ways(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    fast = [segment_sections(t) for t in texts]
    with monkeypatch.context() as m:
        m.setattr(sections, "_problem_passages", reference_problem_passages)
        plain = [segment_sections(t) for t in texts]
    for a, b in zip(fast, plain, strict=True):
        pd.testing.assert_frame_equal(a, b)
    # unheaded passages (a heading-less row that is no part) were found: not vacuous
    return sum(int(((f["level"] > 0) & (f["marker"] == "") & ~f["inline"]).sum()) for f in fast)


def test_problem_passages_as_the_plain_loop_on_generated_reports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(12)
    texts = [random_report(rng, rng.randint(1, 40)) for _ in range(300)]
    texts += [repeated_markers(300)]
    assert _sections_both_ways(texts, monkeypatch) > 50


def test_problem_passages_as_the_plain_loop_on_the_seeds(
    monkeypatch: pytest.MonkeyPatch, seed_texts: dict[str, str]
) -> None:
    assert _sections_both_ways(list(seed_texts.values()), monkeypatch) > 0


def test_problem_passages_as_the_plain_loop_on_the_state_council_corpus(
    monkeypatch: pytest.MonkeyPatch, gwr_records: list[dict[str, str]]
) -> None:
    texts = [r["content"] for r in gwr_records]
    assert _sections_both_ways(texts, monkeypatch) > 0


def test_sections_grow_linearly() -> None:
    segment_sections(repeated_markers(30))
    ratio = count_lines(segment_sections, repeated_markers(1_200)) / count_lines(
        segment_sections, repeated_markers(600)
    )
    assert 1.5 < ratio < 2.6  # quadratic: near 4 at these sizes


# ---------------------------------------------------------------------------------------
# placeholders
# ---------------------------------------------------------------------------------------


def reference_find_placeholders(text: str) -> list[Placeholder]:
    """The rules of :func:`find_placeholders`, the lexicon looked up for every mask."""
    lexicon = load_lexicon()
    nt = normalize_with_offsets(text)
    norm = nt.text
    found = []
    for m in PLACEHOLDER_CANDIDATE_RE.finditer(norm):
        s, e = m.span()
        left, right = norm[max(0, s - _CONTEXT) : s], norm[e : e + _CONTEXT]
        src_s, src_e = nt.span_to_source(s, e)
        after = text[src_e] if src_e < len(text) else "\n"
        if _is_false_alarm(m.group(), left, right, after):
            continue
        kind, fill = _classify(left, right, lexicon_fill=_lexicon_fill(left, right, lexicon))
        found.append(Placeholder(text[src_s:src_e], kind, src_s, src_e, fill))
    return found


def test_lexicon_tails_longest() -> None:
    tails = _lexicon_tails(load_lexicon())
    assert tails.longest == max(len(k) for k in tails.forms)


def test_placeholders_as_the_per_mask_lookup(seed_texts: dict[str, str]) -> None:
    rng = random.Random(3)
    pieces = ["XXX新时代中国特色社会主义思想", "**情防控", "落实**形态", "XX局", "某某",
              "二○○○年", "3×4", "召开**次", "视察XX重要讲话", "XXX同志"]
    texts = ["，".join(rng.choice(pieces) for _ in range(30)) for _ in range(30)]
    texts += [dense_masks(3_000), *seed_texts.values()]
    for t in texts:
        assert find_placeholders(t) == reference_find_placeholders(t)


def test_placeholders_grow_linearly() -> None:
    find_placeholders(dense_masks(100))
    ratio = count_lines(find_placeholders, dense_masks(4_000)) / count_lines(
        find_placeholders, dense_masks(2_000)
    )
    assert 1.5 < ratio < 2.6
