"""Imported by the parse workers' fork server only (multiprocessing preload): the fork server
dies with the ingest that started it, and its workers die with it (ingest.limits)."""

from ingest.limits import die_with_parent

die_with_parent()
