"""HTML reader (lxml's HTML parser): block elements → lines, tables → rows of cells.

Encoding: a byte-order mark, else the page's own declaration (`<meta charset>`, the http-equiv
Content-Type, an XML declaration), else strict UTF-8, else detection (GB18030, then
charset-normalizer). GB2312 and GBK labels are decoded as GB18030, their superset, since pages
labelled GB2312 routinely use GBK characters. Scripts, styles, comments, navigation (`<nav>`)
and hidden elements are dropped; `<br>` breaks a line; a cell spanning columns (colspan) or rows (rowspan) is read once,
followed by empty cells, as in the tab rows of text reports. Checkbox inputs become ☑/□.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree, html as lxml_html

from ingest.readers.blocks import EMPTY, TICKED, Block, Table, blocks_to_lines, split_paragraphs
from ingest.readers.detect import UnreadableInput
from ingest.readers.text import ReadResult, decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_GB_FAMILY = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "euc-cn", "cp936", "ms936", "windows-936",
              "csgb2312", "iso-ir-58", "chinese", "gb18030"}
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_DROPPED = {"script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "select",
            "button", "textarea", "map", "nav"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section",
           "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre", "address", "center",
           "form", "fieldset", "figure", "figcaption", "hr", "caption", "body", "html", "tr", "td", "th"}
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_MAX_SPAN = {"colspan": 64, "rowspan": 500}
_BREAK = "\u2028"  # a <br>, kept apart from the source's own newlines until lines are split


def read_html(data: bytes) -> ReadResult:
    """Lines of an HTML page."""
    text, encoding = decode_html(data)
    text = _XML_DECLARATION.sub("", text, count=1)
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                                  default_doctype=False)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise UnreadableInput(f"unreadable HTML: {error}") from None
    body = root.find("body")
    walker = _Walker()
    walker.walk(body if body is not None else root)
    walker.flush()
    return ReadResult(lines=blocks_to_lines(walker.blocks), encoding=encoding, format="html")


def decode_html(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOM, declared charset, then the text reader's detection."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data)
    declared = _declared_charset(data[:8192])
    if declared and not declared.lower().startswith("utf-16"):  # a UTF-16 page has a BOM; browsers ignore this
        codec = "gb18030" if declared.lower() in _GB_FAMILY else declared.lower()
        try:
            codecs.lookup(codec)
            text = data.decode(codec)
            label = codec if codec == declared.lower() else f"{codec} (declared {declared})"
            return text, label
        except (LookupError, UnicodeDecodeError):
            pass
    text, encoding = decode(data)
    return text, encoding if not declared else f"{encoding} (declared {declared}, which does not decode it)"


def _declared_charset(head: bytes) -> str | None:
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii", errors="replace")
    return None


class _Walker:
    """Walks the element tree, collecting paragraphs (one per block element) and tables."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.pre = 0

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer = []
        if self.pre:
            text = text.replace("\n", _BREAK)
        for line in _WHITESPACE.sub(" ", text).split(_BREAK):
            if line.strip():
                self.blocks.append(line.strip())

    def walk(self, element) -> None:
        if element.text:
            self.buffer.append(element.text)
        for child in element:
            self._child(child)
            if child.tail:
                self.buffer.append(child.tail)

    def _child(self, child) -> None:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if not tag or tag in _DROPPED or _HIDDEN.search(child.get("style", "")) or child.get("hidden") is not None:
            return
        if tag == "br":
            self.buffer.append(_BREAK)
        elif tag == "input" and child.get("type", "").lower() in ("checkbox", "radio"):
            self.buffer.append(TICKED if child.get("checked") is not None else EMPTY)
        elif tag == "table":
            self.flush()
            self.blocks.append(html_table(child))
        elif tag in _BLOCKS:
            self.flush()
            self.pre += tag == "pre"
            self.walk(child)
            self.flush()
            self.pre -= tag == "pre"
        else:
            self.walk(child)


def html_table(table) -> Table:
    """Rows of a `<table>` (not of tables nested in its cells), spans expanded to empty cells."""
    out = Table()
    covered: set[tuple[int, int]] = set()  # (row, column) taken by a span from a cell before
    for row_index, tr in enumerate(_own_rows(table)):
        row: list[list[str]] = []
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            while (row_index, len(row)) in covered:
                row.append([])
            column = len(row)
            row.append(cell_paragraphs(cell))
            row.extend([] for _ in range(_span(cell, "colspan") - 1))
            covered.update((row_index + down, column + right)
                           for down in range(_span(cell, "rowspan")) for right in range(_span(cell, "colspan"))
                           if down)
        while (row_index, len(row)) in covered:
            row.append([])
        out.rows.append(row)
    return out


def _own_rows(table) -> list:
    rows = []
    for child in table:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(tr for tr in child if isinstance(tr.tag, str) and tr.tag.lower() == "tr")
    return rows


def cell_paragraphs(cell) -> list[str]:
    """A cell's paragraphs: its block elements and `<br>`-separated lines; nested tables as rows."""
    walker = _Walker()
    walker.walk(cell)
    walker.flush()
    paragraphs: list[str] = []
    for block in walker.blocks:
        if isinstance(block, Table):
            paragraphs.extend(" ".join(" ".join(c) for c in row if c) for row in block.rows)
        else:
            paragraphs.extend(split_paragraphs(block))
    return [p for p in paragraphs if p.strip()]


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1")), _MAX_SPAN[name]))
    except ValueError:
        return 1
