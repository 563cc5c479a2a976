#!/usr/bin/env python3
"""Build gold.json beside this file from its *.gold sources, with ner19.py's reader and writer."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import ner19  # noqa: E402

entities, articles = {}, {}
for src in sorted(glob.glob(os.path.join(HERE, "*.gold"))):
    lang, rows = ner19.parse_source(src)
    mentions, optional, proclitics = [], [], []
    for opt, typ, ent, surfaces in rows:
        entities[ent] = typ
        for s in surfaces:
            if "+" in s:
                prefix, bare = s.split("+", 1)
                s = prefix + bare
                if [s, prefix] not in proclitics:
                    proclitics.append([s, prefix])
            (optional if opt else mentions).append([s, ent])
    art = {"lang": lang, "mentions": mentions, "optional": optional}
    if proclitics:
        art["proclitics"] = proclitics
    articles[os.path.basename(src)[: -len(".gold")] + ".txt"] = art
gold = {"about": ner19.ABOUT, "entities": dict(sorted(entities.items())), "articles": articles}
text = ner19.dump(gold)
json.loads(text)
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
    f.write(text)
print("wrote gold.json")
