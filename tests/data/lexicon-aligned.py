#!/usr/bin/env python3
"""Uses the corpus's own translations to check the cross-language lexicon.

The Lithuanian and Tagalog sources translate an English one paragraph by paragraph
(`translationOf` in sources.json). For each aligned pair this lists the translation's content
words that the lexicon does not know, and the known ones whose English side never occurs in the
aligned English paragraph (a wrong or missing sense). Word forms are compared folded (no case,
no diacritics), exactly as listed in the lexicon.

  python3 tests/data/lexicon-aligned.py [index/sources] [src/HistoryBot.Core/Text/Lexicon/lexicon.tsv]
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
COLUMNS = ("en", "lt", "ro", "tl")


def fold(text):
    text = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def words(text):
    return [w for w in re.findall(r"\w+", fold(text)) if not w.isdigit() and len(w) > 3]


def paragraphs(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.strip() for line in f if line.strip()]
    # Headings and captions are short; the aligned unit is a real paragraph.
    return [line for line in lines if len(line) > 120]


def main(argv):
    sources = argv[1] if len(argv) > 1 else os.path.join(ROOT, "index", "sources")
    lexicon_path = argv[2] if len(argv) > 2 else os.path.join(ROOT, "src", "HistoryBot.Core", "Text", "Lexicon", "lexicon.tsv")
    concepts = []
    with open(lexicon_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) == 4:
                concepts.append({lang: {fold(form) for form in cell.split(",") if form} for lang, cell in zip(COLUMNS, cells)})
    index = collections.defaultdict(list)
    for i, concept in enumerate(concepts):
        for lang, forms in concept.items():
            for form in forms:
                index[(lang, form)].append(i)
    with open(os.path.join(sources, "sources.json"), encoding="utf-8") as f:
        catalog = json.load(f)["sources"]
    by_id = {s["id"]: s for s in catalog}
    unknown = collections.Counter()
    wrong = collections.Counter()
    total = known = confirmed = 0
    for source in catalog:
        original = by_id.get(source.get("translationOf") or "")
        if not original:
            continue
        lang = source["language"]
        theirs = paragraphs(os.path.join(sources, source["file"]))
        ours = paragraphs(os.path.join(sources, original["file"]))
        if len(theirs) != len(ours):
            print(f"{source['id']}: {len(theirs)} paragraphs against {len(ours)} in {original['id']}; skipped")
            continue
        for translated, english in zip(theirs, ours):
            english_words = set(words(english))
            for word in words(translated):
                total += 1
                hits = index.get((lang, word))
                if not hits:
                    unknown[(lang, word)] += 1
                    continue
                known += 1
                if any(concepts[i]["en"] & english_words for i in hits):
                    confirmed += 1
                else:
                    wrong[(lang, word)] += 1
    print(f"translation words: {total}; in the lexicon: {known} ({known / max(1, total):.0%}); "
          f"confirmed by the aligned English paragraph: {confirmed} ({confirmed / max(1, known):.0%} of known)")
    print("most frequent unknown:", ", ".join(f"{l}:{w}×{n}" for (l, w), n in unknown.most_common(60)))
    print("known but not in the aligned English:", ", ".join(f"{l}:{w}×{n}" for (l, w), n in wrong.most_common(30)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
