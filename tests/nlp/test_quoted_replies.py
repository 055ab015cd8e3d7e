"""Replies over a quoted alert, offer or earlier order, and forwarded mails the sender asks to act on."""
from __future__ import annotations

import datetime as dt

DAY = dt.date(2026, 5, 4)


def _pairs(got):
    return sorted((ln["sku"], ln["quantity"]) for ln in got["lines"])


def test_a_count_over_a_stock_alert_orders_the_quoted_item(retail):
    got = retail.extract("How much would 50 be?\n\n> Back in stock this week: Regency cakestand 3 tier.", DAY)
    assert got["intent"] == "quote" and _pairs(got) == [("22423", 50)]


def test_of_each_over_an_alert_takes_every_quoted_item_not_its_limit(retail):
    text = ("Two dozen of each please!\n\n> Newsletter - back by popular demand: ENAMEL COLANDER CREAM and "
            "ENAMEL WASH BOWL CREAM. Max 50 per order.")
    got = retail.extract(text, DAY)
    assert got["intent"] == "order" and _pairs(got) == [("22425", 24), ("22426", 24)]


def test_a_reply_asking_nothing_of_the_quoted_goods_has_no_lines(retail):
    for reply in ("Unsubscribe please.", "Thanks, got it.", "Sounds good, we'll think about it."):
        got = retail.extract(reply + "\n\n> Enamel fire bucket cream now 20% off, buy 12 get 2 free", DAY)
        assert got["lines"] == [], reply


def test_this_time_names_one_of_the_quoted_lines_and_leaves_the_other(retail):
    text = ("This time only 6 of the colander please, no wash bowls.\n\n"
            "> Last order (May): 12 x enamel wash bowl cream, 12 x enamel colander cream")
    assert _pairs(retail.extract(text, DAY)) == [("22425", 6)]


def test_process_below_reads_the_forwarded_mail_without_its_sent_date(retail):
    text = ("Can you process below please.\n\nFrom: Sarah Lee\nSent: 02 May 2026 09:10\nTo: Orders\nSubject: restock\n\n"
            "8 enamel flower jugs cream, 4 regency cakestands")
    got = retail.extract(text, DAY)
    assert got["intent"] == "order" and got["due_date"] is None and _pairs(got) == [("22423", 4), ("22427", 8)]


def test_cancel_as_per_the_email_below_takes_the_quoted_line(retail):
    text = ("Please cancel the buckets as per Tom's email below.\n\nFrom: Tom Reed\nSent: 04 May 2026 11:02\nTo: Buying\n"
            "Subject: RE: order\n\nplease take off the enamel fire buckets cream (6), we still have plenty.")
    got = retail.extract(text, DAY)
    assert got["intent"] == "cancel" and _pairs(got) == [("22428", 6)]


def test_a_bare_chinese_label_over_the_quoted_order_keeps_its_counts(industrial):
    got = industrial.extract("照上次的再发一次。\n> 上次：6205开式轴承 二十套，3号锂基脂 两桶", DAY)
    assert _pairs(got) == [("BRG-6205", 20), ("GRS-LI-3", 30)]


def test_counts_cited_from_the_supplier_list_yield_to_the_reply_count(retail):
    got = retail.extract("Your catalogue says 'REGENCY CAKESTAND 3 TIER £9.95 (12)'. Could you do a better price at 48?", DAY)
    assert got["intent"] == "quote" and _pairs(got) == [("22423", 48)]
    # with no count of its own, the reply takes the cited one
    assert _pairs(retail.extract("Your list shows 'Enamel flower jug cream - 12'. We'll take that.", DAY)) == [("22427", 12)]


def test_a_stock_question_naming_nothing_asks_about_the_quoted_item(retail, industrial):
    got = retail.extract("Thanks - how many do you have left?\n\n> Enamel flower jug cream back in stock.", DAY)
    assert got["intent"] == "stock_query" and _pairs(got) == [("22427", None)]
    assert industrial.extract("收到，谢谢。\n\n> 新到货：6205开式轴承", DAY)["lines"] == []


def test_a_chinese_count_alone_is_for_the_quoted_item_code_and_all(industrial):
    got = industrial.extract("要50套。\n\n> 新到货：6205开式轴承，现货充足。", DAY)
    assert _pairs(got) == [("BRG-6205", 50)]


def test_a_correction_names_its_quoted_row_by_words_of_its_own(retail):
    text = ("Oops - I need 10 of the tins, not 5. The recipe box is right.\n\n"
            "> SALES ORDER 771\n> 5 x SET OF 3 CAKE TINS PANTRY DESIGN\n> 12 x RECIPE BOX PANTRY YELLOW DESIGN")
    got = retail.extract(text, DAY)
    assert got["intent"] == "change" and _pairs(got) == [("22720", 10)]


def test_a_counted_line_saying_nothing_beyond_a_quoted_row_is_that_row(retail):
    order = "\n\n> SALES ORDER 771\n> 5 x SET OF 3 CAKE TINS PANTRY DESIGN\n> 12 x SPICE TINS PANTRY DESIGN"
    got = retail.extract("Can the cake tins be 10 rather than 5? Spice tins are right as they are." + order, DAY)
    assert _pairs(got) == [("22720", 10)]
    # a word of its own ("regency") names another item than the quoted one
    assert _pairs(retail.extract("Please add 10 cake tins in the regency design." + order, DAY)) == [("23245", 10)]


def test_a_chinese_forward_said_with_a_verb_and_each_over_a_quoted_alert(industrial):
    text = "请按下面处理。\n\n-----原始邮件-----\n发件人：车间 老王\n主题：领料\n\n切割片105的 三盒\nKN95口罩 两盒"
    assert _pairs(industrial.extract(text, DAY)) == [("CD-105X1.2", 150), ("MSK-KN95", 100)]
    got = industrial.extract("这两款各要十套\n\n> 本周特价：6205开式轴承、6305-2RS轴承", DAY)
    assert _pairs(got) == [("BRG-6205", 10), ("BRG-6305-2RS", 10)]


def test_a_wrapped_attribution_line_starts_the_quoted_mail(retail):
    text = ("10 of each please\n\nOn Mon, 4 May 2026 at 09:12, Tandem Sales <sales@tandem.example>\nwrote:\n"
            "> Back in stock:\n> - Enamel colander cream\n> - Enamel wash bowl cream")
    got = retail.extract(text, DAY)
    assert got["due_date"] is None and _pairs(got) == [("22425", 10), ("22426", 10)]


def test_a_from_and_subject_block_heads_the_quoted_mail(retail):
    alert = "\n\nFrom: Stock Alerts\nSubject: Back in stock!\n\nENAMEL COLANDER CREAM and ENAMEL WASH BOWL CREAM are back. Max 20 per customer."
    assert _pairs(retail.extract("Half a dozen of each please" + alert, DAY)) == [("22425", 6), ("22426", 6)]
    # a forwarded list's own "10 x" rows keep their counts when the reply gives none
    rows = "\n\nFrom: Helen\nSubject: top up\n\n10 x red retrospot umbrella\n5 x regency cakestand 3 tier"
    assert _pairs(retail.extract("Please order these for Helen." + rows, DAY)) == [("22423", 5), ("85014B", 10)]


def test_a_request_to_act_on_the_forwarded_mail_takes_its_rows(retail):
    mail = "\n\nFrom: Helen\nSent: 02 May 2026 10:00\nSubject: top up\n\n10 x red retrospot umbrella\n5 x regency cakestand 3 tier"
    for ask in ("Please sort Helen's order.", "Can you order the items in Helen's email?"):
        assert _pairs(retail.extract(ask + mail, DAY)) == [("22423", 5), ("85014B", 10)], ask
    assert retail.extract("Please update our email address to x@y.example" + mail, DAY)["lines"] == []


def test_same_again_leaves_out_a_quoted_row_named_after_no(retail):
    old = "\n\n> 6 x regency cakestand 3 tier\n> 12 x enamel colander cream"
    assert _pairs(retail.extract("Same again please but no cakestands" + old, DAY)) == [("22425", 12)]
    assert _pairs(retail.extract("Same again please, no rush." + old, DAY)) == [("22423", 6), ("22425", 12)]


def test_a_question_over_our_order_confirmation_does_not_order_its_rows_again(retail):
    # The confirmed order is already placed: asking when it comes must not place it a second time.
    text = ("Lovely, could they come by Thursday please?\n\n> Order confirmation SO-7781\n"
            "> 24 x JUMBO BAG RED RETROSPOT\n> 12 x LUNCH BAG WOODLAND")
    assert retail.extract(text, DAY)["lines"] == []
    # while a count of its own over the same confirmation still reads as that row's new count
    got = retail.extract("Could you make it 30 instead?\n\n> We confirm your order:\n> 24 x JUMBO BAG RED RETROSPOT", DAY)
    assert got["intent"] == "change" and _pairs(got) == [("85099B", 30)]
