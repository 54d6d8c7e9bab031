"""The entity registry across articles: one entity per referent, roles over time, actor backfill."""

from __future__ import annotations

from newsgraph.link.names import alias_keys, is_proper, kb_id_for, normalise
from newsgraph.records import (
    Actor,
    Analysis,
    Argument,
    Article,
    Entity,
    Event,
    Offsets,
    Quote,
    Span,
    Speaker,
)
from newsgraph.store import Store


def _article(aid: str, text: str, published: str | None) -> Article:
    return Article(id=aid, text=text, published=published)


def _span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def first_article() -> Analysis:
    text = "Russian Prime Minister Mikhail Mishustin met Chinese officials. Mishustin said ties grew."
    mish = Entity("e1", "Mikhail Mishustin", "PERSON", (_span(text, "Mikhail Mishustin"), _span(text, "Mishustin", 1)),
                  titles=("Prime Minister",), actor=Actor("RUSGOV", "RUS", "GOV"))
    ev = Event("ev1", "040", "04", "Consult", 1, 1.0, Offsets(0, 63), _span(text, "met"), "meet", 0.9,
               source=Argument("Mikhail Mishustin", "e1", "RUSGOV"))
    said = _span(text, "Mishustin", 1)
    q = Quote("q1", "ties grew", text.index("ties grew"), text.index("ties grew") + 9, "indirect",
              Speaker("Mishustin", said.start, said.end, entity="e1"), "said")
    return Analysis(_article("a1", text, "2025-11-04"), entities=(mish,), events=(ev,), quotes=(q,),
                    extractors={"entities": "1"})


def later_article(aid: str = "a2", published: str | None = "2026-01-10") -> Analysis:
    text = "Mishustin visited Minsk on Friday."
    mish = Entity("e1", "Mishustin", "PERSON", (_span(text, "Mishustin"),))
    return Analysis(_article(aid, text, published), entities=(mish,), extractors={"entities": "1"})


def test_link_names_normalise_and_aliases() -> None:
    assert normalise("the U.S.") == "us"
    assert normalise("Moscow’s") == "moscow"
    assert normalise("Zelenskiy") == normalise("ZELENSKIY")
    assert is_proper("Xi") and not is_proper("he") and not is_proper("the ministry")
    e = Entity("e1", "Xi Jinping", "PERSON", (Span(0, 10, "Xi Jinping"), Span(20, 22, "Xi"), Span(30, 32, "he")))
    assert alias_keys(e) == ["xi jinping", "xi"]
    assert kb_id_for("PERSON", "Xi Jinping") == kb_id_for("PERSON", "XI JINPING")
    assert kb_id_for("PERSON", "Georgia") != kb_id_for("GPE", "Georgia")


def test_link_surname_only_article_gets_actor_and_full_name(store: Store) -> None:
    assert store.save_linked(first_article())[0] == "inserted"
    outcome, linked = store.save_linked(later_article())
    assert outcome == "inserted"
    (ent,) = linked.entities
    assert ent.name == "Mikhail Mishustin"
    assert ent.actor == Actor("RUSGOV", "RUS", "GOV")
    assert any(ev.startswith("registry:actor RUSGOV") for ev in ent.evidence)
    first = store.get("a1")
    assert first is not None and first.entities[0].kb_id == ent.kb_id
    stored = store.get("a2")
    assert stored is not None and stored.entities[0].actor == ent.actor


def test_link_roles_over_time_and_profile(store: Store) -> None:
    store.save_linked(first_article())
    store.save_linked(later_article())
    rows, total = store.entities(query="mishustin")
    assert total == 1
    assert rows[0]["articles"] == 2 and rows[0]["first_seen"] == "2025-11-04" and rows[0]["last_seen"] == "2026-01-10"
    assert rows[0]["actor_code"] == "RUSGOV"
    profile = store.entity(rows[0]["id"])
    assert profile is not None
    assert {"mikhail mishustin", "mishustin"} <= set(profile["aliases"])
    pm = [r for r in profile["roles"] if r["title"] == "Prime Minister"]
    assert pm and pm[0]["actor_code"] == "RUSGOV" and pm[0]["first_seen"] == "2025-11-04"
    assert pm[0]["articles"] == ["a1"]  # the registry-given actor of a2 is not a role the text gave
    assert profile["events"][0]["code"] == "040" and profile["events"][0]["role"] == "source"
    assert profile["quotes"][0]["text"] == "ties grew"


def test_link_relinking_is_idempotent(store: Store) -> None:
    store.save_linked(first_article())
    store.save_linked(later_article())
    assert store.save_linked(later_article())[0] == "unchanged"
    newer = later_article()
    newer = Analysis(newer.article, entities=newer.entities, extractors={"entities": "2"})
    assert store.save_linked(newer)[0] == "replaced"
    rows, total = store.entities()
    assert total == 1 and rows[0]["articles"] == 2


def test_link_plain_save_leaves_record_untouched(store: Store) -> None:
    a = later_article()
    store.save(a)
    assert store.get("a2") == a
    assert store.entities()[1] == 0


def test_link_types_are_kept_apart(store: Store) -> None:
    text = "Georgia and Georgia."
    gpe = Entity("e1", "Georgia", "GPE", (Span(0, 7, "Georgia"),), actor=Actor("GEO", "GEO", None))
    person = Entity("e2", "Georgia", "PERSON", (Span(12, 19, "Georgia"),))
    store.save_linked(Analysis(_article("g", text, None), entities=(gpe, person)))
    rows, total = store.entities(query="georgia")
    assert total == 2 and {r["type"] for r in rows} == {"GPE", "PERSON"}


def test_link_query_without_a_name_matches_no_alias(store: Store) -> None:
    # normalise("!!!") is "", which every alias contains: it listed the whole registry.
    store.save_linked(first_article())
    for query in ("!!!", "%", " . "):
        assert store.entities(query=query) == ([], 0), query
    kb = store.entities()[0][0]["id"]
    assert [r["id"] for r in store.entities(query=kb)[0]] == [kb]


def test_link_entities_with_equal_counts_and_names_are_ordered_by_id(store: Store) -> None:
    text = "Georgia and Georgia."
    gpe = Entity("e1", "Georgia", "GPE", (Span(0, 7, "Georgia"),))
    person = Entity("e2", "Georgia", "PERSON", (Span(12, 19, "Georgia"),))
    store.save_linked(Analysis(_article("g", text, None), entities=(gpe, person)))
    rows, _ = store.entities()
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
