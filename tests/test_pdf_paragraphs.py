"""Where a PDF's visual lines are one paragraph and where a new one begins (ingest/readers/pdf_paragraphs.py).

Narrative points of a 情况说明 (`13. “…（项）”7.66万元，…增加。` then `14. “…”460.85万元…`) are often
set with an indent too slight to count as a paragraph's first line: after a finished sentence, a
line that opens a numbered point starts a paragraph, or its figures are read as the previous
point's (a real Shanghai budget lost three 项 lines so).
"""

from __future__ import annotations

import pytest

from ingest.readers.pdf_lines import Line
from ingest.readers.pdf_paragraphs import _body_wrap

SIZE = 10.0
LEFT, RIGHT = 50.0, 550.0
MARGINS = {600.0: (LEFT, RIGHT)}


def _line(text: str, top: float, x0: float = LEFT, x1: float = RIGHT - 2) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + SIZE, size=SIZE, page=1, page_width=600.0)


@pytest.mark.parametrize("opening", ["14. “社会保障和就业支出（类）", "14、机关事业单位", "（十四）其他支出",
                                     "十四、其他说明", "2.一般行政管理事务"])
def test_a_numbered_point_after_a_finished_sentence_starts_a_paragraph(opening):
    previous = _line("比2023年预算执行数增加22.36%。主要原因是：事业单位离退休经费增加。", 100)
    assert not _body_wrap(previous, _line(opening, 113, x0=LEFT + SIZE), MARGINS)


@pytest.mark.parametrize("previous_text, next_text", [
    ("比2023年预算执行数增加22.36%。主要原因是：事业单位离退休经费", "增加。"),   # mid-sentence
    ("支出决算为441.29万元，完成预算100%。", "其中：基本支出412.64万元"),       # not a numbered point
    ("2024年预算安排7.66万元，比上年增加", "14.5万元，主要原因是"),            # a figure, not a point
])
def test_a_line_filling_the_column_continues_its_paragraph(previous_text, next_text):
    assert _body_wrap(_line(previous_text, 100), _line(next_text, 113), MARGINS)
