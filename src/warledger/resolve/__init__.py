"""The resolve stage of warledger."""
