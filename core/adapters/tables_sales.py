"""SQLModel tables of the sales area (imported by core.adapters.orm)."""
from __future__ import annotations
