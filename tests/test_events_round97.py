"""Round 97 (events issue 4, events.cameo@214 to @219): errors read on the dev gold's false events and
on its missed sides. A bare present in a clause of time ("before the two presidents meet") is
still to come, and one inside a condition ("if he can't make a deal when they meet") is a
possibility; a body that is no country's hosted or visited keeps the event from borrowing a
party of the sentences before; people named by a deed or a side ("violators of U.N.
sanctions", "critics of the Kremlin") are neither the deed pledged nor the ones their of-phrase
names, and a pledge to "deal seriously with" them is a threat; a measure that names no one it
is aimed at is borne by the one who acts in defiance or in spite of it, or is struck by it.
And (@215) a noun event naming both sides "between" two parties is one of its own as another's
object; a judgement "said of" a deed is aimed at its owner; a list hung on its first name is
a list. And (@216) a particle hung at the end of the verb's object still fits the entry; a
country's body named with the country before it is that body; an agent's verb joined to a
relative clause of a thing is the main subject's. And (@217) "each other" deep in the object
makes the sides act on each other; an invitation is an asking noun; a by-phrase hung on a noun
of a passive verb's infinitive names its agent. And (@218) "its Congress" is the owner's. And
(@219) a root noun keeps the subject of the tensed verb the parser hangs on it. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules
from tests.test_events_round54 import _codes as codes


def _modes(events: Any, trigger: str) -> set[str]:
    return {e.mode for e in events if e.trigger.text == trigger}


def test_a_meeting_before_which_something_is_planned_is_to_come(nlp: Any) -> None:
    text = (
        "He said he had no plans to return to Lima before Mr. Boric and Mr. Xi meet and that "
        "Chilean officials would not be traveling to Lima."
    )
    assert _modes(rules(nlp, text), "meet") == {"future"}


def test_a_meeting_already_held_before_a_past_deed_is_told(nlp: Any) -> None:
    text = "Chile's president met Peru's president before the talks collapsed."
    assert _modes(rules(nlp, text), "met") == {"asserted"}


def test_a_meeting_inside_a_condition_is_a_possibility(nlp: Any) -> None:
    text = (
        "Boric said he would impose tariffs on Peruvian goods if he can't make a deal with "
        "Castillo when they meet in Quito."
    )
    assert _modes(rules(nlp, text), "meet") == {"hypothetical"}


def test_a_meeting_when_one_arrives_is_told(nlp: Any) -> None:
    text = "Boric met Castillo in Lima when he arrives each year for the summit."
    assert "hypothetical" not in _modes(rules(nlp, text), "met")


def test_hosting_a_body_of_no_country_borrows_no_party_from_before(nlp: Any) -> None:
    text = (
        "Chile's president met Peru's president in Lima on Monday. Chile's president hosts the "
        "International Olympic Committee in Santiago to thank them for their support."
    )
    assert not any(t == "PER" for _, t, _ in dyads(rules(nlp, text), "hosts"))


def test_a_pledge_to_deal_seriously_with_violators_is_a_threat(nlp: Any) -> None:
    text = "Chile's government promised Friday to deal seriously with violators of the ban."
    assert ("CHL", None, "13") in dyads(rules(nlp, text), "promised")


def test_a_measure_named_by_violators_is_not_what_is_pledged(nlp: Any) -> None:
    text = (
        "Chile's government promised Friday to deal seriously with violators of U.N. sanctions "
        "on Peru."
    )
    found = dyads(rules(nlp, text), "promised")
    assert not any(code == "03" for _, _, code in found)
    assert not any(t == "IGO" for _, t, _ in found)


def test_the_of_phrase_of_critics_does_not_name_the_ones_urged(nlp: Any) -> None:
    text = "Chile urged critics of the Peruvian government to join the talks."
    assert not any(t == "PER" for _, t, _ in dyads(rules(nlp, text), "urged"))


def test_a_measure_defied_is_borne_by_the_one_who_defies_it(nlp: Any) -> None:
    text = "Peru has tested missiles in defiance of U.N. sanctions."
    assert ("IGO", "PER", "16") in dyads(rules(nlp, text), "sanctions")


def test_a_measure_in_spite_of_which_one_acts_is_borne_by_it(nlp: Any) -> None:
    text = "Peru has completed its nuclear programme despite the U.N. sanctions."
    assert ("IGO", "PER", "16") in dyads(rules(nlp, text), "sanctions")


def test_a_measure_despite_which_one_buys_anothers_goods_is_not_on_the_buyer(nlp: Any) -> None:
    text = "Peru bought Bolivian oil despite U.N. sanctions."
    assert not any(t == "PER" for _, t, _ in dyads(rules(nlp, text), "sanctions"))


def test_a_measure_that_struck_one_is_aimed_at_it(nlp: Any) -> None:
    text = "The Peruvian economy has been hit hard by U.N. sanctions."
    assert ("IGO", "PER", "16") in dyads(rules(nlp, text), "sanctions")


def test_a_measure_designed_to_cripple_an_economy_is_aimed_at_its_country(nlp: Any) -> None:
    text = (
        "Peru's bank holds billions of dollars that were frozen by international sanctions "
        "designed to cripple the Peruvian economy."
    )
    assert (None, "PER", "16") in dyads(rules(nlp, text), "sanctions")


def test_a_measure_that_did_not_faze_one_is_there_all_the_same(nlp: Any) -> None:
    text = "The Peruvian economy has not been much fazed by U.N. sanctions."
    found = [e for e in rules(nlp, text) if e.trigger.text == "sanctions"]
    assert found and not any(e.negated for e in found)


def test_drills_between_two_countries_are_theirs_as_anothers_object(nlp: Any) -> None:
    text = "Peru criticized military drills between Chile and Bolivia on Monday."
    found = dyads(rules(nlp, text), "military drills")
    assert ("CHL", "BOL", "06") in found
    assert ("BOL", "CHL", "06") in found


def test_drills_named_alone_as_an_object_are_no_event_of_their_own(nlp: Any) -> None:
    text = "Peru criticized the military drills on Monday."
    assert not dyads(rules(nlp, text), "military drills")


def test_a_judgement_said_of_a_deed_is_aimed_at_its_owner(nlp: Any) -> None:
    text = (
        "“It is illegal and unacceptable,” the Chilean foreign ministry said of the Peruvian order."
    )
    assert ("CHL", "PER", "11") in dyads(rules(nlp, text), "illegal")


def test_a_name_given_in_a_quote_said_of_a_deed_is_aimed_at_its_owner(nlp: Any) -> None:
    text = (
        "“We treat these developments as a blatantly hostile act,” the Chilean foreign "
        "ministry said of the Peruvian order."
    )
    assert ("CHL", "PER", "11") in dyads(rules(nlp, text), "hostile")


def test_a_list_hung_on_its_first_name_is_a_list(nlp: Any) -> None:
    text = (
        "The Peruvian Air Force is also considering proposals from other foreign firms such as "
        "France's Dassault Aviation, Sweden's Saab and Russia's Mikoyan-Gurevich."
    )
    targets = {t for _, t, _ in dyads(rules(nlp, text), "considering")}
    assert {"FRA", "SWE", "RUS"} <= targets


def test_a_particle_hung_at_the_end_of_the_object_still_fits(nlp: Any) -> None:
    text = (
        "Chile's Treasury later placed six Peruvian shipping companies and 20 of their vessels "
        "on its sanctions list."
    )
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), "placed")


def test_a_countrys_department_named_with_its_country_before_it() -> None:
    from newsgraph.extract.actors import organisation

    found = organisation("US Commerce Department")
    assert found is not None and found.code == "USAGOV"
    assert organisation("Chilean Commerce Department") is None


def test_a_demand_joined_to_a_relative_clause_of_a_thing_is_the_main_subjects(
    nlp: Any,
) -> None:
    text = (
        "Chile denounced the Peruvian decision as a hostile act that violated international "
        "law and demanded Lima reverse the order on Sunday."
    )
    assert ("CHL", "PER", "10") in dyads(rules(nlp, text), "demanded")


def test_each_others_deep_in_the_object_makes_the_pair_act_on_each_other(nlp: Any) -> None:
    text = "Chile and Peru expelled dozens of each other's diplomats in 1986."
    found = dyads(rules(nlp, text), "expelled")
    assert ("CHL", "PER", "17") in found
    assert ("PER", "CHL", "17") in found


def test_each_others_deep_in_the_object_joins_a_pair_told_before(nlp: Any) -> None:
    text = (
        "The closures mark the most drastic measure by Chile against Peru since 1986, when "
        "the two powers expelled dozens of each other's diplomats."
    )
    found = dyads(rules(nlp, text), "expelled")
    assert ("CHL", "PER", "17") in found
    assert ("PER", "CHL", "17") in found


def test_at_the_invitation_of_someone_is_theirs_to_the_one_who_comes(nlp: Any) -> None:
    text = "Castillo came to Santiago at the invitation of Boric, Chile's president."
    found = dyads(rules(nlp, text), "invitation")
    assert ("CHL", "PER", "03") in found or any(s == "CHL" for s, _, _ in found)
    assert not any(s == "PER" for s, _, _ in found)


def test_on_an_invitation_the_invited_one_acts(nlp: Any) -> None:
    text = "Peru's president will visit Chile to speak to its Congress on a Chilean invitation."
    assert ("CHL", "PER", "03") in dyads(rules(nlp, text), "invitation")


def test_a_by_phrase_hung_on_a_noun_of_the_infinitive_names_the_inviter(nlp: Any) -> None:
    text = (
        "Peru's president was invited to speak in front of a joint session of Congress by "
        "Chile's president Gabriel Boric."
    )
    assert ("CHL", "PER", "03") in dyads(rules(nlp, text), "invited")


def test_its_congress_is_the_owners_legislature(nlp: Any) -> None:
    text = "Peru's president will speak to its Congress on Monday."
    found = codes(rules(nlp, text), "speak to")
    assert any(t == "PERLEG" for _, t, _ in found)
    assert not any(t == "USALEG" for _, t, _ in found)


def test_the_congress_with_no_owner_is_the_us_one(nlp: Any) -> None:
    text = "Peru's president will speak to Congress on Monday."
    assert any(t == "USALEG" for _, t, _ in codes(rules(nlp, text), "speak to"))


def test_a_tensed_verb_the_parser_hangs_on_its_root_noun_keeps_the_subject(nlp: Any) -> None:
    text = "Chile has since added retaliatory duties on an additional $60 billion of Peruvian products."
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), "duties on")
