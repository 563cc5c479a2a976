#!/usr/bin/env python3
"""Build and check the fresh48 check set with ner19.py's own rules.

  python3 tests/data/ner19/src/fresh48/build.py [check]

fresh48 (12 articles: en tr it pt el ja, two each) was written in stop 48, before any
type rule of that stop was tuned, to tell whether rules tuned on ner19 dev hold on
articles nobody tuned on. It is a third part beside dev and test: same source format,
same scorer (ner19.py score --gold tests/data/ner19/fresh48/gold.json --corpus
tests/data/ner19/fresh48). The check runs over all three parts, so an entity id keeps
one type everywhere.
"""
import argparse
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ner19", os.path.join(HERE, "..", "..", "ner19.py"))
ner19 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ner19)
ner19.PARTS = ("dev", "test", "fresh48")

if __name__ == "__main__":
    if sys.argv[1:2] == ["check"]:
        ner19.cmd_check(argparse.Namespace(verbose="-v" in sys.argv, test_notes=False))
    else:
        ner19.cmd_build(None)
