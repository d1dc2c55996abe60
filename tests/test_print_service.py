"""Printing goes to the CUPS scheduler on this computer through its socket, or not at all: never over the network."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.ui.handouts import print_service
from facilitator.ui.handouts.print_service import local_cups_socket, use_local_cups


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The two standard socket places, moved into a temporary folder; CUPS_SERVER unset."""
    candidates = (tmp_path / "run" / "cups.sock", tmp_path / "var-run" / "cups.sock")
    for path in candidates:
        path.parent.mkdir()
    monkeypatch.setattr(print_service, "CUPS_SOCKETS", candidates)
    monkeypatch.delenv("CUPS_SERVER", raising=False)
    return candidates


@pytest.fixture
def scheduler(places: tuple[Path, Path]) -> Iterator[Path]:
    """A listening socket in the second place, as a running cupsd leaves it."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(places[1]))
        server.listen()
        yield places[1]


def test_the_running_scheduler_is_found_and_the_client_pointed_at_it(scheduler: Path) -> None:
    assert local_cups_socket() == scheduler
    assert use_local_cups() == scheduler
    assert os.environ["CUPS_SERVER"] == str(scheduler)


def test_a_print_server_on_the_network_is_replaced_by_the_local_socket(scheduler, monkeypatch) -> None:
    monkeypatch.setenv("CUPS_SERVER", "localhost:631")
    assert use_local_cups() == scheduler
    assert os.environ["CUPS_SERVER"] == str(scheduler)


def test_a_socket_named_in_cups_server_is_used_as_it_is(scheduler, monkeypatch) -> None:
    monkeypatch.setenv("CUPS_SERVER", str(scheduler))
    assert use_local_cups() == scheduler
    monkeypatch.setenv("CUPS_SERVER", str(scheduler.parent / "elsewhere.sock"))
    assert use_local_cups() is None, "the socket CUPS_SERVER names is the only one"


def test_no_socket_or_one_left_by_a_stopped_scheduler_is_no_printing_service(places) -> None:
    assert use_local_cups() is None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stopped:
        stopped.bind(str(places[0]))  # the file stays; nothing listens
    assert places[0].is_socket()
    assert use_local_cups() is None
    assert "CUPS_SERVER" not in os.environ, "the client is left alone when there is nothing to point it at"
