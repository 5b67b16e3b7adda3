"""Command-line tools: make check (macros.cli.check) and make new-initiative (macros.cli.scaffold)."""
