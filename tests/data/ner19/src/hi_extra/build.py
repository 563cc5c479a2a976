#!/usr/bin/env python3
"""Build and check the hi_extra check set with ner19.py's own rules.

  python3 tests/data/ner19/src/hi_extra/build.py [check]

hi_extra (Hindi articles written in stop 63 by hindi63, before any rule of that stop was
tuned) tells whether Hindi rules tuned on ner19 dev hold on articles nobody tuned on. Same
source format and provenance rules as dev, test and fresh48 (see ../../README.md): each
article was written for this project as a news report about a real, widely reported event,
from memory of the reported facts; no sentence is copied or translated from a published
article or a machine-translation test set. Scored with
ner19.py score --gold tests/data/ner19/hi_extra/gold.json --corpus tests/data/ner19/hi_extra.
"""
import argparse
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ner19", os.path.join(HERE, "..", "..", "ner19.py"))
ner19 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ner19)
ner19.PARTS = ("dev", "test", "fresh48", "hi_extra")

if __name__ == "__main__":
    if sys.argv[1:2] == ["check"]:
        ner19.cmd_check(argparse.Namespace(verbose="-v" in sys.argv, test_notes=False))
    else:
        ner19.cmd_build(None)
