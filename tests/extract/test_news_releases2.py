"""NGO and UN releases, rights reports and features published days to weeks after the incident: the
general causes of what the blind batch "releases2" of news goldens (tests/golden/news/expected_releases2.json)
got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

from report_helpers import killed, main_incident

from warledger.extract.casualties import casualty_figures


def counts(sentence: str) -> list[tuple[int, int]]:
    return [(f.figure.count.min, f.figure.count.max) for f in casualty_figures(sentence)]


def test_a_second_source_with_a_bare_plural_subject_is_an_alternative_count() -> None:
    # ", and community leaders have said that 160 people died": another source's count of the same dead,
    # spanned with the first, not added to it (317); as ", and a rights group said 39" already was
    sentence = (
        "Local authorities reported that at least 45 people had been killed, and village elders have said "
        "that 52 people died."
    )
    assert counts(sentence) == [(45, 52)]
    # victims besides the first figure's still add up, with either kind of subject
    assert counts("Gunmen killed five people, and the police said that two more bodies were found.") == [
        (5, 5),
        (2, 2),
    ]
    assert counts(
        "Police said three civilians were killed, and soldiers have said they killed two militants."
    ) == [
        (3, 3),
        (2, 2),
    ]


def test_a_day_of_death_in_a_named_hospital_is_not_the_attack_day() -> None:
    # "have died, two of them in the Provincial Hospital on Tuesday": the day two of the dead died of their
    # wounds, so the count stays with Sunday's bombing instead of opening an incident of its own
    text = (
        "PESHAWAR, Dec 20 - A bomber blew himself up at the gate of a church in Mardan on Sunday, killing "
        "seven people, police said. Church leaders in Mardan say that ten worshippers have died, three of "
        "them in the Provincial Hospital on Tuesday."
    )
    found = main_incident(text, date(2017, 12, 20))
    assert found.date_start == "2017-12-17"
    assert killed(found) == (7, 10)


def test_a_day_a_source_reported_on_is_not_the_event_day() -> None:
    # "Local officials reported on 14 May that ...": the day of the report, so the count joins the attack
    text = (
        "On 12 May, armed men attacked the village of Diallassagou, in Mopti region, burning houses. "
        "According to the government, the attack killed 30 people. Local officials reported on 14 May that "
        "at least 41 people had been killed."
    )
    found = main_incident(text, date(2019, 5, 16))
    assert found.date_start == "2019-05-12"
    assert killed(found) == (30, 41)


def test_automatic_weapons_and_cutlasses_are_weapons() -> None:
    # "fired into the crowd with automatic weapons and attacked those who tried to escape with cutlasses":
    # the words that make the sentence concrete enough to tell the event
    text = (
        "The church mourns the people who were killed at its mission in Gbarnga on Sunday night. "
        "Survivors told our pastors that the men fired into the crowd with automatic weapons and attacked "
        "those who tried to escape with cutlasses."
    )
    found = main_incident(text, date(1990, 8, 3))
    assert {"small_arms", "melee"} <= set(found.weapons)


def test_a_named_part_of_a_town_is_placed_at_the_town() -> None:
    # "in the Sinkor district of Monrovia": the gazetteer's Sinkor is a namesake far inland; the report says
    # the district is Monrovia's, so the coder codes Monrovia
    text = (
        "The Methodist Church in Liberia mourns the hundreds of men, women and children who were killed at "
        "St John's Methodist Church in the Sinkor district of Monrovia last Sunday night."
    )
    found = main_incident(text, date(1990, 8, 3))
    assert found.place is not None and found.place.name == "Monrovia"


def test_a_source_count_a_few_sentences_after_the_account_is_the_incidents() -> None:
    # a release tells the event, then what its staff found and what is not known, then the sources' figures
    # ("The provincial governor has said that 23 people were killed."): the count of the event told, not an
    # incident of its own that outweighs it
    text = (
        "Goma, 14 March 2012\n\n"
        "Armed men attacked a camp for displaced people in Kitchanga on Saturday, burning shelters and "
        "shooting residents as they fled. When our teams reached the camp on Sunday they found it empty. "
        "Families had fled into the forest. We do not yet know how many people died. The provincial "
        "governor has said that 23 people were killed. Survivors have said that more than 30 people were "
        "killed."
    )
    found = main_incident(text, date(2012, 3, 14))
    assert found.date_start == "2012-03-10"
    assert killed(found) == (23, 30)


def test_a_witness_quote_giving_a_count_after_the_account_is_the_incidents() -> None:
    # the count opens a quotation whose speaker the sentence before names
    text = (
        "Geneva, 2 September 2019\n\n"
        "Air strikes hit a detention centre in Dhamar early on Sunday, the ICRC said. Around 170 detainees "
        "were held there. Our teams visited the site on Sunday and saw bodies under the rubble. "
        '"What we saw was devastating," said the head of the delegation. "More than 100 people are '
        'believed to have been killed."'
    )
    assert killed(main_incident(text, date(2019, 9, 2))) == (100, 100)


def test_confirmed_and_believe_that_give_a_sources_count() -> None:
    # "The UN mission has confirmed 48 deaths", "the pastors believe that about 600 people were killed": whose
    # count it is, as "said" tells it
    text = (
        "Bangui, 19 November 2018\n\n"
        "Armed men attacked and burned the displaced camp in Alindao on 15 November, killing people with "
        "knives. When we were able to go there on Friday, we found the camp burned. People had fled into the "
        "bush. The number of people killed is still unclear. The UN mission has confirmed 48 deaths."
    )
    assert killed(main_incident(text, date(2018, 11, 19))) == (48, 48)
