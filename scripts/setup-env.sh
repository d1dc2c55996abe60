#!/usr/bin/env bash
# Prepare a machine for Upstream: Debian libraries (when run as root), a virtual environment in .venv, and the
# Python packages. Safe to run again: it installs only what is missing. Sourced by app.sh and test.sh.
set -euo pipefail

# cupsd, lpadmin and other administration commands live in sbin, which a minimal PATH (as CI runners give) leaves out.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${UPSTREAM_VENV:-$ROOT/.venv}"

# Qt's runtime libraries (offscreen and X11), a virtual screen, PDF tools, a basic font, a print queue and a D-Bus
# daemon (the keep-awake test starts a session bus of its own).
DEBIAN_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xfixes0 libx11-xcb1
  xvfb poppler-utils fonts-dejavu-core
  cups printer-driver-cups-pdf dbus-daemon
)
PRINT_QUEUE=UpstreamPDF

install_debian_packages() {
  command -v apt-get >/dev/null 2>&1 || return 0
  local missing=()
  for package in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install ${missing[*]}" >&2
    return 0
  fi
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A real print queue for the printing tests: CUPS with a PDF printer. There is no init system to start it. Says why
# when it cannot, as the printing test then fails on CI.
start_print_queue() {
  [ "$(id -u)" -eq 0 ] || return 0
  if ! command -v cupsd >/dev/null 2>&1; then
    echo "No print queue for the tests: cupsd is not installed" >&2
    return 0
  fi
  scheduler_running || cupsd || echo "cupsd did not start" >&2
  for _ in $(seq 40); do scheduler_running && break; sleep 0.25; done
  lpstat -p "$PRINT_QUEUE" >/dev/null 2>&1 ||
    lpadmin -p "$PRINT_QUEUE" -v cups-pdf:/ -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>&1 |
      grep -v "drivers are deprecated" >&2 || true
  if ! lpstat -p "$PRINT_QUEUE" >/dev/null 2>&1; then
    echo "The print queue $PRINT_QUEUE could not be made; CUPS says:" >&2
    lpstat -t >&2 || true
    tail -n 20 /var/log/cups/error_log >&2 2>/dev/null || true
  fi
}

# `lpstat -r` exits 0 either way; only its words tell.
scheduler_running() {
  LC_ALL=C lpstat -r 2>/dev/null | grep -q "scheduler is running"
}

make_venv() {
  local extras="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating the virtual environment in $VENV"
    python3 -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-$extras"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e "$ROOT[$extras]"
    touch "$stamp"
  fi
}
