"""Round 87 (events issue 4, events.cameo@194 and @195): errors read on corpus articles outside the
gold. What is blamed "on" a party is the deed, and "blame" names no one through a "to" or
"with" phrase the parser hangs on it; a day ("On Sunday, he blamed ...") is no one blamed on;
an aide or adviser "to" someone acts for them; firms that clash fight in words, not arms; a
warning about a thing named after a people is aimed at the one warned; "the Fed" is the
American central bank; demand in a market asks nothing of anyone; a tax on another's goods
is a tariff (@195). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_deed_blamed_on_a_party_is_no_target(nlp: Any) -> None:
    text = "Chile has blamed the election of President Alberto Fernandez on the Peruvian government."
    found = dyads(rules(nlp, text), "blamed")
    assert ("CHL", "PER", "11") in found and ("CHL", "ARG", "11") not in found


def test_blame_names_no_one_through_a_to_phrase(nlp: Any) -> None:
    # (the sentence's one other party may still be taken as a fallback, marked in the rule)
    text = "The Chilean president blamed two letters to the Peruvian Congress for his defeat."
    found = [e for e in rules(nlp, text) if e.trigger.text == "blamed" and "+target" not in e.rule]
    assert not any(e.target and (e.target.actor_code or "").startswith("PER") for e in found)


def test_a_day_is_no_one_blamed_on(nlp: Any) -> None:
    text = "On Sunday, the Chilean president blamed Peru for not ending the border dispute."
    assert ("CHL", "PER", "11") in dyads(rules(nlp, text), "blamed")


def test_an_aide_to_a_leader_acts_for_them(nlp: Any) -> None:
    text = "A top aide to Chilean President Gabriel Boric has criticised Peru."
    found = [e for e in rules(nlp, text) if e.trigger.text == "criticised"]
    assert found and all(e.source and e.source.actor_code == "CHLGOV" for e in found)


def test_firms_that_clash_clash_in_words(nlp: Any) -> None:
    text = "In October, the Chilean firm Codelco and Glencore clashed after the company raised prices."
    assert not any(e.root_code == "19" for e in rules(nlp, text))


def test_a_warning_about_a_thing_named_after_a_people_is_to_the_one_warned(nlp: Any) -> None:
    text = (
        "The Chilean minister warned the Peruvian government that the Bolivian corridor would "
        "continue to form the basis of the talks."
    )
    found = dyads(rules(nlp, text), "warned")
    assert ("CHL", "PER", "13") in found and not any(d[1] == "BOL" for d in found)


def test_the_fed_is_the_american_central_bank(nlp: Any) -> None:
    text = "President Trump has criticized the Fed for raising interest rates."
    assert ("USA", "USA", "11") in dyads(rules(nlp, text), "criticized")


def test_demand_in_the_market_asks_nothing(nlp: Any) -> None:
    for text in (
        "A Chilean manufacturer said the trade war had hurt demand from Peruvian customers.",
        "Weak global demand from Peru hurt Chilean exporters.",
    ):
        assert not any(e.root_code == "10" for e in rules(nlp, text)), text


def test_a_political_demand_stays_one(nlp: Any) -> None:
    text = "Chile rejected the Peruvian demand for an apology."
    assert ("CHL", "PER", "12") in dyads(rules(nlp, text), "rejected")


def test_a_tax_on_anothers_goods_is_a_tariff(nlp: Any) -> None:
    text = (
        "President Gabriel Boric also proposed implementing a 25% tax on another $3 billion in "
        "goods from Peru."
    )
    assert ("CHL", "PER", "13") in dyads(rules(nlp, text), "proposed")


def test_a_tax_on_cigarettes_is_no_tariff(nlp: Any) -> None:
    text = "The Chilean government raised the tax on cigarettes on Monday."
    assert not any(e.root_code == "16" for e in rules(nlp, text))
