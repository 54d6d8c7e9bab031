"""CAMEO event codes: name, Goldstein score, QuadClass and PLOVER type, from our own table.

The table is `data/cameo_codes.tsv` (written for newsgraph; tests check every value
against the CAMEO and PLOVER reference tables). QuadClass follows GDELT: roots 01-05
verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material
conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsgraph.errors import ExtractorError


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """code -> CameoCode for every code in the table (roots, and the codes under them)."""
    text = resources.files("newsgraph.extract.data").joinpath("cameo_codes.tsv").read_text("utf-8")
    table: dict[str, CameoCode] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        code, goldstein, quad, plover, name = line.split("\t")
        table[code] = CameoCode(code, name, float(goldstein), int(quad), plover or None)
    return table


def cameo_code(code: str) -> CameoCode:
    """The table row for `code`; raises ExtractorError for a code we do not know."""
    try:
        return cameo_table()[code]
    except KeyError:
        raise ExtractorError(f"unknown CAMEO event code {code!r}") from None


def is_cameo_code(code: str) -> bool:
    return code in cameo_table()


def root_code(code: str) -> str:
    """'0311' -> '03'."""
    return code[:2]


def quad_class(code: str) -> int:
    """GDELT QuadClass of a code, from its root."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
