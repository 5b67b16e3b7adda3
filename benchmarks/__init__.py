"""Benchmarks of the guide at scale: a synthetic corpus, and what it costs to build (see `make bench-build`)."""
