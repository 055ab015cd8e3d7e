"""SQLModel tables of the telegram area (imported by core.adapters.orm)."""
from __future__ import annotations
