"""SQLModel tables of the access area (imported by core.adapters.orm)."""
from __future__ import annotations
