"""`read_inputs`: paths, folders, URLs and "-" (standard input) in, documents out, streaming and
in input order.

Nothing here stops at a bad input: each one that cannot become a document is handed to
`on_rejected` with its name and reason, and reading goes on with the next. Folders are walked
recursively in sorted order, skipping hidden files and folders, so a run is reproducible.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

from warledger.config import max_input_bytes
from warledger.errors import RejectedInput
from warledger.ingest.document import Document, utc_now
from warledger.ingest.fetch import is_url, payload_of_url
from warledger.ingest.payload import Payload, Result
from warledger.ingest.registry import documents_from_payload

STDIN = "-"
STDIN_NAME = "<stdin>"


def read_inputs(
    inputs: Sequence[str],
    *,
    on_rejected: Callable[[RejectedInput], None],
    max_bytes: int | None = None,
) -> Iterator[Document]:
    """The documents of every input, in order; each rejected input goes to `on_rejected`."""
    cap = max_bytes if max_bytes is not None else max_input_bytes()
    for item in inputs:
        for result in results_of_input(item, cap):
            if isinstance(result, RejectedInput):
                on_rejected(result)
            else:
                yield result


def with_published(docs: Iterable[Document], day: date | None) -> Iterator[Document]:
    """The documents, with `day` (precision day) as the publication date of those that have none."""
    for doc in docs:
        if day is not None and doc.published is None:
            yield replace(doc, published=day, published_precision="day")
        else:
            yield doc


def results_of_input(item: str, cap: int) -> Iterator[Result]:
    """Documents and rejections of one input: standard input ("-"), a URL, a folder or a file."""
    if item == STDIN:
        yield from results_of_payload(partial(payload_of_stdin, cap))
    elif is_url(item):
        yield from results_of_payload(partial(payload_of_url, item, cap))
    else:
        yield from results_of_path(item, cap)


def results_of_path(item: str, cap: int) -> Iterator[Result]:
    try:
        path = Path(item)
        is_folder, exists = path.is_dir(), path.exists()
    except (OSError, ValueError) as error:
        yield RejectedInput(item, f"not a usable path: {getattr(error, 'strerror', None) or error}")
        return
    if is_folder:
        yield from results_of_folder(path, cap)
    elif not exists:
        yield RejectedInput(item, "no such file or directory")
    else:
        yield from results_of_payload(partial(payload_of_file, path, cap))


def results_of_folder(folder: Path, cap: int) -> Iterator[Result]:
    files = files_under(folder)
    if not files:
        yield RejectedInput(str(folder), "folder has no files to read")
    for path in files:
        yield from results_of_payload(partial(payload_of_file, path, cap))


def results_of_payload(collect: Callable[[], Payload]) -> Iterator[Result]:
    try:
        payload = collect()
    except RejectedInput as rejection:
        yield rejection
        return
    yield from documents_from_payload(payload)


def files_under(folder: Path) -> list[Path]:
    """Every non-hidden file below `folder`, recursively, in sorted path order (symlinks not followed)."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / name for name in files if not name.startswith("."))
    return sorted(found)


def payload_of_file(path: Path, cap: int) -> Payload:
    """The bytes of a file, refused when it is not a regular file or is over the size cap."""
    name = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise RejectedInput(name, "not a regular file")
        if info.st_size > cap:
            raise RejectedInput(name, f"{info.st_size} bytes, over the size cap of {cap} bytes")
        retrieved_at = utc_now()
        with path.open("rb") as handle:
            data = handle.read(cap + 1)
    except OSError as error:
        raise RejectedInput(name, f"cannot be read: {error.strerror or error}") from None
    if len(data) > cap:
        raise RejectedInput(name, f"over the size cap of {cap} bytes")
    return Payload(
        data=data, name=name, origin=name, max_bytes=cap, hint=path.name, retrieved_at=retrieved_at
    )


def payload_of_stdin(cap: int) -> Payload:
    """The bytes piped in on standard input (the input "-"), under the same size cap."""
    data = sys.stdin.buffer.read(cap + 1)
    if len(data) > cap:
        raise RejectedInput(STDIN_NAME, f"over the size cap of {cap} bytes")
    return Payload(data=data, name=STDIN_NAME, origin=STDIN_NAME, max_bytes=cap)
