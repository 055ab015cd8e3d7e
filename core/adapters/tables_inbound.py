"""SQLModel tables of the inbound area (imported by core.adapters.orm)."""
from __future__ import annotations
