"""Whole-text extraction: incidents grouped as a coder would, offsets into the full text, other languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import warledger.extract as extract
from warledger.extract import extract_documents, extract_text
from warledger.extract.incident_units import background_pattern, cue_pattern
from warledger.extract.models import CATEGORY_OF, Incident
from warledger.ingest.document import Document
from warledger.measure.scoring import predicted_incident

PUBLISHED = date(2020, 5, 11)


def main_incident(text: str, published: date = PUBLISHED) -> Incident:
    found = predicted_incident(extract_text(text, published).incidents)  # the one eval scores
    assert found is not None, text
    return found


def test_one_event_note_is_one_incident_with_its_values() -> None:
    incident = main_incident(
        "On 9 May 2020, the Ukrainian Forces fired 82mm mortars at the positions of the Luhansk "
        "People's Militia near Sentianivka, Luhansk. 2 fatalities."
    )
    assert incident.date_start == "2020-05-09" and incident.date_precision == "day"
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (2, 2)
    assert "mortar" in incident.weapons
    assert [p.country for p in incident.perpetrators] == ["UA"]
    if incident.event_type:
        assert incident.event_category == CATEGORY_OF[incident.event_type]


def test_headline_and_body_figures_make_one_incident_with_a_range() -> None:
    text = (
        "Another 30 Killed in Town Bombing\n\n"
        "At least 34 people were killed when warplanes bombed the town market on Sunday, according to the "
        "Civil Defence. The dead included 9 children."
    )
    extraction = extract_text(text, date(2020, 5, 11))
    killed = [i for i in extraction.incidents if i.killed]
    assert len(killed) == 1
    incident = killed[0]
    assert (incident.killed.min, incident.killed.max) == (30, 34)  # type: ignore[union-attr]
    assert incident.date_start == "2020-05-10"
    assert incident.figure_source == "Civil Defence"
    assert "market" in incident.targets


def test_cumulative_total_is_its_own_incident_with_a_date_range() -> None:
    text = (
        "On Saturday, a missile hit a school in the city, killing 4 pupils. "
        "Since Tuesday, the offensive has killed about 200 people across the province."
    )
    incidents = extract_text(text, date(2020, 5, 11)).incidents
    assert len(incidents) == 2
    single, total = incidents
    assert (single.killed.min, single.date_start) == (4, "2020-05-09")  # type: ignore[union-attr]
    assert (total.killed.min, total.killed.approximate) == (200, True)  # type: ignore[union-attr]
    assert (total.date_start, total.date_end) == ("2020-05-05", "2020-05-10")


def test_evidence_offsets_index_the_text() -> None:
    text = "On 3 May 2020, gunmen killed 5 villagers in an attack on a market. 5 fatalities."
    extraction = extract_text(text, PUBLISHED)
    for incident in extraction.incidents:
        for evidence in incident.evidence:
            assert text[evidence.start : evidence.end] == evidence.text


def test_long_documents_are_chunked_and_offsets_still_index_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extract, "CHUNK_CHARS", 200)
    paragraph = (
        "On 3 May 2020, gunmen killed {n} villagers in an attack on a market in the north of the country."
    )
    text = "\n\n".join(paragraph.format(n=n) for n in range(2, 12))
    extraction = extract_text(text, PUBLISHED)
    assert len(extraction.incidents) >= 5
    for incident in extraction.incidents:
        for evidence in incident.evidence:
            assert text[evidence.start : evidence.end] == evidence.text
    assert extraction.document.text == text


def test_chunks_cover_the_text_in_order() -> None:
    text = "\n\n".join("word " * 30 for _ in range(40))
    chunks = extract.chunks_of(text, 500)
    assert all(len(piece) <= 500 for _, piece in chunks)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in chunks)
    assert "".join(piece for _, piece in chunks) == text


def test_other_languages_are_flagged_and_yield_no_incidents() -> None:
    text = "El 9 de mayo de 2020, hombres armados mataron a cinco personas en el mercado de la ciudad. " * 6
    document = Document(
        original=text.encode(), text=text, media_type="text/plain", extractor="text", language="es"
    )
    [extraction] = list(extract_documents([document]))
    assert extraction.document.language == "es"
    assert extraction.incidents == []


def test_documents_come_out_in_input_order() -> None:
    texts = [
        "On 1 May 2020, 3 soldiers were killed.",
        "Le 2 mai, rien.",
        "On 4 May 2020, 7 people were injured.",
    ]
    languages = ["en", "fr", "en"]
    docs = [
        Document(
            original=t.encode(),
            text=t,
            media_type="text/plain",
            extractor="text",
            external_id=str(i),
            language=lang,
            published=PUBLISHED,
        )
        for i, (t, lang) in enumerate(zip(texts, languages, strict=True))
    ]
    ids = [x.document.id for x in extract_documents(docs, batch_size=2)]
    assert ids == ["0", "1", "2"]


def test_text_without_events_yields_no_incident() -> None:
    assert extract_text("The committee will meet again to discuss the budget.", PUBLISHED).incidents == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a figure shared among several coded events: this event's share, rounded down
        (
            "On 2 May 2020, militias clashed over land in the district. 4 people were killed. "
            "Fatalities split between 2 events.",
            2,
        ),
        # a short note's second figure counts other victims
        (
            "On 1 May 2020, 2 soldiers were killed in an attack by militants on a post. "
            "The army attacked back and killed 3 militants.",
            5,
        ),
        # the same number again is a restatement, a closing tally decides
        ("On 4 May 2020, a man was shot dead in the street by gunmen. 1 fatality.", 1),
        (
            "On 4 May 2020, two men were shot in the market by gunmen. One died later in hospital. "
            "2 fatalities.",
            2,
        ),
        # the coder's own line decides
        (
            "On 5 May 2020, forces thwarted an attack on the front, incurring fatalities. "
            "Unclear fatalities coded as 10.",
            10,
        ),
    ],
)
def test_short_note_figures_follow_coding_conventions(text: str, killed: int) -> None:
    incident = main_incident(text)
    assert incident.killed is not None
    assert incident.killed.min <= killed <= incident.killed.max


def test_a_claimed_figure_from_another_source_widens_the_range_instead_of_replacing_it() -> None:
    incident = main_incident(
        "A car bomb exploded near an army checkpoint outside the capital on Tuesday, killing five soldiers "
        "and wounding eight others, police said. The militants claimed the attack. The group said it had "
        "killed 15 soldiers, a figure police disputed.",
        date(2019, 11, 6),
    )
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (5, 15)


def test_a_headline_joins_the_body_count_it_repeats_even_over_a_period() -> None:
    text = (
        "Two soldiers killed in the east\n\n"
        "Two soldiers were killed and three wounded over the past 24 hours in fighting with separatists, "
        "the military said on Monday.\n\n"
        "Separatists shelled army positions near the town with mortars overnight, the military said."
    )
    incidents = extract_text(text, date(2016, 10, 18)).incidents
    with_figures = [i for i in incidents if i.killed is not None]
    assert len(with_figures) == 1
    assert with_figures[0].evidence[0].text == "Two soldiers killed in the east"


def test_a_short_headlined_report_keeps_an_earlier_strike_elsewhere_apart() -> None:
    text = (
        "Barrel bomb attacks kill 15 in city\n\n"
        "Army helicopters dropped barrel bombs on an opposition-held district of Aleppo on Saturday, "
        "killing at least 15 people, rescue workers said.\n\n"
        "The raid came a day after warplanes struck the town of Atareb, killing four civilians, "
        "a monitoring group said."
    )
    incidents = extract_text(text, date(2016, 5, 1)).incidents
    killed = sorted((i.killed.min, i.killed.max) for i in incidents if i.killed is not None)
    assert killed == [(4, 4), (15, 15)]
    main = max(incidents, key=lambda i: len(i.evidence))
    assert main.event_type == "air_drone_strike"  # barrel bombs dropped from the air, not an IED


def test_a_sentence_referring_back_to_the_attack_stays_with_it() -> None:
    text = (
        "Militants storm police station\n\n"
        "Gunmen stormed a police station in the north of the city on Friday, killing 9 officers.\n\n"
        "In a separate attack, militants killed 3 workers at a power plant, police said.\n\n"
        "The attack was launched yesterday as troops pressed an offensive further north."
    )
    incidents = extract_text(text, date(2016, 10, 22)).incidents
    assert len(incidents) == 2
    assert incidents[-1].evidence[-1].text.startswith("The attack was launched")


def test_a_sentence_on_another_kind_of_strike_is_another_incident() -> None:
    # rockets fired by one side, then the other side's warplanes: two events, the rockets' the main one
    text = (
        "HOMS, Syria (AP) - Government forces fired rockets into a residential district of Homs yesterday, "
        "killing six civilians, a doctor said today. Coalition warplanes struck army tanks on the edge "
        "of the city overnight, the coalition said."
    )
    incidents = extract_text(text, date(2016, 10, 19)).incidents
    assert len(incidents) == 2
    main = predicted_incident(incidents)
    assert main is not None and main.event_type == "shelling_artillery_missile_attack"


def test_the_missile_of_an_air_strike_is_the_strikes_own() -> None:
    text = (
        "A drone strike hit a car near Sinjar on Tuesday, killing three fighters. A farmer said his son was "
        "driving past when the missile struck."
    )
    assert len(extract_text(text, date(2016, 10, 19)).incidents) == 1


def test_a_sentence_opening_on_the_bomb_stays_with_the_bombing() -> None:
    # the lead says only that people "have been killed"; the sentence that gives the day and the district
    # opens on "The bomb" and is the same event, not a second incident
    text = (
        "KARACHI, Pakistan (AP) - At least 30 people have been killed in a bomb attack on a bus station "
        "in the city of Karachi, officials say.\n\n"
        "The bomb, hidden in a cart, exploded on Saturday evening in the Gulshan Colony district. "
        "More than 60 people were injured."
    )
    incidents = extract_text(text, date(2016, 10, 23)).incidents
    assert len(incidents) == 1
    assert incidents[0].date_start == "2016-10-22"


@pytest.mark.parametrize(
    "text",
    [
        "Government forces retook the village from rebels on Saturday, state media said.",
        "Hundreds of people took to the streets of the city on Sunday to denounce corruption.",
        # a forced disappearance told by its outcome, with no verb of taking the event cues know
        "Men in plain clothes took three students from a hostel in the town before dawn on Tuesday, and "
        "their whereabouts are unknown, their families said.",
        "Two activists were picked up by men in plain clothes outside their office on Monday.",
    ],
)
def test_news_wording_of_an_event_makes_an_incident(text: str) -> None:
    assert extract_text(text, date(2016, 9, 26)).incidents


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the two delegations in the capital on Monday ended without agreement, diplomats said.",
        "Since 2011, the war has killed hundreds of thousands of people and displaced millions.",
        "Western diplomats said they would push on Thursday for a resolution demanding an end to attacks on "
        "hospitals.",
    ],
)
def test_background_denied_and_planned_events_make_no_incident(text: str) -> None:
    assert extract_text(text, date(2019, 7, 24)).incidents == []


def test_a_byline_dated_in_march_is_no_protest_and_a_quote_on_the_shelling_stays_with_it() -> None:
    text = (
        "Shelling hits town hospital; three patients killed\n\n"
        "By a staff reporter, Field Bulletin, 11 March 2024\n\n"
        "Shells struck the hospital in the town on the night of 9 March, killing three patients.\n\n"
        "Staff said that at least five shells landed in the compound. One hit the roof of the ward. "
        "A generator was destroyed.\n\n"
        '"We moved the patients into the corridor while the shelling continued," said a doctor.\n\n'
        "A monitor that tracks flights said a jet took off from the air base shortly before the strike."
    )
    incidents = extract_text(text, date(2024, 3, 11)).incidents
    assert len(incidents) == 1
    assert [e.text[:16] for e in incidents[0].evidence][-2:] == ['"We moved the pa', "A monitor that t"]


def test_violence_whose_report_names_nobody_has_an_unidentified_perpetrator() -> None:
    incident = main_incident("On 9 May 2020, heavy artillery fire by an unknown party hit Kafr Nabl, Idlib.")
    assert [(p.name, p.country, p.kind) for p in incident.perpetrators] == [
        ("Unidentified Armed Group", "SY", "unknown")
    ]
    protest = main_incident(
        "On 9 May 2020, hundreds of teachers protested in Kafr Nabl, Idlib. [size=hundreds]"
    )
    assert "Unidentified Armed Group" not in [p.name for p in protest.perpetrators]


def test_a_headline_count_in_words_gives_way_to_the_number_the_body_states() -> None:
    text = (
        "Dozens killed as air strikes hit market\n\n"
        "Air strikes hit a crowded market in the town on Tuesday, killing at least 31 people, rescuers said."
    )
    incident = main_incident(text, date(2019, 7, 24))
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (31, 31)
    contradicted = main_incident(
        "Dozens killed as air strikes hit market\n\n"
        "Air strikes hit a crowded market in the town on Tuesday, killing 5 people, rescuers said.",
        date(2019, 7, 24),
    )
    assert contradicted.killed is not None and (contradicted.killed.min, contradicted.killed.max) == (5, 12)


def test_the_accused_armys_version_of_a_fight_does_not_type_the_killing_of_villagers() -> None:
    text = (
        "Outrage after 12 villagers killed\n\n"
        "Residents said soldiers raided the village of Kanta at dawn on Friday, shooting people in their "
        "homes and setting houses on fire. The army said in a statement that four people had died during "
        "an exchange of fire between troops and rebel fighters."
    )
    assert main_incident(text, date(2020, 2, 18)).event_type == "attack"
    unaccused = (
        "Rebels attacked an army post near Kanta on Friday. The army said in a statement that four "
        "soldiers had died during an exchange of fire between troops and rebel fighters."
    )
    assert main_incident(unaccused, date(2020, 2, 18)).event_type == "armed_clash"


def test_several_dead_gives_way_to_the_figures_the_body_states() -> None:
    text = (
        "Several dead as protest turns violent in the city\n\n"
        "Protesters burned shops and clashed with police in the city on Friday, witnesses said.\n\n"
        "The interior minister said on Saturday that four people had been killed. A rights group said it "
        "had counted seven bodies at the hospital."
    )
    incident = main_incident(text, date(2015, 1, 18))
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (4, 7)


def test_a_later_sentence_giving_the_same_count_again_stays_with_the_incident() -> None:
    text = (
        "Militants kill 30 in village attack\n\n"
        "Militants killed at least 30 people in an attack on a village late on Sunday, residents said.\n\n"
        '"They started shooting at everybody," said a resident. "I counted 30 bodies this morning."'
    )
    incidents = extract_text(text, date(2020, 2, 10)).incidents
    assert len(incidents) == 1
    assert incidents[0].date_start == "2020-02-09"


def test_the_same_count_elsewhere_on_another_day_is_another_incident() -> None:
    text = (
        "Gunmen kill soldiers in two towns\n\n"
        "Three soldiers were killed in Kidal on Monday, the army said.\n\n"
        "On Tuesday, three civilians were killed in Gao, residents said."
    )
    incidents = extract_text(text, date(2020, 2, 12)).incidents
    assert [i.date_start for i in incidents] == ["2020-02-10", "2020-02-11"]


def test_an_earlier_toll_and_a_ranking_of_the_attack_stay_with_it() -> None:
    text = (
        "Suicide bomber kills dozens at wedding\n\n"
        "A suicide bomber struck a packed wedding hall in the capital late Saturday, killing 63 people, "
        "the ministry said Sunday.\n\n"
        "Earlier on Sunday, officials had put the toll at 40.\n\n"
        "It was the deadliest attack in the capital this year."
    )
    incidents = extract_text(text, date(2019, 8, 18)).incidents
    assert len(incidents) == 1
    killed = incidents[0].killed
    assert killed is not None and (killed.min, killed.max) == (40, 63)
    assert incidents[0].date_start == "2019-08-17"


def test_a_rising_toll_updates_its_incident() -> None:
    text = (
        "A suicide bomber struck a wedding hall in the capital late on Saturday, killing 63 people.\n\n"
        "By Sunday evening the death toll had risen to 65, the health ministry said.\n\n"
        + "Officials gave no further details about the attackers or their motive. "
        * 40
    )
    incidents = extract_text(text, date(2019, 8, 19)).incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.min == 65
    assert incidents[0].date_start == "2019-08-17"


def test_the_crowd_acts_in_a_protest() -> None:
    incident = main_incident(
        "On 8 May 2020, about 300 workers protested in front of the town hall in Lyon, France, "
        "demanding their unpaid wages. [size=about 300]"
    )
    if incident.event_type and CATEGORY_OF[incident.event_type] == "protests":
        assert incident.perpetrators[0].name == "Protesters"


def test_parsed_chunks_are_not_kept_once_extracted(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from spacy.tokens import Doc

    monkeypatch.setattr(extract, "CHUNK_CHARS", 300)
    text = "\n\n".join(
        f"On 3 May 2020, gunmen killed {n} villagers in an attack on a market." for n in range(2, 60)
    )
    document = Document(
        original=text.encode(),
        text=text,
        media_type="text/plain",
        extractor="text",
        language="en",
        published=PUBLISHED,
    )
    extractions = list(extract_documents([document], batch_size=2))
    gc.collect()
    assert len(extractions) == 1 and len(extractions[0].incidents) >= 40
    kept = [
        o for o in gc.get_objects() if isinstance(o, Doc) and str(o.user_data.get("warledger_text")) in text
    ]
    assert kept == []


NEWS_REPORT = (
    "Syria: Dozens killed as government air strikes pound rebel-held Douma\n\n"
    "At least 31 people were killed on Sunday when Syrian government warplanes struck a busy market in "
    "the rebel-held town of Douma, a monitoring group said.\n\n"
    "Rescue workers said they had pulled 12 bodies from the rubble by Sunday evening.\n\n"
    "On Friday night, rebel fighters fired mortar shells at a neighbourhood of Damascus, killing three "
    "civilians, state media reported."
)


def test_a_headline_the_parser_cuts_at_its_colon_is_still_the_lead_incidents_headline() -> None:
    incidents = extract_text(NEWS_REPORT, PUBLISHED).incidents
    lead = max(incidents, key=lambda i: len(i.evidence))
    assert lead.evidence[0].text.startswith("Syria: Dozens killed")
    assert len(incidents) == 2


def test_a_lead_paragraph_of_two_sentences_is_not_read_as_one_headline() -> None:
    # two sources' counts of the same dead, in the first paragraph: a range, not a sum
    lead = main_incident(
        "KIRKUK, March 4 (Reuters) - A suicide bomber blew himself up at a police checkpoint in Hawija on "
        "Sunday, police said. An officer at the scene said he counted 9 bodies. Hospital sources said at "
        "least 7 bodies had been brought to the morgue.\nThe checkpoint guards the road to the city.\n",
        date(2012, 3, 5),
    )
    assert lead.killed is not None and (lead.killed.min, lead.killed.max) == (7, 9)


UN_CONDEMNATION = (
    "Mission condemns killing of villagers near Djenne\n"
    "BAMAKO, 12 March 2018 - The United Nations Mission strongly condemns the killing of civilians in an "
    "attack on the village of Wudabi, in the Mopti region, and calls on the authorities to investigate.\n"
    "According to witnesses, armed men attacked the village on the night of 9 March, killing six civilians "
    "and burning houses.\n"
    "The attack follows reports of fighting between government troops and rebel forces in the area last "
    "month.\n"
)


def test_a_lead_that_only_names_the_killing_is_dated_and_counted_by_the_next_sentence() -> None:
    # the dateline's day is when the statement was issued; the next sentence gives the attack's own day
    incidents = extract_text(UN_CONDEMNATION, date(2018, 3, 12)).incidents
    assert len(incidents) == 1
    attack = incidents[0]
    assert attack.date_start == "2018-03-09"
    assert attack.killed is not None and (attack.killed.min, attack.killed.max) == (6, 6)


def test_fighting_the_attack_follows_is_not_the_attacks_type() -> None:
    assert main_incident(UN_CONDEMNATION, date(2018, 3, 12)).event_type == "attack"


@pytest.mark.parametrize(
    ("sentence", "background"),
    [
        ("The attack follows reports of fighting between troops and rebels in the area.", True),
        ("The killings came amid a surge in clashes between rival militias.", True),
        ("It comes after weeks of fighting around the town.", True),
        ("Local militias have been accused of attacking villages they say shelter rebels.", True),
        ("The province has been hit by a low-level insurgency by separatists.", True),
        ("Fighting followed the attack on the base.", False),
        ("Rebels attacked the base on Monday.", False),
    ],
)
def test_what_an_event_follows_is_the_setting_not_the_event(sentence: str, background: bool) -> None:
    assert bool(background_pattern().search(sentence)) is background


def test_a_region_in_the_lead_gives_way_to_the_town_of_the_headline() -> None:
    place = main_incident(UN_CONDEMNATION, date(2018, 3, 12)).place
    assert place is not None and place.name == "Djenne" and place.country == "ML"


def test_a_hospital_town_where_victims_were_taken_starts_no_incident_of_its_own() -> None:
    incidents = extract_text(
        "BAIDOA, Somalia, March 3 - A bomb exploded at a cattle market in Baidoa on Saturday, killing six "
        "people, the district commissioner said.\n"
        "But a nurse at a Mogadishu hospital where the wounded were flown said staff had received eight "
        "bodies.\n",
        date(2018, 3, 4),
    ).incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and (incidents[0].killed.min, incidents[0].killed.max) == (6, 8)


def test_a_bomb_at_a_town_hospital_is_placed_in_the_town() -> None:
    place = main_incident("On Monday, a bomb exploded at a Kandahar hospital, killing three guards.").place
    assert place is not None and place.name == "Kandahar"


@pytest.mark.parametrize(
    ("later", "killed"),
    [
        ("Rescuers pulled the bodies of four children from the rubble.", (10, 10)),  # some of the ten
        ("Two children were also killed.", (12, 12)),  # others, said so
        ("Hospital officials put the toll at 14.", (10, 14)),  # another source's toll
    ],
)
def test_a_later_count_of_children_is_part_of_the_toll(later: str, killed: tuple[int, int]) -> None:
    lead = main_incident(
        "GAZA (Reuters) - An air strike destroyed a house in Rafah on Sunday night, killing 10 members of "
        f"one family, medics said on Monday.\n{later}\n",
        date(2014, 8, 4),
    )
    assert lead.killed is not None and (lead.killed.min, lead.killed.max) == killed


def test_the_lead_evidence_keeps_its_dateline_city() -> None:
    # the parser cuts "JUBA" off as a sentence of its own; the piece after it opens on a comma
    text = (Path(__file__).parents[1] / "golden" / "news" / "yei_unmiss_statement.txt").read_text("utf-8")
    evidence = [e.text for e in main_incident(text, date(2017, 5, 24)).evidence]
    assert any(text.startswith("JUBA, 24 May 2017 - ") for text in evidence)
    assert not any(text.startswith(",") for text in evidence)


def test_the_history_a_report_recalls_is_not_typed_with_its_event() -> None:
    # one incident: the April ambush is history, and its words do not make the landmine a battle
    text = (
        "RAIPUR, India (Reuters) - Maoist rebels blew up a jeep carrying police officers in central India "
        "today, killing at least 12 people, police said.\n"
        "The landmine exploded under the jeep on a road in Bijapur district, a police officer said.\n"
        "In April, Maoists killed 76 paramilitary policemen in an ambush in the same district.\n"
    )
    lead = main_incident(text, date(2010, 5, 17))
    assert lead.event_type == "remote_explosive_landmine_ied"


def test_another_sources_count_of_the_same_day_widens_the_range() -> None:
    lead = main_incident(NEWS_REPORT)
    assert lead.killed is not None and (lead.killed.min, lead.killed.max) == (12, 31)
    assert any(e.text.startswith("Rescue workers") for e in lead.evidence)


def test_the_perpetrators_fighters_are_not_counted_among_the_victims() -> None:
    mortars = next(i for i in extract_text(NEWS_REPORT, PUBLISHED).incidents if "mortar" in i.weapons)
    assert [p.name for p in mortars.perpetrators] == ["Rebels"]
    assert mortars.victim_groups == ["civilians"]


def test_a_named_source_putting_the_toll_higher_widens_the_range_rather_than_replacing_it() -> None:
    lead = main_incident(
        "BAGHDAD (Reuters) - A car bomb exploded at a market in Baghdad on Monday, killing at least 20 "
        "people and wounding 35, police said.\n\nThe health ministry put the death toll at 27, with 50 "
        "wounded.\n\nIn a separate attack on Sunday, Islamic State fighters shot dead two farmers near "
        "Kirkuk."
    )
    assert lead.killed is not None and (lead.killed.min, lead.killed.max) == (20, 27)
    assert lead.injured is not None and (lead.injured.min, lead.injured.max) == (35, 50)


def test_fighters_named_after_their_group_are_not_victims() -> None:
    incident = main_incident(
        "On Wednesday, Houthi fighters shelled a residential area of Taiz, killing two women."
    )
    assert incident.victim_groups == ["women"]


IRAQ_REPORT = (
    "Truck bombs kill more than 200 in northern Iraq\n\n"
    "BAGHDAD, Aug. 15 -- Four suicide truck bombs exploded in two villages near the Syrian border on Tuesday "
    "evening, killing at least 175 people, officials said, in the deadliest attack since the war began.\n\n"
    "The bombers targeted members of the Yazidi minority in the villages of Qahtaniyah and Jazeera, west of "
    "Mosul.\n\n"
    "U.S. military officials blamed al-Qaeda in Iraq for the attacks.\n\n"
    "Elsewhere, gunmen ambushed a minibus south of Baghdad on Monday, killing 11, police said."
)


def test_a_sentence_that_says_more_about_the_incident_gives_its_place_and_accused() -> None:
    lead = main_incident(IRAQ_REPORT, date(2007, 8, 15))
    assert lead.date_start == "2007-08-14"
    assert lead.killed is not None and (lead.killed.min, lead.killed.max) == (175, 200)
    assert lead.place is not None and (lead.place.name, lead.place.qualifier) == ("Mosul", "west of")
    assert [p.name for p in lead.perpetrators] == ["Al Qaeda"]  # not the officials who blamed it
    assert len(extract_text(IRAQ_REPORT, date(2007, 8, 15)).incidents) == 2


def test_a_sentence_turning_to_other_places_is_another_incident() -> None:
    text = (
        "Police fire on fuel protesters in Lagos\n\n"
        "LAGOS, Nigeria (AP) — Police fired live rounds on Monday to disperse thousands of protesters who "
        "blocked roads in Lagos, witnesses said. At least two protesters were shot dead.\n\n"
        "Protests also took place in Abuja and Kano, where demonstrators marched peacefully to government "
        "offices."
    )
    incidents = extract_text(text, date(2023, 6, 5)).incidents
    assert [i.place.name if i.place else None for i in incidents] == ["Lagos", "Abuja"]
    assert incidents[0].event_type == "excessive_force_against_protesters"
    assert incidents[0].date_start == "2023-06-05"


STATION_REPORT = (
    "Missile strike on Kramatorsk train station kills 50\n\n"
    "KRAMATORSK, Ukraine — A missile slammed into a crowded train station on Friday, killing at least 50 "
    "people, officials said.\n\n"
    "The regional governor of Donetsk said five children were among the dead.\n\n"
    "The war, which began in February, has killed thousands of civilians, according to the United Nations."
)


def test_a_lead_without_a_place_takes_its_headlines_place_before_a_later_sentences() -> None:
    lead = main_incident(STATION_REPORT, date(2022, 4, 8))
    assert lead.place is not None and (lead.place.name, lead.place.country) == ("Kramatorsk", "UA")
    assert lead.date_start == "2022-04-08"


def test_children_among_the_dead_are_part_of_the_toll_not_another_incident() -> None:
    lead = main_incident(STATION_REPORT, date(2022, 4, 8))
    assert lead.killed is not None and (lead.killed.min, lead.killed.max) == (50, 50)
    assert "children" in lead.victim_groups
    assert any(e.text.startswith("The regional governor") for e in lead.evidence)


def test_a_region_in_the_lead_gives_way_to_a_town_named_later_in_the_incident() -> None:
    text = (
        "Gunmen kill 37 in central Mali\n\n"
        "BAMAKO (Reuters) - Gunmen on motorcycles killed at least 37 civilians in attacks on two villages in "
        "central Mali's Mopti region overnight on Sunday, the government said on Monday.\n\n"
        "The attackers stormed two villages near the town of Bankass, burning huts, a local official said."
    )
    lead = main_incident(text, date(2020, 2, 17))
    assert lead.place is not None and (lead.place.name, lead.place.country) == ("Bankass", "ML")
    assert lead.date_start == "2020-02-16"


def test_a_running_total_runs_from_the_day_its_period_began_to_the_day_before_publication() -> None:
    incidents = extract_text(
        STATION_REPORT.replace("began in February", "began on February 24"), date(2022, 4, 8)
    ).incidents
    total = next(i for i in incidents if i.killed is not None and i.killed.min >= 1000)
    assert (total.date_start, total.date_end) == ("2022-02-24", "2022-04-07")


def test_who_reports_an_attack_is_not_among_its_targets_or_victims() -> None:
    incident = main_incident(
        "Gunmen ambushed a minibus carrying Shiite pilgrims south of Baghdad on Monday, killing 11, "
        "police said."
    )
    assert "police" not in incident.targets and "police" not in incident.victim_groups
    assert "civilians" in incident.victim_groups


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 23 people in a raid on a village late on Thursday, police and residents said.",
        "Gunmen killed 23 people in a raid on a village, said Zamfara police spokesman Mohammed Shehu.",
        "Rockets killed 30 people in a market, the rebel leader told reporters in the city.",
        "A bomber killed 14 people at a checkpoint. The group claimed it in a statement sent to reporters.",
    ],
)
def test_who_speaks_or_is_spoken_to_is_no_target(text: str) -> None:
    incident = main_incident(text, date(2019, 6, 14))
    assert not {"police", "journalists"} & set(incident.targets)


def test_a_witness_giving_the_incidents_own_toll_so_far_is_the_same_incident() -> None:
    text = (
        "A car bomb exploded at a checkpoint in the capital on Saturday morning, killing at least 15 people, "
        "police said. \u201cSo far we know 15 people died,\u201d a police officer said. An ambulance "
        "director said 20 wounded people had been taken to hospital."
    )
    incidents = extract_text(text, date(2018, 3, 24)).incidents
    assert len(incidents) == 1
    [incident] = incidents
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (15, 15)
    assert incident.injured is not None and incident.injured.min == 20


def test_a_sentence_on_the_setting_does_not_type_the_incident() -> None:
    text = (
        "Gunmen killed seven people at a party in the northern Mexican state of Sinaloa late on Sunday, "
        "state prosecutors said on Monday.\n\nArmed men in two pickup trucks arrived at a house in the town "
        "of Navolato, west of the state capital Culiacan, and opened fire on the guests, the Sinaloa state "
        "prosecutor's office said in a statement. Two of the dead were teenagers. Three other people were "
        "wounded.\n\nAuthorities did not say who was behind the attack, but the area has seen fighting "
        "between factions of the Sinaloa cartel since the extradition of its leader."
    )
    incident = main_incident(text, date(2017, 3, 6))
    assert incident.event_type == "attack"
    assert incident.killed is not None and incident.killed.min == 7


def test_the_crowd_of_a_protest_is_named_once_among_its_actors() -> None:
    text = (
        "Security forces fired tear gas to disperse thousands of protesters in Khartoum on Sunday, killing "
        "one demonstrator. Protesters marched towards the presidential palace before police blocked them."
    )
    names = [p.name for p in main_incident(text, date(2019, 1, 13)).perpetrators]
    assert names.count("Protesters") <= 1 and len(names) == len(set(names))


def test_a_news_sentence_counting_other_victims_adds_to_the_toll() -> None:
    text = (
        "Troops retake village as civilians flee\n\n"
        "Troops recaptured the village of Shura from the militants on Tuesday after two days of heavy "
        "clashes, a general said in a statement. He said 40 militants were killed in the operation. Two "
        "soldiers were also killed and 11 wounded, a military source said. Aid groups warned that thousands "
        "more could flee the area in the coming weeks if the fighting spreads to the city."
    )
    incident = main_incident(text, date(2016, 11, 1))
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (42, 42)


def test_a_dated_statement_about_the_incident_is_no_incident_of_its_own() -> None:
    text = (
        "Strike hits funeral hall\n\n"
        "Airstrikes by the coalition hit a funeral hall packed with mourners in the capital on Saturday, "
        "killing at least 140 people, the United Nations said.\n\n"
        "The coalition initially denied responsibility. On Sunday, it said it would investigate the "
        '"regrettable and painful" incident with the help of foreign experts.'
    )
    incidents = extract_text(text, date(2016, 10, 9)).incidents
    assert [i.date_start for i in incidents] == ["2016-10-08"]


@pytest.mark.parametrize(
    "second",
    [
        "The group said it had killed 15 soldiers in the attack.",
        "An investigation later concluded that 15 soldiers had been killed when a rocket struck the base.",
    ],
)
def test_another_sources_count_of_the_same_attack_widens_its_range(second: str) -> None:
    text = f"Attack on army base\n\nMilitants attacked an army base on Monday, killing 5 soldiers. {second}"
    incidents = extract_text(text, date(2020, 5, 12)).incidents
    assert [(i.killed.min, i.killed.max) for i in incidents if i.killed] == [(5, 15)]


def test_a_count_in_a_separate_attack_is_another_incident() -> None:
    text = (
        "Attack on army base\n\nMilitants attacked an army base on Monday, killing 5 soldiers. "
        "Police said 3 people were killed in a separate attack on a market."
    )
    assert len(extract_text(text, date(2020, 5, 12)).incidents) == 2


@pytest.mark.parametrize(
    ("second", "killed"),
    [
        ("The army said 12 militants were killed in the fighting.", (17, 17)),  # two sides add up
        ("Hospital officials said 9 soldiers died.", (5, 9)),  # one side, two sources: a range
    ],
)
def test_a_news_reports_figures_for_two_sides_add_up(second: str, killed: tuple[int, int]) -> None:
    text = (
        f"Clashes in the north\n\nMilitants attacked an army post on Monday, killing five soldiers. {second}"
    )
    [incident] = extract_text(text, date(2020, 5, 12)).incidents
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == killed


def test_a_headline_naming_no_side_is_the_sum_of_the_bodys_sides() -> None:
    """ "38 Dead" over "killing 35 of the insurgents" and "Three government soldiers were killed": 38, not
    a range from 3 (one side's count is no other source's total)."""
    text = (
        "Troops Repulse Rebel Attack On Town, 38 Dead\n\n"
        "Government troops yesterday repulsed an attack by rebels on the town of Gbarnga, killing 35 of the "
        "insurgents, the Ministry of Defense said.\n\n"
        "Three government soldiers were killed and 11 wounded, the ministry said."
    )
    [incident] = extract_text(text, date(2002, 5, 15)).incidents
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (38, 38)


def test_a_running_total_between_two_sentences_on_the_fighting_does_not_split_it() -> None:
    text = (
        "Forces battle insurgents for city\n\n"
        "KUNDUZ (Reuters) - Security forces fought insurgents in the city on Tuesday, officials said. "
        "At least 90 people had been killed since Monday, a council member said. "
        "The main hospital said it had treated more than 170 wounded people."
    )
    incidents = extract_text(text, date(2015, 9, 29)).incidents
    [fighting] = [i for i in incidents if i.date_start == "2015-09-29"]
    assert fighting.injured is not None and fighting.injured.min == 170


def test_a_region_in_the_lead_gives_way_to_a_district_with_a_point_of_its_own() -> None:
    text = (
        "Cartel gunfight leaves 19 dead\n\n"
        "MEXICO CITY (Reuters) - Nineteen people were killed in a gunfight between rival cartels in the "
        "western Mexican state of Michoacan on Sunday, authorities said.\n\n"
        "Gunmen clashed with members of a local gang in the town of El Aguaje, in the municipality of "
        "Aguililla, the state security ministry said."
    )
    incident = main_incident(text, date(2019, 12, 9))
    assert incident.place is not None and incident.place.name == "Aguililla"


def test_reactions_after_a_second_event_do_not_outweigh_the_lead() -> None:
    text = (
        "Police seize two opposition leaders\n\n"
        "LAGOS, March 4 - Police arrested an opposition party leader at his home in Ikeja late on Monday, "
        "his aides said.\n\n"
        "Officers also detained a second party leader overnight in the city of Ibadan, a court said.\n\n"
        "The arrests drew condemnation from rights groups. The European Union, which imposed sanctions "
        "on the minister in May, said it held him responsible for their safety. "
        "Church leaders appealed for calm."
    )
    main = main_incident(text, date(2020, 3, 4))
    assert main.place is not None and main.place.name == "Ikeja"


@pytest.mark.parametrize(
    ("sentence", "reacts"),
    [
        ("Rights groups condemned the raid.", True),
        ("We call on the authorities to put an immediate end to the burning of homes.", True),
        ("The envoy called for an independent inquiry into the shooting.", True),
        ("Elders appealed for calm on Sunday.", True),
        ("Soldiers burned at least 30 homes in the village on Sunday.", False),
    ],
)
def test_a_reaction_is_told_apart_from_an_event(sentence: str, reacts: bool) -> None:
    assert bool(cue_pattern("reaction").search(sentence)) is reacts


def test_an_agreement_meant_to_end_killings_counts_none_and_communities_are_no_place() -> None:
    text = (
        "Herders and farmers sign truce in Plateau\n\n"
        "JOS, June 3 - Leaders of Berom and Fulani communities signed a peace agreement in the town of "
        "Barkin Ladi on Sunday, vowing to end attacks and reprisals that have left more than 200 dead "
        "in the area over the past year.\n\n"
        "Aid groups say at least 90 people were killed in the state in the first half of the year."
    )
    main = main_incident(text, date(2018, 6, 3))
    assert main.event_type == "agreement"
    assert main.killed is None
    assert main.place is not None and main.place.name == "Barkin Ladi"


def test_a_news_sentence_with_an_event_word_and_only_a_day_is_no_incident() -> None:
    text = (
        "Campaign trail\n\n"
        "The candidate spoke for an hour about health care and taxes to a crowd of supporters.\n\n"
        "At a rally Monday, the former president said premiums were rising because of the new law."
    )
    assert extract_text(text, date(2016, 10, 5)).incidents == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"Making voting a duty is a shot in the arm," the senator said in Richmond on Monday.',
        "The Washington Post ran a hit piece on the candidate in Ohio on Tuesday.",
        "It avoided shooting itself in the foot in Ottawa on Friday.",
    ],
)
def test_an_idiom_is_no_event(sentence: str) -> None:
    text = f"Politics\n\nThe campaign went on.\n\n{sentence}"
    assert extract_text(text, date(2016, 10, 5)).incidents == []


def test_a_round_up_codes_each_attack_and_leads_with_the_deadliest() -> None:
    """ACLED codes each attack of a round-up, not its total: the headline and lead introduce the deadliest
    attack (their day dates it) and make no incident of their own."""
    text = (
        "Violence kills 25 across the country\n\n"
        "BAGHDAD (Reuters) - Bombings and shootings killed at least 25 people across Iraq on Thursday, "
        "police said.\n\nIn the deadliest attack, a car bomb exploded near a market in Baghdad, killing "
        "11 people.\n\n"
        "A roadside bomb killed two policemen in Kirkuk, police said. Elsewhere, in the town of Baquba, a "
        "suicide bomber blew himself up at a funeral, killing eight mourners."
    )
    incidents = extract_text(text, date(2013, 4, 19)).incidents
    counts = sorted((i.killed.min, i.killed.max) for i in incidents if i.killed)
    assert counts == [(2, 2), (8, 8), (11, 11)]
    main = max(incidents, key=lambda i: len(i.evidence))
    assert main.killed is not None and main.killed.max == 11
    assert (len(main.evidence), main.date_start, main.date_precision) == (3, "2013-04-18", "day")


def test_the_side_a_counter_accusation_names_is_not_a_perpetrator() -> None:
    text = (
        "The representative of Ukraine said that on 24 January militants had fired rockets at a residential "
        "area of Mariupol, killing 30 civilians. The representative of the Russian Federation rejected the "
        "accusations. He said that Ukrainian forces had themselves shelled the city in order to blame the "
        "militias."
    )
    incident = main_incident(text, date(2015, 1, 27))
    assert "Ukraine" not in [p.name for p in incident.perpetrators]


def test_a_running_count_without_a_figure_is_no_incident() -> None:
    text = (
        "Flash update\n\n"
        "On 13 May, air strikes hit the hospital in the town of Kafr Nabudah, putting it out of service. "
        "This is the 12th health facility hit since 28 April."
    )
    incidents = extract_text(text, date(2019, 5, 15)).incidents
    assert [i.date_start for i in incidents] == ["2019-05-13"]


def test_victims_said_to_be_others_add_up_however_long_their_noun_phrase() -> None:
    text = (
        "Troops retake river port from rebels\n\n"
        "DODOMA, June 3 - Government troops retook the river port of Kilwa from rebels on Sunday, the army "
        "said. It said 9 rebels had been killed in the assault. Two Tanzanian soldiers were also killed, a "
        "military source said."
    )
    incident = main_incident(text, date(2021, 6, 3))
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (11, 11)


def test_a_vague_count_of_other_victims_is_added_not_dropped() -> None:
    text = (
        "Militants attack army post\n\n"
        "NIAMEY, May 3 - Militants attacked an army post near the border on Sunday, killing 20 soldiers, the "
        "defence ministry said. Dozens of attackers were also killed, it said."
    )
    incident = main_incident(text, date(2020, 5, 4))
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (32, 32)


def test_attackers_named_in_the_headline_and_again_in_the_body_count_once() -> None:
    text = (
        "Army says 8 soldiers, four attackers killed in raid\n\n"
        "GAO, May 3 - Gunmen stormed an army camp near Gao on Sunday, setting off a gun battle, the army "
        "said. Eight soldiers were killed in the fighting. All four of the gunmen who got inside the camp "
        "were also killed, it said."
    )
    incident = main_incident(text, date(2020, 5, 4))
    assert incident.event_type == "armed_clash"
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (12, 12)


def test_a_closing_sentence_that_breaks_the_toll_down_restates_it() -> None:
    text = (
        "Gunmen opened fire on spectators at a cockfight on Saturday, killing 11 people, police said. "
        "Eight men died at the scene and three more died later in hospital."
    )
    incident = main_incident(text, date(2020, 11, 8))
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (11, 11)


def test_a_coders_figure_for_dead_and_injured_decides() -> None:
    text = (
        "On 7 May 2020, forces ambushed reinforcements near the town. The 2 operations caused several "
        "fatalities and injuries. Unknown number of fatalities and injuries coded as 10."
    )
    incident = main_incident(text, date(2020, 5, 11))
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (10, 10)


def test_victims_who_died_after_a_tally_are_added_to_it_but_a_guess_is_not() -> None:
    text = (
        "Rebels attacked a police station on Tuesday night. Five officers died at the scene. "
        "Two more died later in hospital, police said. At least two attackers were also "
        "believed to have been killed."
    )
    incident = main_incident(text, date(2018, 4, 20))
    assert incident.killed is not None and (incident.killed.min, incident.killed.max) == (7, 7)


def test_a_section_heading_naming_a_day_returns_to_that_days_incident() -> None:
    """A long narrative cuts its story into sections; after a background section, "Friday's attack" heads
    the witnesses' account of the lead incident, which must not gather around the background event."""
    text = (
        "Gunmen kill four in Moreh\n\n"
        "Imphal, September 10: Four people were killed when armed men opened fire on houses in Moreh on "
        "Friday evening, police said.\n\n"
        "Background\n\n"
        "On May 3, clashes in Churachandpur district spread across the state. Mobs burned homes and "
        "churches in Churachandpur.\n\n"
        "Friday's attack\n\n"
        'Residents said the shooting began as families were returning from the market. "We heard the '
        'bullets hit the roofs," said a shopkeeper whose neighbour was shot dead in her kitchen. Another '
        "resident said two of the dead had been sitting outside a tea stall when the shooting began."
    )
    main = main_incident(text, date(2023, 9, 10))
    assert main.place is not None and (main.place.name, main.date_start) == ("Moreh", "2023-09-08")


def test_bodies_a_sentence_mentions_in_words_are_of_the_dead_its_number_counts() -> None:
    """ "their own count was 32, because several bodies were recovered later": 32, not 32 and ten more."""
    text = (
        "Gunmen attacked three villages in Bokkos on Wednesday night. The police said 27 people were killed. "
        "Community leaders said their own count was 32, because several bodies were recovered from the bush "
        "only after the police had made their tally."
    )
    main = main_incident(text, date(2018, 1, 26))
    assert main.killed is not None and (main.killed.min, main.killed.max) == (27, 32)


def test_sources_counts_of_one_shooting_span_a_range() -> None:
    """A hospital's count over the days after the shooting and a rights group's count naming a part of the
    town are other sources' counts of the same dead, not incidents of their own."""
    text = (
        "NAIROBI, Aug 14 - Police shot dead protesters in the city of Kisumu on Saturday, but the minister "
        "said only two people were killed.\n\n"
        "At the Jaramogi Oginga Odinga Referral Hospital, a doctor said the mortuary had received nine "
        "bodies between Saturday morning and Sunday evening.\n\n"
        "A rights commission said its monitors had documented 14 deaths in Kisumu, among them a girl hit by "
        "a stray bullet in Nyalenda."
    )
    main = main_incident(text, date(2017, 8, 14))
    assert main.killed is not None and (main.killed.min, main.killed.max) == (2, 14)


def test_the_dated_deadliest_attack_after_a_weeks_total_is_an_incident_of_its_own() -> None:
    text = (
        "BAQUBA, Iraq, June 16 (Reuters) - Car bombs, ambushes and the discovery of more than a dozen bodies "
        "made this the bloodiest week of the year in Diyala province.\n\n"
        "The deadliest attack came on Monday, when a car packed with explosives blew up in the market of "
        "Khalis. At least 23 people were killed, police said. A doctor said the hospital had received 26 "
        "bodies.\n\n"
        "On Tuesday, a roadside bomb killed three policemen near Baquba."
    )
    main = main_incident(text, date(2007, 6, 16))
    assert (main.event_type, main.date_start) == ("remote_explosive_landmine_ied", "2007-06-11")
    assert main.killed is not None and (main.killed.min, main.killed.max) == (23, 26)


def test_a_list_compiled_by_officials_is_another_sources_count() -> None:
    text = (
        "(Moscow, April 20, 2000) - Russian forces executed at least 14 civilians in the village of Samashki "
        "on March 12, a rights group said.\n\n"
        "The researchers spoke to residents. They obtained a list compiled by the village "
        "administration that names 17 people killed during the operation."
    )
    main = main_incident(text, date(2000, 4, 20))
    assert main.killed is not None and (main.killed.min, main.killed.max) == (14, 17)


def test_a_note_whose_only_event_is_long_before_publication_still_reports_it() -> None:
    text = (
        "On 1 May 2018, in Valdivia, Los Rios, nearly 30 workers marched through the streets of the city "
        "on Labor Day, demanding job security. [size=nearly 30]"
    )
    incidents = extract_text(text, date(2020, 5, 4)).incidents
    assert len(incidents) == 1
    assert incidents[0].event_type == "peaceful_protest" and incidents[0].date_start == "2018-05-01"


def test_a_news_story_keeps_its_history_out() -> None:
    text = (
        "Marchers remember massacre\n\nVALDIVIA, Chile (AP) - Hundreds marched on Sunday in memory of the "
        "victims. In 1998, soldiers killed 12 miners at the site, a commission found in 2002."
    )
    incidents = extract_text(text, date(2020, 5, 4)).incidents
    assert all((i.killed is None or i.killed.max != 12) for i in incidents)


def test_a_headline_group_moves_whole_into_the_body_incident_it_merges_with() -> None:
    # a body sentence that joined the headline's group is evidence of the same event: it moves with the
    # headline into the incident the headline merges with instead of being dropped
    from warledger.extract.incident_grouping import merge_headline
    from warledger.extract.incident_units import Group, Unit

    head = Unit(0, 20, "Bus attacked in town", [], headline=True)
    joined = Unit(21, 60, "The bus was carrying traders to market.", [])
    lead = Unit(61, 100, "Gunmen attacked a bus near the town.", [])
    merged = merge_headline([Group([head, joined]), Group([lead])])
    assert [u.start for g in merged for u in g.units] == [0, 21, 61]


def test_a_province_the_gazetteer_lacks_gives_way_to_a_town_the_incident_names() -> None:
    # "Shabwa province" is not spelt as the gazetteer spells it: typed a province, it is still a region,
    # and the town the next sentence places the strike at says more
    text = (
        "A drone fired missiles at a car in Yemen's southern Shabwa province on Saturday, killing four "
        "people inside, officials said. The car was hit on a desert road about 20 km east of the provincial "
        "capital Ataq, an official said."
    )
    incident = main_incident(text, date(2013, 8, 12))
    assert incident.place is not None and incident.place.name == "Ataq"


def test_a_town_placed_at_a_distance_from_the_leads_town_is_the_incidents_place() -> None:
    # the lead places the bombing "near" a town; the body writes the town where it was and how far from
    # the lead's town that is: a coder takes the event's own place, not the reference point
    text = (
        "COLOMBO, Oct 18 (AFP) - A suicide truck bombing of a navy convoy near the port of Trincomalee on "
        "Monday killed 98 sailors, the military said.\n\n"
        "A rebel drove a truck packed with explosives into a convoy of buses at a transit point outside the "
        "town of Dambulla, about 100 kilometres southwest of Trincomalee, a spokesman said.\n\n"
        "On Monday evening officials had put the toll at 92."
    )
    incident = main_incident(text, date(2006, 10, 18))
    assert incident.place is not None and incident.place.name == "Dambulla"


def test_a_strike_told_in_another_country_is_its_own_incident_there() -> None:
    # the military's strike on the attackers across the border is another event (other day, country and
    # actor), not another source's count of the bus attack
    text = (
        "NAIROBI, Kenya (AP) - Militants ambushed a bus near the town of Mandera in northern Kenya on "
        "Saturday and shot 28 passengers dead, officials said.\n\n"
        "Kenya's military said on Sunday that it had tracked the attackers across the border into Somalia "
        "and killed more than 100 of them in air strikes on their camp."
    )
    incidents = extract_text(text, date(2014, 11, 23)).incidents
    bus = next(i for i in incidents if i.place is not None and i.place.name == "Mandera")
    assert bus.killed is not None and (bus.killed.min, bus.killed.max) == (28, 28)
    strikes = [i for i in incidents if i is not bus]
    assert len(strikes) == 1 and strikes[0].place is not None and strikes[0].place.country == "SO"


def test_a_speaker_telling_what_the_same_doers_also_did_keeps_one_incident() -> None:
    """A speaker telling that "the mob had also torched 20 houses" goes on with the lynching of the lead;
    only a sentence on other doers' or another event's "also" starts an incident of its own."""
    text = (
        "NAIROBI, March 4 (Reuters) - A mob beat three men to death near the town of Nakuru on Tuesday after "
        "accusing them of stealing cattle, police said.\n\n"
        "Police said the mob had also torched more than 20 houses in the village."
    )
    assert len(extract_text(text, date(2009, 3, 5)).incidents) == 1


def test_a_closing_tally_after_a_background_event_sums_up_the_note_lead() -> None:
    # the coder's "1 fatality" closes the note on its lead, not on the earlier attack told as background
    text = (
        "On 5 May 2020, in Iguala, Guerrero, a bus driver was shot dead inside his vehicle. The victim led a "
        "drivers' union. Another member of the same union was attacked on 2 February 2020. 1 fatality."
    )
    main = main_incident(text)
    assert str(main.date_start) == "2020-05-05"
    assert main.killed is not None and main.killed.min == 1


def test_a_bomb_that_went_off_is_an_event() -> None:
    incident = main_incident(
        "A roadside bomb went off near an army convoy outside Kandahar on Monday.", date(2009, 10, 13)
    )
    assert incident.event_type == "remote_explosive_landmine_ied"
    assert str(incident.date_start) == "2009-10-12"


def test_a_sources_opening_frame_is_not_typed_with_the_event() -> None:
    """ "Police spokesman X told reporters in Pemba that the attack ...": who tells it is no side of the
    event, so the words the incident is typed on start after the frame; a reporter of its own act keeps
    its words ("the army said it killed")."""
    from warledger.extract.incident_evidence import own_words
    from warledger.extract.incident_units import units_of
    from warledger.extract.pipeline import build_pipeline

    told = "Police spokesman Ali Musa told reporters in Pemba that armed men burned houses in the village."
    [unit] = units_of(build_pipeline()(told))
    assert own_words(unit) == "armed men burned houses in the village."
    for own in (
        "The army said it killed 12 militants near the village.",
        "A police spokesman said that they had detained 12 men in the village.",  # "they" needs its frame
    ):
        [unit] = units_of(build_pipeline()(own))
        assert own_words(unit) == own


def test_a_later_count_of_the_other_sides_dead_adds_to_the_note_not_closes_it() -> None:
    # ACLED counts both sides of an event: the fighters' dead told after the soldiers' are more dead
    text = (
        "On 3 May 2020, rebels ambushed an army patrol near Kolwe, killing 4 soldiers. The army returned "
        "fire and 2 rebels were killed in the exchange."
    )
    main = main_incident(text)
    assert main.killed is not None and (main.killed.min, main.killed.max) == (6, 6)
    # a count naming no side still sums the note up
    closed = main_incident(
        "On 3 May 2020, rebels ambushed an army patrol near Kolwe, killing 4 soldiers. 5 fatalities."
    )
    assert closed.killed is not None and closed.killed.max == 5


def test_a_region_in_a_notes_lead_gives_way_to_a_town_named_later_in_it() -> None:
    text = (
        "On 6 May 2020, the army deployed 300 more soldiers to Arauca department after clashes displaced "
        "families. Troops were sent to Saravena (Saravena, Arauca)."
    )
    main = main_incident(text)
    assert main.place is not None and main.place.name == "Saravena"


def test_generic_forces_of_the_one_state_named_are_that_state() -> None:
    """ "its troops" beside "the Pakistani military" are Pakistan's forces, not a second actor."""
    text = "The Pakistani military said its troops killed four militants in North Waziristan on Sunday."
    assert [p.name for p in main_incident(text).perpetrators] == ["Pakistan"]
