#!/usr/bin/env python3
"""The blind question set: split it into tune and test halves, and check its expectations.

The set (211 questions, en/lt/ro/tl; same, cross, typo, unanswerable) was written from the five
sources alone, before any search code was read or changed. It lives only as its two halves:

  blind-tune.jsonl  may be studied and tuned on (failures, fitting the abstention model)
  blind-test.jsonl  is only ever measured: never look at its failures to change code

The split is deterministic and stratified: within each (kind, lang) group the questions are
ordered by SHA-1 of their id and dealt alternately to tune and test (tune first).

  python3 tests/data/eval/blind-split.py check          every `expect` occurs in some source paragraph
  python3 tests/data/eval/blind-split.py split ALL.jsonl   write the two halves from a full set
  python3 tests/data/eval/blind-split.py verify         re-split tune+test and confirm nothing moves
"""
import glob
import hashlib
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TUNE = os.path.join(HERE, "blind-tune.jsonl")
TEST = os.path.join(HERE, "blind-test.jsonl")


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write(path, questions):
    with open(path, "w", encoding="utf-8") as f:
        for q in questions:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")


def split(questions):
    groups = defaultdict(list)
    for q in questions:
        groups[(q["kind"], q["lang"])].append(q)
    tune, test = set(), set()
    for key in sorted(groups):
        ordered = sorted(groups[key], key=lambda q: hashlib.sha1(q["id"].encode()).hexdigest())
        for i, q in enumerate(ordered):
            (tune if i % 2 == 0 else test).add(q["id"])
    keep = lambda ids: [q for q in questions if q["id"] in ids]  # noqa: E731 - original order
    return keep(tune), keep(test)


def paragraphs():
    for path in sorted(glob.glob(os.path.join(ROOT, "index", "sources", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    yield os.path.basename(path), n, line.strip().lower()


def check():
    paras = list(paragraphs())
    bad = 0
    for q in read(TUNE) + read(TEST):
        for e in q["expect"]:
            if not any(e.lower() in text for _, _, text in paras):
                print(f"{q['id']}: expect {e!r} occurs in no source paragraph")
                bad += 1
        if q["kind"] == "unanswerable" and q["expect"]:
            print(f"{q['id']}: unanswerable with expectations")
            bad += 1
    print("ok" if bad == 0 else f"{bad} problem(s)")
    return 1 if bad else 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "check":
        return check()
    if len(argv) >= 3 and argv[1] == "split":
        tune, test = split(read(argv[2]))
        write(TUNE, tune)
        write(TEST, test)
        print(f"tune {len(tune)}, test {len(test)}")
        return 0
    if len(argv) >= 2 and argv[1] == "verify":
        tune, test = read(TUNE), read(TEST)
        t2, s2 = split(tune + test)
        same = {q["id"] for q in t2} == {q["id"] for q in tune} and {q["id"] for q in s2} == {q["id"] for q in test}
        print("split reproduces" if same else "split differs")
        return 0 if same else 1
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
