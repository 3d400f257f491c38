"""Full-text search across the archive: the places a search's words are found, best first.

A query over the index's ``texts`` table (an FTS5 table, ``model/store/index_db.py``),
limited to the meetings a register may read (``model.registers.register_clause``): every
word must occur, each matching the words that begin with it; hits are ranked by BM25 and
come with a snippet whose matched words are marked. ``minutes search`` and the app's
search screen (``tui/screens/search.py``) both ask this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from model.registers import day_of, register_clause
from model.store.index_db import ArchiveIndex, match_expression, query_words
from model.store.index_tables import TEXT_BITS as TEXT_SHIFT

#: Hits ``search`` gives unless told otherwise (``--all`` asks for every hit).
DEFAULT_HITS = 50
# Snippet markers: control characters that never occur in typed text.
MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True)
class Hit:
    """One place the text was found: meeting, item and what part of it."""

    meeting: str
    meeting_date: date | None
    body: str
    item_id: str
    item_number: str
    item_title: str
    where: str  # title, notes, decision, action
    snippet: str
    path: Path | None = None  # the meeting's file
    marks: tuple[tuple[int, int], ...] = ()  # the matched words in ``snippet``


def search(
    index: ArchiveIndex,
    text: str,
    *,
    body: str | None = None,
    limit: int | None = DEFAULT_HITS,
) -> list[Hit]:
    """The best-matching places for the words (every word, each matching the words that
    begin with it, any case; å, ä, ö are letters of their own), best first by BM25, the
    newer meeting first among equals. ``limit=None`` gives every hit."""
    words = query_words(text)
    if not words:
        return []
    where, parameters = register_clause(body)
    match = match_expression(words)
    # rank first, then make snippets for the rows kept only (a snippet costs more than
    # ranking: thousands of hits, 50 shown)
    ranked = (
        "SELECT t.rowid AS rid, bm25(texts) AS score, m.date AS day, m.id AS meeting"
        f" FROM texts t JOIN meetings m ON m.mid = (t.rowid >> {TEXT_SHIFT})"
        f" WHERE texts MATCH ? AND {where} ORDER BY score, day DESC, meeting DESC, rid"
    )
    values: list[object] = [match, *parameters]
    if limit is not None:
        ranked += " LIMIT ?"
        values.append(max(0, limit))
    sql = (
        f"WITH best AS ({ranked})"
        " SELECT m.name, m.id, m.date, m.body, t.item_id, i.number, i.title, t.kind,"
        " snippet(texts, 0, ?, ?, '…', 14) FROM texts t JOIN best ON best.rid = t.rowid"
        f" JOIN meetings m ON m.mid = (t.rowid >> {TEXT_SHIFT})"
        " LEFT JOIN items i ON i.mid = m.mid AND i.item_id = t.item_id"
        " WHERE texts MATCH ? ORDER BY best.score, best.day DESC, best.meeting DESC, best.rid"
    )
    values += [MARK_START, MARK_END, match]
    return [
        Hit(
            meeting_id, day_of(day), meeting_body, item_id or "", number or "", title or "",
            kind, _plain(marked), path=index.meetings_dir / name, marks=_marks(marked),
        )
        for name, meeting_id, day, meeting_body, item_id, number, title, kind, marked in (
            index.rows(sql, values)
        )
    ]  # fmt: skip


def count_hits(index: ArchiveIndex, text: str, *, body: str | None = None) -> int:
    """How many places ``search`` would give without a limit."""
    words = query_words(text)
    if not words:
        return 0
    where, parameters = register_clause(body)
    ((total,),) = index.rows(
        f"SELECT count(*) FROM texts t JOIN meetings m ON m.mid = (t.rowid >> {TEXT_SHIFT})"
        f" WHERE texts MATCH ? AND {where}",
        [match_expression(words), *parameters],
    )
    return int(total)


def _plain(marked: str) -> str:
    return " ".join(marked.replace(MARK_START, "").replace(MARK_END, "").split())


def _marks(marked: str) -> tuple[tuple[int, int], ...]:
    """Where the matched words are in the plain snippet: (start, end) offsets."""
    text = " ".join(marked.split())
    spans: list[tuple[int, int]] = []
    plain_at = 0
    start = -1
    for char in text:
        if char == MARK_START:
            start = plain_at
        elif char == MARK_END:
            if start >= 0:
                spans.append((start, plain_at))
            start = -1
        else:
            plain_at += 1
    return tuple(spans)
