"""What a figure measures, round 11: one case per rule, each failing on the code before the rule
(the id says the rule). "upto" is "up to" in every measure rule; what something is insured for,
with its insurer between, is insurance cover; money paid "every month" is pay; money waived,
written off or unpaid is a debt; "charging" is a fee; money before "agreement" is a deal's value;
lives lost are no money lost; what is allowed "up to" a sum is a limit; a minimum "in the class"
is a cut-off; a lost rupee sign hides no words before the figure; "X% voting" is turnout;
earnings "from" a source are revenue; money wiped off a company's value is its market value; money
before a share sale is funding; a measure noun beats the participle after it; a bill "cut down
by" a sum is a saving; annual compensation is pay. The second table holds the guards: shapes
near a rule that must not take its measure. The tables are run with the later rounds' by
``tests/test_measures_round12.py``: one pair of tests for every table of measure cases."""

from __future__ import annotations

import pytest


MEASURES = [
    pytest.param("Admissions\n\nSome universities reserve upto 8% seats for children of defence staff.",
                 "8%", "quota", id="upto is up to in a quota 1"),
    pytest.param("Hostels\n\nThe new hostel will reserve upto 60% seats for students from the hill districts.",
                 "60%", "quota", id="upto is up to in a quota 2"),
    pytest.param("Cover\n\nThe big-budget epic has been insured by a state insurer for over Rs 150 crore, "
                 "under its film package policy.",
                 "Rs 150 crore", "insurance_cover", id="insured with the insurer between is insurance cover 1"),
    pytest.param("Cover\n\nA private insurer today insured the period drama for about Rs 80 crore under its "
                 "production package scheme.",
                 "Rs 80 crore", "insurance_cover", id="insured with the insurer between is insurance cover 2"),
    pytest.param("Pensions\n\nEach widow in the scheme receives Rs 600 every month from the district office.",
                 "Rs 600", "salary", id="money received every month is pay"),
    pytest.param("Loans\n\nThe opposition claims the government waived over Rs 80,000 crore loan of big "
                 "corporates.",
                 "Rs 80,000 crore", "debt", id="money waived is a debt 1"),
    pytest.param("Airline\n\nThe pilots' union asked the ministry to waive Rs 12,000 crore and give the "
                 "carrier a fresh start.",
                 "Rs 12,000 crore", "debt", id="money waived is a debt 2"),
    pytest.param("Farmers\n\nThe state announced a farm loan waiver of Rs 20,000 crore on Monday.",
                 "Rs 20,000 crore", "aid", id="a loan waiver scheme stays aid"),
    pytest.param("Housing\n\nThe minister said 20% of the total flats will be reserved for low-income "
                 "families.",
                 "20%", "quota", id="seats or flats reserved for a group are a quota 1"),
    pytest.param("Hostel\n\nThe university announced that 50% seats in the new block will be reserved for "
                 "first-year students.",
                 "50%", "quota", id="seats or flats reserved for a group are a quota 2"),
    pytest.param("Housing\n\nThe builder said 20% of the total flats have been sold to investors.",
                 "20%", "share", id="a share of flats sold stays a share"),
    pytest.param("Power\n\nInspectors found that the former minister has unpaid electricity bills worth "
                 "Rs 3 lakh.",
                 "Rs 3 lakh", "debt", id="unpaid bills or fees are a debt 1"),
    pytest.param("Hotel\n\nThe council cancelled the hotel's licence over non-payment of lease fees "
                 "amounting to Rs 90 crore.",
                 "Rs 90 crore", "debt", id="unpaid bills or fees are a debt 2"),
    pytest.param("Audit\n\nThe audit office found that £25m of invoices remain unpaid.",
                 "£25m", "debt", id="unpaid bills or fees are a debt 3"),
    pytest.param("Hotel\n\nThe hotel paid lease fees amounting to Rs 90 crore last year.",
                 "Rs 90 crore", "fee", id="a fee paid stays a fee"),
    pytest.param("Water\n\nThe scheme would also help families without ration cards by charging Rs 90 "
                 "from them to provide a water connection.",
                 "Rs 90", "fee", id="money charged is a fee"),
    pytest.param("Gas\n\nLast year Chile signed a $90m agreement to import Bolivian gas in exchange for "
                 "copper.",
                 "$90m", "deal_value", id="money right before an agreement is its value 1"),
    pytest.param("Chips\n\nIf the $2bn agreement the firm signed with its rival goes through, it will be "
                 "the largest in the sector.",
                 "$2bn", "deal_value", id="money right before an agreement is its value 2"),
    pytest.param("Loans\n\nTurkey's current $18.6bn loan agreement with the IMF expires in February.",
                 "$18.6bn", "loan", id="a loan agreement stays a loan"),
    pytest.param("Storms\n\nThousands of people lost their lives in the storms, with a cost to the "
                 "region's economy of around $10bn.",
                 "$10bn", "cost", id="a cost to the economy after lives lost is a cost"),
    pytest.param("Collapse\n\nShareholders lost about $90bn when the carrier collapsed, while 8,000 "
                 "workers lost their jobs.",
                 "$90bn", "loss", id="shareholders who lost money keep the loss"),
    pytest.param("Bridge\n\nThe bridge project has an estimated cost to the state economy of Rs 3,000 crore.",
                 "Rs 3,000 crore", "cost", id="a cost to someone of a sum is a cost"),
    pytest.param("FDI\n\nThe cabinet cleared a proposal allowing up to 74% foreign investment in insurers.",
                 "74%", "limit", id="what is allowed up to is a limit 1"),
    pytest.param("Airlines\n\nThe draft states that foreign ownership of up to 49% will be permitted in "
                 "domestic airlines.",
                 "49%", "limit", id="what is allowed up to is a limit 2"),
    pytest.param("Cars\n\nSenior officers can purchase cars only up to Rs 10 lakh under the new rules.",
                 "Rs 10 lakh", "limit", id="what is allowed up to is a limit 3"),
    pytest.param("Scholarship\n\nHowever, students will need a minimum of 65% in the class they passed "
                 "to apply for the scholarship.",
                 "65%", "cutoff", id="a minimum percentage in the class passed is a cutoff"),
    pytest.param("Metro\n\nThe authority today granted in-principle approval for two metro projects "
                 "worth Rs 40,000 crore.",
                 "Rs 40,000 crore", "cost", id="projects worth a sum that were granted approval cost it"),
    pytest.param("Raids\n\nThe tax department had earlier seized ?90 crore undisclosed assets during raids "
                 "in Pune.",
                 "90 crore", "seizure", id="a lost rupee sign does not hide the words before money 1"),
    pytest.param("Scheme\n\nThe minister said the expenditure for the implementation of the scheme will come "
                 "to ?25 crore over three years.",
                 "25 crore", "outlay", id="a lost rupee sign does not hide the words before money 2"),
    pytest.param("Polls\n\nThe civic polls in the three cities saw around 61% voting on Sunday.",
                 "61%", "turnout", id="a percentage voting is a turnout"),
    pytest.param("Tickets\n\nThe ministry said earnings through ticket cancellation rose to Rs 1,520 crore "
                 "in 2016-17.",
                 "Rs 1,520 crore", "revenue", id="earnings from a named source are revenue"),
    pytest.param("Results\n\nThe firm said earnings from continuing operations rose to $310m in the "
                 "quarter.",
                 "$310m", "profit", id="earnings from continuing operations stay a profit"),
    pytest.param("Phones\n\nThe new panel is also 35% brighter than the one on last year's model.",
                 "35%", "growth", id="a percentage before any comparative with than is a change"),
    pytest.param("Markets\n\nThe shares closed down 9%, wiping about £150m off the value of the company.",
                 "£150m", "market_cap", id="money wiped off a company or its shares is market value 1"),
    pytest.param("Telecoms\n\nThe group had a torrid year, with a scandal that wiped £3bn off its shares.",
                 "£3bn", "market_cap", id="money wiped off a company or its shares is market value 2"),
    pytest.param("Raids\n\nThis is in addition to the seizure of undisclosed assets worth Rs 900 crore.",
                 "Rs 900 crore", "seizure", id="the seizure of assets worth a sum is a seizure"),
    pytest.param("Exchanges\n\nThe exchange is planning a $200m share sale next month.",
                 "$200m", "funding", id="money right before a share sale or a debut is funding 1"),
    pytest.param("Listings\n\nIt was the country's second $2bn stock debut this year.",
                 "$2bn", "funding", id="money right before a share sale or a debut is funding 2"),
    pytest.param("Games\n\nEven though Tencent has 15% of Kingsoft, it is far from full control.",
                 "15%", "stake", id="a percentage a firm has of a named company is a stake"),
    pytest.param("Trade\n\nIn 2004, Korea's imports from and exports to Japan added up to 9,500bn won.",
                 "9,500bn won", "trade_volume", id="imports and exports that add up to a sum are trade volume"),
    pytest.param("Pay\n\nFive directors agreed to repay bonuses awarded in 2015 totalling $4.2m.",
                 "$4.2m", "salary", id="a measure noun heads the participle after it 1"),
    pytest.param("Subsidies\n\nSUBSIDY PROVIDED 2016-17: Assam 2.5 crore, Odisha 1.2 crore, Goa 0.4 crore.",
                 "1.2 crore", "incentive", id="a measure noun heads the participle after it 2"),
    pytest.param("Benami\n\nThe assets attached under the act include land and shares worth Rs 12 crore.",
                 "Rs 12 crore", "seizure", id="assets attached keep the seizure"),
    pytest.param("Solar\n\nThe rooftop panels will let the school cut down its annual electricity bill "
                 "by Rs 6 lakh.",
                 "Rs 6 lakh", "savings", id="a bill cut down by a sum is a saving"),
    pytest.param("Coach\n\nThe new coach will reportedly receive an annual compensation of Rs 6 crore, "
                 "less than the Rs 8 crore his predecessor sought.",
                 "Rs 6 crore", "salary", id="an annual compensation is pay"),
    pytest.param("Floods\n\nThe families will get compensation of Rs 5 lakh each.",
                 "Rs 5 lakh", "compensation", id="compensation to families stays compensation"),
    pytest.param("Schools\n\nThe lease says the society shall undertake to admit 60% of the students of "
                 "the neighbourhood.",
                 "60%", "quota", id="a percentage of students a school must admit is a quota"),
]

NOT_MEASURES = [
    pytest.param("Fire\n\nNearly 50 people lost their lives in the fire, which gutted goods worth Rs 5 crore.",
                 "Rs 5 crore", "loss", id="people who lost their lives lost no money"),
    pytest.param("Banks\n\nThe lender may sell up to 30% of its insurance arm next year.",
                 "30%", "limit", id="a share sold up to stays a stake"),
    pytest.param("Polls\n\nAbout 40% voting for the party came from rural seats.",
                 "40%", "turnout", id="a percentage voting for a party is no turnout"),
]
