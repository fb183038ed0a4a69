"""The HTML evidence report: conflicts side by side, then every article with its facts marked.

One self-contained file (inline CSS and a little JS, no network) that a reader can
open from disk and send on. The conflicts are rendered here, as HTML, strongest
first; the articles travel as JSON inside the page and the page's script draws an
article's text and highlights only when it is opened, a page of articles at a time,
so a report over thousands of articles stays a small DOM that opens without freezing.

Everything from articles is escaped: the templates autoescape, and the embedded JSON
is written with ``<``, ``>`` and ``&`` as ``\\u`` escapes, so ``</script>`` in an
article cannot end the data block. The page's script only ever sets ``textContent``.

Conflict records are read defensively (``getattr``): fields such as ``confidence``,
``label`` or ``story`` are shown when the conflict objects carry them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .articles import Article
from .records import Fact
from .render import normalised, split_evidence, value_text

# Articles drawn per page of the article section (the rest wait in the embedded JSON).
ARTICLES_PER_PAGE = 20
# Up to this many articles the report opens them all (a small batch reads top to bottom).
OPEN_ALL_UP_TO = 12
# Evidence sentences shown per value before the rest fold away.
EVIDENCE_SHOWN = 3
_LEVEL_RANK = {"high": 0, "medium": 1, "low": 2, "unknown": 3}


@dataclass
class _ArticleEntry:
    doc: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    text: str | None = None
    facts: list[Fact] = field(default_factory=list)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _collect_articles(facts: Iterable[Fact], articles: Iterable[Article]) -> list[_ArticleEntry]:
    """Articles in input order, then any article known only from its facts (facts read from JSON Lines)."""
    entries: dict[str, _ArticleEntry] = {}
    for article in articles:
        entries.setdefault(article.id, _ArticleEntry(article.id, article.title, _iso(article.published),
                                                     article.url, article.text))
    for fact in facts:
        entry = entries.get(fact.evidence.doc)
        if entry is None:
            entry = entries[fact.evidence.doc] = _ArticleEntry(fact.evidence.doc, published=_iso(fact.evidence.published))
        entry.facts.append(fact)
    return list(entries.values())


def _segments(entry: _ArticleEntry) -> list[tuple[int, str]]:
    """(offset, text) pieces to draw: the whole text, or, when only facts are known, their sentences."""
    if entry.text is not None:
        return [(0, entry.text)]
    sentences = {(f.evidence.sentence_start, f.evidence.sentence) for f in entry.facts}
    return sorted(sentences)


def _fact_data(fact: Fact) -> dict[str, Any]:
    subject = fact.subject
    return {
        "id": fact.id, "k": fact.kind, "p": fact.predicate,
        "s": subject.name if subject else "", "st": subject.text if subject else "",
        "sl": subject.label if subject else "",
        "v": value_text(fact), "n": normalised(fact), "q": dict(fact.qualifiers),
        "b": fact.evidence.start, "e": fact.evidence.end,
    }


def _article_data(index: int, entry: _ArticleEntry) -> dict[str, Any]:
    facts = sorted(entry.facts, key=lambda f: (f.evidence.start, f.evidence.end))
    return {
        "i": index, "doc": entry.doc, "title": entry.title, "published": entry.published, "url": entry.url,
        "full": entry.text is not None, "segments": _segments(entry), "facts": [_fact_data(f) for f in facts],
    }


def _strength(conflict: Any) -> tuple:
    """Strongest first: real conflicts, then severity, confidence (when given), spread and support."""
    severity = getattr(conflict, "severity", None)
    confidence = getattr(conflict, "confidence", None)
    return (
        getattr(conflict, "status", "conflict") != "conflict",
        _LEVEL_RANK.get(getattr(severity, "level", "unknown"), 4),
        -confidence if isinstance(confidence, (int, float)) else 0.0,
        -(getattr(severity, "spread", None) or 0.0),
        -sum(getattr(severity, "support", None) or [0]),
        _subject_name(conflict),
        getattr(conflict, "predicate", ""),
    )


def _subject_name(conflict: Any) -> str:
    subject = getattr(conflict, "subject", None)
    return getattr(subject, "name", None) or "(no subject)"


def _evidence_view(evidence: Any, anchors: Mapping[str, str]) -> dict[str, Any]:
    before, figure, after = split_evidence(evidence)
    return {"doc": evidence.doc, "anchor": anchors.get(evidence.doc), "published": _iso(evidence.published),
            "start": evidence.start, "before": before, "figure": figure, "after": after}


def _conflict_view(number: int, conflict: Any, anchors: Mapping[str, str]) -> dict[str, Any]:
    subject = getattr(conflict, "subject", None)
    severity = getattr(conflict, "severity", None)
    qualifiers = getattr(conflict, "qualifiers", None) or {}
    values = []
    for value in getattr(conflict, "values", []):
        evidence = [_evidence_view(e, anchors) for e in getattr(value, "evidence", [])]
        published = {e["doc"]: e["published"] for e in evidence}
        values.append({
            "display": getattr(value, "display", ""),
            "articles": [{"doc": d, "anchor": anchors.get(d), "published": published.get(d)}
                         for d in getattr(value, "articles", [])],
            "evidence": evidence[:EVIDENCE_SHOWN], "more_evidence": evidence[EVIDENCE_SHOWN:],
            "needs_reference_date": getattr(value, "needs_reference_date", False),
        })
    docs = sorted({a["doc"] for v in values for a in v["articles"]})
    name = _subject_name(conflict)
    fact_kind = getattr(conflict, "fact_kind", "") or ""
    extras = {key: getattr(conflict, key) for key in ("label", "confidence", "story")
              if getattr(conflict, key, None) not in (None, "", [])}
    return {
        "id": f"c{number}", "kind": getattr(conflict, "kind", ""), "fact_kind": fact_kind,
        "status": getattr(conflict, "status", "conflict"),
        "subject": name, "acronym": getattr(subject, "acronym", None), "label": getattr(subject, "label", None),
        "predicate": getattr(conflict, "predicate", ""), "qualifiers": dict(qualifiers),
        "level": getattr(severity, "level", "unknown"), "spread": getattr(severity, "spread", None),
        "support": list(getattr(severity, "support", None) or []),
        "hint": getattr(conflict, "hint", None), "extras": extras, "values": values, "docs": docs,
        "search": " ".join([name, getattr(subject, "acronym", None) or "", getattr(conflict, "predicate", ""),
                            *map(str, qualifiers.values()), *docs]).lower(),
    }


def build_report(facts: Sequence[Fact], articles: Iterable[Article] = (), conflict_report: Any = None,
                 *, title: str = "newsfacts report", failures: Sequence[str] = ()) -> dict[str, Any]:
    """The template's context: plain dicts and lists, so tests and other renderers can use it too.

    ``conflict_report`` is a ``find_conflicts`` result; when None it is computed from ``facts``.
    """
    if conflict_report is None:
        from .conflicts import find_conflicts

        conflict_report = find_conflicts(facts)
    entries = _collect_articles(facts, articles)
    anchors = {entry.doc: f"a{i}" for i, entry in enumerate(entries)}
    conflicts = sorted(getattr(conflict_report, "conflicts", []), key=_strength)
    by_kind = _count_by(fact.kind for fact in facts)
    views = [_conflict_view(n, c, anchors) for n, c in enumerate(conflicts, start=1)]
    return {
        "title": title,
        "counts": {"articles": len(entries), "facts": len(facts), "by_kind": by_kind,
                   "conflicts": sum(v["status"] == "conflict" for v in views),
                   # Findings that are not (yet) conflicts, by status: "needs reference date": 1.
                   "other": _count_by(v["status"].replace("_", " ") for v in views if v["status"] != "conflict"),
                   "groups_compared": getattr(conflict_report, "groups_compared", None)},
        "conflicts": views,
        "kinds": sorted(by_kind),
        "failures": list(failures),
        "data": {"articles": [_article_data(i, e) for i, e in enumerate(entries)],
                 "perPage": ARTICLES_PER_PAGE, "openAll": len(entries) <= OPEN_ALL_UP_TO},
    }


def _count_by(keys: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items()))


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("extract", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    # Compact JSON: the embedded articles are most of a large report's bytes.
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "separators": (",", ":"), "ensure_ascii": False}
    return env


def render_report(facts: Sequence[Fact], articles: Iterable[Article] = (), conflict_report: Any = None,
                  *, title: str = "newsfacts report", failures: Sequence[str] = ()) -> str:
    """The report as one self-contained HTML document."""
    context = build_report(facts, articles, conflict_report, title=title, failures=failures)
    return _environment().get_template("report.html.j2").render(**context)


def write_report(path: str | Path, facts: Sequence[Fact], articles: Iterable[Article] = (),
                 conflict_report: Any = None, *, title: str = "newsfacts report",
                 failures: Sequence[str] = ()) -> Path:
    """Render the report and write it atomically (a reader never sees half a file)."""
    from .output import atomic_output

    html = render_report(facts, articles, conflict_report, title=title, failures=failures)
    with atomic_output(Path(path)) as stream:
        stream.write(html)
    return Path(path)
