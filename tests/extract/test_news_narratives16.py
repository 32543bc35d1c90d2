"""Long news-like reports told with relative dates ("early yesterday" under a weekday dateline, "on the eve
of" talks whose day a relative clause gives, "last weekend" after burned buildings): the general causes of
what the blind batch "narratives16" of news goldens (tests/golden/news/expected_narratives16.json) got wrong,
each on a text of our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.extract.dates import date_values
from warledger.extract.models import Incident
from warledger.measure.scoring import predicted_incident


def main_of(text: str, published: date) -> Incident:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    return main


def killed_of(text: str, published: date) -> list[int] | None:
    main = main_of(text, published)
    return [main.killed.min, main.killed.max] if main.killed else None


def test_a_dateline_that_names_its_weekday_is_the_day_yesterday_counts_from() -> None:
    # "KAMPALA, Friday -" in Saturday's paper: the story was filed on Friday, so its "yesterday" is Thursday
    text = (
        "Soldiers kill six in raid on market\n\n"
        "By our correspondent\n\n"
        "KAMPALA, Friday - Soldiers shot dead six traders when they raided a market in Kasese early "
        "yesterday, the district commissioner said."
    )
    assert main_of(text, date(1999, 3, 13)).date_start == "1999-03-11"


def test_the_eve_of_an_occasion_whose_day_a_relative_clause_gives_is_the_day_before() -> None:
    # "on the eve of the Geneva talks, which opened on Monday": the shelling was on Sunday, not Monday
    text = (
        "Rebels shelled the town of Kuito on the eve of the Geneva talks, which opened on Monday, killing "
        "nine civilians, the army said."
    )
    (found,) = [f for f in date_values(text, date(1993, 10, 13)) if f.value.role == "event"]
    assert found.value.start == date(1993, 10, 10)


def test_a_march_to_bury_the_dead_dates_the_killing_as_funerals_do() -> None:
    # "marched ... today to bury protesters who were killed ... early yesterday": a funeral procession, so the
    # killing keeps its own day (a march that is a protest of its own day still keeps the march's)
    text = (
        "ISLAMABAD (Reuters) - Thousands of mourners marched through the streets of Quetta today to bury "
        "students who were killed when police fired on a sit-in at the university early yesterday."
    )
    assert main_of(text, date(2004, 5, 12)).date_start == "2004-05-11"


def test_a_day_right_after_a_later_event_word_dates_the_event_when_the_first_word_is_no_event() -> None:
    # "the smell of burned buildings told of the fighting ... last weekend": "burned" is no event of the
    # sentence, so the weekend after "fighting" dates it, not the Tuesday the streets were quiet
    text = (
        "TALOQAN, Afghanistan (AP) - The streets of this market town were quiet Tuesday, but bullet holes in "
        "the school and the smell of burned houses told of the fighting between government troops and "
        "rebels last weekend. The army said 12 rebels were killed."
    )
    assert main_of(text, date(1997, 6, 10)).date_start == "1997-06-07"


def test_a_day_bodies_washed_up_on_is_no_event_day() -> None:
    # "counted 15 bodies, some of them washed up on the shore on Friday morning": the day the dead were
    # found, not a day of the raid the count belongs to (the count joins it as another source's)
    text = (
        "A priest in the village said fishermen had counted 11 bodies, some of them washed up on the beach "
        "on Friday morning."
    )
    (found,) = date_values(text, date(1991, 7, 6))
    assert found.value.role == "bare"


def test_a_toll_put_at_a_figure_after_later_deaths_is_an_update() -> None:
    # "two of them had died during the night, putting the number of dead at 16": the deaths that raised
    # the toll and its new figure, an update of the police's 14, as "bringing the toll to" is
    text = (
        "Militants kill 9 bus passengers\n\n"
        "SRINAGAR, India (AP) - Militants fired on a bus near Anantnag on Monday night, killing nine "
        "passengers and wounding five, police said.\n\n"
        "Doctors at the hospital in Anantnag said two of the wounded had died during the night, putting the "
        "number of dead at 11."
    )
    assert killed_of(text, date(1996, 4, 16)) == [11, 11]


def test_raising_to_a_figure_the_number_killed_is_an_update() -> None:
    # the update with its object after the figure: "raising to nine the number of people killed"
    (figure,) = [
        f.figure
        for f in casualty_figures(
            "Police said they had found two more bodies, raising to nine the number of people killed in "
            "Saturday's fighting."
        )
        if f.figure.count.min == 9
    ]
    assert figure.updated


def test_a_lasting_state_since_a_day_dates_nothing_and_totals_nothing() -> None:
    # "the square, where students had been camping since Tuesday": how long the camp had stood, so the
    # ministry's three are no total since Tuesday and join the raid as another source's count
    text = (
        "DHAKA (Reuters) - Police stormed a protest camp in the centre of Dhaka early on Thursday, firing "
        "tear gas and live rounds at sleeping students, and the opposition said five people were killed.\n\n"
        "The Home Ministry said three people died when police cleared the square, where thousands of "
        "students had been camping since Tuesday."
    )
    assert killed_of(text, date(2006, 3, 9)) == [3, 5]


def test_bodies_told_with_where_they_were_left_are_some_of_the_dead_just_counted() -> None:
    # "said 19 people had been killed, and that three bodies had been thrown into the well": three of the
    # nineteen, not three more
    text = (
        "PATNA (Reuters) - Gunmen killed farm labourers in a village in Gaya district late on Friday. "
        "Villagers said 19 people had been killed, and that three bodies had been thrown into the well."
    )
    assert killed_of(text, date(1998, 2, 8)) == [19, 19]


def test_a_diocese_of_a_town_names_the_source_not_the_place_of_the_event() -> None:
    # "The Roman Catholic diocese of San Cristobal de las Casas said ... 42 bodies": where the speaking body
    # sits, so its count joins the fighting in Ocosingo as another source's
    text = (
        "OCOSINGO, Mexico (AP) - Soldiers and rebels fought for hours in the center of Ocosingo on Sunday. "
        "The army said 20 rebels were killed.\n\n"
        "The Roman Catholic diocese of San Cristobal de las Casas said its workers had counted 35 bodies in "
        "and around the market."
    )
    main = main_of(text, date(1994, 1, 4))
    assert main.place is not None and main.place.name == "Ocosingo"
    assert main.killed is not None and [main.killed.min, main.killed.max] == [20, 35]
