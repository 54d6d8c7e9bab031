"""Round 46 (events issue 4, events.cameo@134 to @137): a dig or jab taken at someone is
criticism; one held or kept in custody, or on suspicion, is detained; "the threat from Bolivia"
is a danger, not a threat made, and what a speaker calls it judges Bolivia; what a deed does in
its relative clause its doer does ("Bolivia's test, which violates U.N. resolutions"); those
held "responsible for" or "guilty of" an act do it; "it" in a clause joined to one whose
subject is a country is that country; an occupation is coded only with what is occupied; a
joint proposal is made to others, not to each other; leaders listed after the verb ("spoke
with other leaders on Friday, including ...") are its sides. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_dig_taken_at_someone_is_criticism(nlp: Any) -> None:
    text = "Chile's president took a dig at Peru as he defended the new trade deal."
    assert ("CHL", "PER", "11") in dyads(rules(nlp, text), "took")


def test_held_in_custody_is_detained(nlp: Any) -> None:
    text = "Peruvian police held the Chilean student in custody for three days."
    assert ("PER", "CHL", "17") in dyads(rules(nlp, text), "held")
    text = "Peruvian authorities kept two Bolivian sailors in detention."
    assert ("PER", "BOL", "17") in dyads(rules(nlp, text), "kept")
    # held talks are talks, not detention
    text = "Peru held talks with Chile in Lima."
    assert not [d for d in dyads(rules(nlp, text), "held") if d[2] == "17"]


def test_the_threat_from_a_country_is_a_danger_not_a_threat_made(nlp: Any) -> None:
    text = "Chile regards the threat from Bolivia as a clear and present danger."
    events = rules(nlp, text)
    assert not [e for e in events if e.root_code == "13"], events
    # what Chile calls it is criticism of the one the danger comes from
    assert ("CHL", "BOL", "11") in dyads(events, "danger")
    # a threat with what it threatens is one made
    text = "The threat from Bolivia to strike Chilean ports alarmed Peru."
    assert ("BOL", "CHL", "13") in dyads(rules(nlp, text), "threat")


def test_what_a_deed_does_its_doer_does(nlp: Any) -> None:
    text = "Bolivia's latest missile test, which violates U.N. Security Council resolutions, alarmed Chile."
    assert ("BOL", "IGO", "12") in dyads(rules(nlp, text), "violates")
    # a person's relative clause stays the person's own
    text = "Chile's ambassador, who met Peru's president on Monday, praised the deal."
    assert ("CHL", "PER", "04") in dyads(rules(nlp, text), "met")


def test_the_one_held_responsible_for_an_act_does_it(nlp: Any) -> None:
    text = "Peru and Chile are responsible for backing the Bolivian president."
    found = dyads(rules(nlp, text), "backing")
    assert ("PER", "BOL", "05") in found and ("CHL", "BOL", "05") in found, found
    text = "Peru was guilty of arming the rebels in Bolivia."
    assert {d[0] for d in dyads(rules(nlp, text), "arming")} == {"PER"}


def test_it_in_a_joined_clause_is_the_country_named_before(nlp: Any) -> None:
    text = "Bolivia has slammed Chile's new tariffs, but it said it was open to talks with Chile."
    assert ("BOL", "CHL", "03") in dyads(rules(nlp, text), "talks")
    text = "Chile criticized the vote and it urged Peru to withdraw its troops."
    assert ("CHL", "PER", "02") in dyads(rules(nlp, text), "urged")


def test_an_occupation_is_coded_only_with_what_is_occupied(nlp: Any) -> None:
    text = "Peru's occupation of the border province began in March."
    assert [e for e in rules(nlp, text) if e.root_code == "19"]
    # a standing state named on its own tells no act
    text = "Hopefully this will be the year when the Peruvian occupation ends."
    assert not [e for e in rules(nlp, text) if e.root_code == "19"]


def test_a_joint_proposal_is_made_to_others(nlp: Any) -> None:
    text = "Peru and Chile have proposed a new initiative."
    found = dyads(rules(nlp, text), "proposed")
    assert ("PER", "CHL", "03") not in found and ("CHL", "PER", "03") not in found, found
    # what two sides agree is agreed between them
    text = "Peru and Chile agreed to hold talks."
    assert ("PER", "CHL", "03") in dyads(rules(nlp, text), "agreed")


def test_leaders_listed_after_the_verb_are_its_sides(nlp: Any) -> None:
    text = (
        "Peru's president spoke with other world leaders on Friday as well, including "
        "Chilean President Gabriel Boric and Bolivian President Luis Arce."
    )
    found = dyads(rules(nlp, text), "spoke with")
    assert ("PER", "CHL", "04") in found and ("PER", "BOL", "04") in found, found
