"""The reference document's look in the HTML file.

pandoc's HTML writer keeps our custom styles only as ``data-custom-style`` attributes,
which no style sheet reads: the draft mark was plain black text, the standing rule and
the decision heading upright. This adds a small style sheet with the look of
``export/reference.docx`` (red bold draft mark and warnings, italic standing rule and
decision heading, bold approval line, a left-aligned title and sober heading sizes; Arial
as in the Word file, and the header and signature tables without rules, as there). Printed
(``@media print``), the page is A4 with the Word file's margins (2 cm, 2.5 cm at the
sides), 11 pt text and its paragraph spacing, so the print takes as many pages as the
Word file and the Typst PDF, and no heading is left alone at the foot of a page.
It only adds CSS: no typed text is touched.
"""

from __future__ import annotations

RED = "#b01e1e"

CSS = f"""
body {{ font-family: Arial, "Liberation Sans", Helvetica, sans-serif; line-height: 1.4;
  max-width: 44em; }}
header#title-block-header {{ text-align: left; margin-bottom: 1em; }}
header#title-block-header .title {{ font-size: 1.6em; }}
h1 {{ font-size: 1.3em; margin-top: 1.2em; }}
h2 {{ font-size: 1.1em; }}
h3 {{ font-size: 1em; }}
div[data-custom-style="Draft Mark"] {{ color: {RED}; font-weight: bold; font-size: 1.1em; }}
div[data-custom-style="Conflict Warning"] {{ color: {RED}; font-weight: bold; }}
div[data-custom-style="Standing Rules"] {{ font-style: italic; }}
div[data-custom-style="Decision Heading"] {{ font-style: italic; margin-top: 0.6em; }}
div[data-custom-style="Decision Heading"] p {{ margin-bottom: 0.2em; }}
div[data-custom-style="Approval Line"] {{ font-weight: bold; margin-top: 1em; }}
table[data-custom-style="MinutesHeaderTable"] td {{ vertical-align: top; }}
table[data-custom-style="MinutesHeaderTable"] td {{ padding: 0.1em 0.8em 0.1em 0; }}
table[data-custom-style="MinutesHeaderTable"] td:first-child {{ white-space: nowrap; }}
table[data-custom-style="MinutesHeaderTable"] tbody,
table[data-custom-style="MinutesSignatureTable"] tbody {{ border: none; }}
table[data-custom-style="MinutesSignatureTable"] {{ margin-top: 2em; break-inside: avoid; }}
table[data-custom-style="MinutesSignatureTable"] td {{ width: 50%; padding: 0.2em 3em 0.2em 0; }}
@page {{ size: A4; margin: 2cm 2.5cm; }}
@media print {{
  html, body {{ font-size: 11pt; }}
  body {{ max-width: none; margin: 0; padding: 0; line-height: 1.25; }}
  header#title-block-header {{ margin-bottom: 0.6em; }}
  header#title-block-header .title {{ font-size: 18pt; margin: 0 0 0.3em; }}
  p {{ margin: 5pt 0; }}
  ul, ol {{ margin: 2pt 0 6pt; }}
  li > p {{ margin: 2pt 0; }}
  h1 {{ font-size: 13pt; margin: 14pt 0 4pt; }}
  h2 {{ font-size: 11.5pt; margin: 10pt 0 3pt; }}
  h3 {{ font-size: 11pt; margin: 8pt 0 3pt; }}
  h1, h2, h3, h4 {{ break-after: avoid; page-break-after: avoid; }}
  table[data-custom-style="MinutesHeaderTable"] td {{ padding: 0 0.8em 0 0; }}
  table[data-custom-style="MinutesHeaderTable"] {{ margin-bottom: 0.5em; }}
}}
"""


def apply_html_styles(data: bytes) -> bytes:
    """``data`` (pandoc's standalone HTML) with the style sheet at the end of its head;
    anything else unchanged."""
    text = data.decode("utf-8", errors="strict") if data else ""
    marker = "</head>"
    if marker not in text:
        return data
    sheet = f'<style id="minutes-styles">{CSS}</style>\n'
    return text.replace(marker, sheet + marker, 1).encode("utf-8")
