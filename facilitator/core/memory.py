"""Python's cycle collector and a million rows: while it walks every object it holds every thread, the window's too
(half a second at a million sessions), so large results are made with it paused, or made of plain tuples it stops
tracking (see records.model.SessionRow)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection while the block makes, and frees, many small objects that form no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
