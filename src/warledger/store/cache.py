"""Parsed incidents kept in memory between the documents of one process, for resolving.

Resolving a document offers each of its incidents the stored ones of its block, and parsing their
JSON into `LedgerIncident`s is most of what that costs; the next document of the same event asks for
the same candidates again. An entry is keyed by the row's identity and version (id, version,
creation time, database): every change to a row raises its version, so an entry is never stale, and
only versions known to be committed are added (`publish` after the transaction).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable

from warledger.resolve.models import LedgerIncident

CacheKey = tuple[str, int, int, float]
CacheEntry = tuple[CacheKey, LedgerIncident]
CACHE_SIZE = 4096


class IncidentCache:
    """A bounded, thread-safe map from a row version's key to its parsed incident (least recent out)."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._entries: OrderedDict[CacheKey, LedgerIncident] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: CacheKey) -> LedgerIncident | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def publish(self, entries: Iterable[CacheEntry]) -> None:
        """Add committed versions."""
        with self._lock:
            for key, incident in entries:
                self._entries[key] = incident
                self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


INCIDENTS = IncidentCache()
