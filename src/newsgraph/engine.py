"""The Engine: the one facade every front end (CLI, REST API, web, batch) calls.

It reads inputs (`ingest`), runs the spaCy pipeline once per article and the registered
extractors in dependency order (`extract`), and stores and queries records (`store`).
Nothing heavy happens in the constructor: the model loads on first analysis, the database
opens on first use.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from newsgraph.errors import (
    DuplicateId,
    ExtractorError,
    NewsgraphError,
    StoreError,
    TooLarge,
    UsageError,
)
from newsgraph.extract.registry import Context, ExtractorSpec, plan
from newsgraph.nlp.pipeline import PIPELINE_REVISION
from newsgraph.records import (
    Analysis,
    Article,
    ErrorInfo,
    FailedItem,
    article_id,
)
from newsgraph.settings import Settings

if TYPE_CHECKING:
    import httpx
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsgraph.store import SaveOutcome, Store

log = logging.getLogger(__name__)

Item = Analysis | FailedItem


@dataclass(slots=True)
class IngestReport:
    """What one `Engine.ingest` call did."""

    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[FailedItem] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.inserted + self.replaced + self.unchanged + self.failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "inserted": self.inserted,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "errors": [e.to_dict()["error"] for e in self.errors],
        }


class Engine:
    """Analyse articles and query what was found.

    >>> engine = Engine()                      # settings from NEWSGRAPH_* variables
    >>> analysis = engine.analyze_text("...", published="2025-11-04")
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        extractors: Sequence[str] | None = None,
        store: Store | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self.settings = settings if settings is not None else Settings.from_env()
        self._extractor_names = tuple(extractors) if extractors is not None else None
        self._plan: list[ExtractorSpec] | None = None
        self._store = store
        self._client = client

    # ------------------------------------------------------------------ pipeline
    @property
    def nlp(self) -> Language:
        from newsgraph.nlp import load_pipeline

        return load_pipeline(self.settings.model)

    @property
    def plan(self) -> list[ExtractorSpec]:
        if self._plan is None:
            self._plan = plan(self._extractor_names)
        return self._plan

    @property
    def extractor_versions(self) -> dict[str, str]:
        """name -> version of every extractor in the plan, plus a fingerprint of the user's
        lexicon files when there are any: editing them makes the next ingest re-analyse."""
        versions = {spec.name: spec.version for spec in self.plan}
        # the spaCy model and newsgraph's changes to it: another model, or a new tokenizer
        # rule, may change every extractor's output
        versions["nlp"] = f"{self.settings.model}/{PIPELINE_REVISION}"
        if self.settings.lexicon_paths:
            versions["lexicons"] = _fingerprint(self.settings.lexicon_paths)
        if self.settings.event_model:
            versions["event_model"] = (
                "rules"
                if self.settings.event_model == "rules"
                else _fingerprint([self.settings.event_model])
            )
        return versions

    def options(self) -> dict[str, Any]:
        """What extractors may read: derived from settings, passed in, never global."""
        return {
            "event_min_confidence": self.settings.event_min_confidence,
            "event_model": self.settings.event_model or None,
            "lexicons": self.settings.lexicon_paths,
            **dict(self.settings.extra),
        }

    def analyze(self, article: Article) -> Analysis:
        """The analysis record of one article. Raises NewsgraphError on failure."""
        self._check_size(article)
        return self._run(article, self.nlp(article.text))

    def analyze_text(
        self,
        text: str,
        *,
        title: str | None = None,
        published: str | None = None,
        source: str | None = None,
        url: str | None = None,
        id: str | None = None,
    ) -> Analysis:
        """Analyse a raw string as an article body (no cleaning)."""
        art = Article(
            id=id or article_id(text, url),
            text=text,
            title=title,
            source=source,
            published=published,
            url=url,
        )
        return self.analyze(art)

    def analyze_many(self, items: Iterable[Article | FailedItem]) -> Iterator[Item]:
        """Analyse a stream, in input order; a failing article becomes a FailedItem.

        With the `workers` setting above 1 (0: one per core), batches are analysed in that
        many processes, each with its own pipeline, and come back in input order; a stream
        of a single batch is analysed here. A script that uses workers must guard its entry
        point with ``if __name__ == "__main__":`` (the processes are spawned)."""
        batches = self._batches(items)
        head = list(itertools.islice(batches, 2))
        workers = self.worker_count()
        if len(head) < 2 or workers <= 1:
            for batch in itertools.chain(head, batches):
                yield from self._analyze_batch(batch)
            return
        with _WorkerPool(self.settings, self._extractor_names, workers) as pool:
            yield from pool.analyze(itertools.chain(head, batches))

    def worker_count(self) -> int:
        """How many processes analyse articles: the `workers` setting, 0 meaning one per core."""
        wanted = self.settings.workers
        if wanted < 0:
            raise UsageError(f"workers must be 0 (one per core) or more, not {wanted}")
        if wanted == 0:
            try:
                return max(1, len(os.sched_getaffinity(0)))
            except AttributeError:  # not on Linux
                return max(1, os.cpu_count() or 1)
        return wanted

    def _batches(self, items: Iterable[Article | FailedItem]) -> Iterator[list[Article | FailedItem]]:
        batch: list[Article | FailedItem] = []
        size = max(1, self.settings.batch_size)
        for item in items:
            batch.append(item)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    def _analyze_batch(self, batch: list[Article | FailedItem]) -> Iterator[Item]:
        ready: list[Article] = []
        checked: list[Article | FailedItem] = []
        for item in batch:
            if isinstance(item, Article):
                try:
                    self._check_size(item)
                except NewsgraphError as exc:
                    checked.append(_failed(item, exc))
                    continue
                ready.append(item)
            checked.append(item)
        docs = iter(self._docs(ready))
        for item in checked:
            if isinstance(item, FailedItem):
                yield item
                continue
            doc = next(docs)
            if isinstance(doc, FailedItem):
                yield doc
                continue
            try:
                yield self._run(item, doc)
            except NewsgraphError as exc:
                yield _failed(item, exc)

    def _docs(self, articles: list[Article]) -> list[Doc | FailedItem]:
        nlp = self.nlp
        try:
            return list(nlp.pipe(a.text for a in articles))
        except Exception:  # one bad text must not sink the batch: retry one by one
            log.warning("spaCy failed on a batch; retrying its %d articles one by one", len(articles))
        out: list[Doc | FailedItem] = []
        for art in articles:
            try:
                out.append(nlp(art.text))
            except Exception as exc:
                out.append(_failed(art, ExtractorError(f"spaCy failed: {exc!r}")))
        return out

    def _check_size(self, article: Article) -> None:
        if len(article.text) > self.settings.max_chars:
            raise TooLarge(
                f"article text has {len(article.text):,} characters, over the limit of "
                f"{self.settings.max_chars:,} (setting max_chars / NEWSGRAPH_MAX_CHARS)",
                input=article.origin or article.id,
            )

    def _run(self, article: Article, doc: Doc) -> Analysis:
        results: dict[str, Any] = {}
        options = self.options()
        for spec in self.plan:
            ctx = Context(article=article, doc=doc, results=results, options=options)
            try:
                results[spec.produces] = spec.func(ctx)
            except NewsgraphError:
                raise
            except Exception as exc:
                log.exception("extractor %s failed on %s", spec.key, article.id)
                raise ExtractorError(
                    f"extractor {spec.key} failed: {exc!r}", input=article.origin or article.id
                ) from exc
        return Analysis(
            article=article,
            entities=tuple(results.get("entities", ())),
            events=tuple(results.get("events", ())),
            quotes=tuple(results.get("quotes", ())),
            amounts=tuple(results.get("amounts", ())),
            times=tuple(results.get("times", ())),
            places=tuple(results.get("places", ())),
            tags=tuple(results.get("tags", ())),
            tone=results.get("tone"),
            extractors=self.extractor_versions,
        )

    # ------------------------------------------------------------------ input
    def read(
        self,
        sources: Iterable[str | os.PathLike[str]],
        *,
        published: str | None = None,
        source: str | None = None,
    ) -> Iterator[Article | FailedItem]:
        """Articles (or failures) from files, directories, feeds, URLs or "-" (stdin)."""
        from newsgraph import ingest

        defaults = ingest.Defaults(published=published, source=source)
        for src in sources:
            yield from ingest.read(
                src,
                defaults=defaults,
                max_bytes=self.settings.max_bytes,
                client=self._client,
            )

    # ------------------------------------------------------------------ store
    @property
    def store(self) -> Store:
        if self._store is None:
            from newsgraph.store import open_store

            self._store = open_store(self.settings)
        return self._store

    def ingest(
        self,
        items: Iterable[Article | FailedItem],
        *,
        on_item: Callable[[Item], None] | None = None,
        report: IngestReport | None = None,
    ) -> IngestReport:
        """Analyse and store a stream of articles; re-ingesting never duplicates.

        An article already stored with the same text by the same extractor versions is not
        analysed again ("unchanged"), so an interrupted batch resumes where it stopped; one
        stored by an earlier call with another text is replaced ("replaced"). Within one
        call, an article whose id an earlier input already used for another text is an error
        (`DuplicateId`, E108): the first is kept. Pass `report` to keep the counts so far
        when the batch is interrupted."""
        report = report if report is not None else IngestReport()
        store = self.store
        versions = self.extractor_versions
        batch = _BatchIds()

        def count(outcome: str, result: Item) -> None:
            setattr(report, outcome, getattr(report, outcome) + 1)
            if on_item is not None:
                on_item(result)

        def to_analyse() -> Iterator[Article | FailedItem]:
            for item in items:
                if isinstance(item, Article) and not batch.claim(item):
                    # An earlier input used this id for another text: an error now when that
                    # one is stored, else decided when saving (it may be in flight, or fail).
                    yield batch.conflict(item) or item
                    continue
                if isinstance(item, Article):
                    try:
                        stored = store.stored_unchanged(item, versions)
                    except StoreError as exc:
                        if not _is_data_error(exc):
                            raise
                        stored = None  # a key the database refuses: save() reports it
                    if stored is not None:
                        batch.stored(item)
                        count("unchanged", stored)
                        continue
                yield item

        for outcome, saved in self.save_all(self.analyze_many(to_analyse()), batch):
            if isinstance(saved, FailedItem):
                report.errors.append(saved)
            count(outcome, saved)
        return report

    def save_all(
        self, results: Iterable[Item], batch: _BatchIds | None = None
    ) -> Iterator[tuple[SaveOutcome | Literal["failed"], Item]]:
        """Store a run's results one by one (`save`), as one batch: a later result whose id
        an earlier one of the run stored with another text fails (`DuplicateId`, E108) and
        the first is kept. Results come back in input order, also from worker processes, so
        the first input to store an id keeps it."""
        batch = batch if batch is not None else _BatchIds()
        saved: Item
        outcome: SaveOutcome | Literal["failed"]
        for result in results:
            duplicate = batch.conflict(result.article) if isinstance(result, Analysis) else None
            if duplicate is not None:
                self.store.save_error(duplicate)
                outcome, saved = "failed", duplicate
            else:
                outcome, saved = self.save(result)
            if isinstance(result, Analysis) and not isinstance(saved, FailedItem):
                batch.stored(result.article)  # as read: its input, not the stored origin
            yield outcome, saved

    def save(self, item: Item) -> tuple[SaveOutcome | Literal["failed"], Item]:
        """Store one result: an analysis linked to the registry ("inserted", "replaced" or
        "unchanged", with the record as stored), or a failure kept in the error table
        ("failed"). An analysis whose values the database refuses (PostgreSQL takes no NUL
        character and no over-long key) becomes a failure: one bad article never stops a
        batch. Other database errors (the database is down, the disk is full) are raised."""
        store = self.store
        if isinstance(item, Analysis):
            try:
                return store.save_linked(item)
            except StoreError as exc:
                if not _is_data_error(exc):
                    raise
                item = _failed_to_store(item, exc)
        store.save_error(item)
        return "failed", item

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _fingerprint(paths: Sequence[os.PathLike[str] | str]) -> str:
    import hashlib

    h = hashlib.sha256()
    for p in paths:
        h.update(str(p).encode())
        try:
            with open(p, "rb") as fh:
                h.update(fh.read())
        except OSError:
            h.update(b"<unreadable>")
    return h.hexdigest()[:12]


def _is_data_error(exc: StoreError) -> bool:
    from sqlalchemy.exc import DataError

    return isinstance(exc.__cause__, DataError)


def _failed_to_store(analysis: Analysis, exc: StoreError) -> FailedItem:
    """An analysis the database refused, as a failure without the article (its id may be
    what was refused); the input is named by origin, else by id, without NUL characters."""
    art = analysis.article
    where = (art.origin or art.id).replace("\x00", "")[:1000]
    return FailedItem(error=ErrorInfo(code=exc.code, message=exc.message, input=where))


class _BatchIds:
    """The article ids of one ingest: which text (by hash) and which input first claimed
    each, and which are stored. Two inputs of one batch with one id and two texts are two
    articles that cannot both be kept; replacing the first silently would lose it."""

    def __init__(self) -> None:
        self._claimed: dict[str, str] = {}  # id -> hash of the text first read with it
        self._stored: dict[str, tuple[str, str]] = {}  # id -> (hash, input) stored this run

    def claim(self, article: Article) -> bool:
        """Read `article`: False when an earlier input claimed its id for another text."""
        digest = _text_hash(article)
        return self._claimed.setdefault(article.id, digest) == digest

    def stored(self, article: Article) -> None:
        self._stored.setdefault(article.id, (_text_hash(article), article.origin or article.id))

    def conflict(self, art: Article) -> FailedItem | None:
        """An article whose id an earlier input of this batch stored with another text, as
        the failure it is; None when it may be saved."""
        first = self._stored.get(art.id)
        if first is None or first[0] == _text_hash(art):
            return None
        message = f"id {art.id!r} already used by {first[1]} in this batch; the first is kept"
        return _failed(art, DuplicateId(message, input=art.origin or art.id))


def _text_hash(article: Article) -> str:
    from newsgraph.store.rows import content_hash

    return content_hash(article.text)


def _failed(article: Article, exc: NewsgraphError) -> FailedItem:
    return FailedItem(
        error=ErrorInfo(code=exc.code, message=exc.message, input=exc.input or article.origin or article.id),
        article=article,
    )


# ---------------------------------------------------------------------- worker processes
_WORKER_ENGINE: Engine | None = None
_DIED = (
    "the worker process analysing this article died (out of memory, or a crash in a native "
    "library); the rest of the batch went on"
)


def _worker_init(settings: Settings, extractors: Sequence[str] | None) -> None:
    import signal

    global _WORKER_ENGINE
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    _WORKER_ENGINE = Engine(settings.replace(workers=1), extractors=extractors)


def _worker_batch(batch: list[Article | FailedItem]) -> list[Item]:
    assert _WORKER_ENGINE is not None, "worker used before its initializer ran"
    return list(_WORKER_ENGINE._analyze_batch(batch))


class _WorkerPool:
    """Batches analysed in spawned processes, results in input order, a bounded read-ahead.

    If a worker dies, every batch then in flight is retried one article at a time in a fresh
    pool, so only an article that kills its worker again becomes an error record."""

    def __init__(self, settings: Settings, extractors: Sequence[str] | None, workers: int) -> None:
        self._settings = settings
        self._extractors = tuple(extractors) if extractors is not None else None
        self._workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            import multiprocessing

            self._executor = ProcessPoolExecutor(
                self._workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_init,
                initargs=(self._settings, self._extractors),
            )
        return self._executor

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def analyze(self, batches: Iterable[list[Article | FailedItem]]) -> Iterator[Item]:
        pending: deque[tuple[list[Article | FailedItem], Future[list[Item]]]] = deque()
        for batch in batches:
            pending.append((batch, self._pool().submit(_worker_batch, batch)))
            while len(pending) > 2 * self._workers:
                yield from self._collect(*pending.popleft())
        while pending:
            yield from self._collect(*pending.popleft())

    def _collect(self, batch: list[Article | FailedItem], future: Future[list[Item]]) -> list[Item]:
        try:
            return future.result()
        except BrokenProcessPool:
            log.warning("a worker process died; retrying its batch one article at a time")
        self._restart()
        out: list[Item] = []
        for item in batch:
            if isinstance(item, FailedItem):
                out.append(item)
                continue
            try:
                out.extend(self._pool().submit(_worker_batch, [item]).result())
            except BrokenProcessPool:
                self._restart()
                out.append(_failed(item, ExtractorError(_DIED, input=item.origin or item.id)))
        return out

    def __enter__(self) -> _WorkerPool:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if exc_type is not None:  # Ctrl-C, an error, or the consumer stopped reading: stop now
            for process in list(getattr(executor, "_processes", {}).values()):
                process.terminate()
        executor.shutdown(wait=exc_type is None, cancel_futures=True)
