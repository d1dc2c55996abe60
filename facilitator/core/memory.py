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


YOUNG_OBJECTS = 20_000
"""Objects made before a collection of the youngest generation (Python's default, 700, collects so often that a
million-row list read on a worker drives hundreds of collections, each holding the window)."""


def settle_after_start() -> None:
    """Once the app is up: what was made at start (the curriculum, the window) lives as long as the app, so no
    collection walks it again (gc.freeze, once); and young objects are collected in larger, rarer batches."""
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, 20, 100)
