"""press_line_breaks: a line break ends a sentence, before the parser runs.

Press pages put headings, date lines and place lines on lines of their own;
left to the parser they merge into the next sentence ("… Digital Economy
December 9-10, 2023 Suzhou, China The National Committee convened …"), which
hides the sentence that reports the event. The parser keeps preset starts.

A weekday in brackets after a day ("from October 13 (Mon.) to 16 (Thu.)", as
Korean and Japanese releases write dates) ends no sentence, though it ends in a period.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..date_grammar import WEEKDAY_ABBREVIATIONS

_BRACKETED_WEEKDAY = re.compile(rf"\((?:{WEEKDAY_ABBREVIATIONS})\.\)")
# A dateline that opens a paragraph: a place, maybe a date, maybe the agency, then a dash ("BEIJING, Nov. 14
# (Xinhua) -- ", "Batam, Riau Islands (ANTARA) - ", "NEW DELHI, 18 November 2024 — "). Left to the parser
# it joins the sentence after it, whose subject it becomes.
_DATELINE = re.compile(r"^[ \t]*[A-Z][\w.'’/-]*(?:[ ,/]+[A-Z][\w.'’/-]*){0,4}(?:,[^\n—–()|:]{3,40}?)?"
                       r"[ \t]*(?P<agency>\([^()\n]{2,25}\)|/[A-Za-z]+/)?[ \t]*(?:-{1,3}|–|—)[ \t]+(?=\S)", re.MULTILINE)


@Language.factory("press_line_breaks", requires=[], assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreaks:
    return LineBreaks()


class LineBreaks:
    def __call__(self, doc: Doc) -> Doc:
        for i in range(1, len(doc)):
            previous = doc[i - 1]
            if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                if not doc[i].is_space:
                    doc[i].is_sent_start = True
            elif (previous.is_alpha or previous.like_num) and not doc[i].is_space:
                # Nor does a sentence start right after a word on the same line: the parser
                # would cut "GITEX Africa Morocco was held …" into three.
                doc[i].is_sent_start = False
        for m in _DATELINE.finditer(doc.text):
            if m.group("agency") or any(c.isdigit() for c in m.group()):  # not a heading's "ASEAN - Japan …"
                after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
                if after is not None and len(after):
                    after[0].is_sent_start = True
        for m in _BRACKETED_WEEKDAY.finditer(doc.text):
            inside = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            for tok in list(inside)[1:] + ([doc[inside.end]] if inside.end < len(doc) else []):
                if not tok.is_sent_start:
                    tok.is_sent_start = False
        return doc
