"""Take the README's screenshots: home, dyad and event pages, in headless chromium.

Ingests the given articles (default: the bundled ``examples/articles``) into a
temporary SQLite store, serves it on a loopback port and saves
``home.png``, ``dyad.png`` and ``event.png`` next to this file.

    python docs/screenshots/take.py examples/articles ../shared/seeds
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from detente.api import create_app
from detente.ingest import iter_articles
from detente.store import Store

HERE = Path(__file__).parent
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
DYAD = ("BLR", "FRA")
ON = "2021-10-20"  # the day after France's ambassador was ordered out


def serve(store: Store) -> tuple[uvicorn.Server, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def shoot(base: str, expulsion_id: int) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
        page.goto(f"{base}/?country={DYAD[0]}")
        page.locator("#world-map[data-ready=true]").wait_for()
        page.screenshot(path=HERE / "home.png", full_page=True)
        page.goto(f"{base}/relations/{DYAD[0]}/{DYAD[1]}?on={ON}")
        page.click(f"svg.timeline a.marker[data-event='{expulsion_id}']")
        page.locator("#evidence-panel").wait_for(state="visible")
        page.screenshot(path=HERE / "dyad.png", full_page=True)
        page.goto(f"{base}/events/{expulsion_id}")
        page.screenshot(path=HERE / "event.png", full_page=True)
        browser.close()


def main(paths: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{Path(folder) / 'screenshots.db'}")
        summary = store.ingest(iter_articles(paths))
        print(f"ingested {summary.articles_new} articles, {summary.events_new} events")
        [expulsion] = store.events(source=DYAD[0], target=DYAD[1], type="EXPEL_DIPLOMAT")
        server, base = serve(store)
        try:
            shoot(base, expulsion.id)
        finally:
            server.should_exit = True
            store.close()


if __name__ == "__main__":
    main(sys.argv[1:] or [str(HERE.parent.parent / "examples" / "articles")])
