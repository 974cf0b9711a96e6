"""A seed reads the same whatever its layout.

Each seed is hard-wrapped at 28 characters, written without any line break, and spaced
out (a space between every two characters).  Each variant must give the original's
slogans (exact counts of every canonical form), sections (same number and kinds of the
headed rows), placeholders, problem statements and, within 5%, sentences; every span
must index the variant's own text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from govtext.document import Document
from govtext.normalization import inline_paragraph_starts, normalize_with_offsets, soft_breaks


def hard_wrap(text: str, width: int = 28) -> str:
    """Break every line after ``width`` characters."""
    out = []
    for line in text.split("\n"):
        out.extend([line[i:i + width] for i in range(0, len(line), width)] or [""])
    return "\n".join(out)


def no_newlines(text: str) -> str:
    return text.replace("\n", "")


def spaced(text: str) -> str:
    return "\n".join(" ".join(line) for line in text.split("\n"))


VARIANTS: dict[str, Callable[[str], str]] = {
    "wrapped28": hard_wrap,
    "no_newlines": no_newlines,
    "spaced": spaced,
}


@pytest.fixture(scope="module")
def originals(seed_texts: dict[str, str]) -> dict[str, Document]:
    return {name: Document(text) for name, text in seed_texts.items()}


def _headed(doc: Document) -> list[str]:
    rows = doc.sections[~doc.sections["inline"]]
    return rows["kind"].tolist()


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_reads_as_the_original(
    variant: str, seed_texts: dict[str, str], originals: dict[str, Document]
) -> None:
    for name, text in seed_texts.items():
        orig = originals[name]
        doc = Document(VARIANTS[variant](text))
        assert doc.text != text, name
        where = (name, variant)
        assert Counter(doc.slogans["canonical"]) == Counter(orig.slogans["canonical"]), where
        assert _headed(doc) == _headed(orig), where
        assert doc.placeholders["kind"].tolist() == orig.placeholders["kind"].tolist(), where
        assert len(doc.issues) == len(orig.issues), where
        a, b = len(orig.sentences), len(doc.sentences)
        assert abs(a - b) <= 0.05 * a, (where, a, b)
        # every span indexes the variant's own source text
        for row in doc.slogans.itertuples():
            assert doc.text[row.start:row.end] == row.slogan, where
        for row in doc.placeholders.itertuples():
            assert doc.text[row.start:row.end] == row.text, where
        for row in doc.sentences.itertuples():
            assert doc.text[row.start:row.end] == row.sentence, where
        for row in doc.issues.itertuples():
            assert 0 <= row.start < row.end <= len(doc.text), where


def test_paragraphs_from_layout_evidence(
    seed_texts: dict[str, str], originals: dict[str, Document]
) -> None:
    # a hard-wrapped seed has (nearly) the original's paragraphs, not one per line
    for name, text in seed_texts.items():
        a = len(originals[name].paragraphs)
        b = len(Document(hard_wrap(text)).paragraphs)
        assert a <= b <= a + 2, (name, a, b)
        c = len(Document(no_newlines(text)).paragraphs)
        assert 0.7 * a <= c <= a, (name, a, c)


def test_break_inside_a_quoted_slogan_is_joined() -> None:
    text = "一、总体要求\n坚持树牢“四个\n意识”，坚定“四个自信”。\n二、主要做法\n做到“两个\n维护”。"
    doc = Document(text)
    assert doc.slogans["canonical"].tolist() == ["四个意识", "四个自信", "两个维护"]
    assert [text[s:e] for s, e in zip(doc.slogans["start"], doc.slogans["end"], strict=True)] == [
        "四个\n意识", "四个自信", "两个\n维护"]
    assert len(doc.sentences) == 4
    assert soft_breaks(normalize_with_offsets(text, join_lines=False).text) == [14, 41]


def test_headings_found_in_text_without_line_breaks() -> None:
    text = ("2025年工作总结2025年，我们做了很多工作。一、主要成绩（一）加强学习一是学习理论。"
            "二是落实制度。二、存在问题虽然取得了一些成绩，但仍存在不足。一是学习不够深入。"
            "三、下步打算我们将继续加强学习。")
    nt = normalize_with_offsets(text)
    assert len(nt.text) == len(text) + len(inline_paragraph_starts(text))
    lines = nt.text.split("\n")
    assert lines[0] == "2025年工作总结"
    assert "一、主要成绩" in lines and "（一）加强学习" in lines
    doc = Document(text)
    rows = doc.sections[(doc.sections["level"] == 1) & ~doc.sections["inline"]]
    assert rows["kind"].tolist() == ["review", "problems", "plans"]
    # inserted breaks map into the source: every paragraph is a slice of the text
    for s, e in doc.paragraphs:
        assert text[s:e] and "\n" not in text[s:e]


def test_spaced_out_masks_stay_one() -> None:
    doc = Document(" ".join("共查处案件**件，涉及XX县干部某某。"))
    assert doc.placeholders["text"].tolist() == ["* *", "X X", "某 某"]
    assert len(Document("共查处案件**件，涉及XX县干部某某。").placeholders) == 3


def test_latin_words_keep_their_break() -> None:
    text = "The report was\nwritten in English and\nit stays so.\n" * 4
    assert normalize_with_offsets(text).text == text


UNSEEN = Path(__file__).parent / "data" / "unseen"


def _dev_variants() -> list[tuple[str, str]]:
    files = sorted(p.name for p in UNSEEN.glob("dev_*.txt"))
    # a web page written without line breaks has its chrome run into its title: left out
    return [(f, v) for f in files for v in sorted(VARIANTS)
            if not (v == "no_newlines" and "scraped" in f)]


@pytest.mark.parametrize(("file", "variant"), _dev_variants())
def test_dev_documents_read_the_same_in_every_layout(file: str, variant: str) -> None:
    # the dev documents of tests/data/unseen (used to tune these rules)
    text = (UNSEEN / file).read_text(encoding="utf-8")
    orig, doc = Document(text), Document(VARIANTS[variant](text))
    assert Counter(doc.slogans["canonical"]) == Counter(orig.slogans["canonical"])
    assert _headed(doc) == _headed(orig)
    assert len(doc.placeholders) == len(orig.placeholders)
    assert len(doc.issues) == len(orig.issues)
    a, b = len(orig.sentences), len(doc.sentences)
    assert abs(a - b) <= 0.05 * a, (a, b)


def test_layout_reading_is_idempotent(seed_texts: dict[str, str]) -> None:
    from govtext.normalization import normalize

    for name, text in seed_texts.items():
        for variant, make in VARIANTS.items():
            once = normalize(make(text))
            assert normalize(once) == once, (name, variant)
