"""Writing stored events out: JSON lines, CSV, Parquet, GDELT-like columns, POLECAT-style JSON.

The records themselves (flat rows, full JSON records) are shaped in :mod:`detente.store.shapes`.

GDELT has only day dates; an event known to the month or year gets the first
day of its period in ``SQLDATE`` and says so in an extra ``DatePrecision``
column rather than pretending to a day.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import pycountry

from detente.errors import DetenteError
from detente.store.records import StoredEvent
from detente.store.shapes import FLAT_COLUMNS, flat_record, full_record, json_ready

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "gdelt", "plover")

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "DATEADDED",
    "SOURCEURL",
    "DatePrecision",
)


def write(fmt: str, events: Sequence[StoredEvent], out: str | Path | IO) -> int:
    """Write ``events`` in format ``fmt`` to a path or an open file; return the count."""
    writers: dict[str, Callable[[Sequence[StoredEvent], str | Path | IO], None]] = {
        "jsonl": _write_jsonl,
        "csv": _write_csv,
        "parquet": _write_parquet,
        "gdelt": _write_gdelt,
        "plover": _write_plover,
    }
    if fmt not in writers:
        raise DetenteError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    writers[fmt](events, out)
    return len(events)


def _write_jsonl(events: Sequence[StoredEvent], out: str | Path | IO) -> None:
    lines = [json.dumps(full_record(e), ensure_ascii=False) for e in events]
    _write_text(out, "".join(line + "\n" for line in lines))


def _write_csv(events: Sequence[StoredEvent], out: str | Path | IO) -> None:
    _write_text(out, _delimited(FLAT_COLUMNS, [json_ready(flat_record(e)) for e in events], ","))


def _write_parquet(events: Sequence[StoredEvent], out: str | Path | IO) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_record(e) for e in events]
    columns = {name: [row[name] for row in rows] for name in FLAT_COLUMNS}
    table = (
        pa.table(columns)
        if rows
        else pa.table({name: pa.array([], pa.string()) for name in FLAT_COLUMNS})
    )
    pq.write_table(table, str(out) if isinstance(out, str | Path) else out)


def _write_gdelt(events: Sequence[StoredEvent], out: str | Path | IO) -> None:
    _write_text(out, _delimited(GDELT_COLUMNS, [gdelt_row(e) for e in events], "\t"))


def _write_plover(events: Sequence[StoredEvent], out: str | Path | IO) -> None:
    lines = [json.dumps(plover_record(e), ensure_ascii=False) for e in events]
    _write_text(out, "".join(line + "\n" for line in lines))


def gdelt_row(event: StoredEvent) -> dict[str, Any]:
    """One event in GDELT 2.0 event-table column names (a subset, plus DatePrecision)."""
    day = event.date_start
    cameo = event.cameo or ""
    return {
        "GLOBALEVENTID": event.id,
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        "Actor1Code": event.source,
        "Actor1Name": actor_name(event.source),
        "Actor1CountryCode": event.source if _is_country(event.source) else "",
        "Actor2Code": event.target,
        "Actor2Name": actor_name(event.target),
        "Actor2CountryCode": event.target if _is_country(event.target) else "",
        "IsRootEvent": 1,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": quad_class(cameo),
        "GoldsteinScale": event.goldstein if event.goldstein is not None else "",
        "NumMentions": event.n_mentions,
        "NumSources": event.n_outlets,
        "NumArticles": event.n_articles,
        "AvgTone": "",
        "DATEADDED": event.known_by.strftime("%Y%m%d") if event.known_by else "",
        "SOURCEURL": event.url or "",
        "DatePrecision": event.date_precision or "",
    }


def quad_class(cameo: str) -> int | str:
    """GDELT's quad class of a CAMEO code: 1 verbal/2 material cooperation, 3/4 conflict."""
    if len(cameo) < 2 or not cameo[:2].isdigit():
        return ""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def plover_record(event: StoredEvent) -> dict[str, Any]:
    """One event as a POLECAT-style record: PLOVER event, mode, contexts, actor, recipient."""
    return json_ready(
        {
            "event_id": event.id,
            "event_date": event.date,
            "date_precision": event.date_precision,
            "story_date": event.known_by,
            "event_type": event.plover,
            "event_mode": event.plover_mode,
            "contexts": list(plover_contexts(event.type)),
            "actor": {
                "code": event.source,
                "name": actor_name(event.source),
                "country": event.source if _is_country(event.source) else None,
            },
            "recipient": {
                "code": event.target,
                "name": actor_name(event.target),
                "country": event.target if _is_country(event.target) else None,
            },
            "event_text": event.evidence,
            "headline": event.title,
            "publisher": event.outlet,
            "url": event.url,
            "num_articles": event.n_articles,
            "num_sources": event.n_outlets,
            "detente_type": event.type,
            "modality": event.modality,
            "cameo": event.cameo,
            "goldstein": event.goldstein,
            "persons": list(event.persons),
            "mentions": [
                {
                    "doc_id": m.doc_id,
                    "url": m.url,
                    "publisher": m.outlet,
                    "story_date": m.published,
                    "text": m.evidence,
                }
                for m in event.mentions
            ],
        }
    )


@cache
def _plover_context_table() -> dict[str, tuple[str, ...]]:
    text = resources.files("detente.data").joinpath("event_types.tsv").read_text("utf-8")
    header = ["type", "cameo", "goldstein", "plover", "plover_mode", "plover_context"]
    table: dict[str, tuple[str, ...]] = {}
    for row in csv.reader(io.StringIO(text), delimiter="\t"):
        if not row or row[0].startswith("#"):
            continue
        record = dict(zip(header, row, strict=False))
        contexts = record.get("plover_context", "")
        table[record["type"]] = tuple(c for c in contexts.split(",") if c)
    return table


def plover_contexts(event_type: str) -> tuple[str, ...]:
    """PLOVER contexts of one of our event types (from ``data/event_types.tsv``)."""
    return _plover_context_table().get(event_type, ())


@cache
def actor_name(code: str) -> str:
    """A readable name for an actor code: the country's name, else the code itself."""
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    return country.name if country else code


def _is_country(code: str) -> bool:
    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def _delimited(columns: Sequence[str], rows: Sequence[dict[str, Any]], delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=list(columns), delimiter=delimiter, lineterminator="\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _write_text(out: str | Path | IO, text: str) -> None:
    if isinstance(out, str | Path):
        Path(out).write_text(text, encoding="utf-8")
    else:
        out.write(text)
