"""Functions the sandbox tests run in a child process (importable by name)."""
from __future__ import annotations

import time


def echo_len(data: bytes) -> int:
    """Length of the input."""
    return len(data)


def sleepy(data: bytes) -> None:
    """Never returns in time."""
    time.sleep(30)


def greedy(data: bytes) -> int:
    """Tries to allocate far more than the cap."""
    blob = bytearray(2 * 1024 * 1024 * 1024)
    return len(blob)


def broken(data: bytes) -> None:
    """Raises like a parser meeting a hostile file."""
    raise ValueError("bad xref")


def suicide(data: bytes) -> None:
    """Dies without answering."""
    import os

    os._exit(3)
