"""``minutes roster ...`` as a user runs it, and a new meeting that uses it."""

from __future__ import annotations

import json
from pathlib import Path

from model.enums import Role
from model.roles import parse_role
from model.roster import RosterLineError, parse_roster, parse_roster_line
from model.store.archive import Archive
from tests.core.cli.test_meetings_cli import minutes


def test_roles_are_read_as_people_type_them() -> None:
    assert parse_role("Vice ordförande") is Role.VICE_CHAIR
    assert parse_role("vice chair") is Role.VICE_CHAIR
    assert parse_role("ledamot") is Role.MEMBER
    assert parse_role("Ersättare") is Role.SUBSTITUTE
    assert parse_role("adjungerad") is Role.ADJUNCT
    assert parse_role("tjänsteperson") is Role.OFFICIAL
    assert parse_role("revisor") is Role.AUDITOR
    assert parse_role("Haninge") is None


def test_a_pasted_list_puts_a_role_never_in_the_organisation() -> None:
    members, refused = parse_roster(
        "Anna Andersson, Haninge, ordförande\n"
        "Bo Berg, sekreterare\n"  # a role where the organisation would be
        "\n"
        "Cia Carlsson;Nykvarn\n"
        "Dan Dahl, Tyresö, kung\n"
    )
    got = [(m.name, m.organisation, m.role) for m in members]
    assert got == [
        ("Anna Andersson", "Haninge", Role.CHAIR),
        ("Bo Berg", "", Role.SECRETARY),
        ("Cia Carlsson", "Nykvarn", Role.MEMBER),
    ]
    assert [(n, e.code, e.value) for n, e in refused] == [(5, "unknown_role", "kung")]
    assert parse_roster_line("   ") is None
    try:
        parse_roster_line(", Haninge")
    except RosterLineError as exc:
        assert exc.code == "no_name"
    else:
        raise AssertionError("a line without a name was read")


def test_roster_commands_keep_the_body_in_archive_json(tmp_path: Path) -> None:
    arch = tmp_path / "arkiv"
    body = "Styrelsen"
    anna = ["Anna Andersson", "--org", "Haninge", "--role", "vice ordförande"]
    add = minutes(
        "--lang", "sv", "roster", "add", body, *anna, "--email", "anna@haninge.se", archive=arch
    )
    assert add.returncode == 0, add.stderr
    pasted = "Bo Berg, Nacka, ordförande\nCia Carlsson, Nykvarn, ersättare\nDan Dahl, revisor\n"
    imported = minutes("--lang", "sv", "roster", "import", body, archive=arch, input=pasted)
    assert imported.returncode == 0, imported.stderr
    bad = minutes("--lang", "sv", "roster", "import", body, archive=arch, input="Eva, X, kung\n")
    assert bad.returncode == 2 and "Rad 1" in bad.stderr and "kung" in bad.stderr
    edit = minutes("--lang", "sv", "roster", "edit", body, "cia", "--role", "ledamot",
                   archive=arch)  # fmt: skip
    assert edit.returncode == 0, edit.stderr
    gone = minutes("--lang", "sv", "roster", "remove", body, "Dan Dahl", archive=arch)
    assert gone.returncode == 0, gone.stderr
    nobody = minutes("--lang", "sv", "roster", "remove", body, "Eva", archive=arch)
    assert nobody.returncode == 2 and "Ingen i Styrelsen heter Eva" in nobody.stderr
    listed = minutes("--lang", "sv", "roster", "list", body, archive=arch)
    assert listed.returncode == 0, listed.stderr
    assert "vice ordförande" in listed.stdout and "anna@haninge.se" in listed.stdout
    assert "Dan Dahl" not in listed.stdout
    stored = json.loads((arch / "archive.json").read_text(encoding="utf-8"))
    dan = [r for r in stored["roster"].values() if r["name"] == "Dan Dahl"]
    assert dan and dan[0]["deleted"] is True  # a tombstone, not a removed record
    people = Archive(arch).roster_for(body)
    assert [(p.name, p.organisation, p.role) for p in people] == [
        ("Anna Andersson", "Haninge", Role.VICE_CHAIR),
        ("Bo Berg", "Nacka", Role.CHAIR),
        ("Cia Carlsson", "Nykvarn", Role.MEMBER),
    ]


def test_a_new_meeting_takes_the_roster_and_check_speaks_of_an_empty_one(tmp_path: Path) -> None:
    arch = tmp_path / "arkiv"
    empty = minutes("new", "--body", "Nämnden", "--date", "2022-06-17", archive=arch)
    assert empty.returncode == 0, empty.stderr
    checked = minutes("--lang", "sv", "check", empty.stdout.strip().splitlines()[-1], archive=arch)
    assert checked.returncode == 1
    assert "inga deltagare" in checked.stdout and "Dagordningen är tom" in checked.stdout
    pasted = "Anna Andersson, Haninge, ordförande\nBo Berg, Nacka, sekreterare\n"
    assert minutes("roster", "import", "Nämnden", archive=arch, input=pasted).returncode == 0
    made = minutes("new", "--body", "Nämnden", "--date", "2022-08-19", archive=arch)
    assert made.returncode == 0, made.stderr
    shown = minutes("--lang", "sv", "show", made.stdout.strip().splitlines()[-1], archive=arch)
    assert "Anna Andersson" in shown.stdout and "Bo Berg" in shown.stdout
    assert "gäst" not in shown.stdout


def test_a_guest_whose_organisation_is_a_role_gets_that_role() -> None:
    from datetime import datetime

    from model import live
    from tests.core.model.test_live import small_meeting

    m = small_meeting()
    eva = live.add_person(m, "Eva", datetime(2024, 3, 1), organisation="tjänsteperson",
                          role=Role.GUEST)  # fmt: skip
    assert (eva.organisation, eva.role) == ("", Role.OFFICIAL)
    olle = live.add_person(m, "Olle", datetime(2024, 3, 1), organisation="Nacka", role=Role.GUEST)
    assert (olle.organisation, olle.role) == ("Nacka", Role.GUEST)


def test_a_corrected_name_is_corrected_on_actions_statements_and_aob() -> None:
    from datetime import datetime

    from model import live
    from model.enums import StatementKind
    from model.roster import edit_person
    from tests.core.model.test_live import small_meeting

    now = datetime(2024, 3, 1, 18, 0)
    m = small_meeting()
    ada = m.people[0]
    live.next_item(m, now)
    decision = live.add_decision(m, m.agenda[0].id, "Ja.", now)
    live.add_statement(m, decision.id, StatementKind.RESERVATION, ada.id)
    action = live.add_action(m, m.agenda[0].id, "Ring", now, owner=ada.id)
    matter = live.add_any_other_business(m, "Parkering", ada.id, now)
    edit_person(m, ada.id, "Ada Lindqvist", "Tyresö", Role.VICE_CHAIR, now)
    assert action.owner_name == "Ada Lindqvist"
    assert m.decision_statements(decision.id)[0].person_name == "Ada Lindqvist"
    assert matter.raised_by == "Ada Lindqvist"
    assert (ada.organisation, ada.role) == ("Tyresö", Role.VICE_CHAIR)
