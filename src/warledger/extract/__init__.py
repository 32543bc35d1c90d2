"""The extract stage of warledger."""
