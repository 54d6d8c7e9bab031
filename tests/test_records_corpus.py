"""Every record newsgraph writes for real articles keeps the output contract: 60 AllSides
articles from ../shared, analysed with every extractor and the shipped model, each checked
against analysis.schema.json (events 2026-12-01: 9 of these 60 had a week, "2019-W41", or a
cut-off one, "2019-W4", as an event's date)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newsgraph import Engine
from newsgraph.ingest import Defaults, read_bytes
from newsgraph.records import Analysis, Article
from newsgraph.schema import validate_record
from newsgraph.settings import Settings

pytestmark = [pytest.mark.model, pytest.mark.shared]


def test_records_of_real_articles_keep_the_contract(shared: Path) -> None:
    path = shared / "corpus" / "text" / "allsides_politics_2015_2020" / "articles.jsonl"
    with path.open("rb") as lines:
        raw = b"".join(itertools.islice(lines, 60))
    articles = [
        a for a in read_bytes(raw, name=str(path), defaults=Defaults()) if isinstance(a, Article)
    ]
    assert len(articles) == 60
    analyses = [r for r in Engine(Settings()).analyze_many(articles) if isinstance(r, Analysis)]
    assert len(analyses) == 60
    problems = {a.article.id: validate_record(a.to_dict()) for a in analyses}
    assert {k: v for k, v in problems.items() if v} == {}
