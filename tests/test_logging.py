"""The log goes to a rotating file in the user's data folder (overridable), never to the repository."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from facilitator.logs import setup_logging


def test_log_file_is_created_in_the_log_folder_and_rotates(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("UPSTREAM_LOG_DIR", str(tmp_path / "logs"))
    path = setup_logging()
    again = setup_logging()
    assert path == again == tmp_path / "logs" / "upstream.log"
    handlers = [h for h in logging.getLogger().handlers
                if isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path]
    assert len(handlers) == 1, "setting up twice must not write every line twice"
    assert handlers[0].maxBytes > 0 and handlers[0].backupCount >= 3
    logging.getLogger("upstream.test").warning("projector disconnected")
    handlers[0].flush()
    assert "WARNING upstream.test: projector disconnected" in path.read_text(encoding="utf-8")
