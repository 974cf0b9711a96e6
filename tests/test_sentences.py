from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.sections import segment_sentences, sentence_spans


def test_basic_terminators() -> None:
    df = segment_sentences("一是强化学习。二是严字当头；三是落实！四是什么？")
    assert df["sentence"].tolist() == [
        "一是强化学习。",
        "二是严字当头；",
        "三是落实！",
        "四是什么？",
    ]


def test_never_inside_quotes_or_brackets() -> None:
    text = (
        "牢固树立“抓好从严治党是本职。不抓是失职”的理念。学习《关于……的意见（试行。修订）》等文件。"
    )
    assert segment_sentences(text)["sentence"].tolist() == [
        "牢固树立“抓好从严治党是本职。不抓是失职”的理念。",
        "学习《关于……的意见（试行。修订）》等文件。",
    ]


def test_quote_closing_after_terminator_ends_sentence() -> None:
    text = "他强调：“要把学习作为硬任务。”会议要求各单位落实。"
    assert segment_sentences(text)["sentence"].tolist() == [
        "他强调：“要把学习作为硬任务。”",
        "会议要求各单位落实。",
    ]


def test_paragraph_breaks_end_sentences_and_reset_unbalanced_quotes() -> None:
    text = "一、总体要求\n（一）坚持“第一议题\n制度。二是加强学习。"
    assert segment_sentences(text)["sentence"].tolist() == [
        "一、总体要求",
        "（一）坚持“第一议题",
        "制度。",
        "二是加强学习。",
    ]


def test_soft_line_break_does_not_end_sentence() -> None:
    text = "第一段。\n\n会议听取了市长所作的\n政府工作报告。\n\n第三段。"
    df = segment_sentences(text)
    assert df["sentence"].tolist()[1] == "会议听取了市长所作的\n政府工作报告。"


def test_soft_break_between_non_han_characters_does_not_end_sentence() -> None:
    # web copies break lines around links and sub/superscripts: （PM\n2.5\n）
    text = "细颗粒物（PM\n2.5\n）浓度下降。\n\n第二段。\n\n第三段。\n\n第四段。"
    df = segment_sentences(text)
    assert df["sentence"].tolist() == [
        "细颗粒物（PM\n2.5\n）浓度下降。", "第二段。", "第三段。", "第四段。",
    ]


def test_offsets_point_into_source() -> None:
    text = "\u3000\u3000２０２２年，局党组坚持学习。\u200b 全年召开会议１２次。\n"
    df = segment_sentences(text)
    assert len(df) == 2
    for row in df.itertuples():
        assert text[row.start : row.end] == row.sentence
    assert df["sentence"].tolist()[0] == "２０２２年，局党组坚持学习。"


def test_repeated_terminators_stay_together() -> None:
    assert segment_sentences("真的吗？！是的。")["sentence"].tolist() == ["真的吗？！", "是的。"]


def test_empty_and_blank() -> None:
    assert segment_sentences("").empty
    assert segment_sentences(" \n\u3000\n").empty
    assert list(segment_sentences("").columns) == ["sentence", "start", "end"]


TEXTS = st.lists(
    st.sampled_from([*"党建工作一二“”（）《》。！？；，\n ", "\u3000", "\u200b"]), max_size=60
).map("".join)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_spans_ordered_disjoint_and_cover_all_content(text: str) -> None:
    spans = sentence_spans(text)
    prev_end = 0
    for s, e in spans:
        assert prev_end <= s < e <= len(text)
        prev_end = e
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    for i, ch in enumerate(text):
        if i not in covered:
            assert ch.isspace() or ch == "\u200b", (text, i)


def test_seeds_sentences_are_reasonable(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        df = segment_sentences(text)
        assert len(df) > 30, name
        # no sentence straddles a line (the seeds have one paragraph per line)
        assert not df["sentence"].str.contains("\n").any(), name
        # every sentence ends with end punctuation, a closing quote/bracket, or a line end
        ends = df["end"].tolist()
        for end in ends:
            assert end == len(text) or text[end - 1] in "。！？；”’）》" or text[end] in "\n ", (
                name,
                text[end - 20 : end + 5],
            )
