"""Entry point for ``python -m govtext``."""

from govtext.cli import main

raise SystemExit(main())
