"""Golden test on the seed article (../shared/examples): what issue 2 promises a reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import Engine
from newsgraph.records import Analysis, Article
from newsgraph.schema import validate_record

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed(shared: Path) -> Analysis:
    engine = Engine()
    items = list(engine.read([shared / "examples" / "reuters-xi-mishustin.txt"], published="2025-11-04"))
    assert len(items) == 1 and isinstance(items[0], Article)
    return engine.analyze(items[0])


def test_seed_record_is_valid(seed: Analysis) -> None:
    assert validate_record(seed.to_dict()) == []


def test_seed_title_once_and_footer_gone(seed: Analysis) -> None:
    art = seed.article
    assert art.title == "Xi Jinping seeks closer China-Russia investment ties amid Western sanctions"
    assert art.source == "Reuters"
    assert art.published == "2025-11-04"
    assert art.title not in art.text
    assert art.text.startswith("Chinese President Xi Jinping")
    assert not art.text.rstrip().endswith("Tags")
    assert art.text.rstrip().endswith("deepening energy ties.")


@pytest.mark.parametrize(
    ("name", "type_", "min_mentions"),
    [
        ("Xi Jinping", "PERSON", 4),
        ("Mikhail Mishustin", "PERSON", 3),
        ("Li Qiang", "PERSON", 1),
        ("Vladimir Putin", "PERSON", 1),
        ("Rosneft", "ORG", 1),
        ("Lukoil", "ORG", 1),
    ],
)
def test_seed_entities_merged(seed: Analysis, name: str, type_: str, min_mentions: int) -> None:
    matches = [e for e in seed.entities if e.name == name]
    assert len(matches) == 1, [e.name for e in seed.entities]
    ent = matches[0]
    assert ent.type == type_
    assert len(ent.mentions) >= min_mentions
    surname = name.split()[-1]
    # no second entity for the bare surname ("Xi", "Mishustin")
    assert not [e for e in seed.entities if e.name in {surname, name.split()[0]} and e is not ent]
