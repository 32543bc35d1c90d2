"""The extract stage: documents in, `Extraction`s out (the `warledger extract` JSON of CONTRACT.md).

`extract_documents` streams: documents are cut into chunks at paragraph breaks (at most CHUNK_CHARS
each), the chunks go through the one spaCy pipeline with `nlp.pipe(as_tuples=True)` in bounded batches,
and each chunk's incidents, statements and contradictions are computed as soon as it comes out, their
offsets shifted so they index the document's whole clean text; the chunk's `Doc` is then dropped. spaCy
holds one batch of parsed chunks at a time (its network activations grow with the tokens of a batch),
so memory is bounded by BATCH_CHARS (batches are cut by characters as well as by count) whatever the
document's length: a 5 MB report (`/usr/bin/time -v warledger extract`) peaks at 597 MB RSS, of which
about 330 MB is the model and the gazetteer (16 full chunks per batch peaked at 972 MB). Documents
not in English are flagged by their language and get no incidents (the pipeline is not run on them).

spaCy and the components are imported inside the functions that run them, not at module level: the
store, the API and the resolver import `warledger.extract.models` (and so this package), and importing
spaCy costs about 2.4 s per process that never parses a text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from warledger.extract.models import Contradiction, DocumentInfo, Evidence, Extraction, Incident, Statement
from warledger.ingest.language import reads_as_english

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from warledger.extract.date_values import DateValue
    from warledger.ingest.document import Document

__all__ = ["extract_documents", "extract_text"]

# The longest piece of text parsed at once; documents longer than this are cut at paragraph breaks.
CHUNK_CHARS = 8_000
# The most characters in one batch given to spaCy: its network holds activations for a whole batch
# (about 27 MB per 8,000-char chunk), so 16 full chunks at once peaked near 1 GB on a 5 MB report.
BATCH_CHARS = 40_000
# The key under which a chunk Doc keeps its text (sentences.TEXT_KEY; repeated to keep spaCy unimported).
TEXT_KEY_NAME = "warledger_text"
# Languages the pipeline reads; "und" (too short to tell) is read as English.
READABLE_LANGUAGES = frozenset({"en", "und"})


@dataclass
class ChunkResult:
    """What one chunk yielded, offsets already shifted into the whole document's text."""

    incidents: list[Incident]
    statements: list[Statement]
    contradictions: list[Contradiction]


@dataclass
class Pending:
    """A document on its way through the pipeline and the results of its chunks so far."""

    document: Document
    chunks: list[tuple[int, str]]
    results: list[ChunkResult] = field(default_factory=list)
    # The document's lead date, read from its first chunk, for undated incidents of later chunks.
    lead: DateValue | None = None

    @property
    def done(self) -> bool:
        return len(self.results) == len(self.chunks)


def is_readable(document: Document) -> bool:
    """English (or too short to tell), or detected otherwise but plainly written in English.

    Language identifiers mistake short English notes full of foreign place names for other languages
    (Nigerian Pidgin, Scots...): a short text, or one whose words are often English function words, is
    read anyway. Our rules are English words, so a short text in another language yields nothing.
    """
    if document.language in READABLE_LANGUAGES or len(document.text) < SHORT_TEXT_CHARS:
        return True
    return reads_as_english(document.text)


# Below this length a language label is too unreliable to refuse a text on.
SHORT_TEXT_CHARS = 400


def chunks_of(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """(offset, piece) covering `text`, each piece at most `limit` (CHUNK_CHARS) chars, cut at line breaks
    when possible."""
    limit = limit or CHUNK_CHARS
    chunks: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            end = cut_point(text, start, end)
        piece = text[start:end]
        if piece.strip():
            chunks.append((start, piece))
        start = end
    return chunks


def cut_point(text: str, start: int, end: int) -> int:
    """The best place to end a chunk in (start, end]: a paragraph break, a sentence end, a space."""
    for pattern in (r"\n\s*\n", r"\n", r"[.!?]\s", r"\s"):
        matches = list(re.finditer(pattern, text[start + (end - start) // 2 : end]))
        if matches:
            return start + (end - start) // 2 + matches[-1].end()
    return end


def shifted(evidence: Evidence | None, offset: int) -> Evidence | None:
    if evidence is None or offset == 0:
        return evidence
    return evidence.model_copy(update={"start": evidence.start + offset, "end": evidence.end + offset})


def chunk_result(doc: Doc, offset: int, pending: Pending) -> ChunkResult:
    """Incidents, statements and contradictions of one parsed chunk, offsets into the whole text.

    A chunk after the first is told the document's lead date (undated incidents may take it)."""
    from warledger.extract.contradictions import contradictions_of
    from warledger.extract.incident_dating import LEAD_DATE_KEY, lead_date
    from warledger.extract.incidents import incidents_of
    from warledger.extract.statements import link_statements, statements_of

    if pending.results:
        doc.user_data[LEAD_DATE_KEY] = pending.lead
    else:
        pending.lead = lead_date(doc)
    incidents_before = sum(len(r.incidents) for r in pending.results)
    incidents = incidents_of(doc)
    statements = link_statements(statements_of(doc), incidents)
    contradictions = contradictions_of(doc, incidents, statements)
    if offset == 0 and incidents_before == 0:  # the first chunk (most documents' only one): as found
        return ChunkResult(incidents, statements, contradictions)
    return ChunkResult(
        incidents=[
            i.model_copy(update={"evidence": [shifted(e, offset) for e in i.evidence]}) for i in incidents
        ],
        statements=[
            s.model_copy(
                update={
                    "evidence": shifted(s.evidence, offset),
                    "speaker_evidence": shifted(s.speaker_evidence, offset),
                    "incidents": [n + incidents_before for n in s.incidents],
                }
            )
            for s in statements
        ],
        contradictions=[
            c.model_copy(update={"evidence": [shifted(e, offset) for e in c.evidence]})
            for c in contradictions
        ],
    )


def document_info(document: Document) -> DocumentInfo:
    return DocumentInfo(
        id=document.external_id,
        sha256=document.sha256,
        title=document.title,
        published=document.published.isoformat() if document.published else None,
        source=document.source,
        language=document.language,
        text=document.text,
    )


def extraction_of(pending: Pending) -> Extraction:
    return Extraction(
        document=document_info(pending.document),
        incidents=[i for r in pending.results for i in r.incidents],
        statements=[s for r in pending.results for s in r.statements],
        contradictions=[c for r in pending.results for c in r.contradictions],
    )


# A short report of our own (fictional), extracted once per process before the first document: the rules
# compile their regular expressions and read their tables on first use, about 0.6 s of CPU in all (379
# regexes parsed during the first pass over the 300 bench reports), which otherwise fell on the first
# documents a process extracts, inside `warledger bench`'s clock. Its words reach most rules: a headline,
# a wire dateline, dates, figures, weapons, targets, victims, actors, places, a protest, quotes, a denial.
WARM_UP_TEXT = (
    "Gunmen kill 12 in attack on market town\n"
    "KADUNA, Nigeria (Reuters) - Gunmen on motorcycles killed at least 12 people, including three children, "
    "and wounded 20 others in an attack on a market in the town of Zaria on Tuesday, police said.\n"
    "On 3 May 2021, soldiers clashed with Boko Haram militants near Maiduguri, leaving two soldiers dead.\n"
    "A roadside bomb exploded near an army convoy outside Kandahar, Afghanistan, last week, according to "
    "local officials.\n"
    "Protesters marched in Khartoum demanding the release of detained activists; security forces fired tear "
    "gas and arrested 30.\n"
    '"We will not allow these attacks to continue," the governor said, accusing the rebels of targeting '
    "civilians. The group denied any involvement.\n"
    "An air strike hit a hospital in Idlib on Sunday, killing five, the Syrian Observatory for Human Rights "
    "said.\n"
)
WARM_UP_PUBLISHED = date(2021, 5, 4)
_warmed_up = False


def warm_up() -> None:
    """Extract `WARM_UP_TEXT` once per process and drop the result. What it leaves behind are caches of
    pure functions (compiled patterns, parsed tables, results keyed by their whole input), so no later
    extraction changes; the objects it made are then frozen with the model's (`freeze_loaded_objects`)."""
    global _warmed_up
    if _warmed_up:
        return
    _warmed_up = True  # before extracting: `extract_documents` calls this again
    from warledger.extract.pipeline import freeze_loaded_objects

    document = text_document(WARM_UP_TEXT, WARM_UP_PUBLISHED, extractor="warm-up", language="en")
    for _ in extract_documents([document]):
        pass
    freeze_loaded_objects()


def extract_documents(docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Extraction]:
    """One Extraction per Document, in input order, streaming through the pipeline in batches."""
    from warledger.extract.outlets import SOURCE_KEY
    from warledger.extract.pipeline import build_pipeline
    from warledger.extract.sentences import DOCUMENT_CHARS_KEY, TEXT_KEY

    nlp = build_pipeline()
    warm_up()
    queue: deque[Pending] = deque()

    def chunk_docs() -> Iterator[tuple[Doc, tuple[Pending, int]]]:
        for document in docs:
            pending = Pending(document, chunks_of(document.text) if is_readable(document) else [])
            queue.append(pending)
            for offset, piece in pending.chunks:
                doc = nlp.make_doc(piece)
                doc._.published = document.published
                doc.user_data[TEXT_KEY] = piece
                doc.user_data[DOCUMENT_CHARS_KEY] = len(document.text)
                doc.user_data[SOURCE_KEY] = document.source
                yield doc, (pending, offset)

    def finished() -> Iterator[Extraction]:
        while queue and queue[0].done:
            yield extraction_of(queue.popleft())

    for batch in bounded_batches(chunk_docs(), batch_size, BATCH_CHARS):
        for doc, (pending, offset) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            pending.results.append(chunk_result(doc, offset, pending))
            yield from finished()
    yield from finished()


Item = TypeVar("Item")


def bounded_batches(
    items: Iterable[tuple[Doc, Item]], size: int, chars: int
) -> Iterator[list[tuple[Doc, Item]]]:
    """`items` in batches of at most `size` docs and (beyond the first doc) `chars` characters."""
    batch: list[tuple[Doc, Item]] = []
    total = 0
    for item in items:
        length = len(item[0].user_data.get(TEXT_KEY_NAME) or "")
        if batch and (len(batch) >= size or total + length > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += length
    if batch:
        yield batch


def extract_text(text: str, published: date | None = None, *, doc_id: str | None = None) -> Extraction:
    """The Extraction of one plain text (for scripts and tests); language detected as ingest does."""
    from warledger.ingest.language import language_of

    document = text_document(text, published, extractor="text", language=language_of(text), doc_id=doc_id)
    return next(extract_documents([document]))


def text_document(
    text: str, published: date | None, *, extractor: str, language: str, doc_id: str | None = None
) -> Document:
    """A plain-text Document as ingest would make it, for text handed to extraction directly."""
    from warledger.ingest.document import Document

    return Document(
        original=text.encode("utf-8"),
        text=text,
        media_type="text/plain",
        extractor=extractor,
        external_id=doc_id,
        published=published,
        language=language,
    )
