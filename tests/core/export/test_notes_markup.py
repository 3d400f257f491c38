"""The notes markup through the real pandoc: the subset renders as meant, and no typed
text, whatever it is, becomes a link, an image, raw HTML/LaTeX/Typst or an attribute."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pypandoc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from export import escape
from model import notes_markup

# What the notes markup may produce; anything else in the AST is typed text gone live.
ALLOWED_BLOCKS = {"Para", "Plain", "BulletList", "OrderedList", "Header", "Table"}
ALLOWED_INLINES = {"Str", "Space", "SoftBreak", "LineBreak", "Emph", "Strong"}


def ast(notes: str) -> dict[str, Any]:
    source = "\n\n".join(escape.notes_blocks(notes))
    return json.loads(pypandoc.convert_text(source, "json", format="markdown-smart"))


def html(notes: str) -> str:
    return pypandoc.convert_text(
        "\n\n".join(escape.notes_blocks(notes)), "html", format="markdown-smart"
    )


def _walk(node: Any, found: list[str]) -> None:
    if isinstance(node, list):
        for child in node:
            _walk(child, found)
    elif isinstance(node, dict):
        if "t" in node:
            found.append(node["t"])
        for value in node.values():
            _walk(value, found)


def _kinds(document: dict[str, Any]) -> set[str]:
    found: list[str] = []
    _walk(document["blocks"], found)
    return set(found)


def _text(node: Any) -> str:
    if isinstance(node, list):
        return "".join(_text(n) for n in node)
    if isinstance(node, dict):
        if node.get("t") == "Str":
            return str(node["c"])
        if node.get("t") in ("Space", "SoftBreak", "LineBreak"):
            return " "
        return _text(node.get("c", []))
    return ""


def _letters(text: str) -> list[str]:
    return sorted(c for c in unicodedata.normalize("NFC", text) if c.isalpha())


# Text that leans on markup: pandoc's and ours, HTML, LaTeX, Typst, links, attributes.
PIECES = st.sampled_from(
    [
        "*",
        "**",
        "_",
        "__",
        "`",
        "<",
        ">",
        "<b>",
        "</b>",
        "<script>",
        "&amp;",
        "[",
        "]",
        "(",
        ")",
        "![x](y.png)",
        "[a](javascript:alert(1))",
        "<http://x.se>",
        "{",
        "}",
        "{#id .c}",
        "{=html}",
        "```{=latex}",
        "\\textbf{x}",
        "$x$",
        "#set",
        "#",
        "## ",
        "|",
        "| a | b |",
        "|---|",
        "- ",
        "1. ",
        "2) ",
        ":::",
        "@cite",
        "[^1]",
        "^",
        "~",
        "\\",
        "\n",
        "\n\n",
        " ",
        "  ",
        "text",
        "ord",
        "Åsa",
        "5",
        "-",
        ":",
        "=",
        "+",
        "\t",
        "\r\n",
        "•",
        "http://x.se",
        "www.x.se",
        "x@y.se",
        "<!--",
        "-->",
    ]
)
NOTES = st.one_of(
    st.lists(PIECES, max_size=25).map("".join),
    st.text(max_size=60),
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(NOTES)
def test_no_typed_text_goes_live(notes: str) -> None:
    """Whatever is typed: only the markup's own nodes, and every letter typed is there."""
    document = ast(notes)
    kinds = _kinds(document)
    assert kinds <= ALLOWED_BLOCKS | ALLOWED_INLINES | _TABLE_PARTS, kinds - ALLOWED_BLOCKS
    assert _letters(_text(document["blocks"])) == _letters(notes)


@FAST
@given(NOTES)
def test_html_has_no_live_tags(notes: str) -> None:
    out = html(notes)
    for tag in ("<a ", "<img", "<script", "<b>", "<span", "<div", "<code", "href=", "<!--"):
        assert tag not in out


# Table alignment and list numbering: structure, not typed content.
_TABLE_PARTS = {
    "AlignDefault",
    "AlignLeft",
    "AlignRight",
    "AlignCenter",
    "ColWidthDefault",
    "ColWidth",
    "Decimal",
    "Period",
    "DefaultStyle",
    "DefaultDelim",
}

WORD = st.text(alphabet="abcåäöXYZ019.,;!?()", min_size=1, max_size=8).filter(
    lambda w: any(c.isalnum() for c in w)
)


@FAST
@given(
    st.lists(st.tuples(st.sampled_from(["text", "emph", "strong"]), WORD), min_size=1, max_size=6)
)
def test_emphasis_and_strong_render_as_typed(runs: list[tuple[str, str]]) -> None:
    """Words typed as *x* and **x** come out as Emph and Strong with exactly those words."""
    typed = " ".join({"text": w, "emph": f"*{w}*", "strong": f"**{w}**"}[k] for k, w in runs)
    para = ast(typed)["blocks"][0]
    assert para["t"] == "Para"
    got = [
        (
            {"Emph": "emph", "Strong": "strong"}.get(node["t"], "text"),
            _text(node) if node["t"] != "Str" else node["c"],
        )
        for node in para["c"]
        if node["t"] != "Space"
    ]
    assert got == list(runs)


def test_the_reference_minutes_markup() -> None:
    notes = (
        "Helene Olofsson presenterar.\n\n"
        "*Ordet lämnas fritt.*\n\n"
        "- **Möte med Region Stockholm** – Carina\n"
        "Vi har fått två förslag.\n"
        "- **Möte med Trafikverket**, Helena\n\n"
        "## Om uppdraget\n"
        "1. Uppdrag: säkra finansiering.\n"
        "2. Första möte\n\n"
        "### Budget\n"
        "| Post | Belopp |\n"
        "|---|---|\n"
        "| Lön | **100** kr |\n"
        "| Hyra |\n"
    )
    blocks = ast(notes)["blocks"]
    assert [b["t"] for b in blocks] == [
        "Para",
        "Para",
        "BulletList",
        "Header",
        "OrderedList",
        "Header",
        "Table",
    ]
    assert blocks[1]["c"][0]["t"] == "Emph"
    first_bullet = blocks[2]["c"][0][0]["c"]
    assert (
        first_bullet[0]["t"] == "Strong" and _text(first_bullet[0]) == "Möte med Region Stockholm"
    )
    assert "Vi har fått två förslag." in _text(blocks[2]["c"][0])  # the continuation line
    assert blocks[3]["c"][0] == 2 and _text(blocks[3]["c"][2]) == "Om uppdraget"
    assert blocks[3]["c"][1][1:] == [[], []]  # no class or attribute from the text
    assert [_text(i) for i in blocks[4]["c"][1]] == ["Uppdrag: säkra finansiering.", "Första möte"]
    assert blocks[5]["c"][0] == 3
    table = blocks[6]["c"]
    assert table[0][2] == [["custom-style", escape.NOTES_TABLE]]
    assert _text(table[3]) == "PostBelopp"  # the header row (cells joined)
    body = table[4][0][3]
    assert [[_text(cell[4]) for cell in row[1]] for row in body] == [
        ["Lön", "100 kr"],
        ["Hyra", ""],
    ]


def test_what_stays_literal() -> None:
    literal = [
        "5 * 3 * 2 och 5*3*2",
        "e_post_adress och _inte kursiv_",
        "# inte en rubrik",
        "2) inte en lista",
        "2022. Året då",
        "a. inte heller",
        "** inte fet **",
        "***tre***",
        "##ingen rubrik",
        "<b>x</b> [länk](javascript:x) ![bild](x.png) $x$ {#id}",
    ]
    blocks = ast("\n\n".join(literal))["blocks"]
    assert [b["t"] for b in blocks] == ["Para"] * len(literal)
    assert [_text(b["c"]) for b in blocks] == literal


def test_editor_spans_match_the_parser() -> None:
    line = "Ett *två* tre **fyra** 5*6*7"
    assert notes_markup.inline_spans(line) == [(4, 9, "emph"), (14, 22, "strong")]
    assert [r.kind for r in notes_markup.inlines(line)] == [
        "text",
        "emph",
        "text",
        "strong",
        "text",
    ]
