"""Documents set on tab stops read back as their tab-separated lines.

A plain-text report whose tables are tab-separated lines, printed by a word processor (LibreOffice's
text import, a text editor's "print to PDF"), has no ruling: its tables are text placed on the
default tab stops, which stand at a regular interval from the left margin. The layout follows
rules that let the original lines be rebuilt exactly:

- A tab moves the pen to the next stop strictly after it, so every cell after a tab begins on a
  stop (origin + k·interval), right after a gap; a run of tabs (empty cells) skips stops, and a
  line beginning with tabs has its first text on stop 1 or later. The number of tabs between two
  cells is the number of stops passed.
- A visual line ends when its next piece would not fit before the right edge: a word (a Latin or
  numeric run, or a CJK character with the punctuation that may not be parted from it, which may
  hang past the edge) continues at the left margin; a tab whose stop lies past the edge, or
  whose cell's first word would not fit after it, continues on the next line from the margin,
  its text on stop 1 or later (the tabs before it stay, unseen, at the end of the line above).
  So a visual line continues the one above when its first word (after its tabs) would not have
  fitted after that line's end — the principle pdf.py applies to prose — and no blank space
  separates them.
- An empty line is a gap of a line's height.
- Between CJK and Latin or digits the layout may add a fixed space of its own (LibreOffice's
  "autospace", a fifth of an em): such a gap is no tab, whatever stop it happens to reach.

What the page does not show is restored from the table around it: trailing tabs leave no trace,
so the rows of a table are filled out to its widest row (a one-cell line between rows is a row);
a line beginning with tabs right under a row reads either as a new row or as the row's rest, and
the row widths of the table decide (pdf_tab_tables.resolve_tab_joins). Left unresolved: in a form
flattened one cell per line, a line holding only a tab (an empty cell) prints like the blank
line that ends a row, and a full line that ends a paragraph prints like a wrapped one.

A document is read this way when all its pages are free of ruling and the starts of its lines and
of the text runs that follow a gap fall, nearly all of them, on one lattice inferred from those
positions (the origin is the leftmost place where many lines start, the interval the largest
that explains the runs); government PDFs with ruled tables, text set in columns of their own
widths, and paragraphs indented by whole characters are not.
"""

from __future__ import annotations

from ingest.normalize import normalise_text
from ingest.readers.blocks import map_checkboxes
from ingest.readers.pdf_glyphs import line_glyphs
from ingest.readers.pdf_tab_lattice import Lattice, find_lattice
from ingest.readers.pdf_tab_rows import greedy_rows, visual_line
from ingest.readers.pdf_tab_tables import padded, resolve_tab_joins, with_empty_lines


def tab_stop_lines(lines: list, lattice: Lattice) -> list[str]:
    """The document's lines, tab-separated, wrapped rows and paragraphs joined, blank lines kept."""
    visual = [visual_line(line, lattice) for line in lines if line_glyphs(line)]
    rows = resolve_tab_joins(greedy_rows(visual, lattice), lattice)
    cells = padded([row.cells() for row in rows], [row.blanks_before for row in rows])
    return with_empty_lines([row.blanks_before for row in rows], ["\t".join(row) for row in cells])


def tab_stop_document(pages: list) -> list[str] | None:
    """The normalised lines of a PDF whose pages (pdf_lines.PageText) are all set on one tab-stop
    lattice without ruling, else None (the document is read as laid out). The lines are the
    text's own, trailing empty cells included: they are not passed through blocks_to_lines."""
    if not pages or any(page.ruled for page in pages) or len({page.width for page in pages}) != 1:
        return None
    lines = [line for page in pages for line in page.lines]
    lattice = find_lattice(lines, pages[0].width)
    if lattice is None:
        return None
    return normalise_text("\n".join(map_checkboxes(line) for line in tab_stop_lines(lines, lattice)))
