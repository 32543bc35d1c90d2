"""Leftover gaps of the last session, each a class of input, on short reports of our own written blind
(texts and expected values fixed before the extractor ran on them):

1. a bare count as the object of a killing verb ("gunmen killed 5 in Kano") reads like "5 people";
2. drones or missiles "launched" at a place, told by a military spokesman, are a strike by their sender;
3. "jihadists", "officers" and bare "gunmen", "armed men", "assailants" name their actors;
4. an arrest of people "who killed" someone is an arrest, its killing background;
5. the town of a hospital the wounded were taken to is not the incident's place;

and their near neighbours, which must not change. Each case: the main incident's event type, killed
(ACLED's figure: 0 is no death told), a perpetrator it must name (or None: not checked) and its place (or
None: not checked).

Blind figures (first run, before any fix): 19 of 32 right (bare count 5/6 with its 3 neighbours right;
launched drones/missiles 0/4, neighbours 3/3; actors 3/7; arrest of killers 0/4, neighbour 1/1; hospital
town 3/3, neighbour 1/1), then 1 of 3 on a second hospital batch (one expectation, Adagbo, was a wrong guess
and is corrected below), then 2 of 4 on a third look inside news narratives. After this session's fixes:
38 of 39 (the drones-and-missiles narrative stays marked, with why)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest
from leftover_cases import assert_told_as_expected, case_params

from warledger.extract import event_type as et
from warledger.extract import extract_text
from warledger.extract.incident_units import event_cue_pattern


@dataclass(frozen=True)
class Case:
    text: str
    published: date
    event_type: str
    killed: int
    perpetrator: str | None
    place: str | None


UAG = "Unidentified Armed Group"
POLICE = "Police Forces"
ARMY = "Military Forces"
ISLAMISTS = "Islamist Militia"

CASES = {
    # 1. a bare count of victims
    "bare_count_gunmen": Case(
        "On 14 February 2019, gunmen killed 7 in Gusau, police said.",
        date(2019, 2, 15),
        "attack",
        7,
        UAG,
        "Gusau",
    ),
    "bare_count_attackers_and_church": Case(
        "Police said the attackers killed 3 and set fire to a church in Kafanchan on Sunday.",
        date(2018, 4, 16),
        "attack",
        3,
        UAG,
        "Kafanchan",
    ),
    "bare_count_killed_and_wounded": Case(
        "Gunmen on motorcycles killed 9 and wounded 4 in Bankass on Sunday, a local official said.",
        date(2021, 7, 5),
        "attack",
        9,
        UAG,
        "Bankass",
    ),
    "bare_count_number_word": Case(
        "Armed men killed six at a bar in Tumaco on Saturday night, Colombian police said.",
        date(2016, 10, 3),
        "attack",
        6,
        UAG,
        "Tumaco",
    ),
    "bare_count_shot_dead": Case(
        "Militiamen shot dead at least 20 in two villages near Djugu on Thursday, local officials said.",
        date(2020, 2, 8),
        "attack",
        20,
        None,
        None,
    ),
    "bare_count_suicide_bomber": Case(
        "A suicide bomber killed 14 at a mosque in Peshawar during Friday prayers.",
        date(2022, 3, 5),
        "suicide_bomb",
        14,
        None,
        "Peshawar",
    ),
    # neighbours: a fight's dead, an army's kill of militants
    "neighbour_soldiers_killed_in_clash": Case(
        "Five soldiers were killed in a clash with rebels near Kidal on Tuesday, the army said.",
        date(2014, 5, 22),
        "armed_clash",
        5,
        None,
        "Kidal",
    ),
    "neighbour_army_killed_militants": Case(
        "The army said it killed 8 militants in an operation near Bama on Friday.",
        date(2017, 9, 2),
        "armed_clash",
        8,
        ARMY,
        "Bama",
    ),
    "neighbour_ambush_on_soldiers": Case(
        "Gunmen killed 5 soldiers in an ambush near Tillaberi on Monday, the defence ministry said.",
        date(2019, 12, 11),
        "armed_clash",
        5,
        UAG,
        "Tillaberi",
    ),
    # 2. drones and missiles launched at a place
    "launched_drones_air_force_said": Case(
        "Russian forces launched 30 drones at Odesa overnight, the Ukrainian air force told state "
        "television on Tuesday.",
        date(2023, 7, 18),
        "air_drone_strike",
        0,
        "Russia",
        "Odesa",
    ),
    "launched_drones_reported_first": Case(
        "Ukraine's air force said on Sunday that Russia had launched 45 drones at the Kyiv region overnight, "
        "most of which were shot down.",
        date(2024, 1, 14),
        "air_drone_strike",
        0,
        "Russia",
        None,
    ),
    "launched_drones_governor_wounded": Case(
        "Russia launched 12 Shahed drones against Kharkiv overnight. The regional governor said two people "
        "were wounded.",
        date(2023, 10, 2),
        "air_drone_strike",
        0,
        "Russia",
        "Kharkiv",
    ),
    "launched_missiles_toward_city": Case(
        "Houthi forces launched two ballistic missiles toward Jazan on Wednesday, the Saudi-led coalition "
        "said.",
        date(2018, 6, 28),
        "shelling_artillery_missile_attack",
        0,
        "Houthis",
        "Jazan",
    ),
    "neighbour_rockets_fired": Case(
        "The Israeli military said Hezbollah fired about 40 rockets into northern Israel on Sunday.",
        date(2024, 6, 10),
        "shelling_artillery_missile_attack",
        0,
        "Hezbollah",
        None,
    ),
    "neighbour_launched_an_attack_on_a_base": Case(
        "Al-Shabaab fighters launched an attack on an army base near Baidoa on Tuesday, killing 4 soldiers.",
        date(2019, 3, 13),
        "armed_clash",
        4,
        "Al Shabaab",
        "Baidoa",
    ),
    "neighbour_drone_struck_depot": Case(
        "A Ukrainian drone struck an oil depot in Bryansk overnight, the regional governor said.",
        date(2023, 9, 4),
        "air_drone_strike",
        0,
        "Ukraine",
        "Bryansk",
    ),
    # 3. actors the table lacked
    "jihadists_killed_civilians": Case(
        "Jihadists killed 14 civilians in Seytenga in northern Burkina Faso on Saturday.",
        date(2022, 6, 13),
        "attack",
        14,
        ISLAMISTS,
        "Seytenga",
    ),
    "suspected_jihadists_ambush": Case(
        "Suspected jihadists ambushed an army convoy near Djibo on Friday, killing 9 soldiers.",
        date(2021, 8, 21),
        "armed_clash",
        9,
        ISLAMISTS,
        "Djibo",
    ),
    "officers_arrested": Case(
        "Officers arrested 14 opposition supporters in Harare on Monday, their lawyer said.",
        date(2019, 8, 20),
        "arrests",
        0,
        POLICE,
        "Harare",
    ),
    "security_officers_detained": Case(
        "Security officers detained a journalist in Juba on Thursday.",
        date(2017, 11, 25),
        "arrests",
        0,
        POLICE,
        "Juba",
    ),
    "armed_men_abducted": Case(
        "Armed men abducted 3 aid workers near Gao on Wednesday.",
        date(2015, 4, 3),
        "abduction_forced_disappearance",
        0,
        UAG,
        "Gao",
    ),
    "assailants_shot_councillor": Case(
        "Assailants shot dead a local councillor in Cotabato City on Monday.",
        date(2020, 1, 14),
        "attack",
        1,
        UAG,
        "Cotabato City",
    ),
    "neighbour_officers_are_victims": Case(
        "Two police officers were killed when gunmen attacked a checkpoint in Quetta on Sunday.",
        date(2013, 8, 12),
        "armed_clash",
        2,
        UAG,
        "Quetta",
    ),
    # 4. an arrest of killers
    "arrested_men_who_killed": Case(
        "Police arrested three men who killed a trader in Onitsha last month.",
        date(2021, 4, 9),
        "arrests",
        0,
        POLICE,
        "Onitsha",
    ),
    "detained_militants_who_had_attacked": Case(
        "Soldiers detained 12 suspected militants who had attacked a checkpoint near Bunia.",
        date(2022, 9, 30),
        "arrests",
        0,
        ARMY,
        "Bunia",
    ),
    "arrested_men_suspected_of_killing": Case(
        "Police arrested 5 men suspected of killing 2 farmers in Kafanchan in March.",
        date(2019, 5, 2),
        "arrests",
        0,
        POLICE,
        "Kafanchan",
    ),
    "killers_were_arrested": Case(
        "Gunmen who killed a trader in Onitsha were arrested by police on Friday.",
        date(2021, 4, 12),
        "arrests",
        0,
        POLICE,
        "Onitsha",
    ),
    "neighbour_killing_then_arrest": Case(
        "Gunmen killed a trader in Onitsha on Monday. Police later arrested three suspects.",
        date(2021, 4, 13),
        "attack",
        1,
        UAG,
        "Onitsha",
    ),
    # a third look, in news narratives (written before running): the classes inside longer reports
    "narrative_drones_and_missiles": Case(
        "KYIV, Oct 6 (Reuters) - Russia launched 40 drones and three cruise missiles at Ukraine overnight, "
        "the Ukrainian air force said on Sunday.\n\nAir defences shot down 35 of the drones over the "
        "Dnipropetrovsk, Poltava and Kyiv regions, it said. A drone hit an apartment block in Kremenchuk, "
        "wounding four people, the regional governor said.",
        date(2024, 10, 6),
        "air_drone_strike",
        0,
        "Russia",
        None,
    ),
    "narrative_jihadists_bare_count": Case(
        "OUAGADOUGOU, March 9 - Suspected jihadists killed 12 in an attack on a cattle market in Tin-Akoff "
        "in northern Burkina Faso on Saturday, security sources said.\n\nThe gunmen arrived on "
        "motorcycles and opened fire on traders, a local official said. Several others were wounded.",
        date(2019, 3, 10),
        "attack",
        12,
        ISLAMISTS,
        None,
    ),
    "narrative_arrest_of_killers": Case(
        "LAGOS, Feb 2 - Nigerian police said on Tuesday they had arrested four men suspected of killing "
        "a village head and his two sons in Ogun state last month.\n\nThe suspects, who were paraded "
        "before journalists in Abeokuta, confessed to the killings, a police spokesman said.",
        date(2021, 2, 2),
        "arrests",
        0,
        POLICE,
        None,
    ),
    "narrative_officers_shot_dead_robbers": Case(
        "NAIROBI, May 12 - Officers shot dead three suspected robbers in a gunfight in Nairobi's Kayole "
        "estate on Monday night, police said.\n\nThe men had opened fire on a patrol, police said, and two "
        "pistols were recovered.",
        date(2015, 5, 12),
        "armed_clash",
        3,
        POLICE,
        None,
    ),
    # 5. the hospital's town
    "wounded_taken_to_hospital_in": Case(
        "Gunmen attacked a market in Bokkos on Sunday, killing 6 people. The wounded were taken to hospital "
        "in Jos.",
        date(2023, 12, 26),
        "attack",
        6,
        UAG,
        "Bokkos",
    ),
    "wounded_flown_to_hospital_in": Case(
        "A roadside bomb killed 3 soldiers near Tal Afar on Monday. Two wounded soldiers were flown to a "
        "hospital in Mosul.",
        date(2007, 6, 6),
        "remote_explosive_landmine_ied",
        3,
        None,
        "Tal Afar",
    ),
    "injured_rushed_to_hospital_in": Case(
        "Militants raided the bazaar in Wana on Thursday, killing 4 people. The injured were rushed to a "
        "hospital in Dera Ismail Khan.",
        date(2009, 10, 17),
        "attack",
        4,
        None,
        "Wana",
    ),
    # 5, second look (written after the first blind run, before running these): the hospital's town is
    # named more often than the village, which the gazetteer may not know
    "hospital_town_not_the_village": Case(
        "Herdsmen attacked Adagbo village in Okpokwu on Tuesday night, killing 9 people. Police said the "
        "wounded were taken to the General Hospital in Otukpo, where two of them later died.",
        date(2018, 3, 8),
        "attack",
        # written blind as 9; the two of the wounded who later died are dead of the attack too, as ACLED
        # counts them (leftovers2 reads "two of them later died" as deaths moved from the injured)
        11,
        None,
        # written blind as "Okpokwu" on the guess that the gazetteer lacks the village; the village's own name
        # comes out (unresolved: no country, a places gap of its own), which is ACLED's location too
        "Adagbo",
    ),
    "hospital_town_first_in_its_sentence": Case(
        "In Otukpo, doctors treated 14 people wounded when gunmen stormed a church in Ugbokolo on Sunday. "
        "Residents said 5 worshippers were killed.",
        date(2019, 6, 4),
        "attack",
        5,
        UAG,
        "Ugbokolo",
    ),
    "evacuated_to_hospital_in_the_capital": Case(
        "An IED struck a bus near Kaya on Monday, killing 11 passengers. Twenty wounded were evacuated to "
        "hospitals in Ouagadougou.",
        date(2020, 2, 11),
        "remote_explosive_landmine_ied",
        11,
        None,
        "Kaya",
    ),
    "neighbour_bomb_outside_hospital": Case(
        "A bomb exploded outside a hospital in Quetta on Monday, killing 8 people.",
        date(2016, 8, 9),
        "remote_explosive_landmine_ied",
        8,
        None,
        "Quetta",
    ),
}

# cases that failed blind; each fix flips its mark
# "narrative_drones_and_missiles": the lead's launch with most drones shot down is typed disrupted_weapons_use
# (the shot_down rule outranks the air cue) and placed at the first shoot-down region; ACLED would code the
# Kremenchuk hit as an air/drone strike and each region's interceptions apart. Left for a later session.
FAILING: set[str] = {"narrative_drones_and_missiles"}


@pytest.mark.parametrize("name", case_params(CASES, FAILING))
def test_leftover_case(name: str) -> None:
    assert_told_as_expected(CASES[name])


# The general causes, each pinned on its own words ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 7 in the town on Sunday.",
        "Gunmen opened fire in the market, killing at least 12.",
        "Militiamen shot dead six and wounded 4 near the river.",
    ],
)
def test_a_bare_count_killed_reads_like_people(text: str) -> None:
    assert "civilian_victim" in et.signals_in(text)
    with_people = re.sub(r"(\d+|six|12)(?= and| near| in|\.)", r"\1 people", text, count=1)
    assert et.event_type_of(text)[0] == et.event_type_of(with_people)[0] == "attack"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 5 soldiers in the town.",  # a count with its noun is read by its noun
        "The shelling killed 2 of them.",
        "They were killed in 1994.",
    ],
)
def test_a_count_with_a_noun_or_no_count_is_no_bare_count(text: str) -> None:
    assert "civilian_victim" not in et.signals_in(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russian forces launched 30 drones at the port overnight.", "air_drone_strike"),
        ("Russia sent 12 attack UAVs against the city.", "air_drone_strike"),
        ("The rebels launched two ballistic missiles toward the city.", "shelling_artillery_missile_attack"),
    ],
)
def test_drones_or_missiles_launched_are_a_strike(text: str, kind: str) -> None:
    assert et.event_type_of(text)[0] == kind
    assert extract_text(text, date(2023, 7, 18)).incidents


def test_firing_at_a_drone_is_no_drone_strike() -> None:
    assert "air" not in et.signals_in("Soldiers fired at a drone over the base.")


def test_launching_drones_or_missiles_is_an_event_word_and_launching_a_campaign_is_not() -> None:
    assert event_cue_pattern().search("Russia launched 45 Shahed drones overnight.")
    assert event_cue_pattern().search("The rebels launched two missiles.")
    assert not event_cue_pattern().search("The ministry launched a campaign on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three men who killed a trader in the town last month.",
        "Soldiers detained 12 suspected militants who had attacked a checkpoint.",
        "Police arrested 5 men suspected of killing 2 farmers in March.",
        "Gunmen who killed a trader in the town were arrested by police on Friday.",
        "Police arrested two men who kidnapped a schoolgirl.",
        "Three gunmen were arrested by police in the town on Friday.",
    ],
)
def test_what_the_arrested_had_done_leaves_the_arrest_the_event(text: str) -> None:
    assert et.event_type_of(text)[0] == "arrests"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a killing in the arrest itself, or a killer arrested after his own act told first: the violence
        ("Police arrested the suspect, who opened fire, killing 2 officers.", "armed_clash"),
        ("A gunman killed a trader in the town and was arrested by police.", "attack"),
        ("Gunmen who killed 5 villagers fled into the forest.", "attack"),
    ],
)
def test_violence_not_told_of_the_arrested_is_still_the_event(text: str, kind: str) -> None:
    assert et.event_type_of(text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "LAGOS, Feb 2 - Gunmen killed four men in Ogun state last month.",
        "LAGOS, Feb 2 - Police said on Tuesday they had arrested four men in Ogun state in January.",
    ],
)
def test_a_datelined_report_of_last_months_event_alone_reports_it(text: str) -> None:
    # a month before the report's is history only beside an event of the present
    [found] = extract_text(text, date(2021, 2, 2)).incidents
    assert (found.date_start, found.date_precision) == ("2021-01-01", "month")


def test_last_months_event_beside_the_present_one_stays_history() -> None:
    text = (
        "BAMAKO, Aug 3 - Dogon and Fulani leaders signed a peace pact in Mopti on Saturday.\n\n"
        "In March, gunmen killed about 160 villagers in Ogossagou."
    )
    found = extract_text(text, date(2019, 8, 3)).incidents
    assert [i.event_type for i in found] == ["agreement"]
