"""make serve: rebuilding only what an edit changes."""
