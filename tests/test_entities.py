"""Entities, titles, actors and coreference on hand-written sentences and the seed article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.extract import actors
from newsgraph.extract.entities import KEY, extract_entities, name_mentions
from newsgraph.extract.registry import Context, registered
from newsgraph.records import Actor, Article, Entity


def test_entities_hand_built_doc_without_parse() -> None:
    """Names from hand-set OntoNotes entities, no parser, no CoNLL spans: no crash, and
    titles/actors from the lexicons still work where they need no parse."""
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    words = ["Russian", "President", "Vladimir", "Putin", "met", "officials", "in", "Moscow", "."]
    ents = ["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O"]
    doc = Doc(vocab, words=words, ents=ents)
    result = extract_entities(Context(article=Article(id="t", text=doc.text), doc=doc))
    _check_offsets(doc.text, result)
    putin = _by_name(result, "Vladimir Putin")
    assert putin.actor is not None and putin.actor.code == "RUSGOV"
    assert _by_name(result, "Moscow").type == "GPE"


def _entities(nlp: Any, text: str, **options: Any) -> tuple[Entity, ...]:
    doc = nlp(text)
    return extract_entities(Context(article=Article(id="t", text=text), doc=doc, options=options))


def _by_name(entities: tuple[Entity, ...], name: str) -> Entity:
    for e in entities:
        if e.name == name:
            return e
    raise AssertionError(f"{name!r} not in {[e.name for e in entities]}")


def _check_offsets(text: str, entities: tuple[Entity, ...]) -> None:
    for e in entities:
        assert e.extractor == KEY
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_entities_registered_as_entities_product() -> None:
    spec = registered()["entities.spacy"]
    assert spec.produces == "entities" and spec.key == KEY


@pytest.mark.model
def test_entities_pipeline_keeps_ontonotes_and_adds_conll_spans(nlp: Any) -> None:
    doc = nlp("Chinese President Xi Jinping met Vladimir Putin in Moscow on Tuesday.")
    assert "conll" in doc.spans
    assert {e.label_ for e in doc.ents} >= {"PERSON", "DATE"}
    assert {s.label_ for s in doc.spans["conll"]} <= {"PER", "ORG", "LOC", "MISC"}


@pytest.mark.model
def test_entities_pre_nominal_titles(nlp: Any) -> None:
    text = (
        "Chinese President Xi Jinping held talks with Russian Prime Minister Mikhail "
        "Mishustin on Tuesday. Xi said the two countries would deepen ties, and Mishustin agreed."
    )
    ents = _entities(nlp, text)
    _check_offsets(text, ents)
    xi = _by_name(ents, "Xi Jinping")
    assert xi.titles == ("President",)
    assert xi.actor is not None and xi.actor.code == "CHNGOV"
    assert [m.text for m in xi.mentions] == ["Xi Jinping", "Xi"]
    assert "title:Chinese President -> CHN GOV" in xi.evidence
    mishustin = _by_name(ents, "Mikhail Mishustin")
    assert mishustin.titles == ("Prime Minister",)
    assert mishustin.actor is not None and mishustin.actor.code == "RUSGOV"
    assert len(mishustin.mentions) == 2


@pytest.mark.model
def test_entities_possessive_and_head_noun(nlp: Any) -> None:
    text = "The talks were reported by Russia's Interfax news agency on Monday."
    ents = _entities(nlp, text)
    interfax = _by_name(ents, "Interfax")
    assert interfax.actor is not None and interfax.actor.code == "RUSMED"


@pytest.mark.model
def test_entities_apposition(nlp: Any) -> None:
    text = "Olaf Scholz, Germany's chancellor, said on Friday that the plan would work."
    ents = _entities(nlp, text)
    scholz = _by_name(ents, "Olaf Scholz")
    assert scholz.actor is not None and scholz.actor.code == "DEUGOV"
    assert scholz.titles == ("Chancellor",)


@pytest.mark.model
def test_entities_country_named_after_the_person(nlp: Any) -> None:
    # text written for this test
    # (another country in the text, so the article's own country cannot stand in for it)
    text = "Peru's president met Ambassador Maria Lopez of Chile on Tuesday."
    lopez = _by_name(_entities(nlp, text), "Maria Lopez")
    assert lopez.actor is not None and lopez.actor.code == "CHLGOV", lopez
    # an "of" phrase that names no country says nothing of the person
    text = "Ambassador Maria Lopez of the trade office denounced the vote on Tuesday."
    lopez = _by_name(_entities(nlp, text), "Maria Lopez")
    assert lopez.actor is None or lopez.actor.country is None, lopez


@pytest.mark.model
def test_entities_coordination_shares_plural_descriptor(nlp: Any) -> None:
    text = "Washington imposed sanctions on major Russian producers Rosneft and Lukoil last month."
    ents = _entities(nlp, text)
    for name in ("Rosneft", "Lukoil"):
        e = _by_name(ents, name)
        assert e.actor is not None and e.actor.code == "RUSBUS", e


@pytest.mark.model
def test_entities_capital_metonymy_vs_place(nlp: Any) -> None:
    text = (
        "Moscow rejected the proposal on Monday. "
        "Diplomats will hold more talks in Moscow next week."
    )
    ents = _entities(nlp, text)
    moscow = _by_name(ents, "Moscow")
    first, second = moscow.mentions
    assert f"metonym:RUSGOV@{first.start}-{first.end}" in moscow.evidence
    assert not any(f"@{second.start}-{second.end}" in ev for ev in moscow.evidence)


@pytest.mark.model
def test_entities_dateline_capital_is_a_place(nlp: Any) -> None:
    text = (
        "BEIJING, Nov 4 (Reuters) - Chinese officials said on Tuesday that Beijing "
        "would respond. Kyiv rejected the plan."
    )
    ents = _entities(nlp, text)
    beijing = _by_name(ents, "Beijing")
    assert "dateline@0-7" in beijing.evidence
    assert not any(ev.startswith("metonym:CHNGOV@0-") for ev in beijing.evidence)
    at = text.index("Beijing would")
    assert f"metonym:CHNGOV@{at}-{at + 7}" in beijing.evidence
    kyiv = _by_name(ents, "Kyiv")
    assert kyiv.type == "GPE" and kyiv.actor is not None and kyiv.actor.code == "UKRGOV"


@pytest.mark.model
def test_entities_nominal_and_pronoun_coreference(nlp: Any) -> None:
    text = (
        "Chinese President Xi Jinping arrived in Moscow on Monday. "
        "The Chinese president was greeted at the airport. "
        "He said the visit would strengthen ties."
    )
    ents = _entities(nlp, text)
    xi = _by_name(ents, "Xi Jinping")
    mentions = [m.text for m in xi.mentions]
    assert "The Chinese president" in mentions
    assert "He" in mentions
    assert any(ev.startswith("coref:title@") for ev in xi.evidence)
    assert not any(m.text == "He" for m in xi.mentions) or any(
        ev.startswith("coref:pronoun@") for ev in xi.evidence
    )
    plain = _entities(nlp, text, **{"entities.pronouns": False})
    assert "He" not in [m.text for m in _by_name(plain, "Xi Jinping").mentions]


@pytest.mark.model
def test_entities_all_caps_headline_joins_body_names(nlp: Any) -> None:
    text = (
        "PUTIN VISITS BEIJING\n\n"
        "Russian President Vladimir Putin arrived in Beijing on Monday for talks."
    )
    ents = _entities(nlp, text)
    putin = _by_name(ents, "Vladimir Putin")
    assert "PUTIN" in [m.text for m in putin.mentions]
    assert putin.actor is not None and putin.actor.code == "RUSGOV"


@pytest.mark.model
def test_entities_countries_get_country_codes(nlp: Any) -> None:
    text = "The United States and Russia met in Geneva. U.S. officials said little."
    ents = _entities(nlp, text)
    usa = [e for e in ents if e.actor is not None and e.actor.code == "USA"]
    assert len(usa) == 1 and len(usa[0].mentions) == 2  # one referent, two names
    assert _by_name(ents, "Russia").actor.code == "RUS"  # type: ignore[union-attr]


@pytest.mark.model
def test_entities_name_mentions_are_names_only(nlp: Any) -> None:
    doc = nlp("Xi Jinping arrived. He spoke.")
    spans = name_mentions(doc)
    assert [(doc.text[s:e], t) for s, e, t in spans] == [("Xi Jinping", "PERSON")]


@pytest.mark.shared
@pytest.mark.model
def test_entities_seed_article_actors(nlp: Any, shared: Path) -> None:
    text = (shared / "examples" / "reuters-xi-mishustin.txt").read_text(encoding="utf-8")
    ents = _entities(nlp, text)
    _check_offsets(text, ents)
    expected = {
        "Xi Jinping": "CHNGOV",
        "Mikhail Mishustin": "RUSGOV",
        "Li Qiang": "CHNGOV",
        "Vladimir Putin": "RUSGOV",
        "CCTV": "CHNMED",
        "TASS": "RUSMED",
        "Rosneft": "RUSBUS",
        "Lukoil": "RUSBUS",
        "U.S.": "USA",
        "Taiwan": "TWN",
        "Russia": "RUS",
        "China": "CHN",
    }
    for name, code in expected.items():
        e = _by_name(ents, name)
        assert e.actor is not None and e.actor.code == code, e
    assert _by_name(ents, "Xi Jinping").titles == ("President",)
    assert _by_name(ents, "Mikhail Mishustin").titles == ("Prime Minister",)
    assert _by_name(ents, "Li Qiang").titles == ("Premier",)
    xi_mentions = [m.text for m in _by_name(ents, "Xi Jinping").mentions]
    assert xi_mentions.count("Xi") >= 3
    assert "Mishustin" in [m.text for m in _by_name(ents, "Mikhail Mishustin").mentions]
    assert not [e for e in ents if e.name == "Tags"]
    moscow = _by_name(ents, "Moscow")
    assert any(ev.startswith("metonym:RUSGOV@") for ev in moscow.evidence)
    beijing = _by_name(ents, "Beijing")
    speaking_in = text.index("Speaking in Beijing") + len("Speaking in ")
    assert not any(f"@{speaking_in}-" in ev for ev in beijing.evidence)


@pytest.mark.model
def test_entities_organisation_name_carries_its_actor(nlp: Any) -> None:
    text = "The Russian Foreign Ministry summoned the ambassador on Monday."
    ents = _entities(nlp, text)
    ministry = next(e for e in ents if "Foreign Ministry" in e.name)
    assert ministry.actor is not None and ministry.actor.code == "RUSGOV"


def test_entities_pipeline_without_conll_weights_is_unchanged(tmp_path: Path) -> None:
    import spacy

    from newsgraph.nlp.pipeline import add_conll_ner

    blank = spacy.blank("en")
    assert add_conll_ner(blank, tmp_path / "missing") is False
    assert blank.pipe_names == []


def test_entities_listed_leader_and_the_leader_a_person_serves(nlp: Any) -> None:
    # Our own text: many mentions of one country must not make a US official Israeli.
    text = (
        "Jane Doe, President Obama's trade adviser, met Israeli Prime Minister Benjamin "
        "Netanyahu. Israel and Israeli officials welcomed her. Israel said the Israeli "
        "cabinet would meet. President Obama spoke later."
    )
    ents = _entities(nlp, text)
    assert _by_name(ents, "Jane Doe").actor is not None
    assert _by_name(ents, "Jane Doe").actor.country == "USA"  # type: ignore[union-attr]
    assert _by_name(ents, "Obama").actor == Actor("USAGOV", "USA", "GOV")


def test_entities_a_leaders_administration_is_the_leaders_country(nlp: Any) -> None:
    # Our own text: the only country named is Australia; the Obama Administration is not its
    ents = _entities(nlp, "The Obama Administration agreed to take in refugees held by Australia.")
    assert _by_name(ents, "Obama Administration").actor == Actor("USAGOV", "USA", "GOV")


def test_entities_a_headline_verb_glued_to_a_leader_keeps_the_leader(nlp: Any) -> None:
    # Our own text: the title-case headline makes "Obama Slams" one name, which the body's
    # "Obama" joins; the person is still the listed leader
    text = (
        "Obama Slams 'Unfair' Deal With Chile. The trouble started during a call between "
        "Obama and the Chilean president."
    )
    ents = _entities(nlp, text)
    person = next(e for e in ents if e.type == "PERSON" and e.name.startswith("Obama"))
    assert len(person.mentions) == 2
    assert person.actor == Actor("USAGOV", "USA", "GOV")


def test_entities_leader_typed_as_place_becomes_person() -> None:
    # a hand-built group: the model typed a listed leader's surname as LOC
    import spacy

    from newsgraph.extract.entities import Group, _entity
    from newsgraph.extract.names import Name

    doc = spacy.blank("en")("Xi spoke.")
    g = Group(label="LOC", names=[Name(0, 1, "LOC", "ner")])
    entity = _entity(doc.text, doc, 1, g, None)
    assert entity.type == "PERSON"
    assert entity.actor is not None and entity.actor.country == "CHN"


@pytest.mark.model
def test_entities_hyphenated_given_names_are_whole(nlp: Any) -> None:
    # Our own text: both NER models stop at the hyphen ("Kim Jong", "Moon Jae"), which lost
    # the person's name and their leaders-table code; "Trump-era" stays a compound
    text = (
        "Kim Jong-un met Moon Jae-in at the border. U.N. Secretary-General Ban Ki-moon "
        "praised the talks, as did Kim Yo-jong. A Trump-era rule was cited."
    )
    ents = _entities(nlp, text)
    assert _by_name(ents, "Kim Jong-un").actor == Actor("PRKGOV", "PRK", "GOV")
    moon = _by_name(ents, "Moon Jae-in")
    assert moon.type == "PERSON" and moon.actor == Actor("KORGOV", "KOR", "GOV")
    assert _by_name(ents, "Ban Ki-moon").actor == Actor("IGOUNO", None, None)
    assert _by_name(ents, "Kim Yo-jong").type == "PERSON"
    assert not any("era" in e.name for e in ents)


@pytest.mark.model
def test_entities_titles_ending_in_general_are_no_generals(nlp: Any) -> None:
    # Our own text: "General" alone is a military title; "Attorney General" is a law officer,
    # and a "Secretary-General" heads an international body, coded as that body, not as the
    # article's country
    text = (
        "U.S. Attorney General Jeff Sessions met NATO Secretary-General Jens Stoltenberg and "
        "Army General Mark Milley in Washington."
    )
    ents = _entities(nlp, text)
    sessions = _by_name(ents, "Jeff Sessions")
    assert sessions.titles == ("Attorney General",)
    assert sessions.actor == Actor("USAJUD", "USA", "JUD")
    stoltenberg = _by_name(ents, "Jens Stoltenberg")
    assert stoltenberg.titles == ("Secretary-General",)
    assert stoltenberg.actor == Actor("IGOWSTNAT", None, None)
    assert _by_name(ents, "Mark Milley").actor == Actor("USAMIL", "USA", "MIL")


@pytest.mark.model
def test_entities_the_islamic_republic_is_iran_unless_named_of_another(nlp: Any) -> None:
    # Our own text: the epithet alone is Iran; a longer official name ending in another
    # country is that country ("Islamic Republic of Pakistan"), though the NER cuts it short
    ents = _entities(nlp, "The Islamic Republic threatened Britain on Monday.")
    assert _by_name(ents, "Islamic Republic").actor == Actor("IRN", "IRN", None)
    ents = _entities(nlp, "The Islamic Republic of Pakistan threatened India on Monday.")
    republic = next(e for e in ents if e.name.startswith("Islamic Republic"))
    assert republic.actor is not None and republic.actor.country == "PAK"


def test_entities_organisations_spelled_the_british_way() -> None:
    # the table lists "World Trade Organization"; British news writes "Organisation"
    assert actors.organisation("World Trade Organisation") == actors.organisation(
        "World Trade Organization"
    )
    assert actors.organisation("the World Health Organisation") is not None


@pytest.mark.model
def test_entities_the_house_is_the_legislature_the_article_is_about(nlp: Any) -> None:
    # Our own text: a Texas senator makes it the U.S. Congress; "Freedom House" is no chamber
    text = (
        "Senator John Lamar of Texas spoke on Monday. The House voted to condemn Ruritania. "
        "Freedom House criticized the vote."
    )
    ents = _entities(nlp, text)
    assert _by_name(ents, "The House").actor == Actor("USALEG", "USA", "LEG")
    freedom = [e for e in ents if e.name == "Freedom House"]
    assert all(e.actor is None or e.actor.role != "LEG" for e in freedom)


@pytest.mark.model
def test_entities_a_house_committee_is_the_legislature_a_council_the_government(nlp: Any) -> None:
    # Our own text: House committees and caucuses are the chamber's, of the legislature the
    # article is about; a national security council is its country's government
    text = (
        "Senator John Lamar of Texas spoke on Monday. The House Budget Committee and the "
        "House Liberty Caucus opposed the plan. Later the National Security Council met. "
        "The Government House Committee and Freedom House stayed silent."
    )
    ents = _entities(nlp, text)
    for name in ("House Budget Committee", "House Liberty Caucus"):
        assert _by_name(ents, name).actor == Actor("USALEG", "USA", "LEG"), name
    council = _by_name(ents, "National Security Council").actor
    assert council is not None and council.role == "GOV"
    others = [e for e in ents if e.name in ("Government House Committee", "Freedom House")]
    assert all(e.actor is None or e.actor.role != "LEG" for e in others)


@pytest.mark.model
def test_entities_family_name_first_joins_the_later_full_name(nlp: Any) -> None:
    # Our own text: "Mr. Kim" and "Mr. Moon" come before the full names; Korean names give
    # the family name first, so the short name is the full name's first word, not its last
    text = (
        "Before Mr. Kim and Mr. Moon meet, their aides will set up a hotline. North Korean "
        "leader Kim Jong-un and South Korean President Moon Jae-in last met in April."
    )
    ents = _entities(nlp, text)
    kim = _by_name(ents, "Kim Jong-un")
    assert "Kim" in [m.text for m in kim.mentions]
    assert kim.actor == Actor("PRKGOV", "PRK", "GOV")
    assert "Moon" in [m.text for m in _by_name(ents, "Moon Jae-in").mentions]
    assert not any(e.name in {"Kim", "Moon"} for e in ents)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # Our own sentences: officials, lawmakers and judges with no country word near them
        ("Special counsel Robert Mueller questioned the aides on Friday.", "Robert Mueller",
         "USAJUD"),
        ("Larry Kudlow told reporters the talks would go on.", "Larry Kudlow", "USAGOV"),
        ("Former Cabinet minister Clare Short criticised the aid coalition.", "Clare Short",
         "GBRGOV"),
        ("Sen. John McCain criticised the decision in a statement.", "John McCain", "USALEG"),
    ],
)  # fmt: skip
def test_entities_listed_officials_beyond_heads_of_government(
    nlp: Any, text: str, name: str, code: str
) -> None:
    actor = _by_name(_entities(nlp, text), name).actor
    assert actor is not None and actor.code == code


@pytest.mark.model
def test_entities_names_leave_the_possessive_ending_out(nlp: Any) -> None:
    # Our own text: the recognizer takes "’s" into some names; the person is "Comey", one
    # entity with the plain mention, and the leaders table knows him by that name
    text = (
        "Lawmakers read Mr. Comey’s testimony on Monday. Voters worried about Rouhani’s "
        "plans. Comey said little."
    )
    ents = _entities(nlp, text)
    assert not any(e.name.endswith(("’s", "'s")) for e in ents), [e.name for e in ents]
    comey = _by_name(ents, "Comey")
    assert len(comey.mentions) == 2
    assert comey.actor == Actor("USACOP", "USA", "COP")


@pytest.mark.model
def test_entities_the_north_and_the_south_of_korea(nlp: Any) -> None:
    # Our own text: "the North" and "the South" alone are the countries named "North ..." and
    # "South ..." in the article; with two "South ..." countries, neither
    text = (
        "North Korea fired a missile on Sunday and South Korea protested. The North has warned "
        "of a strike on Guam, and officials in the South said they would respond."
    )
    ents = _entities(nlp, text)
    assert _by_name(ents, "North").actor == Actor("PRK", "PRK", None)
    assert _by_name(ents, "South").actor == Actor("KOR", "KOR", None)


@pytest.mark.model
def test_entities_the_south_elsewhere_is_no_country(nlp: Any) -> None:
    text = (
        "Storms moved across the South on Monday, officials in Texas said. South Korea and "
        "South Sudan sent aid."
    )
    south = [e for e in _entities(nlp, text) if e.name == "South"]
    assert all(e.actor is None for e in south)


@pytest.mark.model
def test_entities_a_name_after_an_honorific_is_a_person(nlp: Any) -> None:
    # Our own text: the recognizer types "Clarke" in "Mr Clarke's proposals" as an
    # organisation; after "Mr" it is the person named before
    text = (
        "Home Secretary Charles Clarke unveiled new powers on Tuesday. The Law Society dubbed "
        "Mr Clarke's new proposals an abuse of power."
    )
    ents = _entities(nlp, text)
    assert not any(e.type == "ORG" and "Clarke" in e.name for e in ents), ents
    clarke = _by_name(ents, "Charles Clarke")
    assert len(clarke.mentions) == 2 and clarke.actor == Actor("GBRGOV", "GBR", "GOV")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two names of one country, as long as each other: the one used more, then the first
        ("England beat France. Britain then met England's rivals. England won.", "England"),
        ("England met France in Paris. Britain left on Monday.", "England"),
        ("Britain met France in Paris. England left on Monday.", "Britain"),
    ],
)
def test_entities_a_countrys_name_does_not_depend_on_the_process(
    nlp: Any, text: str, name: str
) -> None:
    # it was the first of a set of names, which differs from process to process
    gbr = [e for e in _entities(nlp, text) if e.actor is not None and e.actor.code == "GBR"]
    assert [e.name for e in gbr] == [name]
