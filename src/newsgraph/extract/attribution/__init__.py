"""Quote attribution internals: quotation marks, cue-led attributions from the parse,
their joining, and speaker resolution. The registered extractor is extract/quotes.py."""
