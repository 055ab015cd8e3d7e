"""Forwards as salespeople really send them: a reply quoting the customer, an HTML blockquote forward."""
from __future__ import annotations

from pathlib import Path

from parsers.mime import parse_email

INBOX = Path(__file__).resolve().parents[2] / "demo" / "inbox"


def test_fwd_sent_as_reply_takes_the_quoted_customer():
    parsed = parse_email((INBOX / "01_plain_text.eml").read_bytes())
    assert parsed.original_from == "fiona.reid@thistlethimble.example"
    assert "Jumbo bag red retrospot x 200" in parsed.text and ">" not in parsed.text
    assert "please book it in" in parsed.note and "Fiona Reid" not in parsed.text  # signature cut


def test_html_forward_rendered_as_blockquote_is_unquoted():
    parsed = parse_email((INBOX / "02_html_only.eml").read_bytes())
    assert parsed.original_from == "einkauf@haus-sonnenblume.example"
    assert "47566| Party Bunting| 50" in parsed.text and "please process" in parsed.note


def test_plain_reply_is_not_taken_for_a_forward():
    raw = (b"From: Ann <ann@shop.example>\r\nSubject: Re: your offer\r\n\r\nYes please, 20 more.\r\n\r\n"
           b"On Mon, 1 Dec 2025, Bob <bob@us.example> wrote:\r\n> We can offer 100 at 2.00\r\n")
    parsed = parse_email(raw)
    assert parsed.text == "Yes please, 20 more." and parsed.original_from in ("", "ann@shop.example")
