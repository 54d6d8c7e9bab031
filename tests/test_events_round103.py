"""Round 103 (events issue 4, events.cameo@229, entities.spacy@29): who a person speaks or acts
for, named in an apposition ("John Smith, a spokesman for the Russian Foreign Ministry"), is
the person's actor, over the article's country and over their birth. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

from tests.test_entities import _by_name, _entities
from tests.test_events_round12 import dyads, rules


def test_spokesman_for_a_ministry_is_that_ministry_s_country(nlp: Any) -> None:
    text = (
        "Ukraine's parliament met on Monday. John Smith, a spokesman for the Russian Foreign "
        "Ministry, criticized Ukraine."
    )
    smith = _by_name(_entities(nlp, text), "John Smith")
    assert smith.actor is not None and smith.actor.code == "RUSGOV", smith
    assert ("RUS", "UKR", "11") in dyads(rules(nlp, text), "criticized")


def test_a_representative_of_a_country_acts_for_it_whatever_his_birth(nlp: Any) -> None:
    text = (
        "Lebanese-American businessman Karim Haddad, a representative of the United Arab "
        "Emirates, met Pompeo in Washington."
    )
    haddad = _by_name(_entities(nlp, text), "Karim Haddad")
    assert haddad.actor is not None and haddad.actor.country == "ARE", haddad


def test_a_spokeswoman_for_a_company_is_the_company_s(nlp: Any) -> None:
    text = "Jane Doe, a spokeswoman for Rosneft, criticized Ukraine on Tuesday."
    doe = _by_name(_entities(nlp, text), "Jane Doe")
    assert doe.actor is not None and doe.actor.code == "RUSBUS", doe


def test_an_envoy_to_a_country_is_not_that_country_s(nlp: Any) -> None:
    # guard: one sent to a country speaks for the sender
    text = "Ukraine's parliament met. Jane Doe, the American envoy to Russia, criticized Ukraine."
    doe = _by_name(_entities(nlp, text), "Jane Doe")
    assert doe.actor is None or doe.actor.country != "RUS", doe


def test_airstrikes_on_sites_in_a_country_strike_that_country(nlp: Any) -> None:
    text = "Israel launched airstrikes on weapons depots in Syria."
    found = dyads(rules(nlp, text), "airstrikes on")
    assert ("ISR", "SYR", "19") in found, found
    found = dyads(
        rules(nlp, "Russia conducted strikes on military sites in Ukraine."), "strikes on"
    )
    assert ("RUS", "UKR", "19") in found, found


def test_strikes_on_an_armed_group_s_sites_do_not_strike_the_country(nlp: Any) -> None:
    # guard: the sites are the group's, wherever they stand
    text = "Egypt launched airstrikes against Islamic State strongholds in Libya on Monday."
    found = dyads(rules(nlp, text), "airstrikes against")
    assert found and ("EGY", "LBY", "19") not in found, found


def test_an_order_to_leave_missions_in_a_country_coerces_no_one_there(nlp: Any) -> None:
    # guard: a country named where the staff are is no target of coercion
    text = "Washington ordered the departure of its employees from its missions in Iraq."
    found = dyads(rules(nlp, text), "ordered")
    assert ("USA", "IRQ", "17") not in found, found


def test_an_embassy_moved_to_a_capital_recognizes_the_host(nlp: Any) -> None:
    text = "Guatemala relocated its embassy to Jerusalem on Tuesday."
    assert ("GTM", "ISR", "05") in dyads(rules(nlp, text), "relocated")


def test_the_special_counsel_is_the_u_s_justice_department_s(nlp: Any) -> None:
    text = (
        "Trump met reporters on Friday. The special counsel investigating Russia's alleged "
        "meddling subpoenaed the bank."
    )
    found = dyads(rules(nlp, text), "investigating")
    assert ("USA", "RUS", "09") in found, found


def test_prosecutors_investigating_an_attack_investigate_it(nlp: Any) -> None:
    text = "U.S. prosecutors investigating Russia's alleged meddling subpoenaed the bank."
    found = dyads(rules(nlp, text), "investigating")
    assert ("USA", "RUS", "09") in found, found


def test_officials_advising_a_government_still_do_not_advise_by_participle(nlp: Any) -> None:
    # guard: a participle that only picks out whom it describes tells no event
    text = "Chilean officials advising Peru's government met on Tuesday."
    found = dyads(rules(nlp, text), "advising")
    assert not any(source == "CHL" for source, _, _ in found), found
