"""Bad input never stops a corpus run: each bad file is named with a reason, and the
good file beside it is read as if it were alone."""

from __future__ import annotations

import json
import os
import random
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

from govtext.io import ReadWarning, markdown_to_text, read_corpus, read_text

GOOD = "2023年工作要点\n一、总体要求\n坚持“两个确立”，做到“两个维护”。\n"


def _read(path: Path | list[Path], **kw: object) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        return read_corpus(path, **kw)  # type: ignore[arg-type]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def _errors(df: pd.DataFrame) -> dict[str, str]:
    return {Path(e["path"]).name: e["error"] for e in df.attrs["errors"]}


def _good_read(df: pd.DataFrame) -> None:
    good = df[df["doc_id"] == "good"]
    assert good["text"].tolist() == [GOOD]


# ------------------------------------------------------------------------------ JSON


def test_deeply_nested_json_is_named(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    df = _read(folder)
    _good_read(df)
    assert _errors(df) == {"deep.json": "invalid JSON (nested too deeply to parse)"}


def test_deeply_nested_jsonl_line_is_named_and_other_rows_kept(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    row = json.dumps({"title": "2022年工作要点", "text": "树牢“四个意识”。"}, ensure_ascii=False)
    (folder / "deep.jsonl").write_text(
        row + "\n" + '{"a":' * 100_000 + "\n" + row + "\n", encoding="utf-8"
    )
    df = _read(folder)
    _good_read(df)
    assert df.attrs["errors"] == [
        {"path": f"{folder / 'deep.jsonl'}:2", "error": "invalid JSON (nested too deeply to parse)"}
    ]
    assert sorted(df["doc_id"]) == ["deep:1", "deep:3", "good"]


def test_jsonl_split_on_newline_only(tmp_path: Path) -> None:
    path = tmp_path / "sep.jsonl"
    rows = [
        {"doc_id": "a", "text": "坚持\u2028“两个确立”。"},
        {"doc_id": "b", "text": "做到\u0085“两个维护”。\u2029"},
        {"doc_id": "c", "text": "树牢“四个意识”。"},
    ]
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    df = _read(path)
    assert df.attrs["errors"] == []
    assert df["doc_id"].tolist() == ["a", "b", "c"]
    assert df["text"].tolist() == [r["text"] for r in rows]
    assert df["path"].tolist() == [f"{path}:1", f"{path}:2", f"{path}:3"]


def test_non_string_title_is_coerced_or_the_row_named(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    rows = [
        {"doc_id": "num", "title": 2023, "org": 7, "text": "树牢“四个意识”。"},
        {"doc_id": "list", "title": ["2023年", "工作要点"], "text": "做到“两个维护”。"},
        {"doc_id": "obj", "doc_type": {"a": 1}, "text": "坚定“四个自信”。"},
    ]
    (folder / "t.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8"
    )
    df = _read(folder)
    _good_read(df)
    table = folder / "t.jsonl"
    assert df.attrs["errors"] == [
        {"path": f"{table}:2", "error": "'title' is list, not str"},
        {"path": f"{table}:3", "error": "'doc_type' is dict, not str"},
    ]
    num = df.set_index("doc_id").loc["num"]
    assert (num["title"], num["org"]) == ("2023", "7")


def test_lone_surrogates_are_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"doc_id": "s", "title": "x\\udfff", "text": "坚持\\ud800落实。"}\n')
    df = _read(path)
    assert df["text"].tolist() == ["坚持\ufffd落实。"]
    assert df["title"].tolist() == ["x\ufffd"]
    assert df.attrs["warnings"] == [f"{path}:1: 2 lone surrogate(s) replaced with U+FFFD"]


# ------------------------------------------------------------------- files and folders


@pytest.mark.parametrize("name", ["x.txt", "x.csv", "x.pdf", "x.docx"])
def test_fifo_is_named_not_opened(tmp_path: Path, name: str) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / name)
    df = _read(folder)  # would block forever if the FIFO were opened
    _good_read(df)
    assert _errors(df) == {name: "not a regular file (a FIFO), not read"}


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_symlink_to_a_device_is_named(tmp_path: Path, device: str) -> None:
    folder = _folder(tmp_path)
    (folder / "dev.txt").symlink_to(device)
    (folder / "dev.jsonl").symlink_to(device)
    df = _read(folder)
    _good_read(df)
    reason = "not a regular file (a device), not read"
    assert _errors(df) == {"dev.txt": reason, "dev.jsonl": reason}


def test_files_over_max_bytes_are_named(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    big = "坚持“两个确立”。\n" * 200
    (folder / "big.txt").write_text(big, encoding="utf-8")
    (folder / "big.jsonl").write_text(json.dumps({"text": big}), encoding="utf-8")
    size = len(big.encode("utf-8"))
    df = _read(folder, max_bytes=1000)
    _good_read(df)
    errors = _errors(df)
    assert errors["big.txt"] == f"{size:,} bytes, more than max_bytes=1,000; not read"
    assert set(errors) == {"big.txt", "big.jsonl"}
    with pytest.raises(ValueError, match="max_bytes must be a positive int"):
        read_corpus(folder, max_bytes=0)


def test_symlink_loop_is_named_as_a_loop(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    df = _read(folder)
    _good_read(df)
    loop = "symlink loop (too many levels of symbolic links)"
    assert _errors(df) == {"a.txt": loop, "b.txt": loop}


def test_deep_folder_tree_is_walked(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    deep = str(folder)
    for _ in range(1200):  # Path.mkdir(parents=True) itself recurses
        deep += "/d"
        os.mkdir(deep)
    Path(deep, "deep.txt").write_text(GOOD, encoding="utf-8")
    try:
        df = _read(folder)
    finally:  # shutil.rmtree, which cleans tmp_path up, recurses too
        os.remove(Path(deep, "deep.txt"))
        for _ in range(1200):
            os.rmdir(deep)
            deep = os.path.dirname(deep)
    _good_read(df)
    assert df.attrs["errors"] == []
    assert sorted(Path(p).name for p in df["path"]) == ["deep.txt", "good.txt"]


def test_path_longer_than_the_system_allows_is_named(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "z").mkdir()
    fd = os.open(folder / "z", os.O_RDONLY)
    names = ["n" * 200] * 25  # 5,000 characters, more than PATH_MAX
    try:
        for name in names:
            os.mkdir(name, dir_fd=fd)
            nxt = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nxt
    finally:
        os.close(fd)
    df = _read(folder)
    _good_read(df)
    (failure,) = df.attrs["errors"]
    assert failure["error"] == "folder cannot be listed: path too long for the operating system"
    assert failure["path"].startswith(str(folder / "z" / names[0]))


# ------------------------------------------------------------------------------ .docx

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with_body(path: Path, body_xml: str) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("2023年工作要点")
    body = document.element.body
    for child in parse_xml(f'<w:body xmlns:w="{_W_NS}">{body_xml}</w:body>'):
        body.insert(len(body) - 1, child)  # before w:sectPr
    document.save(str(path))


def test_docx_text_inside_controls_insertions_tags_and_fields_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.docx"
    _docx_with_body(
        path,
        "<w:sdt><w:sdtPr><w:alias w:val='x'/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>一、控件中的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        "<w:p><w:r><w:t>坚持</w:t></w:r><w:ins w:id='1' w:author='a'><w:r><w:t>“两个确立”</w:t>"
        "</w:r></w:ins><w:del w:id='2' w:author='a'><w:r><w:delText>删去</w:delText></w:r>"
        "</w:del><w:r><w:t>，</w:t></w:r>"
        "<w:smartTag w:uri='u' w:element='e'><w:r><w:t>做到</w:t></w:r></w:smartTag>"
        "<w:fldSimple w:instr=' MERGEFIELD x '><w:r><w:t>“两个维护”</w:t></w:r></w:fldSimple>"
        "<w:sdt><w:sdtContent><w:r><w:t>。</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> PAGE </w:instrText>"
        "</w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>3</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>",
    )
    text = read_corpus(path)["text"].iloc[0]
    assert text == "2023年工作要点\n一、控件中的段落\n坚持“两个确立”，做到“两个维护”。\n3"


def test_docx_table_cells_keep_inserted_text(tmp_path: Path) -> None:
    path = tmp_path / "table.docx"
    _docx_with_body(
        path,
        "<w:tbl><w:tr><w:tc><w:p><w:ins w:id='1' w:author='a'><w:r><w:t>甲</w:t></w:r></w:ins>"
        "</w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    )
    assert read_corpus(path)["text"].iloc[0] == "2023年工作要点\n甲\t乙"


def test_docx_decompression_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    import zipfile

    folder = _folder(tmp_path)
    good_docx = folder / "ok.docx"
    _docx_with_body(good_docx, "")
    bomb = folder / "bomb.docx"
    with zipfile.ZipFile(good_docx) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                head, _, tail = data.decode("utf-8").partition("</w:body>")
                para = "<w:p><w:r><w:t>坚持</w:t></w:r></w:p>"
                data = (head + para * 300_000 + "</w:body>" + tail).encode("utf-8")
            dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    assert bomb.stat().st_size < 200_000
    df = _read(folder)
    _good_read(df)
    assert df.set_index("doc_id").loc["ok", "text"] == "2023年工作要点"
    reason = _errors(df)["bomb.docx"]
    assert reason.startswith("word/document.xml would expand ")
    assert reason.endswith("(a decompression bomb?); not read")
    df = _read(folder, max_bytes=good_docx.stat().st_size)  # the file fits, its parts not
    assert _errors(df)["ok.docx"].startswith("would expand to ")


# ------------------------------------------------------------------------- encodings

GB_LINE = "二、存在的问题\n"
UTF8_LINE = "坚持“两个确立”，做到“两个维护”。\n"


def test_stray_byte_is_replaced_with_a_warning(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    head = UTF8_LINE.encode("utf-8")
    (folder / "stray.txt").write_bytes(head + b"\xff" + UTF8_LINE.encode("utf-8"))
    df = _read(folder)
    _good_read(df)
    assert df.attrs["errors"] == []
    row = df.set_index("doc_id").loc["stray"]
    assert row["text"] == UTF8_LINE + "\ufffd" + UTF8_LINE
    assert row["encoding"] == "utf-8"
    assert df.attrs["warnings"] == [
        f"{folder / 'stray.txt'}: 1 undecodable byte sequence(s) replaced with U+FFFD "
        f"(the first at byte offset {len(head)})"
    ]


def test_utf8_cut_mid_character_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    data = (UTF8_LINE * 3).encode("utf-8").rstrip(b"\n")
    path.write_bytes(data[:-1])  # the last 。 loses its last byte
    with pytest.warns(ReadWarning, match=r"cut\.txt: 1 undecodable byte sequence"):
        text = read_text(path)
    assert text == (UTF8_LINE * 3).rstrip("\n")[:-1] + "\ufffd"


def test_gbk_file_with_one_utf8_line_is_decoded_per_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    lines = [GOOD.encode("gb18030"), UTF8_LINE.encode("utf-8"), GB_LINE.encode("gb18030")]
    path.write_bytes(b"".join(lines))
    df = _read(path)
    assert df.attrs["errors"] == []
    assert df["text"].tolist() == [GOOD + UTF8_LINE + GB_LINE]
    assert df["encoding"].tolist() == ["utf-8+gb18030"]
    assert any("lines in two encodings" in w for w in df.attrs["warnings"])


def test_csv_rows_in_two_encodings(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "doc_id,text\n".encode("ascii")
        + f"a,{UTF8_LINE}".encode()
        + f"b,{GB_LINE}".encode("gb18030")
    )
    df = _read(path)
    assert df.attrs["errors"] == []
    assert df["text"].tolist() == [UTF8_LINE.strip(), GB_LINE.strip()]


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "blank.txt").write_text(" \n\u3000\u3000\n\ufeff\u3000", encoding="utf-8")
    df = _read(folder)
    _good_read(df)
    assert _errors(df) == {"blank.txt": "empty file (only whitespace)"}


# ------------------------------------------------------------------ tables and the CLI


def test_csv_without_a_text_column_is_an_error_of_the_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    pd.DataFrame({"title": ["2022年工作要点"], "year": ["2022"]}).to_csv(
        folder / "years.csv", index=False
    )
    df = _read(folder)
    _good_read(df)
    assert len(df) == 1  # the year column is never analysed as text
    assert _errors(df)["years.csv"].endswith("its columns: title, year")


def test_cli_output_in_the_input_folder_is_not_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govtext.cli import main

    folder = _folder(tmp_path)
    (folder / "README.txt").write_text("说明", encoding="utf-8")
    (folder / ".draft.txt").write_text(GOOD, encoding="utf-8")
    for command, name in (("stats", "stats.csv"), ("sections", "sections.csv")):
        for _ in range(2):  # the second run meets the first run's output
            argv = [command, str(folder), "--output", str(folder / name), "--verbose"]
            assert main(argv) == 0
            err = capsys.readouterr().err
            assert "Traceback" not in err
            assert f"govtext: skipped {folder / 'README.txt'} (not a document" in err
            assert f"govtext: skipped {folder / '.draft.txt'} (hidden file)" in err
        out = pd.read_csv(folder / name)
        assert set(out["doc_id"]) == {"good"}
    # the next run names both outputs and reads the good file alone
    df = _read(folder)
    _good_read(df)
    assert len(df) == 1
    assert set(_errors(df)) == {"stats.csv"}
    skipped = {Path(s["path"]).name: s["reason"] for s in df.attrs["skipped"]}
    assert skipped["sections.csv"] == (
        "a table of results (doc_id, start, end columns), not a corpus"
    )


def _bad_folder(tmp_path: Path) -> Path:
    """One good report beside one of each kind of bad file."""
    folder = _folder(tmp_path)
    (folder / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    (folder / "rows.jsonl").write_text(
        '{"doc_id": "s", "title": 7, "text": "坚持\\ud800“两个确立”。"}\n'
        + '{"a":' * 100_000
        + '\n{"doc_id": "l", "title": [1], "text": "落实。"}\n',
        encoding="utf-8",
    )
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "stray.txt").write_bytes(UTF8_LINE.encode() + b"\xff")
    (folder / "blank.txt").write_text("\u3000\n", encoding="utf-8")
    (folder / "years.csv").write_text("title,year\n报告,2022\n", encoding="utf-8")
    (folder / "bad\nname.txt").write_bytes(b"")
    return folder


@pytest.mark.parametrize(
    "command",
    [["stats"], ["kwic", "两个"], ["commitments"], ["sections"]],
    ids=["stats", "kwic", "commitments", "sections"],
)
def test_cli_names_every_bad_file_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    from govtext.cli import main

    folder = _bad_folder(tmp_path)
    argv = [command[0], str(folder), *command[1:], "--format", "csv", "--quiet"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = [x for x in captured.err.splitlines() if x.startswith("govtext: cannot read ")]
    named = {line.removeprefix("govtext: cannot read ").split(": ")[0] for line in lines}
    expected = {
        f"{folder}/{name}"
        for name in ("deep.json", "fifo.txt", "zero.txt", "blank.txt", "years.csv")
    } | {f"{folder}/rows.jsonl:2", f"{folder}/rows.jsonl:3", f"{folder}/bad\\nname.txt"}
    assert named == expected
    assert len(lines) == len(expected)  # one line each: a newline in a name is escaped
    assert "stray.txt: 1 undecodable byte sequence(s)" in captured.err
    assert "lone surrogate(s) replaced" in captured.err
    assert "doc_id" in captured.out


# ------------------------------------------------------------------ Markdown emphasis

_REFERENCE = (  # the rules as regexes: quadratic on a line of unclosed markers
    ("*", re.compile(r"(?<!\*)(\*\*|\*)(?![\s*])([^\n]*?[^\s*])\1(?!\*)"), r"\2"),
    ("_", re.compile(r"(?<!_)__(?![\s_])([^\n]*?[^\s_])__(?!_)"), r"\1"),
    ("~", re.compile(r"(?<!~)~~(?![\s~])([^\n]*?[^\s~])~~(?!~)"), r"\1"),
)


def test_emphasis_scanner_matches_the_regex_rules() -> None:
    from govtext.io import _strip_emphasis

    def reference(text: str, stars: bool) -> str:
        previous = None
        while previous != text:
            previous = text
            for mark, pattern, repl in _REFERENCE:
                if mark != "*" or stars:
                    text = pattern.sub(repl, text)
        return text

    rng = random.Random(13)
    alphabet = ["*", "**", "***", "_", "__", "~~", "~", " ", "\n", "坚持", "a", "“", "。", "\u3000"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        for stars in (True, False):
            assert _strip_emphasis(text, stars=stars) == reference(text, stars), text


@pytest.mark.parametrize(
    "line",
    [
        "*a " * 20_000,  # each marker opened a search of the rest of the line
        "__a " * 20_000,
        "~~a " * 20_000,
        "**a*" * 20_000,
        "**a " * 5_000 + "b** " * 5_000,  # one pass per level of nesting
    ],
    ids=["stars", "underscores", "tildes", "runs", "nested"],
)
def test_long_line_of_markers_is_kept_as_written(line: str) -> None:
    assert markdown_to_text(line) == line.strip()


def test_emphasis_nested_a_few_levels_is_taken_out() -> None:
    line = "**坚持 " * 3 + "“两个确立”" + " 做到**" * 3
    assert markdown_to_text(line) == "坚持 " * 3 + "“两个确立”" + " 做到" * 3


def test_metadata_rows_naming_files_outside_the_folder_are_unmatched(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (tmp_path / "outside.txt").write_text(GOOD, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,title\ngood.txt,2023年工作要点\n../outside.txt,外\n/etc/passwd,x\n", encoding="utf-8"
    )
    df = _read(folder)
    _good_read(df)
    assert len(df) == 1
    unmatched = [u["file"] for u in df.attrs["metadata_unmatched"]]
    assert unmatched == ["../outside.txt", "/etc/passwd"]


def test_docx_hyperlinks_and_text_boxes_are_read_once(tmp_path: Path) -> None:
    path = tmp_path / "box.docx"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    box = "<w:txbxContent><w:p><w:r><w:t>框中的话</w:t></w:r></w:p></w:txbxContent>"
    _docx_with_body(
        path,
        f"<w:p xmlns:mc='{mc}' xmlns:wps='{wps}'><w:r><w:t>见</w:t></w:r>"
        "<w:hyperlink w:anchor='a'><w:r><w:t>附件</w:t></w:r></w:hyperlink>"
        "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:txbx>"
        f"{box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>。</w:t></w:r></w:p>",
    )
    assert read_corpus(path)["text"].iloc[0] == "2023年工作要点\n见附件。\n框中的话"


def test_docx_footnotes_and_endnotes_are_read_after_the_text(tmp_path: Path) -> None:
    import zipfile

    plain = tmp_path / "plain.docx"
    _docx_with_body(
        plain,
        "<w:p><w:r><w:t>坚持“两个确立”</w:t></w:r><w:r><w:footnoteReference w:id='1'/></w:r>"
        "<w:r><w:t>。</w:t></w:r></w:p>",
    )
    notes = {
        "footnotes": "<w:footnote w:type='separator' w:id='-1'><w:p><w:r><w:separator/></w:r>"
        "</w:p></w:footnote><w:footnote w:id='1'><w:p><w:r><w:t>注：见附件。</w:t></w:r>"
        "</w:p></w:footnote>",
        "endnotes": "<w:endnote w:id='1'><w:p><w:r><w:t>尾注。</w:t></w:r></w:p></w:endnote>",
    }
    rel_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    path = tmp_path / "notes.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                extra = "".join(
                    f'<Relationship Id="rIdN{k}" Type="{rel_type}{k}" Target="{k}.xml"/>'
                    for k in notes
                )
                data = data.replace(b"</Relationships>", (extra + "</Relationships>").encode())
            elif info.filename == "[Content_Types].xml":
                extra = "".join(
                    f'<Override PartName="/word/{k}.xml" ContentType="{content_type}{k}+xml"/>'
                    for k in notes
                )
                data = data.replace(b"</Types>", (extra + "</Types>").encode())
            dst.writestr(info, data)
        for k, body in notes.items():
            dst.writestr(f"word/{k}.xml", f'<w:{k} xmlns:w="{_W_NS}">{body}</w:{k}>')
    text = read_corpus(path)["text"].iloc[0]
    assert text == "2023年工作要点\n坚持“两个确立”。\n注：见附件。\n尾注。"


def test_docx_text_after_an_unresolved_entity_is_kept(tmp_path: Path) -> None:
    import zipfile

    plain = tmp_path / "plain.docx"
    _docx_with_body(plain, "<w:p><w:r><w:t>坚持MARK做到“两个维护”。</w:t></w:r></w:p>")
    path = tmp_path / "entity.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                head, sep, rest = data.partition(b"?>")
                doctype = b'<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///no/such/file">]>'
                data = head + sep + doctype + rest.replace(b"MARK", b"&e;")
            dst.writestr(info, data)
    assert read_corpus(path)["text"].iloc[0] == "2023年工作要点\n坚持做到“两个维护”。"


def test_utf8_line_that_gb18030_would_misread_stays_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    utf8 = "坚持两个确立做到两个维护\n"
    data = GB_LINE.encode("gb18030") + utf8.encode()
    data.decode("gb18030")  # the whole file decodes as GB18030, as nonsense
    path.write_bytes(data)
    df = _read(path)
    assert df["text"].tolist() == [GB_LINE + utf8]
    assert df["encoding"].tolist() == ["utf-8+gb18030"]


def test_iter_documents_streams_the_same_documents_as_read_corpus(tmp_path: Path) -> None:
    import govtext
    from govtext.io import iter_documents

    (tmp_path / "a.txt").write_text("2023年工作要点\n一、总体要求\n坚持。", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"doc_id": "r1", "year": 2021, "text": "树牢“四个意识”。"}\n{"year": "x"\n',
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_bytes(b"")
    with pytest.warns(govtext.ReadWarning):
        frame = govtext.read_corpus(tmp_path)
    report: dict[str, list[object]] = {}
    docs = iter_documents(tmp_path, report=report)
    first = next(docs)  # documents come one at a time
    streamed = [first, *docs]
    assert [d["doc_id"] for d in streamed] == frame["doc_id"].tolist()
    assert [d["text"] for d in streamed] == frame["text"].tolist()
    assert [d["year"] for d in streamed] == frame["year"].tolist()
    assert report["errors"] == frame.attrs["errors"] and len(report["errors"]) == 2


# ------------------------------------------------- every case of the suite, one by one

from tests.bad_cases import CASES, SMALL, Case, write_good  # noqa: E402
from tests.fuzz_seeds import check_sections  # noqa: E402


def _stats_csv(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from govtext.cli import main

    code = main(["stats", *argv, "--format", "csv"])
    out, err = capsys.readouterr()
    return code, out, err


def _rows_by_id(out: str) -> dict[str, dict[str, object]]:
    import io

    frame = pd.read_csv(io.StringIO(out), keep_default_na=False, dtype=str)
    return {row["doc_id"]: row for row in frame.to_dict("records")}


@pytest.fixture(scope="module")
def good_row(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The stats row of the good report read alone."""
    import contextlib
    import io

    from govtext.cli import main

    folder = tmp_path_factory.mktemp("alone")
    write_good(folder)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(["stats", str(folder), "--format", "csv"]) == 0
    return _rows_by_id(out.getvalue())["good"]


def _named(err: str) -> dict[str, str]:
    """``path -> reason`` of every ``govtext: cannot read PATH: REASON`` line."""
    out = {}
    for line in err.splitlines():
        if line.startswith("govtext: cannot read "):
            path, _, reason = line.removeprefix("govtext: cannot read ").partition(": ")
            out[path] = reason
    return out


def _check_named(case: Case, folder: Path, named: dict[str, str]) -> None:
    from govtext.cli import _one_line

    assert len(named) == len(case.named), named
    for name, reason in case.named.items():
        want = _one_line(f"{folder}/{name}")
        hits = [p for p in named if (p.startswith(want) if name.endswith("/") else p == want)]
        assert len(hits) == 1, (want, named)
        assert reason in named[hits[0]], (reason, named[hits[0]])


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_case_is_named_and_the_good_report_comes_out_unchanged(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str], good_row: dict[str, object]
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    case.build(folder, SMALL)
    limit = ["--max-bytes", str(case.max_bytes)] if case.max_bytes else []
    try:
        code, out, err = _stats_csv([str(folder), *limit], capsys)
        df = _read(folder, **({"max_bytes": case.max_bytes} if case.max_bytes else {}))
    finally:
        if case.cleanup:
            case.cleanup(folder)
    assert code == 0, err
    assert "Traceback" not in err and "Error:" not in err
    rows = _rows_by_id(out)
    assert rows["good"] == good_row  # nothing of the good report lost or changed
    _check_named(case, folder, _named(err))
    warned = [x for x in err.splitlines() if x.startswith("govtext: warning: ")]
    for message in case.warned:
        assert any(message in line for line in warned), (message, warned)
    if case.skipped:
        n = len(case.skipped)
        assert f"govtext: skipped {n} file{'s' if n > 1 else ''} (use --verbose" in err
        assert {Path(s["path"]).name for s in df.attrs["skipped"]} == set(case.skipped)
    else:
        assert "govtext: skipped" not in err
    texts = dict(zip(df["doc_id"], df["text"], strict=True))
    for doc_id, text in case.texts.items():
        assert texts[doc_id] == text
        assert doc_id in rows
    assert len(df) == len(rows) == 1 + len(set(df["doc_id"]) - {"good"})


def test_every_case_at_once_through_python_m_govtext_stats(
    tmp_path: Path, good_row: dict[str, object]
) -> None:
    """One folder holding every case (each in its own subfolder) beside the good report,
    through ``python -m govtext stats DIR`` in a fresh process."""
    import subprocess
    import sys

    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    cases = [c for c in CASES if c.max_bytes is None]
    for case in cases:
        (folder / case.id).mkdir()
        case.build(folder / case.id, SMALL)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "govtext", "stats", str(folder), "--format", "csv"],
            capture_output=True, text=True, env=env, timeout=600, check=False,
        )
    finally:
        for case in cases:
            if case.cleanup:
                case.cleanup(folder / case.id)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    rows = _rows_by_id(done.stdout)
    assert rows["good"] == good_row
    named = _named(done.stderr)
    for case in cases:
        mine = {p: r for p, r in named.items() if p.startswith(f"{folder}/{case.id}/")}
        _check_named(case, folder / case.id, mine)
    skipped = sum(len(c.skipped) for c in cases)
    assert f"govtext: skipped {skipped} files (use --verbose to list them)" in done.stderr


def test_verbose_lists_each_skipped_file_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govtext.cli import main

    folder = _folder(tmp_path)
    (folder / ".draft.txt").write_text(GOOD, encoding="utf-8")
    (folder / "README.txt").write_text("说明", encoding="utf-8")
    (folder / ".hidden\nname.txt").write_text(GOOD, encoding="utf-8")
    (folder / "metadata.csv").write_text("file,title\ngood.txt,2023年工作要点\n", "utf-8")
    out = folder / "result.csv"
    documentation = "not a document (metadata or documentation)"
    for command in (["stats"], ["slogans"], ["kwic", "两个"], ["sections"]):
        argv = [command[0], str(folder), *command[1:], "-o", str(out)]
        assert main(argv) == 0  # out does not exist yet
        err = capsys.readouterr().err.splitlines()
        assert "govtext: skipped 4 files (use --verbose to list them)" in err
        assert sum(line.startswith("govtext: skipped ") for line in err) == 1
        out.unlink()
        assert main([*argv, "-q"]) == 0  # --quiet: not even counted
        assert "skipped" not in capsys.readouterr().err
        assert main([*argv, "-q", "--verbose"]) == 0  # out is there now, and left out
        listed = capsys.readouterr().err.splitlines()
        assert listed[-1] == "govtext: skipped 5 files"
        assert sorted(listed[:-1]) == sorted([
            f"govtext: skipped {folder}/metadata.csv ({documentation})",
            f"govtext: skipped {folder}/README.txt ({documentation})",
            f"govtext: skipped {folder}/.hidden\\nname.txt (hidden file)",
            f"govtext: skipped {folder}/.draft.txt (hidden file)",
            f"govtext: skipped {out} (excluded (an output file))",
        ])
        out.unlink()


def test_formula_cells_are_neutralised_in_csv_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govtext.cli import main

    folder = _folder(tmp_path)
    next(c for c in CASES if c.id == "formula_titles").build(folder, SMALL)
    _, out, _ = _stats_csv([str(folder), "-q"], capsys)
    titles = {k: v["title"] for k, v in _rows_by_id(out).items()}
    assert titles == {
        "good": "2023年工作要点", "f1": "'=HYPERLINK(\"http://x\")", "f2": "'+1+1",
        "f3": "'@SUM(A1)",
    }
    assert main(["kwic", str(folder), "两个确立", "--window", "20", "--format", "csv", "-q"]) == 0
    kwic = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out), dtype=str)
    left = dict(zip(kwic["doc_id"], kwic["left"], strict=False))
    assert left["f1"] == "'=HYPERLINK(\"x\")坚持“"
    assert main(["kwic", str(folder), "两个确立", "--window", "20", "--format", "json", "-q"]) == 0
    rows = json.loads(capsys.readouterr().out)  # JSON keeps the text as it is
    assert {r["doc_id"]: r["left"] for r in rows}["f1"] == "=HYPERLINK(\"x\")坚持“"


def test_duplicate_sections_row_case_is_a_partition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govtext.cli import main
    from govtext.sections import segment_sections

    text = "一、主要工作\n存在问题打算\n但存在问题。2023年将"
    frame = segment_sections(text)
    check_sections(frame, text)
    assert not frame.duplicated(["level", "start", "end"]).any()
    path = tmp_path / "dup.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["sections", str(path), "--format", "json", "-q"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(frame)
    assert main(["stats", str(path), "--format", "json", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["n_sections"] == int((frame["level"] > 0).sum())


@pytest.mark.parametrize(
    "option", [["--dpi", "0"], ["--size", "0", "0"], ["--max-bytes", "0"]],
    ids=["dpi", "size", "max-bytes"],
)
def test_bad_option_values_are_usage_errors(
    option: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from govtext.cli import main

    command = "stats" if option[0] == "--max-bytes" else "trend"
    assert main([command, "corpus", *option, "-q"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "must be a positive" in err


def test_iter_documents_reports_metadata_rows_outside_the_folder(tmp_path: Path) -> None:
    from govtext.io import iter_documents

    folder = _folder(tmp_path)
    next(c for c in CASES if c.id == "metadata_outside_folder").build(folder, SMALL)
    report: dict[str, list[object]] = {}
    docs = list(iter_documents(folder, report=report))
    assert [d["doc_id"] for d in docs] == ["good"]
    assert report["metadata_unmatched"] == [
        {"metadata": str(folder / "metadata.csv"), "file": "../../etc/passwd"}
    ]
    assert any("1 row(s) match no file read: ../../etc/passwd" in w for w in report["warnings"])
    assert report["warnings"] == _read(folder).attrs["warnings"]
