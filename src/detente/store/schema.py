"""The tables, in SQLAlchemy Core: one definition for SQLite and PostgreSQL.

An *article* is stored once, keyed by the hash of its normalised text.  A
*report* is one event as one article tells it (an ``Event`` from extraction);
reports of the same event from many articles point at one row of *events*.  A
negated report (a denial) points at no event: denials never create one.
*Mentions* are the sentences behind a report, with their offsets.

Every event and denial carries a ``change_seq``: a number from one store-wide
counter, given anew whenever the event is made or its reports change (see
:mod:`detente.store.changes`); it is the cursor of ``detente events --after``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("text_hash", String(64), nullable=False, unique=True),
    Column("doc_id", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("path", Text),
    Column("published", Date),
    Column("published_from", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
)


def _event_columns() -> list[Column]:
    """Columns an event shares with a report (fresh objects for each table)."""
    return [
        Column("type", String(32), nullable=False),
        Column("source", String(16), nullable=False),
        Column("target", String(16), nullable=False),
        Column("date_value", String(10)),
        Column("date_precision", String(5)),
        Column("modality", String(8), nullable=False),
        Column("persons", JSON, nullable=False),
        Column("confidence", Float, nullable=False),
        Column("evidence", Text, nullable=False),
        Column("cameo", String(8)),
        Column("goldstein", Float),
        Column("plover", String(16)),
        Column("plover_mode", String(24)),
        Column("details", JSON, nullable=False),
    ]


events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    *_event_columns(),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("known_by", Date),
    Column("n_articles", Integer, nullable=False),
    Column("n_outlets", Integer, nullable=False),
    Column("n_mentions", Integer, nullable=False),
    Column("primary_report_id", Integer),
    Column("updated_at", DateTime, nullable=False),
    # Null only between migration 3 adding it and filling it in the same transaction.
    Column("change_seq", BigInteger),
    Index("ix_events_dyad", "source", "target", "type"),
    Index("ix_events_change", "change_seq"),
    Index("ix_events_target", "target"),
    Index("ix_events_date", "date_start"),
)

reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("event_id", Integer, ForeignKey("events.id")),
    *_event_columns(),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("change_seq", BigInteger),  # a denial's (negated report's) cursor; null otherwise
    Index("ix_reports_event", "event_id"),
    Index("ix_reports_dyad", "source", "target", "modality"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", Integer, ForeignKey("reports.id"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("modality", String(8), nullable=False),
    Column("date_value", String(10)),
    Column("date_precision", String(5)),
    Column("evidence", Text, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("persons", JSON, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("details", JSON, nullable=False),
    Index("ix_mentions_report", "report_id"),
)

VERSION_1_TABLES = (articles, events, reports, mentions)

# An event merged into another leaves its id here, naming the live event it went
# to, so that saved links and ids still find it (see :func:`detente.store.writer.regroup`).
event_aliases = Table(
    "event_aliases",
    metadata,
    Column("old_id", Integer, primary_key=True, autoincrement=False),
    Column("event_id", Integer, nullable=False),
    Index("ix_event_aliases_event", "event_id"),
)

# The last change sequence number given (one row, id 1).  A writer bumps it at the
# end of its transaction, so numbers are handed out in commit order.
change_counter = Table(
    "change_counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("last_seq", BigInteger, nullable=False),
)


def foreign_tables(connection: Connection) -> list[str]:
    """Tables named as ours that another program made: there, but with no schema version.

    Checked before migrating, so that a database another program uses is neither
    written to nor fails later, at the first query, with SQL.
    """
    present = set(inspect(connection).get_table_names())
    if schema_version.name in present:
        return []
    return [table.name for table in metadata.sorted_tables if table.name in present]
