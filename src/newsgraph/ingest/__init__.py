"""Ingestion: bytes in, `Article` or `FailedItem` out.

`read()` takes a file, a directory (recursive, sorted, hidden files skipped), "-" for
standard input, or an http(s) URL (a page or a feed, fetched with the injected httpx
client). `read_bytes()` reads data already in memory. The reader is chosen by content
(gzip, binary, feed, HTML, JSON Lines, plain text); the name or content type is a hint.
One bad item is one FailedItem, never a traceback, and the rest goes on.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from newsgraph.errors import EmptyInput, InputError, TooLarge, UsageError
from newsgraph.ingest._common import Defaults, failed, unexpected, with_defaults
from newsgraph.ingest.sniff import (
    GZIP_MAGIC,
    charset_of,
    check_binary,
    decode,
    gunzip,
    hint_for,
    sniff,
    without_stray_nuls,
)
from newsgraph.records import Article, FailedItem

if TYPE_CHECKING:
    import httpx

    from newsgraph.ingest.feeds import PageFetcher

__all__ = ["DEFAULT_MAX_BYTES", "Defaults", "read", "read_bytes"]

DEFAULT_MAX_BYTES = 20_000_000
NO_DEFAULTS = Defaults()  # frozen, so one shared instance is safe


def read(
    source: str | os.PathLike[str],
    *,
    defaults: Defaults = NO_DEFAULTS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    client: httpx.Client | None = None,
    stdin: BinaryIO | None = None,
    fetch_pages: bool = False,
) -> Iterator[Article | FailedItem]:
    """Articles (or failures) from a file, a directory, "-" (stdin) or an http(s) URL.

    A path that does not exist is a `UsageError` (the call is wrong, not the input).
    `fetch_pages`: for feed items, also fetch each item's page and use its text when longer.
    """
    name = os.fspath(source)
    if name.startswith(("http://", "https://")):
        from newsgraph.ingest.fetch import read_url

        yield from read_url(
            name, defaults=defaults, max_bytes=max_bytes, client=client, fetch_pages=fetch_pages
        )
        return
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield failed(TooLarge(f"standard input is larger than {max_bytes} bytes", input="-"))
            return
        yield from read_bytes(data, name="-", defaults=defaults, max_bytes=max_bytes)
        return
    path = Path(name)
    if path.is_dir():
        for file in _walk(path):
            yield from _read_file(file, defaults=defaults, max_bytes=max_bytes)
    elif path.exists():
        yield from _read_file(path, defaults=defaults, max_bytes=max_bytes)
    else:
        raise UsageError(f"no such file or directory: {name}", input=name)


def read_bytes(
    data: bytes,
    *,
    name: str,
    defaults: Defaults = NO_DEFAULTS,
    content_type: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    url: str | None = None,
) -> Iterator[Article | FailedItem]:
    """Articles (or failures) from bytes in memory; `name` labels them (origin, errors)."""
    return _read_bytes(
        data, name=name, defaults=defaults, content_type=content_type, max_bytes=max_bytes, url=url
    )


def _read_bytes(
    data: bytes,
    *,
    name: str,
    defaults: Defaults = NO_DEFAULTS,
    content_type: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    url: str | None = None,
    fetch_page: PageFetcher | None = None,
) -> Iterator[Article | FailedItem]:
    try:
        items = list(
            _parse(
                data,
                name=name,
                content_type=content_type,
                max_bytes=max_bytes,
                url=url,
                fetch_page=fetch_page,
            )
        )
    except InputError as exc:
        yield failed(exc, name)
        return
    except Exception as exc:  # hostile input crashing a parser: one failed item
        yield unexpected(exc, name)
        return
    for item in items:
        yield with_defaults(item, defaults) if isinstance(item, Article) else item


def _parse(
    data: bytes,
    *,
    name: str,
    content_type: str | None,
    max_bytes: int,
    url: str | None,
    fetch_page: PageFetcher | None,
) -> Iterator[Article | FailedItem]:
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, max_bytes=max_bytes, name=name)
    if not data.strip():
        raise EmptyInput("input is empty", input=name)
    check_binary(data, name=name)
    data = without_stray_nuls(data)
    hint = hint_for(name, content_type)
    text, _encoding = decode(data, name=name, declared=charset_of(content_type))
    kind = sniff(text, hint)
    if kind == "feed":
        from newsgraph.ingest.feeds import read_feed

        yield from read_feed(data, name=name, content_type=content_type, fetch_page=fetch_page)
    elif kind == "html":
        from newsgraph.ingest.html import parse_html

        article = parse_html(text, name=name, url=url)
        yield dataclasses.replace(article, origin=url or name)
    elif kind == "jsonl":
        from newsgraph.ingest.jsonl import read_jsonl

        yield from read_jsonl(text, name=name)
    else:
        from newsgraph.ingest.text import parse_plain_text

        article = parse_plain_text(text, name=name)
        yield dataclasses.replace(article, url=url, origin=url or name) if url else article


def _walk(root: Path) -> list[Path]:
    """Files under `root` in path order (a.txt, b/1.txt, c.txt), without hidden files or folders."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(Path(dirpath) / f for f in filenames if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_file(path: Path, *, defaults: Defaults, max_bytes: int) -> Iterator[Article | FailedItem]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes and _is_jsonl(path):
            yield from _read_jsonl_file(path, defaults=defaults, max_bytes=max_bytes)
            return
        if size > max_bytes:
            raise TooLarge(f"file is {size} bytes, more than the limit of {max_bytes}", input=name)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # bounded even if the file grew since stat()
        if len(data) > max_bytes:
            raise TooLarge(f"file is larger than the limit of {max_bytes} bytes", input=name)
    except InputError as exc:
        yield failed(exc, name)
        return
    except OSError as exc:
        yield failed(InputError(f"cannot read file: {exc.strerror or exc}", input=name))
        return
    yield from read_bytes(data, name=name, defaults=defaults, max_bytes=max_bytes)


def _is_jsonl(path: Path) -> bool:
    """A big file worth streaming: JSON Lines by its head (and not gzip, which needs inflating)."""
    with path.open("rb") as fh:
        head = fh.read(65536)
    if head.startswith(GZIP_MAGIC) or not head.lstrip().startswith((b"{", b"\xef\xbb\xbf{")):
        return False
    text = head.decode("utf-8", errors="replace").removeprefix("\ufeff")
    return sniff(text, hint_for(str(path))) == "jsonl"


def _read_jsonl_file(
    path: Path, *, defaults: Defaults, max_bytes: int
) -> Iterator[Article | FailedItem]:
    from newsgraph.ingest.jsonl import read_jsonl_stream

    with path.open("rb") as fh:
        for item in read_jsonl_stream(fh, name=str(path), max_bytes=max_bytes):
            yield with_defaults(item, defaults) if isinstance(item, Article) else item
