"""The Engine over hand-registered extractors and a blank spaCy pipeline (no model needed)."""

from __future__ import annotations

import pytest

from newsgraph.engine import Engine
from newsgraph.errors import ExtractorError, TooLarge
from newsgraph.extract import registry
from newsgraph.extract.registry import Context, extractor
from newsgraph.records import Analysis, Article, Entity, ErrorInfo, FailedItem, Span
from newsgraph.settings import Settings


@pytest.fixture()
def fake_extractors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_REGISTRY", {})
    monkeypatch.setattr(registry, "BUILTIN_MODULES", ())

    @extractor("caps", version="3", produces="entities")
    def caps(ctx: Context) -> tuple[Entity, ...]:
        out = []
        for tok in ctx.doc:
            if tok.text == "BOOM":
                raise ValueError("boom")
            if tok.text.istitle():
                out.append(Entity(f"e{len(out) + 1}", tok.text, "OTHER",
                                  (Span(tok.idx, tok.idx + len(tok), tok.text),), extractor="caps@3"))
        return tuple(out)

    @extractor("count", version="1", produces="tags", needs=("entities",))
    def count(ctx: Context) -> tuple[object, ...]:
        from newsgraph.records import Tag

        assert ctx.options["event_min_confidence"] == 0.5
        return (Tag("names", float(len(ctx.need("entities")))),)


def engine() -> Engine:
    return Engine(Settings(model="blank:en", max_chars=1000))


def test_engine_runs_extractors_in_order(fake_extractors: None) -> None:
    a = engine().analyze_text("Alice met Bob in Paris.", published="2025-01-02")
    assert [e.name for e in a.entities] == ["Alice", "Bob", "Paris"]
    assert a.tags[0].score == 3.0
    assert a.extractors == {"caps": "3", "count": "1"}
    assert a.article.published == "2025-01-02"


def test_engine_batch_keeps_order_and_turns_failures_into_items(fake_extractors: None) -> None:
    items: list[Article | FailedItem] = [
        Article(id="1", text="One Two"),
        FailedItem(ErrorInfo("E101", "empty", "x.txt")),
        Article(id="2", text="x BOOM y"),
        Article(id="3", text="y" * 2000),
        Article(id="4", text="Three"),
    ]
    out = list(engine().analyze_many(items))
    assert [type(o).__name__ for o in out] == ["Analysis", "FailedItem", "FailedItem", "FailedItem", "Analysis"]
    assert isinstance(out[2], FailedItem) and out[2].error.code == ExtractorError.code
    assert "caps@3" in out[2].error.message
    assert isinstance(out[3], FailedItem) and out[3].error.code == TooLarge.code
    assert isinstance(out[4], Analysis) and out[4].entities[0].name == "Three"


def test_engine_analyze_raises_readable_error(fake_extractors: None) -> None:
    with pytest.raises(ExtractorError, match="extractor caps@3 failed"):
        engine().analyze(Article(id="x", text="BOOM"))


def test_engine_constructor_does_no_io(tmp_path: pytest.TempPathFactory) -> None:
    e = Engine(Settings(model="no_such_model_xyz", db="sqlite:////nonexistent/dir/x.db"))
    assert e.settings.model == "no_such_model_xyz"  # nothing loaded or opened yet


def test_engine_missing_model_says_what_to_install(fake_extractors: None) -> None:
    from newsgraph.errors import ModelMissing

    with pytest.raises(ModelMissing, match="pip install no-such-model"):
        Engine(Settings(model="no_such_model")).analyze_text("x")


def test_engine_lexicon_files_are_part_of_the_versions(fake_extractors: None, tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    f = Path(str(tmp_path)) / "x.tsv"
    f.write_text("pos\tlemma\n", encoding="utf-8")
    e1 = Engine(Settings(model="blank:en", lexicons=str(f)))
    v1 = e1.extractor_versions["lexicons"]
    f.write_text("pos\tlemma\nverb\tx\n", encoding="utf-8")
    assert Engine(Settings(model="blank:en", lexicons=str(f))).extractor_versions["lexicons"] != v1
    assert "lexicons" not in engine().extractor_versions
