"""The pages in a real headless browser: Debian's chromium driven by Playwright.

The app runs under uvicorn on a loopback port; chromium is launched from
``/usr/bin/chromium`` (no browser download) with networking extras off, and
every request it makes must stay on that port.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import uvicorn

from api_world import (
    CREDENTIALS,
    EXPULSION,
    EXPULSION_ARTICLE,
    IDS,
    LATVIA,
    LATVIA_TEXT,
    TOKEN,
    fill,
)
from detente.api import create_app
from detente.api.workers import ExtractionPool
from detente.store import Store

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(store: Store) -> Iterator[str]:
    """The app over ``store``, served by uvicorn on a loopback port; yields its base URL."""
    port = free_port()
    extraction = ExtractionPool()
    extraction.run(len, "warm-up")  # a worker is up, its model loaded, before a form is sent
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(store, token=TOKEN, extraction=extraction),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    """The app over the small world."""
    with Store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'world.db'}") as store:
        fill(store)
        with serving(store) as url:
            yield url


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip(f"no chromium at {CHROMIUM}: apt-get install chromium")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@contextmanager
def browsing(browser, base_url: str) -> Iterator:
    """A fresh page on ``base_url``; every request it makes must stay on that server."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    opened = context.new_page()
    requests_seen = []
    opened.on("request", lambda request: requests_seen.append(request.url))
    yield opened
    assert all(url.startswith(base_url) for url in requests_seen), requests_seen
    context.close()


@pytest.fixture
def page(browser, base_url):
    with browsing(browser, base_url) as opened:
        yield opened


def test_dyad_page_marker_opens_its_evidence(page):
    page.goto("/relations/belarus/france")
    panel = page.locator("#evidence-panel")
    assert not panel.is_visible()
    head = page.locator(".state-table tr", has_text="Head of mission")
    assert "expelled" in head.inner_text()
    page.click(f"svg.timeline a.marker[data-event='{IDS['expulsion']}']")
    panel.wait_for(state="visible")
    assert panel.locator("[data-field=evidence]").inner_text() == EXPULSION
    assert panel.locator("[data-field=heading]").inner_text() == (
        "Expels diplomats: Belarus → France, 17 Oct 2021 (asserted)"
    )
    assert panel.locator("[data-field=source]").inner_text() == (
        "French envoy ordered out · Euro Wire · 1 source"
    )
    page.click(f"svg.timeline a.marker[data-event='{IDS['credentials']}']")
    page.wait_for_function(
        f"document.getElementById('evidence-panel').dataset.event === '{IDS['credentials']}'"
    )
    assert panel.locator("[data-field=evidence]").inner_text() == CREDENTIALS
    assert page.url.endswith(f"#event-{IDS['credentials']}")
    page.click("#evidence-panel a:has-text('in context')")
    page.wait_for_url(f"**/events/{IDS['credentials']}")
    assert page.locator("mark").inner_text() == CREDENTIALS


def test_ingest_form_with_a_token(page):
    """The real extraction pipeline behind the form."""
    page.goto("/ingest")
    page.fill("input[name=title]", "Latvia expels envoy")
    page.fill("input[name=published]", "2021-05-26")
    page.fill("textarea[name=text]", LATVIA_TEXT)
    page.fill("input[name=token]", "not the token")
    page.click("#ingest-form button[type=submit]")
    assert page.locator("[role=alert]").inner_text() == (
        "Wrong or missing token: nothing was stored."
    )
    page.fill("input[name=token]", TOKEN)
    page.click("#ingest-form button[type=submit]")
    assert "1 event extracted" in page.locator("[role=status]").inner_text()
    assert page.locator("#extracted td.evidence").inner_text() == LATVIA
    page.click("#extracted a:has-text('Latvia → Belarus')")
    head = page.locator(".state-table tr", has_text="Head of mission")
    assert "expelled" in head.inner_text()


def test_home_map_colours_the_chosen_countrys_relations(page):
    page.goto("/?country=belarus")
    page.locator("#world-map[data-ready=true]").wait_for()
    assert page.locator("#world-map path").count() > 200
    assert page.get_attribute("#world-map path[data-code=FRA]", "class") == "no-ambassador"
    assert page.get_attribute("#world-map path[data-code=BLR]", "class") == "chosen"
    page.locator("#world-map path[data-code=GBR]").dispatch_event("click")
    page.wait_for_url("**/relations/BLR/GBR")


def test_pasted_article_shows_the_expulsion_on_the_dyad_page(browser, tmp_path):
    """Paste a seed-like article, then see France's ambassador expelled on 20 October 2021."""
    with (
        Store(f"sqlite:///{tmp_path / 'fresh.db'}") as store,
        serving(store) as url,
        browsing(browser, url) as page,
    ):
        page.goto("/ingest")
        page.fill("textarea[name=text]", EXPULSION_ARTICLE)
        page.fill("input[name=token]", TOKEN)
        page.click("#ingest-form button[type=submit]")
        page.locator("[role=status]").wait_for()
        page.goto("/relations/BLR/FRA?on=2021-10-20")
        head = page.locator(".state-table tr", has_text="Head of mission")
        assert "expelled" in head.inner_text()
        [expulsion] = store.events(source="BLR", target="FRA", type="EXPEL_DIPLOMAT")
        page.click(f"svg.timeline a.marker[data-event='{expulsion.id}']")
        evidence = page.locator("#evidence-panel [data-field=evidence]")
        evidence.wait_for()
        assert evidence.inner_text() == expulsion.evidence
        assert evidence.inner_text().startswith("France's ambassador has been ordered out")
