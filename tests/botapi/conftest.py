"""Fixtures for the Bot API stand-in tests."""
# tests/ is on sys.path (pytest's default prepend import mode, because of the rootless tests/conftest.py).
from fixtures.botapi import botapi, botapi_server  # noqa: F401
