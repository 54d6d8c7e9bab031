"""The extractor registry: small pure functions registered by name and version, with
what they need and what they produce (after spaCy's `Language.factory(requires=, assigns=)`).

An extractor is ``func(ctx: Context) -> value``. `ctx.article` and `ctx.doc` are always
there; everything else it reads must be named in `needs` and comes from `ctx.results`,
filled by the extractors that produce it. `plan()` orders them and refuses needs that
nothing produces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from newsgraph.errors import RegistryError
from newsgraph.records import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The products the analysis record is made of; extractors may also produce
# intermediate products (any other name) for later extractors to use.
RECORD_PRODUCTS = (
    "entities",
    "times",
    "places",
    "amounts",
    "quotes",
    "events",
    "tags",
    "tone",
)


@dataclass(frozen=True, slots=True)
class Context:
    """What one extractor sees of one article. Nothing global: options come in here."""

    article: Article
    doc: Doc
    results: Mapping[str, Any] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)

    def need(self, product: str) -> Any:
        try:
            return self.results[product]
        except KeyError:
            raise RegistryError(
                f"product {product!r} was not computed before it was needed"
            ) from None


Func = Callable[[Context], Any]
F = TypeVar("F", bound=Func)


@dataclass(frozen=True, slots=True)
class ExtractorSpec:
    name: str
    version: str
    produces: str
    needs: tuple[str, ...]
    func: Func
    doc: str = ""

    @property
    def key(self) -> str:
        """`name@version`, as written into every record the extractor makes."""
        return f"{self.name}@{self.version}"


_REGISTRY: dict[str, ExtractorSpec] = {}


def extractor(
    name: str, *, version: str, produces: str, needs: Iterable[str] = ()
) -> Callable[[F], F]:
    """Register `func` as the extractor `name` (one per name; a newer module replaces it)."""

    def wrap(func: F) -> F:
        spec = ExtractorSpec(
            name=name,
            version=version,
            produces=produces,
            needs=tuple(needs),
            func=func,
            doc=(func.__doc__ or "").strip().split("\n")[0],
        )
        old = _REGISTRY.get(name)
        if old is not None and old.func.__qualname__ != func.__qualname__:
            raise RegistryError(f"extractor {name!r} is registered twice")
        _REGISTRY[name] = spec
        return func

    return wrap


def registered() -> dict[str, ExtractorSpec]:
    """name -> spec of every registered extractor (built-ins are loaded on first call)."""
    load_builtins()
    return dict(_REGISTRY)


def plan(names: Iterable[str] | None = None) -> list[ExtractorSpec]:
    """The extractors to run, in an order where every need comes first.

    `names` picks extractors by name (default: all registered). Two extractors may not
    produce the same product in one plan.
    """
    specs = registered()
    chosen = list(specs.values()) if names is None else [_get(specs, n) for n in names]
    producer: dict[str, ExtractorSpec] = {}
    for spec in chosen:
        if spec.produces in producer:
            raise RegistryError(
                f"{spec.name!r} and {producer[spec.produces].name!r} both produce {spec.produces!r}"
            )
        producer[spec.produces] = spec
    order: list[ExtractorSpec] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(spec: ExtractorSpec, chain: tuple[str, ...]) -> None:
        if state.get(spec.name) == 2:
            return
        if state.get(spec.name) == 1:
            raise RegistryError("extractor needs form a cycle: " + " -> ".join((*chain, spec.name)))
        state[spec.name] = 1
        for need in spec.needs:
            if need not in producer:
                raise RegistryError(
                    f"{spec.name!r} needs {need!r}, which no chosen extractor produces"
                )
            visit(producer[need], (*chain, spec.name))
        state[spec.name] = 2
        order.append(spec)

    for spec in chosen:
        visit(spec, ())
    return order


def _get(specs: Mapping[str, ExtractorSpec], name: str) -> ExtractorSpec:
    try:
        return specs[name]
    except KeyError:
        raise RegistryError(
            f"no extractor named {name!r}; known: {', '.join(sorted(specs))}"
        ) from None


BUILTIN_MODULES = (
    "newsgraph.extract.entities",
    "newsgraph.extract.times",
    "newsgraph.extract.places",
    "newsgraph.extract.amounts",
    "newsgraph.extract.quotes",
    "newsgraph.extract.events",
    "newsgraph.extract.tags",
    "newsgraph.extract.tone",
)


def load_builtins() -> None:
    """Import the built-in extractor modules (cheap: they load data on first use)."""
    import importlib

    for module in BUILTIN_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
