"""Ingest: read (warledger.ingest) -> extract (warledger.extract) -> store and resolve, per document.

The original bytes, the document, its extraction and statements are stored and its incidents placed
(ledger.placement) in ONE transaction per document. So a crash or kill mid-batch leaves every
document either wholly stored or absent, and two processes ingesting at once only queue.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from sqlalchemy.exc import SQLAlchemyError

from warledger.errors import RejectedInput, StorageError, WarledgerError
from warledger.extract.models import Extraction
from warledger.ingest.document import Document
from warledger.ledger.placement import resolve_extraction
from warledger.store import repository as repo
from warledger.store.cache import INCIDENTS, CacheEntry
from warledger.store.engine import Store, first_line, open_store

Extractor = Callable[[Iterable[Document]], Iterable[Extraction]]


@dataclass(frozen=True)
class IngestOutcome:
    """How many inputs became new documents, were stored already, or were rejected."""

    added: int = 0
    already_stored: int = 0
    rejected: int = 0
    sha256s: tuple[str, ...] = ()


class RejectionCounter:
    """Passes each rejected input on, and counts them."""

    def __init__(self, on_rejected: Callable[[RejectedInput], None] | None) -> None:
        self.on_rejected = on_rejected
        self.count = 0

    def __call__(self, error: RejectedInput) -> None:
        self.count += 1
        if self.on_rejected is not None:
            self.on_rejected(error)


def ingest_inputs(
    inputs: Sequence[str],
    db_url: str,
    on_rejected: Callable[[RejectedInput], None] | None = None,
    *,
    extractor: Extractor | None = None,
) -> IngestOutcome:
    """Read, extract, store and resolve every input; rejected inputs go to `on_rejected`."""
    from warledger.ingest import read_inputs

    store = open_store(db_url)
    rejections = RejectionCounter(on_rejected)
    documents = read_inputs(list(inputs), on_rejected=rejections)
    outcome = store_documents(store, documents, extractor=extractor, on_rejected=rejections)
    return replace(outcome, rejected=rejections.count)


def default_extractor() -> Extractor:
    from warledger.extract import extract_documents

    return extract_documents


def pipeline_version() -> str:
    """The version of the extraction that produced what is stored (kept with every extraction)."""
    import warledger.extract

    return str(getattr(warledger.extract, "PIPELINE_VERSION", None) or warledger.__version__)


def store_documents(
    store: Store,
    documents: Iterable[Document],
    *,
    extractor: Extractor | None = None,
    on_rejected: Callable[[RejectedInput], None] | None = None,
) -> IngestOutcome:
    """Store each new document with its extraction and incidents, one transaction per document.

    A document the resolver cannot place is rolled back whole and handed to `on_rejected` with the
    reason (the batch goes on); a database that fails is a StorageError that stops the batch.
    """
    counts = {"added": 0, "already": 0, "rejected": 0}
    added: list[str] = []

    def new_documents() -> Iterator[Document]:
        seen: set[str] = set()
        for document in documents:
            if document.sha256 in seen or is_stored(store, document.sha256):
                counts["already"] += 1
                continue
            seen.add(document.sha256)
            yield document

    version = pipeline_version()
    for document, extraction in paired(new_documents(), extractor or default_extractor()):
        try:
            stored = save_document(store, document, extraction, version)
        except RejectedInput as rejection:
            counts["rejected"] += 1
            if on_rejected is None:
                raise
            on_rejected(rejection)
            continue
        counts["added" if stored else "already"] += 1
        if stored:
            added.append(document.sha256)
    return IngestOutcome(counts["added"], counts["already"], counts["rejected"], tuple(added))


def is_stored(store: Store, sha256: str) -> bool:
    with store.reading() as session:
        return bool(repo.stored_sha256s(session, [sha256]))


def paired(documents: Iterable[Document], extractor: Extractor) -> Iterator[tuple[Document, Extraction]]:
    """Each document with its extraction (the extractor yields one per document, in order)."""
    pending: deque[Document] = deque()

    def fed() -> Iterator[Document]:
        for document in documents:
            pending.append(document)
            yield document

    for extraction in extractor(fed()):
        if not pending:
            raise StorageError("extraction gave more results than it was given documents")
        document = pending.popleft()
        if extraction.document.sha256 not in (document.sha256, ""):
            raise StorageError(f"{document.origin or document.sha256}: extraction is of another document")
        yield document, extraction


def save_document(store: Store, document: Document, extraction: Extraction, version: str) -> bool:
    """Store one document, its extraction, statements and incidents together; False if already there."""
    if extraction.document.sha256 != document.sha256:
        extraction = extraction.model_copy(
            update={"document": extraction.document.model_copy(update={"sha256": document.sha256})}
        )
    name = document.origin or document.url or document.sha256
    parsed: list[CacheEntry] = []
    try:
        with store.writing() as session:
            if not repo.add_document(session, document):
                return False
            repo.add_extraction(session, extraction, version)
            resolve_extraction(session, extraction, document.published, parsed)
        INCIDENTS.publish(parsed)
    except WarledgerError:
        raise
    except SQLAlchemyError as error:
        raise StorageError(f"{name}: could not be stored ({first_line(error)})") from error
    except Exception as error:  # a resolver failure on this document: it is refused, the batch goes on
        raise RejectedInput(name, f"could not be resolved ({error.__class__.__name__}: {error})") from error
    return True
