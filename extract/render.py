"""Rich renderables for the terminal: the facts table and the conflicts report.

Builds objects only; cli.py decides where they are printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from .records import Fact


def value_text(fact: Fact) -> str:
    value = fact.value
    text = getattr(value, "text", None)
    if fact.kind == "definition":
        return f"{value.short} = {value.long}"  # type: ignore[attr-defined]
    if fact.kind == "membership":
        return f"{value.member} joined ({value.date or value.date_text or 'date unknown'})"  # type: ignore[attr-defined]
    if fact.kind == "quote":
        return f"{value.speaker}: “{value.quote}”"  # type: ignore[attr-defined]
    return str(text)


def normalised(fact: Fact) -> str:
    from .conflicts import human_amount

    value = fact.value
    if fact.kind == "money":
        approx = {"about": "~", "over": ">", "under": "<"}.get(value.approx or "", "")  # type: ignore[attr-defined]
        return f"{approx}{value.currency} {human_amount(value.amount, value.currency)}"  # type: ignore[attr-defined]
    if fact.kind == "percent":
        return f"{value.amount:g}%"  # type: ignore[attr-defined]
    return ""


def facts_table(facts: Sequence[Fact]) -> Table:
    table = Table(title=f"{len(facts)} facts", show_lines=False, expand=False)
    table.add_column("doc", overflow="fold", max_width=20)
    table.add_column("subject", overflow="fold", max_width=22)
    table.add_column("predicate", overflow="fold", max_width=12)
    table.add_column("value", overflow="fold")
    table.add_column("normalised", justify="right", no_wrap=True)
    for fact in facts:
        table.add_row(
            Text(fact.evidence.doc), Text(fact.subject.name if fact.subject else "-"),
            fact.predicate, Text(value_text(fact)), normalised(fact),
        )
    return table


def print_renderable(renderable: RenderableType, stream: IO[str]) -> None:
    console = Console(file=stream, soft_wrap=False, highlight=False)
    console.print(renderable)


def split_evidence(evidence) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """The evidence sentence as (before, figure, after), squeezed onto one line."""
    sentence = evidence.sentence
    rel_start = evidence.start - evidence.sentence_start
    rel_end = evidence.end - evidence.sentence_start
    return (_squeeze(sentence[:rel_start]).lstrip(), _squeeze(sentence[rel_start:rel_end]),
            _squeeze(sentence[rel_end:]).rstrip())


def _highlighted_sentence(fact_evidence) -> Text:  # type: ignore[no-untyped-def]
    """The evidence sentence with the figure in bold, squeezed onto one line."""
    before, figure, after = split_evidence(fact_evidence)
    return Text.assemble(before, (figure, "bold yellow"), after)


def _squeeze(piece: str) -> str:
    """Runs of whitespace (line breaks, NBSP) to one space, keeping a space at either edge."""
    import re

    return re.sub(r"\s+", " ", piece)


def conflicts_report(report) -> RenderableType:  # type: ignore[no-untyped-def]
    """One panel per finding, strongest first (the report's order), values side by side with their
    sources, then the label, confidence and why the figures were compared; readable at 80 columns."""
    from rich.console import Group
    from rich.panel import Panel

    parts: list[RenderableType] = []
    for conflict in report.conflicts:
        subject = conflict.subject.name if conflict.subject else "?"
        quals = ", ".join(f"{k}: {v}" for k, v in conflict.qualifiers.items())
        title = Text.assemble((subject, "bold"), " · ", conflict.predicate, (f"  ({quals})" if quals else ""))
        body = Table.grid(padding=(0, 1))
        body.add_column(style="bold cyan", max_width=22, overflow="fold")
        body.add_column(overflow="fold")
        for value in conflict.values:
            dated = {e.doc: e.published.isoformat() if e.published else "undated" for e in value.evidence}
            sources = ", ".join(f"{doc} ({when})" for doc, when in dated.items())
            body.add_row(Text(value.display), Text(f"{len(value.articles)} article(s): {sources}", style="dim"))
            for evidence in value.evidence[:3]:
                body.add_row("", _highlighted_sentence(evidence))
        sev = conflict.severity
        footer = f"{conflict.label.replace('_', ' ')}, confidence {conflict.confidence:.2f}; severity: {sev.level}"
        footer += (f", spread {sev.spread:.0%}" if sev.spread is not None else "")
        footer += f", support {'/'.join(map(str, sev.support))}"
        if conflict.status != "conflict":
            footer = "needs a reference date: " + footer
        body.add_row("", Text(footer, style="italic"))
        if conflict.reason:
            story = f"story {conflict.story}; " if conflict.story else "linked across stories; "
            body.add_row("why", Text(story + conflict.reason, style="dim"))
        if conflict.hint:
            body.add_row("hint", Text(conflict.hint, style="green"))
        style = "red" if conflict.status == "conflict" and conflict.label == "conflict" else "yellow"
        parts.append(Panel(body, title=title, title_align="left", border_style=style, width=min(100, 100)))
    summary = Text(f"{report.articles} articles read, {report.stories} stories, {report.facts} facts, "
                   f"{report.groups_compared} groups compared, {len(report.real_conflicts)} conflicts"
                   + (f", {len(report.awaiting_date)} awaiting a reference date" if report.awaiting_date else "")
                   + (f", {report.below_confidence} findings under --min-confidence" if report.below_confidence else ""),
                   style="bold")
    parts.append(summary)
    return Group(*parts)
