"""News reports' incident grouping: a sentence counting more victims adds to the incident, a claim of
responsibility joins the attack it follows."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.incident_units import Group, Unit
from warledger.extract.incidents import shelled_as_told_beside
from warledger.extract.models import Incident
from warledger.measure.scoring import predicted_incident

TUESDAY = date(2021, 9, 14)


def main_incident(text: str, published: date = TUESDAY) -> Incident:
    found = predicted_incident(extract_text(text, published).incidents)  # the one eval scores
    assert found is not None, text
    return found


def test_a_sentence_counting_other_victims_adds_to_the_count_instead_of_closing_it() -> None:
    text = (
        "KANDAHAR, Afghanistan - Border guards killed five smugglers in a firefight near the crossing at "
        "Spin Boldak on Tuesday, officials said. A guard was also killed and three others were hurt in "
        "the shootout, which lasted two hours."
    )
    incident = main_incident(text)
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (6, 6)


def test_a_claim_of_responsibility_joins_the_bombing_it_follows() -> None:
    text = (
        "QUETTA, Pakistan - A bomb hidden in a parked motorcycle exploded near a police van in Quetta on "
        "Tuesday, killing at least nine officers, police said. The Pakistani Taliban claimed "
        "responsibility. Doctors said several of the wounded were in a serious condition."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert "The Pakistani Taliban claimed responsibility." in [e.text for e in incidents[0].evidence]
    assert any("Taliban" in p.name or p.name == "TTP" for p in incidents[0].perpetrators)


def test_the_bodies_a_witness_saw_do_not_lower_the_count_of_the_dead() -> None:
    text = (
        "HOMS, Syria - Several villagers were killed when rockets hit a crowded square in Homs on Tuesday, "
        "activists said. Local journalists saw three bodies near the fountain."
    )
    incident = main_incident(text)
    assert incident.killed is not None
    assert incident.killed.min == 10


def test_a_sighting_above_a_vague_count_still_stands() -> None:
    text = (
        "HOMS, Syria - Several villagers were killed when rockets hit a crowded square in Homs on Tuesday, "
        "activists said. Local journalists saw 25 bodies near the fountain."
    )
    incident = main_incident(text)
    assert incident.killed is not None
    assert incident.killed.max == 25


def test_a_date_inside_a_cause_clause_does_not_split_the_sentence_from_its_incident() -> None:
    text = (
        "LAHORE, Pakistan - Police fired tear gas at stone-throwing students in Lahore on Tuesday, "
        "wounding at least 15 people, witnesses said.\n\n"
        "Thousands of students had marched through the city centre after a classmate was shot dead by "
        "guards on Sunday. Officials said nine policemen were hurt by stones."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert incidents[0].date_start == "2021-09-14"


def test_a_day_inside_the_incidents_week_narrows_it_instead_of_splitting_it() -> None:
    text = (
        "BAMAKO (Reuters) - Militiamen killed at least 14 herders near a village in central Mali last "
        "week, residents said on Tuesday.\n\n"
        "A local association said armed men reached the hamlet of Kouma on Thursday, gathered the "
        "herders and shot them."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert incidents[0].date_start == "2021-09-09" and incidents[0].date_precision == "day"


def test_the_day_a_later_sentence_gives_dates_an_incident_known_only_by_its_report_day() -> None:
    text = (
        "KABUL (AP) - A NATO drone strike in eastern Afghanistan killed eight farmers, provincial officials "
        "said on Tuesday, but the alliance said the strike had targeted militants.\n\n"
        "The strike hit a compound in Sherzad district of Nangarhar province late on Sunday, provincial "
        "governor spokesman Ahmad Zia said."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert incidents[0].date_start == "2021-09-12"


def test_a_passive_sentence_giving_the_day_in_an_unplaced_district_joins_the_reported_killing() -> None:
    text = (
        "PATNA, India - A mob beat a shopkeeper to death in the state of Bihar on suspicion of theft, "
        "police said on Tuesday.\n\n"
        "The man was tied to a tree and beaten on Saturday night in Qwertabad district, and died on the "
        "way to hospital."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert incidents[0].date_start == "2021-09-11"


def test_a_claim_goes_to_the_attack_not_to_the_security_forces_response() -> None:
    text = (
        "MAIDUGURI, Nigeria - Islamist gunmen stormed a boarding school in northeastern Nigeria on Tuesday, "
        "killing 41 pupils in the worst attack on the state this year.\n\n"
        "Nigerian soldiers ended the siege after six hours, killing three gunmen. The governor said 30 "
        "people had been wounded.\n\n"
        "Boko Haram claimed responsibility for the attack on the school, saying it was revenge for army "
        "raids."
    )
    incidents = extract_text(text, TUESDAY).incidents
    attack = next(i for i in incidents if i.killed is not None and i.killed.min == 41)
    assert any("claimed responsibility" in e.text for e in attack.evidence)
    assert attack.injured is not None and attack.injured.min == 30
    main = main_incident(text)
    assert main.killed is not None and main.killed.min == 41


def test_driving_fighters_out_of_a_town_and_taking_full_control_is_an_incident() -> None:
    text = (
        "ADEN (Reuters) - Government troops drove Houthi fighters out of the port town of Mokha on Tuesday, "
        "officials said.\n\n"
        '"We took full control of Mokha this afternoon," an army commander said.'
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert incidents[0].date_start == "2021-09-14"


def test_the_words_of_a_dated_cause_clause_do_not_type_the_incident() -> None:
    text = (
        "LAHORE, Pakistan - Police fired tear gas at stone-throwing students in Lahore on Tuesday, "
        "wounding at least 15 people, witnesses said.\n\n"
        "Thousands of students had marched through the city centre after a rebel leader was killed in a "
        "gunbattle with troops on Sunday. Officials said nine policemen were hurt by stones."
    )
    incident = main_incident(text)
    assert incident.event_category in ("protests", "riots")


def test_a_sentence_naming_an_earlier_attack_at_its_place_goes_back_to_it() -> None:
    text = (
        "Toll from town raid rises\n\n"
        "NAIROBI, Kenya - Gunmen killed 30 people when they stormed the town of Mpeketoni on Sunday night, "
        "police said on Tuesday.\n\n"
        "On Monday night, gunmen struck again in the nearby village of Witu, killing four people.\n\n"
        "A militant group said it carried out the raid on Mpeketoni to avenge its fighters. The president "
        "said the attack had been planned by local politicians."
    )
    incidents = extract_text(text, TUESDAY).incidents
    raid = next(i for i in incidents if i.killed is not None and i.killed.max == 30)
    assert any("carried out the raid on Mpeketoni" in e.text for e in raid.evidence)
    assert not any("raid on Mpeketoni" in e.text for i in incidents if i is not raid for e in i.evidence)


def test_a_headline_count_goes_to_the_lead_when_the_body_gives_none() -> None:
    text = (
        "Crowd beats three men to death over theft rumour\n\n"
        "SOLOLA, Guatemala, Sept 14 - A crowd of villagers beat three men accused of stealing a car outside "
        "the town hall of Solola on Monday night and set them on fire, police said. Officers arrived after "
        "the men were dead."
    )
    incident = main_incident(text)
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (3, 3)


def test_men_taken_from_their_homes_by_armed_men_are_abducted() -> None:
    text = (
        "GROZNY, June 7 - Three men were taken from their homes in Argun in the early hours of Wednesday "
        "by armed men in camouflage, relatives said. Their families have had no news of them since."
    )
    assert main_incident(text).event_type == "abduction_forced_disappearance"


def test_a_hospital_in_a_nearby_town_is_where_the_dead_were_counted() -> None:
    """ "Hospital sources in nearby Blida": the town the count comes from, not a second massacre there."""
    text = (
        "Algeria: 43 villagers massacred\n\n"
        "ALGIERS, Aug 30 (AFP) - Armed militants slit the throats of 43 villagers in a hamlet near Bougara "
        "overnight Friday to Saturday, security forces said.\n\n"
        "Hospital sources in nearby Blida said they had received at least 60 bodies, while residents "
        "reached by telephone spoke of more than 80 dead."
    )
    [incident] = extract_text(text, date(1997, 8, 30)).incidents
    assert incident.event_type == "attack" and incident.place is not None
    assert incident.place.name == "Bougara"
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (43, 80)


def test_a_later_count_of_one_side_of_a_coordinated_figure_is_that_part_told_again() -> None:
    text = (
        "COTABATO, Philippines - Six policemen and at least 12 gunmen were killed in a battle outside Datu "
        "Piang on Friday, the army said. The bodies of 12 gunmen were found in the marsh, an officer said, "
        "and others may have been carried off."
    )
    incident = main_incident(text, date(2021, 9, 12))
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (18, 18)


def test_a_partys_claim_of_enemy_dead_does_not_widen_a_neutral_count() -> None:
    """ACLED codes the most conservative credible figure: a commander's count of the enemy's dead stays
    outside the elders' count."""
    text = (
        "BAIDOA, Somalia - Fighting between two clan militias over a well killed at least 14 people on "
        "Monday, elders said. A commander of one of the militias said his men had killed more than 20 of "
        "their rivals."
    )
    incident = main_incident(text)
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (14, 14)


def test_both_parties_counts_span_and_the_spokesmans_town_is_no_incident() -> None:
    text = (
        "GOMA, Congo - Government troops and rebels fought for hours near Rutshuru on Monday, and the army "
        "said 9 rebels and 2 soldiers were killed. A rebel spokesman told reporters by telephone from the "
        "rebel stronghold of Bunagana that 25 soldiers had been killed for the loss of three fighters."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    killed = incidents[0].killed
    assert killed is not None and (killed.min, killed.max) == (11, 28)


def test_a_count_of_bodies_buried_so_far_widens_the_attacks_range() -> None:
    text = (
        "KINDU, Congo - Militiamen attacked the village of Lukungu on Saturday night, killing 12 villagers, "
        "the radio said. The village chief told the radio that 15 bodies had so far been buried."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    killed = incidents[0].killed
    assert killed is not None and (killed.min, killed.max) == (12, 15)


def test_a_victim_who_died_in_hospital_the_next_day_is_added_to_those_killed() -> None:
    text = (
        "YALA, Thailand - Gunmen on a motorcycle fired at a bus shelter in Bannang Sata on Monday evening, "
        "killing two commuters, police said. A third victim, a 40-year-old noodle vendor, died in hospital "
        "early Tuesday."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert incidents[0].date_start == "2021-09-13"
    killed = incidents[0].killed
    assert killed is not None and (killed.min, killed.max) == (3, 3)


def test_one_victim_told_after_a_count_is_one_of_the_dead() -> None:
    text = (
        "BUNIA, Congo - Militiamen killed at least four villagers in Djugu on Sunday, witnesses said. "
        "A 50-year-old farmer was hacked to death in his field."
    )
    incident = main_incident(text)
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (4, 4)


def test_the_bodies_of_others_make_up_a_count_with_the_bodies_found_before() -> None:
    text = (
        "BUNIA, Congo - Militiamen killed at least five villagers in Djugu on Sunday, witnesses said. "
        "Soldiers recovered three bodies on Sunday evening. A rights group said five villagers had been "
        "killed and that the bodies of two others had been taken away by the attackers."
    )
    incident = main_incident(text)
    assert incident.killed is not None and incident.killed.max == 5


def killed_range(incident: Incident) -> tuple[int, int] | None:
    return (incident.killed.min, incident.killed.max) if incident.killed else None


def test_a_count_given_as_outdated_gives_way_to_the_latest_with_the_victims_counted_on_from_it() -> None:
    text = (
        "REYNOSA, Mexico - Marines killed 12 suspected cartel gunmen in shootouts in Reynosa on Sunday, "
        "officials said. A spokesman had initially reported eight gunmen dead. He said on Tuesday that four "
        "more bodies had been found inside a house."
    )
    assert killed_range(main_incident(text)) == (12, 12)


def test_a_count_of_the_dead_since_a_day_of_the_incident_widens_its_range() -> None:
    text = (
        "JOS, Nigeria - Gunmen attacked farming villages near Barkin Ladi on Saturday, killing at least 86 "
        "people, police said on Monday.\n\nLocal leaders gave a higher toll.\n\n"
        '"We have buried more than 120 people since Sunday," said a community spokesman.'
    )
    assert killed_range(main_incident(text)) == (86, 120)


def test_a_claim_faxed_from_abroad_counts_the_same_blast() -> None:
    text = (
        "COLOMBO - Rebels set off a mine against an army truck near Batticaloa on Monday, killing seven "
        "soldiers, the defence ministry said. The rebels, in a statement faxed to news agencies from London, "
        "claimed eleven soldiers had been killed."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert killed_range(incidents[0]) == (7, 11)


def test_a_restated_count_after_an_undated_also_sentence_goes_back_to_the_lead() -> None:
    text = (
        "TAIZ, Yemen - Security forces opened fire on thousands of protesters in Taiz on Monday, killing at "
        "least 15 people, medics said. Snipers also fired from rooftops along the route. A doctor said 15 "
        "people were killed and more than 100 wounded. Two more of the wounded died overnight, raising the "
        "toll to 17."
    )
    incident = main_incident(text)
    assert incident.event_type == "excessive_force_against_protesters"
    # "raising the toll to 17" after later deaths updates the toll (narratives19: "raising" is an update cue)
    assert killed_range(incident) == (17, 17)


def test_a_dateline_cut_inside_the_place_name_stays_with_its_lead() -> None:
    text = (
        "Forces kill protesters in Amhara, opposition says dozens dead\n\n"
        "ADDIS ABABA (Reuters) - Security forces shot dead at least seven protesters in Bahir Dar on "
        "Sunday, hospital staff said, as demonstrations spread across the Amhara region.\n\n"
        "An opposition party said 30 people had been killed."
    )
    incident = main_incident(text, date(2016, 8, 8))
    assert killed_range(incident) == (7, 30)


def test_an_initial_report_with_a_word_between_is_outdated() -> None:
    text = (
        "MEXICO CITY - Authorities found 19 bodies in Uruapan on Thursday, the state prosecutor said. "
        "An initial police report had said 14 bodies were found."
    )
    assert killed_range(main_incident(text, date(2019, 8, 9))) == (19, 19)


def test_another_source_saying_a_different_count_is_no_closing_tally() -> None:
    text = (
        "ADEN, Yemen - A drone fired missiles at a car near Ataq late on Saturday, killing all four people "
        "inside, officials said on Monday. Tribal sources gave a different account, saying five people had "
        "been killed."
    )
    assert killed_range(main_incident(text, date(2013, 8, 12))) == (4, 5)


def test_a_security_source_in_another_town_counts_the_dead_of_the_incident() -> None:
    text = (
        "MOPTI, Mali - Gunmen killed at least 30 villagers in an attack on the village of Ogossagou on "
        "Sunday, a local association said. A security source in Sevare put the toll at 18."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.min == 18


def test_a_number_written_out_spans_a_range_with_another_sources_count() -> None:
    text = (
        "MOPTI, Mali - Gunmen killed at least 30 villagers in an attack on the village of Ogossagou on "
        "Sunday, a local association said. Officials said about twenty people had been killed in the attack."
    )
    incident = main_incident(text)
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (20, 30)


def test_an_attack_on_homes_stays_an_attack_when_the_gunmen_then_fight_the_police() -> None:
    """The lead kills residents in their homes; the story goes on to tell that the attackers then
    "exchanged fire with police" for an hour, with no dead of its own. A coder codes the killings as the
    attack (the exchange of fire is a battle without fatalities): the lead types the incident."""
    text = (
        "Three villagers shot dead as gunmen raid homes in Kenyan county\n\n"
        "NAIROBI, March 4: Three people, including a child, were killed and five others wounded when armed "
        "men opened fire on houses in Kapedo, a market village in Turkana county, on Monday night, police "
        "said.\n\n"
        "The attackers fired from a ridge above the village at about 9 pm and then exchanged fire with "
        "police officers for nearly an hour before escaping into the bush, a police commander said. The "
        "wounded were taken to a hospital in Lodwar. Officials did not say who carried out the attack."
    )
    found = predicted_incident(extract_text(text, date(2019, 3, 4)).incidents)
    assert found is not None
    assert found.event_type == "attack"


def test_more_dead_that_bring_one_source_to_anothers_count_are_in_it() -> None:
    """The army found seven bodies; a rights group said ten died; "three more" were carried off by their
    comrades: seven and three are the ten, so the sources agree within 7-10, not 10-13."""
    text = (
        "Seven fighters killed as rebel factions clash in Colombian countryside\n\n"
        "BOGOTA, June 6 - At least seven fighters were killed in fighting between two rebel factions near "
        "the town of Tame in Arauca on Sunday, the army said. Troops who reached the area found seven "
        "bodies, the army said in a statement.\n\n"
        "A rights group said that at least 10 fighters had died in the fighting. A local priest said the "
        "bodies of three more fighters had been carried away by their comrades."
    )
    found = predicted_incident(extract_text(text, date(2022, 6, 6)).incidents)
    assert found is not None and found.killed is not None
    assert (found.killed.min, found.killed.max) == (7, 10)


def test_a_quote_split_into_sentences_does_not_part_itself_from_the_incident_it_tells() -> None:
    # the quote's opening sentence is one witness's words with the sentence that closes it: the two quiet
    # sentences between the lead and the quote leave it within reach of the lead's incident
    text = (
        "Police fire tear gas at student march in Merida\n\n"
        "MERIDA, Venezuela, Feb 21 (Reuters) - Police fired tear gas to break up a march by several thousand "
        "students in the city of Merida on Thursday, witnesses said.\n\n"
        "Students fled into side streets and some took refuge in a church. Troops then chased groups of "
        "young people on foot and loaded several into a truck.\n\n"
        '"We were sitting on the road with our hands up. They did not say a word before they started '
        'shooting the gas," said Andrea, a law student.\n'
    )
    assert len(extract_text(text, date(2014, 2, 21)).incidents) == 1


def test_a_denial_turned_on_the_other_side_does_not_type_the_incident() -> None:
    text = (
        "On 20 July, in the early hours of the morning, a large group of armed men attacked a site for "
        "displaced people on the outskirts of Gitega, the main town of the central highlands. The "
        "attackers, armed with guns and machetes, entered the site from the valley side and set fire to "
        "shelters. According to the ICRC and the provincial hospital, 64 people were killed, among them 29 "
        "children, and 51 were wounded. The army spokesman in Bujumbura gave a toll of 40 dead and said "
        "soldiers guarding the site had repelled the attackers. A statement issued in the name of the CNDD "
        "denied any involvement and accused the army of killing civilians in the surrounding hills in "
        "reprisal after the attack.\n\n"
        "On 23 July, armed men ambushed a minibus on the road between Bubanza and Bujumbura, killing five "
        "passengers."
    )
    incident = main_incident(text, date(1996, 7, 26))
    assert incident.event_type == "attack"  # the answer's "army ... killing civilians" typed it a clash
    assert any("denied any involvement" in e.text for e in incident.evidence)


def test_the_bodies_one_helper_pulled_out_do_not_lower_the_toll() -> None:
    text = (
        "BAGHDAD - An air strike hit a row of homes in the centre of Tikrit on Monday. A doctor at the "
        "city's main hospital said it had received 31 bodies after the strike. A resident said he had "
        "helped pull 11 bodies from the rubble."
    )
    incident = main_incident(text)
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (31, 31)


def test_a_series_total_and_a_vague_lead_give_way_to_the_sources_counts() -> None:
    text = (
        "ALGIERS, Jan 5 - Armed men killed dozens of villagers in hamlets near the western town of Relizane "
        "late on Sunday, the worst of a series of attacks that have left well over a hundred people dead "
        "since the start of Ramadan, officials said on Monday.\n\n"
        "The official news agency said 62 people were killed when a group of gunmen descended on three "
        "hamlets in the hills south of Relizane. Independent newspapers in Algiers, quoting residents and "
        "hospital staff, put the death toll at 103.\n\n"
        "In Blida, a bomb exploded in a crowded cafe on Saturday evening, killing four people."
    )
    incident = main_incident(text, date(1998, 1, 5))
    assert incident.place is not None and incident.place.name == "Relizane"
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (62, 103)


def test_the_series_an_attack_tops_does_not_add_its_total() -> None:
    text = (
        "Gunmen killed 14 villagers near Relizane late on Sunday, the worst of a series of attacks that have "
        "left 120 people dead across the region, officials said."
    )
    incident = main_incident(text, date(1998, 1, 5))
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (14, 14)


def test_a_vague_count_beside_a_series_total_still_gives_way_to_a_stated_one() -> None:
    text = (
        "Algeria: dozens massacred in villages near Relizane\n\n"
        "ALGIERS, Jan 5 - Armed men killed dozens of villagers near Relizane late on Sunday, the worst of a "
        "series of attacks that have left well over a hundred people dead since the start of Ramadan, "
        "officials said on Monday.\n\n"
        "The official news agency said 62 people were killed when a group of gunmen descended on three "
        "hamlets in the hills south of Relizane."
    )
    incident = main_incident(text, date(1998, 1, 5))
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (62, 62)


def test_a_toll_dated_by_when_bodies_were_recovered_is_another_sources_count() -> None:
    text = (
        "ZAMBOANGA CITY, Philippines, April 8 - The military said 44 people were killed when some 200 gunmen "
        "stormed the town of Ipil on the afternoon of April 4. The town's mayor put the death toll at 53, "
        "saying several bodies had been recovered from the burned-out town centre only on Thursday."
    )
    incident = main_incident(text, date(1995, 4, 8))
    assert incident.date_start == "1995-04-04"
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (44, 53)


def test_an_incident_told_before_a_place_is_named_does_not_borrow_it() -> None:
    # the first attack's village is unknown to the gazetteer; Maiduguri is the next day's bombing's place
    text = (
        "KANO, Nigeria (AP) — Gunmen killed five villagers in an attack on Dansadau on Monday, "
        "police said.\n\nThe next day, a suicide bomber blew himself up at a crowded market in "
        "Maiduguri, killing 20 people.\n"
    )
    places = {str(i.date_start): i.place for i in extract_text(text, date(2014, 6, 11)).incidents}
    assert places["2014-06-10"] is not None and places["2014-06-10"].name == "Maiduguri"
    first = places["2014-06-09"]
    assert first is not None and first.name != "Maiduguri" and first.country == "NG"


def test_a_toll_that_died_later_in_the_incidents_month_is_another_sources_count_of_it() -> None:
    text = (
        "Gaza: Shells kill family in Beit Lahia\n\n"
        "GAZA, March 19, 2009 - Two tank shells fired into a residential street in Beit Lahia on 5 January "
        "killed 11 people, a human rights group said today. The Palestinian Centre for Human Rights recorded "
        "11 people killed in the attack. The Al Mezan Center for Human Rights put the toll at 13, including "
        "two men who died of their wounds in Egyptian hospitals later in January."
    )
    incident = main_incident(text, date(2009, 3, 19))
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (11, 13)


def test_where_a_counting_group_is_based_is_no_place_of_another_event() -> None:
    text = (
        "Jets bomb monastery in Myanmar\n\n"
        "December 14, 2023\n\n"
        "Fighter jets bombed a monastery in Kanbalu, in Myanmar's Sagaing region, on Sunday, October 22, "
        "killing 31 people, the opposition said. A volunteer rescue group based in Shwebo, which collected "
        "the bodies, gave a toll of 28."
    )
    incident = main_incident(text, date(2023, 12, 14))
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (28, 31)


def test_a_section_heading_is_no_sentence_of_an_incident_and_ends_its_run() -> None:
    """A long report's section headings ("Who fired") are no evidence, and the section after one does not
    join the background incident told just before it by being near it."""
    text = (
        "Market shelled in Zenica\n\n"
        "June 2, 1993\n\n"
        "Shells killed 15 people in the market of Zenica on April 19, doctors said. Most of the dead were "
        "civilians.\n\n"
        "A city at war\n\n"
        "On April 16, soldiers attacked the village of Ahmici near Vitez and killed more than 100 people. "
        "Heavy fighting raged around Vitez throughout that week.\n\n"
        "Who fired\n\n"
        "A UN report said the shells were 122mm rounds fired from the hills near Vitez."
    )
    incidents = extract_text(text, date(1993, 6, 2)).incidents
    assert all(e.text not in ("Who fired", "A city at war") for i in incidents for e in i.evidence)
    incident = main_incident(text, date(1993, 6, 2))
    assert incident.killed is not None
    assert (incident.killed.min, incident.date_start) == (15, "1993-04-19")


def test_counts_of_the_dead_beside_a_story_of_shells_landing_are_a_shelling() -> None:
    """The incident's own sentences are the counts ("recorded 15 people dead"); the shells were told in a
    sentence beside them that is no anchor, whose weapon went to the incident."""
    counts = "The surgical department of the Zenica hospital recorded 15 people dead."
    group = Group([Unit(0, len(counts), counts, [])])
    assert shelled_as_told_beside(group, "attack") == "attack"
    group.extra_weapons = ["artillery"]
    assert shelled_as_told_beside(group, "attack") == "shelling_artillery_missile_attack"
    group.extra_weapons = ["artillery", "small_arms"]
    assert shelled_as_told_beside(group, "attack") == "attack"


def test_soldiers_wounded_after_the_forces_clash_stay_with_the_clash_not_the_earlier_attack() -> None:
    text = (
        "ZAMBOANGA, Philippines - Gunmen raided the town of Ipil on Tuesday and shot dead 20 people in the "
        "market, the police said.\n\n"
        "On Friday soldiers clashed with a group of the raiders near the village of Tungawan and killed five "
        "of them, the army said. Two soldiers were wounded."
    )
    incidents = extract_text(text, date(2021, 9, 18)).incidents
    clash = next(i for i in incidents if i.killed is not None and i.killed.min == 5)
    assert "Two soldiers were wounded." in [e.text for e in clash.evidence]
    raid = next(i for i in incidents if i.killed is not None and i.killed.min == 20)
    assert raid.injured is None


def test_an_incident_dated_by_its_funerals_takes_the_day_the_story_gives_the_mourned_attack() -> None:
    text = (
        "SRINAGAR, India, Sept 14 - Hundreds of people joined funeral processions in Baramulla on Tuesday "
        "for the victims of a bomb attack on the town's main market.\n\n"
        "Two of the wounded died overnight in hospital, taking the number of dead to eight.\n\n"
        "Police said the bomb was hidden in a fruit cart and exploded on Sunday evening as shoppers crowded "
        "the market. Most of the dead were traders."
    )
    incident = main_incident(text)
    assert incident.date_start == "2021-09-12"
    assert any("the bomb was hidden" in e.text for e in incident.evidence)


def test_victims_told_in_the_account_of_the_event_after_a_toll_update_are_among_its_dead() -> None:
    text = (
        "SRINAGAR, India, Sept 14 - Hundreds of people joined funeral processions in Baramulla on Tuesday "
        "for the victims of a bomb attack on the town's main market.\n\n"
        "Two of the wounded died overnight in hospital, taking the number of dead to eight.\n\n"
        "Police said the bomb was hidden in a fruit cart and exploded on Sunday evening as shoppers crowded "
        "the market. Most of the dead were traders. One policeman was also killed."
    )
    incident = main_incident(text)
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (8, 8)


def test_a_sentence_opening_on_the_number_taken_goes_on_about_them() -> None:
    text = (
        "QUETTA, Pakistan - Armed men took four students from a college hostel in the town of Turbat before "
        "dawn on Tuesday, and their whereabouts are unknown, their families said.\n\n"
        "The four, all members of a student union, were asleep in their rooms when the men arrived in two "
        "pickup trucks, a fellow student told reporters."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert any(e.text.startswith("The four") for e in incidents[0].evidence)


def test_a_bare_count_after_background_in_the_same_paragraph_is_not_the_incidents() -> None:
    # a period's total told right after the period ("for two weeks since ..."), and the dead of an event
    # recalled from last year ("in that fighting"), have no day or place of their own: the background's
    text = (
        "KABUL, Afghanistan - Militants captured the town of Khanabad on Monday after a day of fighting, "
        "officials said.\n\n"
        "Fighting has swept the province for three weeks since the talks collapsed. About 100 people have "
        "been killed.\n\n"
        "The militants tried to take the town in March last year but were driven out. Hundreds of their "
        "fighters were killed in that fighting."
    )
    incident = main_incident(text)
    assert incident.killed is None
    assert incident.place is not None and incident.place.name == "Khanabad"


def test_the_day_the_doers_arrived_dates_the_violence_told_next() -> None:
    # the killing is told in the lead without a day and the bodies were found the next day; the sentence
    # on the gunmen's arrival gives the day of what "They" did next
    text = (
        "BOGOTA, Colombia - Paramilitary fighters killed at least 14 people in the village of Puerto Lleras, "
        "officials said on Thursday.\n\n"
        "Survivors said about 80 armed men arrived in lorries late on Monday. They dragged people from "
        "their homes and shot them in the square. The army reached the village on Tuesday morning and "
        "recovered 14 bodies."
    )
    incident = main_incident(text, date(1999, 6, 24))
    assert incident.date_start == "1999-06-21"


def test_a_number_the_vague_words_of_the_incident_allow_states_its_dead() -> None:
    # "leaving dozens dead" (coded 12) then "at least 25 ... killed in the fighting in X on Sunday": the same
    # dead stated by number, not another event's count; the stated numbers span the range
    text = (
        "KHARTOUM, Sudan - Troops and rebels have fought in the streets of Kadugli, leaving dozens dead, "
        "the United Nations said on Wednesday.\n\n"
        "The fighting broke out on Sunday, when soldiers tried to disarm rebels at a police station in "
        "Kadugli. A UN official said at least 25 people had been killed in the fighting in Kadugli on "
        "Sunday. "
        "The rebels said more than 40 people had died."
    )
    incident = main_incident(text, date(2011, 6, 8))
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (25, 40)


def test_a_strike_told_hours_later_is_a_second_event_not_more_of_a_crowds_killing() -> None:
    text = (
        "JERUSALEM - A crowd stormed a police station in Ramallah on Thursday and beat two soldiers to "
        "death, the army said. Both men were killed. About three hours later, helicopter gunships fired "
        "rockets at the police station in Ramallah and at a radio station."
    )
    incidents = extract_text(text, date(2000, 10, 13)).incidents
    rockets = [i for i in incidents if any("gunships" in e.text for e in i.evidence)]
    assert rockets
    assert all("beat two soldiers" not in e.text for e in rockets[0].evidence)


def test_the_seat_of_an_office_holder_who_gives_a_count_is_no_place_of_another_event() -> None:
    # "the parish priest of X said ... at least 35 people had been killed": another source's count of the
    # incident, not an event in X; the range spans both sources
    text = (
        "CUCUTA, Colombia - Paramilitary fighters killed at least 27 people in the village of La Gabarra, "
        "officials said on Thursday.\n\n"
        "The army said its troops reached La Gabarra on Tuesday morning and recovered 27 bodies. The parish "
        "priest of Tibu, the municipal seat, said on Wednesday that residents had told him at least 35 "
        "people had been killed."
    )
    incident = main_incident(text, date(1999, 6, 24))
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (27, 35)
