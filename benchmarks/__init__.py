"""Benchmarks for briefing: run by hand (`python -m benchmarks.run`), not by the unit tests."""
