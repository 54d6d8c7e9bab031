"""Page furniture in plain text as people save it, written as named patterns (the rules are
data: add a line here, not an `if` in text.py).

Every pattern must match a whole line (case-insensitive, blanks collapsed). `drop` removes
that line wherever it is; `cut` removes it and everything after it, but only in the second
half of the text, so a body sentence that happens to match never eats the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Action = Literal["drop", "cut"]


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    name: str
    action: Action
    pattern: str
    max_chars: int = 300  # longer lines are body text, whatever they start with


SOCIAL = r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|copy link|messenger|flipboard)"

CREDIT_ROLE = r"(?:reporting|writing|editing|compiled|research(?:ing)?|graphics|production|produced|translated|translation|video|photos?)"

FURNITURE: tuple[FurnitureRule, ...] = (
    FurnitureRule("tags", "cut", r"(?:tags|topics|suggested topics|filed under)(?:\s*:.*)?"),
    FurnitureRule("standards", "cut", r"our standards\s*:.*"),
    FurnitureRule(
        "related",
        "cut",
        r"(?:related|more) (?:stories|articles|coverage|content|news|from [\w .'-]{1,60})\s*:?"
        r"|(?:most (?:read|popular|viewed)|recommended(?: for you)?|you may also like|read next|trending(?: now)?|latest stories)\s*:?",
        max_chars=80,
    ),
    FurnitureRule(
        "advertisement",
        "drop",
        r"(?:story continues below )?(?:advertisement|advert|sponsored(?: content)?|paid content)"
        r"|(?:scroll|continue reading)(?: to continue)?(?: with content| below| the main story)?\.?",
        max_chars=60,
    ),
    FurnitureRule(
        "share_prompt",
        "drop",
        rf"(?:share|tweet|save|print)(?: (?:this|the) (?:article|story|page))?(?: (?:on|via) {SOCIAL})?\s*:?"
        rf"|{SOCIAL}(?:\s*[|/·•,]?\s*{SOCIAL})*"
        r"|(?:share|save) (?:this|the) (?:article|story)(?: \w+){0,4}",
        max_chars=80,
    ),
    # "Reporting by Ana Costa in Lisbon; additional reporting by Li Wei; Editing by Ben Ode":
    # after "by" only names (capitalised words; (?-i:...) keeps that case-sensitive) and
    # joiners, so "Reporting by the newspaper led to..." stays in the body.
    FurnitureRule(
        "credits",
        "drop",
        rf"\(?(?:additional )?{CREDIT_ROLE} by"
        rf"(?:[,;]?\s+(?:(?-i:[A-Z][\w.'’-]*)|and|in|at|from|with|de|da|van|von|der|al|bin|&|(?:additional )?{CREDIT_ROLE} by))+"
        r"\s*[.)]?\.?",
        max_chars=400,
    ),
    FurnitureRule(
        "sign_up", "drop", r"(?:.{0,200}[.!?] )?sign up here\.?|sign up (?:for|to) .{0,150}", 250
    ),
    FurnitureRule(
        "read_more",
        "drop",
        r"(?:read|see|watch|listen)(?: more| also| next)\b.{0,150}|click here\b.{0,150}",
        160,
    ),
    FurnitureRule(
        "copyright",
        "drop",
        r"(?:©|\(c\)|copyright\b).{0,200}|.{0,150}\ball rights reserved\.?",
    ),
    FurnitureRule("follow", "drop", rf"follow (?:us|.{{1,60}}) on {SOCIAL}\b.{{0,100}}", 180),
    FurnitureRule(
        "reading_time",
        "drop",
        r"\d{1,3} ?min(?:ute)?s?(?: read)?|updated(?: \d+ (?:minutes?|hours?|days?) ago)?|skip to (?:main )?content",
        max_chars=40,
    ),
)

# Publishers that appear on a line of their own under a pasted headline.
PUBLISHERS: tuple[str, ...] = (
    "Reuters", "Thomson Reuters", "Associated Press", "The Associated Press", "AP", "AFP",
    "Agence France-Presse", "Bloomberg", "Bloomberg News", "BBC", "BBC News", "CNN",
    "Al Jazeera", "The Guardian", "The New York Times", "The Washington Post",
    "The Wall Street Journal", "Financial Times", "Xinhua", "TASS", "Kyodo", "Kyodo News",
    "Yonhap", "dpa", "UPI", "NPR", "NBC News", "CBS News", "ABC News", "Deutsche Welle", "DW",
    "France 24", "The Economist", "Politico", "Axios", "The Independent", "The Telegraph",
    "South China Morning Post", "Nikkei Asia", "The Times of India", "Dawn", "ANI", "PTI",
)  # fmt: skip

# "BEIJING, Nov 4 (Reuters) -", "KYIV, Ukraine (AP) —", "LONDON —": the place in capitals,
# an optional region and day, an optional agency, then a dash.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?){0,2}?)"
    r"(?:,\s*(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&'-]{1,40})\))?"
    r"\s*(?:-{1,2}|–|—)\s+"
)
BYLINE = re.compile(
    r"^by\s+(?P<names>[^\d].{1,150}?)(?:\s*[|,]\s*(?P<outlet>[^,|]{2,60}))?$", re.IGNORECASE
)


@lru_cache(maxsize=1)
def compiled() -> tuple[tuple[FurnitureRule, re.Pattern[str]], ...]:
    return tuple((rule, re.compile(rule.pattern, re.IGNORECASE)) for rule in FURNITURE)


def furniture_rule(line: str) -> FurnitureRule | None:
    """The first rule that matches this whole line, if any."""
    for rule, pattern in compiled():
        if len(line) <= rule.max_chars and pattern.fullmatch(line):
            return rule
    return None


@lru_cache(maxsize=1)
def publisher_names() -> dict[str, str]:
    return {p.casefold(): p for p in PUBLISHERS}
