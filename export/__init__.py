"""Export of the minutes to docx, odt, html, md and pdf through pandoc (see exporter)."""
