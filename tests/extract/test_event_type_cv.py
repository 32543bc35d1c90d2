"""Event type: ACLED coding conventions found among the honest (cross-validated) misses of the training split.

`scripts/cv_event_type.py` types each training note with a model that never saw it; its misses grouped into
classes of ACLED's codebook: harm denied in the notes' boilerplate ("Neither fatalities nor injuries
reported") is no harm; violence on property with no one hurt is looting/property destruction, but an armed
group attacking a village is an attack whatever it took; a captive killed, an execution or an off-duty
officer shot is one-sided (an attack); forces firing back fought (a clash), as did forces that thwarted an
attack; an armed victim is armed however the note words it. The texts here are written for the tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import event_cues as ec
from warledger.extract import event_type as et
from warledger.extract import extract_text
from warledger.measure.scoring import predicted_incident

PUBLISHED = date(2020, 5, 20)


def ruled(text: str) -> str | None:
    """The type a rule decides (the model's guess is None here: the tests pin the conventions, not it)."""
    kind, confidence = et.type_of_text(text, text)
    return kind if confidence == et.RULE_CONFIDENCE else None


@pytest.mark.parametrize(
    "text",
    [
        "Neither fatalities nor injuries reported.",
        "No fatalities and/or injuries reported.",
        "The clashes ended with no report of fatalities nor injuries.",
        "The report makes no mention of fatalities or casualties.",
        "No people were reported injured or killed.",
        "No fatalities or injuries were reported.",
    ],
)
def test_harm_denied_in_the_notes_boilerplate_is_no_killing(text: str) -> None:
    assert "killing" not in ec.signals_in(text)


def test_harm_told_beside_a_count_is_a_killing() -> None:
    assert "killing" in ec.signals_in("2 fatalities and 3 injuries were reported.")


@pytest.mark.parametrize(
    "text",
    [
        "a municipal police patrol was shot at by armed men on the highway",
        "two soldiers were killed by gunmen near the market",
        "3 members of the regime's Military Intelligence were wounded",
        "gunmen shot dead a regime's soldier in the desert",
    ],
)
def test_an_armed_victim_is_read_however_the_note_words_it(text: str) -> None:
    assert "armed_victim" in ec.signals_in(text)


def test_members_of_a_family_are_no_armed_victims() -> None:
    assert "armed_victim" not in ec.signals_in("the members of the family were killed in their home")


@pytest.mark.parametrize(
    ("text", "fire"),
    [
        ("protesters blocked the Jounieh highway in both directions.", False),
        ("taxi drivers blocked the bridge in Tyre in both directions with their cars.", False),
        (
            "monitors recorded 30 explosions involving unknown weapons in both directions of the contact"
            " line.",
            True,
        ),
        ("small-arms fire in both directions near the checkpoint was heard overnight.", True),
    ],
)
def test_in_both_directions_is_fire_only_across_a_line_or_of_shots(text: str, fire: bool) -> None:
    signals = ec.signals_in(text)
    assert ("both_directions" in signals) is fire
    assert ("positions_fire" in signals) is fire


@pytest.mark.parametrize(
    ("text", "clash"),
    [
        ("government forces reportedly thwarted an attack of rebel fighters on the Sirwah front", True),
        ("tribal fighters thwarted militant incursions in two villages", True),
        ("police thwarted a suicide attack on a church", False),
        ("intelligence agents foiled a planned bomb attack in the capital", False),
    ],
)
def test_an_attack_thwarted_by_forces_is_a_fight(text: str, clash: bool) -> None:
    assert ("clash" in ec.signals_in(text)) is clash


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2020, two traders were kidnapped and killed by militants in Ghazni city, Ghazni.",
        "On 2 May 2020, gunmen abducted a teacher in Kaduna before killing him on the outskirts of the town.",
        "On 4 May 2020, Al Shabaab militants held a court which sentenced to death and executed a man in the"
        " market square of Jilib for spying.",
        "On 6 May 2020, in Celaya, Guanajuato, armed men on a motorcycle shot a municipal police officer who"
        " was off-duty. The officer died. 1 fatality.",
    ],
)
def test_a_captive_killed_an_execution_or_an_off_duty_officer_shot_is_an_attack(text: str) -> None:
    assert ruled(text) == "attack"


def test_an_officer_who_may_have_been_off_duty_is_not_read_as_off_duty() -> None:
    text = "a soldier was shot by militants while shopping [not clear if he was off-duty]"
    assert "off_duty" not in ec.signals_in(text)


def test_forces_that_fired_back_at_armed_men_fought_a_clash() -> None:
    text = (
        "On 4 May 2020, in Soyapango (San Salvador), police officers were on patrol when unidentified armed"
        " men approached and started shooting. The police shot back and one of the armed men was killed."
    )
    assert ruled(text) == "armed_clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2020, unknown gunmen on motorbikes seized a truck of a local trader in Anefis (Kidal).",
        "On 6 May 2020, suspected militants vandalized the town hall and a health centre in Arbinda (Soum).",
        "On 7 May 2020, in Collipulli (Araucania), three trucks of a forestry company were set on fire by a"
        " group of hooded armed men. No people were reported injured or killed.",
        "On 7 May 2020, members of a local gang threw Molotov cocktails and destroyed private vehicles in"
        " Tepic. Neither fatalities nor injuries reported.",
        "On 8 May 2020, soldiers found and destroyed a clandestine airstrip used by traffickers in Puerto"
        " Lempira.",
    ],
)
def test_violence_on_property_with_no_one_hurt_is_looting_property_destruction(text: str) -> None:
    assert ruled(text) == "looting_property_destruction"


def test_property_burnt_when_someone_was_hurt_is_not_looting() -> None:
    text = (
        "On 7 May 2020, in Collipulli (Araucania), two trucks of a forestry company were set on fire by armed"
        " men. One of the drivers was injured in the leg by a gunshot."
    )
    assert ruled(text) != "looting_property_destruction"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2020, a militia from the Wau area attacked an unspecified village in Gogrial West county."
        " The attackers stole goats from the village. The report makes no mention of fatalities.",
        "On 5 May 2020, a local health worker was attacked and her car was torched by locals in Sagar town"
        " over a dispute with her family. [size=no report]",
    ],
)
def test_a_village_attacked_or_a_crowd_event_is_not_looting(text: str) -> None:
    assert ruled(text) != "looting_property_destruction"


def test_looting_by_unnamed_gunmen_is_an_unidentified_armed_groups() -> None:
    text = "On 5 May 2020, unknown gunmen on motorbikes seized a truck of a local trader in Anefis (Kidal)."
    found = predicted_incident(extract_text(text, PUBLISHED).incidents)
    assert found is not None
    assert found.event_type == "looting_property_destruction"
    assert "Unidentified Armed Group" in {p.name for p in found.perpetrators}


def test_a_crowd_that_burnt_property_is_not_looting() -> None:
    text = (
        "On 12 May 2020, residents of Tierra Blanca (Veracruz) blocked the highway over power cuts and set"
        " fire to a municipal patrol car."
    )
    assert ruled(text) != "looting_property_destruction"


def test_a_beheading_in_a_village_raid_is_an_attack() -> None:
    text = (
        "On 2 May 2020, Islamic militants attacked Nangololo (Muidumbe, Cabo Delgado), beheaded 2 people and"
        " burned several houses, in addition to looting goods."
    )
    assert ruled(text) == "attack"


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        (
            "On 4 May, traders blocked the market road in Goma to express their anger over new taxes.",
            "protest",
        ),
        ("Police attempted to arrest one of the organisers, but the crowd protected him.", "intervention"),
        ("Protesters shouted slogans outside the court. One woman was arrested.", "intervention"),
        ("National Guard officers arrived and started to shoot at protesters' houses.", "excessive"),
        (
            "The demonstrators attempted to force themselves into the offices of the governor.",
            "riot_violence",
        ),
    ],
)
def test_a_crowds_words_place_it_on_the_protest_ladder(text: str, signal: str) -> None:
    assert signal in ec.signals_in(text)


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("Gunmen shot dead two family members in their home.", False),
        ("Gunmen shot two crew members of a fishing boat.", False),
        ("Imbonerakure attacked two CNL members in the commune.", True),
    ],
)
def test_an_acronym_before_members_is_read_as_written(text: str, armed: bool) -> None:
    """ "[A-Z]{2,6} members" in the armed_victim cue names a group by its acronym ("CNL members"); matched
    case-insensitively it took any short word ("family members") for an armed group's, suggesting a clash."""
    assert ("armed_victim" in ec.signals_in(text)) is armed
