#!/usr/bin/env python3
"""Build and check the types_extra check set with ner19.py's own rules.

  python3 tests/data/ner19/src/types_extra/build.py [check]

types_extra (8 articles: tr ru en sr, two each) was written in stop 63 by types63, before
that stop's type rules were tuned, to tune the type rules of the first languages on
articles that are neither dev nor test (sports, business, courts, local news: venues,
clubs, firms and regions). Same source format and scorer as dev and test
(ner19.py score --gold tests/data/ner19/types_extra/gold.json --corpus
tests/data/ner19/types_extra). The check runs over every part, so an entity id keeps
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
ner19.PARTS = ("dev", "test", "fresh48", "types_extra")

if __name__ == "__main__":
    if sys.argv[1:2] == ["check"]:
        ner19.cmd_check(argparse.Namespace(verbose="-v" in sys.argv, test_notes=False))
    else:
        ner19.cmd_build(None)
