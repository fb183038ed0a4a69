"""python -m extract: the same command line as ``newsfacts``."""

from .cli import main

main()
