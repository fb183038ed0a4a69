"""Long and pathological articles run in pieces; offsets and facts stay those of the whole text."""

from __future__ import annotations

import pytest

from extract import pieces
from extract.articles import Article
from extract.batch import extract_chunk
from extract.pieces import PIECE_CHARS, RUN_CHARS, RUN_KEEP, split_text

PARAGRAPH = ("The Cabinet approved the Green Steel Mission with an outlay of Rs 4,250 crore on Tuesday. "
             "Officials said 12% of it would go to research.\n\n")


def test_an_ordinary_article_is_one_piece():
    text = PARAGRAPH * 20
    assert split_text(text) == [(0, len(text))]


def test_a_long_article_is_cut_at_paragraph_breaks_and_covers_the_text():
    text = PARAGRAPH * (3 * PIECE_CHARS // len(PARAGRAPH))
    spans = split_text(text)
    assert len(spans) >= 3
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))
    assert all(end - start <= PIECE_CHARS for start, end in spans)
    assert all(text[start:end].endswith("\n\n") for start, end in spans[:-1])


def test_one_endless_word_is_cut_anywhere():
    text = "a" * (PIECE_CHARS * 2 + 5)
    assert split_text(text) == [(0, PIECE_CHARS), (PIECE_CHARS, 2 * PIECE_CHARS), (2 * PIECE_CHARS, len(text))]


def test_a_long_run_of_marks_is_skipped_but_its_ends_are_kept():
    head, tail = "It got Rs 289 crore (", ") and more."
    text = head + "(" * (RUN_CHARS * 10) + tail
    spans = split_text(text)
    assert len(spans) == 2
    (s1, e1), (s2, e2) = spans
    # The run is every non-word character in a row: from the blank after "crore" to the one before "and".
    assert text[s1:e1] == "It got Rs 289 crore" + " (((((((((((((((("[:RUN_KEEP]
    assert text[s2:e2] == text[-len("and more.") - RUN_KEEP:]
    assert text[s2:e2].endswith(tail)


def test_a_short_run_is_left_alone():
    text = "Before." + "=" * (RUN_CHARS - 1) + "After."  # with the full stop, RUN_CHARS marks
    assert split_text(text) == [(0, len(text))]


def test_blank_pieces_are_dropped():
    text = "Rs 5 crore." + " " * (RUN_CHARS * 3) + "!" * 10
    assert [text[s:e].strip() for s, e in split_text(text)] == ["Rs 5 crore."]


def _money(facts):
    return [(f.value.amount, f.evidence.start, f.evidence.end, f.id) for f in facts if f.kind in ("money", "percent")]


def test_pieces_give_the_facts_and_offsets_of_the_whole_text(nlp, monkeypatch):
    text = PARAGRAPH * 40
    article = Article(id="long.txt", text=text)
    whole = extract_chunk(nlp, [article])[0]
    monkeypatch.setattr(pieces, "PIECE_CHARS", 1_000)
    assert len(split_text(text)) > 5
    cut = extract_chunk(nlp, [article])[0]
    assert _money(cut) == _money(whole)
    for fact in cut:
        assert text[fact.evidence.start:fact.evidence.end] in fact.evidence.sentence
        assert text[fact.evidence.sentence_start:].startswith(fact.evidence.sentence)


@pytest.mark.slow
def test_an_article_over_spacys_limit_runs_with_exact_offsets(nlp):
    text = PARAGRAPH * (1_200_000 // len(PARAGRAPH))
    assert len(text) > 1_000_000
    facts = extract_chunk(nlp, [Article(id="big.txt", text=text)])[0]
    money = [f for f in facts if f.kind == "money"]
    assert len(money) == text.count("Rs 4,250 crore")
    assert all(text[f.evidence.start:f.evidence.end] == f.value.text for f in money)
    assert max(f.evidence.start for f in money) > 1_000_000
    assert len({f.id for f in facts}) == len(facts)
