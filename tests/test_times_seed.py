"""The seed article (a golden test on real text): its time expressions, through the registry."""

from __future__ import annotations

from pathlib import Path

from newsgraph.extract.registry import Context, registered
from newsgraph.records import Article


def seed_article(shared: Path) -> Article:
    raw = (shared / "examples" / "reuters-xi-mishustin.txt").read_text(encoding="utf-8")
    body = raw[raw.index("Chinese President Xi Jinping") :]
    return Article(id="seed", text=body, published="2025-11-04")


def test_times_seed_article(shared: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    article = seed_article(shared)
    spec = registered()["times.rules"]
    found = spec.func(Context(article=article, doc=nlp(article.text)))
    values = {t.text: t.value for t in found}
    assert values["Tuesday"] == "2025-11-04"
    assert values["last month"] == "2025-10"
    assert values["2023"] == "2023"
    assert values["February 2022"] == "2022-02"
    assert values["recent months"] == "PAST_REF"
    assert values["a day after"] == "2025-11-03"
    assert "shortly" not in values and "future" not in values
    for t in found:
        assert article.text[t.start : t.end] == t.text
        assert t.extractor == spec.key
