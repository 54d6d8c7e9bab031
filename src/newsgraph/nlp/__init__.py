"""Article -> spaCy Doc: one pipeline per model name, loaded once per process, on first use."""

from newsgraph.nlp.pipeline import load_pipeline

__all__ = ["load_pipeline"]
