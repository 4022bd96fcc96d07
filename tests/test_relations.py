"""The relationship state machine on hand-built events (no database)."""

from __future__ import annotations

import random
from datetime import date

from detente.relations import Period, RelationEvent, history, in_order, status_on


def event(
    id,
    type,
    source,
    target,
    when=None,
    precision=None,
    modality="asserted",
    persons=(),
    evidence="",
    known_by=None,
    **details,
):
    """A RelationEvent with the date given as 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'."""
    if when is not None and precision is None:
        precision = {10: "day", 7: "month", 4: "year"}[len(when)]
    return RelationEvent(
        id,
        type,
        source,
        target,
        when,
        precision,
        modality,
        tuple(persons),
        details,
        known_by,
        evidence,
    )


def changes_of(events, subject=None):
    return [
        (c.subject, c.attribute, c.before, c.after, c.period.label)
        for c in history(events)
        if subject is None or c.subject == subject
    ]


# Walkthrough A (DIPLOMACY.md §5.6): France's ambassador in Belarus.
APPOINT_FR = event(
    1,
    "APPOINT_AMBASSADOR",
    "FRA",
    "BLR",
    "2020",
    persons=["Claire Dumont"],
    evidence="Paris named Claire Dumont its ambassador to Minsk.",
)
COPIES_FR = event(
    2,
    "PRESENT_CREDENTIALS",
    "FRA",
    "BLR",
    known_by=date(2021, 10, 18),
    copies=True,
    evidence="She handed copies of her credentials to the minister.",
)
EXPEL_FR = event(
    3,
    "EXPEL_DIPLOMAT",
    "BLR",
    "FRA",
    "2021-10",
    persons=["Claire Dumont"],
    evidence="The French ambassador was ordered to leave Belarus.",
    known_by=date(2021, 10, 18),
)
WALKTHROUGH_A = [APPOINT_FR, COPIES_FR, EXPEL_FR]


def test_walkthrough_a_expelled_after_copies_never_accredited():
    status = status_on(WALKTHROUGH_A, "BLR", "FRA", on=date(2021, 10, 20))
    france_in_belarus = status.backward
    assert (france_in_belarus.sending_state, france_in_belarus.receiving_state) == ("FRA", "BLR")
    assert france_in_belarus.head_of_mission.value == "EXPELLED"
    assert france_in_belarus.head_of_mission.caused_by == (EXPEL_FR,)
    assert france_in_belarus.head_of_mission.since == Period(
        date(2021, 10, 1), date(2021, 10, 31), "month"
    )
    assert france_in_belarus.person == "Claire Dumont"
    assert changes_of(WALKTHROUGH_A, "FRA->BLR") == [
        ("FRA->BLR", "head_of_mission", "NONE", "NOMINATED", "2020"),
        ("FRA->BLR", "level", None, 3, "2020"),
        (
            "FRA->BLR",
            "head_of_mission",
            "NOMINATED",
            "COPIES_PRESENTED",
            "no later than 2021-10-18",
        ),
        ("FRA->BLR", "mission", "UNKNOWN", "OPEN", "no later than 2021-10-18"),
        ("FRA->BLR", "head_of_mission", "COPIES_PRESENTED", "EXPELLED", "2021-10"),
    ]
    assert status.forward.head_of_mission.value == "NONE"
    assert status.relations.relations.value == "NORMAL"
    assert status.tentative == ()  # reported on the 18th: certain although October went on
    assert status.anomalies == ()


def test_walkthrough_a_before_the_expulsion_and_before_the_report():
    # The undated copies are known only from the article of 2021-10-18.
    in_september = status_on(WALKTHROUGH_A, "FRA", "BLR", on=date(2021, 9, 30))
    assert in_september.forward.head_of_mission.value == "NOMINATED"
    assert in_september.tentative == ()
    # Once the expulsion is certain they count too: they came before it.
    reported = status_on(WALKTHROUGH_A, "FRA", "BLR", on=date(2021, 10, 18))
    assert [c.after for c in reported.changes if c.attribute == "head_of_mission"] == [
        "NOMINATED",
        "COPIES_PRESENTED",
        "EXPELLED",
    ]


def test_a_month_dated_event_is_possible_in_its_month_and_certain_once_reported():
    # "Expelled in October", in an article of 18 October.
    in_september = status_on(WALKTHROUGH_A, "FRA", "BLR", on=date(2021, 9, 30))
    assert in_september.tentative == ()
    early_october = status_on(WALKTHROUGH_A, "FRA", "BLR", on=date(2021, 10, 1))
    assert early_october.forward.head_of_mission.value == "NOMINATED"  # not yet EXPELLED
    assert early_october.tentative == (EXPEL_FR,)  # possible, with its period
    day_before = status_on(WALKTHROUGH_A, "FRA", "BLR", on=date(2021, 10, 17))
    assert day_before.forward.head_of_mission.value != "EXPELLED"
    reported = status_on(WALKTHROUGH_A, "FRA", "BLR", on=date(2021, 10, 18))
    assert reported.forward.head_of_mission.value == "EXPELLED"
    assert reported.tentative == ()


def test_a_day_dated_event_is_certain_from_its_day():
    # "He left on Sunday", in an article of Monday 18 October: Sunday the 17th.
    left = event(
        4,
        "RECALL_DIPLOMAT",
        "FRA",
        "BLR",
        "2021-10-17",
        known_by=date(2021, 10, 18),
        evidence="The ambassador left on Sunday.",
        head_of_mission=True,
    )
    events = [APPOINT_FR, left]
    assert status_on(events, "FRA", "BLR", on=date(2021, 10, 16)).tentative == ()
    assert (
        status_on(events, "FRA", "BLR", on=date(2021, 10, 16)).forward.head_of_mission.value
        == "NOMINATED"
    )
    on_sunday = status_on(events, "FRA", "BLR", on=date(2021, 10, 17))
    assert on_sunday.forward.head_of_mission.value == "RECALLED"
    assert on_sunday.tentative == ()


def test_an_unreported_month_stays_possible_until_it_ends():
    unreported = event(5, "SEVER_RELATIONS", "BLR", "LTU", "2021-08")
    in_month = status_on([unreported], "BLR", "LTU", on=date(2021, 8, 20))
    assert in_month.relations.relations.value == "UNKNOWN"
    assert in_month.tentative == (unreported,)
    after = status_on([unreported], "BLR", "LTU", on=date(2021, 8, 31))
    assert after.relations.relations.value == "SEVERED"


# Walkthrough B (§5.7): Belarus's ambassador in the UK.
SANCTIONS_UK = event(
    10,
    "IMPOSE_SANCTIONS",
    "GBR",
    "BLR",
    known_by=date(2022, 7, 29),
    evidence="London has imposed sanctions on Minsk.",
)
RECALL_BY = event(
    11,
    "RECALL_DIPLOMAT",
    "BLR",
    "GBR",
    "2022-07-29",
    modality="reported",
    evidence="Minsk reportedly recalled its ambassador in London on Friday.",
)
DOWNGRADE_BY = event(
    12,
    "DOWNGRADE_RELATIONS",
    "BLR",
    "GBR",
    "2022-07",
    own_side=True,
    evidence="Minsk lowered the level of its representation in London.",
)
NOT_SEVERED = event(
    13,
    "SEVER_RELATIONS",
    "BLR",
    "GBR",
    "2022-07-29",
    modality="negated",
    evidence="The move does not mean cutting off contacts with London.",
)
WALKTHROUGH_B = [SANCTIONS_UK, RECALL_BY, DOWNGRADE_BY, NOT_SEVERED]


def test_walkthrough_b_recall_then_downgrade_not_severed():
    status = status_on(WALKTHROUGH_B, "BLR", "GBR", on=date(2022, 8, 1))
    assert status.forward.head_of_mission.value == "CHARGE_ONLY"
    assert status.forward.head_of_mission.caused_by == (DOWNGRADE_BY,)
    assert status.forward.level.value == 1
    assert status.backward.head_of_mission.value == "NONE"
    assert status.backward.level.value is None
    assert status.relations.relations.value == "DOWNGRADED"
    assert status.relations.downgraded_by == ("BLR",)
    assert [(g.claim, g.event) for g in status.guards] == [("relations not severed", NOT_SEVERED)]
    assert status.sanctions[1].sender == "GBR"
    assert status.sanctions[1].status.value == "IN_FORCE"
    assert status.sanctions[0].status.value == "NONE"
    recall, downgrade = [
        c for c in status.changes if c.subject == "BLR->GBR" and c.attribute == "head_of_mission"
    ]
    assert (recall.before, recall.after, recall.confidence) == ("NONE", "RECALLED", "low")
    assert (downgrade.before, downgrade.after, downgrade.confidence) == (
        "RECALLED",
        "CHARGE_ONLY",
        "high",
    )


def test_order_of_arrival_does_not_change_history():
    events = (
        WALKTHROUGH_A
        + WALKTHROUGH_B
        + [
            event(20, "SUMMON_DIPLOMAT", "BLR", "FRA", "2021-10-05"),
            event(21, "APPOINT_AMBASSADOR", "BLR", "FRA", "2019-02-01"),
        ]
    )
    expected = changes_of(events)
    for seed in range(5):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert changes_of(shuffled) == expected


def test_late_report_of_an_earlier_event_is_replayed_in_place():
    recall = event(
        1,
        "RECALL_DIPLOMAT",
        "USA",
        "VEN",
        "2019-01-25",
        evidence="Washington recalled its ambassador.",
    )
    earlier_credentials = event(
        2,
        "PRESENT_CREDENTIALS",
        "USA",
        "VEN",
        "2018-03-02",
        evidence="The ambassador presented credentials.",
    )
    steps = [
        c
        for c in changes_of([recall, earlier_credentials], "USA->VEN")
        if c[1] == "head_of_mission"
    ]
    assert steps == [
        ("USA->VEN", "head_of_mission", "NONE", "ACCREDITED", "2018-03-02"),
        ("USA->VEN", "head_of_mission", "ACCREDITED", "RECALLED", "2019-01-25"),
    ]


def test_same_day_ties_apply_escalation_first():
    restore = event(1, "RESTORE_RELATIONS", "AAA", "BBB", "2020-05-05")
    sever = event(2, "SEVER_RELATIONS", "AAA", "BBB", "2020-05-05")
    assert [e.id for e in in_order([restore, sever])] == [2, 1]
    status = status_on([restore, sever], "AAA", "BBB")
    assert status.relations.relations.value == "NORMAL"
    assert status.forward.head_of_mission.value == "NONE"


def test_month_event_goes_before_a_later_ranked_day_event_inside_it():
    presented = event(1, "PRESENT_CREDENTIALS", "ITA", "EST", "2023-10-20")
    appointed = event(2, "APPOINT_AMBASSADOR", "ITA", "EST", "2023-10")
    summoned = event(3, "SUMMON_DIPLOMAT", "EST", "ITA", "2023-09-30")
    assert [e.id for e in in_order([presented, appointed, summoned])] == [3, 2, 1]
    assert status_on([presented, appointed], "ITA", "EST").forward.head_of_mission.value == (
        "ACCREDITED"
    )


def test_when_dates_cannot_order_them_the_coherent_order_wins():
    # Tie order alone would apply the expulsion first, then copies to an expelled envoy.
    for expel_date in ("2021-10", "2021-10-17"):
        copies = event(1, "PRESENT_CREDENTIALS", "FRA", "BLR", "2021-10", copies=True)
        expelled = event(
            2,
            "EXPEL_DIPLOMAT",
            "BLR",
            "FRA",
            expel_date,
            evidence="The French ambassador was ordered out.",
        )
        status = status_on([expelled, copies], "FRA", "BLR")
        assert [c.after for c in status.changes if c.attribute == "head_of_mission"] == [
            "COPIES_PRESENTED",
            "EXPELLED",
        ]
        assert status.anomalies == ()


def test_recalled_or_expelled_becomes_charge_only_after_a_lag_if_asked():
    events = [event(1, "PRESENT_CREDENTIALS", "FRA", "BLR", "2020-12-08"), EXPEL_FR]
    soon = status_on(events, "FRA", "BLR", on=date(2021, 11, 15), charge_after_days=30)
    assert soon.forward.head_of_mission.value == "EXPELLED"
    later = status_on(events, "FRA", "BLR", on=date(2021, 12, 1), charge_after_days=30)
    assert later.forward.head_of_mission.value == "CHARGE_ONLY"
    assert later.forward.head_of_mission.caused_by == (EXPEL_FR,)
    assert later.forward.level.value == 1
    assert (
        status_on(events, "FRA", "BLR", on=date(2021, 12, 1)).forward.head_of_mission.value
        == "EXPELLED"
    )


def test_undated_events_never_override_dated_ones():
    dated = event(1, "LIFT_SANCTIONS", "EU", "MLI", "2022-07-03")
    undated = event(2, "IMPOSE_SANCTIONS", "EU", "MLI", known_by=date(2022, 8, 1))
    status = status_on([dated, undated], "EU", "MLI", on=date(2022, 9, 1))
    assert status.sanctions[0].status.value == "LIFTED"
    assert [c.after for c in status.changes] == ["IN_FORCE", "LIFTED"]


def test_planned_events_wait_until_carried_out():
    threat = event(
        1,
        "EXPEL_DIPLOMAT",
        "RUS",
        "EST",
        "2023-01-11",
        modality="planned",
        evidence="Moscow will expel the Estonian ambassador.",
    )
    accredited = event(2, "PRESENT_CREDENTIALS", "EST", "RUS", "2020-01-15")
    status = status_on([threat, accredited], "EST", "RUS", on=date(2023, 1, 20))
    assert status.forward.head_of_mission.value == "ACCREDITED"
    assert status.pending == (threat,)
    order = event(
        3,
        "EXPEL_DIPLOMAT",
        "RUS",
        "EST",
        "2023-01-23",
        evidence="The Estonian ambassador was ordered to leave Russia.",
    )
    status = status_on([threat, accredited, order], "EST", "RUS", on=date(2023, 2, 1))
    assert status.forward.head_of_mission.value == "EXPELLED"
    assert status.pending == ()


def test_negated_events_never_change_state():
    denial = event(
        1,
        "EXPEL_DIPLOMAT",
        "DZA",
        "FRA",
        "2021-10-03",
        modality="negated",
        evidence="Algiers denied expelling the French ambassador.",
    )
    status = status_on([denial], "DZA", "FRA")
    assert status.changes == ()
    assert status.backward.head_of_mission.value == "NONE"
    assert [g.claim for g in status.guards] == ["no expulsion"]


def test_sever_restore_and_reopen():
    events = [
        event(1, "PRESENT_CREDENTIALS", "COL", "VEN", "2018-01-10"),
        event(2, "SEVER_RELATIONS", "VEN", "COL", "2019-02-23"),
        event(3, "RESTORE_RELATIONS", "COL", "VEN", "2022-08-28"),
        event(4, "OPEN_MISSION", "COL", "VEN", "2022-09-05"),
    ]
    severed = status_on(events, "COL", "VEN", on=date(2020, 1, 1))
    assert severed.relations.relations.value == "SEVERED"
    assert severed.forward.head_of_mission.value == "SEVERED"
    assert severed.backward.head_of_mission.value == "SEVERED"
    assert severed.forward.mission.value == "CLOSED"
    restored = status_on(events, "COL", "VEN", on=date(2022, 8, 30))
    assert restored.relations.relations.value == "NORMAL"
    assert restored.forward.head_of_mission.value == "NONE"
    reopened = status_on(events, "COL", "VEN")
    assert reopened.forward.mission.value == "OPEN"
    assert reopened.backward.mission.value == "CLOSED"


def test_expelling_staff_only_leaves_the_head_of_mission():
    staff = event(
        1,
        "EXPEL_DIPLOMAT",
        "CZE",
        "RUS",
        "2021-04-17",
        evidence="Prague expelled 18 Russian diplomats.",
    )
    status = status_on(
        [event(2, "PRESENT_CREDENTIALS", "RUS", "CZE", "2019-01-01"), staff], "RUS", "CZE"
    )
    assert status.forward.head_of_mission.value == "ACCREDITED"
    assert status.forward.staff_expulsions == (staff,)


def test_staff_cuts_in_a_sentence_that_also_names_an_ambassador_leave_the_head():
    """The extractor says whom the act was of; the sentence's other words do not decide."""
    accredited = event(1, "PRESENT_CREDENTIALS", "POL", "BLR", "2019-01-01")
    cut = event(
        2,
        "EXPEL_DIPLOMAT",
        "BLR",
        "POL",
        "2020-10-02",
        evidence="Minsk recalled its ambassador from Warsaw and demanded that Poland cut "
        "its diplomatic staff.",
        staff_only=True,
    )
    status = status_on([accredited, cut], "POL", "BLR")
    assert status.forward.head_of_mission.value == "ACCREDITED"
    assert status.forward.staff_expulsions == (cut,)
    named = event(3, "EXPEL_DIPLOMAT", "BLR", "POL", "2020-10-02", head_of_mission=True)
    assert status_on([accredited, named], "POL", "BLR").forward.head_of_mission.value == (
        "EXPELLED"
    )


def test_expelling_the_entire_staff_closes_the_mission_de_facto():
    everyone = event(
        1,
        "EXPEL_DIPLOMAT",
        "BLR",
        "LVA",
        "2021-03",
        entire_staff=True,
        evidence="Minsk expelled the whole staff of the Latvian embassy.",
    )
    status = status_on([everyone], "LVA", "BLR")
    assert status.forward.head_of_mission.value == "EXPELLED"
    assert status.forward.mission.value == "CLOSED"
    assert status.forward.mission.note == "de facto: the entire staff was expelled"


def test_bilateral_downgrade_lowers_both_sides_and_upgrade_restores_one():
    events = [
        event(
            1,
            "DOWNGRADE_RELATIONS",
            "CHN",
            "LTU",
            "2021-11-21",
            evidence="Beijing downgraded relations to charge d'affaires level.",
        ),
        event(2, "UPGRADE_RELATIONS", "CHN", "LTU", "2024-01-10", own_side=True),
    ]
    downgraded = status_on(events, "CHN", "LTU", on=date(2022, 1, 1))
    assert (downgraded.forward.level.value, downgraded.backward.level.value) == (1, 1)
    assert downgraded.relations.downgraded_by == ("CHN", "LTU")
    upgraded = status_on(events, "CHN", "LTU")
    assert (upgraded.forward.level.value, upgraded.backward.level.value) == (3, 1)
    assert upgraded.relations.relations.value == "DOWNGRADED"
    assert upgraded.relations.downgraded_by == ("LTU",)


def test_recall_on_the_day_of_expulsion_is_compliance():
    events = [
        event(1, "PRESENT_CREDENTIALS", "SWE", "IRN", "2020-01-01"),
        event(
            2,
            "EXPEL_DIPLOMAT",
            "IRN",
            "SWE",
            "2022-05-04",
            evidence="Tehran expelled the Swedish ambassador.",
        ),
        event(
            3,
            "RECALL_DIPLOMAT",
            "SWE",
            "IRN",
            "2022-05-04",
            evidence="Stockholm recalled its ambassador.",
        ),
    ]
    state = status_on(events, "SWE", "IRN").forward.head_of_mission
    assert state.value == "EXPELLED"
    assert [e.id for e in state.caused_by] == [2, 3]


def test_unexpected_transition_is_applied_and_reported():
    events = [
        event(1, "PRESENT_CREDENTIALS", "BEL", "RWA", "2022-01-01"),
        event(2, "REVOKE_AGREMENT", "RWA", "BEL", "2023-10-05"),
    ]
    status = status_on(events, "BEL", "RWA")
    assert status.forward.head_of_mission.value == "AGREMENT_REVOKED"
    assert [a.message for a in status.anomalies] == [
        "BEL->RWA: REVOKE_AGREMENT from ACCREDITED, expected one of NOMINATED, NONE, "
        "COPIES_PRESENTED"
    ]


def test_reported_then_asserted_raises_confidence():
    reported = event(1, "CLOSE_MISSION", "USA", "SYR", "2012-02-06", modality="reported")
    asserted = event(2, "CLOSE_MISSION", "USA", "SYR", "2012-02-07")
    status = status_on([reported, asserted], "USA", "SYR")
    assert status.forward.mission.value == "CLOSED"
    assert status.forward.mission.confidence == "high"
    assert status_on([reported], "USA", "SYR").forward.mission.confidence == "low"


def test_partial_lift_eases_sanctions_and_consulate_closure_keeps_embassy():
    events = [
        event(1, "IMPOSE_SANCTIONS", "ECOWAS", "MLI", "2022-01-09"),
        event(2, "LIFT_SANCTIONS", "ECOWAS", "MLI", "2022-07-03", partial=True),
        event(
            3, "CLOSE_MISSION", "RUS", "USA", "2017-09-02", mission="consulate", host_ordered=True
        ),
    ]
    assert status_on(events, "ECOWAS", "MLI").sanctions[0].status.value == "EASED"
    consulate = status_on(events, "USA", "RUS").forward
    assert consulate.consulates.value == "CLOSED"
    assert consulate.mission.value == "UNKNOWN"


def test_period_labels():
    assert Period.of("2021-10", "month", None).label == "2021-10"
    assert Period.of("2021", "year", None) == Period(date(2021, 1, 1), date(2021, 12, 31), "year")
    assert Period.of(None, None, date(2021, 10, 18)).label == "no later than 2021-10-18"
    assert Period.of(None, None, None).label == "date unknown"
    assert Period.of("2024-02", "month", None).end == date(2024, 2, 29)
