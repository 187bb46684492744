#!/usr/bin/env python3
"""Writes typo-variants.jsonl: one misspelt copy of each answerable same- or cross-language question
of the TUNE sets (blind-tune, blind-tune2, own-questions, dev-questions), to measure how typos sink
answers on more questions than the sets' own typo kind has. Never reads a *test* set.

One content word of four or more letters (not a stop word, an all-capitals name or a number) gets
one typo, chosen deterministically from the question id: a doubled letter written once, two
neighbouring letters swapped, a vowel dropped, or a letter replaced. The expected answers stay.

  python3 tests/data/eval/typo-variants.py > tests/data/eval/typo-variants.jsonl
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["blind-tune.jsonl", "blind-tune2.jsonl", "own-questions.jsonl", "dev-questions.jsonl"]
STOP = set("the a an of to in on at for and or did was were is are what when who why how which "
           "de ce la în a au kada kas kodėl ar į ang ng sa mga kailan sino bakit na".split())
VOWELS = "aeiouyąęėįųū"
LETTERS = "qwertyuiopasdfghjklzxcvbnm"


def typo(word, rng):
    kinds = [("dedouble", i) for i in range(1, len(word)) if word[i] == word[i - 1]]
    kinds += [("swap", i) for i in range(1, len(word) - 1)]
    kinds += [("drop", i) for i in range(1, len(word)) if word[i] in VOWELS]
    kinds += [("replace", i) for i in range(1, len(word))]
    kind, i = rng.choice(kinds)
    if kind in ("dedouble", "drop"):
        return word[:i] + word[i + 1:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice(LETTERS) + word[i + 1:]


def main():
    for name in SETS:
        assert "test" not in name
        with open(os.path.join(HERE, name), encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                question = json.loads(line)
                if question["kind"] not in ("same", "cross") or not question.get("expect"):
                    continue
                rng = random.Random(question["id"])
                words = [w for w in re.findall(r"\w+", question["question"])
                         if len(w) >= 4 and w.lower() not in STOP and not w.isupper() and not w[0].isdigit()]
                if not words:
                    continue
                word = rng.choice(words)
                misspelt = typo(word.lower(), rng)
                if word[0].isupper():
                    misspelt = misspelt[0].upper() + misspelt[1:]
                print(json.dumps({"id": question["id"] + "-typo", "lang": question["lang"], "kind": "typo",
                                  "question": question["question"].replace(word, misspelt, 1),
                                  "expect": question["expect"], "from": question["question"]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
