from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is not installed")

from govtext.sections import segment_sections  # noqa: E402
from govtext.slogans import extract_slogans  # noqa: E402
from govtext.spacy_ext import blank  # noqa: E402
from govtext.tokenizer import Tokenizer  # noqa: E402

TEXT = (
    "一、工作回顾\n局党组带头树牢“四个意识”，坚持“三会一课”制度，全年开展**次学习。"
    "\n二、存在问题\n一岗双责落实不够。"
)


def test_tokenizer_is_lossless_and_matches_govtext() -> None:
    nlp = blank()
    doc = nlp(TEXT)
    assert doc.text == TEXT
    assert [t.text for t in doc] == Tokenizer().cut(TEXT)
    kinds = {t.text: t._.govtext_kind for t in doc}
    assert kinds["四个意识"] == "slogan"
    assert kinds["**"] == "placeholder"


def test_components_add_spans() -> None:
    nlp = blank(components=("govtext_slogans", "govtext_sections"))
    doc = nlp(TEXT)
    slogans = [(s.text, s.label_) for s in doc.spans["govtext_slogans"]]
    expected = extract_slogans(TEXT)
    assert {c for _, c in slogans} == set(expected["canonical"])
    sections = segment_sections(TEXT)
    got = [(s.label_, s.start_char, s.end_char) for s in doc.spans["govtext_sections"]]
    want = [(r.kind, r.start, r.end) for r in sections.itertuples() if r.end > r.start]
    assert got == want


def test_registered_in_spacy_registry_and_serializable(tmp_path: Path) -> None:
    assert "govtext.Tokenizer.v1" in spacy.registry.tokenizers.get_all()
    nlp = blank(backend="jieba", components=("govtext_slogans",))
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.config["nlp"]["tokenizer"]["backend"] == "jieba"
    assert [t.text for t in loaded(TEXT)] == [t.text for t in nlp(TEXT)]
    assert loaded.pipe_names == ["govtext_slogans"]


def test_pipeline_takes_a_lexicon_of_ones_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lex = tmp_path / "mine.tsv"
    lex.write_text("canonical\tcategory\n强省会\teconomy\n", encoding="utf-8")
    nlp = blank(components=("govtext_slogans",), lexicon_files=(str(lex),))
    doc = nlp("坚持实施强省会战略，树牢“四个意识”。")
    assert "强省会" in [t.text for t in doc]
    assert [s.text for s in doc.spans["govtext_slogans"]] == ["强省会", "四个意识"]
    plain = blank(components=("govtext_slogans",))("坚持实施强省会战略")
    assert "强省会" not in [s.text for s in plain.spans["govtext_slogans"]]
    # the settings travel with the saved pipeline
    nlp.to_disk(tmp_path / "nlp")
    import spacy as sp

    again = sp.load(tmp_path / "nlp")
    saved = again("推进强省会建设")
    assert [s.text for s in saved.spans["govtext_slogans"]] == ["强省会"]
