"""GET /api/documents, GET /api/documents/{sha256}, its original bytes, and POST /api/documents (upload)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, HTTPException, Path, Query, Request, UploadFile
from fastapi.responses import Response

from warledger.config import max_input_bytes
from warledger.serve import actions, queries
from warledger.serve.deps import State, Viewer, check_api_csrf, permitted_account
from warledger.serve.schemas import ERROR_RESPONSES, READ_ERRORS, DocumentDetail, DocumentPage, UploadOut

router = APIRouter(prefix="/api", tags=["documents"])

Sha256 = Annotated[str, Path(pattern="^[0-9a-fA-F]{64}$", description="SHA-256 of the original bytes")]
EXTENSION_OF = {
    "text/html": "html",
    "application/pdf": "pdf",
    "text/plain": "txt",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/rss+xml": "xml",
    "application/atom+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/warc": "warc",
    "application/gzip": "gz",
}


@router.get("/documents", response_model=DocumentPage, responses=READ_ERRORS)
def list_documents(
    state: State,
    limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> DocumentPage:
    """Stored documents with their provenance, most recently stored first."""
    documents, total = queries.documents_page(state.store, limit=limit, offset=offset)
    return DocumentPage(total=total, limit=limit, offset=offset, documents=documents)


@router.get(
    "/documents/{sha256}", response_model=DocumentDetail, responses={404: ERROR_RESPONSES[404], **READ_ERRORS}
)
def get_document(state: State, sha256: Sha256) -> DocumentDetail:
    """One stored document: provenance, clean text and the incidents it reports."""
    document = queries.document_by_sha(state.store, sha256)
    if document is None:
        raise HTTPException(404, f"document {sha256}: not stored")
    text = queries.document_texts(state.store, [document.sha256]).get(document.sha256)
    incidents = [inc.id for inc in queries.incidents_of_document(state.store, document.sha256)]
    return DocumentDetail(**document.model_dump(), text=text, incident_ids=incidents)


@router.get(
    "/documents/{sha256}/original",
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "the original bytes"},
        404: ERROR_RESPONSES[404],
        **READ_ERRORS,
    },
)
def get_original(state: State, sha256: Sha256) -> Response:
    """The original bytes as collected, with their stored media type, as a download (chain of custody)."""
    found = queries.document_original(state.store, sha256)
    if found is None:
        raise HTTPException(404, f"document {sha256}: not stored")
    data, media_type, _title = found
    extension = EXTENSION_OF.get(media_type.split(";")[0].strip().lower(), "bin")
    return Response(
        content=data,
        media_type=media_type or "application/octet-stream",
        headers={
            "Content-Disposition": f'attachment; filename="{sha256.lower()}.{extension}"',
            "Content-Security-Policy": "sandbox; default-src 'none'",
        },
    )


async def capped_bytes(upload: UploadFile, cap: int) -> bytes:
    """The upload's bytes, or a 413 as soon as it passes the cap (never read whole first)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := await upload.read(1024 * 1024):
        size += len(chunk)
        if size > cap:
            raise HTTPException(
                413, f"{upload.filename or 'upload'}: larger than the {cap // (1024 * 1024)} MB limit"
            )
        chunks.append(chunk)
    return b"".join(chunks)


@router.post(
    "/documents",
    response_model=UploadOut,
    status_code=201,
    responses={
        200: {"model": UploadOut, "description": "already stored"},
        **ERROR_RESPONSES,
        413: {"model": ERROR_RESPONSES[401]["model"], "description": "too large"},
    },
)
async def upload_document(
    request: Request,
    response: Response,
    state: State,
    account: Viewer,
    file: Annotated[UploadFile, File(description="a report: text, HTML, PDF, RSS/Atom, JSON lines, WARC")],
) -> UploadOut:
    """Ingest an uploaded report by the same rules as `warledger ingest`; needs a login."""
    permitted_account(account, "upload")
    check_api_csrf(request, state)
    data = await capped_bytes(file, max_input_bytes())
    outcome = actions.ingest_upload(state.db_url, file.filename, data)
    if outcome.rejected and not (outcome.added or outcome.already_stored):
        raise HTTPException(422, "; ".join(outcome.rejected))
    response.status_code = 201 if outcome.added else 200
    return UploadOut(
        ok=True,
        sha256=outcome.sha256,
        added=outcome.added,
        already_stored=outcome.already_stored,
        rejected=outcome.rejected,
    )
