"""What earlier text points to: anaphors ("it", "the firm", "the mission") and the topic.

A figure whose sentence names no owner belongs, for a reader, to what the text was just about:
an anaphor resolves to the last owner of its kind (the subject of an earlier sentence first), and
with no anaphor the topic of the previous sentences and the headline decides. A description the
text keeps using ("the club" ... "the club") goes on standing for the lead's name it first stood for. Both are asked by
every figure of a sentence, so each answer is kept for the doc (``_DocContext.cached``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .owner_rules import NAME_STANDINS, anaphor_kind, owner_rules
from .records import Subject

if TYPE_CHECKING:
    from .facts import _DocContext
    from .names import Candidate


# "India's National Critical Mineral Mission", "US Energy Act", "US phone company SBC": a country
# that qualifies the name after it.
_POSSESSES = re.compile(r"[’']s[ \t]+(?P<gap>(?:[a-z][\w-]*[ \t]+){0,2})")
_DESCRIBES = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?P<last>[a-z][\w-]*)[ \t]+")
_AGENT_NOUN = re.compile(r"^(?!(?:after|under|over|other|either|neither|whether|rather|later|never|ever|offer|enter|order|"
                         r"register|consider|deliver|cover|suffer|remember|prior|major|minor|senior|junior)s?$)"
                         r"[a-z-]{3,}(?:ee|ist|er|or)s?$")
_NOT_POSSESSED = frozenset({"PERSON", "COUNTRY", "GPE", "PLACE", "NORP"})
_NAME_FOLLOWS = re.compile(r"(?:[’']s)?[ \t]+(?:(?!(?:of|in|on|at|for|to|from|by|with|and|or|the|a|an)\b)[a-z][\w-]*[ \t]+){0,3}[A-Z]")


# "in a US court, Riggs Bank pleaded guilty ... it was ordered to pay": a country written as an
# adjective before a common noun is no antecedent of "it" ("the country" may still
# stand for "a South Korean report"'s country); not before a verb ("the US said", "Japan imposed") or a noun a
# place owns ("the US economy ... It grew 3%"), nor as a possessor ("the UK's").
_ADJECTIVE_USE = re.compile(r"[ \t]+(?!(?:is|was|has|had|have|are|were|will|would|could|can|may|might|must|should|"
                            r"and|or|but|to|of|in|on|at|for|by|with|from|as|said|says|also|now|still|then|itself|"
                            r"economy|economies|population|government|administration|people|citizens|nation|"
                            r"country|state|treasury|exchequer)\b)[a-z][a-z-]*[a-rt-z]\b(?![’']s?\b)")


# "the UK's most visited museum", "the world's biggest bank": a country that possesses a superlative
# only ranks the thing; "it" stands for the thing.
_RANKS = re.compile(r"[’']s[ \t]+(?:most|least|biggest|largest|smallest|best|worst|top|leading|second|third|fourth|"
                    r"[a-z]{3,}est)\b")


# "95% of UK homes", "half of US households": in a share a country names, a plural noun right after
# it is no verb ("Japan imposes") but the noun the country describes, the whole the share is of
_SHARE_OF_BEFORE = re.compile(r"(?:%|\bper[ \t]?cent|\bpercent|\b(?:half|third|quarter|most|majority|all|many|some|"
                              r"millions|thousands))[ \t]+of[ \t]+(?:the[ \t]+)?$")
_PLURAL_AFTER = re.compile(r"[ \t]+[a-z][a-z-]*[a-rt-z]s\b(?![’'])")


# "there is a G4 processor", "she bought an Orvex phone": a name between "a" and a lower-case noun only
# says what kind of thing the noun is, which is what a later "it" would go on with, never the name
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])[Aa]n?[ \t]+$")
_NOUN_AFTER = re.compile(r"[ \t]+(?P<noun>[a-z][a-z-]*[a-z])\b(?![’'])")


def _indefinite_modifier(text: str, c: Candidate) -> bool:
    """Whether a name stands between "a"/"an" and a lower-case noun that is no role ("a Kestrel
    spokesman" is someone of Kestrel's, whom a later "it" may still mean Kestrel by)."""
    m = _NOUN_AFTER.match(text, c.end)
    if m is None or _INDEFINITE_BEFORE.search(text, max(0, c.start - 4), c.start) is None:
        return False
    noun = m.group("noun")
    return noun not in _NOT_ROLE_MODIFIERS and noun not in owner_rules().person_roles and not noun.endswith("ed")


def _adjective_use(text: str, end: int, start: int | None = None) -> bool:
    m = _ADJECTIVE_USE.match(text, end)
    if m is not None and not m.group(0).endswith("ed") or _RANKS.match(text, end) is not None:
        return True
    return start is not None and _PLURAL_AFTER.match(text, end) is not None \
        and _SHARE_OF_BEFORE.search(text, max(0, start - 24), start) is not None


# "the Ministry of Defence", "the University of Washington": a capitalised noun before "of" and a name heads it.
_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
# "worked on the comedy Blue Harbour", "the film Dark Orchard": a description right before a name
# introduces that name; it points back to nothing.
_NAME_NEXT = re.compile(r"[ \t]+[A-Z][\w'’-]*[a-z]")


def anaphors_in(ctx: _DocContext, lo: int, hi: int) -> list[tuple[str, str, int, int]]:
    """Anaphors between ``lo`` and ``hi``, read once per sentence (figures of a long sentence all ask)."""
    sent = ctx.sentence_of(lo)
    found = ctx.cached(("anaphors", sent.start_char), lambda: _anaphors(ctx, sent.start_char, sent.end_char))
    if lo >= sent.start_char and hi <= sent.end_char:
        return [a for a in found if lo <= a[2] and a[3] <= hi]
    return _anaphors(ctx, lo, hi)


def _anaphors(ctx: _DocContext, lo: int, hi: int) -> list[tuple[str, str, int, int]]:
    rules = owner_rules()
    text = ctx.text
    return [(m.group(0), anaphor_kind(rules, m), m.start(), m.end())
            for m in rules.anaphor.finditer(text, lo, hi)
            if not (text[m.end() - 1].isalpha() and m.group(0).rsplit(None, 1)[-1][0].isupper()
                    and _OF_NAME.match(text, m.end()))
            and not (m.group(0)[:4].lower() == "the " and m.group(0)[-1].isalpha() and _NAME_NEXT.match(text, m.end()))
            and not _acronym_pronoun(text, m.start(), m.end())]


# A word right after, and one right before: an all-capital pronoun in running text is an acronym.
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[A-Za-z][\w'’-]*)")
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][\w'’-]*)[ \t]+$")


def _acronym_pronoun(text: str, start: int, end: int) -> bool:
    """Whether a pronoun written in capitals is an acronym in running text: "Indian IT industry body",
    "IT department sealed the account" name information technology or the income tax, not what "it"
    would stand for. A capital pronoun among capital words is a headline's ("IT WILL COST"), so stays."""
    word = text[start:end]
    if len(word) < 2 or not word.isupper():
        return False
    after = _NEXT_WORD.match(text, end)
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return any(m is not None and not m.group("word").isupper() for m in (after, before))


def resolve_anaphor(ctx: _DocContext, kind: str, before: int, follow: bool = True) -> Subject | None:
    return ctx.cached(("anaphor", kind, before, follow), lambda: _resolve_anaphor(ctx, kind, before, follow))


def _resolve_anaphor(ctx: _DocContext, kind: str, before: int, follow: bool) -> Subject | None:
    """What an anaphor before ``before`` points back to: in its own sentence the nearest earlier
    owner of a matching kind, in earlier sentences (up to four back, then the headline) the first
    one, the sentence's subject, as a reader takes "It also sets aside..." to continue the previous
    sentence's subject. "the mission" wants a programme whose name ends in Mission; such phrases
    count as mentions of what they resolve to (``follow``)."""
    rules = owner_rules()
    group, _, head = kind.partition(":")
    if group in ("pair", "both"):
        return _named_pair(ctx, before, group)
    kinds = rules.anaphor_kinds.get(group, frozenset())
    if group in NAME_STANDINS and (first := _first_description(ctx, before, group)) is not None:
        # "the club ... the club's meeting ... The club still owe PSG £5m": a description the text has
        # used before stands for what it stood for then, not for a name read in between ("Arsenal"),
        # when that is a name of the lead (the article's subject; a run may start with a wrong guess)
        found = resolve_anaphor(ctx, kind, first, follow)
        if found is not None and found.name in _lead_names(ctx):
            return found
    window = ctx.sentences_back(before, 4)
    unlike: frozenset[str] = frozenset()
    own = m.group(0).split()[-1].lower() if (m := rules.anaphor.match(ctx.text, before)) is not None \
        and m.group(0)[:4].lower() == "the " else ""
    if group in NAME_STANDINS and (m := rules.anaphor.match(ctx.text, before)) is not None \
            and (noun := m.group(0).split()[-1].lower()) in rules.named_head_nouns:
        # "the ministry" is a name that holds "Ministry" in the window, if one does ("the Ministry of
        # Coal"), before the nearest name of its kind
        found = _first_of_kinds(ctx, window, before, kinds, noun, follow, group == "work", anywhere=True, own=own)
        if found is not None:
            return found
        # and never one that names another such noun: "the ministry" is no "Tourism Corporation"
        unlike = rules.named_head_distinct - {noun} if noun in rules.named_head_distinct else frozenset()
    primary = rules.anaphor_primary.get(group)
    if primary is not None:
        # "the movie" is the film named just before, not a bare name nearer to it ("Smith plays ...
        # in the movie"): a name of the phrase's own kind in the window comes first.
        found = _first_of_kinds(ctx, window, before, frozenset({primary}), head, follow, group == "work", own=own)
        if found is not None:
            return found
    # "it", "the film": not a name that only possesses the next one ("Oliver Stone's Alexander")
    pronoun = m.group(0) if group in ("thing", "person") and (m := rules.anaphor.match(ctx.text, before)) else ""
    if group == "person" and pronoun and _generic(ctx.text, before, before + len(pronoun)):
        return None  # "he or she would have got Rs 220": anyone, no one named
    return _first_of_kinds(ctx, window, before, kinds, head, follow, group in ("thing", "work"), unlike=unlike,
                           own=own, pronoun=group == "thing", agree=pronoun)


def _named_pair(ctx: _DocContext, before: int, group: str = "pair") -> Subject | None:
    """The two people "the pair", "the duo" or "the couple" at ``before`` stands for: two names of
    people the text joins with "and", in its sentence before it or in the three sentences before,
    nearest first ("New Yorker William Trowbridge and Texan Michael Chicoine ... The pair face a
    $250,000 fine", "Rolls and co-founder Tim Warrillow ... the duo"). None when the text joins no two
    names: a pair is two named together, not the last two named, and not one name of any kind. A
    subject "both" (``group`` "both") stands for two names of any kind ("Sony and Microsoft have cut
    prices. Both have hit £100")."""
    kinds = owner_rules().anaphor_kinds[group]
    for lo, hi in ctx.sentences_back(before, 3)[:4]:
        cands = [c for c in ctx.candidates_between(lo, min(hi, before)) if c.kind in kinds and c.end <= before]
        for k in range(len(cands) - 1, -1, -1):
            c = cands[k]
            if k > 0 and _PAIR_GAP.fullmatch(ctx.text, cands[k - 1].end, c.start):
                name = f"{cands[k - 1].subject.name} and {c.subject.name}"
                return Subject(text=name, name=name, acronym=None, label="NAME")
            if _JOINED_PAIR.search(c.subject.name):
                return c.subject  # one name chunk that joins two ("Ravi Kumar and Meena Devi")
    return None


# "X and Y", "X and co-founder Y": up to two words (a title, a home) before the second name
_PAIR_GAP = re.compile(r"[ \t]+and[ \t]+(?:[\w-]+[ \t]+){0,2}")
_JOINED_PAIR = re.compile(r"\S[ \t]+and[ \t]+\S")


def _descriptions(ctx: _DocContext) -> tuple[list[int], list[tuple[int, int, str]]]:
    """(start, end, noun) of each description of the doc that stands for a name ("the club", "the
    Japanese firm"), read once per doc, and their starts (for bisect)."""
    def read() -> tuple[list[int], list[tuple[int, int, str]]]:
        found = [(start, end, word.split()[-1].lower()) for word, kind, start, end in _anaphors(ctx, 0, len(ctx.text))
                 if word[:4].lower() == "the " and kind.partition(":")[0] in NAME_STANDINS]
        return [f[0] for f in found], found
    return ctx.cached(("descriptions",), read)


def _lead_names(ctx: _DocContext) -> frozenset[str]:
    """The names of the headline and the first sentence after it: what the article is about, so what
    a description the writer keeps using ("the club", "the company") goes on standing for."""
    def read() -> frozenset[str]:
        names: set[str] = set()
        pos, seen = 0, 0
        while seen < 2 and pos < len(ctx.text):
            sent = ctx.sentence_of(pos)
            if ctx.text[sent.start_char:sent.end_char].strip():
                names.update(c.subject.name for c in ctx.candidates_of(sent))
                seen += 1
            pos = max(sent.end_char, pos + 1)
        return frozenset(names)
    return ctx.cached(("lead_names",), read)


def _first_description(ctx: _DocContext, before: int, group: str) -> int | None:
    """The start of the first of a run of the same description ending with the one at ``before``
    ("the club" ... "the club's" ... "the club"), None when the one at ``before`` opens its run. A
    name between two of them that the description names more exactly (a name of its primary kind,
    or one that holds its noun: "the ministry" after "the Ministry of Coal") starts a new run."""
    starts, found = _descriptions(ctx)
    i = bisect_left(starts, before)
    if i >= len(starts) or starts[i] != before:
        return None
    noun = found[i][2]
    rules = owner_rules()
    kinds = rules.anaphor_kinds.get(group, frozenset())
    sent = ctx.sentence_of(before)
    examples = _examples(ctx, sent.start_char, sent.end_char)
    if any(c.kind in kinds and c.end <= before and not ctx.is_place(c)
           and not any(a <= c.start and c.end <= b for a, b in examples) for c in ctx.candidates_of(sent)):
        return None  # "When we took over Leeds United, the club had a debt of £103m": the name just read
    primary = rules.anaphor_primary.get(group)
    head, j = None, i
    for k in range(i - 1, -1, -1):
        if found[k][2] != noun:
            continue
        if any(c.kind == primary or noun in c.subject.name.lower().split()
               for c in ctx.candidates_between(found[k][1], found[j][0])):
            break
        head, j = found[k][0], k
    return head


def _first_of_kinds(ctx: _DocContext, window: list[tuple[int, int]], before: int, kinds: frozenset[str],
                    head: str, follow: bool, possessed_first: bool = False, anywhere: bool = False,
                    unlike: frozenset[str] = frozenset(), own: str = "", pronoun: bool = False,
                    agree: str = "") -> Subject | None:
    person_only = "PERSON" in kinds and "COMPANY" not in kinds
    primary_work = kinds == {"WORK"}  # "the film" looking for a film first (``anaphor_primary``)
    for lo, hi in window:
        cands = ctx.candidates_between(lo, hi)
        examples = _examples(ctx, lo, hi)
        mentions: list[tuple[int, str, Subject]] = [
            (c.start, _possessed_work(ctx.text, cands, k) if primary_work else c.kind, c.subject)
            for k, c in enumerate(cands)
            if c.end <= before and not ctx.is_place(c) and not any(a <= c.start and c.end <= b for a, b in examples)
            and not (c.kind in ("COUNTRY", "NORP") and _NAME_FOLLOWS.match(ctx.text, c.end))
            and not (pronoun and c.kind == "COUNTRY" and _adjective_use(ctx.text, c.end, c.start))
            and not (pronoun and hi <= before and _indefinite_modifier(ctx.text, c))
            and not (possessed_first and _possesses_thing(ctx.text, c, cands[k + 1] if k + 1 < len(cands) else None))
            and not (person_only and (_titles_person(ctx.text, c, cands[k + 1] if k + 1 < len(cands) else None)
                                      or c.kind == "NAME" and _before_role(ctx.text, c)
                                      or c.kind == "NAME" and (not _one_person(ctx.text[c.start:c.end])
                                                               or _placed(ctx.text, c))))]
        if follow:
            for word, phrase_kind, start, _ in anaphors_in(ctx, lo, min(hi, before)):
                if own and word[:4].lower() == "the " and word.split()[-1].lower() != own:
                    # "the show drew ... when Titanic won 11 Oscars. The film had taken": another description
                    # ("the show") is no mention of what this one stands for
                    continue
                if person_only and phrase_kind != "person":
                    continue  # "the company is said to pay Harshit": no "he" stands for what "the company" does
                if ":" in phrase_kind or phrase_kind in NAME_STANDINS or (
                        phrase_kind == "person" and person_only and hi <= before and _opens_sentence(ctx.text, lo, start)):
                    # also "He spied for MI6 ... and was sent to Perm 35. ... he settled for £65,000": a
                    # pronoun that opens an earlier sentence is its subject, the person the next "he" goes on with
                    resolved = resolve_anaphor(ctx, phrase_kind, start, follow=False)
                    if resolved is not None and (phrase_kind != "person" or resolved.label == "PERSON"
                                                 or _subject_name(ctx, word, start, resolved)):
                        mentions.append((start, resolved.label, resolved))
        # In the anaphor's own sentence the subject comes first ("Mayweather said he is ready if he
        # is paid..."), as in the sentences before it.
        mentions.sort(key=lambda m: m[0])
        if (opener := _opener_end(ctx.text, lo, hi)) is not None and opener <= before \
                and (hi <= before or agree.lower() in _POSSESSIVES):
            # "At the same time as Nigeria announced its plan, Ghana announced ... The country saw":
            # an earlier sentence's subject is its main clause's, after an opening clause; so is what a
            # possessive after the opener in its own sentence goes with ("In a filing with the SEC, Sina
            # said its shares were bought for $230m")
            mentions.sort(key=lambda m: m[0] < opener)
        for _, label, subject in mentions:
            if label not in kinds or unlike and subject.name.rsplit(None, 1)[-1].lower() in unlike:
                continue
            if agree and not agrees(ctx, agree, subject.name, label):
                continue  # "Idea Cellular ... He said": a pronoun stands for no name it cannot be said of
            if head and not (head.rstrip("s") in [w.rstrip("s") for w in subject.name.lower().split()] if anywhere
                             else subject.name.lower().rstrip("s").endswith(head.rstrip("s"))):
                continue
            return subject
    return None


def _possessed_work(text: str, cands: list[Candidate], k: int) -> str:
    """The kind of ``cands[k]`` for "the film": a name of no known kind that a name before it possesses
    or describes ("Hrithik Roshan's Kaabil", "Oscar nominee Hotel Rwanda") is a work, as a film named
    after its star or its award is; "The film" after it is that film, not one named further back."""
    c = cands[k]
    if c.kind == "NAME" and k > 0 and _possesses_thing(text, cands[k - 1], c):
        return "WORK"
    return c.kind


# A sentence's opening subordinate or prepositional clause, up to its comma.
_OPENER = re.compile(r"[\s\"“‘'*•-]*(?:at the same time as|as|when|while|whilst|although|though|because|since|if|unless|"
                     r"once|unlike|like|despite|following|after|before|amid|with|besides|thanks to|apart from|along with|in addition to)\b"
                     r"[^,;:.!?\n]{1,120}?,", re.I)


def _opener_end(text: str, lo: int, hi: int) -> int | None:
    """Where an earlier sentence's main clause starts: after its opening subordinate clause ("As
    Nigeria announced its plan, Ghana ..."), or after the short adverbial phrases a clause's subject
    follows (``clause_openers``: "Besides Orvex Pay, Kestrel Bank offers ...", "In a deal with Orvex,
    Halden added ..."). A name inside them is not the sentence's subject, which a later "it" goes on
    with."""
    m = _OPENER.match(text, lo, hi)
    if m is None:
        m = owner_rules().clause_opener.match(text, lo, hi)
        return m.end() if m is not None else None
    # ("With its two screens, wireless links and a link to the GameBoy Advance, the DS has": the rest
    # of a list the phrase opens, up to its last item's comma; not after a short adverbial phrase, which
    # opens no list: "In 2004, sales and profits at Kestrel rose, while ...")
    rest = _LIST_REST.match(text, m.end(), hi)
    return rest.end() if rest is not None else m.end()


_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_LIST_REST = re.compile(r"[ \t]*[a-z][^,;:.!?\n]{0,80}?[ \t]and[ \t][^,;:.!?\n]{1,80}?,")


def _examples(ctx: _DocContext, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of a sentence's lists of examples ("schools such as Orvex Academy and Kestrel
    Valley"): their names are not what a later "it" or "he" stands for."""
    return ctx.cached(("antecedent_examples", lo, hi), lambda: [
        m.span() for m in owner_rules().antecedent_examples.finditer(ctx.text, lo, hi)])


def _subject_name(ctx: _DocContext, word: str, start: int, resolved: Subject) -> bool:
    """"Comedian Ravi Rao was ranked 11th. He beat the likes of Aamir Khan. His earnings were Rs 30 crore":
    a "he" or "she" that opens an earlier sentence goes on with a name of no known kind (most people's
    names, to a blank pipeline) when that name itself opened a sentence before it, as its subject; not
    with one the text only wrote inside a sentence ("told the programme Go Digital he hoped ... He
    said"), which the pronoun reached as the nearest name."""
    return resolved.label == "NAME" and word.lower() in _SUBJECT_PERSONS and any(
        c.subject.name == resolved.name and ctx.opens_sentence(c.start) for c in _all_candidates(ctx) if c.end <= start)


_SUBJECT_PERSONS = frozenset({"he", "she"})


def _all_candidates(ctx: _DocContext) -> list[Candidate]:
    """Every name candidate of the doc, read once."""
    return ctx.cached(("all_candidates",), lambda: ctx.candidates_between(0, len(ctx.text)))


def _opens_sentence(text: str, lo: int, start: int) -> bool:
    return not text[lo:start].strip(" \t\n\"“‘'*•?-")


_JOINED = frozenset({"and", "&"})


def _placed(text: str, c: Candidate) -> bool:
    """"He was arrested at Kashmere Gate", "a woman from the city of Wuhan": a name of no known kind
    after a place word is where someone was, not who "he" or "her" is."""
    return bool(owner_rules().person_place_before.search(text, max(0, c.start - 24), c.start))


def _one_person(name: str) -> bool:
    """Whether a name of no known kind can be what "he" or "her" stands for: not an acronym ("EGM",
    "RBI") nor two names joined by "and" ("Madonna and Elton John"), unless a title says it is a
    person ("CJI", "Managing Director and CEO")."""
    words = name.split()
    titles = owner_rules().person_acronyms
    if any(w.lower() in titles for w in words):
        return True
    if len(words) == 1:
        # ("Prosecutors said he was motivated by wealth": a plural agent noun that opens a sentence is
        # read as a name, but it is many people, never "he")
        return not (len(name) >= 2 and name.isupper()) and not (
            name.endswith(("ors", "ists")) and name[:-1].lower() in owner_rules().lowercase_words)
    return not any(w in _JOINED for w in words)


# The lower-case words right after a name: "Sydney Olympic gold medallist", "Tesco's chief executive".
_WORDS_AFTER = re.compile(r"(?:[’']s)?[ \t]+(?P<words>(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)\b")


def _before_role(text: str, c: Candidate) -> bool:
    """"The Sydney Olympic gold medallist says ... she is seeking $25m", "the Tesco boss said he ...":
    a name of no known kind right before a role word qualifies the one who holds the role; it is
    no antecedent of "he" or "she" (the role's holder is, named or not)."""
    m = _WORDS_AFTER.match(text, c.end)
    if m is None:
        return False
    roles = owner_rules().person_roles
    for w in m.group("words").split():
        if w in roles:
            return True
        if w in _NOT_ROLE_MODIFIERS or w.endswith("ed"):
            return False  # "Khehar rebuked the lawyer": a verb and its object, no role of the name's
    return False


_NOT_ROLE_MODIFIERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "and", "or", "is", "was", "has",
                                 "had", "said", "says", "will", "would", "to", "of", "in", "on", "at", "for", "by"})


_TITLE_GAP = re.compile(r"(?:[’']s)?[ \t]+(?P<gap>(?:[a-z][\w-]*[ \t]+){1,3})")


def _titles_person(text: str, c: Candidate, nxt: Candidate | None) -> bool:
    """"Pop Idol mogul Simon Fuller has seen his wealth fall": a name whose title introduces the person
    after it is no antecedent of "he" or "his" (the person is); so is one whose relative it is ("Rao's
    daughter Kavitha sold sarees. She earned Rs 7 lakh": ``kin_subject`` words)."""
    if nxt is None or nxt.kind not in ("PERSON", "NAME"):
        return False
    gap = _TITLE_GAP.fullmatch(text, c.end, nxt.start)
    if gap is None:
        return False
    rules = owner_rules()
    words = gap.group("gap").split()
    if nxt.kind == "NAME":
        # a name of no known kind is a person when it is someone's relative ("Rao's daughter Kavitha")
        return text[c.end:c.end + 1] in "'’" and words[-1] in rules.kin_words \
            and all(w in rules.kin_words or w in rules.title_modifiers for w in words)
    return all(w in rules.title_words or w in rules.title_modifiers or w in rules.person_roles
               or w in rules.kin_words for w in words)


def _possesses_thing(text: str, c: Candidate, nxt: Candidate | None) -> bool:
    """"Oliver Stone's historical epic Alexander", "Aamir's PK": a name that possesses the next name is
    no antecedent of "it" or "the film" (the possessed one is); "Tesco's Terry Leahy", "the film's
    producer Aditya Chopra" or "CAO's Singapore unit" still is."""
    if nxt is None or nxt.kind in _NOT_POSSESSED:
        return False
    gap = _POSSESSES.fullmatch(text, c.end, nxt.start)
    if gap is None:
        # "Oscar best-picture nominee Sideways", "Tata group firm TCS": a name before the noun that
        # introduces the next name only describes it
        described = _DESCRIBES.fullmatch(text, c.end, nxt.start)
        return described is not None and described.group("last") not in owner_rules().person_roles and bool(
            _AGENT_NOUN.search(described.group("last")) or owner_rules().descriptor.search(described.group(0)))
    return not any(w in owner_rules().person_roles for w in gap.group("gap").split())


def _reporting_company(ctx: _DocContext, c: Candidate) -> bool:
    """"Boeing said earnings fell 84% ... Net profit was $186m": a company that opens a sentence as
    its speaker reports its own figures, so it counts toward the topic as a subject would (other
    sources do not: an agency or a ministry speaks of others' figures)."""
    return c.kind == "COMPANY" and ctx.opens_sentence(c.start) \
        and owner_rules().source_after.match(ctx.text, c.end, c.end + 40) is not None


def topic_before(ctx: _DocContext, before: int, measure: str = "mentions") -> Subject | None:
    programme_money = measure in owner_rules().topic["programme_measures"]
    return ctx.cached(("topic", before, programme_money), lambda: _topic_before(ctx, before, programme_money))


def _topic_before(ctx: _DocContext, before: int, programme_money: bool) -> Subject | None:
    """What the text was about just before ``before``: every name of the previous sentences and the
    headline counts, and so does a pronoun or "the mission" resolved to one, weighted by recency
    and by opening its sentence (``topic`` in owners.json). A programme named long ago is not
    guessed: only what the reader has just read, or the headline, counts."""
    rules = owner_rules()
    weights = rules.topic["sentence_weights"]
    spans = ctx.sentences_back(before, len(weights))
    scores: dict[str, float] = {}
    subjects: dict[str, Subject] = {}
    for k, (lo, hi) in enumerate(spans[1:], start=1):
        weight = weights[k - 1] if k - 1 < len(weights) else rules.topic["headline_weight"]
        if lo == 0:
            weight = max(weight, rules.topic["headline_weight"])
        first = True
        mentions: list[tuple[int, Subject]] = [
            (c.start, c.subject) for c in ctx.candidates_between(lo, hi)
            if c.kind not in ("MINERAL", "PLACE", "GPE", "NORP") and (not ctx.is_source_or_place(c) or _reporting_company(ctx, c))
            and not (c.kind == "COUNTRY" and _NAME_FOLLOWS.match(ctx.text, c.end))]
        for word, kind, start, _ in anaphors_in(ctx, lo, hi):
            if kind.startswith("programme") or kind in NAME_STANDINS:
                resolved = resolve_anaphor(ctx, kind, start)
                if resolved is not None:
                    mentions.append((start, resolved))
        for _, subject in sorted(mentions, key=lambda m: m[0]):
            key = subject.name
            subjects.setdefault(key, subject)
            scores[key] = scores.get(key, 0.0) + weight + (rules.topic["subject_bonus"] if first else 0.0) + (
                rules.topic["programme_bonus"] if programme_money and subject.label == "PROGRAMME" else 0.0)
            first = False
    if not scores:
        return None
    best = max(scores, key=lambda k: scores[k])
    return subjects[best]


# --- agreement: a pronoun stands only for what it can be said of ----------------------------------------


class _Agreement:
    """The words of ``pronoun_agreement`` (owners.json), compiled once."""

    def __init__(self) -> None:
        from .patterns import load_table
        from .patterns import word_alternation as alt
        owners = load_table("owners.json")
        data = owners["pronoun_agreement"]
        self.sex = {**{w: "male" for w in data["male"]}, **{w: "female" for w in data["female"]},
                    **{w: "thing" for w in data["thing"]}}
        self.non_person = frozenset(data["non_person_words"]) | frozenset(owners["company_words"]) \
            | frozenset(owners["body_words"])
        titles = [t for t in owners["titles"] if " " not in t] + data["person_before"]
        stops = alt(data["title_gap_stops"])
        gap = rf"[ \t]+(?:(?!(?:{stops})[ \t]|[a-z]+ed[ \t])[a-z][\w-]*[ \t]+){{0,3}}(?:[A-Z][\w.'’-]*(?<![’'])(?<![’']s)[ \t]+){{0,2}}$"
        self.male_title = re.compile(rf"(?<![\w-])(?i:{alt(data['male_titles'])})\.?{gap}")
        self.female_title = re.compile(rf"(?<![\w-])(?i:{alt(data['female_titles'])})\.?{gap}")
        self.any_title = re.compile(rf"(?<![\w-])(?i:{alt(titles)})\.?{gap}")
        self.place_before = re.compile(rf"(?<![\w-])(?i:{alt(data['place_before'])})[ \t]+(?:the[ \t]+)?$")
        between = rf"(?:(?:{alt(data['between'])})[ \t]+){{0,2}}"
        self.said = re.compile(rf"[ \t]+{between}(?:{alt(data['say_verbs'])})[ \t]+(?:that[ \t]+)?(?P<p>he|she)\b")
        # "Aparna lost her deposit", "Flipkart has raised its stake": the name, a verb, its possessive
        self.owns = re.compile(rf"[ \t]+{between}(?:[a-z]+[ \t]+)?(?P<p>his|her|its)[ \t]+(?P<next>[a-z][\w-]*)")
        self.not_possessed = frozenset(data["not_possessed"])
        self.title_inside = frozenset(data["title_inside"]) | frozenset(titles) - {"co", "md", "cm", "pm", "mp"}
        self.possessed = re.compile(rf"(?<![\w-])(?i:{alt(data['possessive_before'])})[ \t]+$")
        generic = [g.split() for g in data["generic"]]
        self.generic_after = re.compile(rf"(?i:[ \t]+or[ \t]+(?:{alt(sorted({g[2] for g in generic}))}))\b")
        self.generic_before = re.compile(rf"(?<![\w-])(?i:{alt(sorted({g[0] for g in generic}))})[ \t]+or[ \t]+$")
        self.org_role = re.compile(rf"(?:[’']s)?[ \t]+(?i:{alt(data['org_roles'])})\b")
        self.place_after = re.compile(rf"(?:[ \t]+|-)(?:{alt([w.lstrip('-') for w in data['place_after']])})\b")
        roles = owner_rules().person_roles | frozenset(owners["person_nouns"]["words"])
        self.appositive = re.compile(rf",[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){{0,2}}(?:{alt(sorted(roles))})\b")


_AGREEMENT: list[_Agreement] = []


def _agreement() -> _Agreement:
    if not _AGREEMENT:
        _AGREEMENT.append(_Agreement())
    return _AGREEMENT[0]


def _generic(text: str, start: int, end: int) -> bool:
    """Whether the pronoun at ``start:end`` is half of "he or she", "his or her" (anyone)."""
    rules = _agreement()
    return rules.generic_after.match(text, end) is not None or rules.generic_before.search(text, max(0, start - 12), start) is not None


_OPEN_QUOTES = frozenset("'‘\"“")
_CLOSE_QUOTES = frozenset("'’\"”")


def _marks(ctx: _DocContext, name: str) -> frozenset[str]:
    """What the text says a name is ("male", "female", "person", "thing", "place"), from every
    mention of it: a title before it, a place word before it, quotes around it, or a pronoun its own
    clause uses of it ("Aparna lost her deposit", "Khehar said he", "Flipkart raised its stake")."""
    def read() -> frozenset[str]:
        rules = _agreement()
        text = ctx.text
        found: set[str] = set()
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                before = text[max(0, pos - 40):pos]
                if rules.male_title.search(before):
                    found.add("male")
                elif rules.female_title.search(before):
                    found.add("female")
                elif rules.any_title.search(before):
                    found.add("person")
                if text[end:end + 2] not in ("'s", "’s") and rules.place_before.search(before):
                    found.add("place")
                if rules.possessed.search(before):
                    found.add("thing")
                if text[pos - 1:pos] in _OPEN_QUOTES and text[end:end + 1] in _CLOSE_QUOTES \
                        and not text[end + 1:end + 2].isalnum():  # ("'Samia's": an apostrophe, no quote)
                    found.add("thing")  # "the 'Pink Coolie Week'": a name in quotes is a title, an event's or a work's
                if rules.org_role.match(text, end):
                    found.add("thing")
                if rules.place_after.match(text, end):
                    found.add("place")
                if rules.appositive.match(text, end):
                    found.add("person")
                said = rules.said.match(text, end)
                if said is not None:
                    found.add(rules.sex[said.group("p")])
                owns = rules.owns.match(text, end)
                if owns is not None and (owns.group("p") != "her" or owns.group("next") not in rules.not_possessed):
                    found.add(rules.sex[owns.group("p")])
            pos = text.find(name, end)
        return frozenset(found)
    return ctx.cached(("pronoun_marks", name), read)


def marked_person(ctx: _DocContext, name: str) -> bool:
    """Whether the text says a name is a person: a title before it ("Mr", "actor"), an apposition
    ("Aamir, a producer"), or a "he", "she", "his" or "her" its own clause uses of it ("Aamir will
    pocket ... question Aamir on his deals"), and never "its"."""
    marks = _marks(ctx, name)
    return bool(marks & {"male", "female", "person"}) and "thing" not in marks


def agrees(ctx: _DocContext, pronoun: str, name: str, label: str) -> bool:
    """Whether ``pronoun`` can stand for ``name``: "he" or "she" for no name the text shows to be a
    thing or a place ("Idea Cellular", "in Okhla", "Flipkart raised its stake"), "she" for no name
    it marks as a man and "he" for none it marks as a woman ("Mr", "Aparna lost her deposit"); "it"
    for no name it marks as a person. What the text does not mark agrees with either."""
    rules = _agreement()
    sex = rules.sex.get(pronoun.lower())
    if sex is None or label not in ("NAME", "PERSON"):
        return True
    marks = _marks(ctx, name)
    person = marks & {"male", "female", "person"}
    if sex == "thing":
        words = [w.lower() for w in name.split()]
        titled = len(words) >= 2 and words[-1] not in rules.non_person and any(w in rules.title_inside for w in words[:-1])
        return label != "PERSON" and not ((person or titled) and "thing" not in marks)
    if label == "NAME" and not person and ("thing" in marks or "place" in marks or any(
            w.lower().strip(".'’") in rules.non_person for w in name.split())):
        return False
    if label == "NAME" and not person and " " not in name and name.lower() in owner_rules().lowercase_words \
            and ctx.is_common_word(name):
        return False  # "Education ... she", "Suppose ... him": an English word the text also writes in lower case
    other = "female" if sex == "male" else "male"
    return not (other in marks and sex not in marks)
