"""Full-text search finds the same articles on SQLite and on PostgreSQL.

SQLite used to cut "U.S." into the terms "u" and "s" and AND them (so an article with "U.K.'s"
matched), and required stop words ("the", "of") that PostgreSQL's english configuration
drops. The articles are written for these tests; no spaCy model is needed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import String

from newsgraph.records import Analysis, Article
from newsgraph.store import Store
from newsgraph.store.search import MAX_TERMS, fts5_query, query_terms, search_terms
from newsgraph.store.stopwords import ENGLISH_STOP_WORDS
from tests.test_cli_robust import run

ROOT = Path(__file__).resolve().parents[1]

# id -> (title, text)
ARTICLES = {
    "geneva": (
        "Trade talks resume in Geneva",
        "Negotiators from the U.S. and Canada met in Geneva on Tuesday to restart the trade "
        "talks. The U.S. delegation offered to lift its sanctions on steel within a year.",
    ),
    "budget": (
        "Parliament backs the budget",
        "The U.K.'s parliament approved the budget late on Wednesday. Ministers said growth "
        "would reach 1.5 percent; the opposition called the spending plan a u-turn.",
    ),
    "shipping": (
        "New sanctions on shipping firms",
        "The ministry imposed sanctions on four shipping firms it accused of carrying fuel. "
        "Officials also sanctioned two captains.",
    ),
    "rain": (
        "Heavy rain closes mountain roads",
        "Heavy rain closed two mountain roads in the north. Crews expect to reopen them by "
        "Friday, the regional office said.",
    ),
    "bank": (
        "Brazil's central bank holds its rate",
        "Brazil's central bank kept its main rate unchanged. Analysts at a brokerage in "
        "Sao Paulo had expected a cut of a quarter point.",
    ),
    "soy": (
        "Record soy shipments",
        "Brazil shipped a record amount of soy in May, the farm ministry reported.",
    ),
    "oslo": (
        "Envoys leave Oslo without a deal",
        '"We will not sign this," the envoy said after the talks in Oslo ended without a joint '
        "statement.",
    ),
    "border": (
        "Border talks stall",
        "Talks near the border town stalled on Monday; observers said both sides were far apart.",
    ),
}

# query -> how many of ARTICLES match it, on both databases.
EXPECTED = {
    "U.S.": 1,  # not "budget", whose "U.K.'s" holds a lone u and s
    "u.s": 1,
    "U.S. sanctions": 1,
    "U.K.": 1,
    "u-turn": 1,
    "1.5": 1,
    "the": 0,  # stop words only: nothing, on both
    "The": 0,
    "of the": 0,
    "it's": 0,
    "don't": 0,
    "the talks": 3,  # what "talks" finds: "the" counts for nothing
    "talks": 3,
    "sanctions": 2,  # "sanctioned" too (stemming)
    "sanctioned": 2,
    '"sanctions"': 2,
    '"sanctions': 2,
    "sanctions AND talks": 1,  # "and" is a stop word, not an operator
    "sanctions OR steel": 1,
    "talks*": 3,
    "(talks": 3,
    "NEAR(talks border": 1,  # "near" is a word it must hold
    "title:talks": 0,  # "title" is a word it must hold, not a column filter
    "Brazil's": 2,  # brazil (the "s" a stop word), as on PostgreSQL
    "brazil": 2,
    "rain)": 1,
    "-rain": 1,
    '"we will not sign"': 1,
    "volcano": 0,
}


def _save_all(store: Store) -> None:
    for article_id, (title, body) in ARTICLES.items():
        store.save(Analysis(article=Article(id=article_id, text=body, title=title)))


def _totals(store: Store) -> dict[str, int]:
    return {query: store.search(query).total for query in EXPECTED}


# ---------------------------------------------------------------------- the query, no database


def test_search_terms_keep_dotted_words_whole_and_leave_out_stop_words() -> None:
    parsed = query_terms("The U.S. and the U.K.'s 1.5 per-cent")
    assert parsed.terms == ("u.s", "u.k", "1.5", "per-cent")
    assert parsed.ignored == ("the", "and", "s")


def test_search_terms_cut_where_postgresql_cuts() -> None:
    # Apostrophes, colons, quotes, brackets and * cut words on PostgreSQL; . - / @ do not.
    assert search_terms("Brazil's title:trade \"Costa\" (talks* x+y") == [
        "brazil", "title", "trade", "costa", "talks", "x", "y"
    ]
    assert search_terms("1/2 a.m. e-mail") == ["1/2", "a.m", "e-mail"]
    assert search_terms("don't it’s AT&T") == []


def test_search_fts5_query_quotes_every_term() -> None:
    assert fts5_query(["u.s", 'say"s']) == '"u.s" "say""s"'
    assert fts5_query(search_terms('NEAR(x) AND "y OR z*')) == '"near" "x" "y" "z"'


def test_search_note_says_why_nothing_is_searched() -> None:
    only = query_terms("the of")
    assert only.terms == ()
    assert only.note is not None and "only common words" in only.note and "'the'" in only.note
    some = query_terms("the talks")
    assert some.terms == ("talks",)
    assert some.note == "common words are not searched for: 'the'"
    assert query_terms("talks").note is None
    assert query_terms('"*" ()').note is None  # no words at all: nothing to explain


def test_search_terms_keep_max_terms() -> None:
    words = [f"w{i}" for i in range(MAX_TERMS + 10)]
    assert search_terms(" ".join(words)) == words[:MAX_TERMS]
    assert len(search_terms(",".join(words))) == MAX_TERMS  # one word of many pieces


# ---------------------------------------------------------------------- each database


def test_search_dotted_word_is_a_phrase(store: Store) -> None:
    _save_all(store)
    result = store.search("U.S.")
    assert [a.id for a in result.articles] == ["geneva"]  # not "budget" (U.K.'s)


def test_search_stop_words_only_find_nothing_and_say_why(store: Store) -> None:
    _save_all(store)
    result = store.search("the of")
    assert result.total == 0 and result.articles == []
    assert result.ignored == ("the", "of")
    assert result.note is not None and "only common words" in result.note
    assert result.to_dict()["note"] == result.note


def test_search_stop_word_in_a_longer_query_counts_for_nothing(store: Store) -> None:
    _save_all(store)
    with_the = store.search("the talks")
    assert with_the.total == store.search("talks").total == 3
    assert with_the.ignored == ("the",)
    assert store.search("Brazil's").total == 2


def test_search_totals_on_each_database(store: Store) -> None:
    _save_all(store)
    assert _totals(store) == EXPECTED


# ---------------------------------------------------------------------- against a PostgreSQL server


@pytest.mark.postgres
def test_search_same_totals_on_sqlite_and_postgresql(tmp_path: Path, pg_url: str) -> None:
    totals = []
    for url in (f"sqlite:///{tmp_path / 'store.db'}", pg_url):
        with Store(url) as store:
            store.migrate()
            _save_all(store)
            totals.append(_totals(store))
    assert totals[0] == totals[1]
    assert totals[0] == EXPECTED


@pytest.mark.postgres
def test_search_stop_words_are_postgresql_english_stop_words(pg_url: str) -> None:
    engine = create_engine(pg_url)
    dropped = text(
        "SELECT w FROM unnest(:words) AS w WHERE to_tsvector('english', w) = ''::tsvector"
    ).bindparams(bindparam("words", type_=ARRAY(String)))
    # Words of the bundled example articles (written for the project), as a sample of text.
    sample = set()
    for path in (ROOT / "examples").iterdir():
        sample |= set(re.findall(r"[a-z]+", path.read_text(encoding="utf-8").lower()))
    common = {"talks", "said", "minister", "would", "could", "also", "may", "us", "one", "new"}
    try:
        with engine.connect() as conn:
            ours = sorted(ENGLISH_STOP_WORDS)
            assert sorted(conn.execute(dropped, {"words": ours}).scalars()) == ours
            assert list(conn.execute(dropped, {"words": sorted(common)}).scalars()) == []
            # ... and no word PostgreSQL drops from those articles is missing from our list.
            missing = set(conn.execute(dropped, {"words": sorted(sample)}).scalars())
    finally:
        engine.dispose()
    assert missing <= ENGLISH_STOP_WORDS, sorted(missing - ENGLISH_STOP_WORDS)
    assert len(missing) > 20  # the sample does hold stop words


# ---------------------------------------------------------------------- the command line


def test_search_cli_says_why_stop_words_find_nothing(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'newsgraph.db'}") as store:
        store.migrate()
        _save_all(store)
    r = run("search", "the", home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "0 articles match" in r.stdout
    assert "only common words ('the') are in the query" in r.stdout
    found = json.loads(run("search", "of the", "--format", "json", home=tmp_path).stdout)
    assert found["total"] == 0 and found["ignored"] == ["of", "the"]
    assert "only common words" in found["note"]
    found = json.loads(run("search", "talks", "--format", "json", home=tmp_path).stdout)
    assert found["total"] == 3 and found["note"] is None and found["ignored"] == []
