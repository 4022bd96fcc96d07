"""Relationship state over cross-article histories: several articles about one pair,
published years apart, each telling its news and some background.

The articles (``tests/fixtures/histories/PAIR/*.txt``) are written for these tests.
Each check is where the pair stands on a day, as an analyst would ask ``detente
status``: the relations, and each side's head of mission in the other.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente import Store
from detente.ingest import iter_articles
from detente.pipeline import ingest_articles

_HISTORIES = Path(__file__).parent / "fixtures" / "histories"

# (history, a, b, day, relations, a's head of mission in b, b's head of mission in a)
CHECKS = [
    # cut in 2009, restored in 2014 ("five years after Rabat broke them off"), Iran's
    # envoy accredited in 2016, cut again in 2018
    ("morocco_iran", "MAR", "IRN", date(2010, 1, 1), "SEVERED", "SEVERED", "SEVERED"),
    ("morocco_iran", "MAR", "IRN", date(2015, 6, 1), "NORMAL", "NONE", "NONE"),
    ("morocco_iran", "MAR", "IRN", date(2017, 1, 1), "NORMAL", "NONE", "ACCREDITED"),
    ("morocco_iran", "MAR", "IRN", date(2018, 6, 1), "SEVERED", "SEVERED", "SEVERED"),
    ("morocco_iran", "MAR", "IRN", date(2023, 7, 1), "SEVERED", "SEVERED", "SEVERED"),
    # a China-brokered restoration in March 2023 (China is no party), embassies
    # reopened, Iran's envoy named in May and accredited in September, the Saudi envoy
    # appointed in August ("Riyadh appointed him", after his post was given)
    ("saudi_iran", "SAU", "IRN", date(2023, 4, 1), "NORMAL", "CHARGE_ONLY", "CHARGE_ONLY"),
    ("saudi_iran", "SAU", "IRN", date(2023, 7, 1), "NORMAL", "CHARGE_ONLY", "NOMINATED"),
    ("saudi_iran", "SAU", "IRN", date(2023, 10, 1), "NORMAL", "NOMINATED", "ACCREDITED"),
    # Kenya recalls its envoy and orders Somalia's out (2019), Somalia cuts ties (Dec
    # 2020) and restores them after Qatari mediation (May 2021; Qatar is no party), a new
    # Kenyan envoy is accredited (2022); a 2024 article on Somalia and Ethiopia retells it
    ("kenya_somalia", "KEN", "SOM", date(2019, 2, 20), "NORMAL", "RECALLED", "EXPELLED"),
    ("kenya_somalia", "KEN", "SOM", date(2020, 6, 1), "NORMAL", "RECALLED", "EXPELLED"),
    ("kenya_somalia", "KEN", "SOM", date(2020, 12, 15), "SEVERED", "SEVERED", "SEVERED"),
    ("kenya_somalia", "KEN", "SOM", date(2021, 3, 1), "SEVERED", "SEVERED", "SEVERED"),
    ("kenya_somalia", "KEN", "SOM", date(2021, 5, 6), "NORMAL", "NONE", "NONE"),
    ("kenya_somalia", "KEN", "SOM", date(2022, 1, 1), "NORMAL", "NONE", "NONE"),
    ("kenya_somalia", "KEN", "SOM", date(2022, 9, 13), "NORMAL", "ACCREDITED", "NONE"),
    ("kenya_somalia", "KEN", "SOM", date(2024, 1, 10), "NORMAL", "ACCREDITED", "NONE"),
    ("kenya_somalia", "SOM", "ETH", date(2024, 1, 5), "NORMAL", "RECALLED", "NONE"),
    ("kenya_somalia", "KEN", "QAT", date(2024, 1, 5), "UNKNOWN", "NONE", "NONE"),
    # France recalls its ambassador for consultations (7 Feb 2019) and sends him back
    # (15 Feb): he is accredited again; a successor is accredited in 2022; a 2023 row
    # with a denied summons and recall changes nothing
    ("france_italy", "FRA", "ITA", date(2019, 2, 7), "NORMAL", "RECALLED", "NONE"),
    ("france_italy", "FRA", "ITA", date(2019, 2, 12), "NORMAL", "RECALLED", "NONE"),
    ("france_italy", "FRA", "ITA", date(2019, 2, 15), "NORMAL", "ACCREDITED", "NONE"),
    ("france_italy", "FRA", "ITA", date(2020, 6, 1), "NORMAL", "ACCREDITED", "NONE"),
    ("france_italy", "FRA", "ITA", date(2022, 10, 20), "NORMAL", "ACCREDITED", "NONE"),
    ("france_italy", "FRA", "ITA", date(2023, 5, 10), "NORMAL", "ACCREDITED", "NONE"),
    # the US and Sudan agree to exchange ambassadors (2019), the first US one is
    # confirmed in July 2022 ('confirmed Godfrey as ambassador': the post the article
    # gave him) and accredited in September; Sudan and Israel normalise in a
    # US-brokered deal (US no party)
    ("usa_sudan", "USA", "SDN", date(2019, 12, 4), "NORMAL", "NONE", "NONE"),
    ("usa_sudan", "USA", "SDN", date(2022, 8, 1), "NORMAL", "NOMINATED", "NONE"),
    ("usa_sudan", "USA", "SDN", date(2022, 9, 1), "NORMAL", "ACCREDITED", "NONE"),
    ("usa_sudan", "SDN", "ISR", date(2020, 10, 25), "NORMAL", "NONE", "NONE"),
    ("usa_sudan", "USA", "ISR", date(2020, 10, 25), "UNKNOWN", "NONE", "NONE"),
    # Turkey downgrades ties (March 2017), the Dutch envoy is withdrawn (Feb 2018), ties
    # are normalised (July 2018) and a new Dutch envoy accredited (Oct 2018)
    (
        "netherlands_turkey",
        "NLD",
        "TUR",
        date(2017, 4, 1),
        "DOWNGRADED",
        "CHARGE_ONLY",
        "CHARGE_ONLY",
    ),
    ("netherlands_turkey", "NLD", "TUR", date(2018, 2, 6), "DOWNGRADED", "RECALLED", "CHARGE_ONLY"),
    ("netherlands_turkey", "NLD", "TUR", date(2018, 10, 4), "NORMAL", "ACCREDITED", "CHARGE_ONLY"),
    ("netherlands_turkey", "NLD", "TUR", date(2019, 6, 1), "NORMAL", "ACCREDITED", "CHARGE_ONLY"),
    # Algeria recalls its ambassador for consultations (March 2022), names a new one
    # (Nov 2023) who is accredited (Jan 2024); an article on Morocco's envoy to Spain
    # ('recalled her for consultations in May 2021') retells the Algerian recall
    ("spain_algeria", "ESP", "DZA", date(2022, 3, 19), "NORMAL", "NONE", "RECALLED"),
    ("spain_algeria", "ESP", "DZA", date(2022, 4, 10), "NORMAL", "NONE", "RECALLED"),
    ("spain_algeria", "ESP", "DZA", date(2023, 6, 1), "NORMAL", "NONE", "RECALLED"),
    ("spain_algeria", "ESP", "DZA", date(2023, 11, 16), "NORMAL", "NONE", "NOMINATED"),
    ("spain_algeria", "ESP", "DZA", date(2024, 1, 25), "NORMAL", "NONE", "ACCREDITED"),
    ("spain_algeria", "ESP", "MAR", date(2021, 6, 1), "NORMAL", "NONE", "RECALLED"),
    # 'twenty months after Algiers recalled its previous envoy, Said Moussi, over Madrid's
    # support for Morocco's autonomy plan': the recall is from the post just told (Spain),
    # not from Morocco, which the reason names
    ("spain_algeria", "DZA", "MAR", date(2022, 4, 10), "UNKNOWN", "NONE", "NONE"),
    # Peru expels Mexico's ambassador (Dec 2022) and downgrades ties to chargés (Feb
    # 2023) after withdrawing its own for good; an article on Chile and Peru between
    ("peru_mexico", "PER", "MEX", date(2023, 1, 15), "NORMAL", "RECALLED", "EXPELLED"),
    ("peru_mexico", "PER", "MEX", date(2023, 2, 24), "DOWNGRADED", "CHARGE_ONLY", "CHARGE_ONLY"),
    ("peru_mexico", "PER", "MEX", date(2023, 6, 10), "DOWNGRADED", "CHARGE_ONLY", "CHARGE_ONLY"),
    ("peru_mexico", "PER", "MEX", date(2024, 3, 11), "DOWNGRADED", "CHARGE_ONLY", "CHARGE_ONLY"),
    ("peru_mexico", "CHL", "PER", date(2023, 6, 10), "NORMAL", "NONE", "NONE"),
    # Azerbaijan suspends its embassy in Tehran (Jan 2023), expels four Iranian staff (not
    # the ambassador) and reopens it (July 2024)
    ("azerbaijan_iran", "AZE", "IRN", date(2023, 1, 29), "NORMAL", "MISSION_CLOSED", "NONE"),
    ("azerbaijan_iran", "AZE", "IRN", date(2023, 4, 6), "NORMAL", "MISSION_CLOSED", "NONE"),
    ("azerbaijan_iran", "AZE", "IRN", date(2024, 1, 1), "NORMAL", "MISSION_CLOSED", "NONE"),
    ("azerbaijan_iran", "AZE", "IRN", date(2024, 7, 15), "NORMAL", "CHARGE_ONLY", "NONE"),
]

# Histories added later, the expected states worked out from DIPLOMACY.md §5 before any run.
CHECKS += [
    # Turkey recalls its envoy (May 2010), expels Israel's and downgrades ties (Sept 2011);
    # a normalisation deal (June 2016), Israel's envoy accredited (Dec 2016) while Turkey's
    # named one waits; Turkey tells Israel's envoy to leave after recalling its own (May
    # 2018); an upgrade (Aug 2022) returns no envoy, new ones are accredited (Dec 2022,
    # Jan 2023); both recall them (Oct, Nov 2023)
    ("israel_turkey", "ISR", "TUR", date(2011, 9, 10), "DOWNGRADED", "CHARGE_ONLY", "CHARGE_ONLY"),
    ("israel_turkey", "ISR", "TUR", date(2015, 1, 1), "DOWNGRADED", "CHARGE_ONLY", "CHARGE_ONLY"),
    ("israel_turkey", "ISR", "TUR", date(2016, 7, 1), "NORMAL", "CHARGE_ONLY", "CHARGE_ONLY"),
    ("israel_turkey", "ISR", "TUR", date(2018, 5, 16), "NORMAL", "EXPELLED", "RECALLED"),
    ("israel_turkey", "ISR", "TUR", date(2020, 1, 1), "NORMAL", "EXPELLED", "RECALLED"),
    ("israel_turkey", "ISR", "TUR", date(2022, 9, 1), "NORMAL", "EXPELLED", "RECALLED"),
    ("israel_turkey", "ISR", "TUR", date(2022, 12, 31), "NORMAL", "ACCREDITED", "RECALLED"),
    ("israel_turkey", "ISR", "TUR", date(2023, 11, 5), "NORMAL", "RECALLED", "RECALLED"),
    # four states cut ties with Qatar (June 2017) and restore them (Jan 2021); the UAE and
    # Qatar reopen embassies (June 2023), Qatar's envoy is accredited (Sept 2023), the UAE's
    # in December (told in passing in a piece on Bahrain, which restored ties in April 2023)
    ("qatar_uae", "ARE", "QAT", date(2017, 5, 1), "UNKNOWN", "NONE", "NONE"),
    ("qatar_uae", "ARE", "QAT", date(2017, 6, 6), "SEVERED", "SEVERED", "SEVERED"),
    ("qatar_uae", "ARE", "QAT", date(2019, 1, 1), "SEVERED", "SEVERED", "SEVERED"),
    ("qatar_uae", "ARE", "QAT", date(2021, 1, 6), "NORMAL", "NONE", "NONE"),
    ("qatar_uae", "ARE", "QAT", date(2022, 6, 1), "NORMAL", "NONE", "NONE"),
    ("qatar_uae", "ARE", "QAT", date(2023, 6, 20), "NORMAL", "CHARGE_ONLY", "CHARGE_ONLY"),
    ("qatar_uae", "ARE", "QAT", date(2023, 9, 13), "NORMAL", "CHARGE_ONLY", "ACCREDITED"),
    ("qatar_uae", "ARE", "QAT", date(2023, 12, 10), "NORMAL", "CHARGE_ONLY", "ACCREDITED"),
    ("qatar_uae", "ARE", "QAT", date(2024, 1, 1), "NORMAL", "ACCREDITED", "ACCREDITED"),
    ("qatar_uae", "SAU", "QAT", date(2019, 1, 1), "SEVERED", "SEVERED", "SEVERED"),
    ("qatar_uae", "SAU", "QAT", date(2021, 2, 1), "NORMAL", "NONE", "NONE"),
    ("qatar_uae", "EGY", "QAT", date(2021, 2, 1), "NORMAL", "NONE", "NONE"),
    ("qatar_uae", "BHR", "QAT", date(2024, 2, 21), "NORMAL", "NOMINATED", "NONE"),
    # China recalls its envoy and demands Lithuania's recall (Aug 2021), Lithuania recalls
    # hers (Sept 2021), China downgrades ties to chargés (Nov 2021); staff expelled in 2024
    # leave the chargés in place
    ("lithuania_china", "LTU", "CHN", date(2021, 8, 9), "UNKNOWN", "NONE", "NONE"),
    # "China said on Tuesday it had recalled its ambassador": the recall is dated to the
    # month (GUIDELINES, settled cases), certain from its report the next day
    ("lithuania_china", "LTU", "CHN", date(2021, 8, 11), "NORMAL", "EXPELLED", "RECALLED"),
    ("lithuania_china", "LTU", "CHN", date(2021, 9, 10), "NORMAL", "RECALLED", "RECALLED"),
    ("lithuania_china", "LTU", "CHN", date(2021, 11, 20), "NORMAL", "RECALLED", "RECALLED"),
    (
        "lithuania_china",
        "LTU",
        "CHN",
        date(2021, 11, 22),
        "DOWNGRADED",
        "CHARGE_ONLY",
        "CHARGE_ONLY",
    ),
    ("lithuania_china", "LTU", "CHN", date(2022, 3, 1), "DOWNGRADED", "CHARGE_ONLY", "CHARGE_ONLY"),
    (
        "lithuania_china",
        "LTU",
        "CHN",
        date(2024, 12, 1),
        "DOWNGRADED",
        "CHARGE_ONLY",
        "CHARGE_ONLY",
    ),
    ("lithuania_china", "LTU", "CHN", date(2025, 6, 1), "DOWNGRADED", "CHARGE_ONLY", "CHARGE_ONLY"),
    # staff expelled both ways (Sept 2023) and 41 Canadian diplomats withdrawn at India's
    # demand (Oct 2023) leave the high commissioners in place; both are expelled (Oct
    # 2024), new ones named (Aug 2025)
    ("canada_india", "CAN", "IND", date(2023, 9, 1), "UNKNOWN", "NONE", "NONE"),
    ("canada_india", "CAN", "IND", date(2023, 9, 20), "NORMAL", "NONE", "NONE"),
    ("canada_india", "CAN", "IND", date(2023, 10, 25), "NORMAL", "NONE", "NONE"),
    ("canada_india", "CAN", "IND", date(2024, 1, 1), "NORMAL", "NONE", "NONE"),
    ("canada_india", "CAN", "IND", date(2024, 10, 13), "NORMAL", "NONE", "NONE"),
    ("canada_india", "CAN", "IND", date(2024, 10, 15), "NORMAL", "EXPELLED", "EXPELLED"),
    ("canada_india", "CAN", "IND", date(2025, 3, 1), "NORMAL", "EXPELLED", "EXPELLED"),
    ("canada_india", "CAN", "IND", date(2025, 8, 27), "NORMAL", "EXPELLED", "EXPELLED"),
    ("canada_india", "CAN", "IND", date(2025, 8, 29), "NORMAL", "NOMINATED", "NOMINATED"),
    ("canada_india", "CAN", "IND", date(2026, 1, 1), "NORMAL", "NOMINATED", "NOMINATED"),
    # Jordan recalls its envoy (Nov 2014), he returns (Feb 2015); Majali recalled for
    # consultations (Oct 2019) returns (Nov 2019); Israel's envoy accredited (Sept 2022);
    # Jordan recalls its envoy and bars Israel's from returning (Nov 2023)
    ("jordan_israel", "JOR", "ISR", date(2014, 11, 4), "UNKNOWN", "NONE", "NONE"),
    ("jordan_israel", "JOR", "ISR", date(2014, 11, 6), "NORMAL", "RECALLED", "NONE"),
    ("jordan_israel", "JOR", "ISR", date(2015, 1, 1), "NORMAL", "RECALLED", "NONE"),
    ("jordan_israel", "JOR", "ISR", date(2015, 2, 10), "NORMAL", "ACCREDITED", "NONE"),
    ("jordan_israel", "JOR", "ISR", date(2018, 1, 1), "NORMAL", "ACCREDITED", "NONE"),
    ("jordan_israel", "JOR", "ISR", date(2019, 10, 30), "NORMAL", "RECALLED", "NONE"),
    ("jordan_israel", "JOR", "ISR", date(2023, 11, 2), "NORMAL", "RECALLED", "EXPELLED"),
    ("jordan_israel", "JOR", "ISR", date(2024, 6, 1), "NORMAL", "RECALLED", "EXPELLED"),
]

# Checks that still fail, each for the reason given.
OPEN_CHECKS = [
    pytest.param(
        "peru_mexico",
        "PER",
        "MEX",
        date(2022, 12, 20),
        "NORMAL",
        "RECALLED",
        "EXPELLED",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'recalled ... last week' is dated to the month (a week is no date "
            "precision), so it is certain only from its first report, the next day",
        ),
    ),
    pytest.param(
        "kenya_somalia",
        "SOM",
        "ETH",
        date(2022, 1, 1),
        "UNKNOWN",
        "NONE",
        "NONE",
    ),
    pytest.param(
        "israel_turkey",
        "ISR",
        "TUR",
        date(2010, 8, 1),
        "NORMAL",
        "NONE",
        "RECALLED",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'withdrew its own ambassador ... after the raid in May 2010, and he has "
            "not returned': the time of the raid is not taken for the withdrawal after it, "
            "which is dated to the article's month (2011-09)",
        ),
    ),
    pytest.param(
        "israel_turkey",
        "ISR",
        "TUR",
        date(2016, 12, 5),
        "NORMAL",
        "CHARGE_ONLY",
        "NOMINATED",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Ankara named Okem, a foreign policy adviser ..., to the post in "
            "November': an appointment to 'the post' the sentence before placed (Turkey's "
            "ambassador-designate to Israel) is not extracted (appointments.py)",
        ),
    ),
    pytest.param(
        "israel_turkey",
        "ISR",
        "TUR",
        date(2016, 12, 13),
        "NORMAL",
        "ACCREDITED",
        "NOMINATED",
        marks=pytest.mark.xfail(
            strict=True, reason="as on 2016-12-05: 'named Okem ... to the post'"
        ),
    ),
    pytest.param(
        "israel_turkey",
        "ISR",
        "TUR",
        date(2023, 2, 1),
        "NORMAL",
        "ACCREDITED",
        "ACCREDITED",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Lillian presented her credentials to Erdogan ..., and Torunlar presented "
            "his to President Isaac Herzog in January 2023': the second presentation, its "
            "object 'his' standing for 'his credentials', is not extracted (read as such, "
            "it takes the first clause's sides: the conjoined clause's own are not found)",
        ),
    ),
    pytest.param(
        "jordan_israel",
        "JOR",
        "ISR",
        date(2019, 12, 1),
        "NORMAL",
        "ACCREDITED",
        "NONE",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'it called Ghassan Majali home for consultations ...; he returned to his "
            "post in November 2019': neither act is read from this background sentence "
            "(Majali is named without a title, so 'he' is no envoy with a known state)",
        ),
    ),
    pytest.param(
        "jordan_israel",
        "JOR",
        "ISR",
        date(2022, 9, 7),
        "NORMAL",
        "ACCREDITED",
        "ACCREDITED",
        marks=pytest.mark.xfail(strict=True, reason="as on 2019-12-01: 'he returned to his post'"),
    ),
    pytest.param(
        "jordan_israel",
        "JOR",
        "ISR",
        date(2023, 10, 25),
        "NORMAL",
        "ACCREDITED",
        "ACCREDITED",
        marks=pytest.mark.xfail(strict=True, reason="as on 2019-12-01: 'he returned to his post'"),
    ),
]

# (history, sender, target, day, sanctions): imposed in 1997, eased in January 2017,
# lifted in October 2017
SANCTION_CHECKS = [
    ("usa_sudan", "USA", "SDN", date(1998, 1, 1), "IN_FORCE"),
    ("usa_sudan", "USA", "SDN", date(2016, 12, 31), "IN_FORCE"),
    ("usa_sudan", "USA", "SDN", date(2017, 1, 13), "EASED"),
    ("usa_sudan", "USA", "SDN", date(2017, 6, 1), "EASED"),
    ("usa_sudan", "USA", "SDN", date(2017, 10, 6), "LIFTED"),
    ("usa_sudan", "USA", "SDN", date(2021, 1, 1), "LIFTED"),
    # the UAE's blockade of Qatar (June 2017 to Jan 2021); China's ban on Lithuanian
    # imports (since December 2021)
    ("qatar_uae", "ARE", "QAT", date(2018, 1, 1), "IN_FORCE"),
    ("qatar_uae", "ARE", "QAT", date(2021, 2, 1), "LIFTED"),
    ("qatar_uae", "SAU", "QAT", date(2018, 1, 1), "IN_FORCE"),
    ("lithuania_china", "CHN", "LTU", date(2021, 11, 1), "NONE"),
    ("lithuania_china", "CHN", "LTU", date(2022, 6, 1), "IN_FORCE"),
]


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    opened = {}
    for history in sorted(path.name for path in _HISTORIES.iterdir() if path.is_dir()):
        url = f"sqlite:///{tmp_path_factory.mktemp(history) / 'h.db'}"
        store = Store(url)
        ingest_articles(store, iter_articles([_HISTORIES / history]))
        opened[history] = store
    yield opened
    for store in opened.values():
        store.close()


@pytest.mark.parametrize(
    ("history", "a", "b", "day", "relations", "forward", "backward"), CHECKS + OPEN_CHECKS
)
def test_where_the_pair_stands(stores, history, a, b, day, relations, forward, backward):
    status = stores[history].status(a, b, on=day)
    assert (
        status.relations.relations.value,
        status.forward.head_of_mission.value,
        status.backward.head_of_mission.value,
    ) == (relations, forward, backward)


def test_no_broker_or_background_state_becomes_a_party(stores):
    """China brokered the deal; no event of the Saudi-Iran history involves it."""
    assert not [e for e in stores["saudi_iran"].events() if "CHN" in (e.source, e.target)]


@pytest.mark.parametrize(("history", "sender", "target", "day", "expected"), SANCTION_CHECKS)
def test_sanctions_on_the_day(stores, history, sender, target, day, expected):
    status = stores[history].status(sender, target, on=day)
    assert status.sanctions[0].status.value == expected


@pytest.mark.parametrize(("history", "broker"), [("kenya_somalia", "QAT"), ("usa_sudan", "USA")])
def test_a_mediator_is_no_party_to_the_restoration(stores, history, broker):
    """Qatar mediated Somalia's return to ties with Kenya; the US brokered Sudan's deal
    with Israel: no restoration involves the mediator."""
    restorations = stores[history].events(type="RESTORE_RELATIONS")
    assert restorations
    assert not [e for e in restorations if broker in (e.source, e.target)]
