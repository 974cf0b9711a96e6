from __future__ import annotations

import json
import re
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

from govtext.io import (
    DOC_TYPES,
    TEXT_COLUMNS,
    ReadError,
    ReadWarning,
    detect_encoding,
    infer_metadata,
    read_corpus,
    read_text,
)

from .conftest import CORPUS, SEED_FILES


def _seed(i: int = 0) -> str:
    return SEED_FILES[i].read_text(encoding="utf-8")


def _write_docx(path: Path, text: str) -> None:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    document.save(str(path))


def _write_pdf(path: Path, text: str, *, with_text: bool = True) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    if not with_text:
        c.rect(50, 50, 400, 600, fill=1)
        c.save()
        return
    c.setFont("STSong-Light", 10)
    y = 800
    for line in text.split("\n"):
        for k in range(0, max(len(line), 1), 45):
            c.drawString(40, y, line[k : k + 45])
            y -= 14
            if y < 40:
                c.showPage()
                c.setFont("STSong-Light", 10)
                y = 800
    c.save()


def _read(path: Path | list[Path], **kw: object) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        return read_corpus(path, **kw)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_encodings_of_seeds_round_trip(tmp_path: Path, encoding: str, expected: str) -> None:
    for i, seed in enumerate(SEED_FILES):
        text = seed.read_text(encoding="utf-8")
        if encoding == "gbk":  # GBK lacks the no-break space some seeds contain
            text = text.replace("\xa0", " ")
        path = tmp_path / f"{i}.txt"
        path.write_bytes(text.encode(encoding))
        assert detect_encoding(path.read_bytes()) == expected
        assert read_text(path) == text


def test_gb2312_read_as_gb18030(tmp_path: Path) -> None:
    text = "全面从严治党主体责任情况报告。坚持党要管党、全面从严治党。"
    path = tmp_path / "gb2312.txt"
    path.write_bytes(text.encode("gb2312"))
    assert detect_encoding(path.read_bytes()) == "gb18030"
    assert read_text(path) == text


def test_big5_traditional(tmp_path: Path) -> None:
    import opencc

    # Big5 lacks some characters (為 is 爲 in OpenCC's output): keep those it has
    trad = opencc.OpenCC("s2t").convert(_seed(2)[:1500]).replace("爲", "為")
    data = trad.encode("big5", errors="ignore")
    trad = data.decode("big5")
    assert len(trad) > 1400
    path = tmp_path / "big5.txt"
    path.write_bytes(data)
    assert detect_encoding(data).startswith("big5")
    assert read_text(path) == trad


def test_docx_round_trip(tmp_path: Path) -> None:
    text = _seed(4)
    path = tmp_path / "report.docx"
    _write_docx(path, text)
    assert read_text(path) == text


def test_docx_tables_are_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("2023年工作要点")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "任务"
    table.cell(0, 1).text = "时限"
    table.cell(1, 0).text = "开展“三会一课”"
    table.cell(1, 1).text = "每季度"
    document.add_paragraph("专此报告。")
    path = tmp_path / "t.docx"
    document.save(str(path))
    assert read_text(path) == "2023年工作要点\n任务\t时限\n开展“三会一课”\t每季度\n专此报告。"


def _write_wrapped_pdf(path: Path, text: str, *, indent: float = 0) -> None:
    """A PDF as a word processor makes it: paragraphs wrapped at the margin (CJK rules)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle(
        "cjk", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK",
        firstLineIndent=indent,
    )
    paragraphs = [Paragraph(escape(line.strip()), style) for line in text.split("\n")]
    SimpleDocTemplate(str(path)).build([p for p in paragraphs if p.text])


def _paragraphs(text: str) -> list[str]:
    return ["".join(line.split()) for line in text.split("\n") if line.strip()]


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    text = _seed(4)
    path = tmp_path / "report.pdf"
    _write_pdf(path, text)
    got = read_text(path)
    assert "".join(got.split()) == "".join(text.split())
    # the lines drawn at the margin are re-joined: a break only where a paragraph of the
    # source ends or, when a drawn line ends with a sentence, after that sentence
    source = _paragraphs(text)
    read = _paragraphs(got)
    assert len(source) <= len(read) <= len(source) + 3
    for paragraph in read:
        assert any(paragraph in p for p in source), paragraph[:20]
        assert paragraph in source or paragraph[-1] in "。！？；：", paragraph[-20:]


@pytest.mark.parametrize("indent", [0, 22], ids=["flush", "indented"])
def test_wrapped_pdf_gives_the_statistics_of_the_text(tmp_path: Path, indent: float) -> None:
    """A report saved as a PDF counts like the report: wrapped lines are re-joined.

    Tolerance: sentences, slogans and commitments equal within 2% (at least 1);
    paragraphs equal within 1 when paragraphs are indented, else at most half again as
    many (a drawn line that happens to end with a sentence looks like a paragraph end).
    """
    from govtext.summary import stats

    for src in SEED_FILES:
        _write_wrapped_pdf(tmp_path / f"{src.stem}.pdf", src.read_text(encoding="utf-8"),
                           indent=indent)
    want = stats(read_corpus(CORPUS)).set_index("doc_id")
    got = stats(read_corpus(tmp_path)).set_index("doc_id")
    assert list(got.index) == list(want.index)
    for column in ("n_sentences", "n_slogans", "n_commitments"):
        diff = (got[column] - want[column]).abs()
        print(column, want[column].tolist(), got[column].tolist())
        assert (diff <= (0.02 * want[column]).clip(lower=1)).all(), column
    print("n_paragraphs", want["n_paragraphs"].tolist(), got["n_paragraphs"].tolist())
    assert (got["n_paragraphs"] >= want["n_paragraphs"]).all()
    if indent:
        assert ((got["n_paragraphs"] - want["n_paragraphs"]).abs() <= 1).all()
    else:
        assert (got["n_paragraphs"] <= 1.5 * want["n_paragraphs"]).all()
    # the slogans of every document are the same (none cut by a line end)
    for doc_id in want.index:
        assert got.loc[doc_id, "top_slogans"] == want.loc[doc_id, "top_slogans"]


def test_unwrap_lines_keeps_headings_and_short_lines() -> None:
    from govtext.io import unwrap_lines

    full = "严格落实全面从严治党主体责任，持之以恒抓好支部党员经常性教育管理"
    page = "\n".join(
        [
            "2022年党建工作情况报告",
            "一、主要工作",
            full,
            "监督，取得了明显成效。",
            "二、存在问题",
            full,
            "，有的党员学习不够深入",  # a comma pushed to the start of the line
            "（一）理论学习",
            *[full] * 6,
            "完。",
        ]
    )
    lines = unwrap_lines([page]).split("\n")
    assert lines[:3] == ["2022年党建工作情况报告", "一、主要工作", full + "监督，取得了明显成效。"]
    assert lines[3:6] == ["二、存在问题", full + "，有的党员学习不够深入", "（一）理论学习"]
    assert lines[6] == full * 6 + "完。"
    assert len(lines) == 7
    # Latin words keep a space; blank lines stay paragraph breaks
    assert unwrap_lines(["a b c " + "x" * 60 + " word\nnext\n\nnew"]).endswith("word next\n\nnew")


def test_scanned_pdf_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    _write_pdf(path, "", with_text=False)
    with pytest.raises(ReadError, match=r"no text layer.*OCR"):
        read_text(path)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("corrupt.docx", b"PK\x03\x04 this is not a zip archive", "not a valid .docx"),
        ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "not supported"),
    ],
)
def test_bad_files_raise_with_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as info:
        read_text(path)
    assert name in str(info.value)
    assert reason in info.value.reason


# ------------------------------------------------------------------------------ corpus


def test_seed_corpus_with_metadata() -> None:
    df = _read(CORPUS)
    assert list(df.columns[:10]) == [
        "doc_id",
        "path",
        "title",
        "year",
        "doc_type",
        "org",
        "encoding",
        "script",
        "n_chars",
        "text",
    ]
    assert len(df) == 5
    assert df["doc_id"].tolist() == [p.stem for p in SEED_FILES]
    assert (df["year"] == 2022).all()
    assert (df["script"] == "simplified").all()
    assert set(df["doc_type"]) <= set(DOC_TYPES)
    meta = pd.read_csv(CORPUS / "metadata.csv")
    assert df["doc_type"].tolist() == meta["doc_type"].tolist()
    assert df["title"].tolist() == meta["title"].tolist()
    assert df.attrs["errors"] == []
    skipped = sorted(Path(s["path"]).name for s in df.attrs["skipped"])
    assert skipped == ["README.md", "metadata.csv"]
    for _, row in df.iterrows():
        assert row["n_chars"] == len(row["text"]) == len(Path(row["path"]).read_text("utf-8"))


def test_inferred_metadata_of_seeds_agrees_with_hand_metadata(tmp_path: Path) -> None:
    """Without metadata.csv, year and doc_type are inferred; they match the hand labels."""
    for seed in SEED_FILES:
        shutil.copy(seed, tmp_path / seed.name)
    df = _read(tmp_path)
    meta = pd.read_csv(CORPUS / "metadata.csv")
    assert df["year"].tolist() == meta["year"].tolist()
    assert df["doc_type"].tolist() == meta["doc_type"].tolist()
    # titles are inferred only where the report has a title line (002, 003)
    assert df["title"].notna().tolist() == [False, False, True, True, False]
    assert df.loc[2, "title"] == "2022年度市局班子成员述责述廉报告"


def test_mixed_folder_good_and_bad(tmp_path: Path) -> None:
    """Re-encoded seeds and a .docx read with their original length; bad files are named."""
    originals = {}
    for i, (seed, enc) in enumerate(
        zip(SEED_FILES, ["gb18030", "utf-16", "utf-8-sig", "utf-8", None], strict=True)
    ):
        text = seed.read_text(encoding="utf-8")
        originals[f"s{i}"] = len(text)
        if enc is None:
            _write_docx(tmp_path / f"s{i}.docx", text)
        else:
            (tmp_path / f"s{i}.txt").write_bytes(text.encode(enc))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "empty.txt").write_bytes(b"")
    (tmp_path / "image.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "corrupt.docx").write_bytes(b"PK\x03\x04garbage")
    with pytest.warns(ReadWarning, match="3 input"):
        df = read_corpus(tmp_path)
    assert dict(zip(df["doc_id"], df["n_chars"], strict=True)) == originals
    assert df.set_index("doc_id")["encoding"].to_dict() == {
        "s0": "gb18030",
        "s1": "utf-16",
        "s2": "utf-8-sig",
        "s3": "utf-8",
        "s4": "docx",
    }
    errors = {Path(e["path"]).name: e["error"] for e in df.attrs["errors"]}
    assert set(errors) == {"empty.txt", "image.bin", "corrupt.docx"}
    assert errors["empty.txt"] == "empty file"
    assert "unsupported file type .bin" in errors["image.bin"]
    assert "not a valid .docx" in errors["corrupt.docx"]


def test_errors_raise(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("2023年工作要点", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(ReadError, match=r"b\.txt: empty file"):
        read_corpus(tmp_path, errors="raise")


def test_bad_errors_parameter() -> None:
    with pytest.raises(ValueError, match="The 'errors' parameter of read_corpus must be one of"):
        read_corpus(CORPUS, errors="ignore")


def test_missing_path_reported(tmp_path: Path) -> None:
    df = _read([tmp_path / "nope.txt", SEED_FILES[0]])
    assert len(df) == 1
    assert df.attrs["errors"][0]["error"] == "no such file or folder"


def test_list_of_paths_and_pattern(tmp_path: Path) -> None:
    for seed in SEED_FILES[:2]:
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "notes.md").write_text("2021年工作总结\n\n内容。", encoding="utf-8")
    assert len(_read(tmp_path, pattern="*.txt")) == 2
    assert len(_read([SEED_FILES[0], SEED_FILES[1]])) == 2
    df = _read(tmp_path)
    assert set(df["doc_type"]) == {"responsibility_report", "work_plan", "work_summary"}


def test_jsonl_table(tmp_path: Path) -> None:
    rows = [
        {"title": "2023年某局工作要点", "content": _seed(1)[:500], "author": "某局"},
        {
            "title": "第十三届全国人民代表大会第二次会议关于政府工作报告的决议",
            "content": "会议认为报告实事求是，同意批准。",
        },
        {"title": "空", "content": ""},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(1, "{not json")
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    df = _read(path)
    assert df["doc_id"].tolist() == ["docs:1", "docs:3"]
    assert df["year"].tolist() == [2023, 2019]
    assert df["doc_type"].tolist() == ["work_plan", "resolution"]
    assert df.loc[0, "author"] == "某局"
    assert len(df.loc[0, "text"]) == 500
    errors = {e["path"]: e["error"] for e in df.attrs["errors"]}
    assert errors == {
        f"{path}:2": "invalid JSON (Expecting property name enclosed in double quotes)",
        f"{path}:4": "empty 'content'",
    }


def test_csv_table_gb18030_with_id_and_year(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "id": ["r1", "r2"],
            "年份": ["2021", "2022"],
            "year": ["2021", ""],
            "正文": ["2021年工作总结。坚持“三会一课”。", "二〇二二年述责述廉报告正文。"],
        }
    )
    path = tmp_path / "t.csv"
    path.write_bytes(frame.to_csv(index=False).encode("gb18030"))
    df = _read(path)
    assert df["doc_id"].tolist() == ["r1", "r2"]
    assert df["encoding"].tolist() == ["gb18030", "gb18030"]
    assert df["year"].tolist()[0] == 2021
    assert df["text"].tolist() == frame["正文"].tolist()
    assert "年份" in df.columns


def test_explicit_metadata_table(tmp_path: Path) -> None:
    shutil.copy(SEED_FILES[0], tmp_path / "a.txt")
    meta = pd.DataFrame(
        {"file": ["a.txt"], "title": ["甲"], "year": [2019], "org": ["某局"], "region": ["华东"]}
    )
    df = _read(tmp_path, metadata=meta)
    assert df.loc[0, ["title", "year", "org", "region"]].tolist() == ["甲", 2019, "某局", "华东"]


def test_duplicate_stems_get_unique_ids(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("2021年工作总结", encoding="utf-8")
    (tmp_path / "a.md").write_text("2022年工作总结", encoding="utf-8")
    df = _read(tmp_path)
    assert df["doc_id"].is_unique


def test_infer_metadata_dates() -> None:
    assert (
        infer_metadata("政府工作报告\n\n——2027年3月5日在第十四届全国人民代表大会第五次会议上")[
            "year"
        ]
        == 2027
    )
    assert (
        infer_metadata(
            "关于政府工作报告的决议\n（2026年3月12日第十四届全国人民代表大会第四次会议通过）"
        )["year"]
        == 2026
    )
    assert infer_metadata("内容", filename="report_2019.txt")["year"] == 2019
    assert infer_metadata("没有年份的文字。")["year"] is None
    assert infer_metadata("2022年度市局班子成员述责述廉报告")["doc_type"] == "duty_integrity_report"


def test_state_council_corpus_every_document_has_a_year(
    gwr_path: Path, gwr_records: list[dict[str, str]]
) -> None:
    df = _read(gwr_path)
    assert len(df) == 72
    assert df["year"].notna().all()
    assert df.attrs["errors"] == []
    resolutions = df[df["title"].str.contains("决议")]
    assert len(resolutions) == 20
    assert set(resolutions["doc_type"]) == {"resolution"}
    # the reports' own year field agrees with inference from their titles and texts
    for rec in gwr_records:
        if rec["year"]:
            inferred = infer_metadata(rec["content"], title=rec["title"])["year"]
            assert inferred == int(rec["year"]), rec["title"]
    # a resolution is dated from its text: 13th NPC, 3rd session -> 2020 (no report that year)
    row = df[df["title"] == "第十三届全国人民代表大会第三次会议关于政府工作报告的决议"]
    assert row["year"].tolist() == [2020]


# ------------------------------------------------------------- tables, metadata, notes


def _notes(df: pd.DataFrame) -> str:
    return "\n".join(df.attrs["warnings"])


def test_non_string_text_column_is_an_error_of_the_row(tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    rows = [
        {"title": "2021年政府工作报告", "text": 12345, "year": 2021},
        {"title": "2022年政府工作报告", "text": "坚持“两个确立”。", "year": 2022},
        {"title": "2023年政府工作报告", "text": None, "year": 2023},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    df = _read(path)
    # the 'text' column is the text, never the longer 'title' column
    assert df["text"].tolist() == ["坚持“两个确立”。"]
    assert df["title"].tolist() == ["2022年政府工作报告"]
    errors = {e["path"]: e["error"] for e in df.attrs["errors"]}
    assert errors == {f"{path}:1": "'text' is int, not str", f"{path}:3": "empty 'text'"}
    # a table whose text column holds no string at all: every row named, no other column used
    only = tmp_path / "only.jsonl"
    only.write_text(json.dumps(rows[0], ensure_ascii=False), encoding="utf-8")
    df = _read(only)
    assert df.empty
    assert df.attrs["errors"] == [{"path": f"{only}:1", "error": "'text' is int, not str"}]


def test_table_without_a_text_column_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    pd.DataFrame({"标题": ["2022年工作要点"], "报告": ["坚持“两个确立”，树牢“四个意识”。"]}).to_csv(
        path, index=False
    )
    df = _read(path)
    assert df.empty
    assert df.attrs["errors"] == [
        {
            "path": str(path),
            "error": f"the table has no text column (one of {', '.join(TEXT_COLUMNS)}); "
            "its columns: 标题, 报告",
        }
    ]


@pytest.mark.parametrize(
    ("content", "n_docs"),
    [
        ('{\n  "title": "2022年工作要点",\n  "text": "树牢四个意识。"\n}\n', 1),
        ('[\n  {\n    "title": "2022年工作要点",\n    "text": "树牢四个意识。"\n  },\n'
         '  {\n    "title": "2023年工作要点",\n    "text": "做到两个维护。"\n  }\n]\n', 2),
        ('{"title": "2022年工作要点", "text": "树牢四个意识。"}\n'
         '{"title": "2023年工作要点", "text": "做到两个维护。"}\n', 2),
    ],
    ids=["pretty-object", "pretty-array", "json-lines"],
)
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_file_whole_document_first(
    tmp_path: Path, content: str, n_docs: int, suffix: str
) -> None:
    path = tmp_path / f"d{suffix}"
    path.write_text(content, encoding="utf-8")
    df = _read(path)
    assert df.attrs["errors"] == []
    assert df["text"].tolist() == ["树牢四个意识。", "做到两个维护。"][:n_docs]
    assert df["year"].tolist() == [2022, 2023][:n_docs]


def test_docx_merged_cells_once(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("2023年工作要点")
    table = document.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            table.cell(r, c).text = f"格{r}{c}"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "重点任务"  # across two columns
    table.cell(1, 2).merge(table.cell(2, 2)).text = "每季度"  # down two rows
    cell = table.cell(1, 0)
    cell.text = "三会一课"
    cell.add_paragraph("主题党日")  # two paragraphs in one cell
    path = tmp_path / "m.docx"
    document.save(str(path))
    text = read_text(path)
    assert text.split("\n") == [
        "2023年工作要点",
        "重点任务\t格02",
        "三会一课 主题党日\t格11\t每季度",
        "格20\t格21\t",
    ]
    assert text.count("重点任务") == text.count("每季度") == 1


def test_hidden_files_are_listed_as_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("2023年工作要点\n一、总体要求", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("2023年工作要点草稿", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    for name in ("HEAD", "config"):
        (tmp_path / ".git" / name).write_text("x", encoding="utf-8")
    df = _read(tmp_path)
    assert df["doc_id"].tolist() == ["a"]
    skipped = {Path(s["path"]).name: s["reason"] for s in df.attrs["skipped"]}
    assert skipped == {".draft.txt": "hidden file", ".git": "hidden folder"}


def test_metadata_rows_matching_no_file_and_unknown_doc_type(tmp_path: Path) -> None:
    shutil.copy(SEED_FILES[2], tmp_path / "a.txt")
    (tmp_path / "metadata.csv").write_text(
        "file,title,year,org,doc_type\n"
        "a.txt,标题A,2021,某局,述责述廉\n"
        "missing.txt,不存在,2020,x,other\n",
        encoding="utf-8",
    )
    with pytest.warns(ReadWarning) as record:
        df = read_corpus(tmp_path)
    messages = [str(w.message) for w in record]
    assert df["doc_type"].tolist() == ["述责述廉"]  # kept as given
    assert df.attrs["metadata_unmatched"] == [
        {"metadata": str(tmp_path / "metadata.csv"), "file": "missing.txt"}
    ]
    assert any("missing.txt" in m and "match no file" in m for m in messages)
    assert any("a.txt" in m and "'述责述廉'" in m and "document types" in m for m in messages)
    assert df.attrs["errors"] == []


def test_metadata_of_an_unreadable_file_is_matched(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("2022年工作要点", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,doc_type\na.txt,work_plan\nb.txt,work_plan\n", encoding="utf-8"
    )
    df = _read(tmp_path)
    assert df.attrs["metadata_unmatched"] == []
    assert df.attrs["warnings"] == []


def test_doc_files_get_the_save_as_docx_message(tmp_path: Path) -> None:
    (tmp_path / "x.doc").write_bytes(b"not even an OLE file")
    (tmp_path / "b.txt").write_text("2022年工作要点", encoding="utf-8")
    df = _read(tmp_path)
    assert df.attrs["errors"] == [
        {
            "path": str(tmp_path / "x.doc"),
            "error": "old binary Word .doc files are not supported; save it as .docx",
        }
    ]


def test_damaged_pdf_is_reported_not_printed(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    import logging

    path = tmp_path / "z.pdf"
    path.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(ReadError) as info:
        read_text(path)
    assert "not a valid PDF" in info.value.reason
    assert "EOF marker not found" in info.value.reason  # what pypdf said, in the reason
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
    assert logging.getLogger("pypdf").propagate  # restored


# ------------------------------------------------------------------------------ Markdown


def test_markdown_is_read_as_plain_text(tmp_path: Path) -> None:
    from govtext.summary import stats

    text = SEED_FILES[1].read_text(encoding="utf-8")  # a work plan, no masks
    lines = [line.rstrip() for line in text.split("\n")]
    heading = re.compile(r"^[一二三四五六七八九十]+、")
    md_lines = ["# 2022年XX局全面从严治党工作要点", ""]
    for line in lines:
        md_lines.append(f"**{line}**" if heading.match(line) else line)
    md_lines += [
        "", "附：", "- 学习《[中国共产党章程](https://example.org/)》", "* 落实__“三会一课”__"
    ]
    (tmp_path / "plan.md").write_text("\n".join(md_lines), encoding="utf-8")
    (tmp_path / "plan.txt").write_text(
        "\n".join(["2022年XX局全面从严治党工作要点", "", *lines, "", "附：",
                   "学习《中国共产党章程》", "落实“三会一课”"]),
        encoding="utf-8",
    )
    got = read_text(tmp_path / "plan.md")
    assert "*" not in got and "#" not in got and "_" not in got and "](" not in got
    assert got.split("\n")[-2:] == ["学习《中国共产党章程》", "落实“三会一课”"]
    assert "\n一、以政治建设为引领，推进全面从严治党\n" in got
    table = stats(_read(tmp_path)).set_index("doc_id")
    assert table.loc["plan", "n_placeholders"] == table.loc["plan#2", "n_placeholders"]
    assert table.loc["plan", "title"] == "2022年XX局全面从严治党工作要点"
    columns = ["n_paragraphs", "n_sentences", "n_sections", "n_slogans", "n_commitments"]
    assert table.loc["plan", columns].tolist() == table.loc["plan#2", columns].tolist()
    # read as written on request
    raw = read_text(tmp_path / "plan.md", markdown=False)
    assert raw.startswith("# 2022年") and "**一、" in raw


def test_markdown_keeps_masks(tmp_path: Path) -> None:
    from govtext.io import markdown_to_text

    for seed in SEED_FILES:
        text = seed.read_text(encoding="utf-8")
        rendered = markdown_to_text(text)
        assert rendered.count("*") == text.count("*"), seed.name
        assert "".join(rendered.split()) == "".join(text.split())
    # emphasis in a document without masks is markup
    assert markdown_to_text("坚持**两个确立**，做到*两个维护*。") == "坚持两个确立，做到两个维护。"
    assert markdown_to_text("| 任务 | 时限 |\n|---|---|\n| 三会一课 | 每季度 |") == (
        "任务\t时限\n三会一课\t每季度"
    )
    assert markdown_to_text("坚持**“两个确立”**、~~删去~~。") == "坚持“两个确立”、删去。"
    assert markdown_to_text("**坚持*两个确立*不动摇**") == "坚持两个确立不动摇"
    # escaped markers, fill-in blanks and a masked document keep their characters
    assert markdown_to_text("填写\\*号，于____年") == "填写*号，于____年"
    assert markdown_to_text("**一、任务**\n召开**党组会议*次") == "**一、任务**\n召开**党组会议*次"


def test_warning_and_error_classes_are_exported() -> None:
    import govtext
    from govtext._util import AnalysisWarning, ParameterError
    from govtext.frequency import MissingGroupWarning

    assert govtext.ReadWarning is ReadWarning
    assert govtext.ReadError is ReadError
    assert govtext.ParameterError is ParameterError
    assert govtext.AnalysisWarning is AnalysisWarning
    assert govtext.MissingGroupWarning is MissingGroupWarning
    for name in ("ReadWarning", "ParameterError", "AnalysisWarning", "MissingGroupWarning"):
        assert name in govtext.__all__
