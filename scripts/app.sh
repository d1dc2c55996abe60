#!/usr/bin/env bash
# Set up (first time only) and start Upstream.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
install_debian_packages
make_venv app
exec "$VENV/bin/python" "$ROOT/main.py" "$@"
