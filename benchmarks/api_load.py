"""Load on the HTTP API and the dyad page over 200,000 synthetic events.

Fills a fresh store (a SQLite file, then a fresh PostgreSQL schema when the
server on 127.0.0.1:5432 answers), starts ``detente serve`` on a loopback
port, and times requests from a load generator on the same machine:

- ``/api/events`` with filters (actor, source/target, type, modality, since/until),
- ``/api/relations/{A}/{B}?on=...`` (state in both directions, with evidence),
- ``/relations/{A}/{B}`` (the dyad page with its timeline chart).

Each endpoint gets at most ``--requests`` requests and ``--seconds`` seconds.
Prints p50/p95 latency and requests/s; never passes or fails on time.

The store is filled with bulk inserts into its own tables: the write path,
which merges each report into the events of its dyad, would take far longer
for 200,000 events and is not what is measured here.

    python benchmarks/api_load.py [--events 200000] [--requests 400] [--seconds 30]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pycountry
import sqlalchemy as sa

from detente.model import EVENT_TYPES
from detente.nlp.actors import resolve_actor
from detente.relations import Period
from detente.store import Store
from detente.store import schema as tables
from detente.store.summaries import active_dyads

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
# Every ISO state, the first few (the busiest in the news) in a plausible order.
_BUSIEST = ("USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "IRN", "ISR", "TUR", "BLR", "POL")
STATES = _BUSIEST + tuple(
    sorted(
        {c.alpha_3 for c in pycountry.countries if resolve_actor(c.alpha_3) == c.alpha_3}
        - set(_BUSIEST)
    )
)
SKEW = 0.6  # Zipf exponent of how often a state is in the news
MODALITIES = (("asserted", 0.9), ("reported", 0.1))
EVENTS_PER_ARTICLE = 4
CHUNK = 5000


@dataclass(frozen=True)
class Timing:
    """Latencies (seconds) of one endpoint's run, and how long the run took."""

    latencies: list[float]
    elapsed: float
    errors: int

    def row(self, backend: str, endpoint: str) -> str:
        ordered = sorted(self.latencies)
        p50 = statistics.median(ordered) * 1000
        p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000
        rate = len(ordered) / self.elapsed
        return (
            f"{backend:<10} {endpoint:<34} {len(ordered):>6} {p50:>8.1f} {p95:>8.1f} "
            f"{rate:>8.1f} {self.errors:>6}"
        )


# -- filling ------------------------------------------------------------------------


def zipf_weights(count: int, exponent: float = SKEW) -> list[float]:
    """A few busy states, a long tail: news coverage is skewed."""
    return [1 / (rank**exponent) for rank in range(1, count + 1)]


def synthetic_rows(total: int, seed: int = 7) -> Iterator[tuple[dict, list[dict]]]:
    """Articles with their events (as rows), deterministic for a seed.

    Pairs of states get events in proportion to how busy both are; each pair's
    events follow a plausible history (an envoy is appointed, presents
    credentials, is summoned, expelled or recalled, replaced; sanctions are
    imposed and lifted), so the state machine replays them without the
    reordering search it runs on contradictory histories.
    """
    rng = random.Random(seed)
    events = [event for history in _pair_histories(rng, total) for event in history]
    rng.shuffle(events)
    now = datetime.now(UTC).replace(tzinfo=None)
    for number in range(0, len(events), EVENTS_PER_ARTICLE):
        group = events[number : number + EVENTS_PER_ARTICLE]
        published = max(event.pop("_day") for event in group) + timedelta(days=1)
        text = " ".join(event["evidence"] for event in group)
        article = {
            "text_hash": f"{uuid.UUID(int=rng.getrandbits(128)).hex}{number:032x}",
            "doc_id": f"synthetic-{number // EVENTS_PER_ARTICLE}",
            "title": "Synthetic report",
            "url": f"https://example.org/{number}",
            "outlet": rng.choice("ABCDEFGH") + " News",
            "path": None,
            "published": published,
            "published_from": "header",
            "text": text,
            "ingested_at": now,
        }
        yield article, group


def _pair_histories(rng: random.Random, total: int) -> Iterator[list[dict]]:
    weights = zipf_weights(len(STATES))
    indices = range(len(STATES))
    pairs = [(STATES[i], STATES[j]) for i in indices for j in indices if i < j]
    pair_weights = [weights[i] * weights[j] for i in indices for j in indices if i < j]
    counts: dict[tuple[str, str], int] = {}
    for pair in rng.choices(pairs, pair_weights, k=total):
        counts[pair] = counts.get(pair, 0) + 1
    for (a, b), count in counts.items():
        yield _history(rng, a, b, count)


def _history(rng: random.Random, a: str, b: str, count: int) -> list[dict]:
    """``count`` events between ``a`` and ``b`` over thirty years, in an order that makes sense."""
    # One event a day at most: same-day acts would be ordered by the tie table, not by us.
    offsets = sorted(rng.sample(range(30 * 365), count))
    days = [date(1995, 1, 1) + timedelta(days=offset) for offset in offsets]
    envoy = {a: "none", b: "none"}  # each side's envoy in the other
    sanctions = {a: False, b: False}
    history = []
    for day in days:
        sender = rng.choice((a, b))
        receiver = b if sender == a else a
        kind, source, target = _next_event(rng, sender, receiver, envoy, sanctions)
        history.append(_event_row(rng, kind, source, target, day))
    return history


def _next_event(
    rng: random.Random,
    sender: str,
    receiver: str,
    envoy: dict[str, str],
    sanctions: dict[str, bool],
) -> tuple[str, str, str]:
    state = envoy[sender]
    if state in ("none", "gone"):
        envoy[sender] = "nominated"
        return "APPOINT_AMBASSADOR", sender, receiver
    if state == "nominated":
        envoy[sender] = "accredited"
        return "PRESENT_CREDENTIALS", sender, receiver
    roll = rng.random()
    if roll < 0.45:
        return "SUMMON_DIPLOMAT", receiver, sender
    if roll < 0.7:
        sanctions[sender] = not sanctions[sender]
        return ("IMPOSE_SANCTIONS" if sanctions[sender] else "LIFT_SANCTIONS"), sender, receiver
    envoy[sender] = "gone"
    if roll < 0.85:
        return "EXPEL_DIPLOMAT", receiver, sender
    return "RECALL_DIPLOMAT", sender, receiver


def _event_row(rng: random.Random, kind: str, source: str, target: str, day: date) -> dict:
    # Only acts that change no envoy's state get coarse dates, so the order stays known.
    coarse = kind in ("SUMMON_DIPLOMAT",) and rng.random() < 0.3
    precision = "month" if coarse else "day"
    value = day.isoformat()[:7] if coarse else day.isoformat()
    return {
        "type": kind,
        "source": source,
        "target": target,
        "date_value": value,
        "date_precision": precision,
        "modality": _pick(rng, MODALITIES) if kind == "SUMMON_DIPLOMAT" else "asserted",
        "persons": [],
        "confidence": 0.8,
        "evidence": (
            f"The government of {source} took measure {kind.lower()} against "
            f"{target} on {day.isoformat()} concerning the ambassador, officials said."
        ),
        "cameo": None,
        "goldstein": None,
        "plover": None,
        "plover_mode": None,
        "details": {},
        "_day": day,
    }


def _pick(rng: random.Random, choices: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]


def fill(url: str, total: int) -> float:
    """Bulk-insert ``total`` events (with their reports, mentions and articles); seconds taken."""
    started = time.perf_counter()
    Store(url).close()  # creates and migrates the schema
    engine = sa.create_engine(url)
    batch: list[tuple[dict, list[dict]]] = []
    next_ids = {"article": 1, "event": 1}
    for item in synthetic_rows(total):
        batch.append(item)
        if len(batch) * EVENTS_PER_ARTICLE >= CHUNK:
            _insert_batch(engine, batch, next_ids)
            batch = []
    if batch:
        _insert_batch(engine, batch, next_ids)
    engine.dispose()
    return time.perf_counter() - started


def _insert_batch(engine: sa.Engine, batch: list, next_ids: dict[str, int]) -> None:
    articles, events, reports, mentions = [], [], [], []
    now = datetime.now(UTC).replace(tzinfo=None)
    for article, article_events in batch:
        article_id = next_ids["article"]
        next_ids["article"] += 1
        articles.append({"id": article_id, **article})
        offset = 0
        for event in article_events:
            event_id = next_ids["event"]
            next_ids["event"] += 1
            period = Period.of(event["date_value"], event["date_precision"], article["published"])
            start, end = offset, offset + len(event["evidence"])
            offset = end + 1
            events.append(
                {
                    "id": event_id,
                    **event,
                    "date_start": period.start,
                    "date_end": period.end,
                    "known_by": article["published"],
                    "n_articles": 1,
                    "n_outlets": 1,
                    "n_mentions": 1,
                    "primary_report_id": event_id,
                    "updated_at": now,
                }
            )
            reports.append(
                {
                    "id": event_id,
                    "article_id": article_id,
                    "event_id": event_id,
                    **event,
                    "start_offset": start,
                    "end_offset": end,
                }
            )
            mentions.append(
                {
                    "id": event_id,
                    "report_id": event_id,
                    "article_id": article_id,
                    "modality": event["modality"],
                    "date_value": event["date_value"],
                    "date_precision": event["date_precision"],
                    "evidence": event["evidence"],
                    "start_offset": start,
                    "end_offset": end,
                    "persons": [],
                    "confidence": 0.8,
                    "details": {},
                }
            )
    with engine.begin() as connection:
        for table, rows in (
            (tables.articles, articles),
            (tables.events, events),
            (tables.reports, reports),
            (tables.mentions, mentions),
        ):
            connection.execute(table.insert(), rows)


def analyse(url: str) -> None:
    """Give the query planner statistics, as a maintained database would have."""
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("ANALYZE"))
    engine.dispose()


# -- serving and load -----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(url: str) -> tuple[subprocess.Popen, str]:
    """``detente serve`` over ``url`` on a loopback port; returns the process and base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from detente.cli import app; app()",
            "serve",
            "--db",
            url,
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/api/events?limit=1", timeout=2)
            return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"detente serve did not answer: {process.stderr.read().decode()}")


def request_paths(rng: random.Random, count: int) -> dict[str, list[str]]:
    """The URLs each endpoint is asked for: states drawn as skewed as the data."""
    weights = zipf_weights(len(STATES))

    def pair() -> tuple[str, str]:
        a, b = rng.choices(STATES, weights, k=2)
        return (a, b) if a != b else (a, STATES[(STATES.index(b) + 1) % len(STATES)])

    def event_filter() -> str:
        a, b = pair()
        kind = rng.choice(EVENT_TYPES)
        year = rng.randrange(1996, 2024)
        return rng.choice(
            [
                f"actor={a}&type={kind}&since={year}-01-01&limit=50",
                f"source={a}&target={b}&limit=50",
                f"type={kind}&modality=reported&until={year}-12-31&limit=100",
                f"actor={a}&since={year}-01-01&until={year}-12-31&limit=50",
            ]
        )

    def on() -> str:
        return f"{rng.randrange(1996, 2025)}-{rng.randrange(1, 13):02d}-15"

    return {
        "/api/events (filtered)": [f"/api/events?{event_filter()}" for _ in range(count)],
        "/api/relations/{A}/{B}?on=": [
            f"/api/relations/{a}/{b}?on={on()}" for a, b in (pair() for _ in range(count))
        ],
        "/relations/{A}/{B} (page)": [
            f"/relations/{a}/{b}" for a, b in (pair() for _ in range(count))
        ],
    }


def run_load(base: str, paths: list[str], seconds: float, concurrency: int) -> Timing:
    """Request ``paths`` in turn from ``concurrency`` clients until done or out of time."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    queue = iter(paths)

    def worker() -> None:
        nonlocal errors
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.perf_counter() < deadline:
                with lock:
                    path = next(queue, None)
                if path is None:
                    return
                began = time.perf_counter()
                response = client.get(path)
                took = time.perf_counter() - began
                with lock:
                    latencies.append(took)
                    errors += response.status_code != 200

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        for _ in range(concurrency):
            pool.submit(worker)
    return Timing(latencies, time.perf_counter() - started, errors)


def bench_backend(name: str, url: str, args: argparse.Namespace) -> list[str]:
    fill_seconds = fill(url, args.events)
    analyse(url)
    with Store(url) as store:
        [busiest] = active_dyads(store, limit=1)
    print(
        f"{name}: filled {args.events:,} events in {fill_seconds:.1f} s; busiest pair "
        f"{busiest.a}-{busiest.b} has {busiest.events} events",
        flush=True,
    )
    process, base = serve(url)
    rows = []
    try:
        measured = request_paths(random.Random(11), args.requests)
        # Warm up on other requests, so that no measured one finds its answer kept.
        warmup = request_paths(random.Random(99), args.warmup)
        for endpoint, paths in measured.items():
            run_load(base, warmup[endpoint], args.seconds, 1)
            timing = run_load(base, paths, args.seconds, args.concurrency)
            rows.append(timing.row(name, endpoint))
            print(rows[-1], flush=True)
    finally:
        process.terminate()
        process.wait(10)
    return rows


def postgres_schema_url() -> tuple[str, sa.Engine, str] | None:
    admin = sa.create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
    try:
        with admin.begin() as connection:
            name = f"detente_bench_{uuid.uuid4().hex[:10]}"
            connection.execute(sa.text(f'CREATE SCHEMA "{name}"'))
    except sa.exc.OperationalError:
        return None
    return f"{POSTGRES_URL}?options=-csearch_path%3D{name}", admin, name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=400, help="per endpoint, at most")
    parser.add_argument("--seconds", type=float, default=30, help="per endpoint, at most")
    parser.add_argument("--concurrency", type=int, default=1, help="parallel clients")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--backends", default="sqlite,postgres")
    args = parser.parse_args()
    header = (
        f"{'backend':<10} {'endpoint':<34} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'req/s':>8} {'errors':>6}"
    )
    rows: list[str] = []
    if "sqlite" in args.backends:
        with tempfile.TemporaryDirectory() as folder:
            rows += bench_backend("sqlite", f"sqlite:///{Path(folder) / 'load.db'}", args)
    if "postgres" in args.backends:
        found = postgres_schema_url()
        if found is None:
            print("postgres: no server answers on 127.0.0.1:5432; skipped")
        else:
            url, admin, name = found
            try:
                rows += bench_backend("postgres", url, args)
            finally:
                with admin.begin() as connection:
                    connection.execute(sa.text(f'DROP SCHEMA "{name}" CASCADE'))
                admin.dispose()
    print(f"\n{args.events:,} events, concurrency {args.concurrency}, loopback\n{header}")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
