"""RSS 1.0/2.0 and Atom feeds -> one Article per item (or a FailedItem naming the item)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from newsgraph.errors import InputError, MalformedInput, NoText
from newsgraph.ingest._common import failed, squash, strip_controls, unexpected
from newsgraph.ingest.dates import normalise_date
from newsgraph.ingest.markup import fragment_paragraphs
from newsgraph.records import Article, FailedItem, article_id

# Given an item's link, the full page as an Article (or None to keep the feed's text).
PageFetcher = Callable[[str], Article | None]


def read_feed(
    data: bytes,
    *,
    name: str,
    content_type: str | None = None,
    fetch_page: PageFetcher | None = None,
) -> Iterator[Article | FailedItem]:
    import feedparser

    headers = {"content-type": content_type} if content_type else {}
    # No sanitising or URI resolving: we strip all markup ourselves (measured: 2x faster).
    parsed: Any = feedparser.parse(
        data, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    entries = list(parsed.entries)
    if not entries:
        reason = f": {parsed.get('bozo_exception')}" if parsed.bozo else ""
        yield failed(NoText(f"feed has no items{reason}"[:300], input=name))
        return
    feed_title = _plain(parsed.feed.get("title"))
    for number, entry in enumerate(entries, start=1):
        item = f"{name}#{number}"
        try:
            yield _article(entry, item=item, feed_title=feed_title, fetch_page=fetch_page)
        except InputError as exc:
            yield failed(exc, item)
        except Exception as exc:  # one odd item never stops the feed
            yield unexpected(exc, item)


def _article(
    entry: Any, *, item: str, feed_title: str | None, fetch_page: PageFetcher | None
) -> Article:
    if not hasattr(entry, "get"):
        raise MalformedInput("feed item is not a mapping", input=item)
    title = _plain(entry.get("title"))
    link = entry.get("link") or None
    text = _item_text(entry)
    published = normalise_date(
        entry.get("published") or entry.get("updated") or entry.get("created")
    )
    if published is None:
        parsed_time = entry.get("published_parsed") or entry.get("updated_parsed")
        published = normalise_date(parsed_time) if parsed_time else None
    authors = tuple(
        a
        for a in (_plain(x.get("name")) for x in entry.get("authors", []) if hasattr(x, "get"))
        if a
    )
    page = fetch_page(link) if fetch_page is not None and link else None
    if page is not None and len(page.text) > len(text):
        text = page.text
        authors = authors or page.authors
    if not text:
        label = f"{title!r}" if title else (link or "untitled")
        raise NoText(f"feed item {label} has no text (no content or summary)", input=item)
    return Article(
        id=article_id(text, link),
        text=text,
        title=title,
        source=feed_title,
        published=published,
        url=link,
        language=_language(entry),
        origin=item,
        authors=authors,
    )


def _item_text(entry: Any) -> str:
    """The longest of the item's full contents, else its summary, as paragraphs."""
    contents = [c.get("value") or "" for c in entry.get("content", []) if hasattr(c, "get")]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") or ""
    return fragment_paragraphs(best if len(best) >= len(summary) else summary)


def _plain(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = squash(strip_controls(fragment_paragraphs(value) if "<" in value else value))
    return text or None


def _language(entry: Any) -> str:
    detail = entry.get("summary_detail") or entry.get("title_detail") or {}
    lang = detail.get("language") if hasattr(detail, "get") else None
    return lang.split("-")[0].lower() if isinstance(lang, str) and lang else "en"
