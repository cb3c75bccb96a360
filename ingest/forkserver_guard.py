"""Imported by the parse workers' fork server only (multiprocessing preload): the fork server
dies with the ingest that started it, and every process it forks dies with its parent
(ingest.limits)."""

import os

from ingest.limits import die_with_parent

die_with_parent()
_forking = {"parent": os.getpid()}
# at fork, not in the pool's initializer: a fork server killed between the fork and the
# initializer would leave a worker parsing on with no parent to stop it
os.register_at_fork(before=lambda: _forking.update(parent=os.getpid()),
                    after_in_child=lambda: die_with_parent(expected_parent=_forking["parent"]))
