"""The server-rendered pages: each renders the same view the API returns as JSON,
and links to that JSON twin."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from detente.api import params, views
from detente.api.auth import token_matches
from detente.api.deps import MAX_ID, EventQueryDep, StoreDep
from detente.api.errors import ApiError
from detente.api.ingest import ArticleRequest, ingest_one
from detente.errors import InputError
from detente.model import EVENT_TYPES, MODALITIES
from detente.store.summaries import article_texts
from detente.web.context import excerpt, locate
from detente.web.render import script_json, templates
from detente.web.timeline import build_chart
from detente.web.worldmap import numeric_to_alpha3

router = APIRouter(include_in_schema=False)
MAX_CHANGES_SHOWN = 300
MAX_PAGES = 100_000  # on the dyad page; the timeline's CSV and JSON twins hold them all
_templates = templates()


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render template ``name`` with ``context``."""
    return _templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """The HTML twin of a JSON error, for a browser on a page URL."""
    titles = {
        400: "Bad request",
        401: "Token needed",
        403: "Writing is off",
        404: "Not found",
        413: "Too large",
        422: "Cannot read that",
    }
    return page(
        request,
        "error.html",
        status,
        status=status,
        title=titles.get(status, "Error"),
        message=message,
    )


@router.get("/", response_class=HTMLResponse)
def home(store: StoreDep, request: Request, country: str | None = Query(None)) -> HTMLResponse:
    """Latest events, the most active dyads and the map around one country."""
    chosen = params.optional_country(country, "country")
    view = views.home(store, chosen)
    brief = view["map"]
    states = (
        {
            r["counterpart"]["code"]: {"state": r["state"], "label": r["label"]}
            for r in brief["relations"]
        }
        if brief
        else {}
    )
    twin = f"/api/countries/{brief['country']['code']}" if brief else "/api/events"
    return page(
        request,
        "home.html",
        view=view,
        json_twin=twin,
        map_states=script_json(states),
        map_codes=script_json(numeric_to_alpha3()),
    )


@router.get("/events", response_class=HTMLResponse)
def events(
    store: StoreDep,
    request: Request,
    query: EventQueryDep,
    page_number: int = Query(1, alias="page", ge=1, le=MAX_PAGES),
) -> HTMLResponse:
    """The filterable list of events, newest first."""
    view = views.event_page(store, query, page_number)
    twin = "/api/events" + (f"?{query.query_string()}" if query.query_string() else "")
    return page(
        request,
        "events.html",
        view=view,
        query=query,
        json_twin=twin,
        event_types=EVENT_TYPES,
        modalities=MODALITIES,
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(store: StoreDep, request: Request, event_id: int = Path(ge=1, le=MAX_ID)) -> Response:
    """One event: its evidence highlighted in each article that reports it.

    A saved link to an event since merged into another redirects (308) to it.
    """
    live = views.merged_into(store, event_id)
    if live is not None:
        return RedirectResponse(str(request.url_for("event", event_id=live)), status_code=308)
    view = views.event_detail(store, event_id)
    texts = article_texts(store, (m["article"]["id"] for m in view["mentions"]))
    return page(
        request,
        "event.html",
        view=view,
        sources=_sources(view["mentions"], texts),
        json_twin=f"/api/events/{event_id}",
    )


def _sources(mentions: list[dict[str, Any]], texts: dict[int, str]) -> list[dict[str, Any]]:
    """Mentions grouped by article, each article with its excerpt and marked sentences."""
    by_article: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for mention in mentions:
        by_article[mention["article"]["id"]].append(mention)
    sources = []
    for article_id, group in by_article.items():
        text = texts.get(article_id, "")
        spans = [locate(text, m["evidence"], m["start"], m["end"]) for m in group]
        found = [span for span in spans if span]
        sources.append(
            {
                "article": group[0]["article"],
                "mentions": group,
                "segments": excerpt(text, found) if text else [],
                "unplaced": len(found) < len(group),
            }
        )
    return sources


@router.get("/relations/{a}/{b}", response_class=HTMLResponse)
def relation(
    store: StoreDep, request: Request, a: str, b: str, on: str | None = Query(None)
) -> Response:
    """The dyad: state on a date in both directions, and the timeline chart."""
    first, second = params.country(a, "a", 404), params.country(b, "b", 404)
    day = params.optional_day(on, "on")
    status, timeline = views.dyad(store, first, second, day)
    suffix = f"?on={day.isoformat()}" if day else ""
    return page(
        request,
        "relation.html",
        status=status,
        timeline=timeline,
        chart=build_chart(timeline, day),
        on=day,
        max_changes=MAX_CHANGES_SHOWN,
        json_twin=f"/api/relations/{first}/{second}{suffix}",
        timeline_twin=f"/api/relations/{first}/{second}/timeline",
    )


@router.get("/countries", response_class=HTMLResponse)
def find_country(name: str = Query(..., min_length=1)) -> Response:
    """The search box: a country name or code to its page."""
    code = params.country(name, "name", 404)
    return RedirectResponse(f"/countries/{quote(code)}", status_code=303)


@router.get("/countries/{code}", response_class=HTMLResponse)
def country(
    store: StoreDep, request: Request, code: str, on: str | None = Query(None)
) -> HTMLResponse:
    """A country's relationships in brief, and its recent events."""
    resolved = params.country(code, "country", 404)
    day = params.optional_day(on, "on")
    view = views.country_brief(store, resolved, day)
    return page(
        request,
        "country.html",
        view=view,
        on=day,
        json_twin=f"/api/countries/{resolved}" + (f"?on={day}" if day else ""),
    )


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> HTMLResponse:
    """The form where a person pastes an article."""
    return page(request, "ingest.html", writing=bool(request.app.state.token), form={})


@router.post("/ingest", response_class=HTMLResponse)
def ingest_submit(
    store: StoreDep,
    request: Request,
    token: str = Form(""),
    text: str = Form(""),
    title: str = Form(""),
    url: str = Form(""),
    outlet: str = Form(""),
    published: str = Form(""),
) -> HTMLResponse:
    """Ingest the pasted article and show what was extracted (token required)."""
    form = {"text": text, "title": title, "url": url, "outlet": outlet, "published": published}
    expected = request.app.state.token
    if not expected:
        return _form_error(request, form, 403, "Writing over HTTP is off on this server.")
    if not token_matches(expected, token):
        return _form_error(request, form, 401, "Wrong or missing token: nothing was stored.")
    try:
        day: date | None = params.optional_day(published.strip() or None, "published")
        posted = ArticleRequest(
            text=text,
            title=title or None,
            url=url or None,
            outlet=outlet or None,
            published=day,
        )
        result = ingest_one(store, posted, request.app.state.extraction)
    except ApiError as error:
        return _form_error(request, form, error.status, error.message)
    except InputError as error:
        return _form_error(request, form, 400, str(error))
    except ValidationError:
        return _form_error(request, form, 422, "Paste the text of an article.")
    return page(request, "ingest.html", writing=True, form={}, result=result)


def _form_error(request: Request, form: dict[str, str], status: int, message: str) -> HTMLResponse:
    return page(
        request,
        "ingest.html",
        status,
        writing=bool(request.app.state.token),
        form=form,
        error=message,
    )
