"""Who does an embedded or participle verb (issue 4, 2026-11-29): the noun a participle is said
of ("Soto, meeting with ..."), the object of a verb of causing or asking ("led Chile to expel"),
the object of "despite"/"with" right before a participle ("despite Chile denouncing"); an act
asked for is not told as done; a deal named in passing is no event. Sentences written for these tests, with the
real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse

Coded = tuple[str | None, str | None, str]


def _codes(nlp: Any, text: str, expected: Coded, not_expected: Coded | None = None) -> None:
    """The rules code `expected` (source, target, code) at the emit line, and never
    `not_expected`."""
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert expected in coded(events), coded(events, 0.0)
    if not_expected is not None:
        assert not_expected not in coded(events, 0.0)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a participle in apposition: the one it is said of meets, not nobody
        (
            "Chilean Foreign Minister Ana Soto, meeting with Peru's top diplomat in Lima, "
            "urged calm.",
            ("CHL", "PER", "040"),
            None,
        ),
        # object control: the one led, prompted or pressed acts
        (
            "The border dispute led Chile to expel three Peruvian diplomats.",
            ("CHL", "PER", "174"),
            None,
        ),
        (
            "Bolivia's protest prompted Chile to expel three Peruvian diplomats.",
            ("CHL", "PER", "174"),
            ("BOL", "PER", "174"),
        ),
        # "despite X doing": X does it, not the main clause's subject
        (
            "Peru went ahead with the plan, despite Chile and Bolivia firmly denouncing the "
            "Peruvian blockade.",
            ("BOL", "PER", "111"),
            None,
        ),
        # "with X doing": the parser hangs the participle on X
        (
            "The vote deepened the rift, with Chile and Bolivia condemning Peru's blockade.",
            ("CHL", "PER", "111"),
            None,
        ),
        (
            "Argentina said on Monday it would proceed, despite Chile repeatedly denouncing "
            "Peru's blockade.",
            ("CHL", "PER", "111"),
            ("ARG", "PER", "111"),
        ),
        # "its" in the deed someone is judged for is the one judged
        (
            "Chile imposed sanctions on Peru for its annexation of the Bolivian coast.",
            ("PER", "BOL", "192"),
            ("CHL", "BOL", "192"),
        ),
        (
            "Peru was blamed by Chile for its attack on Bolivia.",
            ("PER", "BOL", "190"),
            ("CHL", "BOL", "190"),
        ),
        # the possessor undergoes an arrest or a release ...
        (
            "Chile welcomed the sailors after their release from Peru.",
            ("PER", "CHL", "0841"),
            ("CHL", "PER", "0841"),
        ),
        (
            "Bolivia condemned the Chilean envoy's arrest by Peruvian police.",
            ("PER", "CHL", "173"),
            None,
        ),
        # ... unless an of-phrase names who undergoes it
        ("Bolivia condemned Chile's arrest of Peruvian fishermen.", ("CHL", "PER", "173"), None),
    ],
)
def test_the_one_who_acts_in_an_embedded_clause(
    nlp: Any,
    text: str,
    expected: tuple[str, str, str],
    not_expected: tuple[str, str, str] | None,
) -> None:
    _codes(nlp, text, expected, not_expected)


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in Chile raised concerns about the trade deal with Peru.",
        "Chile has put a great deal of pressure on Peru.",
    ],
)
def test_a_deal_named_in_passing_is_no_event(nlp: Any, text: str) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert not [e for e in events if e.trigger.text.lower().endswith("deal")], events


def test_an_act_asked_for_is_not_told_as_done(nlp: Any) -> None:
    text = "Chile pushed Peru to open its economy to Chilean firms."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    opened = [e for e in events if e.code.startswith("06")]
    assert opened and all(e.mode == "hypothetical" for e in opened), events
    # caused, it was done
    text = "The attack prompted Chile to recall its ambassador from Peru."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert [e.mode for e in events if e.code == "161"] == ["asserted"], events


def test_a_participle_that_picks_out_whom_it_describes_tells_no_deed(nlp: Any) -> None:
    text = "Chilean officials advising Peru's government on trade met on Monday."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("CHL", "PER", "020") not in coded(events, 0.0)


def test_a_name_given_with_as_is_not_the_namers_act(nlp: Any) -> None:
    text = "Chile condemned the launches by Peru as disguised missile tests."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("CHL", "PER", "111") in coded(events), coded(events, 0.0)
    assert not [
        e
        for e in events
        if e.code.startswith("15")
        and e.source
        and e.source.actor_code
        and e.source.actor_code.startswith("CHL")
    ], events


def test_a_show_of_force_over_a_country_is_aimed_at_it(nlp: Any) -> None:
    text = "Chile's missile launch over Peru alarmed the region."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("CHL", "PER", "150") in coded(events), coded(events, 0.0)
    # a war over a place is a war about it, not against it
    text = "Chile's war over the Atacama region ended in 1884."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert not [e for e in events if e.target is not None], events


@pytest.mark.parametrize(
    "text",
    [
        '"We think that an agreement between Chile and Peru is close," the minister said.',
        "The minister said Chile is nearing a trade agreement with Peru.",
        "Chile said on Monday that it was close to an agreement with Peru.",
    ],
)
def test_an_agreement_not_yet_reached_is_not_told_as_made(nlp: Any, text: str) -> None:
    options = {"event_model": False, "event_min_confidence": 0.0}
    made = [e for e in analyse(nlp, text, "2020-01-01", options)[0] if e.code == "057"]
    assert made and all(e.mode == "hypothetical" for e in made), made


def test_a_span_of_time_holds_its_event(nlp: Any) -> None:
    # "two days of drills": the drills are what is held (joint: 062 both ways)
    text = "Chile and Peru held two days of naval drills off the coast."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert {("CHL", "PER", "062"), ("PER", "CHL", "062")} <= coded(events), coded(events, 0.0)


def test_a_deed_someone_is_judged_for_is_theirs(nlp: Any) -> None:
    text = "Chile has accused Peru of violating international law by closing the border."
    options = {"event_model": False, "event_min_confidence": 0.0}
    events = analyse(nlp, text, "2020-01-01", options)[0]
    assert ("CHL", "PER", "112") in coded(events), coded(events, 0.0)
    violated = [e for e in events if e.code.startswith("12")]
    assert violated and all(e.source and e.source.actor_code == "PER" for e in violated)
    # alleged, not told; and the accuser is no party to it
    assert all(e.mode == "reported" and e.target is None for e in violated), violated
    text = "Chile thanked Peru for hosting the talks with Bolivia."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("PER", "BOL", "040") in coded(events), coded(events, 0.0)


def test_a_deed_campaigned_for_is_not_told_as_done(nlp: Any) -> None:
    text = "Soto, a prominent campaigner for Chilean withdrawal from the Andean Community, spoke."
    options = {"event_model": False, "event_min_confidence": 0.0}
    events = [e for e in analyse(nlp, text, "2020-01-01", options)[0] if e.code == "166"]
    assert events and all(e.mode == "hypothetical" for e in events), events


def test_a_named_rival_at_home_is_a_target(nlp: Any) -> None:
    # a party at home criticizes the government's decision: USA > USA
    text = "Democrats criticized Trump's decision to withdraw from the accord."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("USA", "USA", "111") in coded(events), coded(events, 0.0)
    # the country itself is no rival of its own ministry
    text = "China's foreign ministry criticized China's critics."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("CHN", "CHN", "111") not in coded(events, 0.0)


def test_the_owner_of_an_act_refused_is_the_target(nlp: Any) -> None:
    text = "The Chilean government refuses to accept Peru's denials that it was involved."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    refused = [e for e in events if e.code.startswith("12")]
    assert refused and all("+target" not in e.rule for e in refused), refused
    assert ("CHL", "PER", refused[0].code) in coded(events), coded(events, 0.0)


def test_a_news_outlet_is_no_party_the_model_may_pair(nlp: Any) -> None:
    text = "Chile imposed new sanctions on Peru on Monday, the Wall Street Journal reported."
    events = analyse(nlp, text, "2020-01-01", {"event_min_confidence": 0.0})[0]
    assert ("CHL", "PER", "163") in coded(events), coded(events, 0.0)
    sides = {a.actor_code for e in events for a in (e.source, e.target) if a is not None}
    assert not any(code and code.endswith("MED") for code in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to the BBC on Sunday, the Chilean president said the vote would be close.",
        "Chile warned that Peru would be met with overwhelming force if it crossed the border.",
    ],
)
def test_an_interview_or_a_reception_is_no_meeting(nlp: Any, text: str) -> None:
    options = {"event_model": False, "event_min_confidence": 0.0}
    events = analyse(nlp, text, "2020-01-01", options)[0]
    assert not [e for e in events if e.code.startswith("04") and e.target is not None], events


def test_a_headline_verb_read_as_a_noun_keeps_its_object(nlp: Any) -> None:
    # the parser reads "sanctions" as a noun with a direct object
    _codes(nlp, "Biden sanctions Iranian officials over drone sales", ("USA", "IRN", "163"))


def test_one_who_notices_a_launch_did_not_launch_it(nlp: Any) -> None:
    text = "The Chilean navy detected the launch of a Peruvian missile from the coast."
    _codes(nlp, text, ("PER", None, "150"), ("CHL", None, "150"))


@pytest.mark.parametrize(
    "text",
    [
        "Chile is still working on a second meeting with Peru's president.",
        "Chile's president fervently aspires to reconciliation with Peru.",
    ],
)
def test_an_event_striven_for_is_not_told_as_done(nlp: Any, text: str) -> None:
    options = {"event_model": False, "event_min_confidence": 0.0}
    events = [e for e in analyse(nlp, text, "2020-01-01", options)[0] if e.code[:2] in ("04", "05")]
    assert events and all(e.mode == "hypothetical" for e in events), events


def test_an_act_kept_from_happening_is_not_told(nlp: Any) -> None:
    text = "Chile announced a moratorium on nuclear tests."
    options = {"event_model": False, "event_min_confidence": 0.0}
    events = analyse(nlp, text, "2020-01-01", options)[0]
    told = [e for e in events if e.code.startswith("15") and e.mode in ("asserted", "reported")]
    assert not told, events
    # the moratorium itself is Chile's de-escalation
    assert ("CHL", None, "087") in coded(events, 0.0), events


def test_an_amounts_goods_name_whom_tariffs_hit(nlp: Any) -> None:
    text = "Chile imposed a 25 percent tariff on about $50 billion in Peruvian goods."
    _codes(nlp, text, ("CHL", "PER", "163"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru resisted a call to expel Chilean diplomats in response to new sanctions by "
            "Chile against Peru.",
            ("CHL", "PER", "163"),
        ),
        ("Bolivia has defended plans to end Chile's arms embargo on Peru.", ("CHL", "PER", "163")),
        # what states join together to do is done together, not a purpose
        (
            "Chile and Bolivia joined together to impose new sanctions on Peru.",
            ("CHL", "PER", "163"),
        ),
    ],
)
def test_an_event_a_plan_takes_as_given_is_told(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    told = [e for e in events if e.code == expected[2] and e.mode in ("asserted", "reported")]
    assert expected in coded(told), events


def test_an_event_before_a_future_act_is_still_to_come(nlp: Any) -> None:
    text = "Chile will decide on the tariffs after its meeting with Peru's president."
    options = {"event_model": False, "event_min_confidence": 0.0}
    meetings = [e for e in analyse(nlp, text, "2020-01-01", options)[0] if e.code == "040"]
    assert meetings and all(e.mode == "future" for e in meetings), meetings


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # two named people of one code (both CHLGOV) are two parties
        (
            "Chilean President Ana Soto praised Chilean Foreign Minister Luis Vera on Monday.",
            ("CHL", "CHL", "051"),
            None,
        ),
        # an act between sides is each one's on the other, whatever the act
        (
            "Clashes between Peruvian soldiers and Chilean troops erupted in Arica on Monday.",
            ("PER", "CHL", "190"),
            ("PER", None, "190"),
        ),
        (
            "Clashes between Peruvian soldiers and Chilean troops erupted in Arica on Monday.",
            ("CHL", "PER", "190"),
            None,
        ),
        # ... but a crowd's clash with another country's troops is its violent protest against
        # them (events.cameo@99; the gold codes "clashes between Palestinian protesters and
        # Israeli troops" so)
        (
            "Clashes between Peruvian protesters and Chilean troops erupted in Arica on Monday.",
            ("PER", "CHL", "145"),
            ("CHL", "PER", "190"),
        ),
        # concern over an act disapproves of its doer
        (
            "Peru expressed serious concern about Chile's new border fence.",
            ("PER", "CHL", "110"),
            None,
        ),
        (
            "Bolivia voiced growing concern over Chilean moves in the Pacific.",
            ("BOL", "CHL", "110"),
            None,
        ),
        # an amount holds what it counts: the aid is what is revoked
        (
            "Chile will revoke more than $200 million in economic aid for Bolivia.",
            ("CHL", "BOL", "162"),
            ("CHL", "BOL", "172"),
        ),
        # tear gas is force against a crowd, not an attack with arms
        (
            "Chilean police fired tear gas at Peruvian protesters in Arica.",
            ("CHL", "PER", "175"),
            ("CHL", "PER", "193"),
        ),
        # the one hit with sanctions is their target; the test they answer is not the
        # sanctioner's own
        (
            "The U.N. slapped Peru with new sanctions in response to a nuclear test.",
            ("IGO", "PER", "163"),
            ("IGO", None, "150"),
        ),
        ("Chile hit Peru with new tariffs on Monday.", ("CHL", "PER", "163"), None),
        # people a state arrests or cracks down on, named by no country, are its own ...
        (
            "Chilean police detained dozens of protesters in Santiago.",
            ("CHL", "CHL", "173"),
            ("CHL", None, "173"),
        ),
        ("Peru cracked down on dissent after the vote.", ("PER", "PER", "175"), None),
        # ... and those named by one are that country's
        (
            "Chile arrested two Peruvian fishermen off Arica.",
            ("CHL", "PER", "173"),
            ("CHL", "CHL", "173"),
        ),
        # a reaction whose verb names what it is about: the one whose deed it is
        # (not the partner of the dyad before)
        (
            "Chilean President Gabriel Boric met Bolivian President Luis Arce on Monday. "
            "Boric said he disapproved of Peruvian President Pedro Castillo's actions.",
            ("CHL", "PER", "110"),
            ("CHL", "BOL", "110"),
        ),
        # a pledge of harm is a threat, not an intent
        ("Bolivia vowed to apply more pressure on Chile.", ("BOL", "CHL", "130"), None),
        (
            "Bolivia vowed to make Chile pay for the blockade.",
            ("BOL", "CHL", "130"),
            ("BOL", "CHL", "030"),
        ),
        # harm foretold in a warning is a threat toward whom the warning names
        (
            "The Chilean defense minister warned that a major conflict with Peru was possible.",
            ("CHL", "PER", "130"),
            None,
        ),
        # leaders who clash with no arms and no blood clash in words
        (
            "The Chilean foreign minister clashed with the Bolivian president over water rights.",
            ("CHL", "BOL", "111"),
            ("CHL", "BOL", "190"),
        ),
        # a state's troops killing another country's people use force (19), not assault (18)
        (
            "Peruvian troops killed three Bolivian smugglers on Tuesday.",
            ("PER", "BOL", "190"),
            ("PER", "BOL", "180"),
        ),
        # a war waged with words
        (
            "Chile is waging a diplomatic war against Peru.",
            ("CHL", "PER", "111"),
            ("CHL", "PER", "190"),
        ),
        # "the rival Koreas" are the two Koreas
        (
            "A rapprochement between the rival Koreas began in January.",
            ("KOR", "PRK", "050"),
            None,
        ),
        # barred from acting is a restriction (172), not an embargo
        (
            "Chile barred Peruvian diplomats from entering Arica.",
            ("CHL", "PER", "172"),
            ("CHL", "PER", "163"),
        ),
        # an armed group's victims at home are its targets
        (
            "Boko Haram kidnapped dozens of Nigerian schoolgirls in 2014.",
            ("NGA", "NGA", "181"),
            ("NGA", None, "181"),
        ),
        # the deed one is punished for is the punished one's
        (
            "Chile imposed sanctions on Peru for detaining a Chilean fisherman.",
            ("PER", "CHL", "173"),
            ("CHL", "CHL", "173"),
        ),
        (
            "Chilean authorities seized the Peruvian-flagged tanker Costa Azul for selling fuel to "
            "Bolivia.",
            ("PER", "BOL", "061"),
            ("CHL", "BOL", "061"),
        ),
        # a test another names or weighs is not the namer's
        (
            "Peru launched a missile on Monday. The Chilean president called the launch "
            "deplorable.",
            ("PER", None, "150"),
            ("CHL", None, "150"),
        ),
        # what a state is provided with is the aid
        (
            "Chile provided Bolivia with millions of dollars in loans.",
            ("CHL", "BOL", "071"),
            None,
        ),
        # options on the table are a threat, the speaker's toward whom the clause names
        (
            "The Chilean foreign minister said all options are on the table in dealing with Peru.",
            ("CHL", "PER", "130"),
            None,
        ),
        (
            '"All of the options are on the table," the Chilean foreign minister said of Peru.',
            ("CHL", "PER", "130"),
            None,
        ),
        # a price another will pay is a threat toward the one who is to pay it
        (
            "The Chilean president said Peru would pay a heavy price for the blockade.",
            ("CHL", "PER", "130"),
            None,
        ),
        # what is judged in the passive, with no one named, is its owner's
        (
            "Chile's crackdown on the protests has been widely criticized.",
            (None, "CHL", "111"),
            None,
        ),
        # two sides that clash clash with each other (in words, with no one armed)
        (
            "Chile and Peru have clashed over fishing rights for years.",
            ("CHL", "PER", "111"),
            ("CHL", None, "190"),
        ),
        # a body of people acts as the people it is made of
        (
            "A delegation of Chilean officials met Peruvian leaders in Lima.",
            ("CHL", "PER", "040"),
            None,
        ),
        # a denial answers the one whose report or claim it denies
        (
            "Peru denied reports from Chilean intelligence officials that it had armed the rebels.",
            ("PER", "CHL", "016"),
            None,
        ),
        # missiles fired at someone are an attack, not a show of force
        (
            "Peru fired rockets at Chilean border posts on Monday.",
            ("PER", "CHL", "190"),
            ("PER", "CHL", "150"),
        ),
        # one's own tests stopped are a de-escalation, not a test
        (
            "Peru halted missile tests during its talks with Chile.",
            ("PER", "CHL", "087"),
            ("PER", None, "150"),
        ),
        # a naming verb's "for" is what the name is for, not a "call for"
        (
            "Peru called Chile a bully for its blockade of the port.",
            ("PER", "CHL", "111"),
            ("PER", "CHL", "020"),
        ),
        # the one committed commits: no target made of the subject
        (
            "The Chilean foreign minister said Chile was fully committed to talks with Peru.",
            ("CHL", "PER", "030"),
            (None, "CHL", "030"),
        ),
    ],
)
def test_who_it_is_done_to_and_with_what(
    nlp: Any, text: str, expected: Coded, not_expected: Coded | None
) -> None:
    _codes(nlp, text, expected, not_expected)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a bare concern is no disapproval
        ("Security concerns in Lima grew as Peru hosted the summit.", "11"),
        # killing jobs kills no one
        ("Chile accused Peru of killing Chilean jobs with cheap copper.", "18"),
    ],
)
def test_words_that_make_no_such_event(nlp: Any, text: str, root: str) -> None:
    options = {"event_model": False, "event_min_confidence": 0.0}
    events = analyse(nlp, text, "2020-01-01", options)[0]
    assert not [e for e in events if e.code.startswith(root)], events


def test_a_reporter_speaking_with_officials_is_no_consultation(nlp: Any) -> None:
    text = "TASS reporter Ana Soto spoke with Chilean officials in Santiago on Monday."
    options = {"event_model": False, "event_min_confidence": 0.0}
    events = analyse(nlp, text, "2020-01-01", options)[0]
    by_outlet = [
        e
        for e in events
        if e.code.startswith("04") and e.source and (e.source.actor_code or "").endswith("MED")
    ]
    assert not by_outlet, events


def test_talking_about_a_country_is_no_consultation_with_it(nlp: Any) -> None:
    options = {"event_model": False, "event_min_confidence": 0.0}
    text = "Soto was right when she talked about Peru. Chile's president talked with Peru's."
    events = analyse(nlp, text, "2020-01-01", options)[0]
    talks = [e for e in events if e.code.startswith("04")]
    assert [e.trigger.text for e in talks] == ["talked with"], talks


def test_only_an_addressed_act_borrows_a_target_from_before(nlp: Any) -> None:
    text = (
        "Chilean President Ana Soto met Peru's president in Lima on Monday. "
        "Soto then pledged to boost investment. Soto called for more support."
    )
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("CHL", "PER", "020") in coded(events), coded(events, 0.0)
    assert not [e for e in coded(events, 0.0) if e[2].startswith("03") and e[1] == "PER"]


def test_hoping_another_will_act_appeals_to_it(nlp: Any) -> None:
    events = analyse(nlp, "Chile hopes that Peru will return to the talks.", "2020-01-01")[0]
    assert [
        (e.source.actor_code, e.target.actor_code, e.code[:2])
        for e in events
        if e.source and e.target
    ] == [("CHL", "PER", "02")], events
    quiet = analyse(nlp, "Chile hopes the weather will improve.", "2020-01-01")[0]
    assert not quiet, quiet
