"""The export stage of warledger."""
