"""Facts of each sample report, read by hand from the report (never from parser output)."""
