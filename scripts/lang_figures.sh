#!/usr/bin/env bash
# The per-language figures of issue 10, measured with the shared scorers:
#   ner19 span gold per language (dev and test), the cross-language set
#   (score_xentities.py) and related articles over it (MAP, and MAP per query language).
# Usage: scripts/lang_figures.sh [dev|test]   (default: both; report `test`, tune on `dev`)
set -euo pipefail
cd "$(dirname "$0")/.."
korpus=${KORPUS_BIN:-target/release/korpus}
eval_dir=../shared/eval
[ -d "$eval_dir" ] || eval_dir=/work/shared/eval
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
parts=${1:-dev test}
[ -x "$korpus" ] || cargo build --release -q

for part in $parts; do
  echo "== ner19/$part: mention F1, strict F1, type accuracy, link, cross-article link per language"
  ner=tests/data/ner19/$part
  "$korpus" entities --json --no-cache --corpus "$ner" > "$out/ner.json"
  for lang in tr ru en hi sr de fr es it pt pl uk bg el ar fa he zh ja; do
    line=$(python3 tests/data/ner19/ner19.py score --scorer "$eval_dir/score_entities.py" --gold "$ner/gold.json" \
      --corpus "$ner" "$out/ner.json" --lang "$lang" 2>/dev/null | tail -1 || true)
    echo "$lang  $line"
  done
  echo "all $(python3 tests/data/ner19/ner19.py score --scorer "$eval_dir/score_entities.py" --gold "$ner/gold.json" \
    --corpus "$ner" "$out/ner.json" 2>/dev/null | tail -1)"

  echo "== xlang/$part: entities of the English pivot found in each translation (score_xentities.py)"
  x=tests/data/xlang/$part
  "$korpus" entities --json --no-cache --corpus "$x" > "$out/x.json"
  python3 "$eval_dir/score_xentities.py" "$out/x.json" --corpus "$x" --manifest "$x/manifest.json" --gold "$x/gold.json" \
    | sed -n '/^lang /,/^$/p'
  python3 "$eval_dir/score_xentities.py" "$out/x.json" --corpus "$x" --manifest "$x/manifest.json" --gold "$x/gold.json" | tail -1

  echo "== xlang/$part: related articles over all 19 languages (score_related.py), MAP per query language"
  "$korpus" related --json --no-cache --limit 1000 --corpus "$x" > "$out/r.json"
  python3 "$eval_dir/score_related.py" --gold "$x/topics.json" "$out/r.json" | tail -1
  python3 - "$x/topics.json" "$out/r.json" <<'EOF'
import json, os, sys
gold = json.load(open(sys.argv[1]))["articles"]
pred = {os.path.basename(p["file"]): [os.path.basename(r["file"]) for r in p["related"]] for p in json.load(open(sys.argv[2]))}
per = {}
for f, g in gold.items():
    relevant = {o for o, h in gold.items() if o != f and h["topic"] == g["topic"]}
    if not relevant:
        continue
    ranking = [o for o in pred.get(f, []) if o in gold]
    hits, total = 0, 0.0
    for i, o in enumerate(ranking):
        if o in relevant:
            hits += 1
            total += hits / (i + 1)
    per.setdefault(g["lang"], []).append(total / len(relevant))
print("MAP by query language: " + " ".join(f"{l} {sum(v)/len(v):.3f}" for l, v in sorted(per.items())))
EOF
done
