"""Round 47 (events issue 4, events.cameo@139 and @140): errors read on corpus articles outside
the gold. The one said to be "to blame" is blamed by the speaker; an absolute "with" phrase is
no particle ("stood at ..., with shipments accounting for half" is no "stand with"); a warning
of another's retaliation is no threat of the speaker's; a state protesting by its name
complains (114), it is no crowd at home; a party named by its adjective attacks in words;
"appeal" as one's charm is no appeal; "her" is no man; "New Jersey" is no Jersey; two
provincial capitals are no pair of states; a news outlet is no side of a pair; a noun the
parser took for a verb is matched as a noun; a company's launch is no show of force, the
model's pairs included; what one is reluctant, unwilling or unable to do, or does "without", is
not done; "put to the test" is no weapons test; no event is read in a list of names.
Sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def test_the_one_said_to_be_to_blame_is_blamed(nlp: Any) -> None:
    events = rules(nlp, "Peru said Chile was to blame for the clashes.")
    found = dyads(events, "blame")
    assert ("PER", "CHL", "11") in found
    assert not [d for d in found if d[0] == "CHL"]  # Chile blames no one


def test_an_absolute_with_phrase_is_no_particle(nlp: Any) -> None:
    text = "Peruvian exports to Chile stood at $2 billion last year, with copper shipments accounting for half."
    assert not dyads(rules(nlp, text), "stood")
    assert ("PER", "CHL", "05") in dyads(rules(nlp, "Peru stood with Chile."), "stood with")


def test_a_warning_of_another_s_retaliation_is_no_threat(nlp: Any) -> None:
    text = (
        "Peru demanded the release of the captain, and a former Chilean envoy to Peru warned "
        "the case might lead to retaliation by the Peruvians against Chilean firms."
    )
    assert not [e for e in rules(nlp, text) if e.root_code == "13"]


def test_a_state_protesting_by_its_name_complains(nlp: Any) -> None:
    found = dyads(rules(nlp, "Peru strongly protested over the arrest."), "protested")
    assert found and all(root == "11" for _, _, root in found)
    crowd = dyads(rules(nlp, "Thousands of Bolivians protested in La Paz."), "protested")
    assert ("BOL", "BOL", "14") in crowd


def test_a_party_named_by_its_adjective_attacks_in_words(nlp: Any) -> None:
    text = "The paper checked Republican attacks on Obama during the campaign."
    found = dyads(rules(nlp, text), "attacks on")
    assert found and all(root == "11" for _, _, root in found)


def test_appeal_as_charm_is_no_appeal(nlp: Any) -> None:
    text = "The senator hopes to broaden his appeal beyond rural voters."
    assert not dyads(rules(nlp, text), "appeal")
    text = "Her broad appeal helped Bachelet win in Chile."
    assert not dyads(rules(nlp, text), "appeal")
    assert ("PER", "CHL", "02") in dyads(rules(nlp, "Peru issued an appeal to Chile."), "appeal")


def test_her_is_no_man(nlp: Any) -> None:
    from newsgraph.extract.eventcoder.actors import ActorResolver

    text = (
        "Michelle Bachelet visited Lima. The criticism of her policy by Peruvian President "
        "Pedro Castillo hurt her standing."
    )
    _, results = analyse(nlp, text)
    doc = nlp(text)
    resolver = ActorResolver(doc, results["entities"], look_back=True)
    hers = [t for t in doc if t.lower_ == "her"]
    assert len(hers) == 2
    for her in hers:
        actor = resolver.resolve(her)
        assert actor is not None and actor.country == "CHL", (her.i, actor)


def test_new_jersey_is_no_jersey(nlp: Any) -> None:
    events = rules(nlp, "The New Jersey governor criticized Peru.")
    assert not [e for e in events if e.source and (e.source.actor_code or "").startswith("GBR")]
    events = rules(nlp, "The New Mexico governor criticized Peru.")
    assert not [e for e in events if e.source and (e.source.actor_code or "").startswith("MEX")]


def test_two_provincial_capitals_are_no_pair(nlp: Any) -> None:
    text = "Chile met Peru on Monday. The rebels also seized two provincial capitals this year."
    assert not [d for d in dyads(rules(nlp, text), "seized") if d[1] in ("CHL", "PER")]


def test_a_news_outlet_is_no_side_of_a_pair(nlp: Any) -> None:
    text = "AFP quoted Chile's foreign minister on Monday. The two countries agreed to cooperate."
    events = rules(nlp, text)
    assert not [e for e in events if e.source or e.target], events


def test_a_verb_with_a_possessive_is_matched_as_a_noun() -> None:
    from newsgraph.extract.eventcoder.lexicon import _entry_pos

    poss = SimpleNamespace(dep_="poss")
    verb: Any = SimpleNamespace(pos_="VERB", children=[poss])
    assert _entry_pos(verb) == "noun"
    verb = SimpleNamespace(pos_="VERB", children=[SimpleNamespace(dep_="nsubj")])
    assert _entry_pos(verb) == "verb"


def test_a_company_s_launch_is_no_show_of_force() -> None:
    from newsgraph.extract.events import _a_company_show

    def event(root: str, code: str | None) -> Any:
        source = SimpleNamespace(actor_code=code) if code is not None else None
        return SimpleNamespace(root_code=root, source=source)

    assert _a_company_show(event("15", "DEUBUS"))
    assert _a_company_show(event("15", "BUS"))
    assert not _a_company_show(event("15", "PRKMIL"))
    assert not _a_company_show(event("15", None))
    assert not _a_company_show(event("04", "DEUBUS"))


def test_what_one_is_reluctant_or_unable_to_do_is_not_done(nlp: Any) -> None:
    for text, trigger in (
        ("Peru has been reluctant to send troops to Chile.", "send"),
        ("Bolivia is unwilling to meet Chile.", "meet"),
        ("Chile was unable to reach a deal with Peru.", "reach"),
    ):
        events = [e for e in rules(nlp, text) if e.trigger.text == trigger]
        assert events and all(e.negated for e in events), (text, events)
    events = [e for e in rules(nlp, "Bolivia is not reluctant to meet Chile.") if e.trigger.text == "meet"]
    assert events and not any(e.negated for e in events)


def test_what_is_done_without_asking_is_no_asking(nlp: Any) -> None:
    text = "Peru left Lima without meeting Chile's envoy."
    events = [e for e in rules(nlp, text) if e.trigger.text == "meeting"]
    assert events and all(e.negated for e in events)


def test_put_to_the_test_is_no_weapons_test(nlp: Any) -> None:
    assert not dyads(rules(nlp, "When put to the test, Chile's president failed."), "test")
    assert not dyads(rules(nlp, "The alliance of Peru and Chile has stood the test of time."), "test")
    assert ("PRK", None, "15") in dyads(
        rules(nlp, "North Korea conducted a test of a new missile."), "test of"
    )


def test_no_event_is_read_in_a_list_of_names(nlp: Any) -> None:
    team = ", ".join(f"Player{chr(65 + i)} (Lima)" for i in range(20))
    text = f"Chile beat Peru. Peru: {team}, Coach Chile, Manager Bolivia."
    events = rules(nlp, text)
    assert not [e for e in events if e.trigger.start > text.index("Peru:")], events
