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


def test_printed_html_takes_the_word_files_page(demo: Meeting) -> None:
    """Printed from Chromium the demo took 7 pages where Word and the Typst PDF take 5:
    pandoc's own print sheet (12 pt, 50 px padding, a 36 em column, 1 em between
    paragraphs) on the browser's default page. Now A4 with the Word file's margins, 11 pt
    and its spacing, and no heading left alone at the foot of a page (5 pages, seen)."""
    html = render(demo, "html").decode("utf-8")
    ours = html[html.index('<style id="minutes-styles">') : html.index("</head>")]
    assert "@page { size: A4; margin: 2cm 2.5cm; }" in ours
    printed = ours[ours.index("@media print") :]
    assert "html, body { font-size: 11pt; }" in printed
    assert "body { max-width: none; margin: 0; padding: 0;" in printed
    assert "p { margin: 5pt 0; }" in printed
    assert "h1, h2, h3, h4 { break-after: avoid;" in printed
    # ours comes after pandoc's sheet, so it wins where both set the same property
    assert html.index("font-size: 12pt") < html.index("html, body { font-size: 11pt; }")
