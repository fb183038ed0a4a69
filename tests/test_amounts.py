"""Table-driven tests for the money and percentage grammar (extract/amounts.py).

Every case is a sentence written for this file and the list of figures it should
yield, in order. A figure is (text, amount, unit) plus, where it matters, the
approximation kind and the range ends. An empty list means "nothing here is money
or a percentage". Property tests at the end check the invariants every match keeps.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.amounts import AmountMatch, find_amounts
from extract.records import MoneyValue, PercentValue

_UNSET = object()


@dataclass(frozen=True)
class Want:
    text: str
    amount: float
    unit: str  # ISO code, or "%"
    approx: str | None = None
    low: float | None = None
    high: float | None = None
    inferred: object = _UNSET  # True/False to check currency_inferred
    face: bool = False  # a note's or coin's face value (AmountMatch.face_value)


def M(text, amount, cur, approx=None, low=None, high=None, inferred=_UNSET, face=False) -> Want:  # noqa: N802
    return Want(text, amount, cur, approx, low, high, inferred, face)


def P(text, amount, approx=None, low=None, high=None) -> Want:  # noqa: N802
    return Want(text, amount, "%", approx, low, high)


CASES: list[tuple[str, str, list[Want]]] = [
    # -- rupees ----------------------------------------------------------------------------
    ("rs-crore", "The Cabinet approved an outlay of Rs 34,300 crore for the mission.",
     [M("Rs 34,300 crore", 343_000_000_000, "INR", inferred=False)]),
    ("rs-dot-crore", "The ministry released Rs. 1,200 crore to the states on Monday.",
     [M("Rs. 1,200 crore", 12_000_000_000, "INR")]),
    ("rs-capitals-dot", "Two debits of RS. 4,000 and Rs. 1,500 were reported.",
     [M("RS. 4,000", 4_000, "INR"), M("Rs. 1,500", 1_500, "INR")]),
    ("rs-glued", "Each unit costs Rs500 and the kit Rs.2,400.",
     [M("Rs500", 500, "INR"), M("Rs.2,400", 2400, "INR")]),
    ("rupee-sign-hyphen-crore", "The ₹16,300-crore mission was cleared in January.",
     [M("₹16,300-crore", 163_000_000_000, "INR")]),
    ("rs-crore-scheme", "It launched a Rs 7,000-crore scheme for offshore exploration.",
     [M("Rs 7,000-crore", 70_000_000_000, "INR")]),
    ("inr-code", "The refinery will cost INR 450 crore over two phases.",
     [M("INR 450 crore", 4_500_000_000, "INR")]),
    ("approx-before-lost-sign", "The council collected over ?90 crore in fees.",
     [M("90 crore", 900_000_000, "INR", approx="over", inferred=True)]),
    ("lakh-letter-after-a-mark", "Hackers asked for ₹24L in bitcoin; a 2L bottle is water.",
     [M("₹24L", 2_400_000, "INR")]),
    ("css-percent-is-markup", ".box ul {width:95%; font-size:130%} Growth: 5%; inflation: 3%.",
     [M("5%", 5, "%"), M("3%", 3, "%")]),
    ("more-currencies", "Sales rose to 131.9bn kronor, and it paid 260bn roubles (86bn Swiss francs).",
     [M("131.9bn kronor", 131.9e9, "SEK"), M("260bn roubles", 260e9, "RUB"), M("86bn Swiss francs", 86e9, "CHF")]),
    ("lakh-letter-after-a-lost-sign", "Thieves took ?7.5L from the shop; the 2L tank stayed.",
     [M("7.5L", 750_000, "INR")]),
    ("other-rupee-named-after", "The club kept 80 crore in Pakistani rupees for its lawyers.",
     [M("80 crore", 800_000_000, "PKR", inferred=False)]),
    ("other-rupee-code", "Tickets were PKR 1,500 at the gate.", [M("PKR 1,500", 1500, "PKR")]),
    ("bracketed-conversion-names-no-currency", "The painting sold for over ?2 crore (£190,000) on Friday.",
     [M("2 crore", 20_000_000, "INR", approx="over", inferred=True), M("£190,000", 190_000, "GBP")]),
    ("rupees-word-after", "The state set aside 500 crore rupees for flood relief.",
     [M("500 crore rupees", 5_000_000_000, "INR", inferred=False)]),
    ("lakh-crore", "Capital spending is budgeted at Rs 11.1 lakh crore this year.",
     [M("Rs 11.1 lakh crore", 11_100_000_000_000, "INR")]),
    ("lakh-cr", "States' combined deficit rose to ?4.6 lakh cr last year.",
     [M("4.6 lakh cr", 4_600_000_000_000, "INR", inferred=True)]),
    ("lakh-crore-hyphen", "a ₹2-lakh-crore push for railways",
     [M("₹2-lakh-crore", 2_000_000_000_000, "INR")]),
    ("lakh", "Each start-up gets a grant of Rs 15 lakh in the first round.",
     [M("Rs 15 lakh", 1_500_000, "INR")]),
    ("lakhs-plural", "Fines of Rs 2 lakhs were imposed on the two firms.",
     [M("Rs 2 lakhs", 200_000, "INR")]),
    ("cr-abbreviation", "Q3 profit: Rs 812 cr, up from Rs 640 cr.",
     [M("Rs 812 cr", 8_120_000_000, "INR"), M("Rs 640 cr", 6_400_000_000, "INR")]),
    ("indian-grouping-full-digits", "The outlay, Rs 1,63,00,00,00,000, was approved in full.",
     [M("Rs 1,63,00,00,00,000", 163_000_000_000, "INR")]),
    ("indian-grouping-lakh", "Ore fetched Rs 1,63,000 per tonne at auction.",
     [M("Rs 1,63,000", 163_000, "INR")]),
    ("rs-thousand-crore", "They promised Rs 15 thousand crore for new mines.",
     [M("Rs 15 thousand crore", 150_000_000_000, "INR")]),
    ("rs-number-words", "The court imposed a fine of Rs one lakh on each accused.",
     [M("Rs one lakh", 100_000, "INR", inferred=False)]),
    ("paise", "The levy rises by 2 rupees 50 paise a litre.",
     [M("2 rupees 50 paise", 2.5, "INR")]),
    # -- rupees with no mark: inferred ------------------------------------------------------
    ("bare-crore-inferred", "The state received 289 crore for the programme.",
     [M("289 crore", 2_890_000_000, "INR", inferred=True)]),
    ("lost-sign-question-mark", "The corporation collected ?289 crore in property tax.",
     [M("289 crore", 2_890_000_000, "INR", inferred=True)]),
    ("lost-sign-backtick", "Borrowing is capped at ` 4.25 lakh crore for the year.",
     [M("4.25 lakh crore", 4_250_000_000_000, "INR", inferred=True)]),
    # a lost sign with no Indian scale: rupees only where nothing says otherwise
    ("lost-sign-unscaled", "The conductor charged a fine of ?350 on the spot.",
     [M("350", 350, "INR", inferred=True)]),
    ("lost-sign-unscaled-thousands", "A helper earns ?12,500 a month and `900 in tips.",
     [M("12,500", 12_500, "INR", inferred=True), M("900", 900, "INR", inferred=True)]),
    ("lost-sign-k", "Family to get ?40K in relief", [M("40K", 40_000, "INR", inferred=True)]),
    ("lost-sign-unscaled-range", "Fares went up to ?150-300 a seat.",
     [M("150-300", 150, "INR", approx="under", low=150, high=300)]),
    ("lost-sign-range-repeats-the-sign", "Lawyers bill ?4-?9 lakh a hearing; a visit is ?300-?450.",
     [M("4-?9 lakh", 400_000, "INR", inferred=True, low=400_000, high=900_000),
      M("300-?450", 300, "INR", inferred=True, low=300, high=450)]),
    ("lost-sign-shares-the-next-scale", "Each unit costs between ?1.5 and ?2 crore.",
     [M("1.5 and ?2 crore", 15_000_000, "INR", inferred=True, low=15_000_000, high=20_000_000)]),
    ("between-two-sums-is-a-range", "Bus fares are between Rs 10 and Rs 25, up from Rs 8.",
     [M("Rs 10 and Rs 25", 10, "INR", low=10, high=25), M("Rs 8", 8, "INR")]),
    ("between-two-percentages-is-a-range", "Growth will be between 3% and 5% this year.",
     [P("3% and 5%", 3, low=3, high=5)]),
    ("between-shares-the-high-scale", "Incomes between Rs 3 and Rs 3.5 lakh pay 5%.",
     [M("Rs 3 and Rs 3.5 lakh", 300_000, "INR", low=300_000, high=350_000), P("5%", 5)]),
    ("between-a-falling-pair-is-two-figures", "It sold between Rs 30 and Rs 20 a kilo.",
     [M("Rs 30", 30, "INR"), M("Rs 20", 20, "INR")]),
    ("lost-sign-keeps-its-own-size", "Pay has risen from ?3,000 to ?1.5 lakh since then.",
     [M("3,000", 3_000, "INR", inferred=True), M("1.5 lakh", 150_000, "INR", inferred=True)]),
    ("lost-letter-mark-unscaled", "Littering will attract a fine R5,000, the court said.",
     [M("5,000", 5_000, "INR", inferred=True)]),
    ("lost-letter-mark-glued-lakh", "The bag held R7 lakh in new notes.", [M("7 lakh", 700_000, "INR", inferred=True)]),
    ("letter-mark-after-a-name-is-a-model", "Prints come from a Canon R900 printer.", []),
    ("lost-sign-spaced-lakh-letter", "?45 L in new notes seized at toll plaza", [M("45 L", 4_500_000, "INR", inferred=True)]),
    ("lost-sign-lakh-crore-letters", "?2-3 L cr of hidden income found",
     [M("2-3 L cr", 2e12, "INR", inferred=True, low=2e12, high=3e12)]),
    ("real-question-mark-before-digit", "Why?40 people asked the same thing.", []),
    ("lost-quote-before-a-year", "He said ?2019 was a hard year? at the event.", []),
    ("lost-quote-before-a-date", "The minister said: ?31 March is the deadline.", []),
    ("lost-quotes-around-a-number", "Call ?108? for an ambulance.", []),
    ("lost-sign-leading-zero", "Plates from ?0001? sell for more.", []),
    ("lost-quote-before-a-count", "He said ?30 villagers were hurt.", []),
    ("lost-sign-before-money-plural", "The college paid ?2.4 crore avoidable late charges and ?60 lakh rents.",
     [M("2.4 crore", 24_000_000, "INR", inferred=True), M("60 lakh", 6_000_000, "INR", inferred=True)]),
    ("lost-sign-before-a-conversion-is-foreign", "A court ordered a payment of ?4,200 ($4,900) in damages.",
     [M("$4,900", 4_900, "USD")]),
    ("lost-sign-with-million-is-foreign", "The club paid ?48m for the striker.", []),
    # face values stay figures, marked as such (their facts have no owner and are never compared)
    ("lost-sign-face-values", "Villagers swapped old ?500 and ?1,000 notes.",
     [M("500", 500, "INR", inferred=True, face=True), M("1,000", 1_000, "INR", inferred=True, face=True)]),
    ("face-values-after-notes-of", "Pensioners got old notes of ?500 and ?1,000; the bank paid Rs 300 to each.",
     [M("500", 500, "INR", face=True), M("1,000", 1_000, "INR", face=True), M("Rs 300", 300, "INR")]),
    ("face-value-after-a-denomination-of", "Fake notes in the denomination of Rs 2,000 worth Rs 18 lakh were found.",
     [M("Rs 2,000", 2_000, "INR", face=True), M("Rs 18 lakh", 1_800_000, "INR")]),
    ("face-values-slashed", "Ads showed the old Rs 500/1000 notes beside a Rs 40 coupon.",
     [M("Rs 500", 500, "INR", face=True), M("Rs 40", 40, "INR")]),
    ("bare-lakh-worth", "Jewellery worth 22 lakh was recovered from the flat.",
     [M("22 lakh", 2_200_000, "INR", inferred=True)]),
    ("words-lakh-crore-inferred", "Exports could touch two lakh crore by 2030.",
     [M("two lakh crore", 2_000_000_000_000, "INR", inferred=True)]),
    ("bare-range-crore", "Each plant needs 250-300 crore of fresh capital.",
     [M("250-300 crore", 2_500_000_000, "INR", low=2_500_000_000, high=3_000_000_000)]),
    # -- dollars ----------------------------------------------------------------------------
    ("usd-million", "The Department of Energy awarded $675 million in grants.",
     [M("$675 million", 675_000_000, "USD")]),
    ("us-dollar-bn", "The lithium deal is worth US$1.2bn over ten years.",
     [M("US$1.2bn", 1_200_000_000, "USD")]),
    ("us-space-dollar", "Japan pledged US $675 million to the fund.",
     [M("US $675 million", 675_000_000, "USD")]),
    ("newswire-lowercase-space", "the company said it raised $ 75 million in a private placement .",
     [M("$ 75 million", 75_000_000, "USD")]),
    ("usd-code", "Donors have pledged USD 3 billion in assistance.",
     [M("USD 3 billion", 3_000_000_000, "USD")]),
    ("dollars-word", "They spent 40 million dollars on the plant.",
     [M("40 million dollars", 40_000_000, "USD")]),
    ("dollar-trillion", "The economy is worth $1.2 trillion; China's $2.5tn fund is larger.",
     [M("$1.2 trillion", 1_200_000_000_000, "USD"), M("$2.5tn", 2_500_000_000_000, "USD")]),
    ("dollar-attached-t", "Its GDP reached $3.9T in the latest estimate.",
     [M("$3.9T", 3_900_000_000_000, "USD")]),
    ("dollar-k", "Starting salaries are around $85k in Nevada.",
     [M("$85k", 85_000, "USD", approx="about")]),
    ("dollar-hyphen-billion", "a $1.5-billion cobalt refinery",
     [M("$1.5-billion", 1_500_000_000, "USD")]),
    ("dollar-cents", "A kilo of ore sold for 3 dollars 25 cents.",
     [M("3 dollars 25 cents", 3.25, "USD")]),
    ("dollar-words-cents", "The fee is twelve dollars and fifty cents.",
     [M("twelve dollars and fifty cents", 12.5, "USD")]),
    ("dollar-range-repeated-sign", "Analysts expect $5-$6 billion of new orders.",
     [M("$5-$6 billion", 5_000_000_000, "USD", low=5_000_000_000, high=6_000_000_000)]),
    ("words-billion-dollars", "Investors have put seven billion dollars into battery plants.",
     [M("seven billion dollars", 7_000_000_000, "USD")]),
    ("a-billion-dollars", "It is a billion dollars short of the goal.",
     [M("a billion dollars", 1_000_000_000, "USD")]),
    ("si-space-grouping", "Entry costs 25 000 dollars per team.",
     [M("25 000 dollars", 25_000, "USD")]),
    # -- other currencies -------------------------------------------------------------------
    ("euro-m", "The EU will spend €400m on the refinery.",
     [M("€400m", 400_000_000, "EUR")]),
    ("euro-capital-m", "Brussels set aside €10M for the pilot and €2B for the roll-out.",
     [M("€10M", 10_000_000, "EUR"), M("€2B", 2_000_000_000, "EUR")]),
    ("euros-word", "The stake was sold for 323 million euros.",
     [M("323 million euros", 323_000_000, "EUR")]),
    ("euro-suffix-sign", "Tickets cost 15€ at the door.",
     [M("15€", 15, "EUR")]),
    ("pound-sign", "The UK offered £2.5bn for battery plants.",
     [M("£2.5bn", 2_500_000_000, "GBP")]),
    ("pounds-with-scale", "Rangers paid 20 million pounds for the striker.",
     [M("20 million pounds", 20_000_000, "GBP")]),
    ("pounds-without-scale", "The sketch sold for 7,500 pounds at auction.", [M("7,500 pounds", 7_500, "GBP")]),
    ("aud", "Canberra committed A$1.5 billion to critical minerals.",
     [M("A$1.5 billion", 1_500_000_000, "AUD")]),
    ("yen-sign-and-word", "Tokyo set aside ¥500 billion, or 500 billion yen.",
     [M("¥500 billion", 500_000_000_000, "JPY"), M("500 billion yen", 500_000_000_000, "JPY")]),
    ("yuan-and-rmb", "Beijing allotted 5 billion yuan, on top of RMB 20 billion last year.",
     [M("5 billion yuan", 5_000_000_000, "CNY"), M("RMB 20 billion", 20_000_000_000, "CNY")]),
    # -- approximations ---------------------------------------------------------------------
    ("approx-nearly", "Nearly Rs 7,000 crore will go to exploration.",
     [M("Rs 7,000 crore", 70_000_000_000, "INR", approx="about")]),
    ("approx-about", "The mine will cost about $2 billion.",
     [M("$2 billion", 2_000_000_000, "USD", approx="about")]),
    ("approx-around", "Sales rose to around ₹900 crore.",
     [M("₹900 crore", 9_000_000_000, "INR", approx="about")]),
    ("approx-roughly", "roughly €3bn of orders",
     [M("€3bn", 3_000_000_000, "EUR", approx="about")]),
    ("approx-over", "The project attracted over $500 million in bids.",
     [M("$500 million", 500_000_000, "USD", approx="over")]),
    ("approx-more-than", "Banks lent more than Rs 8,600 crore last quarter.",
     [M("Rs 8,600 crore", 86_000_000_000, "INR", approx="over")]),
    ("approx-up-to", "Each firm can claim up to $5 million.",
     [M("$5 million", 5_000_000, "USD", approx="under")]),
    ("approx-an-estimated", "an estimated $470 million this year",
     [M("$470 million", 470_000_000, "USD", approx="about")]),
    ("approx-after-joined-sentence", "Prices fell last year.Over 40% of mines closed.",
     [P("40%", 40, approx="over")]),
    # -- percentages ------------------------------------------------------------------------
    ("percent-sign", "India imports 70% of its lithium.", [P("70%", 70)]),
    ("per-cent", "Tariffs rose 70 per cent in a year.", [P("70 per cent", 70)]),
    ("percent-word", "Output grew 70 percent.", [P("70 percent", 70)]),
    ("percent-decimal", "The share rose to 21.9% in March.", [P("21.9%", 21.9)]),
    ("percent-pc", "Exports rose 5pc in May.", [P("5pc", 5)]),
    ("percent-pct", "bond yields fell 0.4 pct on friday", [P("0.4 pct", 0.4)]),
    ("percent-words", "Twenty per cent of the ore is waste.", [P("Twenty per cent", 20)]),
    ("percent-approx", "About 40% of respondents agreed, and more than 50 per cent disagreed.",
     [P("40%", 40, approx="about"), P("50 per cent", 50, approx="over")]),
    ("percent-range", "Margins will be 5-7% next year.", [P("5-7%", 5, low=5, high=7)]),
    ("percent-range-to", "Growth of 6 to 6.5 per cent is expected.",
     [P("6 to 6.5 per cent", 6, low=6, high=6.5)]),
    ("percent-points", "The rate rose 2 percentage points.", [P("2 percentage points", 2)]),
    ("percent-negative", "The index returned -3.2% last year.", [P("-3.2%", -3.2)]),
    ("percent-minus-word", "Growth came in at minus two percent.", [P("minus two percent", -2)]),
    ("percent-dash-is-not-minus", "Duties of 5%-10% apply.", [P("5%", 5), P("10%", 10)]),
    ("percent-of-seats", "The party won 30 per cent of 210 seats.", [P("30 per cent", 30)]),
    ("percent-from-year", "It fell from 2019 to 5 per cent.", [P("5 per cent", 5)]),
    # -- text shapes --------------------------------------------------------------------------
    ("markdown-bold", "The mission has an outlay of **Rs 34,300 crore** over seven years.",
     [M("Rs 34,300 crore", 343_000_000_000, "INR")]),
    ("curly-quotes", "“We will spend Rs 500 crore,” she said, calling it a ‘$60 million bet’.",
     [M("Rs 500 crore", 5_000_000_000, "INR"), M("$60 million", 60_000_000, "USD")]),
    ("crlf", "Line one: Rs 5 crore.\r\nLine two: $3 million.\r\n",
     [M("Rs 5 crore", 50_000_000, "INR"), M("$3 million", 3_000_000, "USD")]),
    ("nbsp-after-rs", "An outlay of Rs\u00a0500\u00a0crore was approved.",
     [M("Rs\u00a0500\u00a0crore", 5_000_000_000, "INR")]),
    ("sentence-final", "The ministry approved Rs 500 crore.", [M("Rs 500 crore", 5_000_000_000, "INR")]),
    ("joined-sentences", "The fund got Rs 500 crore last year.Following the review, 12% more was added.",
     [M("Rs 500 crore", 5_000_000_000, "INR"), P("12%", 12)]),
    ("joined-scale-and-capital", "Disney's value: $12.5bnNext year it may double.",
     [M("$12.5bn", 12_500_000_000, "USD")]),
    ("conversion-stays-positive", "The outlay of Rs 16,300 crore (US$1.9 billion) was approved.",
     [M("Rs 16,300 crore", 163_000_000_000, "INR"), M("US$1.9 billion", 1_900_000_000, "USD")]),
    ("accounting-negative", "Net result for the quarter was ($4.5 million).",
     [M("($4.5 million)", -4_500_000, "USD")]),
    ("negative-suffix-sign", "The fund lost -15€ per share.", [M("-15€", -15, "EUR")]),
    ("double-hyphen-is-a-dash", "It will sell shares --10 per cent of the company-- next month.", [P("10 per cent", 10)]),
    ("hyphenated-rs-is-not-negative", "The state declared a Rs-10,000 interim loan.", [M("Rs-10,000", 10_000, "INR")]),
    ("fiscal-year-then-percent", "Coverage will rise from 30% in 2016-17 to 40% in 2017-18.", [P("30%", 30), P("40%", 40)]),
    ("mojibake-rupee", "Collections hit â‚¹105 cr in three days.", [M("â‚¹105 cr", 1_050_000_000, "INR")]),
    ("no-decimal-cut", "Its value is $50.8bn now.", [M("$50.8bn", 50_800_000_000, "USD")]),
    ("rs-range-repeated-mark", "Income between Rs 2.5 to Rs 5 lakh is taxed at 5%.",
     [M("Rs 2.5 to Rs 5 lakh", 250_000, "INR", low=250_000, high=500_000), P("5%", 5)]),
    # "from X to Y" after a word of change is a value and what it became, not a range
    ("change-from-to-repeated-mark", "The council raised members' pay from Rs 45,000 to Rs 1.2 lakh.",
     [M("Rs 45,000", 45_000, "INR"), M("Rs 1.2 lakh", 120_000, "INR")]),
    ("change-from-to-same-scale", "The charge was increased this year from £6 to £10 a trip.",
     [M("£6", 6, "GBP"), M("£10", 10, "GBP")]),
    ("falling-repeated-mark-is-no-range", "The ticket is $40 to $25 after the sale.",
     [M("$40", 40, "USD"), M("$25", 25, "USD")]),
    ("range-word-before-from", "Fines ranging from Rs 500 to Rs 5,000 apply.",
     [M("Rs 500 to Rs 5,000", 500, "INR", low=500, high=5_000)]),
    ("from-to-without-change-is-range", "Seats sell from Rs 400 to Rs 900.",
     [M("Rs 400 to Rs 900", 400, "INR", low=400, high=900)]),
    ("change-with-shared-scale-stays-range", "It rose from Rs 45 to Rs 60 lakh.",
     [M("Rs 45 to Rs 60 lakh", 4_500_000, "INR", low=4_500_000, high=6_000_000)]),
    ("re-singular-rupee", "A cup of tea costs Re 1 at the canteen.", [M("Re 1", 1, "INR")]),
    ("face-values-are-marked", "Banks took back Rs 500, Rs 1,000 and Rs 2000 notes, the Re 1 coin "
     "and Rs 8 lakh in new notes.", [M("Rs 500", 500, "INR", face=True), M("Rs 1,000", 1_000, "INR", face=True),
                                     M("Rs 2000", 2_000, "INR", face=True), M("Re 1", 1, "INR", face=True),
                                     M("Rs 8 lakh", 800_000, "INR")]),
    ("hong-kong-dollar", "The port deal is valued at HK$500 million.", [M("HK$500 million", 500_000_000, "HKD")]),
    ("half-a-billion", "Two-way trade may cross half a billion dollars.",
     [M("half a billion dollars", 500_000_000, "USD")]),
    ("bare-lakh-fined-each", "Both firms were fined 2.5 lakh each.", [M("2.5 lakh", 250_000, "INR", inferred=True)]),
    ("accounting-at-line-start", "Operating income\n($2.1 million)\n", [M("($2.1 million)", -2_100_000, "USD")]),
    ("inverted-percent-clause", "Discount: percent of 15.", [P("percent of 15", 15)]),
    # -- not money, not percentages -----------------------------------------------------------
    ("fiscal-year", "The 2030-31 target was set in the 2024-25 budget.", []),
    ("year-alone", "In 2023, 45 companies bid for blocks.", []),
    ("phone-number", "Call the helpline on 1800-233-4567 for details.", []),
    ("time", "The meeting starts at 11:30 AM on 12 March 2024.", []),
    ("countries", "Ministers from 14 countries attended.", []),
    ("duration", "The programme will run over seven years.", []),
    ("round-the-clock", "A 24x7 helpline will open.", []),
    ("covid", "Demand dipped after COVID-19 hit supply chains.", []),
    ("g20", "Leaders met at the G20 summit in New Delhi.", []),
    ("i2u2", "The I2U2 grouping met in 2022.", []),
    ("lakh-tonnes", "The plant can refine 3.5 lakh tonnes of ore.", []),
    ("million-people", "The scheme reaches 2 million people.", []),
    ("lakh-people", "About 10 lakh people live near the mine.", []),
    ("lakh-new-jobs", "It will create 10 lakh new jobs.", []),
    ("crore-plural-count", "The state issued 2 crore ration cards.", []),
    ("lakh-count-verb", "Of the 17 lakh applications, 14 lakh have been cleared.", []),
    ("lakh-population", "The town has a population of 25 lakh.", []),
    ("lakh-in-parentheses", "The app has 5 million (50 lakh) users.", []),
    ("words-billion-count", "Seven billion people live on Earth.", []),
    ("pound-weight", "He carried a twenty-pound bag and 50 pounds of rice.", []),
    ("pounds-weighed", "The skull weighs about 120 pounds.", []),
    ("euro-zone", "All 19 euro zone members signed.", []),
    ("pc-not-percent", "The lab bought 5 PC workstations.", []),
    ("creche-is-not-crore", "The office opened a crèche for staff.", []),
    ("version-number", "Version 2.0 of the portal went live.", []),
    ("ratio", "The ratio was 3:2 in favour.", []),
    ("lakh-count-verb-were", "Of the visitors, 3 lakh were from abroad.", []),
    ("lakh-count-verb-displaced", "Floods in the valley: 4 lakh displaced, 2 crore affected.", []),
    ("billion-dollar-adjective", "It is the fifth billion-dollar deal this year.", []),
    ("few-hundred-dollars", "Buyers save a few hundred dollars a year.", []),
    ("spoken-decimal-left-alone", "Sales fell one point three per cent.", []),
    ("percent-of-is-not-inverted-mid-clause", "A small percent of 10,000 voters turned out.", []),
    ("fiscal-year-after-rs-is-no-range", "Rs 2030-31 is not a sum.", []),
]


def _unit(match: AmountMatch) -> str:
    return "%" if isinstance(match.value, PercentValue) else match.value.currency


@pytest.mark.parametrize(("text", "wanted"), [pytest.param(t, w, id=i) for i, t, w in CASES])
def test_find_amounts(text: str, wanted: list[Want]) -> None:
    found = find_amounts(text)
    got = [(m.value.text, _unit(m)) for m in found]
    assert got == [(w.text, w.unit) for w in wanted]
    for match, want in zip(found, wanted):
        value = match.value
        assert text[match.start:match.end] == value.text
        assert value.amount == pytest.approx(want.amount, rel=1e-9), want.text
        assert value.approx == want.approx, want.text
        assert value.low == (None if want.low is None else pytest.approx(want.low, rel=1e-9)), want.text
        assert value.high == (None if want.high is None else pytest.approx(want.high, rel=1e-9)), want.text
        if want.inferred is not _UNSET:
            assert isinstance(value, MoneyValue)
            assert value.currency_inferred is want.inferred, want.text
        assert match.face_value is want.face, want.text


def test_case_count() -> None:
    assert len(CASES) >= 80
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES), "case ids must be unique"


def test_value_fields_as_written() -> None:
    (m,) = find_amounts("a Rs 1,500-2,000 crore package")
    assert isinstance(m.value, MoneyValue)
    assert (m.value.number, m.value.scale) == ("1,500-2,000", "crore")
    assert (m.value.amount, m.value.low, m.value.high) == (15_000_000_000.0, 15_000_000_000.0, 20_000_000_000.0)
    (m,) = find_amounts("Nearly Rs 7,000 crore")
    assert (m.value.approx, m.value.approx_text) == ("about", "Nearly")
    (m,) = find_amounts("US$1.2bn")
    assert (m.value.number, m.value.scale, m.value.currency_inferred) == ("1.2", "bn", False)
    (m,) = find_amounts("two lakh crore")
    assert (m.value.number, m.value.scale) == ("two", "lakh crore")


def test_kind() -> None:
    kinds = [m.kind for m in find_amounts("Rs 5 crore, or 12% of the total")]
    assert kinds == ["money", "percent"]


# -- properties ---------------------------------------------------------------------------------

_PIECES = [
    "Rs", "Rs.", "₹", "$", "US$", "€", "£", "A$", "¥", "INR", "USD", " ", " ", " ", "\u00a0", "\r\n", "-", "–",
    "(", ")", "*", ",", ".", "?", "`", "%", "per cent", "pc", "crore", "lakh", "lakh crore", "million", "bn", "m",
    "T", "k", "dollars", "rupees", "euros", "pounds", "yen", "cents", "of", "to", "and", "minus", "nearly",
    "over", "up to", "about", "people", "tonnes", "were", "seven", "twenty", "one", "a", "hundred", "worth",
    "0", "5", "12", "34,300", "1,63,000", "1.63", "2030-31", "10 000", "1800-233-4567", "11:30",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_spans_are_exact_and_ordered(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = find_amounts(text)
    previous_end = 0
    for match in found:
        assert text[match.start:match.end] == match.value.text
        assert match.start >= previous_end, "matches overlap or are out of order"
        previous_end = match.end
        if match.value.low is not None:
            assert match.value.high is not None and match.value.low <= match.value.high


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text(text: str) -> None:
    for match in find_amounts(text):
        assert text[match.start:match.end] == match.value.text


def test_every_case_span_is_exact() -> None:
    for _, text, _ in CASES:
        for match in find_amounts(text):
            assert text[match.start:match.end] == match.value.text
