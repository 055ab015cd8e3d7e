"""The quantity candidate record every reader of counts shares."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Qty:
    """One quantity candidate: its span, value, unit word and how sure we are it is a quantity."""
    start: int
    end: int
    value: float
    unit: str | None
    strength: float
    pack_of: float | None = None
