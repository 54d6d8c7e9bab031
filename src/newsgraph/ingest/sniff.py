"""Bytes -> (kind, text): gzip, binary refusal, encodings, and choosing a reader by content.

The file extension or HTTP content type is only a hint, used when the content itself is
ambiguous (a `.jsonl` whose first line is broken, an XML file that is neither a feed nor
a page).
"""

from __future__ import annotations

import codecs
import json
import re
import zlib
from typing import Literal

from newsgraph.errors import BinaryInput, EmptyInput, EncodingError, TooLarge

Kind = Literal["html", "feed", "jsonl", "text"]

GZIP_MAGIC = b"\x1f\x8b"

# Signatures of binary formats people feed by mistake: named, so the error says what it was.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP (or DOCX/XLSX/EPUB)"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\xd0\xcf\x11\xe0", "OLE2 (old Office) document"),
    (b"\x7fELF", "ELF executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"SQLite format 3", "SQLite database"),
    (b"RIFF", "RIFF media (WebP, WAV, AVI)"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Hints from file extensions and HTTP content types.
EXTENSION_HINTS: dict[str, Kind] = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".rss": "feed", ".atom": "feed", ".rdf": "feed", ".xml": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".txt": "text", ".text": "text", ".md": "text",
}  # fmt: skip
CONTENT_TYPE_HINTS: tuple[tuple[str, Kind], ...] = (
    ("html", "html"),
    ("rss", "feed"),
    ("atom", "feed"),
    ("rdf", "feed"),
    ("xml", "feed"),
    ("json", "jsonl"),
    ("text/plain", "text"),
)

# Control bytes (but tab, newline, carriage return, form feed, escape) are rare in text.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_MAX_CONTROL_SHARE = 0.05
# A few stray NUL bytes in a page that is otherwise text are dropped, not a reason to refuse
# it (an L3S-GN1 news page of 2008: 27 NULs in 33,074 bytes); more than this share is binary.
_MAX_NUL_SHARE = 0.001
_DECLARED_CHARSET = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])\s*([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
_HTML_MARK = re.compile(
    r"<!doctype\s+html|<html\b|<head\b|<body\b|<(?:p|div|article|section|h[1-6]|br|span|a)\b[^>]*>",
    re.IGNORECASE,
)


def hint_for(name: str | None = None, content_type: str | None = None) -> Kind | None:
    if content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        for needle, kind in CONTENT_TYPE_HINTS:
            if needle in mime:
                return kind
    if name:
        lower = name.lower().split("?", 1)[0]
        if lower.endswith(".gz"):
            lower = lower[:-3]
        for ext, kind in EXTENSION_HINTS.items():
            if lower.endswith(ext):
                return kind
    return None


def charset_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    return m[1] if m else None


def gunzip(data: bytes, *, max_bytes: int, name: str) -> bytes:
    """Decompress (several members too), refusing to inflate past `max_bytes` (gzip bombs)."""
    out: list[bytes] = []
    total = 0
    rest = data
    while rest.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = inflater.decompress(rest, max_bytes + 1 - total)
        except zlib.error as exc:
            raise BinaryInput(f"broken gzip data: {exc}", input=name) from None
        total += len(chunk)
        if total > max_bytes:
            raise TooLarge(f"gzip data inflates to more than {max_bytes} bytes", input=name)
        out.append(chunk)
        if not inflater.eof:
            if inflater.unconsumed_tail:  # stopped at the output cap
                raise TooLarge(f"gzip data inflates to more than {max_bytes} bytes", input=name)
            if not total:
                raise BinaryInput("broken gzip data: nothing inflates", input=name)
            break  # truncated stream: keep what inflated
        rest = inflater.unused_data
    return b"".join(out)


def check_binary(data: bytes, *, name: str) -> None:
    """Refuse data that is not text (NUL bytes, known binary signatures, control bytes)."""
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"binary input ({what}), not text", input=name)
    if any(data.startswith(bom) for bom, _ in BOMS):
        return  # UTF-16/32 text has NUL bytes by design
    head = data[:65536]
    if head.count(b"\x00") > _MAX_NUL_SHARE * len(head):
        raise BinaryInput("binary input (NUL bytes), not text", input=name)
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > _MAX_CONTROL_SHARE:
        raise BinaryInput("binary input (control bytes), not text", input=name)


def without_stray_nuls(data: bytes) -> bytes:
    """`data` without the stray NUL bytes `check_binary` lets through (UTF-16/32 text, which
    has them by design, is left alone)."""
    if any(data.startswith(bom) for bom, _ in BOMS):
        return data
    return data.replace(b"\x00", b"")


def decode(data: bytes, *, name: str, declared: str | None = None) -> tuple[str, str]:
    """Bytes -> (text, encoding used). BOM, then UTF-8, then the declared charset, then
    Windows-1252 for Western text, then charset-normalizer; else `EncodingError`."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"invalid {encoding} after its BOM: {exc.reason}", input=name
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared or _declared_charset(data)
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    # A UTF-8 text with a few stray bytes (a cut multi-byte character, one pasted Latin-1
    # word) stays UTF-8: re-decoding the rest as cp1252 would garble every accented letter.
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if sum(1 for c in lenient if ord(c) > 127) - bad >= 10 * bad:
        return lenient.replace("\ufffd", ""), "utf-8 (lenient)"
    western = _western(data)
    if western is not None:
        return western, "cp1252"
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[:2_000_000]).best()
    if best is not None and best.chaos < 0.3:
        try:
            return data.decode(best.encoding), best.encoding
        except (LookupError, UnicodeDecodeError):
            pass
    raise EncodingError(
        "cannot tell the text's encoding (not UTF-8, Latin-1 or cp1252)", input=name
    )


def _declared_charset(data: bytes) -> str | None:
    m = _DECLARED_CHARSET.search(data[:4096])
    return m[1].decode("ascii") if m else None


def _western(data: bytes) -> str | None:
    """cp1252 (a superset of Latin-1's printable range) when it fits: it decodes, and accented
    letters are a minority of letters, as in English, French, German or Spanish. Cyrillic or
    Greek single-byte text also decodes as cp1252 but is almost all high bytes."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for c in text if c.isalpha())
    high = sum(1 for c in text if ord(c) > 127 and c.isalpha())
    return text if letters and high / letters < 0.3 else None


def sniff(text: str, hint: Kind | None = None) -> Kind:
    """Which reader fits this text: content first, `hint` only to settle doubt."""
    stripped = text.lstrip()
    if not stripped:
        raise EmptyInput("no text in input")
    head = stripped[:4096]
    if head.startswith("<"):
        feed = _FEED_ROOT.search(head)
        page = _HTML_MARK.search(head)
        if feed and (not page or feed.start() < page.start()):
            return "feed"
        if page:
            return "html"
        return hint if hint in ("feed", "html") else "feed" if head.startswith("<?xml") else "html"
    if head.startswith(("{", "[")) and (hint == "jsonl" or _looks_like_jsonl(stripped)):
        return "jsonl"
    if _HTML_MARK.search(head) and hint == "html":
        return "html"
    return "text"


def _looks_like_jsonl(text: str) -> bool:
    """Most of the first few non-blank lines are JSON objects (one bad line is allowed)."""
    lines = [ln.strip() for ln in text[:200_000].split("\n", 6)[:6] if ln.strip()]
    if len(lines) > 5:
        lines = lines[:5]  # the 6th piece may be the unsplit rest of the file
    good = 0
    for line in lines:
        try:
            good += isinstance(json.loads(line), dict | list)
        except ValueError:
            continue
    return good > 0 and good * 2 >= len(lines)
