"""Spreadsheet reader: XLSX with openpyxl (calamine when openpyxl fails), XLS with calamine.

Each visible sheet is a table. Its name comes first as a heading line unless it is a default
name (`Sheet1`) or repeats the first title row. Rows above the first row of two or more filled
cells (titles, `单位：万元`, `部门：…`) and rows below the last one (notes) are lines of their own,
so the segmenter names the table and finds its unit as it does in text; the rows in between are
the table. A row ends with the last cell the sheet stores for it (a value or a format, such as
the border of an empty cell of a ruled table), so rows keep the cells they have, as in the tab
rows of text reports (calamine does not say which cells are stored: its rows span the sheet's
used range). Numbers are written as the report prints them:
with the cell's number format when it has one (`#,##0.00` → `4,262.41`, `0.00%` → `93.37%`),
else the shortest form without float artefacts (412.63999999999999 → `412.64`).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

from ingest.readers.blocks import Block, Table, blocks_to_lines, split_paragraphs
from ingest.readers.containers import open_checked_zip
from ingest.readers.detect import UnreadableInput
from ingest.readers.text import ReadResult

_DEFAULT_SHEET_NAME = re.compile(r"^(sheet|工作表|表)\s*\d*$", re.IGNORECASE)
_LABELLED = re.compile(r"[:：]")
_QUOTED = re.compile(r'"([^"]*)"')
_FORMAT_NOISE = re.compile(r"\[[^\]]*\]|_.|\*.|\\(.)")
_SIGNIFICANT = 12

Cell = tuple[object, str | None, bool]  # value, number format, stored in the file


def read_xlsx(data: bytes) -> ReadResult:
    """Lines of an XLSX workbook; UnreadableInput when it is unsafe, encrypted or corrupt."""
    open_checked_zip(data, "XLSX")
    try:
        sheets = _openpyxl_sheets(data)
    except Exception as openpyxl_error:  # openpyxl raises many kinds for a damaged package
        try:
            sheets = _calamine_sheets(data)
        except Exception:
            raise UnreadableInput(f"corrupt XLSX: {type(openpyxl_error).__name__}: {openpyxl_error}") from None
    return ReadResult(lines=blocks_to_lines(workbook_blocks(sheets)), encoding="utf-8", format="xlsx")


def read_xls(data: bytes) -> ReadResult:
    """Lines of a legacy XLS workbook (BIFF, read by calamine)."""
    try:
        sheets = _calamine_sheets(data)
    except Exception as error:  # calamine's errors are not exported as one type
        message = str(error)
        if "password" in message.lower() or "encrypt" in message.lower():
            raise UnreadableInput(f"password-protected XLS: {message}") from None
        raise UnreadableInput(f"corrupt XLS: {type(error).__name__}: {message}") from None
    return ReadResult(lines=blocks_to_lines(workbook_blocks(sheets)), encoding="utf-16-le (biff)", format="xls")


def _openpyxl_sheets(data: bytes) -> list[tuple[str, list[list[Cell]]]]:
    import openpyxl
    from openpyxl.cell.read_only import EmptyCell

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = []
        for sheet in workbook.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            sheet.reset_dimensions()  # the stored <dimension> is often wrong; read every stored row
            rows = [[(cell.value, getattr(cell, "number_format", None), not isinstance(cell, EmptyCell))
                     for cell in row] for row in sheet.iter_rows()]
            sheets.append((sheet.title, rows))
        return sheets
    finally:
        workbook.close()


def _calamine_sheets(data: bytes) -> list[tuple[str, list[list[Cell]]]]:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    hidden = {meta.name for meta in getattr(workbook, "sheets_metadata", [])
              if str(getattr(meta, "visible", "Visible")).rsplit(".", 1)[-1].lower() != "visible"}
    sheets = []
    for name in workbook.sheet_names:
        if name in hidden:
            continue
        rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        sheets.append((name, [[(value, None, True) for value in row] for row in rows]))
    return sheets


def workbook_blocks(sheets: list[tuple[str, list[list[Cell]]]]) -> list[Block]:
    """Every sheet's heading lines, table and notes, sheet after sheet."""
    blocks: list[Block] = []
    for name, cells in sheets:
        rows = _trim([_row(row) for row in cells])
        if rows:
            blocks.extend(sheet_blocks(name, rows))
    return blocks


def sheet_blocks(name: str, rows: list[list[str]]) -> list[Block]:
    """One sheet's rows (already rendered) → heading lines, the table, notes."""
    filled = [sum(1 for cell in row if cell.strip()) for row in rows]
    grid = [index for index, count in enumerate(filled) if count >= 2]
    blocks: list[Block] = []
    first_text = next((cell for row in rows for cell in row if cell.strip()), "")
    if not _DEFAULT_SHEET_NAME.match(name.strip()) and _squash(name) not in _squash(first_text):
        blocks.append(name.strip())
    if not grid:
        return blocks + [_joined(row) for row in rows if _joined(row)]
    top, bottom = grid[0], grid[-1]
    while top < bottom and all(_LABELLED.search(cell) for cell in rows[top] if cell.strip()):
        top += 1
    for row in rows[:top]:
        blocks.extend(cell for cell in row if cell.strip())
    blocks.append(Table(rows=[[split_paragraphs(cell) for cell in row] for row in rows[top:bottom + 1]]))
    blocks.extend(_joined(row) for row in rows[bottom + 1:] if _joined(row))
    return blocks


def render_cell(value: object, number_format: str | None = None) -> str:
    """A cell as the report prints it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return render_number(value, number_format)
    return str(value).strip()


def render_number(value: int | float, number_format: str | None = None) -> str:
    """A number with its cell format (decimals, thousands, percent, quoted text), or plainly."""
    section = (number_format or "General").split(";")[0]
    if section.strip().lower() in ("general", "@", ""):
        return _plain(value)
    pattern = _FORMAT_NOISE.sub(lambda m: m.group(1) or "", _QUOTED.sub("", section))
    placeholder = re.search(r"[0#?]", section)
    if not re.search(r"[0#?]", pattern) or placeholder is None:
        return _plain(value)
    percent = "%" in pattern
    decimals = len(re.sub(r"[^0#?]", "", pattern.split(".", 1)[1])) if "." in pattern else 0
    grouping = "," if "," in pattern.split(".", 1)[0] else ""
    text = f"{value * 100 if percent else value:{grouping}.{decimals}f}"
    prefix = "".join(_QUOTED.findall(section[:placeholder.start()]))
    suffix = "".join(_QUOTED.findall(section[placeholder.start():]))
    return f"{prefix}{text}{'%' if percent else ''}{suffix}"


def _plain(value: int | float) -> str:
    """Shortest decimal form of a number, rid of binary floating-point artefacts."""
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return ""
    text = f"{Decimal(f'{value:.{_SIGNIFICANT}g}'):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _row(cells: list[Cell]) -> list[str]:
    """A row's rendered cells, up to the last one stored in the file or holding a value."""
    rendered = [render_cell(value, fmt) for value, fmt, _ in cells]
    end = max((index + 1 for index, (_, _, stored) in enumerate(cells) if stored), default=0)
    end = max([end] + [index + 1 for index, text in enumerate(rendered) if text.strip()])
    return rendered[:end]


def _trim(rows: list[list[str]]) -> list[list[str]]:
    """Rows without the empty rows above and below the content."""
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    while rows and not any(cell.strip() for cell in rows[0]):
        rows.pop(0)
    return rows


def _joined(row: list[str]) -> str:
    return "  ".join(cell for cell in row if cell.strip())


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)
