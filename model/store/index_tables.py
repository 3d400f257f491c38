"""The tables of the per-machine archive index (``model/store/index_db.py``): the SQL
that creates them, their schema version, and how full-text rows are numbered.

One table per kind of register row, each keyed by its meeting's ``mid``; the ``texts``
FTS5 table keeps a meeting's rows in one rowid range (``TEXT_BITS``), so that a meeting's
texts are dropped and its hits joined to it by shifting, without a column of its own.
"""

from __future__ import annotations

#: Bump when a table, column or index changes: an index of another version is rebuilt.
#: 3: a damaged file's problem is a ``FileProblem`` as JSON text (words, not a class name).
#: 4: an action keeps its item's label and title (the action register joins nothing).
#: 5: the motions and elections of each meeting (their registers and search texts).
#: 6: an action's other owners (``co_owners``): the register finds every owner.
#: 7: ``state``: how far the change journal was read (model/store/index_journal.py).
SCHEMA_VERSION = 7
#: Full-text rows of a meeting have rowids mid << TEXT_BITS | n: one range per meeting.
TEXT_BITS = 20

SCHEMA = """
CREATE TABLE meetings (
    mid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    body_key TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    state TEXT NOT NULL,
    problem TEXT NOT NULL,
    conflicts INTEGER NOT NULL,
    registers INTEGER NOT NULL
);
CREATE INDEX meetings_newest_first ON meetings (date IS NULL, date DESC, id DESC);
CREATE INDEX meetings_by_body ON meetings (body_key, date);
CREATE INDEX meetings_by_id ON meetings (id);
CREATE TABLE items (
    mid INTEGER NOT NULL, item_id TEXT NOT NULL, number TEXT NOT NULL, title TEXT NOT NULL,
    PRIMARY KEY (mid, item_id)
) WITHOUT ROWID;
CREATE TABLE decisions (
    mid INTEGER NOT NULL, decision_id TEXT NOT NULL, item_id TEXT NOT NULL,
    number INTEGER NOT NULL, paragraph TEXT NOT NULL, text TEXT NOT NULL
);
CREATE INDEX decisions_by_meeting ON decisions (mid);
CREATE TABLE actions (
    mid INTEGER NOT NULL, action_id TEXT NOT NULL, item_id TEXT NOT NULL, text TEXT NOT NULL,
    owner TEXT, owner_name TEXT NOT NULL, due TEXT, status TEXT NOT NULL,
    item_number TEXT NOT NULL, item_title TEXT NOT NULL, co_owners TEXT NOT NULL
);
CREATE INDEX actions_by_meeting ON actions (mid);
CREATE TABLE reports (
    mid INTEGER NOT NULL, action_id TEXT NOT NULL, origin TEXT NOT NULL, status TEXT
);
CREATE INDEX reports_by_meeting ON reports (mid);
CREATE TABLE attendance (
    mid INTEGER NOT NULL, position INTEGER NOT NULL, person TEXT NOT NULL,
    name TEXT NOT NULL, organisation TEXT NOT NULL, role TEXT NOT NULL, status TEXT NOT NULL,
    from_item TEXT, until_item TEXT
);
CREATE INDEX attendance_by_meeting ON attendance (mid);
CREATE TABLE motions (
    mid INTEGER NOT NULL, motion_id TEXT NOT NULL, item_id TEXT NOT NULL, number INTEGER NOT NULL,
    text TEXT NOT NULL, moved_by TEXT NOT NULL, seconded_by TEXT NOT NULL, outcome TEXT NOT NULL,
    decision TEXT NOT NULL
);
CREATE INDEX motions_by_meeting ON motions (mid);
CREATE TABLE elections (
    mid INTEGER NOT NULL, election_id TEXT NOT NULL, item_id TEXT NOT NULL, office TEXT NOT NULL,
    elected TEXT NOT NULL, kind TEXT NOT NULL, term TEXT NOT NULL, officer TEXT NOT NULL
);
CREATE INDEX elections_by_meeting ON elections (mid);
CREATE TABLE state (key TEXT PRIMARY KEY, value NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE texts USING fts5 (
    content, item_id UNINDEXED, kind UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0'
);
"""
#: The tables of a meeting's rows besides ``meetings`` and ``texts`` (dropped with it).
CHILD_TABLES = ("items", "decisions", "actions", "reports", "attendance", "motions", "elections")
