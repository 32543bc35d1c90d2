"""The ingest stage of warledger."""
