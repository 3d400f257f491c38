"""Texts of sub-items gone to by number, tabling sentences, several owners and extracts."""

from __future__ import annotations

SV: dict[str, str] = {
    "form.sentence": "Egen mening i protokollet (tomt: standardmeningen; → fyller i)",
    "app.sub_focus": (
        "Underpunkt {number} {title}: anteckningar, beslut, uppdrag och bordläggning gäller "
        "den ({keys} {parent} går tillbaka till punkten)."
    ),
}

EN: dict[str, str] = {
    "form.sentence": "Own sentence for the minutes (empty: the standard one; → completes)",
    "app.sub_focus": (
        "Sub-item {number} {title}: notes, decisions, actions and tabling apply to it "
        "({keys} {parent} goes back to the item)."
    ),
}
