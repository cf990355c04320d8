"""The command line: formats, --explain, stdin, and exit code 2 with one line for bad input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import cleanse
from cleanse import cli

SEED = Path(__file__).parent.parent / "seeds" / "000_70ca25fe26eee5a1.txt"
SRC = Path(cleanse.__file__).parent.parent
TITLE = "Blinken: US won’t push allies into ‘us-or-them’ choice on China"
FIRST = "Secretary of State Antony Binken on Wednesday will warn"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """``python -m cleanse ARGS`` in a fresh interpreter, output as UTF-8 bytes."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "cleanse", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def seed_article() -> cleanse.Article:
    return cleanse.clean(SEED.read_bytes())


# --- through a subprocess ---------------------------------------------------------------------


def test_text_format_is_the_body(seed_article: cleanse.Article) -> None:
    result = run(str(SEED))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == seed_article.text + "\n"
    assert result.stderr == b""


def test_text_is_the_default_format() -> None:
    assert run(str(SEED)).stdout == run(str(SEED), "--format", "text").stdout


def test_json_format_round_trips(seed_article: cleanse.Article) -> None:
    result = run(str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert data["title"] == TITLE
    assert data["tags"] == [
        "Canada",
        "China",
        "European Union",
        "State Department",
        "United Kingdom",
    ]
    assert {r["reason"] for r in data["removed"]} >= {"popular_list", "more_link", "see_all"}
    assert cleanse.Article.from_dict(data) == seed_article


def test_markdown_format() -> None:
    result = run(str(SEED), "--format", "markdown")
    assert result.returncode == 0, result.stderr
    markdown = result.stdout.decode("utf-8")
    assert markdown.startswith(f"# {TITLE}\n\n{FIRST}")
    assert "> 📷 Secretary of State Antony Blinken (Getty Images)" in markdown
    assert "Tags: Canada, China, European Union, State Department, United Kingdom" in markdown
    assert markdown.endswith("rewritten, or redistributed.\n")


def test_explain_lists_every_block(seed_article: cleanse.Article) -> None:
    result = run(str(SEED), "--explain")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert out == seed_article.explain() + "\n"
    assert "title:first_line_title" in out
    assert "navigation:popular_list" in out


def test_stdin_dash(seed_article: cleanse.Article) -> None:
    result = run("-", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == seed_article.text + "\n"


def test_kind_option() -> None:
    result = run("-", "--kind", "text", stdin=b"<p>Shown as text.</p>")
    assert result.stdout == b"<p>Shown as text.</p>\n"


def _assert_one_line_error(result: subprocess.CompletedProcess[bytes], name: str) -> None:
    assert result.returncode == 2
    assert result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert err.startswith(f"cleanse: {name}: ")
    assert "Traceback" not in err


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-page.html"
    result = run(str(missing))
    _assert_one_line_error(result, str(missing))
    assert "No such file or directory" in result.stderr.decode()


def test_directory(tmp_path: Path) -> None:
    _assert_one_line_error(run(str(tmp_path)), str(tmp_path))


def test_binary_file(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = run(str(binary))
    _assert_one_line_error(result, str(binary))
    assert "binary" in result.stderr.decode()


def test_binary_stdin() -> None:
    _assert_one_line_error(run("-", stdin=b"\x00\x01\x02\x03"), "<stdin>")


def test_output_on_an_ascii_console_does_not_crash() -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONIOENCODING": "ascii"}
    result = subprocess.run(
        [sys.executable, "-m", "cleanse", str(SEED)],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"won\\u2019t" in result.stdout


def test_bad_option_is_a_usage_error() -> None:
    result = run(str(SEED), "--format", "xml")
    assert result.returncode == 2
    assert b"invalid choice" in result.stderr
    assert b"Traceback" not in result.stderr


# --- calling main directly --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([], lambda a: a.text),
        (["--format", "text"], lambda a: a.text),
        (["--format", "json"], lambda a: a.to_json(indent=2)),
        (["--format", "markdown"], lambda a: a.to_markdown().rstrip("\n")),
        (["--explain"], lambda a: a.explain()),
    ],
)
def test_main_prints_the_chosen_format(
    options: list[str],
    expected: Callable[[cleanse.Article], str],
    seed_article: cleanse.Article,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main([str(SEED), *options]) == 0
    out, err = capsys.readouterr()
    assert out == expected(seed_article) + "\n"
    assert err == ""


def test_main_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert cli.main(["-", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == TITLE


def test_main_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    assert cli.main([str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"cleanse: {missing}: No such file or directory\n"


def test_main_binary_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x00\xff\x00binary")))
    assert cli.main(["-"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("cleanse: <stdin>: ") and err.count("\n") == 1
