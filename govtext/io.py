"""Reading corpora: plain text in any common Chinese encoding, .docx, .pdf, JSONL and CSV.

:func:`read_corpus` turns a folder, a file or a list of paths into a DataFrame with one
row per document.  A file that cannot be read never stops the run: it is listed with the
reason in ``df.attrs["errors"]`` (and a warning names it), unless ``errors="raise"``.
Nothing is skipped silently: files that are not documents (``metadata.csv``, README
files, hidden files) are listed in ``df.attrs["skipped"]``.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import json
import logging
import os
import re
import stat
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govtext._util import check_choice
from govtext.metadata import YEAR_PATTERN, infer_metadata
from govtext.normalization import detect_script

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "DOC_TYPES",
    "ReadError",
    "ReadWarning",
    "detect_encoding",
    "infer_metadata",
    "iter_documents",
    "list_files",
    "markdown_to_text",
    "read_corpus",
    "read_files",
    "read_text",
    "unique_id",
    "unmatched_metadata",
    "unwrap_lines",
]

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TABLE_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json", ".csv", ".tsv"})
SUFFIXES = TEXT_SUFFIXES | TABLE_SUFFIXES | {".docx", ".pdf"}
#: Files larger than this many bytes are not read (``max_bytes`` of :func:`read_corpus`).
MAX_BYTES = 256 * 2**20

#: Column names recognised as the text column of a table, in order of preference.
TEXT_COLUMNS = ("text", "content", "body", "fulltext", "full_text", "正文", "内容", "全文", "文本")
#: Column names recognised as a document identifier in a table.
ID_COLUMNS = ("doc_id", "id", "docid", "编号")

#: The document types govtext knows, with the wording that identifies them.
DOC_TYPES: dict[str, str] = {
    "government_work_report": "政府工作报告 (government work report)",
    "resolution": "决议 (resolution, e.g. of the NPC on the government work report)",
    "responsibility_report": (
        "主体责任情况报告 / 党风廉政建设责任制情况报告 (responsibility report)"
    ),
    "duty_integrity_report": "述责述廉报告 / 述职述廉报告 (duty-and-integrity report)",
    "party_building_report": "党建工作情况报告 (party-building report)",
    "work_plan": "工作要点 / 工作计划 (work plan)",
    "work_summary": "工作总结 (work summary)",
    "other": "anything else",
}

#: Columns every corpus DataFrame has, in this order; table and metadata columns follow.
CORPUS_COLUMNS = (
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
)

_SKIP_NAMES = re.compile(
    r"^(metadata\.(csv|tsv)|readme(\.\w+)?|license(\.\w+)?|changelog(\.\w+)?)$", re.IGNORECASE
)


class ReadError(Exception):
    """A file could not be read; the message names the file and the reason.

    Examples
    --------
    >>> str(ReadError("a.docx", "not a valid .docx file"))
    'a.docx: not a valid .docx file'
    """

    def __init__(self, path: str | PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ReadWarning(UserWarning):
    """Reading a corpus met something the user should know.

    Some files could not be read (see ``df.attrs["errors"]``), or the reader made a
    choice or found a mismatch (see ``df.attrs["warnings"]``): the text column of a
    table chosen as its longest column, rows of ``metadata.csv`` that match no file, a
    ``doc_type`` outside :data:`DOC_TYPES`.
    """


# --------------------------------------------------------------------------- encodings

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# GB2312 and GBK are subsets of GB18030: read them as GB18030.
_ENCODING_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "hz": "gb18030",
    "big5hkscs": "big5hkscs",
    "cp950": "big5",
    "utf_8": "utf-8",
    "utf_16": "utf-16",
    "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be",
    "ascii": "utf-8",
}
_CHINESE_CANDIDATES = ["utf_8", "gb18030", "big5", "utf_16_le", "utf_16_be"]


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


def _plausible_share(text: str) -> float:
    """Share of characters that belong in a Chinese document."""
    if not text:
        return 0.0
    good = sum(
        1
        for ch in text
        if ch.isprintable() or ch in "\n\r\t"
        if not ("\ue000" <= ch <= "\uf8ff")  # private use
    )
    return good / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    # Text in UTF-8 or a GB/Big5 encoding never contains NUL bytes; UTF-16 nearly always
    # does (ASCII characters, and Han characters such as U+4E00).
    if len(data) % 2 or b"\x00" not in data[:8192]:
        return None
    best, best_share = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = _plausible_share(text[:4000])
        if share > best_share:
            best, best_share = enc, share
    return best if best_share > 0.95 else None


def detect_encoding(data: bytes) -> str:
    """Detect the encoding of ``data``, preferring the encodings of Chinese text.

    A byte-order mark decides first, then strict UTF-8, then BOM-less UTF-16, then
    charset-normalizer among GB18030, Big5 and UTF-16.  GB2312 and GBK answers are
    returned as GB18030, their superset.

    Parameters
    ----------
    data : bytes

    Returns
    -------
    str
        A codec name Python knows.

    Raises
    ------
    ValueError
        When the bytes look binary or no encoding decodes them.

    Examples
    --------
    >>> detect_encoding("全面从严治党主体责任情况报告".encode("gb18030"))
    'gb18030'
    >>> detect_encoding("\ufeff四个意识".encode("utf-8"))
    'utf-8-sig'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(data):
            raise ValueError("binary data (control bytes), not text")
        return "utf-8"
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise ValueError("binary data (control bytes), not text")
    decodable = []
    for enc in ("gb18030", "big5"):
        try:
            data.decode(enc)
        except UnicodeDecodeError:
            continue
        decodable.append(enc)
    if len(decodable) == 1:
        return decodable[0]
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CHINESE_CANDIDATES).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        if decodable:
            return decodable[0]
        raise ValueError("could not detect the text encoding (binary file?)")
    name = best.encoding.lower()
    return _ENCODING_ALIASES.get(name, name.replace("_", "-"))


# whitespace (U+3000 too) and the invisible characters that stand in a file as space
_BLANK = re.compile("[\\s\ufeff\u200b\u200c\u200d\u2060]*")


def _utf8_errors(line: bytes) -> tuple[str, int]:
    """``line`` decoded as UTF-8 with replacement, and how many sequences were replaced."""
    text = line.decode("utf-8", "replace")
    return text, text.count("\ufffd") - line.count(b"\xef\xbf\xbd")


_HAN = re.compile("[\u4e00-\u9fff]")


def _utf8_chinese_line(line: bytes) -> bool:
    """True for a line of valid UTF-8 with a few Han characters (never GBK by chance)."""
    if line.isascii():
        return False
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(_HAN.findall(text, 0, 200)) >= 4


def _wants_line_decoding(data: bytes) -> bool:
    """True when ``data`` is text that no one encoding decodes whole.

    Nearly all of it is UTF-8 (a stray byte, a character cut at the end), or some of
    its lines are Chinese in UTF-8 (GB18030 might decode the whole as nonsense), or
    neither UTF-8 nor GB18030 nor Big5 decodes it (lines in two encodings).
    """
    if any(data.startswith(bom) for bom, _ in _BOMS) or b"\x00" in data[:8192]:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return False
    if _looks_binary(data):
        return False
    text, errors = _utf8_errors(data)
    non_ascii = len(text) - len(text.encode("ascii", "ignore")) - errors
    if non_ascii >= 20 * errors or any(map(_utf8_chinese_line, data.split(b"\n"))):
        return True
    for enc in ("gb18030", "big5"):
        try:
            data.decode(enc)
        except UnicodeDecodeError:
            continue
        return False
    return True


def _decode_lines(data: bytes, path: Path) -> tuple[str, str, list[str]]:
    """Decode line by line: UTF-8, else GB18030, else with replacement characters.

    A line with one bad spot in otherwise valid UTF-8 stays UTF-8 (the bad bytes
    replaced); a line that is not UTF-8 but GB18030 is read as GB18030; anything else
    is decoded with replacement in whichever of the two replaces less.  Returns the
    text, the encoding (``utf-8``, ``gb18030`` or ``utf-8+gb18030``) and the warnings
    naming the byte offsets.
    """
    pieces: list[str] = []
    used: set[str] = set()
    replaced = 0
    first_bad: int | None = None
    gb_lines: list[int] = []
    offset = 0
    for lineno, line in enumerate(data.split(b"\n"), 1):
        utf8, errors = _utf8_errors(line)
        piece, enc = utf8, "utf-8"
        if errors > 1:
            try:
                piece, enc, errors = line.decode("gb18030"), "gb18030", 0
            except UnicodeDecodeError:
                gb = line.decode("gb18030", "replace")
                gb_errors = gb.count("\ufffd")
                if gb_errors < errors:
                    piece, enc, errors = gb, "gb18030", gb_errors
        if enc == "gb18030":
            gb_lines.append(lineno)
        if errors:
            replaced += errors
            if first_bad is None:
                bad = piece.index("\ufffd")
                first_bad = offset + len(piece[:bad].encode(enc))
        used.add(enc)
        pieces.append(piece)
        offset += len(line) + 1
    encoding = "+".join(e for e in ("utf-8", "gb18030") if e in used)
    notes: list[str] = []
    if replaced:
        notes.append(
            f"{path}: {replaced} undecodable byte sequence(s) replaced with U+FFFD "
            f"(the first at byte offset {first_bad})"
        )
    if len(used) == 2:
        notes.append(
            f"{path}: lines in two encodings: {len(gb_lines)} line(s) read as GB18030 "
            f"(the first is line {gb_lines[0]}), the others as UTF-8"
        )
    return "\n".join(pieces), encoding, notes


def _decode(data: bytes, path: Path, notes: list[str] | None = None) -> tuple[str, str]:
    """Decode a text file; what the reader had to repair goes into ``notes``."""
    if not data.strip():
        raise ReadError(path, "empty file")
    text: str | None = None
    if _wants_line_decoding(data):
        text, encoding, said = _decode_lines(data, path)
        if _plausible_share(text[:20000]) < 0.9:
            text = None
        elif notes is not None:
            notes.extend(said)
    if text is None:
        try:
            encoding = detect_encoding(data)
        except ValueError as exc:
            raise ReadError(path, str(exc)) from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:  # pragma: no cover - detect_encoding checked it
            raise ReadError(path, f"cannot be decoded as {encoding}: {exc}") from None
    text = text.lstrip("\ufeff")
    if _BLANK.fullmatch(text):
        raise ReadError(path, "empty file (only whitespace)")
    if _looks_binary(text.encode("utf-8", "replace")):
        raise ReadError(path, "binary data (control characters), not text")
    return text, encoding


# ------------------------------------------------------------------------ file formats


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Left out with everything inside: deleted and moved-away text (tracked changes), field
# instructions (their result is kept), property blocks, the fallback copy of
# alternate content (its choice is read).
_DOCX_SKIP = frozenset(
    f"{_W}{tag}"
    for tag in (
        "del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr", "tblPr",
        "trPr", "tcPr", "sectPr", "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr",
        "fldData", "footnoteReference", "endnoteReference",
    )
) | {f"{_MC}Fallback"}
#: A .docx member larger than this expanding more than _DOCX_MAX_RATIO-fold is refused.
_DOCX_RATIO_FLOOR = 5 * 2**20
_DOCX_MAX_RATIO = 100


def _paragraph_text(p: Any, boxes: list[Any]) -> str:
    """The text of a ``<w:p>`` in document order, whatever wraps its runs.

    Runs inside content controls (``w:sdt``), tracked insertions (``w:ins``), smart
    tags, simple fields (``w:fldSimple``), hyperlinks and custom XML keep their text;
    deletions and field instructions are left out.  Text boxes (``w:txbxContent``)
    are appended to ``boxes`` and read as paragraphs after this one.
    """
    parts: list[str] = []
    stack = list(reversed(p))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _DOCX_SKIP:
            continue  # comments, processing instructions, entities, skipped parts
        if tag == f"{_W}t":
            parts.append(el.text or "")
            for child in el:  # an entity left unresolved: the text after it is its tail
                parts.append(child.tail or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            parts.append("\t")
        elif tag == f"{_W}br":
            if el.get(f"{_W}type") in (None, "textWrapping"):
                parts.append("\n")
        elif tag == f"{_W}cr":
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{_W}txbxContent":
            boxes.append(el)
        else:
            stack.extend(reversed(el))
    return "".join(parts)


def _block_lines(container: Any, parent: Any) -> list[str]:
    """The lines of a body, a table cell or a text box: paragraphs and table rows.

    Block-level content controls, custom XML and tracked insertions are entered; a
    table gives one line per row (:func:`_table_lines`).
    """
    from docx.table import Table

    lines: list[str] = []
    stack = list(reversed(container))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _DOCX_SKIP:
            continue
        if tag == f"{_W}p":
            boxes: list[Any] = []
            lines.append(_paragraph_text(el, boxes))
            for box in reversed(boxes):
                stack.extend(reversed(box))
        elif tag == f"{_W}tbl":
            lines.extend(_table_lines(Table(el, parent), parent))
        else:
            stack.extend(reversed(el))
    return lines


def _table_lines(table: Any, parent: Any) -> list[str]:
    """One line per table row, cells joined by tabs, each merged cell's text once.

    python-docx gives a merged cell at every grid position it covers: a cell merged
    across columns repeats in its row, a cell merged down repeats in the rows below.
    The repeats are left out (a cell merged down leaves an empty cell below it, so the
    columns keep their place); the lines of a cell are joined by a space.
    """
    # the <w:tc> elements met so far, by identity (kept referenced, so ids stay unique)
    seen: dict[int, Any] = {}
    lines = []
    for row in table.rows:
        cells: list[str] = []
        in_row: dict[int, Any] = {}
        for cell in row.cells:
            tc = cell._tc
            if id(tc) in in_row:
                continue  # merged across columns
            in_row[id(tc)] = tc
            if id(tc) in seen:
                cells.append("")  # merged down from a row above
                continue
            text = "\n".join(_block_lines(tc, parent))
            cells.append(" ".join(p.strip() for p in text.split("\n") if p.strip()))
        seen.update(in_row)
        lines.append("\t".join(cells))
    return lines


_NOTE_PARTS = ("/footnotes", "/endnotes")
_NOTE_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def _note_lines(document: Any) -> list[str]:
    """The lines of a .docx's footnotes, then its endnotes (separators left out)."""
    from docx.oxml import parse_xml

    lines: list[str] = []
    for kind in _NOTE_PARTS:
        for rel in document.part.rels.values():
            if rel.is_external or not rel.reltype.endswith(kind):
                continue
            root = parse_xml(rel.target_part.blob)
            for note in root:
                if note.get(f"{_W}type") in _NOTE_SEPARATORS:
                    continue
                lines.extend(_block_lines(note, document._body))
    return lines


def _check_docx_zip(path: Path, max_bytes: int) -> None:
    """Refuse a .docx whose members would expand past ``max_bytes`` or implausibly.

    Sizes come from the zip directory, before anything is decompressed; the zip reader
    never gives more bytes than a member's stated size.
    """
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ReadError(path, f"not a valid .docx file ({type(exc).__name__}: {exc})") from None
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _DOCX_RATIO_FLOOR and ratio > _DOCX_MAX_RATIO:
            raise ReadError(
                path,
                f"{info.filename} would expand {ratio:.0f}-fold to {info.file_size:,} bytes "
                f"(a decompression bomb?); not read",
            )
    if total > max_bytes:
        raise ReadError(
            path, f"would expand to {total:,} bytes, more than max_bytes={max_bytes:,}; not read"
        )


def _read_docx(path: Path, max_bytes: int = MAX_BYTES) -> str:
    import zipfile

    try:
        import docx
    except ImportError as exc:  # pragma: no cover
        raise ReadError(path, "reading .docx needs python-docx: pip install python-docx") from exc
    _check_docx_zip(path, max_bytes)
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(path, f"not a valid .docx file ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # python-docx raises several lxml/opc errors
        raise ReadError(path, f"not a valid .docx file ({type(exc).__name__}: {exc})") from None
    try:
        lines = _block_lines(document.element.body, document._body)
        lines.extend(_note_lines(document))
    except RecursionError:
        raise ReadError(path, "tables nested too deeply to read") from None
    text = "\n".join(lines)
    if not text.strip():
        raise ReadError(path, "the .docx document has no text")
    return text


# Hard-wrapped text (PDF).  A PDF keeps a line break at the end of every visual line;
# these breaks are layout, not paragraphs, and they cut sentences and slogans apart.
_TERMINAL = frozenset("。！？；：!?;:")
_CLOSING = frozenset("”’」』）)》〉】]")
# a line starting with one of these continues the line before it (punctuation that
# typesetting pushed to the start of a line, closing quotes and brackets)
_CONTINUATION = frozenset("，。、；：！？）》〉」』”’】…—,.;:!?)]%％")
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.、．]\D"
    r"|第[一二三四五六七八九十百\d]+[部章节条]|[①-⑳])"
)


def _line_width(line: str) -> int:
    """Width of a line in half-width units (Han, full-width and curly quotes count 2)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in line)


def _ends_clause(line: str) -> bool:
    """True when ``line`` ends a sentence or clause (。！？；：, maybe inside quotes)."""
    stripped = line.rstrip()
    while stripped and stripped[-1] in _CLOSING:
        stripped = stripped[:-1]
    return bool(stripped) and stripped[-1] in _TERMINAL


def _full_width(widths: list[int]) -> int:
    """The usual width of a full line: a high quantile of the line widths."""
    ranked = sorted(widths)
    return ranked[int(0.8 * (len(ranked) - 1))] if ranked else 0


def unwrap_lines(pages: Sequence[str]) -> str:
    r"""Join the lines that a hard-wrapped text (a PDF) broke only for layout.

    A line is joined to the next when it does not end a sentence or clause (。！？；：)
    and either runs close to the page's usual line length (within two Han characters
    or a tenth of the line, whichever is more) or the next line starts with a
    continuation (，、。 or a closing quote or bracket that typesetting pushed to the
    start of a line).  Short lines (headings such as 一、…, the title, the last line of
    a paragraph), lines that end a sentence and blank lines keep their break.  When the
    text marks paragraphs by a first-line indent, a full line that ends a sentence is
    joined to a next line without indent too.  Lines are joined without a space, unless
    both sides are Latin words.

    Parameters
    ----------
    pages : sequence of str
        The text of each page, lines separated by ``\n``.  The usual line length is
        measured per page (over the whole text when a page has fewer than 8 lines).

    Returns
    -------
    str
        The pages joined with ``\n``, wrapped lines re-joined, trailing spaces of lines
        removed.

    Examples
    --------
    >>> page = ("坚持以党的政治建设为统领，推动全面从严治党向纵深\n"
    ...         "发展，树牢“四个意识”、坚定“四个自信”、坚决做到\n"
    ...         "“两个维护”。\n"
    ...         "二、主要做法\n"
    ...         "严格落实“三会一课”制度，全年开展专题学习十二次，\n"
    ...         "组织生活会两次。")
    >>> print(unwrap_lines([page]))
    坚持以党的政治建设为统领，推动全面从严治党向纵深发展，树牢“四个意识”、坚定“四个自信”、坚决做到“两个维护”。
    二、主要做法
    严格落实“三会一课”制度，全年开展专题学习十二次，组织生活会两次。
    """
    page_lines = [[line.rstrip() for line in page.rstrip("\n").split("\n")] for page in pages]
    all_widths = [_line_width(x.strip()) for lines in page_lines for x in lines if x.strip()]
    doc_full = _full_width(all_widths)
    lines: list[str] = []
    full: list[int] = []  # the usual full width of each line's page
    page_top: list[bool] = []  # first line of a page (its indentation is often lost)
    for page in page_lines:
        widths = [_line_width(x.strip()) for x in page if x.strip()]
        page_full = _full_width(widths) if len(widths) >= 8 else doc_full
        lines.extend(page)
        full.extend([page_full] * len(page))
        page_top.extend([True] + [False] * (len(page) - 1))
    # Paragraphs marked by a first-line indent: then a full line that ends a sentence
    # followed by a line without indent is one paragraph too.
    indented = sum(
        1
        for x, top in zip(lines, page_top, strict=True)
        if not top and x.strip() and x[0].isspace()
    )
    indent_marks = 2 <= indented <= 0.6 * len(all_widths)
    out: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        current = current + line.lstrip() if current else line
        raw_next = lines[i + 1] if i + 1 < len(lines) else ""
        nxt = raw_next.strip()
        body = line.strip()
        join = False
        if body and nxt:
            width = _line_width(body)
            near_full = full[i] > 0 and full[i] - width <= max(4, full[i] // 10)
            if not _ends_clause(body):
                heading_next = bool(_HEADING.match(nxt)) and width < full[i]
                join = nxt[0] in _CONTINUATION or (near_full and not heading_next)
            elif indent_marks and near_full and not page_top[i + 1]:
                join = not raw_next[0].isspace() and not _HEADING.match(nxt)
        if join:
            if body[-1].isascii() and body[-1].isalpha() and nxt[0].isascii() and nxt[0].isalpha():
                current += " "
            continue
        out.append(current)
        current = ""
    if current:
        out.append(current)
    return "\n".join(out)


class _ListHandler(logging.Handler):
    def __init__(self, messages: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.messages = messages

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message not in self.messages:
            self.messages.append(message)


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[list[str]]:
    """Collect what pypdf logs or warns while reading (it would print to stderr).

    The messages go into the reason of a :class:`ReadError` when the file cannot be
    read; pypdf's logger is restored on exit.
    """
    messages: list[str] = []
    logger = logging.getLogger("pypdf")
    handler = _ListHandler(messages)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                yield messages
            finally:
                for w in caught:
                    if str(w.message) not in messages:
                        messages.append(str(w.message))
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _read_pdf(path: Path) -> str:
    try:
        from pypdf import PdfReader
    except ImportError as exc:  # pragma: no cover
        raise ReadError(path, "reading .pdf needs pypdf: pip install pypdf") from exc
    try:
        with _quiet_pypdf() as messages:
            reader = PdfReader(str(path))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ReadError(path, "the PDF is encrypted with a password")
            pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except Exception as exc:  # PdfReadError, and other errors on damaged files
        said = f"; {'; '.join(messages)}" if messages else ""
        raise ReadError(path, f"not a valid PDF ({type(exc).__name__}: {exc}{said})") from None
    text = unwrap_lines(pages)
    if len(text.strip()) < 10:
        raise ReadError(
            path,
            f"the PDF has no text layer ({len(pages)} page(s); a scanned document?). "
            "Run OCR first, e.g. `ocrmypdf --language chi_sim in.pdf out.pdf`.",
        )
    return text


# --------------------------------------------------------------------------- Markdown

# Written escapes (\*) stand for the character itself: they are kept out of the
# emphasis rules by a private-use stand-in while the text is parsed.
_MD_ESCAPES = {"\\*": "\ue000", "\\_": "\ue001", "\\~": "\ue002"}
_HTML_TAG = re.compile(r"<[^>\n]*>")
# Emphasis, strong emphasis and strikethrough: a run of exactly the marker (``*`` or
# ``**``; ``__``; ``~~``) not followed by a space, a span on one line, and the first run
# of the same length after it not preceded by a space closes it.  Unlike CommonMark,
# the span may touch Chinese punctuation on either side (坚持**“两个确立”**), which
# CommonMark's flanking rules do not allow.  The runs of a line are scanned once, so
# that a line of unclosed markers takes linear time (a regex would search the rest of
# the line from each one).
_MARKER_RUNS = {"*": re.compile(r"\*+"), "_": re.compile(r"_+"), "~": re.compile(r"~+")}


def _strip_marker_line(line: str, mark: str, lengths: tuple[int, ...]) -> str:
    """One pass over ``line``: each opening run and its closing run left out."""
    runs = [(m.start(), m.end()) for m in _MARKER_RUNS[mark].finditer(line)]
    if len(runs) < 2:
        return line
    # closer[n][k]: the first run at index >= k of length n that can close a span
    closer: dict[int, list[int | None]] = {}
    for n in lengths:
        nxt: list[int | None] = [None] * (len(runs) + 1)
        for k in range(len(runs) - 1, -1, -1):
            start, end = runs[k]
            closes = end - start == n and start > 0 and not line[start - 1].isspace()
            nxt[k] = k if closes else nxt[k + 1]
        closer[n] = nxt
    pieces: list[str] = []
    pos = k = 0
    while k < len(runs):
        start, end = runs[k]
        n = end - start
        if n in closer and end < len(line) and not line[end].isspace():
            j = closer[n][k + 1]
            if j is not None:
                close_start, close_end = runs[j]
                pieces.append(line[pos:start])
                pieces.append(line[end:close_start])
                pos, k = close_end, j + 1
                continue
        k += 1
    pieces.append(line[pos:])
    return "".join(pieces)


def _strip_marker(text: str, mark: str, lengths: tuple[int, ...]) -> str:
    if mark not in text:
        return text
    return "\n".join(_strip_marker_line(line, mark, lengths) for line in text.split("\n"))


def _markdown_parser() -> Any:
    from markdown_it import MarkdownIt

    # emphasis is taken out by _strip_emphasis (CJK-aware), not by markdown-it
    return MarkdownIt("commonmark", {"html": True}).enable("table").disable("emphasis")


def _inline_text(token: Any) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":  # its alt text
            parts.append(_inline_text(child))
        # link markers and inline HTML: left out
    return "".join(parts)


def _render_blocks(source: str) -> list[tuple[str, bool, str]]:
    """The blocks of a Markdown text: (separator before it, is it prose, text)."""
    blocks: list[tuple[str, bool, str]] = []
    prefix = ""  # the number of an ordered list item, put before its first block
    last_end: int | None = None
    row: list[str] | None = None
    table_rows = 0

    def add(start: int, end: int, prose: bool, text: str, *, tight: bool = False) -> None:
        nonlocal last_end
        gap = last_end is not None and start > last_end and not tight
        sep = "" if last_end is None else "\n\n" if gap else "\n"
        blocks.append((sep, prose, text))
        last_end = end

    for token in _markdown_parser().parse(source):
        kind = token.type
        if kind == "list_item_open" and token.info:
            prefix = f"{token.info}{token.markup}"
        elif kind == "table_open":
            table_rows = 0
        elif kind == "tr_open":
            row = []
            row_map = token.map or [0, 0]
        elif kind == "tr_close" and row is not None:
            add(row_map[0], row_map[1], True, "\t".join(row), tight=table_rows > 0)
            table_rows += 1
            row = None
        elif kind == "inline" and row is not None:
            row.append(_inline_text(token))
        elif kind in ("inline", "fence", "code_block", "html_block") and token.map:
            if kind == "inline":
                text = _inline_text(token)
            elif kind == "html_block":
                text = _HTML_TAG.sub("", token.content).strip("\n")
            else:
                text = token.content.rstrip("\n")
            add(token.map[0], token.map[1], kind in ("inline", "html_block"), prefix + text)
            prefix = ""
    return blocks


#: Emphasis nested deeper than this (never in a real report) is left as written, so
#: that a line of thousands of nested markers still takes linear time.
_MAX_EMPHASIS_DEPTH = 8


def _strip_emphasis(text: str, *, stars: bool) -> str:
    previous = None
    for _ in range(_MAX_EMPHASIS_DEPTH):  # nested: **坚持*两个确立***
        if previous == text:
            break
        previous = text
        if stars:
            text = _strip_marker(text, "*", (1, 2))
        text = _strip_marker(text, "_", (2,))
        text = _strip_marker(text, "~", (2,))
    return text


def markdown_to_text(source: str) -> str:
    r"""Render Markdown as plain text: the words, without the markup.

    Block structure, links, images, code and HTML are parsed by markdown-it-py
    (CommonMark, with tables).  Heading ``#`` s, list bullets, block-quote ``>`` s,
    link and image syntax (the link text and the image's alt text stay) and HTML tags
    are left out.  Each block (a heading, a paragraph, a list item, a table row with
    its cells joined by tabs) keeps the lines it has in the file, and a blank line
    between blocks stays.  Ordered list items keep their number (``1.``); code keeps
    its text.

    Emphasis markers (``**…**``, ``*…*``, ``__…__``, ``~~…~~``) are left out by a
    rule that suits Chinese: a pair of the same markers around a span on one line that
    neither starts nor ends with a space (CommonMark itself keeps the markers in
    ``坚持**“两个确立”**``, next to Chinese punctuation).  Chinese reports use ``*``
    and ``**`` as masks (``**局``, ``*名``): when a ``*`` would be left over after the
    pairs are taken out, the document writes masks with it, and every ``*`` stays as
    written.  An escaped marker (``\*``) is the character itself.  Emphasis nested
    more than eight deep is left as written (the time stays linear in the text).

    Parameters
    ----------
    source : str
        Markdown text.

    Returns
    -------
    str

    Examples
    --------
    >>> print(markdown_to_text("# 2023年工作要点\n\n**一、重点任务**\n\n- 坚持**“两个确立”**\n"
    ...                        "- [做到](https://example.org)“两个维护”"))
    2023年工作要点
    <BLANKLINE>
    一、重点任务
    <BLANKLINE>
    坚持“两个确立”
    做到“两个维护”
    >>> markdown_to_text("共召开**党组会议**次，研究*项议题。")
    '共召开**党组会议**次，研究*项议题。'
    """
    for escape, stand_in in _MD_ESCAPES.items():
        source = source.replace(escape, stand_in)
    blocks = _render_blocks(source)
    prose = [text for _, is_prose, text in blocks if is_prose]
    stars = not any("*" in _strip_emphasis(text, stars=True) for text in prose)
    out = "".join(
        sep + (_strip_emphasis(text, stars=stars) if is_prose else text)
        for sep, is_prose, text in blocks
    )
    for escape, stand_in in _MD_ESCAPES.items():
        out = out.replace(stand_in, escape[1])
    return out


def read_text(
    path: str | PathLike[str], *, markdown: bool = True, max_bytes: int | None = None
) -> str:
    """Read one text document (.txt/.md in any common encoding, .docx, .pdf).

    Parameters
    ----------
    path : str or path-like
    markdown : bool, default True
        Render a .md file as plain text (:func:`markdown_to_text`: emphasis markers,
        heading ``#`` s, list bullets and link syntax left out).  ``False`` reads it
        as written.
    max_bytes : int, optional
        A larger file is not read (default :data:`MAX_BYTES`).

    Returns
    -------
    str
        The decoded text, byte-order mark removed, otherwise as in the file (a .md
        file rendered, a .docx file's paragraphs and table rows one a line, a .pdf
        file's wrapped lines re-joined).

    Raises
    ------
    ReadError
        With the file name and the reason.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes("两个维护".encode("gb18030"))
    >>> read_text(p)
    '两个维护'
    """
    notes: list[str] = []
    text = _read_single(
        Path(path), markdown=markdown, max_bytes=max_bytes or MAX_BYTES, notes=notes
    )[0]
    for message in notes:
        warnings.warn(message, ReadWarning, stacklevel=2)
    return text


_DOC_MESSAGE = "old binary Word .doc files are not supported; save it as .docx"


def _os_reason(exc: OSError, path: Path) -> str:
    """One line saying why the operating system refused ``path``."""
    if exc.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if exc.errno == errno.ENAMETOOLONG:
        return "path too long for the operating system"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link" if path.is_symlink() else "no such file"
    return f"cannot be opened ({exc.strerror or exc})"


def _check_file(path: Path, max_bytes: int) -> None:
    """Raise :class:`ReadError` unless ``path`` is a regular file of at most ``max_bytes``.

    A FIFO would block the run forever and a device such as ``/dev/zero`` (or a symbolic
    link to one) never ends: only regular files are opened.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ReadError(path, _os_reason(exc, path)) from None
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise ReadError(path, "is a folder, not a file")
    if not stat.S_ISREG(mode):
        kind = (
            "a FIFO" if stat.S_ISFIFO(mode)
            else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a special file"
        )
        raise ReadError(path, f"not a regular file ({kind}), not read")
    if info.st_size > max_bytes:
        raise ReadError(
            path, f"{info.st_size:,} bytes, more than max_bytes={max_bytes:,}; not read"
        )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (see :func:`_check_file`)."""
    _check_file(path, max_bytes)
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ReadError(path, _os_reason(exc, path)) from None
    if len(data) > max_bytes:  # grew while being read
        raise ReadError(path, f"more than max_bytes={max_bytes:,} bytes; not read")
    return data


def _read_single(
    path: Path,
    *,
    markdown: bool = True,
    max_bytes: int = MAX_BYTES,
    notes: list[str] | None = None,
) -> tuple[str, str]:
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ReadError(path, _DOC_MESSAGE)
    if suffix in (".docx", ".pdf"):
        _check_file(path, max_bytes)
        if suffix == ".docx":
            return _read_docx(path, max_bytes), "docx"
        return _read_pdf(path), "pdf"
    data = _read_bytes(path, max_bytes)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(path, _DOC_MESSAGE)
    text, encoding = _decode(data, path, notes)
    if markdown and suffix in _MARKDOWN_SUFFIXES:
        text = markdown_to_text(text)
        if not text.strip():
            raise ReadError(path, "the Markdown file has no text")
    return text, encoding




# ------------------------------------------------------------------------------ corpus


@dataclass
class _Collector:
    errors: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def fail(self, path: str | Path, reason: str) -> None:
        if self.errors == "raise":
            raise ReadError(path, reason)
        self.failures.append({"path": str(path), "error": reason})
        log.info("cannot read %s: %s", path, reason)

    def note(self, message: str) -> None:
        """Something the user should know; a ReadWarning at the end of the run."""
        if message not in self.notes:
            self.notes.append(message)


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """A regex for a glob ``pattern`` over ``/``-separated relative paths.

    ``**/`` matches any number of folders, ``*`` and ``?`` stay inside one name, and
    ``[...]`` is a set of characters, as in :meth:`pathlib.Path.glob`.

    Examples
    --------
    >>> bool(_pattern_regex("**/*.txt").fullmatch("2022/报告.txt"))
    True
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[" and (close := pattern.find("]", i + 2)) != -1:
            body = pattern[i + 1 : close]
            neg = body.startswith("!")
            body = re.escape(body[1:] if neg else body).replace("\\-", "-")
            out.append(f"[{'^' if neg else ''}{body}]")
            i = close + 1
            continue
        else:
            out.append(re.escape(ch))
        i += 1
    return re.compile("".join(out), re.DOTALL)


def _walk(root: Path, out: _Collector) -> Iterator[tuple[Path, bool]]:
    """Yield ``(path, is_folder)`` for every entry under ``root``, without recursion.

    Hidden entries are yielded but not entered; symbolic links to folders are not
    followed.  A folder that cannot be listed (permissions, a path longer than the
    operating system allows) is an error of that folder, and the walk goes on.
    """
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name, reverse=True)
        except OSError as exc:
            out.fail(folder, f"folder cannot be listed: {_os_reason(exc, folder)}")
            continue
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            yield path, is_dir
            if is_dir and not entry.name.startswith("."):
                stack.append(path)


def _iter_paths(
    paths: Sequence[Path], pattern: str, out: _Collector
) -> Iterator[tuple[Path, Path]]:
    """Yield (file, root) for every candidate document file, in sorted order."""
    match = _pattern_regex(pattern).fullmatch
    everything = pattern.startswith("**")
    for given in paths:
        try:
            is_dir = given.is_dir()
            exists = is_dir or given.exists() or given.is_symlink()
        except OSError as exc:
            out.fail(given, _os_reason(exc, given))
            continue
        if is_dir:
            found: list[Path] = []
            for p, folder in _walk(given, out):
                rel = p.relative_to(given).as_posix()
                if p.name.startswith("."):
                    if (folder and everything) or match(rel):
                        what = "folder" if folder else "file"
                        out.skipped.append({"path": str(p), "reason": f"hidden {what}"})
                    continue
                if folder or not match(rel):
                    continue
                if p.is_symlink() and p.is_dir():
                    out.skipped.append(
                        {"path": str(p), "reason": "symbolic link to a folder (not followed)"}
                    )
                    continue
                if _SKIP_NAMES.match(p.name):
                    out.skipped.append(
                        {"path": str(p), "reason": "not a document (metadata or documentation)"}
                    )
                    continue
                found.append(p)
            for p in sorted(found):
                yield p, given
        elif exists:
            yield given, given.parent
        else:
            out.fail(given, "no such file or folder")


@dataclass
class _Metadata:
    """A metadata table: its rows by file name, and which rows matched a file."""

    source: str
    base: Path | None = None  # the folder of a metadata.csv found beside the files
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    lookup: dict[str, int] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)

    def find(self, *keys: str) -> dict[str, Any]:
        for key in keys:
            i = self.lookup.get(key)
            if i is not None:
                self.used.add(i)
                return self.rows[i][1]
        return {}

    def unmatched(self) -> list[str]:
        """Rows that matched no file read.

        For a metadata.csv beside the files, rows naming a file of its folder that exists
        but was not asked for (a pattern, one file of the folder) are not counted; a row
        naming a file outside the folder (``../../etc/passwd``) always is.
        """
        return [
            name
            for i, (name, _) in enumerate(self.rows)
            if i not in self.used and (self.base is None or not self._exists_inside(name))
        ]

    def _exists_inside(self, name: str) -> bool:
        assert self.base is not None
        try:
            base = self.base.resolve()
            target = (base / name).resolve()
            return target.is_relative_to(base) and target.exists()
        except (OSError, RuntimeError, ValueError):  # a loop, a name too long, a NUL
            return False


def _load_metadata(source: Any, base: Path | None) -> _Metadata:
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        frame, where = source, "metadata"
    else:
        frame, where = pd.read_csv(source, dtype=str), str(source)
    key = next((c for c in ("file", "path", "filename", "doc_id") if c in frame.columns), None)
    if key is None:
        raise ValueError("The metadata table needs a 'file' column naming each document's file.")
    out = _Metadata(where, base)
    for rec in frame.to_dict("records"):
        name = str(rec.pop(key))
        clean = {str(k): v for k, v in rec.items() if not (isinstance(v, float) and v != v)}
        out.rows.append((name, clean))
        i = len(out.rows) - 1
        keys = [name, Path(name).name]
        if base is not None:
            keys.append(str((base / name).resolve()))
        for k in keys:
            out.lookup.setdefault(k, i)
    return out


def _check_doc_type(value: Any, where: str, col: _Collector) -> None:
    if isinstance(value, str) and value and value not in DOC_TYPES:
        col.note(
            f"{where}: doc_type {value!r} is not one of govtext's document types "
            f"({', '.join(DOC_TYPES)}); kept as given"
        )


_TOO_DEEP = "invalid JSON (nested too deeply to parse)"
_RESULT_TABLE = "a table of results (doc_id, start, end columns), not a corpus"


def _table_records(
    path: Path, col: _Collector, max_bytes: int = MAX_BYTES
) -> tuple[list[dict[str, Any]], str]:
    import pandas as pd

    suffix = path.suffix.lower()
    try:
        data = _read_bytes(path, max_bytes)
    except ReadError as exc:
        col.fail(path, exc.reason)
        return [], ""
    notes: list[str] = []
    try:
        text, encoding = _decode(data, path, notes)
    except ReadError as exc:
        col.fail(path, exc.reason)
        return [], ""
    for message in notes:
        col.note(message)
    records: list[dict[str, Any]] = []
    whole: Any = None
    if suffix in (".json", ".jsonl", ".ndjson"):
        # a JSON document (an object, or an array of objects, pretty-printed or not)
        # first; else JSON Lines, one object per line
        try:
            whole = json.loads(text)
        except json.JSONDecodeError as exc:
            if suffix == ".json" and text.lstrip().startswith("["):
                col.fail(path, f"invalid JSON ({exc.msg}, line {exc.lineno})")
                return [], encoding
        except RecursionError:
            if suffix == ".json" and text.lstrip()[:1] in ("[", "{"):
                col.fail(path, _TOO_DEEP)
                return [], encoding
    if isinstance(whole, dict):
        whole["_row"] = 1
        records.append(whole)
    elif isinstance(whole, list):
        for i, obj in enumerate(whole, 1):
            if isinstance(obj, dict):
                obj["_row"] = i
                records.append(obj)
            else:
                col.fail(f"{path}:{i}", "a JSON array item must be an object")
    elif whole is not None:
        col.fail(path, f"a JSON file must hold an object or an array of objects, not "
                       f"{type(whole).__name__}")
    elif suffix in (".json", ".jsonl", ".ndjson"):
        # JSON Lines are separated by \n only: U+2028, U+0085 and the like are valid
        # inside a JSON string, and str.splitlines() would cut a row there
        for lineno, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                col.fail(f"{path}:{lineno}", f"invalid JSON ({exc.msg})")
                continue
            except RecursionError:
                col.fail(f"{path}:{lineno}", _TOO_DEEP)
                continue
            if not isinstance(obj, dict):
                col.fail(f"{path}:{lineno}", "a JSON line must be an object")
                continue
            obj["_row"] = lineno
            records.append(obj)
    else:
        import io as _io

        try:
            frame = pd.read_csv(
                _io.StringIO(text),
                sep="\t" if suffix == ".tsv" else ",",
                dtype=str,
                keep_default_na=False,
                quoting=csv.QUOTE_MINIMAL,
            )
        except (pd.errors.ParserError, ValueError) as exc:
            col.fail(path, f"invalid table ({exc})")
            return [], encoding
        for i, raw in enumerate(frame.to_dict("records"), 2):
            rec = {str(k): v for k, v in raw.items()}
            rec["_row"] = i
            records.append(rec)
    return records, encoding


def _text_column(records: list[dict[str, Any]]) -> str | None:
    """The text column of a table: the first recognised name (:data:`TEXT_COLUMNS`).

    The column is the text column whatever its values: a row whose value is not a
    string is an error of that row.  Without one the table has no text column (no other
    column, such as a year or a title, is ever taken for the text).
    """
    present: dict[str, str] = {}
    for rec in records:
        for k in rec:
            if k != "_row":
                present.setdefault(str(k).lower(), k)
    for name in TEXT_COLUMNS:
        if name in present:
            return present[name]
    return None


def _is_result_table(records: list[dict[str, Any]]) -> bool:
    """True for a table of govtext's own results: ``doc_id``, ``start`` and ``end`` columns.

    Rows of sections, sentences, slogans, placeholders or commitments found in documents
    have a span (``start``, ``end``) in their document; a corpus never does.
    """
    return {"doc_id", "start", "end"} <= set(records[0])


_SURROGATE = re.compile("[\ud800-\udfff]")
#: Table fields that must be text; a number there is read as its digits.
_TEXT_FIELDS = ("title", "org", "doc_type")


def _replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates (from JSON escapes) replaced by U+FFFD, and how many.

    A surrogate cannot be encoded, so it would break every writer later on.
    """
    return _SURROGATE.subn("\ufffd", text)


def _coerce_fields(extra: dict[str, Any]) -> str | None:
    """Make ``title``, ``org`` and ``doc_type`` text in place; the reason when one cannot be.

    A number (``"title": 2023``) becomes its digits, a missing value None; a list or an
    object is an error of the row.
    """
    for key in _TEXT_FIELDS:
        value = extra.get(key)
        if value is None or isinstance(value, str):
            continue
        if isinstance(value, float) and value != value:
            extra[key] = None
        elif isinstance(value, (bool, int, float)):
            extra[key] = str(value)
        else:
            return f"{key!r} is {type(value).__name__}, not str"
    return None


def _unique_id(candidate: str, seen: set[str]) -> str:
    doc_id = candidate
    n = 2
    while doc_id in seen:
        doc_id = f"{candidate}#{n}"
        n += 1
    seen.add(doc_id)
    return doc_id


def _coerce_year(value: Any) -> int | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    m = re.search(YEAR_PATTERN, str(value))
    return int(m.group(1)) if m else None


def _plan(
    path: str | PathLike[str] | Iterable[str | PathLike[str]],
    pattern: str,
    metadata: Any,
    errors: str,
    max_bytes: int,
    exclude: Iterable[str | PathLike[str]],
) -> tuple[_Collector, list[tuple[Path, Path]], _Metadata | None]:
    """Check the parameters, list the files to read and load a given metadata table."""
    check_choice(errors, "errors", "read_corpus", ("report", "raise"))
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise ValueError(f"max_bytes must be a positive int. Got {max_bytes!r} instead.")
    paths = [Path(path)] if isinstance(path, (str, PathLike)) else [Path(p) for p in path]
    col = _Collector(errors)
    excluded = {os.path.abspath(p) for p in exclude}
    files = []
    for file, root in _iter_paths(paths, pattern, col):
        if os.path.abspath(file) in excluded:
            col.skipped.append({"path": str(file), "reason": "excluded (an output file)"})
        else:
            files.append((file, root))
    given_meta = _load_metadata(metadata, None) if metadata is not None else None
    return col, files, given_meta


def iter_documents(
    path: str | PathLike[str] | Iterable[str | PathLike[str]],
    *,
    pattern: str = "**/*",
    metadata: Any = None,
    errors: str = "report",
    markdown: bool = True,
    max_bytes: int = MAX_BYTES,
    exclude: Iterable[str | PathLike[str]] = (),
    report: dict[str, list[Any]] | None = None,
) -> Iterator[dict[str, Any]]:
    r"""Read a corpus one document at a time: the rules of :func:`read_corpus`, streamed.

    Each document is a dict with the columns of :func:`read_corpus` (``doc_id``, ``path``,
    ``title``, ``year``, ``doc_type``, ``org``, ``encoding``, ``n_chars``, ``text`` and the
    metadata a table or ``metadata.csv`` gives).  Only one file's documents are held at a
    time, so a corpus larger than memory can be analysed document by document.

    Parameters
    ----------
    path, pattern, metadata, errors, markdown, max_bytes, exclude
        As for :func:`read_corpus`.
    report : dict, optional
        Filled as the documents are read: ``"errors"`` (the inputs that could not be
        read, dicts with ``path`` and ``error``), ``"skipped"`` and ``"warnings"``, and
        once the last document is read ``"metadata_unmatched"``; the same lists
        ``read_corpus`` puts in ``attrs``.

    Yields
    ------
    dict
        One document.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "2023年工作要点.txt").write_text("2023年工作要点\n一、总体要求\n坚持。",
    ...                                          encoding="utf-8")
    >>> _ = (d / "empty.txt").write_bytes(b"")
    >>> report = {}
    >>> [(doc["doc_id"], doc["year"]) for doc in iter_documents(d, report=report)]
    [('2023年工作要点', 2023)]
    >>> [e["error"] for e in report["errors"]]
    ['empty file']
    """
    col, files, given_meta = _plan(path, pattern, metadata, errors, max_bytes, exclude)
    if report is not None:
        report.update(
            errors=col.failures, skipped=col.skipped, warnings=col.notes, metadata_unmatched=[]
        )
    meta_cache: dict[Path, _Metadata | None] = {}
    for row in _records(files, col, given_meta, meta_cache, markdown=markdown,
                        max_bytes=max_bytes, show=False):
        row["year"] = _coerce_year(row.get("year"))
        yield row
    unmatched = _note_unmatched(col, given_meta, meta_cache)
    if report is not None:
        report["metadata_unmatched"] = unmatched


def list_files(
    path: str | PathLike[str] | Iterable[str | PathLike[str]],
    *,
    pattern: str = "**/*",
    errors: str = "report",
    max_bytes: int = MAX_BYTES,
    exclude: Iterable[str | PathLike[str]] = (),
    report: dict[str, list[Any]] | None = None,
) -> list[tuple[str, str]]:
    """The files :func:`iter_documents` would read, in its order, without reading them.

    Each is a pair ``(file, root)``: the root is the folder given (or the file's own
    folder), against which the document's id is made.  Give the pairs, or any run of
    them, to :func:`read_files`: a cluster's workers read their parts of a corpus so.

    Parameters
    ----------
    path, pattern, errors, max_bytes, exclude
        As for :func:`read_corpus`.
    report : dict, optional
        Filled with ``"errors"`` (paths that do not exist or cannot be listed) and
        ``"skipped"``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "2023年工作要点.txt").write_text("坚持。", encoding="utf-8")
    >>> [pathlib.Path(f).name for f, _ in list_files(d)]
    ['2023年工作要点.txt']
    """
    col, files, _ = _plan(path, pattern, None, errors, max_bytes, exclude)
    if report is not None:
        report.update(errors=col.failures, skipped=col.skipped)
    return [(str(file), str(root)) for file, root in files]


def read_files(
    files: Iterable[tuple[str, str]],
    *,
    metadata: Any = None,
    errors: str = "report",
    markdown: bool = True,
    max_bytes: int = MAX_BYTES,
    report: dict[str, list[Any]] | None = None,
) -> Iterator[dict[str, Any]]:
    r"""Read the files of :func:`list_files`, one document at a time.

    The documents of :func:`iter_documents`, except that each keeps the id its file
    gives it: two documents of the same name (``a.txt`` and ``a.md``, or the same id in
    two tables) are told apart by :func:`unique_id` over the whole corpus, in order, by
    whoever puts the parts together.

    Parameters
    ----------
    files : iterable of (file, root)
        From :func:`list_files`.
    metadata, errors, markdown, max_bytes
        As for :func:`read_corpus`.
    report : dict, optional
        Filled with ``"errors"``, ``"skipped"``, ``"warnings"`` and
        ``"metadata_used"`` (``(table, row)`` pairs: the metadata rows that matched a
        file).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "2023年工作要点.txt").write_text("2023年工作要点\n坚持。", encoding="utf-8")
    >>> [(doc["doc_id"], doc["year"]) for doc in read_files(list_files(d))]
    [('2023年工作要点', 2023)]
    """
    check_choice(errors, "errors", "read_files", ("report", "raise"))
    col = _Collector(errors)
    given_meta = _load_metadata(metadata, None) if metadata is not None else None
    meta_cache: dict[Path, _Metadata | None] = {}
    if report is not None:
        report.update(
            errors=col.failures, skipped=col.skipped, warnings=col.notes, metadata_used=[]
        )
    pairs = [(Path(file), Path(root)) for file, root in files]
    for row in _records(pairs, col, given_meta, meta_cache, markdown=markdown,
                        max_bytes=max_bytes, show=False, dedupe=False):
        row["year"] = _coerce_year(row.get("year"))
        yield row
    if report is not None:
        report["metadata_used"] = [
            (table.source, i)
            for table in [given_meta, *meta_cache.values()]
            if table is not None
            for i in sorted(table.used)
        ]


def unmatched_metadata(
    files: Iterable[tuple[str, str]],
    used: Iterable[tuple[str, int]],
    *,
    metadata: Any = None,
    report: dict[str, list[Any]] | None = None,
) -> list[dict[str, str]]:
    """The metadata rows that matched none of ``files``, once the parts are read.

    ``used`` gathers the ``"metadata_used"`` of every part's :func:`read_files`
    report; the tables (``metadata``, or the ``metadata.csv`` beside the files) are
    loaded again here, small as they are.  ``report["warnings"]`` gets the note
    :func:`read_corpus` gives.

    Examples
    --------
    >>> unmatched_metadata([], [])
    []
    """
    col = _Collector("report")
    given_meta = _load_metadata(metadata, None) if metadata is not None else None
    meta_cache: dict[Path, _Metadata | None] = {}
    if given_meta is None:
        for folder in dict.fromkeys(Path(file).parent for file, _ in files):
            mfile = folder / "metadata.csv"
            try:
                meta_cache[folder] = _load_metadata(mfile, folder) if mfile.exists() else None
            except (ValueError, OSError):
                meta_cache[folder] = None
    tables = {t.source: t for t in [given_meta, *meta_cache.values()] if t is not None}
    for source, i in used:
        if source in tables:
            tables[source].used.add(i)
    unmatched = _note_unmatched(col, given_meta, meta_cache)
    if report is not None:
        report.setdefault("warnings", []).extend(col.notes)
    return unmatched


def unique_id(candidate: str, seen: set[str]) -> str:
    """``candidate``, or ``candidate#2``, ``#3`` ... when taken; the id is added to ``seen``.

    The rule :func:`read_corpus` names documents by.

    Examples
    --------
    >>> seen = set()
    >>> [unique_id(c, seen) for c in ("a", "b", "a")]
    ['a', 'b', 'a#2']
    """
    return _unique_id(candidate, seen)


def _note_unmatched(
    col: _Collector, given_meta: _Metadata | None, meta_cache: dict[Path, _Metadata | None]
) -> list[dict[str, str]]:
    """The rows of the metadata tables that matched no file read, each table noted."""
    unmatched: list[dict[str, str]] = []
    for table in [given_meta, *meta_cache.values()]:
        if table is None:
            continue
        lost = table.unmatched()
        unmatched.extend({"metadata": table.source, "file": name} for name in lost)
        if lost:
            shown = ", ".join(lost[:5]) + (f" and {len(lost) - 5} more" if len(lost) > 5 else "")
            col.note(
                f"{table.source}: {len(lost)} row(s) match no file read: {shown}. "
                "See df.attrs['metadata_unmatched']."
            )
    return unmatched


def _records(
    files: list[tuple[Path, Path]],
    col: _Collector,
    given_meta: _Metadata | None,
    meta_cache: dict[Path, _Metadata | None],
    *,
    markdown: bool,
    max_bytes: int,
    show: bool,
    dedupe: bool = True,
) -> Iterator[dict[str, Any]]:
    """The documents of ``files``, one record at a time; failures go to ``col``.

    ``dedupe=False`` keeps each document's candidate id (a caller reading the files in
    parts makes them unique over the whole, in order, with :func:`unique_id`).
    """
    import pandas as pd
    from tqdm import tqdm

    seen_ids: set[str] = set()
    for file, root in tqdm(files, desc="reading", disable=not show, unit="file"):
        suffix = file.suffix.lower()
        if suffix == ".doc":
            col.fail(file, _DOC_MESSAGE)
            continue
        if suffix not in SUFFIXES:
            col.fail(
                file,
                f"unsupported file type {suffix or '(none)'}; "
                f"supported: {', '.join(sorted(SUFFIXES))}",
            )
            continue
        meta: _Metadata | None
        if given_meta is not None:
            meta = given_meta
        else:
            if file.parent not in meta_cache:
                mfile = file.parent / "metadata.csv"
                try:
                    meta_cache[file.parent] = (
                        _load_metadata(mfile, file.parent) if mfile.exists() else None
                    )
                except (ValueError, OSError, pd.errors.ParserError) as exc:
                    col.fail(mfile, f"invalid metadata table ({exc})")
                    meta_cache[file.parent] = None
            meta = meta_cache[file.parent]
        rel = file.relative_to(root) if file.is_relative_to(root) else Path(file.name)
        given = (
            meta.find(str(file.resolve()), rel.as_posix(), file.name) if meta is not None else {}
        )
        stem_id = rel.with_suffix("").as_posix()
        if suffix in TABLE_SUFFIXES:
            try:
                records, table_encoding = _table_records(file, col, max_bytes)
            except OSError as exc:
                col.fail(file, f"cannot be opened ({exc})")
                continue
            if not records:
                if not any(f["path"].startswith(str(file)) for f in col.failures):
                    col.fail(file, "the table has no rows")
                continue
            if _is_result_table(records):
                col.skipped.append({"path": str(file), "reason": _RESULT_TABLE})
                continue
            text_col = _text_column(records)
            if text_col is None:
                col.fail(
                    file,
                    f"the table has no text column (one of {', '.join(TEXT_COLUMNS)}); "
                    f"its columns: {', '.join(str(k) for k in records[0] if k != '_row')}",
                )
                continue
            id_col = next((c for c in ID_COLUMNS if c in records[0]), None)
            for rec in records:
                row_no = rec.pop("_row")
                text = rec.pop(text_col, None)
                if text is not None and not isinstance(text, str):
                    col.fail(
                        f"{file}:{row_no}",
                        f"{text_col!r} is {type(text).__name__}, not str",
                    )
                    continue
                if text is None or not text.strip():
                    col.fail(f"{file}:{row_no}", f"empty {text_col!r}")
                    continue
                extra = {k: v for k, v in rec.items() if k not in ("doc_id", "path", "text")}
                bad = _coerce_fields(extra)
                if bad is not None:
                    col.fail(f"{file}:{row_no}", bad)
                    continue
                text, n_surrogates = _replace_surrogates(text)
                for key, value in extra.items():
                    if isinstance(value, str):
                        extra[key], n = _replace_surrogates(value)
                        n_surrogates += n
                if n_surrogates:
                    col.note(
                        f"{file}:{row_no}: {n_surrogates} lone surrogate(s) replaced with U+FFFD"
                    )
                if "doc_type" in extra:
                    _check_doc_type(extra["doc_type"], str(file), col)
                inferred = infer_metadata(
                    text, title=extra.get("title") or None, filename=file.name
                )
                row = {**extra, **inferred}
                row["year"] = _coerce_year(extra.get("year")) or inferred["year"]
                for key in ("doc_type", "org"):
                    if extra.get(key):
                        row[key] = extra[key]
                raw_id = rec.get(id_col) if id_col else None
                candidate = str(raw_id) if raw_id not in (None, "") else f"{stem_id}:{row_no}"
                row["doc_id"] = _unique_id(candidate, seen_ids) if dedupe else candidate
                row.update(
                    path=f"{file}:{row_no}", encoding=table_encoding, script=detect_script(text),
                    n_chars=len(text), text=text,
                )
                yield row
            continue
        try:
            notes: list[str] = []
            text, encoding = _read_single(
                file, markdown=markdown, max_bytes=max_bytes, notes=notes
            )
            for message in notes:
                col.note(message)
        except ReadError as exc:
            col.fail(file, exc.reason)
            continue
        except OSError as exc:
            col.fail(file, f"cannot be opened ({exc})")
            continue
        if "doc_type" in given:
            _check_doc_type(given["doc_type"], f"{file} (metadata)", col)
        row = infer_metadata(text, title=given.get("title"), filename=file.name)
        for key, value in given.items():
            row[key] = value
        row["year"] = _coerce_year(given.get("year")) or row["year"]
        row.update(
            doc_id=_unique_id(stem_id, seen_ids) if dedupe else stem_id,
            path=str(file),
            encoding=encoding,
            script=detect_script(text),
            n_chars=len(text),
            text=text,
        )
        yield row


def read_corpus(
    path: str | PathLike[str] | Iterable[str | PathLike[str]],
    *,
    pattern: str = "**/*",
    metadata: Any = None,
    errors: str = "report",
    progress: bool | None = False,
    markdown: bool = True,
    max_bytes: int = MAX_BYTES,
    exclude: Iterable[str | PathLike[str]] = (),
) -> pd.DataFrame:
    r"""Read a corpus of reports into a DataFrame, one row per document.

    Parameters
    ----------
    path : path or list of paths
        A folder (searched recursively with ``pattern``), a file, or a list of them.
        Text files (.txt, .md) in UTF-8 with or without BOM, GB18030/GBK/GB2312,
        UTF-16 or Big5; .docx; .pdf with a text layer; tables (.jsonl, .json, .csv,
        .tsv) with one document per row, whose text column is found by name
        (text, content, body, 正文, ...; a row whose value there is not a string is an
        error of that row) or else is the longest column (a :class:`ReadWarning` says
        which).  A .json file holds one object (one document) or an array of objects,
        pretty-printed or not; otherwise it is read as JSON Lines.  A PDF's lines
        wrapped at the margin are re-joined (see :func:`unwrap_lines`).
    pattern : str, default "**/*"
        Glob pattern for files inside folders.
    metadata : path or DataFrame, optional
        Table with a ``file`` column and any of ``title, year, org, doc_type`` (and
        more).  By default a ``metadata.csv`` beside the files is used when present.
        Values given there win over inferred ones.  Rows that match no file and
        ``doc_type`` values outside :data:`DOC_TYPES` give a :class:`ReadWarning`.
    errors : {"report", "raise"}, default "report"
        ``"report"``: unreadable files (or table rows) are listed in
        ``df.attrs["errors"]`` (dicts with ``path`` and ``error``) and a
        :class:`ReadWarning` names them; ``"raise"``: the first one raises
        :class:`ReadError`.
    progress : bool or None, default False
        Progress bar on stderr (``None``: only on a terminal).
    markdown : bool, default True
        Render .md files as plain text (see :func:`markdown_to_text`); ``False`` reads
        them as written.
    max_bytes : int, default :data:`MAX_BYTES` (256 MiB)
        A larger file is an error of that file, not read.  Only regular files are
        opened: a FIFO, a device (``/dev/zero``, or a symbolic link to it) or a socket
        is an error of that name.
    exclude : paths, optional
        Files never read as documents (listed in ``df.attrs["skipped"]`` when met): the
        command line passes its own ``--output`` file, so that a run writing into the
        folder it reads does not read its output back.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, path, title, year, doc_type, org, encoding, script, n_chars, text``
        and any further metadata or table columns.  ``year`` is a nullable integer.
        ``script`` is the script of the text, ``"simplified"``, ``"traditional"`` or
        ``"mixed"`` (:func:`govtext.normalization.detect_script`); the analyses read
        traditional and mixed texts through OpenCC ``t2s`` (``Config.t2s="auto"``).
        ``df.attrs["errors"]`` lists the failures, ``df.attrs["skipped"]`` the files
        that are not documents (metadata.csv, README, hidden files and folders),
        ``df.attrs["metadata_unmatched"]`` the rows of a metadata table that match no
        file (dicts with ``metadata`` and ``file``), ``df.attrs["warnings"]`` what the
        :class:`ReadWarning` s said besides failures (longest column used as the text,
        unmatched metadata rows, a ``doc_type`` outside :data:`DOC_TYPES`, which is kept).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("2023年工作要点\n一、总体要求", encoding="utf-8")
    >>> _ = (folder / "b.txt").write_bytes(b"")
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     df = read_corpus(folder)
    >>> df[["doc_id", "title", "year", "doc_type"]].values.tolist()
    [['a', '2023年工作要点', 2023, 'work_plan']]
    >>> df.attrs["errors"][0]["error"]
    'empty file'
    """
    import pandas as pd

    col, files, given_meta = _plan(path, pattern, metadata, errors, max_bytes, exclude)
    meta_cache: dict[Path, _Metadata | None] = {}
    show = progress if progress is not None else __import__("sys").stderr.isatty()
    col.rows.extend(
        _records(files, col, given_meta, meta_cache, markdown=markdown, max_bytes=max_bytes,
                 show=bool(show))
    )
    frame: pd.DataFrame = pd.DataFrame(col.rows)
    for name in CORPUS_COLUMNS:
        if name not in frame.columns:
            frame[name] = pd.Series(dtype="object")
    extra_cols = [c for c in frame.columns if c not in CORPUS_COLUMNS]
    frame = frame[[*CORPUS_COLUMNS, *extra_cols]]
    frame["year"] = frame["year"].astype("Int64")
    frame["n_chars"] = frame["n_chars"].astype("int64")
    frame.attrs["errors"] = col.failures
    frame.attrs["skipped"] = col.skipped
    frame.attrs["metadata_unmatched"] = _note_unmatched(col, given_meta, meta_cache)
    frame.attrs["warnings"] = col.notes
    for message in col.notes:
        warnings.warn(message, ReadWarning, stacklevel=2)
    if col.failures:
        names = "; ".join(f"{f['path']} ({f['error']})" for f in col.failures[:5])
        more = f" and {len(col.failures) - 5} more" if len(col.failures) > 5 else ""
        warnings.warn(
            f"{len(col.failures)} input(s) could not be read: {names}{more}. "
            "See df.attrs['errors'].",
            ReadWarning,
            stacklevel=2,
        )
    return frame
