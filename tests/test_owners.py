"""Who a figure belongs to, on general news (issue 9): one test per failure pattern seen on real
text, each on a sentence written for it. The component runs in the default blank pipeline."""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.pipeline import build_pipeline
from tests.helpers import figures


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def owner(nlp, text: str, figure: str) -> str | None:
    fact = figures(nlp, text)[figure]
    return fact.subject.name if fact.subject else None


# --- a country word inside a name, or used as an adjective, is not the owner -----------------

def test_an_exchange_where_shares_trade_is_a_place(nlp):
    text = ("Results\n\nShares of Orvex Textiles ended lower on Friday. On the NSE, it fell 2.5 per cent to close "
            "at Rs 410.")
    facts = figures(nlp, text)
    assert facts["2.5 per cent"].subject.name == "Orvex Textiles" and facts["Rs 410"].subject.name == "Orvex Textiles"


def test_an_index_owns_its_own_move(nlp):
    text = "Markets\n\nOn Wall Street the Nasdaq lost 1.3% while the Dow Jones fell 0.8%."
    facts = figures(nlp, text)
    assert facts["1.3%"].subject.name == "Nasdaq" and facts["1.3%"].subject.label == "MARKET"
    assert facts["0.8%"].subject.name == "Dow Jones"


# --- companies, people, films: names no gazetteer knows -------------------------------------

def test_descriptor_phrase_before_a_company_names_the_company(nlp):
    text = "Results\n\nUS foods giant Kraft made a net profit of $186m in the quarter."
    fact = figures(nlp, text)["$186m"]
    assert fact.subject.name == "Kraft" and fact.predicate == "profit"


def test_a_title_makes_a_person_and_their_pay_is_salary(nlp):
    text = "Pay row\n\nChief executive Maria Lopez received a salary of £1.2m last year, the annual report shows."
    fact = figures(nlp, text)["£1.2m"]
    assert fact.subject.name == "Maria Lopez" and fact.subject.label == "PERSON"
    assert fact.predicate == "salary"


def test_the_film_points_back_to_the_film_and_the_place_is_a_qualifier(nlp):
    text = ("Comedy stalls\n\nThe Ladykillers opened in American cinemas last month. "
            "The film has struggled, and its takings in the UK have reached only £7m.")
    fact = figures(nlp, text)["£7m"]
    assert fact.subject.name == "Ladykillers"
    assert fact.qualifiers["place"] == "United Kingdom"


# --- no unrelated programme from earlier in the article -------------------------------------

def test_savings_rate_is_not_given_to_a_fund_named_in_another_paragraph(nlp):
    text = ("Family finances\n\nParents have opened two million accounts under the Child Trust Fund since April.\n\n"
            "Separately, the Bank of England held interest rates at 4.75% on Thursday.")
    fact = figures(nlp, text)["4.75%"]
    assert fact.subject.name == "Bank of England" and fact.predicate == "interest_rate"


# --- sources and places are qualifiers, not owners -------------------------------------------

def test_forecaster_is_the_source_and_the_economy_owns_the_growth(nlp):
    text = "Outlook\n\nUNECE is forecasting growth of 2.2% across the EU this year."
    fact = figures(nlp, text)["2.2%"]
    assert fact.subject.name == "European Union"
    assert fact.qualifiers["source"] == "UNECE"


def test_a_company_speaking_of_its_own_profit_owns_it(nlp):
    text = "Retail\n\nTesco said its pre-tax profit rose 12% to £1.6bn."
    facts = figures(nlp, text)
    assert facts["£1.6bn"].subject.name == "Tesco" and facts["£1.6bn"].predicate == "profit"
    assert facts["12%"].subject.name == "Tesco" and facts["12%"].predicate == "growth"


def test_the_one_fined_owns_the_fine(nlp):
    text = "Broadcast\n\nThe regulator fined Channel Nine $550,000 (£306,814) last autumn."
    facts = figures(nlp, text)
    assert facts["$550,000"].subject.name == "Channel Nine" and facts["$550,000"].predicate == "fine"
    # the conversion in brackets is the same figure
    assert facts["£306,814"].subject == facts["$550,000"].subject


# --- sentences as a reader reads them --------------------------------------------------------

def test_lost_rupee_sign_does_not_end_a_sentence(nlp):
    text = "Haul\n\nCustoms officials seized gold worth ?91 lakh at Mumbai Airport on Sunday."
    fact = figures(nlp, text)["91 lakh"]
    assert fact.evidence.sentence.startswith("Customs officials seized gold worth")
    assert fact.value.currency == "INR"


def test_missing_space_after_a_date_splits_the_sentences(nlp):
    text = "Raids\n\nThe raid took place on December 6.In Mumbai, police recovered Rs 12 lakh in cash."
    fact = figures(nlp, text)["Rs 12 lakh"]
    assert fact.evidence.sentence.startswith("In Mumbai")


# --- names as a reader writes them -----------------------------------------------------------

def test_acronym_long_form_starts_at_the_capitalised_word_not_at_of(nlp):
    text = "Housing\n\nThe Office of the Deputy Prime Minister (ODPM) will spend £2bn on new homes."
    fact = figures(nlp, text)["£2bn"]
    assert fact.subject.name == "Office of the Deputy Prime Minister"


# --- common-noun owners, when no name can own the figure --------------------------------------

def test_a_thing_worth_a_sum_owns_it(nlp):
    text = "Theft\n\nThe courier said two men took a phone worth Rs 26,000 from him."
    fact = figures(nlp, text)["Rs 26,000"]
    assert fact.subject.name == "phone" and fact.subject.label == "THING"


def test_a_speaker_who_could_not_confirm_is_a_source(nlp):
    text = ("Rail link\n\nA spokesman for the Tarn Line, Ed Marr, said he could not confirm whether the Treasury "
            "was planning to invest £2.5bn.")
    fact = figures(nlp, text)["£2.5bn"]
    assert fact.subject.name == "Treasury"


def test_sentence_opening_words_are_not_names(nlp):
    text = "Results\n\nNotably, revenues rose 4% in the quarter."
    fact = figures(nlp, text)["4%"]
    assert fact.subject is None or fact.subject.name != "Notably"


# --- second round: words that open sentences, possessed names, films and people typed once ---


def test_a_film_typed_once_is_a_film_in_later_sentences(nlp):
    text = ("Weekend chart\n\nThe comedy Paper Kites stayed on top of the chart for a second weekend.\n\n"
            "Dana Frost plays a reluctant pilot in the movie, which took $21.4m.")
    fact = figures(nlp, text)["$21.4m"]
    assert fact.subject.name == "Paper Kites" and fact.subject.label == "WORK"
    assert fact.predicate == "box_office"


def test_a_title_types_the_surname_everywhere(nlp):
    text = ("Spending row\n\nMr Alder Quint attacked the plan on Monday.\n\n"
            "Quint got a salary of £140,000 last year, the accounts show.")
    fact = figures(nlp, text)["£140,000"]
    # (the surname alone takes the full name written before as its canonical name)
    assert fact.subject.text == "Quint" and fact.subject.name == "Alder Quint" and fact.subject.label == "PERSON"


@pytest.mark.parametrize("sentence, figure, thing, measure", [
    ("Guests learned she had cancelled her $45,000 wedding days before.", "$45,000", "wedding", "cost"),
    ("Thieves tried to take his Rs 92-lakh Range Rover from the garage.", "Rs 92-lakh", "Range Rover", "price"),
    ("He sold his $3m beach house.", "$3m", "beach house", "price"),
    ("Villagers built a £40,000 bridge over the stream.", "£40,000", "bridge", "cost"),
    # a name before the noun says which thing it is
    ("Work on the Rs 2,400 crore Tansa memorial has stalled.", "Rs 2,400 crore", "Tansa memorial", "cost"),
    ("She rents out her $4m Malibu cottage.", "$4m", "Malibu cottage", "price"),
    ("Activists oppose the state's Rs 900 crore Tansa statue project in the bay.", "Rs 900 crore", "Tansa statue project",
     "cost"),
])
def test_money_written_before_its_noun_is_what_the_thing_costs(nlp, sentence, figure, thing, measure):
    fact = figures(nlp, "Head\n\n" + sentence)[figure]
    assert (fact.subject.name, fact.predicate) == (thing.lower(), measure) or \
        (fact.subject.text, fact.predicate) == (thing, measure)


@pytest.mark.parametrize("sentence, figure", [
    ("The firm reported a $5m loss for the year.", "$5m"),  # a measure word, not a thing
    ("Sales crossed the Rs 50-crore mark on Sunday.", "Rs 50-crore"),
])
def test_money_before_a_clause_or_a_measure_word_names_no_thing(nlp, sentence, figure):
    fact = figures(nlp, "Head\n\n" + sentence)[figure]
    assert fact.subject is None or fact.subject.label != "THING" or fact.subject.name not in (
        "ministers", "loss", "mark")


@pytest.mark.parametrize("sentence, figure, noun", [
    ("A survey by the Harbor Institute found that 64% of the imported tyres failed the test.", "64%",
     "imported tyres"),
    ("A poll by Tandem Research found that 62% of ATMs are out of cash.", "62%", "ATMs"),
    ("Only 58% teachers in the district attended the training, the Lakeview Council said.", "58%", "teachers"),
    ("About 71% street lights in Ranipur are broken, the audit by Civic Watch found.", "71%", "street lights"),
    # a participle after a plural ends the phrase too
    ("With only 35% junior-college teachers reporting for exam duty, the board extended the deadline.", "35%",
     "junior-college teachers"),
    # "as", "while" end the phrase, and the words before its head hold no pronoun or conjunction
    ("Surgery is feasible on only 25 per cent of the survivors while the rest wait for care.", "25 per cent",
     "survivors"),
])
def test_a_percentage_is_a_share_of_the_noun_its_grammar_names(nlp, sentence, figure, noun):
    assert owner(nlp, "Head\n\n" + sentence, figure) == noun


@pytest.mark.parametrize("sentence, figure", [
    ("Output grew 11% in 2004, down from 17% the previous year.", "17%"),
    ("Of the bondholders, 38.4% reside in Norway.", "38.4%"),
    ("The ministry aims for an 80% employment rate by 2030.", "80%"),
    ("The vans travelled 30% shorter distances in the trial.", "30%"),
    ("Norland raises its farm budget by 9% amid protests by growers.", "9%"),
])
def test_a_percentage_before_a_verb_determiner_or_measure_is_no_share_of_it(nlp, sentence, figure):
    fact = figures(nlp, "Head\n\n" + sentence)[figure]
    assert fact.subject is None or fact.subject.name not in (
        "the previous", "reside", "employment", "shorter distances", "amid protests")


def test_a_figure_written_as_one_capitalised_word_is_no_name(nlp):
    text = "Grants\n\nUnder the Harvest Support Scheme, growers get Rs5,000 and FY24 saw Rs 40 crore paid."
    facts = figures(nlp, text)
    assert all(f.subject is None or not f.subject.name.startswith(("Rs", "FY")) for f in facts.values())


@pytest.mark.parametrize("sentence, figure, person", [
    ("Harbour Bank MD and CEO Lena Park received Rs 3.1 crore as basic salary.", "Rs 3.1 crore", "Lena Park"),
    ("Kerala Chief Minister P Raman announced a grant of Rs 40 crore.", "Rs 40 crore", "P Raman"),
])
def test_a_title_inside_a_name_introduces_the_person(nlp, sentence, figure, person):
    fact = figures(nlp, "Head\n\n" + sentence)[figure]
    assert (fact.subject.name, fact.subject.label) == (person, "PERSON")


@pytest.mark.parametrize("sentence, figure, wrong", [
    ("FIRE AT DEPOT The blaze caused damage worth Rs 3 crore, officials said.", "Rs 3 crore", "FIRE AT DEPOT"),
    ("Viewers who own a TV pay £159 a year.", "£159", "TV"),
])
def test_headings_in_capitals_and_common_acronyms_are_no_owners(nlp, sentence, figure, wrong):
    fact = figures(nlp, "Head\n\n" + sentence)[figure]
    assert fact.subject is None or fact.subject.name != wrong


@pytest.mark.parametrize("sentence, figure, noun", [
    ("The clerk quietly demanded Rs 3 lakh before the file moved.", "Rs 3 lakh", "clerk"),
    ("The tenant, who had lived there for years, was told to pay Rs 9 lakh.", "Rs 9 lakh", "tenant"),
    ("A 16th-century barn, listed for its beams, is on sale for £650,000.", "£650,000", "barn"),
    ("UK savers spent £2.1bn on gold coins last year.", "£2.1bn", "savers"),
    # an auxiliary or adverb ends the phrase before it: it is never the head, nor a word inside the phrase
    ("The appeal site has so far received almost £8m from readers.", "£8m", "appeal site"),
    ("The agents were reportedly charging 20% commission to swap the notes.", "20%", "agents"),
    ("These growers demanded a relief package of Rs 900 crore.", "Rs 900 crore", "growers"),
    # the verb holds the figure's measure as its object ("gets a fee of"): its subject has the measure,
    # past a relative clause that describes it
    ("Talks stalled. A typical county umpire still gets a daily fee of Rs 9,000 for each match.", "Rs 9,000",
     "typical county umpire"),
    ("All hostel students who apply by June will get a one-time travel grant worth Rs 12,000.", "Rs 12,000",
     "hostel students"),
    ("In the new scheme, any district teacher charged a tuition fee of Rs 800 per month.", "Rs 800", "district teacher"),
    ("Most sellers who list on the portal have to pay Rs 5,000 to join, Orvana said.", "Rs 5,000", "sellers"),
    # a "that" clause opened by its verb describes the subject as a "who" clause does
    ("Small shops that opened after May have lost Rs 4 crore.", "Rs 4 crore", "small shops"),
    # a time phrase opens the clause without a comma: it is no part of the subject
    ("Last year hill farmers spent Rs 40 crore on seed.", "Rs 40 crore", "hill farmers"),
    ("In 2016 the district board paid Rs 1,400 crore to the contractors.", "Rs 1,400 crore", "district board"),
])
def test_a_common_noun_subject_owns_what_no_name_does(nlp, sentence, figure, noun):
    assert owner(nlp, "Head\n\n" + sentence, figure) == noun


@pytest.mark.parametrize("sentence, figure, recipient", [
    ("The state has raised the compensation for flood-hit farmers from Rs 2 lakh to Rs 5 lakh.", "Rs 2 lakh",
     "flood-hit farmers"),
    ("The tribunal granted a compensation of Rs 4 lakh to a 58-year-old daily wager.", "Rs 4 lakh",
     "58-year-old daily wager"),
    ("The board announced a reward of Rs 1 lakh for Meera Nair, who found the boy.", "Rs 1 lakh", "Meera Nair"),
    ("Compensation for injured rail workers upped to Rs 8 lakh", "Rs 8 lakh", "injured rail workers"),
    # a verb after "for" names no one; a participle ends the noun phrase
    ("Harbour Club offers Rs 2 lakh reward for tracing missing trawler", "Rs 2 lakh", "Harbour Club"),
    ("Police have offered a £20,000 reward for witnesses coming forward with footage.", "£20,000", "witnesses"),
    # "be" opens a verb, not whom: the recipient is the one after it
    ("The club set aside a £50,000 prize, to be donated to the charity of the winner's choice.", "£50,000",
     "charity"),
    # a verb of winning: its subject owns the prize, and "for" says why it was won
    ("The nine finalists are competing for a £40,000 prize, to be donated to a charity of their choice.", "£40,000",
     "finalists"),
    ("Kestrel Hospital wins Rs 4 crore award for hygiene", "Rs 4 crore", "Kestrel Hospital"),
    ("Tarun Sethi received a compensation of Rs 4 lakh for the loss of his shop.", "Rs 4 lakh", "Tarun Sethi"),
    # a bounty is the one's whose head it is on, not who carries or declares it
    ("Police arrested Ramu Oraon on Friday. He carried a bounty of Rs 8 lakh on his head.", "Rs 8 lakh",
     "Ramu Oraon"),
    ("Police arrested Ramu Oraon on Friday. The state had announced a reward of Rs 8 lakh on his head.", "Rs 8 lakh",
     "Ramu Oraon"),
    ("The saga of Raju Pal went on even after the US declared a bounty of USD 5 million on his head.",
     "USD 5 million", "Raju Pal"),
    ("A militant group announced a bounty of Rs 2 crore on Ravi Kumar's head.", "Rs 2 crore", "Ravi Kumar"),
    # what a reward is offered for is no recipient: the one who offers it owns it
    ("Singer Dana Whitley's home was burgled on Monday. A £10,000 reward has been offered for information "
     "leading to an arrest.", "£10,000", "Dana Whitley"),
    ("The farmer is offering a £500 reward for the recovery of his tractor.", "£500", "farmer"),
    ("Baker Tom Reed offers £300 reward to recover stolen cake", "£300", "Baker Tom Reed"),
    # a quota goes to whom it is for, read only right after the figure and its noun
    ("In 2015, the Kestrel government had provided 5% reservation for Gujjars, Banjaras and Raikas.", "5%",
     "Gujjars"),
    ("The bill mandates 33 per cent quota for women in Parliament.", "33 per cent", "women"),
    # a title or a role word after the preposition introduces the recipient, who is named after it
    ("The chief minister announced a cash reward of Rs 10 lakh for shuttler Tarun Sethi.", "Rs 10 lakh", "Tarun Sethi"),
    ("The state will award Rs 3 lakh to bus driver Imran Lone for his courage.", "Rs 3 lakh", "Imran Lone"),
    # in a list each figure goes to the phrase after it, which ends before the next figure
    ("The board announced a compensation of Rs 4 lakh to the families of the dead, Rs 2 lakh for those seriously "
     "injured and Rs 50,000 for the rest.", "Rs 2 lakh", "those seriously injured"),
    # money presented, of no measure, goes to its recipient as a prize does
    ("The club later presented a cheque of $2,000 to Dana Whitley.", "$2,000", "Dana Whitley"),
])
def test_a_compensation_or_prize_belongs_to_whom_it_goes(nlp, sentence, figure, recipient):
    assert owner(nlp, "Head\n\n" + sentence, figure) == recipient


@pytest.mark.parametrize("sentence, figure, expected", [
    # a plural noun, a pronoun or a name, then a verb: the relative clause's subject owns the figure ...
    ("Cuts would save less than 6% of the £22bn ministers hope to find.", "£22bn", "ministers"),
    ("Mr Halden announced that, of the £9bn he has earmarked, £2bn will go to schools.", "£9bn", "Halden"),
    ("Its debts include the $8m that Corvex is seeking through the courts.", "$8m", "Corvex"),
    ("Kestrel now has 8% of the market, far less than the 20% share it would have gained from the merger.", "20%",
     "Kestrel"),
    # ... and through a verb of saying, the reported clause's subject (a name there is no thing the money prices)
    ("Orvania paid far less than the $12bn Kestrel says Tarrow Oil owes in taxes.", "$12bn", "Tarrow Oil"),
    # a participle after a noun, or a verb of estimating, makes no owner
    ("He fled abroad rather than pay the £5,000 damages ordered by a court.", "£5,000", None),
    ("Growth fell short of the 2.5% which the Halden government had predicted.", "2.5%", None),
])
def test_the_subject_of_a_relative_clause_after_the_figure_owns_it(nlp, sentence, figure, expected):
    assert owner(nlp, "Head\n\n" + sentence, figure) == expected


def test_a_name_followed_by_who_is_a_person_whose_earnings_are_pay(nlp):
    text = "Appointment\n\nOkafor, who joined the tribunal in 2011, will earn £198,000 a year."
    fact = figures(nlp, text)["£198,000"]
    assert (fact.subject.name, fact.subject.label, fact.predicate) == ("Okafor", "PERSON", "salary")


@pytest.mark.parametrize("text, figure, expected", [
    # a common word opening the sentence is not a name
    ("Regulator acts\n\nLater in March, Kestrel Foods and its former chairman were each fined 2m euros.",
     "2m euros", "Kestrel Foods"),
    # a name possessed by another owns the figure
    ("Overseas run\n\nThe director Ravi Menon's thriller Glass Harbour grossed Rs 80 crore in Japan.",
     "Rs 80 crore", "Glass Harbour"),
    # a pronoun outside the figure's clause does not own it
    ("Chart\n\nThe drama Salt Road opened last week.\n\n"
     "Ana Ruiz plays a guide with debts of her own in the film, which earned $9.1m.",
     "$9.1m", "Salt Road"),
    # a connector before a date word ends the name
    ("Vote\n\nThe Alliance on Sunday said it had raised Rs 12 crore for the campaign.",
     "Rs 12 crore", "Alliance"),
    # an adverb before "valued at" is no owner, and "Leeds-based" is an adjective
    ("Bid\n\nWith its shares up, Leeds-based Corvane is currently valued at £1.4bn.",
     "£1.4bn", "Corvane"),
    # a pronoun skips the country that qualifies a name
    ("Deal\n\nUS cable group Tarrow Media said it expects savings after its $9bn takeover of Quell.",
     "$9bn", "Tarrow Media"),
    # an opening participle and its agent are an aside
    ("Cult hit\n\nThe thriller Night Ferry was made for a small sum.\n\n"
     "Directed by Ines Varga, it made over $40m worldwide.",
     "$40m", "Night Ferry"),
    # a surname typed as a person types the full name
    ("Obituary\n\nProducer Tomas Reyes worked on the comedy Blue Harbour.\n\n"
     "Reyes, who was 61, had been ill. It earned $12m in its first year.",
     "$12m", "Blue Harbour"),
    # the speaker owns a figure only when its reported clause names nothing that can
    ("Traffic\n\nA study by Halden Transit found that buses were running 40% slower than planned.",
     "40%", "buses"),
    ("Clinics\n\nThe Resident Doctors Forum said only 30 per cent of patients could see a doctor.",
     "30 per cent", "patients"),
    ("Results\n\nMarlow Foods said profits fell 12% in the year.", "12%", "Marlow Foods"),
    # a measure word the figure follows at once is a verb: its noun is the subject, not a modifier
    ("Asylum\n\nThe Marlow Institute published a study. It argued asylum cost £3bn a year for the region.",
     "£3bn", "asylum"),
    ("Housing\n\nThe Marlow Institute said the median cost was £400.", "£400", None),
    # a figure in a "which"/"who" clause is the name's the pronoun stands for, unless it reports
    ("Retail\n\nHolloway Home, which floated on the Stock Exchange for £150m in 1998, is now private.",
     "£150m", "Holloway Home"),
    # an anaphor's noun may be described ("the non-profit organisation"), but not as another one
    ("Charity\n\nThe Kestrel Foundation held an auction. The non-profit organisation raised Rs 28 crore.",
     "Rs 28 crore", "Kestrel Foundation"),
    ("Steel\n\nCorvane Steel was bought by Halden. The parent company made a profit of $2bn.",
     "$2bn", "parent company"),
    ("Court\n\nJudge Ana Reyes will lead the court. Reyes, who joined the Supreme Court in 2009, "
     "will earn £225,000 a year.", "£225,000", "Ana Reyes"),
    # the possessor of what a percentage is a part of owns it, a name or an anaphor
    ("Bid\n\nThe bankers will back a bid from owners of 75% of Corvane United's shares.", "75%", "Corvane United"),
    ("Firm\n\nHalden Motors fired its boss. The shares lost 18% of its value.", "18%", "Halden Motors"),
    ("Steel\n\nChina makes 50% of the world's steel, the ministry said.", "50%", "China"),
    # a name inside another figure's currency ("HK$327m") is no owner
    ("Results\n\nLenovo's profit was HK$327m (US$42m), less than 1% up on the year before.", "1%", "Lenovo"),
    # a participle after money is no thing it buys ("the £37.5bn predicted in March")
    ("Budget\n\nBorrowing by Halden Council is £35m, less than the £37m predicted in March.", "£37m",
     "Halden Council"),
    # a name followed by "starring" is a film, and what it takes is box office
    ("Box office\n\nKattalan Returns, starring Ana Ruiz, took $30.2m in its first weekend.", "$30.2m",
     "Kattalan Returns"),
    # what a percentage change is "in" owns it
    ("Violence\n\nThe report found a 164% rise in civilian deaths in the valley in a year.", "164%",
     "civilian deaths"),
    # a word that names the kind of fee or price is no owner ("transfer fee", "asking price")
    ("Signing\n\nCorvane United signed the striker. The transfer fee of £52m is a club record.", "£52m",
     "Corvane United"),
    # "to" before a verb is not whom a compensation goes to
    ("Rights panel\n\nThe panel asked the state to give Rs 8 lakh as compensation to the farmer who was beaten.",
     "Rs 8 lakh", "farmer"),
    ("Box office\n\nIt may beat Kattalan in Kerala, which collected Rs 85 crore there.", "Rs 85 crore", "Kattalan"),
    ("Probe\n\nThe agency, which claimed Menon has invested Rs 80 crore in shell firms, filed a case.",
     "Rs 80 crore", "Menon"),
    # "alleged" right after a name is a source's verb; "is alleged to" is no source's
    ("Polls\n\nSharma alleged Congress MLA Ramesh Patel was offered Rs 5 crore by the BJP.", "Rs 5 crore",
     "Ramesh Patel"),
    ("Probe\n\nKumar is alleged to have laundered Rs 4 crore in 2016.", "Rs 4 crore", "Kumar"),
    # a name ending in s that opens a sentence is not a plural noun ("Revenues were")
    ("Airline\n\nQantel had a hard winter. Varos had a better one. The airline said its profits rose 10%.",
     "10%", "Varos"),
    # the names of an "according to" phrase are its source, not owners
    ("Airlines\n\nAccording to analyst Lena Brandt of broker Orvex, the Halden Air fleet carried 20% more "
     "passengers in May.", "20%", "Halden Air"),
    ("Exports\n\nPeru, according to a report by rating agency Kestrel last year, will see a 40 percent jump "
     "in exports.", "40 percent", "Peru"),
    # the subject is read after an opening phrase ("In 2009, ...")
    ("Land\n\nThe farmers protested on Monday. In 2009, the district board had paid Rs 1,400 per sqm for the land.",
     "Rs 1,400", "district board"),
    ("Talks\n\nAfter talks with Orvex, Halden Group paid $5m for the plant.", "$5m", "Halden Group"),
    # a place that is the subject of its clause owns the figure, not only qualifies it
    ("Complaints\n\nBihar filed the most. Odisha accounted for a little over 12% of all the complaints.",
     "12%", "Odisha"),
    ("Relief\n\nBihar got little. On the other hand, Assam, which filed a fifth of the cases, received "
     "the largest share (41%) of the relief.", "41%", "Assam"),
    # a "which" clause with no name before it stands for the common noun there, or for what its anaphor does
    ("Demand\n\nOrvex plans a new plant to serve the Peruvian tyre market, which is growing 9% a year.",
     "9%", "tyre market"),
    ("Box office\n\nThe comedy Paper Kites opened on Friday. Dana Frost stars in the movie, which cost $20m to make.",
     "$20m", "Paper Kites"),
    # so does a "that" clause opened by its verb; not a "that" after a name's stand-in, nor one opened by an adverb
    ("Roads\n\nThe cabinet in Pune cleared 14 road projects that will cost over Rs 900 crore.", "Rs 900 crore",
     "road projects"),
    ("Deals\n\nThe probe found that Kestrel Exports, the firm that bought the villa for Rs 6 crore, had no staff.",
     "Rs 6 crore", "Kestrel Exports"),
    # a "whose" clause gives its noun's measure
    ("Tax\n\nA lower rate of 6% now applies to traders whose turnover is below Rs 3 crore.", "Rs 3 crore", "traders"),
    # a heading in capitals glued to the next sentence is no name, and the name after it opens the sentence
    ("Dairy\n\nSALES RISE AGAINMarlow Dairies said its sales rose 6% in May.", "6%", "Marlow Dairies"),
    ("Court\n\nWHAT HAPPENEDQuint will pay a fine of Rs 2 lakh, the court ruled.", "Rs 2 lakh", "Quint"),
    # a common-noun subject after a two-word name and before the day of the story
    ("Relief\n\nAndhra Pradesh fishermen on Monday received Rs 5 crore in relief from Chief Minister Ravi Rao.",
     "Rs 5 crore", "fishermen"),
    # a fine laid "on" someone after the figure is theirs; a share "of people" is the people's
    ("Court\n\nSpecial judge Mira Sen also imposed a fine of Rs 8,000 on Tariq Ali.", "Rs 8,000", "Tariq Ali"),
    ("Markets\n\nThe regulator Sebi has slapped a Rs 12 lakh fine on Kestrel Capital.", "Rs 12 lakh", "Kestrel Capital"),
    # a cap or limit laid "on" a thing is that thing's, and a "that" clause after it is no verb's object
    ("Phones\n\nOfcom wants a monthly cap of £30 on premium rate calls that users would have to ask to lift.",
     "£30", "premium rate calls"),
    ("Markets\n\nThe council set a limit of Rs 500 on plastic bags in weekly markets.", "Rs 500", "plastic bags"),
    ("Airports\n\nOperators face a cap of Rs 2,000 per hour on fixed wing aircraft and a lower one on helicopters.",
     "Rs 2,000", "fixed wing aircraft"),
    ("Survey\n\nThe Harbor Institute poll found that 58% of people would pay more for green power.", "58%", "people"),
    # a word right after a news agency's dateline opens the sentence: "Extending" is no name
    ("Pune, Mar 4 (PTI) Posting losses for a third day, Corvex fell 4 per cent. "
     "The stock of the company ended at Rs 812 on the BSE.", "Rs 812", "Corvex"),
    # "mobile firm Kiroku" makes Kiroku a company wherever it recurs: "the firm" is Kiroku, not the service
    ("Phones\n\nMobile firm Kiroku has widened its losses. The service, launched in May and dubbed \"Saiko\", has "
     "had 300,000 orders, Kiroku said. The firm had an operating loss of 4.2bn yen.", "4.2bn yen", "Kiroku"),
    # an apposition types the name: ", head of research at ..." a person, ", a Finnish oil company" a company
    ("Retail\n\nThe board of Halvern has approved a share buyback. \"It is a poor use of cash,\" said Tomas Reuel, "
     "head of research at a local brokerage. The company plans to buy back 10 million shares at 400 rupees apiece.",
     "400 rupees", "Halvern"),
    ("Oil\n\nThe report says Tavan nearly merged with Norvek, a Finnish oil company, last year. After the reform, "
     "the company's effective tax rate rose from 3% to 11%.", "11%", "Norvek"),
    ("Football\n\nThe club missed its targets. Ivor Stanek, a Swiss investment banker who has held talks with "
     "Kessel Rovers over a bond sale, said the club needs an injection of 40m euros.", "40m euros", "Kessel Rovers"),
    # "the organisation" stands for a body (a foundation) before a person quoted nearer
    ("Charity\n\nPhilanthropist Jane Morrow set up the Aldwin Foundation in 1999. Morrow said the grants would "
     "help schools. The organisation gave away $40m last year.", "$40m", "Aldwin Foundation"),
    # a share "of" a noun its verb follows without -ed ("thought", "say") is that noun's; so are "those questioned"
    ("Fares\n\nA Velmor poll for the Daily Courier found that 61% of people thought rail fares were too high.",
     "61%", "people"),
    ("Fares\n\nIn Norway, 38% of those questioned said they never take the train, the Velmor study found.",
     "38%", "those questioned"),
    # "the Bank of Norland" is a name, not "the bank" pointing back at another bank
    ("Rates\n\nAnalysts at Harwick Bank expect a rise soon. The Bank of Norland has kept interest rates at 4.25% "
     "for three months.", "4.25%", "Bank of Norland"),
    ("Rates\n\nAnalysts at Harwick Bank expect a rise soon. The Ministry of Trade said Norland's exports rose 6% "
     "in May.", "6%", "Norland"),
    # a month's short form before a name word is part of the name ("Jan Dhan"), not a date
    ("Savings\n\nDeposits in Jan Suraksha accounts rose to Rs 9,000 crore in May.", "Rs 9,000 crore", "Jan Suraksha"),
    # "it" skips a name that only possesses the next one: the epic is "it", not its director
    ("Film\n\nBram Koller's historical epic Tidewater opened in cinemas on Friday. It took $12m in its first weekend.",
     "$12m", "Tidewater"),
    # places, "of" phrases and news organisations as owners
    # worth after a lost rupee sign
    ("Honest porter\n\nRavi Kumar handed back a suitcase full of silverware worth ?12 lakh at the station.",
     "12 lakh", "silverware"),
    # a verb before the thing is not part of its name
    ("Honest driver\n\nCab driver who returned suitcase worth Rs 6 lakh gets award", "Rs 6 lakh", "suitcase"),
    # a place owns its population
    ("Census\n\nThe UK population grew 1.2% in the decade to 2021, the statistics office said.",
     "1.2%", "United Kingdom"),
    # a place before a macro measure after a forecasting verb
    ("Budget day\n\nThe chancellor cheered analysts by forecasting UK growth of 2.5% next year.",
     "2.5%", "United Kingdom"),
    # a place after a possessive is only a market
    ("Results\n\nTorvik said its US sales dipped 3.8% in the quarter.",
     "3.8%", "Torvik"),
    # what a price is of
    ("Housing\n\nAgent Lisa Moor said buyers were wary. The average price of a flat fell by £900.",
     "£900", "flat"),
    # of without a determiner
    ("Fuel\n\nState Fuel Board members met. In Pune, the price of diesel has been cut by Rs1.20 a litre.",
     "Rs1.20", "diesel"),
    # what any measure is of
    ("Budgets\n\nThe combined deficits of municipalities soared to Rs 7,300 crore last year.",
     "Rs 7,300 crore", "municipalities"),
    # a news agency
    ("Results\n\nReuters cut its debt to £160m from £610m.", "£160m", "Reuters"),
    # a broadcaster
    ("Comedy\n\nThe BBC is to pour £9m into new comedy shows.", "£9m", "BBC"),
    # a place before "government" owns as a subject, not after a preposition
    ("Quotas\n\nLeaders met on Monday. In 2019, the Kerala government had set aside 4% of posts for veterans.",
     "4%", "Kerala"),
    ("Plant\n\nOrvex signed an agreement with the Gujarat government to invest Rs 700 crore in a plant.",
     "Rs 700 crore", "Orvex"),
    # a name before a title or a descriptor only describes the person or name it introduces
    ("Offices\n\nLoanfinder.com founder Ravi Menon spent £2 million on a new head office.", "£2 million", "Ravi Menon"),
    ("Forecast\n\nHalden Party shadow chancellor Ana Ruiz also said Mr Kerr would have to raise taxes by £8bn.",
     "£8bn", "Kerr"),
    ("Rich list\n\nBut streaming service Vexa mogul Dara Quinn has seen his wealth fall from £220m to £75m.", "£220m",
     "Dara Quinn"),
    # "it" skips a name that only describes the next one ("Oscar nominee Sideways")
    ("Box office\n\nGolden Reel nominee Paper Kites entered the chart for the first time. It came in eighth with $6.1m.",
     "$6.1m", "Paper Kites"),
    # a figure in brackets right after a name is that name's
    ("Poll\n\nLena Brandt beat Ravi Rao (21.4%) to second place in the readers' vote.", "21.4%", "Ravi Rao"),
    ("Cabinet\n\nIn the Halden Alliance cabinet, 14 ministers (61%) face criminal cases.", "61%", "ministers"),
    # the noun phrase before the verb that governs the figure owns it, over a place or a speaker; a
    # measure word at its head ("prices", "futures") is of the words before it
    ("Housing\n\nUK house prices rose 3% in March, Harwick Bank said.", "3%", "house"),
    # ... also when the phrase opens the sentence with a capital ("Petrol prices", not a name "Petrol")
    ("Fuel\n\nPetrol prices climbed 2.5% in June, the Orwell agency said.", "2.5%", "petrol"),
    ("Trucks\n\nTruck sales dropped 6% last year as fuel costs rose.", "6%", "truck"),
    # a headline's "X to get" is X's future, "will get"
    ("Night shift nurses to get Rs 2,000 allowance\n\nThe order was issued on Monday.", "Rs 2,000", "night shift nurses"),
    ("Web\n\nNordnet said broadband users grew 20% last year.", "20%", "broadband users"),
    ("Prices\n\nThe average UK flat price fell from £180,126 in May to £178,906.", "£178,906", "flat"),
    ("Oil\n\nOpec met in Vienna. US light sweet crude futures jumped to $53.09 a barrel in New York.", "$53.09",
     "light sweet crude"),
    ("Census\n\nThe Halden statistics office said the rural population rose by 4.2% in the decade.", "4.2%",
     "rural population"),
    ("Shops\n\nThe Tory leader said English local councils have spent more than £3bn on parking.", "£3bn",
     "english local councils"),
    ("Tourism\n\nHalden Council said the number of foreign visitors dipped by 12% last year.", "12%",
     "foreign visitors"),
    ("Pay\n\nHalden Council said the lowest salary of a government clerk rose 32% since 1990.", "32%",
     "government clerk"),
    # a place after "in" ends the phrase; "expected to" stands between the subject and its verb
    ("Housing\n\nHalden Bank said prices of flats in the UK rose a seasonally adjusted 0.4% in May.", "0.4%", "flats"),
    ("Travel\n\nAna Ruiz, a Halden Post reporter, said rail travel in India is expected to rise by 9% this year.",
     "9%", "rail travel"),
    ("Safety\n\nThe Halden Institute said the total number of road accidents in 2016 decreased by 9%.", "9%",
     "road accidents"),
    # a verb after "and" shares the subject of the sentence's first verb
    ("Oil\n\nHeavy crude futures fell $1.10 to $61.20 a barrel on the Halden Mercantile Exchange (HMX), and have "
     "now lost $3 this week.", "$3", "heavy crude"),
    # ... but not when a name possesses it, an anaphor stands for one, or a company's sales are meant
    ("Results\n\nHalden Foods' sales rose 5% in the quarter.", "5%", "Halden Foods"),
    ("Results\n\nNorvek's shares rose 4% on Monday.", "4%", "Norvek"),
    ("Results\n\nKorvo Motors said US truck sales fell 9% in February.", "9%", "Korvo Motors"),
    ("Box office\n\nCasa Verde opened in May. The film has already made $45m worldwide.", "$45m", "Casa Verde"),
    ("Ratings\n\nHalden TV's average share of the audience fell from 11.2% to 9.6% last month.", "9.6%", "Halden TV"),
    # a possessive pronoun owns a figure only when it possesses the figure or its measure word, and a
    # pronoun in an opening phrase gives way to the subject after the comma
    ("Poll row\n\nThe Halden Party on Sunday presented 30 of its councillors to reporters and alleged that the "
     "Civic Front Party had offered them Rs 5 crore each.", "Rs 5 crore", "Civic Front Party"),
    ("Court\n\nThe Korvo Rail board met on Monday. Besides repeating its apology to the staff, Halden Ports also "
     "agreed to pay Rs 50 crore.", "Rs 50 crore", "Halden Ports"),
    ("Results\n\nThe Korvo Rail board met on Monday. Tarrow Media said its net profit for the quarter rose to $40m.",
     "$40m", "Tarrow Media"),
    # a full stop glued between two capitals and a word ends a sentence; "the US-based firm" is an
    # anaphor, and the place inside the adjective is no antecedent of "its"
    ("Fares\n\nKorvo Cabs cut prices by up to 50% in Delhi-NCR.The US-based firm has raised its ride time charge "
     "to Rs 1.5 per minute.", "Rs 1.5", "Korvo Cabs"),
    ("Flights\n\nThe cut was approved by the DGCA.Halden Air will charge Rs 500 more.", "Rs 500", "Halden Air"),
    ("Film deal\n\nRavi Menon took Rs 35 crore upfront and 33 per cent of royalties as he always does.",
     "33 per cent", "Ravi Menon"),
    # a name a worth phrase follows is what is worth the figure, as a common noun there is
    ("Assets\n\nWhile Mira did not own a car, her husband Ravi has a Lamborghini worth over Rs 5.2 crore.",
     "Rs 5.2 crore", "Lamborghini"),
    ("Auction\n\nThe court ordered the lender to auction Halden's Korvo Estate worth Rs 3,400 crore.",
     "Rs 3,400 crore", "Korvo Estate"),
    # a nationality adjective before a noun is its country, not a name of its own
    ("Outlook\n\nHe predicted that the South African economy would grow by 4.3% in 2005.", "4.3%", "South Africa"),
    ("Jobs\n\nPalestinian unemployment rose to 27% last year.", "27%", "Palestine"),
    ("Results\n\nShares of Korvan rose 4% on Monday.", "4%", "Korvan"),
    # a possessive scraped without its apostrophe names the possessor the article writes alone elsewhere
    ("Results\n\nKorvo Cabs filed its accounts. Korvos losses widened to Rs 461 crore in the year.",
     "Rs 461 crore", "Korvo"),
    ("Outlook\n\nThe IMF praised India. The tax could raise Indias growth to over 8 per cent.", "8 per cent", "India"),
    # a name past a comma after the figure owns it only when the figure's own clause names nothing
    ("Grants\n\nIf a small club can pay £2m for a winger, why should the Halden Sports Council get public money?",
     "£2m", "club"),
    # a bare percentage that says or wants something is a share of the people asked, not the pollster's
    ("Poll\n\nA survey of 2,000 adults by Orvex found that 61% wanted stricter rules on drones.", "61%",
     "respondents"),
    ("Poll\n\nMost voters trust the Halden Party. Another 9% said they would not vote at all.", "9%", "respondents"),
    ("Tags\n\nIn Pune, 81% of the commuters liked the new cards, while 14% said they preferred paper tickets.",
     "14%", "commuters"),
    ("Results\n\nMarlow Foods said sales rose 6% in May.", "6%", "Marlow Foods"),
    # "he" or "her" stands for one person: not an acronym nor two names joined by "and"
    ("Deal\n\nRavi Menon will head Halden Ports. The EGM approved a package that will pay him Rs 6 crore a year.",
     "Rs 6 crore", "Ravi Menon"),
    ("Tour\n\nAna Ruiz sang first. Then Kiran and Tom Reyes came on stage. She earned $4m.", "$4m", "Ana Ruiz"),
    ("Board\n\nThe CJI will retire in May. He will draw a pension of Rs 2 lakh a month.", "Rs 2 lakh", "CJI"),
    # a bare body word the gazetteer reads alone yields to the longer name it stands in
    ("Quota bill\n\nThe Kerala Cabinet on Monday cleared a bill that raises the quota for backward classes to 15%.",
     "15%", "Kerala Cabinet"),
    ("Budget\n\nThe Cabinet on Wednesday approved an outlay of Rs 4,500 crore for rural roads.",
     "Rs 4,500 crore", "Union Cabinet"),
    # a possessive whose apostrophe a scrape lost, right before the figure's noun, beats the clause's
    # opening subject; so does a country run into the capitalised noun it owns
    ("Reform\n\nThe new levy could lift Indias medium-term GDP growth to 9 per cent, a report on India said.",
     "9 per cent", "India"),
    ("Reform\n\nThe new levy could lift Chinas GDP growth to 6 per cent, analysts in China said.",
     "6 per cent", "China"),
    # a noun or verb of claiming before "that" opens the reported clause, as "said that" does
    ("Campaign\n\nThe Greens were mocked for their claim that Orvex Holdings was hiding £12bn in debts.",
     "£12bn", "Orvex Holdings"),
    ("Probe\n\nThe inspector alleged that Halden Traders paid Rs 4 crore to a clerk.", "Rs 4 crore", "Halden Traders"),
    # a name after the figure that a link ties to it owns it: the bidder of a bid, the holder of what is
    # held, what money was spent on; not a name that only follows "from" with no bid
    ("Bid\n\nPetrex Foods has rejected a £1.3bn takeover offer from Orvex Capital.", "£1.3bn", "Orvex Capital"),
    ("Bid\n\nPetrex accepted a $6.75bn (£3.6bn) buyout from telecoms giant Kestrel on Monday.", "$6.75bn",
     "Kestrel"),
    ("Bid\n\nThe Halden board turned down an offer of an additional $100m from Corvane Group.", "$100m",
     "Corvane Group"),
    ("Raid\n\nThe ED attached Rs 900 crore worth of properties belonging to Vikram Rao.", "Rs 900 crore",
     "Vikram Rao"),
    ("Airline\n\nSkylane, which is 25% owned by Richard Corwin, has been struggling.", "25%", "Richard Corwin"),
    ("River\n\nThe ministry told the court that over Rs 4,000 crore has been spent on cleaning of river Yamuna "
     "since 1993.", "Rs 4,000 crore", "Yamuna"),
    ("Oil\n\nThe deal sees Petrex receive $6bn in credits from Kestrel Energy.", "$6bn", "Petrex"),
    # a loss goes to whom it hurt, named after "to"
    ("Probe\n\nThe CBI said the accused had caused a loss of Rs 12 crore to the Delhi Government.", "Rs 12 crore",
     "Delhi Government"),
    # a change "in" a name after the figure is that name's, not the source's
    ("Retail\n\nData from the Retail Consortium showed a 0.2% slip in High Street sales during November.", "0.2%",
     "High Street"),
    ("Feud\n\nThe board hopes the move will reverse a 13% fall in Halden's shares.", "13%", "Halden"),
    # a name in straight single quotes is a name ("the film 'Kaabil'"); an apostrophe inside a name stays in it
    ("Box office\n\nThe Rhea Sen starrer 'Glass Harbour' has earned Rs 10.4 crore on its opening day.",
     "Rs 10.4 crore", "Glass Harbour"),
    ("Box office\n\nWhile 'Salt Road' was the first film to earn Rs 100 crore, 'Kite Hill' was the first "
     "Rs 200 crore film.", "Rs 100 crore", "Salt Road"),
    ("Results\n\nSean O'Neill's firm Orvex earned Rs 10 crore last year.", "Rs 10 crore", "Orvex"),
    # the agent that paid or announced it, named after "by"; not the one who imposed a fine
    ("Jail\n\nThe report said a bribe of Rs 2 crore had been paid by Rekha Nair to prison officials.",
     "Rs 2 crore", "Rekha Nair"),
    ("Results\n\nIts $17m profit was dwarfed by the $204m announced by rival Orvex earlier in the week.", "$204m",
     "Orvex"),
    ("Penalty\n\nHalden Power was fined £42m, the largest penalty imposed by regulator Ofcom.", "£42m", "Halden Power"),
    # figures listed each "for" a name: each is its name's; a single "for" after the figure is no list
    ("Quota\n\nThe bill sets aside 21 per cent for the OBCs, 16 per cent for Scheduled Castes and 12 per cent for "
     "Scheduled Tribes.", "16 per cent", "Scheduled Castes"),
    ("Quota\n\nThe bill sets aside 21 per cent for the OBCs, 16 per cent for Scheduled Castes and 12 per cent for "
     "Scheduled Tribes.", "12 per cent", "Scheduled Tribes"),
    ("Funds\n\nThe grant was Rs 5,123 crore for the Halden Corporation and Rs 3,793 crore for the Kestrel "
     "Corporation.", "Rs 3,793 crore", "Kestrel Corporation"),
    ("Film\n\nThe actor Meera Dutt earned a fee of Rs 5 crore for Sea Glass.", "Rs 5 crore", "Meera Dutt"),
    # a first-person pronoun in the quote holding the figure stands for the speaker named after it;
    # not one that only gives an opinion about another's figure
    ("Fare\n\n\"I had no ticket and the inspector later fined me 120 pounds,\" Rhea Sen said.", "120 pounds",
     "Rhea Sen"),
    ("Case\n\n\"My fees were not even 10 per cent of that,\" said Mr Arvind Rao.", "10 per cent", "Arvind Rao"),
    ("Forecast\n\n\"I think Orvex Capital will earn Rs 500 crore this year,\" said Tiwari.", "Rs 500 crore",
     "Orvex Capital"),
    # a name of no known kind after a place word is where someone was, not who "he" or "she" is
    ("Cab driver fined\n\nRavi Sethi was stopped by traffic police on Sunday night. Officers found his cab parked "
     "outside Kestrel Gate with a broken tail light. He was later fined Rs 2,000.", "Rs 2,000", "Ravi Sethi"),
    ("Profile\n\nPriya Nair joined the bank in 2010. Most of the early years were spent at Kestrelton. "
     "She now earns Rs 40 lakh a year.", "Rs 40 lakh", "Priya Nair"),
    # names given only as examples are not what a later "it" stands for
    ("Schools warned\n\nThe Halden Education Board met on Monday. Its order covers private schools such as "
     "Orvex Academy and Kestrel Valley. It also set aside Rs 40 lakh for new classrooms.", "Rs 40 lakh",
     "Halden Education Board"),
    # a name after a trade balance word and "with" is the partner, not whose balance it is
    ("Trade figures\n\nBrazil posted weaker export figures for May. The deficit with Argentina rose to $1.6bn, "
     "the widest this year.", "$1.6bn", "Brazil"),
    ("Trade\n\nThe UK's surplus with Ireland rose to £2.4bn in March as exports of machinery grew.", "£2.4bn",
     "United Kingdom"),
    # "the university", "the department": a name in the window that holds the noun, before a nearer name
    ("Fees\n\nThe Halden University senate met in March. Later, Orvex Ltd offered to pay for two new labs. "
     "The university will raise its hostel fee by Rs 2,000 a year.", "Rs 2,000", "Halden University"),
    ("Raids\n\nThe Income Tax Department raided 40 firms in Kestrelpur. Orvex Traders denied any wrongdoing. "
     "The department seized Rs 12 crore in cash.", "Rs 12 crore", "Income Tax Department"),
    # a company that opens the previous sentence as its speaker is what the next figure is about
    ("Results\n\nOrvex Motors said new orders from Kestrel Airways and Halden Air would lift sales. "
     "Net profit was $86m in the quarter.", "$86m", "Orvex Motors"),
    # an "it" that opens a later clause continues the sentence's common-noun subject, not the place in it
    ("Markets\n\nGreece's stock market has fallen about 5% since Friday, but it is still 30% higher than at the "
     "start of the year.", "30%", "greece's stock market"),
    ("Markets\n\nAnd the Japanese stock market was on its way down long before the election; it rose by 20% in "
     "the six months after.", "20%", "japanese stock market"),
    # country inside a party name stays in the name
    ("Small parties report donations\n\nThe UK Independence Party took in £63,081 in the last quarter.", "£63,081", "UK Independence Party"),
    # of the country after a company places it
    ("Settlement\n\nGeneral Motors of the US is to pay Fiat 1.55bn euros to end the alliance.", "1.55bn euros", "General Motors"),
    # country at the end of a bank name is part of it
    ("Policy\n\nThe Reserve Bank of India kept its repo rate at 6.25% on Wednesday.", "6.25%", "Reserve Bank of India"),
    # a dateline place is no owner and no subject
    ("Fund buys stake\n\nNew Delhi, Jul 17 (PTI) Orvex Capital, the investment arm of a textile group, today "
     "bought 3.26 per cent stake in Halden Foods.", "3.26 per cent", "Orvex Capital"),
    # possessor country gives way to the company it qualifies
    ("Deal\n\nJapan's Nippon Steel will spend $14bn on the American producer.", "$14bn", "Nippon Steel"),
    # relative clause names are asides
    ("Judges\n\nHale, who joined the Supreme Court in 2009, will earn £225,000 a year as its president.", "£225,000", "Hale"),
    # a budget with no owner in its sentence goes to the programme just named
    ("Mission plan\n\nThe ministry has started work under the Green Hydrogen Mission. "
     "Officials said Rs 400 crore earmarked for pilots would be released in phases.", "Rs 400 crore", "Green Hydrogen Mission"),
    # company name keeps its final plural
    ("Autos\n\nGeneral Motors (GM) lost $1bn in Europe last year.", "$1bn", "General Motors"),
    # a nationality compound describes an anaphor
    ("Results day\n\nVeltra Motors reported on Thursday. The Swedish-US carmaker saw profits fall to $310m.", "$310m", "Veltra Motors"),
    # a surname alone takes the full name written before
    ("Club\n\nThe owner, Mr Dev Ashby, met the players. Ashby agreed to pay the coach £15m.", "£15m", "Dev Ashby"),
    ("Tax\n\nLena Moss spoke on Monday. Ms Moss said her party would raise £2bn from the levy.", "£2bn", "Lena Moss"),
    # two people of one surname leave it bare
    ("Inquiry\n\nMr Omar Vance and Mr Idris Vance met. Vance earned £2,000 from the firm.", "£2,000", "Vance"),
    # their before a figure stands for the nearest plural noun
    ("Depot sale\n\nThe Halden Council told the depot staff to sell the impounded trucks quickly because of "
     "their $2m upkeep.", "$2m", "impounded trucks"),
    ("Fines\n\nThe Orvex Authority may charge the airlines up to 8% of their yearly turnover.", "8%", "airlines"),
    # "they" after a reporting verb stands for the plural that reports, the sentence's opening word too
    ("Survey\n\nThe Orvex Bank polled 900 firms. Companies said they plan to invest 4.2% more in 2006.", "4.2%", "companies"),
    ("Survey\n\nThe Orvex Bank polled 900 firms. Most exporters reported they expect sales to rise by 3%.", "3%", "exporters"),
    # a demonstrative plural that opens the clause stands for the plural before it, or for a list of names
    ("Formats\n\nLast month, Orvex, Calder and Brindle Pictures said they would back the new disc. Those studios "
     "make about 40% of all films on disc.", "40%", "Orvex, Calder and Brindle Pictures"),
    ("Protest\n\nHill farmers from Varnel marched to the capital on Monday. These farmers want a relief package of "
     "Rs 9,000 crore.", "Rs 9,000 crore", "hill farmers"),
    ("Trade\n\nThe state has only 30 licensed tanneries. These units account for 55% of the leather exported from "
     "the region.", "55%", "units"),
    # a noun a relative clause prices owns the price
    ("Hospital\n\nA visitor's phone damaged a scanner that costs nearly $2m, the Orvex Clinic said.", "$2m", "scanner"),
    ("Council\n\nMs Reed wants an audit of the county quangos which cost £3bn a year.", "£3bn", "county quangos"),
    ("Review\n\nThe Halden Trust tested ten tablets that cost only £199.", "£199", "tablets"),
    # what a speaker says names the owner without that
    ("Worm\n\nThe Orvex Group said 60% of the attacks by the worm hit banks.", "60%", "attacks"),
    ("Broadband\n\nAccording to the Halden Institute, 40% of homes with broadband stream films.", "40%", "homes"),
    # a speaker keeps a figure whose noun only modifies a measure
    ("Trading\n\nThe Orvex Group said same store sales were 9.3% higher.", "9.3%", "Orvex Group"),
    # a percentage of a counted group is the group s share
    ("Poll\n\nThis compares with 11% of those aged 25-34 in the Orvex survey.", "11%", "those aged 25-34"),
    ("Staff\n\nOver 80% of the 3,400 nurses who replied back the plan, the Halden Trust said.", "80%", "nurses"),
    ("Games\n\nThe Orvex Group said its titles drew 70% of 18 to 24-year-old women.", "70%", "women"),
    ("Search\n\nA Halden study found 31% of those asked rarely search.", "31%", "those asked"),
    # a participle aside names no subject
    ("Box office\n\nThe family comedy, starring Jo Reed, took $33m at the weekend.", "$33m", "family comedy"),
    # a common noun possessing the measure owns the figure
    ("Relief\n\nChief Minister Jo Reed today waived the weavers' loans of up to Rs 2 lakh.", "Rs 2 lakh", "weavers"),
    ("Auction\n\nOrvex Realty paid just above the mansion's reserve price of $7m.", "$7m", "mansion"),
    # a share opening its clause of what a place possesses is the place s
    ("Forecast\n\nBy 2030, 35% of Norway's households will still lack fibre, the Orvex report said.", "35%", "Norway"),
    # a subject before a share of what a place possesses keeps it
    ("Trade\n\nThe Halden Group accounted for 20% of Norway's salmon exports last year.", "20%", "Halden Group"),
    # a pronoun opening an earlier sentence carries the person on: "He began his career in Kestleford": the
    # place-like name after "He" is not who the next "His"; is; the "He" that opens the sentence is, and it stands
    # for the person named before.
    ("Novelist remembered\n\nMr Tom Reeve, the novelist, died on Friday aged 81.\n\n"
     "He began his career in Kestleford, writing plays for the radio.\n\n"
     "His donations included £60,000 to a local library in the 1990s.", "£60,000", "Tom Reeve"),
    # he does not stand for what the company stands for: "the company will pay Sam Ketter": "the company" opens the
    # sentence but is no person, so the; next "He" is Sam Ketter, not the name "the company" points back to.
    ("Designer hired\n\nOrvana has hired a school leaver as a designer. During the training the company "
     "will pay Sam Ketter a small stipend. He will get Rs 40,000 a month as salary after that.", "Rs 40,000", "Sam Ketter"),
    # the one paid owns the salary when a pronoun names them: "Orvana Ltd will pay him Rs 50,000": the object
    # pronoun is the one paid, as a name there would; be ("will pay Sam Ketter Rs 50,000"); the payer is the verb's
    # subject, not the owner.
    ("Designer hired\n\nOrvana Ltd has hired Sam Ketter as a graphic designer.\n\n"
     "After the training Orvana Ltd will pay him Rs 50,000 as a monthly salary.", "Rs 50,000", "Sam Ketter"),
    # a name in the clause that reports ("X's study found that", "X's carmaker estimates that") is its source:
    # the reported clause's own subject owns the figure, and the name only when that clause names nothing
    ("Climate\n\nA Kestrel Watch study in 2019 found that coal miners risked losing more than $3tn over the decade.",
     "$3tn", "coal miners"),
    ("Cars\n\nJapan's biggest carmaker estimates that the Brazilian market will grow 12% this year.", "12%",
     "brazilian market"),
    ("Results\n\nA filing by Orvex Foods showed that profits rose 8% in the year.", "8%", "Orvex Foods"),
    # a share of a place a verb follows is the place's, after a source's "According to ..." phrase too
    ("TV\n\nAccording to Ben Roy from broadband firm Vexa, 30% of Portugal cannot get cable TV.", "30%", "Portugal"),
    ("Poverty\n\nNearly 60 per cent of Kenya lives in rural areas, the survey shows.", "60 per cent", "Kenya"),
    # "N% of them" is a share of the plural named before it in the sentence, not of a word after "them"
    ("Health\n\nA study of 200 retired boxers found that 85% of them had memory loss.", "85%", "retired boxers"),
    ("Shops\n\nThe town has 9,000 shops, and only 30% of them pay the levy.", "30%", "shops"),
    # a description the text keeps using stands for what it stood for in the lead, not for a name read in between
    ("Rovers apology\n\nHarlow Rovers striker Tom Vale has apologised to the club.\n\n"
     "Vale had said he wanted to play in the Premier League for a bigger side. Chairman Ian Roe said the player had "
     "said sorry. Roe was speaking at the club's annual dinner, where he said the club had turned down bids from "
     "Kestrel United and Orvex City. The club also made a loss of £3m last year.", "£3m", "Harlow Rovers"),
    # but a name of its kind read earlier in its own sentence is what it stands for
    ("Rovers sale\n\nHarlow Rovers chairman Ian Roe has put his shares up for sale.\n\n"
     "The club has been for sale since May. When a local builder bought Kestrel Athletic in 2004, the club had "
     "debts of £90m.", "£90m", "Kestrel Athletic"),
    # a name given only as an example ("including X") is not what "the club" stands for
    ("Bid for Rovers\n\nTwo Irish investors hold a 30% stake in Harlow Rovers and will reject any bid for the club.\n\n"
     "Lenders to the bidder, including Kestrel Capital, the US bank, said they want backing from the owners of 75% "
     "of the club's shares.", "75%", "Harlow Rovers"),
    # "the ministry" is no name that ends in another institution's noun ("Corporation")
    ("Kiosks\n\nOfficials of the Kestrel Rail Corporation met the Halden Transport Authority on Monday. "
     "The ministry's share of the cost is Rs 50 crore.", "Rs 50 crore", "Halden Transport Authority"),
    # a name after a verb of owing is whom the money is owed to; the verb's subject owes it
    ("Debts\n\nHarlow Rovers had a bad year.\n\nThe club owes French club Kestrel FC £5m from the transfer.",
     "£5m", "Harlow Rovers"),
    ("Debts\n\nThe Orvex Group still owes lender Kestrel Bank $40m, its chief said.", "$40m", "Orvex Group"),
    # "the film" does not go on with what another description ("the show") stood for
    ("Awards night\n\nLast year viewers tuned in to see the fantasy epic Salt Crown win every prize.\n\n"
     "And the show drew its biggest audience in 1998 when Iron Harbour won nine awards. "
     "The film had taken $200m before the ceremony.", "$200m", "Iron Harbour"),
    # a national figure is its economy's, not the body's that reports it: a national body of the table, a country
    # in the body's name or the nationality it opens with, a country the figure is "in", else the article's country
    ("Figures\n\nThe Office for National Statistics said industrial output dropped 0.4% in March.", "0.4%",
     "United Kingdom"),
    ("Hiring slows\n\nThe Labor Department reported on Friday that employers hired fewer workers in March. It said "
     "the jobless rate fell to 4.4%.", "4.4%", "United States"),
    ("Trade\n\nThe Central Bank of Chile said exports fell 3% in June.", "3%", "Chile"),
    ("Survey\n\nThe Irish Chamber of Commerce said economic growth would slow to 2.5% next year.", "2.5%", "Ireland"),
    ("Forecasts\n\nThe budget is based on IMF predictions of GDP growth of 1.2% in Italy next year.", "1.2%", "Italy"),
    ("Rates\n\nAt 2.9%, inflation is still above the Bank of Canada's 2% target.", "2.9%", "Canada"),
    ("Nigeria budget\n\nThe finance minister, Mr Okoro, presented the budget on Monday. Mr Okoro added that "
     "inflation fell to 11.4% last year.", "11.4%", "Nigeria"),
    ("French jobs\n\nOfficial data released on Tuesday showed that unemployment held at 8.1% in June.", "8.1%",
     "France"),
    ("Slowdown in Chile\n\nFactories cut shifts in the autumn. The first quarter had shown annual growth of 4.2%.",
     "4.2%", "Chile"),
    # ... but a target is the bank's own, a company's profit is no national figure, and world output no country's
    ("Rates\n\nAt 2.9%, inflation is still above the Bank of Canada's 2% target.", "2%", "Bank of Canada"),
    ("Results in Spain\n\nHallam Bank said its profits rose 9%.", "9%", "Hallam Bank"),
    ("Outlook for Peru\n\nThe International Monetary Fund said world output would grow 3.2% next year.", "3.2%",
     "International Monetary Fund"),
])
def test_owner_read_from_the_grammar_around_names(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_pronoun_before_a_reporting_verb_is_the_source_not_the_owner(nlp):
    text = ("Outlook\n\nHallam Advisory expects growth of 2% this year. "
            "It also believes that interest rates in Britain will fall to 4% by December.")
    fact = figures(nlp, text)["4%"]
    assert fact.qualifiers["source"] == "Hallam Advisory"
    assert fact.subject.name == "United Kingdom"


def test_a_headline_figure_takes_the_owner_of_the_same_figure_in_the_body(nlp):
    from extract.articles import article_from_text

    text = ("Rs 45 cr cash seized at eight airports after note ban\n"
            "The Central Industrial Security Force has seized over Rs 45 crore in cash at eight airports. "
            "Another Rs 3 crore was found on trains.")
    facts = {f.value.text: f for f in extract_facts(nlp(text), article_from_text("t", text))
             if f.kind == "money"}
    assert facts["Rs 45 cr"].subject.name == "Central Industrial Security Force"
    assert facts["Rs 45 cr"].predicate == "seizure"


def test_a_headline_figure_with_an_owner_still_takes_the_bodys_measure(nlp):
    from extract.articles import article_from_text

    text = ("Family of every firefighter killed to get Rs 50 lakh: Mayor\n"
            "The mayor announced compensation of Rs 50 lakh to the family of every firefighter killed on duty.")
    facts = [f for f in extract_facts(nlp(text), article_from_text("t", text)) if f.kind == "money"]
    assert facts[0].evidence.sentence_start == 0 and facts[0].subject.name == "firefighter"
    assert facts[0].predicate == "compensation"


def test_a_name_before_a_locality_noun_is_a_place_not_an_owner(nlp):
    text = ("Raid\n\nOfficers arrested two managers of the Karol Gate branch for converting Rs 40 crore, "
            "and found Rs 2 crore in the Tilak Vihar area.")
    facts = figures(nlp, text)
    assert facts["Rs 40 crore"].qualifiers["place"] == "Karol Gate"
    assert (facts["Rs 2 crore"].subject is None or facts["Rs 2 crore"].subject.name != "Tilak Vihar")


def test_places_joined_by_and_are_a_place(nlp):
    text = ("Telecom\n\nThe complaints came from Kolkata, Haryana and Jammu and Kashmir, where the violation "
            "ranged up to 0.12 per cent.")
    fact = figures(nlp, text)["0.12 per cent"]
    assert fact.subject is None or fact.subject.label not in ("NAME",)


def test_a_sum_more_than_another_is_a_difference(nlp):
    text = ("Broadcast money\n\nUnder the new model the Varno board will get Rs 900 crore more than the Istel "
            "board, and the Istel board will get Rs 1,100 crore in all.")
    facts = figures(nlp, text)
    assert facts["Rs 900 crore"].qualifiers["comparison"] == "difference"
    assert "comparison" not in facts["Rs 1,100 crore"].qualifiers


# --- "their" agrees in number with the plural noun before it -----------------------------------

def test_their_reaches_back_to_a_name_nearer_than_any_plural_noun(nlp):
    text = "Auction\n\nFour guitars played by the Velvet Marauders on their 1969 tour have sold for $80,000."
    assert owner(nlp, text, "$80,000") != "guitars"


@pytest.mark.parametrize("text, figure", [
    ("Oil\n\nPrices stayed below last year's peak of $55.67 on Monday.", "$55.67"),
    ("Results\n\nOrvex Foods said the firm's profit rose to $5m.", "$5m"),
])
def test_a_possessive_of_time_or_an_anaphor_is_no_common_possessor(nlp, text, figure):
    assert owner(nlp, text, figure) not in ("year", "firm")


def test_it_opening_a_sentence_continues_a_common_noun_subject(nlp):
    # "it" governs the figure and the sentence before opens with a common noun, not a name
    text = ("The Brexley fund manager spoke in Geneva on Friday. The waiting list has lengthened steadily since "
            "March. It has grown 6% this year.")
    assert owner(nlp, text, "6%") == "waiting list"
    # a name that opens the sentence before is still what "it" stands for
    text = "Halvorsen Foods has grown quickly since March. It has gained 6% in sales this year."
    assert owner(nlp, text, "6%") == "Halvorsen Foods"


def test_a_share_opening_its_clause_belongs_to_the_plural_before_any_verb(nlp):
    # the verb after the plural is one no list holds; the firm named is only the source
    text = "According to Marlow Analytics, 64% of household gadgets sold online break within a year."
    assert owner(nlp, text, "64%") == "household gadgets"
    text = "Tovell Research said 41% of commuters rarely cycle to work."
    assert owner(nlp, text, "41%") == "commuters"
    # a plural right after the first one heads the phrase
    text = "Dr Anya Brell of Kestrow Clinic said 20% of measles cases occur in late winter."
    assert owner(nlp, text, "20%") == "measles cases"


def test_a_relative_clause_between_dashes_stands_for_the_noun_before_it(nlp):
    # the common noun before "- which" owns the figure, not a name elsewhere in the sentence
    text = "Analysts at Hallam Bank said the furniture trade - which saw orders fall 4% - had a weak winter."
    assert owner(nlp, text, "4%") == "furniture trade"
    # a dash that closes an aside opens no relative clause of the noun before it
    text = "The comedy Brindle Lane - still third in the charts - which took $12m, beat the rest."
    assert owner(nlp, text, "$12m") == "Brindle Lane"


@pytest.mark.parametrize("text, figure, noun", [
    ("The Revenue Board released its data on Friday. 3.1 lakh traders have declared income of less than Rs 40 lakh.",
     "Rs 40 lakh", "traders"),
    ("The Revenue Board released its data. Some 3,100 traders paid tax of less than Rs 40,000 each.",
     "Rs 40,000", "traders"),
    ("The Harbour Authority tightened its rules. Nearly 2,400 skippers were caught and fined Rs 9.6 lakh.",
     "Rs 9.6 lakh", "skippers"),
])
def test_a_counted_subject_owns_what_no_name_does(nlp, text, figure, noun):
    # a count before the clause's subject is read as "the" is: the counted noun heads the phrase
    assert owner(nlp, text, figure) == noun


def test_a_span_of_time_opening_a_clause_is_no_counted_subject(nlp):
    # "30 years after its owner bought it": a count of years, not of owners
    text = "The old brooch is expected to fetch £90,000, 30 years after its owner bought it for £15."
    assert owner(nlp, text, "£15") != "owner"


def test_a_change_in_a_measure_of_a_noun_belongs_to_the_noun(nlp):
    # the measure word that changed ("pay") owns nothing: the noun after its "of" does, not the subject
    text = "The Wage Board had recommended a 12% increase in the basic pay of state nurses, which was accepted."
    assert owner(nlp, text, "12%") == "state nurses"
    # a possessive after "of" leaves the change to whom it stands for
    text = "Toyota saw a 20% rise in sales of its hybrid cars."
    assert owner(nlp, text, "20%") == "Toyota"


@pytest.mark.parametrize("text, figure, name", [
    ("Kelvar Labs said 60% of the attacks by the Zorvex worm hit banks.", "60%", "Zorvex"),
    ("As a result 40% of the subscribers to the Orbit Plus service click for more.", "40%", "Orbit Plus"),
])
def test_a_share_of_a_noun_belongs_to_the_name_the_noun_is_by_or_to(nlp, text, figure, name):
    # the agent after "by", or what the noun is "to", holds the share, not the noun itself
    assert owner(nlp, text, figure) == name


@pytest.mark.parametrize("text, figure, wrong", [
    # a possessive says whose the noun is; "to" a place is where it goes
    ("Venezuela sells about 60% of its output to the United States.", "60%", "United States"),
    # the agent of a verb of finding is a source
    ("On average 33% of the wireless networks found by Orvex researchers were open.", "33%", "Orvex"),
    # a demonstrative subject of "be" or a modal is described, it does nothing; past "which" is another clause
    ("Budget\n\nOrvania pledged more money. These new grants will be used to raise aid to at least £2bn a year.",
     "£2bn", "new grants"),
    ("Markets\n\nThese valuations reflect years of inflation which, in 2001, was as high as 60%.", "60%",
     "valuations"),
])
def test_a_share_holder_is_not_a_destination_or_a_finder(nlp, text, figure, wrong):
    assert owner(nlp, text, figure) != wrong


def test_a_relative_a_possessive_pronoun_opens_the_clause_with_owns_the_figure(nlp):
    # the relative is the clause's subject; the pronoun only possesses it
    text = "The Courier Weekly has learnt that the couple split. Their son finished school and scored 91% in the exams."
    assert owner(nlp, text, "91%") == "son"
    # a name after the relative is the relative; a relative joined to a named subject is no subject alone
    text = "A retired clerk, Hari Varma, and his wife recently donated Rs 2 crore to the relief fund."
    assert owner(nlp, text, "Rs 2 crore") == "Hari Varma"




# --- a description a common-noun owner is stands for the name the text gave it -----------------

@pytest.mark.parametrize("text, figure, name", [
    ("Markets regulator Sebi has fined Orvex Capital Ltd for disclosure lapses. A fine of Rs 3 lakh was "
     "slapped on the firm for late filings.", "Rs 3 lakh", "Orvex Capital Ltd"),
    ("Kelvar Mobile launched its Zeta X2 handset in India this week. The phone was expected to sell at "
     "Rs 35,000 before the launch.", "Rs 35,000", "Kelvar Mobile"),
    ("Founder Tom Reed sold shares in Halden Tonics Plc on Monday. He keeps a 9% holding, and the company "
     "is valued at nearly £1.5bn.", "£1.5bn", "Halden Tonics Plc"),
])
def test_a_description_owner_stands_for_the_name_before(nlp, text, figure, name):
    # "the firm", "the phone", "the company" chosen as a common noun owner point back to what was named
    assert owner(nlp, text, figure) == name


@pytest.mark.parametrize("text, figure, wrong", [
    # a noun the figure has that is no anaphor ("this group") is not resolved through another one
    ("Orvex Media ran the survey. About 85% of this group, 9m people, shop online, reports the industry group.",
     "85%", "Orvex Media"),
])
def test_a_noun_that_is_no_description_keeps_its_owner(nlp, text, figure, wrong):
    assert owner(nlp, text, figure) != wrong


# --- a share "of his ..." or "or more of the firm's ..." is of whom the possessive stands for ------

@pytest.mark.parametrize("text, figure, name", [
    ("Regulators are looking at insurer Halden & Rowe. The Securities and Exchange Commission wants details of "
     "holders of 5% or more of the firm's shares.", "5%", "Halden & Rowe"),
    ("Tom Quayle, owner of broadcaster Orvex Media Group, had invested A$2 million of his own funds, a paper said.",
     "A$2 million", "Tom Quayle"),
    # the noun of the share is the possessor's too
    ("Orvex Systems reported weak results. It said that 85% of staff at its call centre unit had left.",
     "85%", "Orvex Systems"),
])
def test_a_share_of_a_possessive_belongs_to_whom_it_stands_for(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


# --- a number glued to a common word ("WEEK 2Day 8") is a table's lost space, not a name ----------

@pytest.mark.parametrize("text, figure, wrong", [
    ("Here is the day-wise collection of Kalpavriksh:WEEK 1 Day 1 (Friday) - Rs 10.50 croreDay 2 (Saturday) - "
     "Rs 12.10 crore WEEK 2Day 8 (Friday) - Rs 4.15 croreDay 9 (Saturday) - Rs 6.35 crore", "Rs 6.35 crore", "2Day"),
    ("The dollar was trading at $1.29 against the euro at 2100GMT, close to its $1.30 record.", "$1.30", "2100GMT"),
])
def test_a_number_glued_to_a_common_word_is_no_owner(nlp, text, figure, wrong):
    assert owner(nlp, text, figure) != wrong


# --- "the temple" after "the Orvana Sai temple": the noun the text wrote after a name is that name -----

@pytest.mark.parametrize("text, figure, name", [
    ("Pilgrims thronged the Orvana Sai temple on Sunday. Officials said the temple had received Rs 393 crore "
     "in 2015.", "Rs 393 crore", "Orvana Sai temple"),
    ("The state approved the Kelvar Bay bridge last year. The bridge is expected to cost Rs 950 crore.",
     "Rs 950 crore", "Kelvar Bay bridge"),
    ("The Kestrel Gallery reopened on Monday. The gallery is expected to cost £15m a year to run.", "£15m",
     "Kestrel Gallery"),
])
def test_the_noun_written_after_a_name_stands_for_it(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


def test_a_noun_without_the_is_no_description(nlp):
    # "a bridge" is any bridge, not the one named before
    text = "The state approved the Kelvar Bay bridge last year. A bridge elsewhere is expected to cost Rs 950 crore."
    assert owner(nlp, text, "Rs 950 crore") != "Kelvar Bay bridge"


# --- "the actor", "the chancellor": a person's title after "the" stands for the person named before ------

@pytest.mark.parametrize("text, figure, name", [
    ("Actor Tom Reed was arrested in Chicago on Friday. The actor made several remarks before being released "
     "on $7,000 bond.", "$7,000", "Tom Reed"),
    ("Chancellor Alan Marsh spoke to MPs on Monday. The chancellor also unveiled a one-off £200 council tax "
     "refund for pensioners.", "£200", "Alan Marsh"),
    # a stand-in of a company ("the stock", "the scrip") for the company named before
    ("Shares of drugmaker Orvex Pharma fell on Monday. The stock had fallen by nearly 3 per cent in the "
     "previous session too.", "3 per cent", "Orvex Pharma"),
])
def test_a_title_or_stand_in_after_the_stands_for_what_was_named_before(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


@pytest.mark.parametrize("text, figure, name", [
    # a name or a capitalised word between "the" and the noun still leaves it the one written before
    ("Orvex Bank reported its results on Monday. The Tom Reed-headed bank also saw redemptions of USD 3 billion "
     "worth of NRI deposits.", "USD 3 billion", "Orvex Bank"),
    ("A pistol was pulled into the MRI machine at the hospital. The pistol damaged the MRI machine worth "
     "about Rs 5 crore.", "Rs 5 crore", "MRI machine"),
])
def test_a_described_noun_with_words_before_it_stands_for_the_name(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


# --- percentage shares and changes: the whole, not the counted part (s122) --------------------

@pytest.mark.parametrize("text, figure, name", [
    # a bare noun after a percentage that a verb governs is the verb's object: its subject owns the share
    ("Polls\n\nThe Janata Party may get 38 per cent votes in the state, a survey suggests.", "38 per cent",
     "Janata Party"),
    ("Results\n\nMaria Rossi won the mayoral race with 57 percent votes.", "57 percent", "Maria Rossi"),
    ("Grid\n\nDespite new meters, Narela still suffers 45 per cent losses from theft.", "45 per cent", "Narela"),
])
def test_a_bare_noun_a_share_is_the_object_of_is_no_owner(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


@pytest.mark.parametrize("text, figure, noun", [
    # the noun is the subject when a verb follows it, when the share opens its clause or a reported one
    ("Staff\n\nAt Orvex Mills 43% employees are on short contracts.", "43%", "employees"),
    ("Cabinet\n\nA report by the watchdog Civic Trust said 71% ministers face criminal charges.", "71%",
     "ministers"),
])
def test_a_bare_noun_a_share_opens_or_that_a_verb_follows_owns_it(nlp, text, figure, noun):
    assert owner(nlp, text, figure) == noun


@pytest.mark.parametrize("text, figure, name", [
    # each item of a list of percentages with their places is its own place's, not the item before's
    ("Jobs\n\nOrvania's jobless rate is low, compared with 11.2% in Spain, 9.8% in Portugal and 8.4% in Greece.",
     "9.8%", "Portugal"),
    ("Survey\n\nThe Vexa study found 22% of shops in Leeds took cards only, against 35% in Oslo and 41% in Stockholm.",
     "35%", "Oslo"),
    ("Census\n\nIn the district, they make up 54 per cent in Rampur, 31 per cent in Baraut and 12 per cent in Kithore.",
     "31 per cent", "Baraut"),
])
def test_a_listed_percentage_belongs_to_its_own_place(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


def test_a_list_after_an_opening_whole_stays_the_wholes(nlp):
    # "Of <whole>, ..." says what every share of the sentence is of
    text = "Debt\n\nOf Orvania's bondholders, 41% live in Orvania, 22% in Spain and 9% in Japan."
    assert owner(nlp, text, "22%") != "Spain"


@pytest.mark.parametrize("text, figure, name", [
    # a verb of being a share makes the percentage its subject's, not the whole's after "of"
    ("Mail\n\nJunk messages are estimated to account for at least 70% of all e-mails sent.", "70%",
     "junk messages"),
    ("Parks\n\nNational parks in Canada represent about 12 per cent of the land area.", "12 per cent",
     "national parks"),
    ("Ageing\n\nPensioners will make up a third of voters, the unemployed will make up 9% and students nearly 4%.",
     "9%", "unemployed"),
])
def test_a_share_verbs_subject_owns_the_share(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


@pytest.mark.parametrize("text, figure, noun", [
    # a capitalised plural right before a bracketed share owns it, as a lowercase one does ("voters (68%)")
    ("Census\n\nIn the district 81 per cent are Muslims, followed by Hindus (12.5 per cent) and Sikhs (4.1 per cent).",
     "4.1 per cent", "sikhs"),
    ("Census\n\nAmong the town's minorities, Christians (2.2%) are the smallest group.", "2.2%", "christians"),
])
def test_a_capitalised_plural_before_a_bracketed_share_owns_it(nlp, text, figure, noun):
    assert owner(nlp, text, figure) == noun


@pytest.mark.parametrize("text, figure, name", [
    # a bare share that follows at once the place its clause opens with is the place's
    ("Degrees\n\nBut in Canada, 71% have a degree, the highest of any group.", "71%", "Canada"),
    ("Census\n\nIn Punjab, about 57.7 per cent are Sikhs, followed by Hindus (38.5 per cent).", "57.7 per cent",
     "Punjab"),
])
def test_a_share_right_after_an_opening_place_is_the_places(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


def test_an_opening_place_of_a_list_item_is_the_item_befores(nlp):
    # after a percentage, "in Spain" ends the previous item: it does not open the next one
    text = "Jobs\n\nThe rate is low next to 12.1% in Spain, 10.4% in Italy and 9.7% in France."
    assert owner(nlp, text, "10.4%") == "Italy"


# --- who asks for money owns it (asker in owners.json) -----------------------------------------

@pytest.mark.parametrize("text, figure, name", [
    ("Coach row\n\nIt was learnt that Rahul Dravid had asked for a sum in line with a Grade A player's yearly "
     "earnings, about Rs 7 crore a year.", "Rs 7 crore", "Rahul Dravid"),
    ("Kite row\n\nA father slapped his young daughter who had asked for Rs 5 to buy a balloon.", "Rs 5", "daughter"),
    ("Land row\n\nA local official said the growers asked for a compensation of Rs 30,000 per acre, but were paid "
     "far less.", "Rs 30,000", "growers"),
    ("Ransom\n\nA Pune school was hit by a cyber attack, with the hackers demanding about Rs 12 lakh in Bitcoin.",
     "Rs 12 lakh", "hackers"),
])
def test_the_one_who_asks_for_money_owns_it(nlp, text, figure, name):
    assert name in (owner(nlp, text, figure) or "")


@pytest.mark.parametrize("text, figure, name", [
    ("Protest\n\nPunjab farmers on Friday protested outside Chief Minister Amarinder Singh's residence, demanding "
     "Rs 5,000 crore in relief.", "Rs 5,000 crore", "farmers"),
    ("Agitation\n\nThe Bharatiya Kisan Union led by union minister Ravi Rana would start an agitation from July 25, "
     "demanding a loan waiver of Rs 900 crore.", "Rs 900 crore", "Bharatiya Kisan Union"),
])
def test_a_participle_of_asking_after_a_comma_asks_for_the_sentences_subject(nlp, text, figure, name):
    assert name in (owner(nlp, text, figure) or "")


@pytest.mark.parametrize("text, figure, wrong", [
    # a participle with no auxiliary describes the noun before it, which asks for nothing
    ("Defamation\n\nThe minister filed a civil defamation suit seeking Rs 5 crore in damages from the editor.",
     "Rs 5 crore", "suit"),
    # a noun after a possessive is no verb of asking
    ("Waiver\n\nThis forced Shinde to accept their demands and he announced a loan waiver of Rs 9,000 crore.",
     "Rs 9,000 crore", "Development"),
])
def test_a_participle_or_a_noun_of_asking_names_no_asker(nlp, text, figure, wrong):
    assert wrong not in (owner(nlp, text, figure) or "")


# --- an apposition a title opens is an aside (title_asides in owners.json) -----------------------

@pytest.mark.parametrize("text, figure, name", [
    ("Backers\n\nAmong them, Gina Rinehart, owner of the mining group Hancock Prospecting, had invested A$2 million "
     "of her own money.", "A$2 million", "Gina Rinehart"),
    ("Takeover\n\nThe Paris-based bourse, owner of Liffe in London, is said to be ready to raise £1.4bn to fund "
     "a bid.", "£1.4bn", "bourse"),
])
def test_a_titles_apposition_between_commas_is_an_aside(nlp, text, figure, name):
    assert name in (owner(nlp, text, figure) or "")


# --- a name in the phrase of a listed figure qualifies that figure, not the next -----------------

@pytest.mark.parametrize("text, figure, name", [
    ("Lawyers' fees\n\nKapil Sibal charges Rs 10 lakh per appearance in the Supreme Court and Rs 12 lakh for each "
     "appearance in the Delhi High Court.", "Rs 12 lakh", "Kapil Sibal"),
    ("Lawyers' fees\n\nHarish Salve charges Rs 6 lakh in the Supreme Court, Rs 9 lakh in the Bombay High Court and "
     "Rs 15 lakh for an arbitration.", "Rs 15 lakh", "Harish Salve"),
    ("Budget\n\nThe plan proposes cuts of 8.2% at Agriculture and 4.1% at the Environmental Protection Agency.",
     "4.1%", "Environmental Protection Agency"),
])
def test_a_name_in_a_listed_figures_phrase_does_not_own_the_next_figure(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


# --- a price before two words of goods that an auxiliary follows (attributive_thing) ------------

@pytest.mark.parametrize("text, figure, noun", [
    ("Gadgets\n\nStaff will be given new devices. The £300 tablet computers can also be used as phones.", "£300",
     "tablet computers"),
    ("Laptops\n\nThe $900 gaming laptops have a 17-inch screen.", "$900", "gaming laptops"),
])
def test_a_price_before_plural_goods_and_an_auxiliary_is_the_goods_price(nlp, text, figure, noun):
    fact = figures(nlp, text)[figure]
    assert fact.subject is not None and fact.subject.name == noun and fact.predicate == "price"


def test_a_figure_before_a_singular_noun_and_an_auxiliary_is_no_goods(nlp):
    text = "Collapse\n\nThe dairy group failed after a 4bn euro black hole was found in its accounts."
    assert figures(nlp, text)["4bn euro"].subject.name != "black hole"


# --- a transfer fee is the signed player's (signed_player in owners.json) ------------------------

@pytest.mark.parametrize("text, figure, name", [
    ("Transfer\n\nLiverpool have signed Southampton's Virgil van Dijk for £75 million, a record for a defender.",
     "£75 million", "Virgil van Dijk"),
    ("Transfer\n\nBarcelona has signed Brazilian side Santos's Neymar Junior for 57 million euros.",
     "57 million euros", "Neymar Junior"),
])
def test_a_transfer_fee_belongs_to_the_player_signed(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


def test_the_club_a_player_is_signed_from_is_not_his_fee(nlp):
    text = "Transfer\n\nChelsea signed Didier Drogba from Marseille for £24m last summer."
    assert owner(nlp, text, "£24m") != "Marseille"


# --- an acronym the article defines as a term is not the gazetteer's programme of the same letters ---

def test_an_acronym_defined_as_a_term_is_not_the_gazetteer_programme(nlp):
    text = ("Kharif prices\n\nFarm unions want a higher minimum support price (MSP) for pulses. "
            "The MSP for tur dal rose 4% to Rs 5,050 a quintal this year.")
    facts = figures(nlp, text)
    assert facts["4%"].subject.name == "Minimum Support Price"
    assert facts["Rs 5,050"].subject.name != "Minerals Security Partnership"


def test_the_gazetteer_programme_stands_where_no_term_redefines_it(nlp):
    text = "Minerals\n\nIndia joined the Minerals Security Partnership in 2023. The MSP pledged $1.2bn to lithium projects."
    assert figures(nlp, text)["$1.2bn"].subject.name == "Minerals Security Partnership"


def test_an_ambiguous_gazetteer_acronym_alone_is_not_the_gazetteer_name(nlp):
    text = "Holyrood\n\nThe Glasgow MSP was paid £25,000 for advice to a bank."
    assert figures(nlp, text)["£25,000"].subject.name != "Minerals Security Partnership"
