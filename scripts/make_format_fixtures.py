"""Turn a sample report (plain text) into the formats departments publish: DOCX, XLSX, HTML
(UTF-8 and GBK) and PDF, with the sample's tables as real tables in each format.

The tables are located the way ingest reads them (ingest.readers + find_tables); the text around
them becomes paragraphs. Every cell keeps its text; rows keep the number of cells the text gives
them (DOCX rows stop short with gridAfter, HTML rows have their own cells, PDF and XLSX rows
rule their own cells only). Header cells followed by empty cells are merged across them, as
publishers' tables do. Checkbox field codes (`eq \\o\\ac(□,√)`) become real Word EQ fields.

Usage: python scripts/make_format_fixtures.py data/samples/004_….txt OUT_DIR
Also: write_scanned_pdf(path) and write_encrypted_pdf(sample_path, path) for quarantine tests.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
if str(PROJECT_DIR) not in sys.path:
    sys.path.insert(0, str(PROJECT_DIR))

from ingest.readers import read_report  # noqa: E402
from ingest.segmenters.tables import find_tables  # noqa: E402

USAGE = "usage: python scripts/make_format_fixtures.py SAMPLE.txt OUT_DIR"
EQ_FIELD = re.compile(r"eq\s*\\o\\ac\([^)]*\)")
_NUMBER = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)\.(\d+)$")
_PERCENT = re.compile(r"^(\d+(?:\.(\d+))?)%$")
_INTEGER = re.compile(r"^[1-9]\d{0,14}$")
_SHEET_NAME_JUNK = re.compile(r"[\[\]:*?/\\]")
_TITLE_LINE_MAX = 40
_PDF_FONT = "STSong-Light"


@dataclass
class TableBlock:
    """A table as rows of cells; a cell's paragraphs are separated by newlines."""

    rows: list[list[str]]

    @property
    def width(self) -> int:
        return max(len(row) for row in self.rows)


Block = str | TableBlock


def sample_blocks(sample_path: Path) -> list[Block]:
    """The sample's lines as paragraphs (blank lines dropped) and tables, in order."""
    lines = read_report(Path(sample_path).read_bytes()).lines
    blocks: list[Block] = []
    index = 0
    for table in find_tables(lines):
        blocks.extend(line for line in lines[index:table.start_line - 1] if line.strip())
        blocks.append(TableBlock(rows=[[cell.strip() for cell in row.cells] for row in table.rows]))
        index = table.end_line
    blocks.extend(line for line in lines[index:] if line.strip())
    return blocks


def write_fixtures(sample_path: Path, out_dir: Path) -> dict[str, Path]:
    """Write every format of one sample into `out_dir`; {format: path}. `xlsx` only when the
    sample has tables; `html_gbk` is the HTML page encoded in GBK with a meta charset."""
    sample_path, out_dir = Path(sample_path), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    blocks = sample_blocks(sample_path)
    stem = sample_path.stem
    paths = {
        "docx": write_docx(blocks, out_dir / f"{stem}.docx"),
        "html": write_html(blocks, out_dir / f"{stem}.html"),
        "html_gbk": write_html(blocks, out_dir / f"{stem}.gbk.html", encoding="gbk"),
        "pdf": write_pdf(blocks, out_dir / f"{stem}.pdf"),
        "pdf_unruled": write_pdf(blocks, out_dir / f"{stem}.unruled.pdf", ruled=False),
    }
    if any(isinstance(block, TableBlock) for block in blocks):
        paths["xlsx"] = write_xlsx(blocks, out_dir / f"{stem}.xlsx")
    return paths


def header_spans(row: list[str]) -> list[tuple[int, int]]:
    """(first, last) columns of each cell of a header row, a filled cell taking the empty
    cells after it."""
    spans = []
    for index, cell in enumerate(row):
        if cell or not spans:
            spans.append((index, index))
        else:
            spans[-1] = (spans[-1][0], index)
    return spans


# ---------------------------------------------------------------- DOCX

def write_docx(blocks: list[Block], path: Path) -> Path:
    """Paragraphs and real Word tables (merged header cells, vertically merged level cells)."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, TableBlock):
            _docx_table(document, block)
        else:
            _docx_runs(document.add_paragraph(), block)
    document.save(path)
    return path


def _docx_table(document, block: TableBlock) -> None:
    table = document.add_table(rows=len(block.rows), cols=block.width)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, block.rows):
        for cell, text in zip(row.cells, cells):
            paragraphs = text.split("\n") if text else [""]
            _docx_runs(cell.paragraphs[0], paragraphs[0])
            for paragraph in paragraphs[1:]:
                _docx_runs(cell.add_paragraph(), paragraph)
        _docx_ragged(row._tr, len(cells), block.width)
    _docx_merge_header(table.rows[0]._tr, block.rows[0])
    _docx_merge_down(table, block)


def _docx_runs(paragraph, text: str) -> None:
    """Text as runs, with `eq \\o\\ac(…)` checkbox codes as Word EQ fields."""
    position = 0
    for match in EQ_FIELD.finditer(text):
        if match.start() > position:
            paragraph.add_run(text[position:match.start()])
        _docx_eq_field(paragraph, match.group(0))
        position = match.end()
    if position < len(text):
        paragraph.add_run(text[position:])


def _docx_eq_field(paragraph, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field_char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    field_char("begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code.replace('eq', 'EQ', 1)} "
    paragraph.add_run()._r.append(instruction)
    field_char("separate")
    paragraph.add_run("☑" if "√" in code else "□")
    field_char("end")


def _docx_ragged(tr, cells: int, width: int) -> None:
    """A row with fewer cells than the grid: drop the missing cells, say so with gridAfter."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if cells >= width:
        return
    for tc in tr.tc_lst[cells:]:
        tr.remove(tc)
    grid_after = OxmlElement("w:gridAfter")
    grid_after.set(qn("w:val"), str(width - cells))
    tr.get_or_add_trPr().append(grid_after)


def _docx_merge_header(tr, cells: list[str]) -> None:
    """Merge a header cell with the empty cells after it (gridSpan)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcs = list(tr.tc_lst)
    for first, last in reversed(header_spans(cells)):
        if last == first:
            continue
        for tc in tcs[first + 1:last + 1]:
            tr.remove(tc)
        span = OxmlElement("w:gridSpan")
        span.set(qn("w:val"), str(last - first + 1))
        tcs[first].get_or_add_tcPr().append(span)


def _docx_merge_down(table, block: TableBlock) -> None:
    """An empty leading cell under a filled one continues it (vMerge), as level cells do."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for row_index in range(1, len(block.rows)):
        row, above = block.rows[row_index], block.rows[row_index - 1]
        if row_index == 1 and any(last > first for first, last in header_spans(above)):
            continue
        leading = next((i for i, cell in enumerate(row) if cell), len(row))
        for column in range(min(leading, len(above), len(row))):
            if not above[column] and not _merged(table, row_index - 1, column):
                continue
            top_tc = _tc(table, row_index - 1, column)
            tc = _tc(table, row_index, column)
            if top_tc is None or tc is None:
                continue
            if not _merged(table, row_index - 1, column):
                merge = OxmlElement("w:vMerge")
                merge.set(qn("w:val"), "restart")
                top_tc.get_or_add_tcPr().append(merge)
            tc.get_or_add_tcPr().append(OxmlElement("w:vMerge"))


def _tc(table, row_index: int, column: int):
    tcs = table.rows[row_index]._tr.tc_lst
    return tcs[column] if column < len(tcs) else None


def _merged(table, row_index: int, column: int) -> bool:
    tc = _tc(table, row_index, column)
    return tc is not None and tc.tcPr is not None and tc.tcPr.vMerge is not None


# ---------------------------------------------------------------- XLSX

def write_xlsx(blocks: list[Block], path: Path) -> Path:
    """One sheet per table (its title lines as merged title rows), the text between tables on
    `说明` sheets, one line per row. Table cells are ruled (so empty cells are stored too);
    amounts are numbers with a number format."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Side

    side = Side(style="thin")
    ruled = Border(left=side, right=side, top=side, bottom=side)

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    names: set[str] = set()
    pending: list[str] = []
    notes = 0
    for block in blocks:
        if not isinstance(block, TableBlock):
            pending.append(block)
            continue
        titles = _title_lines(pending)
        if pending[:len(pending) - len(titles)]:
            notes += 1
            _xlsx_notes(workbook, _unique(f"说明{notes}", names), pending[:len(pending) - len(titles)])
        sheet = workbook.create_sheet(_unique(_sheet_name(titles, len(names) + 1), names))
        for title in titles:
            sheet.append([title])
            if block.width > 1:
                sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row,
                                  end_column=block.width)
        for row in block.rows:
            sheet.append([_xlsx_value(cell) for cell in row])
            for column, text in enumerate(row, start=1):
                cell = sheet.cell(row=sheet.max_row, column=column)
                cell.border = ruled
                _xlsx_format(cell, text)
                if "\n" in text:
                    cell.alignment = Alignment(wrap_text=True)
        pending = []
    if pending:
        notes += 1
        _xlsx_notes(workbook, _unique(f"说明{notes}", names), pending)
    workbook.save(path)
    return path


def _title_lines(lines: list[str]) -> list[str]:
    """The short lines just above a table (title, 公开表 number, 部门, 单位), at most four."""
    titles: list[str] = []
    for line in reversed(lines):
        if len(line) > _TITLE_LINE_MAX or len(titles) == 4:
            break
        titles.insert(0, line)
    return titles


def _sheet_name(titles: list[str], number: int) -> str:
    title = next((t for t in reversed(titles) if t.endswith("表")), f"表{number}")
    return _SHEET_NAME_JUNK.sub("", title)[:28] or f"表{number}"


def _unique(name: str, names: set[str]) -> str:
    candidate, counter = name, 1
    while candidate in names:
        counter += 1
        candidate = f"{name[:26]}_{counter}"
    names.add(candidate)
    return candidate


def _xlsx_notes(workbook, name: str, lines: list[str]) -> None:
    sheet = workbook.create_sheet(name)
    for line in lines:
        sheet.append([line])


def _xlsx_value(text: str):
    if _NUMBER.match(text):
        return float(text.replace(",", ""))
    if match := _PERCENT.match(text):
        return float(match.group(1)) / 100
    if _INTEGER.match(text):
        return int(text)
    return text or None


def _xlsx_format(cell, text: str) -> None:
    if match := _NUMBER.match(text):
        decimals = "." + "0" * len(match.group(3))
        cell.number_format = ("#,##0" if "," in text else "0") + decimals
    elif match := _PERCENT.match(text):
        cell.number_format = "0" + ("." + "0" * len(match.group(2)) if match.group(2) else "") + "%"


# ---------------------------------------------------------------- HTML

def write_html(blocks: list[Block], path: Path, encoding: str = "utf-8") -> Path:
    """A web page: `<p>` per paragraph, `<table>` per table, with the chrome real pages carry
    (navigation, script, style, hidden text). GBK pages declare gb2312, as many sites do."""
    declared = "gb2312" if encoding.lower() == "gbk" else encoding
    parts = [
        "<!DOCTYPE html>",
        "<html><head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">',
        "<title>政府信息公开</title>",
        "<style>table{border-collapse:collapse} td{border:1px solid #000}</style>",
        '<script>var notice = "本页脚本不是报告内容";</script>',
        '</head><body><nav class="breadcrumb">网站首页 &gt; 政府信息公开 &gt; 财政预决算</nav>',
        '<div class="article">',
    ]
    for block in blocks:
        parts.append(_html_table(block) if isinstance(block, TableBlock) else f"<p>{html.escape(block)}</p>")
    parts += ['</div><div style="display:none">隐藏的统计代码</div>',
              "<script>document.write('脚本输出');</script></body></html>"]
    path.write_bytes("\n".join(parts).encode(encoding, errors="xmlcharrefreplace"))
    return path


def _html_table(block: TableBlock) -> str:
    rows = []
    for index, row in enumerate(block.rows):
        spans = header_spans(row) if index == 0 else [(i, i) for i in range(len(row))]
        cells = []
        for first, last in spans:
            text = "<br>".join(html.escape(part) for part in row[first].split("\n"))
            colspan = f' colspan="{last - first + 1}"' if last > first else ""
            cells.append(f"<td{colspan}>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return '<table border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table>"


# ---------------------------------------------------------------- PDF

def write_pdf(blocks: list[Block], path: Path, encrypt=None, ruled: bool = True) -> Path:
    """A4 pages in the CID font STSong-Light (no font file needed), tables ruled cell by cell
    (`ruled=False`: their cells set in columns without a line, as a word processor prints a
    borderless table), page numbers in the footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    body, cell = _pdf_styles()
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                 topMargin=20 * mm, bottomMargin=20 * mm, invariant=1, encrypt=encrypt,
                                 title="report")
    story = []
    for block in blocks:
        if isinstance(block, TableBlock):
            story += [Spacer(1, 4), _pdf_table(block, cell, document.width, document.height, ruled), Spacer(1, 4)]
        else:
            story.append(Paragraph(_pdf_markup(block), body))
    document.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return path


def _pdf_styles():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if _PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_PDF_FONT))
    body = ParagraphStyle("body", fontName=_PDF_FONT, fontSize=10.5, leading=16, wordWrap="CJK",
                          firstLineIndent=21, spaceAfter=3)
    cell = ParagraphStyle("cell", fontName=_PDF_FONT, fontSize=7.5, leading=9.5, wordWrap="CJK")
    return body, cell


def _pdf_markup(text: str) -> str:
    """Paragraph markup for a line. STSong-Light's Unicode CMap (UniGB-UCS2-H) has no entry for
    the middle dot U+00B7: it is drawn as U+30FB, the same GB2312 glyph, which PDF readers map
    back to U+00B7."""
    return html.escape(text, quote=False).replace("\u00b7", "\u30fb")


def _pdf_table(block: TableBlock, style, available: float, max_height: float, ruled: bool = True):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    widths = _column_widths(block, style, available)
    data = [_pdf_row(row, widths, style, max_height) + [""] * (block.width - len(row)) for row in block.rows]
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for row_index, row in enumerate(block.rows):
        spans = header_spans(row) if row_index == 0 else [(i, i) for i in range(len(row))]
        for first, last in spans:
            if last > first:
                commands.append(("SPAN", (first, row_index), (last, row_index)))
            if ruled:
                commands.append(("BOX", (first, row_index), (last, row_index), 0.5, colors.black))
    table = Table(data, colWidths=widths, splitByRow=1)
    table.setStyle(TableStyle(commands))
    return table


def _pdf_row(row: list[str], widths: list[float], style, max_height: float) -> list:
    """A row's cells as paragraphs, in a smaller type when the row would not fit on a page."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    for size in (style.fontSize, 6.0, 5.0, 4.0, 3.0):
        cell_style = ParagraphStyle(f"cell{size}", parent=style, fontSize=size, leading=size * 1.25)
        cells = [[Paragraph(_pdf_markup(part), cell_style) for part in text.split("\n")] if text else ""
                 for text in row]
        height = max((sum(p.wrap(width - 6, max_height)[1] for p in cell) for cell, width in zip(cells, widths)
                      if cell), default=0)
        if height < max_height - 20:
            return cells
    return cells


def _column_widths(block: TableBlock, style, available: float) -> list[float]:
    """Each column as wide as its longest paragraph, long columns shrunk to fit the page."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    natural = [24.0] * block.width
    for row in block.rows:
        for index, text in enumerate(row):
            for part in text.split("\n"):
                natural[index] = max(natural[index], stringWidth(part, style.fontName, style.fontSize) + 8)
    if sum(natural) <= available:
        return natural
    low, high = 0.0, max(natural)
    for _ in range(40):
        cap = (low + high) / 2
        low, high = (cap, high) if sum(min(w, cap) for w in natural) < available else (low, cap)
    return [min(w, low) for w in natural]


def _page_number(canvas, document) -> None:
    from reportlab.lib.units import mm

    canvas.saveState()
    canvas.setFont(_PDF_FONT, 9)
    canvas.drawCentredString(document.pagesize[0] / 2, 10 * mm, f"- {document.page} -")
    canvas.restoreState()


def write_encrypted_pdf(sample_path: Path, path: Path, password: str = "secret") -> Path:
    """The sample as a PDF that needs a password to open."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    blocks = sample_blocks(sample_path)[:40]
    return write_pdf(blocks, Path(path), encrypt=StandardEncryption(password, ownerPassword="owner", strength=128))


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A 'scanned' report: pages that are only an image, no text layer."""
    import io

    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as pdf_canvas

    output = pdf_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number in range(pages):
        image = Image.new("L", (620, 877), 255)
        draw = ImageDraw.Draw(image)
        for line in range(30):
            draw.rectangle((60, 60 + line * 25, 560 - (line * 37 + number * 11) % 200, 72 + line * 25), fill=0)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        buffer.seek(0)
        output.drawImage(ImageReader(buffer), 0, 0, width=A4[0], height=A4[1])
        output.showPage()
    output.save()
    return Path(path)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(USAGE)
        return 2
    for kind, path in write_fixtures(Path(argv[0]), Path(argv[1])).items():
        print(f"{kind}\t{path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
