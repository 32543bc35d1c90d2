"""The ingest stage of warledger: paths, folders, URLs and feeds in, `Document`s out.

`read_inputs` streams documents in input order and hands every input it must refuse to a
callback with its reason, so one bad file never stops a batch. It touches no database.

How it fits together: `read.py` turns each input into a `Payload` (bytes and provenance; URLs
through `fetch.py`), `sniff.py` names its format from the content, and `registry.py` hands it to
that format's reader (`text.py`, `html.py`, `feed.py`, `pdf.py`, `warc.py`, `jsonl.py`,
`compressed.py`), which yields documents built the same way for all (`build.py`). A new format
is one new reader module and one line in `registry.READERS`.
"""

from warledger.ingest.document import Document
from warledger.ingest.read import read_inputs, with_published

__all__ = ["Document", "read_inputs", "with_published"]
