"""The HTML file's look: the custom styles pandoc leaves as attributes get a style sheet
(red bold draft mark, italic standing rule and decision heading, bold approval line)."""

from __future__ import annotations

from pathlib import Path

from export.exporter import export_meeting, render
from export.html_styles import apply_html_styles
from model.meeting import Meeting


def test_the_style_sheet_is_in_the_head(demo: Meeting, tmp_path: Path) -> None:
    text = export_meeting(demo, "html", tmp_path / "m.html").read_text(encoding="utf-8")
    head, body = text.split("</head>", 1)
    assert '<style id="minutes-styles">' in head
    assert 'div[data-custom-style="Draft Mark"] { color: #b01e1e; font-weight: bold;' in head
    assert 'div[data-custom-style="Standing Rules"] { font-style: italic; }' in head
    assert 'div[data-custom-style="Decision Heading"] { font-style: italic;' in head
    assert '<div data-custom-style="Draft Mark">' in body
    assert "minutes-styles" not in body


def test_standard_output_gets_it_too(demo: Meeting) -> None:
    assert b'<style id="minutes-styles">' in render(demo, "html")


def test_a_fragment_is_left_alone() -> None:
    assert apply_html_styles(b"<p>x</p>") == b"<p>x</p>"


def test_html_reads_like_the_word_file(demo: Meeting) -> None:
    """Seen printed from Chromium: Times, ruled header table, the two signing rules run
    together and the names on the next page. Now Arial, no rules, the block kept whole."""
    html = render(demo, "html").decode("utf-8")
    head = html[: html.index("</head>")]
    assert 'font-family: Arial, "Liberation Sans"' in head
    assert (
        'table[data-custom-style="MinutesSignatureTable"] { margin-top: 2em; break-inside: avoid; }'
        in head
    )
    assert 'MinutesHeaderTable"] td:first-child { white-space: nowrap; }' in head
    body = html[html.index("<body>") :]
    assert body.count("<td>________________________</td>") == 2
