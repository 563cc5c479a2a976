#!/usr/bin/env python3
"""The very lines korpus searches, for fzf to search beside it: every
non-blank line of every article's text in a JSON Lines corpus, stripped,
one per output line. Shared by measure_index.sh and compare_fzf.sh.

    scripts/corpus_lines.py CORPUS.jsonl LINES_OUT
"""
import json
import sys


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, out_path = sys.argv[1], sys.argv[2]
    with open(corpus, encoding="utf-8") as records, open(out_path, "w", encoding="utf-8") as out:
        for record in records:
            for line in json.loads(record)["text"].split("\n"):
                if line.strip():
                    out.write(line.strip() + "\n")


if __name__ == "__main__":
    main()
