"""http(s) inputs: fetched with an injected httpx client (tests pass one built on
`httpx.MockTransport`, so they never touch the network), read with a size bound."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING

from newsgraph.errors import FetchError, InputError, TooLarge
from newsgraph.ingest._common import Defaults, failed
from newsgraph.records import Article, FailedItem

if TYPE_CHECKING:
    import httpx

    from newsgraph.ingest.feeds import PageFetcher

USER_AGENT = "newsgraph/0.1 (+https://github.com/newsgraph)"
TIMEOUT_SECONDS = 30.0


def read_url(
    url: str,
    *,
    defaults: Defaults,
    max_bytes: int,
    client: httpx.Client | None,
    fetch_pages: bool = False,
) -> Iterator[Article | FailedItem]:
    from newsgraph.ingest import _read_bytes

    with ExitStack() as stack:
        if client is None:
            client = stack.enter_context(_default_client())
        try:
            data, content_type, final_url = fetch(client, url, max_bytes=max_bytes)
        except InputError as exc:
            yield failed(exc, url)
            return
        fetch_page = _page_fetcher(client, max_bytes) if fetch_pages else None
        yield from _read_bytes(
            data,
            name=final_url,
            defaults=defaults,
            content_type=content_type,
            max_bytes=max_bytes,
            url=final_url,
            fetch_page=fetch_page,
        )


def fetch(client: httpx.Client, url: str, *, max_bytes: int) -> tuple[bytes, str | None, str]:
    """GET `url` -> (body, content type, final URL), never reading more than `max_bytes`."""
    import httpx

    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} for {url}", input=url)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise TooLarge(f"{url} is {declared} bytes, more than {max_bytes}", input=url)
            chunks: list[bytes] = []
            total = 0
            # iter_bytes undoes Content-Encoding; a .gz file served as a file stays gzip and
            # is inflated (with its own bound) like a local one.
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > max_bytes:
                    raise TooLarge(f"{url} is larger than {max_bytes} bytes", input=url)
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("content-type"), str(response.url)
    except httpx.HTTPError as exc:
        raise FetchError(
            f"could not fetch {url}: {type(exc).__name__}: {exc}"[:300], input=url
        ) from None


def _page_fetcher(client: httpx.Client, max_bytes: int) -> PageFetcher:
    """Fetch a feed item's page; one that fails or has no text keeps the feed's text."""
    from newsgraph.ingest import _read_bytes

    def fetch_page(link: str) -> Article | None:
        try:
            body, page_type, final = fetch(client, link, max_bytes=max_bytes)
        except InputError:
            return None
        for item in _read_bytes(
            body, name=final, content_type=page_type, max_bytes=max_bytes, url=final
        ):
            return item if isinstance(item, Article) else None
        return None

    return fetch_page


def _default_client() -> httpx.Client:
    import httpx

    return httpx.Client(
        follow_redirects=True, timeout=TIMEOUT_SECONDS, headers={"user-agent": USER_AGENT}
    )
