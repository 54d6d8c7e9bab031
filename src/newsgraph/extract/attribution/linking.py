"""Joining the two kinds of evidence: cue-led attributions (cues.py) and quoted regions
(marks.py). A quoted region inside or beside an attribution's content becomes part of it
("mixed" or "direct"); an interrupted quote ("'We will,' he said, 'respond.'") is joined
across its cue; a long quote with no cue of its own goes to the speaker just before it; a
short one with none is a scare quote or a name, and is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.extract.attribution.cues import CLAUSAL, Attribution, source_of
from newsgraph.extract.attribution.lexicon import CueLexicon, cue_lexicon, media_words
from newsgraph.extract.attribution.marks import QuotedRegion

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# What may stand between a quote and its cue for the two to be adjacent.
# Never a line break: a quote and a cue in different paragraphs are not adjacent.
_GLUE = re.compile(r"[ \t,:;—–\-\"“”„«»']*")
_GLUE_AFTER = re.compile(r"[ \t,:;.—–\-\"“”„«»']*")  # '"A," he said. "B."' is one quote
# Farthest (characters) a quote with no cue looks back for its speaker: a few paragraphs.
_ORPHAN_REACH = 800
# Most words between a quote and the quoted region that continues it.
_CONTINUATION_WORDS = 8
_REPORT_LEMMAS = frozenset({"report", "broadcast", "publish", "cite", "quote"})


def fold_according(found: list[Attribution], doc: Doc) -> list[Attribution]:
    """An "according to X" that hangs from a cue verb's clause is that attribution's
    channel (via), not an attribution of its own."""
    by_anchor = {a.anchor: a for a in found if a.construction != "according"}
    kept: list[Attribution] = []
    for att in found:
        if att.construction == "according":
            host = next(
                (by_anchor[t.i] for t in doc[att.anchor].ancestors if t.i in by_anchor), None
            )
            if host is not None and att.source is not None:
                host.via.append(att.source)
                continue
        kept.append(att)
    return kept


def add_media_via(found: list[Attribution], doc: Doc) -> None:
    """Outlets as channels: in "Reuters reported ..." the outlet is the channel as well as
    the source; in "X told CNN" or "X said in an interview with CNN" it is the channel."""
    media = media_words()
    for att in found:
        if att.anchor < 0:
            continue
        if att.construction != "according":
            for outlet in _outlets(doc[att.anchor], media):
                att.via.append((outlet.left_edge.idx, outlet.idx + len(outlet.text)))
        if att.source is None or att.source_head is None or att.via:
            continue
        head = doc[att.source_head]
        words = {t.lower_ for t in doc.char_span(*att.source, alignment_mode="expand") or ()}
        if (
            doc[att.anchor].lemma_.lower() in _REPORT_LEMMAS
            or head.lower_ in media
            or (words & media and head.ent_type_ == "ORG")
        ):
            att.via.append(att.source)


def drop_nested(
    found: list[Attribution], regions: list[QuotedRegion], doc: Doc
) -> list[Attribution]:
    """One role per word (PolNeAR's rule, and a reader's): a cue inside quotation marks
    is part of the quoted words, and a cue inside a surer attribution's content is too,
    unless it opens a side clause of its own ("X said ..., while critics warned ...")."""
    kept = []
    for att in found:
        if any(r.inner_start <= att.cue[0] < r.inner_end for r in regions):
            continue
        hosts = [
            other
            for other in found
            if other is not att
            and other.score > att.score
            and any(s <= att.cue[0] < e for s, e in other.content)
        ]
        if hosts and not _side_clause(att, hosts, doc):
            continue
        kept.append(att)
    return kept


def _side_clause(att: Attribution, hosts: list[Attribution], doc: Doc) -> bool:
    """Cut the hosts' contents before `att` when it is a clause beside them, with a
    subject of its own; say whether it was."""
    cue = doc[att.anchor] if att.anchor >= 0 else None
    if cue is None or cue.dep_ not in ("advcl", "conj") or att.source is None:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    cut = cue.left_edge
    while cut.i > 0 and (cut.is_punct or cut.dep_ in ("cc", "mark")):
        cut = cut.nbor(-1) if cut.i > 0 else cut
    cut_at = cut.idx + len(cut.text)
    for other in hosts:
        pieces = [(s, min(e, cut_at)) for s, e in other.content if s < cut_at]
        if not pieces or pieces[-1][1] - pieces[0][0] < 2:
            return False
        other.content = pieces
    return True


def _is_outlet(token: Token, media: frozenset[str]) -> bool:
    """An outlet's name: "CNN", "The Washington Post", "state broadcaster CCTV"."""
    return (
        token.lower_ in media
        or token.ent_type_ == "ORG"
        or any(t.lower_ in media for t in token.children if t.dep_ == "compound")
    )


def _outlets(cue: Token, media: frozenset[str]) -> list[Token]:
    """Channels named beside the cue: "told CNN", "in an interview with the Globe"."""
    found = []
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and cue.lemma_ == "tell" and _is_outlet(child, media):
            found.append(child)
        if child.dep_ == "prep" and child.lower_ == "in":
            for pobj in child.children:
                if pobj.lower_ not in ("interview", "statement", "report", "broadcast"):
                    continue
                for prep in pobj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("with", "to", "on"):
                        found += [
                            o
                            for o in prep.children
                            if o.dep_ == "pobj" and (o.pos_ == "PROPN" or _is_outlet(o, media))
                        ]
    return found


def link_regions(
    found: list[Attribution],
    regions: list[QuotedRegion],
    doc: Doc,
    text: str,
    orphan_min_words: int,
) -> list[Attribution]:
    """Attach quoted regions to attributions; return the new, cue-less ones."""
    orphans: list[Attribution] = []
    for region in regions:
        inner = (region.inner_start, region.inner_end)
        if inner[1] - inner[0] < 2:
            continue
        pool = found + orphans
        hosts = [a for a in pool if _overlaps(a.content, inner)]
        if not hosts:
            hosts = [a for a in pool if a.anchor >= 0 and _adjacent(a, region, text)]
        if hosts:
            for att in hosts:
                if not (region.start <= att.cue[0] < region.end):
                    att.content.append((region.start, region.end))
                    att.content = _merge(att.content)
                att.marked = True
            continue
        labelled = _speech_verb_beside(region, doc, text) or _labelled(region, doc, text)
        if labelled is not None:
            orphans.append(labelled)
            continue
        if region.words(text) < orphan_min_words or not _has_verb(doc, region):
            continue  # a scare quote or a name
        before = [a for a in found + orphans if a.end <= region.start and a.source is not None]
        if not before:
            continue
        prev = max(before, key=lambda a: a.end)
        if region.start - prev.end > _ORPHAN_REACH:
            continue
        if prev.marked and len(text[prev.end : region.start].split()) <= _CONTINUATION_WORDS:
            # The speaker goes on ("...," she said. "And more."): one quote, as PolNeAR
            # annotates it (measured on dev: quote-marked F1 +0.01).
            prev.content = _merge([*prev.content, (region.start, region.end)])
            continue
        orphans.append(
            Attribution(
                cue=(-1, -1),
                content=[(region.start, region.end)],
                source=prev.source,
                source_head=prev.source_head,
                via=list(prev.via),
                construction="continued",
                score=0.5,
                marked=True,
            )
        )
    return orphans


def _speech_verb_beside(region: QuotedRegion, doc: Doc, text: str) -> Attribution | None:
    """'"...," said Tim Hess', '"...," Ms. Moore said', 'Ms. Moore said: "..."': a speech
    verb right beside the quote, parsed apart from it, with nothing between but its
    subject and punctuation."""
    span = doc.char_span(region.start, region.end, alignment_mode="expand")
    if span is None:
        return None
    lexicon = cue_lexicon()
    after = doc[span.end : span.end + 8]
    before = doc[max(0, span.start - 6) : span.start]
    verbs = [
        next((t for t in side if _speech_verb(t, lexicon)), None)
        for side in (after, reversed(before))
    ]
    for verb in verbs:
        if verb is None:
            continue
        subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        lo, hi = (span.end, verb.i) if verb.i >= span.end else (verb.i + 1, span.start)
        between = doc[lo:hi]
        if all(t.i in subject or t.is_punct or t.is_space for t in between) and (
            verb.i >= span.end or not subject or max(subject) < verb.i
        ):
            if "\n" in text[min(region.end, verb.idx) : max(region.start, verb.idx)]:
                return None
            source, head = source_of(verb)
            if source is None:
                return None
            return Attribution(
                cue=(verb.idx, verb.idx + len(verb.text)),
                content=[(region.start, region.end)],
                source=source,
                source_head=head,
                construction="beside",
                score=lexicon.rate(verb.lemma_.lower(), CLAUSAL),
                marked=True,
                anchor=verb.i,
            )
    return None


def _speech_verb(token: Token, lexicon: CueLexicon) -> bool:
    """A verb that mostly reports speech when it has a clause ("say", "add", "tell")."""
    return token.pos_ in ("VERB", "AUX") and lexicon.rate(token.lemma_.lower(), CLAUSAL) >= 0.5


# "Jane Doe ― “...”", "Jane Doe: “...”" and "“...” — Jane Doe, 34, a nurse": a name on the
# quote's own line, set off by a dash or colon (vox pops, letters, transcripts).
_NAME_BEFORE = re.compile(r"[ \t]*([A-Z][^\n―—–:\"“”]{1,60}?)[ \t]*([―—–:])[ \t]*")
_NAME_AFTER = re.compile(r"^[ \t,]*([―—–])[ \t]*([A-Z][^\n,;(\"“”]{1,60})")


def _labelled(region: QuotedRegion, doc: Doc, text: str) -> Attribution | None:
    line_start = text.rfind("\n", 0, region.start) + 1
    before = _NAME_BEFORE.fullmatch(text[line_start : region.start])
    after = _NAME_AFTER.match(text[region.end : region.end + 80])
    if before is not None:
        name = (line_start + before.start(1), line_start + before.end(1))
        cue = (line_start + before.start(2), line_start + before.end(2))
    elif after is not None:
        name = (region.end + after.start(2), region.end + after.end(2))
        cue = (region.end + after.start(1), region.end + after.end(1))
    else:
        return None
    span = doc.char_span(*name, alignment_mode="contract")
    if span is None or not _looks_like_name(span):
        return None
    return Attribution(
        cue=cue,
        content=[(region.start, region.end)],
        source=(span.start_char, span.end_char),
        source_head=span.root.i,
        construction="labelled",
        score=0.8,
        marked=True,
    )


def _looks_like_name(span: Span) -> bool:
    """Mostly capitalised words, at most six: "Edwin G. Monroy", "Sen. Jane Doe"."""
    words = [t for t in span if t.is_alpha]
    if not words or len(words) > 6:
        return False
    return sum(t.text[0].isupper() for t in words) * 2 > len(words)


def _overlaps(pieces: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in pieces)


def _adjacent(att: Attribution, region: QuotedRegion, text: str) -> bool:
    """The region ends right before the attribution's source/cue, or starts right after."""
    lead = min(att.cue[0], att.source[0]) if att.source else att.cue[0]
    tail = max(att.cue[1], att.source[1]) if att.source else att.cue[1]
    if region.end <= lead and lead - region.end < 12:
        return _GLUE.fullmatch(text[region.end : lead]) is not None
    if region.start >= tail and region.start - tail < 12:
        return _GLUE_AFTER.fullmatch(text[tail : region.start]) is not None
    return False


def _has_verb(doc: Doc, region: QuotedRegion) -> bool:
    span = doc.char_span(region.inner_start, region.inner_end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _merge(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(pieces):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def quoted_share(att: Attribution, regions: list[QuotedRegion], text: str) -> float:
    """Share of the content's non-space characters that lie inside quotation marks."""
    total = quoted = 0
    for s, e in att.content:
        for i in range(s, e):
            if not text[i].isspace():
                total += 1
    for r in regions:
        for s, e in att.content:
            lo, hi = max(s, r.start), min(e, r.end)
            quoted += sum(1 for i in range(lo, hi) if not text[i].isspace())
    return quoted / total if total else 0.0
