"""Plain text as people save it: headline, publisher, dateline, paragraphs, furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import NoText
from newsgraph.ingest.furniture import FURNITURE, furniture_rule
from newsgraph.ingest.text import parse_plain_text

# Written for these tests; shaped like a wire story pasted from a news page.
WIRE_STORY = """Harbour workers end strike after pay deal

Harbour workers end strike after pay deal
By Ana Costa and Ben Ode | Reuters
March 3, 2024
Share this article

LISBON, March 3 (Reuters) - Dock workers in Lisbon ended a two-week strike on Sunday
after unions accepted a new pay offer, the port authority said.

Advertisement

The deal raises wages by 6% over two years, a union spokesman told reporters.
Sign up here.

Reporting by Ana Costa; Editing by Ben Ode
Our Standards: The Thomson Reuters Trust Principles.
Read more
© 2024 Thomson Reuters. All rights reserved.
"""


def test_ingest_text_wire_story() -> None:
    article = parse_plain_text(WIRE_STORY, name="story.txt")
    assert article.title == "Harbour workers end strike after pay deal"
    assert article.source == "Reuters"
    assert article.authors == ("Ana Costa", "Ben Ode")
    assert article.published == "2024-03-03"
    assert article.dateline == "LISBON, March 3 (Reuters) -"
    assert article.text == (
        "Dock workers in Lisbon ended a two-week strike on Sunday after unions accepted a new"
        " pay offer, the port authority said.\n\n"
        "The deal raises wages by 6% over two years, a union spokesman told reporters."
    )
    assert article.origin == "story.txt"


def test_ingest_text_one_paragraph_per_line() -> None:
    raw = "Rain floods valley towns\nHeavy rain flooded three towns on Monday.\nNo one was hurt, police said.\n"
    article = parse_plain_text(raw, name="x")
    assert article.title == "Rain floods valley towns"
    assert (
        article.text == "Heavy rain flooded three towns on Monday.\n\nNo one was hurt, police said."
    )


def test_ingest_text_no_headline_when_first_line_is_a_sentence() -> None:
    raw = "The council met on Monday.\n\nIt approved the budget."
    article = parse_plain_text(raw, name="x")
    assert article.title is None
    assert article.text.startswith("The council met on Monday.")


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        (
            "KYIV, Ukraine (AP) — Air raid sirens sounded.",
            "KYIV, Ukraine (AP) —",
            "Air raid sirens sounded.",
        ),
        (
            "NEW YORK, Jan. 5 (Reuters) - Stocks rose.",
            "NEW YORK, Jan. 5 (Reuters) -",
            "Stocks rose.",
        ),
        (
            "SEOUL, Aug. 20 (Yonhap) -- Talks resumed.",
            "SEOUL, Aug. 20 (Yonhap) --",
            "Talks resumed.",
        ),
        ("LONDON — Prices fell.", "LONDON —", "Prices fell."),
    ],
)
def test_ingest_text_datelines(paragraph: str, dateline: str, rest: str) -> None:
    article = parse_plain_text(f"A headline\n\n{paragraph}\n\nMore text.", name="x")
    assert article.dateline == dateline
    assert article.text.startswith(rest)


def test_ingest_text_not_a_dateline() -> None:
    article = parse_plain_text(
        "A headline\n\nOfficials - who declined to be named - agreed.", name="x"
    )
    assert article.dateline is None
    assert article.text.startswith("Officials - who")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Tags", "tags"),
        ("Topics: Energy, Trade", "tags"),
        ("Advertisement", "advertisement"),
        ("Share", "share_prompt"),
        ("Facebook Twitter Email", "share_prompt"),
        ("Reporting by Ana Costa in Lisbon; Editing by Ben Ode", "credits"),
        ("Additional reporting by Joe Bloggs", "credits"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "standards"),
        ("The Daily Briefing newsletter brings you the news. Sign up here.", "sign_up"),
        ("Read more: Why ports matter", "read_more"),
        ("Copyright 2024 The Example Times. All rights reserved.", "copyright"),
        ("© 2024 Example Media", "copyright"),
        ("Follow us on Twitter", "follow"),
        ("5 min read", "reading_time"),
    ],
)
def test_ingest_text_furniture_rules(line: str, rule: str) -> None:
    found = furniture_rule(line)
    assert found is not None
    assert found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        "Share prices rose 3% on Monday after the company said profit doubled.",
        "Tags on the luggage showed it had travelled through three airports before it was lost.",
        "Reporting by the newspaper in 2019 led to an inquiry that found widespread abuse in the homes and a long list of failures by the regulator, which had ignored warnings for years, according to the final report.",
    ],
)
def test_ingest_text_body_lines_are_not_furniture(line: str) -> None:
    assert furniture_rule(line) is None or len(line) > 300


def test_ingest_text_rules_are_named_data() -> None:
    names = [rule.name for rule in FURNITURE]
    assert len(names) == len(set(names))
    assert {"tags", "credits", "copyright", "share_prompt"} <= set(names)


def test_ingest_text_cut_only_in_the_tail() -> None:
    body = "\n\n".join(f"Paragraph {i} of the story goes on for a while." for i in range(6))
    early = parse_plain_text(f"Headline here\n\nTags\n\n{body}", name="x")
    assert "Paragraph 5" in early.text  # a "Tags" line at the top does not cut the story
    late = parse_plain_text(f"Headline here\n\n{body}\n\nTags\n\nChina\n\nRussia", name="x")
    assert late.text.endswith("Paragraph 5 of the story goes on for a while.")


def test_ingest_text_nothing_left() -> None:
    with pytest.raises(NoText) as err:
        parse_plain_text("Advertisement\n\nShare\n", name="empty.txt")
    assert err.value.code == "E106"


def test_ingest_text_control_characters_stripped() -> None:
    article = parse_plain_text(
        "Headline\r\n\r\nBody\x07 text\x00 with\x1b controls.\u200b", name="x"
    )
    assert article.text == "Body text with controls."


def test_ingest_text_very_long_line() -> None:
    article = parse_plain_text("word " * 400_000, name="x")
    assert article.title is None
    assert len(article.text) == len("word " * 400_000) - 1


@pytest.mark.shared
def test_ingest_text_seed_article(shared: Path) -> None:
    raw = (shared / "examples" / "reuters-xi-mishustin.txt").read_text(encoding="utf-8")
    article = parse_plain_text(raw, name="seed.txt")
    title = "Xi Jinping seeks closer China-Russia investment ties amid Western sanctions"
    assert article.title == title
    assert title not in article.text  # the repeated headline is gone, not in the body
    assert article.source == "Reuters"
    assert article.text.startswith("Chinese President Xi Jinping")
    assert not article.text.rstrip().endswith("Tags")
    assert "\nTags" not in article.text
    assert "Reuters\n" not in article.text
    assert article.text.count("\n\n") == 9  # ten paragraphs
    assert article.text.endswith("deepening energy ties.")


def test_ingest_text_hard_wrapped_first_paragraph_is_not_a_headline() -> None:
    raw = (
        "The council met on Monday and\nagreed the budget for next year.\n\nIt takes effect in May."
    )
    article = parse_plain_text(raw, name="x")
    assert article.title is None
    assert article.text == (
        "The council met on Monday and agreed the budget for next year.\n\nIt takes effect in May."
    )


def test_ingest_text_unlisted_outlet_line_is_the_source() -> None:
    raw = (
        "Port reopens after storm\n\nPort reopens after storm\nHarbour Gazette\n\n"
        "The port reopened on Monday after a storm closed it for two days, officials said.\n"
    )
    art = parse_plain_text(raw, name="x.txt")
    assert art.source == "Harbour Gazette"
    assert art.text.startswith("The port reopened")


def test_ingest_text_short_sentence_under_title_is_not_a_source() -> None:
    raw = "Storm hits coast\n\nHundreds evacuated.\n\nThe storm hit the coast on Monday, officials said.\n"
    art = parse_plain_text(raw, name="x.txt")
    assert art.source is None
