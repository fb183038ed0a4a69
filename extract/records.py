"""The fact records newsfacts emits, and the JSON Schema published for them.

Every fact is one pydantic model in a discriminated union on ``kind``, so a
consumer (or ``newsfacts conflicts -``) can validate a JSON line without knowing
in advance which kind it holds, and new kinds extend the union without
breaking old readers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated, Any, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class Record(BaseModel):
    # frozen: records are hashable and safe to share between stages;
    # extra="forbid": re-reading our own output catches schema drift.
    # allow_inf_nan=False: JSON has no NaN or Infinity (a line carrying one is not a fact).
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


class Subject(Record):
    text: str = Field(description="The subject as written in the evidence sentence ('the mission', 'It'), or, "
                                  "when the sentence names none, as last written before it.")
    name: str = Field(description="Canonical name, the same for every variant in the batch.")
    acronym: str | None = Field(default=None, description="Short form, when one is known.")
    label: str = Field(description="PROGRAMME, ORG, COUNTRY, MINERAL, PERSON, ...")


class Evidence(Record):
    doc: str = Field(description="Article id: path relative to the input argument, or the JSONL id.")
    published: dt.date | None = Field(default=None, description="The article's published date.")
    sentence: str = Field(description="The sentence the fact was read from, as in the original text.")
    sentence_start: int = Field(ge=0, description="Offset of the sentence in the original text.")
    start: int = Field(ge=0, description="Start offset of the value span in the original text.")
    end: int = Field(ge=0, description="End offset (exclusive): text[start:end] is the value's text.")


ApproxKind = Literal["about", "over", "under"]


class MoneyValue(Record):
    amount: float = Field(description="Full units: Rs 34,300 crore -> 343000000000.0. For a range, the low end.")
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")
    currency_inferred: bool = Field(
        default=False, description="No currency mark was written (e.g. '289 crore'): INR from the Indian scale."
    )
    number: str = Field(description="The number as written, e.g. '34,300' or 'seven'.")
    scale: str | None = Field(default=None, description="The scale word as written, e.g. 'crore', 'bn'.")
    text: str = Field(description="Exact text of the value span.")
    approx: ApproxKind | None = Field(default=None, description="about / over (lower bound) / under (upper bound).")
    approx_text: str | None = Field(default=None, description="The approximation word as written ('nearly').")
    low: float | None = Field(default=None, description="Range low end in full units.")
    high: float | None = Field(default=None, description="Range high end in full units.")


class PercentValue(Record):
    amount: float = Field(description="The percentage, 21.9 for 21.9%. For a range, the low end.")
    unit: Literal["%"] = "%"
    number: str
    text: str
    approx: ApproxKind | None = None
    approx_text: str | None = None
    low: float | None = None
    high: float | None = None


class DefinitionValue(Record):
    short: str = Field(description="The acronym as written.")
    long: str = Field(description="The expansion as written.")


class MembershipValue(Record):
    member: str = Field(description="Canonical name of the country or body that joined.")
    date: dt.date | None = Field(default=None, description="Resolved date of joining; null when unresolved.")
    date_text: str | None = Field(default=None, description="The date expression as written.")
    date_precision: Literal["day", "month", "year"] | None = None


class RankingValue(Record):
    rank: int = Field(ge=1)
    category: str = Field(description="What is ranked, e.g. 'manufacturer of APIs'.")
    scope: str | None = Field(default=None, description="e.g. 'world'.")
    after: str | None = Field(default=None, description="Who ranks ahead, when named ('after China').")
    text: str


class UsageValue(Record):
    mineral: str
    application: str
    text: str


class QuoteValue(Record):
    speaker: str
    role: str | None = None
    organisation: str | None = None
    quote: str


class Fact(Record):
    """Fields every fact shares; subclasses only pin ``kind`` and ``value``."""

    id: str = Field(description="Stable id: same input, same id, on every run and machine.")
    kind: str
    subject: Subject | None = None
    predicate: str = Field(description="Normalised predicate: outlay, allocation, grant, ... else 'mentions'.")
    value: object
    qualifiers: dict[str, str] = Field(default_factory=dict)
    evidence: Evidence
    story_terms: list[str] | None = Field(
        default=None, description="The article's most telling content words and names, best first (the same on "
                                  "every fact of one article): what story grouping needs, so 'conflicts' groups "
                                  "facts piped from 'extract' into the same stories as the articles themselves.")


class MoneyFact(Fact):
    kind: Literal["money"] = "money"
    value: MoneyValue


class PercentFact(Fact):
    kind: Literal["percent"] = "percent"
    value: PercentValue


class DefinitionFact(Fact):
    kind: Literal["definition"] = "definition"
    value: DefinitionValue


class MembershipFact(Fact):
    kind: Literal["membership"] = "membership"
    value: MembershipValue


class RankingFact(Fact):
    kind: Literal["ranking"] = "ranking"
    value: RankingValue


class UsageFact(Fact):
    kind: Literal["usage"] = "usage"
    value: UsageValue


class QuoteFact(Fact):
    kind: Literal["quote"] = "quote"
    value: QuoteValue


AnyFact = Annotated[
    Union[MoneyFact, PercentFact, DefinitionFact, MembershipFact, RankingFact, UsageFact, QuoteFact],
    Field(discriminator="kind"),
]
FACT_ADAPTER: TypeAdapter[AnyFact] = TypeAdapter(AnyFact)

FACT_CLASSES: dict[str, type[Fact]] = {
    cls.model_fields["kind"].default: cls
    for cls in (MoneyFact, PercentFact, DefinitionFact, MembershipFact, RankingFact, UsageFact, QuoteFact)
}


R = TypeVar("R", bound=BaseModel)


def evolve(record: R, **changes: Any) -> R:
    """``record.model_copy(update=changes)`` at half the cost, for values already valid (a shifted
    offset, the article's story terms): every fact of an article is copied so, and an article
    dense with figures holds 50,000 of them. Like ``model_copy``, nothing is validated."""
    new = object.__new__(type(record))
    values = record.__dict__.copy()
    values.update(changes)
    fields_set = record.__pydantic_fields_set__
    if not changes.keys() <= fields_set:
        fields_set = fields_set | changes.keys()  # (a frozen record's set is never changed: shared)
    _set(new, "__dict__", values)
    _set(new, "__pydantic_fields_set__", fields_set)
    _set(new, "__pydantic_extra__", None)
    _set(new, "__pydantic_private__", None)
    return new


_set = object.__setattr__


def fact_id(doc: str, kind: str, start: int, end: int, extra: str = "") -> str:
    """Derive the id from where the fact sits, so reruns and other machines agree on it."""
    digest = hashlib.sha1(f"{doc}\x1f{kind}\x1f{start}\x1f{end}\x1f{extra}".encode()).hexdigest()
    return digest[:16]


def parse_fact_line(line: str | bytes) -> AnyFact:
    """Validate one JSON line of ``extract`` output; raises pydantic.ValidationError."""
    return FACT_ADAPTER.validate_json(line)
