#!/usr/bin/env bash
# Set up, then run the whole check: lint, types, tests (PostgreSQL tests run when
# NEWSGRAPH_TEST_PG_URL is set; .ci/run starts a server and sets it), accuracy floors.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
status=0
echo "== ruff"; .venv/bin/ruff check src tests benchmarks || status=1
echo "== mypy"; .venv/bin/mypy || status=1
echo "== pytest"
.venv/bin/python -m pytest "$@"
rc=$?
# pytest exits 5 when it collected no test: that is a failure here, not a pass.
if [ "$rc" -ne 0 ]; then status=1; fi
# Accuracy floors (benchmarks/floors.json); NEWSGRAPH_SKIP_GATE=1 skips them for a quick run.
if [ "${NEWSGRAPH_SKIP_GATE:-0}" != "1" ]; then
  echo "== accuracy gate"
  .venv/bin/python -m benchmarks.gate || status=1
fi
exit $status
