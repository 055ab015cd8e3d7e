"""Sales-history cleaning: Online Retail quirks and the generic CSV."""
import numpy as np

from core.planning.history import (clean_online_retail, daily_matrix, detect_format, is_product_code,
                                   parse_generic, split_large_lines, to_day)


def _row(inv, code, qty, date, price="1.0", cust="17850.0"):
    """One Online Retail row as a dict."""
    return {"InvoiceNo": inv, "StockCode": code, "Description": "x", "Quantity": str(qty),
            "InvoiceDate": date, "UnitPrice": price, "CustomerID": cust, "Country": "UK"}


def test_product_codes():
    """Fees, postage, samples and gift vouchers are not stock items."""
    assert is_product_code("85123A") and is_product_code("22423") and is_product_code("15056BL")
    for code in ("POST", "M", "D", "DOT", "BANK CHARGES", "AMAZONFEE", "CRUK", "PADS", "C2",
                 "gift_0001_20", "DCGS0003", "S", "B"):
        assert not is_product_code(code), code


def test_clean_online_retail_drops_noise_and_nets_cancellations():
    """Cancellations remove the matching sale; returns, free lines and fees vanish."""
    rows = [
        _row("536365", "85123A", 6, "2010-12-01 08:26:00"),
        _row("581483", "23843", 80995, "2011-12-09 09:15:00", "2.08", "16446.0"),
        _row("C581484", "23843", -80995, "2011-12-09 09:27:00", "2.08", "16446.0"),
        _row("536366", "POST", 1, "2010-12-01 08:28:00", "18.0"),
        _row("536367", "22423", 0, "2010-12-01 08:34:00"),
        _row("536368", "22423", -3, "2010-12-01 08:34:00", "0.0", ""),
        _row("536369", "22423", 5, "2010-12-02 08:34:00", "0.0"),
        _row("536370", "22423", 4, "2010-12-02 10:00:00", "12.75", ""),
    ]
    lines = clean_online_retail(rows)
    assert sorted(lines.sku.tolist()) == ["22423", "85123A"]
    assert lines.qty.sum() == 10
    assert to_day("2010-12-02") - to_day("2010-12-01") == 1


def test_generic_csv_and_matrix():
    """date,sku,quantity[,price,customer] with returns dropped, summed per day."""
    rows = [["date", "sku", "quantity", "unit_price", "customer"],
            ["2024-01-01", "A", "2", "3.0", "c1"], ["2024-01-01", "A", "1", "", ""],
            ["2024-01-03", "B", "5"], ["2024-01-03", "A", "-1"]]
    assert detect_format(rows[0]) == "generic"
    lines = parse_generic(rows)
    h = daily_matrix(lines)
    assert h.skus.tolist() == ["A", "B"]
    np.testing.assert_array_equal(h.demand, [[3, 0, 0], [0, 0, 5]])
    assert h.unit_price[0] == 3.0 and np.isnan(h.unit_price[1])


def test_split_large_lines_uses_past_median():
    """A line 10x the item's usual size (and >= 48) counts as a large known order."""
    rows = [["2024-01-0%d" % d, "A", "4"] for d in range(1, 8)] + [["2024-01-09", "A", "60"],
                                                                     ["2024-01-09", "A", "30"]]
    lines = parse_generic(rows)
    mask = split_large_lines(lines, to_day("2024-01-08"))
    assert mask.tolist() == [False] * 7 + [True, False]
