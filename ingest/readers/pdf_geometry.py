"""A PDF page's geometry from PDFium (pypdfium2): its characters with their boxes, the edges of
the lines and rectangles it paints, and how many images it holds.

PDFium does in C what pdfminer does in Python (about ten times faster here): it decodes the
content stream, maps glyphs to Unicode and places them. The boxes are given as the rest of the
reader has always read them (pdfplumber's conventions): top-down coordinates on the page as
displayed (its /Rotate applied), a character's box as wide as its advance and as tall as its
font size, standing on its baseline (the same for every font of a line, which is what the
readers compare). PDFium's text layer leaves out text objects that draw only spaces and keeps
one space of a run: both are put back, as the tab-stop reading needs them (pdf_tabs.py). Edges are the axis-parallel segments of painted paths, one
dict per segment as pdfplumber's `page.edges` gives them, for its table finder (pdf_tables.py).
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ingest.readers.detect import UnreadableInput

_FORM_DEPTH = 8  # form XObjects nested deeper than this are not searched for lines
_AXIS_TOLERANCE = 0.01  # pt: a segment this close to horizontal or vertical is one
_NO_WIDTH = 0.01  # pt: PDFium's text layer skips text objects narrower than this
_BLANK_EMS = 0.5  # the widest a space whose font shows none elsewhere is taken to be
_MAX_RUN = 16  # spaces in one blank text object, at most
# pt: a run of spaces ends this close to the glyph after it (positions are rounded, which drifts
# along a run: 0.08 pt after five spaces seen in LibreOffice's PDFs)
_RUN_TOLERANCE, _RUN_TOLERANCE_PER_SPACE = 0.05, 0.02

_ERRORS = {
    raw.FPDF_ERR_PASSWORD: "password-protected PDF: it cannot be opened without its password",
    raw.FPDF_ERR_SECURITY: "encrypted PDF with an unsupported protection scheme",
}


@dataclass
class PageGeometry:
    number: int  # 1-based
    width: float
    height: float
    chars: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    images: int = 0
    unmapped: int = 0  # characters whose font has no Unicode mapping


def open_pdf(data: bytes, max_pages: int) -> pdfium.PdfDocument:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise UnreadableInput(_ERRORS.get(getattr(error, "err_code", None),
                                          f"corrupt PDF: PDFium cannot parse it ({error})")) from None
    if len(document) > max_pages:
        document.close()
        raise UnreadableInput(f"PDF too long: {len(document)} pages (limit {max_pages})")
    return document


def page_geometry(document: pdfium.PdfDocument, index: int) -> PageGeometry:
    page = document[index]
    text_page = raw.FPDFText_LoadPage(page.raw)
    try:
        display = _display_transform(page)
        width, height = _displayed_size(page)
        geometry = PageGeometry(number=index + 1, width=width, height=height)
        space_widths = _read_chars(text_page, geometry, display)
        blanks = _read_objects(page, geometry, display)
        geometry.chars.extend(_blank_glyphs(blanks, geometry.chars, space_widths))
        geometry.chars.extend(restored_space_runs(geometry.chars))
        return geometry
    finally:
        raw.FPDFText_ClosePage(text_page)
        page.close()


def _displayed_size(page) -> tuple[float, float]:
    left, bottom, right, top = page.get_mediabox()
    if page.get_rotation() in (90, 270):
        return top - bottom, right - left
    return right - left, top - bottom


def _display_transform(page) -> tuple:
    """(a, b, c, d, e, f, height): PDF user space → top-down coordinates of the page as displayed,
    (x, y) ↦ (a·x + c·y + e, height − (b·x + d·y + f)), its /Rotate applied as pdfminer does."""
    x0, y0, x1, y1 = page.get_mediabox()
    rotation = page.get_rotation()
    matrix = {90: (0, -1, 1, 0, -y0, x1), 180: (-1, 0, 0, -1, x1, y1),
              270: (0, 1, -1, 0, y1, -x0)}.get(rotation, (1, 0, 0, 1, -x0, -y0))
    return (*matrix, (x1 - x0) if rotation in (90, 270) else (y1 - y0))


def _display(display: tuple, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f, height = display
    return a * x + c * y + e, height - (b * x + d * y + f)


_GENERATED_CODES = {32, 13, 10}  # what PDFium inserts: spaces and line breaks
_HYPHEN_MARK = 2  # PDFium's code for a hyphen that ends a line


def _read_chars(text_page, geometry: PageGeometry, display: tuple) -> dict[int, float]:
    """The page's glyphs into `geometry`; returns the width of a space per font (in ems), from
    the spaces the text layer keeps. (The loop is written for speed: it runs for every glyph.)"""
    a, b, c, d, e, f, height = display
    box, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    unicode_of, is_generated, loose_box = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated, raw.FPDFText_GetLooseCharBox
    map_error, char_matrix, origin, font_size = (raw.FPDFText_HasUnicodeMapError, raw.FPDFText_GetMatrix,
                                                 raw.FPDFText_GetCharOrigin, raw.FPDFText_GetFontSize)
    chars, space_widths = geometry.chars, {}
    for index in range(raw.FPDFText_CountChars(text_page)):
        code = unicode_of(text_page, index)
        if code in _GENERATED_CODES and is_generated(text_page, index) == 1:
            continue  # a space or line break PDFium inferred: the page does not draw it
        if not code or not loose_box(text_page, index, box):
            continue
        if map_error(text_page, index) == 1:
            geometry.unmapped += 1
        char_matrix(text_page, index, matrix)
        origin(text_page, index, x, y)
        size = font_size(text_page, index) * math.hypot(matrix.c, matrix.d)
        left = a * box.left + c * box.bottom + e
        right = a * box.right + c * box.top + e
        baseline = height - (b * x.value + d * y.value + f)
        if left > right:
            left, right = right, left
        text = "-" if code == _HYPHEN_MARK else chr(code)
        chars.append({"text": text, "x0": left, "x1": right, "top": baseline - size, "bottom": baseline, "size": size})
        if code == 32 and size > 0:
            space_widths.setdefault(_font_id(raw.FPDFText_GetTextObject(text_page, index)), (right - left) / size)
    return space_widths


def _font_id(text_object) -> int:
    return ctypes.cast(raw.FPDFTextObj_GetFont(text_object), ctypes.c_void_p).value or 0


@dataclass(frozen=True)
class _Blank:
    """A text object PDFium's text layer leaves out: it draws only spaces (no glyph has a box)."""

    x: float
    baseline: float
    size: float
    font: int


def _read_objects(page, geometry: PageGeometry, display) -> list[_Blank]:
    blanks = []
    for handle, matrix in _objects(page.raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject,
                                   (1, 0, 0, 1, 0, 0), 0):
        kind = raw.FPDFPageObj_GetType(handle)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            geometry.images += 1
        elif kind == raw.FPDF_PAGEOBJ_PATH and _is_painted(handle):
            geometry.edges.extend(_path_edges(handle, matrix, display))
        elif kind == raw.FPDF_PAGEOBJ_TEXT and _has_no_width(handle):
            blanks.append(_blank(handle, matrix, display))
    return blanks


_BOUNDS = tuple(ctypes.c_float() for _ in range(4))  # left, bottom, right, top (one reader per process)


def _has_no_width(handle) -> bool:
    left, _, right, _ = _BOUNDS
    raw.FPDFPageObj_GetBounds(handle, *_BOUNDS)
    return right.value - left.value < _NO_WIDTH


def _blank(handle, form_matrix: tuple, display) -> _Blank:
    a, b, c, d, e, f = _multiply(_object_matrix(handle), form_matrix)
    size = ctypes.c_float()
    raw.FPDFTextObj_GetFontSize(handle, size)
    x, baseline = _display(display, e, f)
    return _Blank(x=x, baseline=baseline, size=size.value * math.hypot(c, d), font=_font_id(handle))


def _blank_glyphs(blanks: list[_Blank], chars: list[dict], space_widths: dict[int, float]) -> list[dict]:
    """A space glyph where each blank text object stands: as wide as a space of its font where
    the text layer shows one, else reaching the next glyph on its line (at most half an em)."""
    if not blanks:
        return []
    starts: dict[int, list[float]] = {}
    for char in chars:
        starts.setdefault(round(char["bottom"]), []).append(char["x0"])
    for blank in blanks:
        starts.setdefault(round(blank.baseline), []).append(blank.x)
    out = []
    for blank in blanks:
        width = space_widths.get(blank.font, 0.0) * blank.size
        if not width:
            after = [x - blank.x for x in starts[round(blank.baseline)] if x > blank.x + _NO_WIDTH]
            width = min([_BLANK_EMS * blank.size, *after])
        out.append(_space(blank.x, width, blank.baseline, blank.size))
    return out


def _space(x0: float, width: float, baseline: float, size: float) -> dict:
    return {"text": " ", "x0": x0, "x1": x0 + width, "top": baseline - size, "bottom": baseline, "size": size}


def restored_space_runs(chars: list[dict]) -> list[dict]:
    """The spaces of a run PDFium keeps one of: where the way from a space to the next glyph on
    its line is a whole number of such spaces (within the rounding of positions), they are put
    back. Any other gap after a space (a tab, a column) stays a gap."""
    lines: dict[int, list[dict]] = {}
    for char in chars:
        lines.setdefault(round(char["bottom"]), []).append(char)
    out = []
    for line in lines.values():
        if not any(char["text"] == " " for char in line):
            continue
        line.sort(key=lambda char: char["x0"])
        for char, following in zip(line, line[1:]):
            width = char["x1"] - char["x0"]
            if char["text"] != " " or width <= 0:
                continue
            gap = following["x0"] - char["x1"]
            count = round(gap / width)
            if 1 <= count <= _MAX_RUN and abs(gap - count * width) <= _RUN_TOLERANCE + _RUN_TOLERANCE_PER_SPACE * count:
                out += [_space(char["x1"] + k * width, width, char["bottom"], char["size"]) for k in range(count)]
    return out


def _objects(parent, count, get, matrix: tuple, depth: int) -> Iterator[tuple[object, tuple]]:
    """Page objects with the matrix from their form's space to the page's, forms opened."""
    for position in range(count(parent)):
        handle = get(parent, position)
        if raw.FPDFPageObj_GetType(handle) == raw.FPDF_PAGEOBJ_FORM:
            if depth < _FORM_DEPTH:
                inner = _multiply(_object_matrix(handle), matrix)
                yield from _objects(handle, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject,
                                    inner, depth + 1)
        else:
            yield handle, matrix


def _object_matrix(handle) -> tuple:
    m = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(handle, m)
    return m.a, m.b, m.c, m.d, m.e, m.f


def _multiply(first: tuple, then: tuple) -> tuple:
    """The matrix applying `first`, then `then` (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = then
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _is_painted(handle) -> bool:
    """Stroked or filled: a path that only clips draws nothing."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(handle, fill, stroke):
        return False
    return bool(fill.value or stroke.value)


def _path_edges(handle, form_matrix: tuple, display: tuple) -> list[dict]:
    """The axis-parallel straight segments of a path, subpath by subpath, closing ones included."""
    a, b, c, d, e, f = _multiply(_multiply(_object_matrix(handle), form_matrix), display[:6])
    height = display[6]
    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[dict] = []
    start = current = None
    for position in range(raw.FPDFPath_CountSegments(handle)):
        segment = raw.FPDFPath_GetPathSegment(handle, position)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == raw.FPDF_SEGMENT_LINETO and current is not None:
            _add_edge(edges, current, point)
        current = point
        if raw.FPDFPathSegment_GetClose(segment) and start is not None:
            _add_edge(edges, current, start)
            current = start
    return edges


def _add_edge(edges: list[dict], p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, top), (x1, bottom) = sorted([p, q], key=lambda point: (point[0], point[1]))
    if abs(top - bottom) <= _AXIS_TOLERANCE:
        edges.append({"x0": x0, "x1": x1, "top": top, "bottom": top, "width": x1 - x0, "height": 0.0,
                      "orientation": "h", "object_type": "line"})
    elif abs(x0 - x1) <= _AXIS_TOLERANCE:
        top, bottom = min(top, bottom), max(top, bottom)
        edges.append({"x0": x0, "x1": x0, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
                      "orientation": "v", "object_type": "line"})
