"""Docs that a test keeps true: every command, option and setting is documented."""

from __future__ import annotations

from pathlib import Path

from typer.main import get_command

from newsgraph.cli import app
from newsgraph.settings import SETTINGS, Settings, settings_markdown

ROOT = Path(__file__).resolve().parents[1]


def test_docs_settings_md_is_generated_from_settings() -> None:
    assert (ROOT / "docs" / "settings.md").read_text(encoding="utf-8") == settings_markdown(), (
        "docs/settings.md is stale: run `python -m newsgraph.settings > docs/settings.md`"
    )


def test_docs_settings_dataclass_matches_declarations() -> None:
    fields = set(Settings.__dataclass_fields__) - {"extra"}
    assert fields == {s.name for s in SETTINGS}
    for s in SETTINGS:
        assert getattr(Settings(), s.name) == s.default


def test_docs_every_command_is_in_readme_and_cli_doc() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    cli_doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    group = get_command(app)
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        assert f"newsgraph {name}" in readme, f"README does not show `newsgraph {name}`"
        assert f"## newsgraph {name}" in cli_doc, f"docs/cli.md has no section for {name}"
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    section = cli_doc.split(f"## newsgraph {name}", 1)[1].split("\n## ", 1)[0]
                    assert opt in section, f"docs/cli.md: `{name}` does not document {opt}"


def test_docs_every_error_code_is_in_cli_doc() -> None:
    from newsgraph.errors import ERROR_TABLE

    cli_doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for code in ERROR_TABLE:
        assert f"| `{code}` |" in cli_doc, f"docs/cli.md does not list the error code {code}"


def test_docs_readme_opens_with_the_two_commands() -> None:
    first = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:5]
    text = "\n".join(first)
    assert "bash scripts/setup.sh && .venv/bin/newsgraph analyze examples/" in text
    assert "bash scripts/test.sh" in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci


def test_docs_benchmark_figures_match_results() -> None:
    from benchmarks import report

    text = report.README.read_text(encoding="utf-8")
    assert report.current_section(text) == report.render(), (
        "benchmarks/README.md figures are stale: run `python -m benchmarks.report --write`"
    )


def test_docs_every_benchmark_script_is_in_benchmarks_readme() -> None:
    text = (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8")
    for script in (ROOT / "benchmarks").glob("*.py"):
        if script.stem.startswith("_") or script.stem in {"gate", "report"}:
            continue
        assert f"benchmarks.{script.stem}" in text, f"benchmarks/README.md does not name {script.stem}"
