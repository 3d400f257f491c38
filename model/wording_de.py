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
    "arrived_at": "ab {time} Uhr",
    "left_at": "bis {time} Uhr",
    "from_item.time": "{time} Uhr",
    "until_item.time": "{time} Uhr",
    "absent_with_notice": "entschuldigt",
    "tabled.lack_of_time": "Zeitmangel",
    "status.tabled": "Der Punkt wurde wegen {reason} vertagt.",
    "status.referred_back": "Die Angelegenheit wurde zurückverwiesen: {reason}.",
    "status.withdrawn": "Der Punkt wurde abgesetzt: {reason}.",
    "status.referred_back.plain": "Die Angelegenheit wurde zurückverwiesen.",
    "status.withdrawn.plain": "Der Punkt wurde abgesetzt.",
    "alt_remote": "oder {remote}",
    "aob.title": "Sonstiges",
    "extract.file": "Auszug",
}
