"""The reconciled incident: one event as every stored report tells it (CONTRACT.md).

Each source's own figure is kept with its evidence; `min`/`max` span them and are never averaged.
Analysts' decisions are not here: the store applies them on top, so re-resolving never undoes one.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from warledger.extract.models import (
    Contradiction,
    DatePrecision,
    EventCategory,
    EventType,
    Evidence,
    Place,
    Statement,
)


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourcedEvidence(Model):
    """Evidence of one value, with the document it is in."""

    document: str
    start: int
    end: int
    text: str


class SourceFigure(Model):
    """One source's own casualty figure, exactly as that source gave it."""

    min: int
    max: int
    approximate: bool = False
    source: str | None
    document: str
    evidence: list[Evidence] = Field(default_factory=list)


class FigureRange(Model):
    """The span of every source's figure: min of the mins, max of the maxes, never an average."""

    min: int
    max: int
    approximate: bool = False
    figures: list[SourceFigure] = Field(default_factory=list)


class AllegedPerpetrator(Model):
    name: str
    country: str | None = None
    kind: str = "unknown"
    alleged_by: list[str] = Field(default_factory=list)


class Review(Model):
    status: str = "unreviewed"
    by: str | None = None
    at: str | None = None


class LedgerIncident(Model):
    """A reconciled incident: the extract fields plus every report behind it."""

    id: str
    event_type: EventType | None = None
    event_category: EventCategory | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: DatePrecision | None = None
    place: Place | None = None
    perpetrators: list[AllegedPerpetrator] = Field(default_factory=list)
    weapons: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    victim_groups: list[str] = Field(default_factory=list)
    killed: FigureRange | None = None
    injured: FigureRange | None = None
    figure_source: str | None = None
    cumulative: bool = False
    documents: list[str] = Field(default_factory=list)
    evidence: list[SourcedEvidence] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
    review: Review = Field(default_factory=Review)
    corrections: dict[str, object] = Field(default_factory=dict)
