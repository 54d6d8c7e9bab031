"""Our CAMEO tables and lexicons, checked against the reference tables in ../shared."""

from __future__ import annotations

import csv
from collections import defaultdict
from importlib import resources
from pathlib import Path

from newsgraph.extract.cameo import cameo_code, cameo_table, is_cameo_code, quad_class, root_code
from newsgraph.extract.eventcoder.actors import actor_table
from newsgraph.extract.eventcoder.lexicon import load_lexicon
from tests._reference import cameo_country_codes


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_cameo_table_covers_all_twenty_roots() -> None:
    roots = {c.root for c in cameo_table().values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert cameo_code("042").name == "visit"
    assert root_code("0311") == "03"


def test_cameo_codes_goldstein_and_quadclass_match_reference(shared: Path) -> None:
    ref = {r["cameo_code"]: r for r in _tsv(shared / "reference/cameo/cameo_event_codes.tsv")}
    quad_by_root = {
        r["root_code"]: int(r["quad_class"])
        for r in _tsv(shared / "reference/cameo/cameo_quadclass_by_root.tsv")
    }
    for code, row in cameo_table().items():
        assert code in ref, f"{code} is not a CAMEO code"
        assert row.goldstein == float(ref[code]["goldstein"]), code
        assert row.quad_class == int(ref[code]["quad_class"]) == quad_by_root[code[:2]], code
        assert quad_class(code) == row.quad_class


def test_cameo_plover_types_match_cameo2plover(shared: Path) -> None:
    allowed: dict[str, set[str]] = defaultdict(set)
    for r in _tsv(shared / "reference/plover/cameo2plover.tsv"):
        allowed[r["cameo_code"]].add(r["plover_event"])
    for code, row in cameo_table().items():
        if code in allowed:
            assert row.plover in allowed[code], code
        else:  # PLOVER drops roots 01 and 02
            assert row.plover is None, code


def test_lexicon_is_large_covers_all_roots_and_uses_known_codes() -> None:
    lexicon = load_lexicon()
    entries = [e for group in lexicon.entries.values() for e in group]
    assert len(entries) >= 300
    coded = [e for e in entries if e.code is not None]
    for e in coded:
        assert is_cameo_code(e.code or ""), f"{e.source}: unknown code {e.code}"
    assert {(e.code or "")[:2] for e in coded} == {f"{i:02d}" for i in range(1, 21)}
    # particles change the code: "call for" vs "call on" vs "call off"
    call = {e.particle: e.code for e in lexicon.candidates("verb", "call") if not e.objects}
    assert call["for"] == "020" and call["off"] == "164" and call["on"] == "020"


def test_lexicon_file_has_six_columns_everywhere() -> None:
    text = (
        resources.files("newsgraph.extract.data").joinpath("event_lexicon.tsv").read_text("utf-8")
    )
    for number, line in enumerate(text.splitlines(), 1):
        if line and not line.startswith("#"):
            assert len(line.split("\t")) == 6, number


def test_actor_table_codes_are_cameo_country_codes(shared: Path) -> None:
    countries = cameo_country_codes(shared)
    regions = {r["code"] for r in _tsv(shared / "reference/cameo/cameo_region_codes.tsv")}
    roles = {r["code"] for r in _tsv(shared / "reference/cameo/cameo_actor_role_codes.tsv")}
    table = actor_table()
    for code in {*table.countries.values(), *table.capitals.values()}:
        assert code in countries, code
    for code in table.regions.values():
        assert code in regions, code
    for code in table.roles.values():
        assert code in roles, code
    igos = {*table.igos.values()}
    for code in table.persons.values():
        assert code in igos or (code[:3] in countries and code[3:] in roles), code
