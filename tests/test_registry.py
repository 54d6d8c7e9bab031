"""The extractor registry: ordering by needs, refusing what cannot run."""

from __future__ import annotations

import pytest

from newsgraph.errors import RegistryError
from newsgraph.extract import registry
from newsgraph.extract.registry import Context, extractor, plan


@pytest.fixture()
def clean_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_REGISTRY", {})
    monkeypatch.setattr(registry, "BUILTIN_MODULES", ())


def test_registry_orders_by_needs(clean_registry: None) -> None:
    @extractor("b", version="1", produces="events", needs=("entities",))
    def b(ctx: Context) -> tuple[()]:
        return ()

    @extractor("a", version="2", produces="entities")
    def a(ctx: Context) -> tuple[()]:
        return ()

    order = plan()
    assert [s.key for s in order] == ["a@2", "b@1"]


def test_registry_refuses_unmet_needs(clean_registry: None) -> None:
    @extractor("b", version="1", produces="events", needs=("places",))
    def b(ctx: Context) -> tuple[()]:
        return ()

    with pytest.raises(RegistryError, match="needs 'places'"):
        plan()


def test_registry_refuses_cycles(clean_registry: None) -> None:
    @extractor("x", version="1", produces="p", needs=("q",))
    def x(ctx: Context) -> None:
        return None

    @extractor("y", version="1", produces="q", needs=("p",))
    def y(ctx: Context) -> None:
        return None

    with pytest.raises(RegistryError, match="cycle"):
        plan()


def test_registry_refuses_two_producers(clean_registry: None) -> None:
    @extractor("x", version="1", produces="p")
    def x(ctx: Context) -> None:
        return None

    @extractor("y", version="1", produces="p")
    def y(ctx: Context) -> None:
        return None

    with pytest.raises(RegistryError, match="both produce"):
        plan()
    assert [s.name for s in plan(["y"])] == ["y"]


def test_registry_unknown_name(clean_registry: None) -> None:
    with pytest.raises(RegistryError, match="no extractor named"):
        plan(["nope"])


def test_registry_builtins_plan_is_complete() -> None:
    """Every built-in extractor's needs are met and every record product has a producer."""
    specs = plan()
    produced = {s.produces for s in specs}
    assert "entities" in produced
    for s in specs:
        assert s.version and s.name and s.doc, s
