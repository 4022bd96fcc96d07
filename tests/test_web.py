"""The pages over HTTP: each renders its view, links its JSON twin, escapes article text,
and needs nothing from outside the app."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from api_world import (
    EXPULSION,
    IDS,
    LATVIA,
    RECALL,
    SCRIPT_EXPULSION,
    TOKEN,
    fill,
    latvia_extractor,
)
from detente.api import create_app
from detente.api.workers import InProcess
from detente.relations.model import REPRESENTATION_LEVELS
from detente.store import Store
from detente.web import pages
from detente.web.context import Segment, excerpt, locate
from detente.web.render import script_json, state_words, subject_label, when
from detente.web.timeline import build_chart
from store_helpers import stand_in_for_extraction

HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'world.db'}") as opened:
        fill(opened)
        yield opened


@pytest.fixture(scope="module")
def browser_client(store):
    with TestClient(create_app(store, token=TOKEN), headers=HTML) as client:
        yield client


def twin_of(page: str) -> str:
    return re.search(r'<a class="json-twin" href="([^"]+)"', page).group(1)


@pytest.mark.parametrize(
    ("url", "twin"),
    [
        ("/", "/api/countries/BLR"),
        ("/?country=france", "/api/countries/FRA"),
        (
            "/events?actor=belarus&type=EXPEL_DIPLOMAT",
            "/api/events?actor=BLR&amp;type=EXPEL_DIPLOMAT",
        ),
        (f"/events/{IDS['expulsion']}", f"/api/events/{IDS['expulsion']}"),
        ("/relations/belarus/france", "/api/relations/BLR/FRA"),
        ("/relations/BLR/FRA?on=2021-10-20", "/api/relations/BLR/FRA?on=2021-10-20"),
        ("/countries/belarus", "/api/countries/BLR"),
    ],
)
def test_every_page_links_its_json_twin(browser_client, url, twin):
    response = browser_client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert twin_of(response.text) == twin
    assert browser_client.get(twin.replace("&amp;", "&")).status_code == 200


def test_article_text_is_escaped(browser_client):
    page = browser_client.get(f"/events/{IDS['lithuania']}").text
    assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    assert "Vilnius &lt;b&gt;expels&lt;/b&gt; diplomat" in page
    assert f"<mark>{SCRIPT_EXPULSION}</mark>" in page
    listing = browser_client.get("/events?actor=LTU").text
    assert "<b>expels</b>" not in listing


def test_event_page_marks_the_evidence_in_its_article(browser_client):
    page = browser_client.get(f"/events/{IDS['expulsion']}").text
    assert f"<mark>{EXPULSION.replace(chr(39), '&#39;')}</mark>" in page
    assert "Officials in Minsk gave no reason." in page
    assert "published 18 Oct 2021" in page


def test_dates_keep_their_precision(browser_client):
    page = browser_client.get("/relations/BLR/GBR").text
    assert "Mar 2022" in page
    assert "1 Mar 2022" not in page
    assert RECALL in page
    # The recall is drawn as a span over March, not a dot on a day.
    marker = re.search(
        r'<a class="marker reported" href="/events/3" data-event="3">(.*?)</a>', page, re.S
    ).group(1)
    assert '<rect class="span"' in marker


def test_every_asset_is_served_by_the_app(browser_client):
    for url in ("/", "/relations/BLR/FRA", "/events/1", "/ingest", "/docs"):
        page = browser_client.get(url).text
        assets = re.findall(r'<script[^>]+src="([^"]+)"', page)
        assets += re.findall(
            r'<link rel="(?:stylesheet|icon|shortcut icon)"[^>]+href="([^"]+)"', page
        )
        assets += re.findall(r'<link type="text/css" rel="stylesheet" href="([^"]+)"', page)
        assets += re.findall(r'data-shapes="([^"]+)"', page)
        assert assets, url
        for asset in assets:
            path = asset.removeprefix("http://testserver")
            assert path.startswith("/static/"), (url, asset)
            assert browser_client.get(path).status_code == 200, asset


def test_world_map_data_names_the_state_of_each_counterpart(browser_client):
    page = browser_client.get("/?country=BLR").text
    states = re.search(
        r'<script type="application/json" id="map-states">(.*?)</script>', page
    ).group(1)
    assert states == (
        '{"FRA": {"state": "no-ambassador", "label": "France\'s ambassador in Belarus '
        'expelled"}, "GBR": {"state": "no-ambassador", "label": "Belarus\' ambassador in '
        'United Kingdom recalled"}, "LTU": {"state": "normal", "label": "no break on record"}}'
    )
    assert '"250": "FRA"' in page


def test_country_search_redirects_to_the_code(browser_client):
    response = browser_client.get("/countries", params={"name": "Belarus"}, follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, "/countries/BLR")


def test_errors_on_pages_are_html_for_browsers_and_json_otherwise(browser_client, store):
    page = browser_client.get("/relations/belarus/atlantis")
    assert page.status_code == 404
    assert "b: unknown country or organisation &#39;atlantis&#39;" in page.text
    with TestClient(create_app(store)) as client:
        response = client.get("/relations/belarus/atlantis", headers={"Accept": "*/*"})
    assert response.status_code == 404
    assert response.json()["error"]["message"] == ("b: unknown country or organisation 'atlantis'")


def test_ingest_form_needs_the_token(tmp_path, monkeypatch):
    stand_in_for_extraction(monkeypatch, latvia_extractor)
    with (
        Store(f"sqlite:///{tmp_path / 'form.db'}") as store,
        TestClient(create_app(store, token=TOKEN, extraction=InProcess()), headers=HTML) as client,
    ):
        form = {"text": LATVIA, "title": "Latvia expels envoy", "published": "2021-05-26"}
        refused = client.post("/ingest", data={**form, "token": "guess"})
        assert refused.status_code == 401
        assert "Wrong or missing token: nothing was stored." in refused.text
        assert store.articles_count() == 0
        accepted = client.post("/ingest", data={**form, "token": TOKEN})
        assert accepted.status_code == 200
        assert "Stored" in accepted.text and "1 event extracted" in accepted.text
        assert LATVIA in accepted.text
        assert store.articles_count() == 1


def test_when_shows_a_date_at_its_precision():
    assert [
        when("2021-10-17", "day"),
        when("2021-10", "month"),
        when("2021", "year"),
        when(None, None),
    ] == ["17 Oct 2021", "Oct 2021", "2021", "date unknown"]


def test_excerpt_marks_each_evidence_span_and_cuts_long_articles():
    text = "lead " * 400 + "Latvia expelled the envoy." + " tail" * 400
    span = locate(text, "Latvia expelled the envoy.", 0, 5)  # stale offsets: found by search
    assert span == (2000, 2026)
    segments = excerpt(text, [span], context=100)
    assert segments[0] == Segment("…")
    assert segments[2] == Segment("Latvia expelled the envoy.", marked=True)
    assert segments[-1].text.endswith("…")
    assert sum(len(s.text) for s in segments) < 260


def recall_timeline(confidence: str, cause: dict | None = None, events: tuple = ()) -> dict:
    """A Belarus–UK timeline whose one change is Belarus recalling its envoy in March 2022."""
    change = {
        "period": {
            "start": "2022-03-01",
            "end": "2022-03-31",
            "precision": "month",
            "label": "2022-03",
        },
        "subject": "BLR->GBR",
        "attribute": "head_of_mission",
        "before": "NONE",
        "after": "RECALLED",
        "confidence": confidence,
        "note": None,
        "events": [{"id": 3, "evidence": RECALL, **(cause or {})}],
    }
    return {
        "a": {"code": "BLR", "name": "Belarus"},
        "b": {"code": "GBR", "name": "UK"},
        "changes": [change],
        "events": list(events),
    }


def test_chart_draws_month_dates_as_spans_and_bands_by_state():
    recall = {
        "id": 3,
        "type": "RECALL_DIPLOMAT",
        "source": "BLR",
        "target": "GBR",
        "date": "2022-03",
        "date_precision": "month",
        "modality": "reported",
        "known_by": "2022-03-25",
    }
    timeline = recall_timeline("low", events=(recall,))
    chart = build_chart(timeline)
    [marker] = chart.markers
    assert marker.span_width > 20  # a month, not a day
    assert marker.x == pytest.approx(marker.span_x + marker.span_width / 2)
    lane = next(
        lane for lane in chart.lanes if lane.label == "Belarus' head of mission in United Kingdom"
    )
    [band] = lane.bands
    assert (band.css, band.x, band.certain_x) == (
        "no-ambassador",
        marker.span_x,
        marker.span_x + marker.span_width,
    )
    assert [t.label for t in chart.ticks] == ["Mar 2022", "Apr 2022"]


def test_history_subjects_in_words():
    assert [
        subject_label("FRA->BLR", "head_of_mission"),
        subject_label("BLR-FRA", "relations"),
        subject_label("sanctions GBR->BLR", "sanctions"),
    ] == [
        "France's head of mission in Belarus",
        "Relations Belarus–France",
        "Sanctions by United Kingdom on Belarus",
    ]


def test_long_histories_show_the_latest_changes_and_link_them_all(browser_client, monkeypatch):
    monkeypatch.setattr(pages, "MAX_CHANGES_SHOWN", 2)
    page = browser_client.get("/relations/FRA/BLR").text
    assert (
        "The latest 2 of 5 changes; all of them as "
        '<a href="/api/relations/FRA/BLR/timeline?format=csv">CSV</a>.'
    ) in page
    table = page.split("<h2>Every change</h2>")[1]
    assert "France&#39;s head of mission in Belarus" in table
    assert table.count('<td class="when">') == 2


def test_ingest_form_without_text_says_so(browser_client):
    response = browser_client.post("/ingest", data={"token": TOKEN, "text": ""})
    assert response.status_code == 422
    assert "Paste the text of an article." in response.text


def test_json_in_pages_cannot_close_its_script_tag():
    assert script_json({"label": "</script><b>"}) == '{"label": "\\u003c/script>\\u003cb>"}'


def test_pages_over_an_empty_store(tmp_path, monkeypatch):
    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    with (
        Store(f"sqlite:///{tmp_path / 'empty.db'}") as store,
        TestClient(create_app(store), headers=HTML) as client,
    ):
        home = client.get("/")
        assert home.status_code == 200
        assert "Nothing ingested yet" in home.text
        assert 'id="world-map"' not in home.text
        dyad = client.get("/relations/BLR/FRA")
        assert "No events between Belarus and France on record." in dyad.text
        country = client.get("/countries/FRA")
        assert "No events involving France on record." in country.text
        assert "Writing over HTTP is off" in client.get("/ingest").text


def test_a_band_is_certain_from_the_first_report_inside_its_month():
    timeline = recall_timeline("high", cause={"known_by": "2022-03-10"})
    reported = build_chart(timeline)
    timeline["changes"][0]["events"][0]["known_by"] = "2022-04-02"
    unreported = build_chart(timeline)

    def band_of(chart):
        return next(lane.bands[0] for lane in chart.lanes if lane.bands)

    assert band_of(reported).x < band_of(reported).certain_x < band_of(unreported).certain_x


def event_ids_on(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'<td class="when"><a href="/events/(\d+)">', page)]


def test_the_events_page_lists_newest_first_a_page_at_a_time(browser_client):
    first = browser_client.get("/events", params={"limit": 2}).text
    newest = [IDS["lithuania"], IDS["recall"], IDS["expulsion"], IDS["sanctions"]]
    assert event_ids_on(first) == newest[:2]
    assert "newest first" in first
    second = browser_client.get("/events", params={"limit": 2, "page": 2}).text
    assert event_ids_on(second) == newest[2:]
    last = browser_client.get("/events", params={"limit": 2, "page": 3}).text
    assert event_ids_on(last) == [IDS["credentials"], IDS["sever"]]
    assert "Next page" not in last and '<a href="/events?limit=2">← First page</a>' in last


def test_pages_show_month_precision_dates_as_a_month(browser_client):
    home = browser_client.get("/").text
    latest = dict(
        re.findall(r">([^<>]+ – [^<>]+)</a></td>\s*<td>\d+</td><td class=\"when\">([^<]+)<", home)
    )
    assert latest["Belarus – United Kingdom"] == "Mar 2022"
    assert latest["Iran – Morocco"] == "May 2018"
    assert latest["Belarus – France"] == "17 Oct 2021"
    listing = browser_client.get("/events", params={"actor": "MAR"}).text
    assert f'<a href="/events/{IDS["sever"]}">May 2018</a>' in listing


def test_levels_are_named_as_the_state_machine_names_them(monkeypatch):
    assert state_words(1, "level") == "chargé d'affaires"
    monkeypatch.setitem(REPRESENTATION_LEVELS, 1, "chargé")
    assert state_words(1, "level") == "chargé"  # one table of names, not a copy
