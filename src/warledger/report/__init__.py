"""The report stage of warledger."""
