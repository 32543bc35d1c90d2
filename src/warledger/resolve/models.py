"""The reconciled incident: one event as every stored report tells it (CONTRACT.md).

Each source's own figure is kept with its evidence; `min`/`max` span them and are never averaged.
Analysts' decisions are not here: the store applies them on top, so re-resolving never undoes one.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from warledger.extract.models import (
    Contradiction,
    DatePrecision,
    EventCategory,
    EventType,
    Evidence,
    Incident,
    Place,
    Statement,
    names_nobody,
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
    attributed_to: str | None = None


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

    @property
    def unidentified(self) -> bool:
        return names_nobody(self.name)


class Review(Model):
    status: str = "unreviewed"
    by: str | None = None
    at: str | None = None


class SourcedStatement(Statement):
    """A statement linked to an incident, with the document (and outlet) it was said in."""

    document: str | None = None
    source: str | None = None


class ContradictionSide(Model):
    """One side of a disagreement: what a source said, and the words it said it in."""

    value: Any = None
    source: str | None = None
    document: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class LedgerContradiction(Contradiction):
    """A disagreement, within one document or across sources, with each side's evidence."""

    sides: list[ContradictionSide] = Field(default_factory=list)
    across_sources: bool = Field(
        default=False, description="derived by resolve from the incident's reports (rederived as they arrive)"
    )


class SourceReport(Model):
    """What one document said about the incident, kept whole to rederive consensus and contradictions."""

    document: str
    source: str | None = None
    published: str | None = None
    incident: Incident


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
    statements: list[SourcedStatement] = Field(default_factory=list)
    contradictions: list[LedgerContradiction] = Field(default_factory=list)
    review: Review = Field(default_factory=Review)
    corrections: dict[str, object] = Field(default_factory=dict)
    sources: list[str] = Field(default_factory=list, description="the outlets behind it, in order of arrival")
    reports: list[SourceReport] = Field(default_factory=list, description="what each document said")

    @field_validator("statements", "contradictions", mode="before")
    @classmethod
    def _plain_models_as_dicts(cls, value: Any) -> Any:
        """Accept extract-stage `Statement`/`Contradiction` objects: they are the same fields, fewer."""
        if isinstance(value, list):
            return [item.model_dump() if isinstance(item, BaseModel) else item for item in value]
        return value
