"""What a figure measures (issue 9): the vocabulary in patterns/measures.json, synonyms as one
measure, a percentage's specific measures, and hedges that scope the figure only."""

from __future__ import annotations

import pytest

from extract.measures import refine_for_owner
from extract.pipeline import build_pipeline
from extract.records import Subject
from tests.helpers import figures as facts_of


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.parametrize("sentence, figure, measure", [
    ("Net profit was $186m in the quarter.", "$186m", "profit"),
    ("The group reported a pre-tax loss of £12m.", "£12m", "loss"),
    ("Sales reached €4.1bn last year.", "€4.1bn", "revenue"),
    ("The regulator imposed a fine of Rs 50 lakh on the bank.", "Rs 50 lakh", "fine"),
    ("Mortgage lending fell to just over £25bn in December.", "£25bn", "loan"),
    ("The firm's debt stands at $3bn.", "$3bn", "debt"),
    ("The film grossed $24m on its opening weekend.", "$24m", "box_office"),
    ("Officers seized cash worth Rs 64 lakh.", "Rs 64 lakh", "seizure"),
    ("The brothers siphoned off Rs 200 crore through shell firms.", "Rs 200 crore", "fraud"),
    ("The government approved a budget of Rs 16,300 crore for the mission.", "Rs 16,300 crore", "outlay"),
    ("The mission has a budgetary outlay of Rs 16,300 crore.", "Rs 16,300 crore", "outlay"),
    ("The tickets are priced at £35 each.", "£35", "price"),
    ("Valued at $2.3bn, the start-up is the country's largest.", "$2.3bn", "valuation"),
    # a strong word earlier in the sentence beats a weak "worth" after another figure
    ("Guards confiscated a bag of Rs 500 notes worth Rs 4.2 lakh at the border.", "Rs 4.2 lakh", "seizure"),
    ("Customs caught a man trying to smuggle gold bars worth Rs 61 lakh.", "Rs 61 lakh", "seizure"),
    ("Brent crude closed at $61.20 on Friday.", "$61.20", "price"),
    # the level a change moved a measure to is that measure, whatever follows in the clause
    ("Profits at the card arm rose by 5% to £801m but were hit by investment costs.", "£801m", "profit"),
    ("Shares in Daiwa rose 5.3% to 740 yen after the bank said profit would rise.", "740 yen", "price"),
    ("The browser's market share has dropped 5% since May to 88.9%.", "88.9%", "market_share"),
    # money paid for a stake is a deal's value; an accounting charge is a loss
    ("The founder sold a stake of about 4% in the company for £73 million.", "£73 million", "deal_value"),
    ("The broker took a pre-tax charge of $618m in the quarter.", "$618m", "loss"),
    # collections are revenue; a capitalisation is a market cap
    ("The traffic police collected Rs 1.5 crore from drivers this year.", "Rs 1.5 crore", "revenue"),
    ("The exchange lists stocks with a total capitalisation of £1.2 trillion.", "£1.2 trillion", "market_cap"),
    ("She was the best-paid chief executive with a pay of Rs 4.8 crore.", "Rs 4.8 crore", "salary"),
    ("The party repaid £400,000 to its former treasurer.", "£400,000", "debt"),
    ("The voting percentage in the city was 41.5% by 4pm.", "41.5%", "turnout"),
    ("The carmaker contributed 1.7bn euros in net income over the year.", "1.7bn euros", "profit"),
    ("Public borrowing for the year is £35bn.", "£35bn", "loan"),
    ("Adults must be paid at least £5.05 an hour from October.", "£5.05", "salary"),
    ("Last year the state government gave the council Rs 2,800 crore.", "Rs 2,800 crore", "funding"),
    ("The two films made $1.6bn at box offices worldwide.", "$1.6bn", "box_office"),
    ("The government infused Rs 25,000 crore into the banks.", "Rs 25,000 crore", "investment"),
    ("The state made a budgetary provision of Rs 15 crore for classrooms.", "Rs 15 crore", "allocation"),
    # a negating prefix makes a word no measure
    ("Non-tax revenue rose to Rs 2.9 lakh crore.", "Rs 2.9 lakh crore", "revenue"),
    # one modifier between the figure and its noun keeps the noun the figure's own
    ("The council has collected over Rs 400 crore property tax this year.", "Rs 400 crore", "tax"),
    # a relative clause after the figure is another clause (the car's worth is its price, not a loan)
    ("He owns a sports car worth Rs 5 crore, for which he took a loan from a bank.", "Rs 5 crore", "price"),
    ("Shares in Kelburn Foods fell 12% to 3.10 euros in early trading.", "3.10 euros", "price"),
    ("Councillors get a monthly honorarium of Rs 12,000.", "Rs 12,000", "salary"),
    ("The film's box office earnings crossed Rs 310 crore.", "Rs 310 crore", "box_office"),
    ("Brent crude fell 40 cents to $61.15 a barrel.", "$61.15", "price"),
    ("Winter demand keeps oil above $70.", "$70", "price"),
    ("Police said the robbed amount was Rs 8 lakh.", "Rs 8 lakh", "fraud"),
    # the figure's own noun beats a stronger word elsewhere in the clause; "worth" does not
    ("Officers were told to free the seized cars at once given their Rs 40 crore cost.", "Rs 40 crore", "cost"),
    ("Officers attached Rs 900 crore worth of land belonging to the firm.", "Rs 900 crore", "seizure"),
    # a "?" before a bracketed conversion is a rupee sign the text lost: one figure, one noun after it
    ("The drugmaker will pay $21 million (around ?150 crore) penalty to the regulator.", "$21 million", "fine"),
    # money paid or offered to officials or legislators, or alleged to be offered each, is a bribe
    ("The contractor paid Rs 40 lakh to two municipal officials for the permit.", "Rs 40 lakh", "fraud"),
    ("The opposition alleged the ruling party had offered them Rs 8 crore each to switch sides.", "Rs 8 crore", "fraud"),
    ("The man allegedly tried to extort Rs 50 lakh from a jeweller.", "Rs 50 lakh", "fraud"),
    ("The minister faces a Rs 600 crore corruption probe.", "Rs 600 crore", "fraud"),
    ("The traffic constable demanded Rs 20,000 to release the truck.", "Rs 20,000", "fraud"),
    # costs a court imposes are a fine
    ("The consumer forum imposed costs of Rs 50,000 on the insurer.", "Rs 50,000", "fine"),
    # a total cost is a cost, not a programme's outlay; what it is of may say more
    ("The total cost of the new stadium is put at Rs 450 crore.", "Rs 450 crore", "cost"),
    ("Her total cost to the company was Rs 3.2 crore, including a basic salary of Rs 1.1 crore.",
     "Rs 3.2 crore", "salary"),
    # a budget a film is made on is its cost; a ministry's budget stays an outlay
    ("The period drama is being made on a budget of Rs 350 crore.", "Rs 350 crore", "cost"),
    ("The studio's new film has a budget of $90m.", "$90m", "cost"),
    ("The ministry's budget of Rs 2,000 crore was cleared on Monday.", "Rs 2,000 crore", "outlay"),
    # money followed by "or more" / "and above" is a threshold, not a per-unit price
    ("Banks must report cash deposits of Rs 10 lakh or more in a year.", "Rs 10 lakh", "threshold"),
    ("The scheme covers households with incomes of $60,000 or above.", "$60,000", "threshold"),
    # (what a shopper pays a kilo is its price: paid_unscaled)
    ("Shoppers now pay Rs 80 or more for a kilo of tomatoes.", "Rs 80", "price"),
    ("Two men on a motorbike snatched Rs 3 lakh from a trader near the market.", "Rs 3 lakh", "fraud"),
    ("The gang is accused of robbing a jeweller of Rs 12 lakh.", "Rs 12 lakh", "fraud"),
    # money right after "raise" is funding, whatever deal or sale word follows
    ("The airline plans to raise $250 million (about Rs 1,700 crore) through a share sale.",
     "Rs 1,700 crore", "funding"),
    ("The exchange is ready to raise £900m to fund a bid for its rival.", "£900m", "funding"),
    ("Volunteers hope to raise $40,000 from donations for the shelter.", "$40,000", "donation"),
    # the sum a policy covers
    ("Passengers who book online will get free travel insurance cover worth Rs 5 lakh.", "Rs 5 lakh", "insurance_cover"),
    ("The sum insured under the crop scheme rose to Rs 90,000 crore.", "Rs 90,000 crore", "insurance_cover"),
    # money a court or forum orders paid or refunded is compensation, even for what was lost or stolen
    ("The forum directed the bank to refund Rs 85,000 to a customer whose card was stolen.", "Rs 85,000", "compensation"),
    ("A consumer court ordered the airline to pay Rs 60,000 to a passenger who lost his bags.", "Rs 60,000",
     "compensation"),
    # what a film made, earned or crossed is its box office; not what an actor earned from it
    ("The Varun Dhawan starrer 'Judwaa 2' has earned Rs 16 crore on its opening day.", "Rs 16 crore", "box_office"),
    ("The comedy became the third film this year to top the $200m mark.", "$200m", "box_office"),
    ("Actor Ranvir Sen himself has earned Rs 40 crore from the film.", "Rs 40 crore", "salary"),
    # but what a firm offers a buyer stays a deal
    ("The rival group offered Rs 900 crore for the cement maker.", "Rs 900 crore", "deal_value"),
    # total trade between countries is its volume; a ceiling fan is no cap
    ("Two-way trade between the neighbours reached $18 billion last year.", "$18 billion", "trade_volume"),
    ("Officials want to raise bilateral trade to $30bn by 2025.", "$30bn", "trade_volume"),
    ("The country's trade with the bloc was worth €42bn in 2022.", "€42bn", "trade_volume"),
    ("He bought a ceiling fan for Rs 2,400 last week.", "Rs 2,400", "price"),
    # destruction is damage, a refund a rebate (a refund a forum orders stays compensation); a film
    # "has taken" its box office
    ("Officials put the destruction caused by the storm at $80m.", "$80m", "damage"),
    ("The airline will pay about Rs 900 crore in refunds to passengers this year.", "Rs 900 crore", "rebate"),
    ("The forum asked the insurer to refund Rs 42,000 to the farmer.", "Rs 42,000", "compensation"),
    ("The thriller has taken $41m so far, while the cartoon has taken $12m in cinemas.", "$41m", "box_office"),
    # what someone is paid is pay, what they are paid for doing something a fee; an unscaled sum paid
    # for a thing is its price (a scaled one stays unnamed: a deal, a transfer)
    ("The head of the unit was paid Rs 3.1 crore last year.", "Rs 3.1 crore", "salary"),
    ("Her nephews were paid between $40,000 and $90,000 a year.", "$40,000 and $90,000", "salary"),
    ("The singer was paid Rs 12 lakh for endorsing the brand.", "Rs 12 lakh", "fee"),
    ("The gunmen had been paid Rs 2 lakh each for the attack.", "Rs 2 lakh", "fee"),
    ("Fans had to pay £12 for a ticket to the screening.", "£12", "price"),
    ("Patients pay up to Rs 6,000 for a scan at private clinics.", "Rs 6,000", "price"),
    ("The investor agreed to pay £30m for the striker.", "£30m", "fee"),  # a scaled sum: no price; a player's fee
    ("The forum directed the airline to pay Rs 8,000 for not informing a passenger.", "Rs 8,000", "compensation"),
    # a turnover or income limit and a tax allowance are thresholds; "income" before "countries" or
    # "families" is no income; the value of trade is its volume; a fiscal gap a deficit
    ("The council had proposed a turnover limit of Rs 40 lakh for small traders.", "Rs 40 lakh", "threshold"),
    ("The personal tax allowance will rise to £5,100 next year.", "£5,100", "threshold"),
    ("Some $8bn is needed to fight the disease in low and middle income countries.", "$8bn", "cost"),
    ("The value of trade between the two ports rose to $90m last year.", "$90m", "trade_volume"),
    ("The state's fiscal gap stood at Rs 9,100 crore in 2015.", "Rs 9,100 crore", "debt"),
    # pay "in total per month" is pay; a contract's sum per week is the player's wage
    ("The new chairman will receive around Rs 4 lakh in total per month.", "Rs 4 lakh", "salary"),
    ("The club offered him a contract worth £250,000-a-week.", "£250,000", "salary"),
    # a fund's money is its funding (weak: a stronger word in the clause names it)
    ("The government created a disaster fund with Rs 800 crore in 2014.", "Rs 800 crore", "funding"),
    ("The state allocated Rs 300 crore to the highway fund last year.", "Rs 300 crore", "allocation"),
    # a cash award is a prize; "could damage" is a verb; money offered to settle charges is a penalty, a fine
    ("The state announced a cash award of Rs 20 lakh for the archer.", "Rs 20 lakh", "prize"),
    ("Unions want a £7 rate, though firms say more rises could damage jobs.", "£7", "mentions"),
    ("The bank has offered to pay $90m to settle the charges.", "$90m", "fine"),
    ("The insurer paid the regulator $120m in May to settle charges that it rigged bids.", "$120m", "fine"),
    ("The former miner sued the board and settled for £48,000 two years later.", "£48,000", "compensation"),
    # a player's match fee or retainer is his pay
    ("A state player now gets a match fee of Rs 60,000 for each four-day game.", "Rs 60,000", "salary"),
    ("Grade C players will get an annual retainer of Rs 50 lakh.", "Rs 50 lakh", "salary"),
    # the present forms of theft and swindling verbs are fraud words too
    ("A delivery man was caught stealing Rs 45,000 from a customer's flat.", "Rs 45,000", "fraud"),
    ("Local youth swindles Rs 12 lakh from an online store", "Rs 12 lakh", "fraud"),
    # a fare is what a ride or a ticket costs: its price; the sum it is capped at is a cap
    ("The city will charge a flat fare of Rs 8 on all its ferries in May.", "Rs 8", "price"),
    ("The carrier has capped the one-way fare at Rs 1,999 on the new route.", "Rs 1,999", "cap"),
    # what a good, a car or a home is worth is its price, over a deal word elsewhere; a firm's worth a valuation
    ("Her brother owns a sports car worth over Rs 3.1 crore, the affidavit shows.", "Rs 3.1 crore", "price"),
    ("The buyer had ordered a laptop worth Rs 58,000 online.", "Rs 58,000", "price"),
    ("The minister's flat is estimated to be worth Rs 2 crore.", "Rs 2 crore", "price"),
    ("The pills found in the flat were estimated to be worth £90,000 by a police expert.", "£90,000", "value"),
    ("The start-up is now worth $1.2bn after the round.", "$1.2bn", "valuation"),
    ("Police seized jewellery worth Rs 14 lakh from the gang.", "Rs 14 lakh", "seizure"),
    # assets an agency attaches, seizes or freezes are a seizure, not wealth (recast: attached_assets)
    ("The agency has attached properties and assets worth over Rs 410 crore belonging to the builder.",
     "Rs 410 crore", "seizure"),
    ("Tax officials attach the minister's Rs 24 crore assets in a benami case.", "Rs 24 crore", "seizure"),
    ("The court froze assets worth $12m held by the ousted governor.", "$12m", "seizure"),
    ("The tycoon's assets are worth $3bn, according to the magazine.", "$3bn", "wealth"),
    # money awarded to a winner is a prize, not a grant (recast: award_as_prize)
    ("The state government awarded the javelin thrower Rs 2 crore for her gold medal.", "Rs 2 crore", "prize"),
    ("The chief minister awarded ?8 lakh each to the relay team.", "8 lakh", "prize"),
    ("The tribunal awarded the airline $40m after the dispute.", "$40m", "grant"),
    ("The trust will give a grant of Rs 20 lakh to the school.", "Rs 20 lakh", "grant"),
    # money a temple or a shrine received is a donation (recast: temple_offerings)
    ("The hill temple received over Rs 6 crore from devotees during the festival week.", "Rs 6 crore", "donation"),
    ("The shrine got offerings worth Rs 212 crore last year.", "Rs 212 crore", "donation"),
    ("The retailer received over Rs 6 crore from investors in March.", "Rs 6 crore", "mentions"),
    # money before a player's move, switch or signing is a transfer fee (recast: transfer_move)
    ("The defender left after a £4.5m move from Everton in August.", "£4.5m", "fee"),
    ("Their £18m signing from Porto is out injured.", "£18m", "fee"),
    # a business sold for a sum, also in the passive, is a deal (recast: business_sold_for)
    ("The steel plant, Arvelo, was sold in May for $650m to a local group.", "$650m", "deal_value"),
    # a name before a measure word owns the figure; the word names what it is, not a price
    ("Ministers face questions over the Rs 2,400 crore Tarvek deal.", "Rs 2,400 crore", "deal_value"),
])
def test_money_measures(nlp, sentence, figure, measure):
    assert facts_of(nlp, "Headline\n\n" + sentence)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure, measure", [
    ("The Conservatives won 32% of the vote.", "32%", "vote_share"),
    ("Turnout was 61% in the final phase.", "61%", "turnout"),
    ("Inflation rose to 3.1% in May.", "3.1%", "inflation"),
    ("The jobless rate was 5.4% in January.", "5.4%", "unemployment"),
    ("The bank cut its base rate to 4.5%.", "4.5%", "interest_rate"),
    ("The fund bought a 20% stake in the airline.", "20%", "stake"),
    ("Shares in the carmaker rose 4.2% on Monday.", "4.2%", "growth"),
    ("The firm's operating margin was 14.1%.", "14.1%", "margin"),
    ("Sales rose by 5% to $2bn.", "5%", "growth"),
    ("Only 62.5% students in class five can read.", "62.5%", "share"),
    # a seller's price cut is a discount; cutting, slashed, leapt are changes
    ("The airline is cutting domestic fares by as much as 40%.", "40%", "discount"),
    ("The city slashed bus fares by up to 60% this week.", "60%", "discount"),
    ("Prices of asthma, heart drugs slashed by up to 38%", "38%", "discount"),
    ("The new route is 25% shorter than the old one.", "25%", "growth"),
    ("Growers want 40% over the minimum support price for their crop.", "40%", "mentions"),
    ("The insurer, which holds about 6%, wants a board seat.", "6%", "stake"),
    ("The court said the council must pay interest at the rate of 9% a year.", "9%", "interest_rate"),
    ("The number of lost phones has leapt by 71% in three years.", "71%", "growth"),
    ("The central bank cut interest rates by 0.25%.", "0.25%", "interest_rate"),
    # a share of production only with "of"; the rate of a change is growth
    ("The carmaking sector, which saw production fall 0.5%, was left out.", "0.5%", "growth"),
    ("China produces 90% of the world's rare earths.", "90%", "production_share"),
    ("The economy grew, expanding at an annual rate of 3.8%.", "3.8%", "growth"),
    # a percentage of a named company sold or held is a stake; "giving up" is no change
    ("The founder is selling 31% of Corvane Air, giving up control of the airline.", "31%", "stake"),
    ("The state bought 20% of Asian exports last year.", "20%", "export_share"),
    # a party's percentage is its vote share
    ("The Congress could manage 16 percent, and the rest went to smaller groups.", "16 percent", "vote_share"),
    ("The Labour Party says 35% of its candidates in marginal seats are women.", "35%", "share"),
    # a poll is where a share was found or an election, not an approval rating
    ("A poll for the paper found that 58% of voters wanted a new leader.", "58%", "share"),
    ("Voter turnout in the municipal polls was 49%.", "49%", "turnout"),
    # a part of a whole, with a change word elsewhere in the clause, is a share
    ("Nearly 70% of the applicants were turned down, higher than last year.", "70%", "share"),
    ("The job cuts will affect about 6% of the group's staff.", "6%", "share"),
    # (a percentage of national income or GDP is the ratio of the money its clause names: debt)
    ("Household debt has risen to 52% of national income.", "52%", "debt"),
    # "vote" after a modal or a subject is a verb; a level a share fell "to below" is the share
    ("Asked about the referendum, 38% said they would not vote at all.", "38%", "share"),
    ("The proportion of buyers paying cash has fallen to below 20%.", "20%", "share"),
    ("The Governor's approval rating in the latest poll is 41%.", "41%", "approval"),
    # an expansion or a contraction is a change
    ("The bank expects a 4.5% expansion of the economy next year.", "4.5%", "growth"),
    ("In the north the contraction was 2%.", "2%", "growth"),
    # a percentage right after "by" is a change, whatever verb names it; not a part "of" a whole
    ("The plant's output is to be enhanced by 12% in two years.", "12%", "growth"),
    ("The rule will push up the prices of basic handsets by over 40%.", "40%", "growth"),
    ("The browser is used by about 85% of office workers.", "85%", "share"),
    # "off" is a discount only right after a percentage
    ("The store is giving 30% off on all shoes this week.", "30%", "discount"),
    ("Sales growth is still some way off the peak of 43% it hit in March.", "43%", "growth"),
    ("Of the families surveyed, 70% were no worse off after the flood.", "70%", "share"),
    # above or below a reference, against a currency, a noun of change after it: a change
    ("Rainfall in the hill districts was 75% below normal this month.", "75%", "growth"),
    ("The peso lost 0.4% against the US dollar on Tuesday.", "0.4%", "growth"),
    ("Phone makers saw a 20% hit in sales after the ban.", "20%", "growth"),
    ("The warning sent shares down as much as 14% at one point.", "14%", "growth"),
    ("In the vote, 48% said yes and 52% voted against.", "52%", "share"),
    # a percentage set off by a comma after a group it is part of, or restating a count, is a share
    ("A small number, 17%, said they never read the paper.", "17%", "share"),
    ("Of this number, 64%, or 3.1 million, are girls.", "64%", "share"),
    ("The survey found 14 million, or 30%, of adults have no pension.", "30%", "share"),
    # what a student scores is an exam score, the lowest score asked for a cut-off; not a share "of" votes
    ("Her son passed class 10 and scored 91 per cent in the board exams.", "91 per cent", "exam_score"),
    ("Students who secure 95% marks get a free place.", "95%", "exam_score"),
    ("The college asked for a score as low as 88 per cent from such students.", "88 per cent", "cutoff"),
    ("The party scored 40% of the votes in the state.", "40%", "vote_share"),
    ("This marks an increase of 36% over last year's exam results.", "36%", "growth"),
    # the part of cases solved or of the accused convicted is a rate (a conviction or a solved-case rate)
    ("Of the 410 people tried, only 22.5 per cent were convicted.", "22.5 per cent", "rate"),
    ("The police solved 58% of the burglary cases this year, against 41% last year.", "58%", "rate"),
    ("Courts heard 800 cases: 96 acquittals (12%) and 40 convictions (5%).", "5%", "rate"),
    # a percentage a tax, duty or TDS is "of", "at", "to" or "from" is a tax rate; "interest of" an interest rate
    ("Agents now face a TDS of 2% on their commission.", "2%", "tax_rate"),
    ("The budget cuts the customs duty on solar glass from 7.5% to 5%.", "5%", "tax_rate"),
    ("Excise duty on cigars will be doubled to 12% next year.", "12%", "tax_rate"),
    ("Farmers get loans at an interest of 4% from the cooperative.", "4%", "interest_rate"),
    ("Tax receipts rose 12% in the quarter.", "12%", "growth"),
    # a party's bare percentage is its vote share only where the sentence speaks of votes, polls or seats
    ("The Congress could manage 18 per cent in the state, the survey showed.", "18 per cent", "vote_share"),
    ("The BJP government has not spent even 2 per cent on rural roads, the opposition said.", "2 per cent", "share"),
    # a percentage right after a verb that makes a part of a whole is a share, also with no "of" after it
    ("Services contributed 58.2 per cent in the last fiscal, the survey said.", "58.2 per cent", "share"),
    ("Tribal people, who constituted 41% in 1961, now number fewer than one in three.", "41%", "share"),
    # the part of people out of work is unemployment; the part of voters who turned out or turned up is turnout;
    # something that "turns out" to be or that "it turns out that" is names no turnout
    ("Graduates have been hit hardest, with 22% out of work last spring.", "22%", "unemployment"),
    ("Officials hope for a 65% turn out in the by-election.", "65%", "turnout"),
    ("By noon, 31.5% of voters turned up to cast their ballots in the ward.", "31.5%", "turnout"),
    ("It turns out that the railways are a party in 38 per cent of the cases.", "38 per cent", "share"),
    # a percentage poverty, a prevalence, piracy or a coverage stands at or moves to or from is that rate; an increase
    # "of" one stays a change, a part "of" a whole a share
    ("The new cash transfers could cut poverty levels to 21% from 34% within five years.", "21%", "rate"),
    ("The mining group reports an HIV prevalence of 17% among its miners.", "17%", "rate"),
    ("Software piracy in the region is estimated at 81%, the trade body said.", "81%", "rate"),
    ("Toilet coverage in the district has risen from 48% to about 71%.", "71%", "rate"),
    ("The festival saw a participation increase of 26% over last year.", "26%", "growth"),
    ("The scheme's coverage will be extended to 35% of farm land next year.", "35%", "share"),
])
def test_percent_measures(nlp, sentence, figure, measure):
    assert facts_of(nlp, "Headline\n\n" + sentence)[figure].predicate == measure


def test_a_level_moved_to_is_the_rate_not_its_change(nlp):
    facts = facts_of(nlp, "Jobs\n\nThe jobless rate fell to 11.5%, down from 12.3% a year earlier.")
    assert facts["11.5%"].predicate == "unemployment"


def test_a_main_verb_elsewhere_is_not_a_hedge_on_the_figure(nlp):
    text = ("Mission\n\nThe mission, approved with an outlay of Rs 34,300 crore, proposes a national "
            "stockpile of critical minerals.")
    assert "hedge" not in facts_of(nlp, text)["Rs 34,300 crore"].qualifiers


def test_the_month_may_is_not_a_hedge(nlp):
    facts = facts_of(nlp, "Browsers\n\nIts share has dropped 5% since May to 88.9%, while rivals grew.")
    assert "hedge" not in facts["88.9%"].qualifiers


def test_a_weekday_or_a_relative_pronoun_is_no_purpose(nlp):
    facts = facts_of(nlp, "Shares\n\nShares rose 5% to 740 yen on Tuesday. He bought a car worth Rs 5 crore, "
                          "for which he took a loan.")
    assert "purpose" not in facts["740 yen"].qualifiers and "purpose" not in facts["Rs 5 crore"].qualifiers


@pytest.mark.parametrize("sentence, figure, hedge", [
    ("The deal is reportedly worth $2bn.", "$2bn", "reportedly"),
    ("The repairs could cost £40m.", "£40m", "could"),
    ("The ministry proposed Rs 500 crore for the scheme.", "Rs 500 crore", "proposed"),
    # a sentence-opening hedge scopes every figure of its sentence, the last one too
    ("Allegedly, the ward fund was raised from Rs 40 lakh to Rs 90 lakh.", "Rs 90 lakh", "allegedly"),
    # a target is no fact: "looking at", "eyeing"
    ("We are looking at 7 per cent market share of the juice market.", "7 per cent", "looking at"),
    ("Drinks maker Korvo is eyeing a revenue of Rs 300 crore from snacks.", "Rs 300 crore", "eyeing"),
])
def test_a_hedge_that_scopes_the_figure_is_kept(nlp, sentence, figure, hedge):
    assert facts_of(nlp, "Headline\n\n" + sentence)[figure].qualifiers["hedge"] == hedge


def test_every_trigger_measure_is_in_the_vocabulary():
    import json

    from extract.patterns import load_table

    table = load_table("measures.json")
    vocabulary = set(table["vocabulary"]) - set(table["measures_without_words"])
    from tests.conftest import ROOT
    lines = (ROOT / "patterns" / "triggers.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["id"] for line in lines} == vocabulary


@pytest.mark.parametrize("sentence, figure, measure", [
    ("The party would put a new 45% tax on the highest earners.", "45%", "tax_rate"),
    ("Public debt stood at 132% of GDP last year.", "132%", "debt"),
    ("Exports rose 12% while the new levy took effect, tax officials said.", "12%", "growth"),
])
def test_a_money_word_beside_a_percentage_names_it(nlp, sentence, figure, measure):
    assert facts_of(nlp, "Headline\n\n" + sentence)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure, measure", [
    ("The singer was freed on £40,000 bail on Tuesday.", "£40,000", "bail"),
    ("The court let the mayor go on a personal bond of Rs 20,000.", "Rs 20,000", "bail"),
    ("The gang demanded Rs 3 crore as ransom from the family.", "Rs 3 crore", "ransom"),
    ("The council proposed a £5,000 cap on donations.", "£5,000", "cap"),
    ("The firm's market cap fell to $3bn.", "$3bn", "market_cap"),  # not "cap" inside it
    ("Remittances to the region reached $52bn in 2024.", "$52bn", "remittances"),
    ("The stamp duty threshold rises to £150,000.", "£150,000", "threshold"),
    ("The trust may file a Rs 200 crore defamation suit against the daily.", "Rs 200 crore", "compensation"),
    ("Police in the district secured a 41.5% conviction in theft cases last year.", "41.5%", "rate"),
    ("The shares added Rs 9,100 crore to its market valuation on Friday.", "Rs 9,100 crore", "market_cap"),
    ("Drugmaker Orvex has lost Rs 2,100 crore from its market valuation this week.", "Rs 2,100 crore", "market_cap"),
    ("The slide wiped $4bn off the group's market value.", "$4bn", "market_cap"),
    ("The founder said the home-services market has a potential of $8 billion.", "$8 billion", "market_size"),
    ("Tessel shares slid 4% to close at $31.20 in New York.", "$31.20", "price"),
    # an unscaled sum a percentage change moved something to is a price, not a company total
    ("In Paris, Vantor shed 2.4% to 18.35 euros.", "18.35 euros", "price"),
    ("The winger was signed for £7.5m from Porto in 2019.", "£7.5m", "fee"),
    ("The proposal values the club at £640m.", "£640m", "valuation"),
    ("The chain settled a class action lawsuit with its drivers for $90m.", "$90m", "compensation"),
    ("The smartwatch market will bring in about $410m by 2027.", "$410m", "revenue"),
    ("The thriller cost $12m to make but brought in $95m.", "$12m", "cost"),
    ("The yen strengthened 0.6% against the dollar to 104.20 yen.", "104.20 yen", "exchange_rate"),
    ("Two racing tycoons who own 28.9% of the club oppose the bid.", "28.9%", "stake"),
    ("Dalton, which floated on the stock exchange for £90m in 2001, is family-owned.", "£90m", "valuation"),
    ("The state government has sanctioned Rs 31 crore for the new hospital wing.", "Rs 31 crore", "allocation"),
    ("The board received Rs 2.1 crore as performance-linked incentive last year.", "Rs 2.1 crore", "incentive"),
    ("Profits rose to 1.9bn euros as sales rose 6%.", "1.9bn euros", "profit"),
    ("Deposits in the new savings accounts reached Rs 9,400 crore in a month.", "Rs 9,400 crore", "deposits"),
    # a cause after the figure is not its measure
    ("Inflation fell to 4.1% and will stay between 3% and 5%, helped by low interest rates.", "3% and 5%", "inflation"),
    ("The gross fiscal deficits of the provinces rose to Rs 61,000 crore.", "Rs 61,000 crore", "debt"),
    ("The tablet will sell for £329 in Britain.", "£329", "price"),
    ("Fares on the new route start at Rs 1,499.", "Rs 1,499", "price"),
    ("The shareholders have sued the bank for $3bn.", "$3bn", "compensation"),
    ("The heiress inherited £90m from her grandfather.", "£90m", "wealth"),
    ("The studio is pouring $2bn into new films this year.", "$2bn", "investment"),
    ("The regulator said Kestrel Farms had raked in Rs 12.4 crore from investors.", "Rs 12.4 crore", "revenue"),
    ("Trading was brisk, with sales jumping 14% at the Korvel chain.", "14%", "growth"),
    ("Reading scores improved by 4.5% in two years, the survey found.", "4.5%", "growth"),
    ("The island state has a gross domestic product of $900m.", "$900m", "gdp"),
    ("The auditors found the retailer had been overstating its accounts by $2bn.", "$2bn", "fraud"),
    ("Tessel shares were up 21 cents at $18.40 after the offer.", "$18.40", "price"),
    ("Cinema\n\nThe comedy Dune Riders entered the chart at number two, taking $14m at the weekend.",
     "$14m", "box_office"),
    ("Cinema\n\nThe animated movie Kite Garden, which took 9bn yen, was the year's biggest film.",
     "9bn yen", "box_office"),
    # a chart place with no film in the article is not box office
    ("The singer was in third place on the rich list, with $40m at the weekend auction.", "$40m", "mentions"),
    # words around money with no measure word say what it is (cues in measures.json)
    ("Harbor City have signed the Lisbon winger Rui Matos for £31 million.", "£31 million", "fee"),
    ("The email demanded Rs 200 crore in Bitcoin from the firm.", "Rs 200 crore", "ransom"),
    ("Cleaners at the depot are paid only £6.10 an hour.", "£6.10", "salary"),
    ("A London agency is offering £38 an hour to dog walkers.", "£38", "salary"),
    ("The trainee will get Rs 60,000 monthly once the course ends.", "Rs 60,000", "salary"),
    ("The temple trust has announced Rs 2 lakh for the kin of each devotee killed in the stampede.", "Rs 2 lakh",
     "compensation"),
    ("The minister announced compensations of Rs 3 lakh to kins of the dead.", "Rs 3 lakh", "compensation"),
    ("The two lenders agreed to pay $40m to settle claims by former clients.", "$40m", "compensation"),
    ("The consumer forum directed the airline to pay Rs 8,000 to the passenger.", "Rs 8,000", "compensation"),
    ("Three tanneries will have to pay Rs 12 crore for polluting the river.", "Rs 12 crore", "fine"),
    # an unscaled sum a thing costs is its price; what doing something costs stays a cost
    ("The new handset, which costs $349, goes on sale in May.", "$349", "price"),
    ("Entry tickets to the fort will cost Rs 40 for adults.", "Rs 40", "price"),
    ("Each software upgrade will cost £85 per machine.", "£85", "cost"),
    ("The survey cost £4,200 to run.", "£4,200", "cost"),
    ("The new flyover will cost Rs 450 crore.", "Rs 450 crore", "cost"),
    ("A collector bought the old film poster for £2,300 last year.", "£2,300", "price"),
    ("The group bought the cement maker for £2.3bn last year.", "£2.3bn", "deal_value"),
    # money approved for something is allocated; money needed to do it is its cost; a market's money is its size
    ("The cabinet has approved Rs 48 crore for a new bus depot.", "Rs 48 crore", "allocation"),
    ("The state was supposed to release Rs 900 crore to the districts.", "Rs 900 crore", "allocation"),
    ("The Rs 60 lakh required to build the rover came from alumni.", "Rs 60 lakh", "cost"),
    ("The council says it would need over Rs 15 crore to clean the lake.", "Rs 15 crore", "cost"),
    ("Kestrel leads the Rs 2,000 crore packaged snacks market.", "Rs 2,000 crore", "market_size"),
    ("The city has given Rs 4 crore to the sports board this year.", "Rs 4 crore", "funding"),
    # a cue also beats a weak measure word
    ("Goods worth about Rs 3 crore were destroyed in the warehouse fire.", "Rs 3 crore", "damage"),
    ("Her engineers, paid up to £300,000 a year, also get travel expenses.", "£300,000", "salary"),
    # some cues beat a strong word too: what happened to a sum, what a film earns
    ("The businessman's assets worth Rs 600 crore were seized by the agency.", "Rs 600 crore", "seizure"),
    ("Two men were arrested with heroin worth Rs 4 crore at the border.", "Rs 4 crore", "seizure"),
    ("It became the fastest film to earn Rs 200 crore in the state.", "Rs 200 crore", "box_office"),
    ("The country will contribute $2m to the climate fund.", "$2m", "donation"),
    # words around a measure word that make it none: "in order to", a "minimum support price"
    ("Taxes will be cut in order to attract $5bn of foreign investment.", "$5bn", "investment"),
    ("Tax officers have detected over Rs 900 crore in black money in the state.", "Rs 900 crore", "fraud"),
    # a weak word joined to the figure by "of" beats a stronger word elsewhere in the clause
    ("The board approved setting up two labs at a cost of Rs 9 lakh.", "Rs 9 lakh", "cost"),
    ("The council plans to make savings of £40m by merging offices.", "£40m", "savings"),
    ("The phone should sell for about Rs 30,000, given the price of rivals.", "Rs 30,000", "price"),
    ("The chief coach will get ?1.2 crore a year from the board.", "1.2 crore", "salary"),
    # money an income is compared with is a threshold, not one person's pay nor a total
    ("The party would raise the tax on those earning more than £150,000 a year.", "£150,000", "threshold"),
    ("Only 9 lakh taxpayers show income above Rs 20 lakh.", "Rs 20 lakh", "threshold"),
    ("Chief executive Mira Sen earns more than £150,000 a year.", "£150,000", "salary"),
    # a money noun before "above" or "exceeding", or generic gifts or deposits "worth more than", bound a
    # class of sums: a threshold (recast: class_threshold); a total a sum came to keeps its word
    ("From April, donations above Rs 5,000 to a party must carry the donor's PAN.", "Rs 5,000", "threshold"),
    ("The panel wants no cash transaction above Rs 2 lakh to be allowed.", "Rs 2 lakh", "threshold"),
    ("Banks flagged accounts that saw cash deposits worth more than Rs 5 lakh after the note ban.", "Rs 5 lakh", "threshold"),
    ("Any gift valued less than £140 may be kept by the minister.", "£140", "threshold"),
    ("The party would raise the top rate on earnings over £150,000 a year.", "£150,000", "threshold"),
    ("Local donors lifted the total donation over $90,000 by Friday.", "$90,000", "donation"),
    ("The state waived farm loans worth over Rs 12,000 crore on Tuesday.", "Rs 12,000 crore", "loan"),
    # money a thing was sold or bought for is its price, not a seizure or an award word (sold_or_bought_for)
    ("The port authority sold the seized trawler for $1.2 million at an online auction.", "$1.2 million", "price"),
    ("The singer admitted he bought a music award for Rs 20,000 in 1981.", "Rs 20,000", "price"),
    ("The brewer agreed to buy a smaller rival for $2bn in cash.", "$2bn", "deal_value"),
    # money earned from a source, right after the verb, is revenue; a firm's earnings alone stay profit
    ("The transport department earned Rs 62 lakh from drivers caught without seat belts.", "Rs 62 lakh", "revenue"),
    ("The port trust hopes to earn Rs 300 crore from the new container terminal.", "Rs 300 crore", "revenue"),
    ("The bank earned Rs 2,100 crore in the quarter, up from Rs 1,800 crore.", "Rs 2,100 crore", "profit"),
    ("The MP earns up to £40,000 a year from a consultancy.", "£40,000", "salary"),
    # money someone is offered for a role or a film is a fee, not a deal's value
    ("The actor has reportedly been offered Rs 8 crore for the new film.", "Rs 8 crore", "fee"),
    ("The singer was offered £2m for a role in the musical.", "£2m", "fee"),
    # money paid or offered to someone per hour or month, the person named between, is pay
    ("A London agency offers students £30 an hour to test video games.", "£30", "salary"),
    ("The start-up will pay each trainee a sum of Rs 60,000 per month.", "Rs 60,000", "salary"),
    # "in charge of", "charged with" and a bribery charge name no fee; a charge for a service does
    ("Officials said the minister was in charge of a £2bn transport budget.", "£2bn", "outlay"),
    ("The clerk, charged with forgery, kept Rs 40 lakh in a locker.", "Rs 40 lakh", "mentions"),
    ("The hospital will charge Rs 500 for each test.", "Rs 500", "fee"),
    # a business sold for a sum is a deal; property someone owns or has "worth" a sum is their wealth
    ("The steelmaker sold its packaging division to a rival for £420m last year.", "£420m", "deal_value"),
    ("The candidate's affidavit says he has properties worth Rs 7 crore.", "Rs 7 crore", "wealth"),
    ("The firm hopes to sell 2 million shares for 14 euros a share.", "14 euros", "price"),
    # "online retail" or a bank's "UK retail division" is a trade or a business, no price
    ("Analysts put the potential for online retail in the country at about $60 billion.", "$60 billion", "market_size"),
    ("The phones retail for Rs 900 in small towns.", "Rs 900", "price"),
    # money with no measure word that is in a bank account is a deposit
    ("Investigators found Rs 12 crore in an account linked to the trust.", "Rs 12 crore", "deposits"),
    ("The candidate has just Rs 2,500 in her bank account.", "Rs 2,500", "deposits"),
    ("Money held by Britons in offshore banks rose to about £90bn last year.", "£90bn", "deposits"),
    # a charge or a hit a company took or booked is a loss; a charge for a service stays a fee
    ("The insurer booked a $410m one-time charge in the third quarter.", "$410m", "loss"),
    ("Job cuts led to a £90m hit in the second half, the retailer said.", "£90m", "loss"),
    # income hidden from tax is income (its own measure since session s134), no firm's revenue
    ("Raids led to the detection of undisclosed income of over Rs 90 crore.", "Rs 90 crore", "income"),
    ("About £9m went on building the new portal.", "£9m", "spending"),
    ("The gang is wanted for the loot of Rs 3 crore from a bank van.", "Rs 3 crore", "fraud"),
    ("Of the Rs 60 crore incurred on hoardings, the council has paid half.", "Rs 60 crore", "spending"),
    ("The app market is expected to generate about $40m next year.", "$40m", "revenue"),
    ("By noon, Tessel shares were down a single penny, or 0.04%, at £21.50.", "£21.50", "price"),
    # a measure word inside a body's name names the body, not the figure
    ("The cooperative said it got only Rs 2 crore from the Reserve Bank of India.", "Rs 2 crore", "mentions"),
    ("The Income Tax department found Rs 7 crore in the flat.", "Rs 7 crore", "mentions"),
    ("The Foreign Investment Promotion Board has cleared a loan of Rs 900 crore.", "Rs 900 crore", "loan"),
    # but a title-case line is no name ("Profit" stays a measure word there)
    ("Kestrel Bank Net Profit Rises To Rs 3,100 Crore", "Rs 3,100 Crore", "profit"),
])
def test_measures_real_news_names(nlp, sentence, figure, measure):
    assert facts_of(nlp, "Headline\n\n" + sentence)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure, measure", [
    ("Women make up 31% of the workforce.", "31%", "share"),  # "make up", not "up"
    ("Drivers want a 12% pay rise.", "12%", "growth"),  # a money phrase does not hide a percentage's word
    ("The state set a 4% quota for veterans.", "4%", "quota"),
    ("Orvix now has a 28% share of the French broadband market.", "28%", "market_share"),
    # a percentage of the market itself, or a "marketshare", is a market share (market_share_after: of_market)
    ("Talvo Air controls 38% of the domestic airline market.", "38%", "market_share"),
    ("The merged firm would have 41 per cent revenue marketshare.", "41 per cent", "market_share"),
    ("Bidders offered just 30% of the fair market value of the land.", "30%", "share"),
    ("The car industry accounts for about 11% of Varnia's total exports.", "11%", "export_share"),
    ("The retailer plans to hire up to 25% more people next year.", "25%", "growth"),
    ("The trade gap narrowed by 3.1% in May.", "3.1%", "growth"),
    ("Same-store sales at the chain sank by 6.2% in the spring.", "6.2%", "growth"),
    ("The budget plans on hiking health spending by 9% next year.", "9%", "growth"),
    ("The census shows 64% Britons live in towns.", "64%", "share"),
    ("The region's economic growth rate is projected at 2.6% next year.", "2.6%", "growth"),
    ("Of the 52,000 who sat the exam, 9,100 failed (17.5 per cent).", "17.5 per cent", "share"),
    ("The proportion of cases left unsolved was 61.2% last year.", "61.2%", "share"),
    ("Tessel shares added an extra 3.1% in late trading.", "3.1%", "growth"),
    ("Several investors have marked down their estimates by up to 28% this year.", "28%", "growth"),
])
def test_a_longer_measure_phrase_wins_for_its_kind(nlp, sentence, figure, measure):
    assert facts_of(nlp, "Headline\n\n" + sentence)[figure].predicate == measure


def test_money_that_prices_a_currency_is_its_exchange_rate(nlp):
    facts = facts_of(nlp, "Currencies\n\nThe dollar rose, reaching $1.88 to the pound, with one euro worth $1.32.")
    assert facts["$1.88"].predicate == "exchange_rate" and facts["$1.88"].subject.name == "pound"
    assert facts["$1.32"].predicate == "exchange_rate" and facts["$1.32"].subject.name == "euro"


def test_what_a_film_named_before_starring_takes_is_box_office(nlp):
    facts = facts_of(nlp, "Chart\n\nNight Ferry, starring Ana Ruiz, took $12m over the weekend.")
    assert facts["$12m"].predicate == "box_office" and facts["$12m"].subject.label == "WORK"



def test_money_of_an_untitled_film_is_box_office(nlp):
    facts = facts_of(nlp, "A night of records\n\nThe film had taken $41m before the ceremony.")
    assert facts["$41m"].predicate == "box_office"


def test_a_forecast_inside_a_hyphenated_comparative_is_no_hedge(nlp):
    fact = facts_of(nlp, "Sales\n\nThe chain saw sales sink by a larger-than-forecast 4.4% in May.")["4.4%"]
    assert fact.predicate == "growth" and "hedge" not in (fact.qualifiers or {})


@pytest.mark.parametrize("text, figure", [
    # money a film earned in a film chart's period, and the mark of a film club, in an article about films
    ("Opening\n\nThe thriller 'Night Ferry' earns Rs 8.2 crore on opening day. The film stars two newcomers.",
     "Rs 8.2 crore"),
    ("Records\n\nThe film entered the Rs 200 crore club on the ninth day of its release.", "Rs 200 crore"),
    ("Records\n\nThe drama joined the Rs 100 crore bandwagon in its second week. The film stars a newcomer.",
     "Rs 100 crore"),
    ("Records\n\nNight Ferry enters Rs 100 crore club in nine days\n\nThe film is the year's second hit.",
     "Rs 100 crore"),
])
def test_a_film_club_or_a_film_chart_period_is_box_office(nlp, text, figure):
    assert facts_of(nlp, text)[figure].predicate == "box_office"


def test_sum_asked_for_is_no_price(nlp):
    # a sum someone asks for is no price
    text = "Banks\n\nFarmers who ask for Rs 5,000 are sent home."
    assert facts_of(nlp, text)["Rs 5,000"].predicate != "price"


@pytest.mark.parametrize("measure, sentence, refined", [
    ("profit", "Singer Mira Shah earned $12m last year.", "salary"),
    # a firm's profits or sales named in the sentence keep their measure, whichever person owns the figure
    ("profit", "The firm said its profits were 40m rupees for the quarter, said chairman Anil Reddy.", "profit"),
    ("revenue", "Sales in the group's generics arm fell 8% to 966m rupees, Mr Reddy said.", "revenue"),
])
def test_a_person_earns_pay_unless_the_sentence_speaks_of_a_firm(measure, sentence, refined):
    person = Subject(text="Anil Reddy", name="Anil Reddy", acronym=None, label="PERSON")
    assert refine_for_owner(measure, person, "money", "", sentence) == refined


@pytest.mark.parametrize("text, figure, measure", [
    # a bare name the film points back to takes box office
    ("Records\n\nLast month Moonrise opened in 900 cinemas. The film has made $88m worldwide so far.", "$88m", "box_office"),
    # a weekend profit outside films stays profit
    ("Results\n\nThe ferry operator made a profit of £2m over the holiday weekend.", "£2m", "profit"),
    # a payout is a chief executive's pay where the text speaks of chief executives or bonuses ...
    ("Pay\n\nThe chief executive of the agency group was awarded a payout of $48m in 2016.", "$48m", "salary"),
    ("Pay\n\nShareholders revolted over the bonus scheme. The firm plans a payout band of £9m to £12m.",
     "£9m", "salary"),
    # ... not a settlement or a claim paid out
    ("Pay\n\nThe chief executive said the firm's $300m payout would settle the class action.", "$300m",
     "compensation"),
    # a bare deficit or surplus where the text speaks of trade is a trade balance ...
    ("Trade\n\nImports climbed sharply in March. The deficit with Korea widened to $18bn, officials said.",
     "$18bn", "trade_balance"),
    ("Trade\n\nExports to Europe slowed, yet the country's surplus rose to 2.4 trillion yen.",
     "2.4 trillion yen", "trade_balance"),
    # ... not a budget deficit beside it, nor a surplus where nothing speaks of trade
    ("Trade\n\nRevenue fell while fuel imports rose, and the budget deficit reached $90bn.", "$90bn", "debt"),
    ("Accounts\n\nThe council said its surplus was Rs 40 crore this year.", "Rs 40 crore", "profit"),
    # an unscaled sum stays unscaled when the writer converts it into lakhs in brackets
    ("Sale\n\nThe collector bought the letters for £41,200 (?36 lakh) at the auction.", "£41,200", "price"),
    ("Sale\n\nThe collector bought the letters for £41,200 (?36 lakh) at the auction.", "36 lakh", "price"),
    # a sum written with its scale is still a deal
    ("Sale\n\nThe group bought the chain for £41m ($52m) last year.", "£41m", "deal_value"),
    # a percentage something lost is a fall, whether or not a whole follows ...
    ("Markets\n\nThe Hang Seng lost 2.1% on Tuesday.", "2.1%", "growth"),
    ("Markets\n\nShares in the miner have lost almost 40% of their value since March.", "40%", "growth"),
    ("Markets\n\nThe warning caused its shares to lose 12% in a single session.", "12%", "growth"),
    # ... but a market share it lost keeps its own measure
    ("Markets\n\nThe carrier has lost about 8% of market share in a year.", "8%", "market_share"),
    # a chart place is no price: a film that opened at number three took what it took
    ("Films\n\nThe space comedy Lunar Drift opened at number three with $11.4m over the weekend.",
     "$11.4m", "box_office"),
    # a sold-out tour sells nothing at a price
    ("Rich list\n\nHer sold-out arena tour helped the singer to $28m last year.", "$28m", "mentions"),
    # the verbs still name a price where no chart place follows
    ("Markets\n\nShares in the lender opened at £4.12 on Monday.", "£4.12", "price"),
    # money before a thing made or staged for that sum is its cost ...
    ("Stage\n\nThe novel is being turned into a £6m musical by a Leeds producer.", "£6m", "cost"),
    ("Studios\n\nThe $80m movie will be shot in Morocco this summer.", "$80m", "cost"),
    ("Transport\n\nThe council backed the £2.4bn rebuild of the station.", "£2.4bn", "cost"),
    # ... a thing sold for it keeps its price
    ("Shops\n\nThe £30 headphones sold out within a day.", "£30", "price"),
    # money for each unit of a good or a share is a price ...
    ("Deals\n\nThe brewer agreed to acquire the winemaker for 3.85 Australian dollars per share.",
     "3.85 Australian dollars", "price"),
    # (a rate per hectare farmers are offered for acquired land is their compensation since session s134)
    ("Land\n\nFarmers rejected the acquisition rate of Rs 18 lakh a hectare offered by the state.",
     "Rs 18 lakh", "compensation"),
    # ... but earnings per share and compensation per acre keep their words
    ("Results\n\nThe group reported earnings of $1.20 a share for the quarter.", "$1.20", "profit"),
    ("Land\n\nThe farmers will get compensation of Rs 9 lakh per acre.", "Rs 9 lakh", "compensation"),
    # money or goods found in a raid are a seizure, also over a weak "worth" or "valued at"
    ("Raid\n\nUnaccounted cash amounting to Rs 38,20,000 was found at the trader's house.", "Rs 38,20,000", "seizure"),
    ("Raid\n\nOrnaments valued at Rs 12 lakh have been found in the locker.", "Rs 12 lakh", "seizure"),
    # but not money found to be something else
    ("Audit\n\nGrants worth Rs 3 crore were found to be unused by the council.", "Rs 3 crore", "grant"),
    # money a firm or a person made, with no noun after it, is what it earned
    ("Results\n\nIts asset management arm made £212m, a 40% jump on the year before.", "£212m", "profit"),
    ("Stars\n\nThe actor Paul Ferrand made 4.1m euros last year, the magazine said.", "4.1m euros", "salary"),
    # a noun after the figure says what it is
    ("Budget\n\nThe review is aimed at making £40m in efficiency savings.", "£40m", "savings"),
    # what a market is worth, or grows to, is its size ...
    ("Games\n\nThe French market for console games was worth a record €2.1bn last year.", "€2.1bn", "market_size"),
    ("Music\n\nAnalysts say the Asian streaming market will grow to $3.4bn by 2010.", "$3.4bn", "market_size"),
    # ... a company's worth stays a valuation, and a market value a market cap
    ("Deals\n\nThe games maker is now valued at $3.4bn.", "$3.4bn", "valuation"),
    ("Banks\n\nThe lender has a market value of about $6.2bn.", "$6.2bn", "market_cap"),
    # what contraband is worth, in a sentence of an arrest or a haul, is a seizure
    ("Airport\n\nCustoms arrested a flier carrying heroin worth Rs 3 crore in his shoes.", "Rs 3 crore", "seizure"),
    ("Airport\n\nOfficers found 40 bottles of liquor worth Rs 8,000 in the car.", "Rs 8,000", "seizure"),
    # without one it stays what the goods are worth
    ("Markets\n\nThe bank holds gold worth $4bn in its vaults.", "$4bn", "value"),
    # money raised for a charity or for victims is a donation ...
    ("Charity\n\nThe non-profit raised ?41 crore at its annual charity gala.", "41 crore", "donation"),
    ("Cricket\n\nThe exhibition match raised £2.2m for victims of the floods.", "£2.2m", "donation"),
    # ... a start-up's round stays funding
    ("Start-ups\n\nThe payments firm raised $40m from investors led by a US fund.", "$40m", "funding"),
    # money demanded from "me" or "him", or for not doing something, is extortion or a bribe
    ("Politics\n\nThe councillor said the party chief had demanded Rs 40,000 from him.", "Rs 40,000", "fraud"),
    # (under a threat, not to leak, it is a ransom since session s134: the readers call blackmail so)
    ("Police\n\nThe gang demanded Rs 9 lakh from the trader to not leak the video.", "Rs 9 lakh", "ransom"),
    # a claim made in court keeps its word
    ("Courts\n\nThe board demanded compensation of Rs 90 crore from the league.", "Rs 90 crore", "compensation"),
    # money paid over breaches is a fine: what a firm pays a regulator over breaches is a fine, as for breaches
    ("Radio\n\nThe broadcaster had to pay the regulator $2.2m over breaches of decency rules.", "$2.2m", "fine"),
    # money alleged offered to throw a match is a bribe
    ("Cricket\n\nTwo batsmen alleged that the bookie had offered them $150,000 to play poorly in the final.", "$150,000", "fraud"),
    # money a share fell, closed or was suspended at, or the low it hit, is the share price
    ("Markets\n\nThe miner's shares slumped to a six-week low of A$3.20 on Tuesday.", "A$3.20", "price"),
    ("Markets\n\nShares in the retailer were suspended at HK$3.85 this morning.", "HK$3.85", "price"),
    ("Markets\n\nThe chipmaker's stock dropped to $17.4 in late trading.", "$17.4", "price"),
    # money a thing went for is its price: money a lot "went for" at a sale is its price, as with "sold for"
    ("Auctions\n\nA first edition of the novel went for £7,500 last week.", "£7,500", "price"),
    # money paid to end an inquiry, or to a regulator, is a penalty ...
    ("Brokers\n\nThe broker has agreed to pay $4.5m to end an inquiry by the regulator into its trading.", "$4.5m", "fine"),
    # ... money paid in a suit, to settle one or to victims is compensation
    ("Cars\n\nThe carmaker will pay $30m in a suit brought by drivers.", "$30m", "compensation"),
    # a percentage a tax was cut, reduced or raised to or from, words between them, is a tax rate
    ("Budget\n\nIncome tax for those in the lowest slab has been cut to 8 per cent from 12 per cent.", "8 per cent", "tax_rate"),
    ("Budget\n\nIncome tax for those in the lowest slab has been cut to 8 per cent from 12 per cent.", "12 per cent", "tax_rate"),
    ("Fuel\n\nThe state plans to raise the sales tax on fuel sold at pumps to 14%.", "14%", "tax_rate"),
    # money sent home is remittances: money workers send home is remittances
    ("Migrants\n\nNurses working in the Gulf sent $2.3bn home last year.", "$2.3bn", "remittances"),
    # a profit or a loss before or after tax is that profit or loss, not a tax
    ("Results\n\nThe lender reported a profit before tax of Rs 84 crore for the year.", "Rs 84 crore", "profit"),
    ("Results\n\nThe airline posted a loss after tax of $37m in the first half.", "$37m", "loss"),
    # a percentage borrowing costs are at, or the cost of borrowing, is an interest rate
    ("Rates\n\nThe central bank raised borrowing costs for the third time to 3.25%.", "3.25%", "interest_rate"),
    ("Rates\n\nAnalysts expect the cost of borrowing to ease from 6% next spring.", "6%", "interest_rate"),
    # a percentage a change moved something to, "from" the old level after it, is that level
    ("Prices\n\nConsumer inflation rose sharply last month to 3.4% from 3.1% in June.", "3.4%", "inflation"),
    ("Jobs\n\nThe jobless rate climbed in the spring to 6.2% from 5.8%.", "6.2%", "unemployment"),
    # with no measure word but the change, it stays a change
    ("Economy\n\nGrowth slowed in the third quarter to 1.1% from 1.9%.", "1.1%", "growth"),
    # an unscaled sum a commodity or a share fell, lost or gained is a change in its price
    ("Oil\n\nBrent crude futures shed $1.15 on Monday in thin trading.", "$1.15", "price"),
    ("Metals\n\nGold has lost $37 in three sessions as the dollar firmed.", "$37", "price"),
    # scaled sum lost stays a loss: a scaled sum investors lost is a loss, whatever the sentence says of shares
    ("Markets\n\nInvestors lost about $40bn as the company's shares collapsed.", "$40bn", "loss"),
    # an unscaled sum a thing or a service is offered or sold for or at is its price, not a deal
    ("Phones\n\nThe carrier will offer the handset for just $199 with a two-year plan.", "$199", "price"),
    ("Telecom\n\nThe operator's new offer gives 2GB of data a day at Rs 249 for its members.", "Rs 249", "price"),
    # scaled offer stays a deal: a deal in millions keeps its word
    ("Deals\n\nThe group will offer shareholders $420m for the brewer.", "$420m", "deal_value"),
    # an unscaled sum with no measure word a thing comes or sells for, at or from is its price
    ("Gadgets\n\nThe speaker comes in two sizes, a small one for £49 and a larger one for £129.", "£129", "price"),
    ("Games\n\nAt a mere £15, the puzzle game is hard to beat.", "£15", "price"),
    ("Travel\n\nCabins on the island are available from as little as $60 a night.", "$60", "price"),
    # a shortfall is a deficit: a debt, and a trade shortfall a trade balance
    ("Budget\n\nThe federal shortfall is forecast to reach $310bn next year.", "$310bn", "debt"),
    ("Trade\n\nThe trade shortfall widened to $48.2bn in May.", "$48.2bn", "trade_balance"),
    # "pay" as a noun after a possessive or an adjective is pay
    ("Pay\n\nThe bank's founder has frozen his pay at £1.2m for a decade.", "£1.2m", "salary"),
    ("Pay\n\nThe average pay in the sector is about $52,000 a year.", "$52,000", "salary"),
    # a tax rebate or refund is a rebate, not a tax
    ("Budget\n\nThe minister offered a £150 council tax rebate to every household.", "£150", "rebate"),
    ("Budget\n\nExporters will get a VAT refund of Rs 2,400 crore this year.", "Rs 2,400 crore", "rebate"),
    # price including vat is no tax: a price "including VAT" names no tax
    ("Laptops\n\nThe cheapest model costs just £549 (£659 including VAT) in the sale.", "£549", "price"),
    # the gap between exports and imports is a trade balance, not the value of either
    ("Trade\n\nThe gap between Canada's exports and imports narrowed to $3.9bn in March.", "$3.9bn", "trade_balance"),
    ("Trade\n\nThe difference between what the country exported and imported was €2.2bn last month.", "€2.2bn", "trade_balance"),
    # money a chief executive or a director earned or received is pay
    ("Pay\n\nThe insurer's managing director Ravi Menon earned Rs 7.4 crore in 2016-17.", "Rs 7.4 crore", "salary"),
    ("Pay\n\nThe lender's CEO received Rs 3.1 crore, the filing showed.", "Rs 3.1 crore", "salary"),
    # company earnings with a ceo stay profit: a company's profit stays a profit when its CEO is named
    ("Results\n\nThe firm earned $2.1bn in net profit in the quarter, its chief executive said.", "$2.1bn", "profit"),
    # a percentage of a capacity is a share of it; running at a capacity keeps the rate
    ("Water\n\nThe lake has been filled up to 87% of its total capacity after the rains.", "87%", "share"),
    ("Industry\n\nThe mills are running at 64% capacity this month.", "64%", "rate"),
    # money a party seeks or claims in a suit or before a forum is compensation
    ("Courts\n\nThe sprinter says the coach defamed her and she is seeking $4m in the suit.", "$4m", "compensation"),
    ("Courts\n\nHe went to the consumer forum seeking Rs 35,000 from the airline for the harassment.", "Rs 35,000", "compensation"),
    # hedge between debt and percentage is no distance: "already about" between a debt and its percentage keeps the
    # debt
    ("Economy\n\nThe state's debt is already about 96% of GDP, economists say.", "96%", "debt"),
    # money right after the verb 'cost' (or its object) is a cost; an unscaled one is the price
    ("Films\n\nThe ghost story, which cost just $9m to make, led the box office at the weekend.", "$9m", "cost"),
    ("Aid\n\nThe aid deal with Malawi could cost the UK £2bn over a decade.", "£2bn", "cost"),
    ("Coaching\n\nThe school promises a full refund if pupils fail, though the coaching kit, which costs Rs 2,400, is not refundable.",
     "Rs 2,400", "price"),
    # cost savings are not the verb cost: the noun 'cost savings' keeps its own measure
    ("Results\n\nThe merger should bring cost savings of about $300m a year, the firms said.", "$300m", "savings"),
    # money someone earns per hour, week, month or year is pay; a company's stays a profit
    ("Care\n\nMost care workers in the region earn less than £14,000 a year, the survey found.", "£14,000", "salary"),
    ("Jobs\n\nThe advert promised that students could earn $40 an hour from their bedrooms.", "$40", "salary"),
    ("Results\n\nThe company earned $40m in the second quarter, against $35m a year ago.", "$35m", "profit"),
    # money raised right after the verb beats a spend verb: 'spent' elsewhere in the clause names no spending: the
    # money raised is funding
    ("Campaign\n\nThe minister spent an afternoon serving tea at a stall and raised Rs 80,000 for the school.", "Rs 80,000", "funding"),
    # what cheques, vouchers or valuables are worth is their value; goods keep their price, a company its valuation,
    # a class of gifts "worth more than" a sum its threshold
    ("Honest driver\n\nA taxi driver handed back a briefcase full of signed cheques worth Rs 35 lakh to the police.",
     "Rs 35 lakh", "value"),
    ("Vouchers\n\nThe council's new vouchers, worth £150 each, will go to pensioners in March.", "£150", "value"),
    ("Lost and found\n\nShe left her valuables in a locker worth about Rs 2 lakh, police said.", "Rs 2 lakh", "value"),
    ("Lost and found\n\nShe had left gold earrings worth Rs 60,000 on the bus.", "Rs 60,000", "price"),
    ("Deals\n\nThe start-up is now worth $3bn after the latest round.", "$3bn", "valuation"),
    ("Gifts\n\nAny gifts worth more than Rs 5,000 must be handed to the treasury.", "Rs 5,000", "threshold"),
    ("Schools\n\nEvery pupil will receive books with a total voucher value of Rs 1,500.", "Rs 1,500", "value"),
    # money a player joined, moved or switched to a club for is a transfer fee; a move to premises is none
    ("Football\n\nThe striker, who joined Celtic from Ajax for £3.4m last summer, is injured.", "£3.4m", "fee"),
    ("Football\n\nHe moved to Juventus for 40 million euros in 2016.", "40 million euros", "fee"),
    ("Football\n\nThe defender switched to Porto last year for €9m.", "€9m", "fee"),
    ("Football\n\nThe winger joined the club for £6m from Hull.", "£6m", "fee"),
    ("Offices\n\nThe agency moved to larger premises for £2m a year.", "£2m", "mentions"),
    # a chief executive's payout named earlier in the sentence than a sum he received is pay; a settlement's stays
    # compensation
    ("Pay\n\nThe bank's chief executive was awarded a payout of $40 million last year. The payout was 20% lower than "
     "the $50 million he received in 2015.", "$50 million", "salary"),
    ("Courts\n\nThe insurer agreed a payout to the flood victims. The payout was smaller than the $50 million they had "
     "sought in 2015.", "$50 million", "compensation"),
])
def test_measure_read_from_the_words_around_the_figure(nlp, text, figure, measure):
    assert facts_of(nlp, text)[figure].predicate == measure


# Measure words the vocabulary lacked, and words that only look like one (session s125).
@pytest.mark.parametrize("text, figure, measure", [
    # a surcharge is a fee; a long-haul or short-haul flight hauls nothing that was seized
    ("Airlines\n\nThe carrier raised its fuel surcharge to £12 for every passenger.", "£12", "fee"),
    # a scholarship is a grant; a scandal a fraud
    ("Students\n\nThe college gave her a scholarship worth 9,000 pounds.", "9,000 pounds", "grant"),
    ("Politics\n\nThe minister was named in the alleged Rs 300-crore ration card scandal.", "Rs 300-crore", "fraud"),
    # a scandal the figure stems from is its cause, not what it measures
    ("Cars\n\nThe carmaker took a 300m euro hit in costs stemming from a recall scandal in Japan.", "300m euro", "cost"),
    # what projects are worth is their cost; a rank of wealth names a share of people, not a stake
    ("Roads\n\nThe cabinet approved highway projects worth Rs 12,000 crore on Monday.", "Rs 12,000 crore", "cost"),
    ("Inequality\n\nThe five richest families own as much wealth as the poorest 40%, the charity said.", "40%", "share"),
    # a turnover or an income a rule applies up to or under is a threshold, not revenue or pay
    ("Tax\n\nShops with turnover of up to Rs 40 lakh will not need to register.", "Rs 40 lakh", "threshold"),
    ("Tax\n\nThe states will handle firms under Rs 2 crore annual turnover.", "Rs 2 crore", "threshold"),
    ("Tax\n\nThere will be no tax for people with income up to Rs 3 lakh a year.", "Rs 3 lakh", "threshold"),
    # a percentage of a company's shares is a stake, whatever the verb
    ("Football\n\nThe bid needs the support of the owners of 60% of the club's shares.", "60%", "stake"),
    # money someone gets per film or per match is pay
    ("Hollywood\n\nThe star now gets $15m a film, his agent said.", "$15m", "salary"),
    # the word before "fund" says what the fund is
    ("Charity\n\nThe singer set up a scholarship fund of $50,000 for girls in her town.", "$50,000", "grant"),
    # so is a reason "because" gives: "cheaper" there says why, not what the figure is
    ("Shopping\n\nAbout 58% of those surveyed said they shop online because it is cheaper than the high street.",
     "58%", "share"),
])
def test_measure_words_the_vocabulary_lacked(nlp, text, figure, measure):
    assert facts_of(nlp, text)[figure].predicate == measure


def test_a_long_haul_flight_is_no_seizure(nlp):
    text = "Airlines\n\nIn May it increased this from £5 to £9 for all long-haul flights."
    assert facts_of(nlp, text)["£9"].predicate != "seizure"


# A "?" between blanks is a lost dash: the words before it name the figures after it; an officer
# "on duty" pays no duty (session s125).
@pytest.mark.parametrize("text, figure, measure", [
    ("Libraries\n\nThe council sets penalties for late books. Though the fines are small ? Rs 20 for a week "
     "and Rs 80 after a month ? they will rise next year.", "Rs 80", "fine"),
    ("Libraries\n\nThough the fines are small ? Rs 20 for a week and Rs 80 after a month ? they will rise.",
     "Rs 20", "fine"),
    ("Honesty\n\nThe officer on duty found a camera and Rs 40,000 in the bag.", "Rs 40,000", "mentions"),
    # a lost closing quote before a lower-case word: the quoted words name the figure
    ("Taxis\n\nThe app now charges riders a ?booking fee? of Rs45 on every trip.", "Rs45", "fee"),
    # an investment banker or bank invests nothing
    ("Results\n\nProfits at the group's investment bank rose 12% to £2.1bn, it said.", "£2.1bn", "profit"),
])
def test_measure_across_a_lost_dash(nlp, text, figure, measure):
    assert facts_of(nlp, text)[figure].predicate == measure
