"""HTML to PDF by printing it with headless Chromium through Playwright (no new system
dependency: the Chromium the browser tests use, or Playwright's own)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


class PdfError(RuntimeError):
    """The PDF could not be made (no Playwright, no Chromium...)."""


def chromium_path() -> str | None:
    """$HITO_CHROMIUM, else /usr/bin/chromium or another Chromium on PATH; None lets
    Playwright use the browser it installed itself."""
    configured = os.environ.get("HITO_CHROMIUM")
    if configured:
        return configured
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html: str, out: Path) -> Path:
    """Print `html` (self-contained; nothing is fetched) to an A4 PDF at `out`."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as exc:
        raise PdfError("the PDF needs Playwright: pip install playwright") from exc
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium_path(), args=ARGS)
            try:
                page = browser.new_page()
                # The report holds everything it shows; anything else must not load.
                page.route(
                    "**/*",
                    lambda route: (
                        route.continue_()
                        if route.request.url.startswith(("data:", "about:"))
                        else route.abort()
                    ),
                )
                page.set_content(html, wait_until="load")
                page.pdf(
                    path=str(out),
                    format="A4",
                    print_background=True,
                    prefer_css_page_size=True,
                    display_header_footer=True,
                    header_template="<span></span>",
                    footer_template=(
                        '<div style="font-size:7pt;color:#6b7480;width:100%;text-align:center">'
                        '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
                    ),
                )
            finally:
                browser.close()
    except Error as exc:
        raise PdfError(f"Chromium could not print the report: {exc}") from exc
    return out
