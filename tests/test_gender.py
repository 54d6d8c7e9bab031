"""Gender evidence for pronoun resolution: coref's subject pronouns and quote speakers, on
hand-written sentences, and the first-name list's form."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from newsgraph.extract.entities import extract_entities
from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.registry import Context
from newsgraph.records import Article, Entity

pytestmark = pytest.mark.model


def _run(nlp: Any, text: str) -> tuple[tuple[Entity, ...], dict[str, str | None]]:
    """Entities, and each pronoun speaker's entity name ("She@54" -> "Jane Roe")."""
    doc = nlp(text)
    article = Article(id="t", text=text)
    entities = extract_entities(Context(article, doc))
    names = {e.id: e.name for e in entities}
    quotes = extract_quotes(Context(article, doc, {"entities": entities}))
    speakers = {
        f"{q.speaker.text}@{q.speaker.start}": names.get(q.speaker.entity or "")
        for q in quotes
        if q.speaker is not None and q.speaker.text.lower() in ("he", "she")
    }
    return entities, speakers


def _pronoun_owner(entities: tuple[Entity, ...], text: str, word: str) -> str | None:
    at = text.index(f" {word} ") + 1 if f" {word} " in text else text.index(word)
    for e in entities:
        if any(m.start == at and m.text == word for m in e.mentions):
            return e.name
    return None


def test_honorific_keeps_he_from_a_woman_and_picks_the_man(nlp: Any) -> None:
    # two persons in the window: the old rule abstained; "Mrs" leaves only the envoy
    text = "Mrs Helen Varga met the envoy Tomas Brandt in Vienna. He said the talks went well."
    entities, speakers = _run(nlp, text)
    assert _pronoun_owner(entities, text, "He") == "Tomas Brandt"
    assert speakers == {f"He@{text.index('He ')}": "Tomas Brandt"}
    varga = next(e for e in entities if e.name == "Helen Varga")
    assert "gender:f by honorific:Mrs" in varga.evidence


def test_quote_speaker_she_skips_the_nearer_man(nlp: Any) -> None:
    # "she" after a quote naming a man: the nearest person is him, the speaker is Sarah Collins
    text = (
        "Sarah Collins, a spokeswoman for the league, spoke on Friday. "
        '"The board has full confidence in Michael Pellow," she said.'
    )
    _, speakers = _run(nlp, text)
    assert speakers == {f"she@{text.index('she ')}": "Sarah Collins"}


def test_his_after_the_only_person_marks_him_male(nlp: Any) -> None:
    # "his" in a sentence whose only person is its subject
    text = (
        "Daniel Ortmann said his ministry would review the contract. "
        "The auditor Kaja Moravec agreed. She said it was overdue."
    )
    entities, _ = _run(nlp, text)
    ortmann = next(e for e in entities if e.name == "Daniel Ortmann")
    assert any(ev.startswith("gender:m by pronoun:his@") for ev in ortmann.evidence)
    assert _pronoun_owner(entities, text, "She") == "Kaja Moravec"


def test_a_known_woman_alone_in_the_window_does_not_take_he(nlp: Any) -> None:
    text = "Queen Ilona Marr opened the new bridge. He said the crossing cost too much."
    entities, speakers = _run(nlp, text)
    assert _pronoun_owner(entities, text, "He") is None
    assert all(v is None for v in speakers.values())


def test_wife_of_says_nothing_of_the_husband(nlp: Any) -> None:
    # "the wife of X" is not evidence about X; Sandor is not in the name list
    text = "Ana Petrov, the wife of Sandor Keleti, was not present. He said he was unwell."
    entities, _ = _run(nlp, text)
    petrov = next(e for e in entities if e.name == "Ana Petrov")
    keleti = next(e for e in entities if e.name == "Sandor Keleti")
    assert "gender:f by noun:wife" in petrov.evidence
    assert not any(ev.startswith("gender:") for ev in keleti.evidence)
    assert _pronoun_owner(entities, text, "He") == "Sandor Keleti"


def test_first_name_list_is_well_formed() -> None:
    text = (
        resources.files("newsgraph.extract")
        .joinpath("data", "person_first_names.tsv")
        .read_text(encoding="utf-8")
    )
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert rows[0] == ["name", "gender"]
    names = [r[0] for r in rows[1:]]
    assert all(len(r) == 2 and r[1] in ("m", "f") for r in rows[1:])
    assert all(n == n.lower() and n.isalpha() and n.isascii() for n in names)
    assert len(names) == len(set(names)), "a name listed twice (or for both genders)"
    assert 100 <= len(names) <= 400, "keep the list modest"
