from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from govtext.cli import display_width, format_table, main

from .conftest import CORPUS, ROOT, SEED_FILES


def test_stats_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(CORPUS), "--quiet"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["doc_id", "title", "year", "doc_type"]
    assert len(out) == 2 + 5
    # a readable subset of the columns; --all-columns shows them all
    from govtext.cli import STATS_TABLE_COLUMNS

    assert out[0].split() == list(STATS_TABLE_COLUMNS)
    assert main(["stats", str(SEED_FILES[0]), "--quiet", "--all-columns"]) == 0
    header = capsys.readouterr().out.splitlines()[0].split()
    assert len(header) > 30 and {"ttr", "n_han", "top_slogans"} <= set(header)
    # wide characters are aligned: the year column starts at the same display column
    header_col = display_width(out[0][: out[0].index("year")])
    for line in out[2:]:
        # cut the line at the header's display column: the year is there
        width, cut = 0, 0
        while width < header_col:
            width += display_width(line[cut])
            cut += 1
        assert line[cut : cut + 4] == "2022", line


def test_stats_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(CORPUS), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5
    assert {
        "doc_id",
        "title",
        "year",
        "doc_type",
        "n_chars",
        "n_han",
        "n_paragraphs",
        "n_sentences",
        "mean_sentence_len",
        "n_tokens",
        "n_types",
        "ttr",
    } <= set(rows[0])
    assert all(r["year"] == 2022 and r["doc_type"] for r in rows)


def test_stats_csv_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.csv"
    assert main(["stats", str(SEED_FILES[0]), str(SEED_FILES[1]), "--output", str(out)]) == 0
    table = pd.read_csv(out)
    assert table["doc_id"].tolist() == [SEED_FILES[0].stem, SEED_FILES[1].stem]
    assert "wrote 2 rows" in capsys.readouterr().err


def test_bad_files_named_and_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_bytes(SEED_FILES[0].read_text("utf-8").encode("gb18030"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 nope")
    assert main(["stats", str(tmp_path), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "empty.txt: empty file" in captured.err
    assert "bad.docx: not a valid .docx" in captured.err
    assert "Traceback" not in captured.err
    assert len(pd.read_csv(__import__("io").StringIO(captured.out))) == 1


def test_nothing_readable_exits_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["stats", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err
    assert "could be read" in err
    assert main(["stats", str(tmp_path / "missing")]) == 1


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["stats"]) == 2
    assert main(["nosuchcommand", "x"]) == 2
    assert main(["stats", str(CORPUS), "--format", "xml"]) == 2
    assert main(["stats", str(CORPUS), "--n-jobs", "0"]) == 2
    err = capsys.readouterr().err
    assert "--n-jobs: must be a positive int. Got 0 instead." in err and "Traceback" not in err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "govtext" in capsys.readouterr().out
    assert main(["stats", "--help"]) == 0
    assert "--format" in capsys.readouterr().out


def test_format_table_alignment() -> None:
    frame = pd.DataFrame({"slogan": ["四个意识", "a"], "n": [1, 100]})
    lines = format_table(frame).splitlines()
    assert lines[2] == "四个意识    1"
    assert lines[3] == "a         100"


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "govtext", "stats", str(SEED_FILES[2]), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["doc_type"] == "duty_integrity_report"


def test_state_council_json_lists_all_72(
    gwr_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", str(gwr_path), "--format", "json", "--quiet"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 72
    assert all(isinstance(r["year"], int) for r in rows)


# ------------------------------------------------------------ exit codes, consistency


def test_parameter_errors_exit_two_input_errors_exit_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from govtext import cli
    from govtext._util import ParameterError, check_positive_int

    def fail_with(exc: Exception) -> cli.Command:
        def run(args: object) -> int:
            raise exc

        return cli.Command("x", lambda p: None, run)

    for exc, code in [
        (ParameterError("bad option"), 2),
        (ValueError("the table has no rows"), 1),
        (TypeError("the text is int"), 1),
    ]:
        monkeypatch.setitem(cli.COMMANDS, "stats", fail_with(exc))
        assert main(["stats", str(CORPUS)]) == code, exc
        err = capsys.readouterr().err
        assert err == f"govtext: error: {exc}\n"
    with pytest.raises(ParameterError):
        check_positive_int(0, "per", "stats")


def test_input_without_words_or_years_exits_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.txt"
    path.write_text("。，、；：“”！？……——（）", encoding="utf-8")
    assert main(["wordcloud", str(path), "-q"]) == 1
    assert "no words to count" in capsys.readouterr().err
    assert main(["wordcloud", str(path), "-o", str(tmp_path / "w.png"), "-q"]) == 1
    assert "No words left to draw" in capsys.readouterr().err
    assert not (tmp_path / "w.png").exists()
    nodate = tmp_path / "plan.txt"
    nodate.write_text("工作要点\n树牢“四个意识”，做到“两个维护”。", encoding="utf-8")
    assert main(["trend", str(nodate), "-q"]) == 1
    err = capsys.readouterr().err
    assert "has a 'year' value" in err and "metadata.csv" in err
    assert main(["trend", str(nodate), "--by", "region", "-q"]) == 2


def test_bad_files_get_clear_messages_and_nothing_else(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.doc").write_bytes(b"plain bytes, not an OLE file")
    (tmp_path / "z.pdf").write_bytes(b"%PDF-1.4 garbage")
    assert main(["stats", str(tmp_path), "-q"]) == 1
    err = capfd.readouterr().err.splitlines()
    assert err == [
        f"govtext: cannot read {tmp_path / 'x.doc'}: old binary Word .doc files are not "
        "supported; save it as .docx",
        f"govtext: cannot read {tmp_path / 'z.pdf'}: not a valid PDF (PdfStreamError: Stream "
        "has ended unexpectedly; EOF marker not found)",
        f"govtext: error: none of the inputs in {tmp_path} could be read",
    ]


def test_read_warnings_are_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("2022年工作要点\n树牢“四个意识”。", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,doc_type\na.txt,工作要点\ngone.txt,work_plan\n", encoding="utf-8"
    )
    assert main(["stats", str(tmp_path), "-q", "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert "govtext: warning: " in err and "gone.txt" in err and "'工作要点'" in err
    assert "ReadWarning" not in err
    # one file of a folder: the other rows of its metadata.csv are no mismatch
    assert main(["stats", str(SEED_FILES[2]), "-q", "--format", "csv"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    "command", ["stats", "slogans", "sections", "placeholders", "commitments", "issues"]
)
def test_n_jobs_on_every_per_document_command(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, str(CORPUS), "--n-jobs", "0", "-q"]) == 2
    assert "--n-jobs: must be a positive int. Got 0 instead." in capsys.readouterr().err
    assert main([command, "--help"]) == 0
    assert "--n-jobs" in capsys.readouterr().out


def test_n_jobs_gives_the_same_rows(capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for n in ("1", "2"):
        assert main(["placeholders", str(CORPUS), "--n-jobs", n, "--format", "csv", "-q"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] and outputs[0].startswith("doc_id,")


def test_sections_of_one_file_carry_doc_id(capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("csv", "json"):
        assert main(["sections", str(SEED_FILES[4]), "--format", fmt, "-q"]) == 0
        out = capsys.readouterr().out
        if fmt == "json":
            rows = json.loads(out)
            assert {r["doc_id"] for r in rows} == {SEED_FILES[4].stem}
        else:
            assert out.startswith("doc_id,title,year,doc_type,org,row,")
    assert main(["sections", str(SEED_FILES[4]), "--format", "table", "-q"]) == 0
    assert capsys.readouterr().out.split()[0] == "doc_id"


def test_path_and_slogan_lists_never_swallow_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    expected = None
    for argv in (
        ["trend", str(CORPUS), "--slogans", "四个意识", "两个维护"],
        ["trend", "--slogans", "四个意识", "两个维护", str(CORPUS)],
        ["trend", "--slogans", "四个意识,两个维护", str(CORPUS)],
    ):
        assert main([*argv, "--doc-type", "all", "--long", "--format", "json", "-q"]) == 0
        rows = json.loads(capsys.readouterr().out)
        got = sorted((r["slogan"], r["count"]) for r in rows)
        assert {s for s, _ in got} == {"四个意识", "两个维护"}
        expected = expected or got
        assert got == expected
    assert main(["trend", "--slogans", "四个意识"]) == 2
    assert "required: PATH" in capsys.readouterr().err


@pytest.mark.parametrize(
    "options",
    [["--dpi", "0"], ["--size", "0", "0"], ["--size", "6", "nan"], ["--dpi", "x"]],
)
def test_bad_figure_options_are_usage_errors(
    tmp_path: Path, options: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t.png"
    code = main(["trend", str(CORPUS), "--slogans", "四个意识", "-o", str(out), *options, "-q"])
    assert code == 2 and not out.exists()
    assert "must be a positive" in capsys.readouterr().err
    assert main(["wordcloud", str(CORPUS), "--pixels", "0", "10", "-o", str(out), "-q"]) == 2


def test_every_help_shows_defaults_and_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    from govtext.cli import COMMANDS, EXAMPLES

    assert set(EXAMPLES) == set(COMMANDS)
    for name in COMMANDS:
        assert main([name, "--help"]) == 0
        out = capsys.readouterr().out
        assert f"example:\n  govtext {name} " in out, name
    main(["trend", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "(default: 10000)" in out and "(default: line)" in out
