"""The command line: each command parses its options, calls the Engine, renders the result.

Exit status: 0 when everything worked, 1 when some inputs failed (their records say why),
2 for a usage error; other NewsgraphErrors use the exit code of errors.ERROR_TABLE.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from newsgraph.cli import render
from newsgraph.engine import Engine, IngestReport, Item
from newsgraph.errors import NewsgraphError, NotFound, UsageError
from newsgraph.records import Analysis, FailedItem
from newsgraph.settings import Settings

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles into a queryable knowledge base: entities, events, quotes, times, "
    "places and amounts, each with the evidence for it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Piped output (files, CI logs) gets a wide table instead of rich's 80-column default.
# Everything printed is data (titles, quotes, names, queries): never read as rich markup,
# or "[its]" in a quote would vanish and "[/x]" in a title would raise MarkupError.
out = Console(
    soft_wrap=False,
    markup=False,
    width=None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "160")),
)
# Piped stderr (logs): one line per message, not folded at rich's 80-column default.
err = Console(stderr=True, soft_wrap=not sys.stderr.isatty())


def _error(message: str) -> None:
    """One error line on stderr; `message` holds data (paths, ids, queries), never markup."""
    err.print(f"[red]error[/red] {escape(message)}", highlight=False)


class AnalyzeFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


class ViewFormat(StrEnum):
    json = "json"
    text = "text"


class TableFormat(StrEnum):
    json = "json"
    csv = "csv"
    text = "text"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Articles: plain-text, HTML (also .gz), RSS/Atom feed or JSON Lines files, "
        "directories of them, http(s) URLs, or - for standard input.",
        show_default=False,
    ),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles that carry none."),
]
SourceOpt = Annotated[
    str | None, typer.Option("--source", help="Source name for articles that carry none.")
]
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLAlchemy URL (sqlite:///path.db, postgresql://...). "
        "Default: newsgraph.db under $NEWSGRAPH_HOME.",
        envvar="NEWSGRAPH_DB",
        show_envvar=True,
    ),
]

WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        help="Processes analysing articles in parallel, each with its own spaCy pipeline "
        "(0: one per CPU core). Default: 1.",
        envvar="NEWSGRAPH_WORKERS",
        show_envvar=True,
    ),
]


def _engine(db: str | None = None, workers: int | None = None) -> Engine:
    if workers is not None and workers < 0:
        raise UsageError(f"--workers must be 0 (one per core) or more, not {workers}")
    return Engine(Settings.from_env(db=db, workers=workers))


def _reader(db: str | None = None) -> Engine:
    """An Engine for a command that only reads: a SQLite database file that does not exist is
    an error (a mistyped --db would otherwise create an empty database and report nothing)."""
    from newsgraph.store.db import normalise_url, sqlite_path

    engine = _engine(db)
    path = sqlite_path(normalise_url(engine.settings.db_url))
    if path is not None and not path.exists():
        raise NotFound(
            f"no newsgraph database at {path}: ingest articles first (newsgraph ingest PATH...), "
            "or check --db / NEWSGRAPH_DB / NEWSGRAPH_HOME",
        )
    return engine


def _check_paths(paths: list[str]) -> None:
    for p in paths:
        if p == "-" or p.startswith(("http://", "https://")):
            continue
        if not Path(p).exists():
            raise UsageError(f"no such file or directory: {p}")


@contextmanager
def _progress(label: str, enabled: bool) -> Iterator[Progress | None]:
    """A progress bar on stderr for batches, only when stderr is a terminal."""
    if not enabled or not err.is_terminal:
        yield None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        yield progress


def _dump(data: Any, stream: TextIO | None = None) -> None:
    (stream or sys.stdout).write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
def analyze(
    paths: PathsArg,
    published: PublishedOpt = None,
    source: SourceOpt = None,
    format: Annotated[
        AnalyzeFormat,
        typer.Option("--format", "-f", help="json: one document; jsonl: one record per line; text: tables."),
    ] = AnalyzeFormat.json,
    no_store: Annotated[bool, typer.Option("--no-store", help="Analyse without writing to the database.")] = False,
    db: DbOpt = None,
    workers: WorkersOpt = None,
) -> None:
    """Analyse articles and print their records (and store them, unless --no-store)."""
    _check_paths(paths)
    engine = _engine(db, workers)
    records: list[dict[str, Any]] = []
    failed = 0
    with engine, _progress("analysing", True) as progress:
        task = progress.add_task("analyse", total=None) if progress else None
        items = engine.read(paths, published=published, source=source)
        results: Iterator[Item] = engine.analyze_many(items)
        if not no_store:  # an analysis the database refuses comes back as a failure
            results = (saved for _, saved in engine.save_all(results))
        for result in results:
            if isinstance(result, FailedItem):
                failed += 1
                _error(f"{result.error.input}: {result.error.message} [{result.error.code}]")
            record = result.to_dict()
            if format is AnalyzeFormat.jsonl:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                sys.stdout.flush()
            elif format is AnalyzeFormat.text:
                out.print(render.analysis(record))
                out.print()
            else:
                records.append(record)
            if progress is not None and task is not None:
                progress.advance(task)
    if format is AnalyzeFormat.json:
        _dump(records[0] if len(records) == 1 else {"articles": records})
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: PathsArg,
    published: PublishedOpt = None,
    source: SourceOpt = None,
    db: DbOpt = None,
    format: Annotated[ViewFormat, typer.Option("--format", "-f", help="How to print the summary.")] = ViewFormat.text,
    workers: WorkersOpt = None,
) -> None:
    """Analyse articles and store them; the same article ingested twice is stored once, and an
    article already stored by the same extractor versions is not analysed again."""
    _check_paths(paths)
    engine = _engine(db, workers)
    with engine, _progress("ingesting", True) as progress:
        task = progress.add_task("ingest", total=None) if progress else None

        def tick(item: Item) -> None:
            if isinstance(item, FailedItem):
                _error(f"{item.error.input}: {item.error.message} [{item.error.code}]")
            if progress is not None and task is not None:
                progress.advance(task)

        report = IngestReport()
        try:
            engine.ingest(engine.read(paths, published=published, source=source), on_item=tick, report=report)
        except KeyboardInterrupt:
            err.print(
                f"interrupted after {report.seen} articles ({report.inserted} new, {report.replaced} "
                f"re-analysed, {report.unchanged} unchanged, {report.failed} failed), all stored; run "
                "the same command again to go on: stored articles are not analysed again",
                markup=False,
            )
            raise typer.Exit(130) from None
    if format is ViewFormat.json:
        _dump(report.to_dict())
    else:
        out.print(
            f"{report.seen} articles: {report.inserted} new, {report.replaced} re-analysed, "
            f"{report.unchanged} unchanged, {report.failed} failed"
            + (" (`newsgraph errors` lists them)" if report.failed else "")
        )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def stats(
    format: Annotated[ViewFormat, typer.Option("--format", "-f")] = ViewFormat.text,
    db: DbOpt = None,
) -> None:
    """Count what the database holds: articles, entities, events, quotes, ..."""
    with _reader(db) as engine:
        counts = engine.store.stats()
    if format is ViewFormat.json:
        _dump(counts)
    else:
        out.print(render.key_values("newsgraph database", counts))


_ERROR_COLUMNS = ("at", "code", "input", "message", "article")


@app.command()
def errors(
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many at most.")] = 100,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.text,
    db: DbOpt = None,
) -> None:
    """List the inputs that failed (newest first): where, the error code and why."""
    with _reader(db) as engine:
        rows = engine.store.errors(limit=limit)
        total = engine.store.stats()["errors"]
    if format is TableFormat.json:
        _dump({"errors": rows, "total": total})
    elif format is TableFormat.csv:
        import csv

        w = csv.DictWriter(sys.stdout, fieldnames=_ERROR_COLUMNS)  # the header even with no row
        w.writeheader()
        w.writerows(rows)
    else:
        out.print(render.rows(f"{total} failed inputs", list(_ERROR_COLUMNS[:4]), rows))


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="The article's id (see `search` or `ingest`).")],
    format: Annotated[ViewFormat, typer.Option("--format", "-f")] = ViewFormat.text,
    db: DbOpt = None,
) -> None:
    """Show one stored article with everything found in it."""
    with _reader(db) as engine:
        analysis = engine.store.get(article_id)
    if analysis is None:
        _error(f"no article with id {article_id!r}")
        raise typer.Exit(1)
    if format is ViewFormat.json:
        _dump(analysis.to_dict())
    else:
        out.print(render.analysis(analysis.to_dict()))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find in the articles' titles and text.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many articles at most.")] = 20,
    format: Annotated[ViewFormat, typer.Option("--format", "-f")] = ViewFormat.text,
    db: DbOpt = None,
) -> None:
    """Full-text search over the stored articles, best matches first."""
    with _reader(db) as engine:
        result = engine.store.search(query, limit=limit)
    if format is ViewFormat.json:
        _dump(result.to_dict())
    else:
        out.print(render.rows(f"{result.total} articles match {query!r}",
                              ["id", "published", "source", "title"],
                              [_summary(a) for a in result.articles]))
        if result.note:  # why words were left out, or why nothing can match
            out.print(result.note)


def _summary(a: Any) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "source": a.source, "published": a.published,
            "counts": a.counts, "snippet": a.snippet}


_EVENT_COLUMNS = ("article", "code", "label", "source", "target", "date", "mode", "negated", "trigger",
                  "goldstein")


@app.command()
def events(
    source: Annotated[str | None, typer.Option("--source", help="Source actor code prefix, e.g. RUS or CHNGOV.")] = None,
    target: Annotated[str | None, typer.Option("--target", help="Target actor code prefix.")] = None,
    root: Annotated[str | None, typer.Option("--root", help="CAMEO root code (04), or a code with the codes under it (042).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Events dated on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Events dated on or before YYYY[-MM[-DD]].")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 100,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.text,
    db: DbOpt = None,
) -> None:
    """List stored events, filtered by actors, CAMEO root code and date."""
    with _reader(db) as engine:
        rows, total = engine.store.events(
            source=source, target=target, root=root, since=since, until=until, limit=limit
        )
    if format is TableFormat.json:
        _dump({"events": rows, "total": total})
        return
    flat = [
        {
            "article": r["article"], "code": r["code"], "label": r["label"],
            "source": (r.get("source") or {}).get("actor_code") or (r.get("source") or {}).get("text"),
            "target": (r.get("target") or {}).get("actor_code") or (r.get("target") or {}).get("text"),
            "date": r.get("date"), "mode": r.get("mode"), "negated": r.get("negated"),
            "trigger": r["trigger"]["text"], "goldstein": r.get("goldstein"),
        }
        for r in rows
    ]
    if format is TableFormat.csv:
        import csv

        w = csv.DictWriter(sys.stdout, fieldnames=_EVENT_COLUMNS)  # the header even with no row
        w.writeheader()
        w.writerows(flat)
    else:
        out.print(render.rows(f"{total} events", ["date", "source", "code", "label", "target", "mode", "trigger"], flat))


@app.command()
def entities(
    query: Annotated[str | None, typer.Argument(help="Part of a name or alias (default: all).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PERSON, ORG, GPE, ...")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 50,
    format: Annotated[ViewFormat, typer.Option("--format", "-f")] = ViewFormat.text,
    db: DbOpt = None,
) -> None:
    """List entities across all stored articles (one per real-world referent), most covered first."""
    with _reader(db) as engine:
        rows, total = engine.store.entities(query=query, type=type, limit=limit)
    if format is ViewFormat.json:
        _dump({"entities": rows, "total": total})
    else:
        out.print(render.rows(f"{total} entities", ["id", "name", "type", "actor_code", "articles", "mentions",
                                                    "first_seen", "last_seen"], rows))


@app.command()
def entity(
    entity_id: Annotated[str, typer.Argument(help="A registry id (kb_...) from `entities`, or a name.")],
    format: Annotated[ViewFormat, typer.Option("--format", "-f")] = ViewFormat.text,
    db: DbOpt = None,
) -> None:
    """One entity's profile: its names, titles and actor codes over time, quotes and events."""
    with _reader(db) as engine:
        profile = engine.store.entity(entity_id)
        if profile is None and entity_id.strip():  # a name: take the best match
            rows, _ = engine.store.entities(query=entity_id, limit=1)
            profile = engine.store.entity(rows[0]["id"]) if rows else None
    if profile is None:
        _error(f"no entity {entity_id!r}")
        raise typer.Exit(1)
    if format is ViewFormat.json:
        _dump(profile)
    else:
        out.print(render.entity_profile(profile))


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl: full records; csv: one table.")],
    out_path: Annotated[Path | None, typer.Option("--out", "-o", help="File to write (default: standard output).")] = None,
    table: Annotated[
        str, typer.Option("--table", help="With csv: articles, entities, events, quotes, times, places or amounts.")
    ] = "events",
    db: DbOpt = None,
) -> None:
    """Export every stored record."""
    from newsgraph.export import CSV_TABLES, write_csv, write_jsonl

    if format is ExportFormat.csv and table not in CSV_TABLES:
        raise UsageError(f"unknown table {table!r}; choose from {', '.join(CSV_TABLES)}")
    with _reader(db) as engine:
        try:
            stream = out_path.open("w", encoding="utf-8", newline="") if out_path else sys.stdout
        except OSError as exc:
            raise UsageError(f"cannot write {out_path}: {exc.strerror or exc}") from exc
        try:
            analyses: Iterator[Analysis] = engine.store.iter_analyses()
            n = write_jsonl(analyses, stream) if format is ExportFormat.jsonl else write_csv(analyses, stream, table=table)
        finally:
            if out_path:
                stream.close()
    if out_path:
        err.print(f"wrote {n} {'records' if format is ExportFormat.jsonl else 'rows'} to {out_path}", markup=False)


@app.command()
def extractors(
    format: Annotated[ViewFormat, typer.Option("--format", "-f")] = ViewFormat.text,
) -> None:
    """List the registered extractors: name, version, what each needs and produces."""
    from newsgraph.extract import plan

    specs = [
        {"name": s.name, "version": s.version, "produces": s.produces, "needs": ", ".join(s.needs), "about": s.doc}
        for s in plan()
    ]
    if format is ViewFormat.json:
        _dump({"extractors": specs})
    else:
        out.print(render.rows("extractors, in the order they run", ["name", "version", "produces", "needs", "about"], specs))


def main() -> None:
    """Entry point: run the app, turning newsgraph errors into readable messages and exit codes."""
    try:
        rc = app(standalone_mode=False)
    except NewsgraphError as exc:
        _error(str(exc))
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        err.print("aborted")
        sys.exit(130)
    except Exception as exc:
        # click's usage errors (Typer vendors click, so match the interface, not the class)
        show, code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(code, int):
            show()
            sys.exit(code)
        raise
    sys.exit(rc if isinstance(rc, int) else 0)
