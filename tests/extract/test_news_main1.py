"""News reports whose main incident competes with others: the general causes of what the blind batch "main1"
of news goldens got wrong, each on a text of our own (background attacks after "The blast came a week after",
a body that resumes the lead's day to tell it again, a bulleted round-up, counted things, bombs that went
off)."""

from __future__ import annotations

from datetime import date

from report_helpers import main_incident

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.extract.event_type import event_type_of


def test_an_earlier_attack_measured_from_the_lead_is_background_not_the_incident_told_next() -> None:
    # the sentences after "The explosion came ... after" go on with the lead's blast, not the earlier one
    text = (
        "Market blast kills nine in Maiduguri\n\n"
        "MAIDUGURI, Nigeria, March 3 (Reuters) - A bomb exploded in a crowded vegetable market in "
        "Maiduguri on Tuesday, killing nine traders, police said.\n\n"
        "The explosion came two days after gunmen raided a village near Konduga, killing more than 30 "
        "people and burning dozens of huts.\n\n"
        "A police spokesman said the device had been hidden under a cart of tomatoes.\n\n"
        "A nurse at the state hospital said two of the wounded had died, bringing the toll to 11.\n\n"
        "Traders said they had carried the wounded to the road in wheelbarrows."
    )
    found = main_incident(text, date(2015, 3, 3))
    assert found.place is not None and found.place.name == "Maiduguri"
    assert found.killed is not None and found.killed.min == 11


def test_a_body_that_resumes_the_lead_day_after_background_tells_the_lead_event() -> None:
    # lead, an earlier day's shooting, then "On Friday, ..." told in detail: one incident, the lead's count
    text = (
        "Troops fire on mourners in Hama\n\n"
        "AMMAN, April 9 (Reuters) - Security forces opened fire on mourners in the Syrian city of Hama on "
        "Friday, killing two people, residents said.\n\n"
        "Three men had been shot dead at a protest in the city on Wednesday.\n\n"
        "On Friday, thousands marched behind the coffins from the main mosque to the cemetery, chanting "
        "for freedom.\n\n"
        "Residents said soldiers on the rooftops fired into the crowd as it reached the cemetery gate.\n\n"
        "Dozens of people were wounded, a doctor said."
    )
    friday = [i for i in extract_text(text, date(2011, 4, 9)).incidents if i.date_start == "2011-04-08"]
    assert len(friday) == 1
    assert friday[0].killed is not None and friday[0].killed.min == 2
    assert len(friday[0].evidence) >= 4


def test_a_bulleted_round_up_item_is_no_part_of_the_lead() -> None:
    # an item names a town of the lead's sentence ("to Donetsk") but tells another event
    text = (
        "Shell hits bus stop, killing six\n\n"
        "KIEV, Feb 3 (Reuters) - A shell hit a bus at a checkpoint near the town of Avdiivka on Monday, "
        "killing six civilians, officials said.\n\n"
        "The bus was travelling from the port city of Berdyansk to Donetsk and had stopped at the "
        "checkpoint when the shell exploded beside it.\n\n"
        "Other fighting reported on Monday:\n\n"
        "* Rebels pounded army positions at Donetsk airport with artillery through the night, and one "
        "soldier was killed, a military spokesman said.\n\n"
        "* Near Horlivka, one rebel fighter was killed in a clash, the rebels said."
    )
    found = main_incident(text, date(2015, 2, 3))
    assert found.place is not None and found.place.name == "Avdiivka"
    assert found.killed is not None and (found.killed.min, found.killed.max) == (6, 6)


def test_a_number_that_counts_a_carriage_is_no_victim() -> None:
    figures = casualty_figures(
        "The roof of one carriage was torn off and bodies were thrown onto the tracks."
    )
    assert not [f for f in figures if f.kind == "killed"]


def test_a_bomb_described_before_it_exploded_is_an_explosive() -> None:
    hidden = "A bomb hidden in a sack of rice exploded at a busy bus park on Friday, killing seven people."
    assert event_type_of(hidden)[0] == "remote_explosive_landmine_ied"
    plural = "Bombs tore through two buses at a depot in the city on Friday, killing 11 passengers."
    assert event_type_of(plural)[0] == "remote_explosive_landmine_ied"


def test_another_source_count_after_a_toll_update_widens_it() -> None:
    # the update ("bringing the toll to 9") is the latest toll, but a later source's higher count spans it
    text = (
        "Bus park blast kills seven in Jos\n\n"
        "JOS, Nigeria, May 21 (Reuters) - A bomb exploded at a bus park in Jos on Tuesday, killing seven "
        "people, police said.\n\n"
        "A nurse at the teaching hospital said two of the wounded had died overnight, bringing the toll to "
        "nine.\n\n"
        "Red Cross volunteers said they had recovered at least 12 bodies from the park."
    )
    found = main_incident(text, date(2014, 5, 21))
    assert found.killed is not None and (found.killed.min, found.killed.max) == (9, 12)
