"""The parts of the CAMEO event coder: lexicon loading, actor resolution, parse walking."""

from newsgraph.extract.eventcoder.lexicon import LexEntry, Lexicon, load_lexicon

__all__ = ["LexEntry", "Lexicon", "load_lexicon"]
