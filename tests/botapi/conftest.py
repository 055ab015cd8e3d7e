"""Fixtures for the Bot API stand-in tests."""
# importable because pyproject's [tool.pytest.ini_options] pythonpath = ["."] puts the repo root on sys.path
from tests.fixtures.botapi import botapi, botapi_server  # noqa: F401
