"""Long human-rights and monitoring narratives (Amnesty, HRW and UN panel reports, newspaper long-reads): a
count whose noun is itself coordinated ("31 police officers and soldiers and 17 rebels"), one more dead who
"also died" after a number, "the true figure is closer to 40", another source's "count ... was 28 dead"
after a semicolon, "no more than 20", a toll brought "in <town> to nine", a day set by one sentence for the
hour the next opens on, the heights guns fired from, soldiers "flown in from" the capital, witnesses
"interviewed in" the place they fled to, an official's seat named only for who speaks, a market named after
its town, the other side's dead told "in the fighting", a habitual clause as background, the two days a
night ran into, a speaker who "told the crowd at a funeral this morning", people shot beside grenades: the
general causes of what the blind batch "narratives24" of news goldens (tests/golden/news/
expected_narratives24.json) got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.measure.scoring import predicted_incident


def main_of(text: str, published: date) -> dict[str, object]:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    return {
        "date": main.date_start,
        "place": main.place.name if main.place else None,
        "killed": (main.killed.min, main.killed.max) if main.killed else None,
        "type": main.event_type,
    }


def killed(text: str) -> list[tuple[int, int]]:
    return [
        (f.figure.count.min, f.figure.count.max) for f in casualty_figures(text) if f.figure.kind == "killed"
    ]


def test_a_count_whose_noun_is_coordinated_is_still_a_part_of_the_sum() -> None:
    assert killed("The governor said 12 police officers and soldiers and five rebels were killed.") == [
        (17, 17)
    ]


def test_one_more_who_also_died_after_a_number_is_counted() -> None:
    text = "Nine villagers were killed; a nurse who had come to help the wounded in the market also died."
    assert killed(text) == [(9, 9), (1, 1)]
    assert killed("Nine villagers were killed, while a nurse who also died was buried on Friday.") == [(9, 9)]


def test_the_true_figure_is_another_sources_count() -> None:
    assert killed("Local clergy say the true figure for the first day is closer to 60.") == [(60, 60)]


def test_another_sources_count_after_a_semicolon_spans() -> None:
    text = (
        "The mayor said 11 people were killed in the square; the Red Cross's count for the day was 16 dead."
    )
    assert killed(text) == [(11, 16)]


def test_no_more_than_a_number_is_that_number() -> None:
    assert killed('The army said that "no more than 12" villagers were killed.') == [(12, 12)]


def test_a_toll_brought_to_a_number_in_a_town_is_the_toll() -> None:
    text = (
        "Police fired on a march in Kankan on Tuesday, killing four demonstrators, doctors said.\n\n"
        "Two of the wounded died on Thursday, bringing the number of dead in Kankan to six."
    )
    assert main_of(text, date(2007, 2, 2))["killed"] == (6, 6)


def test_a_day_set_for_the_hour_the_next_sentence_opens_on() -> None:
    text = (
        "A week under the guns\n\n"
        "Rebels first shelled the town on 2 May, killing three people at the bus station.\n\n"
        "Nothing prepared the town for last Friday. At about 9 a.m. shells began falling on the hospital "
        "and the market, and 14 people were killed, the hospital director said."
    )
    main = main_of(text, date(1994, 5, 16))
    assert (main["date"], main["killed"]) == ("1994-05-13", (14, 14))


def test_the_heights_the_guns_stood_on_are_not_the_place() -> None:
    text = (
        "Shells fall again on Srebrenica\n\n"
        "Srebrenica was declared a safe area last year. On Monday, artillery on the heights of "
        "Bratunac fired "
        "into the town, killing six people, hospital staff said."
    )
    assert main_of(text, date(1994, 11, 16))["place"] == "Srebrenica"


def test_soldiers_flown_in_from_the_capital_act_in_the_town() -> None:
    text = (
        "Protest in Kankan turns deadly\n\n"
        "The strike in Kankan had been peaceful for a week.\n\n"
        "On Monday, as the marchers reached the bridge, soldiers who had been flown in from Conakry two days "
        "earlier fired live ammunition into the crowd, killing four people."
    )
    assert main_of(text, date(2007, 1, 24))["place"] == "Kankan"


def test_witnesses_met_where_they_fled_are_not_where_it_happened() -> None:
    text = (
        "Killings in Assinovskaya\n\n"
        "Villagers interviewed by the mission in Nazran on Tuesday said soldiers had shot dead five men in "
        "the village on 3 March."
    )
    assert main_of(text, date(1995, 3, 20))["place"] == "Assinovskaya"


def test_an_officials_seat_named_for_who_speaks_is_not_the_story() -> None:
    text = (
        "FLORENCIA, Colombia, May 4\n\n"
        "Residents of Florencia had thought their city safe.\n\n"
        "On Sunday night guerrillas kidnapped nine guests from a hotel, the police commander of "
        "Caqueta said. "
        "The governor of Caqueta said the army was searching the roads."
    )
    assert main_of(text, date(2001, 5, 4))["place"] == "Florencia"


def test_a_market_named_after_its_town_is_the_town() -> None:
    text = (
        "Mortars hit market as Mogadishu fighting spreads\n\n"
        "MOGADISHU, 3 May 2010 - Mortar shells hit Hamarweyne market, Mogadishu's oldest, yesterday, killing "
        "11 traders, a rights group said."
    )
    assert main_of(text, date(2010, 5, 3))["place"] == "Mogadishu"


def test_the_other_sides_dead_in_the_fighting_add_up() -> None:
    text = (
        "Fighting in Mellit\n\n"
        "Rebels attacked the army garrison in Mellit on 5 June, a report by the panel said. The fighting "
        "lasted until noon.\n\n"
        "An army officer told the panel that 11 soldiers had been killed and 20 wounded. The Liberation "
        "Front informed the panel that three of its combatants had died in the fighting."
    )
    assert main_of(text, date(2007, 7, 1))["killed"] == (14, 14)


MORTARS = (
    "Mortars fall on market\n\n"
    "MOGADISHU, 3 May 2010 - Mortar shells crashed into a crowded market in Mogadishu yesterday, killing at "
    "least 11 traders, a rights group said.\n\n"
    "Insurgent officials {verb} at a funeral this morning that 15 people had died.\n\n"
    "Residents blamed the peacekeepers, whose artillery usually answers insurgent mortar fire "
    "from the market."
)


def test_a_count_given_at_a_funeral_this_morning_is_dated_by_its_telling() -> None:
    for verb in ("said", "told mourners"):
        main = main_of(MORTARS.format(verb=verb), date(2010, 5, 3))
        assert (main["date"], main["killed"]) == ("2010-05-02", (11, 15)), verb


def test_a_habitual_clause_is_background_not_the_event() -> None:
    main = predicted_incident(extract_text(MORTARS.format(verb="said"), date(2010, 5, 3)).incidents)
    assert main is not None
    assert not any("usually" in e.text for e in main.evidence)


def test_the_incidents_night_and_the_morning_after_are_one_incident() -> None:
    text = (
        "Killings in the village\n\n"
        "On the night of 3 March soldiers went from house to house in Assinovskaya and shot men in their "
        "yards.\n\n"
        "The mission has the names of 21 people killed in Assinovskaya on 3 and 4 March."
    )
    incidents = extract_text(text, date(1995, 3, 20)).incidents
    assert len([i for i in incidents if i.date_start == "1995-03-03"]) == 1
    assert main_of(text, date(1995, 3, 20))["killed"] == (21, 21)


def test_people_shot_beside_grenades_are_no_grenade_event() -> None:
    text = (
        "On the night of 3 March soldiers went from house to house in Assinovskaya, tossed grenades into "
        "basements where families sheltered and shot the men who ran out. The mission has the names of 21 "
        "civilians killed."
    )
    assert main_of(text, date(1995, 3, 20))["type"] == "attack"


def test_the_story_opened_after_a_sentence_that_sets_its_day_goes_on() -> None:
    text = (
        "Gunmen seize hotel guests\n\n"
        "FLORENCIA, Colombia, May 8\n\n"
        "For months the town had felt safe. On Sunday night the calm ended. At about 10 p.m. some 30 men in "
        "army uniforms, who told the porters they were on a search operation, sealed off the Hotel "
        "Real. They "
        "went room by room with a list, residents said, breaking down doors and taking away whole families. "
        "Within an hour the group drove off towards the south with nine guests, the police said."
    )
    main = predicted_incident(extract_text(text, date(2001, 5, 8)).incidents)
    assert main is not None and main.date_start == "2001-05-06"
    assert any("drove off" in e.text for e in main.evidence)


MARCH = (
    "GUINEA: KILLINGS DURING THE STRIKE IN KANKAN\n\n"
    "Public statement, 20 March 2007\n\n"
    "The general strike the unions called on 1 March has been met with force across the country. Delegates "
    "who visited Conakry and Kankan last week spoke to wounded demonstrators and doctors.\n\n"
    "In Kankan the strike had been largely peaceful for a week. On 9 March gendarmes used tear "
    "gas to disperse "
    "pupils who had gathered outside the governor's office, and several young men were arrested; they were "
    "released the next day after the elders intervened.\n\n"
    "The killings took place on 14 March, the day the unions had called for marches. From about 10 a.m. "
    "thousands of people walked towards the governor's office chanting slogans against the "
    "government. As the "
    "crowd reached the bridge, soldiers fired live ammunition into it without warning, and doctors said they "
    "received the bodies of five people that day."
)


def test_the_event_a_sentence_names_with_another_day_is_not_the_incident_before() -> None:
    incidents = extract_text(MARCH, date(2007, 3, 20)).incidents
    earlier = [i for i in incidents if i.date_start == "2007-03-09"]
    assert earlier and all(i.killed is None for i in earlier)  # the tear gas and arrests, an incident apart
    killings = [i for i in incidents if i.date_start == "2007-03-14"]
    assert [(k.killed.min, k.killed.max) if k.killed else None for k in killings] == [(5, 5)]


def test_a_crowd_chanting_slogans_protests() -> None:
    incidents = extract_text(MARCH, date(2007, 3, 20)).incidents
    killings = [i for i in incidents if i.killed is not None and i.killed.max == 5]
    assert [k.event_type for k in killings] == ["excessive_force_against_protesters"]


def test_a_day_written_after_days_later_is_the_phrases_own() -> None:
    text = (
        "Shelling of the enclave\n\n"
        "On 10 April aircraft bombed positions south of the town, killing three fighters, the army said.\n\n"
        "Two days later, on 12 April, gunners shelled the town centre in reply; residents say five people "
        "died at a water point."
    )
    incidents = extract_text(text, date(1994, 4, 21)).incidents
    assert [i.date_start for i in incidents if i.event_type == "shelling_artillery_missile_attack"] == [
        "1994-04-12"
    ]
