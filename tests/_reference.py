"""Readers of ../shared/reference shared by the tests that check our tables against it."""

from __future__ import annotations

from pathlib import Path


def cameo_country_codes(shared: Path) -> set[str]:
    """The CAMEO country codes of OEDA's country-name file (second column)."""
    codes: set[str] = set()
    for line in (
        (shared / "reference/cameo/OEDA.text_to_CAMEO.countrynames.txt")
        .read_text(encoding="utf-8", errors="replace")
        .splitlines()
    ):
        cells = line.split("\t")
        if len(cells) >= 2:
            codes.add(cells[1].strip())
    return codes
