"""The `warledger_places` spaCy component: places named in a report, resolved offline to GeoNames entries.

Why rules and a gazetteer rather than NER alone: the small English model labels unfamiliar village names as
PERSON or ORG as often as GPE, so candidates are capitalised runs of tokens that something marks as a place
(an NER place label, a locative preposition such as "in/near/west of", a place-type word such as "village" or
"district", or a position as the container of another place: "X (Y, Z)", "X, Y"). Each candidate is looked up
in the gazetteer (O(1) indexed keys, see gazetteer.py) and disambiguated by the document's country evidence
(country names, demonyms, first-level names), by the containers written beside it, by the level a type word
asks for, by nearby places, then by population. Qualifiers ("west of", "eastern", "near") stay on the Place. A
name the gazetteer lacks but whose container it knows ("Hadba (Tripoli)") keeps its own name at the
container's point and precision, so the reader sees both the words and how precise the point is. A list ("A, B
and C (K, L)") shares the containers written after it; a name before a road or crossing word ("the X highway")
is a place; another spelling (the consonant skeleton) is believed only inside the regions and near the
districts the text names; a name keeps one reading per level throughout a document. Country evidence includes
cues (data/places/country_cues.csv: armed groups and missions, one vote per country they act in) and first-
level aliases (admin_aliases.csv: English names, Burkina's provinces, the DRC's 2015 provinces). A name that
matches nothing inside a unit the text names ("Patzuaro, Michoacan") is looked for among that unit's towns by
near spelling (rapidfuzz), when one clearly wins. The home country of the report's outlet (outlets.py: "An-
Nahar" is Lebanese) is the weakest evidence: a bonus for namesakes in that country and a country for a place
the gazetteer lacks, below anything the text itself says. Token attributes are read with one `Doc.to_array`
call: no spaCy Token objects per word.

`place_for` (used by the incident grouper) reads the roles the component leaves on the Doc: containers,
facilities and datelines are not incident places when a better one is named; a named part of a town is placed
at the town, and a name the gazetteer lacks inside a province is reported as the province; a region gives way
to a place named inside it; places in the document's country come before a name read in another. A name made
only of compass words ("North-West") is a region only where the text points. A report naming only a country is
placed at its capital (precision "country"). Measured with scripts/measure_places.py.

The package flows one way, each module reading only those before it: view (the token view), words (word
lists and data files), runs (one capitalised run at a time), candidates (names related to each other),
evidence (country votes), resolution (gazetteer readings), mentions (Place values and the spaCy component),
incident_places (`place_for` and friends, for the incident grouper).
"""

from __future__ import annotations

from warledger.extract.places.candidates import Candidate, candidates
from warledger.extract.places.evidence import Evidence, country_evidence
from warledger.extract.places.incident_places import (
    INTO_COUNTRY,
    document_country,
    main_place,
    place_for,
    placed_from,
)
from warledger.extract.places.mentions import PlacesComponent, make_places, place_mentions
from warledger.extract.places.resolution import ANCHOR_KM
from warledger.extract.places.words import STRONG_LOCATIVE

__all__ = [
    "ANCHOR_KM",
    "INTO_COUNTRY",
    "STRONG_LOCATIVE",
    "Candidate",
    "Evidence",
    "PlacesComponent",
    "candidates",
    "country_evidence",
    "document_country",
    "main_place",
    "make_places",
    "place_for",
    "place_mentions",
    "placed_from",
]
