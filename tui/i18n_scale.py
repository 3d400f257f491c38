"""Texts of the paged listing, the index build and search limits (issue 16)."""

from __future__ import annotations

SV: dict[str, str] = {
    "cli.list.more": "Visar de {shown} senaste av {total} möten; --all visar alla.",
    "cli.list.none_match": "Inga möten matchar.",
    "cli.index.building": "Bygger arkivets index",
    "followup.hits_shown": "{shown} av {count} träffar för {text}; --all visar alla.",
    "followup.hits_shown|one": "{shown} av 1 träff för {text}; --all visar alla.",
    "app.archive.indexing": "Läser arkivet: {done} av {total} möten …",
    "app.archive.indexing|one": "Läser arkivet: {done} av 1 möte …",
}
EN: dict[str, str] = {
    "cli.list.more": "Showing the newest {shown} of {total} meetings; --all shows every one.",
    "cli.list.none_match": "No meetings match.",
    "cli.index.building": "Building the archive index",
    "followup.hits_shown": "{shown} of {count} hits for {text}; --all shows every one.",
    "followup.hits_shown|one": "{shown} of 1 hit for {text}; --all shows every one.",
    "app.archive.indexing": "Reading the archive: {done} of {total} meetings …",
    "app.archive.indexing|one": "Reading the archive: {done} of 1 meeting …",
}
