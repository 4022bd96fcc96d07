"""Actor matches settled across the whole article, where one sentence cannot tell.

Two forms depend on what else the article names:

* a seat name other states' ministries share ("Foreign Office", listed in
  ``data/gazetteer/shared_seat_names.tsv``) is its state's (London's) only where
  the article names that state by another form; in a story about Pakistan "the
  Foreign Office" is Islamabad's, so the match is dropped and the ministry is
  resolved like any unnamed ministry;
* a capital that news uses for an organisation seated there ("Brussels", listed in
  ``data/gazetteer/organisation_seats.tsv``) is the organisation when the article
  names it and never names the capital's state otherwise;
* an ambiguous short name ("Congo", listed with "?" in ``states.tsv``) follows the
  article's fuller mention of another state whose name holds it ("DR Congo",
  "Democratic Republic of Congo", or its capital "Kinshasa") when the article names
  the short name's own state by no other form.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from detente.nlp.actors import ActorSpan, fuller_namesakes, is_ambiguous
from detente.nlp.gazetteer_files import table_rows


def settle(actors: list[list[ActorSpan]]) -> list[list[ActorSpan]]:
    """Per sentence, the matches with article-dependent forms settled."""
    every = [span for spans in actors for span in spans]
    organisations = {span.code for span in every if span.kind == "organisation"}
    states_named = {span.code for span in every if span.kind not in ("capital", "organisation")}
    settled = []
    for spans in actors:
        kept = []
        for span in spans:
            if _stray_seat(span, every):
                continue
            seated = _table("organisation_seats.tsv").get(span.text)
            if span.kind == "capital" and seated in organisations and span.code not in states_named:
                span = replace(span, code=seated, kind="organisation")
            namesake = _namesake_named(span, every)
            if namesake:
                span = replace(span, code=namesake)
            kept.append(span)
        settled.append(kept)
    return settled


def _namesake_named(span: ActorSpan, every: list[ActorSpan]) -> str | None:
    """The state a bare ambiguous name means when the article names, by an unambiguous
    form, exactly one other state whose fuller name holds it and never its own."""
    namesakes = fuller_namesakes(span)
    if not namesakes:
        return None
    firm = {other.code for other in every if not is_ambiguous(other)}
    named = namesakes & firm
    if len(named) != 1 or span.code in firm:
        return None
    return next(iter(named))


def _stray_seat(span: ActorSpan, every: list[ActorSpan]) -> bool:
    """A shared seat name whose state the article names by no other form."""
    return (
        span.kind == "seat"
        and span.text in _table("shared_seat_names.tsv")
        and not any(other.code == span.code and other.text != span.text for other in every)
    )


@cache
def _table(file_name: str) -> dict[str, str]:
    """First column -> second of a two-column gazetteer file, header left out."""
    return dict(table_rows(file_name))
