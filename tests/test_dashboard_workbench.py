"""The analyst's workbench in headless Chromium, offline: clusters, the timeline brush, the
filter panel, filters in the URL, English/Spanish, the event page, and the token prompt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from conftest import (
    XSS,
    WebData,
    assert_clean,
    build_synthetic_db,
    guarded_page,
    serve_app,
    settle,
    shot,
)

pytestmark = pytest.mark.browser

ROWS = "#events-table tbody tr"


@pytest.fixture(scope="module")
def synth_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """300 events spread over seven places and a year."""
    from hito.api import create_app

    path = tmp_path_factory.mktemp("synth-web") / "events.db"
    build_synthetic_db(path, 300, per_report=10)
    with serve_app(create_app(path, allow_anonymous=True)) as url:
        yield url


def _query(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_many_events_are_clustered_and_coloured(browser: Any, synth_server: str) -> None:
    with guarded_page(browser, synth_server + "/") as page:
        clusters = page.locator(".hito-cluster")
        assert clusters.count() >= 2
        counts = [int(c.get_attribute("data-count")) for c in clusters.all()]
        singles = page.locator("path.hito-marker").count()
        assert sum(counts) + singles == 300
        assert "conic-gradient" in (clusters.first.get_attribute("style") or "")
        assert "300 events" in page.locator("#status").inner_text()
        shot(page, "dashboard-clusters")
        biggest = max(clusters.all(), key=lambda c: int(c.get_attribute("data-count")))
        n_biggest = int(biggest.get_attribute("data-count"))
        biggest.click()
        settle(page)
        # zoomed in: that cluster is split up, or (all at one spot) listed in the panel
        listed = page.get_by_test_id("cluster-list")
        if listed.count():
            assert listed.locator("li").count() == min(50, n_biggest)
        else:
            after = [
                int(c.get_attribute("data-count")) for c in page.locator(".hito-cluster").all()
            ]
            assert max(after, default=0) < n_biggest
        assert_clean(page)


def test_type_filter_recolours_clusters(browser: Any, synth_server: str) -> None:
    with guarded_page(browser, synth_server + "/") as page:
        page.select_option("#type-filter", "DISPLACE")
        settle(page)
        assert page.locator(ROWS).count() == 60
        types = {r.inner_text().split("\t")[1].strip() for r in page.locator(ROWS).all()}
        assert types == {"DISPLACE"}
        assert _query(page)["type"] == ["DISPLACE"]
        total = (
            sum(int(c.get_attribute("data-count")) for c in page.locator(".hito-cluster").all())
            + page.locator("path.hito-marker").count()
        )
        assert total == 60
        assert "60 events" in page.locator("#status").inner_text()
        assert_clean(page)


def test_table_loads_more_with_the_next_page(browser: Any, synth_server: str) -> None:
    with guarded_page(browser, synth_server + "/") as page:
        assert page.locator(ROWS).count() == 100
        page.locator("#more").click()
        settle(page)
        assert page.locator(ROWS).count() == 200
        ids = [r.get_attribute("data-event-id") for r in page.locator(ROWS).all()]
        assert len(set(ids)) == 200
        dates = [r.locator("td").first.inner_text() for r in page.locator(ROWS).all()]
        assert dates == sorted(dates, reverse=True)
        assert_clean(page)


def _drag_weeks(page: Any, first_week: str, last_week: str) -> None:
    a = page.locator(f"rect.tl-bar[data-week='{first_week}']").first.bounding_box()
    b = page.locator(f"rect.tl-bar[data-week='{last_week}']").first.bounding_box()
    y = a["y"] + a["height"] / 2
    page.mouse.move(a["x"] + 1, y)
    page.mouse.down()
    page.mouse.move((a["x"] + b["x"]) / 2, y, steps=4)
    page.mouse.move(b["x"] + b["width"] - 1, y, steps=4)
    page.mouse.up()


def test_brushing_the_timeline_filters_map_and_table(
    browser: Any, live_server: tuple[str, WebData]
) -> None:
    base, data = live_server
    with guarded_page(browser, base + "/") as page:
        bars = page.locator("rect.tl-bar")
        assert {b.get_attribute("data-week") for b in bars.all()} == {
            "2024-06-03",
            "2024-06-10",
            "2024-07-01",
        }
        assert page.evaluate("typeof d3.brushX") == "function"  # the vendored chart library
        _drag_weeks(page, "2024-06-03", "2024-06-10")
        settle(page)
        assert page.locator(ROWS).count() == 2
        assert page.locator("path.hito-marker").count() == 2
        assert page.locator(f"tr[data-event-id='{data.ids['xss']}']").count() == 0
        q = _query(page)
        assert q["date_from"] == ["2024-06-03"] and q["date_to"] == ["2024-06-16"]
        assert page.input_value("#f-date_from") == "2024-06-03"
        assert page.get_by_test_id("timeline-brush").get_attribute("visibility") == "visible"
        assert bars.count() == 3  # the timeline keeps its context
        shot(page, "dashboard-brushed")
        page.locator("#timeline-clear").click()
        settle(page)
        assert page.locator(ROWS).count() == 3
        assert "date_from" not in _query(page)
        assert_clean(page)


def test_filters_come_from_the_url_and_survive_reload(
    browser: Any, live_server: tuple[str, WebData]
) -> None:
    base, data = live_server
    with guarded_page(browser, base + "/?country=MX&q=cocaina&lang=es") as page:
        assert page.locator(ROWS).count() == 1
        assert page.locator(f"tr[data-event-id='{data.ids['seizure']}']").count() == 1
        assert page.input_value("#f-country") == "MX"
        assert page.input_value("#f-q") == "cocaina"
        assert page.locator("label[for='type-filter']").inner_text() == "Tipo de evento"
        assert page.evaluate("document.documentElement.lang") == "es"
        page.reload()
        page.wait_for_selector("body[data-ready='true']")
        settle(page)
        assert page.locator(ROWS).count() == 1
        assert_clean(page)


def test_selected_event_is_in_the_url(browser: Any, live_server: tuple[str, WebData]) -> None:
    base, data = live_server
    with guarded_page(browser, base + f"/?event={data.ids['shootout']}") as page:
        assert "Gunmen from Mexico" in page.get_by_test_id("evidence").inner_text()
        page.locator(f"tr[data-event-id='{data.ids['seizure']}']").click()
        settle(page)
        assert _query(page)["event"] == [data.ids["seizure"]]
        assert_clean(page)


def test_filter_panel_search_and_actor(browser: Any, live_server: tuple[str, WebData]) -> None:
    base, data = live_server
    with guarded_page(browser, base + "/") as page:
        page.fill("#f-q", "cocaína")
        settle(page)
        assert page.locator(ROWS).count() == 1
        page.fill("#f-q", "")
        page.fill("#f-actor", "police")
        settle(page)
        assert [r.get_attribute("data-event-id") for r in page.locator(ROWS).all()] == [
            data.ids["shootout"]
        ]
        page.select_option("#f-cross_border", "false")
        settle(page)
        assert page.locator(ROWS).count() == 0
        assert page.locator("#table-empty").is_visible()
        page.locator("#clear-filters").click()
        settle(page)
        assert page.locator(ROWS).count() == 3
        assert _query(page).keys() == {"lang"}
        assert_clean(page)


def test_language_toggle(browser: Any, live_server: tuple[str, WebData]) -> None:
    base, data = live_server
    with guarded_page(browser, base + "/") as page:
        assert page.locator("label[for='type-filter']").inner_text() == "Event type"
        page.locator(f"tr[data-event-id='{data.ids['shootout']}']").click()
        page.get_by_test_id("evidence").wait_for()
        page.get_by_test_id("lang-toggle").click()
        assert page.locator("label[for='type-filter']").inner_text() == "Tipo de evento"
        assert page.get_by_test_id("lang-toggle").inner_text() == "English"
        assert page.locator("#filters-title").inner_text().upper() == "FILTROS"
        assert "Agresión" in page.get_by_test_id("legend").inner_text()
        assert "ASSAULT" in page.get_by_test_id("legend").inner_text()
        assert "muertos 2" in page.locator("#detail").inner_text()
        assert "eventos" in page.locator("#status").inner_text()
        assert _query(page)["lang"] == ["es"]
        shot(page, "dashboard-es")
        page.get_by_test_id("lang-toggle").click()
        assert page.locator("label[for='type-filter']").inner_text() == "Event type"
        assert_clean(page)


def test_event_page_highlights_the_evidence(browser: Any, live_server: tuple[str, WebData]) -> None:
    base, data = live_server
    with guarded_page(browser, base + "/") as page:
        page.locator(f"tr[data-event-id='{data.ids['shootout']}']").click()
        page.get_by_test_id("open-event-page").click()
        page.wait_for_selector("body[data-ready='true']")
        assert urlparse(page.url).path == f"/event/{data.ids['shootout']}"
        marks = [m.inner_text() for m in page.get_by_test_id("highlight").all()]
        assert marks == [
            "Gunmen from Mexico opened fire on police in La Mesilla on Monday.",
            "Two people were killed and three were injured in the shootout.",
        ]
        link = page.get_by_test_id("sources").locator("a")
        assert link.get_attribute("href") == "https://example.org/news/la-mesilla"
        assert link.inner_text() == "Shootout in La Mesilla"
        assert "killed 2" in page.locator("#event").inner_text()
        assert "No changes recorded." in page.get_by_test_id("history").inner_text()
        shot(page, "event-page")
        page.get_by_test_id("lang-toggle").click()
        assert "Resaltadas" in page.locator("#event").inner_text()
        page.locator("#back").click()
        page.wait_for_selector("body[data-ready='true']")
        assert urlparse(page.url).path == "/"
        assert_clean(page)


def test_event_page_shows_hostile_text_as_text(
    browser: Any, live_server: tuple[str, WebData]
) -> None:
    base, data = live_server
    with guarded_page(browser, base + f"/event/{data.ids['xss']}") as page:
        article = page.locator("#event")
        assert XSS in page.get_by_test_id("highlight").first.inner_text()
        assert XSS in page.get_by_test_id("evidence").inner_text()
        assert '<img src=x onerror="alert(2)">' in article.inner_text()
        assert "Residents <b>bold</b>" in article.inner_text()
        assert article.locator("script, img, b").count() == 0
        assert article.locator("a").count() == 0  # the javascript: URL is not a link
        page.wait_for_timeout(300)
        shot(page, "event-hostile")
        assert_clean(page)


def test_unknown_event_page(browser: Any, live_server: tuple[str, WebData]) -> None:
    base, _ = live_server
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "/event/no-such-event")
    page.wait_for_selector("body[data-ready='true']")
    assert "no event with this id" in page.locator("#event").inner_text()
    context.close()


def test_closed_server_asks_for_a_token(browser: Any, tmp_path: Path) -> None:
    from hito.api import create_app
    from hito.api.tokens import create_token
    from hito.store import Store

    path = tmp_path / "closed.db"
    build_synthetic_db(path, 5)
    with Store(path) as store:
        token, _ = create_token(store, "reader", "browser test")
    with serve_app(create_app(path)) as url, guarded_page(browser, url + "/", ready=False) as page:
        dialog = page.get_by_test_id("token-dialog")
        dialog.wait_for()
        page.fill("#token-input", "hito_000000000000_wrong")
        page.keyboard.press("Enter")
        page.get_by_text("That token was refused.").wait_for()
        page.fill("#token-input", token)
        page.keyboard.press("Enter")
        page.wait_for_selector("body[data-ready='true']", timeout=15_000)
        settle(page)
        assert page.locator(ROWS).count() == 5
        page.errors[:] = [e for e in page.errors if "401" not in e]  # the refused calls
        assert_clean(page)


def test_editor_splits_and_merges_on_the_event_page(browser: Any, tmp_path: Path) -> None:
    from conftest import build_web_db
    from hito.api import create_app
    from hito.api.tokens import create_token
    from hito.store import Store

    data = build_web_db(tmp_path / "edit.db")
    survivor, seizure = data.ids["shootout"], data.ids["seizure"]
    with Store(data.path) as store:
        store.merge_events([survivor, seizure])
        reader, _ = create_token(store, "reader", "reader")
        editor, _ = create_token(store, "editor", "Ana in the browser")
    app = create_app(data.path, allow_anonymous=True)
    with serve_app(app) as url, guarded_page(browser, url + f"/event/{survivor}") as page:
        assert page.get_by_test_id("split-source").count() == 2
        page.locator("[data-testid='split-source'][value]").nth(1).check()
        page.fill("#edit-note", "two incidents")
        page.get_by_test_id("split").click()
        # anonymous may only read, and a reader may not edit: the page asks for a token
        page.get_by_test_id("token-dialog").wait_for()
        page.fill("#token-input", reader)
        page.keyboard.press("Enter")
        page.get_by_text("That token was refused.").wait_for()
        page.fill("#token-input", editor)
        page.keyboard.press("Enter")
        page.get_by_test_id("new-event").wait_for()
        new_id = page.get_by_test_id("new-event").inner_text()
        assert new_id and new_id != survivor
        history = page.get_by_test_id("history").inner_text()
        assert "split" in history and "Ana in the browser" in history
        assert "two incidents" in history
        assert page.get_by_test_id("split-source").count() == 0  # one report left
        shot(page, "event-split")
        page.fill("#merge-ids", new_id)
        page.get_by_test_id("merge").click()
        page.get_by_text("Merged into this event").wait_for()
        assert page.get_by_test_id("split-source").count() == 2
        history = page.get_by_test_id("history").inner_text()
        assert history.count("Ana in the browser") == 2
        page.errors[:] = [e for e in page.errors if "401" not in e and "403" not in e]
        assert_clean(page)
