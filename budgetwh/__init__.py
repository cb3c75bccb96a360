"""The application over the ingest: the `budgetwh` commands (cli, printing in terminal), the
whole build (build, warehouse: the working copy swapped in), read-only queries and exports, the
trace of a fact to its line (provenance), the static site, the data checks (checks/), the BI
dialect, and the same models and parser on Spark (spark_target, spark_ingest).

`ingest` reads reports and loads their facts; nothing in it imports this package.
"""
