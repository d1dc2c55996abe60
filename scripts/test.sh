#!/usr/bin/env bash
# Set up (first time only) and run the checks: lint, the type checker, the content validator and the test suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
install_debian_packages
start_print_queue
make_venv test
cd "$ROOT"
"$VENV/bin/ruff" check .
"$VENV/bin/python" scripts/typecheck.py
"$VENV/bin/python" -m facilitator content check
QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@"
