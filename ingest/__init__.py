"""budget-warehouse ingest: reports (部门决算, 绩效自评) → facts in DuckDB's `raw` schema.

Layers: readers (bytes → normalised lines), segmenters (lines → tables, sentences, sections),
extractors (one module per fact family, pure functions), loader (bulk writes to DuckDB).
"""

PARSER_VERSION = "0.1.0"
