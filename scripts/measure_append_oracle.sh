#!/usr/bin/env bash
# Which old linking decisions an append changes: the bound on any linking that
# runs on the new names only. A corpus is cut at several points; the part before
# a cut (old) and that part with the next ADDED articles (grown) are each linked
# from nothing (`entities --json --no-cache`, which an append answers byte for
# byte), and every old article's mention is compared between the two. An old
# entity (the old mentions linked to one id) is
#   kept     same members, id, display name and type in the grown corpus;
#   joined   its mentions now share an id with another old entity's;
#   split    its mentions now have two ids or more;
#   renamed  another id or display name, neither joined nor split;
#   retyped  another type only.
# An append in which no old entity changes could keep every old cluster as it
# is and link only the new names against them; one that changes some must link
# again at least those clusters (and whatever decided their change). A changed
# entity that no new mention joins changed through something corpus-wide.
#
#   scripts/measure_append_oracle.sh SOURCE [ADDED...]
#
# SOURCE is a JSON Lines file (cut in line order) or a folder of articles (its
# files shuffled with a fixed seed and copied under names that sort in that
# order, so every cut appends files whose names sort last). CUTS=N cut points
# (default 4), spread over the second half of the corpus; ADDED defaults to 1 %
# of the corpus. KORPUS_BIN=path uses that build of korpus; DETAIL=1 names the
# old entities that changed.
set -euo pipefail
cd "$(dirname "$0")/.."
source=${1:?usage: measure_append_oracle.sh SOURCE [ADDED...]}
shift
korpus=${KORPUS_BIN:-target/release/korpus}
[ -n "${KORPUS_BIN:-}" ] || cargo build --release --quiet --bin korpus
korpus=$(realpath "$korpus")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
if [ -d "$source" ]; then
  mkdir "$tmp/all"
  i=0
  # shellcheck disable=SC2012
  find "$source" -type f \( -name '*.txt' -o -name '*.md' \) | sort | shuf --random-source=<(yes 56) | while read -r f; do
    i=$((i + 1)); cp "$f" "$tmp/all/$(printf '%06d' "$i")_$(basename "$f")"
  done
  total=$(find "$tmp/all" -type f | wc -l)
else
  total=$(wc -l <"$source")
fi
cuts=${CUTS:-4}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=($(( (total + 99) / 100 )))
largest=$(printf '%s\n' "${sizes[@]}" | sort -n | tail -1)
part() {  # the corpus's first N articles at path $2
  if [ -d "$source" ]; then
    rm -rf "$2" && mkdir "$2" && find "$tmp/all" -type f | sort | head -n "$1" | xargs -r cp -t "$2"
  else
    head -n "$1" "$source" >"$2"
  fi
}
entities() { "$korpus" entities --json --no-cache --corpus "$1" >"$2" 2>/dev/null; }
ext=.jsonl
[ -d "$source" ] && ext=
echo "== $source: $total articles, cuts $cuts, added ${sizes[*]} (load $(load))"
for c in $(seq "$cuts"); do
  old=$(( total / 2 + (total / 2 - largest) * (c - 1) / cuts ))
  part "$old" "$tmp/old$ext"
  entities "$tmp/old$ext" "$tmp/old.json"
  for added in "${sizes[@]}"; do
    part $((old + added)) "$tmp/grown$ext"
    entities "$tmp/grown$ext" "$tmp/grown.json"
    printf '%7d + %-5d ' "$old" "$added"
    python3 - "$tmp/old.json" "$tmp/grown.json" <<'EOF'
import json, os, sys
from collections import defaultdict

def load(path):
    files, mentions = [], {}
    for art in json.load(open(path)):
        files.append(art["file"])
        for m in art.get("mentions", []):
            mentions[(art["file"], m["start"], m["end"])] = (m.get("entity"), m.get("name"), m.get("type"))
    return set(files), mentions

old_files, old = load(sys.argv[1])
_, grown_all = load(sys.argv[2])
grown = {k: v for k, v in grown_all.items() if k[0] in old_files}
new = {k: v for k, v in grown_all.items() if k[0] not in old_files}
members = defaultdict(set)
for k, v in old.items():
    members[v[0]].add(k)
# the old entities each grown id holds old mentions of
held = defaultdict(set)
for k, v in old.items():
    if k in grown:
        held[grown[k][0]].add(v[0])
new_ids = {v[0] for v in new.values()}
kinds = defaultdict(int)
detail = []
# a changed old entity whose grown entity holds no new mention changed through
# something corpus-wide (a count, a rank), not through a new name meeting it
untouched = 0
for e, ks in members.items():
    after = {grown[k] for k in ks if k in grown}
    ids = {a[0] for a in after}
    if len(ids) > 1:
        kinds["split"] += 1
    elif not ids:
        kinds["lost"] += 1
    elif len(held[next(iter(ids))]) > 1:
        kinds["joined"] += 1
    elif ids != {e} or {a[1] for a in after} != {old[k][1] for k in ks}:
        kinds["renamed"] += 1
    elif {a[2] for a in after} != {old[k][2] for k in ks}:
        kinds["retyped"] += 1
    else:
        kinds["kept"] += 1
        continue
    if not ids & new_ids:
        untouched += 1
    detail.append(f"    {'untouched ' if not ids & new_ids else ''}{e} {sorted({old[k][1] for k in ks})[:3]} ({len(ks)}) -> "
                  + ", ".join(f"{i} {n!r} {t}" for i, n, t in sorted({grown[k] for k in ks if k in grown})[:3]))
changed = len(members) - kinds["kept"]
meeting = len(new_ids & set(held))
moved = sum(1 for k in old if k not in grown) + sum(1 for k in grown if k not in old)
print(f"old entities {len(members)}: kept {kinds['kept']}, joined {kinds['joined']}, split {kinds['split']}, "
      f"renamed {kinds['renamed']}, retyped {kinds['retyped']}, lost {kinds['lost']} ({untouched} of the changed met by no new mention); old mentions moved {moved}; "
      f"new entities {len(new_ids)}, {meeting} of them old ones; "
      f"{'NO OLD DECISION CHANGED' if changed == 0 and moved == 0 else 'old decisions changed'}")
if os.environ.get("DETAIL"):
    print("\n".join(detail[:40]))
    for k in [k for k in old if k not in grown][:10]:
        print(f"    old mention gone: {k} {old[k]}")
    for k in [k for k in grown if k not in old][:10]:
        print(f"    old article's new mention: {k} {grown[k]}")
EOF
  done
done
