"""Yes/no answers of checkbox forms (绩效自评基础数据表).

Word field codes survive text extraction: `是 eq \\o\\ac(□,√)` is a ticked box, `eq \\o\\ac(□)` an
empty one, a bare `□` or `(` an empty box as rendered, `☑` a ticked one (normalisation turns
`☐`/`☒` into `□`/`☑`). `是/有` ticked → yes, `否/无` → no.
"""

from __future__ import annotations

import re

from ingest.facts import FormAnswer
from ingest.segmenters import Segments

_TICKED = r"eq\s*\\o\\ac\(□,\s*√\)|☑|■|√"
_EMPTY = r"eq\s*\\o\\ac\(□\)|□|\("
_OPTION = re.compile(rf"(?P<label>是|否|有|无)\s*(?:(?P<ticked>{_TICKED})|(?P<empty>{_EMPTY}))"
                     rf"|(?:(?P<ticked_before>{_TICKED})|(?P<empty_before>{_EMPTY}))\s*(?P<label_after>是|否|有|无)(?![是否有无])")
_YES = {"是", "有"}
_BOX = re.compile(r"eq\s*\\o\\ac|□|☑")


def extract_form_answers(segments: Segments) -> list[FormAnswer]:
    out = []
    for line_no, text in segments.narrative:
        if not _BOX.search(text):
            continue
        for question, answer_text in _questions(text):
            if re.search(r"是|否|有|无", answer_text):
                out.append(_answer(question, answer_text, line_no))
    return out


def _questions(text: str) -> list[tuple[str, str]]:
    """A line may hold one question (`…：是 □ 否 □`) or end with a remark after the boxes."""
    colon = max(text.rfind(":", 0, _first_box(text)), text.rfind("：", 0, _first_box(text)))
    if colon < 0:
        return []
    question = text[:colon].strip()
    if not question:
        return []
    return [(question, text[colon + 1:])]


def _first_box(text: str) -> int:
    match = _BOX.search(text)
    return match.start() if match else len(text)


def _answer(question: str, answer_text: str, line_no: int) -> FormAnswer:
    ticked = []
    for match in _OPTION.finditer(answer_text):
        label = match.group("label") or match.group("label_after")
        if match.group("ticked") or match.group("ticked_before"):
            ticked.append(label)
    answer = None
    if len(set(ticked)) == 1:
        answer = "yes" if ticked[0] in _YES else "no"
    return FormAnswer(question=question, answer=answer, answer_text=answer_text.strip(), source_line=line_no)
