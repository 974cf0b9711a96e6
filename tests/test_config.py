"""Config: one frozen object that reaches every verb; a user's lexicon counted everywhere."""

from __future__ import annotations

import json
import pickle
import warnings
from pathlib import Path

import pandas as pd
import pytest

import govtext
from govtext.cli import main
from govtext.config import Config, register, registered
from govtext.lexicon import SloganEntry, read_lexicon

TEXT = (
    "2023年全市工作要点\n"
    "一、总体要求\n坚持实施强省会战略，树牢“四个意识”。\n"
    "二、重点任务\n全力推进强省会建设，打造强省会升级版。\n"
)


@pytest.fixture()
def lexicon_file(tmp_path: Path) -> Path:
    path = tmp_path / "mine.tsv"
    path.write_text("canonical\tvariants\tcategory\n强省会\t\teconomy\n", encoding="utf-8")
    return path


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "plan2023.txt").write_text(TEXT, encoding="utf-8")
    return d


@pytest.fixture()
def config(lexicon_file: Path) -> Config:
    return Config.from_lexicon_files([lexicon_file])


def test_config_is_frozen_hashable_and_picklable(config: Config) -> None:
    assert hash(config) == hash(Config(entries=config.entries))
    assert config != Config()
    with pytest.raises(AttributeError):
        config.nested = False  # type: ignore[misc]
    assert "强省会" in config.slogan_lexicon
    again = pickle.loads(pickle.dumps(config))
    assert again == config and "强省会" in again.slogan_lexicon


def test_bad_parameters_are_named() -> None:
    with pytest.raises(govtext.ParameterError, match="'backend' parameter of Config"):
        Config(backend="bert")
    with pytest.raises(govtext.ParameterError, match="'t2s' parameter of Config"):
        Config(t2s="yes")
    with pytest.raises(govtext.ParameterError, match="'config' parameter of stats"):
        govtext.stats(pd.DataFrame({"doc_id": ["a"], "text": ["落实。"]}), config="mine")


def test_bad_lexicon_row_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("canonical\tyear\n强省会\t2023\n强县域\t二〇二三\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv line 3: year"):
        read_lexicon(bad)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["stats", str(tmp_path / "a.txt"), "--lexicon", str(bad), "-q"]) == 1


def test_toml_configuration(tmp_path: Path, lexicon_file: Path) -> None:
    toml = tmp_path / "govtext.toml"
    toml.write_text(
        f'nested = false\nbackend = "jieba"\nlexicon_files = ["{lexicon_file.name}"]\n',
        encoding="utf-8",
    )
    cfg = Config.from_toml(toml)
    assert (cfg.nested, cfg.backend) == (False, "jieba")
    assert [e.canonical for e in cfg.entries] == ["强省会"]
    toml.write_text("nestd = false\n", encoding="utf-8")
    with pytest.raises(govtext.ParameterError, match="unknown configuration key"):
        Config.from_toml(toml)


def test_registry_by_name() -> None:
    entry = SloganEntry("强省会", (), "economy", None, "")
    base = govtext.load_lexicon().with_entries([entry])
    register("lexicons", "with-capital", lambda: base)
    assert "with-capital" in registered("lexicons")
    assert "强省会" in Config(lexicon="with-capital").slogan_lexicon
    with pytest.raises(govtext.ParameterError, match="No lexicon is registered"):
        _ = Config(lexicon="nowhere").slogan_lexicon


def test_user_entry_reaches_every_python_verb(config: Config) -> None:
    corpus = pd.DataFrame({"doc_id": ["p"], "year": [2023], "text": [TEXT]})
    assert "强省会" not in govtext.extract_slogans(TEXT)["slogan"].tolist()
    assert govtext.extract_slogans(TEXT, config=config)["slogan"].tolist().count("强省会") == 3
    assert "强省会" in govtext.Tokenizer(config=config).cut(TEXT)
    assert "强省会" in govtext.tokenize(TEXT, config=config)
    row = govtext.stats(corpus, config=config).iloc[0]
    assert row["top_slogans"].startswith("强省会:3")
    summary = govtext.summarize_slogans(corpus, config=config).set_index("slogan")
    assert summary.loc["强省会", "count"] == 3
    tf = govtext.term_frequency(corpus, terms=["强省会"], config=config)
    assert tf["count"].tolist() == [3]
    trend = govtext.slogan_trend_table(corpus, ["强省会"], config=config)
    assert trend.loc[2023, "强省会"] == pytest.approx(3 / row["n_han"] * 10_000)
    from govtext.plot import wordcloud_frequencies

    assert wordcloud_frequencies(corpus, config=config)["强省会"] == 3
    doc = govtext.Document(TEXT, config=config)
    assert doc.slogans["slogan"].tolist().count("强省会") == 3


def test_user_entry_reaches_every_command(
    corpus_dir: Path, lexicon_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lex = ["--lexicon", str(lexicon_file)]
    assert main(["stats", str(corpus_dir), "--format", "json", *lex]) == 0
    assert json.loads(capsys.readouterr().out)[0]["top_slogans"].startswith("强省会:3")
    assert main(["slogans", str(corpus_dir), "--format", "json", *lex]) == 0
    counts = {r["slogan"]: r["count"] for r in json.loads(capsys.readouterr().out)}
    assert counts["强省会"] == 3
    assert main(["trend", str(corpus_dir), "--slogans", "强省会", "--long", "--format", "json",
                 *lex]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["year"], r["slogan"], r["count"]) for r in rows] == [(2023, "强省会", 3)]
    assert main(["wordcloud", str(corpus_dir), "--format", "json", *lex]) == 0
    words = {r["word"]: r["count"] for r in json.loads(capsys.readouterr().out)}
    assert words["强省会"] == 3
    # without the lexicon the word is not a slogan, and trend says it found none
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert main(["slogans", str(corpus_dir), "--format", "json"]) == 0
    assert "强省会" not in {r["slogan"] for r in json.loads(capsys.readouterr().out)}


def test_taxonomy_travels_in_config(tmp_path: Path) -> None:
    tsv = tmp_path / "tax.tsv"
    tsv.write_text(
        "category\tlabel\tgroup\tdescription\tcues\tweak_cues\n"
        "grain\t粮食安全\teconomy\t\t粮食|耕地\t\n",
        encoding="utf-8",
    )
    cfg = Config(taxonomy=govtext.read_issue_taxonomy(tsv))
    text = "二、存在问题\n一是粮食生产基础不牢。二是耕地保护压力大。\n三、下步打算\n将加强学习。"
    assert govtext.extract_issues(text, config=cfg)["category"].tolist() == ["grain", "grain"]
    assert "grain" not in govtext.extract_issues(text)["category"].tolist()


def test_commitment_cues_travel_in_config(tmp_path: Path) -> None:
    from govtext.cues import read_commitment_cues

    text = "二、下步打算\n拟开展专项检查。"
    packaged = govtext.extract_commitments(text)
    tsv = tmp_path / "cues.tsv"
    tsv.write_text("type\tpattern\nforward\t将\n", encoding="utf-8")  # 拟 is no cue here
    mine = Config(cues=read_commitment_cues(str(tsv)))
    assert hash(mine) != hash(Config())
    assert len(govtext.extract_commitments(text, config=mine)) <= len(packaged)
    toml = tmp_path / "govtext.toml"
    toml.write_text('cues_file = "cues.tsv"\n', encoding="utf-8")
    assert Config.from_toml(toml).commitment_cues.search("forward", "将推进") is not None
    bad = tmp_path / "bad.tsv"
    bad.write_text("type\tpattern\nfoward\t将\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv line 2: unknown cue type 'foward'"):
        read_commitment_cues(str(bad))
