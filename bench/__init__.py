"""Benchmarks: a synthetic corpus with known facts (`make_corpus`), its accuracy check
(`accuracy`) and the scale benchmark (`run`)."""
