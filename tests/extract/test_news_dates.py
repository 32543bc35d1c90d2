"""News reports' relative dates at the incident level: a night and the small hours of the next day are one
incident, the day a source spoke on does not date its count, and a clause "a day after" dates its event."""

from __future__ import annotations

from datetime import date

from report_helpers import main_incident

from warledger.extract import extract_text
from warledger.extract.date_roles import same_occasion
from warledger.extract.dates import date_values

WEDNESDAY = date(2016, 8, 3)


def test_overnight_and_the_early_hours_of_the_publication_day_are_one_incident() -> None:
    text = (
        "Barrel bombs kill 21 in city\n\n"
        "Government helicopters dropped barrel bombs on rebel-held neighbourhoods of eastern Aleppo "
        "overnight, killing at least 21 people, rescue workers said.\n\n"
        "In the early hours of Wednesday, a second wave of bombs hit the Sukkari district, the civil defence "
        "said, and several buildings collapsed."
    )
    incidents = extract_text(text, WEDNESDAY).incidents
    assert [i.date_start for i in incidents] == ["2016-08-03"]


def test_a_night_is_not_the_next_days_other_event() -> None:
    text = (
        "Air strike on factory kills dozens\n\n"
        "An air strike hit a dairy factory near the port of Hodeidah late on Monday, killing at least 35 "
        "workers, local officials said.\n\n"
        "On Tuesday, rebel fighters and government forces fought street battles in the southern city of "
        "Aden, residents said."
    )
    incidents = extract_text(text, WEDNESDAY).incidents
    assert [i.date_start for i in incidents] == ["2016-08-01", "2016-08-02"]


def test_the_day_a_spokesman_spoke_does_not_make_his_count_another_incident() -> None:
    text = (
        "Troops battle militants in city\n\n"
        "Troops fought Islamist militants in the southern city of Marawi on Tuesday after gunmen took over "
        "parts of the city, the military said.\n\n"
        "Thirteen militants and five soldiers were killed in the fighting, a military spokesman said on "
        "Wednesday."
    )
    main = main_incident(text, date(2017, 5, 25))
    assert (main.date_start, main.killed and main.killed.max) == ("2017-05-23", 18)


def test_a_day_after_dates_the_event_of_its_clause_the_day_before() -> None:
    text = (
        "Gaza mourns family killed in air strike\n\n"
        "GAZA (Reuters) - Thousands of mourners marched through Khan Younis on Tuesday, a day after an "
        "Israeli air strike killed 25 people in the southern Gaza Strip town, health "
        "officials said."
    )
    main = main_incident(text, date(2014, 7, 22))
    assert (main.date_start, main.killed and main.killed.max) == ("2014-07-21", 25)


def test_days_apart_count_from_the_sentences_own_day() -> None:
    found = date_values("Rebels struck on 10 May 2020, two days after talks collapsed.", None)
    assert [(f.value.start, f.value.shifted) for f in found] == [
        (date(2020, 5, 10), False),
        (date(2020, 5, 8), True),
    ]
    assert len(date_values("A day after the vote, crowds gathered.", WEDNESDAY)) == 0


def test_a_wire_storys_counts_from_two_sources_span_rather_than_add_up() -> None:
    text = (
        "PESHAWAR, Pakistan (AP) — A car bomb tore through a crowded market in the northwestern city of "
        "Peshawar on Wednesday, killing at least 80 people, police said.\n\n"
        "A senior health official said 89 bodies had been brought to the city's main hospital."
    )
    main = main_incident(text, date(2009, 10, 28))
    assert main.killed is not None and (main.killed.min, main.killed.max) == (80, 89)


def test_where_the_dead_were_taken_is_no_place_of_another_incident() -> None:
    text = (
        "MAIDUGURI, Nigeria (Reuters) - Gunmen killed at least 29 students at a boarding school in the town "
        "of Buni Yadi in Yobe state in the early hours of Tuesday, police said.\n\n"
        "Staff at the school said 43 bodies had been taken to the hospital in Damaturu."
    )
    incidents = extract_text(text, date(2014, 2, 26)).incidents
    assert [(i.killed.min, i.killed.max) for i in incidents if i.killed] == [(29, 43)]


def test_a_total_over_a_period_stays_its_own_incident_beside_its_attacks() -> None:
    text = (
        "Since Tuesday, the offensive has killed about 200 people across the province. "
        "On Saturday, a missile hit a school in the city of Idlib, killing 4 pupils. "
        "On Sunday, a barrel bomb killed 6 people in the town of Saraqib."
    )
    incidents = extract_text(text, date(2020, 5, 11)).incidents
    assert sorted(i.killed.max for i in incidents if i.killed) == [4, 6, 200]


def test_this_year_in_a_later_sentence_does_not_date_the_incident() -> None:
    text = (
        "KIRKUK, Iraq (Reuters) - A car bomb exploded near a police patrol in Kirkuk on Monday, killing four "
        "policemen, police said.\n\n"
        "In Baghdad, two roadside bombs killed seven people in the district of Sadr City.\n\n"
        "No group claimed responsibility for the attacks, but insurgents have stepped up attacks this year."
    )
    incidents = extract_text(text, date(2013, 4, 15)).incidents
    assert [i.date_start for i in incidents] == ["2013-04-15", "2013-04-15"]


def test_the_previous_night_counts_from_the_day_it_was_said() -> None:
    found = date_values(
        "Police said on Tuesday that gunmen raided the village the previous night.", WEDNESDAY
    )
    assert [(f.value.start, f.value.role, f.value.night) for f in found] == [
        (date(2016, 8, 2), "bare", False),
        (date(2016, 8, 1), "event", True),
    ]


def test_a_later_count_of_the_bodies_after_quotes_stays_with_its_incident() -> None:
    text = (
        "Truck bomb devastates market\n\n"
        "BAGHDAD, Feb. 3 — A suicide bomber blew himself up in a crowded market in central Baghdad on "
        "Saturday, killing at least 130 people, Iraqi officials said.\n\n"
        "The blast tore through the market as shoppers bought food for the evening meal.\n\n"
        '"There were bodies everywhere," said a vegetable seller. "I lost my brother."\n\n'
        "Firefighters and residents searched through the rubble into the night.\n\n"
        "Hospital officials said they had received 121 bodies by Saturday evening.\n\n"
        "The Interior Ministry put the toll at 135 dead on Sunday morning."
    )
    incidents = extract_text(text, date(2007, 2, 4)).incidents
    assert [(i.date_start, i.killed and (i.killed.min, i.killed.max)) for i in incidents] == [
        ("2007-02-03", (121, 135))
    ]


def test_the_night_of_one_day_to_the_next_and_just_after_midnight_are_one_occasion() -> None:
    night = date_values("On the night of Monday to Tuesday, jets struck.", WEDNESDAY)[0].value
    after = date_values("Just after midnight on Tuesday, jets struck again.", WEDNESDAY)[0].value
    assert (night.start, night.night, after.start, after.small_hours) == (
        date(2016, 8, 1),
        True,
        date(2016, 8, 2),
        True,
    )
    assert same_occasion(night, after)


def test_a_headline_naming_the_event_without_a_figure_joins_the_first_incident() -> None:
    text = (
        "Officials say air strike hit wedding party\n\n"
        "KANDAHAR, Afghanistan — An air strike hit a wedding party in a village in Kandahar province late "
        "on Friday, killing at least 23 civilians, Afghan officials said on Sunday."
    )
    incidents = extract_text(text, date(2008, 7, 6)).incidents
    assert [len(i.evidence) for i in incidents] == [2]
    assert incidents[0].date_start == "2008-07-04"


def test_a_political_headline_alone_makes_no_incident() -> None:
    text = (
        "Senator attacks rival over emails\n\nThe senator said on Monday that her rival had lied to voters."
    )
    assert extract_text(text, date(2016, 9, 27)).incidents == []


def test_the_day_officials_raised_a_toll_does_not_date_the_bombing() -> None:
    text = (
        "QUETTA, Pakistan — Officials on Tuesday raised the death toll from Sunday's suicide bombing at a "
        "mosque in the city of Quetta to 45, after several of the wounded died in hospital."
    )
    assert [i.date_start for i in extract_text(text, date(2013, 6, 11)).incidents] == ["2013-06-09"]


def test_a_round_up_with_one_attack_told_leads_with_it_and_another_event_also_stays_apart() -> None:
    text = (
        "Violence across Iraq kills 25\n\n"
        "BAGHDAD (Reuters) - Bombings and shootings killed at least 25 people across Iraq on Thursday, "
        "police said.\n\n"
        "In the deadliest attack, a car bomb exploded near a market in Baghdad's Shula district, killing "
        "11 people.\n\n"
        "Gunmen also attacked several police checkpoints north of the capital."
    )
    incidents = extract_text(text, date(2013, 4, 19)).incidents
    main = max(incidents, key=lambda i: len(i.evidence))
    assert main.killed is not None and (main.killed.max, len(main.evidence)) == (11, 3)
    assert (main.event_type, main.date_start) == ("remote_explosive_landmine_ied", "2013-04-18")
    assert len(incidents) == 2


def test_two_bombings_of_one_day_told_together_stay_apart() -> None:
    text = (
        "LASHKAR GAH, Afghanistan (AP) — A suicide car bomber struck a police convoy in southern Helmand "
        "province on Saturday, killing nine policemen, officials said, hours after a roadside bomb killed "
        "eight civilians travelling to a wedding in neighbouring Kandahar province.\n\n"
        "In the earlier blast, a minibus carrying wedding guests hit a mine in the Arghandab district of "
        "Kandahar early on Saturday, killing eight people, said district chief Abdul Jabar."
    )
    incidents = extract_text(text, date(2009, 7, 18)).incidents
    assert [(i.killed.min, i.killed.max) for i in incidents if i.killed] == [(9, 9), (8, 8)]


def test_a_named_night_that_ran_into_the_small_hours_is_dated_by_its_evening() -> None:
    text = (
        "TRIPOLI (Reuters) - Heavy fighting between rival militias broke out in southern Tripoli on Friday "
        "night and continued into the early hours of Saturday, killing at least 13 people, the health "
        "ministry said on Saturday."
    )
    assert [i.date_start for i in extract_text(text, date(2018, 9, 1)).incidents] == ["2018-08-31"]


def test_the_day_of_an_incident_dated_only_by_its_report_comes_from_the_next_sentence() -> None:
    text = (
        "GUSAU, Nigeria (Reuters) - Gunmen killed five people in the village of Kadawa in northwestern "
        "Zamfara state, police said on Sunday.\n\n"
        "The attackers stormed the village on Saturday night and set fire to several houses, residents said."
    )
    incidents = extract_text(text, date(2019, 6, 16)).incidents
    assert [(i.date_start, len(i.evidence)) for i in incidents] == [("2019-06-15", 2)]


def test_a_fixed_date_holiday_is_its_day_in_the_publication_year_or_the_year_before() -> None:
    found = date_values("Bombs hit churches on Christmas Day.", date(2012, 1, 2))
    assert [(f.value.start, f.value.role) for f in found] == [(date(2011, 12, 25), "event")]


def test_attacks_in_several_cities_lead_with_the_deadliest() -> None:
    text = (
        "ABUJA (Reuters) - Bomb attacks on churches in several Nigerian cities on Christmas Day killed at "
        "least 39 people, officials said on Monday.\n\n"
        "The deadliest blast struck a Catholic church in Madalla, on the outskirts of the capital Abuja, as "
        "worshippers were leaving morning mass, killing 35 people, the emergency agency said."
    )
    incidents = extract_text(text, date(2011, 12, 26)).incidents
    assert [(i.date_start, i.killed and i.killed.max, len(i.evidence)) for i in incidents] == [
        ("2011-12-25", 35, 2)
    ]


def test_a_day_before_an_occasion_does_not_move_the_day_the_sentence_names() -> None:
    text = (
        "NAIROBI, Kenya - Youths loyal to rival candidates fought with sticks and stones in the town of "
        "Kisii on Wednesday, a day before a parliamentary by-election, leaving three people dead, police "
        "said."
    )
    incident = main_incident(text, WEDNESDAY)
    assert incident.date_start == "2016-08-03"


def test_a_day_after_a_violent_event_still_dates_its_count() -> None:
    text = (
        "NAIROBI, Kenya - Hundreds marched through Kisii on Wednesday, a day after police shot dead three "
        "traders in the market, witnesses said."
    )
    incident = main_incident(text, WEDNESDAY)
    assert incident.date_start == "2016-08-02"


def test_the_night_before_a_weekend_tells_the_day_of_a_weekend_raid() -> None:
    text = (
        "Insurgents raid town\n\n"
        "PEMBA, Mozambique - Insurgents beheaded at least 12 people during a raid on the town of Macomia "
        "over the weekend, police said on Monday.\n\n"
        "The fighters entered Macomia on Friday night and stayed until Saturday afternoon, burning houses."
    )
    main = main_incident(text, date(2020, 6, 29))
    assert main.date_start == "2020-06-26"


def test_the_night_of_a_date_dates_an_ngo_report_of_shelling() -> None:
    text = (
        "Army shelling kills seven villagers\n\n"
        "(Bangkok) - Army shelling killed seven villagers earlier this month, a rights group said today.\n\n"
        "On the night of March 3, shells struck the village of Kan Thar Yar near Kyauktaw as families slept."
    )
    main = main_incident(text, date(2020, 3, 24))
    assert main.date_start == "2020-03-03"


def test_the_eve_of_a_named_day_is_the_day_before() -> None:
    text = "Militiamen killed three men in the town on the eve of Monday's ballot, officials said."
    values = date_values(text, date(1999, 8, 31))
    assert [f.value.start for f in values] == [date(1999, 8, 29)]


def test_the_day_a_toll_rose_to_its_figure_does_not_date_the_event() -> None:
    """ "rose to 23 on Monday from 17": when the count stood, as "by March 24"; the blast was on Sunday."""
    text = (
        "Toll from market bombing rises to 23\n\n"
        "TIKRIT, Iraq (AP) - The death toll from a suicide car bombing in a market in the town rose to 23 on "
        "Monday from 17, as rescuers pulled more bodies from the rubble, the mayor said.\n\n"
        "The bomber blew himself up near a row of vegetable stalls on Sunday evening, he said."
    )
    assert main_incident(text, date(2007, 3, 26)).date_start == "2007-03-25"


def test_a_day_after_reached_and_a_place_is_the_event_date() -> None:
    text = "Troops reached Tikrit on Monday, killing 12 gunmen in a day of fighting, the army said."
    (found,) = [f for f in date_values(text, date(2007, 3, 28)) if f.value.role == "event"]
    assert found.value.start == date(2007, 3, 26)


def test_a_dated_dateline_is_the_day_today_and_yesterday_count_from() -> None:
    """An Indian paper of Aug 12 prints "SRINAGAR, Aug 11: ... today": the story was filed on Aug 11."""
    text = (
        "SRINAGAR, Aug 11: Three militants were killed in a gunfight with troops at a village near Sopore "
        "today, police said. A grenade attack in Anantnag last night wounded four people."
    )
    assert main_incident(text, date(2001, 8, 12)).date_start == "2001-08-11"


def test_a_dateline_day_long_before_publication_is_not_the_reference() -> None:
    text = "SRINAGAR, Aug 1: Three militants were killed in a gunfight near Sopore today, police said."
    assert main_incident(text, date(2001, 8, 12)).date_start == "2001-08-12"


def test_a_fight_until_dawn_is_the_night_it_began() -> None:
    """ "late Saturday" and "a firefight that lasted until dawn on Sunday": one battle, and the soldiers and
    the rebels killed in it add up."""
    text = (
        "Rebels kill 14 soldiers in ambush\n\n"
        "BOGOTA, Colombia (UPI) -- Guerrillas ambushed an army patrol near the town of Dabeiba late "
        "Saturday, killing 14 soldiers, the army said Monday.\n\n"
        "He said five rebels of the Revolutionary Armed Forces of Colombia (FARC) were also killed in a "
        "firefight that lasted until dawn on Sunday."
    )
    main = main_incident(text, date(1998, 8, 10))
    assert (main.date_start, main.killed and main.killed.max) == ("1998-08-08", 19)


def test_the_day_a_source_spoke_does_not_narrow_the_weekend_of_the_event() -> None:
    text = (
        "COLOMBO, May 11 (AFP) - Shelling killed at least 40 civilians in the rebel-held strip over the "
        "weekend, a government doctor said yesterday.\n"
    )
    main = main_incident(text, date(2009, 5, 11))
    assert (main.date_start, main.date_precision) == ("2009-05-09", "week")


def test_dead_found_a_day_after_a_raid_were_killed_the_day_before() -> None:
    text = (
        "PRISTINA (AFP) - Monitors on Thursday found the bodies of seven men in a field outside the village "
        "of Rahovec, a day after police swept through the area, a spokesman said.\n"
    )
    assert main_incident(text, date(1999, 1, 29)).date_start == "1999-01-27"


def test_the_next_day_dates_a_new_event_from_the_story_s_last_day() -> None:
    text = (
        "KANO, Nigeria (AP) — Gunmen killed five villagers in an attack on Dansadau on Monday, "
        "police said.\n\nThe next day, a suicide bomber blew himself up at a crowded market in "
        "Maiduguri, killing 20 people.\n"
    )
    days = sorted(str(i.date_start) for i in extract_text(text, date(2014, 6, 11)).incidents)
    assert days == ["2014-06-09", "2014-06-10"]


def test_on_the_same_day_keeps_the_sentence_on_the_lead_s_day() -> None:
    # the month named later in the sentence is the day of something the sentence mentions, not its event
    text = (
        "On 6 May 2020, around 20 people protested in Minsk, demanding the release of a blogger. The blogger "
        "was arrested on the same day for covering a demonstration in December 2019. 14 protesters were "
        "arrested by the police. [size=around 20]"
    )
    incidents = extract_text(text, date(2020, 5, 12)).incidents
    assert [str(i.date_start) for i in incidents] == ["2020-05-06"]


def test_a_day_named_from_the_last_one_in_the_aftermath_or_another_clause_is_no_new_event() -> None:
    found = (
        "On 1 May 2020, French forces conducted airstrikes on militant positions in the forests near "
        "Tinawasse. Five corpses of suspected militants were reportedly discovered the following day."
    )
    main = main_incident(found, date(2020, 5, 4))
    assert str(main.date_start) == "2020-05-01" and main.killed is not None and main.killed.min == 5
    cause = (
        "SRINAGAR, India (AP) — Police fired on stone-throwing protesters on Friday, killing two. "
        "Hundreds had taken to the streets to protest against the killing of a teenager during a raid "
        "the previous night."
    )
    assert len(extract_text(cause, date(2010, 6, 12)).incidents) == 1


def test_a_count_given_the_day_after_the_storys_day_dates_the_incident_at_the_storys_day() -> None:
    text = (
        "The planes came while the monks were eating\n\n"
        "Feature | December 14, 2023\n\n"
        "On the morning of Sunday, October 22, the abbot of a monastery in Kanbalu had invited the families "
        "sheltering there to a ceremony. At about 10.15, two fighter jets appeared from the south.\n\n"
        "A helicopter arrived twenty minutes later and fired on the area around the monastery, residents "
        "said. Officials of the opposition said on October 23 that 31 people had been killed."
    )
    incidents = extract_text(text, date(2023, 12, 14)).incidents
    counted = [i for i in incidents if i.killed is not None and i.killed.max == 31]
    assert counted
    assert all(i.date_start == "2023-10-22" for i in counted)


def test_a_day_counted_before_another_event_in_an_aside_does_not_date_the_sentences_own_killing() -> None:
    text = (
        "ZENICA, June 2, 1993 - Shells killed 15 people in the market of Zenica on April 19, doctors said. "
        "On April 16, three days before the shelling of Zenica, soldiers attacked the village of Ahmici "
        "and killed more than 100 people."
    )
    incidents = extract_text(text, date(1993, 6, 2)).incidents
    hundred = [i for i in incidents if i.killed is not None and i.killed.min == 100]
    assert hundred
    assert all(i.date_start == "1993-04-16" for i in hundred)


def test_a_town_named_said_is_no_verb_of_speech_and_dates_the_mourned_killing() -> None:
    # "in Port Said on Wednesday" dates the killing; "said on Wednesday" would date a statement
    text = (
        "CAIRO - Egypt held three days of mourning on Friday for the 74 people killed when fans stormed the "
        "pitch after a football match in Port Said on Wednesday night."
    )
    assert main_incident(text, date(2012, 2, 3)).date_start == "2012-02-01"
