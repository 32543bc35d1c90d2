"""`python -m warledger` runs the same command line as the `warledger` script."""

from warledger.cli import main

main()
