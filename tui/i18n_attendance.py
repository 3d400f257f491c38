"""Texts of comings and goings, substitutes serving, jäv and quorum (the live screen)."""

from __future__ import annotations

SV: dict[str, str] = {
    "key.att.recused": "Jäv",
    "key.att.serve_for": "Tjänstgör för",
    "key.att.declare_quorum": "Beslutfört",
    "key.att.body_settings": "Inställningar för organet",
    "help.att.recused": "Jäv vid aktuell punkt (igen: tas bort); skrivs ut under punkten.",
    "help.att.serve_for": "Ersättaren tjänstgör för en ledamot under ett antal punkter.",
    "help.att.declare_quorum": "Mötet förklaras beslutfört (igen: tas bort).",
    "help.att.body_settings": "Klockslag för punkterna i protokollet, regel för beslutsförhet.",
    "att.recused_on": "{name}: jäv vid punkt {item}.",
    "att.recused_off": "{name}: jäv vid punkt {item} borttaget.",
    "att.quorum_declared": "Mötet förklaras beslutfört.",
    "att.quorum_undeclared": "Beslutförheten är inte längre förklarad.",
    "att.quorum_warning": "⚠ ej beslutfört {present}/{seats} (krävs {needed})",
    "att.quorum_ok": "beslutfört {present}/{seats}",
    "form.serve": "Ersättare tjänstgör",
    "form.serve.for": "För ledamot",
    "form.serve.from": "Fr o m punkt (tomt: från början)",
    "form.serve.until": "T o m punkt (tomt: till slutet)",
    "form.body": "Inställningar för {body}",
    "form.body.item_times": "Klockslag för varje punkt i dokumentet (ja/nej)",
    "form.body.quorum": "Beslutsförhet (half = mer än hälften, min:5 = minst 5)",
    "form.body.bad_yes_no": "Skriv ja eller nej.",
    "att.settings_saved": "Inställningarna gäller mötet och organets kommande möten.",
}

EN: dict[str, str] = {
    "key.att.recused": "Conflict of interest",
    "key.att.serve_for": "Serves for",
    "key.att.declare_quorum": "Quorate",
    "key.att.body_settings": "Body settings",
    "help.att.recused": (
        "Conflict of interest at the current item (again: removed); printed under the item."
    ),
    "help.att.serve_for": "The substitute serves for a member for a range of items.",
    "help.att.declare_quorum": "The meeting is declared quorate (again: taken back).",
    "help.att.body_settings": "Clock times of the items in the document, the quorum rule.",
    "att.recused_on": "{name}: conflict of interest at item {item}.",
    "att.recused_off": "{name}: conflict of interest at item {item} removed.",
    "att.quorum_declared": "The meeting is declared quorate.",
    "att.quorum_undeclared": "The quorum is no longer declared.",
    "att.quorum_warning": "⚠ not quorate {present}/{seats} ({needed} needed)",
    "att.quorum_ok": "quorate {present}/{seats}",
    "form.serve": "Substitute serves",
    "form.serve.for": "For member",
    "form.serve.from": "From item (empty: from the start)",
    "form.serve.until": "Until item (empty: to the end)",
    "form.body": "Settings of {body}",
    "form.body.item_times": "Clock time of each item in the document (yes/no)",
    "form.body.quorum": "Quorum (half = more than half, min:5 = at least 5)",
    "form.body.bad_yes_no": "Write yes or no.",
    "att.settings_saved": "The settings apply to this meeting and the body's next meetings.",
}
