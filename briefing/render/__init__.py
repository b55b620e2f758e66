"""Stage 5, rendering: a `Brief` -> brief.md, brief.html, brief.pdf and statements.json.

Input: the Brief the pipeline built. Output: bytes for each file, written atomically by
outputs.py. markdown.py renders the Jinja templates and turns the Markdown into HTML;
analysis_html.py (a Markdown extension) and charts.py present the situation picture from
the analysis's plain data; pdf.py prints the HTML.
All presentation lives here and in templates/.
"""
