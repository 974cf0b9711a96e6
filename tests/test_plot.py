"""Plots: CJK font discovery, glyph coverage, images, values, and no global side effects."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib import font_manager as fm
from matplotlib.text import Text

import govtext
from govtext import _fonts
from govtext._fonts import CJKFont, CJKFontNotFoundError, find_cjk_font, font_for_wordcloud
from govtext._util import HAN_RE
from govtext.cli import main
from govtext.plot import (
    build_wordcloud,
    plot_heatmap,
    plot_metrics,
    plot_sections,
    plot_slogan_trend,
    plot_wordcloud,
    wordcloud_frequencies,
)

from .conftest import CORPUS

STATS = pd.DataFrame(
    {
        "doc_id": ["000", "001", "002"],
        "title": ["2022年度全面从严治党主体责任情况报告", "2023年党建工作要点", "述责述廉报告"],
        "commitment_density": [2.5, 7.0, 1.0],
        "quantified_share": [0.2, 0.6, 0.0],
        "masked_target_share": [0.0, 0.5, 0.0],
        "placeholder_density": [0.3, 2.2, 0.0],
        "share_review": [0.55, 0.0, 0.6],
        "share_problems": [0.2, 0.0, 0.25],
        "share_plans": [0.2, 0.9, 0.1],
    }
)


@pytest.fixture(autouse=True)
def _close_figures() -> Any:
    yield
    plt.close("all")


@pytest.fixture()
def no_env_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_fonts.FONT_ENV, raising=False)


@pytest.fixture()
def no_fonts(monkeypatch: pytest.MonkeyPatch, no_env_font: None) -> None:
    """Simulate a machine without any CJK font (none installed, none bundled)."""
    monkeypatch.setattr(_fonts, "_manager_entries", lambda: [])
    monkeypatch.setattr(_fonts, "_system_font_files", lambda: [])
    monkeypatch.setattr(_fonts, "_bundled_font_files", lambda: [])


@pytest.fixture()
def no_system_fonts(monkeypatch: pytest.MonkeyPatch, no_env_font: None) -> None:
    """Simulate a fresh machine: no system font, only what pip installed."""
    monkeypatch.setattr(_fonts, "_manager_entries", lambda: [])
    monkeypatch.setattr(_fonts, "_system_font_files", lambda: [])


def _font_file(text: Text) -> tuple[str, int]:
    """The font file (and face) matplotlib draws ``text`` with."""
    prop = text.get_fontproperties()
    path = prop.get_file()
    if path is None:
        path = fm.findfont(prop, fallback_to_default=False)
    return str(path), int(getattr(path, "face_index", 0))


def uncovered_glyphs(fig: Any) -> dict[str, str]:
    """Text of the figure -> characters its font has no glyph for."""
    fig.canvas.draw()  # creates the tick labels
    bad: dict[str, str] = {}
    for text in fig.findobj(Text):
        content = text.get_text()
        if not content or not text.get_visible():
            continue
        path, index = _font_file(text)
        family = Path(path).name
        missing = CJKFont(family, path, index).missing(content)
        if missing:
            bad[content] = missing
    return bad


def cjk_texts(fig: Any) -> list[str]:
    fig.canvas.draw()
    return [t.get_text() for t in fig.findobj(Text) if HAN_RE.search(t.get_text())]


def render_png(ax: Any, path: Path, size: tuple[float, float], dpi: int) -> np.ndarray:
    fig = ax.figure
    fig.set_size_inches(*size)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*missing from font.*")
        fig.savefig(path, dpi=dpi)
    return plt.imread(path)


def assert_non_blank(image: np.ndarray, shape: tuple[int, int]) -> None:
    assert image.shape[:2] == shape
    rgb = image[..., :3]
    ink = (rgb < 0.9).any(axis=-1).mean()
    assert ink > 0.01, f"only {ink:.2%} of the pixels are not white"
    assert rgb.std() > 0.05


# --------------------------------------------------------------------------- fonts


def test_find_cjk_font_covers_labels(no_env_font: None) -> None:
    labels = "四个意识两个维护两个确立八项规定一岗双责三会一课不敢腐、不能腐、不想腐（首见）"
    font = find_cjk_font(labels)
    assert font.covers(labels)
    assert font.family in _fonts.PREFERRED_FAMILIES
    # a system font where the machine has one, else the font that comes with pip
    assert font.source in ("matplotlib", "system", "bundled")
    # the FontProperties resolve to that very file and face, not to a fallback
    found = fm.findfont(font.properties(), fallback_to_default=False)
    assert Path(found).resolve() == Path(font.path).resolve()
    assert getattr(found, "face_index", font.index) == font.index


def test_missing_reports_uncovered_characters() -> None:
    dejavu = fm.findfont(fm.FontProperties(family="DejaVu Sans"))
    font = CJKFont("DejaVu Sans", dejavu)
    assert font.missing("Trend 两个维护 2019") == "两个维护"
    assert not font.covers("两个维护")
    assert font.covers("Trend 2019")


def test_no_font_raises_clear_error(no_fonts: None) -> None:
    with pytest.raises(CJKFontNotFoundError) as err:
        find_cjk_font("四个意识")
    message = str(err.value)
    for hint in ("pip install mplfonts", "apt-get install fonts-noto-cjk", "brew install",
                 "Windows", "GOVTEXT_FONT"):
        assert hint in message
    assert "四个意识" in message
    assert "\n" not in message  # one line


def test_bundled_font_draws_on_a_machine_without_fonts(
    no_system_fonts: None, tmp_path: Path
) -> None:
    font = find_cjk_font("两个维护")
    assert font.source == "bundled" and font.path.endswith("NotoSansCJKsc-Regular.otf")
    assert "site-packages" in font.path or "dist-packages" in font.path  # not this repository
    assert font.covers("全面从严治党四个意识")
    ax = plot_sections(STATS)
    assert uncovered_glyphs(ax.figure) == {}
    labels = [
        t for t in ax.figure.findobj(Text) if any("\u4e00" <= c <= "\u9fff" for c in t.get_text())
    ]
    assert labels and {_font_file(t)[0] for t in labels} == {font.path}
    render_png(ax, tmp_path / "sections.png", (6, 3), 50)
    assert font_for_wordcloud("两个维护").path == font.path


@pytest.mark.parametrize(
    "draw",
    [
        lambda: plot_heatmap(STATS[["doc_id", "title", "commitment_density"]]),
        lambda: plot_sections(STATS),
        lambda: plot_metrics(STATS),
        lambda: plot_wordcloud({"两个维护": 3, "一岗双责": 2}),
    ],
    ids=["heatmap", "sections", "metrics", "wordcloud"],
)
def test_plots_refuse_to_draw_boxes_without_font(no_fonts: None, draw: Any) -> None:
    before = plt.get_fignums()
    with pytest.raises(CJKFontNotFoundError):
        draw()
    assert plt.get_fignums() == before  # nothing half-drawn left behind


def test_stale_matplotlib_cache_falls_back_to_system_files(
    monkeypatch: pytest.MonkeyPatch, no_env_font: None, tmp_path: Path
) -> None:
    # a system font file matplotlib's cache does not list (the bundled file stands in)
    system_file = _fonts._bundled_font_files()[0]
    monkeypatch.setattr(_fonts, "_manager_entries", lambda: [])
    monkeypatch.setattr(_fonts, "_system_font_files", lambda: [system_file])
    monkeypatch.setattr(_fonts, "_bundled_font_files", lambda: [])
    font = find_cjk_font("两个维护")
    assert font.source == "system" and font.path == system_file
    monkeypatch.setattr(_fonts, "_candidates", lambda: iter([font]))
    ax = plot_sections(STATS)
    assert uncovered_glyphs(ax.figure) == {}
    render_png(ax, tmp_path / "sections.png", (6, 3), 50)


def test_env_override_with_file(monkeypatch: pytest.MonkeyPatch, no_env_font: None) -> None:
    chosen = find_cjk_font()
    monkeypatch.setenv(_fonts.FONT_ENV, chosen.path)
    font = find_cjk_font("四个意识")
    assert font.source == "env"
    assert font.path == chosen.path
    assert font.covers("四个意识")


def test_env_override_with_family(monkeypatch: pytest.MonkeyPatch, no_env_font: None) -> None:
    chosen = find_cjk_font()
    monkeypatch.setenv(_fonts.FONT_ENV, chosen.family.upper())
    font = find_cjk_font("两个维护")
    assert (font.family, font.source) == (chosen.family, "env")


def test_env_override_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_fonts.FONT_ENV, "No Such Font Family")
    with pytest.raises(CJKFontNotFoundError, match="neither a font file nor a font family"):
        find_cjk_font()
    dejavu = fm.findfont(fm.FontProperties(family="DejaVu Sans"))
    monkeypatch.setenv(_fonts.FONT_ENV, dejavu)
    with pytest.raises(CJKFontNotFoundError, match="has no glyph"):
        find_cjk_font("两个维护")


def test_wordcloud_font_is_a_first_face(no_env_font: None) -> None:
    font = _fonts.font_for_wordcloud("两个维护一岗双责三会一课")
    assert font.index == 0
    assert font.covers("两个维护一岗双责三会一课")


# --------------------------------------------------------------------------- figures


def test_glyph_checker_detects_boxes() -> None:
    fig, ax = plt.subplots()
    ax.set_title("两个维护", family="DejaVu Sans")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert uncovered_glyphs(fig) == {"两个维护": "两个维护"}


@pytest.mark.parametrize(
    "draw",
    [
        lambda: plot_heatmap(STATS[["doc_id", "title", "commitment_density", "quantified_share"]]),
        lambda: plot_sections(STATS),
        lambda: plot_metrics(STATS, title="承诺与占位符"),
        lambda: plot_wordcloud(
            {"两个维护": 5, "一岗双责": 3, "三会一课": 2}, width=300, height=150, title="词云"
        ),
    ],
    ids=["heatmap", "sections", "metrics", "wordcloud"],
)
def test_every_label_glyph_is_covered(draw: Any, tmp_path: Path) -> None:
    ax = draw()
    fig = ax.figure
    assert cjk_texts(fig), "the figure should carry Chinese labels"
    assert uncovered_glyphs(fig) == {}
    image = render_png(ax, tmp_path / "plot.png", (8, 4), 50)
    assert_non_blank(image, (200, 400))


@pytest.mark.parametrize(
    "draw",
    [
        lambda: plot_heatmap(STATS[["doc_id", "title", "commitment_density"]]),
        lambda: plot_sections(STATS),
        lambda: plot_metrics(STATS),
        lambda: plot_wordcloud({"两个维护": 5, "一岗双责": 3}, width=200, height=100),
    ],
    ids=["heatmap", "sections", "metrics", "wordcloud"],
)
def test_rcparams_unchanged(draw: Any, tmp_path: Path) -> None:
    before = dict(matplotlib.rcParams)
    ax = draw()
    ax.figure.savefig(tmp_path / "x.png", dpi=30)
    assert dict(matplotlib.rcParams) == before


def test_plots_draw_on_given_axes() -> None:
    fig, axes = plt.subplots(1, 3)
    assert plot_sections(STATS, ax=axes[0]) is axes[0]
    assert plot_metrics(STATS, ax=axes[1]) is axes[1]
    assert plot_wordcloud({"两个维护": 2}, ax=axes[2], width=100, height=50) is axes[2]
    assert plt.get_fignums() == [fig.number]


def test_sections_shares_drawn() -> None:
    ax = plot_sections(STATS)
    widths = np.array([p.get_width() for p in ax.patches]).reshape(4, 3)  # kinds x docs
    np.testing.assert_allclose(widths[0], STATS["share_review"])
    np.testing.assert_allclose(widths[1], STATS["share_problems"])
    np.testing.assert_allclose(widths[2], STATS["share_plans"])
    np.testing.assert_allclose(widths.sum(axis=0), 1.0)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["工作回顾", "存在问题", "下步打算", "其他"]


def test_metrics_panels_show_the_table() -> None:
    ax = plot_metrics(STATS)
    panels = ax.child_axes
    assert [p.get_title() for p in panels] == [
        "承诺密度（每千汉字）",
        "量化承诺占比",
        "目标被遮蔽占比",
        "占位符密度（每千汉字）",
    ]
    for panel, column in zip(
        panels,
        ["commitment_density", "quantified_share", "masked_target_share", "placeholder_density"],
        strict=True,
    ):
        assert [p.get_width() for p in panel.patches] == STATS[column].tolist()


def test_heatmap_of_metrics_scales_rows_and_annotates_raw_values() -> None:
    ax = plot_heatmap(STATS[["doc_id", "title", "commitment_density", "placeholder_density"]])
    shown = ax.images[0].get_array()
    np.testing.assert_allclose(shown[0], [0.25, 1.0, 0.0])  # min-max per row
    cells = sorted(t.get_text() for t in ax.texts)
    assert cells == sorted(["2.5", "7", "1", "0.3", "2.2", "0"])
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert rows == ["commitment_density", "placeholder_density"]


def test_heatmap_missing_metric_is_explained() -> None:
    with pytest.raises(ValueError, match="no column 'n_issues'"):
        plot_heatmap(STATS, ["n_issues"])


# --------------------------------------------------------------------------- word cloud


def test_wordcloud_frequencies_drop_stopwords_and_short_words() -> None:
    freqs = wordcloud_frequencies(["两个维护", "的", "党", "两个维护", "和", "一岗双责"])
    assert freqs.to_dict() == {"两个维护": 2, "一岗双责": 1}
    extra = wordcloud_frequencies({"两个维护": 3, "工作": 9}, stopwords=["工作"])
    assert extra.to_dict() == {"两个维护": 3}


def test_wordcloud_keeps_given_words_whole() -> None:
    cloud = build_wordcloud({"两个维护": 9, "一岗双责": 7, "三会一课": 5}, width=300, height=150)
    drawn = {item[0][0] for item in cloud.layout_}
    assert drawn == {"两个维护", "一岗双责", "三会一课"}


def test_wordcloud_refuses_font_without_glyphs() -> None:
    dejavu = fm.findfont(fm.FontProperties(family="DejaVu Sans"))
    with pytest.raises(CJKFontNotFoundError, match="no glyph"):
        plot_wordcloud({"两个维护": 2}, font_path=dejavu)


def test_wordcloud_png_size(tmp_path: Path) -> None:
    ax = plot_wordcloud({"两个维护": 5, "一岗双责": 3}, width=320, height=160)
    assert ax.images[0].get_array().shape == (160, 320, 3)
    image = render_png(ax, tmp_path / "wc.png", (3.2, 1.6), 100)
    assert_non_blank(image, (160, 320))


# --------------------------------------------------------------------------- CLI


def test_cli_wordcloud_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "wc.png"
    args = ["wordcloud", str(CORPUS), "-o", str(out), "--pixels", "400", "200", "--dpi", "100"]
    assert main(args) == 0
    assert_non_blank(plt.imread(out), (200, 400))
    assert "wrote" in capsys.readouterr().err


def test_cli_wordcloud_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["wordcloud", str(CORPUS), "--format", "json", "--max-words", "5", "-q"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5
    assert set(rows[0]) == {"word", "count"}
    counts = [r["count"] for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_cli_wordcloud_font_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dejavu = fm.findfont(fm.FontProperties(family="DejaVu Sans"))
    out = tmp_path / "wc.png"
    assert main(["wordcloud", str(CORPUS), "-o", str(out), "--font", dejavu, "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("govtext: error: The font") and "Traceback" not in err
    assert not out.exists()


def test_cli_unknown_doc_type(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["wordcloud", str(CORPUS), "--doc-type", "memo", "-q"]) == 1
    assert "no document of type memo" in capsys.readouterr().err


# --------------------------------------------------------------------------- slogan trends

SLOGANS = ["四个意识", "两个维护", "两个确立", "八项规定"]
# first government work report using each, read in the reports themselves
FIRST_REPORT = {"四个意识": 2017, "两个维护": 2019, "两个确立": 2022, "八项规定": 2014}


@pytest.fixture(scope="module")
def reports(gwr_path: Path) -> pd.DataFrame:
    import govtext

    assert "term_frequency" in govtext._EXPORTS
    from govtext.io import read_corpus

    corpus = read_corpus(gwr_path)
    return corpus[corpus["doc_type"] == "government_work_report"].reset_index(drop=True)


@pytest.fixture(scope="module")
def reform_era(reports: pd.DataFrame) -> pd.DataFrame:
    return reports[reports["year"] >= 1978]


@pytest.fixture(scope="module")
def tf(reform_era: pd.DataFrame) -> pd.DataFrame:
    import govtext

    table: pd.DataFrame = govtext.term_frequency(reform_era, by="year", terms=SLOGANS)
    return table


def _tf_value(tf: pd.DataFrame, year: int, slogan: str) -> float:
    term = next(c for c in ("slogan", "canonical", "term") if c in tf.columns)
    assert tf.attrs["per"] == 10_000
    rate = "rate"
    rows = tf[(tf["year"] == year) & (tf[term] == slogan)]
    return float(rows[rate].sum()) if len(rows) else 0.0


def _trend_lines(ax: Any) -> dict[str, Any]:
    return {
        line.get_label().split("（")[0]: line
        for line in ax.get_lines()
        if not line.get_label().startswith("_")
    }


def test_trend_values_equal_term_frequency(reform_era: pd.DataFrame, tf: pd.DataFrame) -> None:
    from govtext.plot import plot_slogan_trend

    ax = plot_slogan_trend(reform_era, SLOGANS)
    lines = _trend_lines(ax)
    assert list(lines) == SLOGANS
    present = {int(y) for y in reform_era["year"]}
    for slogan, line in lines.items():
        xs, ys = line.get_xdata(), line.get_ydata()
        assert list(xs) == list(range(1978, max(present) + 1))
        for year, value in zip(xs, ys, strict=True):
            if int(year) in present:
                assert value == pytest.approx(_tf_value(tf, int(year), slogan)), (slogan, year)
            else:  # no report that year: a gap, not a zero
                assert np.isnan(value), (slogan, year)


def test_trend_first_appearances_and_2020_gap(reform_era: pd.DataFrame) -> None:
    from govtext.plot import plot_slogan_trend

    ax = plot_slogan_trend(reform_era, SLOGANS)
    lines = ax.get_lines()
    stars = {
        lines[i].get_label().split("（")[0]: int(lines[i + 1].get_xdata()[0])
        for i in range(0, len(lines), 2)
    }
    assert stars == FIRST_REPORT
    labels = [line.get_label() for line in _trend_lines(ax).values()]
    assert labels == [f"{s}（{y}年首见）" for s, y in FIRST_REPORT.items()]
    assert 2020 not in set(reform_era["year"])
    for line in _trend_lines(ax).values():
        year_2020 = list(line.get_xdata()).index(2020)
        assert np.isnan(line.get_ydata()[year_2020])
    shaded = [p.get_x() for p in ax.patches if p.get_x() <= 2020 <= p.get_x() + p.get_width()]
    assert shaded, "2020 is shaded as a year without a document"


def test_trend_per_rescales(reform_era: pd.DataFrame, tf: pd.DataFrame) -> None:
    from govtext.plot import slogan_trend_table

    table = slogan_trend_table(reform_era, ["两个维护"], per=1000)
    assert table.loc[2019, "两个维护"] == pytest.approx(_tf_value(tf, 2019, "两个维护") / 10)
    assert 2020 not in table.index
    long = slogan_trend_table(reform_era, SLOGANS, long=True)
    assert list(long.columns) == ["year", "slogan", "count", "value"]
    assert len(long) == len(SLOGANS) * reform_era["year"].nunique()
    row = long[(long["year"] == 2022) & (long["slogan"] == "两个确立")].iloc[0]
    assert row["value"] == pytest.approx(_tf_value(tf, 2022, "两个确立"))
    assert row["count"] >= 1


def test_trend_heatmap_masks_years_without_documents(reform_era: pd.DataFrame) -> None:
    from govtext.plot import plot_slogan_trend

    ax = plot_slogan_trend(reform_era, SLOGANS, kind="heatmap")
    data = ax.images[0].get_array()
    assert data.shape == (len(SLOGANS), 2025 - 1978 + 1)
    assert data.mask[:, 2020 - 1978].all()
    assert [t.get_text() for t in ax.get_yticklabels()] == SLOGANS


@pytest.mark.parametrize("kind", ["line", "heatmap"])
def test_trend_png_glyphs_and_rcparams(reform_era: pd.DataFrame, kind: str, tmp_path: Path) -> None:
    from govtext.plot import plot_slogan_trend

    before = dict(matplotlib.rcParams)
    ax = plot_slogan_trend(reform_era, SLOGANS, kind=kind)
    assert uncovered_glyphs(ax.figure) == {}
    assert any("四个意识" in t for t in cjk_texts(ax.figure))
    image = render_png(ax, tmp_path / "trend.png", (10, 5), 60)
    assert_non_blank(image, (300, 600))
    assert dict(matplotlib.rcParams) == before


def test_cli_trend(gwr_path: Path, reports: pd.DataFrame, tmp_path: Path, capsys: Any) -> None:
    base = ["trend", str(gwr_path), "--doc-type", "government_work_report", "-q"]
    assert main([*base, "--slogans", "四个意识", "两个维护", "--format", "csv"]) == 0
    from io import StringIO

    table = pd.read_csv(StringIO(capsys.readouterr().out))
    assert list(table.columns) == ["year", "四个意识", "两个维护"]
    assert 2020 not in set(table["year"])
    assert table.loc[table["year"] == 2019, "两个维护"].iloc[0] > 0
    assert table.loc[table["year"] == 2018, "两个维护"].iloc[0] == 0

    png = tmp_path / "trend.png"
    args = [*base, "--slogans", *SLOGANS, "-o", str(png), "--size", "8", "4", "--dpi", "50"]
    assert main([*args, "--format", "json", "--long"]) == 0
    assert_non_blank(plt.imread(png), (200, 400))
    rows = json.loads(capsys.readouterr().out)
    assert set(rows[0]) == {"year", "slogan", "count", "value"}
    assert min(r["year"] for r in rows if r["slogan"] == "两个确立" and r["count"]) == 2022


def test_cli_trend_notes_mixed_genres(gwr_path: Path, reports: pd.DataFrame, capsys: Any) -> None:
    assert main(["trend", str(gwr_path), "--slogans", "四个意识", "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert "mixes document types (government_work_report: 52, resolution: 20)" in err


def test_wordcloud_colours_slogans() -> None:
    cloud = build_wordcloud({"两个维护": 9, "监督": 8, "三会一课": 5}, width=300, height=150)
    colours = {item[0][0]: item[4] for item in cloud.layout_}
    assert colours["两个维护"] == colours["三会一课"] == "#b2182b"
    assert colours["监督"] != "#b2182b"


def test_wordcloud_of_seeds_keeps_slogans_whole(seed_texts: dict[str, str]) -> None:
    corpus = pd.DataFrame({"text": list(seed_texts.values())})
    freqs = wordcloud_frequencies(corpus, max_words=400)
    for slogan in ("两个维护", "一岗双责", "三会一课"):
        assert slogan in freqs.index
        assert slogan in freqs.attrs["slogans"]
    # their parts are not counted as words of their own where the slogan stands
    text = "".join(seed_texts.values())
    assert freqs["两个维护"] == text.count("两个维护")
    assert "**" not in freqs.index and "XX" not in freqs.index
    cloud = build_wordcloud(corpus, max_words=400, width=1200, height=700)
    drawn = {item[0][0] for item in cloud.layout_}
    assert {"两个维护", "一岗双责", "三会一课"} <= drawn


def test_wordcloud_slogans_only(seed_texts: dict[str, str]) -> None:
    corpus = pd.DataFrame({"text": list(seed_texts.values())})
    freqs = wordcloud_frequencies(corpus, slogans_only=True)
    assert set(freqs.index) == set(freqs.attrs["slogans"])
    assert {"两个维护", "一岗双责", "三会一课", "全面从严治党"} <= set(freqs.index)
    assert "监督" not in freqs.index


def test_cli_wordcloud_slogans_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["wordcloud", str(CORPUS), "--slogans-only", "--format", "json", "-q"]) == 0
    words = [r["word"] for r in json.loads(capsys.readouterr().out)]
    assert "三会一课" in words and "政治" not in words


def test_cli_trend_counts_each_genre_apart_by_default(gwr_path: Path, capsys: Any) -> None:
    """The command as a user types it: a corpus of reports and resolutions is counted per
    type (never pooled, and no choice that --since could flip), so the reports' series has
    no point in 2020, which has a resolution only."""
    from io import StringIO

    assert (
        main(["trend", str(gwr_path), "--slogans", "四个意识", "两个维护", "--format", "csv"]) == 0
    )
    captured = capsys.readouterr()
    assert "counting each type apart" in captured.err and "--doc-type" in captured.err
    table = pd.read_csv(StringIO(captured.out)).set_index("year")
    reports = "四个意识_government_work_report"
    assert {reports, "四个意识_resolution", "两个维护_resolution"} <= set(table.columns)
    assert pd.isna(table.loc[2020, reports]) and table.loc[2020, "四个意识_resolution"] > 0
    assert table[reports].gt(0).idxmax() == 2017
    for since in ("2010", "2019"):
        assert main(["trend", str(gwr_path), "--slogans", "四个意识", "--since", since,
                     "--format", "csv", "-q"]) == 0
        late = pd.read_csv(StringIO(capsys.readouterr().out))
        assert {reports, "四个意识_resolution"} <= set(late.columns)
    assert main(["trend", str(gwr_path), "--slogans", "四个意识", "--doc-type", "all",
                 "--format", "csv", "-q"]) == 0
    everything = pd.read_csv(StringIO(capsys.readouterr().out))
    assert 2020 in set(everything["year"]) and "四个意识" in everything.columns


def _has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def test_english_labels_leave_only_the_slogans_in_chinese(tmp_path: Path) -> None:
    corpus = pd.DataFrame({
        "doc_id": ["a", "b", "c"], "year": [2016, 2018, 2020],
        "text": ["坚持全面从严治党。", "增强“四个意识”，做到“两个维护”。", "树牢“四个意识”。"],
    })
    slogans = ["四个意识", "两个维护"]
    ax = plot_slogan_trend(corpus, slogans, lang="en")
    texts = [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    legend = ax.get_legend()
    texts += [t.get_text() for t in legend.get_texts()] if legend else []
    assert texts[0] == "Slogan frequency by year" and "first 2018" in " ".join(texts)
    for text in texts:
        rest = text
        for slogan in slogans:
            rest = rest.replace(slogan, "")
        assert not _has_han(rest), text
    heat = plot_slogan_trend(corpus, slogans, kind="heatmap", lang="en")
    assert not _has_han(heat.get_title())
    sections = plot_sections(STATS, lang="en")
    assert sections.get_xlabel() == "share of the text"
    assert {t.get_text() for t in sections.get_legend().get_texts()} >= {"work done", "plans"}
    with pytest.raises(govtext.ParameterError, match="'lang' parameter of plot_slogan_trend"):
        plot_slogan_trend(corpus, slogans, lang="fr")
    out = tmp_path / "trend.png"
    assert main(["trend", str(CORPUS), "--slogans", "四个意识", "--doc-type", "all",
                 "--lang", "en", "-o", str(out), "-q"]) == 0
    assert out.stat().st_size > 0
