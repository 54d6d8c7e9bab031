"""Quotes and their attribution: who said what, in whose words, on whose authority.

Direct ("'We will respond,' he said"), indirect ("X said (that) ...", "according to X, ...",
"X called for ...") and mixed quotes (indirect speech holding a quoted phrase), each with
its speaker mention resolved to an entity, its cue word and its chain of channels ("...,
according to state broadcaster CCTV", "Reuters reported"). The work is in
extract/attribution/: marks.py (quotation marks), cues.py (cue-led candidates from the
parse), classifier.py (which candidates to keep), linking.py (joining them with quoted
regions) and speakers.py (resolution to entities).

Options (ctx.options): ``quotes.min_probability`` (lowest probability, from the attribution
classifier, for a cue-led candidate to be kept; default 0.4, tuned on PolNeAR dev) and
``quotes.orphan_min_words`` (shortest quoted region, in words, kept without a cue of its
own; shorter ones are scare quotes; default 5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsgraph.extract.attribution.classifier import features, probability
from newsgraph.extract.attribution.cues import Attribution, find_attributions
from newsgraph.extract.attribution.lexicon import cue_lexicon
from newsgraph.extract.attribution.linking import (
    add_media_via,
    drop_nested,
    fold_according,
    link_regions,
    quoted_share,
)
from newsgraph.extract.attribution.marks import find_quoted_regions
from newsgraph.extract.attribution.speakers import MentionIndex, resolve
from newsgraph.extract.registry import Context, extractor
from newsgraph.records import Entity, Quote, QuoteKind, Speaker, Via

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.extract.attribution.marks import QuotedRegion

EXTRACTOR = "quotes.rules@4"
# A later statement by the same speaker, this close (characters) after one whose channel was
# named ("..., according to CCTV"), is taken to come through that channel too ("Xi said ...").
CARRY_VIA_CHARS = 1200
# Candidates: verbs that were a cue at least this often in their construction (train split).
MIN_CUE_RATE = 0.05
DEFAULT_MIN_PROBABILITY = 0.4
DEFAULT_ORPHAN_MIN_WORDS = 5
# A quote this share (or more) inside quotation marks is direct; any less but some, mixed.
_DIRECT_SHARE = 0.85


@extractor("quotes.rules", version="4", produces="quotes", needs=("entities",))
def extract_quotes(ctx: Context) -> tuple[Quote, ...]:
    """Direct, indirect and mixed quotes with speaker, cue and attribution chain."""
    threshold = float(ctx.options.get("quotes.min_probability", DEFAULT_MIN_PROBABILITY))
    orphan_min = int(ctx.options.get("quotes.orphan_min_words", DEFAULT_ORPHAN_MIN_WORDS))
    entities: Sequence[Entity] = ctx.results.get("entities", ())
    return attribute_quotes(ctx, entities, threshold, orphan_min)


def attribute_quotes(
    ctx: Context, entities: Sequence[Entity], threshold: float, orphan_min_words: int
) -> tuple[Quote, ...]:
    text = ctx.article.text
    doc = ctx.doc
    regions = find_quoted_regions(text)
    lexicon = cue_lexicon()
    found = []
    for att in find_attributions(doc, lexicon, MIN_CUE_RATE):
        att.score = probability(features(att, doc, text, regions, lexicon))
        if att.score >= threshold or att.construction == "according":
            found.append(att)
    # An "according to X" joins the kept cue verb it hangs from as its channel, or stands
    # alone when sure enough.
    found = [
        a
        for a in fold_according(found, doc)
        if a.construction != "according" or a.score >= threshold
    ]
    found = drop_nested(found, regions, doc)
    add_media_via(found, doc)
    found += link_regions(found, regions, doc, text, orphan_min_words)
    index = MentionIndex.build(entities)
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for att in sorted(found, key=lambda a: (a.start, -a.score)):
        span = (att.start, att.end)
        if span in seen or span[1] - span[0] < 2:
            continue
        seen.add(span)
        quotes.append(_record(att, text, doc, index, regions))
    quotes = carry_channels(quotes)
    return tuple(
        Quote(
            id=f"q{i}",
            text=q.text,
            start=q.start,
            end=q.end,
            kind=q.kind,
            speaker=q.speaker,
            cue=q.cue,
            via=q.via,
            extractor=EXTRACTOR,
        )
        for i, q in enumerate(quotes, 1)
    )


def carry_channels(quotes: list[Quote]) -> list[Quote]:
    """News names a channel once and keeps reporting through it: "Xi said ..., according to
    CCTV. ... Xi said ..." -> the second statement also came via CCTV. Only for the same
    resolved speaker, close after, and while no other channel has been named in between."""
    out: list[Quote] = []
    last: dict[str, Quote] = {}  # speaker entity -> its latest quote with a channel
    channel: tuple[str, ...] | None = None  # the latest channel named for anyone
    for q in quotes:
        who = q.speaker.entity if q.speaker is not None else None
        if q.via:
            channel = tuple(v.text for v in q.via)
        elif who is not None and who in last:
            prev = last[who]
            named_since = channel is not None and channel != tuple(v.text for v in prev.via)
            if q.start - prev.end <= CARRY_VIA_CHARS and not named_since:
                q = replace(q, via=prev.via)
        if who is not None and q.via:
            last[who] = q
        out.append(q)
    return out


def _record(
    att: Attribution, text: str, doc: Doc, index: MentionIndex, regions: list[QuotedRegion]
) -> Quote:
    kind: QuoteKind = "indirect"
    if att.marked:
        kind = "direct" if quoted_share(att, regions, text) >= _DIRECT_SHARE else "mixed"
    speaker = None
    if att.source is not None:
        s, e = att.source
        speaker = Speaker(text[s:e], s, e, resolve(doc, att.source_head, index))
    via = tuple(_via(doc, s, e, text, index) for s, e in att.via)
    cue = text[att.cue[0] : att.cue[1]] if att.cue[0] >= 0 else None
    return Quote(
        id="",
        text=text[att.start : att.end],
        start=att.start,
        end=att.end,
        kind=kind,
        speaker=speaker,
        cue=cue,
        via=via,
    )


def _via(doc: Doc, start: int, end: int, text: str, index: MentionIndex) -> Via:
    span = doc.char_span(start, end, alignment_mode="expand")
    head = span.root.i if span is not None else None
    return Via(text[start:end], resolve(doc, head, index), start, end)
