#!/usr/bin/env python3
"""List the type errors of a korpus entities JSON against ner19-style span gold.

  python3 scripts/type_errors.py --gold G --corpus C PRED.json [--lang xx] [--summary]

A prediction is matched to gold as the shared scorer does (the first unused gold
mention it overlaps, gold placed by tests/data/ner19/ner19.py's rule); every matched
mention whose korpus type differs from the gold type is printed with its context:
  lang  gold->korpus  file  [text]  context  korpus entity
--summary prints only the counts by language and by (gold, korpus) pair, and the
surfaces that are wrong most often. Tune on dev sets only.
"""
import argparse
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "ner19", os.path.join(HERE, "..", "tests", "data", "ner19", "ner19.py"))
ner19 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ner19)

TYPE_MAP = {"PER": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--lang")
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--trace", help="korpus.log written with KORPUS_LOG=korpus::entities::types=trace: "
                    "each error shows the rule that gave its vote")
    ap.add_argument("--by-rule", action="store_true",
                    help="with --trace: how often each rule's vote gave the right kind, by language")
    ap.add_argument("--kinds", action="store_true",
                    help="with --trace: the errors counted by (rule, gold->korpus) and language, no names "
                    "(what may be read of a test set)")
    ap.add_argument("--rule-gold", metavar="RULE",
                    help="with --trace: the gold kinds of the mentions RULE's vote typed, by language and korpus kind "
                    "(counts only: what may be read of a test set)")
    ap.add_argument("pred")
    args = ap.parse_args()
    votes = {}
    if args.trace:
        pat = re.compile(r'headline="((?:[^"\\]|\\.)*)" start=(\d+) end=(\d+) .*kind="(\w+)" weight=(\d+) rule="(\w+)"')
        for line in open(args.trace, encoding="utf-8"):
            m = pat.search(line)
            if m:
                votes[(m.group(1).replace('\\"', '"'), int(m.group(2)))] = f"{m.group(4)}/{m.group(5)} {m.group(6)}"
    gold = json.load(open(args.gold, encoding="utf-8"))
    types = gold["entities"]
    preds = {os.path.basename(a["file"]): a for a in json.load(open(args.pred, encoding="utf-8"))}
    errors = []
    per_lang = collections.Counter()
    by_rule = collections.defaultdict(lambda: [0, 0])
    matched_lang = collections.Counter()
    rule_gold = collections.Counter()
    for fname, art in gold["articles"].items():
        lang = art["lang"]
        if args.lang and lang != args.lang:
            continue
        raw = open(os.path.join(args.corpus, fname), "rb").read()
        text = raw.decode("utf-8")
        headline = text.split("\n", 1)[0]
        offs = ner19.char_to_byte_offsets(text) if hasattr(ner19, "char_to_byte_offsets") else None
        if offs is None:
            offs, b = [0] * (len(text) + 1), 0
            for i, ch in enumerate(text):
                offs[i] = b
                b += len(ch.encode("utf-8"))
            offs[len(text)] = b
        tagged = [(s, e, "req") for s, e in art["mentions"]] + [(s, e, "opt") for s, e in art.get("optional", [])]
        placed = ner19.place(text, tagged, lang in ner19.UNSEGMENTED_LANGS)
        req = [(offs[i], offs[j], e) for i, j, e, k in placed if k == "req"]
        used = [False] * len(req)
        for m in preds.get(fname, {}).get("mentions", []):
            s, e = m["start"], m["end"]
            for k, (gs, ge, ent) in enumerate(req):
                if not used[k] and s < ge and gs < e:
                    used[k] = True
                    matched_lang[lang] += 1
                    want = types[ent]
                    got = TYPE_MAP.get(str(m.get("type", "")).upper(), m.get("type"))
                    rule = votes.get((headline, s), "?").split(" ")[-1]
                    if rule == args.rule_gold:
                        rule_gold[(lang, got, want)] += 1
                    for key in ((rule, lang), (rule, "all")):
                        by_rule[key][0] += want == got
                        by_rule[key][1] += 1
                    if want != got:
                        per_lang[lang] += 1
                        ctx = raw[max(0, s - 80):s].decode("utf-8", "ignore") + "[" + m["text"] + "]" + \
                            raw[e:e + 60].decode("utf-8", "ignore")
                        errors.append((lang, want, got, fname, m["text"], ctx.replace("\n", " "), m.get("entity"), ent,
                                       votes.get((headline, s), "")))
                    break
    if args.rule_gold:
        for lang in sorted({l for l, _, _ in rule_gold}):
            cells = " ".join(f"{g}->{w} {n}" for (l, g, w), n in sorted(rule_gold.items()) if l == lang)
            print(f"{lang} {cells}")
        return
    if args.by_rule:
        for rule in sorted({r for r, _ in by_rule}, key=lambda r: -by_rule[(r, "all")][1]):
            right, n = by_rule[(rule, "all")]
            langs = " ".join(f"{l} {by_rule[(rule, l)][0]}/{by_rule[(rule, l)][1]}"
                             for l in sorted(matched_lang) if (rule, l) in by_rule)
            print(f"{rule:32s} {right:4d}/{n:<4d} {right / n:.2f}  {langs}")
        return
    if args.kinds:
        kinds = collections.Counter((e[8].split(" ")[-1] or "?", f"{e[1]}->{e[2]}", e[0]) for e in errors)
        for (rule, pair) in sorted({(r, p) for r, p, _ in kinds}, key=lambda k: -sum(
                n for (r, p, _), n in kinds.items() if (r, p) == k)):
            langs = {l: n for (r, p, l), n in kinds.items() if (r, p) == (rule, pair)}
            print(f"{sum(langs.values()):4d} {rule:32s} {pair:9s} " + " ".join(f"{l} {n}" for l, n in sorted(langs.items())))
        return
    if args.summary:
        for lang in sorted(matched_lang):
            n = matched_lang[lang]
            print(f"{lang} errors {per_lang[lang]:3d} of {n:4d} matched  type {1 - per_lang[lang] / n:.3f}")
        pairs = collections.Counter((w, g) for _, w, g, *_ in errors)
        print("by pair:", ", ".join(f"{w}->{g} {c}" for (w, g), c in pairs.most_common()))
        surf = collections.Counter((l, w, g, t) for l, w, g, _, t, *_ in errors)
        for (l, w, g, t), c in surf.most_common(40):
            print(f"  {c:2d} {l} {w}->{g} {t}")
        return
    for lang, want, got, fname, t, ctx, ent, gent, vote in sorted(errors):
        print(f"{lang} {want}->{got} {fname} [{t}] {ent} (gold {gent}) {vote}\n    {ctx}")


if __name__ == "__main__":
    sys.exit(main())
