"""The serve stage of warledger."""
