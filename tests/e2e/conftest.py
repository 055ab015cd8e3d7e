"""End-to-end fixtures: a Tandem on a temporary SQLite file with the demo data, and the Bot API stand-in."""
from __future__ import annotations

import pytest

from core.config import Settings
from tandem.bootstrap import bootstrap
from tandem.demo import load_demo_data
from tests.fixtures.botapi import botapi, botapi_server  # noqa: F401  (fixtures)

SALES, BUYER, MANAGER = 811203344, 822304455, 833405566  # demo/users.csv
SECRET = "s3cret-webhook-token"
UNSURE = "heart holders"  # card holder or T-light holder, red or white: the line the tests settle by tap (`doubted`)


@pytest.fixture
def settings(tmp_path, botapi_server):
    return Settings(_env_file=None, database_url=f"sqlite:///{tmp_path}/e2e.db", inbox_dir=str(tmp_path / "inbox"),
                    telegram_bot_token=botapi_server.token, telegram_api_base_url=botapi_server.base_url,
                    telegram_api_file_url=botapi_server.base_file_url, telegram_webhook_secret=SECRET,
                    outbox_interval_seconds=0.2,
                    # These tests drive the loop after extraction; extraction's own calibrated threshold
                    # (every order waits for a Confirm today) is tested in tests/nlp and test_sales_flow.
                    # 0.65 sits below the demo's clear orders; a line the tests want unsure is `doubted`.
                    extraction_threshold=0.65)


@pytest.fixture
def doubted() -> set[str]:
    """Words of a mention whose line a test wants unsure, whatever confidence the fitted calibration gives it."""
    return set()


@pytest.fixture
def tandem(settings, doubted):
    instance = bootstrap(settings)
    load_demo_data(instance, say=lambda *_: None)
    instance.extractor.refresh()  # build the matcher up front, as `tandem serve` does, not on the first message
    instance.extractor.extract = _doubting(instance.extractor.extract, doubted, settings.extraction_threshold)
    yield instance
    instance.engine.dispose()


def _doubting(extract, doubted: set[str], threshold: float):
    """`extract` with each line whose mention holds doubted words put below the threshold: a refit of
    nlp/calibration.json may move a mention's confidence either side of 0.65, the "needs your check" path may not."""

    def doubting(*args, **kwargs) -> dict:
        demand = extract(*args, **kwargs)
        for line in demand["lines"]:
            if any(words in line["mention"] for words in doubted):
                line["confidence"] = min(line["confidence"], threshold / 2)
        return demand

    return doubting
