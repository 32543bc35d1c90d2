"""Actors: the alias table normalises names, and only actors in agent position are perpetrators."""

from __future__ import annotations

import pytest

from warledger.extract.actors import actor_mentions, actor_where, normalised_actors


@pytest.mark.parametrize(
    ("name", "actor", "country", "kind"),
    [
        ("regime forces", "Syria", "SY", "state"),
        ("the Assad regime", "Syria", "SY", "state"),
        ("the Syrian military", "Syria", "SY", "state"),
        ("Military Forces of Syria (2000-)", "Syria", "SY", "state"),
        ("Moscow", "Russia", "RU", "state"),
        ("Ukrainian Forces", "Ukraine", "UA", "state"),
        ("Military Forces of Ukraine (2019-)", "Ukraine", "UA", "state"),
        ("Unidentified Armed Group (Mexico)", "Unidentified Armed Group", "MX", "unknown"),
        ("Houthi forces", "Houthis", "YE", "non_state"),
        ("Al Shabaab", "Al Shabaab", "SO", "non_state"),
        ("Taliban", "Taliban", "AF", "non_state"),
        ("Police Forces of Brazil (2019-) Military Police", "Police Forces", "BR", "state"),
        ("Nigerian army", "Nigeria", "NG", "state"),
        ("Israeli air strikes", "Israel", "IL", "state"),
        ("Turkish shelling", "Turkey", "TR", "state"),
        ("an Israeli drone strike", "Israel", "IL", "state"),
        ("a Turkish drone", "Turkey", "TR", "state"),
        # one drone or warplane of a state, as its plural is: "a Ukrainian drone dropped an explosive"
        ("a Ukrainian drone", "Ukraine", "UA", "state"),
        ("a Nigerien warplane", "Niger", "NE", "state"),
        # ACLED's coder names of governments are aliases of the state, as its military forces are
        ("Government of Niger (2023-)", "Niger", "NE", "state"),
        (
            "Government of the Democratic Republic of Congo (2019-)",
            "Democratic Republic of Congo",
            "CD",
            "state",
        ),
    ],
)
def test_alias_table_normalises_names(name: str, actor: str, country: str, kind: str) -> None:
    found = normalised_actors(name)
    assert found, name
    assert (found[0].name, found[0].country, found[0].kind) == (actor, country, kind)


@pytest.mark.parametrize(
    ("phrase", "country", "actor"),
    [
        ("a coalition airstrike", "IQ", "Global Coalition Against Daesh"),
        ("coalition air strikes", "SY", "Global Coalition Against Daesh"),
        ("coalition air strikes", "YE", "Saudi-led coalition"),
        ("the Saudi-led coalition", "SY", "Saudi-led coalition"),
    ],
)
def test_a_bare_coalition_is_the_one_fighting_where_the_incident_is(
    phrase: str, country: str, actor: str
) -> None:
    [named] = normalised_actors(phrase)
    assert actor_where(named, phrase, country).name == actor


def test_adjectival_bombing_names_both_states() -> None:
    [mention] = actor_mentions("92 people were killed amid Russian-regime bombing of Aleppo.")
    assert {a.country for a in mention.value.actors} == {"RU", "SY"}
    assert mention.value.agent


@pytest.mark.parametrize(
    ("sentence", "phrase", "agent"),
    [
        (
            "The Ukrainian Forces fired mortars at the positions of the Luhansk People's Militia.",
            "Ukrainian Forces",
            True,
        ),
        (
            "The Ukrainian Forces fired mortars at the positions of the Luhansk People's Militia.",
            "Luhansk People's Militia",
            False,
        ),
        ("Incendiary bombs were loaded onto Moscow's warplanes.", "Moscow", True),
        ("The village was shelled by regime forces.", "regime forces", True),
        ("Unidentified gunmen killed a resident.", "Unidentified gunmen", True),
        ("Rebels attacked an army post.", "Rebels", True),
        # the subject that opens a note, however far its verb
        (
            "On 9 May 2020, military forces of Artsakh located at nameless hills fired at positions.",
            "military forces of Artsakh",
            True,
        ),
        (
            "On 9 May 2020, Ukrainian soldiers were wounded by shelling near the town.",
            "Ukrainian soldiers",
            False,
        ),
    ],
)
def test_agent_position(sentence: str, phrase: str, agent: bool) -> None:
    by_text = {m.text: m.value.agent for m in actor_mentions(sentence)}
    assert by_text[phrase] is agent


# Armed groups of conflicts beyond Syria, Yemen, Ukraine and Libya: a coder's name and a reporter's words
# meet one normalised actor. Named cartels and factions are their own actors, as ACLED codes them when they
# act ("Los Zetas Gang", "CV: Red Command"); an unnamed cartel or gang is "Unidentified Gang".
@pytest.mark.parametrize(
    ("name", "actor", "country", "kind"),
    [
        ("LTTE: Liberation Tigers of Tamil Eelam", "LTTE", "LK", "non_state"),
        ("the Tamil Tigers", "LTTE", "LK", "non_state"),
        ("FARC Dissident: 1st Front", "FARC dissidents", "CO", "non_state"),
        ("FARC-EP", "FARC", "CO", "non_state"),
        ("ELN: National Liberation Army", "ELN", "CO", "non_state"),
        ("the Gulf Clan", "Clan del Golfo", "CO", "non_state"),
        ("Los Zetas", "Los Zetas Gang", "MX", "non_state"),
        ("Comando Vermelho", "CV: Red Command", "BR", "non_state"),
        ("a drug cartel", "Unidentified Gang", None, "non_state"),
        ("M23: March 23 Movement", "M23", "CD", "non_state"),
        ("ADF: Allied Democratic Forces", "ADF", "CD", "non_state"),
        ("Mayi-Mayi militia", "Mai-Mai Militia", "CD", "non_state"),
        ("FARDC", "Democratic Republic of Congo", "CD", "state"),
        ("anti-Balaka", "Anti-Balaka", "CF", "non_state"),
        ("ex-Séléka", "Ex-Seleka", "CF", "non_state"),
        ("3R: Return, Reclamation, Rehabilitation", "3R", "CF", "non_state"),
        ("Rapid Support Forces", "Rapid Support Forces", "SD", "non_state"),
        ("SAF", "Sudan", "SD", "state"),
        ("SPLA-IO", "SPLM/A-IO", "SS", "non_state"),
        ("SSPDF", "South Sudan", "SS", "state"),
        ("Tigray Defense Forces", "TPLF", "ET", "non_state"),
        ("Fano militia", "Fano", "ET", "non_state"),
        ("Oromo Liberation Army", "OLA", "ET", "non_state"),
        ("Amba boys", "Ambazonian Separatists", "CM", "non_state"),
        ("Indigenous People of Biafra", "IPOB", "NG", "non_state"),
        ("Eastern Security Network", "ESN", "NG", "non_state"),
        ("Fulani herdsmen", "Fulani Ethnic Militia", None, "non_state"),
        ("Katiba Macina", "Katiba Macina", "ML", "non_state"),
        ("Dan Na Ambassagou", "Dan Na Ambassagou", "ML", "non_state"),
        ("MNLA", "MNLA", "ML", "non_state"),
        ("Koglweogo", "Koglweogo Militia", "BF", "non_state"),
        ("VDP: Volunteers for the Defense of the Homeland", "VDP", "BF", "non_state"),
        ("al-Shabaab in Cabo Delgado", "Ansar al-Sunna", "MZ", "non_state"),
        ("New People's Army", "NPA", "PH", "non_state"),
        ("Abu Sayyaf Group", "Abu Sayyaf", "PH", "non_state"),
        ("Kachin Independence Army", "KIA", "MM", "non_state"),
        ("People's Defence Force", "PDF", "MM", "non_state"),
        ("the Tatmadaw", "Myanmar", "MM", "state"),
        ("Tehreek-e-Taliban Pakistan", "TTP", "PK", "non_state"),
        ("Baloch Liberation Army", "BLA", "PK", "non_state"),
        ("Lashkar-e-Toiba", "Lashkar-e-Taiba", "IN", "non_state"),
        ("CPI (Maoist): Communist Party of India (Maoist)", "CPI (Maoist)", "IN", "non_state"),
        ("Naxalites", "CPI (Maoist)", "IN", "non_state"),
        ("NSCN-IM", "NSCN", "IN", "non_state"),
        ("al-Quds Brigades", "Palestinian Islamic Jihad", "PS", "non_state"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces", "IQ", "state"),
        ("PJAK", "PJAK", "IR", "non_state"),
        ("Jaish al-Adl", "Jaish al-Adl", "IR", "non_state"),
        ("Wagner Group", "Wagner Group", "RU", "non_state"),
        ("Azov Regiment", "Azov", "UA", "state"),
        ("Viv Ansanm", "Viv Ansanm", "HT", "non_state"),
        ("400 Mawozo Gang", "400 Mawozo Gang", "HT", "non_state"),
        ("Gran Grif gang members", "Gran Grif Gang", "HT", "non_state"),
        ("Three Brotherhood Alliance", "Three Brotherhood Alliance", "MM", "non_state"),
        (
            "CSP-DPA rebels",
            "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad",
            "ML",
            "non_state",
        ),
        ("Wazalendo militias", "Wazalendo", "CD", "non_state"),
        ("Kuki militants", "Kuki Ethnic Militia", "IN", "non_state"),
        ("Arambai Tenggol", "Arambai Tenggol", "IN", "non_state"),
        ("Macawisley militia", "Macawisley Militia", "SO", "non_state"),
        ("Izz ad-Din al-Qassam Brigades", "Hamas", "PS", "non_state"),
        # Islamic State's provinces: one name, each in its own country
        ("ISWAP: Islamic State West Africa Province", "Islamic State", "NG", "non_state"),
        ("Islamic State (Sahel)", "Islamic State", "ML", "non_state"),
        ("ISKP", "Islamic State", "AF", "non_state"),
        ("Islamic State Central Africa Province", "Islamic State", "CD", "non_state"),
    ],
)
def test_alias_table_names_armed_groups_worldwide(
    name: str, actor: str, country: str | None, kind: str
) -> None:
    found = normalised_actors(name)
    assert found, name
    assert (found[0].name, found[0].country, found[0].kind) == (actor, country, kind)


@pytest.mark.parametrize(
    ("name", "actor", "country"),
    [
        # a more specific name wins over the group whose name it starts with
        ("Hezbollah Brigades", "Kataib Hezbollah", "IQ"),
        ("Hezbollah", "Hezbollah", "LB"),
        ("al-Shabaab in Mozambique", "Ansar al-Sunna", "MZ"),
        ("al-Shabaab", "Al Shabaab", "SO"),
        ("FARC dissidents", "FARC dissidents", "CO"),
        ("National Resistance Front", "National Resistance Front", "AF"),
        ("National Resistance Forces", "National Resistance Forces", "YE"),
        ("People's Defence Forces (HPG)", "PKK", "TR"),
        ("Pakistani Taliban", "TTP", "PK"),
        ("Ambazonian separatists", "Ambazonian Separatists", "CM"),
    ],
)
def test_specific_group_before_general(name: str, actor: str, country: str) -> None:
    found = normalised_actors(name)
    assert found, name
    assert (found[0].name, found[0].country) == (actor, country)


@pytest.mark.parametrize(
    ("sentence", "actor", "country"),
    [
        ("LTTE rebels attacked an army camp near Jaffna.", "LTTE", "LK"),
        ("ELN guerrillas bombed an oil pipeline in Arauca.", "ELN", "CO"),
        ("M23 rebels seized the border town of Bunagana.", "M23", "CD"),
        ("The RSF shelled a market in El Fasher.", "Rapid Support Forces", "SD"),
        ("Ambazonian separatists kidnapped a teacher in Bamenda.", "Ambazonian Separatists", "CM"),
        ("NPA rebels ambushed an army patrol in Samar.", "NPA", "PH"),
        ("The Arakan Army attacked a police outpost.", "Arakan Army", "MM"),
        ("TTP militants attacked a checkpoint in North Waziristan.", "TTP", "PK"),
        ("Maoists killed two villagers in Bijapur.", "CPI (Maoist)", "IN"),
        ("Kata'ib Hezbollah fired rockets at a base near Baghdad.", "Kataib Hezbollah", "IQ"),
        ("Wagner Group mercenaries killed civilians near Moura.", "Wagner Group", "RU"),
        ("Viv Ansanm gang members attacked a police station downtown.", "Viv Ansanm", "HT"),
        ("Wazalendo fighters ambushed a rebel patrol near the lake.", "Wazalendo", "CD"),
        ("EMC dissidents clashed with the army near the town.", "FARC dissidents", "CO"),
    ],
)
def test_named_group_is_the_perpetrator(sentence: str, actor: str, country: str) -> None:
    agents = [a for m in actor_mentions(sentence) if m.value.agent for a in m.value.actors]
    assert (actor, country, "non_state") in {(a.name, a.country, a.kind) for a in agents}


def test_a_states_naval_drones_are_that_state() -> None:
    found = [
        a for m in actor_mentions("Ukrainian naval drones struck a landing ship.") for a in m.value.actors
    ]
    assert ("Ukraine", "UA", "state") in {(a.name, a.country, a.kind) for a in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "Three KIA and ten WIA were reported after the clash.",  # killed in action, not the Kachin army
        "The full report is available as a PDF file.",
        "Ships crossed the Sea of Azov.",
        "Ola met Kia at the market.",
        "He replaced the AA batteries.",
        "The maize harvest in Macina was good.",
        "Wagner shot his neighbour.",  # a man's name, not the Wagner Group
        "PNP-SAF troopers raided the camp.",  # the Philippine police's Special Action Force
    ],
)
def test_short_names_do_not_match_ordinary_words(sentence: str) -> None:
    assert actor_mentions(sentence) == []


def test_two_demonyms_before_one_force_name_both_states() -> None:
    [mention] = actor_mentions("Kenyan and Ugandan troops took the town on Sunday.")
    assert [a.country for a in mention.value.actors] == ["KE", "UG"]
    assert mention.value.agent


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        ("The raiders, suspected members of the JNIM coalition, burned two granaries.", True),
        ("Gunmen believed to belong to a faction of the Raia Mutomboki militia looted the village.", True),
        ("Police arrested three suspected members of Boko Haram on Friday.", False),
    ],
)
def test_the_group_the_doers_are_attributed_to_acted(sentence: str, agent: bool) -> None:
    named = [m for m in actor_mentions(sentence) if m.value.actors[0].kind == "non_state"]
    assert [m.value.agent for m in named][-1:] == [agent]


def test_authorities_that_impose_a_measure_are_the_state() -> None:
    """ "the provincial authorities imposed a curfew": the government acted (ACLED's Government of X)."""
    sentence = "On 18 April 2024, the Ituri provincial authorities imposed a night-time curfew in Bunia."
    agents = [a for m in actor_mentions(sentence) if m.value.agent for a in m.value.actors]
    assert ("Government", "state") in {(a.name, a.kind) for a in agents}


def agency(sentence: str, phrase: str) -> bool:
    """Whether the first actor mention whose words hold `phrase` is in agent position."""
    return next(m.value.agent for m in actor_mentions(sentence) if phrase in m.text)


@pytest.mark.parametrize(
    ("sentence", "phrase", "agent"),
    [
        # a subject that only reports the event is its source, not its doer
        ("Police confirmed that gunmen killed 5 villagers in Zurmi.", "Police", False),
        ("The army reported that militants attacked a checkpoint.", "army", False),
        ("The authorities confirmed that unidentified gunmen abducted 12 students.", "authorities", False),
        ("A police spokesman told reporters that bandits killed 9 farmers.", "police", False),
        ("The military warned that insurgents had planted explosives on the road.", "military", False),
        ("Militants killed two villagers near the town, the army reported.", "army", False),
        ("The army, in a statement, announced that rebels shelled the camp.", "army", False),
        # ... unless it reports its own act
        ("The army said it killed 12 militants near Bama.", "army", True),
        ("The Ukrainian army said its drones struck a depot near Tokmak.", "Ukrainian army", True),
        ("Security forces reported killing 6 militants in a raid.", "Security forces", True),
        ("The army said on Sunday that it had retaken two rebel camps.", "army", True),
        # ... but a denial, or downing what the other side launched, is no act of its own
        ("The military denied firing heavy weapons into the zone.", "military", False),
        ("Ukraine's air force said it had shot down 11 of 20 drones.", "air force", False),
        # ", said its troops": the troops belong to the speaker named before; they did it
        ("The junta, which took power in March, said its troops had killed 40 rebels.", "troops", True),
        # "announced" with an object is the announcer's own act: "the junta announced the end of ..."
        ("The Niger junta announced the end of military cooperation with the United States.", "junta", True),
        # the doer stays the doer when someone else reports
        ("Police shot dead 3 protesters in Mombasa, officials said.", "Police", True),
        # a claim of responsibility is a perpetrator's, a claim about others is a report
        ("The Taliban claimed responsibility for the attack on the post.", "Taliban", True),
        ("Islamic State claimed the bombing of a mosque in Peshawar.", "Islamic State", True),
        ("The police claimed that protesters threw stones at officers.", "police", False),
        # the source or the listener named before the actor
        ("Four civilians were killed in the raid, according to the police.", "police", False),
        ("Residents told police that soldiers beat them.", "police", False),
        ("A statement by the army said rebels burned the village.", "army", False),
        ('"They came at night," said the army spokesman.', "army", False),
        # ... but a report's object is no source: "told AFP that militants set fire"
        ("Witnesses told AFP that militants set fire to a church.", "militants", True),
        # a passive report names no reporter
        ("Two Saudi-led coalition air raids were reported on Majzar district.", "Saudi-led coalition", True),
        # responders came after the event
        ("The army evacuated the wounded to a hospital.", "army", False),
        ("Police arrived at the scene an hour later.", "Police", False),
        ("Police found the bodies of three men in a ditch.", "Police", False),
        ("Troops found and destroyed an explosive device on the road.", "Troops", True),
        # a count between the verb and the victims: "killed 15 Boko Haram fighters"
        ("Nigerian troops killed 15 Boko Haram fighters near Konduga.", "Boko Haram", False),
        ("Militants killed two soldiers in an attack on a post.", "soldiers", False),
        # the other side of a fight fought too
        ("Security forces clashed with ADF rebels near Beni.", "ADF", True),
        ("Four armed men exchanged fire with police near the market.", "police", True),
        ("Gunmen attacked the village with machetes and rifles.", "Gunmen", True),
        # a count and a bare participle: "reported 9 soldiers killed" (the headline's passive)
        ("The army reported 9 soldiers killed in the ambush.", "soldiers", False),
        ("Nine soldiers killed three militants near the town.", "soldiers", True),
    ],
)
def test_sources_listeners_responders_and_victims_are_no_doers(
    sentence: str, phrase: str, agent: bool
) -> None:
    assert agency(sentence, phrase) is agent


@pytest.mark.parametrize(
    ("name", "actor", "country"),
    [
        # ACLED's name of a government is its state, like "Military Forces of <country>"
        ("Government of Colombia (2010-2018)", "Colombia", "CO"),
        ("Government of Nigeria (2023-)", "Nigeria", "NG"),
    ],
)
def test_acled_government_names_are_their_state(name: str, actor: str, country: str) -> None:
    found = normalised_actors(name)
    assert found and (found[0].name, found[0].country, found[0].kind) == (actor, country, "state")


@pytest.mark.parametrize(
    "sentence",
    [
        "On 2 May 2020, the Kano state government signed a peace deal with herder leaders.",
        "On 2 May 2020, the junta ordered foreign troops to leave the air base.",
        "On 2 May 2020, paramilitary Rangers arrested a former minister outside the court.",
    ],
)
def test_governments_juntas_and_paramilitary_corps_are_state_agents(sentence: str) -> None:
    found = [a for m in actor_mentions(sentence) if m.value.agent for a in m.value.actors]
    assert any(a.kind == "state" for a in found), sentence


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Jihadists killed 14 civilians in the village.", "Islamist Militia"),
        ("Suspected jihadist fighters ambushed a convoy near the town.", "Islamist Militia"),
        ("Islamist militants burned a school in the district.", "Islamist Militia"),
        ("Officers arrested 14 opposition supporters in the capital.", "Police Forces"),
        ("Security officers detained a journalist on Thursday.", "Police Forces"),
        ("Armed men abducted 3 aid workers near the border.", "Unidentified Armed Group"),
        ("Assailants shot dead a councillor on Monday.", "Unidentified Armed Group"),
    ],
)
def test_generic_doers_are_named(sentence: str, actor: str) -> None:
    agents = [a.name for m in actor_mentions(sentence) if m.value.agent for a in m.value.actors]
    assert agents == [actor]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # an army's officers are the army (the bare noun right after it adds no actor)
        ("Army officers clashed with protesters in the town.", ["Military Forces", "Protesters"]),
        # officers of a civilian service are no police
        ("Tax officers and supporters of the governor beat two journalists.", []),
        ("Election officers counted the ballots.", []),
    ],
)
def test_officers_of_an_army_or_a_civilian_service_are_no_police(sentence: str, actors: list[str]) -> None:
    assert [a.name for m in actor_mentions(sentence) for a in m.value.actors] == actors


def test_the_islamist_militia_of_an_acled_name_keeps_its_country() -> None:
    [found] = normalised_actors("Islamist Militia (Mozambique)")
    assert (found.name, found.country, found.kind) == ("Islamist Militia", "MZ", "non_state")


@pytest.mark.parametrize(
    ("sentence", "patient"),
    [
        ("Soldiers detained 12 suspected militants who had attacked a checkpoint.", "militants"),
        ("Gunmen who killed a trader in the town were arrested by police on Friday.", "Gunmen"),
        ("Rebels, who had attacked the town, were captured by troops.", "Rebels"),
    ],
)
def test_the_arrested_are_no_agents_whatever_they_had_done(sentence: str, patient: str) -> None:
    agent = {m.text: m.value.agent for m in actor_mentions(sentence)}
    assert agent[patient] is False
    assert True in agent.values()  # the arresting force acts


def test_a_relative_clause_before_the_verb_leaves_its_subject_the_doer() -> None:
    assert [m.value.agent for m in actor_mentions("Gunmen who wore uniforms killed a trader.")] == [True]


@pytest.mark.parametrize(
    ("sentence", "busy", "acting"),
    [
        (
            "The officers were travelling by truck near the town when the rebels attacked them.",
            "officers",
            "rebels",
        ),
        (
            "Police were patrolling the farm when unidentified armed men opened fire.",
            "Police",
            "unidentified armed men",
        ),
    ],
)
def test_what_the_subject_was_doing_when_the_event_befell_it_is_no_act(
    sentence: str, busy: str, acting: str
) -> None:
    agent = {m.text: m.value.agent for m in actor_mentions(sentence)}
    assert agent[busy] is False and agent[acting] is True


def test_forces_busy_firing_when_something_happened_still_fired() -> None:
    [soldiers, _] = actor_mentions("Soldiers were firing on the crowd when the protesters fled.")
    assert soldiers.value.agent
