"""RSS and Atom feeds: one Article per item; items without text fail by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.ingest import Defaults, read, read_bytes
from newsgraph.records import Article, FailedItem

# Written for these tests.
RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbour Gazette &amp; Friends</title>
  <link>https://gazette.example/</link>
  <item>
    <title>Port strike &lt;b&gt;ends&lt;/b&gt;</title>
    <link>https://gazette.example/a1</link>
    <dc:creator>Ana Costa</dc:creator>
    <pubDate>Sun, 03 Mar 2024 09:15:00 GMT</pubDate>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Dock workers ended a strike.</p><p>The deal raises <b>wages</b>.<br>By 6%.</p>
      <script>alert(1)</script>]]></content:encoded>
  </item>
  <item>
    <title>Summary only</title>
    <link>https://gazette.example/a2</link>
    <description>&lt;p&gt;Ferries resume on Monday.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Just a headline</title>
    <link>https://gazette.example/a3</link>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley News</title>
  <entry>
    <title>Rain floods three towns</title>
    <link href="https://valley.example/rain"/>
    <id>tag:valley.example,2024:rain</id>
    <updated>2024-04-01</updated>
    <author><name>Ben Ode</name></author>
    <summary type="html">&lt;p&gt;Heavy rain flooded three towns.&lt;/p&gt;</summary>
  </entry>
</feed>
"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://hills.example/"><title>Hills Daily</title></channel>
  <item rdf:about="https://hills.example/1">
    <title>Snow closes pass</title><link>https://hills.example/1</link>
    <description>The mountain pass closed after heavy snow.</description>
    <dc:date>2024-01-20T08:00:00+01:00</dc:date>
  </item>
</rdf:RDF>
"""


def test_ingest_feeds_rss_items() -> None:
    items = list(read_bytes(RSS, name="gazette.rss", defaults=Defaults(source="ignored")))
    first, second, third = items
    assert isinstance(first, Article)
    assert first.title == "Port strike ends"
    assert first.url == "https://gazette.example/a1"
    assert first.source == "Harbour Gazette & Friends"  # the feed's own title beats defaults
    assert first.published == "2024-03-03T09:15:00+00:00"
    assert first.authors == ("Ana Costa",)
    assert first.text == "Dock workers ended a strike.\n\nThe deal raises wages. By 6%."
    assert first.origin == "gazette.rss#1"
    assert isinstance(second, Article)
    assert second.text == "Ferries resume on Monday."
    assert second.published is None
    assert isinstance(third, FailedItem)
    assert third.error.code == "E106"
    assert third.error.input == "gazette.rss#3"
    assert "Just a headline" in third.error.message


def test_ingest_feeds_atom_and_rdf() -> None:
    (atom,) = read_bytes(ATOM, name="valley.atom")
    assert isinstance(atom, Article)
    assert (atom.title, atom.source, atom.published) == (
        "Rain floods three towns",
        "Valley News",
        "2024-04-01",
    )
    assert atom.url == "https://valley.example/rain"
    (rdf,) = read_bytes(RDF, name="hills.rdf")
    assert isinstance(rdf, Article)
    assert rdf.source == "Hills Daily"
    assert rdf.published == "2024-01-20T08:00:00+01:00"


def test_ingest_feeds_defaults_fill_gaps() -> None:
    (item,) = read_bytes(
        ATOM.replace(b"<updated>2024-04-01</updated>", b""),
        name="v",
        defaults=Defaults(published="2024-05-06"),
    )
    assert isinstance(item, Article)
    assert item.published == "2024-05-06"


@pytest.mark.parametrize(
    "data",
    [
        RSS[: len(RSS) // 2],  # cut mid-item
        b"<rss><channel><title>x</title><item><title>a</title><description>text",
        b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'></feed>",
        b"<rss>" + b"<item>" * 2_000,
    ],
)
def test_ingest_feeds_malformed_never_raises(data: bytes) -> None:
    items = list(read_bytes(data, name="bad.rss"))
    assert items
    for item in items:
        assert isinstance(item, Article | FailedItem)


@pytest.mark.shared
def test_ingest_feeds_all_shared_feeds_parse(shared: Path) -> None:
    feeds = sorted((shared / "corpus" / "feeds").glob("*.xml"))
    assert len(feeds) == 31
    with_articles = 0
    for feed in feeds:
        items = list(read(feed))
        articles = [i for i in items if isinstance(i, Article)]
        for item in items:
            if isinstance(item, FailedItem):
                assert item.error.code == "E106", (feed.name, item.error)
                assert item.error.input and item.error.input.startswith(str(feed))
        for article in articles:
            assert article.text.strip()
            assert article.source
            assert article.published is None or article.published[:4].isdigit()
        with_articles += bool(articles)
    assert with_articles == len(feeds)
