"""The slogan-aware tokenizer: protection, losslessness, kinds, engines, jieba's globals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext._protect import find_protected
from govtext.normalization import normalize_with_offsets
from govtext.tokenizer import KINDS, Tokenizer, tokenize

ROOT = Path(__file__).resolve().parents[1]
BACKENDS = ["rjieba", "jieba"]

# Characters that exercise every path: Han (numerals, slogan characters), quotes,
# full-width digits and letters, masks, invisible characters, line breaks, spaces, Latin.
ALPHABET = (
    "四个意识两维护三会一课真实双创争比赛以案说改第议题全面从严治党年月次方是来贯之"
    "“”\"「」、，。：；！？（）《》—…·"
    "0123456789０１２９%％.．+＋*＊XＸx×○〇□某"
    "\u200b\ufeff\u00ad \u3000\t\n\r\u2028\u00a0\x0c"
    "abcAZ"
)
texts = st.text(alphabet=ALPHABET, max_size=80)


def _check_lossless(tok: Tokenizer, text: str) -> None:
    tokens = tok.cut(text)
    assert "".join(tokens) == text
    assert all(tokens)
    df = tok.tokenize(text)
    assert df["token"].tolist() == tokens
    pos = 0
    for token, start, end in df[["token", "start", "end"]].itertuples(index=False):
        assert start == pos and end == pos + len(token) and text[start:end] == token
        pos = end
    assert pos == len(text)
    assert set(df["kind"]) <= set(KINDS)


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_lossless_and_contiguous(backend: str, text: str) -> None:
    _check_lossless(Tokenizer(backend=backend), text)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=60))
def test_lossless_on_any_unicode(text: str) -> None:
    _check_lossless(Tokenizer(), text)


def test_lone_surrogates_and_astral_characters() -> None:
    for text in ("四个\ud800意识", "𠀀四个意识😀“三真三实”", "\udfff"):
        for backend in BACKENDS:
            _check_lossless(Tokenizer(backend=backend), text)


@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_scanning_without_normalization_gives_the_same_spans(text: str) -> None:
    """The shortcut that skips normalization never changes what is protected."""
    fast = find_protected(text)
    slow = find_protected(text, normalize_with_offsets(text))
    assert (fast.starts, fast.ends, fast.kinds) == (slow.starts, slow.ends, slow.kinds)
    assert [h.canonical for h in fast.slogans] == [h.canonical for h in slow.slogans]


@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_protected_spans_are_tokens(text: str) -> None:
    spans = find_protected(text)
    assert spans.starts == sorted(spans.starts)
    assert all(e > s for s, e in zip(spans.starts, spans.ends, strict=True))
    assert all(e <= s for e, s in zip(spans.ends, spans.starts[1:], strict=False))
    df = Tokenizer().tokenize(text)
    bounds = set(zip(df["start"], df["end"], strict=True))
    for s, e in zip(spans.starts, spans.ends, strict=True):
        assert (s, e) in bounds


@pytest.mark.parametrize("backend", BACKENDS)
def test_slogans_numbers_placeholders_kept_whole(backend: str) -> None:
    tok = Tokenizer(backend=backend)
    text = (
        "带头树牢“四个意识”，坚决做到两个维护，落实三会一课、一岗双责，一体推进不敢腐不能腐不想腐；"
        "开展“三真三实”“双创一争”活动，深入开展“以案四说”，召开学习会**次，XX局完成率95%，"
        "投资3.5万元，２０２２年、二○○○年第一季度，构建“1＋5＋*”体系。"
    )
    df = tok.tokenize(text)
    kinds = dict(zip(df["token"], df["kind"], strict=False))
    for slogan in ("四个意识", "两个维护", "三会一课", "一岗双责", "不敢腐不能腐不想腐",
                   "三真三实", "双创一争", "以案四说", "1＋5＋*"):
        assert kinds.get(slogan) == "slogan", slogan
    for number in ("95%", "3.5万元", "２０２２年", "二○○○年", "第一季度"):
        assert kinds.get(number) == "number", number
    for mask in ("**", "XX"):
        assert kinds.get(mask) == "placeholder", mask
    assert kinds["，"] == "punct" and kinds["开展"] == "word"


def test_plain_jieba_splits_what_the_tokenizer_keeps() -> None:
    plain = Tokenizer(protect=False).cut("树牢四个意识，落实三会一课，召开会议**次")
    protected = Tokenizer().cut("树牢四个意识，落实三会一课，召开会议**次")
    assert "四个意识" not in plain and "**" not in plain
    assert "四个意识" in protected and "三会一课" in protected and "**" in protected


def test_broken_slogans_are_one_token() -> None:
    text = "坚定“四个\u200b自信”，增强四个\n意识。\n\n第二段。\n\n第三段"
    tokens = tokenize(text)
    assert "四个\u200b自信" in tokens and "四个\n意识" in tokens
    assert "".join(tokens) == text


def test_space_kind_and_punct_kind() -> None:
    df = Tokenizer().tokenize("一、总体要求\n\u3000\u3000坚持“严”字当头！")
    kinds = df.set_index("token")["kind"].to_dict()
    assert kinds["\n"] == "space" and kinds["\u3000"] == "space"
    assert kinds["、"] == "punct" and kinds["！"] == "punct"


@pytest.mark.parametrize("backend", BACKENDS)
def test_user_words(backend: str) -> None:
    text = "推进城事管理员制度"
    assert "城事管理员" not in Tokenizer(backend=backend).cut(text)
    assert "城事管理员" in Tokenizer(backend=backend, user_words=["城事管理员"]).cut(text)
    # another configuration has its own engine: the word does not leak
    assert "城事管理员" not in Tokenizer(backend=backend).cut(text)


def test_backends_agree_on_protected_tokens(seed_texts: dict[str, str]) -> None:
    text = next(iter(seed_texts.values()))
    rust = Tokenizer(backend="rjieba").tokenize(text)
    ref = Tokenizer(backend="jieba").tokenize(text)
    keep = ("slogan", "number", "placeholder")
    protected_rust = rust[rust["kind"].isin(keep)].values.tolist()
    assert protected_rust == ref[ref["kind"].isin(keep)].values.tolist()
    # the engines share a dictionary: they agree on nearly every token
    same = len(set(rust["token"]) & set(ref["token"])) / len(set(ref["token"]))
    assert same > 0.95


def test_parameters() -> None:
    with pytest.raises(ValueError, match="'backend' parameter of Tokenizer"):
        Tokenizer(backend="hanlp")
    with pytest.raises(TypeError):
        Tokenizer(user_words="四个意识")
    with pytest.raises(TypeError):
        Tokenizer().cut(None)  # type: ignore[arg-type]
    assert Tokenizer(backend="auto").engine_name == "rjieba"
    assert tokenize("") == []
    assert Tokenizer().tokenize("").empty


_JIEBA_STATE = """
import json, sys
sys.path.insert(0, {root!r})
import jieba
before = (jieba.dt.initialized, len(jieba.dt.FREQ), jieba.dt.total)
if {use_govtext}:
    from govtext.tokenizer import Tokenizer
    for backend in ("jieba", "rjieba"):
        tok = Tokenizer(backend=backend, user_words=["三真三实", "城事管理员"])
        tok.cut("持续开展三真三实作风提优行动，树牢四个意识，城事管理员")
        tok.tokenize("落实三会一课")
after = (jieba.dt.initialized, len(jieba.dt.FREQ), jieba.dt.total)
cut = jieba.lcut("持续开展三真三实作风提优行动，树牢四个意识，城事管理员")
print(json.dumps({{"before": before, "after": after, "cut": cut,
                   "freq": jieba.dt.FREQ.get("三真三实"), "total": jieba.dt.total}}))
"""


def _jieba_state(use_govtext: bool) -> dict[str, object]:
    code = _JIEBA_STATE.format(root=str(ROOT), use_govtext=use_govtext)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_jieba_global_tokenizer_untouched() -> None:
    """Using the tokenizer (both engines, user words) leaves jieba.dt as it was."""
    clean = _jieba_state(use_govtext=False)
    used = _jieba_state(use_govtext=True)
    # jieba.dt was not even initialized by govtext
    assert used["before"] == used["after"] == [False, 0, 0]
    # and jieba's own segmentation is the same as in a process that never saw govtext
    assert used["cut"] == clean["cut"]
    assert used["freq"] is None and used["total"] == clean["total"]


def _lexicon_pieces() -> list[str]:
    from govtext.lexicon import load_lexicon

    forms = load_lexicon().forms
    return sorted({f for f in forms} | {f[:k] for f in forms for k in (1, 2, 3)})


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(st.sampled_from(_lexicon_pieces()), max_size=12))
def test_vectorised_lexicon_search_equals_the_expression(pieces: list[str]) -> None:
    """The numpy prefilter never changes which lexicon forms are found."""
    import numpy as np

    from govtext._protect import _matcher

    text = "".join(pieces)
    m = _matcher(None)
    codes = np.frombuffer(text.encode("utf-16-le"), dtype=np.uint16)
    assert m.lexicon_matches(text, codes) == [h.span() for h in m.lex_re.finditer(text)]
