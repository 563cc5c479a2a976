#!/usr/bin/env python3
"""Build, check and score the ner19 span gold.

  python3 ner19.py build            src/<part>/*.gold -> <part>/gold.json
  python3 ner19.py check [-v]       validate articles and gold, print counts
  python3 ner19.py score --gold G --corpus C PRED.json [--lang xx] [--verbose]

Source format (one file per article, src/<part>/<article stem>.gold):

  lang: de
  PER olaf_scholz = Olaf Scholz | Scholz | Scholz'
  opt LOC germany = deutschen | deutsche

Each line: an optional `opt`, the type (PER, LOC, ORG; MISC for optional events,
works and ships), the shared entity id,
`=`, and the surfaces separated by ` | `. `#` starts a comment line. In Arabic
and Hebrew a `+` marks where attached proclitics end (`و+القاهرة`, `ב+תל אביב`):
the gold surface is the whole word, and gold.json lists the prefix under
"proclitics" so `score --bare` can judge strict spans on the bare name.

`score` (optionally `--lang xx`, `--bare`) runs the shared scorer (shared/eval/score_entities.py beside the
checkout or beside its worktree folder, or --scorer PATH) with one change to how gold surfaces are found:
next to a Han or kana character a match needs no word boundary (Chinese and
Japanese are written without spaces, and the shared rule would drop every
name inside a sentence), and required and optional surfaces are placed
together, longest first, so an optional 日本人 hides the required 日本 inside
it. On the spaced languages `check` makes sure no required match overlaps an
optional one, so there both scorers read the same gold mentions.
"""
import argparse
import glob
import importlib.util
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
# dev and test, then every check set with sources under src/ (fresh48, types_extra, ...): one build
# and one check over all of them, so an entity id keeps one type everywhere
PARTS = ("dev", "test") + tuple(
    sorted(p for p in os.listdir(os.path.join(HERE, "src")) if p not in ("dev", "test") and os.path.isdir(os.path.join(HERE, "src", p)))
)
TYPES = ("PER", "LOC", "ORG", "MISC")  # MISC: optional only (events, works, ships)
LANGS = "tr ru en hi sr de fr es it pt pl uk bg el ar fa he zh ja".split()
UNSEGMENTED_LANGS = ("zh", "ja")
APOSTROPHES = "'\u2019\u02bc"
PROCLITICS = {"ar": "وفبلك", "he": "והבלמשכ"}
ABOUT = (
    "Span gold for korpus's 19 languages: news reports written for this project about real events "
    "(see README.md). Every occurrence of a surface that starts at a word boundary and ends at a word "
    "boundary or an apostrophe is one gold mention, longest surface first, non-overlapping; in Chinese and "
    "Japanese a Han or kana neighbour also counts as a boundary (score with ner19.py score). A surface is "
    "the whole written word: inflected forms are listed one by one, attached clitics (Arabic wa-/bi-/li-/"
    "al-, Hebrew ha-/be-/le-/mi-/ve-/she-) are part of the span, Turkish and English apostrophe suffixes "
    "are not. 'optional' mentions (demonyms, descriptive phrases, abbreviations such as 日米) are neither "
    "rewarded nor penalised. Organisation names that contain a place are one ORG mention. Entity ids are "
    "shared across languages and parts."
)


# ---------------------------------------------------------------- matching

def is_word_char(ch):
    cat = unicodedata.category(ch)
    return cat[0] in "LMN" or ch == "_"


def is_unsegmented(ch):
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA")) or ch in "ー々〆"


def boundary_before(text, i, cjk):
    if i == 0 or not is_word_char(text[i - 1]):
        return True
    return cjk and (is_unsegmented(text[i - 1]) or is_unsegmented(text[i]))


def boundary_after(text, j, cjk):
    if j == len(text) or not is_word_char(text[j]) or text[j] in APOSTROPHES:
        return True
    return cjk and (is_unsegmented(text[j]) or is_unsegmented(text[j - 1]))


def place(text, tagged, cjk):
    """tagged: [(surface, entity, kind)]. Longest first, non-overlapping.
    Returns [(start, end, entity, kind)] sorted by start."""
    taken = [False] * len(text)
    found = []
    for surface, ent, kind in sorted(tagged, key=lambda s: -len(s[0])):
        i = text.find(surface)
        while i != -1:
            j = i + len(surface)
            if boundary_before(text, i, cjk) and boundary_after(text, j, cjk) and not any(taken[i:j]):
                for k in range(i, j):
                    taken[k] = True
                found.append((i, j, ent, kind))
            i = text.find(surface, i + 1)
    return sorted(found)


def shared_rule(text, surfaces):
    """The shared scorer's own placement (required and optional apart)."""
    return [(s, e, ent) for s, e, ent, _ in place(text, [(a, b, "x") for a, b in surfaces], False)]


# ---------------------------------------------------------------- sources

def parse_source(path):
    lang = None
    rows = []  # (optional, type, id, [surfaces])
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("lang:"):
            lang = line.split(":", 1)[1].strip()
            continue
        m = re.match(r"^(opt\s+)?(PER|LOC|ORG|MISC)\s+([a-z0-9_]+)\s*=\s*(.+)$", line)
        if not m:
            raise SystemExit(f"{path}:{n}: cannot read {line!r}")
        surfaces = [s.strip() for s in m.group(4).split(" | ")]
        if any(not s for s in surfaces):
            raise SystemExit(f"{path}:{n}: empty surface")
        rows.append((bool(m.group(1)), m.group(2), m.group(3), surfaces))
    if lang not in LANGS:
        raise SystemExit(f"{path}: lang {lang!r} is not one of the 19")
    return lang, rows


def build_part(part):
    entities = {}
    articles = {}
    for src in sorted(glob.glob(os.path.join(HERE, "src", part, "*.gold"))):
        fname = os.path.basename(src)[: -len(".gold")] + ".txt"
        lang, rows = parse_source(src)
        mentions, optional, proclitics = [], [], []
        for opt, typ, ent, surfaces in rows:
            if entities.get(ent, typ) != typ:
                raise SystemExit(f"{src}: {ent} is {typ} here but {entities[ent]} elsewhere")
            entities[ent] = typ
            if typ == "MISC" and not opt:
                raise SystemExit(f"{src}: {ent} is MISC, which may only be optional")
            for s in surfaces:
                if "+" in s:
                    # "و+القاهرة": the proclitic و is written on the name
                    prefix, bare = s.split("+", 1)
                    s = prefix + bare
                    if not prefix or not bare or any(ch not in PROCLITICS.get(lang, "") for ch in prefix):
                        raise SystemExit(f"{src}: {prefix!r} is not a {lang} proclitic")
                    if [s, prefix] not in proclitics:
                        proclitics.append([s, prefix])
                (optional if opt else mentions).append([s, ent])
        articles[fname] = {"lang": lang, "mentions": mentions, "optional": optional}
        if proclitics:
            articles[fname]["proclitics"] = proclitics
    gold = {"about": ABOUT, "entities": dict(sorted(entities.items())), "articles": articles}
    return gold


def dump(gold):
    # one mention per line keeps diffs readable
    out = ["{", f' "about": {json.dumps(gold["about"], ensure_ascii=False)},', ' "entities": {']
    ents = list(gold["entities"].items())
    out += [f"  {json.dumps(k)}: {json.dumps(v)}{',' if i < len(ents) - 1 else ''}" for i, (k, v) in enumerate(ents)]
    out += [" },", ' "articles": {']
    arts = list(gold["articles"].items())
    for ai, (fname, a) in enumerate(arts):
        out.append(f"  {json.dumps(fname)}: {{")
        out.append(f'   "lang": {json.dumps(a["lang"])},')
        keys = [k for k in ("mentions", "optional", "proclitics") if k in a]
        for ki, key in enumerate(keys):
            rows = a[key]
            comma = "," if ki < len(keys) - 1 else ""
            out.append(f'   "{key}": [' + ("" if rows else "]" + comma))
            for i, (s, e) in enumerate(rows):
                out.append(f"    [{json.dumps(s, ensure_ascii=False)}, {json.dumps(e, ensure_ascii=False)}]"
                           f"{',' if i < len(rows) - 1 else ''}")
            if rows:
                out.append("   ]" + comma)
        out.append("  }" + ("," if ai < len(arts) - 1 else ""))
    out += [" }", "}"]
    return "\n".join(out) + "\n"


def cmd_build(_args):
    for part in PARTS:
        if not glob.glob(os.path.join(HERE, "src", part, "*.gold")):
            continue
        text = dump(build_part(part))
        json.loads(text)
        with open(os.path.join(HERE, part, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {part}/gold.json")


# ---------------------------------------------------------------- check

def word_count(text, lang):
    if lang in UNSEGMENTED_LANGS:
        return sum(1 for ch in text if is_word_char(ch))
    return len(text.split())


def context(text, i, j, width=25):
    return (text[max(0, i - width):i] + "[" + text[i:j] + "]" + text[j:j + width]).replace("\n", " ")


def check_text(fname, raw, problems):
    if b"\r" in raw:
        problems.append(f"{fname}: CR in file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"{fname}: not UTF-8")
        return None
    if text.startswith("\ufeff"):
        problems.append(f"{fname}: BOM")
    lines = text.split("\n")
    if len(lines) < 4 or lines[1] != "" or not lines[0].strip():
        problems.append(f"{fname}: first line must be a headline, then a blank line")
    if lines[0].rstrip().endswith((".", "。", "։", "۔")):
        problems.append(f"{fname}: headline ends with a full stop")
    if not text.endswith("\n") or text.endswith("\n\n"):
        problems.append(f"{fname}: must end with exactly one newline")
    if any(line != line.rstrip() for line in lines):
        problems.append(f"{fname}: trailing white space")
    return text


def cmd_check(args):
    problems, warnings = [], []
    types_seen = {}
    per_lang = {}
    for part in PARTS:
        gpath = os.path.join(HERE, part, "gold.json")
        if not os.path.exists(gpath):
            continue
        gold = json.load(open(gpath, encoding="utf-8"))
        if json.loads(dump(build_part(part))) != gold:
            problems.append(f"{part}/gold.json is not what src/{part}/*.gold builds (run build)")
        txts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, part, "*.txt")))
        if sorted(gold["articles"]) != txts:
            problems.append(f"{part}: articles {sorted(set(txts) ^ set(gold['articles']))} lack gold or text")
        for ent, typ in gold["entities"].items():
            if typ not in TYPES:
                problems.append(f"{part}: {ent} has type {typ}")
            if types_seen.setdefault(ent, typ) != typ:
                problems.append(f"{ent}: {typ} in {part}, {types_seen[ent]} elsewhere")
        used = set()
        first_warning = len(warnings)
        for fname, art in sorted(gold["articles"].items()):
            lang = art["lang"]
            if not fname.startswith(lang + "_"):
                problems.append(f"{fname}: name does not start with its lang {lang}")
            raw = open(os.path.join(HERE, part, fname), "rb").read()
            text = check_text(fname, raw, problems)
            if text is None:
                continue
            cjk = lang in UNSEGMENTED_LANGS
            req = [(s, e, "req") for s, e in art["mentions"]]
            opt = [(s, e, "opt") for s, e in art.get("optional", [])]
            for s, e, _ in req + opt:
                used.add(e)
                if e not in gold["entities"]:
                    problems.append(f"{fname}: entity {e} not declared")
                if s != s.strip():
                    problems.append(f"{fname}: surface {s!r} has outer spaces")
            dup = {s for s, _, _ in req + opt if [x for x, _, _ in req + opt].count(s) > 1}
            if dup:
                problems.append(f"{fname}: surfaces listed twice: {sorted(dup)}")
            placed = place(text, req + opt, cjk)
            for s, e, _ in req + opt:
                n = sum(1 for i, j, _, _ in placed if text[i:j] == s)
                if n == 0:
                    problems.append(f"{fname}: surface {s!r} ({e}) is never a gold mention")
            marked = {s for s, _ in art.get("proclitics", [])}
            for s, e, _ in req + opt:
                if s[0] in PROCLITICS.get(lang, "") and s not in marked:
                    warnings.append(f"{fname}: {s!r} starts with a proclitic letter but has no '+' mark")
            if not cjk:
                # the shared scorer places required and optional apart: they must agree
                r_alone = shared_rule(text, art["mentions"])
                o_alone = shared_rule(text, art.get("optional", []))
                for i, j, e in r_alone:
                    for oi, oj, oe in o_alone:
                        if i < oj and oi < j:
                            problems.append(f"{fname}: required {text[i:j]!r} overlaps optional {text[oi:oj]!r}")
            else:
                shared_n = len(shared_rule(text, art["mentions"]))
                warnings.append(f"{fname}: the shared rule alone finds {shared_n} of the required mentions")
                shown = " ".join(("(" + text[i:j] + ")" if k == "opt" else "[" + text[i:j] + "]") + text[j:j + 2]
                                 for i, j, _, k in placed)
                warnings.append(f"{fname}: placed [required] (optional) with the next two characters: {shown}")
            # review aid: a surface (or its stem) inside a word that no gold mention covers
            covered = [False] * len(text)
            for i, j, _, _ in placed:
                for k in range(i, j):
                    covered[k] = True
            stems = set()
            for s, _, _ in req + opt:
                stems.add(s)
                # attached proclitics: look for the bare name too
                proclitics = PROCLITICS.get(lang, "")
                bare = s
                while len(bare) > 3 and bare[0] in proclitics:
                    bare = bare[1:]
                    stems.add(bare)
                if not cjk and len(s) >= 5 and " " not in s:
                    stems.add(s[:-2] if len(s) >= 7 else s[:-1])
            for stem in sorted(stems, key=len, reverse=True):
                for m in re.finditer(re.escape(stem), text):
                    if not any(covered[m.start():m.end()]):
                        warnings.append(f"{fname}: uncovered {stem!r}: …{context(text, m.start(), m.end())}…")
                        for k in range(m.start(), m.end()):
                            covered[k] = True
            if lang not in ("ar", "fa", "he", "hi", "de", "zh", "ja"):
                # review aid: capitalised words inside sentences that are no gold mention
                for m in re.finditer(r"(?<=[^\s.!?:\"«„“(\n]\s)(\w[\w'’-]*)", text):
                    w = m.group(1)
                    if w[0].isupper() and not any(covered[m.start():m.end()]):
                        warnings.append(f"{fname}: capitalised, not gold: {w!r}: …{context(text, m.start(), m.end())}…")
            words = word_count(text, lang)
            n_req = sum(1 for *_, k in placed if k == "req")
            n_opt = sum(1 for *_, k in placed if k == "opt")
            prefixed = {s for s, _ in art.get("proclitics", [])}
            n_clitic = sum(1 for i, j, _, k in placed if k == "req" and text[i:j] in prefixed)
            ents = {e for _, _, e, k in placed if k == "req"}
            if lang not in UNSEGMENTED_LANGS and not 250 <= words <= 450:
                warnings.append(f"{fname}: {words} words (brief: 250-450)")
            row = per_lang.setdefault((part, lang), [0, 0, 0, 0, set(), 0])
            row[5] += n_clitic
            row[0] += 1
            row[1] += words
            row[2] += n_req
            row[3] += n_opt
            row[4] |= ents
            if args.verbose:
                print(f"{part}/{fname}: {words} words, {n_req} mentions, {n_opt} optional, {len(ents)} entities")
        for ent in set(gold["entities"]) - used:
            problems.append(f"{part}: entity {ent} declared but never used")
        if part == "test" and not args.test_notes:
            # notes quote test articles' names and sentences: whoever tunes on dev must not read them
            hidden = len(warnings) - first_warning
            del warnings[first_warning:]
            if hidden:
                warnings.append(f"test: {hidden} notes hidden (--test-notes shows them, for whoever writes test gold)")
    if args.verbose:
        for w in warnings:
            print("note:", w)
    print(f"{'part':5} {'lang':4} {'articles':>8} {'words':>6} {'mentions':>8} {'optional':>8} {'entities':>8}"
          f" {'clitic':>6}")
    for (part, lang), (n, w, r, o, e, c) in sorted(per_lang.items(), key=lambda kv: (kv[0][0], LANGS.index(kv[0][1]))):
        print(f"{part:5} {lang:4} {n:8} {w:6} {r:8} {o:8} {len(e):8} {c:6}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


# ---------------------------------------------------------------- score

def cmd_score(args):
    # shared/ sits beside the main checkout; worktrees live one level deeper
    candidates = [args.scorer] if args.scorer else [
        os.path.join(HERE, *[".."] * n, "shared", "eval", "score_entities.py") for n in (4, 5)]
    path = next((p for p in candidates if os.path.exists(p)), None)
    if path is None:
        raise SystemExit(f"score_entities.py not found at {candidates}: pass --scorer PATH")
    spec = importlib.util.spec_from_file_location("score_entities", path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = json.load(open(args.gold, encoding="utf-8"))
    gold_path = args.gold
    if args.lang:
        # score one language: the same gold restricted to its articles
        gold["articles"] = {f: a for f, a in gold["articles"].items() if a["lang"] == args.lang}
        if not gold["articles"]:
            raise SystemExit(f"no {args.lang} article in {args.gold}")
        tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
        json.dump(gold, tmp, ensure_ascii=False)
        tmp.close()
        gold_path = tmp.name
    by_text = {}
    for fname, art in gold["articles"].items():
        text = open(os.path.join(args.corpus, fname), "rb").read().decode("utf-8")
        by_text[text] = art

    def gold_mentions(text, surfaces):
        art = by_text.get(text)
        if art is None:
            return shared_rule(text, surfaces)
        optional = art.get("optional", [])
        tagged = [(s, e, "req") for s, e in art["mentions"]] + [(s, e, "opt") for s, e in optional]
        want = "opt" if surfaces == optional and surfaces != art["mentions"] else "req"
        prefixes = dict(art.get("proclitics", [])) if args.bare else {}
        return [(i + len(prefixes.get(text[i:j], "")), j, e)
                for i, j, e, k in place(text, tagged, art["lang"] in UNSEGMENTED_LANGS) if k == want]

    scorer.gold_mentions = gold_mentions
    sys.argv = [path, "--gold", gold_path, "--corpus", args.corpus, args.pred] + (["--verbose"] if args.verbose else [])
    scorer.main()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("build")
    c = sub.add_parser("check")
    c.add_argument("-v", "--verbose", action="store_true")
    c.add_argument("--test-notes", action="store_true",
                   help="with -v, also print the notes on test articles (they quote test text: not for tuning)")
    s = sub.add_parser("score")
    s.add_argument("--gold", required=True)
    s.add_argument("--corpus", required=True)
    s.add_argument("--scorer")
    s.add_argument("--lang", help="score only this language's articles")
    s.add_argument("--bare", action="store_true",
                   help="gold spans leave out marked proclitics (Arabic و, Hebrew ב...): strict F1 on bare names")
    s.add_argument("--verbose", action="store_true")
    s.add_argument("pred")
    args = ap.parse_args()
    {"build": cmd_build, "check": cmd_check, "score": cmd_score}[args.cmd](args)


if __name__ == "__main__":
    main()
