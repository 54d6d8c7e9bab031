"""The store, one suite over SQLite (a temporary file) and PostgreSQL.

PostgreSQL runs when NEWSGRAPH_TEST_PG_URL names a server (`.ci/postgres.sh` starts one);
each test gets its own schema there, dropped afterwards. Records are built by hand: no
spaCy model is needed.
"""

from __future__ import annotations

import dataclasses
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect

from newsgraph.errors import StoreError, UsageError
from newsgraph.records import (
    Actor,
    Amount,
    Analysis,
    Argument,
    Article,
    Entity,
    ErrorInfo,
    Event,
    FailedItem,
    Offsets,
    Place,
    Quote,
    Span,
    Speaker,
    Tag,
    TimeExpression,
    Tone,
    Via,
)
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store

# ---------------------------------------------------------------------- hand-built records

TEXT = (
    "BRASILIA, March 3 - Brazil's President Ana Costa met Argentine Foreign Minister "
    'Pablo Ruiz in Brasilia on Monday. "We will double our trade," Costa said, '
    "according to Agencia Sul. Trade between the two countries reached $30 billion in 2024."
)


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def sample(
    article_id: str = "brazil-1",
    *,
    text: str = TEXT,
    versions: dict[str, str] | None = None,
    published: str | None = "2025-03-03",
    event_date: str | None = "2025-03-03",
    source_code: str = "BRAGOV",
    target_code: str = "ARGGOV",
    root: str = "04",
) -> Analysis:
    costa = _span(text, "Ana Costa")
    ruiz = _span(text, "Pablo Ruiz")
    met = _span(text, "met")
    quote = _span(text, "We will double our trade,")
    said = _span(text, "Costa said")
    amount = _span(text, "$30 billion")
    year = _span(text, "2024")
    brasilia = _span(text, "Brasilia", 0)
    return Analysis(
        article=Article(
            id=article_id,
            text=text,
            title="Brazil and Argentina talk trade",
            source="Example Wire",
            published=published,
            url="https://example.org/brazil-argentina",
            origin="wire/brazil.jsonl:3",
            authors=("A. Writer",),
            dateline="BRASILIA, March 3 -",
        ),
        entities=(
            Entity(
                "e1",
                "Ana Costa",
                "PERSON",
                mentions=(costa, Span(said.start, said.start + 5, "Costa")),
                titles=("President",),
                actor=Actor("BRAGOV", "BRA", "GOV"),
                kb_id="Q1",
                extractor="entities.spacy@1",
                evidence=("title:President",),
            ),
            Entity(
                "e2",
                "Pablo Ruiz",
                "PERSON",
                mentions=(ruiz,),
                titles=("Foreign Minister",),
                actor=Actor("ARGGOV", "ARG", "GOV"),
                extractor="entities.spacy@1",
            ),
        ),
        events=(
            Event(
                "ev1",
                root + "2",
                root,
                "Make a visit",
                1,
                1.9,
                sentence=Offsets(0, met.end + 30),
                trigger=met,
                rule="met",
                confidence=0.8,
                plover="CONSULT",
                source=Argument("Ana Costa", "e1", source_code, costa.start, costa.end),
                target=Argument("Pablo Ruiz", "e2", target_code, ruiz.start, ruiz.end),
                date=event_date,
                place="p1",
                mode="asserted",
                extractor="events.cameo@1",
            ),
        ),
        quotes=(
            Quote(
                "q1",
                quote.text,
                quote.start,
                quote.end,
                "direct",
                speaker=Speaker("Costa", said.start, said.start + 5, "e1"),
                cue="said",
                via=(Via("Agencia Sul", None),),
                extractor="quotes.rules@1",
            ),
        ),
        amounts=(
            Amount(
                "a1",
                amount.text,
                amount.start,
                amount.end,
                30e9,
                "USD",
                measure="trade between the two countries",
                date="2024",
                extractor="amounts.rules@1",
            ),
        ),
        times=(
            TimeExpression(
                "t1", year.text, year.start, year.end, "DATE", "2024", extractor="times.rules@1"
            ),
        ),
        places=(
            Place(
                "p1",
                "Brasília",
                mentions=(brasilia,),
                country="BRA",
                lat=-15.78,
                lon=-47.93,
                geonames_id=3469058,
                feature="city",
                extractor="places.geo@1",
            ),
        ),
        tags=(Tag("trade", 0.9, ("trade",), "tags.themes@1"), Tag("diplomacy", 0.7)),
        tone=Tone(1.5, 3.0, 1.5, 4.5, 40, extractor="tone.lexicon@1"),
        extractors=versions
        if versions is not None
        else {"entities.spacy": "1", "events.cameo": "1"},
    )


# ---------------------------------------------------------------------- migrations


def test_store_migrate_upgrades_an_empty_database(store_url: str) -> None:
    s = Store(store_url)
    assert s.revision() is None
    s.migrate()
    s.migrate()  # idempotent
    assert s.revision() == "0002"
    tables = set(inspect(s.engine).get_table_names())
    assert {
        "articles",
        "entities",
        "entity_mentions",
        "events",
        "quotes",
        "times",
        "places",
        "place_mentions",
        "amounts",
        "tags",
        "tone",
        "ingest_errors",
    } <= tables
    assert s.stats() == dict.fromkeys(
        (
            "articles",
            "entities",
            "events",
            "quotes",
            "times",
            "places",
            "amounts",
            "tags",
            "errors",
            "mentions",
        ),
        0,
    )
    s.close()


def test_store_migrations_downgrade_and_upgrade_again(store: Store) -> None:
    from newsgraph.store import db

    store.save(sample())
    db.downgrade(store.engine, "base")
    assert store.revision() is None
    assert "articles" not in inspect(store.engine).get_table_names()
    store.migrate()
    assert store.stats()["articles"] == 0
    assert store.save(sample()) == "inserted"
    assert store.search("brasilia").total == 1


def test_store_migrations_match_the_models(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from newsgraph.store.schema import Base, include_object

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(ctx, Base.metadata) == []


def test_store_constructor_does_no_io(tmp_path: Path) -> None:
    Store(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    assert not (tmp_path / "missing").exists()


def test_store_rejects_unknown_databases() -> None:
    with pytest.raises(StoreError):
        Store("mysql://u@h/db")


def test_store_postgres_url_gets_psycopg_driver() -> None:
    assert Store("postgresql://u@h/db").url.drivername == "postgresql+psycopg"
    assert Store("postgres://u@h/db").url.drivername == "postgresql+psycopg"


def test_store_missing_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        Store(f"sqlite:///{tmp_path / 'nope' / 'x.db'}").migrate()
    assert err.value.code == "E400"


def test_store_open_store_creates_home(tmp_path: Path) -> None:
    home = tmp_path / "home" / "newsgraph"
    s = open_store(Settings(home=str(home)))
    assert (home / "newsgraph.db").is_file()
    assert s.revision() == "0002"
    s.close()


# ---------------------------------------------------------------------- saving


def test_store_round_trips_a_full_record(store: Store) -> None:
    analysis = sample()
    assert store.save(analysis) == "inserted"
    assert store.get("brazil-1") == analysis
    assert store.has("brazil-1")
    assert not store.has("nope")
    assert store.get("nope") is None


def test_store_save_twice_keeps_one_copy(store: Store) -> None:
    assert store.save(sample()) == "inserted"
    assert store.save(sample()) == "unchanged"
    stats = store.stats()
    assert stats["articles"] == 1
    assert stats["entities"] == 2
    assert stats["mentions"] == 3
    assert store.search("trade").total == 1


def test_store_replaces_on_new_extractor_version(store: Store) -> None:
    store.save(sample())
    newer = dataclasses.replace(
        sample(), extractors={"entities.spacy": "2", "events.cameo": "1"}, tags=()
    )
    assert store.save(newer) == "replaced"
    assert store.get("brazil-1") == newer
    stats = store.stats()
    assert (stats["articles"], stats["tags"], stats["events"]) == (1, 0, 1)


def test_store_replaces_on_new_text(store: Store) -> None:
    store.save(sample())
    edited = sample(text=TEXT.replace("Monday", "Sunday") + " Talks continue.")
    assert store.save(edited) == "replaced"
    assert store.search("sunday").total == 1
    assert store.search("monday").total == 0  # the old text left the full-text index
    assert store.stats()["articles"] == 1


def test_store_failed_replace_keeps_old_rows(store: Store) -> None:
    old = sample()
    store.save(old)
    before = store.stats()
    # Two entities with one id: the insert fails after the old rows were deleted.
    broken = dataclasses.replace(
        sample(text=TEXT + " Volcanoes erupted.", versions={"entities.spacy": "9"}),
        entities=(old.entities[0], dataclasses.replace(old.entities[1], id="e1")),
    )
    with pytest.raises(StoreError) as err:
        store.save(broken)
    assert err.value.code == "E400"
    assert store.get("brazil-1") == old
    assert store.stats() == before
    assert store.search("volcanoes").total == 0
    assert store.search("brasilia").total == 1
    assert store.save(old) == "unchanged"


def test_store_concurrent_saves_never_duplicate(store: Store) -> None:
    def work(worker: int) -> list[str]:
        return [store.save(sample(f"art-{i}", versions={"v": str(worker % 2)})) for i in range(4)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = [o for batch in pool.map(work, range(4)) for o in batch]
    assert outcomes.count("inserted") == 4
    assert store.stats()["articles"] == 4
    assert store.stats()["entities"] == 8


def test_store_save_error_keeps_failures(store: Store) -> None:
    store.save_error(FailedItem(ErrorInfo("E101", "empty input", "feed.xml:4")))
    store.save_error(FailedItem(ErrorInfo("E300", "extractor failed"), article=sample().article))
    assert store.stats()["errors"] == 2
    newest, oldest = store.errors()
    assert (newest["code"], newest["article"]) == ("E300", "brazil-1")
    assert (oldest["input"], oldest["message"]) == ("feed.xml:4", "empty input")
    assert oldest["at"].endswith("+00:00")


def test_store_an_input_that_now_reads_forgets_its_failure(store: Store) -> None:
    article = sample().article  # origin "wire/brazil.jsonl:3"
    store.save_error(FailedItem(ErrorInfo("E105", "line is not JSON", article.origin)))
    store.save_error(FailedItem(ErrorInfo("E101", "empty input", "wire/other.jsonl:1")))
    assert store.stats()["errors"] == 2
    store.save(sample())
    assert [e["input"] for e in store.errors()] == ["wire/other.jsonl:1"]


def test_store_save_error_keeps_one_failure_per_input(store: Store) -> None:
    # Ingesting a batch twice counted each of its failed inputs twice ("errors": 22 for 11).
    for _ in range(2):
        store.save_error(FailedItem(ErrorInfo("E101", "empty input", "in/empty.txt")))
        store.save_error(FailedItem(ErrorInfo("E105", "line is not JSON", "in/a.jsonl:2")))
        store.save_error(FailedItem(ErrorInfo("E300", "extractor failed")))  # no input
    store.save_error(FailedItem(ErrorInfo("E102", "binary input", "in/empty.txt")))
    assert store.stats()["errors"] == 4
    assert [(e["input"], e["code"]) for e in store.errors()][:2] == [
        ("in/empty.txt", "E102"),
        (None, "E300"),
    ]


def test_store_nul_characters_fail_cleanly_or_round_trip(store: Store) -> None:
    analysis = sample(text="a\x00b " + TEXT)
    if store.dialect == "postgresql":  # PostgreSQL text cannot hold NUL
        with pytest.raises(StoreError):
            store.save(analysis)
        assert not store.has("brazil-1")
    else:
        store.save(analysis)
        assert store.get("brazil-1") == analysis


# ---------------------------------------------------------------------- reading


def _three(store: Store) -> None:
    store.save(
        sample(
            "a-old",
            published="2024-01-05",
            event_date="2024-01",
            source_code="RUSGOV",
            target_code="CHNGOV",
            root="05",
        )
    )
    store.save(
        sample(
            "b-new",
            published="2025-06-01",
            event_date=None,
            source_code="CHN",
            target_code="RUSMIL",
            root="04",
        )
    )
    store.save(
        sample(
            "c-undated",
            published=None,
            event_date="2023",
            source_code="USA",
            target_code="RUS_X%",
            root="19",
        )
    )


def test_store_stats_counts_every_table(store: Store) -> None:
    _three(store)
    store.save_error(FailedItem(ErrorInfo("E101", "empty")))
    assert store.stats() == {
        "articles": 3,
        "entities": 6,
        "events": 3,
        "quotes": 3,
        "times": 3,
        "places": 3,
        "amounts": 3,
        "tags": 6,
        "errors": 1,
        "mentions": 9,
    }


def test_store_list_articles_newest_first(store: Store) -> None:
    _three(store)
    page = store.list_articles(limit=2)
    assert page.total == 3
    assert [a.id for a in page.articles] == ["b-new", "a-old"]
    assert page.articles[0].counts["events"] == 1
    assert [a.id for a in store.list_articles(limit=2, offset=2).articles] == ["c-undated"]


def test_store_iter_analyses_in_batches(store: Store) -> None:
    _three(store)
    got = list(store.iter_analyses(batch=2))
    assert [a.article.id for a in got] == ["a-old", "b-new", "c-undated"]
    assert got[0] == store.get("a-old")


def _ids(result: tuple[list[dict[str, object]], int]) -> list[object]:
    return [e["article"] for e in result[0]]


def test_store_events_filters(store: Store) -> None:
    _three(store)
    everything, total = store.events()
    assert total == 3
    assert everything[0]["source"]["actor_code"] == "USA"  # type: ignore[index]
    assert set(everything[0]) >= {"id", "code", "root_code", "goldstein", "trigger", "article"}
    assert _ids(store.events(source="RUS")) == ["a-old"]  # prefix: RUS matches RUSGOV
    assert _ids(store.events(source="rusgov")) == ["a-old"]
    assert _ids(store.events(target="RUS")) == ["c-undated", "b-new"]
    assert _ids(store.events(target="RUS_")) == ["c-undated"]  # "_" is not a wildcard
    assert _ids(store.events(root="4")) == ["b-new"]
    assert _ids(store.events(root="04", target="RUSMIL")) == ["b-new"]
    # a code of 3-4 digits: it and the codes under it (the events here are 052, 042, 192)
    assert _ids(store.events(root="042")) == ["b-new"]
    assert _ids(store.events(root="0421")) == []
    assert store.events(root=" ")[1] == 3  # blank: no filter, as None
    for bad in ("xx", "04a", "12345", "%"):
        with pytest.raises(UsageError, match="not a CAMEO code"):
            store.events(root=bad)


def test_store_events_date_filters(store: Store) -> None:
    _three(store)
    # a-old: event "2024-01"; b-new: no date, published 2025-06-01; c-undated: event "2023"
    assert _ids(store.events(since="2024-01-31")) == ["a-old", "b-new"]
    assert _ids(store.events(since="2024-02")) == ["b-new"]
    assert _ids(store.events(until="2023-12-31")) == ["c-undated"]
    assert _ids(store.events(since="2023-06", until="2024-01-01")) == ["c-undated", "a-old"]
    assert _ids(store.events(since="2025-06-01", until="2025-06-01")) == ["b-new"]
    page, total = store.events(limit=1, offset=1)
    assert (total, [e["article"] for e in page]) == (3, ["a-old"])
    with pytest.raises(UsageError):
        store.events(since="last week")


def test_store_event_dicts_are_the_contract_dicts(store: Store) -> None:
    analysis = sample()
    store.save(analysis)
    (event,), _ = store.events()
    expected = analysis.to_dict()["events"][0]
    assert {k: v for k, v in event.items() if k != "article"} == expected


# ---------------------------------------------------------------------- search


def test_store_search_ranks_and_snippets(store: Store) -> None:
    store.save(sample("one"))
    other = "Ministers discussed trade. Trade, trade and more trade dominated the trade talks."
    store.save(dataclasses.replace(sample("two"), article=Article("two", other, title="Trade")))
    result = store.search("trade")
    assert result.total == 2
    assert result.articles[0].id == "two"  # title hit and more hits rank first
    assert result.articles[0].snippet is not None and "«" in result.articles[0].snippet
    assert store.search("brasilia").total == 1
    assert store.search("Brasilia TRADE").articles[0].id == "one"
    assert store.search("trade", limit=1, offset=1).articles[0].id == "one"
    assert store.search("volcano").total == 0


def test_store_search_finds_words_with_inner_punctuation(store: Store) -> None:
    # PostgreSQL indexes "U.S." as 'u.s' and "1.5" as '1.5': searching the plain terms
    # ("u", "s" / "1", "5") found none of the articles that name the U.S.
    text = TEXT + " The U.S. economy grew 1.5 percent."
    store.save(sample("us-1", text=text))
    store.save(sample("other"))
    for query in ("U.S.", "the U.S. economy", "1.5", "u.s"):
        result = store.search(query)
        assert [a.id for a in result.articles] == ["us-1"], query
        assert result.total == 1, query


HOSTILE_QUERIES = [
    '"',
    '"trade',
    "trade*",
    "*",
    "NEAR(trade brazil)",
    "trade AND",
    "OR",
    "((trade",
    "trade)",
    "-trade",
    "^trade",
    "col:trade",
    "title:trade",
    "'; DROP TABLE articles; --",
    "tr\\ade",
    "",
    "   ",
    "\x00",
    "trade\u00a0brazil",
    "NOT",
    "{trade}",
    "[x]",
    "a:b:c",
]


def test_store_search_never_raises_on_hostile_queries(store: Store) -> None:
    store.save(sample())
    for query in HOSTILE_QUERIES:
        result = store.search(query)
        assert result.total in (0, 1), query
    assert store.stats()["articles"] == 1


def test_store_search_hostile_terms_are_plain_words(store: Store) -> None:
    store.save(sample())
    assert store.search('"Costa" AND (Brazil*').total == 1
    assert store.search("NEAR(Costa Ruiz)").total == 0  # "near" is a word it must contain


# ---------------------------------------------------------------------- property: round trip

# Article text may hold anything but NUL (PostgreSQL cannot store it, tested above) and
# lone surrogates (not encodable as UTF-8, so no input can produce them).
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_text = st.text(_chars, max_size=40)
_opt_text = st.none() | _text
_int = st.integers(0, 2**31 - 1)
_float = st.floats(allow_nan=False, allow_infinity=False, width=64)
_date = st.none() | st.sampled_from(["2025", "2025-11", "2025-11-04", "2025-02-30", "soon"])
_spans = st.lists(st.builds(Span, _int, _int, _text), max_size=3).map(tuple)


def _numbered(prefix: str, items: list[object]) -> tuple[object, ...]:
    return tuple(dataclasses.replace(x, id=f"{prefix}{i + 1}") for i, x in enumerate(items))  # type: ignore[type-var]


_argument = st.none() | st.builds(
    Argument, _text, _opt_text, _opt_text, st.none() | _int, st.none() | _int
)
_analyses = st.builds(
    Analysis,
    article=st.builds(
        Article,
        id=st.just("x"),
        text=st.text(_chars, max_size=300),
        title=_opt_text,
        source=_opt_text,
        published=_date,
        url=_opt_text,
        language=st.sampled_from(["en", "fr"]),
        origin=_opt_text,
        authors=st.lists(_text, max_size=2).map(tuple),
        dateline=_opt_text,
    ),
    entities=st.lists(
        st.builds(
            Entity,
            id=st.just(""),
            name=_text,
            type=st.sampled_from(["PERSON", "ORG", "GPE"]),
            mentions=_spans,
            titles=st.lists(_text, max_size=2).map(tuple),
            actor=st.none() | st.builds(Actor, _text, _opt_text, _opt_text),
            kb_id=_opt_text,
            extractor=_text,
            evidence=st.lists(_text, max_size=2).map(tuple),
        ),
        max_size=3,
    ).map(lambda xs: _numbered("e", xs)),
    events=st.lists(
        st.builds(
            Event,
            id=st.just(""),
            code=_text,
            root_code=_text,
            label=_text,
            quad_class=st.integers(1, 4),
            goldstein=_float,
            sentence=st.builds(Offsets, _int, _int),
            trigger=st.builds(Span, _int, _int, _text),
            rule=_text,
            confidence=_float,
            plover=_opt_text,
            source=_argument,
            target=_argument,
            date=_date,
            place=_opt_text,
            negated=st.booleans(),
            mode=_text,
            extractor=_text,
        ),
        max_size=3,
    ).map(lambda xs: _numbered("ev", xs)),
    quotes=st.lists(
        st.builds(
            Quote,
            id=st.just(""),
            text=_text,
            start=_int,
            end=_int,
            kind=st.sampled_from(["direct", "indirect", "mixed"]),
            speaker=st.none() | st.builds(Speaker, _text, _int, _int, _opt_text),
            cue=_opt_text,
            via=st.lists(st.builds(Via, _text, _opt_text, st.none() | _int), max_size=2).map(tuple),
            extractor=_text,
        ),
        max_size=2,
    ).map(lambda xs: _numbered("q", xs)),
    amounts=st.lists(
        st.builds(
            Amount,
            id=st.just(""),
            text=_text,
            start=_int,
            end=_int,
            value=_float,
            unit=_text,
            measure=_opt_text,
            date=_date,
            extractor=_text,
        ),
        max_size=2,
    ).map(lambda xs: _numbered("a", xs)),
    times=st.lists(
        st.builds(
            TimeExpression,
            id=st.just(""),
            text=_text,
            start=_int,
            end=_int,
            type=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
            value=_opt_text,
            anchored=st.booleans(),
            extractor=_text,
        ),
        max_size=2,
    ).map(lambda xs: _numbered("t", xs)),
    places=st.lists(
        st.builds(
            Place,
            id=st.just(""),
            name=_text,
            mentions=_spans,
            country=_opt_text,
            lat=st.none() | _float,
            lon=st.none() | _float,
            geonames_id=st.none() | _int,
            feature=_opt_text,
            role=_opt_text,
            extractor=_text,
        ),
        max_size=2,
    ).map(lambda xs: _numbered("p", xs)),
    tags=st.lists(
        st.builds(Tag, _text, _float, st.lists(_text, max_size=2).map(tuple), _text), max_size=3
    ).map(tuple),
    tone=st.none()
    | st.builds(
        Tone,
        _float,
        _float,
        _float,
        _float,
        _int,
        st.none() | _float,
        st.none() | _float,
        st.none() | _float,
        _text,
    ),
    extractors=st.dictionaries(_text, _text, max_size=3),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(analysis=_analyses)
def test_store_round_trip_property(store: Store, analysis: Analysis) -> None:
    # A fresh id per example: examples share one database.
    fresh = f"x-{uuid.uuid4().hex}"
    analysis = dataclasses.replace(
        analysis, article=dataclasses.replace(analysis.article, id=fresh)
    )
    assert store.save(analysis) == "inserted"
    assert store.get(fresh) == analysis
    assert store.save(analysis) == "unchanged"
    assert Analysis.from_dict(analysis.to_dict()) == dataclasses.replace(
        analysis, article=dataclasses.replace(analysis.article, origin=None)
    )
