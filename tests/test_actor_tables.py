"""The people and organisation tables (data/actors/leaders.tsv, organisations.tsv): codes are
CAMEO codes, names are unique and unambiguous, and look-ups give the country an actor acts for.
Only the last test needs the spaCy model."""

from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from newsgraph.extract import actors
from newsgraph.extract.eventcoder.actors import actor_table
from newsgraph.records import Actor
from tests.test_events_model import analyse

# Surnames and words that name many people: a surname-only row for one of them would give
# every "Chris Brown" or "Ali Khan" a government's code.
_TOO_COMMON = frozenset(
    {
        "may", "brown", "lee", "kim", "khan", "singh", "johnson", "rice", "hill", "young",
        "bush", "smith", "wang", "li", "zhang", "park", "ali", "ahmed", "hussein", "mohammed",
        "abdullah", "castro", "sanchez", "rodriguez", "gonzalez", "martin", "harris", "powell",
        "gates", "carter", "austin", "ross", "ryan", "graham", "cameron", "hague", "key",
        "truss", "tusk", "sharif", "gandhi", "marcos", "petro", "bennett", "herzog", "katz",
    }
)  # fmt: skip
# Single-word rows that are what the news calls a person, not a word of a full-name row:
# nicknames and people known by one name.
_NICKNAMES = frozenset({"amlo", "hemedti", "hemeti", "jokowi", "timochenko", "suharto", "bibi"})


def _table(name: str) -> list[dict[str, str]]:
    text = resources.files("newsgraph.extract.data.actors").joinpath(name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _reference(shared: Path, name: str) -> set[str]:
    with (shared / "reference/cameo" / name).open(encoding="utf-8") as fh:
        return {row["code"] for row in csv.DictReader(fh, delimiter="\t")}


@pytest.mark.parametrize("table", ["leaders.tsv", "organisations.tsv"])
def test_actor_tables_list_each_name_once(table: str) -> None:
    names = [_norm(row["name"]) for row in _table(table)]
    repeated = sorted({n for n in names if names.count(n) > 1})
    assert not repeated


def test_actor_tables_surname_rows_are_distinctive() -> None:
    rows = _table("leaders.tsv")
    full = [(_norm(r["name"]), r["code"]) for r in rows if " " in r["name"].strip()]
    for row in rows:
        name = _norm(row["name"])
        if " " in name:
            continue
        assert name not in _TOO_COMMON, row
        # a surname row names the same actor as a full-name row that contains it as a word
        # or a hyphenated part ("Assad" of "Bashar al-Assad")
        part = re.compile(rf"(?:^|[\s-]){re.escape(name)}(?:$|[\s-])")
        assert name in _NICKNAMES or any(
            part.search(other) and code == row["code"] for other, code in full
        ), row


def test_actor_tables_leaders_are_not_places_or_organisations() -> None:
    for row in _table("leaders.tsv"):
        assert actors.country_of(row["name"]) is None, row
        assert actors.organisation(row["name"]) is None, row


def _countries(shared: Path) -> set[str]:
    """The country codes of the CAMEO reference."""
    path = shared / "reference/cameo/OEDA.text_to_CAMEO.countrynames.txt"
    return {ln.split("\t")[1] for ln in path.read_text().splitlines() if "\t" in ln}


@pytest.mark.shared
def test_actor_tables_leader_codes_are_cameo_codes(shared: Path) -> None:
    countries = _countries(shared)
    roles = _reference(shared, "cameo_actor_role_codes.tsv")
    igos = set(actor_table().igos.values())
    for row in _table("leaders.tsv"):
        code = row["code"]
        if code.startswith("IGO"):
            assert code in igos, row  # the code the event coder gives the organisation itself
        else:
            assert len(code) == 6 and code[:3] in countries and code[3:] in roles, row


@pytest.mark.shared
def test_actor_tables_armed_groups_have_a_country(shared: Path) -> None:
    roles = _reference(shared, "cameo_actor_role_codes.tsv")
    armed = {"REB", "INS", "SEP", "UAF"} & roles
    assert armed == {"REB", "INS", "SEP", "UAF"}
    groups = [a for a in actors.lexicon().organisations.values() if a.role in armed]
    assert len(groups) >= 30
    assert all(a.country is not None for a in groups)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Boko Haram", "NGAREB"),
        ("al-Shabaab", "SOMREB"),
        ("the Houthis", "YEMREB"),
        ("Hezbollah", "LBNREB"),
        ("PKK", "TURSEP"),
        ("FARC", "COLREB"),
        ("KCNA", "PRKMED"),
        ("Xinhua", "CHNMED"),
        ("IRNA", "IRNMED"),
        ("Yonhap", "KORMED"),
        ("Saudi Aramco", "SAUBUS"),
        ("Revolutionary Guards", "IRNMIL"),
        ("Israel Defense Forces", "ISRMIL"),
        ("Bank of Japan", "JPNGOV"),
        ("Downing Street", "GBRGOV"),
        ("U.S. Treasury", "USAGOV"),
        ("OPEC+", "IGOBUSOPC"),
        ("ECOWAS", "IGOWAFWAS"),
        ("League of Arab States", "IGOMEAARL"),
        ("the United Nations Security Council", "IGOUNO"),  # spelled out: as "UN ..."
        ("United Nations Human Rights Council", "IGOUNOHRI"),
        # political parties: a party that is not the state has its country alone
        ("the Tories", "GBR"),
        ("Lib Dems", "GBR"),
        ("Plaid Cymru", "GBR"),
        ("BJP", "IND"),
        ("Bharatiya Janata Party", "IND"),
        ("the Congress party", "IND"),
        ("Congress", "USALEG"),  # alone it is still the U.S. Congress
        ("AfD", "DEU"),
        ("Alternative for Germany", "DEU"),
        ("Likud", "ISR"),
        ("United Russia", "RUS"),
        ("Pakistan Tehreek-e-Insaf", "PAK"),
        ("PML-N", "PAK"),
        ("Awami League", "BGD"),
        ("Kuomintang", "TWN"),
        ("Fidesz", "HUN"),
        ("the Workers' Party of Korea", "PRKGOV"),
        ("Communist Party of Vietnam", "VNMGOV"),
    ],
)
def test_actor_tables_organisation_lookup(name: str, code: str) -> None:
    actor = actors.organisation(name)
    assert actor is not None and actor.code == code


def test_actor_tables_groups_across_many_countries_get_no_country() -> None:
    # news gold codes the Islamic State or al-Qaeda with no country; no row may give one
    for name in ("Islamic State", "ISIS", "ISIL", "al-Qaeda"):
        assert actors.organisation(name) is None
    assert actors.organisation("kcna") is None  # acronyms match in capitals only


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Tony Blair", "GBRGOV"),
        ("Gordon Brown", "GBRGOV"),
        ("Recep Tayyip Erdoğan", "TURGOV"),
        ("President Volodymyr Zelenskiy", "UKRGOV"),
        ("Zelenskyy", "UKRGOV"),
        ("Kim Jong-il", "PRKGOV"),
        ("Lee Kuan Yew", "SGPGOV"),
        ("Hassan Nasrallah", "LBNREB"),
        ("Abdullah Öcalan", "TURSEP"),
        ("Sergei Shoigu", "RUSGOV"),
        ("Luiz Inácio Lula da Silva", "BRAGOV"),
    ],
)
def test_actor_tables_leader_lookup(name: str, code: str) -> None:
    assert actors.leader(name) == Actor(code, code[:3], code[3:])


def test_actor_tables_international_officials_keep_the_organisation_code() -> None:
    assert actors.leader("Ursula von der Leyen") == Actor("IGOEUREEC", None, None)
    assert actors.leader("Kofi Annan") == Actor("IGOUNO", None, None)


@pytest.mark.parametrize("name", ["Chris Brown", "Jane May", "David Lee", "Omar Khan", "Jim Rice"])
def test_actor_tables_common_surnames_name_nobody(name: str) -> None:
    assert actors.leader(name) is None


def test_actor_tables_surnames_give_events_their_countries(nlp: Any) -> None:
    text = (
        "Ruto met Tinubu in Nairobi on Monday to discuss trade. "
        "On Wednesday Erdoğan criticised Netanyahu over the strikes."
    )
    events, _ = analyse(nlp, text, "2025-03-10")
    dyads = {
        (e.source.actor_code, e.target.actor_code, e.root_code)
        for e in events
        if e.source and e.target
    }
    assert ("KENGOV", "NGAGOV", "04") in dyads, dyads
    assert ("TURGOV", "ISRGOV", "11") in dyads, dyads


@pytest.mark.shared
def test_actor_tables_national_organisation_codes_are_cameo_codes(shared: Path) -> None:
    # a national organisation's code is its country and its role; a political party that is
    # not the state has its country alone ("Tories" -> GBR)
    countries = _countries(shared)
    roles = _reference(shared, "cameo_actor_role_codes.tsv")
    for row in _table("organisations.tsv"):
        if row["country"]:
            assert row["country"] in countries, row
            assert not row["role"] or row["role"] in roles, row
            assert row["code"] == row["country"] + row["role"], row


@pytest.mark.parametrize(
    "name",
    # names many countries' parties use, and acronyms that name other things too
    ["Labour", "Labour Party", "Conservatives", "Conservative Party", "Greens", "Liberals",
     "Social Democrats", "Justice and Development Party", "PTI", "CHP", "LDP", "bjp", "Kmt"],
)  # fmt: skip
def test_actor_tables_ambiguous_party_names_are_not_listed(name: str) -> None:
    assert actors.organisation(name) is None


@pytest.mark.shared
def test_actor_tables_dependencies_are_coded_as_the_reference_codes_them(shared: Path) -> None:
    """A dependency the CAMEO reference codes under a state ("Guam" USAGUM) is that state's."""
    import pycountry

    path = shared / "reference/cameo/OEDA.text_to_CAMEO.countrynames.txt"
    rows = [ln.split("\t") for ln in path.read_text().splitlines() if ln.count("\t") >= 1]
    checked = 0
    for name, code, *_ in rows:
        state = code[:3]
        if len(code) != 6 or state == "PSE" or pycountry.countries.get(alpha_3=state) is None:
            continue  # Gaza stays Palestinian; a misspelled state code ("FRN") is no state
        assert actors.country_of(name) == state, (name, code)
        checked += 1
    assert checked >= 20


def test_actor_tables_dependencies_name_real_codes() -> None:
    import pycountry

    for row in _table("dependencies.tsv"):
        known = pycountry.countries.get(alpha_3=row["iso3"])
        known = known or pycountry.historic_countries.get(alpha_3=row["iso3"])
        assert known is not None, row
        assert pycountry.countries.get(alpha_3=row["state"]) is not None, row
        assert actors.country_of(row["name"]) == row["state"], row
    assert actors.country_of("Hong Kong") == "HKG"  # not a dependency here (nor in CAMEO)


def test_actor_tables_international_codes_agree_across_tables() -> None:
    # a leader of, or a fallback name for, a listed organisation takes the organisation's code
    # ("Lagarde" and "IMF" both IGOBUSIMF), so that one query finds them all
    organisations = {row["code"] for row in _table("organisations.tsv")}
    text = resources.files("newsgraph.extract.data").joinpath("event_actors.tsv")
    rows = [ln.split("\t") for ln in text.read_text("utf-8").splitlines() if ln.startswith("igo\t")]
    fallback = {name: code for _, name, code in rows}
    for name, code in fallback.items():
        listed = actors.organisation(name)
        assert listed is None or listed.code == code, (name, code, listed)
    igo = organisations | set(fallback.values())
    strays = {r["code"] for r in _table("leaders.tsv") if r["code"].startswith("IGO")} - igo
    assert not strays, strays
