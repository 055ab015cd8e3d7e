"""The buyer's core without the bot: days of cover, arrivals, drafting by supplier, who may ask what."""
from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from core.adapters import orm
from core.domain.commands import PressButton, RecordSalesOrder
from core.service import cover
from core.service.queries import AskQuestion, DraftSuggestedPurchases
from tests.buyer.conftest import BUYER, MANAGER, SALES, STOCK, TODAY, approved_po


def _table(tandem):
    with tandem.uow() as uow:
        return cover.cover_table(uow, TODAY)


def test_days_of_cover_from_90_days_of_sales(industrial):
    table = _table(industrial)
    days = dict(zip(table["skus"], table["cover"]))
    assert days["BLT-M8X40-ZN"] == 3 and days["BRG-6204-2RS"] == 4 and days["BLT-M8X30-ZN"] == 42
    assert days["BLT-M8X40-SS"] == float("inf")  # stock, no demand
    assert days["BLT-M6X20-ZN"] == float("inf")  # nothing at all: never "runs out"


def test_open_orders_count_as_demand_and_take_free_stock(industrial):
    industrial.handle(RecordSalesOrder("C1", [{"sku": "BLT-M8X30-ZN", "quantity": 120}], source_key="t1"))
    i = _table(industrial)["index"]["BLT-M8X30-ZN"]
    table = _table(industrial)
    assert table["free"][i] == STOCK["BLT-M8X30-ZN"] - 120
    assert table["cover"][i] == (420 - 120) / ((900 + 120) / 90)


def test_arrivals_use_the_offer_or_supplier_lead_time(industrial):
    late = approved_po(industrial, "FAST2", "BLT-M8X30-ZN", 500, approved_days_ago=9)  # supplier lead 5: 4 days late
    soon = approved_po(industrial, "BRG1", "BRG-6204", 100, approved_days_ago=0)  # supplier lead 14
    with industrial.uow() as uow:
        rows = cover.incoming(uow, TODAY)
        assert [(r["po_id"], r["expected"], r["late"]) for r in rows] == [
            (late, TODAY - timedelta(days=4), True), (soon, TODAY + timedelta(days=14), False)]
        assert cover.incoming(uow, TODAY, until=TODAY + timedelta(days=7)) == rows[:1]


def test_a_po_due_before_the_run_out_is_shown_and_not_drafted_again(industrial):
    approved_po(industrial, "FAST2", "BLT-M8X40-ZN", 1000, approved_days_ago=4)  # due tomorrow, runs out in 3 days
    result = industrial.handle(AskQuestion("what runs out in the next 7 days", telegram_id=BUYER))
    line = next(l for l in result["text"].splitlines() if "BLT-M8X40-ZN" in l)
    assert "PO due" in line
    assert not any("BLT-M8X40-ZN" in b[0] for row in result["buttons"] for b in row)


def test_heatmap_counts_every_product_once(industrial):
    result = industrial.handle(AskQuestion("", telegram_id=BUYER, kind="heatmap"))
    data = result["heatmap"]
    assert sum(map(sum, data["counts"])) == len(_table(industrial)["skus"])
    bearings = data["counts"][data["categories"].index("bearings")]
    assert bearings[1] == 1  # 6204-2RS: 4 days of cover


def test_draft_suggested_groups_by_supplier_and_requests_approval(industrial):
    with industrial.uow() as uow:
        for sku, supplier in (("BLT-M8X40-ZN", "FAST1"), ("BLT-M8X20-ZN", "FAST1"), ("BRG-6204", "BRG1")):
            uow.session.add(orm.SuggestionRow(sku=sku, quantity=500, supplier_id=supplier, unit_price=0.1, need=500))
        uow.commit()
    result = industrial.handle(DraftSuggestedPurchases(requested_by=2))
    assert len(result["purchase_orders"]) == 2
    with industrial.uow() as uow:
        pos = [uow.purchase_orders.get(p) for p in result["purchase_orders"]]
        assert sorted(len(po.lines) for po in pos) == [1, 2]
        assert {po.status for po in pos} == {"pending_approval"}  # the approvals area took over
        asks = list(uow.session.exec(select(orm.OutboxRow).where(orm.OutboxRow.kind == "approval_request")))
        assert len(asks) == 2
    assert industrial.handle(DraftSuggestedPurchases(requested_by=2))["status"] == "nothing"


def test_cheapest_button_drafts_with_that_supplier_once(industrial):
    answer = industrial.handle(AskQuestion("who sells 6204 (open) bearings cheapest", telegram_id=BUYER))
    if answer["status"] == "clarify":
        answer = industrial.handle(AskQuestion("BRG-6204", telegram_id=BUYER, kind="cheapest"))
    token = answer["buttons"][0][0][1]
    first = industrial.handle(PressButton(token, telegram_id=BUYER))
    assert first["status"] == "drafted"
    with industrial.uow() as uow:
        po = uow.purchase_orders.get(first["purchase_orders"][0])
        assert po.supplier_id == "BRG1" and po.lines[0].quantity == 50 and po.requested_by == 2
    assert industrial.handle(PressButton(token, telegram_id=BUYER))["status"] == "refused"  # a double tap


def test_salespeople_get_answers_only_to_their_own_questions(industrial):
    assert industrial.handle(AskQuestion("do you have M8 bolts in stock?", telegram_id=SALES))["status"] == \
        "not_question"
    assert industrial.handle(AskQuestion("how are things?", telegram_id=SALES))["status"] == "not_question"
    own = industrial.handle(AskQuestion("how many m8x30 bolts do we have", telegram_id=SALES))
    assert own["status"] == "answered" and "Free 420" in own["text"]
    assert industrial.handle(AskQuestion("how are things?", telegram_id=MANAGER))["status"] == "clarify"
    assert industrial.handle(AskQuestion("how are things?", telegram_id=999))["status"] == "refused"


def test_a_product_without_a_question_word_gets_the_choices_for_it(industrial):
    result = industrial.handle(AskQuestion("M8x30 bolts?", telegram_id=BUYER))
    assert result["status"] == "clarify" and "BLT-M8X30-ZN" in result["text"]
    labels = [row[0][0] for row in result["buttons"]]
    assert labels == ["📦 Stock", "💰 Cheapest supplier", "🚚 When it arrives"]
    cheapest = industrial.handle(PressButton(result["buttons"][1][0][1], telegram_id=BUYER))
    assert "Ningbo Fasteners Co." in cheapest["reply"] and cheapest["reply_buttons"]
    family = industrial.handle(AskQuestion("M8螺栓？", telegram_id=BUYER))
    assert family["status"] == "clarify" and len(family["buttons"]) == 5 and "哪一个" in family["text"]


def test_an_old_history_is_read_up_to_its_last_sale(industrial):
    with industrial.uow() as uow:
        assert cover.history_end(uow, TODAY + timedelta(days=30)) == TODAY + timedelta(days=30)
        assert cover.history_end(uow, TODAY + timedelta(days=200)) == TODAY  # not 90 days of zeros


def test_draft_buttons_of_a_run_out_list_never_buy_twice(industrial):
    listing = industrial.handle(AskQuestion("what runs out in the next 7 days", telegram_id=BUYER))
    tokens = {row[0][0]: row[0][1] for row in listing["buttons"]}
    one = industrial.handle(PressButton(tokens["🛒 Draft PO · BRG-6204-2RS"], telegram_id=BUYER))
    assert one["status"] == "drafted"
    rest = industrial.handle(PressButton(tokens["🛒 Draft POs for all 2"], telegram_id=BUYER))
    assert rest["status"] == "drafted"
    with industrial.uow() as uow:
        lines = [(l.sku, po) for po in rest["purchase_orders"] for l in uow.purchase_orders.get(po).lines]
        assert [sku for sku, _ in lines] == ["BLT-M8X40-ZN"]  # the bearing is already on a PO
        assert uow.purchase_orders.pending_quantity("BRG-6204-2RS") > 0
