"""The adversarial inputs of the bad-input suite, each written beside one good report.

Each :class:`Case` writes its bad file(s) into a folder and says what a corpus run must
report: the files named with a reason (``govtext: cannot read PATH: REASON``), the
warnings, the files skipped, and the text read for documents that must not lose any.
``size`` scales the cases that have a size (deep JSON, bombs, long lines), so
``tests/test_bad_input.py`` runs them small and ``benchmarks/bench_bad_input.py`` at a
few megabytes.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

GOOD = "2023年工作要点\n一、总体要求\n坚持“两个确立”，做到“两个维护”。\n"
UTF8_LINE = "坚持“两个确立”，做到“两个维护”。\n"
GB_LINE = "二、存在的问题\n"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DEEP_FOLDERS = 1200


@dataclass(frozen=True)
class Case:
    """One kind of bad input and what a run must say about it."""

    id: str
    group: str
    build: Callable[[Path, int], None]
    #: (path relative to the folder, a prefix of it with ``prefix=True``) -> start of reason
    named: dict[str, str] = field(default_factory=dict)
    warned: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    #: doc_id -> the text read (documents that must come out whole)
    texts: dict[str, str] = field(default_factory=dict)
    cleanup: Callable[[Path], None] | None = None
    max_bytes: int | None = None


def write_good(folder: Path) -> None:
    """The good report every case sits beside."""
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")


# ----------------------------------------------------------------------------- writers


def _deep_json(folder: Path, size: int) -> None:
    (folder / "deep.json").write_text("[" * size, encoding="utf-8")


def _row(doc_id: str, text: str, **extra: object) -> str:
    return json.dumps({"doc_id": doc_id, "text": text, **extra}, ensure_ascii=False)


def _deep_jsonl(folder: Path, size: int) -> None:
    (folder / "rows.jsonl").write_text(
        _row("r1", UTF8_LINE) + "\n" + '{"a":' * size + "\n" + _row("r3", UTF8_LINE) + "\n",
        encoding="utf-8",
    )


def _title_types(folder: Path, size: int) -> None:
    (folder / "rows.jsonl").write_text(
        _row("num", UTF8_LINE, title=2023) + "\n" + _row("list", UTF8_LINE, title=[1, 2]) + "\n",
        encoding="utf-8",
    )


def _deep_folders(folder: Path, size: int) -> None:
    deep = str(folder)
    for _ in range(DEEP_FOLDERS):  # Path.mkdir(parents=True) itself recurses
        deep += "/d"
        os.mkdir(deep)
    Path(deep, "deep.txt").write_text(UTF8_LINE, encoding="utf-8")


def _remove_deep_folders(folder: Path) -> None:  # shutil.rmtree recurses too
    deep = str(folder) + "/d" * DEEP_FOLDERS
    if os.path.exists(deep):
        os.remove(os.path.join(deep, "deep.txt"))
        for _ in range(DEEP_FOLDERS):
            os.rmdir(deep)
            deep = os.path.dirname(deep)


LONG_NAME = "n" * 200


def _long_path(folder: Path, size: int) -> None:
    (folder / "z").mkdir()
    fd = os.open(folder / "z", os.O_RDONLY)
    try:
        for _ in range(25):  # 5,000 characters, more than PATH_MAX
            os.mkdir(LONG_NAME, dir_fd=fd)
            nxt = os.open(LONG_NAME, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nxt
    finally:
        os.close(fd)


def _surrogate(folder: Path, size: int) -> None:
    (folder / "sur.jsonl").write_text(
        '{"doc_id": "sur", "title": "x\\udfff", "text": "坚持\\ud800“两个确立”。"}\n',
        encoding="utf-8",
    )


def _fifo(name: str) -> Callable[[Path, int], None]:
    def build(folder: Path, size: int) -> None:
        os.mkfifo(folder / name)

    return build


def _device(device: str) -> Callable[[Path, int], None]:
    def build(folder: Path, size: int) -> None:
        (folder / "dev.txt").symlink_to(device)

    return build


def _too_large(folder: Path, size: int) -> None:
    (folder / "big.txt").write_text(UTF8_LINE * (size // 40 + 1), encoding="utf-8")


def _under_cap(folder: Path, size: int) -> None:
    unit = UTF8_LINE + "全年召开专题会议不少于X次，覆盖率达到95%。\n"
    (folder / "large.txt").write_text(unit * (size // len(unit.encode()) + 1), encoding="utf-8")


def _docx_parts(body_xml: str) -> dict[str, bytes]:
    """The parts of a minimal .docx whose body is ``2023年工作要点`` then ``body_xml``."""
    import io

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("2023年工作要点")
    body = document.element.body
    for child in parse_xml(f'<w:body xmlns:w="{W_NS}">{body_xml}</w:body>'):
        body.insert(len(body) - 1, child)  # before w:sectPr
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write_docx(
    path: Path, parts: dict[str, bytes], chunks: Callable[[], Iterator[bytes]] | None = None
) -> None:
    """Zip ``parts`` into a .docx; ``chunks`` (streamed) go at the end of the body."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name == "word/document.xml" and chunks is not None:
                head, _, tail = data.partition(b"</w:body>")
                with archive.open(name, "w", force_zip64=True) as member:
                    member.write(head)
                    for chunk in chunks():
                        member.write(chunk)
                    member.write(b"</w:body>" + tail)
            else:
                archive.writestr(name, data)


def _paragraph_bomb(folder: Path, size: int) -> None:
    para = "<w:p><w:r><w:t>坚持</w:t></w:r></w:p>".encode()
    n = max(1, size * 100 // len(para))

    def chunks() -> Iterator[bytes]:
        block = para * 10_000
        for _ in range(n // 10_000):
            yield block
        yield para * (n % 10_000)

    _write_docx(folder / "bomb.docx", _docx_parts(""), chunks=chunks)


def _whitespace_bomb(folder: Path, size: int) -> None:
    total = size * 1000  # deflate packs whitespace about 1000-fold

    def chunks() -> Iterator[bytes]:
        block = b" " * (1 << 22)
        for _ in range(total >> 22):
            yield block
        yield b" " * (total % (1 << 22))

    _write_docx(folder / "blank.docx", _docx_parts(""), chunks=chunks)


HIDDEN_XML = (
    "<w:sdt><w:sdtPr><w:alias w:val='x'/></w:sdtPr><w:sdtContent>"
    "<w:p><w:r><w:t>一、控件中的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    "<w:p><w:r><w:t>坚持</w:t></w:r><w:ins w:id='1' w:author='a'><w:r><w:t>“两个确立”</w:t>"
    "</w:r></w:ins><w:del w:id='2' w:author='a'><w:r><w:delText>删去</w:delText></w:r>"
    "</w:del><w:r><w:t>，</w:t></w:r>"
    "<w:smartTag w:uri='u' w:element='e'><w:r><w:t>做到</w:t></w:r></w:smartTag>"
    "<w:fldSimple w:instr=' MERGEFIELD x '><w:r><w:t>“两个维护”</w:t></w:r></w:fldSimple>"
    "<w:r><w:t>。</w:t></w:r></w:p>"
)


def _docx_hidden(folder: Path, size: int) -> None:
    _write_docx(folder / "hidden.docx", _docx_parts(HIDDEN_XML))


def _docx_entity(folder: Path, size: int) -> None:
    parts = _docx_parts("<w:p><w:r><w:t>坚持MARK做到“两个维护”。</w:t></w:r></w:p>")
    head, sep, rest = parts["word/document.xml"].partition(b"?>")
    doctype = b'<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///no/such/file">]>'
    parts["word/document.xml"] = head + sep + doctype + rest.replace(b"MARK", b"&e;")
    _write_docx(folder / "entity.docx", parts)


SEPARATED = ("坚持\u2028“两个确立”。", "做到\u0085“两个维护”。\u2029", "树牢“四个意识”。")


def _separators(folder: Path, size: int) -> None:
    rows = [_row(f"sep{i}", text) for i, text in enumerate(SEPARATED)]
    (folder / "sep.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _stray_byte(folder: Path, size: int) -> None:
    (folder / "stray.txt").write_bytes(UTF8_LINE.encode() + b"\xff" + UTF8_LINE.encode())


def _cut_utf8(folder: Path, size: int) -> None:
    (folder / "cut.txt").write_bytes((UTF8_LINE * 3).encode().rstrip(b"\n")[:-1])


def _gbk_utf8_line(folder: Path, size: int) -> None:
    data = GOOD.encode("gb18030") + UTF8_LINE.encode() + GB_LINE.encode("gb18030")
    (folder / "mixed.txt").write_bytes(data)


def _csv_two_encodings(folder: Path, size: int) -> None:
    (folder / "mixed.csv").write_bytes(
        b"doc_id,text\n" + f"a,{UTF8_LINE}".encode() + f"b,{GB_LINE}".encode("gb18030")
    )


def _csv_no_text(folder: Path, size: int) -> None:
    (folder / "years.csv").write_text("title,year\n2022年工作要点,2022\n", encoding="utf-8")


def _blank(folder: Path, size: int) -> None:
    (folder / "blank.txt").write_text(" \n\u3000\u3000\n\ufeff\u3000", encoding="utf-8")


def _hidden_and_readme(folder: Path, size: int) -> None:
    (folder / ".draft.txt").write_text(GOOD, encoding="utf-8")
    (folder / "README.txt").write_text("说明", encoding="utf-8")


def _formulas(folder: Path, size: int) -> None:
    rows = [
        _row("f1", "=HYPERLINK(\"x\")坚持“两个确立”。", title="=HYPERLINK(\"http://x\")"),
        _row("f2", UTF8_LINE, title="+1+1"),
        _row("f3", UTF8_LINE, title="@SUM(A1)"),
    ]
    (folder / "formulas.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _metadata_outside(folder: Path, size: int) -> None:
    (folder / "metadata.csv").write_text(
        "file,title\ngood.txt,2023年工作要点\n../../etc/passwd,x\n", encoding="utf-8"
    )


def _newline_name(folder: Path, size: int) -> None:
    (folder / "bad\nname.txt").write_bytes(b"")


def _symlink_loop(folder: Path, size: int) -> None:
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")


DUPLICATE_ROW = "一、主要工作\n存在问题打算\n但存在问题。2023年将"


def _duplicate_sections(folder: Path, size: int) -> None:
    (folder / "dup.txt").write_text(DUPLICATE_ROW, encoding="utf-8")


def _long_line(folder: Path, size: int) -> None:
    (folder / "line.md").write_text("*a " * (size // 3), encoding="utf-8")


FIFO = "not a regular file (a FIFO), not read"
DEVICE = "not a regular file (a device), not read"
BOMB = "would expand "
TOO_DEEP = "invalid JSON (nested too deeply to parse)"
LOOP = "symlink loop (too many levels of symbolic links)"

CASES: tuple[Case, ...] = (
    # whole run lost
    Case("deep_json", "whole run lost", _deep_json, named={"deep.json": TOO_DEEP}),
    Case("deep_jsonl_line", "whole run lost", _deep_jsonl, named={"rows.jsonl:2": TOO_DEEP},
         texts={"r1": UTF8_LINE, "r3": UTF8_LINE}),
    Case("title_number_or_list", "whole run lost", _title_types,
         named={"rows.jsonl:2": "'title' is list, not str"}, texts={"num": UTF8_LINE}),
    Case("deep_folders", "whole run lost", _deep_folders,
         texts={"d/" * DEEP_FOLDERS + "deep": UTF8_LINE},
         cleanup=_remove_deep_folders),
    Case("path_too_long", "whole run lost", _long_path,
         named={f"z/{LONG_NAME}/": "folder cannot be listed: path too long"}),
    Case("lone_surrogate", "whole run lost", _surrogate,
         warned=("sur.jsonl:1: 2 lone surrogate(s) replaced",),
         texts={"sur": "坚持\ufffd“两个确立”。"}),
    # hangs and memory
    Case("fifo_txt", "hang or memory", _fifo("x.txt"), named={"x.txt": FIFO}),
    Case("fifo_csv", "hang or memory", _fifo("x.csv"), named={"x.csv": FIFO}),
    Case("fifo_pdf", "hang or memory", _fifo("x.pdf"), named={"x.pdf": FIFO}),
    Case("dev_zero", "hang or memory", _device("/dev/zero"), named={"dev.txt": DEVICE}),
    Case("dev_urandom", "hang or memory", _device("/dev/urandom"), named={"dev.txt": DEVICE}),
    Case("too_large", "hang or memory", _too_large, max_bytes=50_000,
         named={"big.txt": "more than max_bytes=50,000; not read"}),
    Case("large_file_under_max_bytes", "hang or memory", _under_cap, max_bytes=8 * 2**20),
    Case("docx_paragraph_bomb", "hang or memory", _paragraph_bomb,
         named={"bomb.docx": "word/document.xml " + BOMB}),
    Case("docx_whitespace_bomb", "hang or memory", _whitespace_bomb,
         named={"blank.docx": "word/document.xml " + BOMB}),
    Case("markdown_marker_line", "hang or memory", _long_line),
    # text lost
    Case("docx_hidden_text", "text lost", _docx_hidden, texts={
        "hidden": "2023年工作要点\n一、控件中的段落\n坚持“两个确立”，做到“两个维护”。"}),
    Case("docx_unresolved_entity", "text lost", _docx_entity,
         texts={"entity": "2023年工作要点\n坚持做到“两个维护”。"}),
    Case("jsonl_line_separators", "text lost", _separators,
         texts={f"sep{i}": text for i, text in enumerate(SEPARATED)}),
    Case("stray_byte", "text lost", _stray_byte,
         warned=("stray.txt: 1 undecodable byte sequence(s) replaced",),
         texts={"stray": UTF8_LINE + "\ufffd" + UTF8_LINE}),
    Case("utf8_cut_mid_character", "text lost", _cut_utf8,
         warned=("cut.txt: 1 undecodable byte sequence(s) replaced",),
         texts={"cut": (UTF8_LINE * 3).rstrip("\n")[:-1] + "\ufffd"}),
    Case("gbk_with_a_utf8_line", "text lost", _gbk_utf8_line,
         warned=("lines in two encodings",), texts={"mixed": GOOD + UTF8_LINE + GB_LINE}),
    Case("csv_rows_in_two_encodings", "text lost", _csv_two_encodings,
         texts={"a": UTF8_LINE.strip(), "b": GB_LINE.strip()}),
    Case("csv_without_text_column", "text lost", _csv_no_text,
         named={"years.csv": "no text column"}),
    Case("whitespace_only", "text lost", _blank,
         named={"blank.txt": "empty file (only whitespace)"}),
    Case("hidden_file_and_readme", "text lost", _hidden_and_readme,
         skipped=(".draft.txt", "README.txt")),
    # wrong answers and small holes
    Case("duplicate_sections_row", "small holes", _duplicate_sections,
         texts={"dup": DUPLICATE_ROW}),
    Case("formula_titles", "small holes", _formulas, texts={"f2": UTF8_LINE}),
    Case("metadata_outside_folder", "small holes", _metadata_outside,
         warned=("1 row(s) match no file read: ../../etc/passwd",), skipped=("metadata.csv",)),
    Case("newline_in_file_name", "small holes", _newline_name,
         named={"bad\nname.txt": "empty file"}),
    Case("symlink_loop", "small holes", _symlink_loop, named={"a.txt": LOOP, "b.txt": LOOP}),
)

#: The sizes of the cases in the test suite.
SMALL = 100_000
