"""The local print service (CUPS, through which Qt prints on Linux), reached only through its socket.

Asked for printers with no local socket, the CUPS client falls back to TCP on localhost:631; an app that never needs
the network opens no network connection to print. So before Qt asks CUPS anything, the socket is looked for, and the
client is pointed at it through CUPS_SERVER, which it reads once, the first time it is asked. With no socket there
is no printing service, and nothing is asked.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
from pathlib import Path

log = logging.getLogger(__name__)
USES_CUPS = sys.platform != "darwin" and not sys.platform.startswith("win")
"""Qt prints through CUPS on Linux and other Unix systems; on Windows and macOS through the system's own service."""
CUPS_SOCKETS = (Path("/run/cups/cups.sock"), Path("/var/run/cups/cups.sock"))
"""Where the CUPS scheduler puts its socket (Debian and most Linux systems, then the older path)."""
ANSWER_SECONDS = 0.5


def printing_service_ready() -> bool:
    """Whether Qt may be asked for printers: where it prints through CUPS, only when the local scheduler answers,
    with the client pointed at it."""
    return not USES_CUPS or use_local_cups() is not None


def local_cups_socket() -> Path | None:
    """The socket of a running CUPS scheduler: CUPS_SERVER when it names a path, else the first of CUPS_SOCKETS
    that answers. A socket file left behind by a scheduler that has stopped does not count."""
    named = os.environ.get("CUPS_SERVER", "")
    candidates = (Path(named),) if named.startswith("/") else CUPS_SOCKETS
    return next((path for path in candidates if _answers(path)), None)


def use_local_cups() -> Path | None:
    """The local socket, with the CUPS client pointed at it (unless CUPS_SERVER already names a path); None when
    there is no printing service, and then Qt must not be asked for printers."""
    found = local_cups_socket()
    if found is not None and not os.environ.get("CUPS_SERVER", "").startswith("/"):
        if os.environ.get("CUPS_SERVER"):
            log.info("Printing through %s, not the print server CUPS_SERVER names (%s)", found,
                     os.environ["CUPS_SERVER"])
        os.environ["CUPS_SERVER"] = str(found)
    return found


def _answers(path: Path) -> bool:
    """Whether a scheduler listens on `path` (a local socket: this opens no network connection)."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(ANSWER_SECONDS)
            probe.connect(str(path))
    except OSError:
        return False
    return True
