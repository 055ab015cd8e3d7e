"""A message pointing at the quoted thread ("copied again below", "list at the bottom", "send the lot") takes the
newest quoted mail that holds counts, not the older mails it answered (own threads)."""
from __future__ import annotations

import datetime as dt

from nlp.quoted_mails import mails, newest_counted

TODAY = dt.date(2026, 11, 25)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_mails_split_by_header_and_quote_depth():
    history = "> From: Kay\n> the list:\n> 4 x widgets\n>> From: Lee\n>> what do you need? we had 9 last time"
    assert len(mails(history)) == 2
    assert "4 x widgets" in newest_counted(history) and "9 last time" not in newest_counted(history)


def test_a_mail_date_line_counts_nothing():
    history = "On 02/11/2026 10:05, Kay wrote:\n> thanks, noted\n>> On 01/11/2026, Lee wrote:\n>> 3 boxes of nuts"
    assert newest_counted(history).strip() == "3 boxes of nuts"


def test_copied_again_below(industrial):
    text = ("Hi, did this reach you? Copied again below, please send when you can.\nKay\n\n"
            "> Hello, could we have:\n> 3 x DN100 gate valves\n> 2 x DN150 butterfly valves\n>\n"
            ">> Sales wrote: our valve stock is in, minimum 2 per line.")
    assert _lines(industrial.extract(text, TODAY)) == {("VLV-GATE-DN100", 3), ("VLV-BFLY-DN150", 2)}


def test_the_older_mail_answered_is_not_ordered(industrial):
    text = ("Hello,\n\nAs below please, PO follows.\n\nRegards\nKay\n\n"
            "From: Lee Park\nSent: 20 November 2026 10:00\nSubject: RE: valves\n\n"
            "Kay, we need 2 x DN150 butterfly valves for the pump house.\n\n"
            "From: Kay Moss\nSent: 19 November 2026 16:00\nSubject: valves\n\n"
            "Lee, what do you need? Last time it was 4 x DN100 gate valves.")
    assert _lines(industrial.extract(text, TODAY)) == {("VLV-BFLY-DN150", 2)}


def test_list_at_the_bottom_of_a_forward(industrial):
    text = ("Hi,\n\nPlease process Lee's list at the bottom.\n\nThanks\nKay\n\n"
            "---------- Forwarded message ----------\nFrom: Lee Park\nSubject: Re: stores\n\n"
            "Kay - fine by me, send the lot.\n\n> From: Kay\n> Anything to add?\n\n"
            ">> From: Lee Park\n>> 6 boxes blue nitrile gloves L\n>> 2 x DN150 butterfly valves")
    assert _lines(industrial.extract(text, TODAY)) == {("GLV-NIT-BU-L", 6), ("VLV-BFLY-DN150", 2)}
