"""read(): files, directories, stdin and URLs; hostile inputs never raise."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import httpx
import pytest

from newsgraph.errors import UsageError
from newsgraph.ingest import Defaults, read
from newsgraph.records import Article, FailedItem

STORY = "Ferries resume after storm\n\nFerry services resumed on Monday after a storm.\n\nTags\n"
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Isle News</title>
<item><title>Ferries resume</title><link>https://isle.example/ferries</link>
<description>Short summary.</description></item></channel></rss>"""
PAGE = b"""<html lang="en"><head><title>Ferries resume after storm</title></head><body><article>
<h1>Ferries resume after storm</h1>
<p>Ferry services between the islands resumed on Monday morning after a two-day storm closed the
harbour, the operator said, adding that all crossings would run on the normal timetable.</p>
<p>Hundreds of passengers had waited in the terminal overnight, and the operator said it would
refund tickets for cancelled crossings and add two extra sailings on Tuesday afternoon.</p>
</article></body></html>"""


def _articles(items: list[Article | FailedItem]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def test_ingest_read_file_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    (article,) = read(path, defaults=Defaults(published="2025-11-04", source="Isle Times"))
    assert isinstance(article, Article)
    assert article.title == "Ferries resume after storm"
    assert article.text == "Ferry services resumed on Monday after a storm."
    assert (article.published, article.source, article.origin) == (
        "2025-11-04",
        "Isle Times",
        str(path),
    )


def test_ingest_read_directory_sorted_recursive_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second\n\nBody two.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First\n\nBody one.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNo.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Git\n\nNo.", encoding="utf-8")
    (tmp_path / "feed.xml").write_bytes(FEED)
    items = list(read(tmp_path))
    assert [i.origin for i in _articles(items)] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"), f"{tmp_path / 'feed.xml'}#1",
    ]  # fmt: skip


def test_ingest_read_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as err:
        list(read(tmp_path / "nope.txt"))
    assert err.value.code == "E001"


def test_ingest_read_stdin_gzip() -> None:
    stdin = io.BytesIO(gzip.compress(STORY.encode()))
    (article,) = read("-", stdin=stdin)
    assert isinstance(article, Article)
    assert article.origin == "-"


def test_ingest_read_stdin_too_large() -> None:
    (item,) = read("-", stdin=io.BytesIO(b"x" * 101), max_bytes=100)
    assert isinstance(item, FailedItem) and item.error.code == "E104"


def test_ingest_read_50mb_file_is_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 50 MB on paper, nothing written
        fh.truncate(50_000_000)
    (item,) = read(big)
    assert isinstance(item, FailedItem)
    assert item.error.code == "E104"
    assert item.error.input == str(big)


def test_ingest_read_hostile_files_one_failure_each(tmp_path: Path) -> None:
    files = {
        "a_binary.bin": b"\x7fELF\x02\x01\x01" + bytes(range(256)),
        "b_empty.txt": b"",
        "c_nul.txt": b"text\x00more",
        "d_bad_gzip.txt.gz": b"\x1f\x8b\x08\x00garbage",
        "e_undecodable.txt": b"Hi " + bytes(range(128, 256)) * 2,
        "f_good.txt": STORY.encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    items = list(read(tmp_path))
    codes = [i.error.code if isinstance(i, FailedItem) else "ok" for i in items]
    assert codes == ["E102", "E101", "E102", "E102", "E103", "ok"]


def _client(routes: dict[str, httpx.Response]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return routes.get(str(request.url), httpx.Response(404))

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_ingest_read_url_page_and_feed() -> None:
    client = _client(
        {
            "https://isle.example/ferries": httpx.Response(
                200, content=PAGE, headers={"content-type": "text/html"}
            ),
            "https://isle.example/rss": httpx.Response(
                200, content=FEED, headers={"content-type": "application/rss+xml"}
            ),
        }
    )
    (page,) = read("https://isle.example/ferries", client=client)
    assert isinstance(page, Article)
    assert page.url == page.origin == "https://isle.example/ferries"
    assert "two-day storm" in page.text
    (item,) = read("https://isle.example/rss", client=client)
    assert isinstance(item, Article) and item.text == "Short summary."
    (full,) = read("https://isle.example/rss", client=client, fetch_pages=True)
    assert isinstance(full, Article)
    assert "two-day storm" in full.text
    assert (full.title, full.source) == ("Ferries resume", "Isle News")


def test_ingest_read_url_failures() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/down":
            raise httpx.ConnectError("refused", request=request)
        if request.url.path == "/huge":
            return httpx.Response(200, content=b"x" * 2000)
        return httpx.Response(503)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    for path, code in (("/down", "E107"), ("/gone", "E107"), ("/huge", "E104")):
        (item,) = read(f"https://isle.example{path}", client=client, max_bytes=1000)
        assert isinstance(item, FailedItem) and item.error.code == code


def test_ingest_read_bytes_fuzz_never_raises() -> None:
    """Random bytes and mangled real inputs: always items, never an exception."""
    import random

    from newsgraph.ingest import read_bytes

    rng = random.Random(7)
    seeds = [STORY.encode(), FEED, PAGE, b'{"text": "x"}\n']
    samples = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) for _ in range(30)]
    for seed in seeds:
        for _ in range(4):
            data = bytearray(seed)
            for _ in range(rng.randrange(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            samples.append(bytes(data[: rng.randrange(1, len(data) + 1)]))
    for data in samples:
        items = list(read_bytes(data, name="fuzz"))
        assert items
        assert all(isinstance(i, Article | FailedItem) for i in items)
