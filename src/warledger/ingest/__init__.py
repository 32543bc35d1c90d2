"""The ingest stage of warledger: paths, folders, URLs and feeds in, `Document`s out.

`read_inputs` streams documents in input order and hands every input it must refuse to a
callback with its reason, so one bad file never stops a batch. It touches no database.
"""

from warledger.ingest.document import Document
from warledger.ingest.read import read_inputs, with_published

__all__ = ["Document", "read_inputs", "with_published"]
