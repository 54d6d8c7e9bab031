"""Plain text as people save it from a news page -> Article.

The shape handled (see the seed article): a headline on the first line, maybe repeated,
a publisher or byline or date line, the body in paragraphs (blank-line separated, or one
per line), a dateline opening the body ("BEIJING, Nov 4 (Reuters) -"), and page furniture
("Tags", "Advertisement", share prompts, credits, copyright) that is not the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.errors import NoText
from newsgraph.ingest._common import squash, strip_controls
from newsgraph.ingest.dates import normalise_date
from newsgraph.ingest.furniture import BYLINE, DATELINE, furniture_rule, publisher_names
from newsgraph.records import Article, article_id

# A headline is short and does not end like a sentence or a clause.
_TITLE_MAX_WORDS = 30
_TITLE_END = re.compile(r"[.,;:]$")
# Header lines (publisher, byline, date) come within this many lines of the headline.
_HEADER_LINES = 8
_HEADER_MAX_WORDS = 12
# One to four capitalised words, no digits or sentence punctuation: how an outlet's name looks.
_PUBLISHER_LIKE = re.compile(r"(?:[A-Z][\w'’&.-]*|of|the|and|&)(?: (?:[A-Z][\w'’&.-]*|of|the|and|&)){0,3}")


@dataclass(slots=True)
class _Header:
    title: str | None = None
    source: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)


def parse_plain_text(raw: str, *, name: str) -> Article:
    """Clean a plain-text article; raises NoText when nothing of a body is left."""
    lines = [squash(line) for line in strip_controls(raw).split("\n")]
    header, body_start = _read_header(lines)
    paragraphs = body_paragraphs(lines[body_start:], header.title)
    dateline, agency = take_dateline(paragraphs)
    header.source = header.source or agency
    text = "\n\n".join(paragraphs)
    if not text:
        raise NoText("no article text left after removing headline and page furniture", input=name)
    return Article(
        id=article_id(text),
        text=text,
        title=header.title,
        source=header.source,
        published=header.published,
        origin=name,
        authors=tuple(header.authors),
        dateline=dateline,
    )


def _read_header(lines: list[str]) -> tuple[_Header, int]:
    """Headline, its repeats, publisher, byline and date lines at the top -> (header, body index)."""
    header = _Header()
    nonblank = [i for i, line in enumerate(lines) if line]
    if len(nonblank) < 2:
        return header, 0
    first = lines[nonblank[0]]
    if not _is_title(first) or _wraps_on(lines, nonblank):
        return header, nonblank[0]
    header.title = first
    body = nonblank[0] + 1
    for i in nonblank[1 : 1 + _HEADER_LINES]:
        line = lines[i]
        if not _read_header_line(line, header):
            break
        body = i + 1
    return header, body


def _read_header_line(line: str, header: _Header) -> bool:
    """Take one short line under the headline into the header; False when the body begins."""
    if line == header.title:
        return True
    if len(line.split()) > _HEADER_MAX_WORDS or line.endswith("."):
        return False
    publisher = publisher_names().get(line.casefold())
    if publisher is not None:
        header.source = header.source or publisher
        return True
    byline = BYLINE.match(line)
    if byline:
        names = re.split(r"\s*(?:,|\band\b|&)\s*", byline["names"])
        header.authors.extend(n for n in names if n)
        outlet = byline["outlet"]
        if outlet and outlet.casefold() in publisher_names():
            header.source = header.source or publisher_names()[outlet.casefold()]
        return True
    date = normalise_date(line)
    if date is not None:
        header.published = header.published or date
        return True
    rule = furniture_rule(line)
    if rule is not None:
        return rule.action == "drop"
    if header.source is None and _PUBLISHER_LIKE.fullmatch(line):
        # An outlet we do not list ("Example Wire"), on its own short line under the headline.
        header.source = line
        return True
    return False


def _wraps_on(lines: list[str], nonblank: list[int]) -> bool:
    """In blank-line separated text, a first line glued to a next line that is not a header
    line (repeat, publisher, byline, date) is the start of a hard-wrapped paragraph."""
    first, second = nonblank[0], nonblank[1]
    blank_separated = any(not line for line in lines[first : nonblank[-1]])
    if not blank_separated or second != first + 1:
        return False
    return not _read_header_line(lines[second], _Header(title=lines[first]))


def _is_title(line: str) -> bool:
    return len(line.split()) <= _TITLE_MAX_WORDS and not _TITLE_END.search(line)


def take_dateline(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """Remove the dateline opening the first paragraph, in place -> (dateline, agency)."""
    if not paragraphs:
        return None, None
    m = DATELINE.match(paragraphs[0])
    if not m or len(paragraphs[0]) <= m.end():
        return None, None
    if not (m["agency"] or m["place"].replace(" ", "").isupper()):
        return None, None
    paragraphs[0] = paragraphs[0][m.end() :]
    agency = m["agency"].strip() if m["agency"] else None
    return m[0].rstrip(), agency


def body_paragraphs(lines: list[str], title: str | None) -> list[str]:
    """Body lines -> paragraphs without furniture (per line) and without the footer (cut).

    Lines are squashed (one line of text each); blank lines separate paragraphs when there
    are any, otherwise every line is a paragraph."""
    filled = [i for i, line in enumerate(lines) if line]
    # Blank lines between text (not just trailing ones) mean blank-line separated paragraphs.
    has_blank_lines = bool(filled) and any(not line for line in lines[filled[0] : filled[-1]])
    blocks: list[list[str]] = [[]]
    for line in lines:
        if not line:
            blocks.append([])
            continue
        rule = furniture_rule(line)
        if rule is not None:
            blocks.append([f"\x00{rule.action}"])  # a marker; control chars are gone by now
            blocks.append([])
            continue
        if line == title:
            continue
        blocks[-1].append(line)
        if not has_blank_lines:
            blocks.append([])
    paragraphs: list[str] = []
    markers: list[int] = []  # paragraph index at which a cut marker was seen
    for block in blocks:
        if not block:
            continue
        if block[0].startswith("\x00"):
            if block[0] == "\x00cut":
                markers.append(len(paragraphs))
            continue
        paragraphs.append(" ".join(block))
    total = sum(len(p) for p in paragraphs)
    for k in markers:
        # Cut only in the tail: what is before the marker must outweigh what is after it.
        if sum(len(p) for p in paragraphs[:k]) > total / 2:
            return paragraphs[:k]
    return paragraphs
