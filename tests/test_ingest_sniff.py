"""Choosing a reader by content; gzip, binary refusal and encodings."""

from __future__ import annotations

import codecs
import gzip

import pytest

from newsgraph.errors import BinaryInput, EmptyInput, EncodingError, TooLarge
from newsgraph.ingest import read_bytes
from newsgraph.ingest.sniff import check_binary, decode, gunzip, hint_for, sniff
from newsgraph.records import Article

WESTERN = "The café said “no” — a naïve résumé.\n"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "feed"),
        ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', "feed"),
        ("<!DOCTYPE html><html><head><title>t</title></head></html>", "html"),
        ("  <html><body><p>Hello</p></body></html>", "html"),
        ("<p>A fragment</p><p>of a page</p>", "html"),
        ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ('{"text": "a"}\nnot json\n{"text": "b"}\n', "jsonl"),
        ("Headline\n\nBody text that mentions <b> once.", "text"),
        ("{not json at all} but prose", "text"),
    ],
)
def test_ingest_sniff_kinds(text: str, kind: str) -> None:
    assert sniff(text) == kind


def test_ingest_sniff_hint_settles_doubt_only() -> None:
    assert sniff("{broken json line\n", hint="jsonl") == "jsonl"
    assert sniff("<data><x/></data>", hint="html") == "html"
    assert sniff("<rss><channel/></rss>", hint="html") == "feed"  # content wins
    assert hint_for("a/b.rss.xml") == "feed"
    assert hint_for("page.HTML.gz") == "html"
    assert hint_for(None, "application/atom+xml; charset=utf-8") == "feed"
    assert hint_for("x.txt", "text/html") == "html"


def test_ingest_sniff_empty() -> None:
    with pytest.raises(EmptyInput):
        sniff(" \n\t ")


def test_ingest_gunzip_round_trip_and_bomb() -> None:
    assert gunzip(gzip.compress(b"hello"), max_bytes=100, name="x") == b"hello"
    assert gunzip(gzip.compress(b"ab") + gzip.compress(b"cd"), max_bytes=100, name="x") == b"abcd"
    with pytest.raises(TooLarge) as err:
        gunzip(gzip.compress(b"\0" * 2_000_000), max_bytes=1_000_000, name="bomb")
    assert err.value.code == "E104"


def test_ingest_gunzip_truncated_keeps_what_inflated() -> None:
    original = b"some text " * 1000
    data = gzip.compress(original)
    partial = gunzip(data[: len(data) // 2], max_bytes=100_000, name="x")
    assert partial
    assert original.startswith(partial)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n...",
        b"PK\x03\x04zip",
        b"\x89PNG\r\n",
        b"text\x00with NUL",
        bytes(range(32)) * 10,
    ],
)
def test_ingest_binary_refused(data: bytes) -> None:
    with pytest.raises(BinaryInput) as err:
        check_binary(data, name="b")
    assert err.value.code == "E102"


def test_ingest_binary_allows_utf16_with_bom() -> None:
    check_binary("hello".encode("utf-16"), name="t")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (WESTERN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + WESTERN.encode("utf-8"), "utf-8"),
        (WESTERN.encode("utf-16"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"), "utf-16-be"),
        (WESTERN.encode("cp1252"), "cp1252"),
    ],
)
def test_ingest_decode_encodings(data: bytes, encoding: str) -> None:
    text, used = decode(data, name="x")
    assert text == WESTERN
    assert used == encoding


def test_ingest_decode_latin1() -> None:
    text, _ = decode("Größe und Straße, 10 °C.".encode("latin-1"), name="x")
    assert text == "Größe und Straße, 10 °C."


def test_ingest_decode_declared_charset_wins_over_guessing() -> None:
    page = '<meta charset="koi8-r"><p>Привет, мир</p>'.encode("koi8-r")
    text, used = decode(page, name="x")
    assert "Привет, мир" in text
    assert used == "koi8-r"


def test_ingest_decode_mostly_utf8_stays_utf8() -> None:
    data = ("Zürich “quoted” résumé " * 5).encode("utf-8") + b"\xff end"
    text, used = decode(data, name="x")
    assert text.startswith("Zürich “quoted”")
    assert used.startswith("utf-8")


def test_ingest_decode_undecodable() -> None:
    with pytest.raises(EncodingError) as err:
        decode(b"Hello " + bytes(range(128, 256)) * 3, name="junk.txt")
    assert err.value.code == "E103"
    assert err.value.input == "junk.txt"


def test_ingest_stray_nul_bytes_in_a_text_page_are_dropped() -> None:
    # a real 2008 news page had 27 NUL bytes in 33 KB: text, not binary (it was refused)
    page = (
        "<html><head><title>Talks</title></head><body><article><h1>Talks resume</h1>"
        + "<p>Chile and Peru resumed talks on Monday over their maritime border.</p>" * 40
        + "<p>\x00Both sides called the talks useful.\x00</p></article></body></html>"
    ).encode()
    check_binary(page, name="p")
    items = list(read_bytes(page, name="p.html"))
    assert len(items) == 1 and isinstance(items[0], Article), items
    assert "\x00" not in items[0].text and "Chile and Peru resumed talks" in items[0].text
    # many NUL bytes are still binary
    with pytest.raises(BinaryInput):
        check_binary(page.replace(b"talks", b"\x00\x00\x00"), name="p")
