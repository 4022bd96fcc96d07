"""Writing stored events out: JSON lines, CSV, Parquet, the GDELT event table, POLECAT-style JSON.

``gdelt`` follows the GDELT 2.0 event table: its 61 columns, in its order and
under its names, tab-separated, with a header row (GDELT's own files have
none).  GDELT has only day dates: an event known to the month or year gets
the first day of its period in ``SQLDATE`` (the other formats keep the
precision).  Parquet files share one fixed schema, so exports of different
data read as one dataset.
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
from detente.model import json_ready
from detente.store.records import StoredEvent
from detente.store.shapes import (  # noqa: F401  (FLAT_COLUMNS, actor_name: re-exported)
    EXPORT_COLUMNS,
    FLAT_COLUMNS,
    actor_name,
    flat_record,
    full_record,
)

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "gdelt", "plover")


def _gdelt_actor_columns(actor: str) -> tuple[str, ...]:
    return tuple(
        f"{actor}{field}"
        for field in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    )


def _gdelt_geo_columns(actor: str) -> tuple[str, ...]:
    return tuple(
        f"{actor}Geo_{field}"
        for field in (
            "Type",
            "FullName",
            "CountryCode",
            "ADM1Code",
            "ADM2Code",
            "Lat",
            "Long",
            "FeatureID",
        )
    )


# The GDELT 2.0 event table (61 columns), in order.
GDELT_COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + _gdelt_actor_columns("Actor1")
    + _gdelt_actor_columns("Actor2")
    + (
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
    )
    + _gdelt_geo_columns("Actor1")
    + _gdelt_geo_columns("Actor2")
    + _gdelt_geo_columns("Action")
    + ("DATEADDED", "SOURCEURL")
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
    rows = []
    for event in events:
        row = flat_record(event)
        row["persons"] = "; ".join(event.persons)  # CSV has no lists
        rows.append(json_ready(row))
    _write_text(out, _delimited(EXPORT_COLUMNS, rows, ","))


@cache
def parquet_schema():
    """The one schema of every Parquet export (an empty column keeps its type)."""
    import pyarrow as pa

    types = {
        "id": pa.int64(),
        "date_start": pa.date32(),
        "date_end": pa.date32(),
        "known_by": pa.date32(),
        "persons": pa.list_(pa.string()),
        "confidence": pa.float64(),
        "goldstein": pa.float64(),
        "n_articles": pa.int64(),
        "n_outlets": pa.int64(),
        "n_mentions": pa.int64(),
    }
    return pa.schema([(column, types.get(column, pa.string())) for column in EXPORT_COLUMNS])


def _write_parquet(events: Sequence[StoredEvent], out: str | Path | IO) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([flat_record(e) for e in events], schema=parquet_schema())
    pq.write_table(table, str(out) if isinstance(out, str | Path) else out)


def _write_gdelt(events: Sequence[StoredEvent], out: str | Path | IO) -> None:
    _write_text(out, _delimited(GDELT_COLUMNS, [gdelt_row(e) for e in events], "\t"))


def _write_plover(events: Sequence[StoredEvent], out: str | Path | IO) -> None:
    lines = [json.dumps(plover_record(e), ensure_ascii=False) for e in events]
    _write_text(out, "".join(line + "\n" for line in lines))


def gdelt_row(event: StoredEvent) -> dict[str, Any]:
    """One event as a row of the GDELT 2.0 event table (geography and tone left empty)."""
    day = event.date_start
    cameo = event.cameo or ""
    row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    row.update(
        {
            "GLOBALEVENTID": event.id,
            "SQLDATE": day.strftime("%Y%m%d") if day else "",
            "MonthYear": day.strftime("%Y%m") if day else "",
            "Year": day.year if day else "",
            "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
            **_gdelt_actor("Actor1", event.source),
            **_gdelt_actor("Actor2", event.target),
            "IsRootEvent": 1,
            "EventCode": cameo,
            "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2],
            "QuadClass": quad_class(cameo),
            "GoldsteinScale": event.goldstein if event.goldstein is not None else "",
            "NumMentions": event.n_mentions,
            "NumSources": event.n_outlets,
            "NumArticles": event.n_articles,
            "DATEADDED": event.known_by.strftime("%Y%m%d000000") if event.known_by else "",
            "SOURCEURL": event.url or "",
        }
    )
    return row


def _gdelt_actor(prefix: str, code: str) -> dict[str, str]:
    """A state as its government (``FRAGOV``); an organisation as an IGO under its code."""
    if _is_country(code):
        return {
            f"{prefix}Code": f"{code}GOV",
            f"{prefix}Name": actor_name(code).upper(),
            f"{prefix}CountryCode": code,
            f"{prefix}Type1Code": "GOV",
        }
    return {
        f"{prefix}Code": code,
        f"{prefix}Name": actor_name(code).upper(),
        f"{prefix}Type1Code": "IGO",
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
