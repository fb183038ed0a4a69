"""The entity gazetteers (patterns/entities/*.jsonl) and the trigger lexicon
(patterns/triggers.jsonl): well-formed, up to date with scripts/build_gazetteers.py,
and resolving the surface forms of this domain to the right ids."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.schemas import validate_token_pattern

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ROOT / "patterns"
ENTITY_DIR = PATTERNS / "entities"
TRIGGERS = PATTERNS / "triggers.jsonl"
BUILD_SCRIPT = ROOT / "scripts" / "build_gazetteers.py"
TRIGGERS_KEY = "newsfacts_triggers"

ENTITY_LABELS = {"PROGRAMME", "ORG", "COUNTRY", "MINERAL", "PERSON"}
# The measure vocabulary: every trigger's id is one of its measures, and every measure has words.
# (less those set from the figure itself, with no words: a note's face value)
_MEASURES = json.loads((ROOT / "patterns" / "measures.json").read_text(encoding="utf-8"))
PREDICATES = set(_MEASURES["vocabulary"]) - set(_MEASURES["measures_without_words"])


def entity_files() -> list[Path]:
    return sorted(ENTITY_DIR.glob("*.jsonl"))


def read_lines(path: Path) -> list[dict]:
    lines = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("//"):  # as extract/patterns.py reads them
            continue
        try:
            lines.append(json.loads(raw))
        except json.JSONDecodeError as exc:  # pragma: no cover - reported by the assertion
            pytest.fail(f"{path.name}:{lineno}: not JSON: {exc}")
    return lines


def all_entity_lines() -> list[dict]:
    return [line for path in entity_files() for line in read_lines(path)]


def build_nlp():
    """The pipeline as newsfacts builds it: compiled rulers plus the programme-shape component."""
    from extract.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def load_build_module():
    spec = importlib.util.spec_from_file_location("build_gazetteers", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ents(doc) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in doc.ents]


# --------------------------------------------------------------------------- file format


def test_expected_files_exist():
    names = {p.name for p in entity_files()}
    assert {"countries.jsonl", "minerals.jsonl", "programmes.jsonl", "organisations.jsonl"} <= names
    assert TRIGGERS.is_file()


@pytest.mark.parametrize("path", entity_files() + [TRIGGERS], ids=lambda p: p.name)
def test_lines_are_well_formed(path):
    lines = read_lines(path)
    assert lines, f"{path.name} is empty"
    for n, line in enumerate(lines, start=1):
        where = f"{path.name} line {n}: {line}"
        assert isinstance(line, dict), where
        assert set(line) <= {"label", "pattern", "id"}, where
        assert {"label", "pattern"} <= set(line), where
        if path == TRIGGERS:
            assert line["label"] == "TRIGGER", where
            assert line.get("id") in PREDICATES, where
        else:
            assert line["label"] in ENTITY_LABELS, where
        assert isinstance(line.get("id"), str) and line["id"].strip() == line["id"] != "", where
        pattern = line["pattern"]
        if isinstance(pattern, str):
            assert pattern.strip() == pattern != "", where
            assert pattern == pattern.lower(), f"phrase patterns are lower-case: {where}"
        else:
            assert isinstance(pattern, list) and pattern, where
            assert validate_token_pattern(pattern) == [], where


def test_triggers_are_token_patterns_covering_every_predicate():
    lines = read_lines(TRIGGERS)
    assert all(isinstance(line["pattern"], list) for line in lines)
    assert {line["id"] for line in lines} == PREDICATES


def test_no_surface_form_has_two_ids():
    """The entity ruler breaks ties between equal spans arbitrarily, so one surface
    form must never carry two different (label, id) pairs."""
    seen: dict[str, tuple[str, str, str]] = {}
    tokenizer = spacy.blank("en").tokenizer
    for path in entity_files():
        for line in read_lines(path):
            pattern = line["pattern"]
            if isinstance(pattern, str):
                key = "phrase:" + " ".join(t.lower_ for t in tokenizer(pattern))
            else:
                key = "tokens:" + json.dumps(pattern, sort_keys=True)
            value = (line["label"], line.get("id", ""), path.name)
            if key in seen:
                assert seen[key][:2] == value[:2], f"{key} is {seen[key]} and {value}"
            seen[key] = value


def test_phrases_tokenize_the_same_in_any_case():
    """A lower-case phrase only matches cased text if both split into the same tokens
    ("u.s." does not: such forms are token patterns on ORTH "U.S.")."""
    nlp = spacy.blank("en")
    for line in all_entity_lines():
        pattern = line["pattern"]
        if not isinstance(pattern, str):
            continue
        tokens = [t.lower_ for t in nlp.make_doc(pattern)]
        for variant in (pattern.title(), pattern.upper()):
            assert [t.lower_ for t in nlp.make_doc(variant)] == tokens, (pattern, variant)


def test_script_tokenizer_matches_spacy_blank():
    module = load_build_module()
    tokenizer = module.english_tokenizer()
    nlp = spacy.blank("en")
    texts = [line["pattern"] for line in all_entity_lines() if isinstance(line["pattern"], str)]
    texts += ["The U.S.-India TRUST initiative's Rs 16,300-crore NCMM (2030-31), e.g. Côte d'Ivoire."]
    for text in texts:
        assert [t.text for t in tokenizer(text)] == [t.text for t in nlp.make_doc(text)], text


# --------------------------------------------------------------------------- generated files


def test_generated_files_are_up_to_date():
    result = subprocess.run([sys.executable, str(BUILD_SCRIPT), "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr + result.stdout


def test_critical_mineral_lists():
    data = json.loads((ENTITY_DIR / "critical_mineral_lists.json").read_text(encoding="utf-8"))
    mineral_ids = {line["id"] for line in read_lines(ENTITY_DIR / "minerals.jsonl")}
    minerals = data["minerals"]
    assert set(minerals) <= mineral_ids
    sizes = {name: sum(name in lists for lists in minerals.values()) for name in data["lists"]}
    assert sizes == {"USGS 2022": 50, "India 2023": 30, "EU 2023": 34}
    assert set(minerals["Lithium"]) == {"USGS 2022", "India 2023", "EU 2023"}
    assert minerals["Rare earth elements"] == ["India 2023"]
    assert minerals["Neodymium"] == ["USGS 2022"]


def test_every_element_and_rare_earth_is_a_mineral():
    ids = {line["id"] for line in read_lines(ENTITY_DIR / "minerals.jsonl")}
    assert len(ids & {"Hydrogen", "Lithium", "Oganesson", "Aluminium", "Caesium"}) == 5
    rare_earths = {"Cerium", "Dysprosium", "Erbium", "Europium", "Gadolinium", "Holmium",
                   "Lanthanum", "Lutetium", "Neodymium", "Praseodymium", "Promethium",
                   "Samarium", "Scandium", "Terbium", "Thulium", "Ytterbium", "Yttrium"}
    assert rare_earths <= ids


def test_no_element_symbols_as_patterns():
    for line in read_lines(ENTITY_DIR / "minerals.jsonl"):
        pattern = line["pattern"]
        if isinstance(pattern, list) and len(pattern) == 1 and "ORTH" in pattern[0]:
            assert pattern[0]["ORTH"] not in {"In", "As", "I", "Li", "Co", "Ni", "Nd"}, line


# --------------------------------------------------------------------------- behaviour


def test_each_curated_phrase_resolves_to_its_own_id(nlp):
    """Alone, in lower case and in Title Case, every id'd phrase is one entity with
    its id: no other pattern (and no id-less programme shape) takes the span."""
    problems = []
    for line in all_entity_lines():
        pattern = line["pattern"]
        if not isinstance(pattern, str) or "id" not in line:
            continue
        for text in (pattern, pattern.title()):
            doc = nlp(text)
            got = ents(doc)
            if got != [(text, line["label"], line["id"])]:
                problems.append((text, line["label"], line["id"], got))
    assert not problems, problems[:20]


@pytest.mark.parametrize("text, expected", [
    ("The National Critical Minerals Mission (NCMM) was approved.",
     [("National Critical Minerals Mission", "PROGRAMME", "National Critical Mineral Mission"),
      ("NCMM", "PROGRAMME", "National Critical Mineral Mission")]),
    ("Budget papers put the outlay of the national critical mineral mission at Rs 16,300 crore.",
     [("national critical mineral mission", "PROGRAMME", "National Critical Mineral Mission")]),
    ("Critical mineral mission begins work on exploration plan",
     [("Critical mineral mission", "PROGRAMME", "National Critical Mineral Mission")]),
    ("Officials see overseas financing as a complement to the NCMM's Rs 16,300 crore outlay.",
     [("NCMM", "PROGRAMME", "National Critical Mineral Mission")]),
    ("China produces nearly 70% of rare-earth elements.",
     [("China", "COUNTRY", "China"), ("rare-earth elements", "MINERAL", "Rare earth elements")]),
    ("Lithium and neodymium", [("Lithium", "MINERAL", "Lithium"),
                               ("neodymium", "MINERAL", "Neodymium")]),
    ("We trust the US.", [("US", "COUNTRY", "United States")]),
    # MSP has other meanings (a Scottish parliament member, a minimum support price): alone it is
    # the partnership only in an article that names the partnership in full
    ("India joined the MSP", [("India", "COUNTRY", "India")]),
    ("The Edinburgh MSP earns £30,000 a year.", []),
    ("India backs the Minerals Security Partnership. It joined the MSP in 2023.",
     [("India", "COUNTRY", "India"), ("Minerals Security Partnership", "PROGRAMME", "Minerals Security Partnership"),
      ("MSP", "PROGRAMME", "Minerals Security Partnership")]),
    ("Talks on IRA tax credits stalled; the Inflation Reduction Act pays for batteries.",
     [("IRA", "PROGRAMME", "Inflation Reduction Act"), ("Inflation Reduction Act", "PROGRAMME", "Inflation Reduction Act")]),
    ("The IRA ended its armed campaign in 2005.", []),
    ("India joined the Minerals Security Partnership (MSP) in June 2023.",
     [("India", "COUNTRY", "India"),
      ("Minerals Security Partnership", "PROGRAMME", "Minerals Security Partnership"),
      ("MSP", "PROGRAMME", "Minerals Security Partnership")]),
    ("TRUST gives us a single window, and U.S. officials welcomed it.",
     [("TRUST", "PROGRAMME", "TRUST"), ("U.S.", "COUNTRY", "United States")]),
    ("It takes forward the initiative on Critical and Emerging Technology (iCET).",
     [("initiative on Critical and Emerging Technology", "PROGRAMME",
       "Initiative on Critical and Emerging Technology"),
      ("iCET", "PROGRAMME", "Initiative on Critical and Emerging Technology")]),
    ("The department set up its Critical Minerals and Materials (CMM) program in 2020.",
     [("Critical Minerals and Materials (CMM) program", "PROGRAMME",
       "Critical Minerals and Materials Program")]),
    ("The $675 million CMM program helped.",
     [("CMM", "PROGRAMME", "Critical Minerals and Materials Program")]),
    ("The US Department of Energy awarded $125 million under the Battery and Critical "
     "Mineral Recycling program.",
     [("US Department of Energy", "ORG", "Department of Energy"),
      ("Battery and Critical Mineral Recycling program", "PROGRAMME",
       "Battery and Critical Mineral Recycling Program")]),
    ("The National Mineral Exploration Trust (NMET) is separate from the trust's other work.",
     [("National Mineral Exploration Trust", "PROGRAMME", "National Mineral Exploration Trust"),
      ("NMET", "PROGRAMME", "National Mineral Exploration Trust")]),
    ("India joined the MSFN in 2023 and KABIL is expected to apply.",
     [("India", "COUNTRY", "India"), ("MSFN", "PROGRAMME", "Minerals Security Finance Network"),
      ("KABIL", "ORG", "KABIL")]),
    ("The I2U2 grouping with Israel, the UAE and the United States.",
     [("I2U2", "PROGRAMME", "I2U2"), ("Israel", "COUNTRY", "Israel"),
      ("UAE", "COUNTRY", "United Arab Emirates"), ("United States", "COUNTRY", "United States")]),
    ("Companies are encouraged through production-linked incentives and the PLI scheme.",
     [("production-linked incentives", "PROGRAMME", "Production Linked Incentive scheme"),
      ("PLI scheme", "PROGRAMME", "Production Linked Incentive scheme")]),
    ("Public sector undertakings (PSUs) will invest.",
     [("Public sector undertakings", "ORG", "Public sector undertakings"),
      ("PSUs", "ORG", "Public sector undertakings")]),
    ("The Union Cabinet on Wednesday cleared it; the Cabinet met again.",
     [("Union Cabinet", "ORG", "Union Cabinet"), ("Cabinet", "ORG", "Union Cabinet")]),
    ("The U.S. Geological Survey (USGS) and the Geological Survey of India (GSI).",
     [("U.S. Geological Survey", "ORG", "United States Geological Survey"),
      ("USGS", "ORG", "United States Geological Survey"),
      ("Geological Survey of India", "ORG", "Geological Survey of India"),
      ("GSI", "ORG", "Geological Survey of India")]),
    ("Cobalt from the DRC and Congo; PGMs from South Africa; REEs from Myanmar.",
     [("Cobalt", "MINERAL", "Cobalt"),
      ("DRC", "COUNTRY", "Democratic Republic of the Congo"),
      ("Congo", "COUNTRY", "Democratic Republic of the Congo"),
      ("PGMs", "MINERAL", "Platinum group metals"), ("South Africa", "COUNTRY", "South Africa"),
      ("REEs", "MINERAL", "Rare earth elements"), ("Myanmar", "COUNTRY", "Myanmar")]),
    ("The EU, the UK, Russia, South Korea and Viet Nam.",
     [("EU", "COUNTRY", "European Union"), ("UK", "COUNTRY", "United Kingdom"),
      ("Russia", "COUNTRY", "Russia"), ("South Korea", "COUNTRY", "South Korea"),
      ("Viet Nam", "COUNTRY", "Vietnam")]),
    ("Heavy rare earths, aluminium and phosphate rock.",
     [("Heavy rare earths", "MINERAL", "Heavy rare earth elements"),
      ("aluminium", "MINERAL", "Aluminium"), ("phosphate rock", "MINERAL", "Phosphate rock")]),
    ("The Inflation Reduction Act (IRA) and the CHIPS Act.",
     [("Inflation Reduction Act", "PROGRAMME", "Inflation Reduction Act"),
      ("IRA", "PROGRAMME", "Inflation Reduction Act"),
      ("CHIPS Act", "PROGRAMME", "CHIPS and Science Act")]),
])
def test_expected_entities(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text", [
    "We trust the process.",            # TRUST is exact-case
    "Long lead times will lead to delays.",  # bare "lead" is not the metal
    "Carbon emissions fell; iron out the msp issue with ira.",
    "This turkey is from Chad's farm.",  # lower-case turkey
    "Imports rose as India's reliance on suppliers grew.",
])
def test_no_false_entities(nlp, text):
    got = ents(nlp(text))
    assert all(label not in {"PROGRAMME", "ORG"} for _, label, _ in got), got
    assert ("lead", "MINERAL", "Lead") not in got and ("Carbon", "MINERAL", "Carbon") not in got
    assert ("turkey", "COUNTRY", "Turkey") not in got


def test_programme_shapes(nlp):
    doc = nlp("The National Green Hydrogen Mission and India Semiconductor Mission got funds. "
              "Under the Australia-India Critical Minerals Investment Partnership, funds flow. "
              "The Proposed National Critical Mineral Mission is not a new name.")
    assert ents(doc) == [
        ("National Green Hydrogen Mission", "PROGRAMME", ""),
        ("India Semiconductor Mission", "PROGRAMME", ""),
        ("Australia-India Critical Minerals Investment Partnership", "PROGRAMME", ""),
        ("National Critical Mineral Mission", "PROGRAMME", "National Critical Mineral Mission"),
    ]
    # sentence-initial words and lower-case programme words are not names
    assert ents(nlp("The mission has an outlay. This Scheme is new.")) == []


def test_curated_programmes_beat_the_shapes_in_any_context(nlp):
    """A shape never takes the span of (or extends) a curated, id'd name, whatever else is in the document."""
    names = ["National Critical Mineral Mission", "Minerals Security Partnership",
             "Battery and Critical Mineral Recycling Program", "Inflation Reduction Act",
             "Minerals Security Finance Network", "Critical Raw Materials Act"]
    fillers = ["", "India said. ", "On Monday the US and EU, with lithium, said the "]
    for name in names:
        for filler in fillers:
            for repeat in range(1, 4):
                doc = nlp((filler + f"The {name} grew. ") * repeat)
                hits = [e for e in doc.ents if e.text == name]
                assert len(hits) == repeat and all(e.ent_id_ for e in hits), (name, ents(doc))


@pytest.mark.parametrize("text, expected", [
    ("The mission has an outlay of Rs 16,300 crore.", [("outlay", "outlay")]),
    ("Rs 7,000 crore is earmarked for exploration.", [("earmarked", "allocation")]),
    ("It also sets aside Rs 7,000 crore.", [("sets aside", "allocation")]),
    ("The department awarded $125 million in grants.",
     [("awarded", "grant"), ("grants", "grant")]),
    ("PSUs will invest Rs 18,000 crore.", [("invest", "investment")]),
    ("China accounts for nearly 70% of global rare-earth production.",
     [("accounts for", "share"), ("production", "production_share")]),
    ("Its market share rose 5%.", [("market share", "market_share"), ("share", "share"),
                                   ("rose", "growth")]),
    ("Pharma exports were $25 billion; imports of cells increased 12%.",
     [("exports", "export_value"), ("imports", "import_value"), ("increased", "growth")]),
    ("Congress appropriated $3 billion in loans through a credit line.",
     [("appropriated", "authorization"), ("loans", "loan"), ("credit line", "loan")]),
])
def test_triggers(nlp, text, expected):
    doc = nlp(text)
    got = sorted((s.text, s.id_) for s in doc.spans[TRIGGERS_KEY])
    assert got == sorted(expected)


def test_triggers_only_in_docs_with_a_figure(nlp):
    """The trigger words only ever say what a figure measures: a doc without one gets none."""
    assert list(nlp("Its market share rose.").spans[TRIGGERS_KEY]) == []


def test_round_trip_to_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    text = "The National Critical Minerals Mission (NCMM) set aside Rs 7,000 crore; we trust the US."
    assert ents(loaded(text)) == ents(nlp(text)) == [
        ("National Critical Minerals Mission", "PROGRAMME", "National Critical Mineral Mission"),
        ("NCMM", "PROGRAMME", "National Critical Mineral Mission"),
        ("US", "COUNTRY", "United States"),
    ]
    doc = loaded(text)
    assert [(s.text, s.id_) for s in doc.spans[TRIGGERS_KEY]] == [("set aside", "allocation")]
