"""warledger: conflict reports in, a sourced and reconciled ledger of incidents and statements out.

The flow runs one way: ingest -> extract -> resolve -> store -> serve/export/report; each stage is a
subpackage that knows the stage before it and never the one after.
"""

__version__ = "0.1.0"
