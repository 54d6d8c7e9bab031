"""The CLI end to end on the bundled examples and on bad input (model-backed; one database per test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.schema import validate_record

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.model


def run(
    *args: str, home: Path, stdin: bytes | None = None, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {"NEWSGRAPH_HOME": str(home), "PATH": "/usr/bin:/bin", "COLUMNS": "200", **(env_extra or {})}
    if "PYTHONPATH" in os.environ:  # a checkout run without installing it
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin.decode() if stdin is not None else None,
        timeout=600,
    )


def test_cli_analyze_examples_jsonl_one_line_per_article(tmp_path: Path) -> None:
    r = run("analyze", str(EXAMPLES), "--format", "jsonl", "--no-store", home=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(lines) == 6  # 1 text + 1 page + 2 feed items + 2 JSON Lines
    for rec in lines:
        assert validate_record(rec) == [], rec["article"]["id"]
    assert not (tmp_path / "newsgraph.db").exists()


def test_cli_workers_print_what_one_process_prints(tmp_path: Path) -> None:
    serial = run("analyze", str(EXAMPLES), "--format", "jsonl", "--no-store", home=tmp_path)
    small_batches = {"NEWSGRAPH_BATCH_SIZE": "2"}  # three batches, so the processes start
    parallel = run("analyze", str(EXAMPLES), "--format", "jsonl", "--no-store", "--workers", "2",
                   home=tmp_path, env_extra=small_batches)
    assert parallel.returncode == 0, parallel.stderr
    assert parallel.stdout == serial.stdout
    refused = run("ingest", str(EXAMPLES), "--workers", "-1", home=tmp_path)
    assert refused.returncode == 2 and "--workers must be 0" in refused.stderr


def test_cli_ingest_twice_stores_once(tmp_path: Path) -> None:
    assert run("ingest", str(EXAMPLES), home=tmp_path).returncode == 0
    first = json.loads(run("stats", "--format", "json", home=tmp_path).stdout)
    r = run("ingest", str(EXAMPLES), "--format", "json", home=tmp_path)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["unchanged"] == 6 and report["inserted"] == 0
    second = json.loads(run("stats", "--format", "json", home=tmp_path).stdout)
    assert first == second and first["articles"] == 6


def test_cli_mixed_good_and_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (bad / "broken.jsonl").write_text('{"id": "ok1", "text": "Kenya and Uganda signed a trade deal."}\nnot json\n')
    (bad / "good.txt").write_text("Egypt hosts talks\n\nEgyptian officials hosted talks in Cairo on Monday.\n")
    home = tmp_path / "home"
    assert run("ingest", str(EXAMPLES / "wire.jsonl"), home=home).returncode == 0
    r = run("analyze", str(bad), "--format", "jsonl", home=home)
    assert r.returncode == 1
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    errors = [x for x in lines if "error" in x]
    good = [x for x in lines if "error" not in x]
    assert len(errors) == 3 and len(good) == 2
    assert "Traceback" not in r.stderr
    stats = json.loads(run("stats", "--format", "json", home=home).stdout)
    assert stats["articles"] == 4  # the 2 stored before are still there, plus the 2 good ones


def test_cli_analyze_missing_file_is_usage_error(tmp_path: Path) -> None:
    r = run("analyze", str(tmp_path / "nope.txt"), home=tmp_path)
    assert r.returncode == 2
    assert "no such file" in r.stderr


def test_cli_analyze_stdin(tmp_path: Path) -> None:
    text = b"Japan Today\n\nJapanese Prime Minister Shigeru Ishiba visited Seoul on Friday.\n"
    r = run("analyze", "-", "--no-store", "--published", "2025-03-07", home=tmp_path, stdin=text)
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["article"]["published"] == "2025-03-07"
    assert any(e["name"].endswith("Ishiba") for e in rec["entities"])


def test_cli_show_search_export_events(tmp_path: Path) -> None:
    assert run("ingest", str(EXAMPLES), home=tmp_path).returncode == 0
    found = json.loads(run("search", "dockworkers strike", "--format", "json", home=tmp_path).stdout)
    assert found["total"] >= 1
    art_id = found["articles"][0]["id"]
    shown = run("show", art_id, "--format", "json", home=tmp_path)
    assert json.loads(shown.stdout)["article"]["id"] == art_id
    text = run("show", art_id, home=tmp_path)
    assert text.returncode == 0 and "Entities" in text.stdout
    out = tmp_path / "all.jsonl"
    assert run("export", "--format", "jsonl", "--out", str(out), home=tmp_path).returncode == 0
    assert len(out.read_text().splitlines()) == 6
    csv_out = run("export", "--format", "csv", "--table", "entities", home=tmp_path)
    assert csv_out.returncode == 0 and csv_out.stdout.startswith("article,")
    ev = run("events", "--format", "json", home=tmp_path)
    assert ev.returncode == 0 and "events" in json.loads(ev.stdout)
    assert run("search", 'hostile "query* NEAR( OR', home=tmp_path).returncode == 0
    assert run("show", "no-such-id", home=tmp_path).returncode == 1


def test_cli_every_command_has_help(tmp_path: Path) -> None:
    for cmd in ("analyze", "ingest", "stats", "show", "search", "events", "export", "extractors"):
        r = run(cmd, "--help", home=tmp_path)
        assert r.returncode == 0 and "Usage" in r.stdout, cmd


def test_cli_entities_and_profile(tmp_path: Path, shared: Path) -> None:
    seed = shared / "examples" / "reuters-xi-mishustin.txt"
    assert run("ingest", str(seed), "--published", "2025-11-04", home=tmp_path).returncode == 0
    later = tmp_path / "later.txt"
    later.write_text("Mishustin visits Minsk\n\nMishustin arrived in Minsk on Friday for talks.\n", encoding="utf-8")
    assert run("ingest", str(later), "--published", "2026-01-09", home=tmp_path).returncode == 0
    listed = json.loads(run("entities", "mishustin", "--format", "json", home=tmp_path).stdout)
    assert listed["total"] == 1
    (row,) = listed["entities"]
    assert row["name"] == "Mikhail Mishustin" and row["articles"] == 2
    assert row["first_seen"] == "2025-11-04" and row["last_seen"] == "2026-01-09"
    profile = json.loads(run("entity", "Mikhail Mishustin", "--format", "json", home=tmp_path).stdout)
    roles = {(r["title"], r["actor_code"]) for r in profile["roles"]}
    assert ("Prime Minister", "RUSGOV") in roles
    text = run("entity", row["id"], home=tmp_path)
    assert text.returncode == 0 and "Roles over time" in text.stdout
    assert run("entity", "nobody-at-all", home=tmp_path).returncode == 1
    found = json.loads(run("search", "Minsk", "--format", "json", home=tmp_path).stdout)
    record = json.loads(run("show", found["articles"][0]["id"], "--format", "json", home=tmp_path).stdout)
    (mish,) = [e for e in record["entities"] if "Mishustin" in e["name"]]
    assert mish["name"] == "Mikhail Mishustin" and mish["actor"]["code"] == "RUSGOV"
    assert mish["kb_id"] == row["id"]
