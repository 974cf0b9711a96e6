"""Write tables for Stata, R, Excel and Python: the format follows the file's extension.

:func:`write_table` writes a DataFrame as ``.csv``, ``.tsv``, ``.json``, ``.jsonl``,
``.parquet`` (pyarrow), ``.xlsx`` (openpyxl) or ``.dta`` (Stata 14+, pandas
``to_stata``); ``.txt`` and any other extension are refused with a
:class:`~govtext.ParameterError`.  Every file is made tidy on the way out
(:func:`tidy_table`):

- A cell that holds a list, tuple or set becomes one string, its items joined by ``;``
  (``responsibility;supervision``), never a Python repr; JSON and JSON Lines keep the
  items as an array.  Missing values stay missing (empty in CSV, ``null`` in JSON).
- Column names become valid identifiers in Stata and R (:func:`safe_names`); JSON and
  JSON Lines keep them as they are (keys are data there, e.g. the doc_ids of a
  similarity matrix).
- Nothing is rounded: CSV, TSV, JSON and JSON Lines carry the shortest text that reads
  back as the same float; Parquet, Excel and Stata store 64-bit floats.

Column names
------------
:func:`safe_names` gives names that Stata (14 and later) and R both accept, by the same
rule every time:

1. a character other than an ASCII letter or digit, ``_`` or a Unicode letter (Han
   characters are letters: 四个意识 stays as it is) becomes ``_``; runs of ``_`` become
   one and a trailing ``_`` is dropped (``gov_work_reports:1`` -> ``gov_work_reports_1``,
   ``不敢腐、不能腐、不想腐`` -> ``不敢腐_不能腐_不想腐``);
2. a name that does not start with a letter gets a ``v`` in front (``2021`` -> ``v2021``,
   ``000_d9a1`` -> ``v000_d9a1``); an empty name is ``v``;
3. a reserved word of Stata or R (``if``, ``in``, ``for``, ``_n``, ``TRUE``, ``NA`` ...)
   gets a ``_`` after it;
4. names are cut to 32 characters (Stata's limit);
5. names already valid keep them; then, in column order, a name taken already gets the
   first free suffix ``_2``, ``_3`` ... (cut so that the whole stays within 32
   characters).

Examples
--------
>>> import pandas as pd
>>> table = pd.DataFrame({"doc_id": ["a"], "gov_work_reports:1": [0.123456789],
...                       "categories": [["responsibility", "supervision"]]})
>>> tidy_table(table).to_dict("records")
[{'doc_id': 'a', 'gov_work_reports_1': 0.123456789, 'categories': 'responsibility;supervision'}]
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import warnings
from collections.abc import Hashable, Iterable, Mapping
from os import PathLike, fspath
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from govtext._util import ParameterError, require

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "EXPORT_FORMATS",
    "PART_NAME",
    "ExportWarning",
    "PartSchema",
    "TableWriter",
    "common_schema",
    "format_for_path",
    "is_dataset_path",
    "join_items",
    "part_probe",
    "safe_names",
    "table_records",
    "tidy_table",
    "write_table",
]

#: Extension -> format name of :func:`write_table`.
EXPORT_FORMATS: Mapping[str, str] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".parquet": "parquet",
    ".xlsx": "xlsx",
    ".dta": "dta",
}
_TEXT_FORMATS = ("csv", "tsv", "json", "jsonl")
_BINARY_FORMATS = ("parquet", "xlsx", "dta")

#: Longest variable name in Stata.
MAX_NAME = 32
#: Longest string of a Stata ``str#`` variable; longer ones are written as ``strL``.
_STATA_STR_MAX = 2045
#: Longest text in one Excel cell.
_EXCEL_CELL_MAX = 32_767

_RESERVED = frozenset(
    [
        # Stata
        "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int",
        "long", "_n", "_N", "_pi", "_pred", "_rc", "_skip", "strL", "using", "with",
        # R
        "else", "repeat", "while", "function", "for", "next", "break", "TRUE", "FALSE",
        "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_character_",
        "NA_complex_",
    ]
)
_SEPARATOR = ";"


class ExportWarning(UserWarning):
    """A value had to be changed to fit the file format (e.g. a cell too long for Excel)."""


def format_for_path(path: str | PathLike[str], *, func: str = "write_table") -> str:
    """The format :func:`write_table` uses for ``path``, from its extension.

    Parameters
    ----------
    path : str or path-like
        The file to write.
    func : str, default "write_table"
        Named in the error message.

    Returns
    -------
    str
        One of ``csv``, ``tsv``, ``json``, ``jsonl``, ``parquet``, ``xlsx``, ``dta``.

    Raises
    ------
    ParameterError
        For any other extension (a usage error).

    Examples
    --------
    >>> format_for_path("stats.parquet")
    'parquet'
    >>> format_for_path("表.XLSX")
    'xlsx'
    """
    suffix = Path(fspath(path)).suffix.lower()
    fmt = EXPORT_FORMATS.get(suffix)
    if fmt is None:
        allowed = ", ".join(EXPORT_FORMATS)
        what = func if func.startswith("-") else f"The 'path' parameter of {func}"
        raise ParameterError(
            f"{what} must end in one of {allowed}. Got {fspath(path)!r} instead."
        )
    return fmt


# --------------------------------------------------------------------------- names


def _word_char(ch: str) -> bool:
    return ch == "_" or (ch.isascii() and ch.isalnum()) or (not ch.isascii() and ch.isalpha())


def _clean_name(name: Hashable) -> str:
    text = "".join(ch if _word_char(ch) else "_" for ch in str(name))
    text = re.sub("_+", "_", text).rstrip("_")
    if not text or not (text[0].isalpha()):
        text = "v" + text
    if text in _RESERVED:
        text += "_"
    return text[:MAX_NAME]


def safe_names(columns: Iterable[Hashable]) -> list[str]:
    """Column names valid in Stata and R, deterministic and without collisions.

    The rule is in the module's documentation (:mod:`govtext.export`).

    Parameters
    ----------
    columns : iterable of hashable
        The names to make safe, in column order.

    Returns
    -------
    list of str
        One safe name per column, all distinct.

    Examples
    --------
    >>> safe_names(["gov_work_reports:1", "2021", "四个意识", "if", "a b", "a_b"])
    ['gov_work_reports_1', 'v2021', '四个意识', 'if_', 'a_b_2', 'a_b']
    """
    names = [str(c) for c in columns]
    cleaned = [_clean_name(c) for c in names]
    out: list[str | None] = [None] * len(names)
    taken: set[str] = set()
    # names that are valid as they are keep them
    for i, (name, clean) in enumerate(zip(names, cleaned, strict=True)):
        if name == clean and clean not in taken:
            out[i] = clean
            taken.add(clean)
    for i, clean in enumerate(cleaned):
        if out[i] is not None:
            continue
        candidate, n = clean, 1
        while candidate in taken:
            n += 1
            suffix = f"_{n}"
            candidate = clean[: MAX_NAME - len(suffix)] + suffix
        out[i] = candidate
        taken.add(candidate)
    return [str(n) for n in out]


# --------------------------------------------------------------------------- cells


def _set_column(frame: pd.DataFrame, i: int, values: Any) -> None:
    """Replace the ``i``-th column (by position: names may repeat before renaming)."""
    frame.isetitem(i, values)


def _is_listlike(value: Any) -> bool:
    if isinstance(value, (list, tuple, set, frozenset)):
        return True
    return type(value).__module__ == "numpy" and type(value).__name__ == "ndarray"


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:
        import pandas as pd

        return value is pd.NA or value is pd.NaT
    except ImportError:  # pragma: no cover - pandas is a dependency
        return False


def _item_text(value: Any) -> str:
    if _is_listlike(value):
        return ",".join(_item_text(v) for v in _items(value))
    if hasattr(value, "item") and not isinstance(value, str):
        with contextlib.suppress(ValueError, AttributeError):
            value = value.item()
    return str(value)


def _items(value: Any) -> list[Any]:
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return list(value)


def join_items(value: Any) -> Any:
    """A list, tuple or set as one ``;``-joined string; any other value unchanged.

    Items that are themselves sequences (a pair such as ``("四个意识", 3)``) are joined by
    ``,``.  A set is sorted first, so the result does not depend on hashing.

    Examples
    --------
    >>> join_items(["responsibility", "supervision"])
    'responsibility;supervision'
    >>> join_items([("四个意识", 3), ("两个维护", 2)])
    '四个意识,3;两个维护,2'
    >>> join_items(1.5)
    1.5
    """
    if not _is_listlike(value):
        return value
    return _SEPARATOR.join(_item_text(v) for v in _items(value) if not _is_missing(v))


def _has_lists(column: pd.Series) -> bool:
    if column.dtype != object:
        return False
    return any(_is_listlike(v) for v in column.tolist())


def tidy_table(
    frame: pd.DataFrame, *, join_lists: bool = True, rename: bool = True
) -> pd.DataFrame:
    """The table as :func:`write_table` writes it: lists joined, names made safe.

    Parameters
    ----------
    frame : pandas.DataFrame
        Any table; its index is dropped (use ``reset_index()`` first to keep it).
    join_lists : bool, default True
        Join list, tuple and set cells with ``;`` (:func:`join_items`).
    rename : bool, default True
        Make the column names valid in Stata and R (:func:`safe_names`).

    Returns
    -------
    pandas.DataFrame
        A new table (``frame`` is not changed); sparse columns are made dense.

    Examples
    --------
    >>> import pandas as pd
    >>> t = tidy_table(pd.DataFrame({"years": [(2021, 2022)], "2022": [1]}))
    >>> t.columns.tolist(), t["years"].tolist()
    (['years', 'v2022'], ['2021;2022'])
    """
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"tidy_table expects a DataFrame, got {type(frame).__name__}")
    attrs = dict(frame.attrs)
    names = list(frame.columns)
    out: pd.DataFrame = frame.reset_index(drop=True).copy(deep=False)
    # positional labels (names may repeat) and no attrs (pandas copies them into every
    # column it hands out; a wide dfm has thousands): both put back at the end
    out.attrs = {}
    out.columns = pd.RangeIndex(len(names))
    sparse = [i for i, t in enumerate(out.dtypes) if isinstance(t, pd.SparseDtype)]
    if sparse:
        accessor: Any = out[sparse].sparse
        block = accessor.to_dense()
        out = pd.concat([out.drop(columns=sparse), block], axis=1)[list(range(len(names)))]
    if join_lists:
        for i, dtype in enumerate(out.dtypes):
            if not pd.api.types.is_object_dtype(dtype):
                continue
            column = out[i]
            if _has_lists(column):
                out[i] = pd.Series(
                    [join_items(v) for v in column.tolist()], index=out.index, dtype=object
                )
    out.columns = pd.Index(safe_names(names) if rename else names, dtype=object)
    out.attrs = attrs
    return out


# --------------------------------------------------------------------------- writers


def _jsonable(value: Any) -> Any:
    if _is_missing(value):
        return None
    if _is_listlike(value):
        return [_jsonable(v) for v in _items(value)]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if hasattr(value, "item") and not isinstance(value, str):
        try:
            return _jsonable(value.item())
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float) and math.isinf(value):
        return None
    return value


def table_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts: NaN and NA are None, numpy scalars Python values.

    Examples
    --------
    >>> import pandas as pd
    >>> table_records(pd.DataFrame({"a": [1.5, float("nan")]}))
    [{'a': 1.5}, {'a': None}]
    """
    columns = [str(c) for c in frame.columns]
    return [
        {c: _jsonable(v) for c, v in zip(columns, row, strict=True)}
        for row in frame.astype(object).itertuples(index=False, name=None)
    ]


def _attrs_json(frame: pd.DataFrame) -> dict[Hashable, Any]:
    """``frame.attrs`` if it can go into file metadata as JSON, else nothing."""
    try:
        json.dumps(frame.attrs)
    except (TypeError, ValueError):
        return {}
    attrs: dict[Hashable, Any] = dict(frame.attrs)
    return attrs


def _object_as_text(column: pd.Series) -> pd.Series:
    """An object column of mixed values as text (missing stays missing)."""
    import pandas as pd

    values = column.tolist()
    kinds = {type(v) for v in values if not _is_missing(v)}
    if len(kinds) <= 1 and not any(_is_listlike(v) for v in values):
        return column
    return pd.Series(
        [None if _is_missing(v) else _item_text(v) for v in values],
        index=column.index,
        dtype=object,
    )


def _plain_copy(frame: pd.DataFrame) -> pd.DataFrame:
    """A shallow copy without attrs (pandas copies attrs into every column it hands out)."""
    out: pd.DataFrame = frame.copy(deep=False)
    out.attrs = {}
    return out


def _for_parquet(frame: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    out = _plain_copy(frame)
    for i, dtype in enumerate(out.dtypes):
        if pd.api.types.is_object_dtype(dtype):
            _set_column(out, i, _object_as_text(out.iloc[:, i]))
    out.attrs = _attrs_json(frame)
    return out


_EXCEL_ILLEGAL_RE = re.compile(r"[\000-\010\013\014\016-\037]")


def _for_excel(frame: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    out = _plain_copy(frame)
    cut = 0
    for i, dtype in enumerate(out.dtypes):
        if not (
            pd.api.types.is_object_dtype(dtype)
            or pd.api.types.is_string_dtype(dtype)
            or isinstance(dtype, pd.DatetimeTZDtype)
        ):
            continue
        column = out.iloc[:, i]
        if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
            values = []
            for v in column.tolist():
                if isinstance(v, str):
                    v = _EXCEL_ILLEGAL_RE.sub("", v)
                    if len(v) > _EXCEL_CELL_MAX:
                        v = v[:_EXCEL_CELL_MAX]
                        cut += 1
                values.append(v)
            _set_column(out, i, pd.Series(values, index=out.index, dtype=object))
        elif isinstance(column.dtype, pd.DatetimeTZDtype):
            _set_column(out, i, column.dt.tz_localize(None))
    if cut:
        warnings.warn(
            f"{cut} cell(s) longer than Excel's {_EXCEL_CELL_MAX:,} characters were cut; "
            "write .csv, .parquet or .dta to keep them whole",
            ExportWarning,
            stacklevel=3,
        )
    return out


def _for_stata(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """A table ``to_stata`` accepts, and the columns to write as ``strL``."""
    import numpy as np
    import pandas as pd

    out = _plain_copy(frame)
    strl: list[str] = []
    for i, (name, dtype) in enumerate(zip(out.columns, out.dtypes, strict=True)):
        if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
            continue
        column = out.iloc[:, i]
        if dtype is np.dtype(bool):
            _set_column(out, i, column.astype(np.int8))
        elif isinstance(dtype, pd.BooleanDtype):
            _set_column(out, i, column.astype("Int8"))
        elif pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
            values = [None if _is_missing(v) else _item_text(v) for v in column.tolist()]
            if any(len(v) > _STATA_STR_MAX for v in values if v is not None):
                strl.append(str(name))
            _set_column(out, i, pd.Series(values, index=out.index, dtype=object))
        elif isinstance(dtype, pd.DatetimeTZDtype):
            _set_column(out, i, column.dt.tz_localize(None))
    return out, strl


#: A cell a spreadsheet would run as a formula starts with one of these (OWASP's rule).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell that a spreadsheet would run as a formula quoted.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading ``'`` (shown by spreadsheets as the text itself); CSV, TSV and Excel files
    are written so.  JSON and Parquet keep the text as it is.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"title": ["=HYPERLINK(1)", "报告", "+1+1"]})
    >>> neutralise_formulas(frame)["title"].tolist()
    ["'=HYPERLINK(1)", '报告', "'+1+1"]
    """
    import pandas as pd

    out: pd.DataFrame = frame.copy()
    for i, dtype in enumerate(out.dtypes):
        if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
            column = out.iloc[:, i]
            values = [
                f"'{v}" if isinstance(v, str) and v.startswith(_FORMULA_START) else v
                for v in column.tolist()
            ]
            _set_column(out, i, pd.Series(values, index=out.index, dtype=object))
    return out


def _write_text(frame: pd.DataFrame, fmt: str, fh: IO[str]) -> None:
    if fmt in ("csv", "tsv"):
        frame = neutralise_formulas(frame)
        frame.to_csv(fh, index=False, sep="," if fmt == "csv" else "\t", lineterminator="\n")
    elif fmt == "json":
        json.dump(table_records(frame), fh, ensure_ascii=False, indent=2, allow_nan=False)
        fh.write("\n")
    else:  # jsonl
        for record in table_records(frame):
            fh.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")


def resolve_format(path: Any, format: str | None, func: str = "write_table") -> str:
    """The output format: ``format`` checked, else from ``path``'s extension.

    A stream (an object with ``write``) needs ``format`` and takes no binary format.

    Examples
    --------
    >>> resolve_format("统计.csv", None), resolve_format("x", "JSONL")
    ('csv', 'jsonl')
    """
    is_stream = hasattr(path, "write")
    if format is None:
        if is_stream:
            raise ParameterError(
                f"The 'format' parameter of {func} is needed to write to a stream."
            )
        fmt = format_for_path(path)
    else:
        fmt = str(format).lower().lstrip(".")
        if fmt not in EXPORT_FORMATS.values():
            allowed = ", ".join(repr(f) for f in EXPORT_FORMATS.values())
            raise ParameterError(
                f"The 'format' parameter of {func} must be one of {allowed}. "
                f"Got {format!r} instead."
            )
    if is_stream and fmt in _BINARY_FORMATS:
        raise ParameterError(
            f"The {fmt} format of {func} needs a file path, not a text stream."
        )
    return fmt


def write_table(
    frame: pd.DataFrame,
    path: str | PathLike[str] | IO[str],
    *,
    format: str | None = None,
    safe_columns: bool = True,
) -> pd.DataFrame:
    r"""Write ``frame`` to ``path`` in the format its extension names.

    Parameters
    ----------
    frame : pandas.DataFrame
        The table; its index is not written (``reset_index()`` first to keep it).
    path : str, path-like or text stream
        The file to write: ``.csv``, ``.tsv``, ``.json`` (an array of records),
        ``.jsonl`` (one record a line), ``.parquet``, ``.xlsx`` or ``.dta`` (Stata 14+,
        format 118; long strings as ``strL``).  A text stream (``sys.stdout``) takes
        the text formats and needs ``format``.
    format : str, optional
        One of ``csv``, ``tsv``, ``json``, ``jsonl``, ``parquet``, ``xlsx``, ``dta``;
        by default the extension of ``path`` decides.
    safe_columns : bool, default True
        Column names made valid in Stata and R (see :func:`safe_names`); JSON and JSON
        Lines keep the names as they are.

    Returns
    -------
    pandas.DataFrame
        The table as written (:func:`tidy_table`): lists joined by ``;`` and names made
        safe (in JSON: arrays and names as they are).

    Raises
    ------
    ParameterError
        For an extension or ``format`` that is none of these, or a binary format to a
        text stream.
    OSError
        When the file cannot be written.

    Notes
    -----
    Floats are never rounded.  CSV and TSV are UTF-8 without a byte-order mark (Excel
    users: write ``.xlsx``); a missing value is an empty field.  In Stata, missing
    strings are empty strings, ``True``/``False`` are 1/0.  Parquet keeps the table's
    ``attrs`` (when they are JSON) in its metadata.

    Examples
    --------
    >>> import pandas as pd, tempfile, os
    >>> table = pd.DataFrame({"slogan": ["四个意识"], "rate": [1 / 3]})
    >>> path = os.path.join(tempfile.mkdtemp(), "rates.csv")
    >>> _ = write_table(table, path)
    >>> open(path, encoding="utf-8").read()
    'slogan,rate\n四个意识,0.3333333333333333\n'
    """
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"write_table expects a DataFrame, got {type(frame).__name__}")
    is_stream = hasattr(path, "write")
    fmt = resolve_format(path, format, "write_table")
    as_json = fmt in ("json", "jsonl")
    table = tidy_table(frame, join_lists=not as_json, rename=safe_columns and not as_json)
    if is_stream:
        _write_text(table, fmt, path)  # type: ignore[arg-type]
        return table
    target = fspath(path)  # type: ignore[arg-type]
    if fmt in _TEXT_FORMATS:
        with open(target, "w", encoding="utf-8", newline="") as fh:
            _write_text(table, fmt, fh)
    elif fmt == "parquet":
        require("pyarrow", purpose="Parquet files")
        _for_parquet(table).to_parquet(target, index=False, engine="pyarrow")
    elif fmt == "xlsx":
        require("openpyxl", purpose="Excel files")
        _for_excel(neutralise_formulas(table)).to_excel(target, index=False, engine="openpyxl")
    else:  # dta
        data, strl = _for_stata(table)
        data.to_stata(target, write_index=False, version=118, convert_strl=strl or None)
    return table


class TableWriter:
    r"""Write a table chunk by chunk: the file :func:`write_table` writes, in parts.

    A corpus larger than memory is written as its rows are computed: CSV and TSV get
    the header once and the rows of every chunk after it, JSON Lines a line per row,
    JSON an array opened with the first chunk and closed by :meth:`close`, Parquet a
    row group per chunk (pyarrow).  Excel and Stata files cannot be appended to: their
    chunks are kept and written at the end.  The columns are those of the first chunk;
    a later chunk's missing columns are empty, and a column it adds is left out of CSV,
    TSV and Parquet (an :class:`ExportWarning` names it; JSON keeps it).

    CSV, TSV, JSON and JSON Lines come out byte for byte as :func:`write_table` writes
    the whole table; Parquet holds the same values.

    Parameters
    ----------
    path : str, path-like or text stream
        As for :func:`write_table`.
    format : str, optional
        As for :func:`write_table`; by default the extension of ``path``.
    safe_columns : bool, default True
        As for :func:`write_table`.

    Examples
    --------
    >>> import pandas as pd, tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "rates.csv")
    >>> with TableWriter(path) as writer:
    ...     writer.write(pd.DataFrame({"slogan": ["四个意识"], "n": [3]}))
    ...     writer.write(pd.DataFrame({"slogan": ["两个维护"], "n": [2]}))
    >>> open(path, encoding="utf-8").read()
    'slogan,n\n四个意识,3\n两个维护,2\n'
    >>> writer.rows
    2
    """

    def __init__(
        self,
        path: str | PathLike[str] | IO[str],
        *,
        format: str | None = None,
        safe_columns: bool = True,
    ) -> None:
        is_stream = hasattr(path, "write")
        fmt = resolve_format(path, format, "TableWriter")
        if fmt == "parquet":
            require("pyarrow", purpose="Parquet files")
        self.format = fmt
        self.path = path
        self.safe_columns = safe_columns
        #: Rows written so far.
        self.rows = 0
        self._stream: IO[str] | None = path if is_stream else None  # type: ignore[assignment]
        self._own = False
        self._columns: list[Any] | None = None
        self._dropped: set[str] = set()
        self._parquet: Any = None
        self._schema: Any = None
        self._held: list[pd.DataFrame] = []
        self._closed = False

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _text_stream(self) -> IO[str]:
        if self._stream is None:
            self._stream = open(fspath(self.path), "w", encoding="utf-8", newline="")  # type: ignore[arg-type]  # noqa: SIM115
            self._own = True
        return self._stream

    def _conform(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``frame`` in the columns of the first chunk (new ones left out, with a warning)."""
        if self._columns is None:
            self._columns = list(frame.columns)
            return frame
        new = [c for c in frame.columns if c not in self._columns]
        fresh = [str(c) for c in new if str(c) not in self._dropped]
        if fresh:
            self._dropped.update(fresh)
            warnings.warn(
                f"column(s) {', '.join(fresh)} first appear after the first rows were "
                f"written to the {self.format} file and are left out; write .jsonl to "
                "keep every column",
                ExportWarning,
                stacklevel=3,
            )
        conformed: pd.DataFrame = frame.reindex(columns=self._columns)
        return conformed

    def write(self, frame: pd.DataFrame) -> None:
        """Append the rows of ``frame``."""
        import pandas as pd

        if self._closed:
            raise ValueError("write to a closed TableWriter")
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(f"TableWriter.write expects a DataFrame, got {type(frame).__name__}")
        fmt = self.format
        first = self._columns is None
        if fmt == "json":
            table = tidy_table(frame, join_lists=False, rename=False)
            out = self._text_stream()
            for record in table_records(table):
                text = json.dumps(record, ensure_ascii=False, indent=2, allow_nan=False)
                out.write(("[\n" if self.rows == 0 else ",\n") + _indent(text))
                self.rows += 1
            self._columns = self._columns or list(frame.columns)
            return
        if fmt == "jsonl":
            table = tidy_table(frame, join_lists=False, rename=False)
            _write_text(table, fmt, self._text_stream())
            self.rows += len(table)
            return
        frame = self._conform(frame)
        if fmt in ("csv", "tsv"):
            table = neutralise_formulas(tidy_table(frame, rename=self.safe_columns))
            table.to_csv(
                self._text_stream(), index=False, header=first,
                sep="," if fmt == "csv" else "\t", lineterminator="\n",
            )
        elif fmt == "parquet":
            self._write_parquet(_for_parquet(tidy_table(frame, rename=self.safe_columns)))
        else:  # xlsx, dta: no appending
            self._held.append(frame)
        self.rows += len(frame)

    def _write_parquet(self, table: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._schema is None:
            schema = pa.Schema.from_pandas(table, preserve_index=False)
            fields = [
                pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in schema
            ]
            self._schema = pa.schema(fields)
            self._parquet = pq.ParquetWriter(fspath(self.path), self._schema)  # type: ignore[arg-type]
        self._parquet.write_table(
            pa.Table.from_pandas(table, schema=self._schema, preserve_index=False)
        )

    def close(self) -> None:
        """Finish the file (close the JSON array, write Excel or Stata, close the file)."""
        import pandas as pd

        if self._closed:
            return
        self._closed = True
        if self.format == "json":
            out = self._text_stream()
            out.write("[]\n" if self.rows == 0 else "\n]\n")
        elif self.format in ("xlsx", "dta"):
            frame = pd.concat(self._held, ignore_index=True) if self._held else pd.DataFrame()
            write_table(frame, self.path, format=self.format, safe_columns=self.safe_columns)
        elif self.format == "parquet" and self._parquet is None:
            write_table(pd.DataFrame(), self.path, format="parquet")
        elif self.format in ("csv", "tsv", "jsonl"):
            self._text_stream()  # an empty table is an empty file
        if self._parquet is not None:
            self._parquet.close()
        if self._own and self._stream is not None:
            self._stream.close()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))


# ------------------------------------------------------------ Parquet datasets


#: The name of the ``i``-th part file of a Parquet dataset (a folder of parts).
PART_NAME = "part-{:05d}.parquet"


def is_dataset_path(path: Any) -> bool:
    """Whether ``path`` names a folder of Parquet parts: it ends with ``/`` or is a folder.

    Examples
    --------
    >>> is_dataset_path("stats/"), is_dataset_path("stats.parquet")
    (True, False)
    """
    import os

    if not isinstance(path, (str, PathLike)):
        return False
    text = fspath(path)
    return text.endswith(("/", os.sep)) or Path(text).is_dir()


def part_probe(frame: pd.DataFrame) -> dict[str, Any]:
    """What :func:`common_schema` needs of one part: its columns and types, no rows.

    ``order`` lists the columns; ``empty`` is the part without its rows and without
    the object columns that hold nothing (so that they do not decide a type);
    ``arrow`` gives the Parquet type of each object column (``None`` when empty).

    Examples
    --------
    >>> import pandas as pd
    >>> probe = part_probe(pd.DataFrame({"doc_id": ["a"], "org": [None], "n": [1]}))
    >>> probe["order"], list(probe["empty"].columns), probe["rows"]
    (['doc_id', 'org', 'n'], ['doc_id', 'n'], 1)
    """
    import pandas as pd
    import pyarrow as pa

    require("pyarrow", purpose="Parquet files")
    plain = _for_parquet(frame)
    keep: list[Any] = []
    arrow: dict[str, Any] = {}
    for i, name in enumerate(plain.columns):
        column = plain.iloc[:, i]
        if pd.api.types.is_object_dtype(column.dtype):
            if column.isna().all():
                arrow[name] = None
                continue
            arrow[name] = pa.array(column.tolist(), from_pandas=True).type
        keep.append(name)
    return {
        "order": list(frame.columns),
        "empty": frame[keep].iloc[:0].copy(),
        "arrow": arrow,
        "rows": len(frame),
    }


class PartSchema:
    """The columns, pandas types and Parquet schema shared by every part of a dataset.

    Built by :func:`common_schema`; :meth:`conform` gives a part these columns and
    types and :meth:`write` writes it, so that every part file has the same schema.
    """

    def __init__(self, empty: pd.DataFrame, arrow: Any) -> None:
        #: The table without rows: the columns in order, with their pandas types.
        self.empty = empty
        #: The :class:`pyarrow.Schema` of every part (its pandas metadata included).
        self.arrow = arrow

    def conform(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``frame`` in the columns and types of the dataset."""
        import pandas as pd

        out = frame.reindex(columns=self.empty.columns)
        for name, dtype in self.empty.dtypes.items():
            column = out[name]
            if column.dtype != dtype:
                out[name] = column.astype(dtype)
            elif pd.api.types.is_object_dtype(dtype):
                out[name] = _object_as_text(column)
        conformed: pd.DataFrame = out.reset_index(drop=True)
        return conformed

    def write(self, frame: pd.DataFrame, path: str | PathLike[str]) -> int:
        """Write ``frame`` (conformed) to the Parquet file ``path``; the rows written."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = self.conform(frame)
        for field in self.arrow:  # an object column of several kinds across parts: text
            column = table[field.name]
            if column.dtype == object and pa.types.is_string(field.type):
                table[field.name] = [None if _is_missing(v) else _item_text(v) for v in column]
        arrow = pa.Table.from_pandas(_plain_copy(table), schema=self.arrow, preserve_index=False)
        pq.write_table(arrow.replace_schema_metadata(self.arrow.metadata), fspath(path))
        return len(table)


def common_schema(probes: Iterable[dict[str, Any]], fallback: pd.DataFrame) -> PartSchema:
    """The schema of a dataset whose parts gave ``probes`` (:func:`part_probe`).

    The columns and types are those ``pandas.concat`` gives the parts together (an
    object column empty in a part does not decide its type); ``fallback`` (a table
    without rows) gives them when no part has a row.

    Examples
    --------
    >>> import pandas as pd
    >>> parts = [pd.DataFrame({"doc_id": ["a"], "n": [1]}),
    ...          pd.DataFrame({"doc_id": ["b"], "n": pd.array([None], dtype="Int64")})]
    >>> schema = common_schema([part_probe(p) for p in parts], parts[0].iloc[:0])
    >>> schema.empty.dtypes.astype(str).tolist()
    ['str', 'Int64']
    """
    import pandas as pd
    import pyarrow as pa

    require("pyarrow", purpose="Parquet files")
    full = [p for p in probes if p["rows"]]
    if not full:
        full = [part_probe(fallback)]
        full[0]["rows"] = 1
    order = list(dict.fromkeys(c for p in full for c in p["order"]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        empty = pd.concat([p["empty"] for p in full]) if full else pd.DataFrame()
    empty = empty.reindex(columns=order)
    for name in order:
        if name not in set().union(*(p["empty"].columns for p in full)):
            empty[name] = empty[name].astype(object)
    fields = []
    base = pa.Schema.from_pandas(empty, preserve_index=False)
    for name, field in zip(order, base, strict=True):
        if pd.api.types.is_object_dtype(empty[name].dtype):
            kinds = {p["arrow"][name] for p in full if p["arrow"].get(name) is not None}
            kind = kinds.pop() if len(kinds) == 1 else (pa.string() if kinds else pa.null())
            field = pa.field(name, kind)
        fields.append(field)
    return PartSchema(empty.iloc[:0], pa.schema(fields, metadata=base.metadata))
