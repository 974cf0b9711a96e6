"""Plots: slogan trends across years, word clouds, heatmaps, sections and metrics.

Every ``plot_*`` function draws on the matplotlib Axes it is given (a new figure when
``ax`` is None) and returns that Axes.  Chinese text is drawn with a CJK font found by
:func:`find_cjk_font` and attached to each text element through ``FontProperties``;
matplotlib's global ``rcParams`` are never changed.  When no installed font covers the
labels a :class:`CJKFontNotFoundError` says how to install one: govtext never draws
a plot of empty boxes.

The numbers behind a trend plot are :func:`slogan_trend_table`, which reads
:func:`govtext.term_frequency`: counts per 10,000 Han characters, with the years that
have no document left out, so that the plot shows them as gaps rather than zeros.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from os import PathLike
from typing import TYPE_CHECKING, Any

from govtext._fonts import (
    FONT_ENV,
    PREFERRED_FAMILIES,
    CJKFont,
    CJKFontNotFoundError,
    find_cjk_font,
    font_for_wordcloud,
    shorten,
)
from govtext._util import ParameterError, check_choice, check_positive_int

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes
    from wordcloud import WordCloud

    from govtext.config import Config

__all__ = [
    "FONT_ENV",
    "PREFERRED_FAMILIES",
    "CJKFont",
    "CJKFontNotFoundError",
    "build_wordcloud",
    "find_cjk_font",
    "plot_follow_through",
    "plot_heatmap",
    "plot_metrics",
    "plot_sections",
    "plot_slogan_trend",
    "plot_wordcloud",
    "slogan_trend_table",
    "wordcloud_frequencies",
]

_NO_DOC_COLOR = "0.92"
# token kinds that are not words for a word cloud (masks such as ** or XX included)
_NOT_WORDS = ("punct", "space", "number", "placeholder")
# section kinds of plot_sections, in stacking order: (Chinese label, colour)
_KIND_STYLE = {
    "review": ("工作回顾", "#4c9a6a"),
    "problems": ("存在问题", "#c8553d"),
    "causes": ("原因分析", "#e0a458"),
    "plans": ("下步打算", "#3f7cac"),
    "other": ("其他", "#bdbdbd"),
}
_KINDS = tuple(_KIND_STYLE)
_KIND_COLORS = {kind: color for kind, (_, color) in _KIND_STYLE.items()}
#: Labels of the plots in Chinese (``lang="zh"``) and English (``lang="en"``); the slogans
#: and the documents' own titles stay as written.
LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "trend": "提法出现频率", "trend_by_year": "提法出现频率（按年份）",
        "per_10k": "每万字出现次数", "per_n": "每{per:,}字出现次数",
        "no_docs": "无文件年份", "first_seen": "{name}（{year}年首见）", "first_year": "首见年份",
        "year": "年份", "slogans_docs": "提法 × 文件", "slogans_by": "提法 × {by}",
        "row_scaled": "按行缩放", "value": "数值", "metrics_docs": "指标 × 文件",
        "sections": "各报告篇幅构成", "share": "篇幅占比",
        "review": "工作回顾", "problems": "存在问题", "causes": "原因分析", "plans": "下步打算",
        "other": "其他",
        "commitment_density": "承诺密度（每千汉字）", "quantified_share": "量化承诺占比",
        "masked_target_share": "目标被遮蔽占比", "placeholder_density": "占位符密度（每千汉字）",
    },
    "en": {
        "trend": "Slogan frequency", "trend_by_year": "Slogan frequency by year",
        "per_10k": "per 10,000 Han characters", "per_n": "per {per:,} Han characters",
        "no_docs": "no documents", "first_seen": "{name} (first {year})",
        "first_year": "first appearance", "year": "year",
        "slogans_docs": "slogans × documents", "slogans_by": "slogans × {by}",
        "row_scaled": "scaled by row", "value": "value", "metrics_docs": "metrics × documents",
        "sections": "Composition of each report", "share": "share of the text",
        "review": "work done", "problems": "problems", "causes": "causes", "plans": "plans",
        "other": "other",
        "commitment_density": "commitments per 1,000 Han characters",
        "quantified_share": "share of quantified commitments",
        "masked_target_share": "share of masked targets",
        "placeholder_density": "placeholders per 1,000 Han characters",
    },
}
LANGS = tuple(LABELS)


def _label(key: str, lang: str, **fields: Any) -> str:
    """The label ``key`` in ``lang``, its fields filled in."""
    return LABELS[lang][key].format(**fields)


#: Metrics shown by :func:`plot_metrics` by default, with their Chinese labels.
METRIC_LABELS: dict[str, str] = {
    "commitment_density": "承诺密度（每千汉字）",
    "quantified_share": "量化承诺占比",
    "masked_target_share": "目标被遮蔽占比",
    "placeholder_density": "占位符密度（每千汉字）",
}


# --------------------------------------------------------------------------- helpers


def _corpus(data: Any) -> pd.DataFrame:
    from govtext.corpus import as_corpus

    return as_corpus(data, "plot")


def _new_axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots(figsize=figsize, layout="constrained")
    return new


def _rc(name: str) -> Any:
    import matplotlib as mpl

    params: Any = mpl.rcParams
    return params[name]


def _fonts(labels: Iterable[Any]) -> dict[str, Any]:
    """FontProperties for each role, of one CJK font covering all ``labels``."""
    font = find_cjk_font([str(x) for x in labels])
    return {
        "font": font,
        "title": font.properties(size=_rc("axes.titlesize")),
        "label": font.properties(size=_rc("axes.labelsize")),
        "tick": font.properties(size=_rc("ytick.labelsize")),
        "legend": font.properties(size=_rc("legend.fontsize")),
        "small": font.properties(size="small"),
    }


def _per_label(per: int, lang: str = "zh") -> str:
    return _label("per_10k", lang) if per == 10_000 else _label("per_n", lang, per=per)


def _rows_height(n: int, per_row: float = 0.45) -> float:
    """Figure height in inches for ``n`` rows of labels."""
    return max(2.5, per_row * n + 1.5)


def _tick_step(n: int, most: int) -> int:
    """The smallest round step that leaves at most ``most`` ticks on ``n`` positions."""
    return next(s for s in (1, 2, 5, 10, 20, 50) if n / s <= most)


def _percent_axis(axis: Any) -> None:
    from matplotlib.ticker import PercentFormatter

    axis.set_major_formatter(PercentFormatter(1.0))


def _colorbar(
    ax: Axes, image: Any, label: str, fonts: dict[str, Any], fraction: float, pad: float
) -> None:
    colorbar = ax.figure.colorbar(image, ax=ax, fraction=fraction, pad=pad)
    colorbar.set_label(label, fontproperties=fonts["label"])


def _term_frequency(
    frame: pd.DataFrame,
    by: str,
    terms: list[str] | None,
    per: int,
    doc_type: str | Sequence[str] | None = None,
    config: Config | None = None,
) -> pd.DataFrame:
    """``term_frequency`` reduced to ``by``, ``slogan``, ``count``, ``value`` (per ``per``).

    Counted per document type when the corpus mixes types (the policy of
    :func:`govtext.corpus.split_doc_types`): the series is then named
    ``slogan（type）``.
    """
    from govtext.frequency import term_frequency

    table = term_frequency(frame, by=by, terms=terms, per=per, doc_type=doc_type, config=config)
    if "doc_type" in table.columns:
        table = table.assign(slogan=table["slogan"] + "（" + table["doc_type"].astype(str) + "）")
    out: pd.DataFrame = table[[by, "slogan", "count", "rate"]].rename(
        columns={"rate": "value"}
    )
    return out


def _canonical(terms: Sequence[str]) -> list[str]:
    from govtext.lexicon import load_lexicon
    from govtext.normalization import normalize

    lex = load_lexicon()
    out: list[str] = []
    for term in terms:
        t = normalize(str(term))
        c = lex.canonical(t) or t
        if c not in out:
            out.append(c)
    return out


def _doc_labels(frame: pd.DataFrame, label: str | None, width: int = 18) -> list[str]:
    if label is None:
        label = next((c for c in ("title", "doc_id") if c in frame.columns), None)
    if label is None:
        return [str(i) for i in frame.index]
    out = []
    for value in frame[label].tolist():
        text = str(value)
        out.append(text if len(text) <= width else text[: width - 1] + "…")
    if len(set(out)) < len(out):  # truncation made labels ambiguous: number them
        out = [f"{i + 1}. {t}" for i, t in enumerate(out)]
    return out


# --------------------------------------------------------------------------- trend


def slogan_trend_table(
    corpus: Any,
    slogans: Sequence[str] | None = None,
    *,
    by: str = "year",
    per: int = 10_000,
    top: int = 8,
    long: bool = False,
    doc_type: str | Sequence[str] | None = None,
    config: Config | None = None,
) -> pd.DataFrame:
    """The numbers behind :func:`plot_slogan_trend`: slogan frequency by year.

    Parameters
    ----------
    corpus : DataFrame or path
        A corpus from :func:`govtext.read_corpus` with a ``text`` and a ``by`` column,
        or a path to read.
    slogans : sequence of str, optional
        Slogans to follow (variants are merged into their canonical form); by default
        the ``top`` most frequent slogans of the corpus.
    by : str, default "year"
        The corpus column to group documents by.
    per : int, default 10000
        Frequencies are counts per ``per`` Han characters of the documents of the group.
    top : int, default 8
        Number of slogans when ``slogans`` is None.
    long : bool, default False
        Return the long form (``by``, ``slogan``, ``count``, ``value``) instead of
        one column per slogan.
    doc_type : str, list of str, "all" or None
        Document types to count; when the corpus mixes types and none is chosen, each
        type is a series of its own (``四个意识（决议）``), with an
        :class:`~govtext.AnalysisWarning` (see :func:`govtext.corpus.split_doc_types`).
    config : Config, optional
        Lexicon and counting rule (:class:`govtext.Config`).

    Returns
    -------
    pandas.DataFrame
        Wide form: one row per group that has at least one document, indexed by
        ``by``, one column per slogan, values per ``per`` Han characters (0.0 when the
        slogan does not occur).  Groups (years) without any document are absent, not
        zero.  Values equal ``term_frequency(corpus, by=by, per=per)["rate"]``.
        Documents without a ``by`` value are left out with a
        :class:`~govtext.frequency.MissingGroupWarning`; ``attrs["dropped"]`` counts
        them and ``attrs["per"]`` is ``per``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"year": [2016, 2018],
    ...                        "text": ["坚持全面从严治党。", "增强“四个意识”，做到“两个维护”。"]})
    >>> table = slogan_trend_table(corpus, ["四个意识", "两个维护"])
    >>> table.index.tolist(), table.columns.tolist()
    ([2016, 2018], ['四个意识', '两个维护'])
    >>> table.loc[2016].tolist()
    [0.0, 0.0]
    """
    import pandas as pd

    check_positive_int(per, "per", "slogan_trend_table")
    check_positive_int(top, "top", "slogan_trend_table")
    frame = _corpus(corpus)
    if by not in frame.columns:
        raise ParameterError(
            f"The corpus has no {by!r} column to group by; its columns are {list(frame.columns)}."
        )
    from govtext.frequency import warn_dropped

    missing = frame[by].isna()
    dropped = int(missing.sum())
    warn_dropped(dropped, len(frame), by, "slogan_trend_table")
    frame = frame[~missing]
    terms = _canonical(slogans) if slogans is not None else None
    tf = _term_frequency(frame, by, terms, per, doc_type, config)
    groups = sorted(tf[by].unique().tolist()) if len(tf) else sorted(frame[by].unique().tolist())
    if terms is not None and not set(terms) & set(tf["slogan"]):
        terms = list(dict.fromkeys(tf["slogan"]))  # per type: slogan（type）
    if terms is None:
        totals = tf.groupby("slogan")["count"].sum()
        first = tf[tf["count"] > 0].groupby("slogan")[by].min()
        ranked = sorted(totals[totals > 0].index, key=lambda s: (-totals[s], first[s], s))
        terms = ranked[:top]
    # a cell is NaN only where the group has no document (of that type, when the corpus
    # is counted per type): absent, not zero
    wide: pd.DataFrame = _pivot(tf, by, terms, groups, "value")
    wide.index.name = by
    wide.columns.name = "slogan"
    wide.attrs.update(per=per, dropped=dropped)
    if not long:
        return wide
    out: pd.DataFrame = tf[tf["slogan"].isin(terms)][[by, "slogan", "count", "value"]].copy()
    out["slogan"] = pd.Categorical(out["slogan"], categories=terms)
    out = out.sort_values([by, "slogan"], kind="stable").reset_index(drop=True)
    out["slogan"] = out["slogan"].astype(str)
    out["count"] = out["count"].astype("int64")
    out.attrs.update(per=per, dropped=dropped)
    return out


def _pivot(
    tf: pd.DataFrame, by: str, terms: list[str], groups: list[Any], values: str
) -> pd.DataFrame:
    """``values`` of ``tf`` as groups x slogans, in the order of ``groups`` and ``terms``."""
    table: pd.DataFrame = (
        tf[tf["slogan"].isin(terms)]
        .pivot_table(index=by, columns="slogan", values=values, aggfunc="sum")
        .reindex(index=groups, columns=terms)
    )
    return table


def _first_appearance(table: pd.DataFrame) -> dict[str, Any]:
    first: dict[str, Any] = {}
    for col in table.columns:
        seen = table.index[table[col].fillna(0) > 0]
        first[str(col)] = seen.min() if len(seen) else None
    return first


def _full_years(table: pd.DataFrame) -> pd.DataFrame:
    """Reindex a year table to every year of its span: years without documents -> NaN."""
    import pandas as pd

    years = [int(y) for y in table.index]
    if not years:
        return table
    full = pd.Index(range(min(years), max(years) + 1), name=table.index.name)
    out = table.copy()
    out.index = pd.Index(years, name=table.index.name)
    full_table: pd.DataFrame = out.reindex(full)
    return full_table


def _gap_runs(index: Sequence[int], present: set[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for year in index:
        if year in present:
            continue
        if runs and runs[-1][1] == year - 1:
            runs[-1] = (runs[-1][0], year)
        else:
            runs.append((year, year))
    return runs


def plot_slogan_trend(
    corpus: Any,
    slogans: Sequence[str] | None = None,
    *,
    by: str = "year",
    per: int = 10_000,
    kind: str = "line",
    top: int = 8,
    title: str | None = None,
    ax: Axes | None = None,
    doc_type: str | Sequence[str] | None = None,
    config: Config | None = None,
    lang: str = "zh",
) -> Axes:
    """Plot how often slogans occur, by year, per 10,000 Han characters.

    Parameters
    ----------
    corpus : DataFrame or path
        A corpus from :func:`govtext.read_corpus` (``text`` and ``year`` columns), or
        a path to read.  Documents of all types count; select rows first (e.g. only
        government work reports) to follow one genre.
    slogans : sequence of str, optional
        Slogans to plot; by default the ``top`` most frequent.
    by : str, default "year"
        Corpus column on the x axis.  For ``"year"`` every year of the span is on the
        axis and years without any document are shaded gaps (the line breaks), not
        zeros.
    per : int, default 10000
        Plot counts per ``per`` Han characters (每万字).
    kind : {"line", "heatmap"}, default "line"
        Lines with the first appearance of each slogan starred (and given in the
        legend), or a slogans × years heatmap with the first appearance outlined.
    top : int, default 8
        Number of slogans when ``slogans`` is None.
    title : str, optional
        Axes title (a Chinese default).
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure when None.
    doc_type : str, list of str, "all" or None
        Document types to count (see :func:`slogan_trend_table`): a corpus that mixes
        types gets a line per slogan and type, with a warning.
    config : Config, optional
        Lexicon and counting rule (:class:`govtext.Config`).

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    CJKFontNotFoundError
        When no installed font can draw the labels.

    See Also
    --------
    slogan_trend_table : the numbers plotted.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"year": [2016, 2018],
    ...                        "text": ["坚持全面从严治党。", "增强“四个意识”，做到“两个维护”。"]})
    >>> ax = plot_slogan_trend(corpus, ["四个意识", "两个维护"])
    >>> type(ax).__name__
    'Axes'
    >>> [line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")]
    ['四个意识（2018年首见）', '两个维护（2018年首见）']
    """
    check_choice(kind, "kind", "plot_slogan_trend", ("line", "heatmap"))
    check_choice(lang, "lang", "plot_slogan_trend", LANGS)
    table = slogan_trend_table(
        corpus, slogans, by=by, per=per, top=top, doc_type=doc_type, config=config
    )
    first = _first_appearance(table)
    if title is None:
        title = _label("trend" if by != "year" else "trend_by_year", lang)
    names = [str(c) for c in table.columns]
    fonts = _fonts([title, _per_label(per, lang), _label("no_docs", lang), "首见", *names])
    is_year = by == "year" and len(table.index) > 0
    present = {int(y) for y in table.index} if is_year else set()
    plotted = _full_years(table) if is_year else table
    if kind == "heatmap":
        return _trend_heatmap(plotted, first, present, is_year, per, title, fonts, ax, lang)

    ax = _new_axes(ax, (10, 5))
    x = list(plotted.index)
    if is_year:
        for a, b in _gap_runs(x, present):
            ax.axvspan(a - 0.5, b + 0.5, color=_NO_DOC_COLOR, lw=0, zorder=0)
    positions = x if is_year else list(range(len(x)))
    # Slogans often share a value (each named once per report): a series drawn earlier is
    # drawn wider, so that equal values show as nested stripes instead of hiding a line.
    widen = [(len(names) - 1 - i) / max(len(names) - 1, 1) for i in range(len(names))]
    for name, w in zip(names, widen, strict=True):
        values = plotted[name].to_numpy(dtype=float)
        start = first[name]
        label = (
            _label("first_seen", lang, name=name, year=start)
            if (start is not None and is_year) else name
        )
        (line,) = ax.plot(
            positions,
            values,
            marker="o",
            ms=3 + 4 * w,
            lw=1.3 + 3 * w,
            label=label,
            solid_capstyle="butt",
        )
        if start is not None:
            pos = x.index(start)
            ax.plot(
                positions[pos],
                values[pos],
                marker="*",
                ms=13,
                color=line.get_color(),
                markeredgecolor="black",
                markeredgewidth=0.6,
                zorder=5,
                label="_first",
            )
    if is_year:
        from matplotlib.ticker import MultipleLocator

        step = _tick_step(len(x), 13)
        ax.xaxis.set_major_locator(MultipleLocator(step))
        ax.set_xlim(x[0] - 0.5, x[-1] + 0.5)
    else:
        ax.set_xticks(positions, labels=[str(v) for v in x], fontproperties=fonts["tick"])
    ax.set_ylim(bottom=0)
    ax.set_ylabel(_per_label(per, lang), fontproperties=fonts["label"])
    ax.set_xlabel(_label("year", lang) if by == "year" else str(by), fontproperties=fonts["label"])
    ax.set_title(title, fontproperties=fonts["title"])
    handles, labels = ax.get_legend_handles_labels()
    if is_year and present != set(x):
        from matplotlib.patches import Patch

        handles.append(Patch(color=_NO_DOC_COLOR, label=_label("no_docs", lang)))
        labels.append(_label("no_docs", lang))
    if handles:
        ax.legend(handles, labels, prop=fonts["legend"], loc="upper left", frameon=False)
    ax.grid(axis="y", color="0.85", lw=0.6)
    return ax


def _trend_heatmap(
    plotted: pd.DataFrame,
    first: dict[str, Any],
    present: set[int],
    is_year: bool,
    per: int,
    title: str,
    fonts: dict[str, Any],
    ax: Axes | None,
    lang: str = "zh",
) -> Axes:
    import numpy as np
    from matplotlib.patches import Patch, Rectangle

    names = [str(c) for c in plotted.columns]
    ax = _new_axes(ax, (12, _rows_height(len(names))))
    values = plotted.to_numpy(dtype=float).T
    # zeros are white (masked), years without documents hatched grey (patches below)
    matrix = np.ma.masked_where(~(values > 0), values)
    x = list(plotted.index)
    vmax = float(np.nanmax(values)) if np.isfinite(values).any() else 1.0
    image = ax.imshow(
        matrix,
        aspect="auto",
        cmap="YlOrRd",
        interpolation="nearest",
        vmin=0,
        vmax=vmax or 1.0,
    )
    # masked cells (no document) are drawn hatched, not in a colour of the scale
    for col, key in enumerate(x):
        if is_year and int(key) not in present:
            ax.add_patch(
                Rectangle(
                    (col - 0.5, -0.5),
                    1,
                    len(names),
                    facecolor=_NO_DOC_COLOR,
                    edgecolor="0.75",
                    hatch="///",
                    lw=0,
                )
            )
    for row, name in enumerate(names):
        start = first[name]
        if start is not None:
            ax.add_patch(Rectangle((x.index(start) - 0.5, row - 0.5), 1, 1, fill=False, lw=1.5))
    ax.set_yticks(range(len(names)), labels=names, fontproperties=fonts["tick"])
    if is_year:
        step = _tick_step(len(x), 16)
        ticks = [i for i, year in enumerate(x) if int(year) % step == 0]
    else:
        ticks = list(range(len(x)))
    ax.set_xticks(ticks, labels=[str(x[i]) for i in ticks], fontproperties=fonts["tick"])
    ax.set_title(title, fontproperties=fonts["title"])
    _colorbar(ax, image, _per_label(per, lang), fonts, fraction=0.03, pad=0.01)
    if is_year and present != {int(k) for k in x}:
        ax.legend(
            handles=[
                Patch(facecolor=_NO_DOC_COLOR, edgecolor="0.75", hatch="///",
                      label=_label("no_docs", lang)),
                Patch(fill=False, lw=1.5, label=_label("first_year", lang)),
            ],
            prop=fonts["legend"],
            loc="upper left",
            bbox_to_anchor=(0, -0.08),
            ncols=2,
            frameon=False,
        )
    return ax


# --------------------------------------------------------------------------- word cloud


def wordcloud_frequencies(
    data: Any,
    *,
    stopwords: Iterable[str] | None = None,
    min_length: int = 2,
    max_words: int = 200,
    slogans_only: bool = False,
    config: Config | None = None,
) -> pd.Series:
    """Word frequencies for a word cloud, slogans kept whole, stopwords removed.

    Parameters
    ----------
    data : DataFrame, path, mapping, Series or iterable of str
        A corpus (``text`` column) or a path to read, which is tokenized with
        :class:`govtext.tokenizer.Tokenizer` (slogans stay one token); a token table
        (``token`` column, from ``Tokenizer.tokenize``); frequencies (mapping or
        Series of word -> count); or an iterable of tokens.
    stopwords : iterable of str, optional
        Words to drop besides :func:`govtext.lexicon.load_stopwords`.
    min_length : int, default 2
        Shortest word kept (single characters carry little meaning in a cloud).
    max_words : int, default 200
        Number of words returned, most frequent first.
    slogans_only : bool, default False
        Keep only the slogans (of the lexicon, or found by pattern by the tokenizer).
    config : Config, optional
        Lexicon, stopwords, tokenizer and counting rule (:class:`govtext.Config`).  For
        a corpus, a slogan counts as in :func:`govtext.stats` (every writing, also inside
        a longer slogan, by default); other words are the tokens.

    Returns
    -------
    pandas.Series
        Counts indexed by word, descending.  ``.attrs["slogans"]`` lists the words that
        are slogans (of the lexicon, or found by pattern by the tokenizer).

    Examples
    --------
    >>> wordcloud_frequencies(["两个维护", "的", "两个维护", "党建"]).to_dict()
    {'两个维护': 2, '党建': 1}
    """
    import pandas as pd


    check_positive_int(min_length, "min_length", "wordcloud_frequencies")
    check_positive_int(max_words, "max_words", "wordcloud_frequencies")
    from govtext.config import resolve_config

    cfg = resolve_config(config, "wordcloud_frequencies")
    stop = set(cfg.stopword_set) | set(stopwords or ())
    counts: Counter[str] = Counter()
    slogans: set[str] = set()

    def add_tokens(table: pd.DataFrame) -> None:
        if "kind" in table.columns:
            table = table[~table["kind"].isin(_NOT_WORDS)]
            slogans.update(table.loc[table["kind"] == "slogan", "token"].astype(str))
        counts.update(table["token"].astype(str))

    if isinstance(data, (pd.Series, Mapping)):
        counts.update({str(k): float(v) for k, v in data.items()})
    elif isinstance(data, pd.DataFrame) and "token" in data.columns:
        add_tokens(data)
    elif isinstance(data, (pd.DataFrame, str, PathLike)):
        from govtext.document import Document

        hits: Counter[str] = Counter()
        for text in _corpus(data)["text"]:
            if not isinstance(text, str):
                continue
            doc = Document(text, config=cfg)
            tokens = doc.tokens
            add_tokens(tokens[tokens["kind"] != "slogan"])
            hits.update(doc.slogan_hits["canonical"].astype(str).tolist())
        # a slogan counts as every count of govtext does (Document.slogan_hits), also
        # where the same string stands as an ordinary word
        for word, count in hits.items():
            counts[word] = count
        slogans.update(hits)
    elif isinstance(data, Iterable):
        counts.update(str(t) for t in data)
    else:
        raise TypeError(
            "data must be a corpus, a path, a token table, frequencies or tokens; "
            f"got {type(data).__name__}"
        )
    lexicon = cfg.slogan_lexicon
    slogans.update(w for w in counts if w in lexicon)
    kept = {
        w: c
        for w, c in counts.items()
        if len(w.strip()) >= min_length
        and w not in stop
        and c > 0
        and not w.isspace()
        and (w in slogans or not slogans_only)
    }
    series: pd.Series = pd.Series(kept, dtype="float64")
    series = series.sort_values(ascending=False, kind="stable").iloc[:max_words]
    if (series == series.round()).all():
        series = series.astype("int64")
    series.index.name = "word"
    series.name = "count"
    series.attrs["slogans"] = sorted(w for w in series.index if w in slogans)
    return series


def build_wordcloud(
    data: Any,
    *,
    font_path: str | PathLike[str] | None = None,
    width: int = 800,
    height: int = 450,
    max_words: int = 150,
    stopwords: Iterable[str] | None = None,
    min_length: int = 2,
    background_color: str = "white",
    colormap: str | None = "viridis",
    slogan_color: str | None = "#b2182b",
    slogans_only: bool = False,
    random_state: int | None = 0,
    config: Config | None = None,
    **kwargs: Any,
) -> WordCloud:
    """Lay out a :class:`wordcloud.WordCloud` of a corpus, tokens or frequencies.

    The words are those of :func:`wordcloud_frequencies` (slogans whole, stopwords
    removed); the wordcloud package draws them from the frequencies as they are, it
    does not split them again.  Parameters are those of :func:`plot_wordcloud`.

    Returns
    -------
    wordcloud.WordCloud
        Laid out; ``.words_`` holds the relative frequencies drawn.

    Examples
    --------
    >>> wc = build_wordcloud({"两个维护": 5, "一岗双责": 3}, width=200, height=100)
    >>> sorted(wc.words_)
    ['一岗双责', '两个维护']
    """
    from wordcloud import WordCloud

    check_positive_int(width, "width", "build_wordcloud")
    check_positive_int(height, "height", "build_wordcloud")
    freqs = wordcloud_frequencies(
        data,
        stopwords=stopwords,
        min_length=min_length,
        max_words=max_words,
        slogans_only=slogans_only,
        config=config,
    )
    if freqs.empty:
        raise ValueError("No words left to draw after removing stopwords and short words.")
    words = [str(w) for w in freqs.index]
    if font_path is None:
        path = font_for_wordcloud(words).path
    else:
        path = str(font_path)
        font = CJKFont(str(font_path), path, 0, "user")
        missing = font.missing(words)
        if missing:
            raise CJKFontNotFoundError(
                f"The font {path} has no glyph for {shorten(missing)}; give a CJK font "
                "(or font_path=None to find one)."
            )
    cloud = WordCloud(
        font_path=path,
        width=width,
        height=height,
        max_words=max_words,
        background_color=background_color,
        colormap=colormap,
        random_state=random_state,
        collocations=False,
        **kwargs,
    )
    if slogan_color is not None and "color_func" not in kwargs:
        cloud.color_func = _slogan_colors(set(freqs.attrs["slogans"]), slogan_color, colormap)
    cloud.generate_from_frequencies({str(w): float(c) for w, c in freqs.items()})
    return cloud


def _slogan_colors(slogans: set[str], color: str, colormap: str | None) -> Any:
    """A wordcloud colour function: slogans in ``color``, other words from ``colormap``."""
    from wordcloud.wordcloud import colormap_color_func

    others = colormap_color_func(colormap or "viridis")

    def color_func(word: str, *args: Any, **kwargs: Any) -> str:
        return color if word in slogans else str(others(word, *args, **kwargs))

    return color_func


def plot_wordcloud(
    data: Any,
    *,
    font_path: str | PathLike[str] | None = None,
    ax: Axes | None = None,
    width: int = 800,
    height: int = 450,
    max_words: int = 150,
    stopwords: Iterable[str] | None = None,
    min_length: int = 2,
    background_color: str = "white",
    colormap: str | None = "viridis",
    slogan_color: str | None = "#b2182b",
    slogans_only: bool = False,
    random_state: int | None = 0,
    title: str | None = None,
    config: Config | None = None,
    lang: str = "zh",
    **kwargs: Any,
) -> Axes:
    """Draw a word cloud of a corpus, tokens or word frequencies.

    Parameters
    ----------
    data : DataFrame, path, mapping, Series or iterable of str
        A corpus or a path (tokenized with slogans kept whole), a token table,
        frequencies, or tokens; see :func:`wordcloud_frequencies`.
    font_path : str or path, optional
        Font file; by default a CJK font is found (:func:`find_cjk_font`).  Its first
        face must cover every word.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure when None.
    width, height : int, default 800, 450
        Size of the word-cloud image in pixels.
    max_words : int, default 150
        Most frequent words drawn.
    stopwords : iterable of str, optional
        Extra stopwords (the packaged official-discourse stopwords are always removed).
    min_length : int, default 2
        Shortest word drawn.
    background_color, colormap, random_state
        Passed to :class:`wordcloud.WordCloud`; ``random_state`` fixes the layout.
    slogan_color : str or None, default "#b2182b"
        Colour of the words that are slogans (the others take ``colormap``); None
        colours every word from ``colormap``.
    slogans_only : bool, default False
        Draw only the slogans (then ``slogan_color`` is best set to None).
    title : str, optional
        Axes title.
    **kwargs
        Other :class:`wordcloud.WordCloud` parameters.
    config : Config, optional
        Lexicon, stopwords and counting rule (:class:`govtext.Config`).
    lang : {"zh", "en"}, default "zh"
        Language of the labels, legends and notes (slogans and titles stay as written).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> ax = plot_wordcloud({"两个维护": 5, "一岗双责": 3, "三会一课": 2}, width=200, height=100)
    >>> type(ax).__name__, ax.images[0].get_array().shape
    ('Axes', (100, 200, 3))
    """
    check_choice(lang, "lang", "plot_wordcloud", LANGS)
    cloud = build_wordcloud(
        data,
        font_path=font_path,
        width=width,
        height=height,
        max_words=max_words,
        stopwords=stopwords,
        min_length=min_length,
        background_color=background_color,
        colormap=colormap,
        slogan_color=slogan_color,
        slogans_only=slogans_only,
        random_state=random_state,
        config=config,
        **kwargs,
    )
    ax = _new_axes(ax, (width / 100, height / 100))
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    if title:
        ax.set_title(title, fontproperties=_fonts([title])["title"])
    return ax


# --------------------------------------------------------------------------- heatmap


def _metric_frame(data: Any, needed: Sequence[str]) -> pd.DataFrame:
    """A stats table with the ``needed`` columns, from a corpus or a stats table."""
    import pandas as pd

    if isinstance(data, pd.DataFrame) and "text" not in data.columns:
        table = data
    else:
        from govtext.summary import stats

        table = stats(_corpus(data))
    missing = [c for c in needed if c not in table.columns]
    if missing:
        raise ValueError(
            f"The stats table has no column {missing[0]!r}; available columns: "
            f"{[c for c in table.columns]}."
        )
    return table


def plot_heatmap(
    data: Any,
    terms: Sequence[str] | None = None,
    *,
    by: str = "doc_id",
    per: int = 10_000,
    top: int = 15,
    scale: str | None = None,
    annotate: bool | None = None,
    label: str | None = None,
    cmap: str = "YlOrRd",
    title: str | None = None,
    ax: Axes | None = None,
    lang: str = "zh",
    config: Config | None = None,
) -> Axes:
    """Heatmap of slogans or metrics (rows) across documents or years (columns).

    Parameters
    ----------
    data : DataFrame or path
        A corpus (``text`` column) or path: rows are slogans, the values their
        frequency per ``per`` Han characters in each group ``by`` (from
        :func:`slogan_trend_table`).  A stats table (``doc_id`` or ``title`` column
        and numeric metric columns, e.g. :func:`govtext.stats`): rows are metrics,
        columns documents.  Any other numeric DataFrame is drawn as it is (index as
        rows).
    terms : sequence of str, optional
        Slogans (corpus) or metric columns (stats table) to show; by default the
        ``top`` most frequent slogans, or every numeric metric column.
    by : str, default "doc_id"
        Corpus column whose values become the columns of the heatmap.
    per : int, default 10000
        Slogan counts per ``per`` Han characters.
    top : int, default 15
        Number of slogans when ``terms`` is None.
    scale : {None, "row"}, optional
        ``"row"`` colours each row from its own minimum to maximum (metrics have
        different units); the default for stats tables.
    annotate : bool, optional
        Write the values in the cells; by default when the table is small.
    label : str, optional
        Column naming the documents of a stats table (default ``title``, else
        ``doc_id``).
    cmap : str, default "YlOrRd"
        Colormap.
    title : str, optional
        Axes title.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure when None.
    lang : {"zh", "en"}, default "zh"
        Language of the labels, legends and notes (slogans and titles stay as written).
    config : Config, optional
        Lexicon and counting rule of the slogan counts (:class:`govtext.Config`).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"doc_id": ["甲", "乙"], "n_sentences": [10, 30],
    ...                       "ttr": [0.5, 0.4]})
    >>> ax = plot_heatmap(table)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['n_sentences', 'ttr']
    """
    check_choice(lang, "lang", "plot_heatmap", LANGS)
    import numpy as np
    import pandas as pd

    check_positive_int(per, "per", "plot_heatmap")
    if scale is not None:
        check_choice(scale, "scale", "plot_heatmap", ("row",))
    frame = data if isinstance(data, pd.DataFrame) else _corpus(data)
    if "text" in frame.columns:
        matrix = slogan_trend_table(
            frame, terms, by=by, per=per, top=top, config=config,
            # a column per document needs no type policy; groups of documents do
            doc_type="all" if by == "doc_id" else None,
        ).T
        if by == "doc_id" and label != "doc_id":
            meta = frame.set_index("doc_id") if "doc_id" in frame.columns else None
            if meta is not None and (label or "title") in meta.columns:
                names = _doc_labels(meta.loc[list(matrix.columns)], label or "title")
                matrix.columns = pd.Index(names)
        colorbar_label = _per_label(per, lang)
        default_title = (
            _label("slogans_docs", lang) if by == "doc_id" else _label("slogans_by", lang, by=by)
        )
    elif any(c in frame.columns for c in ("doc_id", "title")):
        numeric = [
            c
            for c in frame.columns
            if c not in ("year",)
            and pd.api.types.is_numeric_dtype(frame[c])
            and not pd.api.types.is_bool_dtype(frame[c])
        ]
        metrics = list(terms) if terms is not None else numeric
        table = _metric_frame(frame, metrics)
        matrix = table[metrics].T.astype(float)
        matrix.columns = pd.Index(_doc_labels(table, label))
        scale = "row" if scale is None else scale
        colorbar_label = _label("row_scaled" if scale == "row" else "value", lang)
        default_title = _label("metrics_docs", lang)
    else:
        matrix = frame if terms is None else frame.loc[list(terms)]
        matrix = matrix.astype(float)
        colorbar_label = _label("value", lang)
        default_title = ""
    title = default_title if title is None else title
    rows = [str(r) for r in matrix.index]
    cols = [str(c) for c in matrix.columns]
    fonts = _fonts([title, colorbar_label, *rows, *cols])
    values = matrix.to_numpy(dtype=float)
    shown = values
    if scale == "row":
        low = np.nanmin(values, axis=1, keepdims=True)
        span = np.nanmax(values, axis=1, keepdims=True) - low
        shown = np.divide(values - low, span, out=np.zeros_like(values), where=span > 0)
    ax = _new_axes(ax, (max(5.0, 0.7 * len(cols) + 3), _rows_height(len(rows))))
    image = ax.imshow(
        np.ma.masked_invalid(shown), aspect="auto", cmap=cmap, interpolation="nearest"
    )
    ax.set_yticks(range(len(rows)), labels=rows, fontproperties=fonts["tick"])
    ax.set_xticks(
        range(len(cols)),
        labels=cols,
        fontproperties=fonts["tick"],
        rotation=35,
        ha="right",
        rotation_mode="anchor",
    )
    if annotate is None:
        annotate = values.size <= 150
    if annotate:
        for (i, j), v in np.ndenumerate(values):
            if np.isnan(v):
                continue
            dark = shown[i, j] > (np.nanmax(shown) * 0.6 if np.nanmax(shown) > 0 else 1)
            ax.text(
                j,
                i,
                f"{v:.3g}",
                ha="center",
                va="center",
                fontsize="x-small",
                color="white" if dark else "black",
            )
    _colorbar(ax, image, colorbar_label, fonts, fraction=0.04, pad=0.02)
    if title:
        ax.set_title(title, fontproperties=fonts["title"])
    return ax


# --------------------------------------------------------------------------- sections


_SHARE_COLUMNS = {kind: f"share_{kind}" for kind in _KINDS}


def plot_sections(
    data: Any,
    *,
    label: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
    lang: str = "zh",
) -> Axes:
    """Share of each report's characters in review, problems and plans sections.

    Parameters
    ----------
    data : DataFrame or path
        A stats table with ``share_review``, ``share_problems``, ``share_plans``
        (and optionally ``share_causes``) columns, or a corpus / path whose
        :func:`govtext.stats` gives them.  The rest of each report (title, preamble,
        unlabelled sections) is shown as "other".
    label : str, optional
        Column naming the reports (default ``title``, else ``doc_id``).
    title : str, optional
        Axes title.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure when None.
    lang : {"zh", "en"}, default "zh"
        Language of the labels, legends and notes (slogans and titles stay as written).

    Returns
    -------
    matplotlib.axes.Axes
        One horizontal stacked bar per report, shares summing to 1.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"doc_id": ["甲"], "share_review": [0.6],
    ...                       "share_problems": [0.1], "share_plans": [0.2]})
    >>> ax = plot_sections(table)
    >>> [round(float(p.get_width()), 2) for p in ax.patches]
    [0.6, 0.1, 0.2, 0.1]
    """
    check_choice(lang, "lang", "plot_sections", LANGS)
    import numpy as np

    table = _metric_frame(data, ["share_review", "share_problems", "share_plans"])
    kinds = [k for k in _KINDS if k != "other" and _SHARE_COLUMNS[k] in table.columns]
    shares = table[[_SHARE_COLUMNS[k] for k in kinds]].astype(float).fillna(0.0).to_numpy()
    other = np.clip(1.0 - shares.sum(axis=1), 0.0, None)
    shares = np.column_stack([shares, other])
    kinds.append("other")
    names = _doc_labels(table, label, width=24)
    title = _label("sections", lang) if title is None else title
    fonts = _fonts([title, *names, *(_label(k, lang) for k in kinds), _label("share", lang)])
    ax = _new_axes(ax, (9, _rows_height(len(names), 0.5)))
    left = np.zeros(len(names))
    positions = np.arange(len(names))
    for i, kind in enumerate(kinds):
        ax.barh(
            positions,
            shares[:, i],
            left=left,
            color=_KIND_COLORS[kind],
            label=_label(kind, lang),
            edgecolor="white",
            lw=0.5,
        )
        left += shares[:, i]
    ax.set_yticks(positions, labels=names, fontproperties=fonts["tick"])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    _percent_axis(ax.xaxis)
    ax.set_xlabel(_label("share", lang), fontproperties=fonts["label"])
    ax.set_title(title, fontproperties=fonts["title"])
    ax.legend(
        prop=fonts["legend"],
        ncols=len(kinds),
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        frameon=False,
    )
    return ax


# --------------------------------------------------------------------------- metrics


def plot_metrics(
    data: Any,
    metrics: Sequence[str] | None = None,
    *,
    label: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
    lang: str = "zh",
) -> Axes:
    """Commitment and placeholder measures of each report, side by side.

    One panel per metric (each with its own scale), one bar per report, drawn in
    panels inset into ``ax``.

    Parameters
    ----------
    data : DataFrame or path
        A stats table (:func:`govtext.stats`) or a corpus / path to compute it from.
    metrics : sequence of str, optional
        Columns to show; by default those of :data:`METRIC_LABELS` that the table has
        (commitment_density, quantified_share, masked_target_share,
        placeholder_density).
    label : str, optional
        Column naming the reports (default ``title``, else ``doc_id``).
    title : str, optional
        Title above the panels.
    ax : matplotlib.axes.Axes, optional
        Axes whose area the panels share; a new figure when None.
    lang : {"zh", "en"}, default "zh"
        Language of the labels, legends and notes (slogans and titles stay as written).

    Returns
    -------
    matplotlib.axes.Axes
        The outer Axes; the panels are its ``child_axes``.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"doc_id": ["甲", "乙"], "commitment_density": [2.0, 5.0],
    ...                       "placeholder_density": [0.1, 0.0]})
    >>> ax = plot_metrics(table)
    >>> [panel.get_title() for panel in ax.child_axes]
    ['承诺密度（每千汉字）', '占位符密度（每千汉字）']
    """
    check_choice(lang, "lang", "plot_metrics", LANGS)
    import numpy as np

    table = _metric_frame(data, [])
    if metrics is None:
        metrics = [m for m in METRIC_LABELS if m in table.columns]
        if not metrics:
            raise ValueError(
                f"The stats table has none of the metric columns {list(METRIC_LABELS)}."
            )
    table = _metric_frame(table, list(metrics))
    names = _doc_labels(table, label, width=20)
    headings = [LABELS[lang].get(m, m) for m in metrics]
    fonts = _fonts([title or "", *names, *headings])
    ax = _new_axes(ax, (3.2 * len(metrics) + 2.5, _rows_height(len(names))))
    ax.set_axis_off()
    if title:
        ax.set_title(title, fontproperties=fonts["title"], pad=22)
    n = len(metrics)
    gap = 0.04
    width = (1 - gap * (n - 1)) / n
    positions = np.arange(len(names))
    colors = [f"C{i}" for i in range(n)]
    for i, metric in enumerate(metrics):
        panel = ax.inset_axes((i * (width + gap), 0, width, 1))
        values = table[metric].astype(float).to_numpy()
        panel.barh(positions, np.nan_to_num(values), color=colors[i])
        for y, v in enumerate(values):
            # an undefined value (e.g. a share of zero commitments) is a dash, not a zero
            if np.isnan(v):
                label = " —"
            else:
                label = f" {v:.1%}" if metric.endswith("_share") else f" {v:.3g}"
            panel.text(0 if np.isnan(v) else v, y, label, va="center", fontsize="x-small")
        panel.set_yticks(positions, labels=names if i == 0 else [], fontproperties=fonts["tick"])
        panel.invert_yaxis()
        panel.set_title(headings[i], fontproperties=fonts["label"])
        panel.set_xlim(0, (np.nanmax(values) if np.isfinite(values).any() else 0) * 1.3 or 1)
        if metric.endswith("_share"):
            _percent_axis(panel.xaxis)
        panel.grid(axis="x", color="0.88", lw=0.6)
        panel.set_axisbelow(True)
    return ax


def plot_follow_through(
    table: Any,
    indicator: str = "gdp_growth",
    *,
    title: str | None = None,
    ax: Axes | None = None,
    lang: str = "zh",
) -> Axes:
    """Target (with its range as a band) against outcome, by year, for one indicator.

    Parameters
    ----------
    table : DataFrame, path or corpus
        A :func:`govtext.follow_through` table, or a corpus to compute it from.
    indicator : str, default "gdp_growth"
        The canonical key to draw (the ``indicator`` column of the table).
    title : str, optional
        Title above the plot (default: the indicator).
    ax : matplotlib.axes.Axes, optional
        Axes to draw into; a new figure when None.
    lang : {"zh", "en"}, default "zh"
        Language of the labels.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"indicator": ["gdp_growth"] * 2, "year": [2023, 2024],
    ...     "target": [5.0, 5.0], "target_high": [float("nan")] * 2,
    ...     "modifier": ["左右", "左右"], "outcome": [5.2, 5.0], "met": [True, True]})
    >>> ax = plot_follow_through(table)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['目标', '目标区间', '实际']
    """
    check_choice(lang, "lang", "plot_follow_through", LANGS)
    import numpy as np
    import pandas as pd

    if not (isinstance(table, pd.DataFrame) and {"target", "outcome"} <= set(table.columns)):
        from govtext.follow import follow_through

        table = follow_through(table)
    rows = table[table["indicator"] == indicator].sort_values("year")
    if not rows.empty:  # one row per year, so that the lines break where years are missing
        full = range(int(rows["year"].min()), int(rows["year"].max()) + 1)
        rows = rows.drop_duplicates("year").set_index("year").reindex(full)
        rows = rows.rename_axis("year").reset_index()
    if rows.empty:
        raise ParameterError(
            f"The follow-through table has no row for indicator {indicator!r}; "
            f"it has {sorted(set(table['indicator']))}."
        )
    words = {"zh": ("目标", "目标区间", "实际", "年份", "未达成"),
             "en": ("target", "target range", "outcome", "year", "not met")}[lang]
    heading = title if title is not None else indicator
    fonts = _fonts([heading, *words])
    ax = _new_axes(ax, (8.0, 4.0))
    years = rows["year"].to_numpy()
    low = rows["target"].to_numpy(dtype=float)
    high = rows["target_high"].to_numpy(dtype=float)
    # the band: the range of a range target, the ±0.5 of a 左右 percentage target
    about = rows["modifier"].isin(["左右", "约"]).to_numpy(dtype=bool)
    band_low = np.where(np.isnan(high), np.where(about, low - 0.5, low), low)
    band_high = np.where(np.isnan(high), np.where(about, low + 0.5, low), high)
    ax.plot(years, low, marker="s", linestyle="--", color="tab:blue", label=words[0])
    ax.fill_between(years, band_low, band_high, color="tab:blue", alpha=0.15,
                    step="mid", label=words[1])
    ax.plot(years, rows["outcome"].to_numpy(dtype=float), marker="o", color="tab:red",
            label=words[2])
    missed = rows[rows["met"].eq(False).fillna(False).astype(bool)]
    if len(missed):
        ax.scatter(missed["year"], missed["outcome"], s=90, facecolors="none",
                   edgecolors="black", zorder=3)
    ax.set_xlabel(words[3], fontproperties=fonts["label"])
    ax.set_title(heading, fontproperties=fonts["title"])
    ax.legend(prop=fonts["legend"])
    for tick in ax.get_xticklabels() + ax.get_yticklabels():
        tick.set_fontproperties(fonts["tick"])
    return ax
