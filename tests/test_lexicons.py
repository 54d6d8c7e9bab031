"""Users extend the lexicons through one setting (NEWSGRAPH_LEXICONS): each extractor takes the
files written in its own format and leaves the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import Engine
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def test_lexicons_extend_events_and_tags_from_one_setting(tmp_path: Path) -> None:
    taxonomy = tmp_path / "themes.tsv"
    taxonomy.write_text(
        "label\tparent\tname\tdefinition\tterms\tevents\troles\n"
        "theme/grain-corridor\teconomy\tGrain corridor\tGrain shipped through a negotiated sea "
        "corridor.\tgrain corridor|grain deal\t\t\n",
        encoding="utf-8",
    )
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text("pos\tlemma\tparticle\tobject\tcode\tframe\nverb\tpummel\t-\t-\t195\tevent\n", encoding="utf-8")
    settings = Settings(lexicons=f"{taxonomy}:{verbs}", home=str(tmp_path))
    text = (
        "Russian artillery pummeled the Ukrainian army near Kharkiv on Monday. Talks on the grain "
        "corridor stalled, and officials said the grain deal could collapse."
    )
    a = Engine(settings).analyze_text(text, published="2025-03-10")
    assert any(e.rule.endswith("pummel") and e.code == "195" for e in a.events), a.events
    grain = [t for t in a.tags if t.label == "theme/grain-corridor"]
    assert grain and any("grain corridor" in ev for ev in grain[0].evidence)
    plain = Engine(Settings(home=str(tmp_path))).analyze_text(text, published="2025-03-10")
    assert not any(e.code == "195" for e in plain.events)
    assert not [t for t in plain.tags if t.label == "theme/grain-corridor"]


def test_lexicons_extend_actor_tables(tmp_path: Path) -> None:
    orgs = tmp_path / "my-orgs.tsv"
    orgs.write_text("name\tcode\tcountry\trole\nNordhavn Petroleum\tNORBUS\tNOR\tBUS\n", encoding="utf-8")
    text = "Nordhavn Petroleum said on Monday that its profits fell by a third."
    ent = _entity(Engine(Settings(lexicons=str(orgs), home=str(tmp_path))).analyze_text(text), "Nordhavn")
    assert ent.actor is not None and ent.actor.code == "NORBUS"
    plain = _entity(Engine(Settings(home=str(tmp_path))).analyze_text(text), "Nordhavn")
    assert plain.actor is None or plain.actor.code != "NORBUS"


def _entity(analysis: object, name: str):  # type: ignore[no-untyped-def]
    from newsgraph.records import Analysis

    assert isinstance(analysis, Analysis)
    found = [e for e in analysis.entities if name in e.name]
    assert found, [e.name for e in analysis.entities]
    return found[0]
