"""The text of a Doc, without rebuilding it.

``Doc.text`` joins every token's text on each access (about a millisecond for
a news article); our components and the fact builder each need the whole
string. ``make_doc`` keeps the string the doc was made from on the doc, and
``doc_text`` reads it from there, or builds it once for docs made elsewhere.
No component of ours retokenizes, so the kept string stays true.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_KEY = "newsfacts.text"


def make_doc(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc.user_data[_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
