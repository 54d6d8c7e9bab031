"""Rule-based TIMEX3 recognition and normalisation, used by `newsgraph.extract.times`.

`lexicon` reads the vocabulary (data/timex_words.tsv), `grammar` finds candidate
expressions in text, `resolve` turns a candidate into a TIMEX3 type and value against an
anchor date.
"""
