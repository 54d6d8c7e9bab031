"""Issue 2's promise on real inputs from ../shared/corpus: a page, a feed and a JSON Lines
batch each give valid records, in one Engine run, with bad items failing alone."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newsgraph import Engine
from newsgraph.ingest import read_bytes
from newsgraph.records import Analysis, Article, FailedItem
from newsgraph.schema import validate_record
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    home = tmp_path_factory.mktemp("home")
    return Engine(Settings(home=str(home)))


def _check(results: list[Analysis | FailedItem]) -> list[Analysis]:
    analyses = [r for r in results if isinstance(r, Analysis)]
    for a in analyses:
        assert validate_record(a.to_dict()) == [], a.article.origin
    return analyses


def test_shared_html_page(engine: Engine, shared: Path) -> None:
    pages = sorted((shared / "corpus/html/scrapinghub_article_extraction_benchmark/html").glob("*"))
    articles = [a for p in pages[:8] for a in engine.read([p]) if isinstance(a, Article)]
    assert len(articles) == 8  # every page gives its article (gzipped HTML)
    page = max(articles, key=lambda a: len(a.text))
    (a,) = _check(list(engine.analyze_many([page])))
    assert a.article.title and a.article.url and len(a.article.text) > 1000
    assert a.entities


def test_shared_feed(engine: Engine, shared: Path) -> None:
    results = list(engine.analyze_many(engine.read([shared / "corpus/feeds/bbc_news_world.rss.xml"])))
    analyses = _check(results)
    assert len(analyses) >= 10
    assert all(a.article.source for a in analyses)
    assert all(a.article.url and a.article.url.startswith("http") for a in analyses)


def test_shared_jsonl_batch_with_a_bad_line(engine: Engine, shared: Path) -> None:
    path = shared / "corpus/text/giveme5w1h_news_cluster/articles.jsonl"
    with path.open("rb") as fh:
        lines = list(itertools.islice(fh, 5))
    data = b"".join(lines[:2]) + b"{not json\n" + b"".join(lines[2:])
    items = list(read_bytes(data, name="batch.jsonl"))
    assert sum(isinstance(i, FailedItem) for i in items) == 1
    results = list(engine.analyze_many(items))
    assert [type(r).__name__ for r in results].count("FailedItem") == 1
    analyses = _check(results)
    assert len(analyses) == 5
    ids = [a.article.id for a in analyses]
    assert all(isinstance(i, Article) for i in items if not isinstance(i, FailedItem))
    assert len(set(ids)) == 5
    report = engine.ingest(items)
    again = engine.ingest(items)
    assert (report.inserted, report.failed) == (5, 1)
    assert (again.unchanged, again.inserted) == (5, 0)
    assert engine.store.stats()["articles"] == 5
