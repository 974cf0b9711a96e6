from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.normalization import normalize, normalize_with_offsets, uses_blank_line_paragraphs

# Characters that real reports mix: Han, Chinese punctuation, full-width forms, odd
# spaces, zero-width characters, line breaks, ASCII.
ALPHABET = st.sampled_from(
    list("四个意识两维护党政治建设报告年月日一二三十")
    + list("，。、；：！？“”（）《》")
    + list("０１２９ＡＺａｚ％＋－＊Ｘ×○")
    + ["\u3000", "\u00a0", "\u200b", "\u200d", "\ufeff", " ", "\t", "\n", "\r", "\r\n"]
    + list("0123456789XYabc*%+-.")
)
TEXTS = st.lists(ALPHABET, max_size=80).map("".join)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_offset_map_consistent(text: str) -> None:
    nt = normalize_with_offsets(text)
    assert len(nt.index) == len(nt.text)
    # strictly increasing positions inside the source
    assert np.all(np.diff(nt.index) > 0)
    assert all(0 <= i < len(text) for i in nt.index)
    for i, ch in enumerate(nt.text):
        src = text[nt.index[i]]
        # each normalized character comes from one source character: itself or its fold
        assert (
            src == ch
            or normalize(src) in (ch, "")
            or (src, ch) in {("\r", "\n")}
            or (src.isspace() and ch == " ")
        )


@given(TEXTS)
@settings(max_examples=200, deadline=None)
def test_nothing_lost(text: str) -> None:
    """Every deleted source character is a zero-width character, a space or a line break."""
    nt = normalize_with_offsets(text)
    kept = set(nt.index.tolist())
    for i, ch in enumerate(text):
        if i not in kept:
            assert ch.isspace() or ch in "\u200b\u200d\ufeff", repr(ch)


@given(TEXTS)
@settings(max_examples=200, deadline=None)
def test_span_mapping_covers_deleted_characters(text: str) -> None:
    nt = normalize_with_offsets(text)
    if not nt.text:
        return
    s, e = nt.span_to_source(0, len(nt.text))
    assert normalize(text[s:e]) == nt.text


def test_width_folding_keeps_chinese_punctuation() -> None:
    text = "（一）ＸＸ局完成率９５％，达到“１＋５＋＊”目标：全年。"
    assert normalize(text) == "（一）XX局完成率95%，达到“1+5+*”目标：全年。"


def test_zero_width_and_bom_removed() -> None:
    assert normalize("\ufeff政府\u200b工作\u200d报告\u2060") == "政府工作报告"


def test_spaces_inside_chinese_and_digits() -> None:
    assert normalize("李\u3000强") == "李强"
    assert normalize("1 9 9 3 年") == "1993年"
    assert normalize("\u3000\u3000过去一年，") == "过去一年，"
    assert normalize("GDP growth 6.5%") == "GDP growth 6.5%"
    assert normalize("a   b") == "a b"


def test_soft_line_breaks_in_blank_line_paragraph_texts() -> None:
    text = "政府工作报\n告\n\n各位代表：\n\n现在，我代表市政府\n向大会报告。\n\n"
    out = normalize(text)
    assert out.startswith("政府工作报告\n\n各位代表：")
    assert "我代表市政府向大会报告。" in out


def test_line_per_paragraph_texts_keep_their_breaks() -> None:
    text = "一、责任和廉洁履行情况\n（一）聚焦政治机关建设\n局党组始终坚持\n以政治建设为统领"
    assert normalize(text) == text
    assert not uses_blank_line_paragraphs(text)


def test_crlf() -> None:
    assert normalize("第一行\r\n第二行\r第三行") == "第一行\n第二行\n第三行"


def test_t2s() -> None:
    assert normalize("關於憲法草案的報告", t2s=True) == "关于宪法草案的报告"
    nt = normalize_with_offsets("周恩來總理\u200b報告", t2s=True)
    assert nt.text == "周恩来总理报告"
    s, e = nt.span_to_source(5, 7)
    assert nt.source[s:e] == "報告"


def test_span_back_to_source_on_real_layout() -> None:
    text = "\u200b\n\n\n\u3000\u3000１ ９ ９ ３ 年，政府工作报\n告\n\n"
    nt = normalize_with_offsets(text)
    start = nt.text.index("1993年")
    s, e = nt.span_to_source(start, start + 5)
    assert text[s:e] == "１ ９ ９ ３ 年"
    start = nt.text.index("政府工作报告")
    s, e = nt.span_to_source(start, start + 6)
    assert text[s:e] == "政府工作报\n告"
    assert nt.from_source(s) == start


def test_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="str"):
        normalize(b"abc")  # type: ignore[arg-type]


def test_state_council_corpus_idempotent_and_mapped(gwr_records: list[dict[str, str]]) -> None:
    for rec in gwr_records[::7]:
        text = rec["content"]
        nt = normalize_with_offsets(text, t2s=True)
        assert normalize(nt.text, t2s=True) == nt.text
        assert "\u200b" not in nt.text and "\u3000" not in nt.text
        assert not any("\uff10" <= ch <= "\uff19" for ch in nt.text)


def test_traditional_texts_are_converted_automatically() -> None:
    from govtext.normalization import looks_traditional

    trad = "堅持四個意識，做到兩個維護，落實黨風廉政建設責任制。"
    assert looks_traditional(trad)
    assert normalize(trad) == "坚持四个意识，做到两个维护，落实党风廉政建设责任制。"
    assert normalize(trad, t2s=False) == trad
    # a simplified report quoting one traditional title stays as it is
    from .conftest import SEED_FILES

    simp = SEED_FILES[0].read_text("utf-8")[:600] + "学习《論持久戰》的精神和方法。"
    assert not looks_traditional(simp)
    assert normalize(simp) == simp


def test_state_council_scripts(gwr_records: list[dict[str, str]]) -> None:
    """Only the two reports written (mostly or partly) in traditional characters count."""
    from govtext.normalization import looks_traditional

    traditional = sorted(
        int(r["year"]) for r in gwr_records if r["year"] and looks_traditional(r["content"])
    )
    assert traditional == [1954, 1957]


def test_traditional_slogans_found_with_source_spans() -> None:
    from govtext.slogans import extract_slogans

    text = "堅持「四個意識」，做到兩個維護，全面從嚴治黨。"
    df = extract_slogans(text)
    assert {"四个意识", "两个维护", "全面从严治党"} <= set(df["canonical"])
    for row in df.itertuples():
        assert text[row.start : row.end] == row.slogan


def _joined_reading_every_line(text: str) -> tuple[str, list[int]]:
    """normalize_with_offsets(text, t2s=False), each soft-break pass reading every line."""
    from govtext.normalization import (
        _MAX_JOIN_PASSES,
        _delete,
        _indented_lines,
        _insert_breaks,
        inline_paragraph_starts,
        soft_breaks,
    )

    nt = normalize_with_offsets(text, t2s=False, join_lines=False)
    out, index = nt.text, nt.index
    for _ in range(_MAX_JOIN_PASSES):
        if "\n" not in out:
            break
        breaks = soft_breaks(out, _indented_lines(out, index, text))
        if not breaks:
            break
        out, index = _delete(out, index, breaks)
    if starts := inline_paragraph_starts(out):
        out, index = _insert_breaks(out, index, starts)
    return out, index.tolist()


def _wrapped(text: str, width: int, blank: bool) -> str:
    lines = []
    for para in text.split("\n"):
        lines.extend(para[i : i + width] for i in range(0, max(len(para), 1), width))
        if blank:
            lines.append("")
    return "\n".join(lines)


def test_later_passes_read_only_joined_blocks(seed_texts: dict[str, str]) -> None:
    # the passes after the first read again only the blocks of lines they joined; the
    # text and map are those of passes that read every line (hard-wrapped texts, blank-line
    # paragraphs, lines per paragraph)
    texts = []
    for seed in seed_texts.values():
        texts.append(seed)
        for width in (14, 17, 23, 31, 40):
            texts.append(_wrapped(seed[: 40 * width], width, blank=False))
            texts.append(_wrapped(seed[: 40 * width], width, blank=True))
        texts.append(seed.replace("\n", "\n\n"))
        texts.append(seed.replace("。", "。\n").replace("，", "\n，"))
    for text in texts:
        nt = normalize_with_offsets(text, t2s=False)
        assert (nt.text, nt.index.tolist()) == _joined_reading_every_line(text)


LAYOUT_PARTS = st.sampled_from(
    [
        "四个意识", "两个维护", "“四个", "意识”", "，", "。", "一、", "（一）", "  ", "\u3000",
        "ab", "12", "\n", "\n", "\n\n",
    ]
)


@given(st.lists(LAYOUT_PARTS, max_size=60))
@settings(max_examples=300, deadline=None)
def test_later_passes_read_only_joined_blocks_any_layout(parts: list[str]) -> None:
    text = "".join(parts)
    nt = normalize_with_offsets(text, t2s=False)
    assert (nt.text, nt.index.tolist()) == _joined_reading_every_line(text)


def test_later_passes_read_only_joined_blocks_state_council(
    gwr_records: list[dict[str, str]],
) -> None:
    for record in gwr_records:
        text = record["content"]
        for variant in (text, _wrapped(text[:3000], 27, blank=False), text[:4000] + text[-4000:]):
            nt = normalize_with_offsets(variant, t2s=False)
            assert (nt.text, nt.index.tolist()) == _joined_reading_every_line(variant)


def test_one_line_text_with_a_final_line_break_gets_its_paragraphs() -> None:
    # a text on one line with a final line break is read as a text without line breaks:
    # its salutation is a paragraph of its own, the inserted break maps to the character
    # after it, and every other character to its own
    from tests.fuzz_seeds import check_normalized

    text = "坚持以党的政治建设为统领" * 3 + "各位代表：\n"
    nt = normalize_with_offsets(text)
    assert nt.text == "坚持以党的政治建设为统领" * 3 + "\n各位代表：\n\n"
    assert nt.text.replace("\n", "") == text.replace("\n", "")
    check_normalized(text)
