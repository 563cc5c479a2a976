#!/usr/bin/env python3
"""Generate data/names/given.txt, the given names korpus takes as evidence of a person.

Source (fetched only from the package registry): PyPI gender-guesser 0.4.0,
gender_guesser/data/nam_dict.txt, Jörg Michael's list of first names with their
frequency in 55 countries (GNU Free Documentation License 1.2 or later; the
generated file is a modified version under the same licence).

Keeps every name whose frequency in at least one country is MIN_FREQUENCY or
more (1 = rare ... 13 = extremely common), one name per line, in the list's
Latin spelling; korpus transliterates other scripts before it looks a word up.

Second source, written to data/names/given-nd.txt: PyPI names-dataset 3.3.1
(MIT, Philippe Rémy; v3/first_names.pkl.gz and last_names.pkl.gz, read from the
wheel): the first names ranked within the top HOME_RANK of a country whose
press korpus reads, or the top ANY_RANK of any of its 105 countries, in Latin,
Cyrillic or Greek letters (Arabic, Persian and Hebrew names are their
profiles' own `given` lines). The dataset's first-name field holds surnames
too, so a name ranked better as a last name, a gazetteer place name, a stop
word or a cue word of any profile is left out.

Third output, data/names/common.tsv: per cased language, its COMMON_WORDS most
frequent words from PyPI wordfreq 3.1.1 (data CC BY-SA 4.0, Robyn Speer;
wordfreq/data/small_<lang>.msgpack.gz, read from the wheel; Serbian from `sh`),
most frequent first, without given names and gazetteer place names: a lone
capitalised word that is an ordinary word of its language names a party, a
movement or a brand (`Forza`, `Lewica`, `Ensemble`) more often than a person or
a place.

Usage: scripts/build_names.py [--work DIR] [--out data/names/given.txt] [--more data/names/given-nd.txt]
                              [--common data/names/common.tsv]
"""
import argparse
import glob
import gzip
import pickle
import unicodedata
import os
import subprocess
import sys
import tempfile
import zipfile

MIN_FREQUENCY = 3
# Columns 31..85 hold one hexadecimal frequency per country (see the file's header).
FREQ_COLUMNS = slice(30, 85)
# names-dataset: ranks within a country (1 = most frequent first name there)
HOME_RANK = 1500
ANY_RANK = 200
# the countries of korpus's 19 languages' press (Ukraine is not in the dataset)
HOME = set("TR RU GB US IN RS HR DE AT FR ES MX IT PT BR PL BG GR CY EG SA IR IL CN JP".split())
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def stop_words():
    """Stop, frequent and month words of every profile, case-folded."""
    stop = set()
    for gen in glob.glob(os.path.join(DATA, "lang", "*.gen.tsv")):
        for line in open(gen, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if cols[0] in ("stop", "frequent", "month") and len(cols) > 1:
                stop.update(w.casefold() for w in cols[-1].replace("|", " ").split())
    return stop


def cue_words():
    """Every word of the hand-written profile files (titles, heads, never-names ...), case-folded."""
    words = set()
    for path in glob.glob(os.path.join(DATA, "lang", "*.tsv")):
        if path.endswith(".gen.tsv"):
            continue
        for line in open(path, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cols) > 1:
                words.update(w.casefold() for w in cols[-1].replace("|", " ").split())
    return words


def place_words():
    """One-word gazetteer names (`India`, `Chiba`), case-folded."""
    words = set()
    for line in open(os.path.join(DATA, "gazetteer.tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(cols) < 4:
            continue
        for name in [cols[3]] + (cols[4].split("|") if len(cols) > 4 else []):
            if " " not in name:
                words.add(name.casefold())
    return words


# the languages written with capitals (the others' names are not found by case)
CASED = "tr ru en sr de fr es it pt pl uk bg el".split()
COMMON_WORDS = 5000
# a names-dataset first name among this many most frequent words of a language is a word (`Νέα`, new)
ND_COMMON = 2000


def wordfreq_lists(work):
    """Per cased language, wordfreq's words, most frequent first."""
    import msgpack  # wordfreq's own format; `pip install msgpack`

    if not glob.glob(os.path.join(work, "wordfreq-*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "download", "wordfreq==3.1.1", "--no-deps", "-d", work],
                       check=True, stdout=subprocess.DEVNULL)
    whl = glob.glob(os.path.join(work, "wordfreq-*.whl"))[0]
    out = {}
    with zipfile.ZipFile(whl) as z:
        for lang in CASED:
            source = "sh" if lang == "sr" else lang
            buckets = msgpack.unpackb(gzip.decompress(z.read(f"wordfreq/data/small_{source}.msgpack.gz")), raw=False)
            out[lang] = [w for bucket in buckets[1:] for w in bucket]
    return out


def frequent_words(work, n):
    """The n most frequent words of every cased language, case-folded, also in Latin letters
    (`νέα` is `nea`: korpus looks names up transliterated)."""
    from anyascii import anyascii  # `pip install anyascii` (the any_ascii crate's tables)

    words = {w.casefold() for ws in wordfreq_lists(work).values() for w in ws[:n]}
    return words | {anyascii(w).casefold() for w in words}


def common_words(work, names):
    """Per cased language, its most frequent words (wordfreq), minus names and places."""
    excluded = {n.casefold() for n in names} | place_words()
    out = {}
    for lang, all_words in wordfreq_lists(work).items():
        words = []
        seen = set()
        for w in all_words:
            if w.isalpha() and len(w) >= 3 and w not in excluded and w not in seen:
                words.append(w)
                seen.add(w)
            if len(words) >= COMMON_WORDS:
                break
        out[lang] = words
    return out


def in_cased_script(word):
    """Latin, Cyrillic or Greek letters only."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith(("LATIN", "CYRILLIC", "GREEK")) for ch in word)


def names_dataset_tables(work):
    """names-dataset 3.3.1's first-name and last-name tables, from its wheel (downloaded into `work` once)."""
    if not glob.glob(os.path.join(work, "names_dataset-*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "download", "names-dataset==3.3.1", "--no-deps", "-d", work],
                       check=True, stdout=subprocess.DEVNULL)
    whl = glob.glob(os.path.join(work, "names_dataset-*.whl"))[0]
    with zipfile.ZipFile(whl) as z:
        first = pickle.loads(gzip.decompress(z.read("names_dataset/v3/first_names.pkl.gz")))
        last = pickle.loads(gzip.decompress(z.read("names_dataset/v3/last_names.pkl.gz")))
    return first, last


def names_dataset(work, known):
    """The names-dataset first names described above, minus `known`."""
    first, last = names_dataset_tables(work)
    last_rank = {}
    for name, attrs in last.items():
        if attrs.get("rank"):
            last_rank[name.casefold()] = min(attrs["rank"].values())
    excluded = stop_words() | cue_words() | place_words() | frequent_words(work, ND_COMMON)
    names = set()
    for name, attrs in first.items():
        ranks = attrs.get("rank") or {}
        home = [r for c, r in ranks.items() if c in HOME]
        if not (min(home, default=HOME_RANK + 1) <= HOME_RANK or min(ranks.values(), default=ANY_RANK + 1) <= ANY_RANK):
            continue
        best = min(ranks.values())
        for part in name.replace("-", " ").split():
            if len(part) < 3 or not part[0].isupper() or part.isupper() or not in_cased_script(part):
                continue
            folded = part.casefold()
            # korpus's name key merges doubled letters: `Thee` would be `The`
            squeezed = "".join(ch for i, ch in enumerate(folded) if i == 0 or folded[i - 1] != ch)
            if folded in excluded or squeezed in excluded or last_rank.get(folded, best + 1) < best:
                continue
            names.add(part)
    return names - known


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "korpus-names"))
    ap.add_argument("--out", default=os.path.join(DATA, "names", "given.txt"))
    ap.add_argument("--more", default=os.path.join(DATA, "names", "given-nd.txt"))
    ap.add_argument("--common", default=os.path.join(DATA, "names", "common.tsv"))
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    if not glob.glob(os.path.join(args.work, "gender_guesser-*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "download", "gender-guesser==0.4.0", "--no-deps", "-d", args.work],
                       check=True, stdout=subprocess.DEVNULL)
    whl = glob.glob(os.path.join(args.work, "gender_guesser-*.whl"))[0]
    with zipfile.ZipFile(whl) as z:
        lines = z.read("gender_guesser/data/nam_dict.txt").decode("utf-8", errors="replace").split("\n")
    names = set()
    for line in lines:
        if line.startswith("#") or line.startswith("=") or len(line) < 31:
            continue
        if line[29] == "+":  # the same name again, sorted with expanded umlauts
            continue
        name = line[3:29].strip()
        freqs = [int(c, 16) for c in line[FREQ_COLUMNS] if c in "0123456789ABCDEFabcdef"]
        if not name or max(freqs, default=0) < MIN_FREQUENCY:
            continue
        # `+` joins the parts of Arabic, Chinese and Korean names (`Jun+Wei`): each part is a name word
        for part in name.replace("+", " ").replace("-", " ").split():
            if len(part) >= 2 and "\ufffd" not in part:
                names.add(part)
    # a name that is a stop word of one of korpus's languages (`The`, `Will`, `May`) proves nothing
    stop = stop_words()
    names = {n for n in names if n.casefold() not in stop}
    out = os.path.abspath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Given names, generated by scripts/build_names.py from nam_dict.txt (PyPI gender-guesser 0.4.0),\n")
        f.write("# (c) 2007-2008 Jörg Michael, GNU Free Documentation License 1.2 or later (see data/LICENSES.md).\n")
        f.write(f"# Modified: names with a frequency of {MIN_FREQUENCY} or more in some country, one word per line.\n")
        for n in sorted(names):
            f.write(n + "\n")
    print(f"wrote {len(names)} names to {out}", file=sys.stderr)
    more = sorted(names_dataset(args.work, names))
    with open(os.path.abspath(args.more), "w", encoding="utf-8") as f:
        f.write("# More given names, generated by scripts/build_names.py from names-dataset 3.3.1 (PyPI),\n")
        f.write("# MIT licence, (c) Philippe Remy (see data/LICENSES.md). First names in the top "
                f"{HOME_RANK} of a home country or the top {ANY_RANK} of any,\n")
        f.write("# not ranked better as a surname, no place, stop or cue word; names in given.txt left out.\n")
        for n in more:
            f.write(n + "\n")
    print(f"wrote {len(more)} names to {args.more}", file=sys.stderr)
    common = common_words(args.work, names | set(more))
    with open(os.path.abspath(args.common), "w", encoding="utf-8") as f:
        f.write("# Ordinary words per language, generated by scripts/build_names.py from wordfreq 3.1.1 (PyPI):\n")
        f.write("# data CC BY-SA 4.0, (c) Robyn Speer (see data/LICENSES.md). The most frequent words of each\n")
        f.write("# cased language (Serbian: sh), most frequent first, given names and gazetteer places left out.\n")
        for lang in CASED:
            f.write(lang + "\t" + " ".join(common[lang]) + "\n")
    print(f"wrote {sum(map(len, common.values()))} words to {args.common}", file=sys.stderr)


if __name__ == "__main__":
    main()
