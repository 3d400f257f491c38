"""``python -m bench.look``: the demo meeting's PDF (Typst path), page 1 as PNG in
docs/look/, for a reviewer to open and compare with the reference minutes."""

from __future__ import annotations

import sys
from pathlib import Path

from export import typst_pdf
from export.markdown import meeting_markdown
from model.demo import demo_meeting

OUT = Path(__file__).resolve().parent.parent / "docs" / "look"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    markdown = meeting_markdown(demo_meeting())
    for page in (1,):
        path = OUT / f"demo-sv-page-{page}.png"
        path.write_bytes(typst_pdf.typst_png(markdown, page=page, ppi=72))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
