"""Topic tags: hand-built articles, events, entities and places; one golden test on the seed."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.errors import ExtractorError
from newsgraph.extract.registry import Context, registered
from newsgraph.extract.tags import (
    HEADER,
    build_taxonomy,
    builtin_topics,
    extract_tags,
    load_model,
    load_taxonomy,
    read_topics,
    relation_tags,
    words,
)
from newsgraph.records import Actor, Argument, Article, Entity, Event, Offsets, Place, Span, Tag

SANCTIONS = "politics/international-relations/sanctions"


def _ctx(text: str, title: str | None = None, **results: Any) -> Context:
    options = results.pop("options", {})
    doc = Doc(Vocab(), words=text.split())
    base = {"entities": (), "events": (), "places": ()}
    return Context(Article(id="a1", text=text, title=title), doc, {**base, **results}, options)


def _tags(ctx: Context) -> dict[str, Tag]:
    return {t.label: t for t in extract_tags(ctx)}


def _event(eid: str, code: str, text: str, source: str | None, target: str | None) -> Event:
    start = 0
    return Event(
        id=eid,
        code=code,
        root_code=code[:2],
        label="",
        quad_class=4,
        goldstein=-8.0,
        sentence=Offsets(0, len(text)),
        trigger=Span(start, start + 9, text[:9]),
        rule="test",
        confidence=0.9,
        source=Argument(text="", entity=source) if source else None,
        target=Argument(text="", entity=target) if target else None,
    )


def _country(eid: str, name: str, code: str, n: int = 1) -> Entity:
    return Entity(
        id=eid,
        name=name,
        type="GPE",
        mentions=tuple(Span(0, len(name), name) for _ in range(n)),
        actor=Actor(code=code, country=code),
    )


def test_tags_words_split_hyphens_and_drop_possessive() -> None:
    assert words("Taiwan's one-China policy, U.S. firms") == [
        "taiwan",
        "one",
        "china",
        "policy",
        "u",
        "s",
        "firms",
    ]


def test_tags_registered_with_needs() -> None:
    spec = registered()["tags.taxonomy"]
    assert spec.produces == "tags"
    assert set(spec.needs) == {"entities", "events", "places"}


def test_tags_work_with_empty_inputs() -> None:
    assert extract_tags(_ctx("")) == ()
    assert (
        extract_tags(Context(Article(id="x", text="Hello."), Doc(Vocab(), words=["Hello."]))) == ()
    )


def test_tags_terms_give_scored_tags_with_evidence() -> None:
    text = (
        "The government imposed new sanctions on the oil exporter. The sanctions freeze "
        "assets and add an embargo on crude shipments, officials said."
    )
    tags = _tags(_ctx(text, options={"tags_model": False}))
    assert SANCTIONS in tags and "economy/energy" in tags
    sanctions = tags[SANCTIONS]
    assert 0.0 < sanctions.score <= 1.0
    assert sanctions.extractor == "tags.taxonomy@1"
    assert any(e.startswith("terms:") and "sanction*×2" in e for e in sanctions.evidence)
    # parents are tagged too, at least nearly as high as their best child
    assert tags["politics/international-relations"].score >= 0.95 * sanctions.score - 1e-3
    scores = [t.score for t in extract_tags(_ctx(text, options={"tags_model": False}))]
    assert scores == sorted(scores, reverse=True)


def test_tags_prefix_needs_three_letters_and_phrases_match_in_order() -> None:
    tax = build_taxonomy(
        read_topics("\t".join(HEADER) + "\nx\t\tX\tdef\tab*|war in ukraine\t\t\n", "test")
    )
    assert [t for _, t in tax.match(words("abc ab"))] == []  # "ab*" is too short a prefix to fire
    assert [t for _, t in tax.match(words("the war in Ukraine"))] == ["war in ukraine"]
    assert list(tax.match(words("ukraine in war"))) == []


def test_tags_events_and_actor_roles_count_as_evidence() -> None:
    text = "Washington announced measures against Moscow."
    ev = _event("ev1", "163", text, "e1", "e2")
    ents = (_country("e1", "United States", "USA"), _country("e2", "Russia", "RUS"))
    tags = _tags(_ctx(text, events=(ev,), entities=ents, options={"tags_model": False}))
    assert any(e.startswith("events: ev1 163") for e in tags[SANCTIONS].evidence)
    rel = tags["relations/Russia–United States"]
    assert rel.evidence == ("events between them: ev1",)

    mil = Entity(
        "e3", "the army", "ORG", (Span(0, 8, "the army"),), actor=Actor("RUSMIL", "RUS", "MIL")
    )
    tags = _tags(_ctx("The army moved.", entities=(mil,), options={"tags_model": False}))
    assert any("the army (RUSMIL)" in e for e in tags["conflict/defence"].evidence)


def test_tags_relations_fall_back_to_most_mentioned_countries() -> None:
    places = (
        Place("p1", "China", (Span(0, 5, "China"),) * 4, country="CHN", feature="country"),
        Place("p2", "Russia", (Span(0, 6, "Russia"),) * 3, country="RUS", feature="country"),
        Place("p3", "Peru", (Span(0, 4, "Peru"),), country="PER", feature="country"),
    )
    rel = relation_tags((), (), places)
    assert list(rel) == ["relations/China–Russia"]
    assert "China×4" in rel["relations/China–Russia"][1][0]
    assert relation_tags((), (), places[2:]) == {}


def test_tags_lexicons_option_adds_labels_and_cues(tmp_path: Path) -> None:
    extra = tmp_path / "my_topics.tsv"
    with extra.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(HEADER)
        w.writerow(
            ["theme/curling", "sport", "Curling", "Stones on ice.", "curling|curler*", "", ""]
        )
        w.writerow([SANCTIONS, "", "", "", "punitive tariffs", "", ""])
    other = tmp_path / "not_ours.tsv"
    other.write_text("word\tcode\nfoo\t1\n", encoding="utf-8")
    text = "Curlers met punitive tariffs at the curling final."
    opts = {"lexicons": (extra, other), "tags_model": False}
    tags = _tags(_ctx(text, options=opts))
    assert "theme/curling" in tags and tags["sport"].score > 0
    assert SANCTIONS in tags
    assert "theme/curling" not in _tags(_ctx(text, options={"tags_model": False}))


def test_tags_bad_taxonomy_header_is_an_extractor_error() -> None:
    with pytest.raises(ExtractorError) as err:
        read_topics("name\tterms\n", "bad.tsv")
    assert err.value.code == "E300"


def test_tags_taxonomy_shape() -> None:
    topics = load_taxonomy().topics
    subjects = [t for t in topics.values() if not t.parent]
    assert len(subjects) == 17  # IPTC Media Topics has 17 top-level subjects
    for t in topics.values():
        assert t.parent == "" or t.parent in topics, t.label
        assert t.name and t.definition, t.label
    for label in (
        SANCTIONS,
        "economy/trade",
        "economy/investment",
        "economy/energy",
        "conflict/armed-conflict",
        "politics/elections",
        "theme/china-taiwan",
        "politics/international-relations/territorial-dispute",
        "politics/international-relations/state-media",
    ):
        assert label in topics


@pytest.mark.shared
def test_tags_taxonomy_cameo_codes_exist(shared: Path) -> None:
    ref = shared / "reference" / "cameo"
    with (ref / "cameo_event_codes.tsv").open(encoding="utf-8") as fh:
        codes = {row["cameo_code"] for row in csv.DictReader(fh, delimiter="\t")}
    roles: set[str] = set()
    for name in ("cameo_actor_role_codes.tsv", "cameo_international_codes.tsv"):
        with (ref / name).open(encoding="utf-8") as fh:
            roles |= {row["code"] for row in csv.DictReader(fh, delimiter="\t")}
    for topic in builtin_topics():
        for code in topic.events:
            assert code in codes, (topic.label, code)
        for role in topic.roles:
            assert role in roles, (topic.label, role)


def test_tags_models_name_taxonomy_labels() -> None:
    topics = load_taxonomy().topics
    for name in ("subjects", "economy"):
        model = load_model(name)
        assert set(model.classes) <= set(topics)
        probs, _ = model.predict(words("shares rose after the merger bid for the oil company"))
        assert abs(sum(probs.values()) - 1.0) < 1e-6


def test_tags_model_adds_evidence_words() -> None:
    text = "The striker scored twice as the club won the cup final at the stadium."
    tags = _tags(_ctx(text))
    assert "sport" in tags
    assert any(e.startswith("model subjects: p=") for e in tags["sport"].evidence)


@pytest.mark.model
@pytest.mark.shared
def test_tags_seed_article_golden(nlp: Any, shared: Path) -> None:
    from newsgraph.extract.entities import extract_entities

    raw = (shared / "examples" / "reuters-xi-mishustin.txt").read_text(encoding="utf-8")
    lines = raw.strip().splitlines()
    title, text = lines[0], "\n".join(lines[4:-1]).strip()
    article = Article(id="seed", text=text, title=title)
    doc = nlp(text)
    entities = extract_entities(Context(article, doc))
    results = {"entities": entities, "events": (), "places": ()}
    tags = {t.label: t for t in extract_tags(Context(article, doc, results))}
    for label in (
        "economy/trade",
        "economy/investment",
        SANCTIONS,
        "economy/energy",
        "theme/china-taiwan",
        "theme/russia-ukraine-war",
    ):
        assert label in tags, sorted(tags)
        assert tags[label].evidence, label
    assert {"relations/China–Russia", "politics/international-relations/diplomacy"} <= set(tags)
    assert "sanction*×" in tags[SANCTIONS].evidence[0]
    assert "invasion of ukraine" in tags["theme/russia-ukraine-war"].evidence[0]
    assert "theme/israel-palestine" not in tags  # "yuan-based settlements" is not that
