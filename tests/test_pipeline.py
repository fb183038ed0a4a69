"""The spaCy components on blank pipelines, the assembled pipeline, and a save/load round trip."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
import spacy

import extract.acronyms  # noqa: F401  (registers the factory)
import extract.components  # noqa: F401
from extract.components import AMOUNTS_KEY, BOILERPLATE_KEY, amounts_of
from extract.errors import PatternError
from extract.pipeline import TRIGGERS_KEY, build_pipeline


def test_amounts_component_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts_amounts")
    doc = nlp("The mission has an outlay of Rs 16,300 crore and China holds nearly 70% of output.")
    assert [(s.text, s.label_) for s in doc.spans[AMOUNTS_KEY]] == [("Rs 16,300 crore", "MONEY"), ("70%", "PERCENT")]
    assert [m.value.amount for m in amounts_of(doc)] == [163000000000.0, 70.0]


def test_amount_span_snaps_to_tokens_but_value_keeps_exact_offsets():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts_amounts")
    doc = nlp("A ₹16,300-crore mission.")
    [match] = amounts_of(doc)
    assert doc.text[match.start:match.end] == "₹16,300-crore"


def test_boilerplate_component_marks_whole_lines():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts_boilerplate")
    doc = nlp("Headline\nStory continues below this ad\nAlso Read: Rs 5 crore deal\nBody Rs 7 crore.")
    assert [s.text for s in doc.spans[BOILERPLATE_KEY]] == ["Story continues below this ad", "Also Read: Rs 5 crore deal"]


def test_line_breaks_start_sentences():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts_line_breaks")
    nlp.add_pipe("sentencizer")
    doc = nlp("Cabinet clears mission\nLast Updated : Feb 14 2025\nThe outlay is Rs 5 crore.")
    assert [s.text.strip() for s in doc.sents] == ["Cabinet clears mission", "Last Updated : Feb 14 2025",
                                                  "The outlay is Rs 5 crore."]


def test_sentences_component_agrees_with_spacys_sentencizer_plus_line_breaks():
    text = ("Cabinet clears mission\r\nLast Updated : Feb 14 2025\n\nThe outlay is Rs 5 crore. “It is big,” he said! "
            "Is it? Yes... U.S. officials agree.Following that, (the plan) moved.\n- Bullet one\n- Bullet two")
    reference = spacy.blank("en")
    reference.add_pipe("newsfacts_line_breaks")
    reference.add_pipe("sentencizer")
    ours = spacy.blank("en")
    ours.add_pipe("newsfacts_sentences")
    assert [s.text for s in ours(text).sents] == [s.text for s in reference(text).sents]
    assert len(list(ours(text).sents)) >= 8


def test_built_pipeline_components_in_order():
    nlp = build_pipeline()
    assert nlp.pipe_names == ["newsfacts_sentences", "newsfacts_acronyms", "newsfacts_entities",
                              "newsfacts_boilerplate", "newsfacts_amounts", "newsfacts_spans"]


def test_entities_and_triggers_carry_canonical_ids(nlp):
    doc = nlp("The National Critical Minerals Mission has an outlay of Rs 16,300 crore.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("National Critical Minerals Mission", "PROGRAMME", "National Critical Mineral Mission")]
    assert [s.id_ for s in doc.spans[TRIGGERS_KEY]] == ["outlay"]


def test_round_trip_to_disk_and_back(tmp_path, nlp):
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    text = "NCMM (National Critical Mineral Mission) got Rs 7,000 crore for exploration."
    before, after = nlp(text), loaded(text)
    assert [(e.text, e.ent_id_) for e in after.ents] == [(e.text, e.ent_id_) for e in before.ents]
    assert [s.text for s in after.spans[AMOUNTS_KEY]] == ["Rs 7,000 crore"]
    assert [d.short for d in after._.newsfacts_definitions] == ["NCMM"]


def test_factories_are_exposed_as_spacy_entry_points():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"newsfacts_sentences", "newsfacts_line_breaks", "newsfacts_boilerplate", "newsfacts_amounts", "newsfacts_acronyms",
            "newsfacts_entities", "newsfacts_programme_shapes", "newsfacts_defined_names"} <= names
    for ep in entry_points(group="spacy_factories"):
        if ep.name.startswith("newsfacts_"):
            assert callable(ep.load())


def test_malformed_user_pattern_names_file_and_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"label": "ORG", "pattern": [{"LOWR": "x"}]}\n', encoding="utf-8")
    with pytest.raises(PatternError) as info:
        build_pipeline([tmp_path])
    assert "bad.jsonl:1" in str(info.value) and "LOWR" in str(info.value)


def test_pattern_line_with_unknown_key_is_rejected(tmp_path):
    (tmp_path / "bad.jsonl").write_text('\n{"label": "ORG", "pattern": "acme", "ids": "Acme"}\n', encoding="utf-8")
    with pytest.raises(PatternError, match=r"bad.jsonl:2: unknown key"):
        build_pipeline([tmp_path])


def test_unknown_model_is_a_usage_error():
    from extract.errors import UsageError

    with pytest.raises(UsageError, match="cannot load spaCy model"):
        build_pipeline(model="xx_no_such_model")


def test_compiled_phrases_match_what_the_token_patterns_matched():
    """The pattern compiler turns exact token patterns into phrases, and the pipeline runs them in two
    span_rulers (LOWER, then ORTH) writing doc.ents: the entities must be those one entity_ruler
    finds with the original token patterns."""
    import spacy as _spacy

    from extract.patterns import compile_patterns

    lines = [
        {"label": "ORG", "pattern": [{"LOWER": "coal"}, {"LOWER": "india"}], "id": "Coal India"},
        {"label": "PROGRAMME", "pattern": [{"ORTH": "TRUST"}], "id": "TRUST"},
        {"label": "ORG", "pattern": [{"ORTH": "U.S."}, {"LOWER": "department"}, {"LOWER": "of"},
                                     {"LOWER": "energy"}], "id": "Department of Energy"},
        {"label": "MINERAL", "pattern": [{"LOWER": {"IN": ["rare", "heavy"]}}, {"LOWER": "earths"}], "id": "REE"},
        {"label": "PROGRAMME", "pattern": [{"IS_TITLE": True}, {"LOWER": "mission"}]},
    ]
    text = "Coal India, TRUST and the U.S. Department of Energy back heavy earths; we trust Green Mission."
    slow = _spacy.blank("en")
    slow.add_pipe("entity_ruler").add_patterns(lines)
    compiled = compile_patterns(lines, slow.make_doc)
    assert len(compiled.token_patterns) == 1 and len(compiled.cased_phrases) == 1
    fast = _spacy.blank("en")
    fast.add_pipe("span_ruler", config={"spans_key": None, "phrase_matcher_attr": "LOWER", "annotate_ents": True,
                                         "overwrite": True}).add_patterns(
        [*compiled.lower_phrases, *compiled.token_patterns])
    fast.add_pipe("span_ruler", name="cased", config={"spans_key": None, "phrase_matcher_attr": "ORTH",
                                                      "annotate_ents": True, "overwrite": False}).add_patterns(
        list(compiled.cased_phrases))
    as_tuples = lambda doc: [(e.text, e.label_, e.ent_id_) for e in doc.ents]  # noqa: E731
    assert as_tuples(fast(text)) == as_tuples(slow(text))


def test_shipped_rule_files_need_no_token_matcher():
    """One optional token ("taxes at (the) rate") once sent every doc through the token Matcher, five
    times the trigger component's time: the shipped lines must stay phrases (an optional word is
    two lines)."""
    import spacy as _spacy

    from extract.patterns import compile_patterns, load_patterns

    patterns = load_patterns()
    make_doc = _spacy.blank("en").make_doc
    for lines in (patterns.entities, patterns.spans):
        assert [line["pattern"] for line in compile_patterns(lines, make_doc).token_patterns] == []


def test_defined_names_become_entities_and_their_acronym_too(nlp):
    doc = nlp("The Board of Control for Cricket in India (BCCI) met. Later the BCCI paid Rs 400 crore. "
              "A tunnel boring machine (TBM) arrived.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Board of Control for Cricket in India", "ORG"),
                                                     ("BCCI", "ORG"), ("BCCI", "ORG")]


def test_defined_programme_name_is_a_programme(nlp):
    doc = nlp("The Green Steel Transition Plan (GSTP) gets Rs 500 crore.")
    assert [(e.text, e.label_) for e in doc.ents][:1] == [("Green Steel Transition Plan", "PROGRAMME")]


def test_public_api_names_resolve_lazily():
    import extract

    for name in extract.__all__:
        assert getattr(extract, name) is not None


def test_a_unit_letter_and_full_stop_after_a_figure_end_the_sentence():
    nlp = build_pipeline()
    doc = nlp("Results\n\nAnalysts expected £610m. Revenues were £4.1bn, and costs fell 20k.\nIt was 9 a.m. then.")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Results", "Analysts expected £610m.", "Revenues were £4.1bn, and costs fell 20k.", "It was 9 a.m. then."]
