"""The OpenAPI document is true: schemathesis sends generated requests to every
operation and checks that none is a server error and every response (status,
content type, headers, body) is the one the document describes."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from api_world import TOKEN, fill
from detente.api import create_app
from detente.api.workers import ExtractionPool
from detente.store import Store

EXAMPLES_PER_OPERATION = 30
BEARER = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    with Store(f"sqlite:///{tmp_path_factory.mktemp('schema') / 'world.db'}") as store:
        fill(store)
        # The real extraction in worker processes, within a budget, as `detente serve` runs it.
        application = create_app(store, token=TOKEN, extraction=ExtractionPool(budget=60))
        with TestClient(application) as client:  # runs the lifespan; warms a worker
            assert client.post("/api/extract", json={"text": "Warm-up."}).status_code == 200
            yield application


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.mark.slow
@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_every_operation_answers_as_documented(case):
    # A schema-valid name that names no country ("actor=:") is rightly a 400:
    # the document cannot list every spelling of every country.
    case.call_and_validate(headers=BEARER, excluded_checks=[positive_data_acceptance])


@pytest.mark.parametrize(
    ("method", "url", "allowed"),
    [
        ("DELETE", "/api/events", "GET"),
        ("PUT", "/api/articles", "POST"),
        ("TRACE", "/api/extract", "POST"),
        ("POST", "/api/relations/BLR/FRA", "GET"),
    ],
)
def test_a_405_names_the_allowed_methods(app, method, url, allowed):
    with TestClient(app) as client:
        response = client.request(method, url)
    assert response.status_code == 405
    assert response.headers["Allow"] == allowed
    assert response.json() == {"error": {"status": 405, "message": "Method Not Allowed"}}


def test_empty_filters_are_left_out(app):
    with TestClient(app) as client:
        empty = client.get("/api/events?actor=&source=&type=&modality=&since=&until=")
        assert empty.status_code == 200, empty.text
        assert empty.json()["count"] == client.get("/api/events").json()["count"]
