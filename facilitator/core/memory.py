"""Python's cycle collector and a million rows: while it walks every object it holds every thread, the window's too
(half a second at a million sessions), so large results are made with it paused and then kept out of its walks."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(keep: bool = False) -> Iterator[None]:
    """No cycle collection while the block makes many small objects that form no cycles. With `keep`, what exists
    afterwards is left out of later collections (gc.freeze): it is still freed as usual once nothing refers to it,
    but no collection walks it again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if was_enabled:
            gc.enable()
