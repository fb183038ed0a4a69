#!/usr/bin/env python
"""Generate the country and mineral gazetteers in ``patterns/entities/``.

Writes, deterministically (sorted, one JSON object per line):

* ``patterns/entities/countries.jsonl``  - COUNTRY entities from ``pycountry``
  plus the curated short forms and country blocs below;
* ``patterns/entities/minerals.jsonl``   - MINERAL entities: every element name
  from ``periodictable`` plus the curated non-element commodities below;
* ``patterns/entities/critical_mineral_lists.json`` - which official critical
  mineral lists (USGS 2022, India 2023, EU 2023) name each MINERAL id;

Programme names no gazetteer lists are found by their shape at run time
(``extract/shapes.py``, data in ``patterns/programme_shapes.json``).

Usage::

    python scripts/build_gazetteers.py          # (re)write the files
    python scripts/build_gazetteers.py --check  # exit 1 if the files are stale

Pattern lines use exactly the keys ``label``, ``pattern`` and ``id``. A phrase
pattern (a lower-case string) is matched on the token LOWER attribute; a
token-pattern list is used for forms that must match in exact case (``US``,
``EU``, ``REEs``) or need context (``lead`` ore, which is otherwise a verb).

``pycountry`` and ``periodictable`` are needed only to run this script (and
its test), not at run time. A new release of either may change the output;
then rerun the script and commit the result.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "patterns" / "entities"
COUNTRIES_FILE = OUT_DIR / "countries.jsonl"
MINERALS_FILE = OUT_DIR / "minerals.jsonl"
LISTS_FILE = OUT_DIR / "critical_mineral_lists.json"

# --------------------------------------------------------------------------
# Curated data: countries
# --------------------------------------------------------------------------

# Display name (the entity id) by ISO 3166 alpha-2 code, where pycountry's
# common_name / name is not the short English name used in news copy.
COUNTRY_ID_OVERRIDES: dict[str, str] = {
    "BN": "Brunei",
    "BQ": "Caribbean Netherlands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CZ": "Czech Republic",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "TR": "Turkey",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "US Virgin Islands",
}

# Extra lower-case phrase forms by alpha-2 code (on top of pycountry's name,
# common_name and official_name).
COUNTRY_EXTRA_PHRASES: dict[str, list[str]] = {
    "AE": ["united arab emirates"],
    "BO": ["bolivia"],
    "BQ": ["bonaire", "bonaire, sint eustatius and saba"],
    "CC": ["cocos islands", "cocos (keeling) islands"],
    # Bare "Congo" in critical-minerals copy almost always means the DRC
    # (cobalt, copper); the Republic of the Congo is written out in full.
    "CD": ["democratic republic of the congo", "democratic republic of congo", "congo-kinshasa",
           "congo"],
    "CG": ["republic of the congo", "republic of congo", "congo-brazzaville", "congo republic"],
    "CI": ["ivory coast", "cote d'ivoire"],
    "CN": ["mainland china", "people's republic of china"],
    "CV": ["cape verde"],
    "CZ": ["czechia", "czech republic"],
    "FK": ["falkland islands", "falklands", "malvinas"],
    "GB": ["britain", "great britain", "northern ireland", "united kingdom"],
    # "S Korea", "N Korea", "S Africa": a headline's or a table's initial for South or North.
    "KP": ["north korea", "democratic people's republic of korea", "n korea"],
    # "Korea" alone means South Korea in business copy.
    "KR": ["south korea", "republic of korea", "korea", "s korea"],
    "LA": ["laos", "lao pdr"],
    "MK": ["macedonia"],
    "MM": ["burma"],
    "MO": ["macau"],
    "PS": ["palestine", "state of palestine", "palestinian territories"],
    "RU": ["russia"],
    "SH": ["saint helena", "st helena"],
    "SZ": ["swaziland"],
    "TL": ["east timor"],
    "TR": ["turkiye", "türkiye", "republic of turkiye"],
    "TW": ["taiwan"],
    "US": ["united states", "united states of america"],
    "VA": ["vatican city", "vatican", "holy see"],
    "VE": ["venezuela"],
    "VG": ["british virgin islands"],
    "VI": ["us virgin islands"],
    "VN": ["vietnam", "viet nam"],
    "ZA": ["s africa"],
}

# pycountry forms given to another country above (one surface form, one id).
COUNTRY_DROP_PHRASES: dict[str, list[str]] = {"CG": ["congo"]}

# Forms with dotted abbreviations: "U.S." is one token but a lower-case
# phrase "u.s. ..." tokenizes differently, so these are token patterns.
COUNTRY_EXTRA_TOKEN_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "CD": [[{"ORTH": {"IN": ["D.R.", "DR"]}}, {"LOWER": "congo"}]],
    "VI": [[{"ORTH": "U.S."}, {"LOWER": "virgin"}, {"LOWER": "islands"}]],
}

# Exact-case short forms (token patterns on ORTH) by alpha-2 code.
COUNTRY_EXACT_FORMS: dict[str, list[str]] = {
    "AE": ["UAE", "U.A.E."],
    "CD": ["DRC"],
    "CN": ["PRC"],
    "GB": ["UK", "U.K."],
    "KP": ["DPRK"],
    "US": ["US", "USA", "U.S.", "U.S.A."],
}

# Phrase forms that are also ordinary English words or common names: they are
# written as exact-case token patterns (Title case) instead of phrases.
EXACT_CASE_ONLY = {"chad", "guernsey", "guinea", "jordan", "reunion", "turkey"}

# Countries left out entirely, with the reason.
COUNTRY_SKIP: dict[str, str] = {
    "GE": "Georgia is far more often the US state in US industrial-policy copy "
          "(battery and EV plants)",
    "JE": "Jersey would fire inside 'New Jersey'",
}

# Capitals used for their governments ("Canberra has committed A$500 million",
# "Beijing's curbs"): exact-case Title tokens only, so all-caps datelines
# ("NEW DELHI, Feb 18 -") are not taken for subjects. Ambiguous capitals
# (London: the London Metal Exchange; Santiago; Delhi, a state) are left out.
CAPITAL_METONYMS: dict[str, str] = {
    "Beijing": "China",
    "Brussels": "European Union",
    "Buenos Aires": "Argentina",
    "Canberra": "Australia",
    "Dhaka": "Bangladesh",
    "Islamabad": "Pakistan",
    "Jakarta": "Indonesia",
    "Kinshasa": "Democratic Republic of the Congo",
    "Moscow": "Russia",
    "New Delhi": "India",
    "Ottawa": "Canada",
    "Pretoria": "South Africa",
    "Riyadh": "Saudi Arabia",
    "Seoul": "South Korea",
    "Taipei": "Taiwan",
    "Tokyo": "Japan",
    "Washington": "United States",
}

# Country blocs: label COUNTRY, id = bloc name. (phrases, exact-case forms)
BLOCS: dict[str, tuple[list[str], list[str]]] = {
    "African Union": (["african union"], []),
    "ASEAN": (["association of southeast asian nations", "association of south east asian nations"],
              ["ASEAN", "Asean"]),
    "BRICS": ([], ["BRICS", "Brics"]),
    "European Union": (["european union"], ["EU", "E.U."]),
    "G20": (["group of twenty", "group of 20"], ["G20", "G-20"]),
    "G7": (["group of seven", "group of 7"], ["G7", "G-7"]),
    "Quad": (["quadrilateral security dialogue"], ["Quad", "QUAD"]),
}

# --------------------------------------------------------------------------
# Curated data: minerals
# --------------------------------------------------------------------------

# Element display names where IUPAC / international spelling differs from
# periodictable's (US) spelling.
ELEMENT_ID_OVERRIDES = {"aluminum": "Aluminium", "cesium": "Caesium"}

# Extra phrase forms of elements (spelling variants, commodity forms named on
# the critical-mineral lists).
ELEMENT_EXTRA_PHRASES: dict[str, list[str]] = {
    "aluminum": ["aluminium"],
    "cesium": ["caesium"],
    "phosphorus": ["phosphorous"],  # the spelling of India's 2023 list
    "silicon": ["silicon metal"],
    "sulfur": ["sulphur"],
    "titanium": ["titanium metal", "titanium sponge"],
    "tungsten": ["wolfram"],
}

# Element names whose bare word is mostly not the element in news copy.
# lead: a verb / "lead times"; carbon: "carbon emissions", "carbon credits".
# They get token patterns that require commodity context instead.
_LEAD_CONTEXT = ["ore", "ores", "concentrate", "concentrates", "metal", "smelter", "smelters",
                 "smelting", "refinery", "mine", "mines", "mining", "deposit", "deposits",
                 "reserves", "production", "output", "prices", "ingots"]
ELEMENT_CONTEXT_ONLY: dict[str, list[list[dict[str, Any]]]] = {
    "carbon": [[{"LOWER": "carbon"}, {"LOWER": {"IN": ["fibre", "fiber", "black"]}}]],
    "lead": [
        [{"LOWER": "lead"}, {"LOWER": {"IN": _LEAD_CONTEXT}}],
        [{"LOWER": "lead"}, {"ORTH": "-"}, {"LOWER": "acid"}],
    ],
}

# The 17 rare-earth elements (15 lanthanides, scandium, yttrium).
RARE_EARTH_ELEMENTS = [
    "cerium", "dysprosium", "erbium", "europium", "gadolinium", "holmium", "lanthanum",
    "lutetium", "neodymium", "praseodymium", "promethium", "samarium", "scandium", "terbium",
    "thulium", "ytterbium", "yttrium",
]

# Non-element commodities and groups: id -> (phrases, exact-case token forms).
COMMODITIES: dict[str, tuple[list[str], list[str]]] = {
    "Barite": (["barite", "barites", "baryte", "barytes"], []),
    "Bauxite": (["bauxite"], []),
    "Borates": (["borate", "borates"], []),
    "Coking coal": (["coking coal", "metallurgical coal", "met coal"], []),
    "Critical minerals": (["critical mineral", "critical minerals"], []),
    "Critical raw materials": (["critical raw material", "critical raw materials"], []),
    "Feldspar": (["feldspar", "feldspars"], []),
    "Fluorspar": (["fluorspar", "fluorite"], []),
    "Graphite": (["graphite", "natural graphite", "synthetic graphite", "flake graphite"], []),
    "Heavy rare earth elements": (
        ["heavy rare earth", "heavy rare earths", "heavy rare-earth", "heavy rare-earths",
         "heavy rare earth element", "heavy rare earth elements", "heavy rare-earth element",
         "heavy rare-earth elements"],
        ["HREE", "HREEs"],
    ),
    "Iron ore": (["iron ore", "iron ores"], []),
    "Light rare earth elements": (
        ["light rare earth", "light rare earths", "light rare-earth", "light rare-earths",
         "light rare earth element", "light rare earth elements", "light rare-earth element",
         "light rare-earth elements"],
        ["LREE", "LREEs"],
    ),
    "Phosphate rock": (["phosphate rock", "phosphate rocks", "rock phosphate"], []),
    "Platinum group metals": (
        ["platinum group metal", "platinum group metals", "platinum-group metal",
         "platinum-group metals", "platinum group element", "platinum group elements",
         "platinum-group element", "platinum-group elements"],
        ["PGM", "PGMs", "PGE", "PGEs"],
    ),
    "Potash": (["potash"], []),
    "Rare earth elements": (
        ["rare earth", "rare earths", "rare-earth", "rare-earths", "rare earth element",
         "rare earth elements", "rare-earth element", "rare-earth elements", "rare earth metal",
         "rare earth metals", "rare-earth metal", "rare-earth metals", "rare earth oxide",
         "rare earth oxides", "rare-earth oxide", "rare-earth oxides"],
        ["REE", "REEs"],
    ),
    "Strategic minerals": (["strategic mineral", "strategic minerals"], []),
}

# Official critical-mineral lists, as named by each list. Entries are element
# names (as periodictable spells them) or COMMODITIES ids.
CRITICAL_MINERAL_LISTS: dict[str, dict[str, Any]] = {
    "USGS 2022": {
        "source": "US Geological Survey, 2022 final list of critical minerals (Federal Register, "
                  "24 Feb 2022): 50 minerals",
        "members": [
            "aluminum", "antimony", "arsenic", "Barite", "beryllium", "bismuth", "cerium",
            "cesium", "chromium", "cobalt", "dysprosium", "erbium", "europium", "Fluorspar",
            "gadolinium", "gallium", "germanium", "Graphite", "hafnium", "holmium", "indium",
            "iridium", "lanthanum", "lithium", "lutetium", "magnesium", "manganese", "neodymium",
            "nickel", "niobium", "palladium", "platinum", "praseodymium", "rhodium", "rubidium",
            "ruthenium", "samarium", "scandium", "tantalum", "tellurium", "terbium", "thulium",
            "tin", "titanium", "tungsten", "vanadium", "ytterbium", "yttrium", "zinc", "zirconium",
        ],
    },
    "India 2023": {
        "source": "Ministry of Mines, Critical Minerals for India (June 2023): 30 minerals",
        "members": [
            "antimony", "beryllium", "bismuth", "cadmium", "cobalt", "copper", "gallium",
            "germanium", "Graphite", "hafnium", "indium", "lithium", "molybdenum", "nickel",
            "niobium", "phosphorus", "Platinum group metals", "Potash", "Rare earth elements",
            "rhenium", "selenium", "silicon", "strontium", "tantalum", "tellurium", "tin",
            "titanium", "tungsten", "vanadium", "zirconium",
        ],
    },
    "EU 2023": {
        "source": "European Commission, 2023 list of critical raw materials (CRM Act, Annex II): "
                  "34 materials",
        "members": [
            "antimony", "arsenic", "Bauxite", "Barite", "beryllium", "bismuth", "boron", "cobalt",
            "Coking coal", "copper", "Feldspar", "Fluorspar", "gallium", "germanium", "hafnium",
            "helium", "Heavy rare earth elements", "Light rare earth elements", "lithium",
            "magnesium", "manganese", "Graphite", "nickel", "niobium", "Phosphate rock",
            "phosphorus", "Platinum group metals", "scandium", "silicon", "strontium", "tantalum",
            "titanium", "tungsten", "vanadium",
        ],
    },
}
EXPECTED_LIST_SIZES = {"USGS 2022": 50, "India 2023": 30, "EU 2023": 34}

# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------


def _ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _usable_name(name: str | None) -> str | None:
    """A pycountry name usable as a phrase: no inverted 'X, Y of' forms or parentheses."""
    if not name or "," in name or "(" in name:
        return None
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name.lower()


def _phrase_lines(label: str, ident: str, phrases: Iterable[str]) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for phrase in phrases:
        forms = {phrase, _ascii_fold(phrase)}
        for form in forms:
            if form in EXACT_CASE_ONLY:
                lines.append({"label": label, "pattern": [{"ORTH": form.title()}], "id": ident})
            else:
                lines.append({"label": label, "pattern": form, "id": ident})
    return lines


def _exact_lines(label: str, ident: str, forms: Iterable[str]) -> list[dict[str, Any]]:
    return [{"label": label, "pattern": [{"ORTH": form}], "id": ident} for form in forms]


def _sorted_unique(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for line in lines:
        key = json.dumps(line, ensure_ascii=False, sort_keys=True)
        seen.setdefault(key, line)

    def sort_key(line: dict[str, Any]) -> tuple[str, int, str]:
        pattern = line["pattern"]
        is_tokens = isinstance(pattern, list)
        return (line["id"], int(is_tokens), json.dumps(pattern, ensure_ascii=False, sort_keys=True))

    return sorted(seen.values(), key=sort_key)


def country_lines() -> list[dict[str, Any]]:
    import pycountry

    lines: list[dict[str, Any]] = []
    for country in pycountry.countries:
        code = country.alpha_2
        if code in COUNTRY_SKIP:
            continue
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        ident = COUNTRY_ID_OVERRIDES.get(code) or common or country.name
        phrases = {p for p in (_usable_name(country.name), _usable_name(common),
                               _usable_name(official), _usable_name(ident)) if p}
        phrases.update(COUNTRY_EXTRA_PHRASES.get(code, []))
        phrases.difference_update(COUNTRY_DROP_PHRASES.get(code, []))
        lines += _phrase_lines("COUNTRY", ident, sorted(phrases))
        lines += [{"label": "COUNTRY", "pattern": p, "id": ident}
                  for p in COUNTRY_EXTRA_TOKEN_PATTERNS.get(code, [])]
        lines += _exact_lines("COUNTRY", ident, COUNTRY_EXACT_FORMS.get(code, []))
    for ident, (phrases, exact) in BLOCS.items():
        lines += _phrase_lines("COUNTRY", ident, phrases)
        lines += _exact_lines("COUNTRY", ident, exact)
    ids = {line["id"] for line in lines}
    for capital, ident in CAPITAL_METONYMS.items():
        if ident not in ids:
            raise SystemExit(f"capital {capital!r}: no country with id {ident!r}")
        lines.append({"label": "COUNTRY", "pattern": [{"ORTH": w} for w in capital.split()],
                      "id": ident})
    return _sorted_unique(lines)


def _element_names() -> dict[str, str]:
    """periodictable element name -> display id, for every named element."""
    import periodictable

    names: dict[str, str] = {}
    for element in periodictable.elements:
        if element.number < 1 or not element.name:
            continue
        names[element.name.lower()] = ELEMENT_ID_OVERRIDES.get(
            element.name.lower(), element.name.lower().capitalize())
    missing = [ree for ree in RARE_EARTH_ELEMENTS if ree not in names]
    if missing:
        raise SystemExit(f"periodictable lacks rare-earth elements {missing}")
    return names


def mineral_lines() -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for name, ident in _element_names().items():
        if name in ELEMENT_CONTEXT_ONLY:
            lines += [{"label": "MINERAL", "pattern": p, "id": ident}
                      for p in ELEMENT_CONTEXT_ONLY[name]]
        else:
            lines += _phrase_lines("MINERAL", ident, [name])
        lines += _phrase_lines("MINERAL", ident, ELEMENT_EXTRA_PHRASES.get(name, []))
    for ident, (phrases, exact) in COMMODITIES.items():
        lines += _phrase_lines("MINERAL", ident, phrases)
        lines += _exact_lines("MINERAL", ident, exact)
    return _sorted_unique(lines)


def critical_mineral_lists() -> dict[str, Any]:
    elements = _element_names()
    by_id: dict[str, list[str]] = {}
    for list_name, spec in CRITICAL_MINERAL_LISTS.items():
        members = spec["members"]
        if len(set(members)) != EXPECTED_LIST_SIZES[list_name]:
            raise SystemExit(f"{list_name}: {len(set(members))} members, "
                             f"expected {EXPECTED_LIST_SIZES[list_name]}")
        for member in members:
            if member in elements:
                ident = elements[member]
            elif member in COMMODITIES:
                ident = member
            else:
                raise SystemExit(f"{list_name}: {member!r} is neither an element nor a commodity id")
            by_id.setdefault(ident, []).append(list_name)
    return {
        "_comment": "Generated by scripts/build_gazetteers.py; do not edit. Maps a MINERAL id "
                    "(see minerals.jsonl) to the official critical-mineral lists that name it. "
                    "A list's group entries (REE, PGM/PGE, HREE, LREE) are recorded under the "
                    "group id, not under each element.",
        "lists": {name: spec["source"] for name, spec in sorted(CRITICAL_MINERAL_LISTS.items())},
        "minerals": {ident: sorted(lists) for ident, lists in sorted(by_id.items())},
    }


def english_tokenizer():
    """spaCy's English tokenizer, built without a Language object.

    ``spacy.blank("en")`` would also import every installed pipeline-component
    entry point (including this project's), which this script does not need.
    tests/test_gazetteers.py checks that it splits text as spacy.blank("en") does.
    """
    from spacy.lang.en import English
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    from spacy.vocab import Vocab

    defaults = English.Defaults
    return Tokenizer(
        Vocab(),
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def render_jsonl(lines: list[dict[str, Any]]) -> str:
    return "".join(
        json.dumps({k: line[k] for k in ("label", "pattern", "id") if k in line},
                   ensure_ascii=False) + "\n"
        for line in lines
    )


def render_outputs() -> dict[Path, str]:
    return {
        COUNTRIES_FILE: render_jsonl(country_lines()),
        MINERALS_FILE: render_jsonl(mineral_lines()),
        LISTS_FILE: render_lists(critical_mineral_lists()),
    }


def render_lists(data: dict[str, Any]) -> str:
    """Pretty JSON with one line per mineral id."""
    lines = ["{", f' "_comment": {json.dumps(data["_comment"], ensure_ascii=False)},', ' "lists": {']
    lists = list(data["lists"].items())
    for i, (name, source) in enumerate(lists):
        comma = "," if i < len(lists) - 1 else ""
        lines.append(f"  {json.dumps(name)}: {json.dumps(source, ensure_ascii=False)}{comma}")
    lines += [" },", ' "minerals": {']
    minerals = list(data["minerals"].items())
    for i, (ident, names) in enumerate(minerals):
        comma = "," if i < len(minerals) - 1 else ""
        lines.append(f"  {json.dumps(ident, ensure_ascii=False)}: {json.dumps(names)}{comma}")
    lines += [" }", "}"]
    return "\n".join(lines) + "\n"


def _library_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("pycountry", "periodictable", "spacy"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if a generated file is missing or differs")
    args = parser.parse_args(argv)
    outputs = render_outputs()
    if args.check:
        stale = [path for path, text in outputs.items()
                 if not path.is_file() or path.read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (run scripts/build_gazetteers.py)",
                  file=sys.stderr)
        if stale:
            print(f"(generated here with {_library_versions()}; a different pycountry or "
                  "periodictable release can change the output)", file=sys.stderr)
        return 1 if stale else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        count = text.count("\n") if path.suffix == ".jsonl" else len(json.loads(text)["minerals"])
        print(f"wrote {path.relative_to(ROOT)} ({count} {'lines' if path.suffix == '.jsonl' else 'ids'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
