"""National figures: a reader names the economy, not the body that publishes its statistics.

Owner choice (``owners.choose_owner``) reads grammar, so "The ONS said output dropped 0.5%" gives
the ONS as speaker, and "it" or the article's topic can give a ministry or a bank economist. For
national measures (inflation, unemployment, GDP, growth of the economy or its output, exports;
``national_figures`` in ``patterns/owners.json``) that answer is replaced here by the country: the
one the figure is "in" or "for", the body's own ("Bank of Japan", "UK Treasury", the table's
"ONS"), or the country the article is about. Kept apart from ``owners`` because it is a second
decision taken after the first, with its own data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .names import demonym_country
from .patterns import load_table, packaged_patterns_dir, word_alternation
from .records import Subject

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .facts import _DocContext


@dataclass(frozen=True)
class _NationalRules:
    """The ``national_figures`` table of owners.json, its cues compiled once."""

    measures: frozenset[str]
    cued_measures: frozenset[str]
    regional: re.Pattern[str]
    growth_cue: re.Pattern[str]
    not_national: re.Pattern[str]
    own_after: re.Pattern[str]
    reporter_words: frozenset[str]
    measure_word: re.Pattern[str]
    bodies: dict[str, str]
    demonyms: dict[str, str]


@lru_cache(maxsize=1)
def _national() -> _NationalRules:
    data = load_table("owners.json")["national_figures"]
    return _NationalRules(
        measures=frozenset(data["measures"]),
        cued_measures=frozenset(data["cued_measures"]),
        regional=re.compile(rf"\b(?:{word_alternation(data['regional_words'])})\b", re.I),
        growth_cue=re.compile(rf"\b(?:{word_alternation(data['growth_cues'])})\b", re.I),
        not_national=re.compile(rf"\b(?:{word_alternation(data['not_national'])})\b", re.I),
        # "within the Bank's 2-3% target range", "to its 2% inflation target": the body's own goal
        own_after=re.compile(rf"[ \t]+(?:[a-z-]+[ \t]+)?(?:{word_alternation(data['own_after'])})\b", re.I),
        reporter_words=frozenset(data["reporter_words"]),
        measure_word=re.compile(rf"\b(?:{word_alternation(['growth', *data['growth_cues']])})\b", re.I),
        bodies={k.lower(): v for k, v in data["bodies"].items()},
        demonyms={k.lower(): v for k, v in data["demonyms"].items()},
    )


@lru_cache(maxsize=1)
def _country_names() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(lower-case name -> country, name written exactly ("UK", "U.S.") -> country, country -> its short
    capitals) from the country gazetteer."""
    lower: dict[str, str] = {}
    exact: dict[str, str] = {}
    short: dict[str, str] = {}
    with (packaged_patterns_dir() / "entities" / "countries.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line) if line.strip() else {}
            country = row.get("id")
            if row.get("label") != "COUNTRY" or not isinstance(country, str):
                continue
            pattern = row.get("pattern")
            if isinstance(pattern, str):
                lower.setdefault(pattern.lower(), country)
            elif isinstance(pattern, list) and len(pattern) == 1 and isinstance(pattern[0].get("ORTH"), str):
                word = pattern[0]["ORTH"]
                exact.setdefault(word, country)
                if _SHORT_CAPITALS.fullmatch(word) and (country not in short or len(word) < len(short[country])):
                    short[country] = word
    return lower, exact, short


_SHORT_CAPITALS = re.compile(r"[A-Z]{2,3}")
_BARE_GROWTH = re.compile(r"\b(?:annual|quarterly|yearly|monthly|the|of|showed|show|shows)[ \t]+growth\b", re.I)
# "But growth of 0.1% in the third quarter is still insufficient": growth that opens its sentence, no one's
_OPENING_GROWTH = re.compile(r"[\s\"“‘'*•-]*(?:(?:but|and|yet|still|so)[ \t]+)?growth[ \t]+(?:of|was|is|has|had|will|would|slowed|rose|fell)\b",
                             re.I)
_NAME_WORD = re.compile(r"[A-Z][\w.]*[A-Za-z]|[A-Z]|\b(?:of|the)\b")
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}(?![\w-])")
_ARTICLE_SENTENCES = 5  # the sentences before a figure that say which country the article is about
_NOT_REPORTERS = frozenset({"COUNTRY", "GPE", "PLACE", "NORP", "THING", "PROGRAMME", "PARTY", "MARKET",
                            "MINERAL", "WORK"})


def national_owner(ctx: _DocContext, sent: Span, fig_start: int, fig_end: int, measure: str,
                   subject: Subject | None, source: str | None = None, article: bool = True) -> Subject | None:
    """The country a national figure belongs to when the owner found for it is the body that reports it.

    "The ONS said output dropped 0.5%", "Commerce Department figures showing consumer spending grew 4.6%",
    "Nevertheless it [the Labor Department's report] pushed the unemployment rate to 5.2%": a reader names
    the economy, not the statistics office, central bank, ministry or bank economist that publishes the
    figure; the sentence's grammar only finds the publisher (as its speaker, through "it", or as the topic).
    ``source`` is the sentence's speaker: a speaker who owns the figure only for want of another
    ("The OECD said German growth would be 1.4%") reports it, whatever its name. With ``article`` False,
    a figure with no owner gets only the country its sentence names for the measure ("Japanese growth"),
    not the one the article is about.
    """
    if subject is not None and subject.label in _NOT_REPORTERS:
        return None
    rules = _national()
    text = ctx.text
    named = _country_of_measure(text, sent.start_char, fig_start, rules)
    if not (measure in rules.measures or measure in rules.cued_measures
            and (named is not None or rules.growth_cue.search(text, sent.start_char, fig_start)
                 or subject is None and (_BARE_GROWTH.search(text, sent.start_char, fig_start)
                                         or _OPENING_GROWTH.match(text, sent.start_char, fig_start)))):
        return None
    if rules.own_after.match(text, fig_end) or rules.not_national.search(text, sent.start_char, fig_end):
        return None  # "the Bank's 2-3% target range" is the bank's; "world GDP will grow 3.1%" no country's
    if subject is None:
        return named or (_article_country(ctx, sent.start_char, rules) if article else None)
    if not (_reporting_body(subject, rules) or subject.name == source
            or subject.text.lower() in _THING_PRONOUNS and _speaker_elsewhere(ctx, subject)
            or source is not None and subject.label == "NAME" and not _holds_figure(ctx, sent, subject, fig_start)):
        return None
    if named is not None:
        return named  # "The IMF said German growth would be 1.4%": the measure's own country, not the body's
    after = _country_after(ctx, sent, fig_end)
    if after is not None:
        return after  # "EC predictions of GDP growth of 1.5% in Germany"
    if rules.regional.search(subject.name):
        return None  # "the Economic Commission for Latin America forecasts growth of 4%": a region's
    country = _body_country(subject, rules)
    return _country_subject(country) if country is not None else _article_country(ctx, sent.start_char, rules)


def _country_of_measure(text: str, sent_start: int, fig_start: int, rules: _NationalRules) -> Subject | None:
    """The country a national measure word before the figure is of, when the sentence says it there:
    "German growth", "India's GDP growth", "Japanese exports", "growth in Brazil". Only the measure
    word nearest before the figure is read, the one a reader takes the figure to be."""
    words_before = list(rules.measure_word.finditer(text, sent_start, fig_start))
    if not words_before:
        return None
    nearest = words_before[-1]
    before = _COUNTRY_BEFORE.search(text, max(sent_start, nearest.start() - 60), nearest.start())
    after = _COUNTRY_AFTER.match(text, nearest.end(), fig_start)
    for found in (before, after):
        if found is None:
            continue
        words = found.group("name")
        lower, exact, _ = _country_names()
        country = exact.get(words) or lower.get(words.lower()) or rules.demonyms.get(words.lower()) \
            or (demonym_country(words) if " " not in words else None)
        if country is not None:
            return _country_subject(country)
    return None


# "India's GDP", "German economic": a country or nationality, its possessive, up to two lower-case words
_COUNTRY_BEFORE = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)(?:[’']s)?[ \t]+(?:[a-z-]+[ \t]+){0,2}$")
# "growth in Brazil", "inflation in the US"
_COUNTRY_AFTER = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)(?![\w-])")


def _reporting_body(subject: Subject, rules: _NationalRules) -> bool:
    """A statistics office, central bank, ministry, institute or bank that reports figures, or a person
    who gives them ("Mr Manuel added that inflation fell to 4.3%": a minister, an economist)."""
    if subject.label == "PERSON" or any(k and k.lower() in rules.bodies for k in (subject.name, subject.acronym)):
        return True
    return any(w.lower() in rules.reporter_words for w in subject.name.split())


# "Yorkshire on 21.7%": a name the figure follows with no more than a preposition between
_NAME_ON = re.compile(r"[ \t]+(?:on|at|with)[ \t]+")


def _holds_figure(ctx: _DocContext, sent: Span, subject: Subject, fig_start: int) -> bool:
    """Whether the figure's sentence writes the name right before the figure, a preposition between
    ("followed by Yorkshire on 21.7%, and the North West on 21.1%"): the name's own figure, a region's
    in a list, however a speaker is read around it."""
    return any(c.subject.name == subject.name and _NAME_ON.fullmatch(ctx.text, c.end, fig_start)
               for c in ctx.candidates_of(sent))


def _speaker_elsewhere(ctx: _DocContext, subject: Subject) -> bool:
    """"The only thing blighting optimism is the election, BDO said. Its output index implies GDP growth
    of 2.9%": a name the text writes as a speaker somewhere ("X said", "according to X") is a body
    that reports figures, as a statistics office is, whatever its name says; a national figure
    reached through "it" or "its" is the economy's (a name the figure's own sentence writes may
    be the one its figure is about: "allowing Aguas Argentinas a 16% rise in tariffs")."""
    return ctx.cached(("speaker_elsewhere", subject.name), lambda: any(
        c.subject.name == subject.name and ctx.is_source_or_place(c)
        for c in ctx.candidates_between(0, len(ctx.text))))


_THING_PRONOUNS = frozenset({"it", "its"})
_IN_COUNTRY = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?(?:in|for)[ \t]+(?:the[ \t]+)?")


def _country_after(ctx: _DocContext, sent: Span, fig_end: int) -> Subject | None:
    """A country the figure is "in" or "for", right after it ("growth of 1.5% in Germany next year")."""
    for c in ctx.candidates_of(sent):
        if c.start >= fig_end and c.kind == "COUNTRY" and _IN_COUNTRY.fullmatch(ctx.text, fig_end, c.start):
            return c.subject
    return None


def _body_country(subject: Subject, rules: _NationalRules) -> str | None:
    """The country of a national body: the table's ("ONS", "Commerce Department"), or a country its name
    holds ("Bank of Japan", "UK Treasury"), or the nationality it opens with ("British Chamber of Commerce")."""
    for key in (subject.name, subject.acronym):
        if key and key.lower() in rules.bodies:
            return rules.bodies[key.lower()]
    lower, exact, _ = _country_names()
    words = _NAME_WORD.findall(subject.name)
    for i, word in enumerate(words):
        if i > 0 and words[i - 1].lower() not in ("of", "the"):
            continue  # a country opens the name or follows "of" ("US Federal Reserve", "Reserve Bank of India")
        for n in (3, 2, 1):
            phrase = " ".join(words[i:i + n])
            country = exact.get(phrase) or lower.get(phrase.lower())
            if country is not None:
                return country
    if words:
        return rules.demonyms.get(words[0].lower()) or demonym_country(words[0])
    return None


def _country_subject(country: str) -> Subject:
    short = _country_names()[2].get(country)
    return Subject(text=short or country, name=country, acronym=short, label="COUNTRY")


def _article_country(ctx: _DocContext, before: int, rules: _NationalRules) -> Subject | None:
    """The country the article is about at ``before``: the country or nationality named most in the
    headline and the sentences up to the figure's ("Australia rates at four year high", "the Australian
    economy grew just 0.1%"), the nearest on a tie."""
    return ctx.cached(("article_country", before), lambda: _countries_named(ctx, before, rules))


def _countries_named(ctx: _DocContext, before: int, rules: _NationalRules) -> Subject | None:
    """The country named most in the sentences up to ``before`` and the headline (``_ARTICLE_SENTENCES``),
    else in all the text before it: an article about the UK economy may name the UK only at its
    start. A national body of the table counts as its country ("the Bank of England", "the ONS")."""
    return _countries_in(ctx, ctx.sentences_back(before, _ARTICLE_SENTENCES), rules) \
        or _countries_in(ctx, ctx.sentences_back(before, _ALL_SENTENCES), rules)


_ALL_SENTENCES = 10_000


def _countries_in(ctx: _DocContext, spans: list[tuple[int, int]], rules: _NationalRules) -> Subject | None:
    votes: dict[str, float] = {}
    seen: dict[str, Subject] = {}
    for k, (lo, hi) in enumerate(spans):
        # (the candidates of these sentences are those the topic reads, found once per sentence)
        cands = ctx.candidates_between(lo, hi)
        named = [c.subject for c in cands if c.kind == "COUNTRY" or c.subject.label == "COUNTRY"]
        named += [_country_subject(rules.bodies[key.lower()]) for c in cands
                  if (key := next((n for n in (c.subject.name, c.subject.acronym) if n and n.lower() in rules.bodies), None))]
        for m in _CAPITALISED_WORD.finditer(ctx.text, lo, hi):
            # "the Australian economy": a nationality is no name candidate, so it is read here
            country = rules.demonyms.get(m.group(0).lower()) or demonym_country(m.group(0))
            if country is not None:
                named.append(_country_subject(country))
        for subject in named:
            votes[subject.name] = votes.get(subject.name, 0.0) + 1.0 - k / (100 * len(spans))  # the nearer wins a tie
            seen.setdefault(subject.name, subject)
    if not votes:
        return None
    best = max(votes, key=lambda name: votes[name])
    return seen[best]
