"""The measure stage of warledger."""
