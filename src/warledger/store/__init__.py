"""The store stage of warledger."""
