"""DOCX reader (python-docx opens the package; the body XML is walked here).

Paragraphs and tables come out in body order. Table rows keep the cells Word stores: a cell
merged across columns (gridSpan) is read once and followed by empty cells, a cell merged down
(vMerge) is read in its first row and empty below, a row with fewer cells than the grid
(gridBefore/gridAfter) keeps only its own cells. Checkboxes become the marks forms.py reads:
legacy form fields (FORMCHECKBOX) and content-control checkboxes → ☑/□, Wingdings boxes and ☒/☐
→ ☑/□, and EQ overlay fields (`eq \\o\\ac(□,√)`) keep their field code, as Word's own text export
does. Deleted revisions, field codes of other fields and the fallback copies of text boxes are
skipped; text boxes follow the paragraph that anchors them.
"""

from __future__ import annotations

import io

from lxml import etree

from ingest.readers.blocks import EMPTY, TICKED, Block, Table, blocks_to_lines, split_paragraphs
from ingest.readers.containers import open_checked_zip
from ingest.readers.detect import UnreadableInput
from ingest.readers.text import ReadResult

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS = {"w": W, "w14": W14}

_SKIPPED = {f"{{{W}}}{tag}" for tag in ("pPr", "rPr", "del", "moveFrom", "delText", "delInstrText", "sectPr",
                                        "footnoteReference", "endnoteReference", "commentReference")}
_SKIPPED.add(f"{{{MC}}}Fallback")
_CONTAINERS = {f"{{{W}}}{tag}" for tag in ("body", "sdtContent", "customXml", "txbxContent", "ins", "moveTo")}

# Symbol fonts: character code → box mark (Wingdings þ ý ¨ o x, Wingdings 2 R T £ *).
_SYMBOL_FONTS = {
    "wingdings": {0xFE: TICKED, 0xFD: TICKED, 0x78: TICKED, 0xA8: EMPTY, 0x6F: EMPTY, 0x71: EMPTY, 0xFC: "√"},
    "wingdings 2": {0x52: TICKED, 0x54: TICKED, 0x51: TICKED, 0xA3: EMPTY, 0x2A: EMPTY, 0x50: "√"},
}


def read_docx(data: bytes) -> ReadResult:
    """Lines of a DOCX report; UnreadableInput when it is unsafe, encrypted or corrupt."""
    open_checked_zip(data, "DOCX")
    import docx

    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except Exception as error:  # python-docx raises many kinds for a damaged package
        raise UnreadableInput(f"corrupt DOCX: {type(error).__name__}: {error}") from None
    return ReadResult(lines=blocks_to_lines(body_blocks(body)), encoding="utf-8", format="docx")


def body_blocks(container) -> list[Block]:
    """Paragraphs and tables of a body, cell, text box or content control, in order."""
    blocks: list[Block] = []
    for child in container:
        tag = child.tag
        if tag == _w("p"):
            text, boxes = _paragraph(child)
            blocks.append(text)
            blocks.extend(boxes)
        elif tag == _w("tbl"):
            blocks.append(_table(child))
        elif tag == _w("sdt"):
            blocks.extend(body_blocks(_sdt_content(child)))
        elif tag in _CONTAINERS:
            blocks.extend(body_blocks(child))
    return blocks


def _table(tbl) -> Table:
    table = Table()
    for tr in _xpath(tbl, "./w:tr | ./w:sdt/w:sdtContent/w:tr | ./w:customXml/w:tr"):
        row: list[list[str]] = [[] for _ in range(_int_val(tr, "./w:trPr/w:gridBefore", 0))]
        for tc in _xpath(tr, "./w:tc | ./w:sdt/w:sdtContent/w:tc | ./w:customXml/w:tc"):
            span = max(_int_val(tc, "./w:tcPr/w:gridSpan", 1), 1)
            row.append([] if _is_merge_continuation(tc) else _cell_paragraphs(tc))
            row.extend([] for _ in range(span - 1))
        table.rows.append(row)
    return table


def _is_merge_continuation(tc) -> bool:
    """A cell covered by the cell above (vMerge) or to its left (legacy hMerge)."""
    for merge in _xpath(tc, "./w:tcPr/w:vMerge | ./w:tcPr/w:hMerge"):
        if merge.get(_w("val"), "continue") == "continue":
            return True
    return False


def _cell_paragraphs(tc) -> list[str]:
    paragraphs: list[str] = []
    for block in body_blocks(tc):
        if isinstance(block, Table):
            paragraphs.extend(" ".join(" ".join(cell) for cell in row if cell) for row in block.rows)
        else:
            paragraphs.extend(split_paragraphs(block))
    return [p for p in paragraphs if p.strip()]


def _paragraph(p) -> tuple[str, list[Block]]:
    """The paragraph's text, and the blocks of the text boxes anchored in it."""
    walker = _RunWalker()
    walker.walk(p)
    return "".join(walker.parts), walker.boxes


class _RunWalker:
    """Collects a paragraph's visible text, resolving fields and checkboxes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.boxes: list[Block] = []
        self.fields: list[dict] = []

    def walk(self, element, font: str | None = None) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == _w("r"):
                self.walk(child, _symbol_font(child))
            elif tag == _w("t"):
                self._emit(_symbol_text(child.text or "", font))
            elif tag == _w("tab"):
                self._emit("  ")
            elif tag in (_w("br"), _w("cr")):
                self._emit("\n")
            elif tag == _w("noBreakHyphen"):
                self._emit("-")
            elif tag == _w("sym"):
                self._emit(_symbol_char(child))
            elif tag == _w("fldChar"):
                self._field_char(child)
            elif tag == _w("instrText"):
                if self.fields:
                    self.fields[-1]["instr"] += child.text or ""
            elif tag == _w("fldSimple"):
                self._simple_field(child, font)
            elif tag == _w("sdt"):
                self._content_control(child, font)
            elif tag == _w("txbxContent"):
                self.boxes.extend(body_blocks(child))
            else:
                self.walk(child, font)

    def _emit(self, text: str) -> None:
        if not any(field["hide_result"] or not field["in_result"] for field in self.fields):
            self.parts.append(text)

    def _field_char(self, element) -> None:
        kind = element.get(_w("fldCharType"))
        if kind == "begin":
            self.fields.append({"instr": "", "in_result": False, "hide_result": False,
                                "checkbox": _form_checkbox(element)})
        elif kind == "separate" and self.fields:
            field = self.fields[-1]
            field["in_result"] = True
            field["hide_result"] = _replaces_result(field)
        elif kind == "end" and self.fields:
            field = self.fields.pop()
            self._emit(_field_text(field))

    def _simple_field(self, element, font) -> None:
        field = {"instr": element.get(_w("instr"), ""), "in_result": True, "hide_result": False, "checkbox": None}
        field["hide_result"] = _replaces_result(field)
        self.fields.append(field)
        self.walk(element, font)
        self.fields.pop()
        self._emit(_field_text(field))

    def _content_control(self, sdt, font) -> None:
        checkbox = sdt.find("./w:sdtPr/w14:checkbox", NS)
        if checkbox is None:
            self.walk(_sdt_content(sdt), font)
            return
        checked = checkbox.find("./w14:checked", NS)
        ticked = checked is not None and checked.get(f"{{{W14}}}val", "1") in ("1", "true", "on")
        self._emit(TICKED if ticked else EMPTY)


def _replaces_result(field: dict) -> bool:
    """EQ and FORMCHECKBOX fields are written from their code; other fields show their result."""
    keyword = (field["instr"].split() or [""])[0].upper()
    return keyword in ("EQ", "FORMCHECKBOX") or field["checkbox"] is not None


def _field_text(field: dict) -> str:
    keyword = (field["instr"].split() or [""])[0].upper()
    if field["checkbox"] is not None or keyword == "FORMCHECKBOX":
        return TICKED if field["checkbox"] else EMPTY
    if keyword == "EQ":
        return " " + " ".join(field["instr"].split()).replace("EQ ", "eq ", 1) + " "
    return ""


def _form_checkbox(fld_char) -> bool | None:
    """Checked state of a legacy checkbox form field; None when the field is no checkbox."""
    box = fld_char.find("./w:ffData/w:checkBox", NS)
    if box is None:
        return None
    for name in ("checked", "default"):
        node = box.find(f"./w:{name}", NS)
        if node is not None:
            return node.get(_w("val"), "1") in ("1", "true", "on")
    return False


def _symbol_font(run) -> str | None:
    fonts = run.find("./w:rPr/w:rFonts", NS)
    if fonts is None:
        return None
    name = (fonts.get(_w("ascii")) or fonts.get(_w("hAnsi")) or "").lower()
    return name if name in _SYMBOL_FONTS else None


def _symbol_text(text: str, font: str | None) -> str:
    if font is None:
        return text
    table = _SYMBOL_FONTS[font]
    return "".join(table.get(ord(ch) & 0xFF, "") if ord(ch) < 0x100 or 0xF000 <= ord(ch) <= 0xF0FF else ch
                   for ch in text)


def _symbol_char(sym) -> str:
    font = (sym.get(_w("font")) or "").lower()
    try:
        code = int(sym.get(_w("char")) or "", 16)
    except ValueError:
        return ""
    if font in _SYMBOL_FONTS:
        return _SYMBOL_FONTS[font].get(code & 0xFF, "")
    return chr(code) if code < 0xF000 else ""


def _sdt_content(sdt):
    content = sdt.find("./w:sdtContent", NS)
    return content if content is not None else etree.Element("empty")


def _int_val(element, path: str, default: int) -> int:
    found = element.find(path, NS)
    if found is None:
        return default
    try:
        return int(found.get(_w("val"), default))
    except (TypeError, ValueError):
        return default


def _xpath(element, path: str) -> list:
    return etree._Element.xpath(element, path, namespaces=NS)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"
