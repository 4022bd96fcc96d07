"""Non-English articles are skipped and counted, not mis-extracted."""

from __future__ import annotations

import json
import logging

from detente.errors import InputError
from detente.ingest import LanguageSkips, iter_articles
from detente.ingest.language import article_language, english_share, is_english

ENGLISH = (
    "The foreign ministry said on Monday that it had recalled its ambassador for consultations "
    "after the neighbouring government refused to explain the arrest of two of its citizens, "
    "and that further steps would be considered by the cabinet later in the week."
)
FRENCH = (
    "Le ministère des affaires étrangères a annoncé lundi le rappel de son ambassadeur pour "
    "consultations, après le refus du gouvernement voisin d'expliquer l'arrestation de deux de "
    "ses ressortissants, et précisé que d'autres mesures seraient examinées cette semaine."
)
GERMAN = (
    "Das Außenministerium teilte am Montag mit, es habe seinen Botschafter zu Konsultationen "
    "zurückgerufen, nachdem die Regierung des Nachbarlandes sich geweigert hatte, die Festnahme "
    "zweier Staatsbürger zu erklären; weitere Schritte würden im Laufe der Woche geprüft."
)
SPANISH = (
    "El ministerio de Asuntos Exteriores anunció el lunes que había llamado a consultas a su "
    "embajador, después de que el gobierno vecino se negara a explicar la detención de dos de "
    "sus ciudadanos, y que el gabinete estudiaría otras medidas a lo largo de la semana."
)


def test_languages_are_told_apart():
    assert [article_language(t) for t in (ENGLISH, FRENCH, GERMAN, SPANISH)] == [
        "en",
        "fr",
        "de",
        "es",
    ]
    assert is_english(ENGLISH)
    assert not is_english(FRENCH)


def test_english_is_recognised_by_its_function_words_without_langdetect():
    words = ENGLISH.lower().replace(",", "").replace(".", "").split()
    assert english_share(words) >= 0.15
    assert english_share(FRENCH.lower().split()) < 0.05


def test_a_text_too_short_to_judge_is_kept():
    assert is_english("Ambassadeur rappelé.")


def test_non_english_articles_are_skipped_and_counted(tmp_path):
    dump = tmp_path / "mixed.jsonl"
    lines = [{"text": t} for t in (ENGLISH, FRENCH, GERMAN, ENGLISH + " Again.", FRENCH)]
    dump.write_text("\n".join(json.dumps(line) for line in lines) + "\n{bad\n", encoding="utf-8")
    skips = LanguageSkips()
    items = list(iter_articles([dump], skipped=skips))
    assert [getattr(i, "doc_id", None) for i in items] == ["mixed.jsonl:1", "mixed.jsonl:4", None]
    assert isinstance(items[2], InputError)
    assert dict(skips.by_language) == {"fr": 2, "de": 1}
    assert skips.total == 3
    assert skips.examples == [f"{dump}:2 (fr)", f"{dump}:3 (de)", f"{dump}:5 (fr)"]
    assert skips.summary() == "3 skipped as not English (fr 2, de 1)"
    assert LanguageSkips().summary() == "0 skipped as not English"


def test_without_a_counter_a_skip_is_logged_and_language_none_keeps_all(tmp_path, caplog):
    page = tmp_path / "seite.txt"
    page.write_text(GERMAN, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="detente.ingest.language"):
        assert list(iter_articles([page])) == []
    assert caplog.messages == [f"{page}: skipped, written in 'de', not English"]
    [kept] = iter_articles([page], language=None)
    assert kept.text == GERMAN
