"""One resolver for a user's country or organisation name, the same in every face."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api_world import fill
from detente.api import create_app
from detente.errors import SameCountryError, UnknownCountryError
from detente.resolve.names import actor_code, pair_codes
from detente.store import Store


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("BLR", "BLR"),
        ("blr", "BLR"),
        ("Belarus", "BLR"),
        ("belarus", "BLR"),
        ("Minsk", "BLR"),
        ("Russia", "RUS"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("the United Kingdom", "GBR"),
        ("united-kingdom", "GBR"),
        ("US", "USA"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("turkiye", "TUR"),
        ("eu", "EU"),
        ("NATO", "NATO"),
        ("Arab League", "ARABLEAGUE"),
    ],
)
def test_codes_names_short_forms_capitals_and_organisations(typed, code):
    assert actor_code(typed) == code


def test_an_unknown_name_suggests_close_matches_and_is_never_a_code():
    with pytest.raises(UnknownCountryError) as raised:
        actor_code("Belarsu")
    assert str(raised.value) == (
        "unknown country or organisation 'Belarsu'; did you mean Belarus (BLR)?"
    )
    with pytest.raises(UnknownCountryError, match="'Minks'; did you mean minsk"):
        actor_code("Minks")
    with pytest.raises(UnknownCountryError, match=r"'Narnia'$"):
        actor_code("Narnia")


def test_a_pair_of_one_state_twice_is_an_error():
    assert pair_codes("Belarus", "france") == ("BLR", "FRA")
    with pytest.raises(SameCountryError, match="both BLR"):
        pair_codes("BLR", "Minsk")


@pytest.fixture
def world(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'world.db'}") as store:
        fill(store)
        yield store


def test_the_python_api_takes_names(world):
    by_name = world.status("belarus", "france", on="2021-10-20")
    by_code = world.status("BLR", "FRA", on="2021-10-20")
    assert (by_name.a, by_name.b) == ("BLR", "FRA")
    assert by_name == by_code
    assert by_code.backward.head_of_mission.caused_by  # the world has this pair's events
    assert world.events(actor="Britain") == world.events(actor="GBR") != []
    assert world.timeline("Minsk").changes == world.timeline("BLR").changes
    with pytest.raises(UnknownCountryError, match="did you mean France"):
        world.status("BLR", "Frnace")
    with pytest.raises(SameCountryError):
        world.status("BLR", "belarus")


def test_http_and_pages_refuse_an_unknown_name_with_suggestions(world):
    with TestClient(create_app(world)) as client:
        response = client.get("/api/events", params={"actor": "Belarsu"})
        assert response.status_code == 400
        assert response.json()["error"]["message"] == (
            "actor: unknown country or organisation 'Belarsu'; did you mean Belarus (BLR)?"
        )
        page = client.get("/events", params={"actor": "Belarsu"}, headers={"Accept": "text/html"})
        assert page.status_code == 400
        assert "did you mean Belarus (BLR)?" in page.text
        named = client.get("/api/relations/Britain/Minsk").json()
        assert (named["a"], named["b"]) == ("GBR", "BLR")


def test_every_face_and_export_shows_one_name_per_code() -> None:
    """The gazetteer's short names everywhere; ISO's only for a code it lacks."""
    from detente.resolve.names import actor_name
    from detente.store.shapes import actor_name as export_name

    assert export_name is actor_name
    assert [actor_name(c) for c in ("RUS", "XKX", "EU")] == ["Russia", "Kosovo", "European Union"]
    assert actor_name("ZZZ") == "ZZZ"
