"""Blind probe of the leftovers2 classes' neighbours (not collected by pytest: run it by hand).

Sixteen short reports written with their expectations before the extractor ran on them: other later-died
wordings, other crowd events, other "gunmen attacked X" forms, other taken-and-killed wordings. Scored with
tests/extract/test_leftovers2.py's `told` and `expected_ok`.

Blind (after the leftovers2 fixes): 11 of 16; 12 of 16 after "the hamlet of Tangaye" was made a place as
"the village of" is (place_types.csv had "hamlet" after a name only). Missed, left for a later session: "The
toll from Tuesday's bombing ... rose to 12 after three of the wounded died" is typed attack (bombing with no
weapon word; its killed 12 is right, the toll keeps the later deaths inside); "Militiamen took 7 men from a
village ... Their bodies were found" makes no incident ("took" is no abduction cue); "Police fired tear gas
to disperse a crowd mourning the death of a chief" is typed an attack by the police (a dispersed crowd with
no protest word is no protest; item 5 of the brief); a funeral procession with no protest or violence makes
no incident, which may well be right (ACLED codes no funeral as such), so that expectation is doubtful.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from leftover_cases import expected_ok, told
from test_leftovers2 import RIOTS, UAG, Case

PROBE = {
    "succumbed_to_injuries": Case(
        "A grenade blast at a bar in Bujumbura on Friday killed two people. Four of the injured later "
        "succumbed to their wounds, hospital staff said.",
        date(2016, 3, 14),
        "grenade",
        6,
        "Bujumbura",
    ),
    "one_of_them_died_later": Case(
        "Gunmen shot and wounded three traders in Garissa on Monday; one of them died later in hospital.",
        date(2015, 2, 4),
        "attack",
        1,
        "Garissa",
    ),
    "died_of_wounds_next_day": Case(
        "Five civilians were injured when a mortar shell hit a market in Mogadishu on Sunday. Two of the "
        "injured died the next day.",
        date(2012, 7, 3),
        "shelling_artillery_missile_attack",
        2,
        "Mogadishu",
        injured=3,
    ),
    "toll_rose_after_deaths": Case(
        "The toll from Tuesday's bombing in Quetta rose to 12 after three of the wounded died overnight, "
        "officials said.",
        date(2013, 1, 17),
        "remote_explosive_landmine_ied",
        12,
        "Quetta",
    ),
    "gunmen_stormed_hamlet": Case(
        "Gunmen stormed the hamlet of Tangaye on Saturday night, killing 11 residents, a local official "
        "said.",
        date(2022, 2, 21),
        "attack",
        11,
        "Tangaye",
        perpetrator=UAG,
    ),
    "attackers_raided_settlement_burned_homes": Case(
        "Attackers raided Bukuru Kwata on Thursday, killing six people and burning several homes, "
        "police said.",
        date(2019, 4, 13),
        "attack",
        6,
        "Bukuru Kwata",
    ),
    "gunmen_attacked_town_soldiers_repelled": Case(
        "Gunmen attacked Bama on Monday but were repelled by soldiers after a two-hour gun battle, the army "
        "said. Three soldiers were killed.",
        date(2016, 9, 6),
        "armed_clash",
        3,
        "Bama",
    ),
    "gunmen_attacked_person_name": Case(
        "Gunmen attacked Alhaji Musa Bello at his home in Katsina on Friday, killing him, police said.",
        date(2020, 10, 10),
        "attack",
        1,
        "Katsina",
    ),
    "pulled_off_bus_and_executed": Case(
        "Al-Shabaab fighters stopped a bus near Mandera on Saturday, pulled off 28 non-Muslim passengers and "
        "executed them.",
        date(2014, 11, 23),
        "attack",
        28,
        None,
    ),
    "took_men_killed_them_later": Case(
        "Militiamen took 7 men from a village near Beni on Sunday. Their bodies were found on Monday.",
        date(2020, 3, 4),
        ("abduction_forced_disappearance", "attack"),
        7,
        None,
    ),
    "shot_them_survived": Case(
        "Robbers dragged 3 passengers from a taxi near Kano on Tuesday and shot them. All three survived "
        "and were treated in hospital.",
        date(2018, 5, 2),
        "attack",
        0,
        None,
    ),
    "mob_police_rescued": Case(
        "A mob beat a suspected thief in Kampala on Wednesday before police rescued him and fired in the "
        "air to disperse the crowd.",
        date(2019, 6, 20),
        "mob_violence",
        0,
        "Kampala",
        perpetrator="Rioters",
        not_perpetrator="Police Forces",
    ),
    "rioters_clashed_with_police": Case(
        "Youths burned tyres and threw stones at police in Kisumu on Monday; police fired tear gas and "
        "arrested 20 people.",
        date(2017, 8, 15),
        RIOTS,
        0,
        "Kisumu",
        not_perpetrator="Police Forces",
    ),
    "police_fired_on_protesters_killing": Case(
        "Police opened fire on protesters in Kisumu on Friday, killing two, witnesses said.",
        date(2017, 8, 12),
        "excessive_force_against_protesters",
        2,
        "Kisumu",
    ),
    "crowd_dispersed_mourning": Case(
        "Police fired tear gas to disperse a crowd mourning the death of a chief in Bawku on Sunday.",
        date(2014, 3, 3),
        "protest_with_intervention",
        0,
        "Bawku",
    ),
    "funeral_procession_no_violence": Case(
        "Thousands of people joined a funeral procession for a chief in Bolgatanga on Saturday.",
        date(2014, 3, 3),
        ("peaceful_protest",),
        0,
        None,
    ),
}


def main() -> None:
    right = 0
    for name, case in PROBE.items():
        got = told(case)
        ok = expected_ok(case, got)
        right += ok
        print("OK  " if ok else "BAD ", name, got)
    print(right, "/", len(PROBE))


if __name__ == "__main__":
    main()
