"""Texts of setting up a body: its agenda template and standing rules, the roster
screen, promoting an AOB matter to an item (Swedish and English)."""

from __future__ import annotations

SV: dict[str, str] = {
    "template.none": (
        "{body} har ingen dagordningsmall. Skapa: minutes template set {body} --default"
    ),
    "template.heading": "Dagordningsmall för {body} ({count} punkter):",
    "template.heading|one": "Dagordningsmall för {body} (1 punkt):",
    "template.rules": "Stående regler: {rules}",
    "template.saved": "Mallen för {body} sparad: {count} punkter.",
    "template.saved|one": "Mallen för {body} sparad: 1 punkt.",
    "template.rules_saved": "De stående reglerna för {body} sparade.",
    "template.rules_cleared": "{body} har inga stående regler längre.",
    "template.removed": "Mallen för {body} borttagen.",
    "template.unreadable": "Kunde inte läsa {path}: {detail}",
    "template.type_items": "Skriv en punkt per rad, avsluta med Ctrl+D:",
    "template.error.empty": "Mallen har inga punkter: skriv en punkt per rad.",
    "template.error.too_many": "Mallen har för många punkter (högst 60).",
    "template.app.title": "Dagordningsmall för {body}",
    "template.app.hint": (
        "En punkt per rad, i mötets ordning. Vad en punkt är till för (öppnande, justerare, "
        "övriga frågor, nästa möte …) läses ur rubriken. Ctrl+S sparar, Esc avbryter."
    ),
    "template.app.rules": "Stående regler (skrivs kursivt i protokollet; tomt: inga)",
    "template.app.saved": "Mallen för {body} sparad ({count} punkter). Nya möten börjar med den.",
    "template.app.saved|one": "Mallen för {body} sparad (1 punkt). Nya möten börjar med den.",
    "template.app.ask_body": "Dagordningsmall: vilket organ?",
    "key.template": "Mall",
    "key.roster": "Ledamöter",
    "help.roster": "Organets ledamöter: lägg till, ändra, ordna, ta bort, importera.",
    "help.template": "Organets dagordningsmall och stående regler, för nya möten.",
    "form.header.rules": "Stående regler (kursiv text i protokollet, t.ex. om beslut)",
    "aob.promoted": "{title} är nu punkt {number}.",
    "aob.not_aob": "Markera en övrig fråga (under Övriga frågor) först.",
    "key.promote_aob": "Övrig fråga till punkt",
    "help.promote_aob": "Gör den markerade övriga frågan till en egen dagordningspunkt.",
    "rosterscreen.title": "Ledamöter i {body}",
    "rosterscreen.hint": (
        "n ny · Enter/e ändra · k/j flytta · m gör gäst till ledamot · Delete ta bort · "
        "i klistra in/importera · Esc"
    ),
    "rosterscreen.empty": "{body} har inga ledamöter än. n lägger till, i klistrar in en lista.",
    "rosterscreen.import_title": "Importera ledamöter",
    "rosterscreen.import_file": "CSV-fil (Namn, Organisation, roll per rad) eller tomt",
    "rosterscreen.import_text": "… eller klistra in: Namn, Organisation, roll; Namn, …",
    "rosterscreen.no_file": "Filen {path} finns inte.",
}

EN: dict[str, str] = {
    "template.none": (
        "{body} has no agenda template. Make one: minutes template set {body} --default"
    ),
    "template.heading": "Agenda template of {body} ({count} items):",
    "template.heading|one": "Agenda template of {body} (1 item):",
    "template.rules": "Standing rules: {rules}",
    "template.saved": "The template of {body} is saved: {count} items.",
    "template.saved|one": "The template of {body} is saved: 1 item.",
    "template.rules_saved": "The standing rules of {body} are saved.",
    "template.rules_cleared": "{body} has no standing rules any more.",
    "template.removed": "The template of {body} is removed.",
    "template.unreadable": "Could not read {path}: {detail}",
    "template.type_items": "Type one item per line, end with Ctrl+D:",
    "template.error.empty": "The template has no items: type one item per line.",
    "template.error.too_many": "The template has too many items (at most 60).",
    "template.app.title": "Agenda template of {body}",
    "template.app.hint": (
        "One item per line, in the meeting's order. What an item is for (opening, "
        "verifiers, any other business, next meeting …) is read from its title. "
        "Ctrl+S saves, Esc cancels."
    ),
    "template.app.rules": "Standing rules (printed in italics in the minutes; empty: none)",
    "template.app.saved": (
        "The template of {body} is saved ({count} items). New meetings start with it."
    ),
    "template.app.saved|one": (
        "The template of {body} is saved (1 item). New meetings start with it."
    ),
    "template.app.ask_body": "Agenda template: which body?",
    "key.template": "Template",
    "key.roster": "Members",
    "help.roster": "The body's members: add, edit, order, remove, import.",
    "help.template": "The body's agenda template and standing rules, for new meetings.",
    "form.header.rules": "Standing rules (italic text in the minutes, e.g. on decisions)",
    "aob.promoted": "{title} is now item {number}.",
    "aob.not_aob": "Highlight an AOB matter (under Any other business) first.",
    "key.promote_aob": "AOB matter to item",
    "help.promote_aob": "Make the highlighted AOB matter an agenda item of its own.",
    "rosterscreen.title": "Members of {body}",
    "rosterscreen.hint": (
        "n new · Enter/e edit · k/j move · m make a guest a member · Delete remove · "
        "i paste/import · Esc"
    ),
    "rosterscreen.empty": "{body} has no members yet. n adds one, i pastes a list.",
    "rosterscreen.import_title": "Import members",
    "rosterscreen.import_file": "CSV file (Name, Organisation, role per line) or empty",
    "rosterscreen.import_text": "… or paste: Name, Organisation, role; Name, …",
    "rosterscreen.no_file": "The file {path} does not exist.",
}
