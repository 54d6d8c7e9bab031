"""The Engine over hand-registered extractors and a blank spaCy pipeline (no model needed)."""

from __future__ import annotations

import pytest

from newsgraph.engine import Engine
from newsgraph.errors import ExtractorError, TooLarge
from newsgraph.extract import registry
from newsgraph.extract.registry import Context, extractor
from newsgraph.nlp.pipeline import PIPELINE_REVISION
from newsgraph.records import Analysis, Article, Entity, ErrorInfo, FailedItem, Span
from newsgraph.settings import Settings
from newsgraph.store import Store


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
    assert a.extractors == {"caps": "3", "count": "1", "nlp": f"blank:en/{PIPELINE_REVISION}"}
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


def test_engine_ingest_goes_on_past_an_article_the_database_refuses(
    fake_extractors: None, store: Store
) -> None:
    # PostgreSQL refuses an id over the key's 1,000 characters and any NUL character
    # (SQLite keeps both): each is one failed article, the batch goes on.
    eng = Engine(Settings(model="blank:en"), store=store)
    articles = [
        Article(id="a" * 1001, text="Kenya signed.", origin="in.jsonl:1"),
        Article(id="nul", text="Uganda \x00 signed.", origin="in.jsonl:2"),
        Article(id="ok", text="Rwanda signed.", origin="in.jsonl:3"),
    ]
    report = eng.ingest(articles)
    assert store.has("ok")
    if store.dialect == "postgresql":
        assert (report.inserted, report.failed) == (1, 2)
        assert [(e.error.code, e.error.input) for e in report.errors] == [
            ("E400", "in.jsonl:1"),
            ("E400", "in.jsonl:2"),
        ]
        assert store.stats()["errors"] == 2
    else:
        assert (report.inserted, report.failed) == (3, 0)


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


# ---------------------------------------------------------------------- worker processes
def _mixed_items() -> list[Article | FailedItem]:
    texts = [
        "On Monday the minister said prices rose 5% last week.",
        "",
        "Nothing happened yesterday, and nothing will happen tomorrow.",
        "Talks resumed on 3 March 2024 in Geneva.",
        "x" * 300,
    ] * 2
    return [
        Article(id=f"a{i}", text=t, published="2025-01-02")
        if t
        else FailedItem(ErrorInfo("E101", "empty", f"x{i}.txt"))
        for i, t in enumerate(texts)
    ]


def test_workers_give_the_records_one_process_gives_in_input_order() -> None:
    """Real spawned processes (a blank pipeline and two model-free extractors keep it fast)."""

    def run(workers: int) -> list[dict[str, object]]:
        settings = Settings(model="blank:en", batch_size=2, workers=workers, max_chars=200)
        engine = Engine(settings, extractors=("times.rules", "tone.lexicon"))
        return [item.to_dict() for item in engine.analyze_many(_mixed_items())]

    one, two = run(1), run(2)
    assert two == one
    assert [r.get("error", {}).get("code") for r in two] == [None, "E101", None, None, "E104"] * 2
    assert len(two[0]["times"]) == 2  # type: ignore[arg-type]


def test_workers_zero_means_one_per_core_and_negative_is_refused() -> None:
    import os

    from newsgraph.errors import UsageError

    assert Engine(Settings(workers=0)).worker_count() == len(os.sched_getaffinity(0))
    assert Engine(Settings(workers=3)).worker_count() == 3
    with pytest.raises(UsageError, match="workers must be 0"):
        Engine(Settings(workers=-1)).worker_count()


def test_a_dead_worker_fails_only_the_article_that_kills_it(fake_extractors: None) -> None:
    """A worker that dies breaks the pool: the batches in flight are retried one article at a
    time in a fresh pool, and only the article that kills its worker again is an error."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from newsgraph import engine as engine_module

    serial = engine()
    started: list[int] = []

    class FakeExecutor:
        def __init__(self) -> None:
            self.broken = False
            started.append(1)

        def submit(self, fn: object, batch: list[Article | FailedItem]) -> Future[list[object]]:
            future: Future[list[object]] = Future()
            if self.broken or any(isinstance(i, Article) and "KILL" in i.text for i in batch):
                self.broken = True  # like a real pool: every later submission fails too
                future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
            else:
                future.set_result(list(serial._analyze_batch(batch)))
            return future

        def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
            pass

    class FakePool(engine_module._WorkerPool):
        def _pool(self):  # type: ignore[no-untyped-def, override]
            if self._executor is None:
                self._executor = FakeExecutor()  # type: ignore[assignment]
            return self._executor

    items: list[Article | FailedItem] = [
        Article(id="1", text="One"),
        Article(id="2", text="Two KILL"),
        FailedItem(ErrorInfo("E101", "empty", "x.txt")),
        Article(id="3", text="Three"),
        Article(id="4", text="Four"),
    ]
    batches = [items[0:2], items[2:4], items[4:5]]
    with FakePool(serial.settings, None, 2) as pool:
        out = list(pool.analyze(batches))
    assert [type(o).__name__ for o in out] == ["Analysis", "FailedItem", "FailedItem", "Analysis", "Analysis"]
    assert [o.entities[0].name for o in out if isinstance(o, Analysis)] == ["One", "Three", "Four"]
    died = out[1]
    assert isinstance(died, FailedItem) and died.error.code == ExtractorError.code
    assert "worker process" in died.error.message and died.article is not None
    assert len(started) >= 3  # the first pool, then a fresh one after each death


def test_errors_keep_their_input_across_processes() -> None:
    import pickle

    err = TooLarge("too long", input="big.txt")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is TooLarge and back.input == "big.txt" and str(back) == str(err)


def test_ingest_does_not_analyse_again_what_is_stored_unchanged(
    fake_extractors: None, tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(model="blank:en", db=f"sqlite:///{tmp_path}/kb.db")
    items = [Article(id="1", text="Alice met Bob."), Article(id="2", text="Carol left.")]
    with Engine(settings) as first:
        assert first.ingest(items).inserted == 2

    def no_analysis(self: Engine, batch: list[Article | FailedItem]) -> list[object]:
        raise AssertionError(f"analysed again: {[getattr(i, 'id', i) for i in batch]}")

    seen: list[object] = []
    with monkeypatch.context() as m, Engine(settings) as again:
        m.setattr(Engine, "_analyze_batch", no_analysis)
        report = again.ingest(items, on_item=seen.append)
    assert (report.unchanged, report.inserted, report.replaced) == (2, 0, 0)
    assert [a.entities[0].name for a in seen if isinstance(a, Analysis)] == ["Alice", "Carol"]

    edited = [Article(id="1", text="Alice met Dave."), items[1]]
    with Engine(settings) as third:
        report = third.ingest(edited)
    assert (report.unchanged, report.replaced) == (1, 1)
    with Engine(settings) as check:
        stored = check.store.get("1")
    assert stored is not None and [e.name for e in stored.entities] == ["Alice", "Dave"]
