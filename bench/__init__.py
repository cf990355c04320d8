"""Benchmark of cleanse against other main-text extractors on the ScrapingHub article set.

Run ``python -m bench --help`` from the repository root; ``bench/README.md`` explains the
data layout, the metric (:mod:`bench.metric`) and the extractors (:mod:`bench.runners`).
"""
