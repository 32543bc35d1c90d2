"""One router per resource (incidents, documents, the rest of the ledger), plus login and the pages."""
