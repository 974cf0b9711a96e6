"""The packaged slogan lexicon and stopwords: structure, invariants, and the years
recorded in the notes checked against the State Council corpus."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.lexicon import (
    CATEGORIES,
    Lexicon,
    SloganEntry,
    load_lexicon,
    load_stopwords,
    read_data_file,
)
from govtext.normalization import normalize

DATA_README = Path(__file__).resolve().parents[1] / "govtext" / "data" / "README.md"

# Quotation marks are removed before matching so that “三公”经费 counts as 三公经费.
QUOTES = re.compile("[“”‘’\"'「」『』]")
CLAIM_FIRST = re.compile(r"first in government work reports (\d{4})")
CLAIM_NONE = "not in government work reports"

# Ordinary quantities, enumeration markers and idioms the lexicon must not list.
NOT_SLOGANS = (
    "三个方面",
    "五个方面",
    "两个月",
    "三个月",
    "一年来",
    "一是",
    "二是",
    "一以贯之",
    "一丝不苟",
    "以上率下",
    "一刀切",
    "约法三章",
    "千方百计",
    "三番五次",
    "第一",
)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


# --- structure -------------------------------------------------------------------


def test_loads_and_is_cached(lex: Lexicon) -> None:
    assert load_lexicon() is lex
    assert load_lexicon("slogans") is lex
    assert load_stopwords() is load_stopwords()
    assert len(lex) == len(lex.entries) > 200


def test_unknown_lexicon_name() -> None:
    with pytest.raises(ValueError, match="The 'name' parameter of load_lexicon"):
        load_lexicon("nope")


def test_is_immutable(lex: Lexicon) -> None:
    entry = lex["四个意识"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.year = 1999  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.entries = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex._by_form["新词"] = entry  # type: ignore[index]
    assert isinstance(lex.entries, tuple)
    assert isinstance(entry.variants, tuple)
    assert isinstance(lex.blockers, frozenset)
    assert isinstance(load_stopwords(), frozenset)


def test_at_least_150_numeric_entries(lex: Lexicon) -> None:
    numeric = [e.canonical for e in lex if e.numeric]
    print(f"numeric {len(numeric)}, non-numeric {len(lex) - len(numeric)}")
    assert len(numeric) >= 150
    assert len(lex) - len(numeric) >= 50


def test_numeric_flag() -> None:
    def entry(canonical: str) -> SloganEntry:
        return SloganEntry(canonical, (), "ideology", 2000, "gloss")

    for form in ("四个意识", "一国两制", "六稳", "十四五", "中国制造2025", "第一议题", "双一流"):
        assert entry(form).numeric, form
    for form in ("全面从严治党", "大众创业、万众创新", "和平统一", "老虎苍蝇一起打"):
        assert not entry(form).numeric, form


def test_forms_unique_in_file_and_enforced() -> None:
    seen: dict[str, str] = {}
    lines = read_data_file("slogans.tsv").splitlines()
    assert lines[0].split("\t") == ["canonical", "variants", "category", "year", "gloss", "note"]
    for line in lines[1:]:
        cols = line.split("\t")
        assert len(cols) == 6, line
        forms = [cols[0], *(v for v in cols[1].split("|") if v)]
        assert len(forms) == len(set(forms)), forms
        for form in forms:
            assert form not in seen, f"{form} in {seen.get(form)} and {cols[0]}"
            seen[form] = cols[0]
    a = SloganEntry("四风", (), "party_discipline", 2013, "x")
    b = SloganEntry("四风问题", ("四风",), "party_discipline", 2013, "y")
    with pytest.raises(ValueError, match="belongs to both"):
        Lexicon.from_entries([a, b])


def test_forms_are_clean(lex: Lexicon) -> None:
    for form in lex.forms:
        assert form == form.strip() and len(form) >= 2, form
        assert not re.search(r"\s", form), form
        assert not QUOTES.search(form), f"quoted form {form!r}: quoting is the extractor's job"
    for word in NOT_SLOGANS:
        assert word not in lex, word


def test_years_categories_glosses(lex: Lexicon) -> None:
    for e in lex:
        assert e.year is not None and 1949 <= e.year <= 2026, e
        assert e.category in CATEGORIES, e
        assert e.gloss and e.gloss.isascii(), e.canonical
        assert e.note, e.canonical
    assert set(lex.categories) == set(CATEGORIES)


def test_category_vocabulary_documented() -> None:
    readme = DATA_README.read_text(encoding="utf-8")
    for cat in CATEGORIES:
        assert f"`{cat}`" in readme, cat


def test_bad_category_rejected() -> None:
    from govtext.lexicon import _parse_slogans

    text = "canonical\tvariants\tcategory\tyear\tgloss\tnote\n四风\t\tpolitics\t2013\tx\ty\n"
    with pytest.raises(ValueError, match="line 2: category 'politics'"):
        _parse_slogans(text)


def test_blockers(lex: Lexicon) -> None:
    assert "创新发展理念" in lex.blockers
    for word in lex.blockers:
        assert word not in lex
        assert any(form in word for form in lex.forms)
    e = SloganEntry("四风", (), "party_discipline", 2013, "x")
    with pytest.raises(ValueError, match="contains no slogan form"):
        Lexicon.from_entries([e], blockers=["三公里"])


def test_stopwords_never_slogans(lex: Lexicon) -> None:
    stop = load_stopwords()
    genre = {"进一步", "加强", "坚持", "推进", "工作", "方面", "不断", "深入", "切实", "全面"}
    assert {"的", "和", "是", *genre} <= stop
    assert not stop & set(lex.forms)
    # topic words stay out
    assert not stop & {"发展", "改革", "建设", "经济", "问题", "干部", "群众", "纪律", "责任"}


def test_lookup(lex: Lexicon) -> None:
    assert lex.canonical("不敢腐不能腐不想腐") == "不敢腐、不能腐、不想腐"
    assert lex.canonical("中央八项规定精神") == "八项规定"
    assert lex.canonical("五大发展理念") == "新发展理念"
    assert lex.canonical("三个方面") is None
    assert lex.forms[0] == max(lex.forms, key=len) or len(lex.forms[0]) == max(map(len, lex.forms))
    frame = lex.to_frame()
    assert list(frame.columns) == [
        "canonical",
        "variants",
        "category",
        "year",
        "gloss",
        "numeric",
        "note",
    ]
    assert len(frame) == len(lex)


@given(
    numeric=st.sampled_from([None, True, False]),
    cats=st.one_of(st.none(), st.sets(st.sampled_from(CATEGORIES), min_size=1)),
)
def test_filter(numeric: bool | None, cats: set[str] | None) -> None:
    lex = load_lexicon()
    sub = lex.filter(numeric=numeric, category=cats)
    expected = [
        e
        for e in lex
        if (numeric is None or e.numeric == numeric) and (cats is None or e.category in cats)
    ]
    assert sub.entries == tuple(expected)
    assert set(sub.forms) <= set(lex.forms)
    assert sub.blockers <= lex.blockers
    for form in sub.forms:
        assert sub.canonical(form) == lex.canonical(form)


def test_filter_partition() -> None:
    lex = load_lexicon()
    assert len(lex.filter(numeric=True)) + len(lex.filter(numeric=False)) == len(lex)
    assert sum(len(lex.filter(category=c)) for c in CATEGORIES) == len(lex)
    with pytest.raises(ValueError, match=r"The 'category' parameter of Lexicon\.filter"):
        lex.filter(category="politics")


# --- against the State Council corpus ----------------------------------------------


@pytest.fixture(scope="module")
def gwr_texts(gwr_records: list[dict[str, str]]) -> list[tuple[int, str]]:
    """(year, normalized t2s text) of the dated reports, oldest first."""
    texts = [
        (int(r["year"]), normalize(r["content"], t2s=True)) for r in gwr_records if r.get("year")
    ]
    return sorted(texts)


def first_year_substring(texts: list[tuple[int, str]], forms: tuple[str, ...]) -> int | None:
    return next((year for year, text in texts if any(f in text for f in forms)), None)


@pytest.mark.parametrize(
    ("slogan", "year"),
    [("四个意识", 2017), ("两个维护", 2019), ("两个确立", 2022), ("八项规定", 2014)],
)
def test_first_years_in_government_work_reports(
    gwr_texts: list[tuple[int, str]], lex: Lexicon, slogan: str, year: int
) -> None:
    assert first_year_substring(gwr_texts, (slogan,)) == year
    assert first_year_substring(gwr_texts, lex[slogan].forms) == year


def lexicon_first_years(texts: list[tuple[int, str]], lex: Lexicon) -> dict[str, int]:
    """First year of each canonical slogan, matching longest form first and skipping
    blockers, over quote-free texts, and counting the forms of other entries written
    inside a match (依法治国 inside 全面依法治国): the way the frequencies count."""
    words = sorted(set(lex.forms) | lex.blockers, key=lambda f: (-len(f), f))
    pattern = re.compile("|".join(map(re.escape, words)))
    inside = {
        form: [lex[f].canonical for f in lex.forms if f != form and f in form]
        for form in lex.forms
    }
    first: dict[str, int] = {}
    for year, text in texts:
        for match in pattern.finditer(QUOTES.sub("", text)):
            canonical = lex.canonical(match.group())
            if canonical is not None:
                first.setdefault(canonical, year)
                for inner in inside[match.group()]:
                    first.setdefault(inner, year)
    return first


def test_notes_agree_with_corpus(gwr_texts: list[tuple[int, str]], lex: Lexicon) -> None:
    first = lexicon_first_years(gwr_texts, lex)
    checked = 0
    wrong = []
    for e in lex:
        claims = CLAIM_FIRST.findall(e.note)
        says_none = CLAIM_NONE in e.note
        assert len(claims) + says_none == 1, f"{e.canonical}: note must make one corpus claim"
        found = first.get(e.canonical)
        claimed = int(claims[0]) if claims else None
        if claimed != found:
            wrong.append((e.canonical, claimed, found))
        checked += 1
        if found is not None and e.year is not None and found < e.year:
            # the corpus shows the form before the slogan was introduced: the note
            # must explain the earlier sense and name that year
            history = CLAIM_FIRST.sub("", e.note)
            assert str(found) in history, f"{e.canonical}: explain the {found} hit"
    print(f"{checked} notes checked, {len(first)} slogans found in the reports")
    assert not wrong, wrong
