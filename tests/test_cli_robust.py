"""The CLI on hostile data and arguments, without the spaCy model: records are built by hand
and stored directly, then read back through the commands."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import newsgraph
from newsgraph.store import Store
from tests.test_store import sample


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "NEWSGRAPH_HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "COLUMNS": "200",
        # The code under test, also from a worktree whose package is not the installed one.
        "PYTHONPATH": str(Path(newsgraph.__file__).resolve().parents[1]),
    }
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _stored(home: Path, title: str) -> None:
    analysis = sample()
    analysis = dataclasses.replace(
        analysis, article=dataclasses.replace(analysis.article, title=title)
    )
    with Store(f"sqlite:///{home / 'newsgraph.db'}") as store:
        store.migrate()
        store.save_linked(analysis)


def test_cli_prints_brackets_in_data_as_written(tmp_path: Path) -> None:
    # "[its]" is an editor's insertion, common in quoted speech; "[/b]" looks like a closing tag.
    _stored(tmp_path, "Brazil [its] trade [/b] talks")
    r = run("search", "brazil", home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Brazil [its] trade [/b] talks" in r.stdout
    r = run("search", "[/x] brazil", home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "[/x] brazil" in r.stdout


def test_cli_error_messages_with_brackets_are_not_markup(tmp_path: Path) -> None:
    _stored(tmp_path, "Brazil and Argentina talk trade")
    r = run("show", "[/x]", home=tmp_path)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "no article with id '[/x]'" in r.stderr
    r = run("ingest", str(tmp_path / "[bold]missing.txt"), home=tmp_path)
    assert r.returncode == 2
    assert "[bold]missing.txt" in r.stderr


def test_cli_ingest_error_lines_are_not_folded_and_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / ("a-rather-long-folder-name-for-the-inputs-" * 2) / "["
    folder.mkdir(parents=True)
    (folder / "x]empty.txt").write_bytes(b"")  # the path holds "[/x]"
    r = run("ingest", str(folder), home=tmp_path)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert lines == [f"error {folder / 'x]empty.txt'}: input is empty [E101]"]


def test_cli_export_to_an_unwritable_path_is_a_usage_error(tmp_path: Path) -> None:
    _stored(tmp_path, "Brazil and Argentina talk trade")
    for target in (tmp_path, tmp_path / "no" / "such" / "dir.jsonl"):
        r = run("export", "--format", "jsonl", "--out", str(target), home=tmp_path)
        assert r.returncode == 2, r.stderr
        assert "Traceback" not in r.stderr
        assert "cannot write" in r.stderr


def test_cli_entity_without_a_name_is_not_found(tmp_path: Path) -> None:
    _stored(tmp_path, "Brazil and Argentina talk trade")
    assert run("entity", "Ana Costa", home=tmp_path).returncode == 0
    for name in ("", "!!!"):
        r = run("entity", name, home=tmp_path)
        assert r.returncode == 1, (name, r.stdout)
        assert "no entity" in r.stderr


def test_csv_with_no_rows_still_prints_the_header(tmp_path: Path) -> None:
    _stored(tmp_path, "Talks")
    events = run("events", "--root", "19", "--format", "csv", home=tmp_path)
    assert events.returncode == 0, events.stderr
    assert events.stdout.splitlines() == [
        "article,code,label,source,target,date,mode,negated,trigger,goldstein"
    ]
    amounts = run("export", "--format", "csv", "--table", "amounts", home=tmp_path)
    assert amounts.returncode == 0, amounts.stderr
    assert amounts.stdout.splitlines()[0].startswith("article,id,text,start,end,value,unit")


def test_a_read_command_on_a_missing_database_says_so_and_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    for args in (("stats",), ("search", "talks"), ("events",), ("export", "--format", "jsonl")):
        r = run(*args, "--db", f"sqlite:///{typo}", home=tmp_path)
        assert r.returncode == 1 and "no newsgraph database at" in r.stderr, (args, r.stderr)
    assert not typo.exists()


def test_errors_lists_the_failed_inputs_newest_first(tmp_path: Path) -> None:
    import json

    from newsgraph.records import ErrorInfo, FailedItem

    _stored(tmp_path, "Talks")
    with Store(f"sqlite:///{tmp_path / 'newsgraph.db'}") as store:
        store.save_error(FailedItem(ErrorInfo("E101", "empty input", "feeds/a.xml")))
        store.save_error(FailedItem(ErrorInfo("E103", "not UTF-8 [or cp1252]", "b.txt")))
    listed = run("errors", "--format", "json", home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    got = json.loads(listed.stdout)
    assert got["total"] == 2
    assert [(e["input"], e["code"]) for e in got["errors"]] == [("b.txt", "E103"), ("feeds/a.xml", "E101")]
    text = run("errors", home=tmp_path)
    assert "not UTF-8 [or cp1252]" in text.stdout and "2 failed inputs" in text.stdout
    csv_out = run("errors", "--format", "csv", "--limit", "1", home=tmp_path).stdout.splitlines()
    assert csv_out[0] == "at,code,input,message,article" and len(csv_out) == 2
