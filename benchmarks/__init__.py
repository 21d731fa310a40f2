"""Benchmarks: `python -m benchmarks.bench` (make bench) measures the pipeline against the bare model."""
