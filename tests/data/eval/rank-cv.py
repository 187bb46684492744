#!/usr/bin/env python3
"""Cross-validates rank features of the answer judge on TUNE question sets (never a test set).

For each of K folds (the sets dealt round-robin), fits the conditional logit of fit-answer-model.py on the
other sets' ranking groups and counts the held-out groups whose best-scored candidate answers (top 1). Prints
one line per feature configuration: the eight shipped features alone, then with each extra set added.

  for set in blind-tune11 blind-tune10 ...; do
    dotnet run --project src/HistoryBot -- eval tests/data/eval/$set.jsonl --data-dir "$(mktemp -d)" --signals /tmp/$set.signals.jsonl
  done
  python3 tests/data/eval/rank-cv.py --extra "event_held;names_missing;event_held,names_missing" \\
      tests/data/eval/blind-tune11.jsonl /tmp/blind-tune11.signals.jsonl ...

Extra features are candidate signals `eval --signals` writes (event_held, names_missing, predicate,
known_coverage, ...). Offline only: the judge's ordering rules (names first, period first, language
preference) come after the rank score, so a gain here must be confirmed with `eval` on the sets.
"""
import importlib.util
import json
import os
import sys

K = 4
_spec = importlib.util.spec_from_file_location("fit", os.path.join(os.path.dirname(os.path.abspath(__file__)), "fit-answer-model.py"))
fit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fit)
BASE = fit.RANK[:8]


def vector(c, extra):
    base = fit.rank_vector(c)[:len(BASE)]
    return base + [float(c.get(name, 0.0)) for name in extra]


def fit_logit(groups, extra, steps=150):
    return fit.fit_conditional_logit([([vector(c, extra) for c in cands], flags) for cands, flags in groups], steps=steps)


def top1(groups, extra, w):
    right = 0
    for cands, flags in groups:
        scores = [sum(a * b for a, b in zip(w, vector(c, extra))) for c in cands]
        right += flags[max(range(len(scores)), key=lambda i: (scores[i], -i))]
    return right


def main(argv):
    configs = [""]
    if len(argv) > 2 and argv[1] == "--extra":
        configs += argv[2].split(";")
        argv = argv[:1] + argv[3:]
    if len(argv) < 3 or len(argv) % 2 == 0:
        print(__doc__, file=sys.stderr)
        return 2
    sets = []
    for set_path, signals_path in zip(argv[1::2], argv[2::2]):
        if "test" in os.path.basename(set_path):
            print(f"refusing to use a test set: {set_path}", file=sys.stderr)
            return 2
        questions = {q["id"]: q for q in (json.loads(line) for line in open(set_path, encoding="utf-8") if line.strip())}
        groups = []
        for line in open(signals_path, encoding="utf-8"):
            if not line.strip():
                continue
            s = json.loads(line)
            q = questions[s["id"]]
            if q["kind"] == "unanswerable" or not s["candidates"]:
                continue
            flags = [any(e.lower() in c["paragraph"].lower() for e in q["expect"]) for c in s["candidates"]]
            if any(flags) and not all(flags):
                groups.append((s["candidates"], flags))
        sets.append(groups)
    folds = [list(range(len(sets)))[i::K] for i in range(K)]
    for config in configs:
        extra = [name for name in config.split(",") if name]
        right = total = 0
        for fold in folds:
            train = [g for i, groups in enumerate(sets) if i not in fold for g in groups]
            test = [g for i in fold for g in sets[i]]
            right += top1(test, extra, fit_logit(train, extra))
            total += len(test)
        print(f"{config or 'shipped features'}: top 1 {right}/{total}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
