"""The English stop words: the words PostgreSQL's ``english`` text-search configuration leaves
out of every tsvector and tsquery (its Snowball English list).

SQLite's FTS5 index keeps every word, so the SQLite search drops these words from a query
itself: a stop word then counts for nothing on either database ("the talks" finds what "talks"
finds), and a query of stop words only finds nothing on both. A PostgreSQL test checks every
word here against the server (`tests/test_search_parity.py`).
"""

from __future__ import annotations

# Grouped as the Snowball list groups them: pronouns, forms of be/have/do, articles and
# conjunctions, prepositions, adverbs and determiners, and the pieces an apostrophe leaves
# ("don't" -> "don", "t"; "it's" -> "it", "s").
_WORDS = """
i me my myself we our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself
they them their theirs themselves what which who whom this that these those
am is are was were be been being have has had having do does did doing
a an the and but if or because as until while
of at by for with about against between into through during before after
above below to from up down in out on off over under
again further then once here there when where why how
all any both each few more most other some such
no nor not only own same so than too very
s t can will just don should now
"""

ENGLISH_STOP_WORDS: frozenset[str] = frozenset(_WORDS.split())
