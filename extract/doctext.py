"""The text of a Doc, read once.

``Doc.text`` joins every token's text on each access; our components and the
fact builder each need the whole string, so the first reader caches it on the
doc. No component of ours retokenizes, so the cached string stays true.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newsfacts.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
