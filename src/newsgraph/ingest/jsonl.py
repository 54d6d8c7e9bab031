"""JSON Lines of articles: {"id","title","text","source","published","url"} per line, all but
"text" optional. A bad line becomes a FailedItem naming "file:LINE"; the others go on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from newsgraph.errors import InputError, MalformedInput, NoText, TooLarge
from newsgraph.ingest._common import failed, has_controls, paragraphs_of, squash, strip_controls
from newsgraph.ingest.dates import normalise_date
from newsgraph.records import Article, FailedItem, article_id

# The longest article id the store keeps (store.schema.ARTICLE_ID_LENGTH; PostgreSQL enforces it).
MAX_ID_CHARS = 1000


def read_jsonl(text: str, *, name: str) -> Iterator[Article | FailedItem]:
    stripped = text.lstrip()
    if stripped.startswith("["):  # one JSON array of article objects is accepted too
        try:
            items = json.loads(stripped)
        except ValueError:
            items = None
        if isinstance(items, list):
            for number, obj in enumerate(items, start=1):
                yield _item(obj, where=f"{name}:{number}")
            return
    # split("\n"), not splitlines(): JSON strings may hold U+2028, which splitlines cuts at.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield failed(MalformedInput(f"line is not JSON: {exc}"[:300], input=where))
            continue
        yield _item(obj, where=where)


def read_jsonl_stream(
    stream: BinaryIO, *, name: str, max_bytes: int
) -> Iterator[Article | FailedItem]:
    """A JSON Lines file of any size, one line at a time: `max_bytes` bounds each line
    (an article), not the file, so a 25 MB archive of short articles still reads."""
    from newsgraph.ingest.sniff import decode

    number = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        where = f"{name}:{number}"
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line, bounded reads
                raw = stream.readline(max_bytes + 1)
            yield failed(TooLarge(f"line is longer than {max_bytes} bytes", input=where))
            continue
        if not raw.strip():
            continue
        try:
            line, _ = decode(raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw, name=where)
            obj = json.loads(line)
        except InputError as exc:
            yield failed(exc, where)
            continue
        except ValueError as exc:
            yield failed(MalformedInput(f"line is not JSON: {exc}"[:300], input=where))
            continue
        yield _item(obj, where=where)


def _item(obj: Any, *, where: str) -> Article | FailedItem:
    if not isinstance(obj, dict):
        return failed(MalformedInput("line is not a JSON object", input=where))
    raw = obj.get("text")
    if not isinstance(raw, str) or not raw.strip():
        return failed(NoText('no "text" in this line', input=where))
    text = paragraphs_of(raw)
    if not text:
        return failed(NoText('"text" has no visible characters', input=where))
    url = _str(obj.get("url"))
    given_id = obj.get("id")
    if isinstance(given_id, str) and has_controls(given_id):
        return failed(MalformedInput('"id" holds control characters', input=where))
    if isinstance(given_id, str) and len(given_id) > MAX_ID_CHARS:
        return failed(MalformedInput(f'"id" is longer than {MAX_ID_CHARS} characters', input=where))
    authors = obj.get("authors")
    return Article(
        id=str(given_id)
        if isinstance(given_id, str | int) and str(given_id)
        else article_id(text, url),
        text=text,
        title=_str(obj.get("title")),
        source=_str(obj.get("source")),
        published=normalise_date(_str(obj.get("published"))),
        url=url,
        language=_str(obj.get("language")) or "en",
        origin=where,
        authors=tuple(a for a in (_str(x) for x in authors) if a)
        if isinstance(authors, list)
        else (),
    )


def _str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return squash(strip_controls(value)) or None
