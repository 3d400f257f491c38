"""The German words of the minutes themselves (beside ``model.wording``'s Swedish and
English): attendance remarks, roles and what happened to an item, as a German Verein's
or Gemeinderat's Protokoll says them ("ab TOP 3", "entschuldigt", "vertagt")."""

from __future__ import annotations

WORDS_DE: dict[str, str] = {
    "role.chair": "Vorsitz",
    "role.secretary": "Protokollführung",
    "role.member": "",
    "role.substitute": "Vertretung",
    "role.guest": "Gast",
    "role.official": "",
    "role.vice_chair": "stellv. Vorsitz",
    "role.adjunct": "beratend",
    "role.auditor": "Kassenprüfung",
    "substitute_for": "in Vertretung für {name}",
    "remote.named": "zugeschaltet über {remote}",
    "remote.plain": "zugeschaltet",
    "from_item": "ab TOP {item}",
    "until_item": "bis TOP {item}",
    "absent_with_notice": "entschuldigt",
    "tabled.lack_of_time": "Zeitmangel",
    "status.tabled": "Der Punkt wurde wegen {reason} vertagt.",
    "status.tabled.as_typed": "Der Punkt wurde {reason} vertagt.",
    # not "wegen Zeitmangel": German minutes say "aus Zeitgründen"
    "status.tabled.lack_of_time": "Der Punkt wurde aus Zeitgründen vertagt.",
    "status.referred_back": "Die Angelegenheit wurde zurückverwiesen: {reason}.",
    "status.withdrawn": "Der Punkt wurde abgesetzt: {reason}.",
    "status.referred_back.as_typed": "Die Angelegenheit wurde {reason} zurückverwiesen.",
    "status.withdrawn.as_typed": "Der Punkt wurde {reason} abgesetzt.",
    "status.referred_back.plain": "Die Angelegenheit wurde zurückverwiesen.",
    "status.withdrawn.plain": "Der Punkt wurde abgesetzt.",
    "alt_remote": "oder {remote}",
    "and": "und",
    "items.one": "TOP {items}",
    "items.many": "TOP {items}",
    "paragraphs.one": "§ {items}",
    "paragraphs.many": "§§ {items}",
    "from_paragraph": "ab § {item}",
    "until_paragraph": "bis § {item}",
    "time.from": "ab {time} Uhr",
    "time.until": "bis {time} Uhr",
    "serving_for": "in Vertretung für {name} bei {items}",
    "recused.line": (
        "{name} erklärt sich für befangen und nimmt an Beratung und Beschlussfassung nicht teil."
    ),
    "quorum.declared": "Die Beschlussfähigkeit wird festgestellt.",
    "quorum.not_met": (
        "Nicht beschlussfähig: {present} von {seats} Mitgliedern nehmen teil, {needed} sind "
        "erforderlich."
    ),
    "item_time": "{time} Uhr",
    "choices.table": (
        "Der Punkt wurde vertagt.|Der Punkt wurde auf die nächste Sitzung vertagt.|"
        "Der Punkt wurde zur weiteren Vorbereitung vertagt.|"
        "Der Punkt wird aus Zeitgründen vertagt."
    ),
    "choices.refer_back": "Die Angelegenheit wurde zur weiteren Beratung zurückverwiesen.",
    "choices.withdraw": (
        "Der Punkt wurde abgesetzt.|Der Punkt wurde von der Tagesordnung abgesetzt."
    ),
    "aob.title": "Sonstiges",
    "extract.file": "Auszug",
}
