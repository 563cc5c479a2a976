#!/usr/bin/env python3
"""Consistency check of the xlang test data (run it after every edit).

Usage: python3 tests/data/xlang/check.py [--names] [SPLIT ...]   (default: dev test)

Fails (exit 1) when:
  - a JSON file does not parse, or an article is not plain UTF-8 text with LF line endings in the
    layout of tests/data: a headline without a final full stop, one blank line, paragraphs;
  - a gold surface never occurs in its article at a word boundary (the scorers' matching rule:
    starts at a word boundary, ends at a word boundary or an apostrophe), an entity id is used but
    not declared, declared but unused, or has a type other than PER/LOC/ORG (MISC is allowed for an
    entity with optional mentions only);
  - the manifest names a missing file, a language outside the 19, a pivot without gold, a
    story that lacks one of the 19 languages, or a translation whose paragraphs do not match its
    pivot's one for one;
  - topics.json and the .txt files of the split disagree, or its languages disagree with the manifest;
  - an article is not mostly in the script of its language (Serbian must be Latin).
With --names it also lists, per English pivot, capitalised words that no gold surface covers, for a
person to judge (headline excluded); this is a review aid, not a failure.
"""
import argparse
import collections
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = "en tr ru hi sr de fr es it pt pl uk bg el ar fa he zh ja".split()
APOSTROPHES = "'\u2019\u02bc"
# the script most letters of an article must be in
SCRIPT = {"ru": "CYRILLIC", "uk": "CYRILLIC", "bg": "CYRILLIC", "el": "GREEK", "ar": "ARABIC",
          "fa": "ARABIC", "he": "HEBREW", "hi": "DEVANAGARI", "zh": "CJK", "ja": "CJK"}


def is_word_char(ch):
    return unicodedata.category(ch)[0] in "LMN" or ch == "_"


def occurrences(text, surface):
    """Start offsets where surface occurs under the scorers' boundary rule (overlaps not resolved)."""
    out = []
    i = text.find(surface)
    while i != -1:
        j = i + len(surface)
        before_ok = i == 0 or not is_word_char(text[i - 1])
        after_ok = j == len(text) or not is_word_char(text[j]) or text[j] in APOSTROPHES
        if before_ok and after_ok:
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def gold_spans(text, surfaces):
    """The scorers' resolution: longest surface first, non-overlapping."""
    taken = [False] * len(text)
    found = []
    for surface, ent in sorted(surfaces, key=lambda s: -len(s[0])):
        for i in occurrences(text, surface):
            j = i + len(surface)
            if not any(taken[i:j]):
                for k in range(i, j):
                    taken[k] = True
                found.append((i, j, ent))
    return sorted(found)


def script_of(ch):
    name = unicodedata.name(ch, "")
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA")):
        return "CJK"
    return name.split(" ")[0]


def check_layout(path, errors):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{path}: not UTF-8 ({e})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{path}: byte order mark")
    if "\r" in text:
        errors.append(f"{path}: CR in line endings")
    if not text.endswith("\n") or text.endswith("\n\n"):
        errors.append(f"{path}: must end with exactly one newline")
    lines = text.split("\n")
    if len(lines) < 4 or not lines[0].strip() or lines[1] != "" or not lines[2].strip():
        errors.append(f"{path}: expected headline, blank line, paragraphs")
    if lines and lines[0].rstrip().endswith((".", "。", "।")):
        errors.append(f"{path}: headline ends with a full stop")
    for n, line in enumerate(lines[:-1], 1):
        if line != line.strip():
            errors.append(f"{path}:{n}: leading or trailing white space")
        if n > 2 and line == "" and lines[n] == "":
            errors.append(f"{path}:{n}: two blank lines in a row")
    return text


def check_split(split, show_names, counts):
    errors = []
    d = os.path.join(HERE, split)

    def load(name):
        try:
            return json.load(open(os.path.join(d, name), encoding="utf-8"))
        except (OSError, ValueError) as e:
            errors.append(f"{split}/{name}: {e}")
            return None

    gold, man, topics = load("gold.json"), load("manifest.json"), load("topics.json")
    if gold is None or man is None or topics is None:
        return errors
    man, topics = man["articles"], topics["articles"]
    txts = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    others = sorted(f for f in os.listdir(d) if not f.endswith((".txt", ".json")))
    if others:
        errors.append(f"{split}: files korpus would read or that do not belong here: {others}")
    texts = {}
    for f in txts:
        t = check_layout(os.path.join(d, f), errors)
        if t is not None:
            texts[f] = t

    # gold
    ents = gold["entities"]
    required = {ent for g in gold["articles"].values() for _, ent in g["mentions"]}
    for e, t in ents.items():
        # MISC (events, craft, storms) is allowed only for optional mentions: the scorers type PER/LOC/ORG
        if t not in ("PER", "LOC", "ORG") and not (t == "MISC" and e not in required):
            errors.append(f"{split}/gold.json: {e} has type {t}")
    used = set()
    for f, g in gold["articles"].items():
        if f not in texts:
            errors.append(f"{split}/gold.json: {f} is not an article of the split")
            continue
        text = texts[f]
        for kind in ("mentions", "optional"):
            for surface, ent in g.get(kind, []):
                used.add(ent)
                if ent not in ents:
                    errors.append(f"{split}/{f}: entity {ent!r} not declared")
                if not occurrences(text, surface):
                    errors.append(f"{split}/{f}: {kind} surface {surface!r} not found at a word boundary")
        spans = gold_spans(text, g["mentions"])
        counts["gold_mentions"] += len(spans)
        counts["gold_entities"] += len({e for _, _, e in spans})
        # a surface can be shadowed completely by a longer one: then it never yields a mention
        got = collections.Counter(text[s:e] for s, e, _ in spans)
        for surface, ent in g["mentions"]:
            if got[surface] == 0 and occurrences(text, surface):
                errors.append(f"{split}/{f}: surface {surface!r} is always inside a longer surface")
        if show_names:
            covered = [False] * len(text)
            for s, e, _ in spans + gold_spans(text, g.get("optional", [])):
                for k in range(s, e):
                    covered[k] = True
            start = text.index("\n") + 1
            words, i = [], start
            while i < len(text):
                if text[i].isalpha() and (i == 0 or not is_word_char(text[i - 1])):
                    j = i
                    while j < len(text) and is_word_char(text[j]):
                        j += 1
                    w = text[i:j]
                    prev = text[:i].rstrip()
                    sentence_start = not prev or prev[-1] in ".!?\n\"“"
                    if w[0].isupper() and not covered[i] and not sentence_start:
                        words.append(w)
                    i = j
                else:
                    i += 1
            print(f"  {split}/{f}: capitalised words outside the gold: {sorted(set(words))}")
    for e in ents:
        if e not in used:
            errors.append(f"{split}/gold.json: entity {e} declared but never used")

    # manifest
    stories = collections.defaultdict(set)
    for f, m in man.items():
        if f not in texts:
            errors.append(f"{split}/manifest.json: {f} missing")
        if m["lang"] not in LANGS:
            errors.append(f"{split}/manifest.json: {f} has language {m['lang']}")
        if m["english"] not in gold["articles"]:
            errors.append(f"{split}/manifest.json: pivot {m['english']} of {f} has no gold")
        stories[m["english"]].add(m["lang"])
    for pivot, langs in stories.items():
        missing = sorted(set(LANGS) - langs)
        if missing:
            errors.append(f"{split}: story of {pivot} lacks {missing}")
    # translations follow their pivot paragraph by paragraph
    def paragraphs(f):
        return len([p for p in texts.get(f, "").split("\n\n")[1:] if p.strip()])
    for f, m in man.items():
        if f in texts and m["english"] in texts and paragraphs(f) != paragraphs(m["english"]):
            errors.append(f"{split}/{f}: {paragraphs(f)} paragraphs, its pivot {paragraphs(m['english'])}")

    # topics
    if sorted(topics) != txts:
        errors.append(f"{split}/topics.json: lists {sorted(set(topics) ^ set(txts))} differently from the .txt files")
    for f, t in topics.items():
        if f in man and man[f]["lang"] != t["lang"]:
            errors.append(f"{split}/topics.json: {f} language {t['lang']} vs manifest {man[f]['lang']}")
        if t["lang"] not in LANGS:
            errors.append(f"{split}/topics.json: {f} has language {t['lang']}")

    # script
    for f, text in texts.items():
        lang = topics.get(f, {}).get("lang")
        letters = [script_of(ch) for ch in text if ch.isalpha()]
        want = SCRIPT.get(lang, "LATIN")
        share = sum(1 for s in letters if s == want) / max(len(letters), 1)
        if share < 0.7:
            errors.append(f"{split}/{f}: only {share:.0%} of letters in {want}")
        if lang == "sr" and any(s == "CYRILLIC" for s in letters):
            errors.append(f"{split}/{f}: Serbian article with Cyrillic letters")
        counts["articles"] += 1
        counts["lang:" + lang] += 1
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("splits", nargs="*", default=["dev", "test"])
    ap.add_argument("--names", action="store_true", help="list capitalised words of the pivots outside the gold")
    args = ap.parse_args()
    failed = False
    for split in args.splits:
        if not os.path.isdir(os.path.join(HERE, split)):
            print(f"{split}: no such split")
            failed = True
            continue
        counts = collections.Counter()
        errors = check_split(split, args.names, counts)
        for e in errors:
            print("ERROR", e)
        per_lang = " ".join(f"{l} {counts['lang:' + l]}" for l in LANGS)
        print(f"{split}: {counts['articles']} articles ({per_lang}); English gold: "
              f"{counts['gold_mentions']} mentions, {counts['gold_entities']} entity-article pairs; "
              f"{'FAILED' if errors else 'ok'}")
        failed |= bool(errors)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
