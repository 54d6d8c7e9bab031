"""HTML pages: main text and metadata; golden snippets from one real page of each set."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsgraph.ingest import read, read_bytes
from newsgraph.records import Article, FailedItem

# Written for these tests: an article page with navigation, share buttons and a footer.
PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Port strike ends after pay deal | The Harbour Gazette</title>
  <meta property="og:title" content="Port strike ends after pay deal">
  <meta property="og:site_name" content="The Harbour Gazette">
  <meta name="author" content="Ana Costa">
  <meta property="article:published_time" content="2024-03-03T09:15:00+00:00">
  <link rel="canonical" href="https://gazette.example/news/port-strike-ends">
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/sport">Sport</a></li></ul></nav>
  <article>
    <h1>Port strike ends after pay deal</h1>
    <p>LISBON (Gazette) - Dock workers in Lisbon ended a two-week strike on Sunday after their
    unions accepted a new pay offer from the port authority, which said ships would be
    unloaded again from Monday morning.</p>
    <p>The deal raises wages by six percent over two years and adds a night-shift bonus, a
    union spokesman told reporters outside the port offices, calling it a fair compromise
    after weeks of talks.</p>
    <p>Shipping companies had diverted more than forty vessels to Spanish ports during the
    strike, and exporters warned that fruit and wine shipments were piling up on the quays.</p>
    <p>Reporting by Ana Costa; Editing by Ben Ode</p>
  </article>
  <div class="share">Share this article</div>
  <footer><p>© 2024 The Harbour Gazette. All rights reserved.</p>
  <a href="/privacy">Privacy policy</a></footer>
</body>
</html>
"""


def _one_article(items: list[Article | FailedItem]) -> Article:
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, Article), item
    return item


def test_ingest_html_hand_written_page() -> None:
    article = _one_article(list(read_bytes(PAGE.encode(), name="page.html")))
    assert article.title == "Port strike ends after pay deal"
    assert article.source == "The Harbour Gazette"
    assert article.published == "2024-03-03T09:15:00+00:00"
    assert article.url == "https://gazette.example/news/port-strike-ends"
    assert article.authors == ("Ana Costa",)
    assert article.language == "en"
    assert article.dateline == "LISBON (Gazette) -"
    assert article.text.startswith("Dock workers in Lisbon ended a two-week strike")
    assert "night-shift bonus" in article.text
    assert "\n\n" in article.text
    for junk in (
        "Home",
        "Privacy policy",
        "Share this article",
        "All rights reserved",
        "Editing by",
    ):
        assert junk not in article.text


def test_ingest_html_gzipped_and_cp1252() -> None:
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("six percent", "six percent — “a fair deal”")
    article = _one_article(list(read_bytes(gzip.compress(page.encode("cp1252")), name="p.html.gz")))
    assert "six percent — “a fair deal”" in article.text


def test_ingest_html_malformed_never_raises() -> None:
    for data in (
        b"<html><body><p>Unclosed <b>tags <div><p>More",
        b"<html>" + b"<div>" * 5_000 + b"deep",
        b"<html><body></body></html>",
        b"<html><head><title>only a title</title></head></html>",
    ):
        items = list(read_bytes(data, name="bad.html"))
        assert len(items) == 1
        if isinstance(items[0], FailedItem):
            assert items[0].error.code in {"E105", "E106"}


GOLDEN = [
    (
        "corpus/html/scrapinghub_article_extraction_benchmark/html/57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca.html.gz",
        ["Oil prices fell sharply on Tuesday on oversupply concerns", "Three-month aluminum"],
        ["Reporting by Rodrigo Campos", "NEW YORK (Reuters)"],
        {"source": "Reuters", "dateline": "NEW YORK (Reuters) -"},
    ),
    (
        "corpus/html/mozilla_readability_news/bbc-1/source.html",
        ["President Barack Obama has admitted", "address the African Union"],
        ["From the section US & Canada", "941 comments", "Five things we learned"],
        {"source": "BBC News", "title": "Obama admits US gun laws are his 'biggest frustration'"},
    ),
    (
        "corpus/html/newspaper4k_fixtures/yna_co_kr/source.html",
        [
            "North Korea's official newspaper blasted South Korea",
            "no intention to talk with South Korea",
        ],
        ["SEOUL, Aug. 20 (Yonhap)", "N. Korea slams S. Korea for joint military drill"],
        {
            "url": "https://en.yna.co.kr/view/AEN20190820002300325",
            "dateline": "SEOUL, Aug. 20 (Yonhap) --",
        },
    ),
    (
        "corpus/html/l3s_gn1_google_news_2008/original/01ccc7c5-a1d1-46e1-a5f7-43310df16575.html.gz",
        ["Special Representative Joachim Rücker", "country of equal opportunities"],
        ["could lead to instability, warns Ban Ki-moon"],
        {"published": "2008-01-16"},
    ),
]


@pytest.mark.shared
@pytest.mark.parametrize(
    ("path", "must", "must_not", "meta"), GOLDEN, ids=["zyte", "mozilla", "newspaper4k", "l3s"]
)
def test_ingest_html_golden(
    shared: Path, path: str, must: list[str], must_not: list[str], meta: dict[str, str]
) -> None:
    article = _one_article(list(read(shared / path)))
    for snippet in must:
        assert snippet in article.text
    for snippet in must_not:
        assert snippet not in article.text
    for field, value in meta.items():
        assert getattr(article, field) == value
