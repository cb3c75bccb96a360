"""What every non-text reader produces before it becomes lines: paragraphs and tables in
reading order, turned into the same normalised lines the text reader gives.

A table is emitted in one of the two layouts the segmenter knows (ingest/segmenters/tables.py):
- tab rows (`2040601\\t行政运行\\t412.64`), the default;
- one cell per line (each cell's first paragraph after a tab, its further paragraphs on their
  own lines, a blank line after each row) when the table reads as a form: a cell holds a
  checkbox, or several paragraphs one of which is prose (a header cell broken over two lines,
  `本年收入` / `合计`, does not count). The extractors read forms' questions and the figures in
  their sentences from those lines, as they do for Word tables flattened to text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.normalize import normalise_text

TICKED = "☑"
EMPTY = "□"

# Checkbox glyphs → the two marks ingest/extractors/forms.py reads. ☒ is Word's "checked" box of
# content controls; Wingdings/Wingdings 2 boxes arrive as private-use characters (U+F0xx).
_BOX_SYMBOLS = {
    "☒": TICKED, "☑": TICKED, "✅": TICKED, "☐": EMPTY, "❑": EMPTY, "❏": EMPTY,
    "\uf0fe": TICKED, "\uf0fd": TICKED, "\uf0a8": EMPTY, "\uf06f": EMPTY,
}
_BOX_TRANSLATION = str.maketrans(_BOX_SYMBOLS)
_CHECKBOX = re.compile(r"[☑□]|eq\s*\\o\\ac\(")
_PROSE_CHARS = 20
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\u2028\u2029]")


@dataclass
class Table:
    """Rows of cells; a cell is the list of its paragraphs ([] when empty).

    `paragraphs_known` is False when paragraph breaks inside cells are inferred from the layout
    (PDF), not stored in the file: then only checkboxes make the table a form.
    """

    rows: list[list[list[str]]] = field(default_factory=list)
    paragraphs_known: bool = True


Block = str | Table


def map_checkboxes(text: str) -> str:
    """Checkbox glyphs (☒, ☐, Wingdings boxes) → ☑ / □."""
    return text.translate(_BOX_TRANSLATION)


def split_paragraphs(text: str) -> list[str]:
    """A cell's or block's text → its non-empty paragraphs (soft line breaks split too)."""
    parts = (part.replace("\t", " ").strip() for part in _LINE_BREAKS.split(text))
    return [part for part in parts if part]


def blocks_to_lines(blocks: list[Block]) -> list[str]:
    """Paragraphs and tables in reading order → normalised lines (see module docstring)."""
    raw: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            raw.extend(table_lines(block))
        else:
            raw.extend(_LINE_BREAKS.split(map_checkboxes(block).rstrip()))
    return normalise_text("\n".join(raw))


def table_lines(table: Table) -> list[str]:
    """One table → lines in the layout its content asks for, framed by blank lines."""
    rows = [[[map_checkboxes(p) for p in cell] for cell in row] for row in table.rows]
    rows = [row for row in rows if any(any(p.strip() for p in cell) for cell in row)]
    if not rows:
        return []
    body = _cell_per_line(rows) if is_form(rows, table.paragraphs_known) else _tab_rows(rows)
    return ["", *body, ""]


def is_form(rows: list[list[list[str]]], paragraphs_known: bool = True) -> bool:
    """A table with a checkbox, or with a cell of several paragraphs of prose, is a form."""
    for row in rows:
        for cell in row:
            if any(_CHECKBOX.search(p) for p in cell):
                return True
            paragraphs = [p.strip() for p in cell if p.strip()]
            if paragraphs_known and len(paragraphs) > 1 and max(map(len, paragraphs)) >= _PROSE_CHARS:
                return True
    return False


def _tab_rows(rows: list[list[list[str]]]) -> list[str]:
    return ["\t".join(_one_line(" ".join(cell)) for cell in row) for row in rows]


def _cell_per_line(rows: list[list[list[str]]]) -> list[str]:
    out: list[str] = []
    for row in rows:
        for cell in row:
            paragraphs = [_one_line(p) for p in cell if p.strip()]
            out.append("\t" + (paragraphs[0] if paragraphs else ""))
            out.extend(paragraphs[1:])
        out.append("")
    return out


def _one_line(text: str) -> str:
    """Cell text without the characters that would break the layout (tabs, line breaks)."""
    return " ".join(_LINE_BREAKS.sub(" ", text).replace("\t", " ").split()) if text else ""
