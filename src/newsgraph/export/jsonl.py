"""JSON Lines export: one contract record per line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from newsgraph.records import Analysis


def write_jsonl(analyses: Iterable[Analysis], out: TextIO) -> int:
    n = 0
    for analysis in analyses:
        out.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n
