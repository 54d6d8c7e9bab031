"""Rule-based TIMEX3 recognition and normalisation, used by `newsgraph.extract.times`.

`lexicon` reads the vocabulary (data/timex_words.tsv), `grammar` finds candidate
expressions in text, `resolve` turns a candidate into a TIMEX3 type and value against an
anchor date, dispatching by family to `dates` (calendar dates and clock times), `relative`
(relative to the anchor or to an earlier date in the text) and `durations` (durations and
sets); `values` holds what they share, `calendar` the date arithmetic.
"""
