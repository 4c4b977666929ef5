"""The dashboard in a real headless Chromium (Debian's), offline: map, table, filter, evidence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from conftest import XSS, WebData, assert_clean, guarded_page, settle, shot

pytestmark = pytest.mark.browser


@pytest.fixture()
def page(browser: Any, live_server: tuple[str, WebData]) -> Iterator[Any]:
    """The dashboard, loaded, on a page that may only talk to 127.0.0.1."""
    base, _ = live_server
    with guarded_page(browser, base + "/") as pg:
        yield pg


def _shot(page: Any, name: str) -> None:
    shot(page, f"dashboard-{name}")


def _clean(page: Any) -> None:
    assert_clean(page)


def test_map_table_and_legend_load_offline(page: Any, live_server: tuple[str, WebData]) -> None:
    _, data = live_server
    markers = page.locator("path.hito-marker")
    rows = page.locator("#events-table tbody tr")
    assert markers.count() == len(data.ids) == 3
    assert rows.count() == 3
    assert page.locator("path.hito-country").count() > 100  # outlines came from /static
    assert page.locator("path.hito-admin1").count() == 5  # state/department lines, per country
    legend = page.get_by_test_id("legend")
    for t in ("ASSAULT", "COERCE", "PROTEST"):
        assert t in legend.inner_text()
    row = page.locator(f"tr[data-event-id='{data.ids['seizure']}']")
    text = row.inner_text()
    for expected in (
        "2024-06-10",
        "COERCE",
        "seize",
        "Frontera Comalapa",
        "MX",
        "Chiapas",
        "Mexican Army",
        "arrested 4",
        "weapons seized 12",
        "30 kg cocaine",
        "reported",
    ):
        assert expected in text
    _shot(page, "overview")
    _clean(page)


def test_type_filter_changes_table_and_markers(page: Any, live_server: tuple[str, WebData]) -> None:
    _, data = live_server
    page.select_option("#type-filter", "COERCE")
    settle(page)
    assert page.locator("#events-table tbody tr").count() == 1
    assert page.locator("path.hito-marker").count() == 1
    assert page.locator(f"path.hito-marker[data-event-id='{data.ids['seizure']}']").count() == 1
    assert "Frontera Comalapa" in page.locator("#events-table tbody").inner_text()
    _shot(page, "filtered")
    page.select_option("#type-filter", "")
    settle(page)
    assert page.locator("#events-table tbody tr").count() == 3
    assert page.locator("path.hito-marker").count() == 3
    _clean(page)


def test_clicking_a_row_shows_evidence_and_sources(
    page: Any, live_server: tuple[str, WebData]
) -> None:
    _, data = live_server
    page.locator(f"tr[data-event-id='{data.ids['shootout']}']").click()
    evidence = page.get_by_test_id("evidence")
    assert "Gunmen from Mexico opened fire on police in La Mesilla" in evidence.inner_text()
    assert "Two people were killed" in evidence.inner_text()
    link = page.get_by_test_id("sources").locator("a")
    assert link.get_attribute("href") == "https://example.org/news/la-mesilla"
    assert link.inner_text() == "Shootout in La Mesilla"
    assert "selected" in (
        page.locator(f"tr[data-event-id='{data.ids['shootout']}']").get_attribute("class") or ""
    )
    _shot(page, "row-selected")
    _clean(page)


def test_clicking_a_marker_shows_evidence(page: Any, live_server: tuple[str, WebData]) -> None:
    _, data = live_server
    page.locator(f"path.hito-marker[data-event-id='{data.ids['seizure']}']").click()
    assert "aseguraron 12 armas" in page.get_by_test_id("evidence").inner_text()
    assert "selected" in (
        page.locator(f"tr[data-event-id='{data.ids['seizure']}']").get_attribute("class") or ""
    )
    _clean(page)


def test_hostile_evidence_is_text_not_code(page: Any, live_server: tuple[str, WebData]) -> None:
    _, data = live_server
    page.locator(f"tr[data-event-id='{data.ids['xss']}']").click()
    detail = page.locator("#detail")
    assert XSS in page.get_by_test_id("evidence").inner_text()
    assert '<img src=x onerror="alert(2)">' in detail.inner_text()  # title shown as text
    assert "Residents <b>bold</b>" in detail.inner_text()
    assert detail.locator("script, img, b").count() == 0
    assert page.locator("#events-table b").count() == 0
    assert page.get_by_test_id("sources").locator("a").count() == 0  # javascript: URL: no link
    assert detail.locator("a[href^='javascript']").count() == 0
    page.wait_for_timeout(300)
    _shot(page, "hostile-text")
    _clean(page)
