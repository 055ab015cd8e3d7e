"""Transport fixtures: a small Tandem (three users, no catalog), the Bot API stand-in, a database per backend."""
from __future__ import annotations

import pytest
from sqlmodel import select

from core.adapters import orm
from core.config import Settings
from core.domain.commands import AddUser
from tandem.bootstrap import bootstrap
from tests.adapters.conftest import db_url  # noqa: F401  (SQLite and PostgreSQL, migrated)
from tests.fixtures.botapi import botapi, botapi_server  # noqa: F401  (fixtures)

SALES, MANAGER, BUYER, GROUP = 811203344, 833405566, 822304455, -1001234567890
SECRET = "s3cret-webhook-token"


@pytest.fixture
def settings(tmp_path, botapi_server):
    return Settings(_env_file=None, database_url=f"sqlite:///{tmp_path}/transport.db",
                    inbox_dir=str(tmp_path / "inbox"), telegram_bot_token=botapi_server.token,
                    telegram_api_base_url=botapi_server.base_url, telegram_api_file_url=botapi_server.base_file_url,
                    telegram_webhook_secret=SECRET, telegram_webhook_url="https://tandem.example/telegram/webhook",
                    outbox_interval_seconds=0.1)


@pytest.fixture
def tandem(settings):
    instance = bootstrap(settings)
    instance.handle(AddUser("Priya Shah", "salesperson", telegram_id=SALES))
    instance.handle(AddUser("Elena Novak", "manager", telegram_id=MANAGER))
    instance.handle(AddUser("Bo Chen", "buyer", telegram_id=BUYER))
    yield instance
    instance.engine.dispose()


def queue_texts(tandem, user_telegram_id: int, texts: list[str], chat_id: int | None = None) -> list[int]:
    """Put messages in the outbox as the service layer would (kind 'text'); returns their ids."""
    with tandem.uow() as uow:
        user = uow.users.by_telegram(user_telegram_id)
        rows = [orm.OutboxRow(user_id=user.id, kind="text", payload={"text": t}, chat_id=chat_id) for t in texts]
        uow.session.add_all(rows)
        uow.session.commit()
        return [r.id for r in rows]


def rows(tandem, table) -> list:
    """Every row of a table, in key order."""
    with tandem.uow() as uow:
        return [table.model_validate(r.model_dump()) for r in uow.session.exec(select(table))]  # detached copies
