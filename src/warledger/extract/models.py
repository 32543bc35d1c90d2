"""What extraction hands to resolve: the `extract` JSON of CONTRACT.md as typed models.

These models are the contract itself: `Extraction.model_dump(mode="json")` is exactly one line of
`warledger extract` output, so changing a field here is changing the public contract.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "armed_clash",
    "government_regains_territory",
    "non_state_actor_overtakes_territory",
    "chemical_weapon",
    "air_drone_strike",
    "suicide_bomb",
    "shelling_artillery_missile_attack",
    "remote_explosive_landmine_ied",
    "grenade",
    "sexual_violence",
    "attack",
    "abduction_forced_disappearance",
    "peaceful_protest",
    "protest_with_intervention",
    "excessive_force_against_protesters",
    "violent_demonstration",
    "mob_violence",
    "agreement",
    "arrests",
    "change_to_group_activity",
    "disrupted_weapons_use",
    "headquarters_or_base_established",
    "looting_property_destruction",
    "non_violent_transfer_of_territory",
    "other",
]
EventCategory = Literal[
    "battles",
    "explosions_remote_violence",
    "violence_against_civilians",
    "protests",
    "riots",
    "strategic_developments",
]
Stance = Literal[
    "accusation",
    "denial",
    "counter_accusation",
    "corroboration",
    "call_for_accountability",
    "justification",
    "prediction",
    "report",
]
ContradictionKind = Literal[
    "casualty_count", "date", "place", "perpetrator", "denial_vs_documentation", "factual"
]
ActorKind = Literal["state", "non_state", "unknown"]
PlacePrecision = Literal["point", "city", "district", "region", "country"]
DatePrecision = Literal["day", "week", "month", "year"]

CATEGORY_OF: dict[str, str] = {
    **dict.fromkeys(
        ["armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"], "battles"
    ),
    **dict.fromkeys(
        [
            "chemical_weapon",
            "air_drone_strike",
            "suicide_bomb",
            "shelling_artillery_missile_attack",
            "remote_explosive_landmine_ied",
            "grenade",
        ],
        "explosions_remote_violence",
    ),
    **dict.fromkeys(
        ["sexual_violence", "attack", "abduction_forced_disappearance"], "violence_against_civilians"
    ),
    **dict.fromkeys(
        ["peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"], "protests"
    ),
    **dict.fromkeys(["violent_demonstration", "mob_violence"], "riots"),
    **dict.fromkeys(
        [
            "agreement",
            "arrests",
            "change_to_group_activity",
            "disrupted_weapons_use",
            "headquarters_or_base_established",
            "looting_property_destruction",
            "non_violent_transfer_of_territory",
            "other",
        ],
        "strategic_developments",
    ),
}

WEAPONS = (
    "bunker_buster",
    "incendiary",
    "cluster_munition",
    "barrel_bomb",
    "chemical",
    "thermobaric",
    "guided_bomb",
    "unguided_bomb",
    "missile",
    "rocket",
    "artillery",
    "mortar",
    "drone",
    "ied",
    "vehicle_bomb",
    "suicide_vest",
    "landmine",
    "small_arms",
    "melee",
    "fire",
    "other",
)
TARGETS = (
    "civilians",
    "residential",
    "medical",
    "rescue_services",
    "humanitarian_aid",
    "water_infrastructure",
    "energy_infrastructure",
    "education",
    "market",
    "religious",
    "cultural",
    "shelter",
    "journalists",
    "government",
    "military",
    "police",
    "transport",
    "other",
)


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(Model):
    """The words a value came from: character offsets into the document's clean text."""

    start: int
    end: int
    text: str


class Place(Model):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: PlacePrecision = "city"
    qualifier: str | None = None


class Perpetrator(Model):
    name: str
    country: str | None = None
    kind: ActorKind = "unknown"

    @property
    def unidentified(self) -> bool:
        return names_nobody(self.name)


def names_nobody(actor: str) -> bool:
    """ "Unidentified Armed Group": the report says someone did it, not who (so it blames nobody)."""
    return actor.casefold().startswith(("unidentified", "unknown"))


class Count(Model):
    """A casualty figure as a range: "at least 20" is min 20, "18 to 21" is 18..21."""

    min: int
    max: int
    approximate: bool = False


class Incident(Model):
    """One incident as a single document tells it, before reconciliation across sources."""

    event_type: EventType | None = None
    event_category: EventCategory | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: DatePrecision | None = None
    place: Place | None = None
    perpetrators: list[Perpetrator] = Field(default_factory=list)
    weapons: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    victim_groups: list[str] = Field(default_factory=list)
    killed: Count | None = None
    injured: Count | None = None
    figure_source: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Statement(Model):
    """Who said what, in what role, doing what (its stance), with the words it came from."""

    speaker: str
    role: str | None = None
    affiliation: str | None = None
    affiliation_country: str | None = None
    quote: str
    direct: bool
    stance: Stance = "report"
    about: list[str] = Field(default_factory=list)
    evidence: Evidence
    speaker_evidence: Evidence | None = None
    incidents: list[int] = Field(default_factory=list, description="indexes into the document's incidents")


class Contradiction(Model):
    kind: ContradictionKind
    values: list[Any] = Field(default_factory=list)
    note: str
    evidence: list[Evidence] = Field(default_factory=list)


class DocumentInfo(Model):
    id: str | None = None
    sha256: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    language: str
    text: str


class Extraction(Model):
    """One line of `warledger extract`: a document and what it says."""

    document: DocumentInfo
    incidents: list[Incident] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
