"""Plain-text rendering of reports for the terminal (`tandem ingest`, `tandem demo`)."""
from __future__ import annotations


def report_lines(report: dict) -> list[str]:
    """Short lines, one step of the path each."""
    out = [f"message {report['message_id']}: {report['status']}" + (f" ({report['error']})" if report.get("error") else "")]
    demand = report.get("demand") or {}
    if demand:
        out.append(f"  demand: intent={demand.get('intent')} customer={demand.get('customer') or '?'} "
                   f"due={demand.get('due_date') or '-'} confidence={demand.get('confidence', 0):.2f}")
        for line in demand.get("lines", []):
            mark = "ok" if line.get("confirmed") else "CHECK"
            out.append(f"    [{mark}] {line.get('quantity')} {line.get('unit') or ''} {line.get('sku') or '?'}"
                       f"  <- \"{line.get('mention', '')}\" ({line.get('confidence', 0):.2f})")
    order = report.get("order")
    if order:
        out.append(f"  order {order['id']} ({order['status']}):")
        for line in order["lines"]:
            out.append(f"    {line['sku'] or '?'}: wanted {line['quantity']}, reserved {line['reserved']:g}, "
                       f"short {line['short']:g}")
    for s in report.get("shortages", []):
        out.append(f"  shortage: {s['sku']} short {s['quantity']:g}")
    for s in report.get("suggestions", []):
        out.append(f"  suggestion: buy {s['quantity']:g} {s['sku']} from {s['supplier_id']} at {s['unit_price']:g} "
                   f"-> PO {s['po_id']}")
        out.append("    why: " + s["reason"].replace("\n", "\n         "))
    for po in report.get("purchase_orders", []):
        approvals = ", ".join(f"{a['approver']}: {a['status']}" for a in po["approvals"]) or "none"
        out.append(f"  PO {po['id']} to {po['supplier']}: {po['status']}, total {po['total']:.2f}; approvals: {approvals}")
    return out
