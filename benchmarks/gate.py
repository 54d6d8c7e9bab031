"""The accuracy gate: run the benchmarks and refuse a result below its floor.

    .venv/bin/python -m benchmarks.gate            # run every gated benchmark, then check floors
    .venv/bin/python -m benchmarks.gate --check    # only check the result files already written

Floors live in benchmarks/floors.json: for each benchmark, the command that produces
benchmarks/results/NAME.json, and a list of {"where": {field: value}, "metric": name,
"floor": number}. A floor is lowered only by editing that file in a commit that says why.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks._common import ROOT

FLOORS = ROOT / "benchmarks" / "floors.json"


def check(name: str, spec: dict[str, Any], results: Path) -> list[str]:
    path = results / f"{name}.json"
    if not path.exists():
        return [f"{name}: no result file {path}"]
    rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    problems = []
    for floor in spec["floors"]:
        where = floor.get("where", {})
        hits = [r for r in rows if all(r.get(k) == v for k, v in where.items())]
        if not hits:
            problems.append(f"{name}: no row where {where}")
            continue
        value = hits[0].get(floor["metric"])
        ok = isinstance(value, int | float) and value >= floor["floor"]
        mark = "ok  " if ok else "FAIL"
        print(f"  {mark} {name} {where} {floor['metric']} = {value} (floor {floor['floor']})")
        if not ok:
            problems.append(f"{name}: {floor['metric']} {value} < floor {floor['floor']} where {where}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only check existing result files")
    ap.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results" / "gate",
                    help="where the gate's runs write their result files")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all in floors.json)")
    args = ap.parse_args()
    args.results.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NEWSGRAPH_BENCH_RESULTS": str(args.results)}
    floors: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8"))
    names = args.names or list(floors)
    problems: list[str] = []
    for name in names:
        spec = floors[name]
        if not args.check:
            t0 = time.perf_counter()
            print(f"== {name}: {' '.join(spec['command'])}", flush=True)
            proc = subprocess.run([sys.executable, *spec["command"]], cwd=ROOT, env=env)
            print(f"   ({time.perf_counter() - t0:.0f} s)", flush=True)
            if proc.returncode != 0:
                problems.append(f"{name}: benchmark exited {proc.returncode}")
                continue
        problems += check(name, spec, args.results)
    for p in problems:
        print("gate:", p, file=sys.stderr)
    print(f"accuracy gate: {len(names)} benchmarks, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
