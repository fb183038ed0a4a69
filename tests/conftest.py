"""Shared fixtures: one pipeline per test session (building it is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TRICKY = ROOT / "tests" / "fixtures" / "tricky"


@pytest.fixture(scope="session")
def nlp():
    from extract.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def sample_facts(nlp):
    """Every fact from samples/, as the CLI would produce them."""
    from extract.articles import read_articles
    from extract.facts import facts_from_articles

    articles = [a for a in read_articles([str(SAMPLES)])]
    return [f for _, facts in facts_from_articles(nlp, articles) for f in facts]
