"""Round 96 (events issue 4, events.cameo@207 to @213): errors read on dev sentences whose source
or target the rules missed though the sentence names it. A visit or talks "ahead of" or "prior to"
which the clause's subject speaks are its own; a description ("the country", "the regime") in a
clause of time or cause may stand for the subject above it; "it was willing to" is an agent's
will, no expletive; "congressional" names the U.S. Congress; forces "loyal to" someone are that
one's country's; the authorities that tell of a coercion no one is said to have done did it; the
relative pronoun an accuser judges stands for its antecedent; goods "from" a country on a verb
that imposes a measure name whom it is aimed at; an investigation's "into" phrase hung on the
verb names what is looked into; "the administration" with none named before is the government
of the president named before; a measure told in a clause of time or cause is aimed at the one
the clause above tells reacting. And (@208) a measure joined to another deed of its doer on
someone is aimed at that one; "countries, including X" names X; "it was a banned test" makes
no tester of the speaker; a common word inside an organisation's name is not the organisation.
And (@209, from corpus articles) only a reaction tells the one a measure is aimed at; a measure
joined to another deed through an infinitive ("moved to reimpose") takes its target; what one
recovers from is no deed of one's own; coercion in a sentence of force is not aimed at the
forceful. And (@210) lifting a measure told before is by its imposer for its target; one's own
people are withdrawn from where they are. And (@211) a call, an apology or condolences accepted
or received from someone are theirs, to the receiver. And (@212) the pair acting with a third acts
on the third; "it" under a suspicion is the one the suspicion is about. And (@213) taking a test
seriously makes no test of one's own. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules
from tests.test_events_round54 import _codes as codes


def test_talks_ahead_of_which_the_subject_speaks_are_its_own(nlp: Any) -> None:
    text = "Ahead of talks with Peru's president, Chile's foreign minister said trade would top the agenda."
    assert ("CHL", "PER", "04") in dyads(rules(nlp, text), "talks")


def test_an_attack_ahead_of_which_one_speaks_is_not_the_speakers(nlp: Any) -> None:
    text = "Ahead of the attack on Lima, Chile's foreign minister said Peru was armed."
    assert not any(s == "CHL" for s, _, _ in dyads(rules(nlp, text), "attack"))


def test_the_country_in_a_clause_of_time_may_be_the_subject_above(nlp: Any) -> None:
    text = "Peru threatened to leave the pact, hours after the country breached the border treaty."
    assert any(s == "PER" for s, _, _ in dyads(rules(nlp, text), "breached"))


def test_it_willing_to_talk_is_the_country_that_says_so(nlp: Any) -> None:
    text = "Peru reiterated on Saturday that it was willing to talk to Chile."
    assert ("PER", "CHL", "03") in dyads(rules(nlp, text), "talk to")


def test_congressional_investigations_are_the_us_congresss(nlp: Any) -> None:
    text = (
        "That effort has spawned multiple congressional investigations into Chilean interference."
    )
    assert ("USALEG", "CHL", "090") in codes(rules(nlp, text), "investigations")


def test_congressional_leaders_are_us_lawmakers(nlp: Any) -> None:
    text = "Congressional leaders criticized Chile's new tariffs on Monday."
    assert any(s == "USALEG" for s, _, _ in codes(rules(nlp, text), "criticized"))


def test_a_congressional_district_is_no_party(nlp: Any) -> None:
    text = "The congressional district voted against the tariffs on Chile."
    assert not any(s == "USA" for s, _, _ in dyads(rules(nlp, text), "tariffs"))


def test_forces_loyal_to_a_leader_are_his_countrys(nlp: Any) -> None:
    text = "Reports of a gas attack by forces loyal to Peru's president crossed a line."
    assert any(s == "PERMIL" for s, _, _ in codes(rules(nlp, text), "gas attack"))


def test_authorities_telling_of_a_seizure_by_no_one_made_it(nlp: Any) -> None:
    text = "Chilean authorities announced the Peruvian tanker was being held on suspicion of smuggling."
    assert ("CHL", "PER", "17") in dyads(rules(nlp, text), "held on")


def test_a_newspaper_telling_of_a_seizure_did_not_make_it(nlp: Any) -> None:
    text = "A Chilean newspaper reported the Peruvian tanker was seized on Monday."
    assert not any(s == "CHL" for s, _, _ in dyads(rules(nlp, text), "seized"))


def test_the_relative_pronoun_an_accuser_judges_is_its_antecedent(nlp: Any) -> None:
    text = "Chilean firms, which Peru accuses of helping Bolivia, were fined."
    assert ("CHL", "BOL", "07") in dyads(rules(nlp, text), "helping")


def test_goods_from_a_country_on_the_imposing_verb_name_the_target(nlp: Any) -> None:
    text = "Chile imposed tariffs on steel from Peru."
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), "tariffs")


def test_goods_from_countries_listed_name_each(nlp: Any) -> None:
    text = "Chile is fighting as it imposes tariffs on steel from countries like Peru and Bolivia."
    found = dyads(rules(nlp, text), "tariffs")
    assert {("CHL", "PER", "16"), ("CHL", "BOL", "16")} <= found, found


def test_the_administration_after_a_president_is_his_government(nlp: Any) -> None:
    text = (
        "President Boric's economic adviser said he expected Peru to retaliate against the "
        "administration's planned tariff hike."
    )
    assert ("PER", "CHL", "16") in dyads(rules(nlp, text), "retaliate against")


def test_the_administration_after_two_presidents_is_no_one(nlp: Any) -> None:
    text = (
        "President Gabriel Boric met President Pedro Castillo on Monday. Lawmakers said Bolivia would "
        "retaliate against the administration's planned tariff hike."
    )
    assert not any(t in ("CHL", "PER") for _, t, _ in dyads(rules(nlp, text), "retaliate against"))


def test_the_regime_in_a_clause_of_cause_may_be_the_subject_above(nlp: Any) -> None:
    text = (
        "Peru vowed revenge after Chile imposed new sanctions in response to a missile launch "
        "from the rogue regime."
    )
    assert any(s == "PER" for s, _, _ in dyads(rules(nlp, text), "missile launch"))


def test_sanctions_in_a_clause_of_time_are_aimed_at_the_one_reacting(nlp: Any) -> None:
    text = "Peru vowed revenge on Monday after Chile imposed new sanctions."
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), "sanctions")


# events.cameo@208


def test_a_measure_joined_to_a_deed_on_someone_is_aimed_at_them(nlp: Any) -> None:
    text = (
        "Since taking office, Chile has threatened to attack Peru, exchanged insults with Lima "
        "and imposed tough sanctions."
    )
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), "sanctions")


def test_a_measure_joined_to_an_infinitive_on_someone_is_aimed_at_them(nlp: Any) -> None:
    text = "Since taking office, Chile has threatened to attack Peru and imposed tough sanctions."
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), "sanctions")


def test_countries_including_one_name_it(nlp: Any) -> None:
    text = "Chile imposed steel tariffs on countries, including Peru, last year."
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), "tariffs")


def test_it_said_to_be_a_test_is_no_tester(nlp: Any) -> None:
    text = (
        "Peru fired a missile over the sea on Sunday. The U.N. said it was a banned test of "
        "ballistic missile technology and imposed sanctions."
    )
    events = rules(nlp, text)
    assert not any(s == "IGOUNO" for s, _, _ in codes(events, "test"))
    assert any(s == "IGOUNO" and t and t[:3] == "PER" for s, t, _ in codes(events, "sanctions"))


def test_a_common_word_inside_an_organisations_name_is_not_it(nlp: Any) -> None:
    from spacy.tokens import Span

    from newsgraph.extract.entities import extract_entities
    from newsgraph.extract.eventcoder.actors import ActorResolver
    from newsgraph.extract.registry import Context
    from newsgraph.records import Article

    text = (
        "The World Trade Organisation is to hold talks with Iraq. Iraq's Trade Minister "
        "welcomed the step."
    )
    doc = nlp(text)
    entities = extract_entities(Context(Article(id="t", text=text, published=None), doc, {}, {}))
    assert any(e.name == "World Trade Organisation" for e in entities)
    # the tagger may read the ministry's word alone as an organisation
    trade = [t for t in doc if t.text == "Trade"][1]
    doc.ents = [e for e in doc.ents if not (e.start <= trade.i < e.end)] + [
        Span(doc, trade.i, trade.i + 1, label="ORG")
    ]
    resolver = ActorResolver(doc, entities, look_back=True)
    actor = resolver.resolve(trade)
    assert actor is None or actor.code != "IGOBUSWTO", actor


# events.cameo@209 (errors read in corpus articles outside the gold)


def test_sanctions_after_which_something_helps_are_not_aimed_at_it(nlp: Any) -> None:
    text = (
        "Lima said the extra Chilean copper would help offset a decline in supply from Bolivia, "
        "after Peru pulled out of the Bolivia trade deal and moved to reimpose sanctions."
    )
    found = dyads(rules(nlp, text), "sanctions")
    assert not any(t == "CHL" for _, t, _ in found), found
    assert ("PER", "BOL", "16") in found


def test_what_one_recovers_from_is_not_ones_deed(nlp: Any) -> None:
    text = (
        "Spending has picked up after slumping as Peru battled to recover from the recession "
        "and the Lima airport attacks."
    )
    assert not any(s == "PER" for s, _, _ in dyads(rules(nlp, text), "attacks"))


def test_repression_in_a_sentence_of_force_is_not_aimed_at_the_forceful(nlp: Any) -> None:
    text = (
        "In 1999, Chile bombed Bolivia, a response to the Peruvian government's persecution "
        "of ethnic Aymaras in the province of Puno."
    )
    assert not any(t == "CHL" for _, t, _ in dyads(rules(nlp, text), "persecution"))


# events.cameo@210


def test_lifting_a_measure_told_before_is_by_its_imposer_for_its_target(nlp: Any) -> None:
    text = (
        "In 2018, Chile imposed sanctions on Peru for detaining a Chilean pastor, although "
        "those sanctions were lifted after his release."
    )
    assert ("CHL", "PER", "08") in dyads(rules(nlp, text), "lifted")


def test_lifting_a_measure_not_told_before_takes_no_sides_from_others(nlp: Any) -> None:
    text = "Chile imposed tariffs on Peru in May. Bolivia lifted its sanctions in June."
    assert not any(t == "PER" for _, t, _ in dyads(rules(nlp, text), "lifted"))


def test_ones_own_people_are_withdrawn_from_where_they_are(nlp: Any) -> None:
    text = (
        "The Chilean foreign ministry said employees at the embassy in Lima were being pulled out."
    )
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), "pulled out")
    text = "Chile pulled its diplomats in Lima out on Monday."
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), "pulled")


# events.cameo@211


def test_accepting_a_call_from_someone_is_their_call(nlp: Any) -> None:
    text = (
        "Boric broke with tradition by accepting a congratulatory phone call from Peru's president."
    )
    assert ("PER", "CHL", "04") in dyads(rules(nlp, text), "phone call")


def test_receiving_an_apology_or_condolences_from_someone_is_theirs(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chile received an apology from Peru on Monday."), "apology")
    assert ("PER", "CHL", "05") in found and not any(s == "CHL" for s, _, _ in found), found
    found = dyads(rules(nlp, "Chile received condolences from Peru."), "condolences")
    assert ("PER", "CHL", "01") in found, found


# events.cameo@212


def test_the_pair_acting_with_a_third_acts_on_the_third(nlp: Any) -> None:
    text = (
        "In a sign of a thaw between Chile and Peru, the two countries have signed a trade "
        "protocol with Bolivia."
    )
    found = dyads(rules(nlp, text), "signed")
    assert {("CHL", "BOL", "05"), ("PER", "BOL", "05")} <= found, found


def test_the_pair_with_no_third_still_acts_on_each_other(nlp: Any) -> None:
    text = "Chile and Peru met on Monday. The two countries also agreed to set up a hotline."
    assert ("CHL", "PER", "03") in dyads(rules(nlp, text), "agreed")


def test_it_under_suspicion_is_the_one_seized_not_the_seizer(nlp: Any) -> None:
    text = (
        "Chile has seized a Peruvian vessel under suspicions that it illegally transferred "
        "oil to Bolivia."
    )
    found = dyads(rules(nlp, text), "transferred")
    assert ("PER", "BOL", "06") in found and not any(s == "CHL" for s, _, _ in found), found


def test_taking_a_test_seriously_is_no_test_of_ones_own(nlp: Any) -> None:
    text = "Peru fired a missile on Sunday. Chile is taking the test seriously, officials said."
    assert not any(s == "CHL" for s, _, _ in dyads(rules(nlp, text), "test"))
