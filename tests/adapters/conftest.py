"""A migrated database per test, on SQLite and on PostgreSQL (in a throw-away schema)."""
from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa

from core.adapters import migrate
from core.adapters.db import make_engine, session_factory
from core.service.unit_of_work import UnitOfWork
from tests.conftest import need

PG_URL = os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_available() -> bool:
    try:
        with sa.create_engine(PG_URL).connect():
            return True
    except Exception:
        return False


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    """URL of a freshly migrated database; PostgreSQL gets its own schema so runs never collide."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/t.db"
        migrate.upgrade(url)
        yield url
        return
    need(_pg_available(), f"PostgreSQL at {PG_URL}")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    url = sa.engine.make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)
    migrate.upgrade(url)
    yield url
    with admin.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def uow_factory(db_url):
    engine = make_engine(db_url)
    yield lambda: UnitOfWork(session_factory(engine))
    engine.dispose()
