"""What the attribution tests read off a text: its figures' facts, and a figure's owner."""

from __future__ import annotations

from extract.articles import Article
from extract.doctext import make_doc
from extract.facts import extract_facts


def figures(nlp, text: str) -> dict[str, object]:
    """The money and percent facts of ``text``, by the figure as written (the doc made as the
    command line makes it)."""
    article = Article(id="t", text=text)
    return {f.value.text: f for f in extract_facts(nlp(make_doc(nlp, text)), article) if f.kind in ("money", "percent")}


def owner(nlp, text: str, figure: str) -> str | None:
    fact = figures(nlp, text)[figure]
    return fact.subject.name if fact.subject else None
