"""Quotation marks -> quoted regions, robust to the ways news text breaks them.

Pairs straight (") and curly (“ ”) double marks, plus guillemets and low-9 marks. A quote
that runs over a paragraph break continues when the next paragraph opens with a mark (the
news convention: no closing mark at the end of a continued paragraph). A mark that cannot
be paired is dropped, and a quote never runs past the end of its paragraph otherwise, so
one bad mark costs at most that paragraph's quotes, never the article's.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENING = frozenset("“„«")
CLOSING = frozenset("”»")
STRAIGHT = '"'
ALL_MARKS = OPENING | CLOSING | {STRAIGHT}
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:")  # a straight mark after these opens a quote


@dataclass(frozen=True, slots=True)
class QuotedRegion:
    """`text[start:end]` including the marks; `inner_*` exclude them. `pieces` are the
    per-paragraph stretches of a quote that continues over paragraph breaks."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    pieces: tuple[tuple[int, int], ...]
    closed: bool = True

    def words(self, text: str) -> int:
        return len(text[self.inner_start : self.inner_end].split())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line block; a newline ends a paragraph."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _role(text: str, i: int) -> str:
    """'open' or 'close' for the mark at `i`."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in CLOSING:
        # A closing mark typed where a quote opens (”Fear. I am ...): it opens.
        return "open" if before in _OPEN_CONTEXT and after.isalnum() else "close"
    if ch in OPENING:
        return "close" if before.isalnum() and (after.isspace() or after in ".,;:!?") else "open"
    if before in _OPEN_CONTEXT and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)—–" or not before.isspace():
        return "close"
    return "open"


def find_quoted_regions(text: str) -> list[QuotedRegion]:
    """Every quoted region of `text`, in order; unbalanced marks are skipped."""
    regions: list[QuotedRegion] = []
    paras = paragraphs(text)
    carried: list[tuple[int, int]] = []  # pieces of a quote still open at a paragraph break
    carried_start = -1
    for p_index, (p_start, p_end) in enumerate(paras):
        open_at = -1
        if carried:
            first = text[p_start:p_end].lstrip()
            lead = p_start + (p_end - p_start - len(first))
            if first[:1] in ALL_MARKS:
                open_at = lead  # the continued quote reopens here
            else:
                # The continuation was a mistake: keep what was quoted, closed at its paragraph.
                regions.append(_region(text, carried_start, carried, closed=False))
                carried = []
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in ALL_MARKS:
                continue
            role = _role(text, i)
            if open_at < 0:
                if role == "open":
                    open_at = i
                continue
            if i == open_at:
                continue
            if role == "close" or ch == STRAIGHT:
                pieces = [*carried, (open_at, i + 1)]
                regions.append(_region(text, carried_start if carried else open_at, pieces))
                carried, open_at = [], -1
            else:
                # A second opening mark while one is open: the first was stray.
                if carried:
                    regions.append(_region(text, carried_start, carried, closed=False))
                    carried = []
                open_at = i
        if open_at >= 0:
            nxt = paras[p_index + 1] if p_index + 1 < len(paras) else None
            continues = nxt is not None and text[nxt[0] : nxt[1]].lstrip()[:1] in ALL_MARKS
            if continues:
                if not carried:
                    carried_start = open_at
                carried = [*carried, (open_at, p_end)]
            elif carried:
                pieces = [*carried, (open_at, p_end)]
                regions.append(_region(text, carried_start, pieces, closed=False))
                carried = []
            # else: an unpaired mark within one paragraph is dropped
    if carried:
        regions.append(_region(text, carried_start, carried, closed=False))
    return regions


def _region(
    text: str, start: int, pieces: list[tuple[int, int]], *, closed: bool = True
) -> QuotedRegion:
    end = pieces[-1][1]
    while end > start and text[end - 1].isspace():
        end -= 1
    inner_start = start + 1
    inner_end = end - 1 if closed and text[end - 1] in ALL_MARKS else end
    return QuotedRegion(
        start=start,
        end=end,
        inner_start=inner_start,
        inner_end=max(inner_start, inner_end),
        pieces=tuple(pieces),
        closed=closed,
    )
