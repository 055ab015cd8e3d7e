"""python-telegram-bot's real HTTP stack against the local Bot API stand-in."""
from __future__ import annotations

import json
import urllib.request
from contextlib import asynccontextmanager

import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, InvalidToken
from telegram.ext import (Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          ContextTypes, MessageHandler, filters)


def make_bot(botapi, token=None) -> Bot:
    """A PTB Bot aimed at the stand-in."""
    return Bot(token or botapi.token, base_url=botapi.base_url, base_file_url=botapi.base_file_url)


@asynccontextmanager
async def polling(botapi, *handlers):
    """An Application polling the stand-in with the given handlers."""
    app: Application = (ApplicationBuilder().token(botapi.token).base_url(botapi.base_url)
                        .base_file_url(botapi.base_file_url).build())
    for handler in handlers:
        app.add_handler(handler)
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


async def test_get_me_and_keyboard_recorded(botapi):
    async with make_bot(botapi) as bot:
        me = await bot.get_me()
        assert me.username == "tandem_test_bot" and me.is_bot
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Approve", callback_data="ok:1"),
                                          InlineKeyboardButton("Reject", callback_data="no:1")]])
        sent = await bot.send_message(chat_id=42, text="Order 17?", reply_markup=keyboard)
        again = await bot.send_message(chat_id=42, text="second")
    assert again.message_id > sent.message_id and sent.chat.id == 42
    assert sent.reply_markup == keyboard
    call = botapi.calls("sendMessage")[0]
    assert call["chat_id"] == 42 and call["text"] == "Order 17?"
    buttons = call["reply_markup"]["inline_keyboard"][0]
    assert [b["callback_data"] for b in buttons] == ["ok:1", "no:1"]


async def test_errors_like_telegram(botapi):
    async with make_bot(botapi) as bot:
        with pytest.raises(BadRequest, match="(?i)button_data_invalid"):
            markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x" * 65)]])
            await bot.send_message(chat_id=1, text="hi", reply_markup=markup)
        msg = await bot.send_message(chat_id=1, text="same")
        with pytest.raises(BadRequest, match="not modified"):
            await bot.edit_message_text("same", chat_id=1, message_id=msg.message_id)
        edited = await bot.edit_message_text("new", chat_id=1, message_id=msg.message_id)
        assert edited.text == "new" and edited.edit_date
        with pytest.raises(BadRequest, match="(?i)unsupported start tag"):
            await bot.send_message(chat_id=1, text="<foo>x</foo>", parse_mode="HTML")
        await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("stock", "Stock")])
        assert [c.command for c in await bot.get_my_commands()] == ["start", "stock"]
        await bot.set_webhook("https://tandem.example/tg", secret_token="s3cret")
        assert (await bot.get_webhook_info()).url == "https://tandem.example/tg"
        assert await bot.delete_webhook()
    with pytest.raises(InvalidToken):
        await make_bot(botapi, token="1:wrong").get_me()
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{botapi.base_url}{botapi.token}/noSuchMethod", data=b"")
    assert err.value.code == 404 and json.loads(err.value.read())["description"] == "Not Found"


async def test_polling_message_and_reply(botapi):
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(f"hello {update.effective_user.first_name}")

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await context.bot.send_chat_action(update.effective_chat.id, "typing")
        await update.message.reply_text(update.message.text.upper())

    async with polling(botapi, CommandHandler("start", start),
                       MessageHandler(filters.TEXT & ~filters.COMMAND, echo)):
        botapi.push_message(1001, "/start", first_name="Ana")
        botapi.push_message(1001, "need 40 jumbo bags")
        reply = await botapi.wait_for_async("sendMessage", lambda c: c["text"] == "hello Ana")
        echoed = await botapi.wait_for_async("sendMessage", lambda c: c["text"].startswith("NEED"))
    assert reply["chat_id"] == 1001 and echoed["text"] == "NEED 40 JUMBO BAGS"
    assert botapi.calls("sendChatAction") and botapi.calls("getMe")
    assert botapi.pending_count() == 0


async def test_callback_query_answered(botapi):
    pressed = []

    async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        pressed.append(update.callback_query.data)
        await update.callback_query.answer("Approved")
        await update.callback_query.edit_message_text("Order 17 approved")

    async with polling(botapi, CallbackQueryHandler(on_button, pattern=r"^ok:")):
        async with make_bot(botapi) as bot:
            keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Approve", callback_data="ok:17")]])
            await bot.send_message(chat_id=2002, text="Approve order 17?", reply_markup=keyboard)
        botapi.push_callback(2002, "ok:17", botapi.calls("sendMessage")[-1])
        answer = await botapi.wait_for_async("answerCallbackQuery")
        edit = await botapi.wait_for_async("editMessageText")
    assert pressed == ["ok:17"] and answer["text"] == "Approved"
    assert edit["text"] == "Order 17 approved" and edit.result["chat"]["id"] == 2002


async def test_pushed_document_downloads(botapi):
    got = []

    async def on_doc(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        doc = update.message.document
        data = await (await doc.get_file()).download_as_bytearray()
        got.append((doc.file_name, doc.mime_type, bytes(data)))
        await update.message.reply_document(bytes(data[:4]), filename="echo.bin", caption="back")

    async with polling(botapi, MessageHandler(filters.Document.ALL, on_doc)):
        botapi.push_document(3003, "po-17.pdf", b"%PDF-1.4 fake po", "application/pdf")
        sent = await botapi.wait_for_async("sendDocument")
    assert got == [("po-17.pdf", "application/pdf", b"%PDF-1.4 fake po")]
    assert sent["document"]["filename"] == "echo.bin" and sent["document"]["content"] == b"%PDF"
    assert sent.result["document"]["file_name"] == "echo.bin" and sent["caption"] == "back"


async def test_webhook_update_dict_parses(botapi):
    update = botapi.make_update("message", user_id=5, text="/stock 22423")
    async with make_bot(botapi) as bot:
        parsed = Update.de_json(update, bot)
    assert parsed.message.text == "/stock 22423" and parsed.message.entities[0].type == "bot_command"
    assert botapi.pending_count() == 0


def test_sync_wait_for_and_timeout(botapi):
    with pytest.raises(TimeoutError):
        botapi.wait_for("sendMessage", timeout=0.1)


def test_json_body_and_since(botapi):
    import httpx

    url = f"{botapi.base_url}{botapi.token}/sendMessage"
    markup = {"inline_keyboard": [[{"text": "Buy", "callback_data": "buy:85123A"}]]}
    first = httpx.post(url, json={"chat_id": 7, "text": "one"}).json()
    mark = len(botapi)
    second = httpx.post(url, json={"chat_id": 7, "text": "two", "reply_markup": markup}).json()
    assert first["ok"] and second["result"]["reply_markup"] == markup
    assert botapi.wait_for("sendMessage", since=mark)["text"] == "two"
    assert httpx.post(url, data={"chat_id": "7", "text": ""}).json()["error_code"] == 400


async def test_photo_upload_and_commands(botapi):
    async with make_bot(botapi) as bot:
        await bot.send_photo(5, photo=b"\x89PNG fake", caption="stock chart")
        await bot.set_my_commands([("start", "Start"), ("help", "Help")])
        assert await bot.delete_my_commands()
        assert await bot.get_my_commands() == ()
    photo = botapi.calls("sendPhoto")[0]
    assert photo["photo"]["content"] == b"\x89PNG fake" and photo["caption"] == "stock chart"
    assert photo.result["photo"][-1]["file_size"] == 9
