"""Reactions to a deed told before, and one event per dyad and code in a sentence (events
issue 4), on short texts written for the test and parsed by the real pipeline."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse, find


def test_condemning_the_launch_targets_whoever_launched(nlp: Any) -> None:
    events, _ = analyse(
        nlp,
        "North Korea launched a rocket on Sunday. "
        "The United States, South Korea and Japan condemned the launch.",
    )
    for source in ("USA", "KOR", "JPN"):
        hits = find(events, source, "PRK", "11")
        assert hits, source
        assert "+target:deed" in hits[0].rule


def test_a_noun_for_any_deed_takes_the_latest_doer(nlp: Any) -> None:
    events, _ = analyse(
        nlp,
        "Vietnam expelled two Chinese diplomats on Friday. Beijing sharply criticized the move.",
    )
    assert find(events, "CHN", "VNM", "11")


def test_a_deed_of_the_reacting_side_itself_is_not_its_target(nlp: Any) -> None:
    # "his decision" is the source's own: no target is borrowed from the deed before
    events, _ = analyse(
        nlp,
        "Turkey launched an offensive in Syria. Later Trump praised his decision to pull out.",
    )
    assert not [e for e in events if "+target:deed" in e.rule]


def test_a_reaction_with_its_own_target_borrows_nothing(nlp: Any) -> None:
    events, _ = analyse(
        nlp,
        "North Korea launched a rocket on Sunday. Japan condemned China for the move.",
    )
    assert find(events, "JPN", "CHN", "11")
    assert not find(events, "JPN", "PRK", "11")


def test_one_event_per_dyad_and_code_in_a_sentence(nlp: Any) -> None:
    # "sanctions" and "imposed" tell one act: a single USA > RUS 16 event
    events, _ = analyse(
        nlp,
        "The United States imposed new sanctions on Russia, and Washington's sanctions "
        "on Russia hit its banks.",
    )
    keys = [
        (e.source.actor_code[:3] if e.source and e.source.actor_code else None,
         e.target.actor_code[:3] if e.target and e.target.actor_code else None,
         e.root_code, e.mode, e.negated)
        for e in events
    ]
    assert keys and len(keys) == len(set(keys))
    assert find(events, "USA", "RUS", "16")
