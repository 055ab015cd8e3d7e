"""`tandem serve`: web app, Telegram bot, mail intake and jobs in one process."""
from __future__ import annotations

import asyncio
import logging
import threading

from bot.app import build_application
from bot.services import BotServices
from bot.transport import transport
from core.domain.inbound import RecoverWebhookDeliveries
from core.domain.prices import ApplyScheduledPrices
from core.domain.supplier import RecoverSupplierConfirmations
from core.service import access as access_service
from core.service import inbound, order_views, views
from tandem.bootstrap import Tandem, bootstrap
from tandem.mail import start_mail_intake
from webhooks.app import create_app
from webhooks.services import WebServices

log = logging.getLogger("tandem")


def bot_services(tandem: Tandem) -> BotServices:
    """The bot's view of Tandem."""

    def user_for(telegram_id: int):
        with tandem.uow() as uow:
            return uow.users.by_telegram(telegram_id)

    def read(fn):
        """A read view run in its own unit of work."""
        def run(*args, **kwargs):
            with tandem.uow() as uow:
                return fn(uow, *args, **kwargs)
        return run

    return BotServices(handle=tandem.handle, user_for=user_for,
                       message_report=lambda mid: views.message_report(tandem.uow(), mid),
                       order_view=read(order_views.order_view), orders_of=read(order_views.orders_of),
                       find_customers=read(order_views.find_customers))


def web_services(tandem: Tandem) -> WebServices:
    """The web app's view of Tandem."""
    return WebServices(handle=tandem.handle,
                       message_report=lambda mid, uid=None: views.message_report(tandem.uow(), mid, uid),
                       recent_messages=lambda: views.recent_messages(tandem.uow()),
                       counts=lambda: views.counts(tandem.uow()),
                       telegram_secret=tandem.settings.telegram_webhook_secret,
                       webhook_secret=tandem.settings.webhook_hmac_secret,
                       delivery_report=lambda did: inbound.delivery_report(tandem.uow(), did),
                       deliveries=lambda status, limit: inbound.list_deliveries(tandem.uow(), status, limit),
                       session_user=lambda token: access_service.session_user(tandem.uow(), token),
                       users_overview=lambda: access_service.overview(tandem.uow()),
                       login_required=tandem.settings.web_login_required)


def attach_bot(tandem: Tandem, services: WebServices):
    """Start the bot with the web app (polling, or webhook through /telegram/webhook)."""
    s = tandem.settings
    polling = not s.telegram_webhook_url
    application = build_application(s.telegram_bot_token, bot_services(tandem), s.telegram_api_base_url,
                                    s.telegram_api_file_url, polling=polling,
                                    outbox_interval=s.outbox_interval_seconds, worker=s.telegram_worker_id,
                                    overall_rate=s.telegram_overall_rate)

    inbox = transport(application).inbox

    async def start() -> None:
        await application.initialize()
        await application.start()
        # Before serving: stored updates nobody finished whose claim is stale (and, with TELEGRAM_WORKER_ID set,
        # this worker's own from its last run) go first.
        await inbox.recover()
        if polling:
            await application.bot.delete_webhook()
            await application.updater.start_polling()
        else:
            await application.bot.set_webhook(s.telegram_webhook_url, secret_token=s.telegram_webhook_secret or None)

    async def stop() -> None:
        if polling and application.updater.running:
            await application.updater.stop()
        await application.stop()
        await application.shutdown()

    services.startup.append(start)
    services.shutdown.append(stop)
    # Stored before the route answers 200, processed afterwards; a repeated update_id is ignored.
    services.on_telegram_update = inbox.receive
    return application


async def nightly_refit(tandem: Tandem, every: float = 24 * 3600) -> None:
    """Refit the planner from the whole history once a day (new demand replans its SKUs in between)."""
    while True:
        await asyncio.sleep(every)
        try:  # announced prices whose day has come are put in force first, so the refit plans with them
            await asyncio.to_thread(tandem.handle, ApplyScheduledPrices())
        except Exception:
            log.exception("putting scheduled prices in force failed")
        planner = tandem.deps.extra.get("planner")
        if planner is None:
            continue

        def refit() -> None:
            with tandem.uow() as uow:
                planner.full(uow)

        try:
            await asyncio.to_thread(refit)
        except Exception:  # the next order still replans what it touches; try again tomorrow
            log.exception("nightly planner refit failed")


def build_web(tandem: Tandem, with_bot: bool | None = None, with_mail: bool = True):
    """The FastAPI app with the bot and the mail intake started and stopped by its lifespan."""
    services = web_services(tandem)
    refit: list[asyncio.Task] = []

    async def start_refit() -> None:
        refit.append(asyncio.create_task(nightly_refit(tandem)))

    async def stop_refit() -> None:
        for task in refit:
            task.cancel()

    services.startup.append(start_refit)
    services.shutdown.append(stop_refit)

    async def catch_up() -> None:
        # What a crash or a stop left undone: deliveries and confirmations stored but never processed
        # (answered already), and scheduled prices whose day came meanwhile.
        for command, what in ((RecoverWebhookDeliveries(), "webhook deliveries"), (ApplyScheduledPrices(), None),
                              (RecoverSupplierConfirmations(), "supplier confirmations")):
            result = await asyncio.to_thread(tandem.handle, command)
            if what and result["recovered"]:
                log.info("processed %d %s left over from the last run", result["recovered"], what)

    services.startup.append(catch_up)
    if with_bot if with_bot is not None else bool(tandem.settings.telegram_bot_token):
        attach_bot(tandem, services)
    if with_mail:
        stop = threading.Event()

        async def start_mail() -> None:
            start_mail_intake(tandem, stop)

        async def stop_mail() -> None:
            stop.set()

        services.startup.append(start_mail)
        services.shutdown.append(stop_mail)
    return create_app(services)


def run_server() -> None:
    """Serve until interrupted."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    tandem = bootstrap()
    tandem.extractor.refresh()  # load the catalog matcher before the first message arrives
    s = tandem.settings
    if not s.telegram_bot_token:
        log.info("TELEGRAM_BOT_TOKEN is empty: the bot is off; the web page offers the same path")
    print(f"Tandem is running at http://{s.host}:{s.port}/  (API docs: /docs)", flush=True)
    uvicorn.run(build_web(tandem), host=s.host, port=s.port, log_level="info")
