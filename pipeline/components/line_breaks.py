"""press_line_breaks: a line break ends a sentence, before the parser runs.

Press pages put headings, date lines and place lines on lines of their own;
left to the parser they merge into the next sentence ("… Digital Economy
December 9-10, 2023 Suzhou, China The National Committee convened …"), which
hides the sentence that reports the event. The parser keeps preset starts.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


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
        return doc
