"""The text of a Doc, without rebuilding it.

``Doc.text`` joins every token's text on each access (about a millisecond for
a news article); our components and the fact builder each need the whole
string. ``make_doc`` keeps the string the doc was made from on the doc, and
``doc_text`` reads it from there, or builds it once for docs made elsewhere.
No component of ours retokenizes, so the kept string stays true.

The tokens' character offsets and sentence starts are kept the same way: the sentence
component reads them as token arrays anyway, and the figure spans and the fact builder need
them again (``Doc.to_array`` costs some 50 ns a token and attribute).

Some feeds lost every apostrophe to a "?" (1,349 of the corpus's Inshorts files: "Tata Motors?s
net profit", "China?s GDP", "don?t"), which the tokenizer keeps inside one word, so the gazetteers
and every possessive rule miss them. The pipeline's tokenizer (``ReadingTokenizer``) tokenizes a
reading copy with such a "?" read as an apostrophe, one character for one so every offset holds,
and the components read that copy (``doc_text``, token texts); ``original_text`` keeps the text
as written, for evidence and for the fact builder's own text rules (see facts.py _DocContext).
Being the tokenizer, it reads every doc alike, however it is made: ``nlp(text)``, ``nlp.pipe``,
``make_doc``. A "?" before a digit is a lost rupee sign ("?500 crore") and stays here: which "?" is
a sign is the amount recogniser's decision, and the fact builder reads those as "₹" (facts.py
_DocContext, ``amounts.read_lost_signs``).
"""

from __future__ import annotations

import re

import numpy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

_KEY = "newsfacts.text"
_ORIGINAL_KEY = "newsfacts.original"
# A "?" between a letter and a possessive or contraction ending that ends the word.
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|re|ll|ve|d|m)\b)")
_OFFSETS_KEY = "newsfacts.token_offsets"
_SENT_STARTS_KEY = "newsfacts.sent_starts"


def reading_copy(text: str) -> str:
    """``text`` with each lost apostrophe ("Motors?s") read as one: same length, same offsets."""
    return _LOST_APOSTROPHE.sub("'", text) if "?" in text else text


class ReadingTokenizer(Tokenizer):
    """spaCy's tokenizer, run on the reading copy of each text. A subclass rather than a wrapper,
    so spaCy's own steps (``pipe``, memory zones, serialisation, pickling for worker processes)
    keep working on it unchanged."""

    def __call__(self, text: str) -> Doc:
        reading = reading_copy(text)
        return _keep_texts(Tokenizer.__call__(self, reading), reading, text)


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc``, with the texts kept on the doc; a pipeline with another tokenizer (our
    components added to someone's own pipeline) reads the same copy through here."""
    if isinstance(nlp.tokenizer, ReadingTokenizer):
        return nlp.make_doc(text)
    reading = reading_copy(text)
    return _keep_texts(nlp.make_doc(reading), reading, text)


def _keep_texts(doc: Doc, reading: str, text: str) -> Doc:
    doc.user_data[_KEY] = reading
    if reading != text:
        doc.user_data[_ORIGINAL_KEY] = text
    return doc


def original_text(doc: Doc) -> str:
    """The text as written, before ``reading_copy``: what evidence quotes."""
    return doc.user_data.get(_ORIGINAL_KEY) or doc_text(doc)


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
