"""The text of a Doc, without rebuilding it.

``Doc.text`` joins every token's text on each access (about a millisecond for
a news article); our components and the fact builder each need the whole
string. ``make_doc`` keeps the string the doc was made from on the doc, and
``doc_text`` reads it from there, or builds it once for docs made elsewhere.
No component of ours retokenizes, so the kept string stays true.

The tokens' character offsets and sentence starts are kept the same way: the sentence
component reads them as token arrays anyway, and the figure spans and the fact builder need
them again (``Doc.to_array`` costs some 50 ns a token and attribute).
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.tokens import Doc

_KEY = "newsfacts.text"
_OFFSETS_KEY = "newsfacts.token_offsets"
_SENT_STARTS_KEY = "newsfacts.sent_starts"


def make_doc(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc.user_data[_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def token_offsets(doc: Doc) -> numpy.ndarray:
    """``doc.to_array("IDX")``, read once per doc."""
    offsets = doc.user_data.get(_OFFSETS_KEY)
    if offsets is None or len(offsets) != len(doc):
        offsets = doc.user_data[_OFFSETS_KEY] = doc.to_array("IDX")
    return offsets


def keep_token_offsets(doc: Doc, offsets: numpy.ndarray) -> None:
    doc.user_data[_OFFSETS_KEY] = offsets


def sent_starts(doc: Doc) -> numpy.ndarray:
    """``doc.to_array("SENT_START")``, as the sentence component wrote it (no component after it
    changes sentence starts), else read from the doc (a model's parser or senter set them)."""
    starts = doc.user_data.get(_SENT_STARTS_KEY)
    if starts is None or len(starts) != len(doc):
        starts = doc.to_array("SENT_START")
    return starts


def keep_sent_starts(doc: Doc, starts: numpy.ndarray) -> None:
    doc.user_data[_SENT_STARTS_KEY] = starts
