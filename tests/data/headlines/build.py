#!/usr/bin/env python3
"""Build the headline dev set from source.gold: one article per entry, written to
dev/<lang>_<nn>_<slug>.txt, and dev/gold.json in score_entities.py's format.

Markup: {surface|TYPE|id} is a gold mention (TYPE PER, LOC or ORG); {surface|?} is
optional (neither rewarded nor penalised). A line `== lang nn slug` opens an article;
its first line is the headline, any lines after it the body.
Usage: python3 build.py   (from any directory; writes dev/ beside this file)
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev")
MARK = re.compile(r"\{([^{}|]+)\|([^{}]+)\}")


def main():
    source = open(os.path.join(HERE, "source.gold"), encoding="utf-8").read()
    entities, articles = {}, {}
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".txt"):
            os.remove(os.path.join(OUT, old))
    blocks = re.split(r"^== ", source, flags=re.M)[1:]
    for block in blocks:
        head, _, body = block.partition("\n")
        lang, nn, slug = head.split()
        lines = [l for l in body.strip("\n").split("\n")]
        mentions, optional = [], []

        def strip(m):
            surface, rest = m.group(1), m.group(2)
            if rest == "?":
                optional.append([surface, "optional"])
            else:
                kind, ent = rest.split("|")
                assert kind in ("PER", "LOC", "ORG"), rest
                assert entities.get(ent, kind) == kind, ent
                entities[ent] = kind
                if [surface, ent] not in mentions:
                    mentions.append([surface, ent])
            return surface

        text_lines = [MARK.sub(strip, l) for l in lines]
        # headline, blank line, body (a one-line article is its headline alone)
        text = text_lines[0] + "\n"
        if len(text_lines) > 1:
            text += "\n" + "\n".join(l for l in text_lines[1:] if l.strip()) + "\n"
        name = f"{lang}_{nn}_{slug}.txt"
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(text)
        art = {"lang": lang, "mentions": mentions}
        if optional:
            art["optional"] = optional
        articles[name] = art
    gold = {
        "about": "Headline gold for korpus (issue 10, headlines and one-line articles): see README.md.",
        "entities": dict(sorted(entities.items())),
        "articles": dict(sorted(articles.items())),
    }
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(articles)} articles, {len(entities)} entities")


if __name__ == "__main__":
    main()
