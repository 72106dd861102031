"""`python3 -m pvm` is the `pvm` command."""
from pvm.cli import main

raise SystemExit(main())
