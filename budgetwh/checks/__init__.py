"""Checks of the pipeline itself (Great Expectations suites)."""
