"""Export of the demo meeting to docx against bare pandoc converting the same Markdown
with the same reference document, in the same run. Target: at most 50 ms on top."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pypandoc

from bench.harness import Report, measure
from export import typst_pdf
from export.exporter import export_meeting, render
from export.markdown import meeting_markdown
from export.pandoc import MARKDOWN, REFERENCE_DOCX
from model.demo import demo_meeting
from model.meeting import Meeting

TARGET_MS = 50.0
PDF_TARGET_MS = 1000.0  # a click in the export dialog; LibreOffice takes seconds


def run(report: Report) -> None:
    meeting = demo_meeting()
    markdown = meeting_markdown(meeting)
    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        base = Path(folder)

        def bare() -> None:
            pypandoc.convert_text(
                markdown,
                "docx",
                format=MARKDOWN,
                outputfile=str(base / "bare.docx"),
                extra_args=["--quiet", "--standalone", "--reference-doc", str(REFERENCE_DOCX)],
                encoding="utf-8",
            )

        def ours() -> None:
            export_meeting(meeting, "docx", base / "ours.docx")

        # Interleave so both see the same machine load.
        reference: list[float] = []
        samples: list[float] = []
        for _ in range(5):
            reference += measure(bare, repeat=3, warmup=1)
            samples += measure(ours, repeat=3, warmup=1)
        markdown_only = measure(lambda: meeting_markdown(meeting), repeat=30)
    report.add(
        "export demo meeting to docx",
        samples,
        reference="bare pandoc, same Markdown and reference.docx",
        reference_samples=reference,
        target=f"<= {TARGET_MS:.0f} ms over pandoc (median)",
        met=lambda r: (
            r.reference_median_ms is not None and r.median_ms - r.reference_median_ms <= TARGET_MS
        ),
    )
    report.add("build the Markdown of the demo meeting", markdown_only)
    _pdf(report, meeting, markdown)


def _pdf(report: Report, meeting: Meeting, markdown: str) -> None:
    """The Typst PDF against pandoc alone writing the same Markdown as Typst: what the
    style wrappers (a JSON round trip) and the compiler add."""
    import typst

    def bare() -> None:
        pypandoc.convert_text(markdown, "typst", format=MARKDOWN, extra_args=["--standalone"])

    source = typst_pdf.typst_source(markdown).encode("utf-8")
    reference: list[float] = []
    samples: list[float] = []
    for _ in range(3):
        reference += measure(bare, repeat=3, warmup=1)
        samples += measure(lambda: render(meeting, "pdf"), repeat=3, warmup=1)
    report.add(
        "export demo meeting to pdf (Typst)",
        samples,
        reference="bare pandoc writing the same Markdown as Typst source",
        reference_samples=reference,
        target=f"<= {PDF_TARGET_MS:.0f} ms (median)",
        met=lambda r: r.median_ms <= PDF_TARGET_MS,
    )
    report.add(
        "typst compile of the demo (source ready)", measure(lambda: typst.compile(source), repeat=9)
    )
