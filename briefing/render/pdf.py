"""PDF stage: brief.html -> brief.pdf bytes, with WeasyPrint.

WeasyPrint is imported inside the functions, so `briefing --help` does not pay for it.
It fetches every URL in the document through `TemplateFetcher`, which serves regular files
inside templates/ (fonts) and refuses everything else: http(s), file:// elsewhere, data:,
devices such as /dev/urandom (which would hang it). The PDF's identifier and dates come
from the brief, so the same brief gives the same bytes.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import hashlib
import io
import logging
import os
import shutil
import stat
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from briefing.brief import Brief
from briefing.errors import BriefingError, OutputError
from briefing.gcpause import paused_gc
from briefing.render.analysis_html import TOC_HIDDEN, TOC_SHOWN

logger = logging.getLogger(__name__)


TOC_AFTER_PAGES = 3  # a PDF longer than this gets a table of contents
TOC_MARGIN = 3  # pages: more than the contents of a brief that short could fill
# A longer PDF is cut to this many pages, with a warning. The brief's text is bounded
# before it gets here (render/bounds.py); this is the last guard on the email's size.
MAX_PDF_PAGES = 200


class RefusedURL(ValueError):
    """A URL outside what the PDF may fetch (only files inside templates/)."""


def template_file(url: str, templates: Path) -> Path:
    """Return the file a `file:` URL names if it is a regular file inside `templates`.

    Raise RefusedURL for any other scheme, a path outside `templates` (after resolving
    symbolic links and ".."), or anything that is not a regular file.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        raise RefusedURL(f"refused to fetch {url[:200]!r}: only the template files are served")
    root = templates.resolve()
    try:
        path = Path(unquote(parts.path)).resolve()
    except (OSError, ValueError) as error:  # e.g. an embedded NUL, a symlink loop
        raise RefusedURL(f"refused to fetch {url[:200]!r}: {error}") from error
    if not path.is_relative_to(root):
        raise RefusedURL(f"refused to fetch {url[:200]!r}: outside {root}")
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise RefusedURL(f"refused to fetch {url[:200]!r}: {error.strerror}") from error
    if not stat.S_ISREG(mode):
        raise RefusedURL(f"refused to fetch {url[:200]!r}: not a regular file")
    return path


def make_fetcher(templates: Path) -> Any:
    """Return a WeasyPrint URL fetcher that serves regular files inside `templates` only."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class TemplateFetcher(URLFetcher):  # type: ignore[misc]
        """Serve template files; refuse every other URL without opening it."""

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            try:
                path = template_file(url, templates)
            except RefusedURL:
                logger.warning("PDF: refused to fetch %.200r", url)
                raise
            return URLFetcherResponse(path.as_uri(), path.read_bytes())

    # No handlers are used (fetch never calls urllib), but keep redirects off regardless.
    return TemplateFetcher(allowed_protocols=("file",), allow_redirects=False)


class _QuietSubsetWarning(logging.Filter):
    """Drop WeasyPrint's advice to install HarfBuzz-Subset: fontTools subsets as well."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "HarfBuzz-Subset" not in record.getMessage()


@contextlib.contextmanager
def _source_date(epoch: int) -> Iterator[None]:
    """Set SOURCE_DATE_EPOCH while rendering: fontTools stamps font subsets with it."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def pdf_identifier(html: str) -> bytes:
    """Derive the PDF's file identifier from its content (WeasyPrint would make one up)."""
    return hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")


def _render_with_contents(load: Callable[[str], Any], html: str, fonts: list[Any]) -> Any:
    """Lay the document out, with its table of contents if it runs over TOC_AFTER_PAGES pages.

    The contents (analysis/html.py) are shown first, so that a long brief, the one that is
    slow to lay out, is laid out once. Only a result within TOC_MARGIN pages of the limit,
    where the contents' own pages could tip it, is laid out again without them to count.
    Each font configuration made is added to `fonts`, for `_remove_font_folders`.
    """
    from weasyprint.text.fonts import FontConfiguration

    def render(text: str) -> Any:
        fonts.append(FontConfiguration())
        return load(text).render(font_config=fonts[-1])

    if TOC_HIDDEN not in html:
        return render(html)
    shown = render(html.replace(TOC_HIDDEN, TOC_SHOWN, 1))
    if len(shown.pages) > TOC_AFTER_PAGES + TOC_MARGIN:
        return shown
    hidden = render(html)
    return shown if len(hidden.pages) > TOC_AFTER_PAGES else hidden


def _remove_font_folders(fonts: list[Any]) -> None:
    """Remove the temporary folder (/tmp/weasyprint-*) of each font configuration now.

    WeasyPrint removes it when the configuration is deleted, but the configuration sits in
    a reference cycle, which only the cycle collector frees, and the build pauses the
    collector (gcpause.py): every build left 2.4 MB in /tmp. `_folder` is WeasyPrint's own
    attribute (70.0); tests/test_pdf.py checks that the temporary folder gains nothing.
    """
    for config in fonts:
        folder = getattr(config, "_folder", None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
            config._folder = None


def _bounded(rendered: Any, brief: Brief) -> Any:
    """Keep the first MAX_PDF_PAGES pages of a longer document, with a warning."""
    total = len(rendered.pages)
    if total <= MAX_PDF_PAGES:
        return rendered
    logger.warning("PDF for %s: %d pages, cut to the first %d (brief.html and brief.md hold "
                   "it all)", brief.date, total, MAX_PDF_PAGES)
    return rendered.copy(rendered.pages[:MAX_PDF_PAGES])


def render_pdf(html: str, brief: Brief, templates: Path, variant: str = "",
               attachments: Mapping[str, bytes] | None = None) -> bytes:
    """Render brief.html to PDF bytes: A4, the same bytes for the same brief.

    The title and dates in the PDF's metadata come from the HTML's <title> and
    dcterms.created/modified meta elements, which render.py sets from the brief.
    `variant` is "" or a WeasyPrint PDF variant ("pdf/a-3b", "pdf/ua-1"); `attachments`
    (file name -> bytes) are embedded as associated files (PDF/A-3 allows them).
    """
    import weasyprint

    root = templates.resolve()

    def load(text: str) -> Any:
        return weasyprint.HTML(string=text, base_url=root.as_uri() + "/",
                               url_fetcher=make_fetcher(root), media_type="print")

    options: dict[str, Any] = {"pdf_identifier": pdf_identifier(html)}
    if variant:
        options["pdf_variant"] = variant
    if attachments:
        stamp = dt.datetime.combine(brief.date, dt.time(), dt.UTC)
        options["attachments"] = [
            weasyprint.Attachment(file_obj=io.BytesIO(data), name=name, created=stamp,
                                  modified=stamp, relationship="Data",
                                  description=f"{name} of the brief of {brief.date}")
            for name, data in sorted(attachments.items())
        ]
    quiet = _QuietSubsetWarning()
    weasy_logger = logging.getLogger("weasyprint")
    weasy_logger.addFilter(quiet)
    epoch = calendar.timegm(brief.date.timetuple())
    fonts: list[Any] = []
    try:
        # The layout makes a box for every word; the paused cycle collector (gcpause.py)
        # saves about 30% of the time.
        with _source_date(epoch), paused_gc():
            rendered = _bounded(_render_with_contents(load, html, fonts), brief)
            data = rendered.write_pdf(**options)
    except OSError as error:  # WeasyPrint writes only its font files (to the temporary folder)
        where = f" ({error.filename})" if error.filename else ""
        raise OutputError(f"could not render the PDF for {brief.date}: "
                          f"{error.strerror or error}{where}") from error
    finally:
        weasy_logger.removeFilter(quiet)
        _remove_font_folders(fonts)
    if not isinstance(data, bytes):
        raise BriefingError(f"could not render the PDF for {brief.date}: no output")
    logger.debug("PDF for %s: %d pages, %d bytes", brief.date, len(rendered.pages), len(data))
    return data
