"""Finding a font that can draw Chinese, and checking that it really can.

matplotlib falls back to DejaVu Sans, which has no Han glyphs: every Chinese label
becomes a row of empty boxes.  :func:`find_cjk_font` looks for a CJK font through
matplotlib's font manager (and, when its cache is stale, the font files of the system),
then takes the font that comes with pip (Noto Sans CJK SC in the ``mplfonts`` wheel, a
dependency), honours the ``GOVTEXT_FONT`` environment variable, and checks with the
font's character map (fontTools) that every glyph needed is there.  When no font can
draw the text it raises :class:`CJKFontNotFoundError`, whose one-line message says how
to get one.

Nothing here changes matplotlib's global state: the result is used through
:class:`matplotlib.font_manager.FontProperties` attached to each text element.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "BUNDLED_FONT",
    "FONT_ENV",
    "PREFERRED_FAMILIES",
    "CJKFont",
    "CJKFontNotFoundError",
    "find_cjk_font",
    "font_for_wordcloud",
]

#: Environment variable naming the font to use: a font file or a family name.
FONT_ENV = "GOVTEXT_FONT"

#: CJK font families tried in this order (Simplified Chinese faces first).
PREFERRED_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "Hiragino Sans GB",
    "STHeiti",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "SimSun",
    "Songti SC",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "AR PL UKai CN",
    "Arial Unicode MS",
    "Noto Sans CJK TC",
    "Noto Sans CJK HK",
    "Noto Sans CJK JP",
    "Noto Sans CJK KR",
)

# Font files of the families above, as installed by the usual packages; used when
# matplotlib's font cache predates the installation of the font.
_FILE_HINTS: tuple[str, ...] = (
    "notosanscjk",
    "notosanssc",
    "sourcehansans",
    "wqy-microhei",
    "wqy-zenhei",
    "simhei",
    "msyh",
    "pingfang",
    "stheiti",
    "hiragino sans gb",
    "notoserifcjk",
    "sourcehanserif",
    "simsun",
    "songti",
    "droidsansfallback",
    "uming",
    "ukai",
    "arial unicode",
)

#: Characters every candidate must cover (besides the text to draw).
_SAMPLE = "政府工作报告中国共产党全面从严治党两个维护"

_INSTALL_HINTS = (
    "govtext could not find a font that can draw Chinese{what}: reinstall its font package "
    "(pip install mplfonts), install a system CJK font (apt-get install fonts-noto-cjk; "
    "brew install --cask font-noto-sans-cjk-sc; Windows ships Microsoft YaHei), or set "
    "{env}=/path/to/font.otf; after installing a font, delete matplotlib's font cache in "
    "{cachedir}."
)

#: The CJK font that comes with pip: Noto Sans CJK SC (SIL Open Font License) in the
#: ``mplfonts`` wheel, a dependency of govtext.  Only the file is used, through the
#: installed package's path; none of that package's code runs.
BUNDLED_FONT = ("mplfonts", "fonts", "NotoSansCJKsc-Regular.otf")


class CJKFontNotFoundError(RuntimeError):
    """No installed font can draw the Chinese text to plot.

    The message lists how to install one on Debian/Ubuntu, Fedora, macOS and Windows,
    and how to name a font with ``GOVTEXT_FONT``.
    """


@dataclass(frozen=True)
class CJKFont:
    """A font able to draw Chinese, as found by :func:`find_cjk_font`.

    Attributes
    ----------
    family : str
        Family name, e.g. ``"Noto Sans CJK SC"``.
    path : str
        Font file (``.ttf``, ``.otf`` or a ``.ttc`` collection).
    index : int
        Face index inside a ``.ttc`` collection (0 for single-font files).
    source : {"env", "matplotlib", "system"}
        Where it was found: ``GOVTEXT_FONT``, matplotlib's font manager, or a font file
        of the system that matplotlib's font cache does not list yet.
    """

    family: str
    path: str
    index: int = 0
    source: str = "matplotlib"

    def missing(self, text: str | Iterable[str]) -> str:
        """Characters of ``text`` this font has no glyph for (spaces and controls ignored).

        Examples
        --------
        >>> font = find_cjk_font()
        >>> font.missing("四个意识、两个维护")
        ''
        """
        cmap = _cmap(self.path, self.index)
        chars = text if isinstance(text, str) else "".join(text)
        out: dict[str, None] = {}
        for ch in chars:
            if ch not in out and _needs_glyph(ch) and ord(ch) not in cmap:
                out[ch] = None
        return "".join(out)

    def covers(self, text: str | Iterable[str]) -> bool:
        """Whether the font has a glyph for every character of ``text``.

        Examples
        --------
        >>> find_cjk_font().covers("三会一课")
        True
        """
        return not self.missing(text)

    def properties(self, size: float | str | None = None, weight: str | None = None) -> Any:
        """A :class:`matplotlib.font_manager.FontProperties` for this font.

        Pass it to text elements (``fontproperties=``, ``prop=`` of a legend); the
        global ``rcParams`` stay as they are.

        Examples
        --------
        >>> fp = find_cjk_font().properties(size=12)
        >>> fp.get_size()
        12.0
        """
        from matplotlib import font_manager as fm

        if self.source == "matplotlib":
            return fm.FontProperties(family=self.family, size=size, weight=weight)
        return fm.FontProperties(fname=_font_path(self.path, self.index), size=size, weight=weight)


def shorten(chars: str, limit: int = 12) -> str:
    """``chars`` cut to ``limit`` characters for a message.

    Examples
    --------
    >>> shorten("工作政治建设学习落实全面坚持从严", 4)
    "'工作政治…' (16 characters)"
    """
    if len(chars) <= limit:
        return repr(chars)
    return f"'{chars[:limit]}…' ({len(chars)} characters)"


def _needs_glyph(ch: str) -> bool:
    if ch.isspace():
        return False
    return unicodedata.category(ch)[0] not in ("C", "Z")


@lru_cache(maxsize=32)
def _cmap(path: str, index: int) -> frozenset[int]:
    """Code points of a font face (fontTools reads only the ``cmap`` table)."""
    from fontTools.ttLib import TTFont

    with TTFont(path, fontNumber=index, lazy=True) as font:
        cmap = font.getBestCmap() or {}
        return frozenset(cmap)


@lru_cache(maxsize=64)
def _faces(path: str) -> tuple[str, ...]:
    """Family names of the faces of a font file, in face order."""
    from fontTools.ttLib import TTCollection, TTFont

    def family(font: Any) -> str:
        name = font["name"]
        for name_id in (16, 1):  # typographic family, then legacy family
            record = name.getName(name_id, 3, 1, 0x409) or name.getName(name_id, 1, 0, 0)
            if record is not None:
                return str(record.toUnicode())
        return Path(path).stem

    if path.lower().endswith((".ttc", ".otc")):
        with TTCollection(path, lazy=True) as coll:
            return tuple(family(f) for f in coll.fonts)
    with TTFont(path, lazy=True) as font:
        return (family(font),)


def _font_path(path: str, index: int) -> Any:
    """A path matplotlib reads at face ``index`` (face 0 on matplotlib < 3.10)."""
    from matplotlib import font_manager as fm

    font_path_cls = getattr(fm, "FontPath", None)
    if index and font_path_cls is not None:
        return font_path_cls(path, index)
    return path


def _weight_rank(entry: Any) -> tuple[int, int]:
    weight = entry.weight
    if isinstance(weight, str):
        weight = {"normal": 400, "regular": 400, "book": 400, "medium": 500}.get(weight, 700)
    return (abs(int(weight) - 400), 0 if entry.style == "normal" else 1)


def _manager_entries() -> list[Any]:
    """Font entries matplotlib's font manager knows about."""
    from matplotlib import font_manager as fm

    return list(fm.fontManager.ttflist)


def _system_font_files() -> list[str]:
    """Font files of the system (not only those in matplotlib's cache)."""
    from matplotlib import font_manager as fm

    return list(fm.findSystemFonts())


def _bundled_font_files() -> list[str]:
    """The font files that come with govtext's pip dependencies (without importing them)."""
    from importlib.util import find_spec

    package, *parts = BUNDLED_FONT
    try:
        spec = find_spec(package)
    except (ImportError, ValueError):
        return []
    if spec is None or not spec.submodule_search_locations:
        return []
    files = []
    for location in spec.submodule_search_locations:
        path = Path(location).joinpath(*parts)
        if path.is_file():
            files.append(str(path))
    return files


def _bundled() -> Iterator[CJKFont]:
    for path in _bundled_font_files():
        try:
            faces = _faces(path)
        except Exception:  # an unreadable file is no candidate
            continue
        for index, family in enumerate(faces):
            yield CJKFont(family, path, index, "bundled")


def _from_manager(entries: list[Any], family: str) -> CJKFont | None:
    matches = [e for e in entries if e.name.lower() == family.lower()]
    if not matches:
        return None
    best = min(matches, key=_weight_rank)
    return CJKFont(best.name, str(best.fname), int(getattr(best, "index", 0)), "matplotlib")


def _from_files(files: list[str]) -> Iterator[CJKFont]:
    wanted = [f.lower() for f in PREFERRED_FAMILIES]
    found: list[tuple[int, CJKFont]] = []
    for path in files:
        name = Path(path).name.lower().replace("_", "-")
        if not any(h in name or h.replace(" ", "") in name for h in _FILE_HINTS):
            continue
        if "bold" in name or "light" in name or "thin" in name or "black" in name:
            continue
        try:
            faces = _faces(path)
        except Exception:  # unreadable font file: not a candidate
            continue
        for index, family in enumerate(faces):
            rank = wanted.index(family.lower()) if family.lower() in wanted else len(wanted)
            found.append((rank, CJKFont(family, path, index, "system")))
    for _, font in sorted(found, key=lambda item: item[0]):
        yield font


def _candidates() -> Iterator[CJKFont]:
    """CJK fonts, best first: matplotlib's list, system font files, the bundled font."""
    entries = _manager_entries()
    for family in PREFERRED_FAMILIES:
        font = _from_manager(entries, family)
        if font is not None:
            yield font
    yield from _from_files(_system_font_files())
    yield from _bundled()


def _from_env(value: str) -> CJKFont:
    path = os.path.expanduser(value)
    if os.path.isfile(path):
        try:
            family = _faces(path)[0]
        except Exception as exc:
            raise CJKFontNotFoundError(
                f"{FONT_ENV}={value!r} is not a font file govtext can read ({exc})."
            ) from exc
        return CJKFont(family, path, 0, "env")
    font = _from_manager(_manager_entries(), value)
    if font is None:
        font = next((f for f in _bundled() if f.family.lower() == value.lower()), None)
    if font is None:
        raise CJKFontNotFoundError(
            f"{FONT_ENV}={value!r} is neither a font file nor a font family matplotlib "
            "knows. Give the path of a .ttf/.otf/.ttc file or an installed family name "
            "(e.g. 'Noto Sans CJK SC'), or unset it to let govtext search."
        )
    return replace(font, source="env")


def _text_of(text: str | Iterable[str] | None) -> str:
    if text is None:
        return ""
    return text if isinstance(text, str) else "".join(str(t) for t in text)


def _not_found(what: str) -> CJKFontNotFoundError:
    from matplotlib import get_cachedir

    return CJKFontNotFoundError(
        _INSTALL_HINTS.format(what=what, env=FONT_ENV, cachedir=get_cachedir())
    )


def find_cjk_font(text: str | Iterable[str] | None = None) -> CJKFont:
    """Find an installed font that can draw Chinese (and every character of ``text``).

    The font named by the environment variable ``GOVTEXT_FONT`` (a font file or a
    family name) is used when set.  Otherwise the families of
    :data:`PREFERRED_FAMILIES` (Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro
    Hei / Zen Hei, SimHei, Microsoft YaHei, PingFang SC, Heiti SC, ...) are looked up
    in matplotlib's font manager, then among the font files of the system, and last the
    font that comes with pip (:data:`BUNDLED_FONT`, Noto Sans CJK SC); the first whose
    character map covers ``text`` wins.  A machine without any system font draws with
    the bundled one.

    Parameters
    ----------
    text : str or iterable of str, optional
        The labels to draw; every character must have a glyph in the font.

    Returns
    -------
    CJKFont
        Family, file and face index; :meth:`CJKFont.properties` gives the
        ``FontProperties`` to pass to text elements.

    Raises
    ------
    CJKFontNotFoundError
        When no font covers the text (the message says how to install one), or when
        ``GOVTEXT_FONT`` names no usable font or one without the needed glyphs.

    Examples
    --------
    >>> font = find_cjk_font("四个意识")
    >>> font.covers("四个意识")
    True
    """
    needed = _SAMPLE + _text_of(text)
    override = os.environ.get(FONT_ENV, "").strip()
    if override:
        font = _from_env(override)
        missing = font.missing(needed)
        if missing:
            raise CJKFontNotFoundError(
                f"The font {font.family!r} ({font.path}) named by {FONT_ENV} has no glyph "
                f"for {shorten(missing)}. Choose a CJK font such as Noto Sans CJK SC."
            )
        return font
    for font in _candidates():
        try:
            if font.covers(needed):
                return font
        except Exception:  # an unreadable font file is skipped
            continue
    label = _text_of(text)
    what = f" (needed for {label[:40]!r})" if label else ""
    raise _not_found(what)


def font_for_wordcloud(text: str | Iterable[str] | None = None) -> CJKFont:
    """A CJK font whose first face draws ``text`` (the wordcloud package reads face 0).

    PIL, which draws word clouds, opens the first face of a ``.ttc`` collection; a font
    found at another face index is replaced by a single-face font when one covers the
    text, else by face 0 of the same collection when that face covers it.

    Examples
    --------
    >>> font_for_wordcloud("两个维护").index
    0
    """
    needed = _SAMPLE + _text_of(text)
    override = os.environ.get(FONT_ENV, "").strip()
    if override:
        font = find_cjk_font(text)
        if font.index == 0:
            return font
        first = replace(font, index=0, family=_faces(font.path)[0])
        missing = first.missing(needed)
        if missing:
            raise CJKFontNotFoundError(
                f"The first face of {font.path} named by {FONT_ENV} has no glyph for "
                f"{shorten(missing)}; word clouds read the first face of a font collection. "
                "Name a single-face font file instead."
            )
        return first
    later: list[CJKFont] = []
    for font in _candidates():
        if font.index:
            later.append(font)
            continue
        try:
            if font.covers(needed):
                return font
        except Exception:
            continue
    for font in later:
        first = replace(font, index=0, family=_faces(font.path)[0])
        try:
            if first.covers(needed):
                return first
        except Exception:
            continue
    label = _text_of(text)
    what = f" (needed for {label[:40]!r})" if label else ""
    raise _not_found(what)
