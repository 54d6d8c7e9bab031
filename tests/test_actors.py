"""Actor lexicons and the actors API (no spaCy model needed)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsgraph.extract import actors
from newsgraph.records import Actor


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Russia", "RUS"),
        ("Russian", "RUS"),
        ("Russia's", "RUS"),
        ("Russia’s", "RUS"),
        ("Chinese", "CHN"),
        ("Beijing", "CHN"),
        ("U.S.", "USA"),
        ("United States", "USA"),
        ("Taiwan", "TWN"),
        ("RUSSIA", "RUS"),
        ("Germany", "DEU"),  # pycountry names
        ("Burkina Faso", "BFA"),
    ],
)
def test_actors_country_of_names_demonyms_capitals(word: str, iso3: str) -> None:
    assert actors.country_of(word) == iso3


@pytest.mark.parametrize("word", ["us", "who", "president", "Tuesday", ""])
def test_actors_country_of_ignores_common_words(word: str) -> None:
    assert actors.country_of(word) is None


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("President", "GOV"),
        ("Prime Minister", "GOV"),
        ("Premier", "GOV"),
        ("state broadcaster", "MED"),
        ("news agency", "MED"),
        ("producers", "BUS"),
        ("army", "MIL"),
        ("judge", "JUD"),
        ("lawmakers", "LEG"),
        ("opposition leader", "OPP"),
        ("Senate Minority Leader", "LEG"),  # a generic title takes its institution's role
        ("army spokesman", "MIL"),
        ("Foreign Ministry spokesman", "GOV"),
        ("Tuesday", None),
    ],
)
def test_actors_role_of_titles(title: str, role: str | None) -> None:
    assert actors.role_of(title) == role


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chinese President", "CHNGOV"),
        ("Russian Prime Minister", "RUSGOV"),
        ("Russia's TASS news agency", "RUSMED"),
        ("major Russian producers", "RUSBUS"),
        ("RUSSIAN PRESIDENT", "RUSGOV"),
        ("Russia", "RUS"),
        ("Moscow", "RUSGOV"),
        ("the United Nations", "IGOUNO"),
        ("NATO", "IGOWSTNAT"),
    ],
)
def test_actors_actor_for_text(text: str, code: str) -> None:
    actor = actors.actor_for_text(text)
    assert actor is not None and actor.code == code


def test_actors_acronyms_need_capitals() -> None:
    assert actors.organisation("WHO") is not None
    assert actors.organisation("who") is None
    assert actors.actor_for_text("nothing here") is None


def test_actors_an_acronym_after_the_article_is_still_one() -> None:
    # "the UNSC": the article is no part of the acronym's capitals
    found = actors.organisation("the UNSC")
    assert found is not None and found.code == "IGOUNO"
    assert actors.organisation("the who") is None


def test_actors_make_actor_code_is_country_plus_role() -> None:
    assert actors.make_actor("CHN", "GOV") == Actor("CHNGOV", "CHN", "GOV")
    assert actors.make_actor(None, None) is None


@pytest.mark.shared
def test_actors_roles_exist_in_cameo_reference(shared: Path) -> None:
    known = {r["code"] for r in _tsv(shared / "reference/cameo/cameo_actor_role_codes.tsv")}
    lex = actors.lexicon()
    assert set(lex.roles.values()) <= known
    org_roles = {a.role for a in lex.organisations.values() if a.role}
    assert org_roles <= known


@pytest.mark.shared
def test_actors_organisation_codes_are_cameo_codes(shared: Path) -> None:
    cameo = shared / "reference/cameo"
    international = {r["code"] for r in _tsv(cameo / "cameo_international_codes.tsv")}
    regions = {r["code"] for r in _tsv(cameo / "cameo_region_codes.tsv")}
    roles = {r["code"] for r in _tsv(cameo / "cameo_actor_role_codes.tsv")}
    countries = {
        line.split("\t")[1]
        for line in (cameo / "OEDA.text_to_CAMEO.countrynames.txt").read_text().splitlines()
        if "\t" in line
    }
    plover = (shared / "reference/plover/plover_ontology.json").read_text()
    assert '"UNO"' in plover  # the United Nations' own code
    for actor in actors.lexicon().organisations.values():
        if actor.country is None:
            prefix = actor.code[:3]
            assert prefix in international, actor
            second = actor.code[3:6]
            # IGO + (UNO | a region | a role | an organisation's own 3-letter code)
            assert len(actor.code) in (3, 6, 9, 12), actor
            assert second == "UNO" or second in regions or second in roles or len(actor.code) == 6
        else:
            assert actor.country in countries, actor
            assert actor.code == actor.country + (actor.role or ""), actor


@pytest.mark.shared
def test_actors_country_codes_are_cameo_country_codes(shared: Path) -> None:
    path = shared / "reference/cameo/OEDA.text_to_CAMEO.countrynames.txt"
    countries = {line.split("\t")[1] for line in path.read_text().splitlines() if "\t" in line}
    ours = set(actors.lexicon().countries.values())
    # the hand-written table may only use codes CAMEO knows (pycountry adds ISO-only ones)
    import importlib.resources

    table = importlib.resources.files("newsgraph.extract.data.actors").joinpath("countries.tsv")
    rows = [
        ln.split("\t") for ln in table.read_text().splitlines() if ln and not ln.startswith("#")
    ]
    hand = {r[0] for r in rows[1:]}
    assert hand <= countries | {"PSE"}
    assert {"RUS", "CHN", "USA", "TWN"} <= ours


def test_actors_find_role_prefers_the_personal_title() -> None:
    found = actors.find_role(["Foreign", "Ministry", "spokesman"])
    assert found is not None and found[0] == "spokesman" and found[1] == "GOV"
    assert actors.is_title("Prime Minister") and not actors.is_title("broadcaster")


def test_actors_leader_table_by_full_name_and_surname() -> None:
    assert actors.leader("Barack Obama") == Actor("USAGOV", "USA", "GOV")
    assert actors.leader("Vladimir V. Putin") == Actor("RUSGOV", "RUS", "GOV")
    assert actors.leader("Obama's") is not None
    assert actors.leader("Jane Doe") is None


@pytest.mark.shared
def test_actors_leader_codes_are_cameo_codes(shared: Path) -> None:
    roles = {r["code"] for r in _tsv(shared / "reference/cameo/cameo_actor_role_codes.tsv")}
    for code in actors.leader_table().values():
        assert code.startswith("IGO") or (len(code) == 6 and code[3:] in roles), code
