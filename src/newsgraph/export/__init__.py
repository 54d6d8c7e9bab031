"""Records out to files: JSON Lines (the full contract record) and CSV (one table per record kind)."""

from newsgraph.export.jsonl import write_jsonl
from newsgraph.export.tabular import CSV_TABLES, flatten, write_csv

FORMATS = ("jsonl", "csv")

__all__ = ["CSV_TABLES", "FORMATS", "flatten", "write_csv", "write_jsonl"]
