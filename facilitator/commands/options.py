"""Option types more than one command reads."""

from __future__ import annotations

import argparse
import datetime as dt


def date_option(text: str) -> dt.date:
    """A YYYY-MM-DD option, refused by argparse with the example when it is not one."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-09-01") from error
