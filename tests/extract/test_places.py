"""The warledger_places component: places and countries named in a text, resolved offline, with qualifiers."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from unidecode import unidecode

from warledger.extract.gazetteer import Entry, gazetteer, km
from warledger.extract.mentions import mentions_of
from warledger.extract.models import Place
from warledger.extract.places import ANCHOR_KM, document_country, place_for
from warledger.extract.places.resolution import _near_an_anchor

ALEPPO = (36.2021, 37.1343)


def _place(nlp: Language, text: str) -> Place | None:
    return place_for(nlp(text), 0, len(text))


@pytest.mark.parametrize(
    ("text", "name", "country", "qualifier"),
    [
        ("A convoy was hit west of Aleppo on Monday.", "Aleppo", "SY", "west of"),
        ("Rescue centres in eastern Aleppo were bombed.", "Aleppo", "SY", "eastern"),
        ("Medical interns protested in Haifa city on Friday.", "Haifa", "IL", None),
        ("On 3 May, gunmen shot two men in Celaya, Guanajuato.", "Celaya", "MX", None),
        ("Militants attacked a police checkpoint near Kandahar.", "Kandahar", "AF", "near"),
        ("Fighting went on in the outskirts of Tripoli, Libya.", "Tripoli", "LY", "in the outskirts of"),
        ("Protesters blocked a road in Tripoli, Lebanon, on Sunday.", "Tripoli", "LB", None),
        ("Ukrainian forces reported shelling near Avdiivka overnight.", "Avdiivka", "UA", "near"),
        ("Troops clashed with rebels in Beni (Beni, Nord-Kivu).", "Beni", "CD", None),
        ("Regime forces shelled villages in the southern countryside of Idlib.", "Idlib", "SY", None),
        # a lower-case article glued by a hyphen stays inside the name, in any of its spellings
        (
            "Air strikes hit a market in the Syrian town of Maarat al-Numan on Friday.",
            "Maarat al-Numan",
            "SY",
            None,
        ),
        ("Shelling was reported in Jisr al-Shughur, in Idlib province.", "Jisr al-Shughur", "SY", None),
        # "the department of X" names the department, not its capital town of the same name
        (
            "Armed men seized 17 unionists at a retreat house in Palín, in the department of Escuintla.",
            "Palín",
            "GT",
            None,
        ),
        # the name after "<region> town of" is the town, inside the region before it
        ("Mourners marched in the northern Kashmir town of Baramulla on Monday.", "Baramulla", "IN", None),
        # but "<village> village of <unit> district" names the village first, inside the unit (unknown to the
        # gazetteer, it is reported as the province), not a village Daman in a region Morghan Qichi
        ("A mine exploded in the Morghan Qichi village of Daman district, Kandahar.", "Kandahar", "AF", None),
        # a first-level unit that reports name like a country is still a place
        ("Air strikes killed 10 Palestinians in the Gaza Strip on Friday.", "Gaza Strip", "PS", None),
    ],
)
def test_place_of_a_sentence(
    nlp: Language, text: str, name: str, country: str, qualifier: str | None
) -> None:
    place = _place(nlp, text)
    assert place is not None
    assert (place.name, place.country) == (name, country)
    if qualifier is not None:
        assert place.qualifier == qualifier
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Workers were shot at Sitarampur area of Lohajang Upazila (Munshiganj) on Monday.", "BD"),
        ("Residents protested in Mambuliling sub-district, Mamasa Regency, on Friday.", "ID"),
    ],
)
def test_a_unit_word_only_one_country_uses_points_to_it(nlp: Language, text: str, country: str) -> None:
    place = _place(nlp, text)
    assert place is not None and place.country == country


def test_a_town_is_found_without_the_title_geonames_writes_before_it(nlp: Language) -> None:
    # GeoNames has "Ciudad Benito Juarez" in Nuevo Leon; the Mexico City borough of that name lies elsewhere
    place = _place(nlp, "Two men were shot dead in Benito Juarez, Nuevo Leon, on Saturday.")
    assert place is not None and place.name == "Benito Juarez"
    assert place.lat is not None and place.lon is not None
    assert 25 < place.lat < 26 and -101 < place.lon < -99


def test_an_opening_vowel_is_any_spelling_of_it(nlp: Language) -> None:
    # "Ein Issa" is the gazetteer's "Ayn Isa": the village around it is unknown, so the town is the place
    place = _place(nlp, "Gunmen beat a farmer in Tall Zibaq village in the countryside of Ein Issa, Raqqa.")
    assert place is not None and place.country == "SY"
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 36.39) < 0.3 and abs(place.lon - 38.86) < 0.3


def test_a_village_near_a_known_town_keeps_its_name_at_the_towns_point(nlp: Language) -> None:
    place = _place(nlp, "Gunmen opened fire in the village of Bulabulin Kura, near the town of Konduga.")
    assert place is not None and place.name == "Bulabulin Kura" and place.country == "NG"
    konduga = gazetteer().lookup("konduga")[0]
    assert (place.lat, place.lon) == (konduga.lat, konduga.lon)


@pytest.mark.parametrize(
    ("where", "km_south", "km_east"),
    [
        ("about 50 kilometers (30 miles) south of the state capital Nyala", 50, 0),
        ("some 30 miles east of Nyala", 0, 48.3),
        ("40 km south-east of Nyala", 28.3, 28.3),
    ],
)
def test_a_village_at_a_stated_distance_from_a_town_is_placed_there(
    nlp: Language, where: str, km_south: float, km_east: float
) -> None:
    place = _place(nlp, f"Militiamen raided the village of Umm Kadada Gharb, {where}, on Saturday.")
    assert place is not None and place.name == "Umm Kadada Gharb" and place.country == "SD"
    nyala = gazetteer().lookup("nyala")[0]
    assert place.lat is not None and place.lon is not None
    assert km((nyala.lat, nyala.lon), (place.lat, nyala.lon)) == pytest.approx(km_south, abs=1)
    assert km((place.lat, nyala.lon), (place.lat, place.lon)) == pytest.approx(km_east, abs=1)


def test_a_name_transliterated_with_d_for_r_keeps_the_reports_spelling(nlp: Language) -> None:
    # the gazetteer writes "Dantewara": the same name, not a slip to correct
    place = _place(nlp, "A landmine exploded under a bus in Dantewada district, Chhattisgarh, on Monday.")
    assert place is not None and place.name == "Dantewada" and place.country == "IN"


def test_a_neighbourhood_in_another_country_than_its_city_keeps_its_own(nlp: Language) -> None:
    place = _place(nlp, "Settlers attacked a Palestinian man in the Shufat neighbourhood of Jerusalem.")
    assert place is not None and (place.name, place.country) == ("Shufat", "PS")


def test_a_name_without_its_article_takes_the_gazetteers_article(nlp: Language) -> None:
    place = _place(nlp, "On 6 May, forces shelled positions north of Durayhimi district (Al Hudaydah).")
    assert place is not None and place.name == "Ad Durayhimi" and place.country == "YE"


def test_a_district_named_after_its_seat_town_is_found_in_the_country_the_text_names(nlp: Language) -> None:
    place = _place(
        nlp, "On 2 May, militias clashed over land in Gwankwai in Donga LGA (Taraba). 4 people were killed."
    )
    assert place is not None and place.country == "NG"


def test_a_numbered_settlement_is_placed_at_the_place_it_is_numbered_after(nlp: Language) -> None:
    place = _place(nlp, "On 3 May, monitors recorded explosions near Zolote-5, Luhansk region.")
    assert place is not None and place.name == "Zolote-5" and place.country == "UA"
    assert place.lat is not None and place.geonames_id is None


def test_unknown_village_takes_its_name_and_its_containers_point(nlp: Language) -> None:
    place = _place(nlp, "Gunmen raided Qorwalabendi village (Rutshuru, Nord-Kivu) at night.")
    assert place is not None and place.name == "Qorwalabendi" and place.country == "CD"
    assert place.lat is not None and place.precision in {"city", "district", "region"}
    assert place.geonames_id is None


def test_a_named_facility_is_placed_in_its_settlement_but_the_settlement_is_the_incident_place(
    nlp: Language,
) -> None:
    place = _place(nlp, "Doctors protested in Grand Square of Haifa city.")
    assert place is not None and place.name == "Haifa"


def test_country_mentions_carry_alpha2_codes(nlp: Language) -> None:
    doc = nlp("Russia and Syria denied that the convoy was hit near Aleppo.")
    assert [m.value for m in mentions_of(doc, "country")] == ["RU", "SY"]
    assert document_country(doc) == "SY"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, President Samantha Power said in May that the Council met.",
        "The Police said the March report was wrong.",
    ],
)
def test_common_capitalised_words_are_not_places(nlp: Language, text: str) -> None:
    names = {m.value.name for m in mentions_of(nlp(text), "place")}
    assert not names & {"May", "March", "Monday", "Police", "Power", "Council", "Samantha Power"}


def test_place_for_prefers_the_incidents_own_sentence(nlp: Language) -> None:
    text = "Airstrikes hit Aleppo on Sunday. A day later a market in Idlib was shelled."
    doc = nlp(text)
    start = text.index("A day later")
    place = place_for(doc, start, len(text))
    assert place is not None and place.name == "Idlib"
    first = place_for(doc, 0, text.index("."))
    assert first is not None and first.name == "Aleppo"


def test_place_for_falls_back_to_the_documents_main_place(nlp: Language) -> None:
    text = "Shelling hit Aleppo again. Rescuers said many were trapped. Aleppo is burning."
    doc = nlp(text)
    start = text.index("Rescuers")
    place = place_for(doc, start, start + 8)
    assert place is not None and place.name == "Aleppo"


def test_place_mentions_have_offsets_into_the_text(nlp: Language) -> None:
    text = "Clashes were reported near Kharkiv and in Odesa."
    for m in mentions_of(nlp(text), "place"):
        assert text[m.start : m.end] == m.text


# ---------------------------------------------------------------- the seed report (read at run time)


@pytest.fixture(scope="module")
def seed_doc(nlp: Language, shared_dir: Path) -> tuple[str, Doc]:
    text = (shared_dir / "seeds" / "000_6296606aff8f7914.txt").read_text(encoding="utf-8")
    return text, nlp(text)


def test_seed_places_are_aleppo_in_syria(seed_doc: tuple[str, Doc], shared_dir: Path) -> None:
    text, doc = seed_doc
    gold = json.loads((shared_dir / "seeds" / "000_6296606aff8f7914.gold.json").read_text(encoding="utf-8"))
    assert document_country(doc) == gold["incidents"][0]["place"]["country"]
    for incident in gold["incidents"]:
        for quote in incident["evidence"]:
            start = text.find(quote)
            if start < 0:
                continue
            place = place_for(doc, start, start + len(quote))
            assert place is not None and place.country == "SY", quote
            assert place.lat is not None and place.lon is not None
            assert km((place.lat, place.lon), ALEPPO) <= 30, quote


def test_seed_keeps_the_qualifiers(seed_doc: tuple[str, Doc]) -> None:
    text, doc = seed_doc
    convoy = text.index("west of Aleppo")
    west = place_for(doc, convoy - 30, convoy + len("west of Aleppo"))
    assert west is not None and (west.name, west.qualifier) == ("Aleppo", "west of")
    centres = text.index("in eastern Aleppo city")
    east = place_for(doc, centres, centres + len("in eastern Aleppo city"))
    assert east is not None and (east.name, east.qualifier) == ("Aleppo", "eastern")


def test_a_dateline_is_not_the_incident_place(nlp: Language) -> None:
    text = "KABUL (Reuters) - A bomb killed 12 people at a funeral in Nangarhar province on Tuesday."
    place = _place(nlp, text)
    assert place is not None and place.name == "Nangarhar" and place.country == "AF"


@pytest.mark.parametrize(
    "text",
    [
        "(Beirut, May 3, 2015) - Government forces killed 12 civilians in Douma on April 28, a group said.",
        "Beirut, May 3: Government forces killed 12 civilians in Douma on Thursday, residents said.",
    ],
)
def test_a_dateline_in_title_case_with_its_date_is_not_the_incident_place(nlp: Language, text: str) -> None:
    place = _place(nlp, text)
    assert place is not None and place.name == "Douma"


def test_a_title_case_town_opening_a_sentence_is_still_a_place(nlp: Language) -> None:
    place = _place(nlp, "Kisumu, a lakeside city, saw police kill three protesters on Saturday.")
    assert place is not None and place.name == "Kisumu"


def test_an_unknown_name_before_hospital_names_the_hospital_not_a_place(nlp: Language) -> None:
    text = "A car bomb killed 20 people in Mosul. Doctors at Ibn Zuhr hospital said 12 bodies came in."
    names = [m.text for m in mentions_of(nlp(text)) if m.kind == "place"]
    assert names == ["Mosul"]


def test_a_known_town_in_a_province_stays_the_town(nlp: Language) -> None:
    place = _place(nlp, "Gunmen killed nine people in Isulan in Sultan Kudarat province on Saturday.")
    assert place is not None and (place.name, place.country) == ("Isulan", "PH")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "LASHKAR GAH, Afghanistan (AP) - A bomb exploded in a market in the provincial capital of "
            "Helmand on Monday, killing six people.",
            "Lashkar Gah",
        ),
        (
            "SRINAGAR, India (AP) - Militants threw a grenade at a patrol in Indian Kashmir's main city on "
            "Monday, killing two civilians.",
            "Srinagar",
        ),
    ],
)
def test_a_region_named_by_its_main_town_is_the_dateline_town(nlp: Language, text: str, name: str) -> None:
    place = _place(nlp, text)
    assert place is not None and unidecode(place.name).lower() == name.lower()


def test_a_wire_agency_after_the_dateline_is_no_container(nlp: Language) -> None:
    # "(AP)" is also how coders abbreviate Andhra Pradesh: after a dateline it names the agency
    text = "BAGHDAD (AP) — Two suicide bombers struck a busy street in central Baghdad on Monday."
    place = _place(nlp, text)
    assert place is not None and (place.name, place.country) == ("Baghdad", "IQ")


def test_a_region_gives_way_to_a_place_inside_it_only(nlp: Language) -> None:
    inside = "In Idlib province, regime forces shelled Saraqib on Monday."
    place = _place(nlp, inside)
    assert place is not None and place.name == "Saraqib"
    elsewhere = "The attack in Nangarhar province came hours after gunmen stormed a hospital in Kabul."
    place = _place(nlp, elsewhere)
    assert place is not None and place.name == "Nangarhar"


def test_a_region_gives_way_to_an_unknown_village_placed_at_its_district(nlp: Language) -> None:
    text = (
        "Gunmen killed 23 people in a raid on a village in Nigeria's Zamfara state, police said. "
        "The attackers stormed Kadawa village in Zurmi local government area late on Thursday."
    )
    place = _place(nlp, text)
    assert place is not None and place.precision == "city" and place.name in ("Kadawa", "Zurmi")


def test_a_village_written_in_a_town_is_not_a_namesake_across_the_border(nlp: Language) -> None:
    text = "Turkish forces shelled regime forces' positions in Zinar in Tell Abiad countryside on Tuesday."
    place = _place(nlp, text)
    assert place is not None and place.country == "SY"


def test_another_spelling_of_a_town_is_found_without_a_country_named(nlp: Language) -> None:
    place = _place(nlp, "On 9 May 2020, residents closed the road by burning tires in Ain Oussara.")
    assert place is not None and place.country == "DZ" and place.lat is not None


def test_a_town_shelled_on_is_the_place(nlp: Language) -> None:
    place = _place(nlp, "Shelling on Jisr al-Shughur in western Idleb killed two children.")
    assert place is not None and place.name == "Jisr al-Shughur" and place.precision == "city"


def test_a_name_made_into_a_modifier_is_no_place(nlp: Language) -> None:
    text = "The parties agreed to a prisoner swap at U.N.-backed talks in the Swiss village of Glion."
    place = _place(nlp, text)
    assert place is not None and place.name == "Glion" and place.country == "CH"


def test_a_named_part_of_a_town_is_placed_at_the_town(nlp: Language) -> None:
    place = _place(nlp, "Workers gathered in the Gota area of Ahmedabad city (Ahmedabad, Gujarat).")
    assert place is not None and (place.name, place.country) == ("Ahmedabad", "IN")


def test_the_citys_district_is_placed_at_the_city_named_before(nlp: Language) -> None:
    first = "Russian drones struck Kharkiv overnight, the governor said. "
    text = first + "One hit an apartment block in the city's northern Saltivskyi district."
    place = place_for(nlp(text), len(first), len(text))
    assert place is not None and (place.name, place.country) == ("Kharkiv", "UA")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fighters stormed the governor's office in the capital city of Socotra, Hadibu, on Tuesday.",
            "Hadibu",
        ),
        ("Shells hit a market in the provincial capital of Helmand, Lashkar Gah, on Sunday.", "Lashkar Gah"),
    ],
)
def test_the_name_after_the_capital_of_a_unit_is_the_place(nlp: Language, text: str, name: str) -> None:
    # "the capital of X, Y": Y is X's capital, inside X; not "Y contains X" as a bare "X, Y" reads
    place = _place(nlp, text)
    assert place is not None and place.name == name


def test_a_named_mine_the_gazetteer_lacks_is_still_the_place(nlp: Language) -> None:
    # monitors place fire "near Karbonit Mine": the mine is the place, named without a point, not the country
    place = _place(nlp, "On 2 May, the OSCE SMM observed 133 explosions near Karbonit Mine.")
    assert place is not None and place.name == "Karbonit Mine"
    # a facility of no such kind still gives way to the places around it
    assert _place(nlp, "Protesters blocked the Sa'a roundabout in Tripoli, Lebanon.").name == "Tripoli"  # type: ignore[union-attr]


def test_a_village_elsewhere_is_not_taken_for_one_in_the_named_district(nlp: Language) -> None:
    place = _place(nlp, "Troops clashed with militants in Qorwalabendi village (Kandahar) at dawn.")
    assert place is not None and place.country == "AF"
    assert place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), (31.61, 65.71)) < 60


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an armed group active in a few neighbouring countries votes for each of them
        ("Presumed JNIM militants burned the market of Boulkessi (Boulkessi, Soum).", "BF"),
        ("ISGS militants attacked Tongo Tongo village in Tillaberi at dawn.", "NE"),
        # Burkina's provinces and the DRC's 2015 provinces are aliases of the regions GeoNames keeps
        ("Gunmen killed a pastor in Tanwalbougou (Fada, Gourma).", "BF"),
        ("Traders burned tires in Kipushi (Kipushi, Haut-Katanga).", "CD"),
        # units created after GeoNames' table are aliases of the unit they were carved from
        ("Gunmen abducted a chief in Asempaneye (Juaboso, Western North).", "GH"),
        ("Farmers protested in Kokzhide village (Sarkand, Jetisu).", "KZ"),
    ],
)
def test_cues_and_province_aliases_give_the_country(nlp: Language, text: str, country: str) -> None:
    place = _place(nlp, text)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("text", "region_point", "max_km"),
    [
        # another spelling (the consonant skeleton) is believed only inside the regions the text names
        ("Troops fired at Nembla sector area (Baramulla district, J&K).", (34.2, 74.34), 120.0),
        (
            "Patients demonstrated in Kwadolla (Yamaltu/Deba LGA, Gombe) over their care.",
            (10.29, 11.17),
            120.0,
        ),
    ],
)
def test_another_spelling_elsewhere_is_not_the_place(
    nlp: Language, text: str, region_point: tuple[float, float], max_km: float
) -> None:
    place = _place(nlp, text)
    assert place is not None
    if place.lat is not None and place.lon is not None:
        assert km((place.lat, place.lon), region_point) <= max_km


def test_an_organisation_after_a_comma_is_not_a_container(nlp: Language) -> None:
    doc = nlp("Rioters marched towards the Ring Bridge, Police and Military forces arrived in Beirut.")
    assert all(m.value.name != "Police" for m in mentions_of(doc, "place"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list of villages shares the containers written after its last member; the first is the place
        (
            "Militias attacked the villages of Amboko, Gidan Bako, Yelwata and Dadin Kowa (Donga, Taraba).",
            "Amboko",
        ),
        ("Gunmen raided Qorwalabendi and Tessaoua (Rutshuru, Nord-Kivu) at night.", "Qorwalabendi"),
    ],
)
def test_a_list_of_places_shares_its_containers(nlp: Language, text: str, name: str) -> None:
    place = _place(nlp, text)
    assert place is not None and place.name == name
    assert place.lat is not None, "placed at the containers written after the list"


def test_a_name_means_one_place_throughout_a_document(nlp: Language) -> None:
    text = "Members of the Teachers' Union, Punjab, protested in Bathinda city (Punjab) on Monday."
    doc = nlp(text)
    punjabs = {m.value.country for m in mentions_of(doc, "place") if m.text == "Punjab"}
    assert punjabs <= {"IN"}
    assert document_country(doc) == "IN"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters blocked the Qorwalabendi highway in both directions.", "Qorwalabendi"),
        ("Rioters blocked the road at the Tessabinte intersection.", "Tessabinte"),
        ("Soldiers stormed the Jenin refugee camp at dawn.", "Jenin"),
    ],
)
def test_a_road_or_crossing_word_marks_the_name_before_it(nlp: Language, text: str, name: str) -> None:
    place = _place(nlp, text)
    assert place is not None and place.name == name


def test_a_road_between_two_places_is_not_a_place(nlp: Language) -> None:
    place = _place(nlp, "Residents blocked the Qorwa-Tessabinte highway in Sumqayit (Sumqayit, Azerbaijan).")
    assert place is not None and place.name == "Sumqayit"


def test_a_country_is_not_inside_the_town_named_after_it(nlp: Language) -> None:
    place = _place(nlp, "Members of the movement against the system in Lebanon in Sidon gathered at noon.")
    assert place is not None and place.name == "Sidon" and place.country == "LB"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Students gathered in Tripoli before marching to Batroun and Zgharta.", "LB"),
        ("Students gathered in Tripoli before marching to Zawiya.", "LY"),
        ("Students gathered in Tripoli on Friday.", "LY"),
    ],
)
def test_names_vote_jointly_for_their_country_when_nothing_else_says(
    nlp: Language, text: str, country: str
) -> None:
    place = _place(nlp, text)
    assert place is not None and place.name == "Tripoli" and place.country == country


def test_a_unit_word_makes_a_first_level_name_country_evidence(nlp: Language) -> None:
    from warledger.extract.places import candidates, country_evidence
    from warledger.extract.places.view import _Doc

    view = _Doc(nlp("Hundreds of drivers protested on Monday in Zulia state over fuel shortages."))
    cands, runs = candidates(view)
    votes, _ = country_evidence(view, cands, runs)
    assert votes.most_common(1)[0][0] == "VE"


def test_a_small_namesake_in_a_country_nothing_points_to_is_not_taken(nlp: Language) -> None:
    text = "Taliban fighters said a mine exploded near the Shin Kalay village of Daman district, Kandahar."
    place = _place(nlp, text)
    assert place is not None and place.country == "AF"  # not India's Daman


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants overran a police post outside Qala i Naw city in Badghis province.", "Qala i Naw"),
        ("Fighting went on for a second day in Keran wa Menjan district of Badakhshan.", "Keran wa Menjan"),
    ],
)
def test_persian_joining_words_stay_inside_a_name(nlp: Language, text: str, name: str) -> None:
    place = _place(nlp, text)
    assert place is not None and (place.name, place.country) == (name, "AF")


def test_a_name_read_in_another_country_gives_way_to_the_reports_country(nlp: Language) -> None:
    text = "Gunmen killed a South-west administration official in Baidoa town (Baydhaba, Bay) at dawn."
    place = _place(nlp, text)
    assert place is not None and (place.name, place.country) == ("Baidoa", "SO")


def test_an_unknown_name_inside_a_province_is_reported_as_the_province(nlp: Language) -> None:
    place = _place(nlp, "Gunmen ambushed a patrol at Khirbet Umm Zuweitina in Homs province overnight.")
    assert place is not None and (place.name, place.country) == ("Homs", "SY")


def test_an_unknown_place_the_text_calls_a_town_stays_the_town_at_the_provinces_point(nlp: Language) -> None:
    place = _place(nlp, "Rebels seized the town of Zorbatu in Chin state on Monday, killing six soldiers.")
    assert place is not None and (place.name, place.country) == ("Zorbatu", "MM")
    bare = _place(nlp, "Rebels seized Zorbatu in Chin state on Monday, killing six soldiers.")
    assert bare is not None and bare.name == "Chin" and (bare.lat, bare.lon) == (place.lat, place.lon)


def test_a_known_village_inside_a_province_stays_the_village(nlp: Language) -> None:
    place = _place(nlp, "Regime forces shelled Kafr Nabl in Idlib province.")
    assert place is not None and (place.name, place.country) == ("Kafr Nabl", "SY")


def test_the_object_of_an_irregular_past_tense_is_a_place(nlp: Language) -> None:
    place = _place(nlp, "Air strikes hit Saraqib in Idlib province on Friday.")
    assert place is not None and place.name == "Saraqib"


def test_a_state_named_like_a_country_is_the_state_when_the_gazetteer_says_so(nlp: Language) -> None:
    place = _place(nlp, "Bandits abducted two farmers from Kagara (Rafi LGA, Niger) on Tuesday.")
    assert place is not None and (place.name, place.country, place.precision) == ("Kagara", "NG", "city")


def test_a_strict_container_outweighs_a_first_level_name_elsewhere(nlp: Language) -> None:
    # "Callao" is also a region of Peru, which votes for Peru; the state written beside the name wins
    place = _place(nlp, "A miner was shot dead in El Callao, Bolivar state.")
    assert place is not None and (place.name, place.country, place.precision) == ("El Callao", "VE", "city")


def test_containers_follow_every_type_word_after_a_name(nlp: Language) -> None:
    place = _place(nlp, "Troops exchanged fire at Shahpur sector area (Poonch district, J&K).")
    assert place is not None and (place.name, place.country) == ("Shahpur", "IN")
    assert place.lat is not None and place.lat > 33  # in Poonch, not the Shahpur of Karnataka


def test_a_big_city_outweighs_a_wrong_province_of_its_own_country(nlp: Language) -> None:
    place = _place(nlp, "Nurses held a rally in Mariupol, Zaporizhia, on Monday.")
    assert place is not None and (place.name, place.country) == ("Mariupol", "UA")
    assert place.lat is not None and km((place.lat, place.lon), (47.1, 37.55)) < 15


def test_a_town_near_the_seat_of_a_province_lies_in_it_whatever_the_provinces_edition(nlp: Language) -> None:
    # GeoNames files Al Ajaylat under Az Zawiyah; reports use the newer district An Nuqat al Khams
    place = _place(nlp, "Warplanes struck positions at the gates of Ajaylat (An Nuqat al Khams) at dawn.")
    assert place is not None and place.country == "LY" and place.precision == "city"
    assert place.lat is not None and km((place.lat, place.lon), (32.76, 12.38)) < 25


def test_a_compass_name_is_a_region_only_where_the_text_points(nlp: Language) -> None:
    place = _place(nlp, "Youths protested in Lunsar town (Port Loko, North-West) on Friday.")
    assert place is not None and (place.name, place.country) == ("Lunsar", "SL")
    doc = nlp("Youths protested in Lunsar town (Port Loko, North-West) on Friday.")
    assert all(m.value.country != "ZA" for m in mentions_of(doc, "place"))


def _entry(i: int, country: str, lat: float, lon: float) -> Entry:
    return Entry(i, f"p{i}", country, lat, lon, None, 0, "", "", "city")


def test_the_latitude_band_never_drops_an_anchor_within_reach() -> None:
    """`_near_an_anchor` skips `km` outside a band of latitude: it must answer as `km` alone does, also
    just around ANCHOR_KM and near the poles."""
    rng = random.Random(11)
    for _ in range(3000):
        lat, lon = rng.uniform(-89.5, 89.5), rng.uniform(-179.5, 179.5)
        entry = _entry(0, "SY", lat, lon)
        anchors = [
            _entry(i, rng.choice(["SY", "IQ"]), lat + rng.uniform(-0.7, 0.7), lon + rng.uniform(-1.5, 1.5))
            for i in range(rng.randint(0, 6))
        ]
        expected = any(
            a.country == entry.country and km((a.lat, a.lon), (entry.lat, entry.lon)) < ANCHOR_KM
            for a in anchors
            if a.id != entry.id
        )
        assert _near_an_anchor(entry, anchors) == expected


def test_words_of_an_organisations_title_are_no_place(nlp: Language) -> None:
    text = "The Forum against Hatred and Marginalisation of Minorities said troops burnt Zabrouga on Monday."
    names = [m.value.name for m in mentions_of(nlp(text), "place")]
    assert "Marginalisation" not in names and "Minorities" not in names


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Troops were sent to restore order in Congo, officials said.", "CD"),
        ("Troops were sent to restore order in Congo Republic, officials said.", "CG"),
        ("Troops were sent to restore order in the Republic of Congo, officials said.", "CG"),
    ],
)
def test_congo_alone_is_the_democratic_republic(nlp: Language, text: str, country: str) -> None:
    # wire style: "Congo" is the Democratic Republic; the other is "Congo Republic", "Republic of Congo"
    assert document_country(nlp(text)) == country


def test_a_region_named_only_abroad_is_its_seat_town_where_the_text_points(nlp: Language) -> None:
    # Bolivia's department is El Beni; in a report on Congo "the Beni region" is around the town of Beni
    place = _place(nlp, "Aid workers said the Beni region of Congo had seen three raids this month.")
    assert place is not None and (place.name, place.country) == ("Beni", "CD")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Troops clashed with protesters in the Republic of Korea on Monday.", "KR"),
        ("Troops clashed with protesters in the Republic of Moldova on Monday.", "MD"),
    ],
)
def test_an_inverted_official_name_is_read_in_text_order(nlp: Language, text: str, country: str) -> None:
    # pycountry writes "Korea, Republic of"; read as "Korea" alone it was a village of Ivory Coast
    place = _place(nlp, text)
    assert place is not None and place.country == country


def test_a_country_named_as_a_republic_is_a_country(nlp: Language) -> None:
    # "republic" marks organisations' names ("the Islamic Republic News Agency"), not a country's own name
    assert document_country(nlp("Storms flooded three towns of the Dominican Republic.")) == "DO"


def test_an_unknown_town_taken_is_the_place_not_the_town_an_advance_heads_for(nlp: Language) -> None:
    text = "Rebels overran the Malian town of Kelbouzou on Tuesday and pressed on towards the city of Gao."
    place = _place(nlp, text)
    assert place is not None and (place.name, place.country) == ("Kelbouzou", "ML")
    assert place.lat is not None  # placed approximately, at the point of the town named beside it


def test_a_place_of_an_earlier_event_measured_against_is_not_the_place(nlp: Language) -> None:
    text = (
        "Gunmen killed 30 worshippers at a church on Sunday in Nigeria, the worst attack in the region "
        "since the 2012 bombing of a market in Jos."
    )
    place = _place(nlp, text)
    assert place is not None and (place.name, place.country) == ("Nigeria", "NG")


def test_a_dateline_town_written_with_its_country_is_the_fallback_place(nlp: Language) -> None:
    text = (
        "MANDERA, Kenya - Gunmen raided a quarry camp overnight, the deadliest raid on Kenyan soil "
        "since the 2014 attack on a bus in Nairobi, police said."
    )
    place = _place(nlp, text)
    assert place is not None and (place.name.title(), place.country) == ("Mandera", "KE")


def test_a_university_named_after_its_town_lies_in_that_town(nlp: Language) -> None:
    # a university is a facility of a settlement, as a hospital or a market is, not an organisation
    place = _place(nlp, "Gunmen stormed Herat University on Monday, killing six students.")
    assert place is not None and place.country == "AF" and place.lat is not None
    assert km((place.lat, place.lon), (34.35, 62.2)) < 25


def test_a_dateline_in_capitals_is_named_as_the_gazetteer_writes_it(nlp: Language) -> None:
    text = "QUETTA, Pakistan - A bomb killed three policemen on Monday, officials said."
    place = _place(nlp, text)
    assert place is not None and place.name == "Quetta"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # ACLED's and today's names of first-level units the gazetteer spells otherwise; the villages'
        # names are towns elsewhere (Japan), so only the unit says which country
        ("Junta aircraft bombed Kanan village (Tamu, Sagaing) on Monday.", "MM"),
        ("Resistance fighters attacked an army camp near Kani (Yinmabin, Sagaing).", "MM"),
        ("Rebels took control of Hsenwi town (Hsenwi, Shan-North).", "MM"),
        ("Fighters clashed near Gida village (Kiremu, Oromia).", "ET"),
    ],
)
def test_an_unknown_village_in_a_renamed_unit_stays_in_that_units_country(
    nlp: Language, text: str, country: str
) -> None:
    place = _place(nlp, text)
    assert place is not None and place.country == country and place.lat is not None


def test_a_regions_name_before_a_group_of_people_is_not_the_place(nlp: Language) -> None:
    place = _place(nlp, "Police detained dozens of Amhara youths in Addis Ababa (Addis Ababa) on Monday.")
    assert place is not None and place.name == "Addis Ababa" and place.country == "ET"


def test_a_town_named_after_provincial_capital_is_a_place(nlp: Language) -> None:
    text = "The car was hit on a desert road east of the provincial capital Ataq as it headed to the coast."
    names = {m.value.name for m in mentions_of(nlp(text), "place")}
    assert "Ataq" in names


def test_a_country_name_with_a_french_elision_is_the_country(nlp: Language) -> None:
    doc = nlp("The United Nations Operation in Côte d'Ivoire (UNOCI) said 330 people were killed in Duékoué.")
    countries = [(m.text, m.value) for m in mentions_of(doc) if m.kind == "country"]
    assert countries == [("Côte d'Ivoire", "CI")]
    assert "Côte" not in [m.text for m in mentions_of(doc) if m.kind == "place"]


def test_a_quarter_named_like_a_city_abroad_is_not_that_city(nlp: Language) -> None:
    text = (
        "Fighters took Duékoué in western Côte d'Ivoire. Ivorian officials in Duékoué and Guiglo said armed "
        "men went from house to house in the Carrefour quarter, home mostly to Guéré families, in Côte "
        "d'Ivoire."
    )
    places = [m.value for m in mentions_of(nlp(text)) if m.kind == "place"]
    assert all(p.country != "HT" for p in places if p.name == "Carrefour")


def test_a_part_of_a_town_alone_is_placed_at_the_town_the_report_names(nlp: Language) -> None:
    text = (
        "Fighters took Duékoué in western Côte d'Ivoire on March 28. Aid workers in Duékoué counted the "
        "dead.\n\n"
        "Survivors say armed men went from house to house in the Carrefour quarter, killing dozens of men."
    )
    doc = nlp(text)
    start = text.index("Survivors")
    place = place_for(doc, start, len(text))
    assert place is not None and (place.name, place.country) == ("Duékoué", "CI")


def test_a_language_community_is_no_place(nlp: Language) -> None:
    doc = nlp("Fourteen villagers were killed in the Anglophone region of Cameroon on Friday.")
    assert "Anglophone" not in [m.text for m in mentions_of(doc, "place")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Forces from Ethiopia's northern Tigray region took control of the town of Lalibela on Thursday.",
            "Lalibela",
        ),
        ("Gunmen from Zamfara state attacked the village of Kankara on Sunday night.", "Kankara"),
    ],
)
def test_where_the_doers_came_from_is_not_where_the_event_was(nlp: Language, text: str, name: str) -> None:
    place = _place(nlp, text)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired rockets from the direction of Horlivka into a residential area of Donetsk on Monday.",
        "Shells fired from Horlivka hit a market in Donetsk on Monday.",
    ],
)
def test_where_fire_came_from_is_not_where_it_landed(nlp: Language, text: str) -> None:
    place = _place(nlp, text)
    assert place is not None and place.name == "Donetsk"


def test_where_the_doers_came_from_is_the_place_when_no_other_is_named(nlp: Language) -> None:
    place = _place(nlp, "Militiamen from Ituri province burned houses on Monday, residents said.")
    assert place is not None and place.name == "Ituri"


def test_a_place_named_only_as_where_buses_were_going_is_not_the_incidents(nlp: Language) -> None:
    text = (
        "Mourners marched in Baramulla on Monday. A grenade exploded among passengers in Baramulla on "
        "Saturday. The grenade went off among passengers waiting for buses to Srinagar and Gulmarg."
    )
    doc = nlp(text)
    start = text.index("The grenade")
    place = place_for(doc, start, len(text))
    assert place is not None
    assert place.name == "Baramulla"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "On 3 June 2021, about 200 nurses rallied outside the health ministry"
            " [coded to Athens-Central Athens] over unpaid overtime. Members of ADEDY and Prasinoi"
            " joined them. [size=about 200]",
            "Athens-Central Athens",
            "GR",
        ),
        (
            "On 12 March 2021, a journalist detained in Sabunchu said officers drove him to a forest"
            " where he was beaten [coded to Baku with GP2].",
            "Baku",
            "AZ",
        ),
    ],
)
def test_a_coders_coded_to_remark_gives_the_place(nlp: Language, text: str, name: str, country: str) -> None:
    """ACLED's "[coded to X]" names the place the coder chose when the note's own places will not do: the
    ministry has no place, the party list names none, and the district where he was detained is not it."""
    place = _place(nlp, text)
    assert place is not None
    assert (place.name, place.country) == (name, country)
    assert place.lat is not None


def test_grad_rockets_and_stari_grad_are_not_slovenia(nlp: Language) -> None:
    """ "Grad" is a Slovenian municipality's name: a rocket or a word of a Serbian place name must not make
    the document Slovenian, nor be its place."""
    rockets = _place(nlp, "Separatists fired Grad rockets at the village overnight, the military said.")
    assert rockets is None or rockets.country != "SI"
    quarter = _place(nlp, "Protesters rallied in Belgrade-Stari Grad.")
    assert quarter is not None and quarter.country == "RS" and quarter.lat is not None


def test_a_town_whose_name_opens_on_a_facility_word_is_a_town_not_a_facility(nlp: Language) -> None:
    # "Port Said" is the town (a facility would give way to a town named beside it: Suez)
    place = _place(
        nlp,
        "Fans stormed the pitch after a match in the city of Port Said on Wednesday night, as protesters "
        "clashed with police in Suez.",
    )
    assert place is not None and place.name == "Port Said"
