#!/usr/bin/env python3
"""Link errors of a prediction against ner19 gold, per language: gold entities split over several korpus ids,
korpus ids joining several gold entities, and (--kinds) gold mentions missed and false mentions, by count.
Places gold the way ner19.py score does, so Chinese and Japanese (no spaces) work too.
Usage: link_errors.py PART_DIR PRED.json LANG [--kinds]"""
import json, sys, os, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'data', 'ner19'))
import ner19
part, pred, lang = sys.argv[1], sys.argv[2], sys.argv[3]
kinds = '--kinds' in sys.argv
gold = json.load(open(os.path.join(part, 'gold.json')))
preds = {os.path.basename(p['file']): p for p in json.load(open(pred))}
g2k = collections.defaultdict(collections.Counter); k2g = collections.defaultdict(collections.Counter)
missed = false = matched = 0
for f, a in gold['articles'].items():
    if a['lang'] != lang: continue
    text = open(os.path.join(part, f), encoding='utf-8').read()
    cjk = lang in ner19.UNSEGMENTED_LANGS
    tagged = [(s, e, 'req') for s, e in a['mentions']] + [(s, e, 'opt') for s, e in a.get('optional', [])]
    gm = [(i, j, e, k) for i, j, e, k in ner19.place(text, tagged, cjk)]
    b = text.encode('utf-8')
    hit = set()
    for m in preds.get(f, {}).get('mentions', []):
        s = len(b[:m['start']].decode('utf-8', 'replace')); e = len(b[:m['end']].decode('utf-8', 'replace'))
        for n, (gs, ge, ent, k) in enumerate(gm):
            if gs < e and s < ge:
                hit.add(n)
                g2k[ent][(m['entity'], m['text'], f[:9])] += 1
                k2g[m['entity']][(ent, m['text'])] += 1
                break
        else:
            false += 1
            if kinds and '--names' in sys.argv: print('false', f[:12], m['text'])
    missed += sum(1 for n, g in enumerate(gm) if n not in hit and g[3] == 'req')
    matched += len(hit)
if kinds:
    split = sum(1 for c in g2k.values() if len({k[0] for k in c}) > 1)
    joins = sum(1 for c in k2g.values() if len({e for e, _ in c}) > 1)
    print(f'{lang}: matched {matched} missed {missed} false {false} gold-split {split} korpus-joins {joins}')
    sys.exit()
print('== gold entities split over korpus ids')
for ent, c in g2k.items():
    ids = {k[0] for k in c}
    if len(ids) > 1:
        print(ent, '->', '; '.join(f'{i}: ' + ', '.join(sorted({k[1] for k in c if k[0]==i})) for i in ids))
print('== korpus ids joining gold entities')
for k, c in k2g.items():
    ents = {e for e, _ in c}
    if len(ents) > 1:
        print(k, '<-', '; '.join(f'{e}: ' + ', '.join(sorted({t for ee, t in c if ee==e})) for e in ents))
